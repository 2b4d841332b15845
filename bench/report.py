"""latest.json (merged across runs) and the generated part of BENCHMARKS.md."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from bench.competitors import COMPETITORS
from bench.metrics import SystemResult, ratio
from bench.queries import CLASSES

SCHEMA = 1
START = "<!-- bench:generated:start — written by `python -m bench`; edit outside the markers -->"
END = "<!-- bench:generated:end -->"
SYSTEM_ORDER = ("project", *COMPETITORS)
SHORT_CLASSES = ("single_char", "common_word", "traditional")  # the 1–2 character queries
CORPUS_ORDER = ("bundled", "real", "scaled-100k", "scaled-1m")


# ---------------------------------------------------------------- the JSON document


def empty() -> dict:
    """A results document with nothing in it."""
    return {
        "schema": SCHEMA,
        "runs": {},
        "corpora": {},
        "results": {},
        "profile": {},
        "not_run": [],
    }


def load(path: Path) -> dict:
    """The previous results file, or an empty document."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("schema") == SCHEMA:
            return doc
    except (OSError, ValueError):
        pass
    return empty()


def merge(
    doc: dict,
    run_id: str,
    run_info: dict,
    corpora: dict[str, dict],
    results: list[SystemResult],
    profile: dict | None,
    not_run: list[dict],
) -> dict:
    """Put this run's results over the old ones; what was not re-run is kept, marked by run."""
    doc["runs"][run_id] = run_info
    doc["corpora"].update(corpora)
    for r in results:
        doc["results"].setdefault(r.corpus, {})[r.system] = r.to_dict()
    if profile:
        doc["profile"][profile["corpus"]] = {**profile, "run_id": run_id}
    rerun = {(r.corpus, r.system) for r in results}
    kept = [n for n in doc.get("not_run", []) if (n["corpus"], n["system"]) not in rerun]
    doc["not_run"] = kept + [{**n, "run_id": run_id} for n in not_run]
    used = {r["run_id"] for c in doc["results"].values() for r in c.values()} | {run_id}
    used |= {p.get("run_id") for p in doc["profile"].values()}
    doc["runs"] = {k: v for k, v in doc["runs"].items() if k in used}
    doc["ratios"] = {c: corpus_ratios(doc["results"][c]) for c in doc["results"]}
    doc["targets"] = targets(doc)
    doc["updated"] = run_info["machine"]["date"]
    return doc


