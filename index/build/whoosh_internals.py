"""Two fixes to the pinned whoosh3, installed on import of `index.build.store`,
and the pickle aliases that keep indexes built before the stage layout readable.

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
"""

from __future__ import annotations

import importlib
import sys

from whoosh.codec import whoosh3
from whoosh.filedb import structfile

_installed = False

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
    install_pickle_aliases()
    _installed = True


def install_pickle_aliases() -> None:
    """Let pickled schemas that name a module's old path find it at its new one."""
    for old, new in PICKLED_MODULE_ALIASES.items():
        if old not in sys.modules:
            sys.modules[old] = importlib.import_module(new)


def _cached_reader(self, fieldname, column):
    """A field's column reader, or None, looked up once per segment reader."""
    try:
        return self._readers[fieldname]
    except KeyError:
        pass
    reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
    self._readers[fieldname] = reader
    return reader
