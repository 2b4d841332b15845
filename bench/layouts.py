"""Score metadata, cleaning and region tagging on labelled layout sets (issue 10).

    python -m bench.layouts tests/layouts/dev tests/layouts/heldout
    python -m bench.layouts tests/layouts/heldout --json

Each DIR is one split: article files (in their real encodings) plus a
`labels.yaml` list of entries: file, layout (free text; distinct layouts are
counted by it), title/source/site/date/author (expected value or null; a
missing key is not evaluated), chrome (substrings that must not be indexed),
body (substrings that must be), spam (strings search must not find), regions
(`contains` picks a paragraph, `regions` its most specific 省/市/县 paths) and
regions_complete (every other paragraph must name none; the title line, if
indexed, is not scored). The split is indexed end-to-end with the project's
Indexer into a temporary folder, every indexed paragraph is read back through
the public search API (empty query, no limit), and the labels are checked
against what a user would actually get. Fields the engine does not have yet
(`site`) are reported as "not available".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
EXTENSIONS = [".txt", ".md", ".html", ".htm", ".shtml", ".eml"]
META_FIELDS = ("title", "source", "site", "date", "author")
TITLE_SUFFIX_CHARS = 20  # a title line may carry a site suffix such as "_东方网" or "｜中央社 CNA"
_NOT_AVAILABLE = object()  # a metadata field the engine's hits do not carry


class LabelError(Exception):
    """labels.yaml is missing or malformed; the message names the file, entry and key."""


@dataclass(frozen=True)
class RegionLabel:
    """The regions one body paragraph names; `contains` picks the paragraph."""

    contains: str
    regions: tuple[str, ...]


@dataclass(frozen=True)
class LayoutLabel:
    """The expected extraction of one labelled file."""

    file: str
    layout: str
    meta: dict[str, str | None]  # only the fields labelled (a missing key is not evaluated)
    chrome: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    spam: tuple[str, ...] = ()
    regions: tuple[RegionLabel, ...] = ()
    regions_complete: bool = False
    encoding: str = ""


@dataclass(frozen=True)
class IndexedParagraph:
    """One paragraph as the index returns it."""

    paragraph: int
    text: str
    regions: tuple[str, ...]  # named by the paragraph itself (inherited ones excluded)


@dataclass
class IndexedFile:
    """What the index holds for one file: its metadata and paragraphs."""

    meta: dict[str, object]  # field → value, or _NOT_AVAILABLE
    paragraphs: list[IndexedParagraph]
    skipped: str | None = None  # the indexer's reason, when the file was not indexed


@dataclass(frozen=True)
class Failure:
    """One thing a file got wrong."""

    field: str
    expected: object
    got: object


@dataclass
class FileScore:
    """Counts for one labelled file."""

    file: str
    layout: str
    right: dict[str, bool] = field(default_factory=dict)  # metadata field → correct
    chrome_found: int = 0
    chrome_paragraphs: int = 0  # distinct indexed paragraphs holding any chrome string
    body_lost: int = 0
    spam_findable: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass
class SplitScore:
    """Figures for one split folder."""

    split: str
    articles: int
    layouts: int
    fields: dict[str, dict[str, object]]  # field → {right, labelled, accuracy} or "not available"
    chrome_found: int
    chrome_per_10: float
    chrome_paragraphs: int
    body_lost: int
    spam_findable: int
    region_tp: int
    region_fp: int
    region_fn: int
    region_precision: float | None
    region_recall: float | None
    files: list[FileScore]
    skipped: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)


# -- labels ---------------------------------------------------------------------------------
def _norm(value: object) -> str | None:
    """NFC and trimmed, so labels compare as text; None stays None."""
    if value is None:
        return None
    return unicodedata.normalize("NFC", str(value)).strip()


def _squash(text: str) -> str:
    """NFC without whitespace: substring checks ignore how lines were wrapped or spaced."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _strings(where: str, key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise LabelError(f"{where}: `{key}` must be a list of strings")
    for j, v in enumerate(value, start=1):
        if not isinstance(v, str) or not v.strip():
            raise LabelError(
                f"{where}: `{key}` item {j} ({v!r}) must be a non-empty string; quote it"
            )
    return tuple(value)


