"""One measurement in a fresh process: `python -m bench.worker SPEC.json`.

Each build and each query session runs in its own process, so peak RSS is the
system's own and nothing one system loaded can help or hurt another.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from array import array
from pathlib import Path

from bench.competitors import system_class
from bench.queries import Query

MARKER = "零壹贰叁肆伍陆柒捌玖"  # in no corpus: proves the added article is searchable
INCREMENTAL_PARAGRAPHS = 20


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident set size now (VmRSS) or its peak (VmHWM), in MB.

    The peak is read here, not from the parent's rusage: Linux carries a parent's
    peak RSS over fork and exec, so wait4() would report the harness's own size.
    """
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def children_peak_mb() -> float:
    """Largest peak RSS of any helper process this one waited for (0 if none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _system(spec: dict):
    cls = system_class(spec["system"])
    return cls(Path(spec["work"]), Path(spec["corpus_root"]), Path(spec["data"]), spec["options"])


def build(spec: dict) -> dict:
    """Cold build; seconds are measured around the system's build alone."""
    system = _system(spec)
    start = time.perf_counter()
    paragraphs = system.build()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "paragraphs": paragraphs,
        "index_bytes": system.index_bytes(),
        "info": system.build_info(),
        "peak_rss_mb": rss_mb("VmHWM"),
        "children_peak_rss_mb": children_peak_mb(),
    }


def _incremental_paragraphs(data: Path) -> list[str]:
    """The first paragraphs of the corpus, the first one carrying the marker."""
    from bench.competitors.base import lines

    out = []
    for text in lines(data / "text.txt"):
        out.append(text)
        if len(out) == INCREMENTAL_PARAGRAPHS:
            break
    out[0] = f"{MARKER}，{out[0]}"
    return out


def _cpu() -> tuple[float, int, int]:
    """(CPU seconds of this process and its waited-for helpers, its involuntary context
    switches, its major page faults): wall time above CPU time in a timed call is time
    the scheduler gave to other processes (the switches) or spent reading the disk (the
    faults)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    return used, own.ru_nivcsw, own.ru_majflt


def query(spec: dict) -> dict:
    """Open, warm up, time every query, then RSS, all matches (for recall) and updates."""
    system = _system(spec)
    queries = [Query.from_dict(d) for d in spec["queries"]]
    start = time.perf_counter()
    system.open()
    open_s = time.perf_counter() - start
    warm = []
    for q in queries:  # first run of each query: page cache, lazy tables, jieba
        system.uncached()
        t0 = time.perf_counter()
        system.answer(q)
        warm.append((time.perf_counter() - t0) * 1000)
    reps = spec["reps"]
    budget = spec.get("budget_s") or 0
    if budget and sum(warm) / 1000 * reps > budget:
        reps = max(1, int(budget / max(sum(warm) / 1000, 1e-9)))  # a slow system gets fewer
    samples: list[list[float]] = [[] for _ in queries]
    cpu: list[list[float]] = [[] for _ in queries]  # the same calls' CPU (self + helpers)
    preempted = [0] * len(queries)  # involuntary context switches during them
    faults = [0] * len(queries)  # major page faults during them
    totals = [0] * len(queries)
    for _ in range(reps):
        for i, q in enumerate(queries):  # interleaved, so machine noise spreads over classes
            system.uncached()
            c0, s0, f0 = _cpu()
            t0 = time.perf_counter()
            a = system.answer(q)
            samples[i].append((time.perf_counter() - t0) * 1000)
            c1, s1, f1 = _cpu()
            cpu[i].append((c1 - c0) * 1000)
            preempted[i] += s1 - s0
            faults[i] += f1 - f0
            totals[i] = a.total
    cached = []
    for q in queries:  # the same query again without clearing: what a repeated keystroke costs
        t0 = time.perf_counter()
        system.answer(q)
        cached.append((time.perf_counter() - t0) * 1000)
    rss = rss_mb()
    peak = rss_mb("VmHWM")
    child_rss = system.child_rss_mb()
    ids_dir = Path(spec["ids_dir"])
    ids_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for i, q in enumerate(queries):
        with open(ids_dir / f"{i}.bin", "wb") as fh:
            array("l", system.matches(q)).tofile(fh)
    matches_s = time.perf_counter() - t0
    incr = _incremental(system, _incremental_paragraphs(Path(spec["data"])))
    system.close()
    return {
        "open_s": open_s,
        "warm_ms": warm,
        "samples_ms": samples,
        "cpu_ms": cpu,
        "preempted": preempted,
        "major_faults": faults,
        "cached_ms": cached,
        "totals": totals,
        "reps": reps,
        "rss_mb": rss,
        "peak_rss_mb": peak,
        "child_rss_mb": child_rss,
        "matches_s": matches_s,
        **incr,
    }


def _incremental(system, paragraphs: list[str]) -> dict:
    """Seconds from adding (then deleting) one article until a search shows it (or not)."""
    probe = Query("incremental", MARKER, (MARKER,))
    system.uncached()
    t0 = time.perf_counter()
    system.add_article(paragraphs)
    found = system.answer(probe).total
    add_s = time.perf_counter() - t0
    system.uncached()
    t0 = time.perf_counter()
    system.delete_article()
    left = system.answer(probe).total
    delete_s = time.perf_counter() - t0
    return {
        "incremental_add_s": add_s,
        "incremental_found": found,
        "incremental_delete_s": delete_s,
        "incremental_left": left,
    }


def audit(spec: dict) -> dict:
    """The index's articles as file → (paragraphs, digest), for `truth.audit_articles`."""
    system = _system(spec)
    start = time.perf_counter()
    system.open()
    articles = system.indexed_articles()
    system.close()
    return {"articles": articles, "seconds": time.perf_counter() - start}


def tui(spec: dict) -> dict:
    """The TUI engineer's launch and keystroke latencies on the project's index."""
    from bench.tui_latency import measure

    work = Path(spec["work"])
    # The roots the query phase's one-article step recorded (`ProjectSystem.incoming`):
    # with the corpus alone, the app's update would refuse the index as another corpus's.
    roots = [Path(spec["corpus_root"])] + [p for p in [work / "incoming"] if p.is_dir()]
    return measure(roots, work / "index", runs=spec.get("runs", 3))


def profile(spec: dict) -> dict:
    """cProfile of the project's cold build and of its uncached queries."""
    from bench.profiling import profile_project

    return profile_project(spec)


PHASES = {"build": build, "query": query, "audit": audit, "tui": tui, "profile": profile}


def main(argv: list[str]) -> int:
    """Run the phase a spec file names and write its JSON result next to it."""
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    result = PHASES[spec["phase"]](spec)
    Path(spec["out"]).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
