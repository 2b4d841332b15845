"""Exact top-k without scoring every match in Python.

A query's Whoosh score is a sum over the parts of its tree that a document
matches: constants (1000 per literal, 0 per filter, 1 per NOT) plus BM25F of
words. `TreeBounds` evaluates the compiled Whoosh query on dense numpy arrays
over all documents: which documents match (literals from the accelerator,
filters and words from posting lists read in bulk) and, per document, a lower
and an upper bound of its score (BM25F computed with numpy from the postings'
weights and the field-length bytes, as Whoosh computes it; a proximity phrase
is only bounded, since its match needs the folded text).

`rank_top` then picks the head: documents whose score is known exactly (only
constants) are ranked directly, and the others are rescored by Whoosh itself
(one matcher per segment, skipped to each candidate), best upper bound first,
until no unscored document can reach the k-th best score. So every score
shown comes from Whoosh and the answer equals scoring every match; numpy only
prunes. Whatever this module does not model raises `Unsupported`, and the
caller scores every match instead.
"""

from __future__ import annotations

import copy
from array import array
from bisect import insort
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from pyroaring import BitMap
from whoosh import matching, query
from whoosh.scoring import BM25F
from whoosh.util import make_binary_tree
from whoosh.util.numeric import byte_to_length

from index.build.whoosh_internals import bm25_parameters, bulk_ids, bulk_postings, length_bytes
from index.query.compile import LiteralQuery, ProximityPhrase

# The field holding the jieba words of each paragraph's folded text (index/build/documents.py).
TEXT_WORDS = "content"
EPS = 1e-6  # slack on numpy's BM25 sums against Whoosh's (same formula, other summation order)
POSTINGS_CACHE = 4_000_000  # postings kept per searcher, for repeated and refined queries
FIRST_BATCH = 64  # candidates rescored by Whoosh before the threshold is raised
STOP_CHECK_EVERY = 8  # candidates rescored between looks at the deadline
# Candidates whose proximity phrase is matched before the threshold is raised: a few
# per hit wanted (each batch also pays a matcher per segment, so not fewer than 32).
TIGHTEN_BATCH = 256
TIGHTEN_PER_HIT = 4
TIGHTEN_GROWTH = 2
SCORERS_KEPT = 20_000  # words' scorers kept per searcher (a few hundred bytes each)
NARROW_FROM = 4096  # matches from which rank_top first drops those out of reach
# An OR of words over more than 1/this of the documents is summed over all of them
# (`_word_sum`): from there on, placing each word in the universe builds a lookup table
# over all documents anyway (`_positions`).
WORD_SUM_FROM = 16
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


class Unsupported(Exception):
    """A query shape this module does not model; score every match instead."""


class OutOfTime(Exception):
    """The ranking's deadline passed before the score bounds were complete."""


@dataclass
class Bounds:
    """One query node over all documents: must/may match, and score bounds given a match."""

    must: np.ndarray  # bool: certainly matches
    may: np.ndarray  # bool: possibly matches (a proximity phrase needs the folded text)
    lo: np.ndarray  # float: lower bound of the node's score where it matches
    hi: np.ndarray  # float: upper bound
    fuzzy: np.ndarray  # bool: the score has a BM25 part (else it is an exact sum of constants)
    # lo is 0 wherever `must` is False and hi wherever `may` is, so sums need no mask
    clean: bool = False