def load_labels(split: Path) -> list[LayoutLabel]:
    """Read and check `labels.yaml` of a split folder."""
    path = split / "labels.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LabelError(f"{path}: cannot read labels ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise LabelError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(raw, list):
        raise LabelError(f"{path}: must be a list of entries")
    labels, seen = [], set()
    for i, entry in enumerate(raw, start=1):
        where = f"{path}: entry {i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise LabelError(f"{where}: needs a `file` key")
        where = f"{path}: entry {i} ({entry['file']})"
        if entry["file"] in seen:
            raise LabelError(f"{where}: file labelled twice")
        seen.add(entry["file"])
        if not isinstance(entry.get("layout"), str) or not entry["layout"].strip():
            raise LabelError(f"{where}: needs a `layout` string")
        known = {"file", "layout", "encoding", "chrome", "body", "spam", "regions"}
        unknown = set(entry) - known - set(META_FIELDS) - {"regions_complete", "original_title"}
        if unknown:
            raise LabelError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        meta = {}
        for key in META_FIELDS:
            if key in entry:
                value = entry[key]
                if key == "date" and value is not None:
                    value = str(value)  # YAML reads 2024-03-05 as a date
                if value is not None and not isinstance(value, str):
                    raise LabelError(f"{where}: `{key}` must be a string or null")
                meta[key] = _norm(value)
        regions = []
        for j, reg in enumerate(entry.get("regions") or [], start=1):
            if (
                not isinstance(reg, dict)
                or not isinstance(reg.get("contains"), str)
                or not isinstance(reg.get("regions"), list)
            ):
                raise LabelError(f"{where}: regions[{j}] needs `contains` and a `regions` list")
            regions.append(RegionLabel(reg["contains"], tuple(reg["regions"])))
        labels.append(
            LayoutLabel(
                file=entry["file"],
                layout=entry["layout"].strip(),
                meta=meta,
                chrome=_strings(where, "chrome", entry.get("chrome")),
                body=_strings(where, "body", entry.get("body")),
                spam=_strings(where, "spam", entry.get("spam")),
                regions=tuple(regions),
                regions_complete=bool(entry.get("regions_complete", False)),
                encoding=str(entry.get("encoding") or ""),
            )
        )
    return labels


# -- scoring (pure) -------------------------------------------------------------------------
def _most_specific(paths) -> set[str]:
    from index.regions import most_specific

    return set(most_specific(tuple(paths)))


def score_file(label: LayoutLabel, got: IndexedFile, findable: set[str]) -> FileScore:
    """Compare one file's labels with what the index holds; `findable` = spam strings search finds."""
    s = FileScore(file=label.file, layout=label.layout)
    if got.skipped:
        s.failures.append(Failure("indexed", "yes", f"skipped: {got.skipped}"))
    for key, expected in label.meta.items():
        value = got.meta.get(key)
        if value is _NOT_AVAILABLE:
            continue
        ok = _norm(value) == _norm(expected)
        s.right[key] = ok
        if not ok:
            s.failures.append(Failure(key, expected, value))
    texts = [_squash(p.text) for p in got.paragraphs]
    leaked = set()
    for chrome in label.chrome:
        needle = _squash(chrome)
        i = next((i for i, t in enumerate(texts) if needle in t), None)
        if i is not None:
            s.chrome_found += 1
            leaked.add(i)
            s.failures.append(
                Failure("chrome", f"dropped: {chrome}", _short(got.paragraphs[i].text))
            )
    s.chrome_paragraphs = len(leaked)
    for body in label.body:
        if not any(_squash(body) in t for t in texts):
            s.body_lost += 1
            s.failures.append(Failure("body", body, "not in any indexed paragraph"))
    for spam in label.spam:
        if spam in findable:
            s.spam_findable += 1
            s.failures.append(Failure("spam", f"not findable: {spam}", "found by search"))
    _score_regions(label, got, texts, s)
    return s


