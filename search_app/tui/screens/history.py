"""Pick an earlier query from the persisted history."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from search_app.tui.render import safe


class HistoryScreen(ModalScreen[str | None]):
    """Type to filter earlier queries; Enter picks the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="history.cancel", tooltip="Close without picking"),
        Binding("down", "down", show=False),
        Binding("up", "up", show=False),
    ]

    def __init__(self, entries: list[str]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        """Filter box over the list."""
        with Vertical(id="history-dialog"):
            yield Input(placeholder="Filter history…", id="history-filter")
            yield OptionList(id="history-list")

    def on_mount(self) -> None:
        """Show everything, newest first."""
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, needle: str) -> None:
        olist = self.query_one(OptionList)
        olist.set_options(
            Option(safe(q), id=str(i)) for i, q in enumerate(self.entries) if needle in q
        )
        if olist.option_count:
            olist.highlighted = 0

    @on(Input.Changed, "#history-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value.strip())

    @on(Input.Submitted, "#history-filter")
    def _submit(self) -> None:
        olist = self.query_one(OptionList)
        if olist.highlighted is None:
            self.dismiss(None)
        else:
            self.dismiss(self.entries[int(olist.get_option_at_index(olist.highlighted).id)])

    @on(OptionList.OptionSelected, "#history-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id)])

    def action_down(self) -> None:
        """Move the highlight down while typing."""
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        """Move the highlight up while typing."""
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        """Close without picking."""
        self.dismiss(None)
