"""The Solr backend behind the engine interface (`index.engine.interface.Engine`).

Searches a SolrCloud alias (`solr.collection`) with the query language compiled by
`solr_query`; hits, highlights, snippets and citations are computed by the project's own
code from the stored original text, so they equal the Whoosh backend's. Indexing feeds the
same article pipeline as the Whoosh build, batch by batch, routed by article (compositeId),
into the collection behind the alias; a rebuild goes into a new collection and the alias is
switched when it is complete. The file manifest lives in Solr itself: each paragraph carries
its file's `filekey` (path, content hash, size:mtime), read back with a facet.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from index.backends.solr import (
    SolrClient,
    SolrError,
    SolrRequestError,
    facet_counts,
    retry_transient,
    settings_from_config,
)
from index.backends.solr_docs import solr_document
from index.backends.solr_feed import ReplicatedAdds
from index.backends.solr_query import SolrQuery, SolrQueryCompiler, month_counts, quoted
from index.build.documents import SEP, article_documents
from index.build.folding import fold
from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.config import Config
from index.engine.errors import IndexMissing, SearchCancelled
from index.engine.facets import FACETS, ordered_counts
from index.engine.models import (
    ArticleView,
    Facets,
    Hit,
    IndexProgress,
    IndexStatus,
    IndexSummary,
    ParagraphRef,
    SearchResult,
    Skipped,
    article_from_stored,
)
from index.ingest.reading import discover
from index.query.highlight import highlight_spans
from index.query.hits import hit_from_stored
from index.query.querylang import parse_query
from index.query.search import _flag_filters as flag_filters  # one validation for both backends

PAGE = 5000  # ids per request when every match is listed
STORED = (
    "path,relpath,title,source,author,date,url,page,site,original_title,paragraph,heading,"
    "is_heading,nparagraphs,cite_no,text,regions,inherited_regions,score"
)
RETRY_SECONDS = 120.0  # how long a batch is resent while a node is down or a leader elected


@dataclass(frozen=True)
class _Known:
    """A file the collection holds: its content hash and size:mtime stamp."""

    digest: str
    stamp: str


class SolrEngine:
    """Searches and maintains one SolrCloud alias; safe to call from worker threads."""

    def __init__(self, cfg: Config, client: SolrClient | None = None) -> None:
        self.cfg = cfg
        self.alias = cfg.solr.collection
        self._client = client
        self.segmenter = shared_segmenter(read_user_dictionary(cfg.dictionary))
        self._tagger = None
        self._lock = threading.Lock()
        self._compiler = SolrQueryCompiler(self.segmenter, self.resolve_region)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def client(self) -> SolrClient:
        """The HTTP client, made from the config and environment on first use."""
        with self._lock:
            if self._client is None:
                self._client = SolrClient(settings_from_config(self.cfg.solr))
            return self._client

    def warm_up(self) -> None:
        """Load jieba, OpenCC and the region table; check the cluster answers."""
        self.segmenter.warm_up()
        fold("预热")
        self.tagger  # noqa: B018 (builds the gazetteer)
        with contextlib.suppress(IndexMissing):
            self.generation()

    def read_ahead(self, cancel: threading.Event | None = None) -> None:
        """Nothing to read ahead: Solr warms its own caches."""

    def close(self) -> None:
        """Nothing stays open between requests."""

    def clear_cache(self) -> None:
        """Results are not cached here (Solr caches its own)."""

    @property
    def tagger(self):
        """The region tagger (for resolving region filters)."""
        if self._tagger is None:
            from index.regions import RegionTagger

            self._tagger = RegionTagger()
        return self._tagger

    def resolve_region(self, name: str) -> tuple[str, ...]:
        """Region filter value → canonical 省/市/县 paths (湖北 → 湖北省)."""
        return self.tagger.resolve(name)

    def collection(self) -> str:
        """The collection the alias points at; `IndexMissing` when there is none yet."""
        target = self.client.aliases().get(self.alias)
        if target:
            return target
        if self.alias in self.client.collections():
            return self.alias  # a plain collection of that name works too
        raise IndexMissing(
            f"Solr has no collection or alias {self.alias!r} yet: run `search-app index`"
        )

    def _select(self, params) -> dict:
        """A /select on the alias (Solr resolves it), `IndexMissing` if nothing has that name."""
        try:
            return self.client.select(self.alias, params)
        except SolrRequestError as exc:
            if exc.status == 404:
                raise IndexMissing(
                    f"Solr has no collection or alias {self.alias!r} yet: run `search-app index`"
                ) from None
            raise

    def status(self) -> IndexStatus:
        """Generation token, searchable paragraphs and the collection behind the alias."""
        name = self.collection()
        answer = self.client.select(
            name,
            {"q": "*:*", "rows": 0, "stats": "true", "stats.field": "_version_"},
        )
        found = answer["response"]["numFound"]
        newest = (answer.get("stats", {}).get("stats_fields", {}).get("_version_") or {}).get("max")
        # Adds raise the newest version; deletes lower the count: either changes the token.
        token = f"{name}:{found}:{int(newest or 0)}"
        return IndexStatus(generation=token, documents=found, location=f"solr:{name}")

    def generation(self) -> str:
        """Opaque token that changes with every committed change (and with a rebuild)."""
        return self.status().generation

    def settings_key(self) -> str:
        """What the collection's documents depend on (schema, pipeline, rules, dictionary).

        The same fingerprint as the Whoosh build's; it is part of each build's collection
        name, so an update knows when the settings changed and a rebuild is needed.
        """
        from index.build.indexer import fingerprint

        return fingerprint(self.cfg, read_user_dictionary(self.cfg.dictionary))[:12]

    def needs_rebuild(self) -> bool:
        """True when there is no build yet, or it was made with other settings."""
        try:
            name = self.collection()
        except IndexMissing:
            return True
        if name == self.alias:
            return False  # a plain collection made outside the app: updated as it is
        return not name.startswith(f"{self.alias}_{self.settings_key()}_")

    # -- searching -------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        limit: int | None = None,
        offset: int = 0,
        with_facets: bool = True,
        cancel: threading.Event | None = None,
        **filters: str | None,
    ) -> SearchResult:
        """Ranked hits, total and facets for a query plus one filter per facet by name
        (region=, source=, year=, author=); `limit` 0 lists every hit."""
        started = time.perf_counter()
        limit = self.cfg.search.limit if limit is None else limit
        extra, flag_notes = flag_filters(filters)
        compiled = self._compiler.compile(parse_query(text), extra)
        _check(cancel)
        rows = limit if limit else PAGE
        answer = self._select(compiled.params(rows, offset, with_facets, STORED))
        docs = list(answer["response"]["docs"])
        total = answer["response"]["numFound"]
        while not limit and offset + len(docs) < total:  # limit 0: every hit, page by page
            _check(cancel)
            more = self._select(compiled.params(PAGE, offset + len(docs), False, STORED))[
                "response"
            ]["docs"]
            if not more:
                break
            docs.extend(more)
        hits = [self._hit(d, rank, compiled) for rank, d in enumerate(docs, start=offset + 1)]
        facets = _facets(answer) if with_facets else Facets()
        result = SearchResult(
            query=text,
            total=total,
            facets=facets,
            hits=hits,
            notice="; ".join([*flag_notes, *compiled.notices]) or None,
            generation="",  # Solr serves what is committed; `generation()` asks for the token
            filters=compiled.filters,
        )
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    def matches(self, text: str, cancel: threading.Event | None = None) -> list[ParagraphRef]:
        """Every paragraph the query matches, unranked, read with a cursor."""
        compiled = self._compiler.compile(parse_query(text), [])
        out: list[ParagraphRef] = []
        cursor = "*"
        while True:
            _check(cancel)
            params = [
                ("q", compiled.q),
                ("q.op", "OR"),
                ("fl", "path,paragraph"),
                ("rows", PAGE),
                ("sort", "id asc"),
                ("cursorMark", cursor),
                *[("fq", f) for f in compiled.fq],
            ]
            answer = self._select(params)
            out += [ParagraphRef(d["path"], d["paragraph"]) for d in answer["response"]["docs"]]
            nxt = answer.get("nextCursorMark", cursor)
            if nxt == cursor:
                return out
            cursor = nxt

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """Highlight spans of `query` in any paragraph text (e.g. a neighbour in the passage view)."""
        return _spans(text, self._compiler.compile(parse_query(query)))

    def _hit(self, f: dict, rank: int, compiled: SolrQuery) -> Hit:
        """Stored fields plus the project's highlights, snippet and citation for one paragraph."""
        spans = _spans(f.get("text", ""), compiled)
        return hit_from_stored(
            self.cfg, f, path=f.get("path", ""), score=f.get("score", 0.0), rank=rank, spans=spans
        )

    # -- reading ---------------------------------------------------------------------------

    def article(self, path: str) -> ArticleView | None:
        """All indexed paragraphs of one file, in order (None if not indexed)."""
        answer = self._select(
            {
                "q": f"path:{quoted(path)}",
                "rows": 100_000,
                "sort": "paragraph asc",
                "fl": STORED.replace(",score", ""),
            },
        )
        rows = answer["response"]["docs"]
        if not rows:
            return None
        return article_from_stored(path, rows)

    # -- indexing --------------------------------------------------------------------------

    def index(
        self,
        *,
        rebuild: bool = False,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        on_wait: Callable[[int | None], None] | None = None,
        on_takeover: Callable[[str], None] | None = None,
        add_roots: bool = False,
        prune: bool = False,
    ) -> IndexSummary:
        """Build or update the collection behind the alias from `cfg.corpus`.

        An update sends only new and changed files and deletes removed ones, comparing
        the corpus with the manifest read from Solr. A rebuild (or the first run) fills a
        new collection and switches the alias only when it is complete, so searches never
        see half a build; the old collection is then deleted. `on_wait`, `on_takeover`,
        `add_roots` and `prune` concern the Whoosh folder's lock and roots: unused here.
        """
        return _IndexRun(self, progress, cancel).run(rebuild or self.needs_rebuild())