def write_json(doc: dict, path: Path) -> None:
    """Write atomically (a .tmp file then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _results(doc: dict, corpus: str) -> dict[str, SystemResult]:
    return {k: SystemResult.from_dict(v) for k, v in doc["results"].get(corpus, {}).items()}


def corpus_ratios(raw: dict[str, dict]) -> dict[str, dict]:
    """The project against each competitor: how many times faster/smaller (>1 favours the project)."""
    systems = {k: SystemResult.from_dict(v) for k, v in raw.items()}
    p = systems.get("project")
    out: dict[str, dict] = {}
    if p is None or p.status != "ok":
        return out
    for name, c in systems.items():
        if name == "project" or c.status != "ok":
            continue
        out[name] = {
            "same_run": p.run_id == c.run_id,
            "build_speedup": ratio(p.build_paragraphs_per_s, c.build_paragraphs_per_s),
            "index_size_ratio": ratio(p.index_mb, c.index_mb),
            "query_p50_speedup": {
                k: ratio(c.query_ms[k].p50, p.query_ms[k].p50)
                for k in p.query_ms
                if k in c.query_ms
            },
            "query_p95_speedup": {
                k: ratio(c.query_ms[k].p95, p.query_ms[k].p95)
                for k in p.query_ms
                if k in c.query_ms
            },
            "search_rss_ratio": ratio(p.rss_mb, c.rss_mb),
            "incremental_add_speedup": ratio(c.incremental_add_s, p.incremental_add_s),
        }
    return out


def _largest(doc: dict) -> str | None:
    """The largest corpus with an ok project result."""
    ok = [
        c
        for c, r in doc["results"].items()
        if r.get("project", {}).get("status") == "ok" and r["project"].get("query_ms")
    ]
    return max(ok, key=lambda c: doc["corpora"].get(c, {}).get("paragraphs", 0), default=None)


def targets(doc: dict) -> dict:
    """The issue's targets, checked on the largest corpus the project completed."""
    corpus = _largest(doc)
    if corpus is None:
        return {}
    rs = _results(doc, corpus)
    p = rs["project"]
    rows = []

    def add(name: str, goal: str, value, met: bool | None, note: str = "") -> None:
        rows.append({"target": name, "goal": goal, "value": value, "met": met, "note": note})

    naive = rs.get("naive")
    if naive and naive.status == "ok":
        speed = ratio(p.build_paragraphs_per_s, naive.build_paragraphs_per_s)
        add("build speed", "≥ 5× naive paragraphs/s", speed, speed is not None and speed >= 5)
    worst = max(p.query_ms.values(), key=lambda v: v.p95)
    worst_cls = next(k for k, v in p.query_ms.items() if v is worst)
    add(
        "query p95, every class",
        "≤ 50 ms",
        worst.p95,
        worst.p95 <= 50,
        f"slowest class: {worst_cls}",
    )
    recall, note = p.recall, ""
    if p.recall_unchanged:  # a kept paragraph set: keys of changed articles name other paragraphs
        recall = p.recall_unchanged
        note = (
            f"over unchanged articles only ({audit_summary(p.paragraph_audit)}); "
            f"plain recall {_recall(min(p.recall.values()))}"
        )
    low = {k: v for k, v in recall.items() if v < 1.0}
    add(
        "recall, every class",
        "1.0",
        min(recall.values()),
        not low,
        "; ".join(x for x in (", ".join(low), note) if x),
    )
    for comp, classes, goal in (
        ("rg", list(p.query_ms), "faster than rg on every class (p95)"),
        (
            "fts5",
            [c for c in SHORT_CLASSES if c in p.query_ms],
            "faster than FTS5 on 1–2 chars (p95)",
        ),
    ):
        c = rs.get(comp)
        if c and c.status == "ok":
            slower = [
                k for k in classes if k in c.query_ms and p.query_ms[k].p95 >= c.query_ms[k].p95
            ]
            worst_ratio = min(
                (
                    ratio(c.query_ms[k].p95, p.query_ms[k].p95) or 0
                    for k in classes
                    if k in c.query_ms
                ),
                default=None,
            )
            add(goal, "speedup > 1 in each class", worst_ratio, not slower, ", ".join(slower))
    add(
        "incremental add",
        "≤ 2 s until searchable",
        p.incremental_add_s,
        p.incremental_add_s is not None and p.incremental_add_s <= 2,
    )
    add("search RSS", "≤ 1024 MB", p.rss_mb, p.rss_mb is not None and p.rss_mb <= 1024)
    build_rss, helpers = build_rss_bound(p)
    add(
        "build peak RSS",
        "≤ 4096 MB",
        build_rss,
        build_rss is not None and build_rss <= 4096,
        "upper bound: main + each helper at its peak" if helpers else "",
    )
    add("index size", "≤ 4× UTF-8 text", p.index_to_text, (p.index_to_text or 99) <= 4)
    return {"corpus": corpus, "paragraphs": doc["corpora"][corpus]["paragraphs"], "rows": rows}


# ---------------------------------------------------------------- tables


def _f(v, digits: int = 1, suffix: str = "") -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int | float):
        if abs(v) >= 1000:
            return f"{v:,.0f}{suffix}"
        return f"{v:.{digits}f}{suffix}"
    return str(v)


def _recall(v: float | None) -> str:
    """Three decimals, four when three would round a miss up to 1.000."""
    return _f(v, 4 if v is not None and v < 1 and round(v, 3) == 1 else 3)


def _x(v: float | None) -> str:
    """A ratio with two significant figures below 1 (0.0042×), two decimals above."""
    if v is None:
        return "—"
    return f"{v:.2g}×" if v < 1 else f"{v:,.2f}×" if v < 100 else f"{v:,.0f}×"