def _score_regions(label: LayoutLabel, got: IndexedFile, texts: list[str], s: FileScore) -> None:
    """Region TP/FP/FN over the labelled paragraphs (and, if complete, every other one)."""
    expected: dict[int, set[str]] = defaultdict(set)  # paragraph index → expected paths
    for reg in label.regions:
        needle = _squash(reg.contains)
        where = [i for i, t in enumerate(texts) if needle in t]
        want = _most_specific(reg.regions)
        if not where:
            s.fn += len(want)
            if want:
                s.failures.append(
                    Failure("regions", f"{reg.contains}: {sorted(want)}", "paragraph not indexed")
                )
            continue
        expected[where[0]] |= want
    title = _squash(label.meta.get("title") or "")
    for i, para in enumerate(got.paragraphs):
        if i not in expected and (not label.regions_complete or _is_title_line(title, texts[i])):
            continue
        want = _most_specific(expected.get(i, ()))
        have = _most_specific(para.regions)
        tp, fp, fn = len(want & have), len(have - want), len(want - have)
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn
        if fp or fn:
            s.failures.append(
                Failure("regions", f"{_short(para.text)}: {sorted(want)}", sorted(have))
            )


def _is_title_line(title: str, text: str) -> bool:
    """The headline kept as a paragraph (maybe with a site suffix): not a body paragraph."""
    return bool(title) and title in text and len(text) - len(title) <= TITLE_SUFFIX_CHARS


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score_split(
    split: str,
    labels: list[LayoutLabel],
    files: dict[str, IndexedFile],
    findable: dict[str, set[str]],
    unlabelled: list[str] = (),
) -> SplitScore:
    """Aggregate per-file scores into the split's figures."""
    scores = [
        score_file(
            lab,
            files.get(lab.file, IndexedFile({k: None for k in META_FIELDS}, [], "not found")),
            findable.get(lab.file, set()),
        )
        for lab in labels
    ]
    available = {k for f in files.values() for k, v in f.meta.items() if v is not _NOT_AVAILABLE}
    fields = {}
    for key in META_FIELDS:
        labelled = [s.right[key] for s in scores if key in s.right]
        if not any(key in lab.meta for lab in labels):
            continue
        if files and key not in available:
            fields[key] = {"status": "not available"}
            continue
        fields[key] = {
            "right": sum(labelled),
            "labelled": len(labelled),
            "accuracy": _ratio(sum(labelled), len(labelled)),
        }
    n = len(labels)
    chrome = sum(s.chrome_found for s in scores)
    tp, fp, fn = (sum(getattr(s, k) for s in scores) for k in ("tp", "fp", "fn"))
    return SplitScore(
        split=split,
        articles=n,
        layouts=len({lab.layout for lab in labels}),
        fields=fields,
        chrome_found=chrome,
        chrome_per_10=round(chrome * 10 / n, 2) if n else 0.0,
        chrome_paragraphs=sum(s.chrome_paragraphs for s in scores),
        body_lost=sum(s.body_lost for s in scores),
        spam_findable=sum(s.spam_findable for s in scores),
        region_tp=tp,
        region_fp=fp,
        region_fn=fn,
        region_precision=_ratio(tp, tp + fp),
        region_recall=_ratio(tp, tp + fn),
        files=scores,
        skipped=sorted(f"{k}: {v.skipped}" for k, v in files.items() if v.skipped),
        unlabelled=list(unlabelled),
    )


# -- end to end -----------------------------------------------------------------------------
def split_config(split: Path, index_dir: Path):
    """The repository's config, indexing only `split` (all text and HTML extensions) into `index_dir`."""
    from index.config import load_config

    cfg = load_config(REPO / "config.yaml")
    cfg.corpus.paths = [split]
    cfg.corpus.extensions = list(dict.fromkeys([*cfg.corpus.extensions, *EXTENSIONS]))
    cfg.index.dir = index_dir
    cfg.index.procs = 1  # a few dozen files: forking workers costs more than it saves
    return cfg


