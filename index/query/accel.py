"""Answering literal matches, totals and facet counts from the accelerator files.

The accelerator is the index's only literal matcher: Whoosh keeps no
character fields. Each segment reader gets its `ACCEL_<id>.acc` (see
index/build/accel.py) memory-mapped once (`segment_accel`). A file that is
missing or damaged is never written by a reader: the same structures are
built in memory from the segment's stored text, and `rebuilt_segments` tells
the caller to say that `search-app index` will rewrite it.

- `AccelLiteral(text)`: a Whoosh query matching the live documents whose
  folded text contains `text` (compile.literal_query), so NOT, OR, AND and
  scoring wrappers work on it like on any Whoosh query.
- `Accelerator.literal(text)`: the same as a roaring bitmap of searcher
  document numbers. One character is its bitmap, two are their bigram's,
  longer strings AND their bigrams' bitmaps and check each candidate's folded
  text for the substring.
- `segment_tables(reader)`: a segment's facet codes and date ranks
  (index/build/tables.py), its file memory-mapped or, when that is
  unusable, built in memory like a missing accelerator file.
- `FacetArrays`: those codes as searcher-wide numpy arrays, so counting a
  facet over a candidate set is one `bincount`.
"""

from __future__ import annotations

import threading
import weakref
from array import array
from collections import Counter
from itertools import pairwise
from pathlib import Path

from pyroaring import BitMap
from whoosh import matching, query

from index.build.accel import SPACE, AccelDamaged, SegmentAccel, accel_name


class Accelerator:
    """The accelerator files of one open searcher's segments, with their offsets and deletions."""

    def __init__(self, parts: list[tuple[SegmentAccel, int, BitMap]]) -> None:
        # (segment file, first searcher docnum, deleted docs), by docnum
        self._parts = sorted(parts, key=lambda part: part[1])
        self.rebuilt = [seg for seg, _o, _d in parts if seg.in_memory]

    @classmethod
    def open(cls, build: Path, searcher) -> Accelerator:
        """The accelerator for `searcher` (segments without a readable file: built in memory)."""
        parts = []
        for sub, offset in searcher.leaf_searchers():
            part = segment_accel(sub.reader())
            if part is not None:
                parts.append((part[0], offset, part[1]))
        return cls(parts)

    def texts(self, docs) -> list[str]:
        """The folded text of each of `docs`, sorted searcher document numbers."""
        out: list[str] = []
        parts = self._parts
        j = 0
        for d in docs:
            while j + 1 < len(parts) and parts[j + 1][1] <= d:
                j += 1
            seg, offset, _deleted = parts[j]
            out.append(seg.text(d - offset))
        return out

    def commonest_chars(self, n: int) -> list[str]:
        """About the `n` characters in the most documents, commonest first, as the largest
        segment counts them (a sample: its size ranks the candidates, then it counts them)."""
        if not self._parts:
            return []
        seg = max(self._parts, key=lambda part: part[0].docs)[0]
        return seg.commonest_chars(n)

    def literal(self, text: str) -> BitMap:
        """Live searcher document numbers whose folded text contains `text` (Whoosh's literal)."""
        text = text.strip()
        out = BitMap()
        if not _matchable(text):
            return out
        for seg, offset, deleted in self._parts:
            found = seg.literal(text)
            if deleted:
                found -= deleted
            if found:
                out |= found.shift(offset) if offset else found
        return out


def _matchable(text: str) -> bool:
    """False for what no paragraph can contain: nothing, a blank, two blanks in a row."""
    if not text or (len(text) == 1 and text in SPACE):
        return False
    return not any(a in SPACE and b in SPACE for a, b in pairwise(text))


# Segment reader → (its accelerator, its deleted documents). A reader lives as
# long as its searcher, so a new generation maps its segments' files afresh.
_READERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_READERS_LOCK = threading.Lock()


