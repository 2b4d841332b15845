"""Pilot tests of how the app uses the engine: highlights in any paragraph,
cancellable searches, `IndexProgress.searchable`, and a missing corpus folder.
The engine's side of these calls is tested alone in tests/engine/test_engine_apis.py."""

from __future__ import annotations

import asyncio
import copy
import shutil
import threading

import index.query.search
from index.build.indexer import Indexer
from index.build.store import IndexStore
from index.engine.errors import SearchCancelled
from index.engine.whoosh_engine import WhooshEngine as SearchEngine
from search_app.tui.app import make_app
from search_app.tui.messages import (
    FacetCounts,
    IndexAvailable,
    IndexFinished,
    IndexStatus,
    SearchDone,
    SearchFailed,
)
from search_app.tui.model import FilterState, SearchRequest
from search_app.tui.screens.build import BuildIndexScreen
from search_app.tui.screens.passage import ParagraphList, PassageScreen
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.status import StatusLine
from tests.tui.conftest import CORPUS, make_test_config, settle

SIZE = (120, 40)


def highlighted_words(option) -> list[str]:
    """The text of each match-styled span of a passage-view paragraph."""
    prompt = option.prompt
    return [prompt.plain[s.start : s.end] for s in prompt.spans if "warning" in str(s.style)]


def search_replies(seen: list):
    """A message hook that records the request of every search reply dispatched."""

    def hook(message) -> None:
        if isinstance(message, SearchDone | SearchFailed | FacetCounts):
            seen.append(message.request)

    return hook


# -- highlights in every paragraph -------------------------------------------------
async def test_neighbour_paragraph_shows_highlighted_matches(app_factory):
    """Paragraphs around the hit that are not hits themselves get the query's highlights too."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"联系服务群众")
        await settle(app, pilot)
        hits = app.main.query_one(ResultsList).hits
        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen) and screen.article is not None
        assert screen.current == 2
        hit_paragraphs = {h.paragraph for h in hits if h.path == screen.hit.path}
        plist = screen.query_one(ParagraphList)
        shown = {int(o.id): o for o in plist.options}
        assert list(shown) == [1, 2, 3, 4]
        assert 1 not in hit_paragraphs and 4 not in hit_paragraphs
        # neighbours: the query's words (群众) are highlighted although they are not hits
        assert highlighted_words(shown[1]) == ["群众"]
        assert set(highlighted_words(shown[4])) == {"群众"}
        assert "联系服务群众" in highlighted_words(shown[2])  # the hit itself, as before
        assert highlighted_words(shown[3]) == []  # no match, nothing styled
        # the whole article: every paragraph with a match is highlighted
        await pilot.press("w")
        marked = {int(o.id) for o in plist.options if highlighted_words(o)}
        expected = {
            p.paragraph
            for p in screen.article.paragraphs
            if app.engine.highlights(p.text, "联系服务群众")
        }
        assert marked == expected and len(expected - hit_paragraphs) >= 2


async def test_passage_highlights_follow_the_query(app_factory):
    """The article cache keeps highlights per query: reopening with another query re-highlights."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"联系服务群众")
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        path = app.screen.hit.path
        await pilot.press("escape", "up")
        app.main.box.value = "巫溪"
        await settle(app, pilot)
        hits = app.main.query_one(ResultsList).hits
        index = next(i for i, h in enumerate(hits) if h.path == path)
        app.main.query_one(ResultsList).focus()
        app.main.query_one(ResultsList).highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen) and screen.search_text == "巫溪"
        words = {w for o in screen.query_one(ParagraphList).options for w in highlighted_words(o)}
        assert words == {"巫溪"}


