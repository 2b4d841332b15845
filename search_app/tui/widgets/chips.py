"""Selected filters as removable chips, plus a one-key "clear all" hint."""

from __future__ import annotations

from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static

from search_app.textsafe import clean
from search_app.tui.model import FACET_LABELS, FilterState


class ChipRemoved(Message):
    """A chip was pressed: drop that filter value."""

    def __init__(self, kind: str, value: str) -> None:
        super().__init__()
        self.kind = kind
        self.value = value


class Chip(Button):
    """One selected filter value; pressing it (Enter or click) removes the filter."""

    def __init__(self, kind: str, value: str) -> None:
        label = Content(f"{FACET_LABELS[kind]}:{clean(value)} ✕", strip_control_codes=False)
        super().__init__(label, compact=True, classes="chip", tooltip="Remove this filter")
        self.kind = kind
        self.value = value


class FilterChips(Horizontal):
    """The row of active filter chips; hidden when there are none."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = FilterState()

    def show(self, state: FilterState) -> None:
        """Replace the chips with those of `state`."""
        if state == self.state and self.children:
            return
        self.state = state
        self.remove_children()
        if state:
            self.mount_all(
                [
                    Static(Content.styled("筛选 Filters:", "$text-muted"), classes="chips-label"),
                    *(Chip(kind, value) for kind, value in state.chips()),
                    Static(Content.styled("x clears all", "$text-muted"), classes="chips-label"),
                ]
            )
        self.set_class(not state, "-empty")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn a chip press into a `ChipRemoved` for the screen."""
        event.stop()
        if isinstance(event.button, Chip):
            self.post_message(ChipRemoved(event.button.kind, event.button.value))
