"""The app on a big index: keystroke → results painted, per query class, wall and CPU.

    python -m bench.app_latency --index-dir DIR --corpus DIR [--spec query-spec.json] [--profile OUT]

Drives the real Textual app headless (`App.run_test`, Pilot) on an existing
index (it never indexes: `index_on_start=False`), types each query key by
key with a pause longer than the debounce (a person typing and looking), and
times every key from the press to the repaint that shows that text's results
(the app's `on_results_painted` hook). CPU is the process's CPU time over the
same span (UI thread and search worker both run in this process). Browse is
timed as the backspace that empties the box. Queries come from a bench query
spec (`--spec`, the `queries` list the query phase uses: class and text) or
a small built-in set of every class.

Start-up (`--first-key`): `settled` (the default) types the first key once
the first browse is painted and the engine's start-up worker (warm-up, then
read-ahead) has finished; `ready` types it as soon as the first browse is
painted; `launch` types it at once, before the index is even open (its
engine time is not recorded: the engine is not there yet). Each run reports
the time to the first browse painted ("ready") and to the start-up worker's
end ("settled"), both from launch.

Where the time goes: every `Engine.search` call the app makes is timed
(engine ms per key, so UI ms = painted − engine), and `--profile` writes a
cProfile of the UI thread (the asyncio loop: messages, layout, rendering).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [  # class, text: every class of bench/queries.py
    ("single_char", "的"),
    ("single_char", "半"),
    ("common_word", "经济"),
    ("common_word", "干部"),
    ("rare_word", "顺手"),
    ("rare_word", "井口"),
    ("multi_and", "经济 发展"),
    ("multi_and", "干部 群众"),
    ("phrase", '"经济发展"'),
    ("phrase", '"有重要现实意义"'),
    ("region", "region:湖北省 经济"),
    ("browse", ""),
    ("traditional", "經濟"),
    ("traditional", "幹部"),
]


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


class _EngineTimer:
    """Wraps the app's engine so each `search` call's wall time is recorded (thread-safe append)."""

    def __init__(self, engine=None) -> None:
        self._engine = engine
        self.calls: list[tuple[float, float, str]] = []  # (start, ms, text)

    def wrap(self, app) -> None:
        """Stand in for the app's engine, once it has one."""
        if app.engine is not None and app.engine is not self:
            self._engine = app.engine
            app.engine = self

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def search(self, text, *args, **kw):
        """The engine's search, timed."""
        t0 = time.perf_counter()
        try:
            return self._engine.search(text, *args, **kw)
        finally:
            self.calls.append((t0, (time.perf_counter() - t0) * 1000, text))


async def _type_all(
    cfg, queries, pause: float, profile: cProfile.Profile | None, first_key: str = "settled"
) -> dict:
    """Type every query in a headless app; per-key wall/CPU/engine ms grouped by class."""
    from search_app.tui.app import make_app

    app = make_app(
        cfg,
        index_on_start=False,
        clipboard_tools=False,
        freeze_heap=True,  # as the real app (run_app) does
        history_path=Path(tempfile.mkdtemp(prefix="app-bench-")) / "history.json",
    )
    painted: dict[str, float] = {}
    waiting: dict[str, asyncio.Event] = {}

    def on_painted(req, painted_at: float) -> None:
        painted[req.text] = painted_at
        if req.text in waiting:
            waiting[req.text].set()

    app.on_results_painted = on_painted
    rows: list[dict] = []
    missed: list[str] = []
    key_timeout = 60.0
    launched = time.perf_counter()
    since: dict[str, float] = {}

    async def note_when(name: str, wait) -> None:
        await wait
        since[name] = round((time.perf_counter() - launched) * 1000, 1)

    async with app.run_test(size=(120, 40)) as pilot:
        ready = waiting[""] = asyncio.Event()
        tasks = [asyncio.create_task(note_when("ready", ready.wait()))]
        startup = [w for w in app.workers if w.group == "startup"]
        if startup:
            tasks.append(asyncio.create_task(note_when("settled", startup[0].wait())))
        if first_key != "launch":
            await asyncio.wait_for(ready.wait(), 600)  # first browse painted: the index is open
        if first_key == "settled":
            await app.workers.wait_for_complete()  # warm-up and read-ahead
        timer = _EngineTimer()
        timer.wrap(app)
        box = app.main.box
        first = True

        async def key(cls: str, press: str, expect: str) -> None:
            nonlocal first
            event = waiting[expect] = asyncio.Event()
            if not (first and first_key == "launch"):
                await asyncio.sleep(pause)  # longer than the debounce
            first = False
            timer.wrap(app)
            calls = len(timer.calls)
            c0, t0 = time.process_time(), time.perf_counter()
            if press == "backspace":
                await pilot.press(press)
            else:  # the Input's own insert: any character, no key-name mapping
                box.insert_text_at_cursor(press)
            try:
                await asyncio.wait_for(event.wait(), key_timeout)
            except TimeoutError:
                print(f"no results painted for {expect!r} in {key_timeout} s", flush=True)
                missed.append(expect)
                return
            wall = (painted[expect] - t0) * 1000
            engine = sum(ms for _s, ms, _t in timer.calls[calls:])
            rows.append(
                {
                    "cls": cls,
                    "text": expect,
                    "wall_ms": wall,
                    "cpu_ms": (time.process_time() - c0) * 1000,
                    "engine_ms": engine,
                }
            )
            print(f"{cls} {expect!r} wall {wall:.0f} ms engine {engine:.0f} ms", flush=True)

        if profile is not None:
            profile.enable()
        for cls, query in queries:
            if box.value:
                box.value = ""
                await asyncio.sleep(pause)
            if not query:  # browse: the backspace that empties the box
                shown = waiting["x"] = asyncio.Event()
                await pilot.press("x")
                await asyncio.wait_for(shown.wait(), 120)
                await key(cls, "backspace", "")
                continue
            typed = ""
            for ch in query:
                typed += ch
                await key(cls, ch, typed)
        if profile is not None:
            profile.disable()
        await asyncio.wait_for(asyncio.gather(*tasks), 600)
        await pilot.press("ctrl+q")
    by_class: dict[str, dict] = {}
    for cls in dict.fromkeys(r["cls"] for r in rows):
        mine = [r for r in rows if r["cls"] == cls]
        by_class[cls] = {
            "wall_ms": _summary([r["wall_ms"] for r in mine]),
            "cpu_ms": _summary([r["cpu_ms"] for r in mine]),
            "engine_ms": _summary([r["engine_ms"] for r in mine]),
        }
    return {
        "first_key": first_key,
        "ready_ms": since.get("ready"),  # first browse painted, from launch
        "settled_ms": since.get("settled"),  # start-up worker (warm-up, read-ahead) done
        "first_key_ms": round(rows[0]["wall_ms"], 1) if rows else None,
        "all_keys": {
            "wall_ms": _summary([r["wall_ms"] for r in rows]),
            "cpu_ms": _summary([r["cpu_ms"] for r in rows]),
            "engine_ms": _summary([r["engine_ms"] for r in rows]),
        },
        "by_class": by_class,
        "not_painted": missed,
        "keys": rows,
    }


