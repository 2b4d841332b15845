"""Throughput of the region tagger: MB/s of RegionTagger.tag() on one core.

Run as `python -m bench.regions_speed [CORPUS_REAL_DIR]`. Text is folded
first and folding is not timed; the figure is UTF-8 megabytes (10^6 bytes)
of folded paragraphs tagged per second. The issue asks for at least 5 MB/s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.corpora import real_dir as corpora_real_dir
from index.build.folding import fold
from index.regions import RegionTagger

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus"
MIN_SECONDS = 1.0  # repeat small corpora until the timing is stable


def paragraphs(files: list[Path]) -> list[str]:
    """Folded non-empty lines of `files`, one paragraph each."""
    out = []
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        out.extend(fold(line.strip()) for line in text.splitlines() if line.strip())
    return out


def measure(tagger: RegionTagger, paras: list[str]) -> tuple[float, int, int]:
    """(MB/s, bytes per pass, paths found per pass) of tag() over `paras`."""
    size = sum(len(p.encode("utf-8")) for p in paras)
    tag = tagger.tag
    found = sum(len(tag(p)) for p in paras)  # warm-up pass, also counts tags
    passes, elapsed = 0, 0.0
    start = time.perf_counter()
    while elapsed < MIN_SECONDS:
        for p in paras:
            tag(p)
        passes += 1
        elapsed = time.perf_counter() - start
    return size * passes / elapsed / 1e6, size, found


def measure_articles(tagger: RegionTagger, articles: list[list[str]]) -> float:
    """MB/s of tag_article() with each file as one article (two passes, one scan)."""
    size = sum(len(p.encode("utf-8")) for a in articles for p in a)
    docs = [[(p, False) for p in a] for a in articles]
    passes, elapsed = 0, 0.0
    start = time.perf_counter()
    while elapsed < MIN_SECONDS:
        for doc in docs:
            tagger.tag_article(doc)
        passes += 1
        elapsed = time.perf_counter() - start
    return size * passes / elapsed / 1e6


def main(argv: list[str] | None = None) -> int:
    """Print tagger build time and throughput on the bundled and real corpora."""
    argv = sys.argv[1:] if argv is None else argv
    start = time.perf_counter()
    tagger = RegionTagger()
    print(f"regions: tagger built in {time.perf_counter() - start:.3f} s ({tagger.source})")
    real = Path(argv[0]) if argv else corpora_real_dir()
    corpora = [("bundled", sorted(BUNDLED.glob("*.txt")))]
    if real is not None and real.is_dir():
        corpora.append(("corpus-real", sorted(real.glob("*.utf8.txt"))))
    else:
        print("regions: corpus-real not found; pass its directory as the argument")
    for name, files in corpora:
        paras = paragraphs(files)
        rate, size, found = measure(tagger, paras)
        print(
            f"regions: {name}: tag() {rate:.1f} MB/s "
            f"({size / 1e6:.2f} MB, {len(paras)} paragraphs, {found} paths per pass)"
        )
        articles = [paragraphs([f]) for f in files]
        print(f"regions: {name}: tag_article() {measure_articles(tagger, articles):.1f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
