"""Facet and date tables per segment, stored next to its accelerator file (issue 11).

Counting facets and ordering by date need, per document, its date and its
values of each facet in `FACETS`. Reading them from Whoosh's postings and date
column costs O(paragraphs) of Python per searcher (about 2 s at 1M), so each
segment's writer stores them once, in `ACCEL_<segment>.tab`, for documents
0..n-1 of the segment (deleted ones included):

- `date`: the date rank YYYYMMDD per document (uint32, 0 = no date);
- per facet, `<name>.names`: its values (JSON, in index term order), and
  codes into them (1-based, 0 = none): one per document for a one-value facet
  (`<name>.codes`), or CSR for a many-valued one (`<name>.off`, n + 1
  offsets, then `<name>.codes`); codes and offsets in the narrowest unsigned
  type that holds them;
- the article values a hit shows (`ARTICLE_KEYS`, stored by Whoosh on each
  article's first document only): `article.first`, the first documents
  (sorted), `article.off`, where each one's pickled values start in
  `article.values` (zlib-deflated as a whole, inflated once per reader). A
  hit then needs one stored read (its paragraph), not two.

The file is derived from the segment's own postings (and the date column of
segments written when `date` had one: `segment_values`, the reading
searchers did before, kept as the reference)
and built, written and removed exactly like the accelerator file
(index/build/accel.py: `build_for_segment`, `ensure_index`, `remove_unused`):
tmp + fsync + rename before the table of contents that publishes its
segment, listed in CHECKSUMS.json as a derived `ACCEL_` file. A reader whose
file is missing, damaged or of another format builds the same bytes in
memory and never writes; the next `search-app index` writes it.
"""

from __future__ import annotations

import json
import pickle
import zlib
from array import array
from bisect import bisect_left
from itertools import accumulate, chain
from pathlib import Path

from index.build.accel import (
    PREFIX,
    TABLES_SUFFIX,
    AccelDamaged,
    MappedFile,
    encode,
    file_problem,
    write_chunks,
)
from index.build.whoosh_internals import bulk_ids, column_bytes, stored_fields
from index.engine.facets import FACETS

# Its own format: 2 stores codes and offsets in the narrowest unsigned type their
# largest value fits (uint8/16/32); format 1 (all uint32) is read as it is; 3 adds
# the article values (formats 1 and 2, without them, are read as they are: their hits
# read the article's first document, as before).
FORMAT = 3
MAGIC = b"SATAB1\n\0"
SUFFIX = TABLES_SUFFIX


def tables_name(segment_id: str) -> str:
    """The tables file name for a Whoosh segment id."""
    return f"{PREFIX}{segment_id}{SUFFIX}"


def signature() -> list[list]:
    """The facets a tables file holds, as recorded in its header (another list: rebuilt)."""
    return [[spec.name, spec.field, spec.multi_valued] for spec in FACETS]


# -- the reference reading (from Whoosh) --------------------------------------
def date_rank(value: bytes) -> int:
    """A stored date (YYYY-MM-DD, b"" when unknown) as the integer YYYYMMDD (0 = unknown)."""
    return int(value.decode("utf-8").replace("-", "") or 0)


def segment_values(reader) -> tuple[list[int], dict[str, list]]:
    """Date ranks and facet values for every document of one segment, read from Whoosh.

    Per facet, one value or None per document (one-value facets), or a tuple of
    values in term order (many-valued ones). Documents deleted before this
    reading have no facet values (Whoosh's postings skip them); they are never
    counted.
    """
    n = reader.doc_count_all()
    rank = [0] * n
    if reader.has_column("date"):  # a segment written with the date sort column
        # Paragraphs of one article share its date: each distinct value is parsed once.
        known: dict[bytes, int] = {b"": 0}
        for i, value in enumerate(column_bytes(reader, "date")[:n]):
            got = known.get(value)
            if got is None:
                got = known[value] = date_rank(value)
            rank[i] = got
    elif "date" in reader.schema:
        for term in reader.lexicon("date"):  # each date's documents, block by block
            got = date_rank(term)
            for d in bulk_ids(reader.postings("date", term)):
                rank[d] = got
    values = {
        spec.name: (_multi_valued if spec.multi_valued else _single_valued)(reader, spec.field, n)
        for spec in FACETS
    }
    return rank, values


