"""Every message of the app: how screens, workers and the app talk to each other.

Three directions, each with its own kind of message:

- requests go up (a screen asks, the app acts): `SearchRequested`,
  `PageRequested`, `ArticleRequested`, `CopyPassage`, `AddToBasket`,
  `ResultsShown`. They bubble from the screen to the app; screens never call
  the app's methods.
- replies come back from the app's engine workers to the screen that asked
  (`reply_to`): `SearchDone`, `SearchFailed`, `FacetCounts`, `PageLoaded`,
  `ArticleLoaded`, and `IndexStatus` for the progress row. They do not bubble.
- the app tells the main screen what happened: `StateChanged`, `StatusNote`,
  `IndexChanged`, `QueryChosen`, `ClearFilters`, `CopyCurrent`.

Messages that a newer one makes moot implement `can_replace`: Textual then
drops a queued message when the one right behind it supersedes it (progress,
answers to an older search). Workers never touch widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.message import Message

if TYPE_CHECKING:  # the engine is imported by the startup worker, not before first paint
    from textual.message_pump import MessagePump

    from index.engine.models import ArticleView, Hit, IndexProgress, IndexSummary, SearchResult
    from search_app.tui.model import Passage, SearchRequest
    from search_app.tui.state import AppState


# -- start-up and indexing (workers → app) --------------------------------------------
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

    def can_replace(self, message: Message) -> bool:
        """A later reading of the generation makes this one moot."""
        return isinstance(message, GenerationSeen)


class IndexStatus(Message, bubble=False):
    """Progress of the background indexer, posted to the main screen's progress row."""

    def __init__(self, progress: IndexProgress) -> None:
        super().__init__()
        self.progress = progress

    def can_replace(self, message: Message) -> bool:
        """Only the newest progress is worth drawing."""
        return isinstance(message, IndexStatus)


# -- requests (screens → app) ----------------------------------------------------------
class SearchRequested(Message):
    """Run `request`; the answers go to `reply_to`. A newer request cancels an older one."""

    def __init__(self, request: SearchRequest, reply_to: MessagePump) -> None:
        super().__init__()
        self.request = request
        self.reply_to = reply_to


class PageRequested(Message):
    """Fetch more hits of the result on screen (`request.offset` onwards) for `reply_to`."""

    def __init__(self, request: SearchRequest, reply_to: MessagePump) -> None:
        super().__init__()
        self.request = request
        self.reply_to = reply_to


class ArticleRequested(Message):
    """Read the article at `path` and the highlights of `query` in it, for `reply_to`."""

    def __init__(self, path: str, query: str, reply_to: MessagePump) -> None:
        super().__init__()
        self.path = path
        self.query = query
        self.reply_to = reply_to


class ResultsShown(Message):
    """The hits of `request` were painted; `painted_at` is `time.perf_counter()` right
    after the frame that drew them was written (a hook for benchmarks)."""

    def __init__(self, request: SearchRequest, painted_at: float) -> None:
        super().__init__()
        self.request = request
        self.painted_at = painted_at


class CopyPassage(Message):
    """Copy `passage` (None: there is nothing to copy), with its citation unless `cite` is False.

    `query`: the search that found it, saved to the history (None: the last one searched).
    """

    def __init__(self, passage: Passage | None, cite: bool = True, query: str | None = None):
        super().__init__()
        self.passage = passage
        self.cite = cite
        self.query = query


class AddToBasket(Message):
    """Add `passage` to the citation basket (None: there is nothing to add)."""

    def __init__(self, passage: Passage | None) -> None:
        super().__init__()
        self.passage = passage


# -- replies (app's workers → the screen that asked) -----------------------------------
class SearchReply(Message, bubble=False):
    """An answer about one search request; an answer to a newer request makes it moot."""

    def __init__(self, request: SearchRequest) -> None:
        super().__init__()
        self.request = request

    def can_replace(self, message: Message) -> bool:
        """True when `message`, queued right behind this one, answers a newer request."""
        return isinstance(message, SearchReply) and message.request.seq > self.request.seq


class SearchDone(SearchReply, bubble=False):
    """A search finished; dropped by the screen when a newer request exists."""

    def __init__(self, request: SearchRequest, result: SearchResult) -> None:
        super().__init__(request)
        self.result = result


class SearchFailed(SearchReply, bubble=False):
    """A search raised (e.g. the index vanished); shown in the status line."""

    def __init__(self, request: SearchRequest, error: str) -> None:
        super().__init__(request)
        self.error = error


class FacetCounts(SearchReply, bubble=False):
    """Counts for one facet computed without that facet's own filter (so siblings stay visible)."""

    def __init__(
        self, request: SearchRequest, kind: str, counts: dict[str, int], total: int | None = None
    ) -> None:
        super().__init__(request)
        self.kind = kind
        self.counts = counts
        self.total = total  # hits of the search the counts come from


class PageLoaded(SearchReply, bubble=False):
    """More hits for the current request, appended when the cursor nears the end."""

    def __init__(self, request: SearchRequest, hits: list[Hit]) -> None:
        super().__init__(request)
        self.hits = hits


class ArticleLoaded(Message, bubble=False):
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


# -- the app tells its screens ---------------------------------------------------------
class StateChanged(Message, bubble=False):
    """The app moved from `old` to `new` (see state.py); never replaced, every step counts."""

    def __init__(self, old: AppState, new: AppState) -> None:
        super().__init__()
        self.old = old
        self.new = new


class StatusNote(Message, bubble=False):
    """A message for the status line (no index, how to build one, indexing started…)."""

    def __init__(self, text: str, style: str = "") -> None:
        super().__init__()
        self.text = text
        self.style = style


class IndexChanged(Message, bubble=False):
    """The index the engine serves changed: search again with the same text and filters."""


class QueryChosen(Message, bubble=False):
    """A query picked from the history: put it in the search box."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ClearFilters(Message, bubble=False):
    """Remove every filter (the palette command)."""


class CopyCurrent(Message, bubble=False):
    """ctrl+y from anywhere: the screen answers with `CopyPassage` for its current passage."""

    def __init__(self, cite: bool = True) -> None:
        super().__init__()
        self.cite = cite


@runtime_checkable
class PassageSource(Protocol):
    """A screen with a current passage; it answers `CopyCurrent` with `CopyPassage`."""

    def current_passage(self) -> Passage | None:
        """The passage under the cursor, if any."""
