"""Where the project's time goes: cProfile of a cold build and of uncached queries.

cProfile (standard library, no extra dependency) adds a cost per Python call,
so absolute times are inflated; the shares are what to read.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from bench.corpora import REPO
from bench.queries import Query

TOP = 25


def _where(filename: str) -> tuple[str, str]:
    """(short file name, group) of a profiled function's file."""
    if filename == "~":
        return "~", "builtins"
    path = Path(filename)
    parts = path.parts
    # Before the repository test: the venv may sit inside the repository.
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1 :]
        return "/".join(rest), rest[0].removesuffix(".py")
    try:
        rel = path.resolve().relative_to(REPO)
        group = ".".join(rel.with_suffix("").parts[:2]) if rel.parts[0] == "index" else rel.parts[0]
        return str(rel), group
    except ValueError:
        pass
    return path.name, "python"


def summarize(prof: cProfile.Profile, top: int = TOP) -> dict:
    """Top functions by own time and by cumulative time, and own time per package/module."""
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values()) or 1e-9
    rows = []
    groups: dict[str, float] = defaultdict(float)
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():
        short, group = _where(filename)
        groups[group] += tottime
        rows.append(
            {
                "function": func if short == "~" else f"{short}:{line}({func})",
                "ncalls": ncalls,
                "tottime_s": round(tottime, 3),
                "cumtime_s": round(cumtime, 3),
                "own_share": round(tottime / total, 3),
            }
        )
    by_own = sorted(rows, key=lambda r: -r["tottime_s"])[:top]
    by_cum = sorted(rows, key=lambda r: -r["cumtime_s"])[:top]
    by_group = {
        g: round(t / total, 3) for g, t in sorted(groups.items(), key=lambda kv: -kv[1]) if t > 0
    }
    return {
        "profiled_s": round(total, 2),
        "own_time_by_module": dict(list(by_group.items())[:15]),
        "top_own": by_own,
        "top_cumulative": by_cum,
    }


def profile_project(spec: dict) -> dict:
    """Build the corpus under cProfile, then run each query twice (uncached) under cProfile."""
    from bench.competitors.project import Project

    work = Path(spec["work"])
    system = Project(work, Path(spec["corpus_root"]), Path(spec["data"]), spec["options"])
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    paragraphs = system.build()
    prof.disable()
    build_s = time.perf_counter() - t0
    prof.dump_stats(str(work.parent / "project-build.prof"))
    out = {"build": {"seconds": round(build_s, 2), "paragraphs": paragraphs, **summarize(prof)}}
    system.open()
    queries = [Query.from_dict(d) for d in spec["queries"]]
    for q in queries:  # warm, unprofiled
        system.uncached()
        system.answer(q)
    prof = cProfile.Profile()
    per_class: dict[str, float] = defaultdict(float)
    for _ in range(2):
        for q in queries:
            system.uncached()
            t0 = time.perf_counter()
            prof.enable()
            system.answer(q)
            prof.disable()
            per_class[q.cls] += time.perf_counter() - t0
    prof.dump_stats(str(work.parent / "project-query.prof"))
    system.close()
    out["query"] = {
        "seconds_by_class": {k: round(v, 3) for k, v in per_class.items()},
        **summarize(prof),
    }
    return out
