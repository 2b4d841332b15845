"""Every use of whoosh3's private internals, and every patch to it, in one place.

Nothing here runs on import: `install()` applies the patches and is called
once by `IndexStore` (every index is opened through one), and the other
functions are named for what they do, so callers never touch a Whoosh
attribute that starts with `_`. tests/engine/test_whoosh_private.py checks
that no other module does. The pinned whoosh3's own test suite passes with
the patches installed (README, "Whoosh internals").

Patches (`install()`):

1. Opening a part of a segment must not copy it.

whoosh3's `BufferFile` wraps its buffer in `io.BytesIO`, and `BytesIO`
copies a memoryview. A searcher opens each part of a compound segment as a
`BufferFile` over the segment's mmap, so every open searcher held a private
copy of the index's postings and term tables beside the mapped pages:
1,000 MB of RSS for a 455 MB index (scaled-100k). `_ViewReader` reads the
memoryview in place.

2. A field without a length column (one of our unscored fields) was looked
up with an `os.stat` per document and field while merging segments, because
`W3PerDocReader._cached_reader` caches readers but not their absence.

3. Pickle aliases keep indexes built before the stage layout readable.

4. Inlined postings: whoosh3's `finish_postings` calls `terminfo.set_inline`,
but the method is `set_inlined`, so any codec with `inlinelimit` > 1 crashed;
our writers use `INLINE_LIMIT`, so rare words need no posting block.
Formats without values inline an empty value tuple, and `ListMatcher.value`
then answers `""` (str) where a block matcher answers `b""`; merging such a
segment (`add_reader` → `iter_postings` → `pool.add`) failed whoosh's bytes
assertion. The patched `inlined_postings` gives one `b""` per posting.

5. `W3LeafMatcher.skip_to` walked every block header between the current
block and the target (a seek and an unpickle each) and then stepped through
the block's postings one by one. Rescoring a few thousand candidates of a
near-universal term at 1M paragraphs spent most of its time there. The
patched `skip_to` keeps, per posting list, the headers it has read (block
offset and last id), jumps to the target's block by bisection, and bisects
inside the block: the same position, fewer steps.

6. Every BM25F scorer asks the top searcher for the field's average length, and
a multi-segment reader sums every segment's total for each ask: rescoring a few
candidates at 1M (16 segments, ~10 scored terms, a matcher tree per segment)
made ~3,000 such calls per query. A searcher's reader never changes, so
`MultiReader.field_length` is kept per reader, field and segment count (a
writer's reader gains segments through `add_reader`).

7. Every matcher, `in` test and document frequency of a term hashes its key
and probes the segment's term table (`ranges_for_key`, pure Python): the
app's AND and phrase keys at 1M build a matcher tree per segment for each
batch of the phrase check and the rescoring, about 3,000 probes a query. A
segment's term table never changes, so `W3TermsReader` keeps where each key
it was asked for lies (or that it is absent), up to `TERM_RANGES_KEPT` keys
(then it starts over): under 1 MB per segment.

8. Stored fields deflated against a dictionary. whoosh3 pickles each
document's stored fields and deflates them alone: ~365 bytes of Chinese text
and field names barely compress that way (324 bytes; the stored column was
330 MB of the 1M index). The patched per-document writer puts them in the
`_storedd` column instead (`DictDeflated`): each document is still deflated
alone, so reading one inflates only it, but against a preset dictionary of
up to 32 KB sampled from the segment's first documents (field names, the
article values and common phrases), stored once in the column: ~180 bytes a
document. Segments written before keep whoosh3's `_stored` column and are
read through it, so old indexes stay readable and merge into the new form.

9. Compact term infos: varints behind a flag bit whoosh3 never sets (its
term info is 35 fixed bytes, its inlined postings pickled), read back as
the same numbers.

10. A compact term lookup table: 4-byte slots at load <= 0.8 instead of
whoosh3's 256 hash tables of 12-byte slots at load 0.5, in a term file with
its own magic (an older reader refuses it rather than find no terms).

11. Compact posting blocks: a varint header and fixed-width arrays instead
of pickles, unpacked to the tuple whoosh3 unpickles.

Segments written before patches 9-11 are read as they are (the flag bit,
the file's magic and each block's first byte say which form), and a merge
rewrites them in the compact forms.

Private-member uses (named functions): the fast writer (`TermPool`,
`CheckedWriter`, `new_writer`, `add_document`), committing segments written
by forked workers (`worker_writer`, `finish_worker_segment`,
`commit_segments`), reading posting blocks in bulk (`bulk_ids`,
`bulk_postings`: ids and weights without unpickling positions), the field
length bytes (`length_bytes`) and the term table sizes the bench reports
(`term_table_sizes`).
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import importlib
import pickle
import struct
import sys
import zlib
from array import array
from itertools import accumulate, pairwise
from pathlib import Path

from whoosh import columns
from whoosh.codec import whoosh3
from whoosh.filedb import filetables, structfile
from whoosh.matching import ReadTooFar
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import CorruptIndexError, MultiReader, SegmentReader, TermNotFound
from whoosh.system import unpack_int
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import NO_MERGE, SegmentWriter, random_name

from index.build.faults import checkpoint

_installed = False

# Terms with fewer postings than this keep them in the term table: a rare word
# then costs no posting block (block header, "W3Bl" tag and a pointer), only its
# compact postings (patch 9: ~2.5 bytes a posting). Measured at 100k with
# compact blocks (BENCHMARKS, size7): inlined is smaller up to 23 postings a
# term; below 16 are 90 % of that saving.
INLINE_LIMIT = 16
INDEX_CACHE_SIZE = 4096  # field values whose postings add_document remembers
INDEX_CACHE_ITEMS = 32  # longer list values (a paragraph's words) are not cached
TERM_RANGES_KEPT = 8192  # term keys whose place in a segment's term table is kept (patch 7)

# Whoosh pickles the schema's analyzer and field classes by module path into
# the TOC. Indexes written before index/ was grouped by stage name these paths.
PICKLED_MODULE_ALIASES = {
    "index.analysis": "index.build.analysis",
    "index.fastwriter": "index.build.fastwriter",
    "index.documents": "index.build.documents",
    "index.segmenter": "index.build.segmenter",
    "index.folding": "index.build.folding",
}


class _ViewReader:
    """The read side of a binary file over a buffer, without copying it."""

    __slots__ = ("_pos", "_view")

    def __init__(self, buf) -> None:
        # Keep the caller's memoryview itself: BufferFile.close() releases it,
        # and a second view would keep the mmap exported.
        self._view = buf if isinstance(buf, memoryview) else memoryview(buf)
        self._pos = 0

    def read(self, n: int | None = -1) -> bytes:
        """Up to `n` bytes from the current position (all that is left if n < 0)."""
        start, size = self._pos, len(self._view)
        end = size if n is None or n < 0 else min(start + n, size)
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def peek(self, n: int = 1) -> bytes:
        """Bytes ahead without moving; lets pickle.load read ahead instead of byte by byte."""
        start = self._pos
        return bytes(self._view[start : start + min(max(n, 1), 8192)])

    def readinto(self, b) -> int:
        """Fill `b` from the current position."""
        start = self._pos
        chunk = self._view[start : start + len(b)]
        b[: len(chunk)] = chunk
        self._pos = start + len(chunk)
        return len(chunk)

    def readline(self, limit: int | None = -1) -> bytes:
        """Bytes up to and including the next newline."""
        view, start = self._view, self._pos
        size = len(view)
        end = start
        stop = size if limit is None or limit < 0 else min(size, start + limit)
        while end < stop:
            end += 1
            if view[end - 1] == 0x0A:
                break
        self._pos = end
        return bytes(view[start:end])

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, pos: int, whence: int = 0) -> int:
        """Move like io.BytesIO.seek."""
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + pos)
        return self._pos

    def tell(self) -> int:
        """The current position."""
        return self._pos

    def flush(self) -> None:
        """Nothing to flush: read-only."""

    def close(self) -> None:
        """Drop the reference; the owner releases the buffer."""
        self._view = memoryview(b"")


def install() -> None:
    """Make whoosh3's BufferFile read its buffer in place (idempotent)."""
    global _installed
    if _installed:
        return
    original = structfile.BufferFile.__init__

    def __init__(self, buf, name=None, onclose=None) -> None:
        original(self, b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = _ViewReader(buf)

    structfile.BufferFile.__init__ = __init__
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    # whoosh3's finish_postings calls `set_inline`; the method is `set_inlined`.
    # Only writers with inlinelimit > 1 (INLINE_LIMIT) reach that call.
    whoosh3.W3TermInfo.set_inline = whoosh3.W3TermInfo.set_inlined
    whoosh3.W3TermInfo.inlined_postings = _inlined_postings
    whoosh3.W3LeafMatcher.skip_to = _skip_to
    MultiReader.field_length = _field_length
    whoosh3.W3TermsReader._range_for_key = _range_for_key
    whoosh3.W3TermsReader.__contains__ = _terms_contain
    whoosh3.W3TermsReader.term_info = _term_info
    whoosh3.W3PerDocWriter._create_column = _create_column
    whoosh3.W3PerDocWriter.finish_doc = _finish_doc
    whoosh3.W3PerDocReader.stored_fields = _stored_fields
    whoosh3.W3TermInfo.to_bytes = _compact_to_bytes
    whoosh3.W3TermInfo.from_bytes = classmethod(_compact_from_bytes)
    whoosh3.W3TermInfo.read_weight = classmethod(_compact_read_weight)
    whoosh3.W3TermInfo.read_doc_freq = classmethod(_compact_read_doc_freq)
    whoosh3.W3TermInfo.read_min_and_max_length = classmethod(_compact_read_min_and_max_length)
    whoosh3.W3FieldWriter.__init__ = _field_writer_init
    whoosh3.W3TermsReader.__init__ = _terms_reader_init
    whoosh3.W3PostingsWriter._write_block = _write_block
    whoosh3.W3LeafMatcher._goto = _goto
    whoosh3.W3LeafMatcher._read_data = _read_data
    install_pickle_aliases()
    _installed = True


def install_pickle_aliases() -> None:
    """Let pickled schemas that name a module's old path find it at its new one."""
    for old, new in PICKLED_MODULE_ALIASES.items():
        if old not in sys.modules:
            sys.modules[old] = importlib.import_module(new)


# whoosh3's own term table probes, before patch 7 (tests compare against them)
_ORIGINAL_TERM_PROBES = (
    whoosh3.W3TermsReader._range_for_key,
    whoosh3.W3TermsReader.__contains__,
    whoosh3.W3TermsReader.term_info,
)


def _term_range(self, key: bytes):
    """(datapos, datalen) of a term key in a segment's term table, or None if absent;
    probed once per terms reader (patch 7)."""
    try:
        kept = self._kept_ranges
    except AttributeError:
        kept = self._kept_ranges = {}
    try:
        return kept[key]
    except KeyError:
        pass
    got = next(iter(self._tindex.ranges_for_key(key)), None)
    if len(kept) >= TERM_RANGES_KEPT:
        kept.clear()  # bounded: a long session starts over rather than grow
    kept[key] = got
    return got


def _range_for_key(self, fieldname, tbytes):
    """whoosh3's `_range_for_key` (KeyError if absent), through the kept ranges."""
    key = self._keycoder(fieldname, tbytes)
    got = _term_range(self, key)
    if got is None:
        raise KeyError(key)
    return got


def _terms_contain(self, term) -> bool:
    """whoosh3's `W3TermsReader.__contains__`, through the kept ranges."""
    return _term_range(self, self._keycoder(*term)) is not None


def _term_info(self, fieldname, tbytes):
    """whoosh3's `W3TermsReader.term_info`, through the kept ranges."""
    got = _term_range(self, self._keycoder(fieldname, tbytes))
    if got is None:
        raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
    return whoosh3.W3TermInfo.from_bytes(self._dbfile.get(*got))


def _cached_reader(self, fieldname, column):
    """A field's column reader, or None, looked up once per segment reader."""
    try:
        return self._readers[fieldname]
    except KeyError:
        pass
    reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
    self._readers[fieldname] = reader
    return reader


STORED_NAME = "_storedd"  # the column of stored fields deflated against a dictionary (patch 8)
ZDICT_SAMPLE = 1024  # the first documents the dictionary is sampled from
ZDICT_BYTES = 32768  # deflate's window: a longer dictionary would not be used
ZDICT_LEVEL = 9  # as small as level 6 here, and faster from a primed compressor
_ZD_TRAILER = struct.Struct("<QQB")  # documents, dictionary length, offset width
_RAW = -15  # raw deflate: no zlib header or checksum per document


def zdictionary(values: list[bytes], size: int = ZDICT_BYTES) -> bytes:
    """Up to `size` bytes of `values`, taken evenly across them (the dictionary)."""
    values = [v for v in values if v]
    if not values:
        return b""
    mean = sum(map(len, values)) / len(values)
    step = max(1, int(len(values) * mean // size))
    out: list[bytes] = []
    total = 0
    for v in values[::step]:
        if total + len(v) > size:
            break
        out.append(v)
        total += len(v)
    return b"".join(out)


class DictDeflated(columns.Column):
    """Byte strings, each raw-deflated alone against one dictionary per column.

    Layout: the values (raw deflate, b"" for a document without one), the
    dictionary (`zdictionary` of the first ZDICT_SAMPLE values), each
    document's start offset and the end (uint32s, or uint64s past 4 GB),
    then the trailer (documents, dictionary length, offset width).
    """

    def default_value(self, reverse: bool = False) -> bytes:
        """A document without a value has b''."""
        return b""

    def writer(self, dbfile):
        """A writer of this column into `dbfile`."""
        return DictDeflated.Writer(dbfile)

    def reader(self, dbfile, basepos, length, doccount):
        """A reader of the column at `basepos` in `dbfile`."""
        return DictDeflated.Reader(dbfile, basepos, length, doccount)

    class Writer(columns.ColumnWriter):
        """Holds the first values until the dictionary is chosen, then writes each as it comes."""

        def __init__(self, dbfile) -> None:
            self._dbfile = dbfile
            self._pending: list[tuple[int, bytes]] = []
            self._zdict: bytes | None = None
            self._primed = None  # a compressor that has seen the dictionary
            self._offsets = array("Q")
            self._at = 0

        def add(self, docnum: int, value: bytes) -> None:
            """Add the value of `docnum` (documents come in increasing order)."""
            if self._zdict is None:
                self._pending.append((docnum, value))
                if len(self._pending) >= ZDICT_SAMPLE:
                    self._choose()
                return
            self._write(docnum, value)

        def _choose(self) -> None:
            self._zdict = zdictionary([v for _d, v in self._pending])
            extra = {"zdict": self._zdict} if self._zdict else {}
            self._primed = zlib.compressobj(
                ZDICT_LEVEL, zlib.DEFLATED, _RAW, 9, zlib.Z_DEFAULT_STRATEGY, **extra
            )
            pending, self._pending = self._pending, []
            for docnum, value in pending:
                self._write(docnum, value)

        def _write(self, docnum: int, value: bytes) -> None:
            offsets = self._offsets
            while len(offsets) <= docnum:  # documents without a value end where they start
                offsets.append(self._at)
            if value:
                c = self._primed.copy()
                data = c.compress(value) + c.flush()
                self._dbfile.write(data)
                self._at += len(data)

        def finish(self, doccount: int) -> None:
            """Write the held values, the dictionary, the offsets and the trailer."""
            if self._zdict is None:
                self._choose()
            offsets = self._offsets
            while len(offsets) <= doccount:
                offsets.append(self._at)
            width = 8 if self._at > 0xFFFFFFFF else 4
            self._dbfile.write(self._zdict)
            self._dbfile.write((offsets if width == 8 else array("I", offsets)).tobytes())
            self._dbfile.write(_ZD_TRAILER.pack(doccount, len(self._zdict), width))

    class Reader(columns.ColumnReader):
        """Values by document number, each inflated alone."""

        def __init__(self, dbfile, basepos, length, doccount) -> None:
            self._dbfile = dbfile
            self._basepos = basepos
            end = basepos + length - _ZD_TRAILER.size
            self._doccount, dlen, width = _ZD_TRAILER.unpack(dbfile.get(end, _ZD_TRAILER.size))
            self._offsets = array("Q" if width == 8 else "I")
            size = width * (self._doccount + 1)
            self._offsets.frombytes(dbfile.get(end - size, size))
            self._zdict = bytes(dbfile.get(end - size - dlen, dlen))
            # A mapped file's buffer, inflated from in place (no bytes copy per value).
            self._view = getattr(dbfile, "_buf", None)

        def __len__(self) -> int:
            return self._doccount

        def __getitem__(self, docnum: int) -> bytes:
            if docnum >= self._doccount:
                return b""
            a, b = self._offsets[docnum], self._offsets[docnum + 1]
            if a == b:
                return b""
            d = (
                zlib.decompressobj(_RAW, zdict=self._zdict)
                if self._zdict
                else zlib.decompressobj(_RAW)
            )
            at = self._basepos
            if self._view is not None:
                return d.decompress(self._view[at + a : at + b])
            return d.decompress(self._dbfile.get(at + a, b - a))

        def __iter__(self):
            for docnum in range(self._doccount):
                yield self[docnum]


STORED_COLUMN = columns.PickleColumn(DictDeflated())


def _create_column(self, fieldname, column):
    """whoosh3's column creation, with the stored fields in `DictDeflated` (patch 8)."""
    if fieldname == "_stored":
        fieldname, column = STORED_NAME, STORED_COLUMN
    _ORIGINAL_CREATE_COLUMN(self, fieldname, column)


def _finish_doc(self):
    """whoosh3's finish_doc, writing the stored fields to the `DictDeflated` column."""
    if sf := self._storedfields:
        self.add_column_value(STORED_NAME, STORED_COLUMN, sf)
        sf.clear()
    self._indoc = False


def _stored_fields(self, docnum):
    """A document's stored fields, from the `DictDeflated` column or (older segments) whoosh3's."""
    reader = self._cached_reader(STORED_NAME, STORED_COLUMN)
    if reader is None:
        reader = self._cached_reader("_stored", whoosh3.STORED_COLUMN)
        if reader is None:
            return {}
    v = reader[docnum]
    return {} if v is None else v


_ORIGINAL_CREATE_COLUMN = whoosh3.W3PerDocWriter._create_column
_ORIGINAL_FINISH_DOC = whoosh3.W3PerDocWriter.finish_doc
_ORIGINAL_SKIP_TO = whoosh3.W3LeafMatcher.skip_to
_ORIGINAL_FIELD_LENGTH = MultiReader.field_length


def _field_length(self, fieldname):
    """`MultiReader.field_length`, summed over the segments once per reader, field and
    segment count (a writer's reader gains segments by `add_reader`)."""
    known = self.__dict__.setdefault("_field_lengths", {})
    key = (fieldname, len(self.readers))
    got = known.get(key)
    if got is None:
        got = known[key] = _ORIGINAL_FIELD_LENGTH(self, fieldname)
    return got


_HEADERS_PER_STEP = 64  # block headers read at a time when a skip goes past the known ones


class _BlockIndex:
    """The blocks of one posting list read so far: their file offsets and last ids."""

    __slots__ = ("ends", "maxids", "offsets")

    def __init__(self, first: int) -> None:
        self.offsets: list[int] = []
        self.maxids: list = []
        self.ends = first  # offset of the next unread block header, or -1 after the last

    def extend(self, postfile) -> None:
        """Read up to _HEADERS_PER_STEP more block headers (as `W3LeafMatcher._goto` does)."""
        pos = self.ends
        for _ in range(_HEADERS_PER_STEP):
            compact = _block_head(postfile, pos)
            if compact is not None:
                maxid, last, after = compact[1], compact[8], compact[7]
            else:
                postfile.seek(pos)
                length = postfile.read_int()
                maxid = postfile.read_pickle()[1]
                last, after = length < 0, pos + whoosh3._INT_SIZE + abs(length)
            self.offsets.append(pos)
            self.maxids.append(maxid)
            if last:
                self.ends = -1
                return
            pos = after
        self.ends = pos


def _inlined_postings(self):
    """Inlined (ids, weights, values), values as bytes even when the format stores none."""
    ids, weights, values = self._inlined
    if not values and ids:
        values = (b"",) * len(ids)
    return ids, weights, values


def _skip_to(self, targetid):
    """`W3LeafMatcher.skip_to` by bisection over known block headers and in the block."""
    if self._byteids:
        return _ORIGINAL_SKIP_TO(self, targetid)
    if not self.is_active():
        raise ReadTooFar
    if targetid <= self.id():
        return
    if targetid > self._maxid:
        postfile = self._postfile
        known = postfile.__dict__.setdefault("_block_indexes", {})
        index = known.get(self._startoffset)
        if index is None:
            index = known[self._startoffset] = _BlockIndex(self._baseoffset)
        while True:
            j = bisect.bisect_left(index.maxids, targetid)
            if j < len(index.maxids) or index.ends < 0:
                break
            index.extend(postfile)
        if j == len(index.maxids):
            self._atend = True  # past the last block, as `_next_block` leaves it
            return
        self._goto(index.offsets[j])
        if self._ids is None:
            self._read_ids()
    self._i = bisect.bisect_left(self._ids, targetid, self._i)


# -- patch 9: compact term infos ------------------------------------------------
# whoosh3 packs every term info as 23 fixed bytes plus a 12-byte pointer, or
# pickles inlined postings (~14 bytes a posting). A compact term info has the
# _C_COMPACT bit in its flag byte (whoosh3 writes 0 or 1) and varints for the
# counts, ids and pointer; small whole weights are varints too. Values read back
# exactly as whoosh3's (float32 weights, the same tuples), so scores are unchanged.
_C_COMPACT = 0x80
_C_INLINED = 0x01
_C_FLOAT_WEIGHT = 0x02  # the total weight as float32, else a varint
_C_FLOAT_MAXWEIGHT = 0x04  # the max weight as float32, else a varint
_C_NO_IDS = 0x08  # no min/max id (an empty term info)
_C_FLOAT_POSTINGS = 0x10  # inlined weights as float32s, else varints
_C_VALUES = 0x20  # inlined values pickled after the weights
_F32 = struct.Struct("<f")
_WHOLE_LIMIT = 1 << 24  # whole floats below this are exact in float32


def _put_varint(out: bytearray, n: int) -> None:
    """Append `n` (>= 0) as a little-endian base-128 varint."""
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _get_varint(buf, at: int) -> tuple[int, int]:
    """The varint at `at` of `buf`, and where the next value starts."""
    n = shift = 0
    while True:
        b = buf[at]
        at += 1
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n, at
        shift += 7


def _whole(w) -> bool:
    """Whether a weight is a small whole number (stored as a varint)."""
    return 0 <= w < _WHOLE_LIMIT and w == int(w)


def _is_f32(w) -> bool:
    """Whether `w` survives float32 (a weight read back from a float32 array does)."""
    return _F32.unpack(_F32.pack(w))[0] == w


def _put_weight(out: bytearray, w, flags: int, bit: int) -> int:
    """Append a weight as a varint, or as float32 with `bit` set in the returned flags
    (rounded as whoosh3's packing rounds it)."""
    if _whole(w):
        _put_varint(out, int(w))
        return flags
    out += _F32.pack(w)
    return flags | bit


def _compact_to_bytes(self) -> bytes:
    """A term info as compact bytes (patch 9), or whoosh3's own when its inlined postings
    have a shape this encoding does not cover (byte ids, weights that are not float32)."""
    inlined = self._inlined
    if inlined is not None:
        ids, weights, values = inlined
        if (
            not ids
            or len(ids) != self._df
            or len(weights) != len(ids)
            or not all(type(i) is int for i in ids)
            or ids[0] != self._minid
            or any(b <= a for a, b in pairwise(ids))
            or not all(map(_is_f32, weights))
        ):
            return _ORIGINAL_TO_BYTES(self)
    out = bytearray(1)
    flags = _C_COMPACT
    _put_varint(out, self._df)
    flags = _put_weight(out, self._weight, flags, _C_FLOAT_WEIGHT)
    out.append(0 if self._minlength is None else length_to_byte(self._minlength))
    out.append(length_to_byte(self._maxlength))
    flags = _put_weight(out, self._maxweight, flags, _C_FLOAT_MAXWEIGHT)
    if self._minid is None:
        flags |= _C_NO_IDS
    else:
        _put_varint(out, self._minid)
        _put_varint(out, self._maxid - self._minid)
    if inlined is None:
        _put_varint(out, self._offset)
        _put_varint(out, self._length)
    else:
        flags |= _C_INLINED
        ids, weights, values = inlined
        prev = ids[0]  # = minid
        for i in ids[1:]:
            _put_varint(out, i - prev)
            prev = i
        if all(map(_whole, weights)):
            for w in weights:
                _put_varint(out, int(w))
        else:
            flags |= _C_FLOAT_POSTINGS
            for w in weights:
                out += _F32.pack(w)
        if values:
            flags |= _C_VALUES
            out += pickle.dumps(tuple(values), 2)
    out[0] = flags
    return bytes(out)


def _compact_head(buf, terminfo) -> tuple[int, int]:
    """Read a compact term info's statistics into `terminfo`; (flags, where the rest starts)."""
    flags = buf[0]
    terminfo._df, at = _get_varint(buf, 1)
    if flags & _C_FLOAT_WEIGHT:
        terminfo._weight = _F32.unpack_from(buf, at)[0]
        at += 4
    else:
        w, at = _get_varint(buf, at)
        terminfo._weight = float(w)
    terminfo._minlength = byte_to_length(buf[at])
    terminfo._maxlength = byte_to_length(buf[at + 1])
    at += 2
    if flags & _C_FLOAT_MAXWEIGHT:
        terminfo._maxweight = _F32.unpack_from(buf, at)[0]
        at += 4
    else:
        w, at = _get_varint(buf, at)
        terminfo._maxweight = float(w)
    if flags & _C_NO_IDS:
        terminfo._minid = terminfo._maxid = None
    else:
        terminfo._minid, at = _get_varint(buf, at)
        span, at = _get_varint(buf, at)
        terminfo._maxid = terminfo._minid + span
    return flags, at


class _Stats:
    """What `_compact_head` fills when only statistics are wanted."""

    __slots__ = ("_df", "_maxid", "_maxlength", "_maxweight", "_minid", "_minlength", "_weight")


def _compact_from_bytes(cls, s):
    """A term info from whoosh3's bytes or from compact ones (patch 9)."""
    if not s or not s[0] & _C_COMPACT:
        return _ORIGINAL_FROM_BYTES.__func__(cls, s)
    terminfo = cls()
    flags, at = _compact_head(s, terminfo)
    if not flags & _C_INLINED:
        terminfo._offset, at = _get_varint(s, at)
        terminfo._length, at = _get_varint(s, at)
        return terminfo
    n, i = terminfo._df, terminfo._minid
    ids = [i]
    for _ in range(n - 1):
        d, at = _get_varint(s, at)
        i += d
        ids.append(i)
    if flags & _C_FLOAT_POSTINGS:
        weights = struct.unpack_from(f"<{n}f", s, at)
        at += 4 * n
    else:
        got = []
        for _ in range(n):
            w, at = _get_varint(s, at)
            got.append(float(w))
        weights = tuple(got)
    values = pickle.loads(s[at:]) if flags & _C_VALUES else ()
    terminfo._inlined = (tuple(ids), tuple(weights), values)
    return terminfo


_STATS_READ = 40  # bytes that always hold a compact term info's statistics


def _read_stats(dbfile, datapos):
    """The statistics of the compact term info at `datapos`, or None for whoosh3's form."""
    head = dbfile.get(datapos, _STATS_READ)
    if not head[0] & _C_COMPACT:
        return None
    stats = _Stats()
    _compact_head(head, stats)
    return stats


def _compact_read_weight(cls, dbfile, datapos):
    """whoosh3's `read_weight` for either form of term info."""
    stats = _read_stats(dbfile, datapos)
    if stats is None:
        return _ORIGINAL_READ_WEIGHT.__func__(cls, dbfile, datapos)
    return stats._weight


def _compact_read_doc_freq(cls, dbfile, datapos):
    """whoosh3's `read_doc_freq` for either form of term info."""
    stats = _read_stats(dbfile, datapos)
    if stats is None:
        return _ORIGINAL_READ_DOC_FREQ.__func__(cls, dbfile, datapos)
    return stats._df


def _compact_read_min_and_max_length(cls, dbfile, datapos):
    """whoosh3's `read_min_and_max_length` for either form of term info."""
    stats = _read_stats(dbfile, datapos)
    if stats is None:
        return _ORIGINAL_READ_LENGTHS.__func__(cls, dbfile, datapos)
    return stats._minlength, stats._maxlength


_ORIGINAL_TO_BYTES = whoosh3.W3TermInfo.to_bytes
_ORIGINAL_FROM_BYTES = whoosh3.W3TermInfo.__dict__["from_bytes"]
_ORIGINAL_READ_WEIGHT = whoosh3.W3TermInfo.__dict__["read_weight"]
_ORIGINAL_READ_DOC_FREQ = whoosh3.W3TermInfo.__dict__["read_doc_freq"]
_ORIGINAL_READ_LENGTHS = whoosh3.W3TermInfo.__dict__["read_min_and_max_length"]


# -- patch 10: a compact lookup table for term tables ----------------------------
# whoosh3's term table finds a key through 256 hash tables of 12-byte slots at
# load 0.5: 24 bytes a term, more than the term info itself. The compact table
# is one open-addressing table at load <= 0.8 of 4-byte slots, each the term's
# number in the table's ordered index (which whoosh3 already writes, for prefix
# walks) and 8 bits of its hash: 5 bytes a term. Such a file starts with its own
# magic, so a reader that does not know it refuses the file instead of finding
# no terms; whoosh3's 256 tables are written empty.
TERMS_MAGIC = b"HSC1"
_SLOT_LOAD = 4, 5  # at most 4 terms per 5 slots
_MAX_SLOT_TERMS = (1 << 24) - 2  # a slot holds the term's number + 1 in 24 bits
_LENGTHS = struct.Struct("!ii")  # whoosh's key and value lengths before each pair


class CompactTermIndexWriter(filetables.OrderedHashWriter):
    """whoosh's ordered hash writer with the compact lookup table (patch 10)."""

    def __init__(self, dbfile) -> None:
        filetables.HashWriter.__init__(self, dbfile, magic=TERMS_MAGIC)
        self.index = filetables.GrowableArray("H")
        self.lastkey = b""

    def _write_hashes(self) -> None:
        """The lookup table where whoosh's hash tables go; whoosh's directory left empty."""
        dbfile = self.dbfile
        start = dbfile.tell()
        entry = {pos: i for i, pos in enumerate(self.index)}
        n = len(entry)
        if n > _MAX_SLOT_TERMS:
            raise ValueError(f"{n} terms in one segment: more than a compact table holds")
        slots = max(1, n * _SLOT_LOAD[1] // _SLOT_LOAD[0] + 1)
        table = array("I", bytes(4 * slots))
        for bucket in self.buckets:
            for h, pos in bucket:
                s = (h >> 8) % slots
                while table[s]:
                    s = s + 1 if s + 1 < slots else 0
                table[s] = (entry[pos] + 1) << 8 | (h & 0xFF)
        if sys.byteorder == "little":
            table.byteswap()  # read with whoosh's big-endian get_uint
        dbfile.write(table.tobytes())
        self.extras["compact_slots"] = (start, slots)
        self.directory = [(start, 0)] * 256  # empty; the first one's position ends the data


class CompactTermIndexReader(filetables.OrderedHashReader):
    """Reads a term table with the compact lookup table (patch 10)."""

    def __init__(self, dbfile, length=None) -> None:
        super().__init__(dbfile, length, magic=TERMS_MAGIC)
        self._slots_at, self._slots = self.extras["compact_slots"]

    def ranges_for_key(self, key):
        """(datapos, datalen) of `key`, if the table holds it (keys are unique)."""
        if not isinstance(key, bytes):
            raise TypeError(f"Key {key!r} should be bytes")
        dbfile = self.dbfile
        get_uint, at, slots = dbfile.get_uint, self._slots_at, self._slots
        h = self.hashfn(key)
        s, tag = (h >> 8) % slots, h & 0xFF
        for _ in range(slots):
            v = get_uint(at + 4 * s)
            if not v:
                return
            if v & 0xFF == tag:
                pos = self._get_pos(self.indexbase + ((v >> 8) - 1) * self.indexsize)
                keylen, datalen = _LENGTHS.unpack(dbfile.get(pos, _LENGTHS.size))
                if keylen == len(key) and dbfile.get(pos + _LENGTHS.size, keylen) == key:
                    yield (pos + _LENGTHS.size + keylen, datalen)
                    return
            s = s + 1 if s + 1 < slots else 0


def _field_writer_init(self, codec, storage, segment) -> None:
    """whoosh3's `W3FieldWriter.__init__`, writing the compact term table (patch 10)."""
    self._codec = codec
    self._storage = storage
    self._segment = segment
    self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
    self._tindex = CompactTermIndexWriter(self._create_file(whoosh3.W3Codec.TERMS_EXT))
    self._fieldmap = self._tindex.extras["fieldmap"] = {}
    self._postfile = self._create_file(whoosh3.W3Codec.POSTS_EXT)
    self._postwriter = None
    self._infield = False
    self.is_closed = False


def _terms_reader_init(self, codec, dbfile, length, postfile) -> None:
    """whoosh3's `W3TermsReader.__init__`, reading either form of term table."""
    if dbfile.get(0, len(TERMS_MAGIC)) != TERMS_MAGIC:
        return _ORIGINAL_TERMS_READER_INIT(self, codec, dbfile, length, postfile)
    self._codec = codec
    self._dbfile = dbfile
    self._tindex = CompactTermIndexReader(dbfile, length)
    self._fieldmap = self._tindex.extras["fieldmap"]
    self._postfile = postfile
    self._fieldunmap = [None] * len(self._fieldmap)
    for fieldname, num in self._fieldmap.items():
        self._fieldunmap[num] = fieldname
    return None


_ORIGINAL_TERMS_READER_INIT = whoosh3.W3TermsReader.__init__


# -- patch 11: compact posting blocks ----------------------------------------------
# whoosh3 pickles each posting block's header (a 6-tuple) and its data (id deltas,
# weights as 9-byte floats, values), then deflates the data: ~3 bytes a posting
# at 100k. A compact block starts with _BLOCK_TAG where whoosh3's pickle has
# 0x80: a flags byte, varints for the count and last id, the max weight and the
# length bytes; its data is the id deltas as uint8/16/32s, the weights as one
# float32, uint8s (small whole numbers) or float32s, then any values pickled;
# deflated when that is smaller. It unpacks to the tuple whoosh3 unpickles,
# with the same numbers, so every matcher reads it unchanged (~1.7 bytes a posting).
_BLOCK_TAG = 0x01
_B_ID_CODES = "BHI"  # flags bits 0-1: the id deltas' array type
_B_W_NONE, _B_W_ONE, _B_W_BYTES, _B_W_FLOATS = 0, 1, 2, 3  # bits 2-3: the weights
_B_V_NONE, _B_V_EMPTY, _B_V_PICKLED = 0, 1, 2  # bits 4-5: the values
_B_ZLIB = 0x40  # the data is deflated
_B_FLOAT_MAX = 0x80  # the max weight as a float64, else a varint
_F64 = struct.Struct("<d")
_LITTLE = sys.byteorder == "little"


def _le(a: array) -> bytes:
    """An array's bytes, little-endian."""
    if not _LITTLE:
        a = array(a.typecode, a)
        a.byteswap()
    return a.tobytes()


def _from_le(typecode: str, data) -> array:
    """An array of `typecode` from little-endian bytes."""
    a = array(typecode)
    a.frombytes(data)
    if not _LITTLE:
        a.byteswap()
    return a


def _write_block(self, last: bool = False) -> None:
    """whoosh3's `_write_block`, writing a compact block (patch 11); byte ids (vectors)
    keep whoosh3's pickled block."""
    if self._byteids:
        return _ORIGINAL_WRITE_BLOCK(self, last)
    if not self._blockcount:
        self._postfile.write(whoosh3.WHOOSH3_HEADER_MAGIC)
    self._terminfo.add_block(self)
    deltas = self._mini_ids()
    weights = self._mini_weights()
    values = self._mini_values()
    rest = deltas[1:]  # the first is the block's first id, in the header
    top = max(rest, default=0)
    code = 0 if top < 1 << 8 else 1 if top < 1 << 16 else 2
    data = bytearray(_le(array(_B_ID_CODES[code], rest)))
    flags = code
    if weights is None:
        pass
    elif isinstance(weights, float):
        flags |= _B_W_ONE << 2
        data += _F32.pack(weights)
    elif (whole := _byte_weights(weights)) is not None:
        flags |= _B_W_BYTES << 2
        data += whole
    else:
        flags |= _B_W_FLOATS << 2
        data += _le(array("f", weights))
    if values is not None:
        if values == ():
            flags |= _B_V_EMPTY << 4
        else:
            flags |= _B_V_PICKLED << 4
            data += pickle.dumps(values, 2)
    if len(data) >= whoosh3.COMPRESSION_MIN_SIZE and self._compression:
        packed = whoosh3.zlib.compress(data, self._compression)  # the codec's compressor
        if len(packed) < len(data):
            data = packed
            flags |= _B_ZLIB
    head = bytearray((_BLOCK_TAG, 0))
    ids = self._ids
    _put_varint(head, len(ids))
    _put_varint(head, ids[-1])
    _put_varint(head, deltas[0])
    mw = self._maxweight
    if 0 <= mw < _WHOLE_LIMIT and mw == int(mw):
        _put_varint(head, int(mw))
    else:
        flags |= _B_FLOAT_MAX
        head += _F64.pack(mw)
    head += bytes((length_to_byte(self._minlength), length_to_byte(self._maxlength)))
    head[1] = flags
    size = len(head) + len(data)
    postfile = self._postfile
    postfile.write_int(-size if last else size)
    postfile.write(bytes(head))
    postfile.write(bytes(data))
    self._blockcount += 1
    self._new_block()
    return None


def _byte_weights(weights) -> bytes | None:
    """The weights as bytes when all are whole numbers 0-255 (else None)."""
    whole = list(map(int, weights))
    if whole != list(weights) or min(whole) < 0 or max(whole) > 255:
        return None
    return bytes(whole)


_BLOCK_HEAD_READ = 32  # bytes that always hold a compact block's header


def _block_head(postfile, position: int):
    """(count, last id, max weight, flags, min length byte, max length byte, data offset,
    next block offset, last block, first id) of the block at `position`, or None if
    whoosh3 pickled it."""
    length = unpack_int(postfile.get(position, whoosh3._INT_SIZE))[0]
    start = position + whoosh3._INT_SIZE
    head = postfile.get(start, _BLOCK_HEAD_READ)
    if not head or head[0] != _BLOCK_TAG:
        return None
    last = length < 0
    length = -length if last else length
    flags = head[1]
    n, at = _get_varint(head, 2)
    maxid, at = _get_varint(head, at)
    first, at = _get_varint(head, at)
    if flags & _B_FLOAT_MAX:
        maxweight = _F64.unpack_from(head, at)[0]
        at += 8
    else:
        mw, at = _get_varint(head, at)
        maxweight = float(mw)
    mnlen, mxlen = head[at], head[at + 1]
    return n, maxid, maxweight, flags, mnlen, mxlen, start + at + 2, start + length, last, first


def _block_data(data: bytes, flags: int, n: int, first: int):
    """The (id deltas, weights, values) tuple whoosh3 would unpickle from a compact block
    (the deltas a list, the first one the block's first id)."""
    if flags & _B_ZLIB:
        data = zlib.decompress(data)
    code = _B_ID_CODES[flags & 3]
    width = array(code).itemsize * (n - 1)
    deltas = [first, *_from_le(code, data[:width])]
    at = width
    kind = flags >> 2 & 3
    if kind == _B_W_NONE:
        weights = None
    elif kind == _B_W_ONE:
        weights = _F32.unpack_from(data, at)[0]
        at += 4
    elif kind == _B_W_BYTES:
        weights = tuple(map(float, data[at : at + n]))
        at += n
    else:
        weights = tuple(_from_le("f", data[at : at + 4 * n]))
        at += 4 * n
    vkind = flags >> 4 & 3
    values = None if vkind == _B_V_NONE else () if vkind == _B_V_EMPTY else pickle.loads(data[at:])
    return deltas, weights, values


def _goto(self, position):
    """whoosh3's `W3LeafMatcher._goto`, reading a compact block's header (patch 11)."""
    try:
        got = _block_head(self._postfile, position)
    except (ValueError, IndexError, struct.error) as exc:
        raise _damaged_block(self._postfile, position, exc) from exc
    if got is None:
        self._compact = False
        return _ORIGINAL_GOTO(self, position)
    self._compact = True
    self._data = self._ids = self._weights = self._values = None
    self._i = 0
    n, maxid, maxweight, flags, mnlen, mxlen, dataoffset, nextoffset, last, first = got
    self._first = first
    if last:
        self._lastblock = True
    self._nextoffset = nextoffset
    self._dataoffset = dataoffset
    self._blocklength, self._maxid, self._maxweight = n, maxid, maxweight
    self._compression = flags
    self._minlength = byte_to_length(mnlen)
    self._maxlength = byte_to_length(mxlen)
    return None


def _read_data(self):
    """whoosh3's `W3LeafMatcher._read_data`, unpacking a compact block (patch 11)."""
    if not getattr(self, "_compact", False):
        return _ORIGINAL_READ_DATA(self)
    raw = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
    try:
        data = _block_data(raw, self._compression, self._blocklength, self._first)
    except (zlib.error, ValueError, IndexError, struct.error, pickle.UnpicklingError) as exc:
        raise _damaged_block(self._postfile, self._dataoffset, exc) from exc
    if len(data[0]) != self._blocklength:
        raise _damaged_block(self._postfile, self._dataoffset, "wrong posting count")
    self._data = data
    return None


def _damaged_block(postfile, position: int, why) -> CorruptIndexError:
    """whoosh3's error for a damaged posting block, for a compact one."""
    name = getattr(postfile, "_name", None) or "<postings file>"
    return CorruptIndexError(
        f"Damaged postings block at offset {position} in {name!r} ({why!r}). The index "
        "appears corrupted -- this is usually caused by concurrent writes without the "
        "index write lock or an interrupted commit. Rebuilding the index should fix it."
    )


_ORIGINAL_WRITE_BLOCK = whoosh3.W3PostingsWriter._write_block
_ORIGINAL_GOTO = whoosh3.W3LeafMatcher._goto
_ORIGINAL_READ_DATA = whoosh3.W3LeafMatcher._read_data


# -- the fast writer -----------------------------------------------------------
# Profiling a 20k-paragraph build (build7) put a third of its CPU in Whoosh's
# posting path: a 5-tuple per posting, an external sort of all of them, then
# `FieldWriter.add_postings` handling each one in Python (type asserts, a
# field-length read from the just-written column, array appends). `TermPool`
# keeps each term's postings as arrays as they arrive (documents come in
# order, so each list is already sorted) and `_write_pool` hands whoosh3's
# postings writer a whole block at a time: the same bytes, per term and per
# block work instead of per posting.
_BYTES_PER_POSTING = 20  # an id (4) and a weight (8) in arrays, with their growth slack
_BYTES_PER_TERM = 400  # a term's dict slot, key, list and two arrays
_BYTES_PER_VALUE = 60  # a value's bytes object and its list slot (KEYWORD frequencies)
_RUN_CHUNK = 2048  # terms pickled together in a spilled run


class TermPool:
    """Postings grouped by field and term as documents add them, spilled in sorted
    runs when they outgrow `limitmb` (so a build's memory does not grow with its corpus).

    A term's entry is [ids array("I"), weights array("d"), values list or None]:
    weights stay doubles until a block is written (whoosh3 keeps a block's
    maximum as the double it was given and its weights as floats), and a
    value is kept only when it is not empty, as whoosh3's postings writer does.
    """

    def __init__(self, tempstore, limitmb: int = 256) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.fields: dict[str, dict[bytes, list]] = {}
        self.fieldnames: set[str] = set()  # whoosh's multiprocessing writer reads it
        self.size = 0
        self.runs: list[str] = []

    def field(self, fieldname: str) -> dict[bytes, list]:
        """The term table of one field, to add postings to directly (`add_document`)."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item) -> None:
        """Add one (field, term bytes, docnum, weight, value) posting (Whoosh's merges)."""
        fieldname, btext, docnum, weight, value = item
        if docnum < 0:
            return  # whoosh's spelling marker; its posting writer skips these too
        terms = self.field(fieldname)
        entry = terms.get(btext)
        if entry is None:
            entry = terms[btext] = [array("I"), array("d"), None]
            self.size += _BYTES_PER_TERM
        entry[0].append(docnum)
        entry[1].append(weight)
        if value:
            if entry[2] is None:
                entry[2] = []
            entry[2].append(value)
            self.size += _BYTES_PER_VALUE
        self.size += _BYTES_PER_POSTING
        self.check()

    def check(self) -> None:
        """Spill the postings held to a run if they passed the memory limit."""
        if self.size >= self.limit:
            self.spill()

    def spill(self) -> None:
        """Write the held postings to a temporary run, sorted by field and term."""
        name = f"{random_name()}.run"
        f = self.tempstore.create_file(name)
        chunk = []
        for fieldname, btext, entry in self._sorted():
            chunk.append((fieldname, btext, entry[0].tobytes(), entry[1].tobytes(), entry[2]))
            if len(chunk) >= _RUN_CHUNK:
                pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()
        self.runs.append(name)
        self.fields = {}
        self.size = 0

    def _sorted(self):
        """(field, term, entry) held in memory, in field and term order."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for btext in sorted(terms):
                yield fieldname, btext, terms[btext]

    def _read_run(self, name: str):
        f = self.tempstore.open_file(name).raw_file()
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                for fieldname, btext, ids, weights, values in chunk:
                    entry = [array("I"), array("d"), values]
                    entry[0].frombytes(ids)
                    entry[1].frombytes(weights)
                    yield fieldname, btext, entry
        finally:
            f.close()

    def terms(self):
        """(field, term, entry) of every posting list, in field and term order; runs
        spilled earlier hold earlier documents, so a term's lists join in run order."""
        if not self.runs:
            yield from self._sorted()
            return
        sources = [self._read_run(name) for name in self.runs] + [self._sorted()]
        yield from _merge_runs(sources)

    def iter_postings(self):
        """Every posting as whoosh's (field, term, docnum, weight, value), in order."""
        for fieldname, btext, (ids, weights, values) in self.terms():
            vals = values or [b""] * len(ids)
            for docnum, weight, value in zip(ids, weights, vals, strict=True):
                yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        """Remove spilled runs."""
        for name in self.runs:
            with contextlib.suppress(OSError):
                self.tempstore.delete_file(name)
        self.runs = []
        self.fields = {}
        self.size = 0


def _merge_runs(sources):
    """Merge sorted (field, term, entry) streams; one term's entries join in source order."""
    streams = [_numbered(n, src) for n, src in enumerate(sources)]
    current = None
    for fieldname, btext, _n, entry in heapq.merge(*streams, key=_run_order):
        if current is not None and current[0] == fieldname and current[1] == btext:
            joined = current[2]
            joined[0].extend(entry[0])
            joined[1].extend(entry[1])
            if entry[2]:
                joined[2] = (joined[2] or []) + entry[2]
            continue
        if current is not None:
            yield current
        current = (fieldname, btext, entry)
    if current is not None:
        yield current


def _numbered(n: int, src):
    """A run's (field, term, entry) with the run's number, for `_merge_runs`."""
    for fieldname, btext, entry in src:
        yield fieldname, btext, n, entry


def _run_order(item) -> tuple:
    return item[0], item[1], item[2]


def _write_pool(writer) -> None:
    """whoosh3's `_flush_segment` for a `TermPool`: each term's postings go to the
    postings writer a block at a time, with the same block contents and statistics
    `FieldWriter.add_postings` gives them one posting at a time."""
    writer.perdocwriter.close()
    pdr = writer.per_document_reader() if writer.codec.length_stats else None
    fw = writer.fieldwriter
    schema = writer.schema
    try:
        lastfield = None
        lengths = None
        for fieldname, btext, entry in writer.pool.terms():
            if fieldname != lastfield:
                if lastfield is not None:
                    fw.finish_field()
                fw.start_field(fieldname, schema[fieldname])
                lastfield = fieldname
                lengths = _decoded_lengths(pdr, fieldname) if pdr is not None else None
            fw.start_term(btext)
            _fill_postings(fw._postwriter, entry, lengths)
            fw.finish_term()
        if lastfield is not None:
            fw.finish_field()
        fw.close()
    finally:
        if pdr is not None:
            pdr.close()


def _decoded_lengths(pdr, fieldname: str) -> list[int] | None:
    """Each document's field length as `doc_field_length_reader` decodes it (0 where it
    gives 0 or None), or None for a field without a length column."""
    from whoosh.util.numeric import byte_to_length

    column = pdr._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if column is None:
        return None
    table = [0] + [byte_to_length(b) for b in range(1, 256)]
    raw = column._dbfile.get(column._basepos, column._count)
    return [table[b] for b in raw]


def _fill_postings(pw, entry: list, lengths: list[int] | None) -> None:
    """Give whoosh3's postings writer a term's postings in blocks of its block limit:
    each full block is written as `add_posting` would write it when the next posting
    comes, and the last is left buffered for `finish_postings` (written or inlined)."""
    ids, weights, values = entry
    limit = pw._blocklimit
    n = len(ids)
    nlengths = len(lengths) if lengths is not None else 0
    for a in range(0, n, limit):
        if a:
            pw._write_block()
        b = min(a + limit, n)
        block = ids[a:b]
        ws = weights[a:b]
        pw._ids = block
        pw._weights = array("f", ws)
        pw._values = values[a:b] if values else []
        top = max(ws)
        pw._maxweight = top if top > 0 else 0
        if lengths is not None:
            got = [lengths[d] for d in block if d < nlengths and lengths[d]]
            pw._minlength = min(got) if got else None
            pw._maxlength = max(got) if got else 0


class CheckedWriter(SegmentWriter):
    """A SegmentWriter with crash points around the table-of-contents write, and the
    accelerator files (index/build/accel.py) of the generation it publishes.

    It keeps the folded text of every document it adds (`folded`, document
    order), so its segment's accelerator is built from what it already holds
    instead of reading the stored text back.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.folded: list[str] | None = []  # None once a document came without its text
        self.index_cache: dict = {}  # (field, value) -> (postings items, length): add_document

    def add_reader(self, reader) -> None:
        """Merge a segment's live documents (Whoosh copies them in document order)."""
        if self.folded is not None:
            from index.build.folding import fold

            self.folded.extend(fold(f.get("text", "")) for _d, f in reader.iter_docs())
        super().add_reader(reader)

    def _flush_segment(self):
        """Write the segment's postings from its `TermPool` (`_write_pool`)."""
        _write_pool(self)

    def _commit_toc(self, segments):
        from index.build import accel  # it reads segments through this module

        folder = getattr(self.storage, "folder", None)
        checkpoint("segment")
        if folder is not None:
            # Before the TOC: the generation it publishes has its accelerator files.
            known = {}
            if self.folded is not None:
                known[self.newsegment.segment_id()] = self.folded
            accel.ensure_for_segments(Path(folder), self.storage, self.schema, segments, known)
        super()._commit_toc(segments)
        checkpoint("toc")
        if folder is not None:
            accel.remove_unused(Path(folder), segments)


def _codec():
    """whoosh3's codec, inlining the postings of terms in fewer than INLINE_LIMIT documents."""
    install()  # the inlining path needs the set_inline fix
    return whoosh3.W3Codec(inlinelimit=INLINE_LIMIT)


def new_writer(ix, limitmb: int = 256) -> SegmentWriter:
    """A SegmentWriter (holding the index's write lock) whose pool is a `TermPool`."""
    w = CheckedWriter(ix, limitmb=limitmb, codec=_codec())
    w.pool = TermPool(w._tempstorage, limitmb=limitmb)
    return w


def worker_writer(ix, limitmb: int) -> SegmentWriter:
    """A lock-free writer for a forked worker (as Whoosh's MpWriter makes): it only writes a segment."""
    w = CheckedWriter(ix, limitmb=limitmb, _lk=False, codec=_codec())
    w.pool = TermPool(w._tempstorage, limitmb=limitmb)
    return w


def add_document(
    writer: SegmentWriter,
    fields: dict,
    boosts: dict[str, float] | None = None,
    folded: str | None = None,
) -> None:
    """`writer.add_document(**fields)` without its per-posting overhead.

    Same per-document steps as Whoosh's add_document: postings to the pool,
    stored value and field length to the per-document writer, column values.
    `folded` (the paragraph's folded text) is kept for the accelerator.
    """
    writer._check_state()
    pdw = writer.perdocwriter
    schema = writer.schema
    docnum = writer.docnum
    pool = writer.pool
    boosts = boosts or {}
    cache = getattr(writer, "index_cache", None)
    added = 0  # the pool's bytes this document adds
    pdw.start_doc(docnum)
    try:
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                fb = boosts.get(name, 1.0)
                key = _index_key(name, value) if cache is not None else None
                known = cache.get(key) if key is not None else None
                if known is None:
                    items = list(field.index(value))
                    if field.scorable:
                        length = sum(item[1] for item in items)
                    if key is not None:
                        if len(cache) >= INDEX_CACHE_SIZE:
                            cache.clear()
                        cache[key] = (items, length)
                else:
                    items, length = known
                terms = pool.field(name)
                for t, _, w, v in items:
                    entry = terms.get(t)
                    if entry is None:
                        entry = terms[t] = [array("I"), array("d"), None]
                        added += _BYTES_PER_TERM
                    entry[0].append(docnum)
                    entry[1].append(w if fb == 1.0 else w * fb)
                    if v:
                        if entry[2] is None:
                            entry[2] = []
                        entry[2].append(v)
                        added += _BYTES_PER_VALUE
                added += _BYTES_PER_POSTING * len(items)
            pdw.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                pdw.add_column_value(name, column, field.to_column_value(value))
    except ValueError:
        pdw.cancel_doc()
        raise
    pdw.finish_doc()
    pool.size += added
    pool.check()
    writer._added = True
    writer.docnum += 1
    texts = getattr(writer, "folded", None)
    if texts is not None:
        if folded is None:
            writer.folded = None  # the accelerator reads this segment's stored text instead
        else:
            texts.append(folded)


def _index_key(name: str, value) -> tuple | None:
    """A cache key for a field value whose postings repeat (None: not worth caching).

    Most fields of a paragraph are its article's (file, keys, source, date,
    facets, title words) and repeat on each of its ~20 paragraphs; a field's
    postings depend only on its value.
    """
    if isinstance(value, (str, int)):
        return (name, value)
    if isinstance(value, (list, tuple)) and len(value) <= INDEX_CACHE_ITEMS:
        return (name, tuple(value))
    return None


def folded_texts(writer: SegmentWriter) -> list[str] | None:
    """The folded texts of the documents a `CheckedWriter` added, or None if it has not all."""
    return getattr(writer, "folded", None)


def finish_worker_segment(writer: SegmentWriter):
    """The worker's finished segment, or None (and its files removed) if it added nothing."""
    if writer._added:
        return writer._finalize_segment()
    writer._close_segment()
    return None


def commit_segments(writer: SegmentWriter, segments: list, keep) -> None:
    """Commit the writer's deletions and own documents plus `segments` from workers, unmerged.

    `keep(existing)` picks which existing segments stay (e.g. drop dead ones);
    nothing is merged, since merging re-writes every posting in Python.
    """
    try:
        final = keep(writer._merge_segments(NO_MERGE, False, None))
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final + segments)
    except Exception:
        writer._cleanup_on_error()
        raise
    writer._finish()


# -- reading -------------------------------------------------------------------
def reader_folder(reader) -> str | None:
    """The folder of a segment reader's index (a compound segment reads through an overlay)."""
    storage = reader.storage()
    storage = getattr(storage, "b", storage)  # OverlayStorage(compound file, folder)
    return getattr(storage, "folder", None)


def refreshed_searcher(ix, old):
    """A searcher of the index's latest generation that keeps `old`'s segment readers whose
    segment and deletions are unchanged, and closes `old`'s other readers.

    A commit of one article adds a small segment and changes the deletions of
    at most a few: at 1M paragraphs opening the 16 others again (term tables,
    stored-field indexes, accelerator maps, `TERM_RANGES_KEPT` lookups) was
    most of a refresh. Whoosh's own `Searcher.refresh` reuses a reader whose
    segment's deletions changed, so deleted documents would still be found.
    With fewer than two segments it is `ix.searcher()` (a lone segment reader
    carries its generation, which would then be stale).
    """
    from whoosh.reading import MultiReader, SegmentReader
    from whoosh.searching import Searcher

    toc = ix._read_toc()
    segments = list(toc.segments)
    kept = {}
    if len(segments) >= 2 and not old.is_closed:
        for reader, _offset in old.reader().leaf_readers():
            segment = reader.segment() if isinstance(reader, SegmentReader) else None
            if segment is not None and not reader.is_closed:
                kept[segment.segment_id()] = reader
    if not kept:
        old.close()
        return ix.searcher()
    readers, opened = [], []
    try:
        for segment in segments:
            reader = kept.get(segment.segment_id())
            if reader is not None and _same_deletions(reader.segment(), segment):
                del kept[segment.segment_id()]
            else:
                reader = SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation)
                opened.append(reader)
            readers.append(reader)
    except Exception:  # a file gone under a concurrent commit: Whoosh's open retries
        for reader in opened:
            reader.close()
        old.close()
        return ix.searcher()
    for reader in kept.values():  # segments merged away or whose deletions changed
        reader.close()
    return Searcher(MultiReader(readers, generation=toc.generation), fromindex=ix)


def _same_deletions(a, b) -> bool:
    """Whether two `Segment`s (one segment at two generations) delete the same documents."""
    count = a.deleted_count()
    if count != b.deleted_count():
        return False
    return count == 0 or set(a.deleted_docs()) == set(b.deleted_docs())


def segments_of(ix) -> list:
    """The segments of an index's latest committed generation."""
    return ix._segments()


def bulk_ids(matcher) -> list[int]:
    """All ids of a matcher; a plain on-disk posting list is read a block at a time."""
    deleted = None
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        deleted, matcher = matcher._ids, matcher.child  # a segment with deletions
    fast = _posting_blocks(matcher) if _at_start(matcher) else None
    if fast is not None:
        ids = list(accumulate(fast[0]))
    elif type(matcher) is not whoosh3.W3LeafMatcher:
        ids = list(matcher.all_ids())
    else:
        ids = []
        while matcher.is_active():
            matcher._read_ids()
            block, i = matcher._ids, matcher._i
            ids.extend(block[i:] if i else block)
            matcher._next_block()
    if deleted:
        ids = [d for d in ids if d not in deleted]
    return ids


def term_table_sizes(ix) -> dict[str, list[int]]:
    """{field: [terms, dictionary bytes, posting bytes]} read from each segment's term table."""
    out: dict[str, list[int]] = {}
    head = whoosh3.W3TermInfo._struct.size
    at = head + whoosh3._LONG_SIZE
    with ix.reader() as top:
        for r, _ in top.leaf_readers():
            terms = r._terms  # the codec's table: raw keys and term infos
            for key, val in terms._tindex.items():
                row = out.setdefault(terms._keydecoder(key)[0], [0, 0, 0])
                row[0] += 1
                row[1] += len(key) + len(val)
                if val[0] & _C_COMPACT:  # patch 9's term info
                    if not val[0] & _C_INLINED:
                        row[2] += whoosh3.W3TermInfo.from_bytes(val)._length
                elif not val[0]:  # flag byte: postings are not inlined
                    # Read by hand: whoosh3's from_bytes leaves the length a tuple.
                    row[2] += unpack_int(val[at : at + whoosh3._INT_SIZE])[0]
    return out


def segment_part_sizes(folder: Path) -> dict[str, int]:
    """Bytes per kind of part inside the compound segment files (`.seg`) of a Whoosh folder:
    `.trm` term tables, `.pst` postings, `._storedd.col` (`._stored.col` in older segments)
    stored fields, other columns."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(folder))
    out: dict[str, int] = {}
    for seg in sorted(Path(folder).glob("*.seg")):
        parts = CompoundStorage(storage.open_file(seg.name), use_mmap=False)
        try:
            for name in parts.list():
                kind = name[len(seg.stem) :]  # the segment's name, then the part's
                out[kind] = out.get(kind, 0) + parts.file_length(name)
        finally:
            parts.close()
    return out


def bulk_postings(matcher):
    """(ids, weights) of a term's postings matcher as numpy arrays, deleted documents left out.

    Reads whoosh3's posting blocks directly (`_posting_blocks`), so a million
    postings cost a few thousand block loads, not a million Python steps. The
    weights are exactly what `matcher.weight()` returns.
    """
    import numpy as np

    deleted = None
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        deleted, matcher = matcher._ids, matcher.child  # a segment with deletions
    got = _posting_blocks(matcher) if _at_start(matcher) else None
    if got is not None:
        deltas, floats = got
        ids = np.cumsum(np.asarray(deltas, dtype=np.int64))
        if all(isinstance(f, array) for f in floats):  # compact blocks' float32s
            weights = np.frombuffer(b"".join(floats), dtype=np.float32).astype(np.float64)
        else:
            records = b"".join(_binfloats(f) for f in floats)
            raw = np.frombuffer(records, dtype=np.uint8).reshape(-1, 9)
            weights = raw[:, 1:].copy().view(">f8").ravel().astype(np.float64)
    else:
        raw_ids, raw_weights = [], []
        while matcher.is_active():
            raw_ids.append(matcher.id())
            raw_weights.append(matcher.weight())
            matcher.next()
        ids = np.asarray(raw_ids, dtype=np.int64)
        weights = np.asarray(raw_weights, dtype=np.float64)
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, np.int64, len(deleted)))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


def _binfloats(chunk) -> bytes:
    """A block's weights as BINFLOAT records (a compact block's float32 array converted)."""
    if isinstance(chunk, array):
        return b"".join(_BINFLOAT.pack(_FLOAT, w) for w in chunk)
    return chunk


def _at_start(matcher) -> bool:
    """Whether `matcher` is a `W3LeafMatcher` of document ids at its first posting."""
    if type(matcher) is not whoosh3.W3LeafMatcher or matcher._byteids:
        return False
    if matcher._atend or matcher._i:
        return False
    first = abs(unpack_int(matcher._postfile.get(matcher._baseoffset, whoosh3._INT_SIZE))[0])
    return matcher._nextoffset == matcher._baseoffset + whoosh3._INT_SIZE + first


_IDS_END = b"tq\x00"  # a block's pickled id tuple ends with TUPLE, then BINPUT 0 (its memo)
_FLOAT = ord("G")  # BINFLOAT: 8 bytes, big-endian


def _posting_blocks(matcher):
    """The id deltas and weights of a `W3LeafMatcher`'s whole posting list (`_at_start`),
    or None if a block header is not one this function knows. The ids are the running
    sum of the deltas; the weights are, by block, BINFLOAT records (9 bytes each) or,
    for a compact block (patch 11), an array of float32s.

    A block is a pickle of (id deltas, weights, values) in protocol 2, zlib'd.
    The values (positions: a bytes object per posting, each unpickled by a
    call) are most of its unpickling time and no score bound needs them, so
    only the ids and weights are unpickled: the pickle up to the ids tuple's
    end (plus STOP), and the weights' BINFLOATs read with numpy. A block where
    that shortcut's checks fail (tuples of 1-3 items have their own opcodes)
    is unpickled whole, as Whoosh does. The deltas of all blocks are summed
    at once: each block's first delta is made relative to the previous
    block's last id (its header's maxid).
    """
    import zlib

    deltas: list = []
    floats: list = []  # per block: n BINFLOAT records (9 bytes each), or float32s
    postfile = matcher._postfile
    get = postfile.get
    pos = matcher._baseoffset  # the first block
    prev_max = 0
    while True:
        compact = _block_head(postfile, pos)
        if compact is not None:
            n, maxid, _mw, flags, _mn, _mx, at, after, last, first = compact
            ids, weights, _values = _block_data(get(at, after - at), flags, n, first)
            if weights is None or isinstance(weights, float):
                record = array("f", (1.0 if weights is None else weights,)) * n
            else:
                record = array("f", weights)
            start = len(deltas)
            deltas.extend(ids)
            deltas[start] -= prev_max
            floats.append(record)
            prev_max = maxid
            if last:
                break
            pos = after
            continue
        length = unpack_int(get(pos, whoosh3._INT_SIZE))[0]
        last = length < 0
        length = -length if last else length
        block = get(pos + whoosh3._INT_SIZE, length)
        info = pickle.loads(block)  # the header; loads stops at its STOP
        head = pickle.dumps(info, 2)
        if block[: len(head)] != head:
            return None  # not the header this reader knows: walk the matcher instead
        n, maxid, _maxweight, compression = info[0], info[1], info[2], info[3]
        data = block[len(head) :]
        if compression:
            data = zlib.decompress(data)
        got = _ids_and_weights(data, n)
        if got is None:
            full = pickle.loads(data)
            ids, weights = full[0], full[1]
            if isinstance(weights, tuple):
                record = b"".join(_BINFLOAT.pack(_FLOAT, w) for w in weights)
            else:
                record = _one_weight(1.0 if weights is None else weights) * n
        else:
            ids, record = got
        start = len(deltas)
        deltas.extend(ids)
        deltas[start] -= prev_max
        floats.append(record)
        prev_max = maxid
        if last:
            break
        pos += whoosh3._INT_SIZE + length
    matcher._atend = True  # read to its end, as the block-by-block walk leaves it
    return deltas, floats


_BINFLOAT = struct.Struct(">Bd")


def _one_weight(weight: float) -> bytes:
    """The BINFLOAT record of a block's one weight, as `_read_weights` gives it: float32."""
    return _BINFLOAT.pack(_FLOAT, _FLOAT32.unpack(_FLOAT32.pack(weight))[0])


_FLOAT32 = struct.Struct("f")


def _ids_and_weights(data: bytes, n: int):
    """(id deltas, n BINFLOAT records) from a block's pickled data, or None if its shape
    is not the common one: MARK ids TUPLE BINPUT, then None, one float, or MARK floats TUPLE."""
    end = data.find(_IDS_END, 3)
    if end < 0 or data[2] != 0x28:  # MARK
        return None
    try:
        ids = pickle.loads(data[: end + 1] + b".")
    except Exception:
        return None
    if type(ids) is not tuple or len(ids) != n:
        return None
    at = end + len(_IDS_END)
    kind = data[at : at + 1]
    if kind == b"N":  # NONE: every weight is 1
        return ids, _one_weight(1.0) * n
    if kind == b"G" and data[at + 9 : at + 10] not in (b"G", b"\x85", b"\x86", b"\x87", b""):
        # One weight for the block (not a short tuple of them).
        return ids, _one_weight(_BINFLOAT.unpack(data[at : at + 9])[1]) * n
    if kind == b"(" and data[at + 1 + 9 * n : at + 2 + 9 * n] == b"t":  # MARK n×BINFLOAT TUPLE
        record = data[at + 1 : at + 1 + 9 * n]
        if record[::9] == bytes([_FLOAT]) * n:
            return ids, record
    return None


def column_bytes(reader, fieldname: str) -> list[bytes]:
    """A segment's raw column values (bytes, b"" where none), one per document.

    A variable-length column is read in one piece and cut by its lengths array,
    instead of one file read and one decode per document; other columns are
    iterated as Whoosh does.
    """
    from whoosh.columns import VarBytesColumn

    column = reader.column_reader(fieldname, translate=False)
    if type(column) is not VarBytesColumn.Reader:
        return [v if isinstance(v, bytes) else str(v).encode("utf-8") for v in column]
    lengths = column._lengths
    data = column._dbfile.get(column._basepos, sum(lengths))
    out = []
    pos = 0
    for n in lengths:
        out.append(data[pos : pos + n])
        pos += n
    return out


def length_bytes(reader, fieldname: str):
    """A segment's encoded field-length byte per document (numpy uint8; 0 = no length).

    Decode with `whoosh.util.numeric.byte_to_length`, as `doc_field_length` does.
    """
    import numpy as np

    n = reader.doc_count_all()
    out = np.zeros(n, dtype=np.uint8)
    column = reader._perdoc._cached_reader(f"_{fieldname}_len", whoosh3.LENGTHS_COLUMN)
    if column is None:
        return out
    count = min(column._count, n)
    if count:
        out[:count] = np.frombuffer(column._dbfile.get(column._basepos, count), dtype=np.uint8)
    return out


def bm25_parameters(weighting, fieldname: str) -> tuple[float, float]:
    """(B, K1) that a `BM25F` weighting uses for `fieldname` (B may be set per field)."""
    return weighting._field_B.get(fieldname, weighting.B), weighting.K1


def stored_fields(source, docnum: int) -> dict:
    """`source.stored_fields(docnum)` (a searcher or a reader), the same dict, without a
    schema method call per field: names are looked up in the schema's field table first
    (hits needed two such reads each, a third of their time)."""
    reader = source.reader() if hasattr(source, "ixreader") else source
    if type(reader) is MultiReader:
        offsets = reader.doc_offsets
        i = max(0, bisect.bisect_right(offsets, docnum) - 1)
        reader, docnum = reader.readers[i], docnum - offsets[i]
    if type(reader) is not SegmentReader or reader.is_closed or docnum < 0:
        return source.stored_fields(docnum)  # Whoosh's own answer, or its error
    column = reader.__dict__.get("_stored_values")
    if column is None:
        column = reader._stored_values = _stored_values(reader)
    if column:  # `_stored_fields` without its three calls: a value, unpickled
        value = column[docnum]
        fields = pickle.loads(value) if value else {}
    else:
        fields = reader._perdoc.stored_fields(docnum)
    schema = reader.schema
    names = schema._fields
    if fields.keys() <= names.keys():  # nothing to leave out (as good as always)
        return fields
    return {k: v for k, v in fields.items() if k in names or k in schema}


def _stored_values(reader) -> DictDeflated.Reader | bool:
    """A segment reader's `DictDeflated` column of pickled stored fields, False when its
    stored fields are kept otherwise (read through `_stored_fields`)."""
    column = reader._perdoc._cached_reader(STORED_NAME, STORED_COLUMN)
    child = getattr(column, "_child", None)
    return child if type(child) is DictDeflated.Reader else False
