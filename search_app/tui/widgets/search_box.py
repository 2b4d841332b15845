"""The query input: search-as-you-type, history recall, Down to the first hit."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.widgets import Input

from search_app.tui.history import QueryHistory

PLACEHOLDER = '搜索 Search… 驻村第一书记  "第一书记"  干部 -形式主义  region:湖北 year:2024'


class SearchBox(Input):
    """An Input that recalls history with ctrl+up/ctrl+down and hands focus to the results."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down",
            "screen.focus_results",
            "Results",
            show=False,
            id="search.to_results",
            tooltip="Move to the first hit",
        ),
        Binding(
            "ctrl+up",
            "history_older",
            "Older query",
            show=False,
            id="search.history_older",
            tooltip="Recall the previous query from history",
        ),
        Binding(
            "ctrl+down",
            "history_newer",
            "Newer query",
            show=False,
            id="search.history_newer",
            tooltip="Recall the next query from history",
        ),
    ]

    def __init__(self, history: QueryHistory, **kwargs) -> None:
        super().__init__(placeholder=PLACEHOLDER, select_on_focus=False, **kwargs)
        self.history = history
        self.recalled: str | None = None  # the value last put here by recall

    def _watch_value(self, value: str) -> None:
        # Input sets its virtual width with `layout=True`, which lays out the whole
        # screen on every keystroke; the box's own size is fixed (width 100%,
        # height 3), so only its scroll range changes: store it without a relayout.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def _recall(self, value: str | None) -> None:
        if value is None:
            self.app.bell()
            return
        self.recalled = value
        self.value = value
        self.cursor_position = len(value)

    def action_history_older(self) -> None:
        """Show the previous query from history."""
        self._recall(self.history.older(self.value))

    def action_history_newer(self) -> None:
        """Show the next query from history (or what was typed before recalling)."""
        self._recall(self.history.newer())

    def note_edit(self, value: str) -> None:
        """Called on every change: typing ends a history recall."""
        if value != self.recalled:
            self.history.reset_cursor()
            self.recalled = None
