"""Fold text for matching: traditional→simplified, full-width→ASCII, ASCII lower-case.

The folded string always has the same length as the input, character for
character, so an offset found in folded text is the same offset in the
original. Everything that matches (index and query) goes through `fold`.
"""

from __future__ import annotations

import threading

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Every kind of space folds to a plain space; one char for one char.
for _cp in (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, 0x0009, *range(0x2000, 0x200B)):
    _WIDTH[_cp] = 0x20
# Big5's second pair of slashes: CP950 reads A241/A242 as ∕ and ﹨ where other Big5 tables
# read ／ and ＼; a query typed with either slash must find both.
_WIDTH[0x2215] = ord("/")
_WIDTH[0xFE68] = ord("\\")
_WIDTH_KEEP_CASE = dict(_WIDTH)
for _cp in range(ord("A"), ord("Z") + 1):
    _WIDTH[_cp] = _cp + 32
for _cp in range(0xFF21, 0xFF3B):  # full-width A-Z straight to lower case
    _WIDTH[_cp] = _cp - 0xFEE0 + 32

_lock = threading.Lock()
_converter = None


def _opencc():
    """Return the shared OpenCC t2s converter, created on first use."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                import opencc  # deferred: keeps `import index` cheap

                _converter = opencc.OpenCC("t2s")
    return _converter


def warm_up() -> None:
    """Create the OpenCC converter now (call from a background thread)."""
    _opencc()


def fold_width(text: str, lower: bool = True) -> str:
    """Map full-width forms and odd spaces to ASCII, lower-casing ASCII letters unless told not to."""
    return text.translate(_WIDTH if lower else _WIDTH_KEEP_CASE)


FOLDED_MAX = 8192  # texts whose folded form is remembered (memory stays bounded)
_folded: dict[str, str] = {}


def fold(text: str) -> str:
    """Return the matching form of `text`, the same length as `text`."""
    if not text:
        return text
    # Indexing folds each line as it cleans it, then the paragraph it became (the same
    # text, most often) and the article's values on each of its paragraphs.
    out = _folded.get(text)
    if out is None:
        if len(_folded) >= FOLDED_MAX:
            _folded.clear()
        out = _folded[text] = _fold(text)
    return out


def _fold(text: str) -> str:
    """`fold`, worked out."""
    conv = _opencc().convert
    out = conv(text)
    if len(out) != len(text):
        # A phrase rule changed the length: fall back to one char at a time,
        # which keeps offsets exact at the cost of phrase context.
        out = "".join(c if len(c2 := conv(c)) != 1 else c2 for c in text)
    return fold_width(out)
