"""Messages that workers post back to the UI thread.

Workers never touch widgets; they post one of these and the screen or app
decides whether it is still current (by request sequence number).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the engine is imported by the startup worker, not before first paint
    from index.build.indexer import IndexProgress, IndexSummary
    from index.engine.models import Hit, SearchResult
    from index.query.search import ArticleView
    from search_app.tui.model import SearchRequest


class EngineReady(Message):
    """The engine is warmed up (None if it could not start); `has_index`: a usable index exists.

    `no_index`: there is no index at all (rather than an outdated or damaged one).
    """

    def __init__(
        self, engine, has_index: bool, problem: str | None = None, no_index: bool = False
    ) -> None:
        super().__init__()
        self.engine = engine
        self.has_index = has_index
        self.problem = problem
        self.no_index = no_index


class SearchDone(Message):
    """A search finished; dropped by the screen when a newer request exists."""

    def __init__(self, request: SearchRequest, result: SearchResult) -> None:
        super().__init__()
        self.request = request
        self.result = result


class SearchFailed(Message):
    """A search raised (e.g. the index vanished); shown in the status line."""

    def __init__(self, request: SearchRequest, error: str) -> None:
        super().__init__()
        self.request = request
        self.error = error


class FacetCounts(Message):
    """Counts for one facet computed without that facet's own filter (so siblings stay visible)."""

    def __init__(
        self, request: SearchRequest, kind: str, counts: dict[str, int], total: int | None = None
    ) -> None:
        super().__init__()
        self.request = request
        self.kind = kind
        self.counts = counts
        self.total = total  # hits of the search the counts come from


class PageLoaded(Message):
    """More hits for the current request, appended when the cursor nears the end."""

    def __init__(self, request: SearchRequest, hits: list[Hit]) -> None:
        super().__init__()
        self.request = request
        self.hits = hits


class IndexStatus(Message):
    """Progress of the background indexer."""

    def __init__(self, progress: IndexProgress) -> None:
        super().__init__()
        self.progress = progress


class IndexAvailable(Message):
    """The first build was published (`IndexProgress.searchable` turned True): search can start."""


class IndexFinished(Message):
    """The background indexer ended: `summary` on success, `problem` otherwise."""

    def __init__(self, summary: IndexSummary | None, problem: str | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.problem = problem


class GenerationSeen(Message):
    """The index generation the engine now serves (checked now and then by a worker)."""

    def __init__(self, generation: str) -> None:
        super().__init__()
        self.generation = generation


class ArticleLoaded(Message):
    """An article was read for the passage view (None if it is no longer indexed).

    `spans`: the query's highlights in every paragraph, by paragraph number
    (None when there is no query or they could not be computed); `query` is
    the text they were computed for.
    """

    def __init__(
        self,
        path: str,
        article: ArticleView | None,
        spans: dict[int, list[tuple[int, int]]] | None = None,
        query: str = "",
    ) -> None:
        super().__init__()
        self.path = path
        self.article = article
        self.spans = spans
        self.query = query
