"""Terminal app latency: launch to first paint, and keystroke to results painted.

    python bench/tui_latency.py                          # bundled corpus
    python bench/tui_latency.py --corpus ../shared/corpus-real --json

Launch is measured on the real command (`python -m search_app tui …`) in a
pseudo-terminal of 120×40, from spawn to the first frame on the terminal
(and, separately, to the first results). Keystrokes are measured with the
real app running headless in-process: from the key press until the frame
showing that query's hits has been painted (the app's hook gets the time
right after that frame was written; the facets panel follows in a frame of
its own). Keys are pressed after a pause longer than the debounce, as a
person types a word and looks; a burst (keys 40 ms apart) is reported too.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import fcntl
import hashlib
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST_PAINT_MARKER = b"Search"  # the search box placeholder, drawn in the first frame
RESULTS_MARKER = b"hits"  # the status line once the first (browse) result is shown
BUNDLED_QUERIES = ["驻村第一书记", "下沉干部", "金花葵", "幹部", "region:湖北 干部"]
REAL_QUERIES = ["经济发展", "台湾", "中国人民", "北京市", "改革开放"]


def _summary(values: list[float]) -> dict:
    """p50 / p95 / max / n of a list of milliseconds."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "p50": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
        "n": len(ordered),
    }


def _config(corpus_dirs: list[Path], index_dir: Path):
    from index.config import load_config

    cfg = copy.deepcopy(load_config(REPO / "config.yaml"))
    cfg.corpus.paths = [Path(p).resolve() for p in corpus_dirs]
    cfg.index.dir = Path(index_dir).resolve()
    return cfg


def _launch_once(
    corpus_dirs: list[Path], index_dir: Path, timeout: float = 20.0
) -> tuple[float, float]:
    """Spawn the app in a pty; ms to the first frame and to the first results."""
    argv = [sys.executable, "-m", "search_app", "tui", "--index-dir", str(index_dir)]
    for c in corpus_dirs:
        argv += ["--corpus", str(c)]
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40")
    # Keep the user's real history untouched.
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tui-bench-data-")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.chdir(REPO)
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    first = results = None
    deadline = start + timeout
    try:
        while time.perf_counter() < deadline and results is None:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            now = time.perf_counter()
            if first is None and FIRST_PAINT_MARKER in seen:
                first = now
            if first is not None and RESULTS_MARKER in seen:
                results = now
    finally:
        os.write(fd, b"\x11")  # ctrl+q
        for _ in range(40):
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    if first is None or results is None:
        raise RuntimeError(f"the app did not paint within {timeout} s: {seen[-300:]!r}")
    return (first - start) * 1000, (results - start) * 1000


async def _keystrokes(cfg, queries: list[str], pause: float, burst_gap: float) -> dict:
    """Type each query key by key in a headless app; ms from key press to results painted."""
    from search_app.tui.app import make_app

    app = make_app(
        cfg,
        index_on_start=False,
        clipboard_tools=False,
        freeze_heap=True,  # as the real app (run_app) does
        history_path=Path(tempfile.mkdtemp(prefix="tui-bench-")) / "history.json",
    )
    painted: dict[str, float] = {}
    waiting: dict[str, asyncio.Event] = {}

    def on_painted(req, painted_at: float) -> None:
        """Timestamp the repaint that shows `req`."""
        painted[req.text] = painted_at
        if req.text in waiting:
            waiting[req.text].set()

    app.on_results_painted = on_painted
    per_key: list[float] = []
    burst: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        ready = asyncio.Event()
        waiting[""] = ready
        await asyncio.wait_for(ready.wait(), 30)  # first browse painted
        await app.workers.wait_for_complete()  # jieba warm: measure steady-state typing
        box = app.main.box
        for query in queries:
            box.value = ""
            await asyncio.sleep(pause)
            typed = ""
            for key in query:
                typed += key
                event = waiting[typed] = asyncio.Event()
                await asyncio.sleep(pause)  # longer than the debounce: a pause while typing
                t0 = time.perf_counter()
                await pilot.press(key if key != " " else "space")
                await asyncio.wait_for(event.wait(), 30)
                per_key.append((painted[typed] - t0) * 1000)
        for query in queries:  # a burst: only the last state has to show, after the debounce
            box.value = ""
            await asyncio.sleep(pause)
            event = waiting[query] = asyncio.Event()
            t_last = 0.0
            for n, key in enumerate(query):
                if n:
                    await asyncio.sleep(burst_gap)
                t_last = time.perf_counter()
                box.insert_text_at_cursor(key)  # no pilot waits: keys really are 40 ms apart
            await asyncio.wait_for(event.wait(), 30)
            burst.append((painted[query] - t_last) * 1000)
        await pilot.press("ctrl+q")
    return {
        "keystroke_to_results_ms": _summary(per_key),
        "burst_last_key_to_results_ms": _summary(burst),
    }


def measure(corpus_dirs, index_dir, *, runs: int = 5, queries: list[str] | None = None) -> dict:
    """Launch and keystroke latencies of the app on `corpus_dirs` (index built in `index_dir` first)."""
    from index.engine import open_engine

    corpus_dirs = [Path(c).resolve() for c in corpus_dirs]
    index_dir = Path(index_dir).resolve()
    cfg = _config(corpus_dirs, index_dir)
    t = time.perf_counter()
    summary = open_engine(cfg).index()
    index_s = time.perf_counter() - t
    if queries is None:
        real = any("corpus-real" in str(c) for c in corpus_dirs)
        queries = REAL_QUERIES if real else BUNDLED_QUERIES
    first, results = [], []
    for _ in range(runs):
        f, r = _launch_once(corpus_dirs, index_dir)
        first.append(f)
        results.append(r)
    keys = asyncio.run(_keystrokes(cfg, queries, pause=0.2, burst_gap=0.04))
    return {
        "corpus": [str(c) for c in corpus_dirs],
        "paragraphs": summary.paragraphs,
        "articles": summary.articles,
        "index_update_s": round(index_s, 2),
        "launch_to_first_paint_ms": _summary(first),
        "launch_to_first_results_ms": _summary(results),
        **keys,
        "queries": queries,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: measure and print a table (or JSON)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", action="append", help="corpus folder (default: the bundled corpus)")
    p.add_argument("--index-dir", help="index folder (default: a cached temp folder per corpus)")
    p.add_argument("--runs", type=int, default=5, help="launches to time")
    p.add_argument("--json", action="store_true", help="print JSON")
    args = p.parse_args(argv)
    corpus = [Path(c) for c in (args.corpus or [REPO / "corpus"])]
    if args.index_dir:
        index_dir = Path(args.index_dir)
    else:
        key = hashlib.blake2b("|".join(str(c.resolve()) for c in corpus).encode(), digest_size=6)
        index_dir = Path(tempfile.gettempdir()) / "search-app-bench" / key.hexdigest()
    result = measure(corpus, index_dir, runs=args.runs)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"corpus: {', '.join(result['corpus'])} ({result['paragraphs']:,} paragraphs)")
    for name in (
        "launch_to_first_paint_ms",
        "launch_to_first_results_ms",
        "keystroke_to_results_ms",
        "burst_last_key_to_results_ms",
    ):
        s = result[name]
        print(
            f"  {name:<30} p50 {s['p50']:>7} ms   p95 {s['p95']:>7} ms   max {s['max']:>7} ms   n {s['n']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
