"""Whoosh fields for folded Chinese text.

Why not jieba's ChineseAnalyzer: it gives tokens character offsets as
positions and emits overlapping sub-words, so phrase queries find nothing, and
it drops one-character tokens. Here segmentation happens before the writer
(so it can run in worker processes), and three fields share the work:

- `WordField`: jieba words, positions 0, 1, 2… — BM25 ranking and proximity.
- `UnigramField`: every character, no positions — one-character queries.
- `BigramField`: every pair of adjacent characters, position = char offset —
  a literal string of n ≥ 2 characters is a phrase of its n−1 bigrams, which
  is exact substring matching: full recall across word boundaries.

Each field's `index()` builds postings straight from the value, without a
per-token analyzer pipeline, because that pipeline dominates build time.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from whoosh import fields, formats
from whoosh.analysis import IDTokenizer
from whoosh.system import pack_uint

from index.build.fastwriter import CompactPositions

_SPACE = frozenset(" \t\n")


class WordField(fields.TEXT):
    """A TEXT field whose value is already segmented: words, or (word, position) pairs."""

    def __init__(self, field_boost: float = 1.0, phrase: bool = True) -> None:
        super().__init__(analyzer=IDTokenizer(), phrase=phrase, field_boost=field_boost)
        if phrase:
            self.format = CompactPositions(field_boost=field_boost)

    def index(self, value, **kwargs):
        """Postings for the words; a bare word's position is its list index."""
        if isinstance(value, str):
            value = value.split()
        pairs = [(w, i) if isinstance(w, str) else w for i, w in enumerate(value)]
        fb = self.format.field_boost
        if isinstance(self.format, formats.Positions):
            poses: dict[str, list[int]] = defaultdict(list)
            for w, pos in pairs:
                poses[w].append(pos)
            encode = self.format.encode
            for w, pl in poses.items():
                yield w.encode("utf-8"), len(pl), len(pl) * fb, encode(sorted(pl))
        else:
            for w, n in Counter(w for w, _ in pairs).items():
                yield w.encode("utf-8"), n, n * fb, pack_uint(n)


class UnigramField(fields.FieldType):
    """Each distinct non-space character of folded text; existence only."""

    def __init__(self) -> None:
        super().__init__(formats.Existence(), IDTokenizer(), scorable=False, stored=False)

    def index(self, value, **kwargs):
        """One posting per distinct character."""
        for ch in set(value) - _SPACE:
            yield ch.encode("utf-8"), 1, 1.0, b""


class BigramField(fields.FieldType):
    """Adjacent character pairs of folded text, with their offsets as positions."""

    def __init__(self) -> None:
        super().__init__(CompactPositions(), IDTokenizer(), scorable=False, stored=False)

    def index(self, value, **kwargs):
        """One posting per distinct bigram, listing every offset it occurs at."""
        poses: dict[str, list[int]] = defaultdict(list)
        for i in range(len(value) - 1):
            pair = value[i : i + 2]
            if pair[0] in _SPACE and pair[1] in _SPACE:
                continue
            poses[pair].append(i)
        encode = self.format.encode
        for pair, pl in poses.items():
            yield pair.encode("utf-8"), len(pl), float(len(pl)), encode(pl)


def bigrams(folded: str) -> list[str]:
    """The overlapping bigrams of a literal string, in order."""
    return [folded[i : i + 2] for i in range(len(folded) - 1)]
