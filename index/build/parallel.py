"""Parallel indexing: forked workers each turn a share of the files into a Whoosh segment.

Profiling showed the build split roughly evenly between preparing documents
(reading, cleaning, jieba) and Whoosh writing postings, so both must run in
the workers. Each worker uses a lock-free sub-writer (as Whoosh's own
MpWriter does), writes its segment's accelerator file from the texts it
folded, and sends back its finished segment; the parent holds the
index lock, deletes old versions, writes one table of contents with every
segment, and checks the document count. A round is one atomic commit, so a
crash loses at most the round in progress.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from index.build import accel, whoosh_internals
from index.build.documents import article_documents
from index.build.faults import checkpoint
from index.build.segmenter import UserDictionary, shared_segmenter
from index.engine.models import Skipped, SourceFile
from index.ingest.pipeline import ArticlePipeline, PipelineSettings
from index.ingest.zones import LineRecurrence

PROGRESS_EVERY = 0.25  # s between progress reports while a round runs
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass(frozen=True)
class WorkerConfig:
    """What a forked worker needs to index its files (small and picklable, not the Indexer)."""

    pipeline: PipelineSettings
    user_dict: UserDictionary
    limitmb: int  # the writer's memory share of this worker
    recurrence: LineRecurrence | None = None  # the folders' recurring lines, counted by the parent


# The parent's pipeline for the round being forked: workers inherit it warm (compiled
# rules, region tables, what the recurrence pass kept) instead of building their own.
_inherited: dict[str, ArticlePipeline] = {}


@dataclass
class FileJob:
    """One file for a worker: whether it was indexed before, and its stat stamp."""

    source: SourceFile
    known: bool
    stamp: str


@dataclass
class FileOutcome:
    """What a worker did with one file."""

    path: str
    kind: str  # added | updated | skipped | duplicate
    paragraphs: int = 0
    skipped: Skipped | None = None
    duplicate_of: str | None = None
    article_key: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class WorkerResult:
    """A worker's segment (None if it added nothing) and per-file outcomes."""

    segment: object | None
    outcomes: list[FileOutcome] = field(default_factory=list)
    error: str | None = None
    errno: int | None = None  # set for an OSError (disk full, read-only…), re-raised by the parent
    filename: str | None = None


