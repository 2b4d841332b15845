"""The bench's one-article add and delete, repeated in one process, each timed.

    python -m bench.repeat_adds --work DIR --corpus-root ROOT --data DATA [--runs 5]
        [--query TEXT ...] [--profile OUT.prof]

`--work` is the project's bench folder (`index/`, `incoming/`), a copy of the
bench's own (adds and deletes change it; the index records its corpus folders,
so the copy's record is pointed at the copy's `incoming/` first). As in the bench's query phase
(`bench.worker.query`), the engine is opened and warmed up and some queries run
first (their patterns sit in `re`'s cache as the bench's do); then each run adds
the article (`Project.add_article`) and searches for its marker, then deletes it
and searches again (`bench.worker._incremental`). Prints each add's and delete's
wall time; with `--profile`, the first add and delete run under cProfile and the
top entries are printed (the profile's own times are inflated).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from bench.competitors.project import Project
from bench.queries import Query
from bench.worker import MARKER, _incremental_paragraphs

# A few of each bench class's kind, so the queries' own code paths and patterns are warm.
DEFAULT_QUERIES = ("的", "经济", "经济 发展", '"中国经济"', "北京", "發展")


def _timed(system: Project, change) -> tuple[float, float, int]:
    """(wall s, CPU s of all this process's threads, marker hits) of one change until a
    search shows it, as `bench.worker._incremental` times it."""
    probe = Query("incremental", MARKER, (MARKER,))
    system.uncached()
    t0, c0 = time.perf_counter(), time.process_time()
    change()
    found = system.answer(probe).total
    return time.perf_counter() - t0, time.process_time() - c0, found


def _adopt(system: Project) -> None:
    """Record the copy's own corpus folders in its index (the bench's copy names the bench's)."""
    from index.build.store import IndexStore

    system.incoming.mkdir(parents=True, exist_ok=True)
    cfg = system.config()
    store = IndexStore(cfg.index.dir)
    build = store.current_build()
    meta = store.read_meta(build) if build else None
    roots = [str(p) for p in cfg.corpus.paths]
    if meta is not None and list(meta.corpus) != roots:
        store.record_corpus(build, roots, list(meta.extensions))


def main(argv: list[str] | None = None) -> int:
    """Open, warm up, run the queries, then time `--runs` adds and deletes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True, help="the project's bench folder (a copy)")
    ap.add_argument("--corpus-root", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True, help="the corpus's paragraphs folder")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--query", action="append", help="a query to run before the adds")
    ap.add_argument("--profile", type=Path, help="cProfile the first add and delete into this file")
    ap.add_argument("--top", type=int, default=30, help="profile entries to print")
    args = ap.parse_args(argv)
    system = Project(args.work, args.corpus_root, args.data)
    _adopt(system)
    t0 = time.perf_counter()
    system.open()
    print(f"open + warm-up {time.perf_counter() - t0:.3f} s")
    for text in args.query or DEFAULT_QUERIES:
        system.uncached()
        system.answer(Query("warm", text, ()))
    paragraphs = _incremental_paragraphs(args.data)
    try:
        for n in range(1, args.runs + 1):
            prof = cProfile.Profile() if args.profile and n == 1 else None
            if prof is not None:
                prof.enable()
            add = _timed(system, lambda: system.add_article(paragraphs))
            delete = _timed(system, system.delete_article)
            if prof is not None:
                prof.disable()
                prof.dump_stats(args.profile)
            ok = add[2] > 0 and delete[2] == 0
            print(
                f"run {n}: add {add[0]:.3f} s (CPU {add[1]:.3f}), "
                f"delete {delete[0]:.3f} s (CPU {delete[1]:.3f}){'' if ok else ' (NOT FOUND/LEFT)'}",
                flush=True,
            )
    finally:
        system.close()
    if args.profile:
        stats = pstats.Stats(str(args.profile), stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