def _table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def build_rss_bound(r: SystemResult) -> tuple[float | None, float]:
    """A build's peak RSS with its parallel helpers counted (an upper bound), and the helpers' part."""
    # Helpers share pages with the parent, so the sum over-counts; the main
    # process alone would hide most of a parallel build's memory.
    procs = r.build_info.get("procs", 1)
    procs = procs if procs > 0 else min(os.cpu_count() or 1, 4)  # 0 = one per core, at most 4
    helpers = r.build_info.get("children_peak_rss_mb", 0) * (procs if procs > 1 else 0)
    if r.build_peak_rss_mb is None:
        return None, helpers
    return round(r.build_peak_rss_mb + helpers, 1), helpers


def _ordered(rs: dict[str, SystemResult]) -> list[SystemResult]:
    return [rs[s] for s in SYSTEM_ORDER if s in rs] + [
        r for s, r in rs.items() if s not in SYSTEM_ORDER
    ]


def corpus_section(doc: dict, corpus: str) -> str:
    """Build, query, recall and ratio tables for one corpus."""
    info = doc["corpora"].get(corpus, {})
    rs = _results(doc, corpus)
    if not rs:
        return ""
    parts = [
        f"### {corpus}: {info.get('paragraphs', 0):,} paragraphs, {info.get('articles', 0):,} "
        f"articles, {info.get('text_mb', 0)} MB of UTF-8 text"
    ]
    rows = []
    for r in _ordered(rs):
        status = "" if r.status == "ok" else f" ({r.status})"
        build_rss, helpers = build_rss_bound(r)
        rows.append(
            [
                f"{r.system}{status}",
                _f(r.build_paragraphs_per_s, 0),
                _f(r.build_mb_per_s, 2),
                _f(r.build_s, 1),
                _f(build_rss, 0) + ("*" if helpers else ""),
                f"{_f(r.index_mb, 1)} ({_f(r.index_to_text, 2)}×)",
                _f(r.rss_mb, 0) + (f" (+rg {_f(r.child_rss_mb, 0)})" if r.child_rss_mb else ""),
                _f(r.incremental_add_s, 3),
                _f(r.incremental_delete_s, 3),
                _f(r.recall.get("all"), 4),
                r.run_id,
            ]
        )
    parts.append(
        _table(
            [
                "system",
                "build para/s",
                "build MB/s",
                "build s",
                "build peak RSS MB",
                "index MB (× text)",
                "search RSS MB",
                "add 1 article s",
                "delete s",
                "recall",
                "run",
            ],
            rows,
        )
    )
    if any(build_rss_bound(r)[1] for r in rs.values()):
        parts.append(
            "\\* parallel build: main process plus each worker at its peak (an upper bound; "
            "they share pages)."
        )
    classes = [c for c in CLASSES if any(c in r.query_ms for r in rs.values())]
    lat_rows, rec_rows, cpu_rows = [], [], []
    for r in _ordered(rs):
        if not r.query_ms:
            continue
        if r.query_cpu_ms:
            cpu_rows.append(
                [r.system]
                + [
                    f"{_f(r.query_cpu_ms[c].p50, 1)} / {_f(r.query_cpu_ms[c].p95, 1)}"
                    f" ({_f(r.preempted_per_query.get(c), 1)}"
                    f" / {_f(r.major_faults_per_query.get(c, 0.0), 1)})"
                    if c in r.query_cpu_ms
                    else "—"
                    for c in classes
                ]
            )
        lat_rows.append(
            [r.system]
            + [
                f"{_f(r.query_ms[c].p50, 1)} / {_f(r.query_ms[c].p95, 1)}"
                if c in r.query_ms
                else "—"
                for c in classes
            ]
        )
        rec_rows.append([r.system] + [_recall(r.recall.get(c)) for c in classes])
        if r.recall_unchanged:
            rec_rows.append(
                [f"{r.system}, unchanged articles"]
                + [_recall(r.recall_unchanged.get(c)) for c in classes]
            )
    if lat_rows:
        parts.append("Query latency, p50 / p95 ms (full answer, uncached, warm):")
        parts.append(_table(["system", *classes], lat_rows))
        if cpu_rows:
            parts.append(
                "The same calls' CPU time, p50 / p95 ms (involuntary context switches / major page "
                "faults a call): wall time far above CPU time with switches is the machine's "
                "load, with faults the disk:"
            )
            parts.append(_table(["system", *classes], cpu_rows))
        parts.append("Recall against the literal ground truth:")
        parts.append(_table(["system", *classes], rec_rows))
        parts += [audit_note(r) for r in _ordered(rs) if r.paragraph_audit]
    ratios = doc.get("ratios", {}).get(corpus, {})
    if ratios:
        ratio_rows = []
        for comp, x in ratios.items():
            ratio_rows.append(
                [
                    comp + ("" if x["same_run"] else " (other run)"),
                    _x(x["build_speedup"]),
                    _x(x["index_size_ratio"]),
                    _x(x["incremental_add_speedup"]),
                ]
                + [_x(x["query_p95_speedup"].get(c)) for c in classes]
            )
        parts.append(
            "The project against each competitor (build and query: times faster; index: times "
            "larger; p95 per class):"
        )
        parts.append(_table(["vs", "build", "index size", "add article", *classes], ratio_rows))
    p = rs.get("project")
    if p and p.tui and "error" not in p.tui:
        tui_rows = [
            [
                k.removesuffix("_ms").replace("_", " "),
                _f(v.get("p50")),
                _f(v.get("p95")),
                str(v.get("n")),
            ]
            for k, v in p.tui.items()
            if isinstance(v, dict) and "p50" in v
        ]
        parts.append("The app (bench/tui_latency.py), ms:")
        parts.append(_table(["measure", "p50", "p95", "n"], tui_rows))
    notes = [f"- {r.system}: {r.note}" for r in _ordered(rs) if r.note]
    notes += [
        f"- {r.system}: total ≠ matches for {m}"
        for r in _ordered(rs)
        for m in r.total_mismatches[:3]
    ]
    if notes:
        parts.append("\n".join(notes))
    return "\n\n".join(parts)


