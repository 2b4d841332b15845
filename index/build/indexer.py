"""Build and update the index: only new, changed and deleted files are processed.

The manifest (which file had which content hash) lives inside the index as
the `filekey` field's terms, so it is always exactly what was committed. A
run also writes it to a file named by its last commit's generation
(`manifest.py`), so the next run reads 50k entries instead of the lexicon.
"""

from __future__ import annotations

import gc
import hashlib
import os
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from index.build import accel, whoosh_internals
from index.build import manifest as manifest_file
from index.build.documents import SEP, article_documents, make_schema
from index.build.faults import checkpoint
from index.build.parallel import FileJob, WorkerConfig, run_round, split_evenly
from index.build.segmenter import UserDictionary, read_user_dictionary, shared_segmenter
from index.build.store import (
    SCHEMA_VERSION,
    BuildMeta,
    IndexProblem,
    IndexStore,
    verify_build,
    write_checksums,
)
from index.config import Config
from index.engine.errors import CorpusMismatch, DocumentCountError
from index.engine.models import (
    Article,
    IndexProgress,
    IndexSummary,
    Skipped,
)
from index.ingest.articles import RecurrenceCache
from index.ingest.pipeline import ArticlePipeline, PipelineSettings
from index.ingest.reading import Listing, scan
from index.ingest.rules import rule_warnings

# Bump when cleaning/metadata/paragraph code changes what gets indexed.
PIPELINE_VERSION = 14  # 2: zones, recurrence, publishers, spam lexicon, site field; 3: article fingerprint of letters and digits; 4, 5, 6: the heldout9, heldout10 and heldout11 rounds' metadata, chrome and spam families (6 also: e-mail input, composed spam signals); 7: the source/date candidate ranker and the line classifier trained on twelve sets; 8: the grown publisher table and its naming rule, the heldout12 round's families; 9: the heldout13 round's metadata and chrome families; 10: the heldout14/15 round's metadata, chrome, forum-reply and spam families; 11: the heldout16 round's byline, site and masthead families and spam shapes; 12: the heldout17/17b round's name, issue-line, poster-row, own-publication and chrome/spam families; 13: the heldout18/18b round's printed outlet forms, name joiners and byline tails, player rows and prompts, the spam n-gram model; 14: the heldout19/19b round's credit rows, app bars and accounts, captions and prompts, spam tails with market words, folded ∕ and ﹨
PARALLEL_MIN_FILES = 64  # fewer files are faster to index than to fork for
# Up to this many files, segment with jieba's cached prefix shards (those the texts
# need) instead of loading its whole dictionary: 40 articles took 0.55 s against
# 1.27 s, the load being 0.85 s of it; the shards' lookups cost ~0.5 ms more per
# article, so a big serial build keeps the full load.
LIGHT_SEGMENTER_MAX_FILES = 64
# ... and up to this many bytes: the shards cost 0.75-1.06 s more CPU a MB of text than
# the full dictionary, whose load is 0.6 s (break-even 0.6-0.8 MB, measured on the four
# SIGHAN dumps, one article each), so a few big files get the full load.
LIGHT_SEGMENTER_MAX_BYTES = 512 * 1024
PARAGRAPHS_PER_FILE_GUESS = 15  # sizes a parallel round near index.commit_every paragraphs
MAX_ROUNDS = 8  # a big parallel build is done in at most this many rounds
# Rounds after the first hold this many times index.commit_every paragraphs. Each round
# adds one segment per worker, and every segment repeats the term table of the words it
# holds: at 100k paragraphs 8 segments had 327k `content` entries for 47k words (50 MB
# of term tables; one round: 14.5 MB). The first round stays small, so a big first
# build is searchable early; later ones are no bigger than a 1M build's rounds already
# were. A build that fits in one such larger round is one round (`rounds`).
ROUND_GROWTH = 5
MAX_SMALL_SEGMENTS = 10  # small segments tolerated before an update commit merges some
MERGE_BUDGET_DOCS = 500  # documents merged at most per commit: Whoosh merges ~250/s


def fingerprint(cfg: Config, user_dict: UserDictionary) -> str:
    """What the index was built with; when it changes, a rebuild is needed."""
    from index.regions import RegionTagger

    h = hashlib.blake2b(digest_size=12)
    c = cfg.cleaning
    parts = [
        SCHEMA_VERSION,
        PIPELINE_VERSION,
        user_dict.fingerprint(),
        c.drop_lines,
        c.drop_blocks,
        c.spam,
        c.junk_sources,
        c.max_paragraph_chars,
        getattr(RegionTagger, "DATA_VERSION", "regions-1"),
    ]
    h.update(repr(parts).encode())
    return h.hexdigest()


