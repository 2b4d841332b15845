"""Faster paths through Whoosh's writer, found by profiling the build.

Profiling a 21.7k-paragraph build showed most time in per-posting Python
work: `PostingPool.add` estimating bytes for every posting, and the external
sort pickling each posting separately when a run spills to disk. These
classes keep Whoosh's on-disk format and commit logic and only batch that
work.
"""

from __future__ import annotations

import contextlib
import pickle
from array import array
from pathlib import Path

from whoosh import formats
from whoosh.writing import PostingPool, SegmentWriter

from index.build import accel
from index.build.faults import checkpoint

_BYTES_PER_POSTING = 200  # what a posting tuple really costs in memory
_MAX_OPEN_RUNS = 64  # runs merged at once; with chunk = maxitems/64 the merge fits in limitmb


class FastPool(PostingPool):
    """A posting pool that counts postings and writes runs in chunks."""

    def __init__(self, tempstore, segment, limitmb: int = 256, **kwargs) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self.maxitems = max(10_000, limitmb * 1024 * 1024 // _BYTES_PER_POSTING)
        self.chunk = max(200, self.maxitems // _MAX_OPEN_RUNS)

    def add(self, item) -> None:
        """Add one posting (Whoosh's own code paths, e.g. merges)."""
        self.fieldnames.add(item[0])
        self.current.append(item)
        if len(self.current) >= self.maxitems:
            self.save()

    def extend(self, fieldname: str, items: list) -> None:
        """Add many postings of one field at once."""
        self.fieldnames.add(fieldname)
        self.current.extend(items)
        if len(self.current) >= self.maxitems:
            self.save()

    def _write_run(self, f, items) -> None:
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.chunk:
                pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def iter_postings(self):
        """All postings in order, merging at most `_MAX_OPEN_RUNS` runs at a time."""
        return self.items(maxfiles=_MAX_OPEN_RUNS)

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            # A generator finalised late may find the temp dir already cleaned.
            with contextlib.suppress(FileNotFoundError):
                self._remove_run(path)


class CheckedWriter(SegmentWriter):
    """A SegmentWriter with crash points around the table-of-contents write."""

    def _commit_toc(self, segments):
        folder = getattr(self.storage, "folder", None)
        checkpoint("segment")
        if folder is not None:
            # Before the TOC: the generation it publishes has its accelerator files.
            accel.ensure_for_segments(Path(folder), self.storage, self.schema, segments)
        super()._commit_toc(segments)
        checkpoint("toc")
        if folder is not None:
            accel.remove_unused(Path(folder), segments)


def fast_writer(ix, limitmb: int = 256) -> SegmentWriter:
    """A SegmentWriter (with the index lock) whose pool is a `FastPool`."""
    w = CheckedWriter(ix, limitmb=limitmb)
    w.pool = FastPool(w._tempstorage, w.newsegment, limitmb=limitmb)
    return w


def add_paragraph(
    writer: SegmentWriter, fields: dict, boosts: dict[str, float] | None = None
) -> None:
    """`writer.add_document(**fields)` without its per-posting overhead.

    Same per-document steps as Whoosh's add_document: postings to the pool,
    stored value and field length to the per-document writer, column values.
    """
    writer._check_state()
    pdw = writer.perdocwriter
    schema = writer.schema
    docnum = writer.docnum
    pool = writer.pool
    boosts = boosts or {}
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
                items = list(field.index(value))
                if field.scorable:
                    length = sum(item[1] for item in items)
                if fb == 1.0:
                    posts = [(name, t, docnum, w, v) for t, _, w, v in items]
                else:
                    posts = [(name, t, docnum, w * fb, v) for t, _, w, v in items]
                pool.extend(name, posts)
            pdw.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                pdw.add_column_value(name, column, field.to_column_value(value))
    except ValueError:
        pdw.cancel_doc()
        raise
    pdw.finish_doc()
    writer._added = True
    writer.docnum += 1


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
