"""Compile a parsed query into a Whoosh query, with what to highlight.

A bare term T matches a paragraph that contains T literally (the accelerator,
full recall) OR contains all of T's jieba words. Literal matches score a
constant LITERAL_SCORE on top of BM25, far above any BM25 score, so they
always rank above word-only matches. Title/heading words and proximity only
add optional boosts.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field

from whoosh import matching, query
from whoosh.util import make_binary_tree

from index.build.folding import fold
from index.build.segmenter import Segmenter
from index.engine.facets import (
    MATCH_EXACT,
    MATCH_PREFIX,
    MATCH_RANGE,
    MATCH_REGION,
    facet,
    is_facet,
)
from index.query.accel import AccelLiteral, segment_accel
from index.query.querylang import And, Filter, Not, Or, ParsedQuery, Term

LITERAL_SCORE = 1000.0
TITLE_BOOST = 1.5
HEADING_BOOST = 1.0
PROXIMITY_BOOST = 2.0
# A term of more words than this (a pasted passage) matches literally only: "all
# its words" adds nothing there, and Whoosh nests one matcher per word (a
# 1,000-word AND overflowed the stack). Its first words still rank the matches.
MAX_TERM_WORDS = 24
MAX_BOOST_WORDS = 48  # title/heading/proximity boosts over at most this many words
# Proximity: at most this many characters between one query word and the next, in
# order (Whoosh's sloppy phrase allowed 8 word positions; a word is ~2 characters).
PROXIMITY_GAP = 16


class ConstantMatcher(matching.ListMatcher):
    """A list of ids that all score the same, zero included (ListMatcher turns 0 into 1)."""

    def __init__(self, ids, constant: float) -> None:
        super().__init__(ids, all_weights=constant)
        self.constant = constant

    def weight(self) -> float:
        """The constant."""
        return self.constant

    def score(self) -> float:
        """The constant."""
        return self.constant


class LiteralQuery(query.ConstantScoreQuery):
    """A constant-score wrapper that never hands back the child's own scores."""

    # Set while index/query/topk.py rescores a few candidates: the child's ids
    # among them, by segment reader, already known from the accelerator.
    known: dict | None = None

    def matcher(self, searcher, context=None):
        """All matching ids at one constant weight."""
        if self.known is not None:
            found = self.known.get(id(searcher.reader()))
            if found is not None:
                ids, any_in_segment = found
                if not any_in_segment:
                    return matching.NullMatcher()
                return ConstantMatcher(ids, self.score)
        if isinstance(self.child, AccelLiteral):  # its ids directly, without a matcher
            ids = self.child.ids(searcher.reader())
            return ConstantMatcher(ids, self.score) if len(ids) else matching.NullMatcher()
        m = self.child.matcher(searcher, context)
        if isinstance(m, matching.NullMatcherClass):
            return m
        return ConstantMatcher(array("I", m.all_ids()), self.score)


class _OnlyMatcher(matching.WrappingMatcher):
    """A matcher's postings at some documents only, reached by skip_to (scores unchanged)."""

    def __init__(self, child, only: list[int]) -> None:
        super().__init__(child)
        self.only = only  # sorted
        self._done = False
        self._find_next()

    def _find_next(self) -> None:
        child, only = self.child, self.only
        while child.is_active():
            cid = child.id()
            i = bisect.bisect_left(only, cid)
            if i == len(only):
                self._done = True  # past the last wanted document
                return
            if only[i] == cid:
                return
            child.skip_to(only[i])

    def is_active(self) -> bool:
        """Active until past the last wanted document."""
        return not self._done and self.child.is_active()

    def next(self) -> None:
        """The next wanted posting."""
        self.child.next()
        self._find_next()

    def skip_to(self, id) -> None:
        """The first wanted posting at or after `id`."""
        self.child.skip_to(id)
        self._find_next()

    def copy(self):
        """A copy at the same position."""
        return self.__class__(self.child.copy(), self.only)

    def _replacement(self, newchild):
        return self.__class__(newchild, self.only)

    def all_ids(self):
        """The wanted ids."""
        while self.is_active():
            yield self.id()
            self.next()


