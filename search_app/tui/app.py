"""The Textual app: engine start-up and background indexing, copy, basket, history, help.

`run_app(cfg)` is what `search-app` runs; `make_app(...)` builds the same app
for tests and benchmarks (test index, no clipboard tools, temp history file,
fixed timings for snapshots).

Screens ask by posting messages (messages.py) and the app handles them here
and in workers.py; its state is one `AppState` moved only by `_advance`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from search_app.tui.basket import Basket, default_basket_path, default_export_path
from search_app.tui.clipboard import ClipboardTool, find_tool
from search_app.tui.commands import SearchAppCommands
from search_app.tui.history import QueryHistory, default_history_path
from search_app.tui.messages import (
    AddToBasket,
    ClearFilters,
    CopyCurrent,
    CopyPassage,
    EngineReady,
    GenerationSeen,
    IndexAvailable,
    IndexChanged,
    IndexFinished,
    IndexStatus,
    PassageSource,
    QueryChosen,
    StateChanged,
    StatusNote,
)
from search_app.tui.model import Passage
from search_app.tui.screens.basket import BasketScreen
from search_app.tui.screens.build import BuildIndexScreen
from search_app.tui.screens.export import ExportChoice, ExportScreen
from search_app.tui.screens.help import HelpScreen
from search_app.tui.screens.history import HistoryScreen
from search_app.tui.screens.main import MainScreen
from search_app.tui.screens.passage import PassageScreen
from search_app.tui.state import AppState, Event, InvalidTransition, next_state
from search_app.tui.terminal import EXIT_HANGUP, HANGUP_SIGNALS, WATCH_EVERY, hung_up
from search_app.tui.themes import SEARCH_DARK, SEARCH_LIGHT, THEMES
from search_app.tui.workers import EngineWorkers

if TYPE_CHECKING:
    from index.config import Config
    from index.engine import Engine

PROGRESS_EVERY = 0.1  # seconds between progress messages from the indexer thread
GENERATION_POLL = 2.0  # seconds between checks for an index committed by another process
DARK, LIGHT = SEARCH_DARK.name, SEARCH_LIGHT.name


class SearchApp(EngineWorkers, App[int]):
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
        engine: Engine | None = None,
        clipboard_tools: bool = True,
        history_path: Path | None = None,
        debounce: float = 0.15,
        index_on_start: bool = True,
        frozen_ms: float | None = None,
        cursor_blink: bool = True,
        theme: str | None = None,
        basket_path: Path | None = None,
        watch_terminal: bool = False,
        freeze_heap: bool = True,
    ) -> None:
        super().__init__()
        self._watch_terminal = watch_terminal
        self._freeze_heap = freeze_heap
        self._tty = -1  # the watched terminal's fd, once the watch starts
        self.cfg = cfg
        self.engine = engine  # created and warmed up by the start-up worker when None
        self.state = AppState.STARTING  # moved only by _advance
        self.debounce = debounce
        self.index_on_start = index_on_start
        self.frozen_ms = frozen_ms  # shown instead of real timings (snapshot tests)
        self.cursor_blink = cursor_blink
        self.clipboard_tool: ClipboardTool | None = find_tool() if clipboard_tools else None
        self.history = QueryHistory(history_path)
        self.basket = Basket(basket_path)
        self._quit_warned = False
        self._generation: str | None = None  # last one whose results are shown
        self._cancel = threading.Event()
        self._stop_reading = threading.Event()  # stops the engine's read-ahead (on exit)
        self.init_workers()
        for t in THEMES:
            self.register_theme(t)
        self.theme = theme or DARK

    # -- state ---------------------------------------------------------------------
    def _advance(self, event: Event) -> None:
        """The one place the state moves; the main screen is told with `StateChanged`."""
        old = self.state
        try:
            new = next_state(old, event)
        except InvalidTransition as exc:  # a message that came late: keep the state, log it
            self.log.warning(str(exc))
            return
        self.state = new
        if new is not old:
            self.main.post_message(StateChanged(old, new))

    @property
    def has_index(self) -> bool:
        """Whether a usable index is searchable now."""
        return self.state.searchable

    @property
    def indexing(self) -> bool:
        """Whether the app's own indexer is running."""
        return self.state.indexing

    def _note(self, text: str, style: str = "") -> None:
        """Put `text` in the main screen's status line."""
        self.main.post_message(StatusNote(text, style))

    # -- start-up ------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        """The main search screen."""
        return MainScreen(
            self.history,
            self.cfg.citation,
            debounce=self.debounce,
            frozen_ms=self.frozen_ms,
            cursor_blink=self.cursor_blink,
        )

    @property
    def main(self) -> MainScreen:
        """The main screen (always at the bottom of the stack)."""
        return self.screen_stack[0]  # type: ignore[return-value]

    def on_mount(self) -> None:
        """Warm the engine up off the UI thread; the first paint does not wait for it."""
        self.start_engine()
        self.set_interval(GENERATION_POLL, self._poll_generation)
        if self._watch_terminal:
            self._start_terminal_watch()
        if self.basket.load_error:
            self.notify(
                f"{self.basket.load_error}; the file is left as it is and this session's "
                "basket is not saved",
                title="Basket",
                severity="warning",
                markup=False,
            )

    def _start_terminal_watch(self) -> None:
        """Quit when the terminal goes away, by signal or by a hung-up tty."""
        fd = sys.__stdin__.fileno() if sys.__stdin__ is not None else -1
        if fd < 0 or not os.isatty(fd):
            return  # nothing to watch: a pipe at EOF is not a lost terminal
        self._tty = fd
        loop = asyncio.get_running_loop()
        for sig in HANGUP_SIGNALS:
            loop.add_signal_handler(sig, self._quit_on_signal, sig)
        self.set_interval(WATCH_EVERY, self._check_terminal)

    def _check_terminal(self) -> None:
        """Once a second: has the terminal been hung up under us?"""
        if hung_up(self._tty):
            self._terminal_lost(EXIT_HANGUP)

    def _quit_on_signal(self, sig: int) -> None:
        """SIGHUP or SIGTERM: quit as `q` would, or at once if the terminal is already gone."""
        if hung_up(self._tty):
            self._terminal_lost(128 + sig)
        else:
            self._save_and_stop()
            self.exit(return_code=128 + sig)

    def _save_and_stop(self) -> None:
        """Save the basket (best effort: nobody may be left to warn) and stop the indexer."""
        if len(self.basket):
            self.basket.save()
        self._cancel.set()
        self._stop_reading.set()

    def _terminal_lost(self, code: int) -> None:
        """Save what can be saved and leave at once, without Textual's shutdown."""
        # That shutdown blocks writing to the dead terminal; the index survives an
        # abrupt exit like any kill -9 (tests/hardening/test_crash_points.py).
        self._save_and_stop()
        os._exit(code)

    def _poll_generation(self) -> None:
        """Look for a commit made by another indexer (ours reports through IndexFinished)."""
        if self.state is AppState.READY:
            self.check_generation()

    def on_generation_seen(self, message: GenerationSeen) -> None:
        """Search again when another process committed a new generation."""
        seen, self._generation = self._generation, message.generation
        if seen is not None and seen != message.generation and not self.indexing:
            self.articles.clear()
            self.main.post_message(IndexChanged())
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
            # What the costliest first keystrokes would read cold, a step at a time; a
            # search typed meanwhile goes first (the engine steps aside for it).
            engine.read_ahead(self._stop_reading)
            if self._freeze_heap:
                freeze_heap()
        except Exception as exc:
            self.post_message(EngineReady(None, False, f"cannot start the engine: {exc}"))

    def on_engine_ready(self, message: EngineReady) -> None:
        """Search as soon as the engine is warm; index in the background (first run or updates)."""
        if message.engine is None:
            self._advance(Event.ENGINE_FAILED)
            self._note(message.problem or "engine failed", "$text-error")
            return
        self.engine = message.engine
        if message.has_index:
            self._advance(Event.ENGINE_OPENED)
            if self.index_on_start:
                self.start_indexer(rebuild=False, quiet=True)
            return
        self._advance(Event.ENGINE_NO_INDEX)
        if message.no_index:
            # Opening the app never writes unasked: offer the first build.
            self._note(message.problem or "no index", "$text-warning")
            folders = [str(p) for p in self.cfg.corpus.paths]
            self.push_screen(
                BuildIndexScreen(str(self.cfg.index.dir), folders), self._build_answered
            )
        else:  # outdated or damaged: the message names the command that fixes it
            self._note(message.problem or "the index cannot be used", "$text-error")

    def _build_answered(self, build: bool | None) -> None:
        """The answer to "build the index now?"."""
        if build:
            self._note(
                "No index yet: indexing the corpus now; searching starts after the first batch…",
                "$text-warning",
            )
            self.start_indexer(rebuild=False, quiet=True)
        else:
            self._note(
                f"No index. Build one with `search-app index --index-dir {self.cfg.index.dir}`",
                "$text-error",
            )

    # -- indexing ------------------------------------------------------------------
    def start_indexer(self, rebuild: bool = False, quiet: bool = False) -> None:
        """Run the indexer in the background unless one is running or there is nothing to index.

        A configured corpus folder that is missing does not stop an update: the
        indexer keeps its articles and reports it in `IndexSummary.problems`.
        """
        if self.state.indexing:
            self.notify("The indexer is already running", timeout=3)
            return
        if self.state not in (AppState.NO_INDEX, AppState.READY):
            self.notify(f"Cannot index while the app is {self.state.value}", severity="warning")
            return
        has_index = self.state.searchable
        paths = list(self.cfg.corpus.paths)
        missing = [str(p) for p in paths if not Path(p).exists()]
        if not paths or (len(missing) == len(paths) and not has_index):
            text = f"corpus folder not found: {', '.join(missing) or 'none configured'}"
            if not has_index:
                self._note(f"No index, and {text}; start with --corpus DIR", "$text-error")
            elif not quiet:
                self.notify(text, severity="warning")
            return
        self._report_unchanged = not quiet  # the user asked: say so even if nothing changed
        self._cancel.clear()
        self._advance(Event.INDEX_STARTED)
        # A rebuild cannot keep what it cannot read: guard the usable index then.
        guard = missing if has_index else []
        self.run_indexer(rebuild, guard, announce=self.state is AppState.BUILDING)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def run_indexer(
        self, rebuild: bool, missing: list[str] | None = None, announce: bool = False
    ) -> None:
        """Index new/changed/deleted files, posting throttled progress; never raises.

        `announce`: nothing is searchable yet, so post `IndexAvailable` as soon as the
        progress says the build is searchable (after its first commit).
        `missing`: corpus folders that are gone while a usable index exists; an
        update keeps their articles, but a rebuild would drop them, so none is run.
        """
        from index.build.indexer import resolve_corpus
        from index.engine import open_engine
        from index.engine.errors import IndexProblem

        state = {"last": 0.0, "announce": announce}
        row = self.main  # progress goes straight to the screen that draws it

        def progress(p) -> None:
            """Post throttled progress; announce when a first build becomes searchable."""
            now = time.monotonic()
            announcing = state["announce"] and p.searchable
            # The report that makes a first build searchable is never throttled away.
            if announcing or p.phase != "indexing" or now - state["last"] >= PROGRESS_EVERY:
                state["last"] = now
                row.post_message(IndexStatus(p))
            if announcing:
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

    def on_index_available(self, message: IndexAvailable) -> None:
        """The first commit of a build: searching can start while indexing goes on."""
        if self.state is AppState.BUILDING:
            self._advance(Event.INDEX_SEARCHABLE)

    def on_index_finished(self, message: IndexFinished) -> None:
        """Leave the indexing state; refresh the results if the index changed."""
        self._generation = None  # our own commits are refreshed below, not by the poll
        s = message.summary
        done = s is not None and not s.interrupted
        was_searchable = self.state.searchable
        self._advance(Event.INDEX_DONE if done else Event.INDEX_FAILED)
        if message.problem:
            self.notify(message.problem, title="Index", severity="warning", markup=False)
            if not self.state.searchable:
                self._note(message.problem, "$text-error")
            return
        if s is None:
            return
        if s.problems:  # e.g. a corpus folder is missing (its articles were kept)
            self.notify(
                "\n".join(s.problems), title="Index", severity="warning", timeout=8, markup=False
            )
        if s.interrupted:
            return
        changed = s.added or s.updated or s.deleted or s.rebuilt
        self.articles.clear()
        if changed and was_searchable:  # a first build's results come with StateChanged
            self.main.post_message(IndexChanged())
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

    # -- copy and basket -----------------------------------------------------------
    def on_copy_passage(self, message: CopyPassage) -> None:
        """Copy a passage, with its citation unless `cite` is False: OSC 52, plus a system tool."""
        passage = message.passage
        if passage is None:
            self.bell()
            self.notify("Nothing to copy yet", severity="warning", timeout=2)
            return
        text = passage.clipboard_text() if message.cite else passage.text
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
        self.history.add(self.last_query if message.query is None else message.query)
        preview = passage.text if len(passage.text) <= 40 else passage.text[:39] + "…"
        what = "passage + citation" if message.cite else "passage only"
        body = f"{preview}\n—— {passage.reference(self.cfg.citation)}" if message.cite else preview
        self.notify(body, title=f"Copied {what} ({len(text)} chars, {via})", markup=False)

    def on_add_to_basket(self, message: AddToBasket) -> None:
        """Add a passage to the citation basket."""
        passage: Passage | None = message.passage
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

    def _copy_current(self, cite: bool) -> None:
        """Ask the front-most screen that has a passage to copy it (it answers with CopyPassage)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, PassageSource):
                screen.post_message(CopyCurrent(cite))
                return

    def action_copy_current(self) -> None:
        """ctrl+y: copy the passage of the screen in front, from any widget."""
        self._copy_current(cite=True)

    def action_copy_current_text(self) -> None:
        """ctrl+shift+y / F4: copy the passage of the screen in front alone, from any widget."""
        self._copy_current(cite=False)

    def action_open_basket(self) -> None:
        """Show the citation basket."""
        if not isinstance(self.screen, BasketScreen):
            self.push_screen(BasketScreen(self.basket))

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
            self.main.post_message(QueryChosen(query))

    def action_clear_filters(self) -> None:
        """Remove every filter (palette command)."""
        self.main.post_message(ClearFilters())

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
        self._stop_reading.set()
        self.exit(0)

    def on_unmount(self) -> None:
        """Make a running indexer stop at its next file, and the read-ahead at its next step."""
        self._cancel.set()
        self._stop_reading.set()


def freeze_heap() -> None:
    """Keep what is alive now (the warm engine) out of the garbage collector's full passes.

    At 1M paragraphs one full pass walks the engine's dictionaries and caches
    for 60 ms or more, and it runs whenever a frame happens to allocate past
    the threshold: the slowest keystrokes. Refcounting still frees these objects.
    """
    gc.collect()
    gc.freeze()


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
    freeze_heap: bool = False,
) -> SearchApp:
    """Build the app; tests pass a test engine, a temp history file and no clipboard tools.

    Benchmarks pass `freeze_heap=True`, as `run_app` has it (see `freeze_heap`); tests
    share one process and do not.
    """
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
        freeze_heap=freeze_heap,
    )


def run_app(cfg: Config) -> int:
    """Run the app on `cfg` in the terminal; returns the exit status."""
    app = SearchApp(
        cfg,
        clipboard_tools=True,
        history_path=default_history_path(),
        basket_path=default_basket_path(),
        watch_terminal=True,
    )
    result = app.run()
    return int(result or app.return_code or 0)
