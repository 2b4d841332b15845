"""The Textual app: engine start-up and background indexing, copy, basket, history, help.

`run_app(cfg)` is what `search-app` runs; `make_app(...)` builds the same app
for tests and benchmarks (test index, no clipboard tools, temp history file,
fixed timings for snapshots).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from search_app.tui.basket import Basket, default_basket_path, default_export_path
from search_app.tui.clipboard import ClipboardTool, find_tool
from search_app.tui.commands import SearchAppCommands
from search_app.tui.history import QueryHistory, default_history_path
from search_app.tui.messages import (
    ArticleLoaded,
    EngineReady,
    GenerationSeen,
    IndexAvailable,
    IndexFinished,
    IndexStatus,
)
from search_app.tui.model import Passage, SearchRequest
from search_app.tui.screens.basket import BasketScreen
from search_app.tui.screens.build import BuildIndexScreen
from search_app.tui.screens.export import ExportChoice, ExportScreen
from search_app.tui.screens.help import HelpScreen
from search_app.tui.screens.history import HistoryScreen
from search_app.tui.screens.main import MainScreen
from search_app.tui.screens.passage import PassageScreen
from search_app.tui.themes import SEARCH_DARK, SEARCH_LIGHT, THEMES

if TYPE_CHECKING:
    from index.config import Config

ARTICLE_CACHE = 32
PROGRESS_EVERY = 0.1  # seconds between progress messages from the indexer thread
GENERATION_POLL = 2.0  # seconds between checks for an index committed by another process
DARK, LIGHT = SEARCH_DARK.name, SEARCH_LIGHT.name


class SearchApp(App[int]):
    """Full-text search over a Chinese news archive, from the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "search-app"
    COMMANDS = App.COMMANDS | {SearchAppCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f1,question_mark", "help", "Help", id="app.help", tooltip="Keys and query language"
        ),
        Binding(
            "ctrl+y",
            "copy_current",
            "Copy+cite",
            priority=True,
            id="app.copy",
            tooltip="Copy the current passage with its citation, from anywhere (also the search box)",
        ),
        Binding(
            "ctrl+shift+y,f4",
            "copy_current_text",
            "Copy text",
            show=False,
            priority=True,
            id="app.copy_text",
            tooltip="Copy the current passage alone, without its citation, from anywhere",
        ),
        Binding(
            "ctrl+t",
            "toggle_theme",
            "Theme",
            show=False,
            id="app.theme",
            tooltip="Switch between light and dark themes",
        ),
    ]

    def __init__(
        self,
        cfg: Config,
        *,
        engine=None,
        clipboard_tools: bool = True,
        history_path: Path | None = None,
        debounce: float = 0.15,
        index_on_start: bool = True,
        frozen_ms: float | None = None,
        cursor_blink: bool = True,
        theme: str | None = None,
        basket_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.cfg = cfg
        self.engine = engine  # created and warmed up by the start-up worker when None
        self.engine_ready = False
        self.has_index = False
        self.no_index = False  # no index at all (not an outdated one): the first build is coming
        self.debounce = debounce
        self.index_on_start = index_on_start
        self.frozen_ms = frozen_ms  # shown instead of real timings (snapshot tests)
        self.cursor_blink = cursor_blink
        self.clipboard_tool: ClipboardTool | None = find_tool() if clipboard_tools else None
        self.history = QueryHistory(history_path)
        self.basket = Basket(basket_path)
        self._quit_warned = False
        self.indexing = False
        self._generation: str | None = None  # last one whose results are shown
        self._cancel = threading.Event()
        # (path, query) → (ArticleView, highlights by paragraph or None)
        self._articles: OrderedDict[tuple[str, str], tuple] = OrderedDict()
        # Hooks for tests and benchmarks: called with the SearchRequest.
        self.on_search_started: Callable[[SearchRequest], None] | None = None
        self.on_results_painted: Callable[[SearchRequest], None] | None = None
        for t in THEMES:
            self.register_theme(t)
        self.theme = theme or DARK

    # -- start-up ------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        """The main search screen."""
        return MainScreen(self.debounce)

    @property
    def main(self) -> MainScreen:
        """The main screen (always at the bottom of the stack)."""
        return self.screen_stack[0]  # type: ignore[return-value]

    @property
    def searchable(self) -> bool:
        """Whether searches can run: engine warmed up and an index present."""
        return self.engine_ready and self.has_index

    def on_mount(self) -> None:
        """Warm the engine up off the UI thread; the first paint does not wait for it."""
        self.start_engine()
        self.set_interval(GENERATION_POLL, self._poll_generation)
        if self.basket.load_error:
            self.notify(
                f"{self.basket.load_error}; the file is left as it is and this session's "
                "basket is not saved",
                title="Basket",
                severity="warning",
                markup=False,
            )

    def _poll_generation(self) -> None:
        """Look for a commit made by another indexer (ours reports through IndexFinished)."""
        if self.engine_ready and self.has_index and not self.indexing:
            self.check_generation()

    @work(thread=True, exclusive=True, group="generation", exit_on_error=False)
    def check_generation(self) -> None:
        """Ask the engine which generation it serves; opening a new one happens here, not in the UI."""
        with contextlib.suppress(Exception):  # a missing/damaged index shows up on the next search
            self.post_message(GenerationSeen(self.engine.generation()))

    def on_generation_seen(self, message: GenerationSeen) -> None:
        """Search again when another process committed a new generation."""
        seen, self._generation = self._generation, message.generation
        if seen is not None and seen != message.generation and not self.indexing:
            self._articles.clear()
            self.main.refresh_search()
            self.notify("The index changed; results refreshed", title="Index", timeout=3)

    @work(thread=True, group="startup", exit_on_error=False)
    def start_engine(self) -> None:
        """Open the index, then warm up jieba/OpenCC/regions, all in a thread.

        Browsing (the empty query) needs no jieba, so with an index the app is
        told it is ready before the ~1 s warm-up; a query typed meanwhile waits
        for jieba inside its worker, never on the UI thread.
        """
        try:
            from index.engine import open_engine
            from index.engine.errors import IndexMissing, IndexProblem

            engine = self.engine or open_engine(self.cfg)
            try:
                engine.generation()
            except IndexProblem as exc:  # missing (the user is asked), outdated or damaged
                with contextlib.suppress(IndexProblem):
                    engine.warm_up()  # the indexer needs jieba too
                missing = isinstance(exc, IndexMissing)
                self.post_message(EngineReady(engine, False, str(exc), no_index=missing))
                return
            self.post_message(EngineReady(engine, True))
            engine.warm_up()
        except Exception as exc:
            self.post_message(EngineReady(None, False, f"cannot start the engine: {exc}"))

    def on_engine_ready(self, message: EngineReady) -> None:
        """Search as soon as the engine is warm; index in the background (first run or updates)."""
        if message.engine is None:
            self.main.show_status(message.problem or "engine failed", "$text-error")
            return
        self.engine = message.engine
        self.engine_ready = True
        self.has_index = message.has_index
        self.no_index = message.no_index
        if self.has_index:
            self.main.engine_ready()
            if self.index_on_start:
                self.start_indexer(rebuild=False, quiet=True)
        elif self.no_index:
            # Opening the app never writes unasked: offer the first build.
            self.main.show_status(message.problem or "no index", "$text-warning")
            folders = [str(p) for p in self.cfg.corpus.paths]
            self.push_screen(
                BuildIndexScreen(str(self.cfg.index.dir), folders), self._build_answered
            )
        else:  # outdated or damaged: the message names the command that fixes it
            self.main.show_status(message.problem or "the index cannot be used", "$text-error")

    def _build_answered(self, build: bool | None) -> None:
        """The answer to "build the index now?"."""
        if build:
            self.main.show_status(
                "No index yet: indexing the corpus now; searching starts after the first batch…",
                "$text-warning",
            )
            self.start_indexer(rebuild=False, quiet=True)
        else:
            self.main.show_status(
                f"No index. Build one with `search-app index --index-dir {self.cfg.index.dir}`",
                "$text-error",
            )

    # -- indexing ------------------------------------------------------------------
    def start_indexer(self, rebuild: bool = False, quiet: bool = False) -> None:
        """Run the indexer in the background unless one is running or there is nothing to index.

        A configured corpus folder that is missing does not stop an update: the
        indexer keeps its articles and reports it in `IndexSummary.problems`.
        """
        if self.indexing:
            self.notify("The indexer is already running", timeout=3)
            return
        paths = list(self.cfg.corpus.paths)
        missing = [str(p) for p in paths if not Path(p).exists()]
        if not paths or (len(missing) == len(paths) and not self.has_index):
            text = f"corpus folder not found: {', '.join(missing) or 'none configured'}"
            if not self.has_index:
                self.main.show_status(
                    f"No index, and {text}; start with --corpus DIR", "$text-error"
                )
            elif not quiet:
                self.notify(text, severity="warning")
            return
        self.indexing = True
        self._report_unchanged = not quiet  # the user asked: say so even if nothing changed
        self._cancel.clear()
        # A rebuild cannot keep what it cannot read: guard the usable index then.
        guard = missing if self.has_index else []
        self.run_indexer(rebuild, guard, announce=self.no_index and not self.has_index)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def run_indexer(
        self, rebuild: bool, missing: list[str] | None = None, announce: bool = False
    ) -> None:
        """Index new/changed/deleted files, posting throttled progress; never raises.

        `announce`: there is no index yet, so post `IndexAvailable` as soon as the
        progress says the first build is searchable (after its first commit).
        `missing`: corpus folders that are gone while a usable index exists; an
        update keeps their articles, but a rebuild would drop them, so none is run.
        """
        from index.build.indexer import resolve_corpus
        from index.engine import open_engine
        from index.engine.errors import IndexProblem

        state = {"last": 0.0, "announce": announce}

        def progress(p) -> None:
            """Post throttled progress; announce when a first build becomes searchable."""
            now = time.monotonic()
            if p.phase != "indexing" or now - state["last"] >= PROGRESS_EVERY:
                state["last"] = now
                self.post_message(IndexStatus(p))
            if state["announce"] and p.searchable:
                state["announce"] = False
                self.post_message(IndexAvailable())

        def waiting(pid: int | None) -> None:
            """Another indexer holds the lock: say so while we wait for it."""
            who = f" (pid {pid})" if pid else ""
            self.call_from_thread(self.notify, f"Waiting for another indexer{who}…", markup=False)

        try:
            # The index keeps the corpus it records, whatever config.yaml lists.
            resolve_corpus(self.cfg)
            engine = self.engine or open_engine(self.cfg)
            if missing and (rebuild or engine.needs_rebuild()):
                folders = ", ".join(missing)
                self.post_message(
                    IndexFinished(
                        None,
                        f"Not rebuilding the index: corpus folder {folders} is missing and "
                        "its articles would be dropped. Reconnect it, or remove it from the config.",
                    )
                )
                return
            summary = engine.index(
                rebuild=rebuild, progress=progress, cancel=self._cancel, on_wait=waiting
            )
        except IndexProblem as exc:  # IndexLocked: another indexer is running
            self.post_message(IndexFinished(None, str(exc)))
            return
        except Exception as exc:
            self.post_message(IndexFinished(None, f"indexing failed: {type(exc).__name__}: {exc}"))
            return
        self.post_message(IndexFinished(summary))

    def on_index_status(self, message: IndexStatus) -> None:
        """Show indexing progress under the results."""
        self.main.show_index_progress(message.progress)

    def on_index_available(self, message: IndexAvailable) -> None:
        """The first commit of a first build: searching can start while indexing goes on."""
        if not self.has_index:
            self.has_index = True
            self.no_index = False
            self.main.engine_ready()

    def on_index_finished(self, message: IndexFinished) -> None:
        """Hide the progress row; refresh the results if the index changed."""
        self.indexing = False
        self._generation = None  # our own commits are refreshed below, not by the poll
        self.main.hide_index_progress()
        if message.problem:
            self.notify(message.problem, title="Index", severity="warning", markup=False)
            if not self.has_index:
                self.main.show_status(message.problem, "$text-error")
            return
        s = message.summary
        if s is None:
            return
        if s.problems:  # e.g. a corpus folder is missing (its articles were kept)
            self.notify(
                "\n".join(s.problems), title="Index", severity="warning", timeout=8, markup=False
            )
        if s.interrupted:
            return
        changed = s.added or s.updated or s.deleted or s.rebuilt
        self._articles.clear()
        if not self.has_index:
            self.has_index = True
            self.no_index = False
            self.main.engine_ready()
        elif changed:
            self.main.refresh_search()
        if not changed and getattr(self, "_report_unchanged", False):
            self.notify(
                f"Nothing changed: {s.articles} articles, {s.paragraphs:,} paragraphs are up to date",
                title="Index up to date",
                markup=False,
            )
        if changed:
            what = (
                "rebuilt"
                if s.rebuilt
                else (f"{s.added} new, {s.updated} changed, {s.deleted} removed files")
            )
            self.notify(
                f"{s.articles} articles, {s.paragraphs:,} paragraphs ({what})",
                title="Index updated",
                markup=False,
            )

    def action_rebuild_index(self) -> None:
        """Rebuild the index from scratch in the background (the old one stays searchable)."""
        self.start_indexer(rebuild=True)

    def action_update_index(self) -> None:
        """Index new, changed and deleted files."""
        self.start_indexer(rebuild=False)

    # -- searching hooks -----------------------------------------------------------
    def search_started(self, req: SearchRequest) -> None:
        """Called by the main screen when it issues a request."""
        if self.on_search_started is not None:
            self.on_search_started(req)

    def results_shown(self, req: SearchRequest) -> None:
        """Called when a result was put on screen; the hook runs after the repaint."""
        if self.on_results_painted is not None:
            self.call_after_refresh(self.on_results_painted, req)

    # -- passages ------------------------------------------------------------------
    def open_passage(
        self,
        hits: list,
        index: int,
        done: Callable[[int | None], None],
        query: str = "",
        total: int | None = None,
    ) -> None:
        """Open the passage view on hit `index`; `query` is highlighted in every paragraph."""
        if hits:
            self.push_screen(PassageScreen(hits, index, query, total), done)

    def load_article(self, screen: Screen, path: str, query: str = "") -> None:
        """Read an article and its highlights for `query` (cached, else in a thread).

        `screen` gets an `ArticleLoaded` message either way.
        """
        cached = self._articles.get((path, query))
        if cached is not None:
            self._articles.move_to_end((path, query))
            screen.post_message(ArticleLoaded(path, *cached, query))  # type: ignore[arg-type]
            return
        self.run_worker(
            partial(self._read_article, screen, path, query),
            thread=True,
            group="article",
            exclusive=True,
            exit_on_error=False,
        )

    def _read_article(self, screen: Screen, path: str, query: str) -> None:
        """Worker: the article, then the query's highlights in each of its paragraphs."""
        worker = get_current_worker()
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
        if not worker.is_cancelled:
            screen.post_message(ArticleLoaded(path, article, spans, query))

    def remember_article(self, message: ArticleLoaded) -> None:
        """Keep a loaded article and its highlights for quick n/p stepping (UI thread only)."""
        if message.article is not None:
            key = (message.path, message.query)
            self._articles[key] = (message.article, message.spans)
            self._articles.move_to_end(key)
            while len(self._articles) > ARTICLE_CACHE:
                self._articles.popitem(last=False)

    # -- copy and basket -----------------------------------------------------------
    def copy_passage(self, passage: Passage | None, cite: bool = True) -> None:
        """Copy a passage, with its citation unless `cite` is False: OSC 52, plus a system tool."""
        if passage is None:
            self.bell()
            self.notify("Nothing to copy yet", severity="warning", timeout=2)
            return
        text = passage.clipboard_text() if cite else passage.text
        self.copy_to_clipboard(text)
        via = "OSC 52"
        if self.clipboard_tool is not None:
            via += f" + {self.clipboard_tool.name}"
            self.run_worker(
                partial(self.clipboard_tool.copy, text),
                thread=True,
                group="clipboard",
                exit_on_error=False,
            )
        self.history.add(self.main.box.value)
        preview = passage.text if len(passage.text) <= 40 else passage.text[:39] + "…"
        what = "passage + citation" if cite else "passage only"
        body = f"{preview}\n—— {passage.reference(self.cfg.citation)}" if cite else preview
        self.notify(body, title=f"Copied {what} ({len(text)} chars, {via})", markup=False)

    def add_to_basket(self, passage: Passage | None) -> None:
        """Add a passage to the citation basket."""
        if passage is None:
            self.bell()
            return
        if self.basket.add(passage):
            self.notify(
                f"{passage.reference(self.cfg.citation)}",
                title=f"Added to basket ({len(self.basket)}) — b opens it",
                markup=False,
            )
        else:
            self.notify("Already in the basket", timeout=2)

    def _passage_screen(self):
        for screen in reversed(self.screen_stack):
            if hasattr(screen, "current_passage"):
                return screen
        return self.main

    def action_copy_current(self) -> None:
        """ctrl+y: copy the passage of the screen in front, from any widget."""
        self.copy_passage(self._passage_screen().current_passage())

    def action_copy_current_text(self) -> None:
        """ctrl+shift+y / F4: copy the passage of the screen in front alone, from any widget."""
        self.copy_passage(self._passage_screen().current_passage(), cite=False)

    def action_open_basket(self) -> None:
        """Show the citation basket."""
        if not isinstance(self.screen, BasketScreen):
            self.push_screen(BasketScreen())

    def action_export_basket(self) -> None:
        """Ask for a file and export the basket to it."""
        if not len(self.basket):
            self.notify("The basket is empty — press a on a hit to add it", severity="warning")
            return
        default = str(default_export_path())
        self.push_screen(ExportScreen(default, len(self.basket)), self._export)

    def _export(self, choice: ExportChoice | None) -> None:
        if choice is None:
            return
        try:
            path = self.basket.export(
                choice.path, self.cfg.citation, choice.fmt, overwrite=choice.overwrite
            )
        except OSError as exc:
            self.notify(
                f"Could not write {choice.path}: {exc.strerror}", severity="error", markup=False
            )
            return
        self.notify(
            f"{len(self.basket)} passages → {path.resolve()}",
            title=f"Exported {choice.fmt.capitalize()}",
            markup=False,
        )

    # -- other actions -------------------------------------------------------------
    def help_sections(self) -> list[tuple[str, list]]:
        """Binding groups shown by the help screen."""
        from search_app.tui.screens.basket import BasketScreen as _B
        from search_app.tui.screens.passage import ParagraphList
        from search_app.tui.widgets.results import ResultsList
        from search_app.tui.widgets.search_box import SearchBox

        return [
            (
                "Everywhere",
                [
                    *self.BINDINGS,
                    Binding(
                        "ctrl+p",
                        "command_palette",
                        "Commands",
                        tooltip="Command palette: rebuild index, export, theme, basket…",
                    ),
                ],
            ),
            ("Main screen", MainScreen.BINDINGS),
            ("Search box", SearchBox.BINDINGS),
            ("Results", ResultsList.BINDINGS),
            ("Passage view", [*ParagraphList.BINDINGS, *PassageScreen.BINDINGS]),
            ("Basket", _B.BINDINGS),
        ]

    def action_help(self) -> None:
        """Show keys and query syntax."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def action_toggle_theme(self) -> None:
        """Switch between light and dark."""
        self.theme = LIGHT if self.current_theme.dark else DARK

    def action_history(self) -> None:
        """Pick an earlier query."""
        entries = self.history.newest_first()
        if not entries:
            self.notify("No search history yet (Enter in the search box saves a query)", timeout=3)
            return
        self.push_screen(HistoryScreen(entries), self._history_picked)

    def _history_picked(self, query: str | None) -> None:
        if query is not None:
            box = self.main.box
            box.value = query
            box.cursor_position = len(query)
            box.focus()

    def action_clear_filters(self) -> None:
        """Remove every filter (palette command)."""
        self.main.action_clear_filters()

    async def action_quit(self) -> None:
        """Stop the background indexer, then quit; warn once if the basket could not be saved."""
        if len(self.basket) and not self.basket.save() and not self._quit_warned:
            self._quit_warned = True
            self.notify(
                f"{self.basket.save_error}\nExport it (b, then e), or press q again to quit "
                f"and lose {len(self.basket)} passage(s).",
                title="The basket could not be saved",
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        self._cancel.set()
        self.exit(0)

    def on_unmount(self) -> None:
        """Make a running indexer stop at its next file."""
        self._cancel.set()


def make_app(
    cfg: Config,
    *,
    engine=None,
    clipboard_tools: bool = False,
    history_path: Path | None = None,
    debounce: float = 0.15,
    index_on_start: bool = True,
    frozen_ms: float | None = None,
    cursor_blink: bool = True,
    theme: str | None = None,
    basket_path: Path | None = None,
) -> SearchApp:
    """Build the app; tests pass a test engine, a temp history file and no clipboard tools."""
    return SearchApp(
        cfg,
        engine=engine,
        clipboard_tools=clipboard_tools,
        history_path=history_path,
        debounce=debounce,
        index_on_start=index_on_start,
        frozen_ms=frozen_ms,
        cursor_blink=cursor_blink,
        theme=theme,
        basket_path=basket_path,
    )


def run_app(cfg: Config) -> int:
    """Run the app on `cfg` in the terminal; returns the exit status."""
    app = SearchApp(
        cfg,
        clipboard_tools=True,
        history_path=default_history_path(),
        basket_path=default_basket_path(),
    )
    result = app.run()
    return int(result or app.return_code or 0)
