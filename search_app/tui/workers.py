"""The app's engine workers: every engine call the UI makes, written one way.

A screen posts a request (`SearchRequested`, `PageRequested`,
`ArticleRequested`); the app answers it with a `@work(thread=True,
exclusive=True, group=...)` job. Starting a job cancels the previous job of
its group, and `Supersede` sets that job's cancel event too, so the engine
stops early (`SearchCancelled`) instead of holding its lock for an answer
nobody will read. A job posts its reply to the screen that asked and posts
nothing once cancelled. The UI thread never calls the engine.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work

from search_app.tui.messages import (
    ArticleLoaded,
    ArticleRequested,
    FacetCounts,
    GenerationSeen,
    PageLoaded,
    PageRequested,
    ResultsShown,
    SearchDone,
    SearchFailed,
    SearchRequested,
)

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

    from index.engine import Engine
    from search_app.tui.model import SearchRequest

ARTICLE_CACHE = 32  # articles kept for quick n/p stepping in the passage view


class Supersede:
    """One cancel event per worker group: renewing a group sets the event of its previous job.

    Used on the UI thread only (the request handlers); jobs just read their event.
    """

    def __init__(self) -> None:
        self._events: dict[str, threading.Event] = {}

    def renew(self, group: str) -> threading.Event:
        """Cancel the group's running job and return the event of the one about to start."""
        self.cancel(group)
        event = self._events[group] = threading.Event()
        return event

    def cancel(self, group: str) -> None:
        """Make the group's running job stop early and post nothing."""
        old = self._events.get(group)
        if old is not None:
            old.set()


class ArticleCache:
    """The last articles read, with the query's highlights, keyed by (path, query); thread-safe."""

    def __init__(self, size: int = ARTICLE_CACHE) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], tuple] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: str, query: str) -> tuple | None:
        """(article, spans) if cached, marking it recently used."""
        with self._lock:
            item = self._items.get((path, query))
            if item is not None:
                self._items.move_to_end((path, query))
            return item

    def put(self, path: str, query: str, article, spans) -> None:
        """Keep an article (never a missing one), dropping the least recently used."""
        if article is None:
            return
        with self._lock:
            self._items[(path, query)] = (article, spans)
            self._items.move_to_end((path, query))
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (the index changed)."""
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class EngineWorkers:
    """Mixed into the App: request handlers and the thread jobs that call the engine."""

    engine: Engine  # opened by the start-up worker; only these jobs call it

    def init_workers(self) -> None:
        """Per-app state of the jobs (called from App.__init__)."""
        # Hooks for tests and benchmarks: called with the SearchRequest.
        self.on_search_started: Callable[[SearchRequest], None] | None = None
        # Called with the SearchRequest and the perf_counter() time its hits were painted.
        self.on_results_painted: Callable[[SearchRequest, float], None] | None = None
        self.supersede = Supersede()
        self.articles = ArticleCache()
        self.last_query = ""  # text of the newest search asked for (history on copy)

    # -- requests ----------------------------------------------------------------------
    def on_search_requested(self, message: SearchRequested) -> None:
        """Start a search; it supersedes the previous search and any page load."""
        self.last_query = message.request.text
        self.supersede.cancel("page")
        if self.on_search_started is not None:
            self.on_search_started(message.request)
        self.run_search(message.request, message.reply_to, self.supersede.renew("search"))

    def on_page_requested(self, message: PageRequested) -> None:
        """Fetch the next page of the result on screen."""
        self.load_page(message.request, message.reply_to, self.supersede.renew("page"))

    def on_article_requested(self, message: ArticleRequested) -> None:
        """Answer from the cache at once, else read the article in a job."""
        cancel = self.supersede.renew("article")
        cached = self.articles.get(message.path, message.query)
        if cached is not None:
            message.reply_to.post_message(ArticleLoaded(message.path, *cached, message.query))
            return
        self.read_article(message.path, message.query, message.reply_to, cancel)

    def on_results_shown(self, message: ResultsShown) -> None:
        """A result was painted: run the test/benchmark hook."""
        if self.on_results_painted is not None:
            self.on_results_painted(message.request, message.painted_at)

    # -- jobs --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(
        self, req: SearchRequest, reply_to: MessagePump, cancel: threading.Event
    ) -> None:
        """Search, then count each selected facet without its own filter; post the answers."""
        from index.engine.errors import IndexProblem, SearchCancelled

        engine = self.engine
        args = req.filters.engine_args(req.text)
        try:
            result = engine.search(**args, limit=req.limit, cancel=cancel)
        except SearchCancelled:
            return
        except IndexProblem as exc:  # no usable index (yet): say so
            if not cancel.is_set():
                reply_to.post_message(SearchFailed(req, str(exc)))
            return
        except Exception as exc:
            # An engine bug in facet counting must not hide the hits: retry without facets.
            try:
                result = engine.search(**args, limit=req.limit, with_facets=False, cancel=cancel)
            except SearchCancelled:
                return
            except Exception:
                if not cancel.is_set():
                    reply_to.post_message(SearchFailed(req, f"{type(exc).__name__}: {exc}"))
                return
            note = f"facet counts failed ({type(exc).__name__}: {exc})"
            # a copy: the engine caches result objects
            result = replace(result, notice=f"{result.notice}; {note}" if result.notice else note)
        if cancel.is_set():
            return
        reply_to.post_message(SearchDone(req, result))
        # Counts for a facet that has a selection are computed without it, so the
        # other values stay visible and can be OR-ed in.
        for kind in req.filters.active_kinds():
            if cancel.is_set():
                return
            try:
                other = engine.search(
                    **req.filters.without(kind).engine_args(req.text), limit=1, cancel=cancel
                )
            except Exception:  # SearchCancelled included: a newer search is on its way
                return
            if cancel.is_set():
                return
            reply_to.post_message(FacetCounts(req, kind, getattr(other.facets, kind), other.total))

    @work(thread=True, exclusive=True, group="page", exit_on_error=False)
    def load_page(self, req: SearchRequest, reply_to: MessagePump, cancel: threading.Event) -> None:
        """Fetch hits `req.offset` onwards of the result on screen."""
        try:
            result = self.engine.search(
                **req.filters.engine_args(req.text),
                limit=req.limit,
                offset=req.offset,
                with_facets=False,
                cancel=cancel,
            )
        except Exception:  # SearchCancelled included: a newer search replaces these hits
            return
        if not cancel.is_set():
            reply_to.post_message(PageLoaded(req, result.hits))

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def read_article(
        self, path: str, query: str, reply_to: MessagePump, cancel: threading.Event
    ) -> None:
        """The article, then the query's highlights in each of its paragraphs."""
        try:
            article = self.engine.article(path)
        except Exception:
            article = None
        spans = None
        if article is not None and query.strip():
            try:  # segments the query with jieba: never on the UI thread
                spans = {
                    p.paragraph: self.engine.highlights(p.text, query) for p in article.paragraphs
                }
            except Exception:
                spans = None  # the hits' own highlights still show
        self.articles.put(path, query, article, spans)
        if not cancel.is_set():
            reply_to.post_message(ArticleLoaded(path, article, spans, query))

    @work(thread=True, exclusive=True, group="generation", exit_on_error=False)
    def check_generation(self) -> None:
        """Ask the engine which generation it serves; opening a new one happens here, not in the UI."""
        with contextlib.suppress(Exception):  # a missing/damaged index shows up on the next search
            self.post_message(GenerationSeen(self.engine.generation()))  # type: ignore[attr-defined]
