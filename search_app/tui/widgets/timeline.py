"""A one-line timeline of the current hits per month (or year) above the results."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from search_app.timeline import Bucket, buckets, date_span, spark
from search_app.tui.render import META
from search_app.wording import count

CURSOR = "reverse bold"
SELECTED = "bold $text-accent"
_DATE_TOKEN = re.compile(r"(?:^|\s)date:\S+")


def with_date(query: str, span: str) -> str:
    """`query` with its date: filter replaced by `date:span`."""
    rest = _DATE_TOKEN.sub("", query).strip()
    return f"{rest} date:{span}".strip()


class Timeline(Widget, can_focus=True):
    """Bars of hits over time; ←/→ move, shift extends, Enter narrows the query to that span."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Earlier", show=False),
        Binding("right", "move(1)", "Later", show=False),
        Binding("shift+left", "extend(-1)", "Extend", show=False),
        Binding("shift+right", "extend(1)", "Extend", show=False),
        Binding(
            "enter",
            "narrow",
            "Narrow date",
            id="timeline.narrow",
            tooltip="Search only this month/year (or the span selected with shift+←/→)",
        ),
        Binding("escape,down", "leave", "Results", show=False),
    ]

    class Narrow(Message):
        """The user picked a span: search with `date:span`."""

        def __init__(self, span: str) -> None:
            super().__init__()
            self.span = span

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.months: dict[str, int] = {}
        self.items: list[Bucket] = []
        self.cursor = 0
        self.anchor: int | None = None

    def show(self, months: dict[str, int]) -> None:
        """New month counts for the current query and filters."""
        self.months = dict(months)
        self._rebucket()
        self.display = bool(self.items)
        self.refresh()

    def _rebucket(self) -> None:
        """Months, or years when months would not fit the width."""
        room = self._bar_room()
        items = buckets(self.months)
        if room and len(items) > room:
            items = buckets(self.months, max_months=0)
        self.items = items[-room:] if room and len(items) > room else items
        self.cursor = min(self.cursor, max(len(self.items) - 1, 0)) if self.items else 0
        if self.cursor == 0 and self.items:
            self.cursor = len(self.items) - 1  # start on the newest
        self.anchor = None

    def _bar_room(self) -> int:
        width = self.size.width
        return max(width - 16 - 30, 4) if width else 0

    def on_resize(self, event: events.Resize) -> None:
        """Regroup when the width changes."""
        self._rebucket()

    def _span(self) -> tuple[int, int]:
        a = self.cursor if self.anchor is None else self.anchor
        return min(a, self.cursor), max(a, self.cursor)

    def render(self) -> Content:
        """First label, bars (cursor and selection marked when focused), last label, detail."""
        if not self.items:
            return Content("")
        line = spark([b.count for b in self.items])
        parts: list = [(f"{self.items[0].label} ", META)]
        lo, hi = self._span()
        for i, ch in enumerate(line):
            style = "$text-primary"
            if self._live() and lo <= i <= hi:
                style = CURSOR if i == self.cursor else SELECTED
            parts.append((ch, style))
        parts.append((f" {self.items[-1].label}", META))
        unit = "year" if len(self.items[0].label) == 4 else "month"
        if self._live():
            n = sum(b.count for b in self.items[lo : hi + 1])
            span = date_span(self.items, lo, hi)
            parts.append((f"  {span}: {count(n, 'hit')} · ⏎ narrows", "bold"))
        else:
            parts.append((f"  hits per {unit} · t", META))
        out = Content.assemble(*parts)
        return (
            out if cell_len(out.plain) <= max(self.size.width, 1) else out.truncate(self.size.width)
        )

    def on_focus(self) -> None:
        """Redraw with the cursor."""
        self.refresh()

    def on_blur(self) -> None:
        """Redraw without the cursor."""
        self.anchor = None
        self.refresh()

    def action_move(self, delta: int) -> None:
        """Move the cursor one bucket."""
        self.anchor = None
        self.cursor = max(0, min(len(self.items) - 1, self.cursor + delta))
        self.refresh()

    def action_extend(self, delta: int) -> None:
        """Extend the selection one bucket."""
        if self.anchor is None:
            self.anchor = self.cursor
        self.cursor = max(0, min(len(self.items) - 1, self.cursor + delta))
        self.refresh()

    def action_narrow(self) -> None:
        """Search only the selected span."""
        if self.items:
            lo, hi = self._span()
            self.post_message(self.Narrow(date_span(self.items, lo, hi)))

    def action_leave(self) -> None:
        """Back to the results."""
        self.screen.focus_next()

    def on_click(self, event: events.Click) -> None:
        """Clicking a bar narrows to it."""
        i = event.x - (len(self.items[0].label) + 1) if self.items else -1
        if 0 <= i < len(self.items):
            self.cursor, self.anchor = i, None
            self.focus()
            self.action_narrow()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Hovering a bar shows its count."""
        i = event.x - (len(self.items[0].label) + 1) if self.items else -1
        if 0 <= i < len(self.items):
            self.cursor = i
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        """The mouse left: back to the summary."""
        self.refresh()

    def _live(self) -> bool:
        """Focused or hovered: show the cursor and its count."""
        return self.has_focus or self.mouse_hover
