"""The ranked hit list: a virtualized OptionList whose prompts are rendered hits."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.css.styles import RenderStyles
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from search_app.tui.render import hit_prompt

MORE_MARGIN = 5  # ask for the next page when the cursor is this close to the end


class ResultsList(OptionList):
    """Hits of the current search; Up on the first hit hands focus back to the search box."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select",
            "Open",
            id="results.open",
            tooltip="Read this paragraph in its article",
        ),
        Binding(
            "c",
            "screen.copy_passage",
            "Copy",
            id="results.copy",
            tooltip="Copy the passage with its citation",
        ),
        Binding(
            "y",
            "screen.copy_text",
            "Copy text",
            show=False,
            id="results.copy_text",
            tooltip="Copy the passage alone, without its citation",
        ),
        Binding(
            "a",
            "screen.add_to_basket",
            "Add",
            id="results.add",
            tooltip="Add the passage to the citation basket",
        ),
    ]

    # Widget's virtual size lays out the whole screen when it changes, which repaints
    # every widget; this list's own size comes from the stylesheet (1fr), so a new
    # result's line count only needs a repaint of the list and its scroll bar.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0))

    class ExitUp(Message):
        """Up was pressed on the first hit."""

    class NeedMore(Message):
        """The cursor is near the end of the loaded hits and more exist."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list = []
        self.total = 0
        self._width = 0
        self._on_painted: Callable[[], object] | None = None
        self._component_cache: dict[tuple, RenderStyles] = {}

    def _prompt_width(self) -> int:
        # Always leave room for the scrollbar: whether it shows depends on the
        # previous content, and prompts are wrapped by hand for this width.
        width = self.content_region.width or self.size.width or 80
        pad = self.get_component_styles("option-list--option").padding
        return max(20, width - self.styles.scrollbar_size_vertical - pad.width)

    def _hit_options(self, hits) -> list[Option]:
        width = self._prompt_width()
        return [Option(hit_prompt(h, width), id=str(i)) for i, h in enumerate(hits, len(self.hits))]

    def show(self, hits: list, total: int, on_painted: Callable[[], object] | None = None) -> None:
        """Replace the list with a new result, cursor on the first hit if the list has focus.

        `on_painted` is called once the frame that draws these hits is on the terminal.
        """
        self._on_painted = on_painted
        if on_painted is not None and not self.window_region.area:
            self._on_painted = None  # not drawn at all (no room yet): nothing to wait for
            self.call_later(on_painted)
        self.hits = []
        self.total = total
        options = self._hit_options(hits)
        self.hits = list(hits)
        self.set_options(options)
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.hits and self.has_focus:
            self.highlighted = 0
        self._width = self._prompt_width()

    def get_component_styles(self, *names: str) -> RenderStyles:
        """Component styles, kept until the stylesheet changes them.

        OptionList asks for them on every drawn line, and Textual builds three
        style objects per call: a third of drawing a page of hits.
        """
        key = (names, self._pseudo_classes_cache_key)
        styles = self._component_cache.get(key)
        if styles is None:
            styles = self._component_cache[key] = super().get_component_styles(*names)
        return styles

    def notify_style_update(self) -> None:
        """The stylesheet (theme, focus, hover) changed: forget the kept component styles."""
        self._component_cache.clear()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render as usual; a pending `on_painted` runs after this frame is written."""
        lines = super().render_lines(crop)
        if self._on_painted is not None:
            callback, self._on_painted = self._on_painted, None
            # Frames are drawn and written in one synchronous step: anything queued
            # from here runs after the terminal got this frame.
            self.call_later(callback)
        return lines

    def extend(self, hits: list) -> None:
        """Append another page of hits."""
        options = self._hit_options(hits)
        self.hits.extend(hits)
        self.add_options(options)

    def current(self):
        """The highlighted hit, else the first one, else None."""
        if not self.hits:
            return None
        index = self.highlighted if self.highlighted is not None else 0
        return self.hits[min(index, len(self.hits) - 1)]

    def action_cursor_up(self) -> None:
        """Move up; on the first hit, leave the list for the search box."""
        if self.highlighted in (None, 0):
            self.post_message(self.ExitUp())
            return
        super().action_cursor_up()

    def action_cursor_down(self) -> None:
        """Move down without wrapping to the top."""
        if self.highlighted is not None and self.highlighted >= len(self.hits) - 1:
            return
        super().action_cursor_down()

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Scroll to the cursor and ask for more hits near the end."""
        super().watch_highlighted(highlighted)
        near_end = highlighted is not None and highlighted >= len(self.hits) - MORE_MARGIN
        if near_end and len(self.hits) < self.total:
            self.post_message(self.NeedMore())

    def on_focus(self, event: events.Focus) -> None:
        """Focusing the list puts the cursor on a hit and loads the next page if there is one."""
        if self.highlighted is None and self.hits:
            self.highlighted = 0
        if len(self.hits) < self.total:  # the user is about to browse: fetch ahead
            self.post_message(self.NeedMore())

    def on_resize(self, event: events.Resize) -> None:
        """Re-render prompts for the new width (titles are cut to one line)."""
        if self.hits and self._prompt_width() != self._width:
            keep = self.highlighted
            hits, self.hits = self.hits, []
            self.set_options(self._hit_options(hits))
            self.hits = hits
            self.highlighted = keep
            self._width = self._prompt_width()
