"""Screens talk to the app only by messages; the state enum's table; can_replace; rapid typing."""

from __future__ import annotations

import ast
import asyncio
import threading
from collections import deque
from pathlib import Path

import pytest
from textual.app import App
from textual.screen import Screen

import index.query.search
from index.query.search import SearchEngine
from search_app.tui.messages import (
    FacetCounts,
    IndexFinished,
    IndexStatus,
    PageLoaded,
    SearchDone,
    SearchFailed,
    SearchRequested,
    StateChanged,
)
from search_app.tui.model import FilterState, SearchRequest
from search_app.tui.screens.build import BuildIndexScreen
from search_app.tui.state import TRANSITIONS, AppState, Event, InvalidTransition, next_state
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.status import IndexProgressRow
from tests.tui.conftest import make_test_config, settle

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "search_app" / "tui"
SIZE = (120, 40)


# -- screens never call the app ------------------------------------------------------
def _chain(node: ast.AST) -> list[str]:
    """`self.app.basket.add` → ['self', 'app', 'basket', 'add'] (empty if not a plain chain)."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(names)]
    return []


def reaches_past_textual(source: str) -> list[str]:
    """Uses of `self.app.X` / `self.screen.X` where X is not Textual's own App/Screen API.

    What SearchApp (or a concrete screen) adds on top of Textual — its engine,
    basket, history, methods, `main` — must be reached by messages instead.
    Importing the app module is flagged too.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "search_app.tui.app":
            found.append(f"line {node.lineno}: imports search_app.tui.app")
        chain = _chain(node) if isinstance(node, ast.Attribute) else []
        if len(chain) == 3 and chain[0] == "self" and chain[1] in ("app", "screen"):
            base = App if chain[1] == "app" else Screen
            if not hasattr(base, chain[2]):
                found.append(f"line {node.lineno}: {'.'.join(chain)}")
    return sorted(set(found))


