"""The first query after opening an index against the same query warm, and where it goes.

    python -m bench.cold_query --index-dir DIR                  # this tree's code
    python -m bench.cold_query --index-dir DIR --code OLD_TREE  # … and another checkout's

Each measurement is a fresh process: it opens the index (`--warm-up`: also
runs the engine's `warm_up`, as the app does off its UI thread), loads
jieba's shards for the query (not measured), runs the query once (cold) and
3 times more with the result cache cleared (warm, median); a line says when
hits (budget off) or facets differ between runs or trees. Code trees
alternate within each repetition, so both see the same load. CPU is the
process's, wall is `perf_counter`. `--parts` adds the CPU of each lazily
built table of the cold query (one process per tree).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    "的 OR 在 OR 人 OR 是 OR 了 OR 有",
    "的",
    "的 在",
    "在 的 人 是",
    "经济 发展",
    "干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际",
]


def _engine(index_dir: str, query: str, budget_ms: float):
    from index.config import load_config
    from index.query.search import SearchEngine

    cfg = load_config(ROOT / "config.yaml")
    cfg.search.rank_budget_ms = budget_ms
    engine = SearchEngine(cfg, Path(index_dir))
    engine.segmenter.query_words(query)  # the query's dictionary shards: not measured
    return engine


def _timed(engine, query: str):
    engine.clear_cache()
    cpu, wall = time.process_time(), time.perf_counter()
    r = engine.search(query, limit=20)
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000, r


def measure_one(index_dir: str, query: str, budget_ms: float, warm_up: bool) -> dict:
    """Cold then warm, in this process."""
    engine = _engine(index_dir, query, budget_ms)
    if warm_up:
        engine.warm_up()
    else:
        engine.generation()  # opens the searcher
    cpu, wall, r = _timed(engine, query)
    warm = [_timed(engine, query) for _ in range(3)]
    return {
        "total": r.total,
        "cold_cpu": cpu,
        "cold_wall": wall,
        "cold_flagged": r.ranking_approximate,
        "warm_cpu": statistics.median(w[0] for w in warm),
        "warm_wall": statistics.median(w[1] for w in warm),
        "warm_flagged": sum(w[2].ranking_approximate for w in warm),
        "hits": [(h.path, h.paragraph, h.score) for h in r.hits],
        "facets": [r.facets.counts, r.facets.month],
    }


def parts_one(index_dir: str, query: str) -> dict:
    """CPU ms of each table the cold query builds, and of its ranking, cold and warm."""
    from index.query import accel, search, topk

    engine = _engine(index_dir, query, 1e9)
    engine.generation()
    spent: dict[str, float] = {}

    def wrap(owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed(*a, **k):
            start = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + (time.process_time() - start) * 1000

        setattr(owner, name, timed)

    wrap(search.SearchEngine, "_doc_tables", "facet and date tables")
    wrap(accel.FacetArrays, "__init__", "facet codes (numpy)")
    wrap(topk.ScoreTables, "postings", "postings read")
    wrap(topk, "_exact_scores", "Whoosh rescoring")
    wrap(search.SearchEngine, "_ranked", "ranking (all)")
    out = {}
    for run in ("cold", "warm"):
        spent.clear()
        cpu, _wall, _r = _timed(engine, query)
        out[run] = {"query": round(cpu), **{k: round(v) for k, v in spent.items()}}
    return out


def _child(code: str, args: list[str]) -> dict:
    """Run this file's `--one`/`--parts-one` in a fresh process importing `code`'s index/."""
    env = dict(os.environ, PYTHONPATH=code)
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    done = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{code}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print markdown tables: cold against warm per query and code tree."""
    p = argparse.ArgumentParser(prog="python -m bench.cold_query")
    p.add_argument("--index-dir")
    p.add_argument("--code", action="append", default=[], help="another checkout to compare")
    p.add_argument("--budget-ms", type=float, default=1e9, help="rank_budget_ms (default: off)")
    p.add_argument("--warm-up", action="store_true", help="run warm_up before the cold query")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--parts", action="store_true", help="also the cold query's breakdown")
    p.add_argument("--query", action="append", help="instead of the built-in queries")
    p.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    p.add_argument("--parts-one", nargs=2, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.one:
        index_dir, query, budget, warm = a.one
        print(json.dumps(measure_one(index_dir, query, float(budget), warm == "1")))
        return 0
    if a.parts_one:
        print(json.dumps(parts_one(*a.parts_one)))
        return 0
    if not a.index_dir:
        p.error("--index-dir is required")
    trees = [str(ROOT), *(str(Path(c).resolve()) for c in a.code)]
    queries = a.query or QUERIES
    got: dict = {}
    for rep in range(a.reps):
        order = trees if rep % 2 == 0 else trees[::-1]
        for q in queries:
            for code in order:
                args = ["--one", a.index_dir, q, str(a.budget_ms), "1" if a.warm_up else "0"]
                got.setdefault((q, code), []).append(_child(code, args))
    med = statistics.median
    print(f"budget {a.budget_ms:g} ms, warm-up {a.warm_up}, {a.reps} processes per cell")
    print("| query | hits | code | cold CPU | cold wall | warm CPU | warm wall | cold/warm CPU |")
    print("|---|---|---|---|---|---|---|---|")
    for q in queries:
        for code in trees:
            rs = got[(q, code)]
            cc, cw = med(r["cold_cpu"] for r in rs), med(r["cold_wall"] for r in rs)
            wc, ww = med(r["warm_cpu"] for r in rs), med(r["warm_wall"] for r in rs)
            flags = sum(r["cold_flagged"] for r in rs), sum(r["warm_flagged"] for r in rs)
            note = f" (flagged {flags[0]}/{len(rs)} cold, {flags[1]}/{3 * len(rs)} warm)"
            print(
                f"| `{q}` | {rs[0]['total']:,} | {Path(code).name} | {cc:.0f} | {cw:.0f} "
                f"| {wc:.0f} | {ww:.0f} | {cc / wc:.1f}×{note if any(flags) else ''} |"
            )
        hits = {json.dumps(r["hits"]) for code in trees for r in got[(q, code)]}
        if a.budget_ms >= 1e6 and len(hits) != 1:
            print(f"| `{q}`: hits differ between runs or trees | | | | | | | |")
        facets = {json.dumps(r["facets"]) for code in trees for r in got[(q, code)]}
        if len(facets) != 1:
            print(f"| `{q}`: facets differ between runs or trees | | | | | | | |")
    if a.parts:
        for q in queries[:1]:
            for code in trees:
                print(
                    f"\n{Path(code).name}, `{q}`:",
                    json.dumps(_child(code, ["--parts-one", a.index_dir, q]), ensure_ascii=False),
                )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