class _ArrayCache:
    """Least recently used (ids, values) array pairs, within a budget of ids in all."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._items: OrderedDict = OrderedDict()
        self._size = 0

    def get(self, key):
        """The pair kept under `key` (now the most recent), or None."""
        got = self._items.get(key)
        if got is not None:
            self._items.move_to_end(key)
        return got

    def put(self, key, pair):
        """Keep `pair`, dropping the oldest beyond the budget (never the newest); returns it."""
        self._items[key] = pair
        self._size += len(pair[0])
        while self._size > self.budget and len(self._items) > 1:
            _k, old = self._items.popitem(last=False)
            self._size -= len(old[0])
        return pair


class ScoreTables:
    """Per open searcher: live documents, decoded field lengths and cached postings."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.leaves = [(sub, sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]
        self.n = searcher.doc_count_all()
        self.live = np.ones(self.n, dtype=bool)
        for _sub, reader, offset in self.leaves:
            if reader.has_deletions():
                dead = np.fromiter(reader.deleted_docs_set, dtype=np.int64)
                self.live[dead + offset] = False
        weighting = searcher.weighting
        if type(weighting) is not BM25F:
            raise Unsupported(f"weighting {type(weighting).__name__}")
        self.weighting = weighting
        self._lengths: dict[str, np.ndarray] = {}
        self._live_set: BitMap | None = None
        self._postings = _ArrayCache(POSTINGS_CACHE)  # (field, text) → postings()
        self._scores = _ArrayCache(POSTINGS_CACHE)  # (field, text) → term_scores()
        # (field, text) → the segments' (ids, weights) read so far, by `read_step`
        self._partial: dict[tuple[str, str], list] = {}
        self._scorers: dict[tuple, object] = {}  # see `scorer`
        self._frequencies: dict[tuple, int] = {}  # see `doc_frequency`
        self._positive: dict[tuple, bool] = {}  # see `positive`

    def scorer(self, sub, weighting, field: str, btext: bytes):
        """`weighting`'s scorer of a word in segment searcher `sub` (as `Searcher.postings`
        makes it), kept: it depends only on the searcher's statistics."""
        key = (id(sub), id(weighting), field, btext)
        got = self._scorers.get(key)
        if got is None:
            if len(self._scorers) >= SCORERS_KEPT:
                self._scorers.clear()
            got = self._scorers[key] = weighting.scorer(sub, field, btext)
        return got

    def doc_frequency(self, reader, field: str, btext: bytes) -> int:
        """`reader.doc_frequency` of a word in a segment reader (0: not in its terms),
        kept: rescoring asks it per candidate batch to shape Whoosh's matcher trees."""
        key = (id(reader), field, btext)
        got = self._frequencies.get(key)
        if got is None:
            if len(self._frequencies) >= SCORERS_KEPT:
                self._frequencies.clear()
            got = reader.doc_frequency(field, btext) if (field, btext) in reader else 0
            self._frequencies[key] = got
        return got

    def live_set(self) -> BitMap:
        """The live documents as a bitmap."""
        if self._live_set is None:
            self._live_set = _bitmap(np.flatnonzero(self.live))
        return self._live_set

    def lengths(self, field: str, ids: np.ndarray) -> np.ndarray:
        """The length in `field` of documents `ids` as Whoosh's scorer sees it (decoded
        from the length byte; one byte per document is kept)."""
        raw = self._lengths.get(field)
        if raw is None:
            parts = [length_bytes(reader, field) for _sub, reader, _offset in self.leaves]
            raw = self._lengths[field] = np.concatenate(parts) if parts else np.zeros(0, np.uint8)
        return _LENGTHS[raw[ids]]

    def postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Live searcher document numbers holding the term, and the postings' weights."""
        key = (field, text)
        got = self._postings.get(key)
        while got is None:  # the segments not yet read ahead (`read_step`)
            got = self.read_step(field, text)
        return got

    def read_step(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Read the term's postings in the next segment not yet read; once all are, keep
        and return them (as `postings`), else None. A reader ahead of the user's queries
        (`SearchEngine.read_ahead`) reads a segment at a time, so a query never waits for
        a whole posting list it did not ask for, and finishes one it did."""
        key = (field, text)
        got = self._postings.get(key)
        if got is not None:
            return got
        schema = self.searcher.schema
        if field not in schema:
            raise Unsupported(f"no field {field}")
        parts = self._partial.setdefault(key, [])
        if len(parts) < len(self.leaves):
            try:
                btext = schema[field].to_bytes(text)
            except ValueError:
                btext = None
            _sub, reader, offset = self.leaves[len(parts)]
            if btext is None or (field, btext) not in reader:
                parts.append(None)
            else:
                ids, weights = bulk_postings(reader.postings(field, btext))
                parts.append((ids + offset if offset else ids, weights))
            if len(parts) < len(self.leaves):
                return None
        del self._partial[key]
        found = [p for p in parts if p is not None]
        got = (
            (np.concatenate([i for i, _w in found]), np.concatenate([w for _i, w in found]))
            if found
            else (np.zeros(0, np.int64), np.zeros(0))
        )
        return self._postings.put(key, got)

    def positive(self, field: str, text: str) -> bool:
        """Whether every score of the term (`term_scores`) is above 0, kept per term."""
        key = (field, text)
        got = self._positive.get(key)
        if got is None:
            if len(self._positive) >= SCORERS_KEPT:
                self._positive.clear()
            scores = self.term_scores(field, text)[1]
            got = self._positive[key] = bool(not len(scores) or scores.min() > 0)
        return got

    def term_scores(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Documents holding the term and Whoosh's BM25F score of each (`BM25FScorer` in numpy),
        kept like the postings: a query refined by typing scores its earlier words once."""
        key = (field, text)
        got = self._scores.get(key)
        if got is not None:
            return got
        ids, tf = self.postings(field, text)
        if not self.searcher.schema[field].scorable:
            return ids, tf  # WeightScorer: the weight is the score
        B, K1 = bm25_parameters(self.weighting, field)
        idf = self.searcher.idf(field, text)
        avgfl = self.searcher.avg_field_length(field) or 1
        fl = self.lengths(field, ids)
        # Whoosh's bm25(), operation for operation, on float64 arrays.
        scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
        scores.flags.writeable = False  # shared by every query that asks
        return self._scores.put(key, (ids, scores))


class TreeBounds:
    """Evaluates a compiled Whoosh query on dense arrays (see the module docstring)."""

    def __init__(
        self,
        tables: ScoreTables,
        literal: Callable[[query.Query], np.ndarray | None],
        texts: dict[int, str] | None = None,
        universe: np.ndarray | None = None,
        late: Callable[[], bool] | None = None,
    ) -> None:
        self.t = tables
        # Asked before each word or phrase node (they read postings and compute BM25):
        # True raises OutOfTime. Constant nodes (literals, NOT, filters) are bitmaps, cheap.
        self.late = late
        self.literal = literal  # a literal's matching ids from the accelerator, or None
        self.texts = texts or {}  # id() of a literal query → its string
        # The documents the arrays cover: sorted live searcher docnums (the matches, so
        # the cost follows them, not the index size), or None for every document.
        self.universe = universe
        self.m = tables.n if universe is None else len(universe)
        self.live = tables.live if universe is None else np.ones(self.m, dtype=bool)
        self._false = np.zeros(self.m, dtype=bool)
        self._sets: dict = {}  # structural key → BitMap of matches (`matches`)
        self.known: dict[int, np.ndarray] = {}  # id(LiteralQuery) → its sorted matching ids
        self._memo: dict = {}  # structural key → Bounds, so repeated parts are evaluated once
        self._keys: dict[int, tuple] = {}
        self._phrase_as: bool | None = None  # see `with_phrase`
        self._phrase_parts: dict = {}  # structural key → (may, total) of a phrase
        self._where: np.ndarray | None = None  # docnum → place in a large universe, or -1
        self._member: np.ndarray | None = None  # docnum → in a small universe

    def _key(self, q: query.Query) -> tuple:
        """A key equal for queries that match and score alike (ids of unknown leaves)."""
        got = self._keys.get(id(q))
        if got is not None:
            return got
        if id(q) in self.texts:
            key = ("text", self.texts[id(q)])
        elif isinstance(q, LiteralQuery):
            text = self.texts.get(id(q.child))
            child = ("text", text) if text is not None else self._key(q.child)
            key = ("L", q.score, child)
        elif type(q) is query.Term:
            key = ("T", q.fieldname, q.text, q.boost)
        elif isinstance(q, query.Phrase):
            key = (type(q).__name__, q.fieldname, tuple(q.words), q.slop, q.boost)
        elif type(q) in (query.And, query.Or, query.AndMaybe, query.Not):
            extra = (getattr(q, "scale", None), getattr(q, "minmatch", None))
            key = (type(q).__name__, q.boost, extra, tuple(self._key(c) for c in q.children()))
        else:
            key = ("id", id(q))  # no sharing: never a wrong one
        self._keys[id(q)] = key
        return key

    def eval(self, q: query.Query) -> Bounds:
        """Bounds of `q` for every document (repeated parts evaluated once)."""
        key = self._key(q)
        got = self._memo.get(key)
        if got is None:
            if self.late is not None and isinstance(q, query.Term | query.Phrase) and self.late():
                raise OutOfTime
            got = self._memo[key] = self._eval(q)
        if isinstance(q, LiteralQuery) and id(q) not in self.known:
            at = np.flatnonzero(got.must)
            self.known[id(q)] = at if self.universe is None else self.universe[at]
        return got

    def _positions(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Where `ids` (sorted docnums) sit in the universe, and which of them are in it
        (None: all of them)."""
        if self.universe is None:
            return ids, None
        if self.m * 16 > self.t.n:  # a large universe: one lookup table beats a search per id
            if self._where is None:  # int32: half the memory traffic of int64
                self._where = np.full(self.t.n, -1, dtype=np.int32)
                self._where[self.universe] = np.arange(self.m, dtype=np.int32)
            pos = self._where[ids]
            inside = pos >= 0
        else:  # a small universe: which ids are in it by a bool table, then where by search
            if self._member is None:
                self._member = np.zeros(self.t.n, dtype=bool)
                self._member[self.universe] = True
            inside = self._member[ids]
            held = int(np.count_nonzero(inside))
            every = held == len(ids)
            if held == self.m:
                # Every match holds the word (a phrase's own words, a word's own literal):
                # the ids inside are the universe itself (both sorted, unique), so their
                # places are 0..m-1.
                return np.arange(self.m), None if every else inside
            if every:
                return np.searchsorted(self.universe, ids), None
            return np.searchsorted(self.universe, ids[inside]), inside
        if inside.all():  # e.g. a word's postings within its literal's matches
            return pos, None
        return pos[inside], inside

    def mask(self, ids: np.ndarray) -> np.ndarray:
        """A bool array over the universe, True at `ids`."""
        m = np.zeros(self.m, dtype=bool)
        m[self._positions(ids)[0]] = True
        return m

    def matches(self, q: query.Query) -> np.ndarray:
        """The live documents `q` matches (sorted), from bitmaps: no scores computed."""
        return np.frombuffer(self._match_set(q).to_array(), dtype=np.uint32).astype(np.int64)

    def _match_set(self, q: query.Query) -> BitMap:
        key = self._key(q)
        got = self._sets.get(key)
        if got is None:
            got = self._sets[key] = self._match_set_of(q)
        return got

    def _match_set_of(self, q: query.Query) -> BitMap:
        live = self.t.live_set()
        if isinstance(q, LiteralQuery):
            return _bitmap(self.ids_of(q.child)) & live
        if q is query.NullQuery:
            return BitMap()
        if isinstance(q, query.Every) and q.fieldname in (None, "", "*"):
            return live
        if isinstance(q, query.Not):
            return live - _bitmap(self.ids_of(q.query))
        if type(q) is query.Term:
            return _bitmap(self.t.postings(q.fieldname, q.text)[0])
        if type(q) is query.AndMaybe:
            return self._match_set(q.a)
        if type(q) is query.And:
            subs = list(q.subqueries)
            if not subs:
                return BitMap()
            found = self._match_set(subs[0])
            for sub in subs[1:]:
                if not found:
                    break
                found = found & self._match_set(sub)
            return found
        if type(q) is query.Or:
            subs = list(q.subqueries)
            texts = [self.texts.get(id(s.child)) for s in subs if isinstance(s, LiteralQuery)]
            texts = [t for t in texts if t]
            found = BitMap()
            for sub in subs:
                if not _within_literal(sub, texts):  # else its matches are the literal's
                    found = found | self._match_set(sub)
            return found
        raise Unsupported(f"matching {type(q).__name__}")  # e.g. a phrase needs the text

    def ids_of(self, q: query.Query) -> np.ndarray:
        """Live documents matching `q`, ignoring scores (literals from the accelerator)."""
        got = self.literal(q)
        if got is not None:
            return got
        if q is query.NullQuery:
            return np.zeros(0, np.int64)
        got = filter_ids(self.t, q)
        if got is not None:
            return got
        parts = []
        searcher = self.t.searcher
        context = searcher.boolean_context()
        for sub, _reader, offset in self.t.leaves:
            ids = np.asarray(bulk_ids(q.matcher(sub, context)), dtype=np.int64)
            parts.append(ids + offset)
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def _const(self, match: np.ndarray, value: float) -> Bounds:
        v = np.where(match, value, 0.0)
        return Bounds(match, match, v, v, self._false, clean=True)

    def _eval(self, q: query.Query) -> Bounds:
        if isinstance(q, LiteralQuery):
            return self._const(self.mask(self.ids_of(q.child)) & self.live, q.score)
        if q is query.NullQuery:
            return self._const(self._false, 0.0)
        if isinstance(q, query.Every) and q.fieldname in (None, "", "*"):
            return self._const(self.live, q.boost)
        if isinstance(q, query.Not):
            child = self.ids_of(q.query)
            return self._const(self.live & ~self.mask(child), 1.0)
        if type(q) is query.Term:
            ids, scores = self.t.term_scores(q.fieldname, q.text)
            if q.boost != 1.0:
                scores = scores * q.boost
            pos, inside = self._positions(ids)
            match = np.zeros(self.m, dtype=bool)
            match[pos] = True
            v = np.zeros(self.m)
            v[pos] = scores if inside is None else scores[inside]
            return Bounds(match, match, v, v, match, clean=True)
        if isinstance(q, query.Phrase):
            return self._phrase(q)
        if type(q) is query.AndMaybe:
            if q.boost != 1.0:
                raise Unsupported("boosted AndMaybe")
            a = self.eval(q.a)
            if not a.may.any():
                return a  # nothing to boost: the optional side's postings are not read
            b = self.eval(q.b)
            # Masked in-place adds: the same sums as adding np.where(…, 0.0), without temporaries.
            lo, hi = a.lo.copy(), a.hi.copy()
            np.add(lo, b.lo, out=lo, where=b.must)
            np.add(hi, b.hi, out=hi, where=b.may)
            return Bounds(a.must, a.may, lo, hi, a.fuzzy | (b.fuzzy & b.may))
        if type(q) is query.And and q.boost == 1.0:
            if not q.subqueries:
                return self._const(self._false, 0.0)
            first = self.eval(q.subqueries[0])
            must, may = first.must.copy(), first.may.copy()
            lo, hi, fuzzy = first.lo.copy(), first.hi.copy(), first.fuzzy.copy()
            for sub in q.subqueries[1:]:
                if not may.any():
                    break  # the rest cannot make anything match: their postings are not read
                k = self.eval(sub)
                must &= k.must
                may &= k.may
                lo += k.lo
                hi += k.hi
                fuzzy |= k.fuzzy
            return Bounds(must, may, lo, hi, fuzzy)
        if _plain_or(q) and self.m * WORD_SUM_FROM > self.t.n:
            words = _or_words(q)
            if words is not None:
                return self._word_sum(words)
        if _plain_or(q):
            kids = [self.eval(k) for k in q.subqueries]
            must, may = self._false.copy(), self._false.copy()
            lo, hi, fuzzy = np.zeros(self.m), np.zeros(self.m), self._false.copy()
            for k in kids:
                must |= k.must
                may |= k.may
                # A clean child adds 0.0 where it does not match: the same sums, no mask.
                np.add(lo, k.lo, out=lo, where=True if k.clean else k.must)
                np.add(hi, k.hi, out=hi, where=True if k.clean else k.may)
                fuzzy |= k.fuzzy & k.may
            return Bounds(must, may, lo, hi, fuzzy, clean=True)
        raise Unsupported(type(q).__name__)

    def _word_sum(self, words: list[query.Term]) -> Bounds:
        """An OR of words over a large universe: their scores summed on one array over all
        documents, then read at the universe (no lookup table, no array per word).

        The first word's scores are stored, not added (0.0 + x is x: the same sums), and
        where every score is above 0 the matches are where the sum is (no mask per word)."""
        total = np.zeros(self.t.n)
        hit = None if all(w.boost > 0 for w in words) else np.zeros(self.t.n, dtype=bool)
        for i, w in enumerate(words):
            if self.late is not None and self.late():
                raise OutOfTime
            ids, scores = self.t.term_scores(w.fieldname, w.text)
            if w.boost != 1.0:
                scores = scores * w.boost
            if i:
                total[ids] += scores
            else:
                total[ids] = scores
            if hit is None and not self.t.positive(w.fieldname, w.text):
                hit = np.zeros(self.t.n, dtype=bool)
                for earlier in words[:i]:
                    hit[self.t.postings(earlier.fieldname, earlier.text)[0]] = True
            if hit is not None:
                hit[ids] = True
        if self.universe is not None:
            total = total[self.universe]
            hit = total > 0 if hit is None else hit[self.universe]
        elif hit is None:
            hit = total > 0
        # Clean: 0 where no word matches; postings hold live documents only.
        return Bounds(hit, hit, total, total, hit, clean=True)

    def with_phrase(self, q: query.Query, matched: bool) -> Bounds:
        """Bounds of `q` if its phrases matched wherever their words all occur (`matched`),
        or nowhere. Only the parts above a phrase are evaluated again."""
        saved = self._memo
        self._memo = {k: v for k, v in saved.items() if not _has_phrase(k)}
        self._phrase_as = matched
        try:
            return self.eval(q)
        finally:
            self._memo, self._phrase_as = saved, None

    def _phrase(self, q: query.Phrase) -> Bounds:
        """A phrase of words: possible where all words occur; its score is the sum of theirs."""
        if not q.words or self._phrase_as is False:
            return self._const(self._false, 0.0)
        key = self._key(q)
        if key not in self._phrase_parts:
            self._phrase_parts[key] = self._phrase_words(q)
        may, total = self._phrase_parts[key]
        return Bounds(may if self._phrase_as else self._false, may, total, total, may)

    def _phrase_words(self, q: query.Phrase) -> tuple[np.ndarray, np.ndarray]:
        """Where a phrase's words all occur, and there the sum of their scores."""
        may = self.live.copy()
        total = np.zeros(self.m)
        for word in q.words:
            ids, scores = self.t.term_scores(q.fieldname, word)
            pos, inside = self._positions(ids)
            here = np.zeros(self.m, dtype=bool)
            here[pos] = True
            may &= here
            total[pos] += scores if inside is None else scores[inside]
        if q.boost != 1.0:
            total = total * q.boost
        return may, np.where(may, total, 0.0)


def read_ahead_terms(searcher, queries: list[query.Query], budget: int) -> list[tuple[str, str]]:
    """The (field, text) of the words `queries` score, query by query, the queries with
    the most postings first, as many queries whole as fit in `budget` postings."""
    costs = []
    for i, q in enumerate(queries):
        terms = list(
            dict.fromkeys((t.fieldname, t.text) for t in _walk(q) if type(t) is query.Term)
        )
        terms = [(f, t) for f, t in terms if f in searcher.schema and isinstance(t, str)]
        cost = sum(searcher.doc_frequency(f, t) for f, t in terms)
        if cost:
            costs.append((-cost, i, terms))
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for minus, _i, terms in sorted(costs):
        if -minus > budget:
            continue
        budget += minus
        out += [t for t in terms if t not in seen]
        seen.update(terms)
    return out


def filter_ids(tables: ScoreTables, q: query.Query) -> np.ndarray | None:
    """Live documents matching a filter made of terms (a Term, or an OR of Terms: a region
    and its synonyms), sorted, from the searcher's cached postings; None for other shapes."""
    terms = [q] if type(q) is query.Term else None
    if type(q) is query.Or and all(type(s) is query.Term for s in q.subqueries):
        terms = list(q.subqueries)
    if not terms or any(t.fieldname not in tables.searcher.schema for t in terms):
        return None
    parts = [tables.postings(t.fieldname, t.text)[0] for t in terms]
    return parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))


