"""Answer queries: hits with highlights, snippets and citations, plus facet counts.

One `SearchEngine` per index. It keeps a searcher open and reopens it when a
new generation (or a new build) is committed, caches per-searcher document
tables for facets and date ordering, and caches recent results keyed by
generation, so a repeated keystroke costs nothing.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import os
import pickle
import struct
import threading
import time
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from whoosh.query import Every

from index.build.documents import iter_stored_paragraphs, stored_paragraph
from index.build.folding import fold
from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.build.store import IndexStore
from index.build.whoosh_internals import bulk_ids, refreshed_searcher
from index.config import Config
from index.engine.errors import IndexCorrupt, IndexMissing, IndexProblem, SearchCancelled
from index.engine.facets import FACETS, MATCH_RANGE, is_facet, ordered_counts
from index.engine.models import (
    ArticleView,
    Facets,
    Hit,
    IndexStatus,
    ParagraphRef,
    SearchResult,
    article_from_stored,
)
from index.query.accel import rebuilt_notice, rebuilt_segments, segment_tables
from index.query.compile import CompiledQuery, FastPlan, QueryCompiler
from index.query.highlight import highlight_spans
from index.query.hits import hit_from_stored
from index.query.querylang import Filter, parse_query

RESULT_CACHE_SIZE = 64
TIE_MARGIN = 50  # extra top hits fetched so date can break score ties exactly
CANCEL_CHECK_EVERY = 2048  # matches between checks for a newer search
NUMPY_FACETS_FROM = 4096  # matches from which facets are counted with numpy bincounts
# … and from which they are once the numpy codes exist (`warm_up` builds them on large
# indexes): Python's Counters walk every segment's tables, so with a few segments a
# bincount is as quick from about 15 matches (at 100k, 16–22 matches: 0.06–0.07 against
# 0.07–0.10 ms), and at 1M (17 segments) 3.5x quicker for a phrase's 120 (0.10 against
# 0.35 ms).
NUMPY_FACETS_BUILT_FROM = 16
# Indexes from which queries are ranked by numpy bounds (index/query/topk.py); below,
# scoring every match is as quick and a one-shot `search` need not import numpy.
BOUNDED_FROM_DOCS = 10_000
# A ranked fast plan with at most this many matches scores them all exactly on arrays
# (topk.rank_exact), without bounds: a phrase, a rare word.
EXACT_UNDER = 4096
# Articles whose values (title, source, date, …) `_article_values` keeps per searcher.
ARTICLES_KEPT = 4096
# `read_ahead`: the commonest characters considered, and the postings read for their words
# (half the searcher's postings cache, so what the user types next still fits beside them).
READ_AHEAD_CHARS = 32
READ_AHEAD_POSTINGS = 2_000_000


@dataclass
class _DocTables:
    """What facets and date ordering need, by searcher document number.

    Each segment's tables (`SegmentTables`, index/build/tables.py) are its
    memory-mapped file, so opening costs O(segments); only the date ranks are
    copied into one array (4 bytes a paragraph, at C speed).
    """

    date_rank: array  # YYYYMMDD per document, 0 when unknown ("I")
    parts: list  # SegmentTables per segment, in document order
    starts: list[int]  # first searcher docnum of each part
    live: int = -1  # documents not deleted
    all_facets: Facets | None = None  # counts over every live document, once computed
    rank_array: object = None  # date_rank as a numpy array, for top-k selection

    def article(self, first: int) -> dict | None:
        """The stored values of the article whose first document is searcher docnum `first`,
        from its segment's tables file (None: read that document instead)."""
        i = bisect_right(self.starts, first) - 1
        return self.parts[i].article(first - self.starts[i]) if i >= 0 else None


