"""The literal accelerator: compiled per-segment structures for exact substring matching.

Whoosh stays the index of record (words, BM25, stored fields). Next to each
Whoosh segment `S` this writes one immutable file `ACCEL_S.acc` holding, for
the segment's documents 0..n-1:

- the folded text of every paragraph (UTF-8, one offsets array), to verify
  candidates: a literal of 3+ characters is the AND of its bigrams' bitmaps
  followed by a substring check;
- a roaring bitmap (pyroaring) per character and per character bigram of the
  folded text, without positions, keyed by code point(s) in sorted arrays.

The file is derived only from the segment's stored text, so it can always be
rebuilt from the index. It is written (tmp + fsync + rename) before the table
of contents that makes its segment visible, so a committed generation has its
accelerator files; a kill at any point leaves either a whole file or a `.tmp`
that the next writer removes. Deletions live in Whoosh's TOC and are applied
at query time, so a segment's file never changes. Files of segments no longer
in the index are removed after the next commit.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
from array import array
from pathlib import Path

from index.build.faults import checkpoint
from index.build.folding import fold

FORMAT = 1
MAGIC = b"SAACC1\n\0"
PREFIX = "ACCEL_"  # = store.ACCEL_PREFIX (store cannot import this module: a cycle)
SUFFIX = ".acc"
SPACE = frozenset(" \t\n")  # as analysis.py: no unigram, no bigram of two of these
_HEAD = struct.Struct("<Q")
BIGRAM_SHIFT = 21  # a code point fits in 21 bits


def accel_name(segment_id: str) -> str:
    """The accelerator file name for a Whoosh segment id."""
    return f"{PREFIX}{segment_id}{SUFFIX}"


def segment_of(name: str) -> str | None:
    """The segment id an accelerator file name belongs to (None for other files)."""
    if name.startswith(PREFIX) and name.endswith(SUFFIX):
        return name[len(PREFIX) : -len(SUFFIX)]
    return None


def _postings(keys, docs):
    """Distinct keys and one serialized bitmap of documents per key (numpy arrays in)."""
    import numpy as np
    from pyroaring import BitMap

    if not len(keys):
        return np.zeros(0, dtype=keys.dtype), []
    order = np.lexsort((docs, keys))
    keys, docs = keys[order], docs[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(first)
    ends = np.append(starts[1:], len(keys))
    blobs = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        bm = BitMap(array("I", docs[s:e].tobytes()))  # duplicates collapse in the bitmap
        bm.run_optimize()
        blobs.append(bm.serialize())
    return keys[starts], blobs


def build_arrays(folded: list[str]) -> dict:
    """The sections of an accelerator file for these folded paragraphs (document i = folded[i])."""
    import numpy as np

    n = len(folded)
    encoded = [t.encode("utf-8") for t in folded]
    text_off = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum([len(b) for b in encoded], out=text_off[1:])
    lens = np.array([len(t) for t in folded], dtype=np.int64)
    cps = np.frombuffer("".join(folded).encode("utf-32-le"), dtype=np.uint32)
    docs = np.repeat(np.arange(n, dtype=np.uint32), lens)
    space = np.isin(cps, np.array([ord(c) for c in SPACE], dtype=np.uint32))
    uni_keys, uni_blobs = _postings(cps[~space], docs[~space])
    same_doc = docs[:-1] == docs[1:]
    keep = same_doc & ~(space[:-1] & space[1:])
    codes = (cps[:-1].astype(np.uint64) << BIGRAM_SHIFT) | cps[1:].astype(np.uint64)
    bi_keys, bi_blobs = _postings(codes[keep], docs[:-1][keep])
    return {
        "text_off": text_off,
        "text": b"".join(encoded),
        "uni_keys": uni_keys.astype(np.uint32),
        "uni_off": _offsets(uni_blobs),
        "uni_blob": b"".join(uni_blobs),
        "bi_keys": bi_keys.astype(np.uint64),
        "bi_off": _offsets(bi_blobs),
        "bi_blob": b"".join(bi_blobs),
    }


def _offsets(blobs: list[bytes]):
    import numpy as np

    out = np.zeros(len(blobs) + 1, dtype=np.uint64)
    np.cumsum([len(b) for b in blobs], out=out[1:])
    return out


def write_file(path: Path, docs: int, sections: dict) -> None:
    """Write an accelerator file atomically: a `.tmp` renamed into place after fsync."""
    layout, chunks, pos = {}, [], 0
    for name, value in sections.items():
        raw = bytes(value) if isinstance(value, bytes) else value.tobytes()
        dtype = "bytes" if isinstance(value, bytes) else value.dtype.str
        pad = (-pos) % 8  # numpy views want aligned offsets
        chunks.append(b"\0" * pad)
        pos += pad
        layout[name] = [pos, len(raw), dtype]
        chunks.append(raw)
        pos += len(raw)
    header = json.dumps({"format": FORMAT, "docs": docs, "sections": layout}).encode()
    head = MAGIC + _HEAD.pack(len(header)) + header
    head += b"\0" * ((-len(head)) % 8)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(head)
            for c in chunks:
                fh.write(c)
            fh.flush()
            os.fsync(fh.fileno())
        checkpoint("accel")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def segment_texts(reader) -> list[str]:
    """The folded text of every document of a segment reader, deleted ones included."""
    n = reader.doc_count_all()
    return [fold(reader.stored_fields(d).get("text", "")) for d in range(n)]


def build_for_segment(folder: Path, storage, schema, segment) -> Path:
    """Write the accelerator file of one Whoosh segment (from its stored text) unless it exists."""
    path = folder / accel_name(segment.segment_id())
    if path.exists():
        return path
    from whoosh.reading import SegmentReader

    reader = SegmentReader(storage, schema, segment)
    try:
        folded = segment_texts(reader)
    finally:
        reader.close()
    write_file(path, len(folded), build_arrays(folded))
    return path


def ensure_for_segments(folder: Path, storage, schema, segments) -> None:
    """Give every segment its accelerator file (built from the stored index where missing)."""
    for seg in segments:
        build_for_segment(folder, storage, schema, seg)


def remove_unused(folder: Path, segments) -> None:
    """Delete accelerator files of segments that are no longer in the index."""
    live = {s.segment_id() for s in segments}
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder):
            seg = segment_of(entry)
            if seg is not None and seg not in live:
                with contextlib.suppress(OSError):
                    (folder / entry).unlink()


def ensure_index(ix) -> bool:
    """Build the missing accelerator files of a committed index; True if any was written."""
    folder = Path(ix.storage.folder)
    from index.build.whoosh_internals import segments_of

    segments = segments_of(ix)
    missing = [s for s in segments if not (folder / accel_name(s.segment_id())).exists()]
    ensure_for_segments(folder, ix.storage, ix.schema, missing)
    remove_unused(folder, segments)
    return bool(missing)