def segment_accel(reader) -> tuple[SegmentAccel, BitMap] | None:
    """A segment reader's accelerator and deletions (None for a reader without a segment).

    Its file when that is readable and holds the segment's documents; else the
    same structures built in memory from the stored text (`in_memory` set): a
    reader never writes, `search-app index` rewrites the file.
    """
    with _READERS_LOCK:
        hit = _READERS.get(reader)
    if hit is not None:
        return hit
    segment = reader.segment() if hasattr(reader, "segment") else None
    if segment is None:
        return None
    from index.build import accel as build_accel
    from index.build.whoosh_internals import reader_folder

    name = accel_name(segment.segment_id())
    folder = reader_folder(reader)
    seg = None
    if folder is not None and not _damaged(Path(folder), name):
        try:
            seg = SegmentAccel(Path(folder) / name)
        except AccelDamaged:
            seg = None
        if seg is not None and seg.docs != reader.doc_count_all():
            seg = None
    if seg is None:
        folded = build_accel.segment_texts(reader)
        seg = SegmentAccel(None, build_accel.in_memory(folded), name)
    deleted = BitMap(reader.deleted_docs_set) if reader.has_deletions() else BitMap()
    with _READERS_LOCK:
        _READERS[reader] = (seg, deleted)
    return seg, deleted


def _damaged(folder: Path, name: str) -> bool:
    """True when CHECKSUMS.json says the file changed since its commit (size, or hash if touched)."""
    from index.build.store import file_damage

    return bool(file_damage(folder, name))


def rebuilt_segments(searcher) -> list[str]:
    """Accelerator files of the searcher's segments that were missing or damaged (built in memory)."""
    out = []
    for sub, _offset in searcher.leaf_searchers():
        part = segment_accel(sub.reader())
        if part is not None and part[0].in_memory:
            out.append(part[0].name)
    return out


def rebuilt_notice(names: list[str]) -> str | None:
    """What to tell the user when accelerator files had to be built in memory."""
    if not names:
        return None
    return (
        f"{len(names)} accelerator file(s) of the index are missing or damaged "
        f"({', '.join(sorted(names)[:3])}{'…' if len(names) > 3 else ''}); they were rebuilt in "
        "memory for this search, and `search-app index` will rewrite them"
    )


class AccelLiteral(query.Query):
    """Whoosh query: documents whose folded text contains `text`, from the accelerator.

    Deleted documents are left out here (a custom matcher is not filtered by
    Whoosh: only its posting readers apply deletions).
    """

    def __init__(self, text: str, boost: float = 1.0) -> None:
        self.text = text
        self.boost = boost

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.text!r})"

    def __str__(self) -> str:
        return f"literal:{self.text}"

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.text == self.text and other.boost == self.boost

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.text, self.boost))

    def estimate_size(self, ixreader) -> int:
        """At most every document (an overestimate is allowed)."""
        return ixreader.doc_count_all()

    def ids(self, reader) -> array:
        """Sorted live document numbers of `reader` (a segment or a multi-segment reader)."""
        text = self.text.strip()
        if not _matchable(text):
            return array("I")
        out = BitMap()
        for leaf, offset in reader.leaf_readers():
            part = segment_accel(leaf)
            if part is None:
                continue
            seg, deleted = part
            found = seg.literal(text)
            if deleted:
                found -= deleted
            if found:
                out |= found.shift(offset) if offset else found
        return out.to_array()

    def matcher(self, searcher, context=None):
        """The matching ids, all at weight `boost`."""
        ids = self.ids(searcher.reader())
        if not len(ids):
            return matching.NullMatcher()
        return matching.ListMatcher(ids, all_weights=self.boost)


