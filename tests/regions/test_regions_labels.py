"""Precision and recall of the tagger on the hand-labelled bundled corpus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from index.build.folding import fold
from index.regions import RegionTagger

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
LABELS = Path(__file__).with_name("labels.yaml")


@dataclass(frozen=True)
class Label:
    """Expected and forbidden paths for one paragraph."""

    file: str
    key: str
    expected: frozenset[str]
    forbidden: tuple[str, ...]


@dataclass(frozen=True)
class Scored:
    """One paragraph with its label (empty when unlabelled) and what was tagged."""

    file: str
    text: str
    label: Label | None
    got: tuple[str, ...]


def _lines(name: str) -> list[str]:
    """The paragraphs of one corpus file: its non-empty lines."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _find(lines: list[str], key: str, exact: bool) -> int:
    """Index of the one line `key` picks out; fails if none or several."""
    hits = [i for i, line in enumerate(lines) if (line.strip() == key if exact else key in line)]
    assert len(hits) == 1, f"label key {key!r} matches {len(hits)} lines"
    return hits[0]


@pytest.fixture(scope="module")
def scored(tagger: RegionTagger) -> list[Scored]:
    """Tag every corpus file as an article and pair each paragraph with its label."""
    raw = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    files = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert set(raw) == set(files), "labels.yaml must cover every corpus file"
    out: list[Scored] = []
    for name in files:
        lines = _lines(name)
        by_line: dict[int, Label] = {}
        for entry in raw[name]:
            i = _find(lines, entry["key"], entry.get("exact", False))
            assert i not in by_line, f"two labels for one line: {entry['key']!r}"
            by_line[i] = Label(
                name,
                entry["key"],
                frozenset(entry["expected"]),
                tuple(entry.get("forbidden", ())),
            )
        result = tagger.tag_article([(fold(line), False) for line in lines])
        for i, (line, (named, _)) in enumerate(zip(lines, result, strict=True)):
            out.append(Scored(name, line, by_line.get(i), named))
    return out


def test_label_paths_exist(tagger: RegionTagger) -> None:
    """Every labelled path is a real unit, so a typo cannot pass silently."""
    raw = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    for entries in raw.values():
        for entry in entries:
            for path in [*entry["expected"], *entry.get("forbidden", ())]:
                assert tagger.resolve(path) == (path,), path


def test_labels_cover_corpus(scored: list[Scored]) -> None:
    """The labelled set is not trivially small: most place paragraphs are in it."""
    labels = [s for s in scored if s.label is not None]
    assert len(labels) >= 70
    assert sum(len(s.label.expected) for s in labels) >= 70


def test_precision_recall(scored: list[Scored]) -> None:
    """Every bundled paragraph gets exactly its labelled regions (the bundled labels are pinned)."""
    tp = fp = fn = 0
    misses: list[str] = []
    for s in scored:
        expected = s.label.expected if s.label else frozenset()
        got = set(s.got)
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
        if got != expected:
            misses.append(f"{s.file}: {s.text[:40]!r} got {sorted(got)} want {sorted(expected)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    n_labels = sum(1 for s in scored if s.label)
    print(f"\nregions: {n_labels} labelled paragraphs, {tp + fn} expected paths")
    print(f"regions: precision {precision:.4f} recall {recall:.4f} (tp={tp} fp={fp} fn={fn})")
    for m in misses:
        print("  miss:", m)
    assert not misses, misses


def test_forbidden_paths(scored: list[Scored]) -> None:
    """No paragraph gets a forbidden path or anything under it."""
    bad = []
    for s in scored:
        if not s.label:
            continue
        for path in s.got:
            for f in s.label.forbidden:
                if path == f or path.startswith(f + "/"):
                    bad.append((s.label.key, path))
    assert not bad