def filter_set(tables: ScoreTables, q: query.Query) -> BitMap | None:
    """`filter_ids` as a bitmap."""
    ids = filter_ids(tables, q)
    return None if ids is None else _bitmap(ids)


def _plain_or(q: query.Query) -> bool:
    """An OR whose score is the sum of its matching children's (no boost, scale, minmatch)."""
    return type(q) is query.Or and q.boost == 1.0 and not q.scale and not q.minmatch


def _or_words(q: query.Query) -> list[query.Term] | None:
    """The words under a tree of plain ORs (their scores add up), or None if it holds
    anything else."""
    out = []
    for sub in q.subqueries:
        if type(sub) is query.And and sub.boost == 1.0 and len(sub.subqueries) == 1:
            sub = sub.subqueries[0]  # scores as its one child (a quoted one-word term)
        if type(sub) is query.Term:
            out.append(sub)
        elif _plain_or(sub):
            got = _or_words(sub)
            if got is None:
                return None
            out += got
        else:
            return None
    return out


def _within_literal(q: query.Query, texts: list[str]) -> bool:
    """Whether every match of `q` contains one of the literal strings `texts`: `q` is a
    word of TEXT_WORDS, or an AND of them, and one of those words holds such a string.
    Such a word is a jieba word of the paragraph's folded text (or a dictionary word
    inside one), so it lies in that text, where the accelerator finds literals.
    So `bare OR its word` matches what the literal does, without reading postings."""
    if type(q) is query.And:
        words = list(q.subqueries)
    elif type(q) is query.Term:
        words = [q]
    else:
        return False
    if not words or any(type(w) is not query.Term or w.fieldname != TEXT_WORDS for w in words):
        return False
    return any(t in w.text for w in words if isinstance(w.text, str) for t in texts)