# A many-valued facet over fewer than 1/this of the documents is counted from their own
# pairs; over more, by one pass over all pairs with a mask (which costs about the same for
# any share; at 1M paragraphs the two cross near a fifth).
PAIRS_BY_DOCUMENT_UNDER = 10
# Facets over many matches are counted per signature (documents alike in every facet
# value and month, `_Signatures`): one pass over the matches, then a pass per facet over
# the signatures and their pairs, in place of a pass per facet over the matches. A count
# over at least 1/SIGNATURES_FROM of the documents builds them (once per searcher); they
# are used from 1/SIGNATURE_MATCHES match per entry they read (`_Signatures.cost`; at 1M
# paragraphs, 187k signatures read in 5 columns: the two ways cross near 40k matches).
SIGNATURES_FROM = 16
SIGNATURE_MATCHES = 20
# Documents per signature below which signatures are not kept (each would stand for too
# few documents to pay its passes).
SIGNATURE_DOCS = 2


class FacetArrays:
    """The facet codes of a searcher's segments (`SegmentTables`) as searcher-wide numpy
    arrays, so counting a facet over a candidate set is one `bincount`."""

    def __init__(self, parts: list, starts: list[int], rank, signatures: bool = True) -> None:
        """`parts`: each segment's tables, first searcher docnum `starts`; `rank`: the date
        ranks of every searcher docnum (a numpy int64 array); `signatures`: whether counts
        over many matches may build `_Signatures` (they pay over several searches)."""
        import numpy as np

        from index.engine.facets import FACETS

        self.n = len(rank)
        # The month (YYYYMM, 0: no date) of every document, in 4 bytes: counting gathers
        # the matches' entries from all over these arrays, so the smaller, the fewer cache
        # misses (codes below are narrowed alike).
        self.month = (rank // 100).astype(np.int32)
        self._single: dict[str, tuple[list, object]] = {}
        self._multi: dict[str, tuple[list, object, object, object]] = {}
        self._all: tuple | None = None  # (live array, counts over it), see `counts`
        # None: not built yet; False: not to be built, or unusable
        self._sig: _Signatures | bool | None = None if signatures else False
        self._sig_lock = threading.Lock()
        for spec in FACETS:
            index: dict = {None: 0}  # value → searcher-wide code; 0: no value
            docs, codes = [], []
            for part, start in zip(parts, starts, strict=True):
                local = part.names(spec.name)
                remap = np.fromiter(
                    (index.setdefault(v, len(index)) for v in local), np.int64, len(local)
                )
                codes.append(remap[np.asarray(part.codes(spec.name))])  # uint8/16/32
                if spec.multi_valued:
                    per_doc = np.diff(np.asarray(part.offsets(spec.name), dtype=np.int64))
                    docs.append(np.repeat(np.arange(start, start + part.docs), per_doc))
            codes = np.concatenate(codes) if codes else np.zeros(0, np.int64)
            codes = codes.astype(np.min_scalar_type(len(index)))  # uint8/16/32
            if spec.multi_valued:
                docs = np.concatenate(docs) if docs else np.zeros(0, np.int64)
                # Where each document's pairs start (pairs are in document order).
                firsts = np.zeros(self.n + 1, dtype=np.int64)
                np.cumsum(np.bincount(docs, minlength=self.n), out=firsts[1:])
                narrow = np.min_scalar_type(max(len(docs), self.n))  # ≤ uint32 below 4G
                self._multi[spec.name] = (
                    list(index),
                    docs.astype(narrow),
                    codes,
                    firsts.astype(narrow),
                )
            else:
                self._single[spec.name] = (list(index), codes)

    def count_all(self, live) -> None:
        """Count over all of `live` now (what `counts` starts from for most documents)."""
        import numpy as np

        if self._all is None or self._all[0] is not live:
            self._all = (live, *self._counts(np.flatnonzero(live)))

    def counts(self, docs, live=None) -> tuple[dict[str, Counter], Counter]:
        """Per facet a Counter of its values (None included for one-value facets), and
        months (YYYYMM; documents without a date are left out).

        `live` (a bool array over the searcher's documents, holding `docs`): when
        `docs` are most of it, the counts over all of `live` (computed once) minus
        those over the rest, which is the smaller set to read."""
        import numpy as np

        docs = np.asarray(docs, dtype=np.int64)
        if live is not None and 2 * len(docs) > self.n:
            self.count_all(live)
            rest = live.copy()
            rest[docs] = False
            raw, months = self._counts(np.flatnonzero(rest))
            all_raw, all_months = self._all[1], self._all[2]
            return {k: all_raw[k] - raw[k] for k in all_raw}, all_months - months
        return self._counts(docs)

    def signatures(self):
        """The documents' signatures (`_Signatures`, built once, by one thread: `read_ahead`
        builds them outside the engine's lock), or None where they would not pay (about as
        many as documents) or a hash collision was found."""
        if self._sig is None:
            with self._sig_lock:
                if self._sig is None:
                    self._sig = _Signatures.build(self) or False
        return self._sig or None

    def _counts(self, docs) -> tuple[dict[str, Counter], Counter]:
        """`counts` of `docs`, a numpy int64 array, read directly (per signature when the
        matches are many)."""

        if self._sig is not None or len(docs) * SIGNATURES_FROM >= self.n:
            sig = self.signatures()
            if sig is not None and len(docs) * SIGNATURE_MATCHES >= sig.cost:
                return sig.counts(self, docs)
        return self._counts_per_document(docs)

    def _counts_per_document(self, docs) -> tuple[dict[str, Counter], Counter]:
        """`_counts` from each document's own codes."""
        import numpy as np

        out = {}
        for name, (names, codes) in self._single.items():
            out[name] = _counter(names, codes[docs])
        if self._multi and len(docs) * PAIRS_BY_DOCUMENT_UNDER < self.n:
            # Few documents: gather their own pairs, not a pass over every pair.
            for name, (names, _pair_docs, pair_codes, firsts) in self._multi.items():
                out[name] = _counter(names, pair_codes[_ranges(firsts, docs)])
        elif self._multi:
            mask = np.zeros(self.n, dtype=bool)
            mask[docs] = True
            for name, (names, pair_docs, pair_codes, _firsts) in self._multi.items():
                out[name] = _counter(names, pair_codes[mask[pair_docs]])
        months = self.month[docs]
        months = months[months > 0]
        if not len(months):
            return out, Counter()
        low = int(months.min())  # bincount over the span of months present: no sort
        counts = np.bincount(months - low)
        seen = np.flatnonzero(counts)
        return out, Counter(dict(zip((seen + low).tolist(), counts[seen].tolist(), strict=True)))


def segment_tables(reader, cached=None):
    """A segment reader's facet and date tables (`SegmentTables`), None without a segment.

    Its `ACCEL_<id>.tab` file when that is readable, of this format and holds
    the segment's documents; else the same tables built in memory from the
    segment's postings (`in_memory` set): a reader never writes, `search-app
    index` writes the file. `cached`: this segment's tables from an earlier
    searcher, reused unless they were built in memory and the file is there now.
    """
    segment = reader.segment() if hasattr(reader, "segment") else None
    if segment is None:
        return None
    from index.build import tables
    from index.build.whoosh_internals import reader_folder

    name = tables.tables_name(segment.segment_id())
    folder = reader_folder(reader)
    there = folder is not None and (Path(folder) / name).exists()
    if cached is not None and not (cached.in_memory and there):
        return cached
    if there and not _damaged(Path(folder), name):
        try:
            tab = tables.SegmentTables(Path(folder) / name)
        except AccelDamaged:
            tab = None
        if tab is not None and tab.docs == reader.doc_count_all():
            return tab
    return tables.in_memory(reader, name)


class _Signatures:
    """Documents grouped by their signature: the value of every facet and the month.

    Paragraphs of one article share its source, year, date and authors, and most
    share their regions, so a million paragraphs hold far fewer signatures (at 1M,
    187k). Counting facets over many matches is then one bincount of the matches'
    signatures, and per facet one weighted bincount over the signatures; a
    many-valued facet's lists are counted once per distinct list (its combinations:
    at 1M, 10k lists of regions), then their values.

    Built from a 64-bit hash per document, grouped, then checked value by value
    against each group's first document: a collision leaves the facets counted per
    document (`build` returns None), never a wrong count.
    """

    def __init__(self, of, count: int, single: dict, month, months: list, multi: dict) -> None:
        self.of = of  # the signature of each searcher docnum (int32)
        self.count = count
        self.single = single  # facet → the code of each signature (intp)
        self.month = month  # the place in `months` of each signature's month (intp)
        self.months = months  # YYYYMM of each place (0: no date), ascending
        # facet → (the list of each signature, the lists' codes, the list of each code,
        # how many lists)
        self.multi = multi
        columns = len(single) + 1 + len(multi)
        self.cost = count * columns + sum(len(c) for _s, c, _l, _k in multi.values())  # read

    @classmethod
    def build(cls, arrays: FacetArrays, mix: int = 0x9E3779B97F4A7C15) -> _Signatures | None:
        """The signatures of `arrays`' documents; None when they are not fewer than
        1/SIGNATURE_DOCS of the documents or the check finds a collision (`mix`: the
        hash's odd multiplier)."""
        import numpy as np

        n = arrays.n
        if not n:
            return None
        h = np.zeros(n, dtype=np.uint64)
        for column in [codes for _names, codes in arrays._single.values()] + [arrays.month]:
            h = h * np.uint64(mix) + column.astype(np.uint64)  # a polynomial of small codes
        h = _mixed(h)
        lists = {}
        for name, (_names, pair_docs, codes, firsts) in arrays._multi.items():
            # The lists' hashes are sums of mixed values: added with odd multipliers, they
            # collide only by chance.
            lists[name] = _list_hashes(firsts, codes, pair_docs)
            h = h * np.uint64(mix) + lists[name]
        change = np.empty(n, dtype=bool)  # where a run of equal hashes starts
        change[0] = True
        np.not_equal(h[1:], h[:-1], out=change[1:])
        starts = np.flatnonzero(change)
        if len(starts) * SIGNATURE_DOCS > n:
            return None  # as many runs as documents: no fewer signatures worth keeping
        _u, first, inverse = np.unique(h[starts], return_index=True, return_inverse=True)
        count = len(first)
        if count * SIGNATURE_DOCS > n:
            return None
        run = np.cumsum(change, dtype=np.int32) - 1  # the run of each document
        of = inverse.reshape(-1).astype(np.int32)[run]
        rep = starts[first]  # a document of each signature
        single = {}
        for name, (_names, codes) in arrays._single.items():
            if not np.array_equal(codes[rep][of], codes):
                return None
            single[name] = codes[rep].astype(np.intp)
        if not np.array_equal(arrays.month[rep][of], arrays.month):
            return None
        months, month = np.unique(arrays.month[rep], return_inverse=True)
        multi = {}
        for name, (_names, pair_docs, codes, firsts) in arrays._multi.items():
            if not _same_lists(firsts, codes, rep[of], pair_docs):
                return None
            # The signatures' lists, grouped alike: a document of each distinct list.
            _u, one, which = np.unique(lists[name][rep], return_index=True, return_inverse=True)
            if not _same_lists(firsts, codes, rep[one][which], docs=rep):
                return None
            lens = np.diff(firsts.astype(np.int64))[rep[one]]
            mine = codes[_ranges(firsts, rep[one])].astype(np.intp)
            multi[name] = (which.reshape(-1), mine, np.repeat(np.arange(len(one)), lens), len(one))
        return cls(of, count, single, month.reshape(-1), months.tolist(), multi)

    def counts(self, arrays: FacetArrays, docs) -> tuple[dict[str, Counter], Counter]:
        """`FacetArrays.counts` of `docs` (a numpy int64 array), per signature."""
        import numpy as np

        per = np.bincount(self.of[docs], minlength=self.count).astype(np.float64)
        out = {}
        for name, (names, _codes) in arrays._single.items():
            got = np.bincount(self.single[name], weights=per, minlength=len(names))
            out[name] = _named(names, got.astype(np.int64))
        for name, (names, *_rest) in arrays._multi.items():
            which, codes, of_list, lists = self.multi[name]
            per_list = np.bincount(which, weights=per, minlength=lists)
            got = np.bincount(codes, weights=per_list[of_list], minlength=len(names))
            out[name] = _named(names, got.astype(np.int64))
        got = np.bincount(self.month, weights=per, minlength=len(self.months)).astype(np.int64)
        seen = [i for i in np.flatnonzero(got).tolist() if self.months[i]]  # 0: no date
        return out, Counter(
            dict(zip([self.months[i] for i in seen], got[seen].tolist(), strict=True))
        )


def _same_lists(firsts, codes, other, pair_docs=None, docs=None) -> bool:
    """Whether the list of codes (pairs from `firsts`) of each document, or of each of
    `docs`, equals that of document `other[i]`. With `pair_docs` (the document of each
    pair), every document's list, without `_ranges`."""
    import numpy as np

    lens = np.diff(firsts.astype(np.int64))
    if not np.array_equal(lens[other], lens if docs is None else lens[docs]):
        return False
    if docs is None:
        shift = firsts[other].astype(np.int64) - firsts[:-1]  # where each list lies in other's
        return bool(np.array_equal(codes[np.arange(len(codes)) + shift[pair_docs]], codes))
    return bool(np.array_equal(codes[_ranges(firsts, docs)], codes[_ranges(firsts, other)]))


def _list_hashes(firsts, codes, pair_docs):
    """A 64-bit hash of each document's list of codes (pairs from `firsts`; `pair_docs`:
    the document of each): equal lists, equal hashes (unequal ones may collide:
    `_Signatures.build` checks)."""
    import numpy as np

    starts = firsts.astype(np.int64)
    out = np.zeros(len(starts) - 1, dtype=np.uint64)
    if not len(codes):
        return out
    place = (np.arange(len(codes)) - starts[pair_docs]).astype(np.uint64)  # in its list
    terms = _mixed((place << np.uint64(32)) + codes)  # code and place
    some = np.flatnonzero(starts[1:] > starts[:-1])  # documents with a list
    out[some] = np.add.reduceat(terms, starts[some])  # modulo 2**64
    return out


def _mixed(x):
    """SplitMix64's finaliser on a numpy uint64 array (a bijection that spreads every bit):
    sums and products of mixed values do not collide by their structure."""
    import numpy as np

    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _ranges(firsts, docs):
    """The places of the pairs of `docs` (numpy), a document's pairs starting at `firsts`."""
    import numpy as np

    lo = firsts[docs].astype(np.int64)  # (narrowed, unsigned): signed sums below
    lens = firsts[docs + 1] - lo
    ends = np.cumsum(lens)
    if not len(ends) or not ends[-1]:
        return np.zeros(0, dtype=np.int64)
    return np.arange(ends[-1]) + np.repeat(lo - (ends - lens), lens)


def _counter(names: list, codes) -> Counter:
    """A Counter of names from their codes, a numpy array (values never seen are left out)."""
    import numpy as np

    if not len(codes):
        return Counter()
    return _named(names, np.bincount(codes, minlength=len(names)))


def _named(names: list, counts) -> Counter:
    """A Counter of names from the count of each code (a numpy int64 array; 0: left out)."""
    import numpy as np

    seen = np.flatnonzero(counts)  # in code order, as the dict's order has always been
    named = [names[i] for i in seen.tolist()]
    return Counter(dict(zip(named, counts[seen].tolist(), strict=True)))