def split_evenly(jobs: list[FileJob], parts: int) -> list[list[FileJob]]:
    """Share jobs between workers by file size, largest first, so they finish together."""
    sizes = {}
    for job in jobs:
        try:
            sizes[job.source.path] = os.path.getsize(job.source.path)
        except OSError:
            sizes[job.source.path] = 0
    shares: list[list[FileJob]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for job in sorted(jobs, key=lambda j: -sizes[j.source.path]):
        i = loads.index(min(loads))
        shares[i].append(job)
        loads[i] += sizes[job.source.path]
    # Keep file order inside a share so duplicates resolve like a serial run.
    order = {j.source.path: n for n, j in enumerate(jobs)}
    return [sorted(s, key=lambda j: order[j.source.path]) for s in shares if s]


def run_round(
    work: WorkerConfig,
    pipeline: ArticlePipeline | None,
    ix,
    shares: list[list[FileJob]],
    articles: dict[str, str],
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    after_fork: Callable[[], None] | None = None,
) -> list[WorkerResult]:
    """Fork one worker per share and collect their results (in share order).

    `pipeline` (the parent's, for `work.pipeline`) is handed to the forked
    workers by inheritance; None makes each worker build its own.

    While waiting, `on_progress(files, paragraphs)` hears what the workers have
    done so far, and a set `cancel` stops the round as Ctrl+C would.
    `after_fork()` is called once every worker is forked (it may start a thread).
    """
    import multiprocessing  # here: a run of a few files never forks, and this costs 6 ms

    ctx = multiprocessing.get_context("fork")
    counts = ctx.Array("q", 2)  # files, paragraphs, summed over this round's workers
    procs = []
    parent = os.getpid()
    _inherited.clear()
    if pipeline is not None:
        _inherited[work.pipeline.key] = pipeline
    try:
        for share in shares:
            recv, send = ctx.Pipe(duplex=False)
            p = ctx.Process(
                target=_worker,
                args=(work, ix.storage.folder, share, articles, send, counts, parent),
                daemon=True,
            )
            with _sigint_held():
                p.start()
                procs.append((p, recv))  # before a held-back Ctrl+C can fire
            send.close()
        if after_fork is not None:
            after_fork()
        results = []
        for p, recv in procs:
            # A round can run for minutes on a big corpus: report and stay cancellable.
            while not recv.poll(PROGRESS_EVERY):
                if cancel is not None and cancel.is_set():
                    raise KeyboardInterrupt
                if on_progress is not None:
                    on_progress(counts[0], counts[1])
            try:
                data = recv.recv_bytes()
                results.append(pickle.loads(data))
            except (EOFError, OSError):
                results.append(WorkerResult(None, error=f"worker {p.pid} died"))
            p.join()
            if p.exitcode not in (0, None) and results[-1].error is None:
                results[-1].error = f"worker {p.pid} exited with {p.exitcode}"
    except BaseException:  # Ctrl+C: stop the round's workers before the caller rolls back
        for p, _recv in procs:
            p.terminate()
            p.join()
        raise
    return results


@contextmanager
def _sigint_held():
    """Hold SIGINT back while forking, so a Ctrl+C during the fork is not lost.

    A KeyboardInterrupt raised inside Python's at-fork hooks is printed and
    swallowed, and the run would go on; held back, the signal arrives as the
    block exits, in code that handles it. The child keeps SIGINT blocked:
    the parent stops it, and it must not print a traceback of its own.
    """
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    # The mask is this thread's only: a C library's thread (OpenBLAS starts one when the line
    # model imports numpy) may take the signal, and Python then raises it in the main thread
    # at once, inside the at-fork hooks. In the main thread a handler that only notes it is
    # installed too, and the Ctrl+C is raised again as the block exits.
    caught: list[int] = []
    swap = threading.current_thread() is threading.main_thread()
    if swap:
        handler = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        if swap:
            signal.signal(signal.SIGINT, handler if handler is not None else signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        if caught:
            signal.raise_signal(signal.SIGINT)


def die_with_parent(parent: int) -> None:
    """Make this forked worker die when its parent does, and let go of the parent's lock.

    Without it, a `kill -9` of the indexer left its workers running (and
    holding the lock, whose descriptor they inherited) until they finished.
    """
    from index.build.store import HELD_LOCK_FDS

    for fd in list(HELD_LOCK_FDS):  # the lock is the parent's: it must end with the parent
        with suppress(OSError):
            os.close(fd)
    HELD_LOCK_FDS.clear()
    with suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _worker(
    work: WorkerConfig,
    folder: str,
    jobs: list[FileJob],
    articles: dict[str, str],
    conn,
    counts,
    parent,
) -> None:
    """In the child: index `jobs` into a new segment and send it back."""
    from whoosh import index as windex

    die_with_parent(parent)
    result = WorkerResult(None)
    try:
        pipeline = _inherited.get(work.pipeline.key) or ArticlePipeline(work.pipeline)
        pipeline.recurrence = work.recurrence
        segmenter = shared_segmenter(work.user_dict)
        ix = windex.open_dir(folder)
        writer = whoosh_internals.worker_writer(ix, work.limitmb)
        for job in jobs:
            outcome = _index_one(pipeline, segmenter, writer, job, articles)
            result.outcomes.append(outcome)
            with counts.get_lock():
                counts[0] += 1
                counts[1] += outcome.paragraphs
        result.segment = whoosh_internals.finish_worker_segment(writer)
        if result.segment is not None:
            # The segment's accelerator from the texts this worker folded, in parallel;
            # the parent's commit finds it and publishes both in one TOC.
            accel.build_for_segment(
                Path(folder),
                ix.storage,
                ix.schema,
                result.segment,
                whoosh_internals.folded_texts(writer),
            )
    except BaseException as exc:  # report, never hang the parent
        result.error = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, OSError):
            result.errno, result.filename = exc.errno, exc.filename
    conn.send_bytes(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
    conn.close()
    os._exit(0)  # skip atexit handlers inherited from the parent


def _index_one(
    pipeline: ArticlePipeline, segmenter, writer, job: FileJob, articles: dict[str, str]
) -> FileOutcome:
    """Read, clean and add one file in a worker."""
    path = job.source.path
    loaded = pipeline.load(job.source)
    checkpoint("read")
    if isinstance(loaded, Skipped):
        return FileOutcome(path, "skipped", skipped=loaded)
    article = pipeline.build(loaded, job.stamp)
    checkpoint("built")
    if isinstance(article, Skipped):
        return FileOutcome(path, "skipped", skipped=article)
    notes = tuple(article.notes)
    owner = articles.get(article.article_key)
    if owner is not None and owner != path:
        return FileOutcome(path, "duplicate", duplicate_of=owner, notes=notes)
    articles[article.article_key] = path
    count = 0
    for doc in article_documents(article, segmenter):
        whoosh_internals.add_document(writer, doc.fields(), doc.boosts(), doc.folded)
        count += 1
    checkpoint("added")
    kind = "updated" if job.known else "added"
    return FileOutcome(path, kind, paragraphs=count, article_key=article.article_key, notes=notes)