def _meta(hit) -> dict[str, object]:
    return {k: getattr(hit, k, _NOT_AVAILABLE) for k in META_FIELDS}


def _consensus(metas: list[dict[str, object]]) -> dict[str, object]:
    """Per field, the value most paragraphs of the file carry (ties: the first paragraph's)."""
    out = {}
    for key in META_FIELDS:
        values = [m[key] for m in metas]
        counts = Counter(values)
        best = max(counts.values())
        out[key] = next(v for v in values if counts[v] == best)
    return out


def index_split(split: Path, labels: list[LayoutLabel], workdir: Path):
    """Index `split`, read it back; returns (files by label path, findable spam, unlabelled files)."""
    from index.engine import open_engine

    split = split.resolve()
    cfg = split_config(split, workdir / "ix")
    engine = open_engine(cfg)
    summary = engine.index(rebuild=True)
    try:
        hits = engine.search("", limit=0, with_facets=False).hits
        by_path: dict[str, list] = defaultdict(list)
        for h in hits:
            by_path[str(Path(h.path).resolve())].append(h)
        skipped = {str(Path(s.path).resolve()): s.reason for s in summary.skipped}
        files: dict[str, IndexedFile] = {}
        findable: dict[str, set[str]] = {}
        for lab in labels:
            path = str((split / lab.file).resolve())
            rows = sorted(by_path.get(path, []), key=lambda h: h.paragraph)
            if rows:
                meta = _consensus([_meta(h) for h in rows])
                missing = [k for k, v in meta.items() if v is _NOT_AVAILABLE]
                if missing:  # a field hits lack may still be on the article view
                    view = engine.article(rows[0].path)
                    meta.update({k: getattr(view, k, _NOT_AVAILABLE) for k in missing})
            else:
                meta = {k: (None if v is not _NOT_AVAILABLE else v) for k, v in _meta_probe()}
            paras = [
                IndexedParagraph(
                    h.paragraph,
                    h.text,
                    tuple(r for r in h.regions if r not in set(h.inherited_regions)),
                )
                for h in rows
            ]
            reason = skipped.get(path) or (None if rows else "no paragraph indexed")
            files[lab.file] = IndexedFile(meta, paras, reason)
            findable[lab.file] = {s for s in lab.spam if _spam_found(engine, s, path, paras)}
        labelled = {str((split / lab.file).resolve()) for lab in labels}
        unlabelled = sorted(str(Path(p).relative_to(split)) for p in by_path if p not in labelled)
    finally:
        engine.close()
    return files, findable, unlabelled


def _meta_probe():
    """(field, marker) pairs telling which metadata fields hits carry at all."""
    from index.engine.models import Hit
    from index.query.search import ArticleView

    names = set(Hit.__dataclass_fields__) | set(ArticleView.__dataclass_fields__)
    return [(k, None if k in names else _NOT_AVAILABLE) for k in META_FIELDS]


def _spam_found(engine, spam: str, path: str, paras: list[IndexedParagraph]) -> bool:
    """Spam counts as findable if an exact search for it hits this file, or its text is still there."""
    if any(_squash(spam) in _squash(p.text) for p in paras):
        return True
    query = '"' + spam.replace('"', " ").replace("“", " ").replace("”", " ") + '"'
    hits = engine.search(query, limit=0, with_facets=False).hits
    return any(str(Path(h.path).resolve()) == path for h in hits)


def evaluate(split: Path) -> SplitScore:
    """Index one split folder in a temporary directory and score it."""
    labels = load_labels(split)
    with tempfile.TemporaryDirectory(prefix="layouts-") as tmp:
        files, findable, unlabelled = index_split(split, labels, Path(tmp))
    return score_split(str(split), labels, files, findable, unlabelled)


