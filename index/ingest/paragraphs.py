"""Split an article's body lines into paragraphs and find section headings.

Chinese news usually puts one paragraph on a line; hard-wrapped text (a
Markdown file wrapped at 80 columns) is re-joined inside blank-line blocks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from index.ingest.cleaning import BLANK, BODY, SENTENCE_END, Line

_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_PHOTO_CREDIT = re.compile(
    r"(?:摄|图|供图|摄影)\s*(?:[(（][^)）]{0,12}[)）])?\s*$|^(?:图片来源|图源|图为)"
)
_CLOSERS = "”」』\"'）)】]"


@dataclass(frozen=True)
class RawParagraph:
    """A paragraph before indexing: text as written, its folded twin, where it came from."""

    text: str
    folded: str
    line: int  # first source line
    is_heading: bool = False


def split_paragraphs(lines: list[Line], max_chars: int = 200_000) -> list[RawParagraph]:
    """Group BODY lines into paragraphs, re-joining hard-wrapped lines."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.role == BLANK or line.role != BODY:
            # A dropped line ends a block like a blank line does.
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line)
    out: list[RawParagraph] = []
    for block in blocks:
        for group in _unwrap(block):
            text = _join([ln.text.strip() for ln in group])
            folded = _join([ln.folded.strip() for ln in group])
            for piece_text, piece_folded in _split_long(text, folded, max_chars):
                out.append(RawParagraph(piece_text, piece_folded, group[0].number))
    return _mark_headings(out)


def display_width(text: str) -> int:
    """Columns a line takes in print: 2 for a Chinese character, 1 for a Latin one or a digit."""
    return sum(map(_WIDTHS.__getitem__, text))


class _Widths(dict):
    """Display columns per character, looked up once per character and kept (a C-level sum)."""

    def __missing__(self, c: str) -> int:
        width = self[c] = 2 if unicodedata.east_asian_width(c) in "WFA" else 1
        return width


_WIDTHS = _Widths()


def wrap_width(block: list[Line]) -> int:
    """The column a hard-wrapped block breaks at: its widest line, in display columns.

    Display columns, not characters: a PDF line holding digits (2300余人次) is as wide
    as its neighbours but has more characters, and would make them look short.
    """
    return max((display_width(ln.text.strip()) for ln in block), default=0)


def is_wrapped(line: Line, width: int) -> bool:
    """The line runs to the wrap column without ending a sentence: it continues below."""
    probe = line.folded.strip()
    return (
        width >= 24
        and bool(probe)
        and display_width(line.text.strip()) >= 0.8 * width
        and probe[-1] not in SENTENCE_END + _CLOSERS
        and not _MD_HEADING.match(line.text)
    )


def _unwrap(block: list[Line]) -> list[list[Line]]:
    """Split a block into paragraphs: wrapped lines join the next line."""
    if len(block) < 2:
        return [block] if block else []
    width = wrap_width(block)
    groups: list[list[Line]] = [[]]
    for i, line in enumerate(block):
        groups[-1].append(line)
        is_last = i == len(block) - 1
        wrapped = not is_last and is_wrapped(line, width)
        if not wrapped and not is_last:
            groups.append([])
    return [g for g in groups if g]


def _join(parts: list[str]) -> str:
    """Join wrapped lines: a space between Latin words, nothing between CJK."""
    out = parts[0]
    for part in parts[1:]:
        sep = (
            " "
            if out[-1:].isascii()
            and out[-1:].isalnum()
            and part[:1].isascii()
            and part[:1].isalnum()
            else ""
        )
        out += sep + part
    return out


def _split_long(text: str, folded: str, max_chars: int):
    """Cut a giant paragraph at sentence ends so no piece exceeds `max_chars`."""
    if len(text) <= max_chars:
        yield text, folded
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            cut = max(folded.rfind(c, start, end) for c in "。！？!?；;\n")
            end = cut + 1 if cut > start else end
        yield text[start:end], folded[start:end]
        start = end


def is_heading_text(folded: str) -> bool:
    """Headline-shaped: short, no sentence punctuation, not a photo credit."""
    probe = folded.strip()
    if _MD_HEADING.match(probe):
        return True
    if not 2 <= len(probe) <= 40:
        return False
    if any(c in probe for c in "。！？!?；;…") or probe[-1] in "，,、：:—-":
        return False
    return not _PHOTO_CREDIT.search(probe)


def _mark_headings(paras: list[RawParagraph]) -> list[RawParagraph]:
    """Flag headings; a heading needs body text after it."""
    out = []
    for i, p in enumerate(paras):
        following = paras[i + 1 :]
        has_body_after = any(not is_heading_text(q.folded) for q in following[:3])
        heading = is_heading_text(p.folded) and bool(following) and has_body_after
        out.append(RawParagraph(p.text, p.folded, p.line, heading))
    return out


def heading_label(text: str) -> str:
    """A heading's text without Markdown hashes."""
    return _MD_HEADING.sub("", text).strip()
