"""Run the systems on one corpus: each build and query session in its own worker process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench import paragraphs as paragraph_sets
from bench.competitors import system_class
from bench.corpora import REPO, Corpus
from bench.metrics import Latency, SystemResult
from bench.paragraphs import ParagraphSet
from bench.queries import CLASSES, Query
from bench.truth import ArticleAudit, Recall, audit_articles, matching_ids


@dataclass
class RunOptions:
    """What the command line chose."""

    run_id: str
    cache: Path
    reps: int = 5
    query_budget_s: float = 600.0  # per system and corpus; slow systems get fewer repetitions
    build_timeout_s: float = 1800.0
    query_timeout_s: float = 1800.0
    tui: bool = True
    tui_runs: int = 3
    reuse_builds: bool = False
    keep_paragraphs: bool = False  # cached paragraphs of older ingestion code are reused
    procs: int | None = None  # the project's index.procs
    log: object = print


@dataclass
class WorkerOutcome:
    """How a worker process ended."""

    result: dict | None
    status: str  # ok | timeout | error
    wall_s: float
    note: str = ""


@dataclass
class CorpusRun:
    """A prepared corpus: its paragraphs, queries and their literal answers."""

    corpus: Corpus
    ps: ParagraphSet
    queries: list[Query]
    truth: list[list[int]]
    info: dict = field(default_factory=dict)


def run_worker(spec: dict, folder: Path, timeout: float) -> WorkerOutcome:
    """Run `python -m bench.worker` on `spec`; kill its process group after `timeout` s."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{spec['system']}-{spec['phase']}"
    spec_path, out_path, log_path = (
        folder / f"{stem}.{x}" for x in ("spec.json", "out.json", "log")
    )
    out_path.unlink(missing_ok=True)
    spec = {**spec, "out": str(out_path)}
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    start = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.worker", str(spec_path)],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group, so a timeout also ends rg and pool children
        )
    timed_out = False
    while True:
        pid, status = os.waitpid(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status = os.waitpid(proc.pid, 0)
            timed_out = True
            break
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; stop Popen waiting too
    wall = time.monotonic() - start
    if timed_out:
        note = f"stopped after {timeout:.0f} s" + _progress(log_path)
        return WorkerOutcome(None, "timeout", wall, note)
    if proc.returncode != 0 or not out_path.is_file():
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        return WorkerOutcome(None, "error", wall, " | ".join(tail) or f"exit {proc.returncode}")
    return WorkerOutcome(json.loads(out_path.read_text(encoding="utf-8")), "ok", wall)


def _last_progress(log_path: Path) -> tuple[int, float] | None:
    """(paragraphs, seconds) from a worker log's last `progress:` line, if it printed one."""
    last = None
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("progress: "):
            last = line.split()
    return (int(last[1]), float(last[3])) if last else None


def _progress(log_path: Path) -> str:
    """', at N paragraphs (R/s)' for a stopped build, or ''."""
    got = _last_progress(log_path)
    if not got or got[1] <= 0:
        return ""
    return f", at {got[0]:,} paragraphs ({got[0] / got[1]:,.0f}/s)"


def prepare_corpus(corpus: Corpus, opts: RunOptions) -> CorpusRun:
    """Paragraphs (the engine's cleaning), queries and literal truth for one corpus."""
    from bench.queries import select

    t0 = time.perf_counter()
    ps = paragraph_sets.prepare(
        corpus, opts.cache, procs=os.cpu_count() or 1, log=opts.log, keep=opts.keep_paragraphs
    )
    queries = select(ps, corpus.name)
    truth = [matching_ids(ps, q) for q in queries]
    info = {
        "name": corpus.name,
        "kind": corpus.kind,
        "paragraphs": len(ps),
        "articles": len(ps.paths),
        "text_mb": round(ps.utf8_bytes / 1e6, 2),
        "queries": [
            {"cls": q.cls, "text": q.text, "expected": len(t)}
            for q, t in zip(queries, truth, strict=True)
        ],
    }
    opts.log(
        f"bench: {corpus.name}: {len(ps):,} paragraphs, {info['text_mb']} MB, "
        f"{len(queries)} queries (prepared in {time.perf_counter() - t0:.1f} s)"
    )
    return CorpusRun(corpus, ps, queries, truth, info)


def _spec(run: CorpusRun, system: str, phase: str, opts: RunOptions, work: Path) -> dict:
    return {
        "phase": phase,
        "system": system,
        "work": str(work),
        "corpus_root": str(run.corpus.root),
        "data": str(run.ps.folder),
        "options": {"procs": opts.procs} if system == "project" and opts.procs is not None else {},
    }


def _build(run: CorpusRun, system: str, opts: RunOptions, work: Path, res: SystemResult) -> bool:
    """Cold build (or a reused one); fills the build fields; False if it failed."""
    stamp = work.parent / f"{system}-build.json"
    key = (run.ps.folder / "key.txt").read_text()
    if opts.reuse_builds and stamp.is_file() and work.is_dir():
        saved = json.loads(stamp.read_text())
        if saved.get("key") == key and saved.get("procs") == opts.procs:
            opts.log(
                f"bench: {run.corpus.name}/{system}: reusing the build of run {saved['run_id']}"
            )
            for k, v in saved["fields"].items():
                setattr(res, k, v)
            res.note = f"build reused from run {saved['run_id']}"
            return True
    stamp.unlink(missing_ok=True)
    spec = _spec(run, system, "build", opts, work)
    partial = work.parent / f"{system}-partial.json"
    before = None  # the stopped session a resumed build continues
    if opts.reuse_builds and partial.is_file() and work.is_dir():
        before = json.loads(partial.read_text())
        if before.get("key") == key and before.get("procs") == opts.procs:
            spec["options"] = {**spec["options"], "resume": True}
            opts.log(
                f"bench: {run.corpus.name}/{system}: resuming the build stopped in run "
                f"{before['run_id']} after {before['seconds']:.0f} s …"
            )
        else:
            before = None
    if before is None:
        partial.unlink(missing_ok=True)
        opts.log(f"bench: {run.corpus.name}/{system}: building …")
    out = run_worker(spec, work.parent, opts.build_timeout_s)
    if out.status != "ok":
        res.status, res.note = out.status, f"build: {out.note}"
        opts.log(f"bench: {run.corpus.name}/{system}: build {out.status}: {out.note}")
        if out.status == "timeout" and getattr(system_class(system), "resumable", False):
            got = _last_progress(work.parent / f"{system}-build.log")
            partial.write_text(
                json.dumps(
                    {
                        "key": key,
                        "procs": opts.procs,
                        "run_id": opts.run_id,
                        "seconds": out.wall_s + (before["seconds"] if before else 0),
                        "paragraphs": got[0] if got else None,
                    }
                )
            )
            res.note += "; `--reuse-builds` resumes it"
        return False
    b = out.result
    if before is not None:  # one build in two sessions: count both
        b["seconds"] += before["seconds"]
        res.note = (
            f"build resumed: the first session (run {before['run_id']}) stopped after "
            f"{before['seconds']:.0f} s at {before['paragraphs'] or 0:,} paragraphs; "
            "peak RSS is the second session's"
        )
        partial.unlink(missing_ok=True)
    mb = run.ps.utf8_bytes / 1e6
    res.build_s = round(b["seconds"], 2)
    res.paragraphs = b["paragraphs"]
    res.build_paragraphs_per_s = round(b["paragraphs"] / b["seconds"], 1)
    res.build_mb_per_s = round(mb / b["seconds"], 3)
    res.index_mb = round(b["index_bytes"] / 1e6, 2)
    res.index_to_text = round(b["index_bytes"] / 1e6 / mb, 2) if mb else None
    res.build_info = b["info"]
    res.build_peak_rss_mb = round(b["peak_rss_mb"], 1)
    if b["children_peak_rss_mb"]:  # worker processes of a parallel build
        res.build_info["children_peak_rss_mb"] = round(b["children_peak_rss_mb"], 1)
    fields = (
        "build_s",
        "paragraphs",
        "build_paragraphs_per_s",
        "build_mb_per_s",
        "index_mb",
        "index_to_text",
        "build_info",
        "build_peak_rss_mb",
    )
    stamp.write_text(
        json.dumps(
            {
                "key": key,
                "procs": opts.procs,
                "run_id": opts.run_id,
                "fields": {f: getattr(res, f) for f in fields},
            },
            ensure_ascii=False,
        )
    )
    opts.log(
        f"bench: {run.corpus.name}/{system}: built {res.paragraphs:,} paragraphs in {res.build_s} s "
        f"({res.build_paragraphs_per_s:,.0f}/s, peak RSS {res.build_peak_rss_mb} MB)"
    )
    return True


def _queries(run: CorpusRun, system: str, opts: RunOptions, work: Path, res: SystemResult) -> None:
    """Timed queries, recall, RSS and one-article updates."""
    opts.log(f"bench: {run.corpus.name}/{system}: querying …")
    spec = _spec(run, system, "query", opts, work)
    ids_dir = work.parent / f"{system}-ids"
    spec.update(
        queries=[q.to_dict() for q in run.queries],
        reps=opts.reps,
        budget_s=opts.query_budget_s,
        ids_dir=str(ids_dir),
    )
    out = run_worker(spec, work.parent, opts.query_timeout_s)
    if out.status != "ok":
        res.status, res.note = out.status, f"queries: {out.note}"
        opts.log(f"bench: {run.corpus.name}/{system}: queries {out.status}: {out.note}")
        return
    r = out.result
    audit = _audit(run, system, opts, work, res)
    by_class: dict[str, list[float]] = defaultdict(list)
    cpu_by_class: dict[str, list[float]] = defaultdict(list)
    switches: dict[str, int] = defaultdict(int)
    faults: dict[str, int] = defaultdict(int)
    first: dict[str, float] = defaultdict(float)
    recalls: dict[str, Recall] = defaultdict(Recall)
    overall = Recall()
    kept: dict[str, Recall] = defaultdict(Recall)  # over unchanged articles only
    excluded: dict[str, int] = defaultdict(int)  # expected paragraphs in changed articles
    for i, q in enumerate(run.queries):
        by_class[q.cls].extend(r["samples_ms"][i])
        cpu_by_class[q.cls].extend(r.get("cpu_ms", [[]] * len(run.queries))[i])
        switches[q.cls] += r.get("preempted", [0] * len(run.queries))[i]
        faults[q.cls] += r.get("major_faults", [0] * len(run.queries))[i]
        first[q.cls] = max(first[q.cls], r["warm_ms"][i])
        got = array("l")
        with open(ids_dir / f"{i}.bin", "rb") as fh:
            got.frombytes(fh.read())
        recalls[q.cls].add(run.truth[i], got)
        overall.add(run.truth[i], got)
        if audit is not None:
            truth, found = audit.restrict(run.truth[i]), audit.restrict(got)
            kept[q.cls].add(truth, found)
            kept["all"].add(truth, found)
            excluded[q.cls] += len(run.truth[i]) - len(truth)
        if r["totals"][i] != len(set(got)):
            res.total_mismatches.append(f"{q.text!r}: total {r['totals'][i]} != {len(set(got))}")
    order = [c for c in CLASSES if c in by_class]
    res.query_ms = {c: Latency.of(by_class[c]) for c in order}
    res.query_ms_all = Latency.of([v for c in order for v in by_class[c]])
    res.query_cpu_ms = {c: Latency.of(cpu_by_class[c]) for c in order if cpu_by_class[c]}
    res.preempted_per_query = {
        c: round(switches[c] / len(by_class[c]), 2) for c in order if cpu_by_class[c]
    }
    res.major_faults_per_query = {
        c: round(faults[c] / len(by_class[c]), 2) for c in order if cpu_by_class[c]
    }
    cpu = Latency.of([v for c in order for v in cpu_by_class[c]])
    timed = sum(len(by_class[c]) for c in order)
    per_query = round(sum(switches.values()) / max(1, timed), 2)
    faulted = round(sum(faults.values()) / max(1, timed), 2)
    res.first_query_ms = {c: round(first[c], 2) for c in order}
    res.cached_query_ms = Latency.of(r["cached_ms"])
    res.reps = r["reps"]
    res.recall = {c: round(recalls[c].recall, 4) for c in order} | {"all": round(overall.recall, 4)}
    res.recall_worst = {c: round(recalls[c].worst, 4) for c in order}
    res.literal_precision = {c: round(recalls[c].literal_precision, 4) for c in order}
    if audit is not None:
        res.recall_unchanged = {c: round(kept[c].recall, 4) for c in [*order, "all"]}
        res.paragraph_audit["expected_excluded"] = {c: excluded[c] for c in order}
    res.rss_mb = round(r["rss_mb"], 1)
    res.search_peak_rss_mb = round(r["peak_rss_mb"], 1)
    res.child_rss_mb = round(r["child_rss_mb"], 1) or None
    res.open_s = round(r["open_s"], 3)
    res.incremental_add_s = round(r["incremental_add_s"], 3)
    res.incremental_delete_s = round(r["incremental_delete_s"], 3)
    res.incremental_ok = r["incremental_found"] > 0 and r["incremental_left"] == 0
    opts.log(
        f"bench: {run.corpus.name}/{system}: p50/p95 {res.query_ms_all.p50}/{res.query_ms_all.p95} ms, "
        + (
            f"CPU p50/p95 {cpu.p50}/{cpu.p95} ms, {per_query} preemptions and {faulted} major faults a query, "
            if cpu
            else ""
        )
        + f"recall {res.recall['all']}, RSS {res.rss_mb} MB, add {res.incremental_add_s} s"
        + (f"; recall over unchanged articles {res.recall_unchanged['all']}" if audit else "")
    )


def _audit(
    run: CorpusRun, system: str, opts: RunOptions, work: Path, res: SystemResult
) -> ArticleAudit | None:
    """With a kept paragraph set, or an index that disagrees with it, compare the two article
    by article (`truth.audit_articles`); None when not needed, not possible, or it failed."""
    from bench.competitors.base import System

    if system_class(system).indexed_articles is System.indexed_articles:
        return None  # the system indexes the paragraph files themselves
    if not run.ps.kept and res.paragraphs == len(run.ps):
        return None
    opts.log(f"bench: {run.corpus.name}/{system}: comparing the index's articles with the set …")
    out = run_worker(_spec(run, system, "audit", opts, work), work.parent, opts.query_timeout_s)
    if out.status != "ok":
        res.paragraph_audit = {"error": out.note}
        opts.log(f"bench: {run.corpus.name}/{system}: audit {out.status}: {out.note}")
        return None
    t0 = time.perf_counter()
    indexed = {k: (n, d) for k, (n, d) in out.result["articles"].items()}
    audit = audit_articles(run.ps, indexed)
    res.paragraph_audit = {
        **audit.to_dict(),
        "kept": run.ps.kept,
        "seconds": round(out.wall_s + time.perf_counter() - t0, 1),
    }
    opts.log(
        f"bench: {run.corpus.name}/{system}: {audit.articles_differ + audit.articles_only_set:,} "
        f"of {audit.articles:,} articles differ ({audit.paragraphs_differ_set:,} paragraphs of "
        f"the set, {audit.paragraphs_differ_index:,} of the index; "
        f"{audit.articles_only_index:,} articles only in the index), "
        f"in {res.paragraph_audit['seconds']} s"
    )
    return audit


def _tui(run: CorpusRun, opts: RunOptions, work: Path, res: SystemResult) -> None:
    """App launch and keystroke latencies (bench/tui_latency.py) on the project's index."""
    opts.log(f"bench: {run.corpus.name}/project: app latency (bench/tui_latency.py) …")
    spec = _spec(run, "project", "tui", opts, work)
    spec["runs"] = opts.tui_runs
    out = run_worker(spec, work.parent, 600)
    if out.status == "ok":
        res.tui = {k: v for k, v in out.result.items() if k.endswith("_ms") or k == "queries"}
    else:
        res.tui = {"error": out.note}


def run_system(run: CorpusRun, system: str, opts: RunOptions) -> SystemResult:
    """Build, query and (for the project) measure the app, on one corpus."""
    res = SystemResult(
        system, run.corpus.name, opts.run_id, description=system_class(system).description
    )
    work = opts.cache / "work" / run.corpus.name / system
    if _build(run, system, opts, work, res):
        _queries(run, system, opts, work, res)
        if system == "project" and opts.tui and res.status == "ok":
            _tui(run, opts, work, res)
    return res


def profile(run: CorpusRun, opts: RunOptions) -> dict:
    """cProfile the project's build and queries on this corpus (in a worker)."""
    opts.log(f"bench: {run.corpus.name}/project: profiling build and queries …")
    work = opts.cache / "work" / run.corpus.name / "profile" / "project"
    spec = _spec(run, "project", "profile", opts, work)
    spec["queries"] = [q.to_dict() for q in run.queries]
    out = run_worker(spec, work.parent, opts.build_timeout_s * 3)
    if out.status != "ok":
        return {"error": out.note}
    return {"corpus": run.corpus.name, **out.result}
