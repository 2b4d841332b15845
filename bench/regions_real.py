"""Score the region tagger on labelled lines of the real corpus, read in place.

    python -m bench.regions_real                 # dev and held-out figures
    python -m bench.regions_real --part dev --misses
    python -m bench.regions_real --part heldout --json

The labels (tests/regions/real_labels.yaml) hold only where each line is, a
short hash of it and the regions it names; the text stays in
../shared/corpus-real (research use only, never copied into the project).
Each line is tagged alone as a one-paragraph article, folded as the engine
does. `--misses` is refused on the held-out part, so its lines are not read
while tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.corpora import REAL_SOURCES, real_dir, real_lines
from bench.regions_own import LabelFileError, RegionScore

LABELS = Path(__file__).resolve().parent.parent / "tests" / "regions" / "real_labels.yaml"
PARTS = ("dev", "heldout")


@dataclass(frozen=True)
class RealLabel:
    """One labelled corpus line: where it is, its hash, the regions it names."""

    file: str
    line: int
    sha1: str
    expected: tuple[str, ...]

    @property
    def part(self) -> str:
        """'heldout' when the line number % 5 is 0 or 1, else 'dev' (a fixed rule)."""
        return "heldout" if self.line % 5 < 2 else "dev"


def line_hash(text: str) -> str:
    """The first 10 hex digits of the SHA-1 of a line's UTF-8 text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def load_labels(path: Path = LABELS) -> list[RealLabel]:
    """The `lines` list of a real-label file, each entry checked."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LabelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise LabelFileError(f"{path}: not valid YAML ({exc})") from None
    rows = raw.get("lines") if isinstance(raw, dict) else None
    if not isinstance(rows, list):
        raise LabelFileError(f"{path}: needs a top-level `lines` list")
    out = []
    for i, row in enumerate(rows, start=1):
        ok = (
            isinstance(row, dict)
            and row.get("file") in REAL_SOURCES
            and isinstance(row.get("line"), int)
            and row["line"] > 0
            and isinstance(row.get("sha1"), str)
            and isinstance(row.get("expected"), list)
        )
        if not ok:
            raise LabelFileError(
                f"{path}: entry {i} needs file (one of {', '.join(REAL_SOURCES)}), "
                "a positive line, sha1 and an expected list"
            )
        out.append(RealLabel(row["file"], row["line"], row["sha1"], tuple(row["expected"])))
    return out


def resolve(labels: list[RealLabel], folder: Path) -> list[tuple[RealLabel, str]]:
    """Each label with its line's text, checked against the stored hash."""
    lines = real_lines(folder)
    out = []
    for lab in labels:
        texts = lines[lab.file]
        if lab.line > len(texts):
            raise LabelFileError(f"{lab.file} line {lab.line}: the file has {len(texts)} lines")
        text = texts[lab.line - 1]
        if line_hash(text) != lab.sha1:
            raise LabelFileError(
                f"{lab.file} line {lab.line}: text changed (hash {line_hash(text)}, "
                f"label says {lab.sha1})"
            )
        out.append((lab, text))
    return out


def score(tagger, items: list[tuple[RealLabel, str]], name: str) -> RegionScore:
    """Tag each line alone and compare its named regions with the label."""
    from index.build.folding import fold

    tp = fp = fn = 0
    misses = []
    for lab, text in items:
        named, _ = tagger.tag_article([(fold(text), False)], None)[0]
        want, got = set(lab.expected), set(named)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if got != want:
            misses.append(
                f"{lab.file}:{lab.line}: {text[:40]!r} got {sorted(got)} want {sorted(want)}"
            )
    return RegionScore(name, len(items), len(items), tp, fp, fn, tuple(misses))


def main(argv: list[str] | None = None) -> int:
    """Command line: figures for each part (misses on dev only)."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.regions_real", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--labels", type=Path, default=LABELS, help="real-label YAML file")
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--misses", action="store_true", help="list the misses (dev part only)")
    args = ap.parse_args(argv)
    if args.misses and args.part != "dev":
        print("bench.regions_real: --misses only with --part dev (held-out lines stay unread)")
        return 2
    folder = real_dir()
    if folder is None:
        print("bench.regions_real: the real corpus (../shared/corpus-real) is not on this machine")
        return 2
    from index.regions import RegionTagger

    try:
        items = resolve(load_labels(args.labels), folder)
    except LabelFileError as exc:
        print(f"bench.regions_real: {exc}", file=sys.stderr)
        return 2
    tagger = RegionTagger()
    parts = PARTS if args.part == "all" else (args.part,)
    scores = [score(tagger, [it for it in items if it[0].part == p], p) for p in parts]
    if args.json:
        print(json.dumps({"parts": [s.figures() for s in scores]}, ensure_ascii=False))
        return 0
    for s in scores:
        print(
            f"real {s.file}: {s.paragraphs} lines, precision {s.precision:.3f} "
            f"recall {s.recall:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})"
        )
        if args.misses:
            print("\n".join(f"  miss: {m}" for m in s.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