class _IndexRun:
    """One `index` call: discovery, manifest comparison, batched sends, commit, alias switch."""

    def __init__(self, engine: SolrEngine, progress, cancel: threading.Event | None) -> None:
        self.engine = engine
        self.cfg = engine.cfg
        self.client = engine.client
        self.progress = progress
        self.cancel = cancel
        self.started = time.monotonic()

    def report(self, phase: str, done: int, total: int, paragraphs: int, path=None) -> None:
        """Send one progress event, if anyone listens."""
        if self.progress:
            self.progress(
                IndexProgress(phase, done, total, paragraphs, time.monotonic() - self.started, path)
            )

    def run(self, rebuild: bool) -> IndexSummary:
        """Do the whole run and say what it did."""
        cfg, client = self.cfg, self.client
        old = _maybe(self.engine.collection)
        if rebuild:
            stamp = time.strftime("%Y%m%d%H%M%S")
            key = self.engine.settings_key()
            target = f"{self.engine.alias}_{key}_{stamp}_{uuid.uuid4().hex[:4]}"
            client.create_collection(
                target, cfg.solr.shards, cfg.solr.replicas, configset=cfg.solr.configset
            )
            known: dict[str, _Known] = {}
            owners: dict[str, str] = {}
        else:
            target = old
            known, owners = self._manifest(target)
        summary = IndexSummary(index_dir=f"solr:{target}", rebuilt=rebuild)
        try:
            self._feed(target, known, owners, summary)
        except BaseException:
            if rebuild:  # never leave a half-filled collection behind an error
                with contextlib.suppress(SolrError):
                    client.delete_collection(target)
            raise
        if summary.interrupted and rebuild:
            client.delete_collection(target)  # the alias still points at the complete old build
            summary.index_dir = f"solr:{old}" if old else ""
            summary.seconds = time.monotonic() - self.started
            return summary
        self.report("committing", summary.added + summary.updated, summary.added, 0)
        _retry(lambda: client.commit(target))
        summary.commits += 1
        if rebuild:
            client.set_alias(self.engine.alias, target)
            if old and old != target:
                with contextlib.suppress(SolrError):
                    client.delete_collection(old)  # searches already read the new build
        count = client.select(target, {"q": "*:*", "rows": 0})["response"]["numFound"]
        summary.paragraphs = count
        summary.articles = len(self._manifest(target)[0])
        summary.corpus = [str(p) for p in cfg.corpus.paths]
        summary.seconds = time.monotonic() - self.started
        self.report("done", summary.articles, summary.articles, count)
        return summary

    def _manifest(self, collection: str) -> tuple[dict[str, _Known], dict[str, str]]:
        """path → (hash, stamp) and article hash → path, from the collection's facet terms."""
        answer = self.client.select(
            collection,
            [
                ("q", "*:*"),
                ("rows", 0),
                ("facet", "true"),
                ("facet.limit", -1),
                ("facet.mincount", 1),
                ("facet.field", "filekey"),
                ("facet.field", "articlekey"),
            ],
        )
        known = {}
        for term in facet_counts(answer, "filekey"):
            path, digest, stamp = ([*term.split(SEP), "", ""])[:3]
            known[path] = _Known(digest, stamp)
        owners = dict(t.split(SEP, 1) for t in facet_counts(answer, "articlekey") if SEP in t)
        return known, owners

    def _feed(
        self, target: str, known: dict[str, _Known], owners: dict[str, str], summary: IndexSummary
    ) -> None:
        """Compare the corpus with `known`, send changes in batches of whole articles."""
        from index.build.indexer import _unavailable_folders, _under
        from index.ingest.pipeline import ArticlePipeline, PipelineSettings

        cfg = self.cfg
        sources, skipped = discover(
            cfg.corpus.paths, cfg.corpus.extensions, cfg.corpus.follow_symlinks
        )
        summary.skipped.extend(skipped)
        # The Whoosh build's pipeline, a private instance: its recurrence counts are this run's.
        pipeline = ArticlePipeline(PipelineSettings.from_config(cfg))
        segmenter = self.engine.segmenter
        sender = _Sender(self.client, target)
        batch: list[dict] = []
        gone: list[str] = []
        present = {s.path for s in sources}
        # As in the Whoosh build: a missing or emptied root (an unmounted drive) and files
        # outside the configured roots are kept, never silently deleted.
        roots = [str(r) for r in cfg.corpus.paths]
        unavailable = _unavailable_folders(cfg.corpus.paths, present, skipped, known)
        removed, kept = [], 0
        for path in known:
            if path in present:
                continue
            inside = [r for r in roots if _under(path, r)]
            if inside and not any(r in unavailable for r in inside):
                removed.append(path)
            else:
                kept += 1
        for folder, why in unavailable.items():
            summary.problems.append(f"corpus folder {folder} {why}; its indexed files were kept")
        gone_paths = set(removed)  # a new copy of a removed file's article is no duplicate
        for key in [k for k, v in owners.items() if v in gone_paths]:
            del owners[key]
        if kept:
            summary.problems.append(
                f"{kept} indexed file(s) lie outside the corpus folders or in unavailable ones "
                "and were kept (`search-app index --rebuild` drops them)"
            )
        total = len(sources)
        self.report("scanning", 0, total, 0)
        try:
            jobs = []
            for src in sources:
                stamp = _stamp(src.path)
                old = known.get(src.path)
                if old and stamp and old.stamp == stamp:
                    summary.unchanged += 1  # same size and mtime as when it was indexed
                else:
                    jobs.append((src, stamp, old))
            if jobs:  # as the Whoosh build: a folder's recurring lines are chrome
                folders = {os.path.dirname(src.path) for src, _, _ in jobs}
                pipeline.count_recurrence(sources, folders, keep={src.path for src, _, _ in jobs})
            for done, (src, stamp, old) in enumerate(jobs, start=summary.unchanged + 1):
                if self.cancel is not None and self.cancel.is_set():
                    summary.interrupted = True
                    break
                loaded = pipeline.load(src)
                if isinstance(loaded, Skipped):
                    summary.skipped.append(loaded)
                    if old:
                        gone.append(src.path)
                        summary.deleted += 1
                    continue
                if old and old.digest == loaded.content_hash:
                    summary.unchanged += 1  # touched, not changed
                    continue
                article = pipeline.build(loaded, stamp)
                if old:
                    gone.append(src.path)  # its old paragraphs go before the new ones come
                    for key in [k for k, v in owners.items() if v == src.path]:
                        del owners[key]
                if isinstance(article, Skipped):
                    summary.skipped.append(article)
                    summary.deleted += bool(old)
                    continue
                summary.notes.extend((src.path, n) for n in article.notes)
                owner = owners.setdefault(article.article_key, src.path)
                if owner != src.path:
                    summary.duplicates.append((src.path, owner))
                    summary.deleted += bool(old)
                    continue
                docs = [solr_document(d) for d in article_documents(article, segmenter)]
                batch.extend(docs)
                summary.paragraphs_added += len(docs)
                if old:
                    summary.updated += 1
                else:
                    summary.added += 1
                if len(batch) >= cfg.solr.batch_size:
                    sender.send(gone, batch)
                    gone, batch = [], []
                    self.report("indexing", done, total, summary.paragraphs_added, src.path)
            if not summary.interrupted:
                gone.extend(removed)
                summary.deleted += len(removed)
            if gone or batch:
                sender.send(gone, batch)
        finally:
            sender.close()
        summary.saved_files = summary.added + summary.updated


