"""Make corpus text safe for a terminal and for Rich/Textual.

Control characters become visible placeholders one-for-one, so highlight
offsets stay valid. Text is always handed to Rich as `Text` objects, never
as markup, so `[b]` in an article prints as `[b]`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported where it is used: `index` into a pipe prints plain lines
    from rich.text import Text

# C0 controls → Unicode "control pictures"; DEL, C1, bidi and zero-width → U+FFFD.
_TABLE = {cp: 0x2400 + cp for cp in range(0x20) if cp not in (0x09, 0x0A)}
_TABLE[0x09] = 0x20
_TABLE[0x7F] = 0x2421
for _cp in [
    *range(0x80, 0xA0),
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0x2028,
    0x2029,
    0xFEFF,
]:
    _TABLE[_cp] = 0xFFFD
for _cp in range(0xD800, 0xE000):
    _TABLE[_cp] = 0xFFFD


def clean(text: str | None, newlines: bool = False) -> str:
    """Replace characters a terminal would interpret; length is preserved."""
    if not text:
        return ""
    out = text.translate(_TABLE)
    return out if newlines else out.replace("\n", " ")


def markup_escape(text: str | None) -> str:
    """Clean and escape text for use inside a Rich/Textual markup string."""
    from rich.markup import escape

    return escape(clean(text))


def highlighted(
    text: str, spans: list[tuple[int, int]], style: str = "bold reverse", base: str = ""
) -> Text:
    """A Rich Text of cleaned `text` with `spans` styled; never parsed as markup."""
    from rich.text import Text

    out = Text(clean(text), style=base)
    for s, e in spans:
        if 0 <= s < e <= len(text):
            out.stylize(style, s, e)
    return out