def _multi_valued(reader, fieldname: str, n: int) -> list[tuple[str, ...]]:
    """The values of a several-value field for each document of a segment, in term order."""
    values: list[tuple[str, ...]] = [()] * n  # no list per document: most have 0–2 values
    for term in reader.lexicon(fieldname):
        one = (term.decode("utf-8"),)
        for d in bulk_ids(reader.postings(fieldname, term)):  # block by block
            values[d] += one
    return values


def _single_valued(reader, fieldname: str, n: int) -> list[str | None]:
    """The value of a one-value field for each document of a segment (None where absent)."""
    values: list[str | None] = [None] * n
    for term in reader.lexicon(fieldname):
        name = term.decode("utf-8")
        for d in bulk_ids(reader.postings(fieldname, term)):  # block by block
            values[d] = name
    return values


# -- building -----------------------------------------------------------------
def sections_from_values(rank: list[int], values: dict[str, list]) -> dict:
    """The sections of a tables file for `segment_values`' output (no numpy: readers use it)."""
    out: dict = {"date": array("I", rank)}
    for spec in FACETS:
        per_doc = values[spec.name]
        flat = chain.from_iterable(per_doc) if spec.multi_valued else per_doc
        names = sorted(
            {v for v in flat if v is not None}
        )  # = term order (UTF-8 sorts by code point)
        code = {v: i for i, v in enumerate(names, start=1)}
        out[f"{spec.name}.names"] = json.dumps(names, ensure_ascii=False).encode("utf-8")
        if spec.multi_valued:
            out[f"{spec.name}.off"] = _narrow([0, *accumulate(map(len, per_doc))])
            out[f"{spec.name}.codes"] = _narrow(
                list(map(code.__getitem__, chain.from_iterable(per_doc)))
            )
        else:
            code[None] = 0
            out[f"{spec.name}.codes"] = _narrow(list(map(code.__getitem__, per_doc)))
    return out


def _narrow(values: list[int]) -> array:
    """`values` (>= 0) in the narrowest unsigned array type their largest fits."""
    top = max(values, default=0)
    return array("B" if top < 1 << 8 else "H" if top < 1 << 16 else "I", values)


def article_values(reader) -> list[tuple[int, dict]]:
    """(first document, its article's stored values) for the articles of a segment.

    An article's documents are consecutive and share one `filekey` term, so the
    term's first posting (its term info's `min_id`, read with the lexicon: a
    tenth of reading the postings) is the article's first document. A document
    is kept only if it stores the article's values (older segments stored them
    on every document, and their hits need nothing from here), so a term whose
    first posting is not an article's start only leaves that article to the
    stored read.
    """
    if "filekey" not in reader.schema:
        return []
    starts: set[int] = set()
    for term, info in reader.iter_field("filekey"):
        try:
            starts.add(int(info.min_id()))
        except (AttributeError, TypeError, ValueError):  # no first posting recorded
            starts.update(bulk_ids(reader.postings("filekey", term))[:1])
    out = []
    n = reader.doc_count_all()
    for d in sorted(starts):
        if not 0 <= d < n:
            continue
        f = stored_fields(reader, d)
        article = f.get("article")
        if isinstance(article, dict) and not f.get("back"):
            out.append((d, article))
    return out


def article_sections(articles: list[tuple[int, dict]]) -> dict:
    """The article sections of a tables file for `article_values`' output."""
    blobs = [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for _d, a in articles]
    return {
        "article.first": array("I", [d for d, _a in articles]),
        "article.off": array("I", [0, *accumulate(map(len, blobs))]),
        "article.values": zlib.compress(b"".join(blobs), 6),
    }


def encode_reader(reader) -> list[bytes]:
    """The bytes of a segment reader's tables file, as chunks."""
    rank, values = segment_values(reader)
    sections = {**sections_from_values(rank, values), **article_sections(article_values(reader))}
    return encode(len(rank), sections, MAGIC, FORMAT, {"facets": signature()})


def write_for_reader(path: Path, reader) -> Path:
    """Write a segment's tables file atomically from its reader (tmp + fsync + rename)."""
    write_chunks(path, encode_reader(reader), "tables")
    return path


