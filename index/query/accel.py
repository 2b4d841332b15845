"""Answering literal matches, totals and facet counts from the accelerator files.

`Accelerator.open(build, searcher)` maps each segment's `ACCEL_<id>.acc`
(see index/build/accel.py) and returns None when any is missing or damaged:
then the caller uses Whoosh's postings, which give the same answer, slower.

- `literal(text)`: the live documents whose folded text contains `text`, as a
  roaring bitmap of searcher document numbers. One character is its bitmap,
  two are their bigram's, longer strings AND their bigrams' bitmaps and check
  each candidate's folded text for the substring.
- `FacetArrays`: the facet tables as numpy code arrays, so counting a facet
  over a candidate set is one `bincount`.
"""

from __future__ import annotations

import bisect
import json
import mmap
import struct
from array import array
from collections import Counter
from itertools import pairwise
from pathlib import Path

from pyroaring import BitMap

from index.build.accel import BIGRAM_SHIFT, FORMAT, MAGIC, SPACE, accel_name

_HEAD = struct.Struct("<Q")
_CODES = {"<u4": "I", "<u8": "Q"}  # numpy dtype strings of the sections → memoryview formats


class AccelDamaged(Exception):
    """An accelerator file cannot be read."""


class SegmentAccel:
    """One segment's accelerator file, memory-mapped."""

    def __init__(self, path: Path) -> None:
        try:
            with open(path, "rb") as fh:
                self._mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise AccelDamaged(f"{path.name}: {exc}") from None
        mm = self._mm
        try:
            if mm[: len(MAGIC)] != MAGIC:
                raise AccelDamaged(f"{path.name}: not an accelerator file")
            start = len(MAGIC) + _HEAD.size
            (hlen,) = _HEAD.unpack(mm[len(MAGIC) : start])
            header = json.loads(mm[start : start + hlen])
            base = start + hlen + ((-(start + hlen)) % 8)
            if header["format"] != FORMAT:
                raise AccelDamaged(f"{path.name}: format {header['format']}")
            self.docs = int(header["docs"])
            self._sections = {}
            for name, (off, length, dtype) in header["sections"].items():
                if base + off + length > len(mm):
                    raise AccelDamaged(f"{path.name}: truncated")
                self._sections[name] = (base + off, length, dtype)
        except (ValueError, KeyError, TypeError, struct.error) as exc:
            raise AccelDamaged(f"{path.name}: {exc}") from None
        self.text_off = self._array("text_off")
        self.uni_keys = self._array("uni_keys")
        self.uni_off = self._array("uni_off")
        self.bi_keys = self._array("bi_keys")
        self.bi_off = self._array("bi_off")
        self._text_at = self._sections["text"][0]
        if len(self.text_off) != self.docs + 1:
            raise AccelDamaged(f"{path.name}: {len(self.text_off) - 1} texts for {self.docs} docs")

    def _array(self, name: str) -> memoryview:
        """A section as a typed view (numpy is not needed to read: it costs start-up time)."""
        off, length, dtype = self._sections[name]
        if dtype not in _CODES:
            raise AccelDamaged(f"section {name} has type {dtype}")
        return memoryview(self._mm)[off : off + length].cast(_CODES[dtype])

    def _bitmap(self, keys: memoryview, offs: memoryview, blob: str, key: int) -> BitMap:
        i = bisect.bisect_left(keys, key)
        if i >= len(keys) or keys[i] != key:
            return BitMap()
        at = self._sections[blob][0]
        return BitMap.deserialize(self._mm[at + offs[i] : at + offs[i + 1]])

    def char(self, ch: str) -> BitMap:
        """Documents containing the character."""
        return self._bitmap(self.uni_keys, self.uni_off, "uni_blob", ord(ch))

    def bigram(self, pair: str) -> BitMap:
        """Documents containing the two characters next to each other."""
        key = (ord(pair[0]) << BIGRAM_SHIFT) | ord(pair[1])
        return self._bitmap(self.bi_keys, self.bi_off, "bi_blob", key)

    def text(self, doc: int) -> bytes:
        """The folded text of a document, UTF-8."""
        a, b = self.text_off[doc], self.text_off[doc + 1]
        return self._mm[self._text_at + a : self._text_at + b]

    def literal(self, text: str) -> BitMap:
        """Documents (deleted ones included) whose folded text contains `text`."""
        if len(text) == 1:
            return self.char(text)
        pairs = [text[i : i + 2] for i in range(len(text) - 1)]
        # Ordered by size, smallest first, so the AND shrinks fast.
        maps = sorted((self.bigram(p) for p in dict.fromkeys(pairs)), key=len)
        found = maps[0]
        for m in maps[1:]:
            if not found:
                break
            found = found & m
        if len(text) == 2 or not found:
            return found
        needle = text.encode("utf-8")
        return BitMap(d for d in found if needle in self.text(d))