# -- cancellable searches ------------------------------------------------------------
async def test_cancelled_search_posts_nothing(tui_cfg, app_factory, monkeypatch):
    """A search whose cancel event is set stops with SearchCancelled and posts no message."""
    monkeypatch.setattr(
        index.query.search, "CANCEL_CHECK_EVERY", 1
    )  # look at the event every match
    raised: list[type] = []

    class Recording(SearchEngine):
        def search(self, text, **kw):
            try:
                return super().search(text, **kw)
            except Exception as exc:
                raised.append(type(exc))
                raise

    engine = Recording(tui_cfg)  # fresh: nothing cached, so the search really runs
    seen: list = []
    app = app_factory(engine=engine)
    async with app.run_test(size=SIZE, message_hook=search_replies(seen)) as pilot:
        await settle(app, pilot)
        main = app.main
        before = (main.shown, main.query_one(ResultsList).total)
        seen.clear()
        cancel = threading.Event()
        cancel.set()
        stale = SearchRequest(main.latest.seq, "群众", FilterState(region=("湖北省",)), 50)
        worker = app.run_search(stale, main, cancel)  # the app runs every engine job
        await settle(app, pilot)
        assert worker.state.name == "SUCCESS"  # a silent no-op, not an error
        assert raised == [SearchCancelled]  # stopped inside the engine, not retried
        assert seen == []
        assert (main.shown, main.query_one(ResultsList).total) == before


async def test_newer_search_cancels_the_stale_one(tui_cfg, app_factory, monkeypatch):
    """Typing on sets the previous search's event: the stale search stops early, posts nothing."""
    monkeypatch.setattr(index.query.search, "CANCEL_CHECK_EVERY", 1)
    gate, finished = threading.Event(), threading.Event()
    events: dict[str, threading.Event] = {}
    outcome: list[str] = []

    class Gated(SearchEngine):
        def search(self, text, **kw):
            events.setdefault(text, kw.get("cancel"))
            if text != "群":
                return super().search(text, **kw)
            gate.wait(10)  # the slow, soon stale search
            try:
                result = super().search(text, **kw)
                outcome.append("finished")
                return result
            except SearchCancelled:
                outcome.append("cancelled")
                raise
            finally:
                finished.set()

    seen: list = []
    app = app_factory(engine=Gated(tui_cfg))
    async with app.run_test(size=SIZE, message_hook=search_replies(seen)) as pilot:
        await settle(app, pilot)
        await pilot.press("群")
        await pilot.pause()
        stale = app.main.latest
        assert stale.text == "群" and not events["群"].is_set()
        await pilot.press("众")  # a newer search starts
        assert events["群"].is_set()
        await settle(app, pilot)
        gate.set()
        assert await asyncio.to_thread(finished.wait, 10)
        await settle(app, pilot)
        assert outcome == ["cancelled"]
        assert all(req.seq != stale.seq for req in seen)
        assert not events["群众"].is_set()
        assert app.main.shown.text == "群众"
        assert app.main.query_one(ResultsList).total == 36