class _OnlyTerm(query.Term):
    """A term whose matcher sees only some documents of the segment (scores unchanged)."""

    def __init__(self, fieldname: str, text, only: list[int]) -> None:
        super().__init__(fieldname, text)
        self.only = only

    def matcher(self, searcher, context=None):
        """The term's matcher, restricted to `only`."""
        m = super().matcher(searcher, context)
        if isinstance(m, matching.NullMatcherClass):
            return m
        return _OnlyMatcher(m, self.only)


def near_in_order(text: str, words: list[str], gap: int) -> bool:
    """Whether `words` occur in `text` in this order, without overlapping, each starting
    at most `gap` characters after the previous one ends (the proximity rule)."""
    if not words:
        return False
    ends = [i + len(words[0]) for i in _occurrences(text, words[0], 0)]
    for w in words[1:]:
        if not ends:
            return False
        nxt, k = [], 0
        for i in _occurrences(text, w, ends[0]):
            while k < len(ends) and ends[k] + gap < i:
                k += 1  # ends are ascending: this one is too far behind i, so are the earlier
            if k == len(ends):
                break
            if ends[k] <= i:
                nxt.append(i + len(w))
        ends = nxt
    return bool(ends)


def _occurrences(text: str, word: str, start: int):
    """Every start of `word` in `text` from `start` on, overlapping ones included."""
    i = text.find(word, start)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


class ProximityPhrase(query.Phrase):
    """The proximity boost: the query's words in order and near each other.

    A document matches when it holds every word (their postings) and
    `near_in_order` holds on its folded text, the accelerator's copy, with
    `gap` = PROXIMITY_GAP characters; it then scores the sum of the words'
    scores times the boost, as Whoosh's sloppy phrase did. No positions are
    read, so `content` stores none (an index that still holds them answers
    alike). `only` (a sorted list of segment document numbers) restricts the
    match to them: index/query/topk.py rescores a few candidates that way.
    """

    only: list[int] | None = None  # sorted

    def matching_ids(self, searcher) -> list[int]:
        """The segment document numbers the phrase matches (among `only` when set)."""
        from index.build.whoosh_internals import bulk_ids

        if self.fieldname not in searcher.schema or not self.words:
            return []
        reader = searcher.reader()
        field = searcher.schema[self.fieldname]
        try:
            keys = [field.to_bytes(w) for w in self.words]
        except ValueError:
            return []
        if any((self.fieldname, k) not in reader for k in keys):
            return []
        cand = self.only
        if cand is not None:  # a few candidates: their texts first, cheaper than postings
            cand = self.near(reader, cand)
        keys.sort(key=lambda k: reader.doc_frequency(self.fieldname, k))
        context = searcher.boolean_context()
        for k in keys:
            if cand is not None and not cand:
                return []
            m = query.Term(self.fieldname, k).matcher(searcher, context)
            if isinstance(m, matching.NullMatcherClass):
                return []
            cand = bulk_ids(m) if cand is None else list(_OnlyMatcher(m, cand).all_ids())
        return self.near(reader, cand) if self.only is None else cand

    def near(self, reader, docs: list[int]) -> list[int]:
        """Those of `docs` whose folded text has the words near in order."""
        texts = _FoldedTexts(reader)
        return [d for d in docs if near_in_order(texts(d), self.words, PROXIMITY_GAP)]

    def matcher(self, searcher, context=None):
        """The words' intersection at the matching documents, scored as Whoosh's phrase."""
        if self.only is not None and self.fieldname in searcher.schema:
            # The intersection below checks the words: only the texts are needed first.
            ids = self.near(searcher.reader(), self.only)
        else:
            ids = self.matching_ids(searcher)
        if not ids:
            return matching.NullMatcher()
        field = searcher.schema[self.fieldname]
        ms = [
            _OnlyTerm(self.fieldname, field.to_bytes(w), ids).matcher(searcher, context)
            for w in self.words
        ]
        return self.tree(ms)

    def tree(self, ms: list):
        """The phrase's matcher over its words' matchers `ms` (each listing only matching
        documents): their intersection, boosted; one shape for every caller, so the
        same scores and the same place in Whoosh's matcher trees."""
        m = make_binary_tree(matching.IntersectionMatcher, ms)
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m