class Accelerator:
    """The accelerator files of one open searcher's segments, with their offsets and deletions."""

    def __init__(self, parts: list[tuple[SegmentAccel, int, BitMap]]) -> None:
        self._parts = parts  # (segment file, first searcher docnum, deleted docs)

    @classmethod
    def open(cls, build: Path, searcher) -> Accelerator | None:
        """The accelerator for `searcher`, or None when a segment has no (readable) file."""
        parts = []
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            segment = reader.segment() if hasattr(reader, "segment") else None
            if segment is None:
                return None
            try:
                seg = SegmentAccel(build / accel_name(segment.segment_id()))
            except AccelDamaged:
                return None
            if seg.docs != reader.doc_count_all():
                return None
            deleted = BitMap(reader.deleted_docs_set) if reader.has_deletions() else BitMap()
            parts.append((seg, offset, deleted))
        return cls(parts)

    def literal(self, text: str) -> BitMap:
        """Live searcher document numbers whose folded text contains `text` (Whoosh's literal)."""
        text = text.strip()
        out = BitMap()
        if not text or any(a in SPACE and b in SPACE for a, b in pairwise(text)):
            return out  # the character fields index no spaces, nor two spaces in a row
        if len(text) == 1 and text in SPACE:
            return out
        for seg, offset, deleted in self._parts:
            found = seg.literal(text)
            if deleted:
                found -= deleted
            if found:
                out |= found.shift(offset) if offset else found
        return out


class FacetArrays:
    """Facet tables (one entry per searcher docnum) as numpy code arrays, for bincount."""

    def __init__(self, values: dict[str, list], multi: dict[str, bool], date_rank: list) -> None:
        import numpy as np

        self.n = len(date_rank)
        self._single: dict[str, tuple[list, object]] = {}
        self._multi: dict[str, tuple[list, object, object]] = {}
        for name, per_doc in values.items():
            if multi[name]:
                names, docs, codes = _multi_codes(per_doc)
                self._multi[name] = (names, np.asarray(docs, np.int64), np.asarray(codes, np.int64))
            else:
                self._single[name] = _single_codes(per_doc)
        months = np.asarray(date_rank, dtype=np.int64) // 100
        self.month_names, self.month = np.unique(months, return_inverse=True)

    def counts(self, docs) -> tuple[dict[str, Counter], Counter]:
        """Per facet a Counter of its values (None included), and months (YYYYMM, 0 = none)."""
        import numpy as np

        docs = np.asarray(docs, dtype=np.int64)
        out = {}
        for name, (names, codes) in self._single.items():
            out[name] = _counter(names, codes[docs])
        if self._multi:
            mask = np.zeros(self.n, dtype=bool)
            mask[docs] = True
            for name, (names, pair_docs, pair_codes) in self._multi.items():
                out[name] = _counter(names, pair_codes[mask[pair_docs]])
        return out, _counter(self.month_names.tolist(), self.month[docs])


def _single_codes(values: list):
    """Distinct values (None included) and each entry's code (a numpy array)."""
    import numpy as np

    names: dict = {}
    codes = array("i", [names.setdefault(v, len(names)) for v in values])
    return list(names), np.frombuffer(codes, dtype=np.int32) if codes else np.zeros(0, np.int32)


def _multi_codes(values: list) -> tuple[list, list[int], list[int]]:
    """Distinct values of a many-valued facet and its (document, code) pairs."""
    names: dict = {}
    docs: list[int] = []
    codes: list[int] = []
    for d, vs in enumerate(values):
        for v in vs:
            docs.append(d)
            codes.append(names.setdefault(v, len(names)))
    return list(names), docs, codes


def _counter(names: list, codes) -> Counter:
    """A Counter of names from their codes, a numpy array (values never seen are left out)."""
    import numpy as np

    if not len(codes):
        return Counter()
    counts = np.bincount(codes, minlength=len(names))
    return Counter({names[i]: int(c) for i, c in enumerate(counts.tolist()) if c})
