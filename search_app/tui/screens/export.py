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

    path: Path  # absolute
    fmt: str  # "markdown" | "json"
    overwrite: bool = False  # the user confirmed replacing an existing file


def format_for(path: str, default: str = "markdown") -> str:
    """The format a file name implies: .json → JSON, .md/.markdown/.txt → Markdown."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".md", ".markdown", ".txt"):
        return "markdown"
    return default


def resolve_target(raw: str) -> Path:
    """The absolute file a typed name means (~ expanded, relative to the current folder)."""
    return Path(raw).expanduser().resolve()


class ExportScreen(ModalScreen[ExportChoice | None]):
    """A file-name prompt; Enter exports by the name's suffix, buttons pick a format.

    The full target path is shown; an existing file is replaced only after a
    second Enter (or button press) on the same name.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Do not export")
    ]

    def __init__(self, default_path: str, count: int) -> None:
        super().__init__()
        self.default_path = default_path
        self.count = count
        self._confirm: Path | None = None  # existing file the user was warned about

    def compose(self) -> ComposeResult:
        """Prompt, input, buttons."""
        with Vertical(id="export-dialog"):
            yield Label(f"Export {self.count} passage(s) to file (.md → Markdown, .json → JSON):")
            yield Input(self.default_path, id="export-path")
            yield Label("", id="export-target")
            with Horizontal(id="export-buttons"):
                yield Button("Markdown", id="export-md", variant="primary", compact=True)
                yield Button("JSON", id="export-json", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)

    def on_mount(self) -> None:
        """Focus the file name."""
        self.query_one(Input).focus()
        self._show_target()

    @on(Input.Changed, "#export-path")
    def _show_target(self) -> None:
        """Show the full path the name resolves to, and whether it exists."""
        raw = self.query_one(Input).value.strip()
        label = self.query_one("#export-target", Label)
        if not raw:
            label.update("")
            return
        target = resolve_target(raw)
        if target.exists():
            label.update(f"→ {target}  (exists: Enter again replaces it)")
            label.add_class("-warning")
        else:
            label.update(f"→ {target}")
            label.remove_class("-warning")
        if target != self._confirm:
            self._confirm = None

    def _finish(self, fmt: str | None) -> None:
        raw = self.query_one(Input).value.strip()
        if not raw:
            self.app.bell()
            return
        target = resolve_target(raw)
        if target.is_dir():
            self.app.bell()
            self.query_one("#export-target", Label).update(
                f"→ {target} is a folder; add a file name"
            )
            return
        if target.exists() and self._confirm != target:
            self._confirm = target
            self.app.bell()
            self.query_one("#export-target", Label).update(
                f"→ {target} already exists. Press Enter again to replace it, or change the name."
            )
            return
        self.dismiss(ExportChoice(target, fmt or format_for(raw), overwrite=target.exists()))

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
