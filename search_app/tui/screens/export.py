"""Ask where to export the basket, and in which format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


@dataclass(frozen=True)
class ExportChoice:
    """Where and how to export."""

    path: Path
    fmt: str  # "markdown" | "json"


def format_for(path: str, default: str = "markdown") -> str:
    """The format a file name implies: .json → JSON, .md/.markdown/.txt → Markdown."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".md", ".markdown", ".txt"):
        return "markdown"
    return default


class ExportScreen(ModalScreen[ExportChoice | None]):
    """A file-name prompt; Enter exports by the name's suffix, buttons pick a format."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Do not export")
    ]

    def __init__(self, default_path: str, count: int) -> None:
        super().__init__()
        self.default_path = default_path
        self.count = count

    def compose(self) -> ComposeResult:
        """Prompt, input, buttons."""
        with Vertical(id="export-dialog"):
            yield Label(f"Export {self.count} passage(s) to file (.md → Markdown, .json → JSON):")
            yield Input(self.default_path, id="export-path")
            with Horizontal(id="export-buttons"):
                yield Button("Markdown", id="export-md", variant="primary", compact=True)
                yield Button("JSON", id="export-json", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)

    def on_mount(self) -> None:
        """Focus the file name."""
        self.query_one(Input).focus()

    def _finish(self, fmt: str | None) -> None:
        raw = self.query_one(Input).value.strip()
        if not raw:
            self.app.bell()
            return
        self.dismiss(ExportChoice(Path(raw).expanduser(), fmt or format_for(raw)))

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self._finish(None)

    @on(Button.Pressed, "#export-md")
    def _md(self) -> None:
        self._finish("markdown")

    @on(Button.Pressed, "#export-json")
    def _json(self) -> None:
        self._finish("json")

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
