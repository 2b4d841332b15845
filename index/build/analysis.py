"""Whoosh fields for folded Chinese text.

Why not jieba's ChineseAnalyzer: it gives tokens character offsets as
positions and emits overlapping sub-words, so phrase queries find nothing, and
it drops one-character tokens. Here segmentation happens before the writer
(so it can run in worker processes): `WordField` holds jieba words for BM25
ranking, with their weights only (`phrase=False`, as every field of new
indexes: `WeightsOnly`, no value bytes) or, in indexes built before proximity moved to the folded text, also
with positions 0, 1, 2… (no longer read). Exact substring matching
(full recall across word boundaries) is the accelerator's job
(index/build/accel.py), not a Whoosh field's.

`WordField.index()` builds postings straight from the value, without a
per-token analyzer pipeline, because that pipeline dominates build time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter

from whoosh import fields, formats
from whoosh.analysis import IDTokenizer
from whoosh.system import pack_uint

from index.build.fastwriter import CompactPositions, WeightsOnly


class WordField(fields.TEXT):
    """A TEXT field whose value is already segmented: words, or (word, position) pairs."""

    def __init__(self, field_boost: float = 1.0, phrase: bool = True) -> None:
        super().__init__(analyzer=IDTokenizer(), phrase=phrase, field_boost=field_boost)
        if phrase:
            self.format = CompactPositions(field_boost=field_boost)
        else:  # the weight alone: the frequency beside it would never be read
            self.format = WeightsOnly(field_boost=field_boost)

    def index(self, value, **kwargs):
        """Postings for the words; a bare word's position is its list index."""
        if (
            not isinstance(self.format, formats.Positions)
            and not isinstance(value, str)
            and set(map(type, value)) == {tuple}
        ):
            # Every field of a new index, (word, position) pairs: counted in C, a list
            # instead of a generator (this runs once per paragraph and field of a build).
            freq = (lambda n: b"") if isinstance(self.format, WeightsOnly) else pack_uint
            fb = self.format.field_boost
            counts = Counter(map(itemgetter(0), value))
            return [(w.encode("utf-8"), n, n * fb, freq(n)) for w, n in counts.items()]
        return self._postings(value)

    def _postings(self, value):
        """`index` for any value: words, (word, position) pairs or a string of words."""
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
        else:  # indexes built before WeightsOnly hold formats.Frequency: its value
            freq = (lambda n: b"") if isinstance(self.format, WeightsOnly) else pack_uint
            for w, n in Counter(w for w, _ in pairs).items():
                yield w.encode("utf-8"), n, n * fb, freq(n)
