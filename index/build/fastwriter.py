"""Compact on-disk formats for word postings: positions, or weights alone.

The fast writer found by profiling the build (a batching posting pool, adding
documents without Whoosh's per-posting overhead) touches Whoosh's private
members, so it lives in `index.build.whoosh_internals`. `CompactPositions`
and `WeightsOnly` stay here: every index's schema pickles them by this module path.
"""

from __future__ import annotations

from array import array

from whoosh import formats


class CompactPositions(formats.Positions):
    """Positions stored as a typed array (2 bytes each) instead of a pickled list.

    A one-position posting takes 3 bytes instead of about 12, and decoding is
    one C call, so phrase matching stays fast.
    """

    def encode(self, poslist) -> bytes:
        """Encode a sorted list of positions."""
        code = "H" if poslist[-1] < 65536 else "I"
        return code.encode() + array(code, poslist).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        """The positions of one posting."""
        return array(chr(valuestring[0]), valuestring[1:]).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        """How many positions one posting has."""
        return (len(valuestring) - 1) // (2 if valuestring[0] == 72 else 4)


class WeightsOnly(formats.Format):
    """A posting's weight (frequency times the field boost) and no value bytes.

    BM25 reads only the weight (whoosh3 keeps it per posting), so the 4-byte
    frequency that `formats.Frequency` stores beside it is never read.
    """

    posting_size = 0

    def __init__(self, field_boost: float = 1.0, **options) -> None:
        self.field_boost = field_boost
        self.options = options

    def encode(self, value) -> bytes:
        """No value."""
        return b""

    def combine(self, vs) -> bytes:
        """No value."""
        return b""