# -- IndexProgress.searchable --------------------------------------------------------
async def test_first_build_is_searchable_before_it_finishes(tmp_path, monkeypatch):
    """The first build publishes after its first commit: the app searches before indexing ends."""
    cfg = make_test_config(tmp_path / "fresh-index")
    cfg.index.commit_every = 30  # paragraphs: one commit per corpus file (30-48 paragraphs each)
    store = IndexStore(cfg.index.dir)
    searched = threading.Event()
    one_file = Indexer._one_file

    def held_one_file(self, *args, **kwargs):
        """Once published, index the next file only after the app has searched (no race)."""
        if store.current_build() is not None:
            searched.wait(10)
        return one_file(self, *args, **kwargs)

    monkeypatch.setattr(Indexer, "_one_file", held_one_file)
    order: list[str] = []
    totals: list[int] = []

    def hook(message) -> None:
        if isinstance(message, IndexStatus):
            order.append(f"{message.progress.phase}:{message.progress.searchable}")
        elif isinstance(message, IndexAvailable | IndexFinished):
            order.append(type(message).__name__)
        elif isinstance(message, SearchDone):
            order.append("SearchDone")
            totals.append(message.result.total)
            searched.set()

    finished = asyncio.Event()

    def hook_and_finish(message) -> None:
        hook(message)
        if isinstance(message, IndexFinished):
            finished.set()

    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    async with app.run_test(size=SIZE, message_hook=hook_and_finish) as pilot:
        await settle(app, pilot)
        # Opening the app writes nothing unasked (issue 11): answer "build now?" first.
        assert isinstance(app.screen, BuildIndexScreen)
        await pilot.press("y")
        await asyncio.wait_for(finished.wait(), timeout=600)
        await settle(app, pilot)
        assert order.count("IndexAvailable") == 1
        available = order.index("IndexAvailable")
        assert order[0] == "scanning:False"
        # Statuses go to the screen and the announcement to the app: two queues, so only
        # the order within each, and what causes what, is fixed.
        statuses = [o for o in order if ":" in o]
        first = next(i for i, o in enumerate(statuses) if o.endswith(":True"))
        assert statuses[first] == "indexing:True"  # the first commit's report is shown
        assert all(o.endswith(":False") for o in statuses[:first])
        assert available < order.index("SearchDone")  # the app searches once told
        assert order.index("SearchDone") < order.index("IndexFinished")  # searched while indexing
        assert totals[0] == 43  # the first file's paragraphs: the first commit
        assert order[-1] == "SearchDone" and totals[-1] == 190  # refreshed when done
        assert app.has_index and app.main.query_one(ResultsList).total == 190
        # an update of an existing index announces nothing: it was searchable throughout
        order.clear()
        app.action_update_index()
        await settle(app, pilot)
        assert "IndexAvailable" not in order and "IndexFinished" in order
        assert all(o.endswith(":True") for o in order if ":" in o and o != "scanning:False")


# -- a missing corpus folder -----------------------------------------------------------
def two_folder_index(tmp_path):
    """An index of the corpus split over folders a/ and b/, then b/ removed (unmounted)."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i, f in enumerate(sorted(CORPUS.glob("*.txt"))):
        shutil.copy(f, (a if i % 2 else b) / f.name)
    cfg = make_test_config(tmp_path / "index")
    cfg.corpus.paths = [a, b]
    Indexer(cfg).run()
    shutil.rmtree(b)
    return cfg, b


async def test_missing_corpus_folder_keeps_articles_and_says_so(tmp_path):
    """Start-up indexing runs with a folder gone: its articles stay, a toast names the folder."""
    cfg, gone = two_folder_index(tmp_path)
    finished: list = []

    def hook(message) -> None:
        if isinstance(message, IndexFinished):
            finished.append(message)

    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    async with app.run_test(size=SIZE, notifications=True, message_hook=hook) as pilot:
        await settle(app, pilot)
        assert len(finished) == 1 and finished[0].summary is not None  # the indexer ran
        assert finished[0].summary.deleted == 0
        notes = [n for n in app._notifications if n.title == "Index"]
        assert any(str(gone) in n.message and "kept" in n.message for n in notes)
        assert app.main.query_one(ResultsList).total == 190
        # a rebuild could not keep them: it is refused and the index stays as it was
        build = IndexStore(cfg.index.dir).current_build()
        app.action_rebuild_index()
        await settle(app, pilot)
        assert any(n.message.startswith("Not rebuilding") for n in app._notifications)
        assert IndexStore(cfg.index.dir).current_build() == build
        assert not app.indexing and app.main.query_one(ResultsList).total == 190


async def test_no_index_and_no_corpus_folder(tmp_path):
    """Nothing to index and no index: the status line says how to start."""
    cfg = copy.deepcopy(make_test_config(tmp_path / "none"))
    cfg.corpus.paths = [tmp_path / "nowhere"]
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        status = str(app.main.query_one(StatusLine).render())
        # the status names the command that builds an index from another folder
        assert status.startswith("no index at") and "--corpus DIR" in status
        assert not app.indexing and not (tmp_path / "none").exists()
