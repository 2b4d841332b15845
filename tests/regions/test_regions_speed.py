"""The tagger is cheap to build and fast enough not to slow indexing."""

from __future__ import annotations

import time
from pathlib import Path

from index.folding import fold
from index.regions import RegionTagger, gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_build_is_cheap() -> None:
    """Building the gazetteer and automaton from scratch takes under 0.5 s."""
    start = time.perf_counter()
    gz = gazetteer.load.__wrapped__()  # bypass the per-process cache
    elapsed = time.perf_counter() - start
    assert len(gz.units) > 3000
    assert elapsed < 0.5, elapsed


def test_throughput_at_least_5_mb_s(tagger: RegionTagger) -> None:
    """tag() runs at 5 MB/s or more on the bundled corpus (best of 5 short runs)."""
    paras = [
        fold(line)
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    size = sum(len(p.encode("utf-8")) for p in paras)
    best = 0.0
    for _ in range(5):
        start = time.perf_counter()
        for p in paras:
            tagger.tag(p)
        best = max(best, size / (time.perf_counter() - start) / 1e6)
    print(f"\nregions: tag() {best:.1f} MB/s on the bundled corpus")
    assert best >= 5.0, best
