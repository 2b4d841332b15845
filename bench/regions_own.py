"""Score the region tagger on an invented-article label file (tests/regions/own_*.yaml).

    python -m bench.regions_own tests/regions/own_heldout3.yaml
    python -m bench.regions_own tests/regions/own_heldout2.yaml tests/regions/own_heldout3.yaml --json

Every article is tagged as the engine does it (folded, spam cut out, title first) and each
paragraph's named regions are compared with its `expected` paths: micro
precision and recall over the file. Figures only by default, so a held-out
file can be scored without anyone reading its misses; `--misses` lists them
(use it on development files only).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml


class LabelFileError(Exception):
    """A label file is missing or malformed; the message names the file and article."""


@dataclass(frozen=True)
class RegionScore:
    """Micro precision/recall over one label file, with the misses listed."""

    file: str
    articles: int
    paragraphs: int
    tp: int
    fp: int
    fn: int
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 1.0 when nothing was tagged."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def figures(self) -> dict:
        """The counts and ratios, without the misses."""
        out = asdict(self)
        del out["misses"]
        out["precision"] = round(self.precision, 4)
        out["recall"] = round(self.recall, 4)
        return out


def load_articles(path: Path) -> list[dict]:
    """The `articles` list of one label file, checked for the keys scoring needs."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LabelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise LabelFileError(f"{path}: not valid YAML ({exc})") from None
    arts = raw.get("articles") if isinstance(raw, dict) else None
    if not isinstance(arts, list):
        raise LabelFileError(f"{path}: needs a top-level `articles` list")
    for i, art in enumerate(arts, start=1):
        where = f"{path}: article {i} ({art.get('id', '?') if isinstance(art, dict) else '?'})"
        if not isinstance(art, dict) or not isinstance(art.get("paragraphs"), list):
            raise LabelFileError(f"{where}: needs a `paragraphs` list")
        for j, p in enumerate(art["paragraphs"], start=1):
            if (
                not isinstance(p, dict)
                or not isinstance(p.get("text"), str)
                or not isinstance(p.get("expected"), list)
            ):
                raise LabelFileError(f"{where}: paragraph {j} needs `text` and an `expected` list")
    return arts


def score(tagger, articles: list[dict], file: str = "") -> RegionScore:
    """Tag every article and compare each paragraph's named regions with its label."""
    from index.build.folding import fold
    from index.ingest.cleaning import default_spam, remove_spam

    spam = list(default_spam())

    def cleaned(text: str) -> str:
        """The folded paragraph as the engine tags it: with the bundled spam lexicon cut out."""
        return remove_spam(text, fold(text), spam)[1]

    tp = fp = fn = n = 0
    misses = []
    for art in articles:
        paras = art["paragraphs"]
        result = tagger.tag_article(
            [(cleaned(p["text"]), bool(p.get("heading"))) for p in paras], art.get("title")
        )
        for p, (named, _) in zip(paras, result, strict=True):
            n += 1
            want, got = set(p["expected"]), set(named)
            tp += len(got & want)
            fp += len(got - want)
            fn += len(want - got)
            if got != want:
                misses.append(
                    f"{art.get('id', '?')}: {p['text'][:30]!r} got {sorted(got)} want {sorted(want)}"
                )
    return RegionScore(file, len(articles), n, tp, fp, fn, tuple(misses))


def main(argv: list[str] | None = None) -> int:
    """Command line: score each label file, print figures (or JSON)."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.regions_own", description=__doc__.split("\n")[0]
    )
    ap.add_argument("files", nargs="+", type=Path, metavar="FILE", help="own_*.yaml label file")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--misses", action="store_true", help="also list the misses (not on held-out)")
    args = ap.parse_args(argv)
    from index.regions import RegionTagger

    tagger = RegionTagger()
    try:
        scores = [score(tagger, load_articles(f), str(f)) for f in args.files]
    except LabelFileError as exc:
        print(f"bench.regions_own: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = []
        for s in scores:
            fig = s.figures()
            if args.misses:
                fig["misses"] = list(s.misses)
            out.append(fig)
        print(json.dumps({"files": out}, ensure_ascii=False))
        return 0
    for s in scores:
        print(
            f"{s.file}: {s.articles} articles, {s.paragraphs} paragraphs, "
            f"precision {s.precision:.3f} recall {s.recall:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})"
        )
        if args.misses:
            print("\n".join(f"  miss: {m}" for m in s.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