class SearchEngine:
    """Searches one index; safe to call from worker threads."""

    # Set by `warm_up`: an engine that answers many searches (the app, the bench), so
    # structures that cost more than one search saves but pay over several are built
    # (facet signatures); a one-shot `search` counts without them.
    lasting = False

    def __init__(self, cfg: Config, index_dir: Path | None = None) -> None:
        self.cfg = cfg
        self.store = IndexStore(index_dir or cfg.index.dir)
        self.segmenter = shared_segmenter(read_user_dictionary(cfg.dictionary))
        self._tagger = None
        self._lock = threading.RLock()
        # Searches waiting for or holding the lock: `read_ahead` steps aside for them.
        self._asking = 0
        self._asked = threading.Condition()
        self._ix = None
        self._build: Path | None = None
        self._searcher = None
        self._tables: _DocTables | None = None
        self._segment_tables: dict[str, object] = {}  # segment id → its SegmentTables
        self._refs: list[ParagraphRef | None] | None = None  # by document number, for matches()
        self._cache: OrderedDict = OrderedDict()
        self._accel: tuple[object, object] | None = None  # (searcher, Accelerator or None)
        self._facet_arrays: tuple[object, object] | None = None  # (tables, FacetArrays)
        self._scoring: tuple[object, object] | None = None  # (searcher, topk.ScoreTables)
        self._articles: tuple[object, dict] | None = None  # `_article_values`
        self._compiler = QueryCompiler(self.segmenter, self.resolve_region)
        self._current_file = str(self.store.root / "CURRENT")
        # (CURRENT, build folder) as `_stat_key`s at the last full check of `_current`,
        # when both were settled; None: check in full.
        self._stamp: tuple | None = None

    # -- lifecycle -------------------------------------------------------
    def warm_up(self) -> None:
        """Load jieba, OpenCC, the region table, the searcher and its facet and date tables
        (call off the UI thread)."""
        self.lasting = True
        self.segmenter.warm_up()
        fold("预热")
        self.tagger  # noqa: B018 (builds the gazetteer)
        with contextlib.suppress(IndexMissing):
            self._current()
        # The tables are the first query's largest cost (about 0.2 s at 100k paragraphs); a
        # problem reading them is the search's to report.
        with contextlib.suppress(IndexProblem), self._lock, self._damage_guard():
            searcher = self._current()
            tables = self._doc_tables(searcher)
            if searcher.doc_count_all() >= BOUNDED_FROM_DOCS:
                self._facet_codes(tables)  # what counting facets over many hits needs

    def read_ahead(self, cancel: threading.Event | None = None) -> None:
        """Read what the costliest first keystrokes would read cold, stepping aside for every
        search (call off the UI thread, after `warm_up`; `cancel` stops it).

        A query starts with one character, and the cost of a first search for a
        character is reading its words' postings, which grows with how common it
        is (`的`: about 0.4 s at 1M paragraphs). So the words of the commonest
        characters are read, heaviest first, into the searcher's postings cache,
        within half of it (`READ_AHEAD_POSTINGS`), plus the facet counts over all
        documents that a query matching most of them starts from. One step is one
        segment of one posting list under the lock; before each, a search that
        waits for the lock goes first (`_turn`), and a list it needs that is half
        read is finished by that search, not read again.
        """
        from index.query.topk import Unsupported, read_ahead_terms

        with contextlib.suppress(IndexProblem, Unsupported):
            with self._lock, self._damage_guard():
                searcher = self._current()
                if searcher.doc_count_all() < BOUNDED_FROM_DOCS:
                    return
                acc = self._accelerator(searcher)
                if acc is None:
                    return
                st = self._score_tables(searcher)
                arrays = self._facet_codes(self._doc_tables(searcher))
                chars = acc.commonest_chars(READ_AHEAD_CHARS)
                terms = read_ahead_terms(
                    searcher,
                    [self._compiler.compile(parse_query(c), []).whoosh_query for c in chars],
                    READ_AHEAD_POSTINGS,
                )
            # The facet signatures (a few tenths of a second at 1M) are built outside the
            # lock, so a search meanwhile waits for them only if it counts over many matches.
            if not self._step_aside(cancel):
                return
            arrays.signatures()
            if not self._step_aside(cancel):
                return
            with self._lock, self._damage_guard():
                if self._current() is not searcher:
                    return
                arrays.count_all(st.live)
            for field, text in terms:
                done = False
                while not done:
                    if not self._step_aside(cancel):
                        return
                    with self._lock, self._damage_guard():
                        if self._current() is not searcher:
                            return  # a new generation: its first queries read their own
                        done = st.read_step(field, text) is not None
                        if done:
                            st.term_scores(field, text)  # and its BM25 array, as a query would

    def _step_aside(self, cancel: threading.Event | None) -> bool:
        """Wait until no search wants the lock; False if `cancel` was set meanwhile."""
        with self._asked:
            while self._asking and not (cancel is not None and cancel.is_set()):
                self._asked.wait(0.5)  # woken by `_turn`; the timeout only rechecks `cancel`
        return not (cancel is not None and cancel.is_set())

    @contextlib.contextmanager
    def _turn(self):
        """The lock, for a search: counted while it waits and runs, so `read_ahead` steps aside."""
        with self._asked:
            self._asking += 1
            self._asked.notify_all()
        try:
            with self._lock:
                yield
        finally:
            with self._asked:
                self._asking -= 1
                self._asked.notify_all()

    def close(self) -> None:
        """Close the open searcher and index."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            if self._ix is not None:
                self._ix.close()
            self._searcher = self._ix = None
            self._stamp = None

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

    @contextlib.contextmanager
    def _damage_guard(self):
        """Turn low-level read failures of a damaged index into one clear `IndexCorrupt`."""
        try:
            yield
        except (
            OSError,
            EOFError,
            ValueError,
            IndexError,
            KeyError,
            struct.error,
            zlib.error,
            pickle.UnpicklingError,
        ) as exc:
            self.close()
            raise IndexCorrupt(
                f"{self.store.root}: the index is damaged ({type(exc).__name__}: {exc}); "
                "run `search-app index --rebuild`"
            ) from exc

    def generation(self) -> str:
        """An opaque token of what the open searcher serves: build name and Whoosh generation.

        Opens (or reopens) the index, so it raises the fitting `IndexProblem`
        when there is no usable one.
        """
        searcher = self._current()
        return _token(self._build.name, searcher.reader().generation())

    def status(self) -> IndexStatus:
        """Generation token, searchable paragraphs and build folder of the open index."""
        with self._lock:
            searcher = self._current()
            return IndexStatus(
                generation=_token(self._build.name, searcher.reader().generation()),
                documents=searcher.doc_count(),
                location=str(self._build),
            )

    def clear_cache(self) -> None:
        """Forget cached results, so the next search is computed again (for benchmarks)."""
        with self._lock:
            self._cache.clear()
            self._articles = None

    def _article_values(self, searcher) -> dict:
        """First docnum → its article's values (see `stored_paragraph`), kept for the open
        searcher: the next keystroke's hits are mostly of the same articles. Cleared by
        `clear_cache`, and when it holds ARTICLES_KEPT articles."""
        kept = self._articles
        if kept is None or kept[0] is not searcher or len(kept[1]) >= ARTICLES_KEPT:
            kept = self._articles = (searcher, {})
        return kept[1]

    def _current(self):
        """The open searcher, reopened if a newer build or generation was committed."""
        with self._lock, self._damage_guard():
            stamp = self._stamp
            if stamp is not None and _stamp(self._current_file, self._build) == stamp:
                return self._searcher  # nothing committed since the last full check
            # Taken before the check: a commit after it changes what the next call sees.
            stamp = _stamp(self._current_file, self._build)
            build = self.store.current_build()
            if build is None:
                # Raises the fitting "missing" message (or CURRENT has just appeared).
                self.store.open_current()[0].close()
                build = self.store.current_build()
            if self._ix is None or build != self._build:
                self.close()
                self._ix, _meta = self.store.open_current()
                self._build = build
                self._searcher = self._ix.searcher()
                self._tables = None
                self._refs = None
            elif not self._searcher.up_to_date():
                # The unchanged segments' readers are kept (`refreshed_searcher`).
                self._searcher = refreshed_searcher(self._ix, self._searcher)
                self._tables = None
                self._refs = None
            # Only a build folder whose last change is settled (older than the file
            # system's timestamp tick, by far) is trusted to show the next one.
            settled = stamp is not None and stamp[1] == _stat_key(self._build)
            self._stamp = stamp if settled and _settled(stamp) else None
            return self._searcher

    # -- searching -------------------------------------------------------
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
        """Run a query in the query language, plus optional filters; never raises on bad syntax.

        `filters` are one value per facet by name (region=, source=, year=, …), as
        the CLI flags and facet selections give them. If `cancel` is set while the
        search runs, it stops early with `SearchCancelled`.
        """
        started = time.perf_counter()
        limit = self.cfg.search.limit if limit is None else limit
        extra, flag_notes = _flag_filters(filters)
        with self._turn(), self._damage_guard():
            searcher = self._current()
            key = (
                self._build.name,
                searcher.reader().generation(),
                text,
                tuple(extra),
                limit,
                offset,
                with_facets,
            )
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return _retimed(cached, started)
            parsed = parse_query(text)
            compiled = self._compiler.compile(parsed, extra)
            tables = self._doc_tables(searcher)
            _check(cancel)
            top = None
            approximate = False
            q = compiled.whoosh_query
            # The ranking's clock starts here: loading jieba or the tables is not its cost.
            deadline = _clock() + self.cfg.search.rank_budget_ms / 1000
            bounded = limit and searcher.doc_count_all() >= BOUNDED_FROM_DOCS
            if compiled.fast is not None and limit:
                docs = self._fast_ids(searcher, compiled.fast, as_array=bool(bounded))
                if bounded:
                    ranked = self._ranked(
                        searcher, compiled, tables, limit, offset, cancel, deadline, docs
                    )
                    if ranked is not None:
                        _docs, top, approximate = ranked
                if top is None:
                    if not isinstance(docs, list):
                        docs = docs.tolist()
                    top = self._fast_top(searcher, compiled.fast, docs, tables, limit, offset)
            elif bounded and compiled.browse and isinstance(q, Every) and not q.fieldname:
                # Browsing everything: the live documents, newest first, with numpy.
                docs = self._live_array(searcher)
                top = [(d, 0.0) for d in self._newest_array(docs, tables, limit, offset)]
            elif bounded:
                ranked = self._ranked(searcher, compiled, tables, limit, offset, cancel, deadline)
                if ranked is not None:
                    docs, top, approximate = ranked
            if top is None:
                docs, scores, approximate = self._collect(searcher, compiled, cancel, deadline)
                top = self._top(docs, scores, tables, limit, offset, compiled.browse)
            folded = self._folded(searcher, [d for d, _s in top])
            articles = self._article_values(searcher)  # read once per article
            hits = [
                self._hit(searcher, d, s, rank, compiled, folded.get(d), articles, tables)
                for rank, (d, s) in enumerate(top, start=offset + 1)
            ]
            facets = self._facets(docs, tables) if with_facets else Facets()
            rebuilt = rebuilt_notice(
                rebuilt_segments(searcher) + [t.name for t in tables.parts if t.in_memory]
            )
            result = SearchResult(
                query=text,
                total=len(docs),
                facets=facets,
                hits=hits,
                notice="; ".join([*flag_notes, *compiled.notices, *filter(None, [rebuilt])])
                or None,
                generation=_token(key[0], key[1]),
                filters=compiled.filters,
                ranking_approximate=approximate,
            )
            result.elapsed_ms = (time.perf_counter() - started) * 1000
            self._cache[key] = result
            while len(self._cache) > RESULT_CACHE_SIZE:
                self._cache.popitem(last=False)
            return result

    def _collect(
        self,
        searcher,
        compiled: CompiledQuery,
        cancel: threading.Event | None = None,
        deadline: float | None = None,
    ) -> tuple[list[int], list[float], bool]:
        """Every matching document with its score, in one pass per segment, and whether
        the deadline (a `_clock()` value) cut the scoring short: matches found
        after it are listed with score 0, so they rank after the scored ones."""
        q = compiled.whoosh_query
        docs: list[int] = []
        scores: list[float] = []
        late = False
        if compiled.browse:
            every = isinstance(q, Every) and not q.fieldname
            context = searcher.boolean_context()
            for sub, offset in searcher.leaf_searchers():
                if every:  # no matcher: a range, minus deletions (5x faster at 1M)
                    docs.extend(offset + d for d in _live_ids(sub.reader()))
                else:
                    docs.extend(offset + d for d in q.matcher(sub, context).all_ids())
            return docs, [0.0] * len(docs), False
        context = searcher.context()
        for sub, offset in searcher.leaf_searchers():
            if late:  # out of time: the rest are only listed
                ids = bulk_ids(q.matcher(sub, searcher.boolean_context()))
                docs.extend(offset + d for d in ids)
                scores.extend([0.0] * len(ids))
                _check(cancel)
                continue
            m = q.matcher(sub, context)
            append_doc, append_score = docs.append, scores.append
            countdown = CANCEL_CHECK_EVERY
            while m.is_active():
                append_doc(offset + m.id())
                append_score(m.score())
                m.next()
                countdown -= 1
                if not countdown:
                    countdown = CANCEL_CHECK_EVERY
                    if cancel is not None and cancel.is_set():
                        raise SearchCancelled
                    if deadline is not None and _clock() >= deadline:
                        late = True
                        while m.is_active():
                            append_doc(offset + m.id())
                            append_score(0.0)
                            m.next()
        return docs, scores, late

    def _ranked(
        self,
        searcher,
        compiled: CompiledQuery,
        tables: _DocTables,
        limit: int,
        offset: int,
        cancel: threading.Event | None,
        deadline: float | None,
        fast_docs: list[int] | None = None,
    ):
        """(matches, top hits, approximate) from bitmaps and numpy score bounds
        (index/query/topk.py), or None when the query has a shape that module does not
        model. A fast plan's matches are given (`fast_docs`). Past `deadline` the ranking
        stops refining and `approximate` is True (see `topk.rank_top`); past it before the
        score bounds are complete, the hits are the newest matches (`_unranked`)."""
        import numpy as np

        from index.query import topk

        def late() -> bool:
            return deadline is not None and _clock() >= deadline

        try:
            st = self._score_tables(searcher)
            texts = compiled.literal_texts
            literal = self._literal_lookup(searcher, texts)
            plan = compiled.fast
            if plan is not None:
                docs = np.asarray(fast_docs, dtype=np.int64)
                q, base = plan.score, plan.base
            else:
                q, base = compiled.whoosh_query, 0.0
                docs = topk.TreeBounds(st, literal, texts).matches(q)
            _check(cancel)
            if plan is not None and q is not None and len(docs) <= EXACT_UNDER and not late():
                # Few matches: each one's exact score from arrays costs less than bounding
                # them first (None: a part the arrays do not model).
                top = topk.rank_exact(
                    searcher, q, docs, self._rank_array(tables), offset + limit, base, st
                )
                if top is not None:
                    return docs, top.top[offset:], False
            # Scores are bounded over the matches only, so the cost follows them.
            bounds = topk.TreeBounds(st, literal, texts, universe=docs, late=late)
            tighten = None
            if q is None or compiled.browse:  # nothing scores (or ranked by date: all 0)
                lo = hi = np.full(len(docs), base if q is None else 0.0)
                fuzzy = np.zeros(len(docs), dtype=bool)
            else:
                b = bounds.eval(q)
                if plan is None and not b.must.all():
                    return None  # the bounds disagree with the matches: never guess
                if b.clean and b.lo is b.hi:  # already 0 where it does not match; exact
                    lo = hi = base + b.lo
                elif b.clean:
                    lo, hi = base + b.lo, base + b.hi
                else:
                    lo = base + np.where(b.must, b.lo, 0.0)
                    hi = base + np.where(b.may, b.hi, 0.0)
                fuzzy = b.fuzzy if b.fuzzy is b.may else b.fuzzy & b.may
                if hi is not lo and (hi > lo).any():  # a proximity phrase may match: narrow
                    # Out of time here: the bounds are complete, rank_top ranks by them.
                    with contextlib.suppress(topk.Unsupported, topk.OutOfTime):
                        tighten = topk.PhraseTightener(searcher, bounds, q, base)
            _check(cancel)
            top = topk.rank_top(
                searcher,
                q,
                docs,
                lo,
                hi,
                fuzzy,
                self._rank_array(tables),
                offset + limit,
                base,
                bounds.known,
                lambda: _check(cancel),
                late,
                tighten,
                st,
            )
        except topk.Unsupported:
            return None
        except topk.OutOfTime:
            return docs, self._unranked(docs, tables, limit, offset, base), True
        if top is None:
            return None
        return docs, top.top[offset:], top.approximate

    def _unranked(self, docs, tables: _DocTables, limit: int, offset: int, base: float):
        """The hits of a ranking out of time before its score bounds were complete: the
        newest matches (ties: index order), each with the score every match has (`base`:
        the literal tier of a fast plan, else 0). Cheap, and the same for the same index."""
        return [(d, base) for d in self._newest_array(docs, tables, limit, offset)]

    def _literal_lookup(self, searcher, texts: dict[int, str]):
        """A function: literal query → its live ids from the accelerator (None: ask Whoosh)."""
        import numpy as np

        acc = self._accelerator(searcher)
        found: dict[str, object] = {}

        def literal(q):
            text = texts.get(id(q))
            if acc is None or text is None:
                return None
            if text not in found:
                ids = acc.literal(text).to_array()
                found[text] = np.frombuffer(ids, dtype=np.uint32).astype(np.int64)
            return found[text]

        return literal

    def _bitmap_matches(self, searcher, compiled: CompiledQuery) -> list[int] | None:
        """Every match of a query from bitmaps (sorted), or None for a shape they don't model."""
        from index.query import topk

        if compiled.fast is not None:
            return self._fast_ids(searcher, compiled.fast)
        try:
            tree = topk.TreeBounds(
                self._score_tables(searcher),
                self._literal_lookup(searcher, compiled.literal_texts),
                compiled.literal_texts,
            )
            return tree.matches(compiled.whoosh_query).tolist()
        except topk.Unsupported:
            return None

    def _score_tables(self, searcher):
        """Field lengths and cached postings of the open searcher (index/query/topk.py)."""
        if self._scoring is None or self._scoring[0] is not searcher:
            from index.query.topk import ScoreTables

            self._scoring = (searcher, ScoreTables(searcher))
        return self._scoring[1]

    def _rank_array(self, tables: _DocTables):
        """The date ranks as a numpy array, once per tables."""
        if tables.rank_array is None:
            import numpy as np

            tables.rank_array = np.asarray(tables.date_rank, dtype=np.int64)
        return tables.rank_array

    def _accelerator(self, searcher):
        """The accelerator of the open searcher (segments whose file is missing: built in memory)."""
        if self._accel is None or self._accel[0] is not searcher:
            from index.query.accel import Accelerator

            self._accel = (searcher, Accelerator.open(self._build, searcher))
        return self._accel[1]

    def _live_array(self, searcher):
        """The live searcher document numbers as a numpy array."""
        import numpy as np

        return np.flatnonzero(self._score_tables(searcher).live)

    def _newest_array(self, docs, tables: _DocTables, limit: int, offset: int) -> list[int]:
        """`_newest` on a numpy array of documents: newest first, ties in index order."""
        import numpy as np

        rank = self._rank_array(tables)[docs]
        want = min(len(docs), offset + limit)
        if want == 0:
            return []
        picked = np.arange(len(docs))
        if want < len(docs):
            cut = np.partition(rank, len(rank) - want)[len(rank) - want]
            picked = np.flatnonzero(rank >= cut)
        order = picked[np.lexsort((docs[picked], -rank[picked]))]
        return docs[order[offset:want]].tolist()

    def _fast_ids(self, searcher, plan: FastPlan, as_array: bool = False):
        """Documents containing the literal and passing the filters (sorted), read block by
        block; a numpy array when `as_array` and the accelerator answers, else a list."""
        docs: list[int] = []
        context = searcher.boolean_context()
        acc = self._accelerator(searcher) if plan.texts else None
        if acc is not None:
            from pyroaring import BitMap

            found = acc.literal(plan.texts[0])
            for text in plan.texts[1:]:
                found &= acc.literal(text) if found else found
            for f in plan.filters:
                allowed = None
                if as_array:  # the bounded path, numpy loaded: the cached postings
                    from index.query.topk import filter_set

                    allowed = filter_set(self._score_tables(searcher), f)
                if allowed is None:
                    allowed = BitMap()
                    for sub, offset in searcher.leaf_searchers():
                        allowed.update(offset + d for d in bulk_ids(f.matcher(sub, context)))
                found &= allowed
            if as_array:
                import numpy as np

                return np.frombuffer(found.to_array(), dtype=np.uint32).astype(np.int64)
            return found.to_array().tolist()
        for sub, offset in searcher.leaf_searchers():
            ids = bulk_ids(plan.literal.matcher(sub, context))
            for f in plan.filters:
                allowed = set(bulk_ids(f.matcher(sub, context)))
                ids = [d for d in ids if d in allowed]
            docs.extend([offset + d for d in ids] if offset else ids)
        return docs

    def _fast_top(
        self, searcher, plan: FastPlan, docs: list[int], tables: _DocTables, limit: int, offset: int
    ):
        """Top hits for a fast plan, or None when a tie at the cut needs the full ranking."""
        if not docs:
            return []  # Whoosh reads an empty filter set as "no filter"
        want = offset + limit
        rank = tables.date_rank
        if plan.score is None:  # nothing scores: every match ties at the literal tier
            return [(d, plan.base) for d in _newest(docs, rank, limit, offset)]
        found = searcher.search(plan.score, filter=set(docs), limit=want + TIE_MARGIN)
        scored = [(d, plan.base + s) for s, d in found.top_n]
        scored.sort(key=lambda ds: (-ds[1], -rank[ds[0]], ds[0]))
        if len(scored) > want and scored[want - 1][1] == scored[-1][1]:
            return None  # equal scores may continue past what we fetched
        if len(scored) < want:
            # The rest hold the literals but score nothing: literal tier, newest first.
            have = {d for d, _ in scored}
            rest = _newest([d for d in docs if d not in have], rank, want - len(scored), 0)
            scored += [(d, plan.base) for d in rest]
        return scored[offset:want]

    def _top(
        self, docs, scores, tables: _DocTables, limit: int, offset: int, browse: bool
    ) -> list[tuple[int, float]]:
        """The best `limit` documents after `offset`: score, then newest, then document order."""
        rank = tables.date_rank
        if browse:
            return [(d, 0.0) for d in _newest(docs, rank, limit, offset)]

        def key(i):
            return (scores[i], rank[docs[i]], -docs[i])

        want = len(docs) if limit == 0 else min(len(docs), offset + limit)
        order = heapq.nlargest(want, range(len(docs)), key=key)
        return [(docs[i], scores[i]) for i in order[offset:]]

    def matches(self, text: str, cancel: threading.Event | None = None) -> list[ParagraphRef]:
        """Every paragraph the query matches, unranked (recall measurements)."""
        with self._lock, self._damage_guard():
            searcher = self._current()
            compiled = self._compiler.compile(parse_query(text), [])
            docs = None
            if searcher.doc_count_all() >= BOUNDED_FROM_DOCS and not compiled.browse:
                docs = self._bitmap_matches(searcher, compiled)  # what search() counts
            if docs is None:
                docs, _scores, _late = self._collect(searcher, compiled, cancel)
            if self._refs is None:
                refs: list[ParagraphRef | None] = [None] * searcher.doc_count_all()
                for docnum, f in iter_stored_paragraphs(searcher.reader()):
                    refs[docnum] = ParagraphRef(f.get("file", ""), f.get("paragraph", 0))
                self._refs = refs
            return [self._refs[d] for d in docs]

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """Highlight spans of `query` in any paragraph text (e.g. neighbours in the passage view)."""
        return _spans(text, self._compiler.compile(parse_query(query)))

    def _hit(
        self,
        searcher,
        docnum: int,
        score: float,
        rank: int,
        compiled: CompiledQuery,
        folded: str | None = None,
        articles: dict | None = None,
        tables: _DocTables | None = None,
    ) -> Hit:
        """Stored fields plus highlights, snippet and citation for one document (`folded`:
        its folded text, if known; `articles`: see `stored_paragraph`; `tables`: the
        searcher's, whose files hold the article values)."""
        lookup = tables.article if tables is not None else None
        f = stored_paragraph(searcher, docnum, articles, lookup)
        spans = _spans(f.get("text", ""), compiled, folded)
        return hit_from_stored(
            self.cfg, f, path=f.get("file", ""), score=score, rank=rank, spans=spans
        )

    def _folded(self, searcher, docs: list[int]) -> dict[int, str]:
        """docnum → folded text from the accelerator, if this search opened it (else {}):
        it holds `fold(text)` of every paragraph, so the hits need no OpenCC pass."""
        if self._accel is None or self._accel[0] is not searcher or not docs:
            return {}
        ordered = sorted(docs)
        return dict(zip(ordered, self._accel[1].texts(ordered), strict=True))

    # -- facets ----------------------------------------------------------
    def _doc_tables(self, searcher) -> _DocTables:
        """Per-document tables for facets and date order: each segment's stored tables, cached.

        A new generation usually adds one small segment, so only that segment's
        file is mapped; the old segments' tables are reused. A segment whose
        file is missing or unusable gets its tables built in memory.
        """
        if self._tables is not None:
            return self._tables
        parts, starts = [], []
        live = set()
        for sub, offset in sorted(searcher.leaf_searchers(), key=lambda so: so[1]):
            reader = sub.reader()
            segment = reader.segment() if hasattr(reader, "segment") else None
            if segment is None:
                continue  # an index emptied by an update has no segments at all
            segid = segment.segment_id()
            live.add(segid)
            table = segment_tables(reader, self._segment_tables.get(segid))
            self._segment_tables[segid] = table
            parts.append(table)
            starts.append(offset)
        for segid in set(self._segment_tables) - live:
            del self._segment_tables[segid]
        date_rank = array("I")
        for table in parts:
            date_rank.frombytes(table.date.cast("B"))
        self._tables = _DocTables(date_rank, parts, starts, live=searcher.doc_count())
        return self._tables

    def _facets(self, docs: list[int], t: _DocTables) -> Facets:
        """Counts of each facet's values over all matching documents."""
        if len(docs) == t.live:  # every live document (ids are unique): browsing
            if t.all_facets is None:
                t.all_facets = self._count_facets(docs, t)
            return t.all_facets
        return self._count_facets(docs, t)

    def _count_facets(self, docs: list[int], t: _DocTables) -> Facets:
        """Count facet values over `docs` (numpy bincounts for big sets)."""
        built = self._facet_arrays is not None and self._facet_arrays[0] is t
        if len(docs) >= NUMPY_FACETS_FROM or (built and len(docs) >= NUMPY_FACETS_BUILT_FROM):
            scoring = self._scoring  # its live documents, if it serves the open searcher
            live = scoring[1].live if scoring is not None and scoring[0] is self._searcher else None
            raw, months = self._facet_codes(t).counts(docs, live)
        else:
            if not isinstance(docs, list):
                docs = docs.tolist()
            raw = _small_counts(docs, t)
            # The timeline: YYYYMMDD date ranks cut to YYYYMM (0 = no date).
            months = Counter(r // 100 for r in map(t.date_rank.__getitem__, docs) if r)
        counts = {}
        for spec in FACETS:
            c = raw[spec.name]
            if not spec.multi_valued:
                c.pop(None, None)
            counts[spec.name] = ordered_counts(spec, c)
        return Facets(
            counts=counts,
            month=_timeline(months),
        )

    def _facet_codes(self, t: _DocTables):
        """The facet tables as searcher-wide numpy code arrays (`FacetArrays`), once per tables."""
        if self._facet_arrays is None or self._facet_arrays[0] is not t:
            from index.query.accel import FacetArrays

            arrays = FacetArrays(t.parts, t.starts, self._rank_array(t), self.lasting)
            self._facet_arrays = (t, arrays)
        return self._facet_arrays[1]

    # -- reading ---------------------------------------------------------
    def article(self, path: str) -> ArticleView | None:
        """All indexed paragraphs of one file, in order (None if not indexed)."""
        with self._turn(), self._damage_guard():
            searcher = self._current()
            docnums = searcher.document_numbers(file=path)
            articles: dict = {}
            rows = [stored_paragraph(searcher, d, articles) for d in docnums]
            rows.sort(key=lambda f: f.get("paragraph", 0))
        if not rows:
            return None
        return article_from_stored(path, rows)


def _timeline(months: Counter) -> dict[str, int]:
    """YYYYMM → count as "YYYY-MM" → count, oldest first (C-level passes: a common phrase
    spans hundreds of months)."""
    keys = sorted(months)
    return dict(zip(map(_month_label, keys), map(months.__getitem__, keys), strict=True))


@functools.lru_cache(maxsize=4096)
def _month_label(month: int) -> str:
    """YYYYMM → "YYYY-MM" (kept: the timeline names the same few hundred months each search)."""
    return f"{month // 100:04d}-{month % 100:02d}"


def _clock() -> float:
    """The ranking deadline's clock, in seconds (a function, so tests can drive it)."""
    return time.perf_counter()


# A file or folder unchanged for longer than this cannot change again within the same
# modification time (file systems stamp at a coarse clock tick, a few ms).
SETTLED_NS = 1_000_000_000


def _stat_key(path) -> tuple | None:
    """What changes when a file is replaced or written, or a folder gains or loses an
    entry: device, inode, size and modification time (None: it is not there)."""
    try:
        st = os.stat(path)
    except (OSError, TypeError):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _stamp(current_file: str, build: Path | None) -> tuple | None:
    """`_stat_key` of CURRENT and of the build folder (each commit adds a file to it), or
    None when either is missing."""
    a = _stat_key(current_file)
    b = _stat_key(build) if a is not None and build is not None else None
    return None if b is None else (a, b)


def _settled(stamp: tuple) -> bool:
    """Whether both parts of a `_stamp` last changed more than SETTLED_NS ago."""
    return time.time_ns() - max(stamp[0][3], stamp[1][3]) > SETTLED_NS


def _token(build: str, generation: int) -> str:
    """The opaque generation token: which build, which commit in it."""
    return f"{build}:{generation}"


def _spans(text: str, compiled: CompiledQuery, folded: str | None = None) -> list[tuple[int, int]]:
    """Where the query's positive terms (or, failing that, their words) occur in `text`
    (`folded`: `fold(text)` when the caller already has it)."""
    needles = [
        (t.text, [] if t.quoted else compiled.term_words.get(t.text, [])) for t in compiled.terms
    ]
    if not needles:
        return []
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    return highlight_spans(folded, needles)


def _check(cancel: threading.Event | None) -> None:
    """Stop here if a newer search has made this one pointless."""
    if cancel is not None and cancel.is_set():
        raise SearchCancelled


def _live_ids(reader) -> Iterable[int]:
    """A segment's document numbers that are not deleted."""
    n = reader.doc_count_all()
    if not reader.has_deletions():
        return range(n)
    dead = reader.deleted_docs_set
    return [d for d in range(n) if d not in dead]


def _newest(docs: list[int], rank: list[int], limit: int, offset: int) -> list[int]:
    """Documents newest first (ties: index order), the `limit` after `offset`; 0 = all."""
    ranks = list(map(rank.__getitem__, docs))
    want = len(docs) if limit == 0 else min(len(docs), offset + limit)
    if want == 0:
        return []
    picked = range(len(docs))
    if want < len(docs):
        # The want-th newest date, found on plain ints (C speed), bounds the candidates.
        cut = heapq.nlargest(want, ranks)[-1]
        picked = [i for i, r in enumerate(ranks) if r >= cut]
    order = sorted(picked, key=lambda i: (-ranks[i], docs[i]))
    return [docs[i] for i in order[offset:want]]


def _small_counts(docs: list[int], t: _DocTables) -> dict[str, Counter]:
    """Per facet a Counter of the values of `docs` (None counted for one-value facets), read
    from each segment's code arrays through memoryviews (no numpy: a one-shot search)."""
    raw: dict[str, Counter] = {spec.name: Counter() for spec in FACETS}
    docs = sorted(docs)
    ends = [*t.starts[1:], len(t.date_rank)][: len(t.parts)]  # no parts: an emptied index
    for part, start, end in zip(t.parts, t.starts, ends, strict=True):
        lo, hi = bisect_left(docs, start), bisect_left(docs, end)
        if lo == hi:
            continue
        local = [d - start for d in docs[lo:hi]] if start else docs[lo:hi]
        for spec in FACETS:
            codes = part.codes(spec.name)
            if spec.multi_valued:
                off = part.offsets(spec.name)
                got = Counter(chain.from_iterable(codes[off[d] : off[d + 1]] for d in local))
            else:
                got = Counter(map(codes.__getitem__, local))
            names, counter = part.names(spec.name), raw[spec.name]
            for code, n in got.items():
                counter[names[code]] += n
    return raw


def _flag_filters(filters: dict[str, str | None]) -> tuple[list[Filter], list[str]]:
    """Filters given as CLI flags or facet selections, validated like query filters, and notices."""
    unknown = [name for name in filters if not is_facet(name)]
    if unknown:
        raise TypeError(f"search() got unknown filter(s) {', '.join(unknown)}")
    out = []
    notes: list[str] = []
    for spec in FACETS:  # facet order, so equal selections share a cache key
        value = filters.get(spec.name)
        if not value:
            continue
        if spec.match == MATCH_RANGE:
            parsed = parse_query(f"{spec.name}:{value}")
            out.extend(parsed.filters())
            notes.extend(parsed.notices)
        else:
            out.append(Filter(spec.name, value))
    return out, notes


def _retimed(result: SearchResult, started: float) -> SearchResult:
    """A cached result with this call's elapsed time."""
    from dataclasses import replace

    return replace(result, elapsed_ms=(time.perf_counter() - started) * 1000)