class _Sender:
    """Posts deletions and documents in order on one thread while the next batch is prepared."""

    def __init__(self, client: SolrClient, collection: str) -> None:
        self.client = client
        self.collection = collection
        self.adds = ReplicatedAdds(client, collection, RETRY_SECONDS)
        self.outbox: queue.Queue[tuple[list[str], list[dict]] | None] = queue.Queue(maxsize=2)
        self.failed: list[BaseException] = []
        self.thread = threading.Thread(target=self._loop, name="solr-index", daemon=True)
        self.thread.start()

    def send(self, paths: list[str], docs: list[dict]) -> None:
        """Queue one batch: delete `paths`' paragraphs, then add `docs`."""
        if self.failed:
            raise self.failed[0]
        self.outbox.put((paths, docs))

    def close(self) -> None:
        """Wait for every queued batch; re-raise a failure."""
        self.outbox.put(None)
        self.thread.join()
        if self.failed:
            raise self.failed[0]

    def _loop(self) -> None:
        while (item := self.outbox.get()) is not None:
            if self.failed:
                continue  # drain after a failure so the producer never blocks
            paths, docs = item
            try:
                if paths:
                    query = "path:(" + " OR ".join(quoted(p) for p in paths) + ")"
                    _retry(lambda q=query: self.client.delete_by_query(self.collection, q))
                if docs:
                    self.adds.send(docs)  # resent if a replica missed it
            except BaseException as exc:  # handed to the producer's thread
                self.failed.append(exc)


