"""F1 / ? help: every key binding (from the bindings themselves) and the query language."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from search_app.linebreak import ljust_cells
from search_app.tui.render import META, TITLE

QUERY_HELP = [
    ("干部 下沉", "both words (whitespace is AND); a Chinese run prefers the literal phrase"),
    ('"第一书记"', "exact phrase"),
    ("驻村 OR 驻企", "either"),
    ("-形式主义  NOT 形式主义", "exclude"),
    ("(驻村 OR 驻企) 干部", "grouping"),
    ("region:湖北  region:湖北省/武汉市", "region and everything inside it"),
    ("source:人民日报  year:2024  year:2020..2022", "source prefix, year or range"),
    ("date:2024-01..2024-06", "date range"),
    ("(empty)", "browse everything, newest first; facets still filter"),
]


def _key(app, binding: Binding) -> str:
    return binding.key_display or ", ".join(
        app.get_key_display(Binding(k, "")) for k in binding.key.split(",")
    )


def help_content(app, sections: list[tuple[str, list]]) -> Content:
    """Bindings grouped by where they apply, then the query language."""
    lines: list[Content] = []
    for title, bindings in sections:
        lines.append(Content.styled(title, TITLE))
        for b in Binding.make_bindings(bindings):
            if not b.description or b.system:
                continue
            lines.append(
                Content.assemble(
                    ("  " + ljust_cells(_key(app, b), 16), "bold $text-accent"),
                    ljust_cells(b.description, 16),
                    (b.tooltip, META),
                )
            )
        lines.append(Content(""))
    lines.append(Content.styled("Query language", TITLE))
    col = max(cell_len(example) for example, _ in QUERY_HELP) + 2
    for example, meaning in QUERY_HELP:
        # Padded by terminal cells: a CJK character is two, so str.ljust misaligns.
        lines.append(
            Content.assemble(("  " + ljust_cells(example, col), "$text-accent"), (meaning, META))
        )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys and query syntax; any of Escape, q, ?, F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark,f1", "close", "Close", id="help.close", tooltip="Close help"
        ),
    ]

    def __init__(self, sections: list[tuple[str, list]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        """A scrollable panel of help text."""
        with VerticalScroll(id="help-panel") as panel:
            panel.border_title = "Help · search-app"
            panel.border_subtitle = "Esc closes"
            yield Static(help_content(self.app, self.sections), id="help-text")

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)
