"""Hostile queries and configs (issue 11): how long each takes to answer or to explain.

    python -m bench.hostile --index-dir DIR            # queries on a built index
    python -m bench.hostile --configs                   # hostile configs on the bundled corpus

Queries run in-process on a warm engine (best and median of --reps runs);
configs run the CLI as a user would (`index`, then `search`), wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _cjk_run() -> str:
    return "".join(
        c
        for p in sorted(CORPUS.glob("*.txt"))
        for c in p.read_text("utf-8")
        if "\u4e00" <= c <= "\u9fff"
    )


def hostile_queries() -> dict[str, str]:
    """Name → query text."""
    run = _cjk_run() * 3
    return {
        "NOT ×480 + 干部": "NOT " * 480 + "干部",
        "- ×800 + 干部": "-" * 800 + "干部",
        "( ×300 干部 ) ×300": "(" * 300 + "干部" + ")" * 300,
        "( ×1000 干部 (unbalanced)": "(" * 1000 + "干部",
        "(a OR (b … ×400 alternating": "".join(f"(a{i} OR (b{i} " for i in range(400)) + "))" * 400,
        "NOT ( ×150 NOT 干部 )": "NOT (" * 150 + "NOT 干部" + ")" * 150,
        "CJK run 1,200 chars": run[:1200],
        "CJK run 2,000 chars": run[:2000],
        "CJK run 5,000 chars": run[:5000],
        "32 ORed words": " OR ".join(["干部", "经济", "发展", "社会", "工作", "国际"] * 6),
        "6 ORed near-universal characters": "的 OR 在 OR 人 OR 是 OR 了 OR 有",
        "干部 ×2,500 (10k chars)": ("干部 " * 2500)[:10_000],
        "single char 的": "的",
    }


def run_queries(index_dir: Path, reps: int) -> list[dict]:
    """Time every hostile query on the index at `index_dir`."""
    from index.config import load_config
    from index.engine import open_engine

    cfg = load_config(ROOT / "config.yaml")
    cfg.index.dir = index_dir
    engine = open_engine(cfg)
    engine.warm_up()
    engine.search("干部")
    rows = []
    for name, q in hostile_queries().items():
        times, cpu, approximate = [], [], 0
        for rep in range(reps):
            # A different limit each time, so no answer comes from the engine's cache.
            start, start_cpu = time.perf_counter(), time.process_time()
            result = engine.search(q, limit=20 + rep)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)  # the load-independent part
            approximate += result.ranking_approximate
        rows.append(
            {
                "query": name,
                "chars": len(q),
                "best_ms": round(min(times) * 1000, 1),
                "median_ms": round(statistics.median(times) * 1000, 1),
                "worst_ms": round(max(times) * 1000, 1),
                "cpu_ms": round(statistics.median(cpu) * 1000, 1),
                "total": result.total,
                "notice": result.notice,
                "approximate_runs": approximate,  # ranking cut short by search.rank_budget_ms
            }
        )
    engine.close()
    return rows


def _config(tmp: Path, corpus: Path, extra_cleaning: str = "", other: str = "") -> Path:
    path = tmp / "config.yaml"
    base = (ROOT / "config.yaml").read_text("utf-8")
    base = base.replace("paths: [corpus]", f"paths: [{corpus}]")
    base = base.replace("dir: .search-index", f"dir: {tmp / 'ix'}")
    base = base.replace("files: [userdict.txt]", f"files: [{ROOT / 'userdict.txt'}]")
    if extra_cleaning:
        base = base.replace("  spam:\n", "  spam:\n" + extra_cleaning, 1)
    path.write_text(base + other, "utf-8")
    return path


def hostile_configs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Name → (config file, what it tests); corpora and configs written under `tmp`."""
    out = {}
    rng = random.Random(11)
    chars = [chr(c) for c in range(0x4E00, 0x9FA5)]
    words = "".join(
        f"    - '{''.join(rng.choice(chars) for _ in range(rng.randint(4, 6)))}'\n"
        for _ in range(420_000)
    )
    d = tmp / "huge"
    d.mkdir()
    out["420k plain rules (10 MB config)"] = (_config(d, CORPUS, words), "spam list")
    d = tmp / "catastrophic"
    (d / "c").mkdir(parents=True)
    for p in CORPUS.glob("*.txt"):
        (d / "c" / p.name).write_text(p.read_text("utf-8") + "\n" + "a" * 60 + "!\n", "utf-8")
    out["catastrophic rule (a|aa)+$"] = (_config(d, d / "c", "    - '(a|aa)+$'\n"), "rule")
    for name, key, value in [
        ("max_paragraph_chars: 0", "max_paragraph_chars: 200000", "max_paragraph_chars: 0"),
        ("max_file_mb: .inf", "max_file_mb: 64", "max_file_mb: .inf"),
        ("max_file_mb: .nan", "max_file_mb: 64", "max_file_mb: .nan"),
        ("commit_every: 0", "commit_every: 20000", "commit_every: 0"),
    ]:
        d = tmp / name.replace(":", "").replace(" ", "_").replace(".", "")
        d.mkdir()
        path = _config(d, CORPUS)
        path.write_text(path.read_text("utf-8").replace(key, value), "utf-8")
        out[name] = (path, "range")
    return out


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(args: list[str], timeout: float) -> tuple[float, float, int, str]:
    """(wall s, CPU s, exit code, last line) of one CLI command."""
    cpu = _children_cpu()
    start = time.perf_counter()
    try:
        res = subprocess.run(
            [sys.executable, "-m", "search_app", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, 0.0, -1, f"still running after {timeout:.0f} s"
    last = (res.stderr.strip().splitlines() or res.stdout.strip().splitlines() or [""])[-1]
    return time.perf_counter() - start, _children_cpu() - cpu, res.returncode, last[:160]


def run_configs(timeout: float, only: str | None = None) -> list[dict]:
    """`index` then `search` with each hostile config: wall and CPU time, outcome."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for name, (path, _kind) in hostile_configs(Path(tmp)).items():
            if only and only not in name:
                continue
            for command in (["index"], ["search", "干部", "--limit", "1"]):
                seconds, cpu, code, last = _timed(["--config", str(path), *command], timeout)
                rows.append(
                    {
                        "config": name,
                        "command": command[0],
                        "seconds": round(seconds, 2),
                        "cpu_seconds": round(cpu, 2),
                        "exit": code,
                        "says": last,
                    }
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the figures as JSON lines; 0 unless something failed to answer."""
    p = argparse.ArgumentParser(prog="python -m bench.hostile")
    p.add_argument("--index-dir", type=Path, help="a built index to run the hostile queries on")
    p.add_argument("--configs", action="store_true", help="run the hostile configs")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--timeout", type=float, default=600.0, help="per config command")
    p.add_argument("--only", help="run only the configs whose name contains this")
    args = p.parse_args(argv)
    bad = 0
    if args.index_dir:
        rows = run_queries(args.index_dir, args.reps)
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), flush=True)
        slowest = max(rows, key=lambda r: r["median_ms"])
        print(
            f"slowest hostile query: {slowest['query']}: {slowest['median_ms']} ms (median of {args.reps}, worst {slowest['worst_ms']} ms, CPU {slowest['cpu_ms']} ms, ranking approximate in {slowest['approximate_runs']} of {args.reps} runs)"
        )
    if args.configs:
        rows = run_configs(args.timeout, args.only)
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), flush=True)
            bad += row["exit"] < 0
        slowest = max(rows, key=lambda r: r["seconds"])
        print(
            f"slowest hostile config: {slowest['config']} ({slowest['command']}): {slowest['seconds']} s"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