def audit_summary(a: dict) -> str:
    """'N of M articles differ (…)' from a `paragraph_audit` record."""
    if "error" in a:
        return f"the index could not be compared with the paragraph set: {a['error']}"
    return (
        f"{a['articles_differ'] + a['articles_only_set']:,} of {a['articles']:,} articles differ "
        f"from the paragraph set, {a['paragraphs_differ_set']:,} of its paragraphs and "
        f"{a['paragraphs_differ_index']:,} of the index's; {a['articles_only_index']:,} articles "
        "only in the index"
    )


def audit_note(r: SystemResult) -> str:
    """The note under the recall table when the paragraph set was not the index's own."""
    a = r.paragraph_audit
    why = (
        "the paragraph set was kept from older ingestion code (`--keep-paragraphs`)"
        if a.get("kept")
        else "the index and the paragraph set disagree"
    )
    if "error" in a:
        return f"{r.system}: {why}; {audit_summary(a)}."
    excluded = ", ".join(f"{c} {n:,}" for c, n in a.get("expected_excluded", {}).items() if n)
    return (
        f"{r.system}: {why}. Comparing the index's articles with the set's, paragraph by "
        f"paragraph (ordinal and text): {audit_summary(a)} ({a.get('seconds', 0)} s). A changed "
        "article's (file, ordinal) keys name other paragraphs on the two sides, so "
        f"*{r.system}, unchanged articles* counts truth and answers in the other articles only"
        + (f"; expected paragraphs left out per class: {excluded}." if excluded else ".")
    )


def _geomean(values: list[float]) -> float | None:
    values = [v for v in values if v]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else None


