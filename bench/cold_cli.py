"""Cold start of `search-app search --json` on the bundled corpus (issue 12: ≤ 0.5 s wall).

    python -m bench.cold_cli [--runs 15] [--query 干部] [--index-dir DIR]

Builds the bundled index in a temporary folder (unless --index-dir is given),
runs one warm-up search (it writes the dictionary shard cache once), then
alternates `python -c pass` and the search, each a fresh process, and reports
median and p95 wall times and their ratio from the same run. The machine's
load average is printed too: on a shared 2-core machine, read the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


# A user's Python caches bytecode; a session that sets PYTHONDONTWRITEBYTECODE
# would recompile every module of ours on each start (~0.1 s), so it is unset.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _wall(cmd: list[str]) -> tuple[float, float]:
    """Seconds of wall time and of CPU time (user + system) for one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, cwd=REPO
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def main(argv: list[str] | None = None) -> int:
    """Measure and print the cold-start table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--query", default="干部")
    ap.add_argument("--index-dir", type=Path, help="an existing index of the bundled corpus")
    args = ap.parse_args(argv)
    exe = [sys.executable, "-m", "search_app"]
    with tempfile.TemporaryDirectory(prefix="cold-cli-") as tmp:
        index_dir = args.index_dir or Path(tmp) / "ix"
        if args.index_dir is None:
            subprocess.run(
                [*exe, "index", "--index-dir", str(index_dir)],
                check=True,
                cwd=REPO,
                stdout=subprocess.DEVNULL,
            )
        search = [*exe, "search", args.query, "--json", "--index-dir", str(index_dir)]
        _wall(search)  # warm-up: page cache and the one-off shard cache
        runs: dict[str, list[tuple[float, float]]] = {"base": [], "cold": []}
        for _ in range(args.runs):
            runs["base"].append(_wall([sys.executable, "-c", "pass"]))
            runs["cold"].append(_wall(search))
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {args.runs} runs each")
    print("| command | wall median s | wall p95 s | CPU median s |")
    print("|---|---|---|---|")
    names = {"base": "python -c pass", "cold": f"search-app search {args.query} --json"}
    for key, name in names.items():
        wall = [w for w, _ in runs[key]]
        cpu = [c for _, c in runs[key]]
        print(
            f"| {name} | {statistics.median(wall):.3f} | {_p95(wall):.3f} | "
            f"{statistics.median(cpu):.3f} |"
        )
    base = [w for w, _ in runs["base"]]
    cold = [w for w, _ in runs["cold"]]
    print(
        f"search minus interpreter start (median): "
        f"{statistics.median(cold) - statistics.median(base):.3f} s; "
        f"ratio {statistics.median(cold) / statistics.median(base):.1f}×"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