def corpus_mismatch_message(root: Path, recorded: list[str], given: list[str]) -> str:
    """Why a differing --corpus is refused, and the two explicit ways to change it."""
    return (
        f"the index {root} was built from {', '.join(recorded)}, not {', '.join(given)}. "
        f"To replace its corpus: `search-app index --index-dir {root} --rebuild --corpus DIR`; "
        f"to add a folder: `search-app index --index-dir {root} --add-corpus DIR`; "
        "or keep a separate index with another --index-dir"
    )


def resolve_corpus(
    cfg: Config,
    corpus: list[Path] | None = None,
    add: list[Path] | None = None,
    rebuild: bool = False,
    explain_config: bool = True,
) -> list[str]:
    """Set `cfg.corpus` to what this run indexes; returns notes for the user.

    The index records its corpus: without --corpus the recorded roots (and
    extensions) are updated, whatever config.yaml says. --corpus must match
    them unless --rebuild replaces them; --add-corpus adds to them.
    """
    store = IndexStore(cfg.index.dir)
    meta = store.recorded_corpus()
    recorded = [Path(r) for r in meta.corpus] if meta else None
    notes = []
    if add:
        base = recorded if recorded is not None else list(cfg.corpus.paths)
        cfg.corpus.paths = base + [a for a in add if a not in base]
        if meta and not rebuild:
            cfg.corpus.extensions = list(meta.extensions) or cfg.corpus.extensions
    elif corpus:
        cfg.corpus.paths = list(corpus)
        if recorded is not None and not rebuild and set(recorded) != set(corpus):
            raise CorpusMismatch(
                corpus_mismatch_message(store.root, list(meta.corpus), [str(c) for c in corpus])
            )
    elif recorded is not None:
        if explain_config and set(recorded) != set(cfg.corpus.paths):
            notes.append(
                f"{cfg.where('corpus.paths')} lists other folders; the index {store.root} keeps "
                f"its own corpus ({', '.join(map(str, recorded))}). Change it with --rebuild --corpus DIR "
                "or --add-corpus DIR"
            )
        cfg.corpus.paths = recorded
        if not rebuild and meta.extensions:
            cfg.corpus.extensions = list(meta.extensions)
    return notes