def _has_phrase(key) -> bool:
    """Whether a structural key (`TreeBounds._key`) holds a phrase."""
    if not isinstance(key, tuple) or not key:
        return False
    if key[0] in ("Phrase", "ProximityPhrase"):
        return True
    return any(_has_phrase(part) for part in key[1:])


class PhraseTightener:
    """Narrows score bounds by matching the query's one proximity phrase among candidates.

    The phrase is the only part of a compiled query whose match the bounds do
    not settle, so a candidate's bounds are loose by its boost. Matching the
    phrase alone (its texts, then its words' postings, at the candidates) costs
    a fraction of rescoring the whole query with Whoosh; with the phrase known,
    the bounds are tight but for EPS.
    """

    def __init__(self, searcher, tree: TreeBounds, q: query.Query, base: float) -> None:
        phrases = {tree._key(p): p for p in _walk(q) if isinstance(p, ProximityPhrase)}
        if len(phrases) != 1:
            raise Unsupported(f"{len(phrases)} phrases")
        self.searcher = searcher
        self.tables = tree.t
        self.phrase = next(iter(phrases.values()))
        self._seen: list[tuple[np.ndarray, np.ndarray]] = []  # (docnums, phrase matched)
        out = []
        for matched in (False, True):
            b = tree.with_phrase(q, matched)
            out.append((base + np.where(b.must, b.lo, 0.0), base + np.where(b.may, b.hi, 0.0)))
        (self.lo0, self.hi0), (self.lo1, self.hi1) = out

    def __call__(
        self, docs: np.ndarray, at: np.ndarray, stop: Callable[[], bool]
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """New (lo, hi) of the candidates `at` (sorted indexes into `docs`), or None if
        `stop()` turned True first."""
        cand = docs[at]
        matched = phrase_matches(self.searcher, self.phrase, cand, stop, self.tables)
        if matched is None:
            return None
        self._seen.append((cand, matched))
        return (
            np.where(matched, self.lo1[at], self.lo0[at]),
            np.where(matched, self.hi1[at], self.hi0[at]),
        )

    def known(self) -> tuple[np.ndarray, np.ndarray]:
        """The candidates whose phrase was matched so far (sorted docnums), and whether it
        matched each."""
        if not self._seen:
            return np.zeros(0, np.int64), np.zeros(0, dtype=bool)
        docs = np.concatenate([d for d, _m in self._seen])
        matched = np.concatenate([m for _d, m in self._seen])
        order = np.argsort(docs, kind="stable")
        return docs[order], matched[order]


def phrase_matches(
    searcher,
    phrase: ProximityPhrase,
    docs: np.ndarray,
    stop: Callable[[], bool] | None = None,
    tables: ScoreTables | None = None,
) -> np.ndarray | None:
    """Whether the proximity phrase matches each of `docs` (sorted searcher docnums), as
    its Whoosh matcher would; None if `stop()` turned True first (asked per segment).
    With `tables`, which candidates hold every word comes from its postings' arrays (the
    bounds read them), so no posting block is decoded; then the proximity rule."""
    out = np.zeros(len(docs), dtype=bool)
    if tables is not None and phrase.words and phrase.fieldname in searcher.schema:
        holding = np.ones(len(docs), dtype=bool)
        for word in phrase.words:
            ids = tables.postings(phrase.fieldname, word)[0]
            at = np.searchsorted(ids, docs)
            inside = at < len(ids)
            hit = np.zeros(len(docs), dtype=bool)
            hit[inside] = ids[at[inside]] == docs[inside]
            holding &= hit
        for sub, offset, lo_i, hi_i in _segment_spans(searcher, docs):
            here = np.flatnonzero(holding[lo_i:hi_i]) + lo_i
            if not len(here):
                continue
            if stop is not None and stop():
                return None
            near = phrase.near(sub.reader(), (docs[here] - offset).tolist())
            out[here] = np.isin(docs[here] - offset, near, assume_unique=True)
        return out
    for sub, offset, lo_i, hi_i in _segment_spans(searcher, docs):
        if lo_i == hi_i:
            continue
        if stop is not None and stop():
            return None
        phrase.only = (docs[lo_i:hi_i] - offset).tolist()
        try:
            found = np.asarray(phrase.matching_ids(sub), dtype=np.int64) + offset
        finally:
            phrase.only = None
        out[lo_i:hi_i] = np.isin(docs[lo_i:hi_i], found, assume_unique=True)
    return out


def exact_scores(
    searcher,
    q: query.Query,
    docs: np.ndarray,
    known: dict[int, np.ndarray] | None = None,
    tables: ScoreTables | None = None,
) -> np.ndarray:
    """Whoosh's own score of `q` for each of `docs` (sorted searcher docnums); NaN where it
    does not match. A score depends only on the document, not on which others are asked,
    so the proximity phrase and the literals (whose ids `known` holds, by id() of their
    `LiteralQuery`) are matched among `docs` only, and so are the words when `tables`
    holds their postings (`_ArrayTerm`)."""
    return _exact_scores(searcher, q, docs, known, tables=tables)[0]


def _segment_spans(searcher, docs: np.ndarray) -> list[tuple]:
    """(segment searcher, its first docnum, lo, hi) per segment, `docs[lo:hi]` (sorted
    searcher docnums) lying in it: every bound in one search (at 1M, 17 segments)."""
    leaves = searcher.leaf_searchers()
    edges = [offset for _sub, offset in leaves]
    edges += [offset + sub.doc_count_all() for sub, offset in leaves]
    cuts = np.searchsorted(docs, np.array(edges, dtype=np.int64)).tolist()
    k = len(leaves)
    return [(sub, offset, cuts[i], cuts[k + i]) for i, (sub, offset) in enumerate(leaves)]


class _TermListMatcher(matching.ListMatcher):
    """A word's postings among some documents, scored by Whoosh's own scorer of the word.

    Its own class, so that Whoosh's weighted trees, which break ties between equal
    weights by comparing matcher classes, order these as they order posting matchers.
    """


def _list_matcher(rescoring, searcher, context, field: str, btext: bytes, listed, reader):
    """The `_TermListMatcher` of a word's `listed` (docnums, weights, scores) in the segment
    of `reader` (`rescoring`: the `_ArrayRescoring` that listed them)."""
    ids, weights, _scores = listed
    offset = rescoring.offsets[id(reader)]
    a, b = np.searchsorted(ids, [offset, offset + reader.doc_count_all()])
    weighting = (context.weighting if context is not None else None) or searcher.weighting
    local = ids[a:b] - offset
    m = _TermListMatcher(
        local.tolist(),
        weights[a:b].tolist(),
        scorer=rescoring.tables.scorer(searcher, weighting, field, btext),
        term=(field, btext),
    )
    return m


class _ArrayTerm(query.Term):
    """A word whose matcher lists its postings among the candidates, from arrays already
    read (`ScoreTables.postings`), instead of decoding posting blocks per segment.

    Same estimate as the word (so the same matcher tree), same weights, same
    scorer (so the same score, bit for bit) at the candidates; elsewhere it does
    not match, which rescoring never asks about.
    """

    def __init__(self, term: query.Term, rescoring) -> None:
        super().__init__(term.fieldname, term.text, boost=term.boost)
        self.rescoring = rescoring  # the `_ArrayRescoring` that made it
        try:  # the schema's, so one for every segment
            self.btext = rescoring.tables.searcher.schema[self.fieldname].to_bytes(self.text)
        except ValueError:
            self.btext = None
        self._listed = None
        self._frequencies: dict[int, int | None] = {}  # id() of a segment reader → `_frequency`

    @property
    def listed(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(searcher docnums among the candidates (sorted), their weights, their scores)."""
        if self._listed is None:
            self._listed = self.rescoring._postings(self.fieldname, self.text)
        return self._listed

    def _frequency(self, reader) -> int | None:
        """The word's document frequency in a segment reader, kept (None: not a word of it;
        the field is in the schema, which every segment of the searcher shares)."""
        got = self._frequencies.get(id(reader), -1)
        if got == -1:
            got = None
            if self.btext is not None:
                got = self.rescoring.tables.doc_frequency(reader, self.fieldname, self.btext)
            self._frequencies[id(reader)] = got
        return got

    def estimate_size(self, ixreader) -> int:
        """`Term.estimate_size`, from the kept frequencies."""
        return self._frequency(ixreader) or 0

    def matcher(self, searcher, context=None):
        """A `_TermListMatcher` where Whoosh would give the word's posting matcher."""
        field = searcher.schema[self.fieldname]
        try:
            btext = field.to_bytes(self.text)
        except ValueError:
            return matching.NullMatcher()
        reader = searcher.reader()
        if not self.rescoring.tables.doc_frequency(reader, self.fieldname, btext):
            return matching.NullMatcher()
        m = _list_matcher(
            self.rescoring, searcher, context, self.fieldname, btext, self.listed, reader
        )
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m


class _KnownPhrase(ProximityPhrase):
    """The proximity phrase where its match among the candidates is already known (the
    `PhraseTightener` matched it): the same matcher tree and word scores as
    `ProximityPhrase.matcher`, its words listed at the known matches, so no text
    or posting is read again."""

    def __init__(self, phrase: ProximityPhrase, words: list, rescoring) -> None:
        super().__init__(phrase.fieldname, phrase.words, slop=phrase.slop, boost=phrase.boost)
        # per word: (docnums where the phrase matches, their weights, their scores)
        self.listed = words
        self.rescoring = rescoring  # the `_ArrayRescoring` that made it

    def matcher(self, searcher, context=None):
        """`ProximityPhrase.matcher`'s tree over `_TermListMatcher`s of the known matches."""
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        ms = []
        for word, listed in zip(self.words, self.listed, strict=True):
            try:
                btext = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, btext) not in reader:
                return matching.NullMatcher()
            ms.append(
                _list_matcher(
                    self.rescoring, searcher, context, self.fieldname, btext, listed, reader
                )
            )
        return self.tree(ms)