def test_screens_and_widgets_use_only_textuals_app_api():
    """No screen or widget calls the app's own methods or reaches into its objects."""
    files = sorted((UI / "screens").glob("*.py")) + sorted((UI / "widgets").glob("*.py"))
    assert len(files) >= 10
    offenders = {
        str(f.relative_to(REPO)): bad
        for f in files
        if (bad := reaches_past_textual(f.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_boundary_check_can_fail():
    """The check catches app methods, app objects and other screens' methods; allows Textual's."""
    bad = (
        "from search_app.tui.app import SearchApp\n"
        "class S:\n"
        "    def f(self):\n"
        "        self.app.copy_passage(None)\n"
        "        self.app.basket.add(x)\n"
        "        self.app.main.refresh_search()\n"
        "        self.screen.go_to_paragraph(3)\n"
    )
    assert reaches_past_textual(bad) == [
        "line 1: imports search_app.tui.app",
        "line 4: self.app.copy_passage",
        "line 5: self.app.basket",
        "line 6: self.app.main",
        "line 7: self.screen.go_to_paragraph",
    ]
    fine = (
        "class S:\n"
        "    def f(self):\n"
        "        self.app.bell()\n"
        "        self.app.push_screen(x, y)\n"
        "        self.app.notify('hi')\n"
        "        self.screen.focus_next()\n"
        "        w = self.app.size.width\n"
        "        self.post_message(m)\n"
    )
    assert reaches_past_textual(fine) == []


# -- the state table -------------------------------------------------------------------
def test_every_state_is_reachable_from_starting():
    """Walking the table from STARTING reaches every state (no dead entries)."""
    seen, todo = {AppState.STARTING}, deque([AppState.STARTING])
    while todo:
        state = todo.popleft()
        for (src, _event), dst in TRANSITIONS.items():
            if src is state and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    assert seen == set(AppState)


def test_flags_match_the_booleans_they_replace():
    """searchable == the old engine_ready and has_index; indexing == the old indexing."""
    flags = {s: (s.searchable, s.indexing) for s in AppState}
    assert flags == {
        AppState.STARTING: (False, False),
        AppState.FAILED: (False, False),
        AppState.NO_INDEX: (False, False),
        AppState.BUILDING: (False, True),
        AppState.READY: (True, False),
        AppState.UPDATING: (True, True),
    }


def test_journeys_through_the_table():
    """First run, declined build, failed build, update, engine failure: step by step."""

    def walk(*events: Event) -> list[AppState]:
        states = [AppState.STARTING]
        for event in events:
            states.append(next_state(states[-1], event))
        return states

    S, E = AppState, Event
    assert walk(E.ENGINE_NO_INDEX, E.INDEX_STARTED, E.INDEX_SEARCHABLE, E.INDEX_DONE) == [
        S.STARTING,
        S.NO_INDEX,
        S.BUILDING,
        S.UPDATING,
        S.READY,
    ]
    # a first build that failed (or a locked index) leaves no index; a new try is allowed
    assert walk(E.ENGINE_NO_INDEX, E.INDEX_STARTED, E.INDEX_FAILED, E.INDEX_STARTED)[-2:] == [
        S.NO_INDEX,
        S.BUILDING,
    ]
    # an update that fails keeps the index it had
    assert walk(E.ENGINE_OPENED, E.INDEX_STARTED, E.INDEX_FAILED) == [
        S.STARTING,
        S.READY,
        S.UPDATING,
        S.READY,
    ]
    assert walk(E.ENGINE_FAILED) == [S.STARTING, S.FAILED]


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (AppState.BUILDING, Event.INDEX_STARTED),  # one indexer at a time
        (AppState.UPDATING, Event.INDEX_STARTED),
        (AppState.STARTING, Event.INDEX_STARTED),  # no engine yet
        (AppState.FAILED, Event.INDEX_STARTED),
        (AppState.READY, Event.ENGINE_OPENED),  # the engine starts once
        (AppState.READY, Event.INDEX_SEARCHABLE),  # only a build is announced
        (AppState.NO_INDEX, Event.INDEX_DONE),  # no indexer ran
    ],
)
def test_impossible_events_are_refused(state, event):
    """Pairs the table does not list raise InvalidTransition, naming the event and state."""
    with pytest.raises(InvalidTransition, match=state.value):
        next_state(state, event)


def test_the_table_lists_each_pair_once_and_only_the_listed_pairs_work():
    """Every (state, event) outside TRANSITIONS is refused; inside it, the table's answer."""
    for state in AppState:
        for event in Event:
            if (state, event) in TRANSITIONS:
                assert next_state(state, event) is TRANSITIONS[(state, event)]
            else:
                with pytest.raises(InvalidTransition):
                    next_state(state, event)


def state_steps(seen: list):
    """A message hook recording every StateChanged as (old, new)."""

    def hook(message) -> None:
        if isinstance(message, StateChanged):
            seen.append((message.old, message.new))

    return hook


async def test_app_states_with_an_index_and_an_update(app_factory):
    """Opening an index: STARTING → READY; the start-up update: READY → UPDATING → READY."""
    steps: list = []
    done = asyncio.Event()

    def hook(message) -> None:
        state_steps(steps)(message)
        if isinstance(message, IndexFinished):
            done.set()

    app = app_factory(index_on_start=True)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await asyncio.wait_for(done.wait(), timeout=600)
        await settle(app, pilot)
        S = AppState
        assert steps == [(S.STARTING, S.READY), (S.READY, S.UPDATING), (S.UPDATING, S.READY)]
        assert app.state is S.READY and app.main.state is S.READY  # the screen follows
        assert not app.main.query_one(IndexProgressRow).display


async def test_app_states_when_the_first_build_is_declined(tmp_path):
    """No index: STARTING → NO_INDEX and it stays there when the user says no."""
    from search_app.tui.app import make_app

    app = make_app(make_test_config(tmp_path / "ix"), history_path=tmp_path / "h.json")
    steps: list = []
    async with app.run_test(size=SIZE, message_hook=state_steps(steps)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, BuildIndexScreen)
        await pilot.press("n")
        await settle(app, pilot)
        assert steps == [(AppState.STARTING, AppState.NO_INDEX)]
        assert app.main.state is AppState.NO_INDEX
        app.main.search_now()  # typing without an index asks the app for nothing
        await settle(app, pilot)
        assert app.main.latest is None


def test_replies_and_notes_stay_where_they_are_posted():
    """Replies and the app's notes to a screen do not bubble on to the app; requests do."""
    from search_app.tui import messages

    local = [
        messages.SearchDone,
        messages.SearchFailed,
        messages.FacetCounts,
        messages.PageLoaded,
        messages.ArticleLoaded,
        messages.IndexStatus,
        messages.StateChanged,
        messages.StatusNote,
        messages.IndexChanged,
        messages.QueryChosen,
        messages.ClearFilters,
        messages.CopyCurrent,
    ]
    assert [m.__name__ for m in local if m.bubble] == []
    up = [
        messages.SearchRequested,
        messages.PageRequested,
        messages.ArticleRequested,
        messages.CopyPassage,
        messages.AddToBasket,
        messages.ResultsShown,
    ]
    assert all(m.bubble for m in up)


async def test_app_states_through_a_first_build(tmp_path):
    """No index, "build now?" yes: NO_INDEX → BUILDING → UPDATING (first commit) → READY."""
    from search_app.tui.app import make_app

    app = make_app(make_test_config(tmp_path / "ix"), history_path=tmp_path / "h.json")
    steps: list = []
    done = asyncio.Event()

    def hook(message) -> None:
        state_steps(steps)(message)
        if isinstance(message, IndexFinished):
            done.set()

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        await asyncio.wait_for(done.wait(), timeout=600)
        await settle(app, pilot)
        S = AppState
        assert steps == [
            (S.STARTING, S.NO_INDEX),
            (S.NO_INDEX, S.BUILDING),
            (S.BUILDING, S.UPDATING),
            (S.UPDATING, S.READY),
        ]
        assert app.main.query_one(ResultsList).total == 190


# -- can_replace -----------------------------------------------------------------------
def _req(seq: int, text: str = "干部") -> SearchRequest:
    return SearchRequest(seq, text, FilterState(), 50)


def test_can_replace_rules():
    """Newer progress and answers to a newer request supersede; nothing else does."""
    from index.build.indexer import IndexProgress

    p1 = IndexProgress("indexing", 1, 5, 10, 0.1, None, False)
    p2 = IndexProgress("indexing", 2, 5, 20, 0.2, None, False)
    assert IndexStatus(p1).can_replace(IndexStatus(p2))
    old, new = _req(1), _req(2)
    result = object()
    assert SearchDone(old, result).can_replace(SearchDone(new, result))
    assert FacetCounts(old, "region", {}).can_replace(SearchFailed(new, "x"))
    assert PageLoaded(old, []).can_replace(SearchDone(new, result))
    # answers to the same request are all needed: its hits, then each facet's counts
    assert not SearchDone(new, result).can_replace(FacetCounts(new, "region", {}))
    assert not FacetCounts(new, "region", {}).can_replace(FacetCounts(new, "year", {}))
    # an older answer never hides a newer one, and other messages are left alone
    assert not SearchDone(new, result).can_replace(SearchDone(old, result))
    assert not SearchDone(old, result).can_replace(IndexStatus(p1))
    assert not IndexStatus(p1).can_replace(SearchDone(new, result))
    s = AppState
    assert not StateChanged(s.READY, s.UPDATING).can_replace(StateChanged(s.UPDATING, s.READY))


async def test_superseded_messages_are_dropped_from_the_queue(app_factory):
    """Queued back to back, only the newer progress and the newer search answer are handled."""
    from index.build.indexer import IndexProgress

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main
        handled: list = []
        main.message_signal.subscribe(main, handled.append, immediate=True)
        p1 = IndexProgress("indexing", 1, 5, 10, 0.1, None, True)
        p2 = IndexProgress("indexing", 2, 5, 20, 0.2, None, True)
        first, second = IndexStatus(p1), IndexStatus(p2)
        main.post_message(first)  # no await between: both are queued before either is handled
        main.post_message(second)
        await pilot.pause()
        assert second in handled and first not in handled
        assert main.query_one("#index-bar").progress == 2
        # two answers queued: the older request's is dropped unread
        engine = app.engine
        main.latest = _req(main.latest.seq + 2, "金花葵")
        stale = SearchDone(_req(main.latest.seq - 1, "沉"), engine.search("沉", limit=50))
        fresh = SearchDone(main.latest, engine.search("金花葵", limit=50))
        main.post_message(stale)
        main.post_message(fresh)
        await settle(app, pilot)
        assert fresh in handled and stale not in handled
        assert main.shown is main.latest and main.query_one(ResultsList).total == 2


# -- rapid typing ------------------------------------------------------------------------
async def test_rapid_typing_shows_only_the_last_querys_results(tui_cfg, app_factory, monkeypatch):
    """Keys typed while earlier searches are still running: only the last query is answered.

    Every typed search is held at a gate until all keys are in, so the earlier
    ones are certainly still running when they go stale (no timing involved).
    """
    monkeypatch.setattr(index.query.search, "CANCEL_CHECK_EVERY", 1)
    gate = threading.Event()
    cancels: dict[str, threading.Event] = {}

    class Gated(SearchEngine):
        def search(self, text, **kw):
            if text:  # the start-up browse passes
                cancels.setdefault(text, kw["cancel"])
                gate.wait(60)
            return super().search(text, **kw)

    engine = Gated(tui_cfg)
    engine.warm_up()
    posted: list = []
    requested: list = []
    seen: list = []

    def hook(message) -> None:
        if isinstance(message, SearchDone | SearchFailed | FacetCounts):
            posted.append(message.request.text)
        elif isinstance(message, SearchRequested) and message not in seen:
            seen.append(message)  # once: the hook sees it again as it bubbles to the app
            requested.append(message.request.text)

    app = app_factory(engine=engine)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(app, pilot)
        posted.clear()
        await pilot.press(*"金花葵")
        assert requested == ["", "金", "金花", "金花葵"]  # one search per key, none answered yet
        assert posted == []
        assert cancels["金"].is_set() and cancels["金花"].is_set()
        assert not cancels["金花葵"].is_set()
        gate.set()
        await settle(app, pilot)
        assert posted == ["金花葵"]  # the stale searches posted nothing
        main = app.main
        assert main.shown.text == "金花葵" and main.query_one(ResultsList).total == 2


# -- the UI thread never calls the engine -------------------------------------------------
class ThreadCheckingEngine:
    """Wraps the test engine and records every method called on the UI (main) thread."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self.on_ui_thread: list[str] = []
        self.calls = 0

    def __getattr__(self, name: str):
        attr = getattr(self._engine, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            self.calls += 1
            if threading.current_thread() is threading.main_thread():
                self.on_ui_thread.append(name)
            return attr(*args, **kwargs)

        return call


async def test_engine_is_called_only_from_workers(app_factory, engine):
    """Search, filters, more pages, passage view, n/p, copy and a generation check: no engine
    call runs on the UI thread (so a slow engine never freezes the screen)."""
    assert threading.current_thread() is threading.main_thread()  # the app's loop runs here
    checked = ThreadCheckingEngine(engine)
    app = app_factory(engine=checked)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "end")  # the next page of the browse
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.press(*"巫溪")
        await settle(app, pilot)
        app.main.set_filters(FilterState(region=("重庆市",)))  # + facet counts without it
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        await pilot.press("n", "p", "c", "ctrl+y")
        await settle(app, pilot)
        app.check_generation()
        await settle(app, pilot)
        assert app.main.query_one(ResultsList).total > 0
    assert checked.calls >= 8
    assert checked.on_ui_thread == []