class Indexer:
    """Runs one index build or update for a config."""

    def __init__(
        self,
        cfg: Config,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        procs: int | None = None,
        add_roots: bool = False,
        prune: bool = False,
    ) -> None:
        self.cfg = cfg
        self.add_roots = add_roots  # the corpus may grow beyond the recorded roots
        self.prune = prune  # drop articles of corpus folders that are missing, empty or unreadable
        self.procs = _worker_count(cfg.index.procs if procs is None else procs)
        self.store = IndexStore(cfg.index.dir)
        self.progress = progress or (lambda p: None)
        self.cancel = cancel or threading.Event()
        self.user_dict = read_user_dictionary(cfg.dictionary)
        self.segmenter = shared_segmenter(self.user_dict)
        self.pipeline = ArticlePipeline(PipelineSettings.from_config(cfg))

    def run(
        self,
        rebuild: bool = False,
        on_wait: Callable[[int | None], None] | None = None,
        on_takeover: Callable[[str], None] | None = None,
    ) -> IndexSummary:
        """Index the configured corpus; raises `IndexProblem` for lock or count failures."""
        start = time.monotonic()
        summary = IndexSummary(index_dir=str(self.store.root))
        summary.problems.extend(self.user_dict.problems)
        summary.problems.extend(rule_warnings(self.cfg.cleaning))
        fp = fingerprint(self.cfg, self.user_dict)
        self.store.check_writable(self.cfg.corpus.paths)

        def takeover(pid: int) -> None:
            message = f"took over the lock of indexer pid {pid}, which is no longer running"
            summary.problems.append(message)
            if on_takeover is not None:
                on_takeover(message)

        with self.store.lock(self.cfg.index.lock_timeout, on_wait=on_wait, on_takeover=takeover):
            summary.temp_removed = len(self.store.clean_temp())
            # The corpus scan (50k stats at 1M, ~0.2 s) needs nothing from the index, so
            # it runs while the index and its manifest are opened; both spend much of
            # their time in system calls and zlib, outside the interpreter's lock.
            scanned = _Background(self._scan)
            # The publisher table (built once per process, ~0.1 s of Python) is built while
            # the scan and the index's opening wait on the disk: the first update's article
            # needs it. `_update` waits for it before any article work (or fork).
            self._tables = _Background(_warm_tables)
            try:
                with _frozen_when_read():
                    state, build, publish = self._target(fp, rebuild, summary)
                try:
                    self._update(state, build, publish, summary, start, scanned)
                finally:
                    state.ix.close()
            finally:
                gc.unfreeze()
        summary.seconds = time.monotonic() - start
        return summary

    def needs_rebuild(self) -> bool:
        """Whether `run()` would start a new build instead of updating the current one."""
        try:
            current = self.store.current_build()
        except IndexProblem:
            return True
        meta = self.store.read_meta(current) if current else None
        fp = fingerprint(self.cfg, self.user_dict)
        return meta is None or meta.schema_version != SCHEMA_VERSION or meta.fingerprint != fp

    def _current_usable(self) -> bool:
        """True when searches can use the published build right now."""
        try:
            current = self.store.current_build()
        except IndexProblem:
            return False
        meta = self.store.read_meta(current) if current else None
        return meta is not None and meta.schema_version == SCHEMA_VERSION

    def _target(self, fp: str, rebuild: bool, summary: IndexSummary):
        """Open the index to update: the current one, a resumable build, or a new build."""
        roots = [str(p) for p in self.cfg.corpus.paths]
        exts = list(self.cfg.corpus.extensions)
        summary.corpus = roots
        try:
            current = self.store.current_build()
        except IndexProblem:
            current = None
        meta = self.store.read_meta(current) if current else None
        if current and meta and not rebuild:
            self._check_corpus(meta, roots)
        if (
            current
            and not rebuild
            and meta
            and meta.fingerprint == fp
            and meta.schema_version == SCHEMA_VERSION
        ):
            damage = verify_build(current)
            state = None if damage else _open_readable(current)
            if state is not None:
                if not meta.corpus:
                    self._check_legacy(state, roots)
                if tuple(meta.corpus) != tuple(roots) or tuple(meta.extensions) != tuple(exts):
                    self.store.record_corpus(current, roots, exts)
                return state, current, False
            why = f" ({damage})" if damage else ""
            summary.problems.append(
                f"{current}: the index was damaged{why}; rebuilt from the corpus"
            )
        summary.rebuilt = True
        pending = None if rebuild else self.store.pending_build(fp, tuple(roots))
        self.store.discard_stale_pending(keep=pending)
        if pending is not None and (state := _open_readable(pending)) is not None:
            return state, pending, True
        meta = BuildMeta(
            SCHEMA_VERSION, fp, time.time(), corpus=tuple(roots), extensions=tuple(exts)
        )
        build, ix = self.store.new_build(meta, make_schema())
        return _IndexState(ix, {}, {}, 0, from_file=False), build, True

    def _check_corpus(self, meta: BuildMeta, roots: list[str]) -> None:
        """Refuse a corpus other than the recorded one unless asked to add to it."""
        recorded = list(meta.corpus)
        if not recorded or set(recorded) == set(roots):
            return
        if self.add_roots and set(recorded) <= set(roots):
            return
        raise CorpusMismatch(corpus_mismatch_message(self.store.root, recorded, roots))

    def _check_legacy(self, state: _IndexState, roots: list[str]) -> None:
        """An index from before roots were recorded: refuse a corpus that holds none of its files."""
        if state.manifest and not any(
            _under(path, root) for path in state.manifest for root in roots
        ):
            sample = next(iter(state.manifest))
            raise CorpusMismatch(
                f"{self.store.root} indexes other folders (e.g. {sample}) than {', '.join(roots)}; "
                "pass the folders it was built from with --corpus, or replace them with "
                "`search-app index --rebuild --corpus DIR`"
            )

    def _scan(self) -> tuple[Listing, list[str]]:
        """The corpus listing, and the scan's warnings."""
        warnings: list[str] = []
        corpus = self.cfg.corpus
        listing = scan(
            corpus.paths, corpus.extensions, corpus.follow_symlinks, warn=warnings.append
        )
        return listing, warnings

    def _update(
        self,
        state: _IndexState,
        build: Path,
        publish: bool,
        summary: IndexSummary,
        start: float,
        scanned: _Background,
    ) -> None:
        """Apply every new, changed and deleted file to `ix`, committing in batches."""
        cfg = self.cfg
        # Searchable now if a published build in today's format exists; a first
        # build (or one replacing an unreadable old format) becomes searchable
        # at its first commit.
        searchable = self._current_usable()
        first_publish = publish and not searchable
        self.progress(
            IndexProgress("scanning", 0, 0, 0, time.monotonic() - start, None, searchable)
        )
        listing, warnings = scanned.result()
        self._tables.result()
        summary.problems.extend(warnings)
        skipped, stamps, unstamped = listing.skipped, listing.stamps, listing.unstamped
        summary.skipped.extend(skipped)
        checkpoint("scanned")
        manifest, articles = state.manifest, state.articles
        batch = _Batch(state.ix, cfg, state.doc_count, self.store)
        self._indexed = set(manifest)
        # What the manifest file will say after this run; exact unless a parallel
        # round ran (its workers report no hashes), then it is read back from the lexicon.
        self._files = dict(manifest)
        # The paths and article keys this run sets or removes: the manifest log's changes.
        self._changed_files: set[str] = set()
        self._changed_articles: set[str] = set()
        self._files_exact = True
        self._files_changed = not state.from_file
        self._samples = RecurrenceCache(stamps, state.samples)
        self._origin = state.origin  # the manifest file's base, when read from one
        unavailable = _unavailable_folders(cfg.corpus.paths, listing, skipped, manifest)
        kept: dict[str, int] = {}
        for path in sorted(manifest.keys() - stamps.keys() - unstamped):
            folder = next((f for f in unavailable if _under(path, f)), None)
            if folder is not None and not self.prune:
                kept[folder] = kept.get(folder, 0) + 1
                continue  # its folder is gone, empty or unreadable: keep what was indexed
            batch.delete(path)
            self._drop_articles_of(path, articles)
            self._indexed.discard(path)
            self._drop_file(path)
            summary.deleted += 1
        total = len(listing)
        # Stamps compared in bulk, a SourceFile only for what changed: a file of the same
        # size and mtime as when it was indexed is unchanged.
        changed = {p: s for p, s in stamps.items() if (m := manifest.get(p)) is None or m[1] != s}
        for path in unstamped:  # the listing could not stat it: once more, else it is read
            changed[path] = _stamp(path)
            if path in manifest and changed[path] and manifest[path][1] == changed[path]:
                del changed[path]
        summary.unchanged += total - len(changed)
        jobs = [FileJob(listing.source(p), p in manifest, changed[p]) for p in sorted(changed)]

        self.segmenter.index_light = (
            len(jobs) <= LIGHT_SEGMENTER_MAX_FILES
            and sum(_stamped_size(j.stamp) for j in jobs) <= LIGHT_SEGMENTER_MAX_BYTES
        )
        parallel = self.procs > 1 and len(jobs) >= PARALLEL_MIN_FILES
        self._warming = None
        if parallel and not self.segmenter.index_light:
            # Forked workers inherit the loaded dictionary instead of each loading it
            # (0.6-0.8 s CPU a worker a round); loaded while the pre-pass reads files.
            self._warming = threading.Thread(target=self.segmenter.warm_up_index, daemon=True)
            self._warming.start()
        self._count_later = None
        if jobs:  # one pre-pass, so serial and parallel builds see the same folder counts
            folders = {os.path.dirname(j.source.path) for j in jobs}
            later: set[str] = set()
            if parallel:
                # Only the first round's folders before it forks: the parent counts the
                # others while that round's workers run (each folder's counts are its own).
                first = rounds(jobs, self.procs, cfg.index.commit_every)[0]
                later = folders - {os.path.dirname(j.source.path) for j in first}
            keep = {j.source.path for j in jobs}

            def count(these: set[str], more: bool) -> None:
                # Only those folders' files are counted; filtering here spares the pass a
                # sort and a check of every corpus file when one article is added.
                near = listing.sources(
                    sorted(p for p in listing if p.rpartition(os.sep)[0] in these)
                )
                self.pipeline.count_recurrence(near, these, keep, self._samples, more)

            count(folders - later, False)
            if later:
                self._count_later = lambda: count(later, True)

        def report(phase: str, done: int, path: str | None = None, pending: int = 0) -> None:
            elapsed = time.monotonic() - start
            done += summary.unchanged
            paragraphs = summary.paragraphs_added + pending
            self.progress(IndexProgress(phase, done, total, paragraphs, elapsed, path, searchable))

        saved = _counts(summary)

        def committed(done: int) -> None:
            nonlocal first_publish, publish, searchable, saved
            summary.saved_files = done + summary.unchanged
            saved = _counts(summary)
            if first_publish:
                self.store.publish(build)  # the first build becomes searchable early
                first_publish = publish = False
                searchable = True

        try:
            if parallel:
                self._parallel(jobs, articles, batch, summary, report, committed)
            else:
                for n, job in enumerate(jobs, start=1):
                    if self.cancel.is_set():
                        raise KeyboardInterrupt
                    report("indexing", n - 1, job.source.relpath)
                    self._one_file(job, manifest, articles, batch, summary)
                    if batch.pending >= cfg.index.commit_every:
                        report("committing", n)
                        summary.commits += batch.commit()
                        committed(n)
        except KeyboardInterrupt:
            batch.cancel()
            summary.interrupted = True
            # Report only what was committed: the rest was rolled back.
            summary.added, summary.updated, summary.deleted, summary.paragraphs_added = saved
            with batch.ix.reader() as reader:
                summary.paragraphs = reader.doc_count()
                summary.articles = len(_manifest(reader))
            return
        report("committing", len(jobs))
        summary.commits += batch.commit()
        rewritten = accel.ensure_index(batch.ix)  # files lost or damaged since their commit
        if rewritten:
            write_checksums(build, batch.ix.latest_generation())
            summary.problems.append(
                f"rewrote {len(rewritten)} accelerator file(s) that were missing or damaged "
                f"({', '.join(rewritten[:3])}{'…' if len(rewritten) > 3 else ''})"
            )
        if publish:
            self.store.publish(build)
        searchable = True
        self._write_manifest(build, batch, articles)
        for folder, count in kept.items():
            summary.problems.append(
                f"corpus folder {folder} {unavailable[folder]}; its {count} indexed file(s) were kept "
                "(reconnect it, or pass --prune to remove them)"
            )
        summary.paragraphs = batch.base  # verified by the last commit
        summary.articles = len(self._indexed)
        report("done", len(jobs))

    def _write_manifest(self, build: Path, batch: _Batch, articles: dict[str, str]) -> None:
        """Record the last commit's manifest in its file (see manifest.py), if it changed."""
        if not self._files_changed and self._files_exact:
            return  # read from this generation's file and nothing changed
        generation = batch.ix.latest_generation()
        origin = self._origin
        if self._files_exact:
            files, articles = self._files, dict(articles)
        else:
            origin = None  # a new base, from the lexicon
            with batch.ix.reader() as reader:
                files, articles = _manifest(reader), _article_keys(reader)
        checkpoint("manifest")
        manifest_file.write(
            build,
            generation,
            batch.base,
            files,
            articles,
            self._samples.changes() if origin is not None else {},
            self._samples.kept,
            origin,
            (self._changed_files, self._changed_articles),
        )

    def _one_file(self, job: FileJob, manifest, articles, batch, summary: IndexSummary) -> None:
        """Process one new or changed file, serially."""
        src, known = job.source, job.known
        loaded = self.pipeline.load(src)
        checkpoint("read")
        if isinstance(loaded, Skipped):
            summary.skipped.append(loaded)
            if known:  # it was indexed before; its old text must go
                self._forget(src.path, articles, batch, summary)
            return
        if known and manifest[src.path][0] == loaded.content_hash:
            # Touched but not changed: keep it. The lexicon keeps its old stamp; the
            # manifest file records the new one, so the next run does not hash it again.
            summary.unchanged += 1
            if job.stamp and self._files.get(src.path) == manifest[src.path]:
                self._set_file(src.path, (loaded.content_hash, job.stamp))
            return
        if known:
            self._forget(src.path, articles, batch, summary)
        article = self.pipeline.build(loaded, job.stamp)
        checkpoint("built")
        if isinstance(article, Skipped):
            summary.skipped.append(article)
            return
        summary.notes.extend((src.path, note) for note in article.notes)
        owner = articles.get(article.article_key)
        if owner is not None and owner != src.path:
            summary.duplicates.append((src.path, owner))
            return
        articles[article.article_key] = src.path
        self._changed_articles.add(article.article_key)
        summary.paragraphs_added += batch.add(article, self.segmenter)
        self._indexed.add(src.path)
        self._set_file(src.path, (article.content_hash, article.file_stamp))
        checkpoint("added")
        if known:
            summary.deleted -= 1  # it came back: an update, not a removal
            summary.updated += 1
        else:
            summary.added += 1

    def _forget(
        self, path: str, articles: dict[str, str], batch: _Batch, summary: IndexSummary
    ) -> None:
        """Remove a file's old paragraphs (counted as removed unless it is re-added)."""
        batch.delete(path)
        self._indexed.discard(path)
        self._drop_file(path)
        self._drop_articles_of(path, articles)
        summary.deleted += 1

    def _set_file(self, path: str, value: tuple[str, str]) -> None:
        """Record a file's (content hash, stamp) for the manifest file."""
        self._files[path] = value
        self._changed_files.add(path)
        self._files_changed = True

    def _drop_file(self, path: str) -> None:
        """Remove a file from what the manifest file will record."""
        self._files.pop(path, None)
        self._changed_files.add(path)
        self._files_changed = True

    def _drop_articles_of(self, path: str, articles: dict[str, str]) -> None:
        """Remove the article keys held by `path` (in place)."""
        for key in [k for k, v in articles.items() if v == path]:
            del articles[key]
            self._changed_articles.add(key)

    def _parallel(
        self, jobs: list[FileJob], articles, batch: _Batch, summary: IndexSummary, report, committed
    ) -> None:
        """Index `jobs` in rounds of forked workers, one atomic commit per round."""
        done = 0
        self._files_exact = False  # workers report no content hashes: read the lexicon at the end
        if self._warming is not None:
            self._warming.join()  # no thread may hold a lock while the workers fork
        later = self._count_later
        counting = _Background(later, start=False) if later is not None else None
        for chunk in rounds(jobs, self.procs, self.cfg.index.commit_every):
            if self.cancel.is_set():
                raise KeyboardInterrupt
            report("indexing", done, chunk[0].source.relpath)
            for job in chunk:
                if job.known:  # old versions go in the same commit as the new ones arrive
                    self._forget(job.source.path, articles, batch, summary)
            results = run_round(
                WorkerConfig(
                    self.pipeline.settings,
                    self.user_dict,
                    max(16, self.cfg.index.limitmb // max(1, self.procs)),
                    self.pipeline.recurrence,
                ),
                self.pipeline,
                batch.ix,
                split_evenly(chunk, self.procs),
                dict(articles),
                on_progress=lambda files, paras, base=done: report(
                    "indexing", base + files, None, paras
                ),
                cancel=self.cancel,
                # The rest of the recurrence pre-pass, on the core the pass left idle.
                after_fork=counting.start if counting is not None else None,
            )
            if counting is not None:  # before this round commits, and before the next fork
                counting.result()
                counting = None
            failed = [r.error for r in results if r.error]
            if failed:
                batch.cancel()
                for r in results:
                    if r.errno:  # disk full, read-only, permissions: the CLI says what to do
                        raise OSError(r.errno, os.strerror(r.errno), r.filename)
                raise IndexProblem(
                    f"an indexing worker failed ({failed[0]}); nothing from this round was committed"
                )
            self.pipeline.forget(job.source.path for job in chunk)  # the workers read them
            outcomes = {o.path: o for r in results for o in r.outcomes}
            late_duplicates = []
            for job in chunk:  # in file order, so the first copy of an article wins
                o = outcomes[job.source.path]
                summary.notes.extend((o.path, n) for n in o.notes)
                if o.kind == "skipped":
                    summary.skipped.append(o.skipped)
                elif o.kind == "duplicate":
                    summary.duplicates.append((o.path, o.duplicate_of))
                elif articles.get(o.article_key, o.path) != o.path:
                    late_duplicates.append(o)  # two workers each kept a copy
                else:
                    articles[o.article_key] = o.path
                    self._changed_articles.add(o.article_key)
                    self._indexed.add(o.path)
                    summary.paragraphs_added += o.paragraphs
                    if job.known:
                        summary.deleted -= 1
                        summary.updated += 1
                    else:
                        summary.added += 1
            added = sum(o.paragraphs for o in outcomes.values())
            done += len(chunk)
            report("committing", done)
            summary.commits += batch.commit_segments(
                [r.segment for r in results if r.segment], added
            )
            for o in late_duplicates:  # removed in the next commit
                batch.delete(o.path)
                summary.duplicates.append((o.path, articles[o.article_key]))
            committed(done)


def rounds(jobs: list, procs: int, commit_every: int) -> list[list]:
    """`jobs` cut into the parallel build's rounds: a first of about `commit_every`
    paragraphs, then rounds ROUND_GROWTH times larger, at most MAX_ROUNDS in all; jobs
    that fit in one of those larger rounds are one round.

    Each round adds one segment per worker and is never merged at commit (merging
    re-writes every posting in Python), so fewer rounds make fewer, larger segments.
    A search pays its literal check, bigram decoding and ranking set-up per segment:
    at 100k paragraphs two segments instead of four cut a phrase's CPU by about 8 %,
    worth more than a first commit partway through a build of a minute or so.
    """
    first = max(procs * 8, commit_every // PARAGRAPHS_PER_FILE_GUESS)
    later = max(first, commit_every * ROUND_GROWTH // PARAGRAPHS_PER_FILE_GUESS)
    if len(jobs) <= later:
        return [jobs] if jobs else []
    later = max(later, -(-(len(jobs) - first) // (MAX_ROUNDS - 1)))
    out = [jobs[:first]]
    out += [jobs[at : at + later] for at in range(first, len(jobs), later)]
    return [r for r in out if r]


class _Batch:
    """A writer plus the bookkeeping that checks each commit's document count."""

    def __init__(self, ix, cfg: Config, base: int, store: IndexStore | None = None) -> None:
        self.ix = ix
        self.cfg = cfg
        self.store = store
        self.writer = None
        self.pending = 0
        self.deleted = 0
        self.added = 0
        self.base = base  # documents in the index as last committed

    def _w(self):
        if self.writer is None:
            self.writer = whoosh_internals.new_writer(self.ix, limitmb=self.cfg.index.limitmb)
        return self.writer

    def delete(self, path: str) -> None:
        """Delete a file's paragraphs (committed ones; see Whoosh's update semantics)."""
        self.deleted += self._w().delete_by_term("file", path)
        self.pending += 1

    def add(self, article: Article, segmenter) -> int:
        """Add an article's paragraphs; returns how many."""
        w = self._w()
        count = 0
        for doc in article_documents(article, segmenter):
            whoosh_internals.add_document(w, doc.fields(), doc.boosts(), doc.folded)
            count += 1
        self.added += count
        self.pending += count
        return count

    def commit(self) -> bool:
        """Commit, then verify no document was silently lost; False if there was nothing to commit."""
        if self.writer is None:
            return False
        expected = self.base - self.deleted + self.added
        checkpoint("commit")
        self.writer.commit(mergetype=tidy_merge)
        self._verify(expected)
        return True

    def commit_segments(self, segments: list, added: int) -> bool:
        """Commit this writer's deletions plus segments written by workers, then verify."""
        w = self._w()
        expected = self.base - self.deleted + self.added + added
        checkpoint("commit")
        whoosh_internals.commit_segments(w, segments, keep=_without_dead)  # unmerged: MAX_ROUNDS
        self._verify(expected)
        return True

    def _verify(self, expected: int) -> None:
        """Reopen after a commit and check the document count: a lost document is an error."""
        self.writer = None
        self.ix = self.ix.refresh()
        # From the new table of contents: opening a reader of every segment (17 at 1M)
        # would count the same, and the new segment was read back for its tables.
        actual = sum(s.doc_count() for s in whoosh_internals.segments_of(self.ix))
        if actual != expected:
            raise DocumentCountError(
                f"the commit left {actual} paragraphs, expected {expected}; run `search-app index --rebuild`"
            )
        self.base, self.deleted, self.added, self.pending = actual, 0, 0, 0
        write_checksums(Path(self.ix.storage.folder), self.ix.latest_generation())
        checkpoint("verified")

    def cancel(self) -> None:
        """Drop uncommitted changes."""
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None


def _without_dead(segments: list) -> list:
    """Segments that still hold a live document; the others only cost searches time."""
    return [s for s in segments if s.doc_count() > 0]


def tidy_merge(writer, segments: list) -> list:
    """Merge policy for update commits: drop dead segments, fold small ones together.

    Each incremental run adds a segment, and Whoosh's MERGE_SMALL leaves
    article-sized segments alone, so they would pile up. Once there are
    MAX_SMALL_SEGMENTS small ones, the smallest are folded into the new
    segment while their documents fit MERGE_BUDGET_DOCS: one merge of about
    two seconds every ten or so updates, and a bounded segment count.
    """
    from whoosh.reading import SegmentReader

    live = sorted(_without_dead(segments), key=lambda s: s.doc_count_all())
    small = [s for s in live if s.doc_count_all() <= MERGE_BUDGET_DOCS]
    if len(small) < MAX_SMALL_SEGMENTS:
        return live
    picked, docs = [], 0
    for seg in small:
        if docs + seg.doc_count_all() > MERGE_BUDGET_DOCS:
            break
        picked.append(seg)
        docs += seg.doc_count_all()
    if len(picked) < 2:
        return live
    for seg in picked:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return live[len(picked) :]


@dataclass
class _IndexState:
    """An open index and what the indexer needs from it, read in one pass."""

    ix: object
    manifest: dict[str, tuple[str, str]]
    articles: dict[str, str]
    doc_count: int
    from_file: bool = False  # the manifest came from this generation's manifest file
    samples: object = None  # the recurrence pass's cache, from the same file
    origin: manifest_file.Origin | None = None  # that file's base and log, for the next write


class _Background:
    """A call run in a thread from now; `result()` waits for it and returns or raises its outcome."""

    def __init__(self, fn: Callable[[], object], start: bool = True) -> None:
        self._fn = fn
        self._value: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="indexer-background", daemon=True)
        if start:
            self._thread.start()

    def start(self) -> None:
        """Start the call (made with `start=False`)."""
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed to the caller of `result`
            self._error = exc

    def result(self):
        """The call's return value (its exception is raised here); run here if never started."""
        if self._thread.ident is None:
            self._run()
        else:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _warm_tables() -> None:
    """Build the article pipeline's largest once-per-process table (`publishers`, and the
    name index its searches build on first use)."""
    from index.ingest.publishers import publishers

    publishers().at_start("")


def _open_readable(build: Path) -> _IndexState | None:
    """Open a build and read its manifest (its file, else the lexicon); None if it is damaged."""
    from whoosh import index as windex

    try:
        ix = windex.open_dir(str(build))
        count = ix.doc_count()
        saved = manifest_file.read(build, ix.latest_generation(), count)
        if saved is not None:
            return _IndexState(
                ix,
                saved.files,
                saved.articles,
                count,
                from_file=True,
                samples=saved.samples,
                origin=saved.origin,
            )
        with ix.reader() as reader:
            return _IndexState(ix, _manifest(reader), _article_keys(reader), reader.doc_count())
    except Exception:  # whoosh raises many kinds of errors for damaged files
        return None


@contextmanager
def _frozen_when_read():
    """No cyclic collection while the index and its manifest are read (50k files, 50k
    articles: ~150k tuples and dicts, no cycles), and none of it looked at again by the
    collections of the run (`gc.freeze`; the run ends with `gc.unfreeze`). At 1M two full
    collections, during that read and while the gazetteer was built, cost 0.04 s of a
    one-article update."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _worker_count(configured: int) -> int:
    """Processes to index with: 0 means one per core (at most 4).

    Forking is only safe from the main thread (a UI calling from a worker
    thread gets the serial path), and only where fork exists.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(os, "fork"):
        return 1
    if configured <= 0:
        return max(1, min(4, os.cpu_count() or 1))
    return configured


def _counts(s: IndexSummary) -> tuple[int, int, int, int]:
    return (s.added, s.updated, s.deleted, s.paragraphs_added)


def _unavailable_folders(
    roots: list[Path], paths, skipped: list[Skipped], manifest
) -> dict[str, str]:
    """Folders whose indexed files must be kept: missing, unlistable, or empty where files were.

    An unmounted drive leaves an empty mount point, and a folder the user
    cannot list looks empty; neither means the articles were deleted.
    """
    out: dict[str, str] = {}
    for root in map(str, roots):
        if not os.path.exists(root):
            out[root] = "is missing"
            continue
        if os.path.isdir(root):
            try:
                with os.scandir(root):
                    pass
            except OSError as exc:
                out[root] = f"cannot be read ({exc.strerror})"
                continue
        # str.startswith mapped in C: 50k paths cost milliseconds, not a Python call each.
        prefix = root.rstrip("/") + "/"
        had = any(map(str.startswith, manifest, repeat(prefix)))
        if had and not any(map(str.startswith, paths, repeat(prefix))):
            out[root] = "is empty (an unmounted drive?)"
    for skip in skipped:
        if skip.reason.startswith("cannot list folder"):
            out.setdefault(skip.path, "cannot be read")
    return out


def _under(path: str, root: str) -> bool:
    """True when `path` lies inside the folder `root`."""
    return path == root or path.startswith(root.rstrip("/") + "/")


def _live_terms(reader, fieldname: str) -> list[str]:
    """Terms of a field that still have an undeleted document, sorted.

    Deleted documents keep their terms until a merge, so the lexicon alone
    would list files that are gone. The check runs per segment: asking the
    whole index about each term costs a lookup in every segment (35 s for
    the 50k files of a 1M-paragraph index), and a segment without deletions
    needs no check at all.
    """
    live: set[bytes] = set()
    for sub, _offset in reader.leaf_readers():
        if sub.doc_count() == 0:
            continue  # every document deleted
        check = sub.has_deletions()
        for term in sub.lexicon(fieldname):
            if term not in live and (not check or sub.postings(fieldname, term).is_active()):
                live.add(term)
    return [t.decode("utf-8") for t in sorted(live)]


def _manifest(reader) -> dict[str, tuple[str, str]]:
    """path → (content hash, size:mtime stamp) of every indexed file, from the `filekey` terms."""
    out = {}
    for term in _live_terms(reader, "filekey"):
        path, digest, stamp = ([*term.split(SEP), ""])[:3]
        out[path] = (digest, stamp)
    return out


def _stamp(path: str) -> str:
    """size:mtime_ns of a file, or "" if it cannot be stat'ed (then it is read anyway)."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"


def _stamped_size(stamp: str) -> int:
    """The size in a size:mtime stamp (0 if there is none)."""
    size = stamp.partition(":")[0]
    return int(size) if size.isdigit() else 0


def _article_keys(reader) -> dict[str, str]:
    """article hash → path of the file that holds it."""
    return dict(t.split(SEP, 1) for t in _live_terms(reader, "articlekey"))
