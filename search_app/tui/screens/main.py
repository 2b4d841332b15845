"""The main screen: search box, filter chips, facets, results, status and indexing progress."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static

from search_app.textsafe import clean
from search_app.tui.messages import (
    AddToBasket,
    ClearFilters,
    CopyCurrent,
    CopyPassage,
    FacetCounts,
    IndexChanged,
    IndexStatus,
    PageLoaded,
    PageRequested,
    QueryChosen,
    ResultsShown,
    SearchDone,
    SearchFailed,
    SearchRequested,
    StateChanged,
    StatusNote,
)
from search_app.tui.model import FACETS, FilterState, Passage, SearchRequest
from search_app.tui.render import HINT
from search_app.tui.screens.passage import PassageScreen
from search_app.tui.state import AppState
from search_app.tui.widgets.chips import ChipRemoved, FilterChips
from search_app.tui.widgets.facets import FacetsPanel, FacetToggled
from search_app.tui.widgets.footer import AppFooter
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.search_box import SearchBox
from search_app.tui.widgets.status import IndexProgressRow, StatusLine
from search_app.tui.widgets.timeline import Timeline, with_date
from search_app.wording import no_hit_suggestions

if TYPE_CHECKING:
    from index.config import CitationConfig
    from search_app.tui.history import QueryHistory

PAGE = 50  # hits per page load; more are fetched as the cursor nears the end
FIRST_PAGE_MIN = 10  # the first answer to a keystroke fills about two screens, no more
HIT_ROWS = 5  # rows one hit takes in the list: title, meta, up to three snippet lines
TINY = 72  # columns below which the facets panel is folded away


class MainScreen(Screen):
    """Search as you type, filter by facets, pick a hit.

    It asks the app for searches with `SearchRequested`/`PageRequested` and
    draws the replies; it follows the app's state through `StateChanged`.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="main.focus_search",
            tooltip="Focus the search box",
        ),
        Binding(
            "x",
            "clear_filters",
            "Clear filters",
            id="main.clear_filters",
            tooltip="Remove every region/source/year filter",
        ),
        Binding(
            "f", "focus_facets", "Facets", id="main.focus_facets", tooltip="Move to the region tree"
        ),
        Binding(
            "b", "app.open_basket", "Basket", id="main.basket", tooltip="Open the citation basket"
        ),
        Binding(
            "ctrl+r",
            "app.history",
            "History",
            id="main.history",
            tooltip="Pick an earlier query",
            show=False,
        ),
        Binding(
            "t",
            "focus_timeline",
            "Timeline",
            show=False,
            id="main.timeline",
            tooltip="Hits per month: ←/→ pick, shift extends, Enter narrows date:",
        ),
        Binding("escape", "focus_search", "Search", show=False, id="main.escape"),
        Binding("q", "app.quit", "Quit", id="main.quit", tooltip="Quit (outside the search box)"),
    ]

    def __init__(
        self,
        history: QueryHistory,
        citation: CitationConfig,
        *,
        debounce: float,
        frozen_ms: float | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.history = history
        self.citation = citation
        self.debounce = debounce
        self.frozen_ms = frozen_ms  # shown instead of real timings (snapshot tests)
        self.cursor_blink = cursor_blink
        self.state = AppState.STARTING  # the app's, as told by StateChanged
        self.filters = FilterState()
        self.latest: SearchRequest | None = None  # newest request issued
        self.shown: SearchRequest | None = None  # request whose result is on screen
        self._seq = 0
        self._timer: Timer | None = None
        self._last_change = 0.0
        self._loading_page = False
        self._waiting = True  # a search was wanted before the engine was ready
        self._focus_after = False  # move to the first hit when the result arrives (Enter)
        self._status: tuple[int, float, str, str, bool] = (0, 0.0, "", "", False)

    def compose(self) -> ComposeResult:
        """Search row on top, facets left of results, status and footer below."""
        with Vertical(id="top"):
            yield SearchBox(self.history, id="search")
            yield Static(id="hint")
            yield FilterChips(id="chips", classes="-empty")
        with Horizontal(id="body"):
            yield FacetsPanel(id="facets")
            with Vertical(id="right"):
                yield Timeline(id="timeline")
                yield ResultsList(id="results")
        yield IndexProgressRow(id="index-progress")
        yield StatusLine(id="status")
        yield AppFooter()

    def on_mount(self) -> None:
        """Start with the cursor in the search box."""
        self.query_one("#index-progress").display = False
        self.query_one("#hint").display = False
        if self.state is AppState.STARTING:  # a StateChanged may be queued already
            self.query_one(StatusLine).show_message("Loading dictionary…", "$text-muted")
        box = self.query_one(SearchBox)
        box.cursor_blink = self.cursor_blink
        box.focus()

    def on_resize(self, event) -> None:
        """A slimmer facets panel on narrow terminals; below TINY columns it folds away (f opens it)."""
        self.set_class(event.size.width < 100, "-narrow")
        self.set_class(event.size.width < TINY, "-tiny")

    def on_descendant_focus(self, event) -> None:
        """In a tiny window the facets panel closes again when focus leaves it."""
        facets = self.query_one(FacetsPanel)
        if self.has_class("-show-facets") and facets not in event.widget.ancestors_with_self:
            self.remove_class("-show-facets")

    # -- widgets -------------------------------------------------------------------
    @property
    def box(self) -> SearchBox:
        """The search box."""
        return self.query_one(SearchBox)

    @property
    def results(self) -> ResultsList:
        """The results list."""
        return self.query_one(ResultsList)

    def current_passage(self) -> Passage | None:
        """The highlighted hit (or the first) as a copyable passage."""
        hit = self.results.current()
        return None if hit is None else Passage.from_hit(hit, self.citation)

    # -- searching -----------------------------------------------------------------
    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        """Search as the user types: at once after a pause, else after `debounce` seconds."""
        self.box.note_edit(event.value)
        now = time.monotonic()
        idle = now - self._last_change >= self.debounce
        self._last_change = now
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if idle:
            self.search_now()
        else:
            self._timer = self.set_timer(self.debounce, self.search_now)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter: search at once, remember the query, go to the first hit."""
        self.history.add(event.value)
        if self.shown is not None and self.shown.text == event.value and self.results.hits:
            self.action_focus_results()
        else:
            self.search_now(focus_results=True)

    def search_now(self, focus_results: bool = False) -> None:
        """Ask the app to search for the box's text and the selected filters."""
        self._timer = None
        self._focus_after = focus_results
        if not self.state.searchable:
            self._waiting = True
            return
        self._waiting = False
        self._seq += 1
        req = SearchRequest(self._seq, self.box.value, self.filters, self._first_page())
        self.latest = req
        self._loading_page = False  # the page being loaded belongs to an older request
        self.post_message(SearchRequested(req, self))

    def _first_page(self) -> int:
        # Ranking, snippets and rendering cost grows with the hits asked for; while
        # typing, only what the screen shows is worth waiting for (the rest loads
        # when the list gets focus or the cursor nears its end).
        rows = self.results.size.height or self.size.height or 40
        return min(PAGE, max(FIRST_PAGE_MIN, 2 * -(-rows // HIT_ROWS)))

    def on_state_changed(self, message: StateChanged) -> None:
        """Follow the app's state: search once it becomes searchable, hide progress when idle."""
        self.state = message.new
        became = message.new.searchable and not message.old.searchable
        if became and (self._waiting or self.latest is None):  # the search the user waits for
            self.search_now()
        if message.old.indexing and not message.new.indexing:
            self.query_one(IndexProgressRow).display = False

    def on_index_changed(self, message: IndexChanged) -> None:
        """Search again with the same text and filters (the index changed)."""
        self.search_now()

    def _is_current(self, req: SearchRequest) -> bool:
        return self.latest is not None and req.seq == self.latest.seq

    def on_search_done(self, message: SearchDone) -> None:
        """Show a result unless a newer request was issued meanwhile."""
        req, res = message.request, message.result
        if not self._is_current(req):
            return  # stale: a newer search is on its way
        self.shown = req
        self._loading_page = False
        results = self.results
        # The facets panel is rebuilt once the hits are on the terminal, in a frame
        # of its own: the frame that shows the hits does not wait for it.
        painted = partial(self._hits_painted, req, res)
        results.show(res.hits, res.total, on_painted=painted)
        self.query_one(Timeline).show(res.facets.month)
        self.query_one(FilterChips).show(req.filters)
        hint = self.query_one("#hint", Static)
        tips = no_hit_suggestions(req.text, bool(req.filters)) if res.total == 0 else []
        if req.filters and tips:
            tips[0] = "remove filters (x clears them)"
        hint.display = bool(res.notice or tips)
        parts: list = []
        if res.notice:
            parts += [("⚠ ", HINT), (clean(res.notice), HINT)]
        if tips:
            parts += [("  " if parts else "", HINT), ("No hits: " + "; ".join(tips) + ".", HINT)]
        if parts:
            hint.update(Content.assemble(*parts))
        ms = self.frozen_ms if self.frozen_ms is not None else res.elapsed_ms
        self._status = (res.total, ms, req.filters.describe(), req.text, res.ranking_approximate)
        self._show_status()
        if self._focus_after and res.hits:
            self._focus_after = False
            self.action_focus_results()

    def _hits_painted(self, req: SearchRequest, res) -> None:
        """The frame showing `req`'s hits is on the terminal: tell the hook, then draw facets."""
        self.post_message(ResultsShown(req, time.perf_counter()))
        if not self._is_current(req):
            return
        facets = self.query_one(FacetsPanel)
        for kind in FACETS:
            if not req.filters.values(kind):  # selected facets wait for FacetCounts
                facets.show(kind, getattr(res.facets, kind), (), res.total)

    def on_facet_counts(self, message: FacetCounts) -> None:
        """Counts for a facet with a selection (computed without its own filter)."""
        if self._is_current(message.request):
            self.query_one(FacetsPanel).show(
                message.kind,
                message.counts,
                message.request.filters.values(message.kind),
                message.total,
            )

    def on_search_failed(self, message: SearchFailed) -> None:
        """Say why a search failed, in the status line; the app keeps running."""
        if self._is_current(message.request):
            if self.state is AppState.BUILDING:
                # The first build is under way: that is the state, not an error.
                self.query_one(StatusLine).show_message(
                    "Indexing the corpus; searching starts after the first batch…",
                    "$text-warning",
                )
                return
            note = " — indexing in the background" if self.state.indexing else ""
            self.query_one(StatusLine).show_message(
                f"search failed: {message.error}{note}", "$text-error"
            )

    @on(ResultsList.NeedMore)
    def _need_more(self) -> None:
        """Load the next page of the result on screen (once at a time)."""
        if self._loading_page or self.shown is None:
            return
        self._loading_page = True
        req = self.shown
        offset = len(self.results.hits)
        more = SearchRequest(req.seq, req.text, req.filters, PAGE * 2, offset)
        self.post_message(PageRequested(more, self))

    def on_page_loaded(self, message: PageLoaded) -> None:
        """Append a page if it still belongs to the result on screen."""
        self._loading_page = False
        req = message.request
        current = self.shown is not None and req.seq == self.shown.seq
        if current and req.offset == len(self.results.hits):
            self.results.extend(message.hits)
            self._show_status()

    def _show_status(self) -> None:
        total, ms, filters, text, approximate = self._status
        self.query_one(StatusLine).show_result(
            total, ms, filters, text, len(self.results.hits), approximate=approximate
        )

    # -- filters -------------------------------------------------------------------
    def set_filters(self, filters: FilterState) -> None:
        """Apply a new filter selection and search at once."""
        self.filters = filters
        self.query_one(FilterChips).show(filters)
        self.search_now()

    def on_facet_toggled(self, message: FacetToggled) -> None:
        """A facet value was picked: add or remove it."""
        self.set_filters(self.filters.toggle(message.kind, message.value))

    def on_chip_removed(self, message: ChipRemoved) -> None:
        """A chip was pressed: remove its filter."""
        self.set_filters(self.filters.toggle(message.kind, message.value))
        if not self.filters:
            self.box.focus()

    def action_clear_filters(self) -> None:
        """Remove every filter."""
        if self.filters:
            self.set_filters(FilterState())
            self.notify("Filters cleared", timeout=2)

    # -- navigation ----------------------------------------------------------------
    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.box.focus()

    def action_focus_results(self) -> None:
        """Move to the first hit (Down from the search box)."""
        results = self.results
        if results.hits:
            results.focus()
            results.highlighted = 0

    def action_focus_timeline(self) -> None:
        """Move to the timeline (if the hits have dates)."""
        timeline = self.query_one(Timeline)
        if timeline.display:
            timeline.focus()
        else:
            self.app.bell()

    @on(Timeline.Narrow)
    def _narrow_date(self, message: Timeline.Narrow) -> None:
        """Search the same query in the picked span of time."""
        box = self.box
        box.value = with_date(box.value, message.span)
        box.cursor_position = len(box.value)
        self.query_one(Timeline).focus()

    def action_focus_facets(self) -> None:
        """Move to the first facet, the region tree (opening the folded panel in a tiny window)."""
        self.add_class("-show-facets")
        self.call_after_refresh(self.query_one(f"#facet-{FACETS[0]}").focus)

    @on(ResultsList.ExitUp)
    def _exit_up(self) -> None:
        self.box.focus()

    @on(OptionList.OptionSelected, "#results")
    def _open_hit(self, event: OptionList.OptionSelected) -> None:
        """Enter on a hit opens the passage view."""
        event.stop()
        self.history.add(self.box.value)
        query = self.shown.text if self.shown is not None else self.box.value
        hits = self.results.hits
        if hits:
            passage = PassageScreen(
                hits, event.option_index, self.citation, query, self.results.total
            )
            self.app.push_screen(passage, self._passage_closed)

    def _passage_closed(self, index: int | None) -> None:
        if index is not None and index < len(self.results.hits):
            self.results.highlighted = index

    def action_copy_passage(self) -> None:
        """Copy the highlighted hit with its citation."""
        self.post_message(CopyPassage(self.current_passage(), query=self.box.value))

    def action_copy_text(self) -> None:
        """Copy the highlighted hit's passage alone."""
        self.post_message(CopyPassage(self.current_passage(), cite=False, query=self.box.value))

    def action_add_to_basket(self) -> None:
        """Add the highlighted hit to the citation basket."""
        self.post_message(AddToBasket(self.current_passage()))

    def on_copy_current(self, message: CopyCurrent) -> None:
        """ctrl+y from anywhere: copy the highlighted hit."""
        self.post_message(
            CopyPassage(self.current_passage(), cite=message.cite, query=self.box.value)
        )

    def on_query_chosen(self, message: QueryChosen) -> None:
        """A query picked from the history goes into the box (and is searched)."""
        box = self.box
        box.value = message.text
        box.cursor_position = len(message.text)
        box.focus()

    def on_clear_filters(self, message: ClearFilters) -> None:
        """The palette's "Clear filters"."""
        self.action_clear_filters()

    # -- indexing and status -------------------------------------------------------
    def on_index_status(self, message: IndexStatus) -> None:
        """Show the indexing row with the latest progress."""
        self.query_one(IndexProgressRow).show_progress(message.progress)

    def on_status_note(self, message: StatusNote) -> None:
        """Put a message in the status line (no index yet, indexing problems…)."""
        self.query_one(StatusLine).show_message(message.text, message.style)