def _retry(call: Callable[[], object]) -> object:
    """Run `call`, again after transient failures (node down, leader election), for a while."""
    return retry_transient(call, time.monotonic() + RETRY_SECONDS)


def _maybe(call: Callable[[], str]) -> str | None:
    """`call()`, or None when there is no index yet."""
    try:
        return call()
    except IndexMissing:
        return None


def _facets(answer: dict) -> Facets:
    """Facet counts in each facet's declared order, and the month timeline."""
    counts = {spec.name: ordered_counts(spec, facet_counts(answer, spec.field)) for spec in FACETS}
    return Facets(counts=counts, month=month_counts(facet_counts(answer, "date")))


def _spans(text: str, compiled: SolrQuery) -> list[tuple[int, int]]:
    """Where the query's positive terms (or, failing that, their words) occur in `text`."""
    needles = [
        (t.text, [] if t.quoted else compiled.term_words.get(t.text, [])) for t in compiled.terms
    ]
    return highlight_spans(fold(text), needles) if needles else []


def _check(cancel: threading.Event | None) -> None:
    """Stop here if a newer search has made this one pointless."""
    if cancel is not None and cancel.is_set():
        raise SearchCancelled


def _stamp(path: str) -> str:
    """size:mtime_ns, as the Whoosh manifest records it ("" if the file cannot be stat'ed)."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"