class _ArrayRescoring:
    """Rewrites a query for rescoring `docs`: each word under its ANDs, ORs and AND-MAYBEs
    an `_ArrayTerm`, and the proximity phrase a `_KnownPhrase` where its match is known at
    every candidate holding all its words. Other nodes (literals, filters, NOT) are the
    same objects."""

    def __init__(self, searcher, tables: ScoreTables, docs: np.ndarray, phrase=None) -> None:
        self.tables = tables
        self.docs = docs
        # id() of a segment reader → its first searcher docnum
        self.offsets = {id(sub.reader()): offset for sub, offset in searcher.leaf_searchers()}
        self.phrase = phrase  # (ProximityPhrase, known docnums, matched), or None
        self.made: list = []  # the `_ArrayTerm`s and `_KnownPhrase`s of `rewrite`

    def _postings(self, field: str, text) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The word's (docnums, weights, BM25F scores) among the candidates."""
        ids, weights = self.tables.postings(field, text)
        scores = self.tables.term_scores(field, text)[1]  # at the same ids
        docs = self.docs
        at = np.searchsorted(ids, docs)
        inside = at < len(ids)
        at = at[inside][ids[at[inside]] == docs[inside]]
        return ids[at], weights[at], scores[at]

    def rewrite(self, q: query.Query) -> query.Query:
        """`q` for rescoring (see the class)."""
        if type(q) is query.Term:
            if q.fieldname not in self.tables.searcher.schema:
                return q
            made = _ArrayTerm(q, self)
            self.made.append(made)
            return made
        if type(q) is ProximityPhrase:
            return self._known_phrase(q)
        if type(q) in (query.And, query.Or):
            kids = [self.rewrite(k) for k in q.subqueries]
            if all(k is c for k, c in zip(kids, q.subqueries, strict=True)):
                return q
            new = copy.copy(q)
            new.subqueries = kids
            return new
        if type(q) is query.AndMaybe:
            a, b = self.rewrite(q.a), self.rewrite(q.b)
            if a is q.a and b is q.b:
                return q
            new = copy.copy(q)
            new.a, new.b = a, b
            new.subqueries = (a, b)
            return new
        return q

    def _known_phrase(self, q: ProximityPhrase) -> query.Query:
        """A `_KnownPhrase` if the tightener's phrase is known at every candidate holding
        all its words, else `q` (Whoosh matches it)."""
        if self.phrase is None or q.boost == 1.0:  # boost 1: no wrapper, another tree order
            return q
        phrase, known, matched = self.phrase
        same = (q.fieldname, list(q.words), q.slop, q.boost)
        if same != (phrase.fieldname, list(phrase.words), phrase.slop, phrase.boost):
            return q
        schema = self.tables.searcher.schema
        if q.fieldname not in schema:
            return q
        listed = [self._postings(q.fieldname, w) for w in q.words]
        holding = self.docs
        for ids, _w, _s in listed:
            holding = holding[np.isin(holding, ids, assume_unique=True)]
        at = np.minimum(np.searchsorted(known, holding), max(len(known) - 1, 0))
        if len(holding) and (not len(known) or (known[at] != holding).any()):
            return q  # some candidate's phrase is not known: Whoosh matches it
        yes = holding[matched[at]] if len(holding) else holding
        kept = [np.isin(ids, yes) for ids, _w, _s in listed]
        listed = [(ids[k], w[k], sc[k]) for (ids, w, sc), k in zip(listed, kept, strict=True)]
        made = _KnownPhrase(q, listed, self)
        self.made.append(made)
        return made


