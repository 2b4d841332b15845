"""Ask before building an index: the app never writes one unasked."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class BuildIndexScreen(ModalScreen[bool]):
    """ "No index yet: build it from these folders?" — True to build, False to leave it."""

    DEFAULT_CSS = """
    BuildIndexScreen { align: center middle; }
    #build-dialog {
        width: 72; max-width: 95%; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    #build-buttons { height: auto; margin-top: 1; }
    #build-buttons Button { margin-right: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "build", "Build", id="build.yes", tooltip="Build the index now"),
        Binding("n,escape", "skip", "Not now", id="build.no", tooltip="Do not build an index"),
    ]

    def __init__(self, index_dir: str, folders: list[str]) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.folders = folders

    def compose(self) -> ComposeResult:
        """Question, folders, buttons."""
        with Vertical(id="build-dialog"):
            yield Label(f"There is no index at {self.index_dir} yet.", markup=False)
            yield Label(
                "Build it now from " + ", ".join(self.folders) + "?",
                id="build-folders",
                markup=False,
            )
            with Horizontal(id="build-buttons"):
                yield Button("Build (y)", id="build-yes", variant="primary", compact=True)
                yield Button("Not now (n)", id="build-no", compact=True)

    def on_mount(self) -> None:
        """Focus the Build button."""
        self.query_one("#build-yes", Button).focus()

    @on(Button.Pressed, "#build-yes")
    def action_build(self) -> None:
        """Build the index."""
        self.dismiss(True)

    @on(Button.Pressed, "#build-no")
    def action_skip(self) -> None:
        """Leave the folder as it is."""
        self.dismiss(False)
