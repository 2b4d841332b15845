"""The citation basket: list, reorder, remove, copy and export collected passages."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search_app.textsafe import clean
from search_app.tui.messages import CopyCurrent, CopyPassage
from search_app.tui.model import Passage
from search_app.tui.render import INDENT, META, TITLE, meta_line, safe, wrap_lines
from search_app.tui.widgets.footer import AppFooter

if TYPE_CHECKING:
    from search_app.tui.basket import Basket


BASKET_LINES = 3  # lines of passage text shown per item


def basket_prompt(n: int, p: Passage, width: int = 80) -> Content:
    """A basket row: number, title, source · date · 第N段, and the start of the passage.

    The passage is wrapped by the shared line breaker with a hanging indent.
    """
    width = max(width, 20)
    title = clean(p.title) if p.title else f"(无标题) {clean(p.relpath)}"
    head = Content.assemble((f"{n:>2}. ", META), (title, TITLE)).truncate(width, ellipsis=True)
    indent = Content(" " * INDENT)
    body = [indent + line for line in wrap_lines(safe(p.text), width - INDENT, BASKET_LINES)]
    meta = indent + meta_line(p.source, p.date, p.cite_paragraph)
    return Content("\n").join(
        [head, meta.truncate(width, ellipsis=True), *body, Content("")]  # blank line between
    )


class BasketScreen(Screen):
    """Passages collected with `a`, in the order they will be exported.

    It edits the basket it is given; copying and exporting are the app's.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,b", "close", "Back", id="basket.back", tooltip="Back to searching"),
        Binding(
            "shift+up,K", "move(-1)", "Move up", id="basket.move_up", tooltip="Move the passage up"
        ),
        Binding(
            "shift+down,J",
            "move(1)",
            "Move down",
            id="basket.move_down",
            tooltip="Move the passage down",
        ),
        Binding(
            "d,delete",
            "remove",
            "Remove",
            id="basket.remove",
            tooltip="Remove the passage from the basket",
        ),
        Binding(
            "c", "copy", "Copy", id="basket.copy", tooltip="Copy the passage with its citation"
        ),
        Binding(
            "y",
            "copy_text",
            "Copy text",
            show=False,
            id="basket.copy_text",
            tooltip="Copy the passage alone, without its citation",
        ),
        Binding(
            "e",
            "app.export_basket",
            "Export",
            id="basket.export",
            tooltip="Export the basket as Markdown or JSON",
        ),
    ]

    def __init__(self, basket: Basket) -> None:
        super().__init__()
        self.basket = basket

    def compose(self) -> ComposeResult:
        """A heading, the list, the footer."""
        yield Static(id="basket-title")
        yield OptionList(id="basket-list")
        yield AppFooter()

    def on_mount(self) -> None:
        """Fill the list and focus it."""
        self.refresh_list(0)
        self.query_one("#basket-list").focus()

    def refresh_list(self, highlight: int | None = None) -> None:
        """Redraw the items, keeping the cursor at `highlight`."""
        items = self.basket.items
        olist = self.query_one("#basket-list", OptionList)
        width = self._text_width()
        self._width = width
        olist.set_options(
            [
                Option(basket_prompt(n, p, width), id=str(n - 1))
                for n, p in enumerate(items, start=1)
            ]
        )
        if items:
            olist.highlighted = min(highlight or 0, len(items) - 1)
        count = f"{len(items)} passage{'s' if len(items) != 1 else ''}"
        hint = "" if items else " — press a on a hit or in the passage view to add one"
        self.query_one("#basket-title", Static).update(
            Content.assemble(("引文篮 Citation basket", TITLE), (f" · {count}{hint}", META))
        )

    def _text_width(self) -> int:
        """Cells an item is wrapped to, leaving room for a scrollbar."""
        olist = self.query_one("#basket-list", OptionList)
        width = olist.content_region.width or self.app.size.width - 2
        return max(20, width - olist.styles.scrollbar_size_vertical)

    def on_resize(self) -> None:
        """Items are wrapped by hand, so re-wrap when the width changes."""
        if self._text_width() != getattr(self, "_width", 0):
            self.refresh_list(self._index())

    def _index(self) -> int | None:
        return self.query_one("#basket-list", OptionList).highlighted

    def current_passage(self) -> Passage | None:
        """The highlighted basket item."""
        i = self._index()
        return None if i is None or i >= len(self.basket) else self.basket.items[i]

    def action_move(self, delta: int) -> None:
        """Move the highlighted passage up or down."""
        i = self._index()
        if i is not None:
            self.refresh_list(self.basket.move(i, delta))

    def action_remove(self) -> None:
        """Remove the highlighted passage."""
        i = self._index()
        if i is not None and i < len(self.basket):
            self.basket.remove(i)
            self.refresh_list(i)

    def action_copy_text(self) -> None:
        """Copy the highlighted passage alone."""
        self.post_message(CopyPassage(self.current_passage(), cite=False))

    def action_copy(self) -> None:
        """Copy the highlighted passage with its citation."""
        self.post_message(CopyPassage(self.current_passage()))

    def on_copy_current(self, message: CopyCurrent) -> None:
        """ctrl+y from anywhere: copy the highlighted passage."""
        self.post_message(CopyPassage(self.current_passage(), cite=message.cite))

    def action_close(self) -> None:
        """Back to the main screen."""
        self.dismiss()