class _FoldedTexts:
    """The folded text of a reader's documents, from its segments' accelerators."""

    def __init__(self, reader) -> None:
        self._parts = []  # (first docnum, SegmentAccel), by docnum
        for leaf, offset in reader.leaf_readers():
            part = segment_accel(leaf)
            if part is not None:
                self._parts.append((offset, part[0]))

    def __call__(self, doc: int) -> str:
        """Document `doc`'s folded text ("" for a reader without segments)."""
        parts = self._parts
        if not parts:
            return ""
        j = len(parts) - 1
        while j > 0 and parts[j][0] > doc:
            j -= 1
        offset, seg = parts[j]
        return seg.text(doc - offset)


@dataclass
class FastPlan:
    """A query whose matches are exactly the AND of its terms' literals, plus filters.

    That holds for a one-word term (a paragraph holding the word holds the
    string) and for a quoted one. Then totals and facets come from the
    literals, and only the top hits need scoring: by `score`, which equals the
    general path's score minus the constant `base` (LITERAL_SCORE per term);
    None when nothing scores (all tie at `base`, newest first).
    """

    literal: query.Query
    score: query.Query | None
    filters: list[query.Query]
    texts: list[str] = field(default_factory=list)  # the literal strings, for the accelerator
    base: float = LITERAL_SCORE


@dataclass
class CompiledQuery:
    """A Whoosh query plus what the highlighter should look for."""

    main: query.Query  # what must match
    boost: query.Query | None  # optional extras that only raise scores
    terms: list[Term] = field(default_factory=list)  # positive terms, for highlights
    term_words: dict[str, list[str]] = field(default_factory=dict)  # term text → its words
    notices: list[str] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    browse: bool = False  # no text terms: rank by date
    fast: FastPlan | None = None
    # id() of each literal query in `main` → its string, so the accelerator can answer it
    literal_texts: dict[int, str] = field(default_factory=dict)

    @property
    def whoosh_query(self) -> query.Query:
        """The query to run."""
        return self.main if self.boost is None else query.AndMaybe(self.main, self.boost)


def literal_query(text: str) -> query.Query:
    """Paragraphs whose folded text contains `text` exactly (answered by the accelerator files)."""
    text = text.strip()
    if not text:
        return query.NullQuery
    return AccelLiteral(text)


