"""Highlight spans and sentence-aware snippets.

Spans are found in the folded paragraph, which has the same length as the
original, so each [start, end) lands exactly on the original text, 駐村第一書記
included.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

MAX_SPANS = 2000  # enough for any screen; keeps giant paragraphs fast
_ENDS = "。！？；;!?\n"
_END_RE = re.compile("[" + re.escape(_ENDS) + "]")


@dataclass(frozen=True)
class Snippet:
    """A window of a paragraph around its first match."""

    text: str  # with "…" where a sentence was cut
    start: int  # offset in the paragraph of the first original character
    end: int  # offset just past the last original character
    lead: int  # 1 when `text` starts with an added "…"


def find_all(haystack: str, needle: str, limit: int = MAX_SPANS) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of `needle`, left to right."""
    out = []
    if not needle:
        return out
    i = haystack.find(needle)
    while i >= 0 and len(out) < limit:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return out


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort and merge overlapping or touching spans."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def highlight_spans(folded: str, needles: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Spans for each (term, words) pair: the literal term where it occurs, else its words."""
    spans: list[tuple[int, int]] = []
    for term, words in needles:
        found = find_all(folded, term.strip())
        if not found:
            for w in words:
                found.extend(find_all(folded, w))
        spans.extend(found)
        if len(spans) >= MAX_SPANS:
            break
    return merge_spans(spans)[:MAX_SPANS]


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: just after the previous end mark, through the next one."""
    start = max(text.rfind(c, 0, pos) for c in _ENDS) + 1
    ends = [i for i in (text.find(c, pos) for c in _ENDS) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return start, end


def _bounds_in(ends: list[int], size: int, pos: int) -> tuple[int, int]:
    """`sentence_bounds` from the sorted offsets of a text's end marks (`size`: its length)."""
    i = bisect_left(ends, pos)
    return (ends[i - 1] + 1 if i else 0), (ends[i] + 1 if i < len(ends) else size)


def make_snippet(text: str, spans: list[tuple[int, int]], target: int = 120) -> Snippet:
    """Whole sentences around the first match, about `target` characters long."""
    if not text:
        return Snippet("", 0, 0, 0)
    # The end marks found once, so each sentence step is a bisection, not 18 scans.
    ends = [m.start() for m in _END_RE.finditer(text)]
    size = len(text)
    anchor = spans[0][0] if spans else 0
    start, end = _bounds_in(ends, size, anchor)
    while start < len(text) and text[start] in " \u3000":
        start += 1
    # Add following sentences while they fit; then preceding ones.
    while end < len(text) and end - start < target:
        _, nxt = _bounds_in(ends, size, end)
        if nxt - start > target * 1.5:
            break
        end = nxt
    while start > 0 and end - start < target:
        prev, _ = _bounds_in(ends, size, start - 1)
        if end - prev > target * 1.5:
            break
        start = prev
    lead = trail = False
    if end - start > target * 2:
        # One very long sentence: cut a window around the match.
        match_end = spans[0][1] if spans else anchor
        lo = max(start, anchor - target // 3)
        hi = min(end, max(match_end, lo + target))
        lead, trail = lo > start, hi < end
        start, end = lo, hi
    body = text[start:end].rstrip()
    return Snippet(
        ("…" if lead else "") + body + ("…" if trail else ""), start, start + len(body), int(lead)
    )
