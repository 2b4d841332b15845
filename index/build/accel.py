"""The literal accelerator: compiled per-segment structures for exact substring matching.

Whoosh stays the index of record (words, BM25, stored fields). Next to each
Whoosh segment `S` this writes one immutable file `ACCEL_S.acc` holding, for
the segment's documents 0..n-1:

- the folded text of every paragraph (UTF-8, one offsets array), to verify
  candidates: a literal of 3+ characters is the AND of its bigrams' bitmaps
  followed by a substring check;
- a roaring bitmap (pyroaring) per character and per character bigram of the
  folded text, without positions, keyed by code point(s) in sorted arrays.

The file is derived only from the segment's folded text, so it can always be
rebuilt from the index's stored text; writers build it from the texts they
already hold (the worker that wrote the segment, or the serial writer). It is written (tmp + fsync + rename) before the table
of contents that makes its segment visible, so a committed generation has its
accelerator files; a kill at any point leaves either a whole file or a `.tmp`
that the next writer removes. Deletions live in Whoosh's TOC and are applied
at query time, so a segment's file never changes. Files of segments no longer
in the index are removed after the next commit.

Beside it, `ACCEL_S.tab` holds the segment's facet codes and date ranks
(index/build/tables.py); both are built, checked, rewritten and removed
together, here.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import json
import mmap
import os
import struct
import sys
from array import array
from itertools import accumulate, pairwise, repeat
from pathlib import Path

from pyroaring import BitMap

from index.build.faults import checkpoint
from index.build.folding import fold

# 2: posting lists of up to SMALL documents as raw uint32s; 32-bit offsets.
# 3: bigram keys as a table of first characters over uint32 second characters;
#    folded text in UTF-16-LE (2 bytes a Chinese character, UTF-8 takes 3).
# 4: in a segment of up to 65,536 documents (one roaring container; header
#    "compact"), a posting list is that container's payload without roaring's
#    16-byte header: arrays as uint16s, bitsets cut to the segment's length,
#    runs; bigram second characters as uint16s, the few bigrams whose second
#    character is beyond the BMP in a table of their own.
FORMAT = 4
SMALL = 3  # raw lists are 4–12 bytes; a serialized roaring bitmap is at least 15
CONTAINER = 1 << 16  # documents in one roaring container: a compact file's limit
# A compact list: an even length is a uint16 array; an odd one ends with its kind's
# tag and starts with its cardinality - 1 (uint16), then a bitset or (start, length - 1) runs.
_RUNS, _BITS = 1, 2
_NO_RUN_COOKIE, _RUN_COOKIE = 12346, 12347  # roaring's portable format
_ARRAY_HEAD = struct.Struct("<IIHHI")  # cookie, 1 container, key 0, card - 1, its offset
_RUN_HEAD = struct.Struct("<IBHHH")  # cookie, run flags, key 0, card - 1, runs
_BITSET_BYTES = 8192
BMP = 1 << 16  # second characters below this are uint16s; the rest are "wide" bigrams
SPLIT_WIDE = True  # format 4's bigram tables (False: format 3's, for tests)
# Candidates of a literal from which their texts are checked through numpy (loaded by
# then: an index with that many holds numpy's bounded search) rather than one by one.
CHECK_WITH_NUMPY_FROM = 256
# … and from which they are once numpy is loaded anyway (one `numpy.strings.find` over
# them costs about as much as 25 `find` calls).
CHECK_LOADED_FROM = 32
# The largest text section `_check_many` searches as one numpy bytes string (numpy's
# item size is a C int); a larger one is searched a `find` call per candidate.
MAX_STRING = 2**31 - 1
TOUCH_STEPS = (0, 64, 128)  # `_touch`: a text's first three cache lines (then its last)
MAGIC = b"SAACC1\n\0"
PREFIX = "ACCEL_"  # = store.ACCEL_PREFIX (store cannot import this module: a cycle)
SUFFIX = ".acc"
TABLES_SUFFIX = (
    ".tab"  # = tables.SUFFIX: the segment's facet and date tables (index/build/tables.py)
)
SPACE = frozenset(" \t\n")  # as analysis.py: no unigram, no bigram of two of these
_HEAD = struct.Struct("<Q")
BIGRAM_SHIFT = 21  # a code point fits in 21 bits
# The folded text's encoding: news text is mostly Chinese, 2 bytes a character
# here against UTF-8's 3 (the text section shrinks by ~30 %), and a substring
# is found with bytes.find at an even offset, so verifying needs no decoding.
TEXT_CODEC = "utf-16-le"


def accel_name(segment_id: str) -> str:
    """The accelerator file name for a Whoosh segment id."""
    return f"{PREFIX}{segment_id}{SUFFIX}"


def segment_of(name: str) -> str | None:
    """The segment id an accelerator or tables file name belongs to (None for other files)."""
    for suffix in (SUFFIX, TABLES_SUFFIX):
        if name.startswith(PREFIX) and name.endswith(suffix):
            return name[len(PREFIX) : -len(suffix)]
    return None


def _postings(keys, docs, n: int):
    """Distinct keys and one posting blob per key (`_blob`; numpy arrays in; n documents)."""
    import numpy as np

    if not len(keys):
        return np.zeros(0, dtype=keys.dtype), []
    order = np.lexsort((docs, keys))
    keys, docs = keys[order], docs[order]
    distinct = np.ones(len(keys), dtype=bool)  # first of each (key, document) pair
    distinct[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    keys, docs = keys[distinct], docs[distinct].astype(np.uint32)
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(first)
    ends = np.append(starts[1:], len(keys))
    raw = docs.tobytes()
    blobs = [
        _blob(array("I", raw[4 * s : 4 * e]), n)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    return keys[starts], blobs


# Up to this many characters a segment's sections are built in plain Python: a commit of
# one article (~5k characters, ~10 ms) then never imports numpy (~0.09 s of CPU).
PLAIN_BUILD_CHARS = 50_000


def build_arrays(folded: list[str]) -> dict:
    """The sections of an accelerator file for these folded paragraphs (document i = folded[i])."""
    if sum(map(len, folded)) <= PLAIN_BUILD_CHARS:
        return _plain_arrays(folded)
    return _numpy_arrays(folded)


def _plain_arrays(folded: list[str]) -> dict:
    """`build_arrays` without numpy, byte for byte the same sections (array.array for arrays)."""
    uni: dict[int, list[int]] = {}
    bi: dict[int, list[int]] = {}
    for doc, text in enumerate(folded):
        for c in set(text) - SPACE:
            uni.setdefault(ord(c), []).append(doc)  # documents in order: each list sorted
        for a, b in set(pairwise(text)):
            if not (a in SPACE and b in SPACE):
                bi.setdefault(ord(a) << BIGRAM_SHIFT | ord(b), []).append(doc)
    n = len(folded)
    uni_keys, bi_keys = sorted(uni), sorted(bi)
    encoded = [t.encode(TEXT_CODEC) for t in folded]
    uni_blobs = [_blob(uni[k], n) for k in uni_keys]
    return {
        "text_off": _offsets(encoded),
        "text": b"".join(encoded),
        "uni_keys": array("I", uni_keys),
        "uni_off": _offsets(uni_blobs),
        "uni_blob": b"".join(uni_blobs),
        **_bigram_sections(bi_keys, [_blob(bi[k], n) for k in bi_keys]),
    }


def _bigram_sections(keys: list[int], blobs: list[bytes]) -> dict:
    """The bigram sections of sorted bigram keys and their posting blobs.

    Keys grouped by first character (`bi_first`, where each group starts in
    `bi_first_off`) over their second characters (`bi_second`): uint16s, with
    the few bigrams whose second character is beyond the BMP (SPLIT_WIDE) in
    a table of whole keys (`bi_wide_keys`, uint64) with their own blobs.
    """
    low = (1 << BIGRAM_SHIFT) - 1
    narrow = [i for i, k in enumerate(keys) if not SPLIT_WIDE or k & low < BMP]
    wide = [i for i, k in enumerate(keys) if SPLIT_WIDE and k & low >= BMP]
    bi_first, bi_first_off, bi_second = array("I"), array("I"), array("I")
    for at, i in enumerate(narrow):
        first = keys[i] >> BIGRAM_SHIFT
        if not bi_first or bi_first[-1] != first:
            bi_first.append(first)
            bi_first_off.append(at)
        bi_second.append(keys[i] & low)
    bi_first_off.append(len(narrow))
    narrow_blobs = [blobs[i] for i in narrow]
    out = {
        "bi_first": bi_first,
        "bi_first_off": bi_first_off,
        "bi_second": array("H", bi_second) if SPLIT_WIDE else bi_second,
        "bi_off": _offsets(narrow_blobs),
        "bi_blob": b"".join(narrow_blobs),
    }
    if SPLIT_WIDE:
        wide_blobs = [blobs[i] for i in wide]
        out["bi_wide_keys"] = array("Q", [keys[i] for i in wide])
        out["bi_wide_off"] = _offsets(wide_blobs)
        out["bi_wide_blob"] = b"".join(wide_blobs)
    return out


def _blob(docs, n: int) -> bytes:
    """One posting list (sorted document numbers) of a segment of `n` documents.

    Up to CONTAINER documents (format 4's compact lists): up to SMALL
    documents, or as roaring keeps them, a uint16 array (2 bytes a document);
    else roaring's run or bitset payload (a bitset cut to the segment's
    length) between the cardinality and the kind's tag (`_compact_bitmap`
    reads it). Bigger segments: up to SMALL documents as raw uint32s (4–12
    bytes), else a serialized roaring bitmap (never shorter than 15 bytes).
    """
    if len(docs) <= SMALL:
        return array("H" if n <= CONTAINER else "I", docs).tobytes()
    bm = BitMap(docs if isinstance(docs, array) else array("I", docs))
    bm.run_optimize()
    data = bm.serialize()
    if n > CONTAINER:
        return data
    card = struct.pack("<H", len(docs) - 1)
    if data[:4] == _RUN_COOKIE.to_bytes(4, "little"):  # runs: skip cookie, flags, key, card, count
        return card + data[_RUN_HEAD.size :] + bytes([_RUNS])
    at = _ARRAY_HEAD.size
    if len(docs) <= 4096:  # roaring's array container
        return data[at:]
    return card + data[at : at + 8 * (-(-n // 64))] + bytes([_BITS])


def _compact_bitmap(data: bytes) -> BitMap:
    """The bitmap of a compact posting list (`_blob`), through roaring's portable format."""
    size = len(data)
    if not size & 1:
        return BitMap.deserialize(_ARRAY_HEAD.pack(_NO_RUN_COOKIE, 1, 0, size // 2 - 1, 16) + data)
    card = data[0] | data[1] << 8
    if data[-1] == _BITS:
        bits = data[2:-1]
        head = _ARRAY_HEAD.pack(_NO_RUN_COOKIE, 1, 0, card, 16)
        return BitMap.deserialize(head + bits + bytes(_BITSET_BYTES - len(bits)))
    return BitMap.deserialize(_RUN_HEAD.pack(_RUN_COOKIE, 1, 0, card, (size - 3) // 4) + data[2:-1])


def _numpy_arrays(folded: list[str]) -> dict:
    """`build_arrays` with numpy, for big segments."""
    import numpy as np

    n = len(folded)
    encoded = [t.encode(TEXT_CODEC) for t in folded]
    text_off = _offsets(encoded)
    lens = np.array([len(t) for t in folded], dtype=np.int64)
    cps = np.frombuffer("".join(folded).encode("utf-32-le"), dtype=np.uint32)
    docs = np.repeat(np.arange(n, dtype=np.uint32), lens)
    space = np.isin(cps, np.array([ord(c) for c in SPACE], dtype=np.uint32))
    uni_keys, uni_blobs = _postings(cps[~space], docs[~space], n)
    same_doc = docs[:-1] == docs[1:]
    keep = same_doc & ~(space[:-1] & space[1:])
    codes = (cps[:-1].astype(np.uint64) << BIGRAM_SHIFT) | cps[1:].astype(np.uint64)
    bi_keys, bi_blobs = _postings(codes[keep], docs[:-1][keep], n)
    return {
        "text_off": text_off,
        "text": b"".join(encoded),
        "uni_keys": uni_keys.astype(np.uint32),
        "uni_off": _offsets(uni_blobs),
        "uni_blob": b"".join(uni_blobs),
        **_bigram_sections(bi_keys.tolist(), bi_blobs),
    }


def _offsets(blobs: list[bytes]) -> array:
    """Where each blob starts (and the last ends): uint32 when that fits, else uint64."""
    out = [0, *accumulate(map(len, blobs))]
    return array("I" if out[-1] < 2**32 else "Q", out)


# array.array typecodes → numpy dtype strings
_TYPECODES = {"B": "|u1", "H": "<u2", "I": "<u4", "Q": "<u8"}


def encode(
    docs: int, sections: dict, magic: bytes = MAGIC, fmt: int = FORMAT, extra: dict | None = None
) -> list[bytes]:
    """A mapped file's bytes, as chunks: header, then each section 8-byte aligned.

    Sections are bytes, numpy arrays or `array.array`s ("I"/"Q"); `extra` adds
    keys to the JSON header.
    """
    layout, chunks, pos = {}, [], 0
    for name, value in sections.items():
        if isinstance(value, bytes):
            raw, dtype = value, "bytes"
        elif isinstance(value, array):
            raw, dtype = value.tobytes(), _TYPECODES[value.typecode]
            if value.itemsize != int(dtype[-1]):
                raise ValueError(f"array typecode {value.typecode} is {value.itemsize} bytes here")
        else:
            raw, dtype = value.tobytes(), value.dtype.str
        pad = (-pos) % 8  # numpy views want aligned offsets
        chunks.append(b"\0" * pad)
        pos += pad
        layout[name] = [pos, len(raw), dtype]
        chunks.append(raw)
        pos += len(raw)
    header = json.dumps({**(extra or {}), "format": fmt, "docs": docs, "sections": layout}).encode()
    head = magic + _HEAD.pack(len(header)) + header
    head += b"\0" * ((-len(head)) % 8)
    return [head, *chunks]


def accel_bytes(docs: int, sections: dict) -> list[bytes]:
    """An accelerator file's chunks (`encode`), its header saying whether its lists are compact."""
    return encode(docs, sections, extra={"compact": docs <= CONTAINER})


def write_file(path: Path, docs: int, sections: dict) -> None:
    """Write an accelerator file atomically (see `write_chunks`)."""
    write_chunks(path, accel_bytes(docs, sections), "accel")


def write_chunks(path: Path, chunks: list[bytes], point: str) -> None:
    """Write a derived file atomically: a `.tmp` renamed into place after fsync.

    `point` names the crash point between the fsync and the rename (tests).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            for c in chunks:
                fh.write(c)
            fh.flush()
            os.fsync(fh.fileno())
        checkpoint(point)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def in_memory(folded: list[str]) -> bytes:
    """The bytes an accelerator file of these folded paragraphs would hold (nothing written)."""
    return b"".join(accel_bytes(len(folded), build_arrays(folded)))


def segment_texts(reader) -> list[str]:
    """The folded text of every document of a segment reader, deleted ones included."""
    n = reader.doc_count_all()
    return [fold(reader.stored_fields(d).get("text", "")) for d in range(n)]


def build_for_segment(folder: Path, storage, schema, segment, folded=None) -> Path:
    """Write the accelerator file and the tables file of one Whoosh segment unless they exist.

    The accelerator from `folded` (the texts its writer added, document order)
    when they are all of its documents, else from the segment's stored text;
    the tables (index/build/tables.py) from the segment's postings and dates.
    """
    from index.build import tables

    path = folder / accel_name(segment.segment_id())
    tab = folder / tables.tables_name(segment.segment_id())
    need_texts = not path.exists()
    need_tables = not tab.exists()
    if not (need_texts or need_tables):
        return path
    reader = None
    try:
        if need_texts:
            if folded is None or len(folded) != segment.doc_count_all():
                reader = _segment_reader(storage, schema, segment)
                folded = segment_texts(reader)
            write_file(path, len(folded), build_arrays(folded))
        if need_tables:
            reader = reader or _segment_reader(storage, schema, segment)
            tables.write_for_reader(tab, reader)
    finally:
        if reader is not None:
            reader.close()
    return path


def _segment_reader(storage, schema, segment):
    """A reader of one segment, committed or not yet (its files are written)."""
    from whoosh.reading import SegmentReader

    return SegmentReader(storage, schema, segment)


def ensure_for_segments(folder: Path, storage, schema, segments, known=None) -> None:
    """Give every segment its accelerator and tables files; `known`: segment id → its folded texts."""
    known = known or {}
    for seg in segments:
        build_for_segment(folder, storage, schema, seg, known.get(seg.segment_id()))


def remove_unused(folder: Path, segments) -> None:
    """Delete accelerator and tables files of segments that are no longer in the index."""
    live = {s.segment_id() for s in segments}
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder):
            seg = segment_of(entry)
            if seg is not None and seg not in live:
                with contextlib.suppress(OSError):
                    (folder / entry).unlink()


def unusable(folder: Path, segment) -> str:
    """Why a segment's accelerator file cannot serve it ("" if it can; "missing" if absent)."""
    return file_problem(folder, accel_name(segment.segment_id()), SegmentAccel, segment)


def file_problem(folder: Path, name: str, kind: type, segment) -> str:
    """Why the mapped file `name` (read as `kind`) cannot serve `segment` ("" if it can)."""
    from index.build.store import file_damage

    if not (folder / name).exists():
        return "missing"
    problem = file_damage(folder, name)
    if problem:
        return problem
    try:
        mapped = kind(folder / name)
    except AccelDamaged as exc:
        return str(exc)
    if mapped.docs != segment.doc_count_all():
        return f"{name} holds {mapped.docs} documents, its segment {segment.doc_count_all()}"
    return ""


def ensure_index(ix) -> list[str]:
    """Rewrite the missing, damaged or old accelerator and tables files of a committed index;
    their names."""
    from index.build import tables
    from index.build.whoosh_internals import segments_of

    folder = Path(ix.storage.folder)
    segments = segments_of(ix)
    redo, names = [], []
    for seg in segments:
        stale = [
            name
            for name, problem in (
                (accel_name(seg.segment_id()), unusable(folder, seg)),
                (tables.tables_name(seg.segment_id()), tables.unusable(folder, seg)),
            )
            if problem
        ]
        for name in stale:
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()
        if stale:
            redo.append(seg)
            names.extend(stale)
    ensure_for_segments(folder, ix.storage, ix.schema, redo)
    remove_unused(folder, segments)
    return names


# -- reading ------------------------------------------------------------------
_CODES = {"|u1": "B", "<u2": "H", "<u4": "I", "<u8": "Q"}  # numpy dtypes → memoryview formats


class AccelDamaged(Exception):
    """An accelerator file cannot be read."""


class MappedFile:
    """A file of `encode`d sections, memory-mapped (or its bytes built in memory)."""

    MAGIC = MAGIC
    FORMAT = FORMAT  # the format written
    READS: tuple[int, ...] = ()  # older formats still read as they are
    KIND = "accelerator"

    def __init__(self, path: Path | None, buffer=None, name: str = "") -> None:
        """Map the file at `path`, or read `buffer` (the file's bytes built in memory)."""
        name = name or (path.name if path is not None else self.KIND)
        self.name = name
        self.in_memory = buffer is not None
        if buffer is None:
            try:
                with open(path, "rb") as fh:
                    buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError) as exc:
                raise AccelDamaged(f"{name}: {exc}") from None
        self._mm = mm = buffer
        magic = self.MAGIC
        try:
            if len(mm) < len(magic) + _HEAD.size or mm[: len(magic)] != magic:
                raise AccelDamaged(f"{name}: not an {self.KIND} file")
            start = len(magic) + _HEAD.size
            (hlen,) = _HEAD.unpack(mm[len(magic) : start])
            self.header = header = json.loads(mm[start : start + hlen])
            base = start + hlen + ((-(start + hlen)) % 8)
            if header["format"] != self.FORMAT and header["format"] not in self.READS:
                raise AccelDamaged(f"{name}: format {header['format']}")
            self.docs = int(header["docs"])
            self._sections = {}
            for section, (off, length, dtype) in header["sections"].items():
                if base + off + length > len(mm):
                    raise AccelDamaged(f"{name}: truncated")
                self._sections[section] = (base + off, length, dtype)
        except (ValueError, KeyError, TypeError, struct.error) as exc:
            raise AccelDamaged(f"{name}: {exc}") from None

    def _array(self, name: str) -> memoryview:
        """A section as a typed view (numpy is not needed to read: it costs start-up time)."""
        if name not in self._sections:
            raise AccelDamaged(f"{self.name}: section {name} is missing")
        off, length, dtype = self._sections[name]
        if dtype not in _CODES or length % memoryview(b"").cast(_CODES[dtype]).itemsize:
            raise AccelDamaged(f"{self.name}: section {name} has type {dtype}")
        return memoryview(self._mm)[off : off + length].cast(_CODES[dtype])

    def _bytes(self, name: str) -> bytes:
        """A bytes section, copied out."""
        if name not in self._sections or self._sections[name][2] != "bytes":
            raise AccelDamaged(f"{self.name}: section {name} is missing")
        off, length, _dtype = self._sections[name]
        return self._mm[off : off + length]


class SegmentAccel(MappedFile):
    """One segment's accelerator file, memory-mapped."""

    # Formats 2 (uint64 bigram keys, UTF-8 text) and 3 (roaring's lists) are
    # read as they are: an index built before keeps its files, and its
    # searches stay fast, until its segments are merged or the index is rebuilt.
    READS = (2, 3)

    def __init__(self, path: Path | None, buffer=None, name: str = "") -> None:
        """Map the file at `path`, or read `buffer` (an accelerator file's bytes built in memory)."""
        super().__init__(path, buffer, name)
        self.text_off = self._array("text_off")
        self.uni_keys = self._array("uni_keys")
        self.uni_off = self._array("uni_off")
        self.bi_off = self._array("bi_off")
        self._text_at = self._sections["text"][0]
        self._text_np = None  # `_text_view`
        self._text_str = None  # `_text_string`
        if len(self.text_off) != self.docs + 1:
            raise AccelDamaged(f"{self.name}: {len(self.text_off) - 1} texts for {self.docs} docs")
        self._v2 = self.header["format"] == 2
        self._wide = False
        self._compact = bool(self.header.get("compact"))
        self._codec = "utf-8" if self._v2 else TEXT_CODEC
        if self._v2:
            self.bi_keys = self._array("bi_keys")
            nkeys, tables_match = len(self.bi_keys), True
        else:
            self.bi_first = self._array("bi_first")
            self.bi_first_off = self._array("bi_first_off")
            self.bi_second = self._array("bi_second")
            nkeys = len(self.bi_second)
            tables_match = len(self.bi_first_off) == len(self.bi_first) + 1 and (
                not len(self.bi_first) or self.bi_first_off[-1] == nkeys
            )
            self._wide = "bi_wide_keys" in self._sections  # format 4
            if self._wide:
                self.bi_wide_keys = self._array("bi_wide_keys")
                self.bi_wide_off = self._array("bi_wide_off")
                if len(self.bi_wide_off) != len(self.bi_wide_keys) + 1:
                    tables_match = False
        if len(self.uni_off) != len(self.uni_keys) + 1 or len(self.bi_off) != nkeys + 1:
            tables_match = False
        if not tables_match:
            raise AccelDamaged(f"{self.name}: bitmap tables do not match their keys")

    def _bitmap(self, keys: memoryview, offs: memoryview, blob: str, key: int) -> BitMap:
        i = bisect.bisect_left(keys, key)
        if i >= len(keys) or keys[i] != key:
            return BitMap()
        return self._posting(offs, blob, i)

    def _posting(self, offs: memoryview, blob: str, i: int) -> BitMap:
        """The i-th posting list of a blob section."""
        at = self._sections[blob][0]
        data = self._mm[at + offs[i] : at + offs[i + 1]]
        if self._compact:
            return _compact_bitmap(data)
        if len(data) <= 4 * SMALL:  # raw document numbers (see `_blob`)
            return BitMap(array("I", data))
        return BitMap.deserialize(data)

    def _count(self, offs: memoryview, blob: str, i: int) -> int:
        """How many documents the i-th posting list of a blob section holds."""
        at = self._sections[blob][0] + offs[i]
        size = offs[i + 1] - offs[i]
        if not self._compact:
            return len(self._posting(offs, blob, i))
        if not size & 1:
            return size // 2
        return 1 + (self._mm[at] | self._mm[at + 1] << 8)

    def commonest_chars(self, n: int) -> list[str]:
        """The `n` characters in the most documents, commonest first: the 8n largest
        posting lists in bytes (a bitmap's size grows with its count), counted; a compact
        file's counts are read directly."""
        keys = range(len(self.uni_keys))
        if self._compact:
            big = keys
        else:
            sizes = [self.uni_off[i + 1] - self.uni_off[i] for i in keys]
            big = heapq.nlargest(8 * n, keys, key=sizes.__getitem__)
        counted = [(self._count(self.uni_off, "uni_blob", i), i) for i in big]
        return [chr(self.uni_keys[i]) for _c, i in heapq.nlargest(n, counted)]

    def char(self, ch: str) -> BitMap:
        """Documents containing the character."""
        return self._bitmap(self.uni_keys, self.uni_off, "uni_blob", ord(ch))

    def bigram(self, pair: str) -> BitMap:
        """Documents containing the two characters next to each other."""
        first, second = ord(pair[0]), ord(pair[1])
        if self._v2:
            key = (first << BIGRAM_SHIFT) | second
            return self._bitmap(self.bi_keys, self.bi_off, "bi_blob", key)
        if second >= BMP and self._wide:
            key = (first << BIGRAM_SHIFT) | second
            return self._bitmap(self.bi_wide_keys, self.bi_wide_off, "bi_wide_blob", key)
        i = bisect.bisect_left(self.bi_first, first)
        if i >= len(self.bi_first) or self.bi_first[i] != first:
            return BitMap()
        lo, hi = self.bi_first_off[i], self.bi_first_off[i + 1]
        j = bisect.bisect_left(self.bi_second, second, lo, hi)
        if j >= hi or self.bi_second[j] != second:
            return BitMap()
        return self._posting(self.bi_off, "bi_blob", j)

    def text(self, doc: int) -> str:
        """The folded text of a document."""
        return self._text_bytes(doc).decode(self._codec)

    def _text_bytes(self, doc: int) -> bytes:
        """The folded text of a document, encoded (TEXT_CODEC; format 2: UTF-8)."""
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
        needle = text.encode(self._codec)
        many = CHECK_WITH_NUMPY_FROM if "numpy" not in sys.modules else CHECK_LOADED_FROM
        if len(found) >= many:
            return self._check_many(found, needle)
        # Searched in place in the file: no copy of each candidate's text.
        find, at, off = self._mm.find, self._text_at, self.text_off
        if self._v2:
            return BitMap(d for d in found if find(needle, at + off[d], at + off[d + 1]) >= 0)
        return BitMap(d for d in found if _holds(find, needle, at + off[d], at + off[d + 1]))

    def _text_view(self):
        """The text section as a numpy uint8 array (no copy), made once."""
        if self._text_np is None:
            import numpy as np

            self._text_np = np.frombuffer(
                self._mm, dtype=np.uint8, count=self._sections["text"][1], offset=self._text_at
            )
        return self._text_np

    def _text_string(self):
        """The text section as one numpy bytes string (made once), or None where numpy
        cannot hold it as one. Such a string ends at its last non-NUL byte, which loses
        no match of a needle that does not end in NUL (`_check_many` searches only those)."""
        if self._text_str is None:
            import numpy as np

            size = self._sections["text"][1]
            self._text_str = (
                np.frombuffer(self._mm, dtype=f"S{size}", count=1, offset=self._text_at)
                if 0 < size <= MAX_STRING
                else False
            )
        return self._text_str if self._text_str is not False else None

    def _check_many(self, found: BitMap, needle: bytes) -> BitMap:
        """`literal`'s text check of many candidates: their bounds from numpy, then one
        `numpy.strings.find` over the text section with every candidate's bounds (a loop
        in C: a ninth of the time of a `find` call per candidate)."""
        import numpy as np

        docs = np.frombuffer(found.to_array(), dtype=np.uint32)
        offsets = np.asarray(self.text_off)  # the section itself, not a copy
        starts = offsets[docs].astype(np.int64)
        ends = offsets[docs + 1].astype(np.int64)
        _touch(self._text_view(), starts, ends)
        # numpy drops a bytes string's trailing NULs, the needle's too: a needle ending in
        # one (UTF-16 of a final ASCII character) is searched a `find` per candidate.
        whole = self._text_string() if needle[-1:] != b"\0" else None
        at, find = self._text_at, self._mm.find
        if whole is None:
            where = np.fromiter(
                map(find, repeat(needle), (starts + at).tolist(), (ends + at).tolist()),
                np.int64,
                len(docs),
            )
            where[where >= 0] -= at
        else:
            where = np.strings.find(whole, needle, starts, ends)
        hit = where >= 0
        if self._v2:
            return _bitmap_of(docs[hit])
        # UTF-16: a match counts at a character boundary, an even offset from the start;
        # an odd one (rare) is looked past. (Few operations: this runs once per segment
        # per literal, so its fixed cost is paid as many times as there are segments.)
        odd = hit & ((where - starts) & 1).astype(bool)
        if not odd.any():
            return _bitmap_of(docs[hit])
        even = hit & ~odd
        more = [
            i
            for i in np.flatnonzero(odd).tolist()
            if _holds(find, needle, at + int(where[i]) + 1, at + int(ends[i]), at + int(starts[i]))
        ]
        if more:
            even[more] = True
        return _bitmap_of(docs[even])


def _touch(text, starts, ends) -> None:
    """Read a byte of the first lines and of the last of each text [starts, ends) of `text`
    (a numpy uint8 view), in a few gathers: the texts lie all over the file, and
    these loads go out together, where `find` would wait for each text's cache (and TLB)
    misses in turn. At 1M paragraphs a common phrase's check takes a quarter less."""
    import numpy as np

    if not len(text):
        return
    last = np.minimum(np.maximum(ends - 1, starts), len(text) - 1)
    # One gather of every text's lines, the last one included (a step past any text is
    # cut to its last byte): a few numpy calls per segment, whatever the step count.
    steps = np.array([*TOUCH_STEPS, len(text)], dtype=np.int64)
    text[np.minimum(starts[:, None] + steps, last[:, None])].sum()


def _bitmap_of(docs) -> BitMap:
    """A bitmap of sorted uint32 document numbers (a numpy array)."""
    return BitMap(array("I", docs.tobytes()))


def _holds(find, needle: bytes, start: int, end: int, text_start: int | None = None) -> bool:
    """Whether the UTF-16 text at [start, end) of a buffer (`find`: its find method)
    holds `needle` at a character boundary (an even offset from `text_start`, by
    default `start`).

    An odd offset would pair the halves of two characters; surrogate pairs are
    aligned units too, so an even match is a match of the string.
    """
    base = start if text_start is None else text_start
    i = find(needle, start, end)
    while i >= 0 and (i - base) & 1:
        i = find(needle, i + 1, end)
    return i >= 0
