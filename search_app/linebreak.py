"""Line breaking for Chinese text in a terminal, shared by the TUI, the CLI and the basket.

Rules (after GB/T 15834-2011 and the common 禁则 of Chinese typesetting):
- closing punctuation (，。、；：？！”’）》」』…) never starts a line;
- opening punctuation (“‘（《「『…) never ends a line;
- the two-cell dash —— and ellipsis …… are not split;
- runs of Latin letters and digits, with the . , : / - % between them, are not split
  (2024-02-20, 3.5%, COVID-19), except when one is wider than a whole line;
- widths are terminal cells (a CJK character is two), as the screen draws them;
- spaces at a line end are dropped, newlines force a break.
"""

from __future__ import annotations

import unicodedata

from rich.cells import get_character_cell_size

NO_START = frozenset(
    "，。、；：？！”’）》」』】〕〉｝］〗〙〛〞〟・·‧﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！＂＇），．：；？］｝～％‰"
    "!),.:;?]}%ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ー"
)
NO_END = frozenset("“‘（《「『【〔〈｛［〖〘〚〝(<[{＄$￥£€#")
_PAIRED = frozenset("—…")  # —— and …… stay whole
_JOIN = frozenset(".,:/-_%'@&+~．／－％")  # inside a number or a Latin word


def _is_word(c: str) -> bool:
    """A letter or digit of a Latin-like script (including full-width Ａ１), not a CJK ideograph."""
    if not c.isalnum():
        return False
    if "\uff10" <= c <= "\uff5a":
        return True
    return unicodedata.east_asian_width(c) not in ("W", "F")


def can_break(text: str, i: int) -> bool:
    """May a line break fall between text[i-1] and text[i]?"""
    a, b = text[i - 1], text[i]
    if b.isspace():
        return False  # spaces stay at the end of the line they follow
    if a.isspace():
        j = i - 1
        while j > 0 and text[j].isspace():
            j -= 1
        return text[j] not in NO_END
    if b in NO_START or a in NO_END:
        return False
    if a == b and a in _PAIRED:
        return False
    return not ((_is_word(a) or a in _JOIN) and (_is_word(b) or b in _JOIN))


def _width(text: str, start: int, end: int) -> int:
    return sum(get_character_cell_size(c) for c in text[start:end])


def _visible_end(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing spaces."""
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return end


def break_lines(text: str, width: int) -> list[tuple[int, int]]:
    """The [start, end) offsets of each line of `text` wrapped to `width` cells.

    Offsets point into `text`, so callers can slice styled text (Rich `Text`,
    Textual `Content`) and keep highlights. Trailing spaces are outside the spans.
    """
    width = max(width, 2)
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        out += _break_paragraph(text, pos, pos + len(para), width)
        pos += len(para) + 1
    return out


def _break_paragraph(text: str, lo: int, hi: int, width: int) -> list[tuple[int, int]]:
    if lo == hi:
        return [(lo, lo)]
    atoms = []  # unbreakable pieces
    start = lo
    for i in range(lo + 1, hi):
        if can_break(text, i):
            atoms.append((start, i))
            start = i
    atoms.append((start, hi))
    lines: list[tuple[int, int]] = []
    line_start, used = lo, 0
    for a, b in atoms:
        seen = _visible_end(text, a, b)
        need = _width(text, a, seen)
        if used and used + need > width:
            lines.append((line_start, _visible_end(text, line_start, a)))
            line_start, used = a, 0
        if need > width:
            # Wider than a line on its own (a long URL): cut it by cells.
            for i in range(a, seen):
                w = get_character_cell_size(text[i])
                if used and used + w > width:
                    lines.append((line_start, i))
                    line_start, used = i, 0
                used += w
            used += _width(text, seen, b)
            continue
        used += _width(text, a, b)
    lines.append((line_start, _visible_end(text, line_start, hi)))
    return lines


def wrap(text: str, width: int) -> list[str]:
    """`text` wrapped to `width` cells, as a list of lines."""
    return [text[s:e] for s, e in break_lines(text, width)]


def ljust_cells(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal cells (at least one space after it)."""
    used = sum(get_character_cell_size(c) for c in text)
    return text + " " * max(1, width - used)
