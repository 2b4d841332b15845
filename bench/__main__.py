"""`python -m bench`: build corpora, run every system on them, write latest.json and BENCHMARKS.md.

    python -m bench --quick                 # bundled + real corpora (a few minutes)
    python -m bench --full                  # adds the 100k and 1M paragraph corpora
    python -m bench --full --only fts5,rg   # some systems; other results are kept
    python -m bench --corpora 100k --reuse-builds --only project
    python -m bench --profile               # cProfile the project's build and queries
    python -m bench --profile-only          # … without running the systems

Results of systems and corpora not run are kept from the previous latest.json
and marked with their run; ratios say whether both sides come from one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from bench import report
from bench.competitors import SYSTEMS
from bench.corpora import REPO, cache_dir, parse_size, prepare, real_dir, scaled_name
from bench.machine import describe

QUICK = ("bundled", "real")
FULL = ("bundled", "real", "scaled-100k", "scaled-1m")


def _corpus_names(args) -> list[str]:
    if args.corpora:
        names = []
        for raw in args.corpora.split(","):
            raw = raw.strip()
            names.append(raw if raw in ("bundled", "real") else scaled_name(parse_size(raw)))
        return names
    return list(FULL if args.full else QUICK)


def _systems(args) -> list[str]:
    chosen = [s.strip() for s in args.only.split(",")] if args.only else list(SYSTEMS)
    skip = {s.strip() for s in args.skip.split(",")} if args.skip else set()
    unknown = [s for s in [*chosen, *skip] if s not in SYSTEMS]
    if unknown:
        raise SystemExit(f"bench: unknown system(s) {unknown}; known: {', '.join(SYSTEMS)}")
    return [s for s in chosen if s not in skip]


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    size = p.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="bundled + real corpora (default)")
    size.add_argument("--full", action="store_true", help="also the 100k and 1M corpora")
    p.add_argument("--corpora", help="comma list: bundled, real, 100k, 1m, 250k …")
    p.add_argument("--only", help=f"comma list of systems ({', '.join(SYSTEMS)})")
    p.add_argument("--skip", help="comma list of systems to leave out")
    p.add_argument("--reps", type=int, default=5, help="timed repetitions of each query")
    p.add_argument(
        "--query-budget", type=float, default=600, help="max s of timed queries per system"
    )
    p.add_argument("--build-timeout", type=float, default=1800, help="s before a build is stopped")
    p.add_argument(
        "--query-timeout", type=float, default=1800, help="s before a query session is stopped"
    )
    p.add_argument("--procs", type=int, help="the project's index.procs (default: config.yaml)")
    p.add_argument(
        "--reuse-builds",
        action="store_true",
        help="keep finished builds of earlier runs; resume a stopped project build",
    )
    p.add_argument(
        "--keep-paragraphs",
        action="store_true",
        help="reuse cached paragraph sets although the engine's cleaning changed "
        "(time new query code on builds of older ingestion code; the report says so)",
    )
    p.add_argument("--no-tui", action="store_true", help="skip the app latency measurement")
    p.add_argument("--tui-runs", type=int, default=3, help="app launches to time")
    p.add_argument(
        "--profile", action="store_true", help="cProfile the project's build and queries"
    )
    p.add_argument("--profile-only", action="store_true", help="only the profile; no system runs")
    p.add_argument("--profile-corpus", default="real", help="corpus to profile on (default real)")
    p.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "latest.json")
    p.add_argument(
        "--md", type=Path, default=REPO / "BENCHMARKS.md", help="BENCHMARKS.md to refresh"
    )
    p.add_argument("--no-md", action="store_true", help="leave BENCHMARKS.md alone")
    p.add_argument("--fresh", action="store_true", help="do not keep results of earlier runs")
    p.add_argument(
        "--cache", type=Path, help="cache folder (default $SEARCH_APP_BENCH_DIR or the user cache)"
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; 0 when every selected system ran, 1 otherwise."""
    from bench.runner import RunOptions, prepare_corpus, profile, run_system

    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()
    run_id = datetime.now().strftime("%Y%m%d-%H%M%S")
    cache = (args.cache or cache_dir()).resolve()

    def log(msg: str) -> None:
        print(f"[{time.monotonic() - started:6.0f}s] {msg}", flush=True)

    opts = RunOptions(
        run_id=run_id,
        cache=cache,
        reps=args.reps,
        query_budget_s=args.query_budget,
        build_timeout_s=args.build_timeout,
        query_timeout_s=args.query_timeout,
        tui=not args.no_tui,
        tui_runs=args.tui_runs,
        reuse_builds=args.reuse_builds,
        keep_paragraphs=args.keep_paragraphs,
        procs=args.procs,
        log=log,
    )
    names = _corpus_names(args)
    systems = _systems(args)
    if args.profile_only:
        args.profile, systems, names = True, [], [args.profile_corpus]
    log(
        f"bench: run {run_id}: corpora {', '.join(names)}; systems {', '.join(systems)}; cache {cache}"
    )
    machine = describe()
    run_info = {"machine": machine, "argv": list(argv if argv is not None else sys.argv[1:])}
    doc = report.empty() if args.fresh else report.load(args.out)
    results, corpora, not_run = [], {}, []
    prof = None
    for name in names:
        if name != "bundled" and real_dir() is None:
            not_run += [
                {"corpus": name, "system": s, "reason": "no ../shared/corpus-real"} for s in systems
            ]
            log(f"bench: {name}: skipped, the real corpus is not on this machine")
            continue
        run = prepare_corpus(prepare(name, cache, log=log), opts)
        corpora[run.corpus.name] = run.info
        for system in systems:
            res = run_system(run, system, opts)
            results.append(res)
            if res.status != "ok":
                not_run.append(
                    {"corpus": name, "system": system, "reason": f"{res.status}: {res.note}"}
                )
            # Save after every system, so an interrupted --full run keeps what it finished.
            doc = report.merge(doc, run_id, run_info, corpora, [res], None, [])
            report.write_json(doc, args.out)
        if args.profile and name == args.profile_corpus:
            prof = profile(run, opts)
        del run
    if args.profile and prof is None and args.profile_corpus not in names:
        run = prepare_corpus(prepare(args.profile_corpus, cache, log=log), opts)
        corpora[run.corpus.name] = run.info
        prof = profile(run, opts)
    doc = report.merge(doc, run_id, run_info, corpora, results, prof, not_run)
    report.write_json(doc, args.out)
    for name in corpora:
        print()
        print(report.corpus_section(doc, name))
    print()
    print(report.targets_section(doc))
    if not args.no_md:
        report.write_markdown(doc, args.md)
    log(f"bench: wrote {args.out}" + ("" if args.no_md else f" and {args.md}"))
    return 0 if not not_run else 1


if __name__ == "__main__":
    raise SystemExit(main())