def summary_section(doc: dict) -> str:
    """One line per corpus and competitor: the ratios the closing note quotes."""
    lines = []
    for corpus in _corpora(doc):
        rs = _results(doc, corpus)
        for comp, x in doc.get("ratios", {}).get(corpus, {}).items():
            p95 = [v for v in x["query_p95_speedup"].values() if v]
            if not p95:
                continue
            lines.append(
                f"- **{corpus}**, project vs {comp}"
                + ("" if x["same_run"] else " (different runs)")
                + f": build {_x(x['build_speedup'])}, query p95 {_x(min(p95))}–"
                f"{_x(max(p95))} across classes (geometric mean {_x(_geomean(p95))}), "
                f"index {_x(x['index_size_ratio'])} the size, one-article update "
                f"{_x(x['incremental_add_speedup'])}; recall {_f(rs['project'].recall.get('all'), 3)}"
                f" vs {_f(rs[comp].recall.get('all'), 3)}."
            )
    if not lines:
        return ""
    head = (
        "### Ratios in one place\n\n"
        "How many times faster the project is (below 1: slower), from the tables below."
    )
    return head + "\n\n" + "\n".join(lines)


def _corpora(doc: dict) -> list[str]:
    """Corpora with results, smallest first."""
    return sorted(doc["results"], key=lambda c: (*CORPUS_ORDER, c).index(c))


def targets_section(doc: dict) -> str:
    """The targets table."""
    t = doc.get("targets") or {}
    if not t:
        return ""
    rows = [
        [r["target"], r["goal"], _f(r["value"], 2), "met" if r["met"] else "**missed**", r["note"]]
        for r in t["rows"]
    ]
    head = f"### Targets, checked on {t['corpus']} ({t['paragraphs']:,} paragraphs)"
    return head + "\n\n" + _table(["target", "goal", "value", "status", "note"], rows)


def profile_section(doc: dict) -> str:
    """Top of the project's build and query profiles."""
    parts = []
    for corpus, prof in doc.get("profile", {}).items():
        if "error" in prof:
            parts.append(f"### Profile ({corpus}): failed: {prof['error']}")
            continue
        for phase in ("build", "query"):
            x = prof.get(phase)
            if not x:
                continue
            shares = ", ".join(f"{k} {v:.0%}" for k, v in list(x["own_time_by_module"].items())[:8])
            rows = [
                [
                    f"`{r['function']}`",
                    str(r["ncalls"]),
                    _f(r["tottime_s"], 2),
                    f"{r['own_share']:.0%}",
                ]
                for r in x["top_own"][:12]
            ]
            parts.append(
                f"### Profile of the project's {phase} ({corpus}, cProfile, {x['profiled_s']} s profiled)\n\n"
                f"Own time by module: {shares}\n\n"
                + _table(["function", "calls", "own s", "share"], rows)
            )
    return "\n\n".join(parts)


def machine_section(doc: dict) -> str:
    """One line per run still represented in the results."""
    rows = []
    for run_id, info in sorted(doc["runs"].items()):
        m = info["machine"]
        rows.append(
            [
                run_id,
                m["date"],
                f"{m['cpu']}, {m['usable_cores']} of {m['cores']} cores, {m['ram_gb']} GB",
                m["os"],
                f"Python {m['python']}, SQLite {m['sqlite']}, {m.get('ripgrep') or 'grep'}",
                m.get("commit") or "?",
                " ".join(info.get("argv", [])),
            ]
        )
    return _table(["run", "date (UTC)", "machine", "OS", "software", "commit", "args"], rows)


def markdown(doc: dict) -> str:
    """The whole generated part of BENCHMARKS.md."""
    parts = ["## Results (generated)", machine_section(doc), targets_section(doc)]
    parts.append(summary_section(doc))
    parts += [corpus_section(doc, c) for c in _corpora(doc)]
    if doc.get("not_run"):
        parts.append(
            "### Not run\n\n"
            + "\n".join(f"- {n['corpus']} / {n['system']}: {n['reason']}" for n in doc["not_run"])
        )
    parts.append(profile_section(doc))
    return "\n\n".join(p for p in parts if p)


def write_markdown(doc: dict, path: Path) -> None:
    """Replace the text between the markers (or append it), keeping hand-written notes."""
    block = f"{START}\n\n{markdown(doc)}\n\n{END}"
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = "# Benchmarks\n\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        tail = rest.split(END, 1)[1]
        new = head + block + tail
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(new, encoding="utf-8")