# -- output ---------------------------------------------------------------------------------
def totals(splits: list[SplitScore]) -> SplitScore:
    """All splits together (files pooled)."""
    files = [f for s in splits for f in s.files]
    fields: dict[str, dict[str, object]] = {}
    for s in splits:
        for key, v in s.fields.items():
            if "status" in v:
                fields.setdefault(key, dict(v))
                continue
            acc = fields.setdefault(key, {"right": 0, "labelled": 0})
            if "status" in acc:
                continue
            acc["right"] += v["right"]
            acc["labelled"] += v["labelled"]
    for v in fields.values():
        if "status" not in v:
            v["accuracy"] = _ratio(v["right"], v["labelled"])
    n = sum(s.articles for s in splits)
    chrome = sum(s.chrome_found for s in splits)
    tp, fp, fn = (sum(getattr(s, f"region_{k}") for s in splits) for k in ("tp", "fp", "fn"))
    return SplitScore(
        split="total",
        articles=n,
        layouts=len({(s.split, f.layout) for s in splits for f in s.files}),
        fields=fields,
        chrome_found=chrome,
        chrome_per_10=round(chrome * 10 / n, 2) if n else 0.0,
        chrome_paragraphs=sum(s.chrome_paragraphs for s in splits),
        body_lost=sum(s.body_lost for s in splits),
        spam_findable=sum(s.spam_findable for s in splits),
        region_tp=tp,
        region_fp=fp,
        region_fn=fn,
        region_precision=_ratio(tp, tp + fp),
        region_recall=_ratio(tp, tp + fn),
        files=files,
        skipped=[x for s in splits for x in s.skipped],
    )


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v * 100:.1f} %"


def render(score: SplitScore, details: bool = True) -> str:
    """Readable figures for one split, then its per-layout failures."""
    out = [f"== {score.split}: {score.articles} articles, {score.layouts} layouts"]
    for key, v in score.fields.items():
        if "status" in v:
            out.append(f"  {key:<7} {v['status']}")
        else:
            out.append(f"  {key:<7} {v['right']}/{v['labelled']} = {_pct(v['accuracy'])}")
    out.append(
        f"  chrome  {score.chrome_found} line(s) indexed = {score.chrome_per_10} per 10 articles"
        f" (in {score.chrome_paragraphs} paragraph(s))"
    )
    out.append(f"  body    {score.body_lost} sentence(s) lost")
    out.append(f"  spam    {score.spam_findable} string(s) findable")
    out.append(
        f"  regions precision {_pct(score.region_precision)}, recall {_pct(score.region_recall)}"
        f" (TP {score.region_tp}, FP {score.region_fp}, FN {score.region_fn})"
    )
    for s in score.skipped:
        out.append(f"  not indexed: {s}")
    if score.unlabelled:
        out.append(f"  unlabelled files: {', '.join(score.unlabelled)}")
    if details:
        for f in score.files:
            if f.failures:
                out.append(f"  -- {f.file} [{f.layout}]")
                out.extend(
                    f"     {x.field}: expected {x.expected!r}, got {x.got!r}" for x in f.failures
                )
    return "\n".join(out)


def as_json(splits: list[SplitScore]) -> dict:
    """Every split, the totals, and per-file failures as plain data."""
    return {"splits": [asdict(s) for s in splits], "total": asdict(totals(splits))}


def main(argv: list[str] | None = None) -> int:
    """Command line: score each DIR, print figures (or JSON)."""
    ap = argparse.ArgumentParser(prog="python -m bench.layouts", description=__doc__.split("\n")[0])
    ap.add_argument(
        "dirs", nargs="+", type=Path, metavar="DIR", help="split folder with labels.yaml"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--quiet", action="store_true", help="figures only, no per-layout failures")
    args = ap.parse_args(argv)
    try:
        splits = [evaluate(d) for d in args.dirs]
    except LabelError as exc:
        print(f"bench.layouts: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(splits), ensure_ascii=False, default=str))
        return 0
    for s in splits:
        print(render(s, details=not args.quiet))
    if len(splits) > 1:
        print(render(totals(splits), details=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
