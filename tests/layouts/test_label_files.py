"""The labelled layout sets are well-formed: every label points at text that is really in its file.

Checks the data, not the engine: a label whose substring is not in the file
would make the scorer blame the engine for a typo. No accuracy thresholds here.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from bench.layouts import load_labels

HERE = Path(__file__).resolve().parent
SPLITS = sorted(p.parent for p in HERE.glob("*/labels.yaml"))
# (articles, layouts) each held-out split must have, as briefed; heldout2 replaced the spent heldout
HELDOUT_MINIMUMS = {
    "heldout": (14, 12),
    "heldout2": (24, 20),
    "heldout3": (36, 30),
    "heldout4": (40, 32),
    "heldout5": (40, 32),
    "heldout6": (40, 32),
    "heldout7": (40, 32),
    "heldout8": (40, 32),
    "heldout9": (40, 32),
    "heldout10": (40, 32),
    "heldout11": (40, 32),
    "heldout12": (40, 32),
    "heldout13": (40, 32),
    "heldout14": (40, 32),
    "heldout15": (40, 32),
    "heldout16": (40, 32),
    "heldout17": (42, 42),
    "heldout17b": (37, 37),
    "heldout18": (40, 32),
    "heldout18b": (39, 39),
    "heldout19": (44, 44),
    "heldout19b": (40, 40),
    "heldout20": (42, 42),
    "heldout20b": (44, 44),
}


def _squash(text: str) -> str:
    return "".join(text.split())


def _codec(name: str) -> str | None:
    """The Python codec a free-text `encoding` label starts with ("utf-8 crlf" → utf-8), if any."""
    try:
        return codecs.lookup(name.split()[0]).name if name.strip() else None
    except LookupError:
        return None


def _decoded(path: Path, encoding: str) -> str:
    """The file's text (labelled encoding first), HTML tags removed (labels quote rendered text)."""
    raw = path.read_bytes()
    for codec in dict.fromkeys(filter(None, [_codec(encoding), "utf-8-sig", "gb18030", "big5"])):
        try:
            text = raw.decode(codec)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise AssertionError(f"{path.name}: not decodable as {encoding or 'UTF-8'}")
    text = text.removeprefix("\ufeff")
    if path.suffix.lower() in {".html", ".htm", ".shtml"}:
        text = re.sub(r"<[^>]*>", "", text).replace("&gt;", ">").replace("&lt;", "<")
    return text


@pytest.fixture(scope="module")
def gazetteer():
    from index.regions.gazetteer import load

    return load().units


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_labels_point_at_real_text(split, gazetteer):
    problems = []
    for lab in load_labels(split):
        path = split / lab.file
        if not path.is_file():
            problems.append(f"{lab.file}: file missing")
            continue
        text = _decoded(path, lab.encoding)
        lines = [_squash(line) for line in text.splitlines()]
        flat = _squash(text)
        unspammed = flat
        for spam in lab.spam:
            if _squash(spam) not in flat:
                problems.append(f"{lab.file}: spam {spam!r} not in the file")
            unspammed = unspammed.replace(_squash(spam), "")
        for chrome in lab.chrome:
            if _squash(chrome) not in flat:
                problems.append(f"{lab.file}: chrome {chrome!r} not in the file")
        for body in lab.body:
            if _squash(body) not in unspammed:
                problems.append(f"{lab.file}: body {body!r} not in the file (spam removed)")
            if any(_squash(body) in _squash(c) or _squash(c) in _squash(body) for c in lab.chrome):
                problems.append(f"{lab.file}: body {body!r} overlaps a chrome string")
        for reg in lab.regions:
            n = sum(_squash(reg.contains) in line for line in lines)
            if n != 1:
                problems.append(f"{lab.file}: regions contains {reg.contains!r} on {n} lines")
            problems += [
                f"{lab.file}: unknown region path {p!r}" for p in reg.regions if p not in gazetteer
            ]
        title = lab.meta.get("title")
        if title and _squash(title) not in flat:
            problems.append(f"{lab.file}: title {title!r} not in the file")
        date = lab.meta.get("date")
        if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            problems.append(f"{lab.file}: date {date!r} is not YYYY-MM-DD")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(HELDOUT_MINIMUMS))
def test_heldout_set_is_big_and_varied_enough(name):
    split = HERE / name
    min_articles, min_layouts = HELDOUT_MINIMUMS[name]
    labels = load_labels(split)
    assert len(labels) >= min_articles
    assert len({lab.layout for lab in labels}) >= min_layouts
    suffixes = {Path(lab.file).suffix for lab in labels}
    assert suffixes & {".html", ".htm", ".shtml"}
    # every file in the folder is labelled, so nothing is scored by accident
    on_disk = {p.name for p in split.iterdir() if p.name != "labels.yaml"}
    assert on_disk == {lab.file for lab in labels}