class QueryCompiler:
    """Turns `ParsedQuery` trees into Whoosh queries."""

    def __init__(self, segmenter: Segmenter, resolve_region) -> None:
        self.segmenter = segmenter
        self.resolve_region = resolve_region

    def compile(self, parsed: ParsedQuery, extra_filters: list[Filter] = ()) -> CompiledQuery:
        """Compile the tree plus filters given outside the query text (CLI flags, facets)."""
        out = CompiledQuery(main=query.Every(), boost=None, notices=list(parsed.notices))
        parts = []
        if parsed.root is not None:
            parts.append(self._node(parsed.root, out))
        for f in extra_filters:
            parts.append(LiteralQuery(self._filter(f, out), 0.0))
        for f in [*parsed.filters(), *extra_filters]:
            out.filters[f.field] = f.value
        out.terms = parsed.positive_terms()
        out.browse = not out.terms
        # A query made only of exclusions still needs something to exclude from.
        positive = [p for p in parts if not isinstance(p, query.Not)]
        if not positive:
            parts.insert(0, query.Every())
        out.main = parts[0] if len(parts) == 1 else query.And(parts)
        out.boost = self._boosts(out)
        out.fast = self._fast_plan(parsed, extra_filters, out)
        return out

    def _fast_plan(
        self, parsed: ParsedQuery, extra: list[Filter], out: CompiledQuery
    ) -> FastPlan | None:
        """A fast plan when every term matches only literally: one word jieba keeps whole, or quoted."""
        root = parsed.root
        kids = root.children if isinstance(root, And) else (root,)
        terms = [k for k in kids if isinstance(k, Term)]
        if not terms or any(not isinstance(k, Term | Filter) for k in kids):
            return None
        scores: list[query.Query] = []
        for term in terms:
            words = out.term_words.get(term.text)
            if term.quoted:
                if words:  # as `_term`: AndMaybe(literal, all its words)
                    scores.append(query.And([query.Term("content", w) for w in words]))
            elif words == [term.text]:
                scores.append(query.Term("content", term.text))
            else:
                return None  # several words: matches are literal OR all-words, not just literal
        filters = [
            self._filter(f, CompiledQuery(query.NullQuery, None))
            for f in [*kids, *extra]
            if isinstance(f, Filter)
        ]
        if out.boost is not None:
            scores.append(out.boost)
        literals = [literal_query(t.text) for t in terms]
        return FastPlan(
            literals[0] if len(literals) == 1 else query.And(literals),
            scores[0] if len(scores) == 1 else (query.Or(scores) if scores else None),
            filters,
            [t.text.strip() for t in terms],
            LITERAL_SCORE * len(terms),
        )

    def _node(self, node, out: CompiledQuery) -> query.Query:
        if isinstance(node, Term):
            return self._term(node, out)
        if isinstance(node, Filter):
            # A filter only restricts; it must not add to the score (And sums its children).
            return LiteralQuery(self._filter(node, out), 0.0)
        if isinstance(node, Not):
            child = node.child
            # Exclusion is literal: -形式主义 drops paragraphs that contain it.
            if isinstance(child, Term):
                inner = literal_query(child.text)
                out.literal_texts[id(inner)] = child.text.strip()
            else:
                inner = self._node(child, out)
            return query.Not(inner)
        if isinstance(node, And):
            kids = [self._node(c, out) for c in node.children]
            if all(isinstance(k, query.Not) for k in kids):
                kids.insert(0, query.Every())
            return query.And(kids)
        if isinstance(node, Or):
            return query.Or([self._node(c, out) for c in node.children])
        raise TypeError(f"unknown query node {node!r}")

    def _term(self, term: Term, out: CompiledQuery) -> query.Query:
        literal = LiteralQuery(literal_query(term.text), LITERAL_SCORE)
        out.literal_texts[id(literal.child)] = term.text.strip()
        words = self.segmenter.query_words(term.text)
        long_term = len(words) > MAX_TERM_WORDS
        if long_term:
            words = list(dict.fromkeys(words))[:MAX_TERM_WORDS]
            note = f"a term of {len(term.text)} characters is matched as an exact string"
            if note not in out.notices:
                out.notices.append(note)
        out.term_words[term.text] = words
        word_query = query.And([query.Term("content", w) for w in words]) if words else None
        if term.quoted or long_term:
            # Exact phrase only; its words still order the exact matches by BM25.
            return query.AndMaybe(literal, word_query) if word_query else literal
        if word_query is None:
            return literal
        return query.Or([literal, word_query])

    def _filter(self, f: Filter, out: CompiledQuery) -> query.Query:
        if f.field == "date":
            return query.TermRange("date", f.low, f.high)
        if not is_facet(f.field):
            raise ValueError(f"unknown filter {f.field}")
        spec = facet(f.field)
        name = spec.filter_field
        if spec.match == MATCH_REGION:
            paths = self.resolve_region(f.value)
            if not paths:
                out.notices.append(f"no {f.field} called {f.value}")
                return query.NullQuery
            return (
                query.Or([query.Term(name, p) for p in paths])
                if len(paths) > 1
                else query.Term(name, paths[0])
            )
        if spec.match == MATCH_PREFIX:
            return query.Prefix(name, fold(f.value.strip()))
        if spec.match == MATCH_EXACT:
            return query.Term(name, fold(f.value.strip()))
        if spec.match == MATCH_RANGE:
            if f.low == f.high:
                return query.Term(name, f.low)
            return query.TermRange(name, f.low, f.high)
        raise ValueError(f"unknown match {spec.match!r} of facet {f.field}")

    def _boosts(self, out: CompiledQuery) -> query.Query | None:
        """Optional title, heading and proximity boosts over the positive words."""
        words = [w for t in out.terms for w in out.term_words.get(t.text, [])]
        if not words:
            return None
        unique = list(dict.fromkeys(words))[:MAX_BOOST_WORDS]
        extras: list[query.Query] = []
        extras += [query.Term("title_w", w, boost=TITLE_BOOST) for w in unique]
        extras += [query.Term("heading_w", w, boost=HEADING_BOOST) for w in unique]
        if len(out.terms) > 1 and len(unique) > 1:
            extras.append(ProximityPhrase("content", unique, slop=8, boost=PROXIMITY_BOOST))
        return query.Or(extras)