def _exact_scores(
    searcher,
    q: query.Query,
    docs: np.ndarray,
    known: dict[int, np.ndarray] | None = None,
    stop: Callable[[], bool] | None = None,
    tables: ScoreTables | None = None,
    phrase: tuple | None = None,
    arrays_only: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """`exact_scores` plus which of `docs` were settled: all of them, unless `stop()`
    turned True (asked per segment and every STOP_CHECK_EVERY documents). `phrase`:
    (the proximity phrase, docnums where its match is known, whether it matched), used
    with `tables`. With `tables`, segments whose matcher tree `_Shape` models are scored
    on arrays, those of one shape at once; the others by stepping Whoosh's matchers,
    unless `arrays_only` (then `Unsupported` is raised)."""
    out = np.full(len(docs), np.nan)
    done = np.zeros(len(docs), dtype=bool)
    if not len(docs):
        return out, done
    known = known or {}
    context = searcher.context()
    rescoring = None
    if tables is not None:
        rescoring = _ArrayRescoring(searcher, tables, docs, phrase)
        q = rescoring.rewrite(q)
    # (sub, offset, lo_i, hi_i) of the segments holding candidates
    segments = [seg for seg in _segment_spans(searcher, docs) if seg[2] < seg[3]]
    stepped = segments
    if rescoring is not None:
        stepped = []
        shapes: dict = {}  # a segment's matcher tree shape → its candidates' places
        for seg in segments:
            sub, offset, lo_i, hi_i = seg
            try:
                shape = _Shape(rescoring, sub, context, known).of(q)
            except Unsupported:
                if arrays_only:
                    raise
                stepped.append(seg)  # a part the arrays do not model: Whoosh scores it
                continue
            shapes.setdefault(shape, []).append((lo_i, hi_i))
        scored = _ShapeScores(rescoring, docs, known) if shapes else None
        for shape, spans in shapes.items():
            if stop is not None and stop():
                return out, done
            hit, score = scored.of(shape)  # at every candidate, kept where this shape is
            full = np.where(hit, score, np.nan)
            if len(shapes) == 1 and not stepped:
                out = full
                done[:] = True
                break
            for lo_i, hi_i in spans:
                out[lo_i:hi_i] = full[lo_i:hi_i]
                done[lo_i:hi_i] = True
    nodes = list(_walk(q)) if stepped else []
    phrases = [p for p in nodes if isinstance(p, ProximityPhrase)]
    literals = [p for p in nodes if isinstance(p, LiteralQuery) and id(p) in known]
    for sub, offset, lo_i, hi_i in stepped:
        end = offset + sub.doc_count_all()
        if stop is not None and stop():
            return out, done
        local = docs[lo_i:hi_i] - offset
        reader = id(sub.reader())
        for phrase in phrases:
            phrase.only = local.tolist()
        for lit in literals:
            ids = known[id(lit)]
            a, b = np.searchsorted(ids, [offset, end])
            # The candidates among the literal's ids: a search per candidate, not a sort of all.
            at = np.minimum(np.searchsorted(ids[a:b], local + offset), max(b - a - 1, 0))
            mine = local[ids[a:b][at] == local + offset] if b > a else local[:0]
            lit.known = {reader: (array("I", mine.astype(np.uint32).tobytes()), b > a)}
        try:
            m = q.matcher(sub, context)
        finally:
            for phrase in phrases:
                phrase.only = None
            for lit in literals:
                lit.known = None
        for i in range(lo_i, hi_i):
            if stop is not None and not (i - lo_i + 1) % STOP_CHECK_EVERY and stop():
                return out, done
            if not m.is_active():
                break
            d = int(docs[i]) - offset
            done[i] = True
            if m.id() > d:
                continue
            # Always skip_to, even when already there: AndMaybe re-aligns its
            # optional side only on skip_to/next.
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[i] = m.score()
        done[lo_i:hi_i] = True  # the rest lie past the matcher's end: no match
    return out, done


class _Shape:
    """The shape of the matcher tree `q.matcher(sub, context)` builds in one segment, as
    a nested tuple: which words it scores, how Whoosh nests them (its weighted trees by
    the same `estimate_size`, its binary trees) and its boosts. Segments of one shape
    are scored together (`_ShapeScores`). A node it does not model raises `Unsupported`.

    Nodes: ("none",) matches nothing; ("word", id of an `_ArrayTerm`) and ("word", id
    of a `_KnownPhrase`, i) a word's postings; ("literal", id of a `LiteralQuery`, its
    score); ("and"|"or"|"maybe", a, b) Whoosh's IntersectionMatcher, UnionMatcher and
    AndMaybeMatcher; ("boost", a, boost) a WrappingMatcher; ("preloaded", shapes, boost)
    an ArrayUnionMatcher (an OR of a small segment).
    """

    NONE = ("none",)

    def __init__(self, rescoring, sub, context, known: dict) -> None:
        self.tables = rescoring.tables
        self.sub = sub
        self.reader = sub.reader()
        self.needs_current = context.needs_current
        self.known = known  # id() of a literal → its matching docnums (from the bounds)
        if context.weighting is not rescoring.tables.weighting:
            raise Unsupported("another weighting than the tables'")

    def of(self, q: query.Query) -> tuple:
        """The shape of `q`'s matcher in this segment."""
        t = type(q)
        if t is _ArrayTerm:
            if not q._frequency(self.reader):
                return self.NONE
            return _boosted(("word", id(q)), q.boost)
        if t is _KnownPhrase:
            for word in q.words:
                btext = self._btext(q.fieldname, word)
                if btext is None or (q.fieldname, btext) not in self.reader:
                    return self.NONE
            leaves = [("word", id(q), i) for i in range(len(q.words))]
            return _boosted(make_binary_tree(_node("and"), leaves), q.boost)
        if isinstance(q, LiteralQuery) and id(q) in self.known and q.score >= 0:
            return ("literal", id(q), q.score)
        if t is query.AndMaybe and q.boost == 1.0:
            return ("maybe", self.of(q.a), self.of(q.b))
        if t in (query.And, query.Or):
            subs = q.subqueries
            if not subs:
                return self.NONE
            if len(subs) == 1:  # CompoundQuery.matcher: the child's matcher, unboosted
                return self.of(subs[0])
            if t is query.Or and not self._default_or(q):
                return self._preloaded_or(q)
            sign, kind = (-1, "and") if t is query.And else (1, "or")
            if len(subs) == 2:  # one join, its sides in one order whatever their weights
                return _boosted(_node(kind)(self.of(subs[0]), self.of(subs[1])), q.boost)
            weighted = [(sign * s.estimate_size(self.reader), self.of(s)) for s in subs]
            return _boosted(_weighted_tree(_node(kind), weighted), q.boost)
        raise Unsupported(f"rescoring {t.__name__} on arrays")

    def _default_or(self, q: query.Or) -> bool:
        """Whether Whoosh makes `q` a tree of unions (`Or._matcher`'s choice), unscaled."""
        if q.scale or q.minmatch:
            return False
        if q.matcher_type == q.DEFAULT_MATCHER:
            return True
        if q.matcher_type != q.AUTO_MATCHER or len(q.subqueries) >= q.TOO_MANY_CLAUSES:
            return False
        many = self.sub.doc_count_all() > 5000
        return self.needs_current or len(q.subqueries) == 2 or many

    def _preloaded_or(self, q: query.Or) -> tuple:
        """The shape of the OR Whoosh preloads (PreloadedOr: one ArrayUnionMatcher)."""
        automatic = q.matcher_type == q.AUTO_MATCHER
        if q.scale or q.minmatch or not (automatic or q.matcher_type == q.ARRAY_MATCHER):
            raise Unsupported("an OR Whoosh scales or splits")
        if not q.boost >= 0:
            raise Unsupported(f"boost {q.boost}")
        return ("preloaded", tuple(self.of(s) for s in q.subqueries), q.boost)

    def _btext(self, field: str, text) -> bytes | None:
        """The term's bytes, None where Term.matcher gives a null matcher before postings."""
        schema = self.sub.schema
        if field not in schema:
            return None
        try:
            return schema[field].to_bytes(text)
        except ValueError:
            return None


def _boosted(shape: tuple, boost: float) -> tuple:
    """`shape` under a WrappingMatcher, as Whoosh wraps a boosted query's matcher."""
    if not boost >= 0:  # `_ShapeScores` relies on scores ≥ 0
        raise Unsupported(f"boost {boost}")
    return ("boost", shape, boost) if boost != 1.0 else shape


def _node(kind: str):
    """A function joining two shapes into one node of `kind`. An AND or an OR adds its
    sides' scores, and a float addition gives the same bits either way round, so their
    sides are put in one order: segments whose trees differ only by a swap share a shape
    (one `_ShapeScores` pass)."""
    if kind in ("and", "or"):
        return lambda a, b: (kind, a, b) if a <= b else (kind, b, a)
    return lambda a, b: (kind, a, b)


def _weighted_tree(join, weighted: list) -> tuple:
    """`whoosh.util.make_weighted_tree` over (weight, shape) pairs: its tuples compare by
    weight alone (matchers of one class are equal, of two classes neither is less), so a
    stable sort by weight, then the two lightest joined and put back after their equals."""
    ls = sorted(weighted, key=lambda ws: ws[0])
    while len(ls) > 1:
        (wa, a), (wb, b) = ls.pop(0), ls.pop(0)
        insort(ls, (wa + wb, join(a, b)), key=lambda ws: ws[0])
    return ls[0][1]


class _ShapeScores:
    """Whether matcher trees of given `_Shape`s match each of `docs` (sorted searcher
    docnums), and their score there: at each node the sum its matchers' `score()` makes,
    in the same order, in float64, so the same bits. The words' scores are
    `ScoreTables.term_scores`, Whoosh's BM25F per posting.

    Every node's scores are 0.0 where it does not match, and no score is below 0
    (`_Shape` models no negative boost or constant); so adding a side that does not
    match adds 0.0, which leaves a sum's bits as they are, and a union is one add.
    Nodes are kept by shape, so the parts segments share are computed once.
    """

    def __init__(self, rescoring, docs: np.ndarray, known: dict) -> None:
        self.tables = rescoring.tables
        self.docs = docs
        self.known = known
        self.words = {}  # id() of an `_ArrayTerm`, or (id of a `_KnownPhrase`, i) → the word
        for q in rescoring.made:
            if type(q) is _ArrayTerm:
                self.words[id(q)] = q
            else:
                for i in range(len(q.words)):
                    self.words[id(q), i] = q
        self._kept: dict = {}

    def of(self, shape: tuple) -> tuple[np.ndarray, np.ndarray]:
        """(matches, scores) of `shape` at the documents."""
        got = self._node(shape)
        if got is None:
            return np.zeros(len(self.docs), dtype=bool), np.zeros(len(self.docs))
        return got

    def _node(self, shape: tuple) -> tuple[np.ndarray, np.ndarray] | None:
        """`of`, or None where nothing matches (no arrays built for it)."""
        got = self._kept.get(shape, self)
        if got is self:
            got = self._kept[shape] = self._of(shape)
        return got

    def _of(self, shape: tuple) -> tuple[np.ndarray, np.ndarray] | None:
        kind = shape[0]
        if kind == "word":
            if len(shape) == 2:
                word = self.words[shape[1]]
                return self._at(*self.tables.term_scores(word.fieldname, word.text))
            ids, _weights, scores = self.words[shape[1:]].listed[shape[2]]
            return self._at(ids, scores)
        if kind == "boost":
            got = self._node(shape[1])
            return None if got is None else (got[0], got[1] * shape[2])
        if kind == "literal":
            hit = np.isin(self.docs, self.known[shape[1]], assume_unique=True)
            return (hit, np.where(hit, shape[2], 0.0)) if hit.any() else None
        if kind == "none":
            return None
        if kind == "preloaded":
            # ArrayUnionMatcher: each child's score times the boost added into a float64
            # array, child by child; a document matches where the sum is above 0.
            total = None
            for part in shape[1]:
                got = self._node(part)
                if got is not None:
                    add = got[1] * shape[2]
                    total = add if total is None else total + add  # 0.0 + x is x
            return None if total is None else (total > 0, total)
        a, b = self._node(shape[1]), self._node(shape[2])
        if a is None or b is None:  # a side matching nothing adds 0.0: the other as it is
            return (a or b) if kind == "or" else (a if kind == "maybe" else None)
        (ha, sa), (hb, sb) = a, b
        if kind == "or":  # UnionMatcher: the one that matches, or both's sum
            return ha | hb, sa + sb
        hit = ha & hb if kind == "and" else ha  # AndMaybeMatcher: b adds where it matches
        return hit, np.where(hit, sa + sb, 0.0)

    def _at(self, ids: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """A word's postings (sorted docnums, their scores) at the documents."""
        if not len(ids):
            return None
        at = np.searchsorted(ids, self.docs)  # len(ids) past the last: clipped, unequal
        hit = ids.take(at, mode="clip") == self.docs
        if not hit.any():
            return None
        return hit, np.where(hit, scores.take(at, mode="clip"), 0.0)


def _bitmap(ids: np.ndarray) -> BitMap:
    """A roaring bitmap of docnums (through array('I'): pyroaring iterates numpy arrays)."""
    return BitMap(array("I", np.asarray(ids, dtype=np.uint32).tobytes()))


def _walk(q: query.Query):
    """`q` and every query below it."""
    yield q
    for child in q.children():
        yield from _walk(child)


@dataclass
class Ranking:
    """The best documents with their scores, and whether the time budget cut the ranking short."""

    top: list[tuple[int, float]]
    approximate: bool = False  # some of `top` may not be the true best (see `rank_top`)


def rank_top(
    searcher,
    q: query.Query,
    docs: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    fuzzy: np.ndarray,
    date_rank: np.ndarray,
    want: int,
    base: float = 0.0,
    literals: dict[int, np.ndarray] | None = None,
    check: Callable[[], None] | None = None,
    late: Callable[[], bool] | None = None,
    tighten: PhraseTightener | None = None,
    tables: ScoreTables | None = None,
) -> Ranking | None:
    """The best `want` of `docs` by (score, newer, lower docnum), with Whoosh's exact scores.

    `lo`/`hi`/`fuzzy` are aligned with `docs`; a document's score is `base` plus
    Whoosh's score of `q` (plus nothing where `q` does not match it). Where
    `fuzzy` is False the score is exactly `lo`. None if Whoosh disagrees with the
    bounds (the caller then scores every match).

    `late()` (True once the ranking's deadline has passed) bounds the rescoring by
    Whoosh: once it is True, the answer is the best by what is known so far (the exact score
    where known, else the lower bound `lo`), `approximate` is set, and the score of
    a hit Whoosh has not rescored is its lower bound.

    `tighten` first narrows the bounds of the candidates that might make the head
    (best upper bound first), so that Whoosh rescores few of them. With `tables`, the
    rescoring reads the words' postings from its arrays (`_ArrayTerm`).
    """
    n = len(docs)
    if not n or want <= 0:
        return Ranking([])
    if late is None:

        def late() -> bool:
            return False

    k = min(want, n)
    tightener = tighten if isinstance(tighten, PhraseTightener) else None
    if n > NARROW_FROM and fuzzy.any():  # (all exact, e.g. browsing: they tie, nothing to drop)
        # A document whose upper bound lies under the k-th best lower bound can neither
        # be rescored nor ranked (the threshold only rises): drop those before the
        # arrays below. lb ≥ lo - EPS, so the k-th best lb is ≥ the k-th best lo - EPS.
        reach = np.partition(lo, n - k)[n - k] - 2 * EPS
        sel = np.flatnonzero(lo >= reach if hi is lo else (hi >= reach) | (lo >= reach))
        if len(sel) < n:
            if tighten is not None:
                full, inner = docs, tighten

                def tighten(_docs, at, stop):
                    return inner(full, sel[at], stop)

            docs, lo, hi, fuzzy = docs[sel], lo[sel], hi[sel], fuzzy[sel]
            n = len(docs)
    lb = np.where(fuzzy, lo - EPS, lo)
    ub = np.where(fuzzy, hi + EPS, lo)
    exact = np.where(fuzzy, np.nan, lo)  # exact scores so far
    floor = np.partition(lb, n - k)[n - k]  # the k-th best lower bound
    low = lo  # the best lower bound known, for an answer cut short
    if tighten is not None:
        loose = np.flatnonzero(fuzzy & (hi > lo) & (ub >= floor))
        loose = loose[np.argsort(-ub[loose], kind="stable")]
        batch, at = max(32, min(TIGHTEN_BATCH, TIGHTEN_PER_HIT * k)), 0
        low = lo.copy()
        while at < len(loose):
            if check is not None:
                check()
            chunk = np.sort(loose[at : at + batch])
            got = tighten(docs, chunk, late)
            if got is None:
                return _best_known(docs, exact, low, date_rank, want)
            new_lo, new_hi = got
            if (new_lo < lo[chunk]).any() or (new_hi > hi[chunk]).any():
                return None  # the narrower bounds must lie inside the wide ones
            at += batch
            low[chunk] = new_lo
            lb[chunk] = new_lo - EPS
            ub[chunk] = new_hi + EPS
            floor = np.partition(lb, n - k)[n - k]
            if at < len(loose) and ub[loose[at]] < floor:
                break
            batch *= TIGHTEN_GROWTH
    pending = np.flatnonzero(fuzzy & (ub >= floor))
    pending = pending[np.argsort(-ub[pending], kind="stable")]
    batch = FIRST_BATCH
    at = 0
    cut_short = False
    while at < len(pending):
        if check is not None:
            check()  # e.g. stop when a newer search has made this one pointless
        if late():
            cut_short = True
            break
        chunk = np.sort(pending[at : at + batch])
        phrase = None
        if tightener is not None:
            phrase = (tightener.phrase, *tightener.known())
        scores, done = _exact_scores(searcher, q, docs[chunk], literals, late, tables, phrase)
        if not done.all():
            # Out of time inside the batch: keep what was settled, give up the rest.
            chunk, scores, cut_short = chunk[done], scores[done], True
        at += batch
        missing = np.isnan(scores)
        scores = np.where(missing, 0.0, scores) + base
        if (scores < lb[chunk]).any() or (scores > ub[chunk]).any():
            return None  # the bounds are wrong: never guess
        exact[chunk] = scores
        lb[chunk] = ub[chunk] = scores
        floor = np.partition(lb, n - k)[n - k]
        if cut_short or (at < len(pending) and ub[pending[at]] < floor):
            break
        batch *= 4
    if cut_short:
        return _best_known(docs, exact, low, date_rank, want)
    picked = np.flatnonzero(~np.isnan(exact) & (exact >= floor))
    picked = _head(picked, exact, date_rank[docs], want)
    order = np.lexsort((docs[picked], -date_rank[docs[picked]], -exact[picked]))[:want]
    return Ranking([(int(docs[picked[i]]), float(exact[picked[i]])) for i in order])


def rank_exact(
    searcher,
    q: query.Query,
    docs: np.ndarray,
    date_rank: np.ndarray,
    want: int,
    base: float,
    tables: ScoreTables,
) -> Ranking | None:
    """The best `want` of `docs` as `rank_top` ranks them, every one scored exactly on
    arrays (`_exact_scores`, `arrays_only`): for a few matches this costs less than
    bounds. None if the query holds a part the arrays do not model."""
    if any(isinstance(p, ProximityPhrase) for p in _walk(q)):
        return None  # its match needs the texts: the bounds narrow the candidates first
    try:
        scores, _done = _exact_scores(searcher, q, docs, tables=tables, arrays_only=True)
    except Unsupported:
        return None
    exact = np.where(np.isnan(scores), 0.0, scores) + base
    picked = _head(np.arange(len(docs)), exact, date_rank[docs], want)
    order = np.lexsort((docs[picked], -date_rank[docs[picked]], -exact[picked]))[:want]
    return Ranking([(int(docs[picked[i]]), float(exact[picked[i]])) for i in order])


def _best_known(
    docs: np.ndarray, exact: np.ndarray, lo: np.ndarray, date_rank: np.ndarray, want: int
) -> Ranking:
    """The best `want` by the exact score where Whoosh gave one, else the lower bound."""
    known = ~np.isnan(exact)
    est = np.where(known, exact, lo)
    picked = _head(np.arange(len(docs)), est, date_rank[docs], want)
    order = np.lexsort((docs[picked], -date_rank[docs[picked]], -est[picked]))[:want]
    top = [(int(docs[picked[i]]), float(est[picked[i]])) for i in order]
    return Ranking(top, approximate=True)


def _head(picked: np.ndarray, score: np.ndarray, rank: np.ndarray, want: int) -> np.ndarray:
    """A subset of `picked` still holding its best `want` by (score, rank), so a tie of
    thousands of literal-only matches is not sorted whole: cut at the want-th best score,
    then the ties at that score at their want-th newest date."""
    if len(picked) <= 4 * want:
        return picked
    s = score[picked]
    cut = np.partition(s, len(s) - want)[len(s) - want]
    above, tied = picked[s > cut], picked[s == cut]
    need = want - len(above)
    r = rank[tied]
    if 0 < need < len(tied):
        tied = tied[r >= np.partition(r, len(r) - need)[len(r) - need]]
    return np.concatenate([above, tied])