def measure(
    corpus_dirs,
    index_dir,
    queries=None,
    pause: float = 0.3,
    profile_out=None,
    first_key: str = "settled",
) -> dict:
    """Keystroke → painted latencies of the app on an existing index."""
    from bench.enginecfg import engine_config

    cfg = engine_config([Path(c) for c in corpus_dirs], Path(index_dir))
    prof = cProfile.Profile() if profile_out else None
    result = asyncio.run(_type_all(cfg, queries or QUERIES, pause, prof, first_key))
    if prof is not None:
        with open(profile_out, "w", encoding="utf-8") as fh:
            pstats.Stats(prof, stream=fh).sort_stats("cumulative").print_stats(60)
    return {"index_dir": str(index_dir), "pause_s": pause, **result}


def main(argv: list[str] | None = None) -> int:
    """Command line: measure and print a per-class table (or JSON)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--index-dir", required=True, help="an existing index (never written)")
    p.add_argument("--corpus", action="append", required=True, help="its corpus folder(s)")
    p.add_argument("--spec", help="a bench query spec (JSON with a `queries` list)")
    p.add_argument("--per-class", type=int, default=2, help="queries per class from --spec")
    p.add_argument("--profile", help="write a cProfile of the UI thread here")
    p.add_argument("--json", help="write the full result here")
    p.add_argument(
        "--first-key",
        choices=("settled", "ready", "launch"),
        default="settled",
        help="when the first key is typed: after start-up work, at the first browse, at launch",
    )
    args = p.parse_args(argv)
    queries = None
    if args.spec:
        spec = json.loads(Path(args.spec).read_text(encoding="utf-8"))
        seen: dict[str, int] = {}
        queries = []
        for q in spec["queries"]:
            if seen.get(q["cls"], 0) < args.per_class:
                seen[q["cls"]] = seen.get(q["cls"], 0) + 1
                queries.append((q["cls"], q["text"]))
    result = measure(
        args.corpus, args.index_dir, queries, profile_out=args.profile, first_key=args.first_key
    )
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(
        f"first key {result['first_key']}: ready {result['ready_ms']} ms, settled "
        f"{result['settled_ms']} ms from launch; first key {result['first_key_ms']} ms"
    )
    if result["not_painted"]:
        print(f"no results painted for: {result['not_painted']}")
    print(
        f"{'class':<12} {'n':>3} {'wall p50':>9} {'wall p95':>9} {'cpu p50':>8} {'engine p50':>10}"
    )
    for cls, s in [*result["by_class"].items(), ("all", result["all_keys"])]:
        w, c, e = s["wall_ms"], s["cpu_ms"], s["engine_ms"]
        print(f"{cls:<12} {w['n']:>3} {w['p50']:>9} {w['p95']:>9} {c['p50']:>8} {e['p50']:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