def in_memory(reader, name: str) -> SegmentTables:
    """A segment's tables built in memory (nothing written): a reader whose file is unusable."""
    return SegmentTables(None, b"".join(encode_reader(reader)), name)


def unusable(folder: Path, segment) -> str:
    """Why a segment's tables file cannot serve it ("" if it can; "missing" if absent)."""
    return file_problem(folder, tables_name(segment.segment_id()), SegmentTables, segment)


# -- reading ------------------------------------------------------------------
class SegmentTables(MappedFile):
    """One segment's facet codes and date ranks, memory-mapped."""

    MAGIC = MAGIC
    FORMAT = FORMAT
    READS = (1, 2)  # read as they are (the arrays' types come from the header)
    KIND = "tables"

    def __init__(self, path: Path | None, buffer=None, name: str = "") -> None:
        """Map the file at `path`, or read `buffer` (a tables file's bytes built in memory)."""
        super().__init__(path, buffer, name)
        if self.header.get("facets") != signature():
            raise AccelDamaged(f"{self.name}: made for other facets")
        self.date = self._array("date")
        self._codes: dict[str, memoryview] = {}
        self._off: dict[str, memoryview] = {}
        self._names: dict[str, list] = {}
        n = self.docs
        if len(self.date) != n:
            raise AccelDamaged(f"{self.name}: {len(self.date)} dates for {n} docs")
        for spec in FACETS:
            codes = self._codes[spec.name] = self._array(f"{spec.name}.codes")
            if spec.multi_valued:
                off = self._off[spec.name] = self._array(f"{spec.name}.off")
                if len(off) != n + 1 or off[n] != len(codes):
                    raise AccelDamaged(f"{self.name}: {spec.name} offsets do not match")
            elif len(codes) != n:
                raise AccelDamaged(f"{self.name}: {len(codes)} {spec.name} codes for {n} docs")
        self._first = self._article_off = None  # no article values (formats 1 and 2)
        self._article_blob: bytes | None = None
        if self.header["format"] >= 3:
            first, off = self._array("article.first"), self._array("article.off")
            if len(off) != len(first) + 1 or (len(first) and first[-1] >= n):
                raise AccelDamaged(f"{self.name}: article offsets do not match")
            self._bytes("article.values")  # present
            self._first, self._article_off = first, off

    def article(self, docnum: int) -> dict | None:
        """The stored article values of the article whose first document is `docnum` (a new
        dict), or None when this file does not hold them (read the document instead)."""
        first = self._first
        if first is None:
            return None
        i = bisect_left(first, docnum)
        if i == len(first) or first[i] != docnum:
            return None
        blob = self._article_blob
        if blob is None:
            try:
                blob = self._article_blob = zlib.decompress(self._bytes("article.values"))
            except zlib.error:
                self._first = None  # unusable: every hit reads its article's document
                return None
        off = self._article_off
        try:
            got = pickle.loads(blob[off[i] : off[i + 1]])
        except Exception:  # a damaged record: the document has the values
            return None
        return got if type(got) is dict else None

    def names(self, facet: str) -> list:
        """The facet's values by code: entry 0 is None (no value), entry k the k-th value."""
        got = self._names.get(facet)
        if got is None:
            try:
                got = [None, *json.loads(self._bytes(f"{facet}.names"))]
            except ValueError as exc:
                raise AccelDamaged(f"{self.name}: {facet} names: {exc}") from None
            self._names[facet] = got
        return got

    def codes(self, facet: str) -> memoryview:
        """The facet's codes: one per document, or (many-valued) all of them, by document."""
        return self._codes[facet]

    def offsets(self, facet: str) -> memoryview:
        """Where each document's codes start in `codes` (n + 1 entries; many-valued facets)."""
        return self._off[facet]

    def values(self, facet: str, multi: bool) -> list:
        """Per document, as `segment_values` gives them (tests, and the reference)."""
        names, codes = self.names(facet), self.codes(facet)
        if not multi:
            return [names[c] for c in codes]
        off = self.offsets(facet)
        return [tuple(names[c] for c in codes[off[d] : off[d + 1]]) for d in range(self.docs)]
