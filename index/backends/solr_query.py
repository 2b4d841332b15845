"""Compile the project's query language (`index.query.querylang`) to Solr's standard syntax.

The tree is translated node by node with the same meaning as the Whoosh compiler
(`index.query.compile`), so both backends match the same paragraphs:

- a bare term T: T literally (`uni` for one character, else the phrase of T's bigrams on
  `bi`, where position = character offset, so the phrase is exactly the substring) OR all of
  T's jieba words on `content`; a quoted term, or one of more than MAX_TERM_WORDS words,
  literally only;
- NOT is literal exclusion; filters are constant-score-0 clauses matched as their facet
  declares (index/engine/facets.py); an unknown region matches nothing, as in Whoosh.

Literal matches score a constant LITERAL_SCORE (`^=`) on top of BM25, as in Whoosh, so
they rank first. Title/heading words and proximity are optional boosts. Nothing here
talks to Solr: `SolrQuery.params()` is what the engine sends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from index.build.folding import fold
from index.build.segmenter import Segmenter
from index.engine.facets import (
    FACETS,
    MATCH_EXACT,
    MATCH_PREFIX,
    MATCH_RANGE,
    MATCH_REGION,
    facet,
    is_facet,
)
from index.query.compile import (
    HEADING_BOOST,
    LITERAL_SCORE,
    MAX_BOOST_WORDS,
    MAX_TERM_WORDS,
    PROXIMITY_BOOST,
    TITLE_BOOST,
)
from index.query.querylang import And, Filter, Node, Not, Or, ParsedQuery, Term

EVERYTHING = "*:*"
NOTHING = "(*:* -*:*)"  # a group of only negative clauses would match nothing anyway; say it
# Facet fields asked of Solr; `date` is rolled up to months here (the timeline).
FACET_FIELDS = (*(spec.field for spec in FACETS), "date")


def quoted(value: str) -> str:
    """`value` as a quoted term of Solr's standard syntax (only `"` and `\\` are special)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def escape(value: str) -> str:
    """`value` with every character that means something to the standard parser escaped."""
    special = set('+-&|!(){}[]^"~*?:\\/ \t\n\r\u3000')
    return "".join("\\" + c if c in special or c.isspace() else c for c in value)


def literal_clause(text: str) -> str:
    """Paragraphs whose folded text contains `text` exactly (the Whoosh `literal_query`)."""
    text = text.strip()
    if not text:
        return NOTHING
    return f"uni:{quoted(text)}" if len(text) == 1 else f"bi:{quoted(text)}"


def words_clause(words: list[str], field_name: str = "content") -> str:
    """Paragraphs holding every one of `words` in `field_name`."""
    return "(" + " ".join(f"+{field_name}:{quoted(w)}" for w in words) + ")"


@dataclass
class SolrQuery:
    """A compiled query: the `q` and `fq` to send, plus what the highlighter needs."""

    q: str
    fq: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)  # positive terms, for highlights
    term_words: dict[str, list[str]] = field(default_factory=dict)  # term text → its words
    notices: list[str] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    browse: bool = False  # no text terms: rank by date

    def sort(self) -> str:
        """Score, then newest, then id; browsing is newest first (undated last)."""
        return "date desc,id asc" if self.browse else "score desc,date desc,id asc"

    def params(
        self, rows: int, start: int = 0, facets: bool = True, fl: str = "*,score"
    ) -> list[tuple[str, object]]:
        """/select parameters for one page of hits, with facet counts over all matches."""
        out: list[tuple[str, object]] = [
            ("q", self.q),
            ("defType", "lucene"),
            ("q.op", "OR"),
            ("rows", rows),
            ("start", start),
            ("sort", self.sort()),
            ("fl", fl),
        ]
        out += [("fq", f) for f in self.fq]
        if facets:
            out += [("facet", "true"), ("facet.limit", -1), ("facet.mincount", 1)]
            out += [("facet.field", f) for f in FACET_FIELDS]
        return out


class SolrQueryCompiler:
    """Turns `ParsedQuery` trees into `SolrQuery`s, word for word what the Whoosh compiler does."""

    def __init__(
        self, segmenter: Segmenter, resolve_region: Callable[[str], tuple[str, ...]]
    ) -> None:
        self.segmenter = segmenter
        self.resolve_region = resolve_region

    def compile(self, parsed: ParsedQuery, extra_filters: list[Filter] = ()) -> SolrQuery:
        """Compile the tree plus filters given outside the query text (CLI flags, facets)."""
        out = SolrQuery(q=EVERYTHING, notices=list(parsed.notices))
        main = self._node(parsed.root, out) if parsed.root is not None else EVERYTHING
        out.fq = [self._filter(f, out) for f in extra_filters]
        for f in [*parsed.filters(), *extra_filters]:
            out.filters[f.field] = f.value
        out.terms = parsed.positive_terms()
        out.browse = not out.terms
        boost = self._boosts(out)
        out.q = f"+{_group(main)} {boost}" if boost else main
        return out

    def _node(self, node: Node, out: SolrQuery) -> str:
        if isinstance(node, Term):
            return self._term(node, out)
        if isinstance(node, Filter):
            return f"{_group(self._filter(node, out))}^=0"  # restricts, never scores
        if isinstance(node, Not):
            child = node.child
            # Exclusion is literal: -形式主义 drops paragraphs that contain it.
            inner = (
                literal_clause(child.text) if isinstance(child, Term) else self._node(child, out)
            )
            return f"({EVERYTHING} -{_group(inner)})"
        if isinstance(node, And):
            return "(" + " ".join("+" + _group(self._node(c, out)) for c in node.children) + ")"
        if isinstance(node, Or):
            return "(" + " ".join(_group(self._node(c, out)) for c in node.children) + ")"
        raise TypeError(f"unknown query node {node!r}")

    def _term(self, term: Term, out: SolrQuery) -> str:
        literal = f"{_group(literal_clause(term.text))}^={LITERAL_SCORE:g}"
        words = self.segmenter.query_words(term.text)
        long_term = len(words) > MAX_TERM_WORDS
        if long_term:
            words = list(dict.fromkeys(words))[:MAX_TERM_WORDS]
            note = f"a term of {len(term.text)} characters is matched as an exact string"
            if note not in out.notices:
                out.notices.append(note)
        out.term_words[term.text] = words
        if not words:
            return literal
        if term.quoted or long_term:
            # Exact phrase only; its words still order the exact matches by BM25.
            return f"(+{literal} {words_clause(words)})"
        return f"({literal} {words_clause(words)})"

    def _filter(self, f: Filter, out: SolrQuery) -> str:
        """One filter, matched as its facet declares (index/engine/facets.py), or a date range."""
        if f.field == "date":
            return _range("date", f.low, f.high)
        if not is_facet(f.field):
            raise ValueError(f"unknown filter {f.field}")
        spec = facet(f.field)
        name = spec.filter_field
        if spec.match == MATCH_REGION:
            paths = self.resolve_region(f.value)
            if not paths:
                out.notices.append(f"no {f.field} called {f.value}")
                return NOTHING
            return "(" + " ".join(f"{name}:{quoted(p)}" for p in paths) + ")"
        if spec.match == MATCH_PREFIX:
            key = fold(f.value.strip())
            return f"{name}:{escape(key)}*" if key else EVERYTHING
        if spec.match == MATCH_EXACT:
            return f"{name}:{quoted(fold(f.value.strip()))}"
        if spec.match == MATCH_RANGE:
            if f.low == f.high:
                return f"{name}:{quoted(f.low)}"
            return _range(name, f.low, f.high)
        raise ValueError(f"unknown match {spec.match!r} of facet {f.field}")

    def _boosts(self, out: SolrQuery) -> str | None:
        """Optional title, heading and proximity boosts over the positive words."""
        words = [w for t in out.terms for w in out.term_words.get(t.text, [])]
        if not words:
            return None
        unique = list(dict.fromkeys(words))[:MAX_BOOST_WORDS]
        extras = [f"title_w:{quoted(w)}^{TITLE_BOOST:g}" for w in unique]
        extras += [f"heading_w:{quoted(w)}^{HEADING_BOOST:g}" for w in unique]
        if len(out.terms) > 1 and len(unique) > 1:
            extras.append(f"content:{quoted(' '.join(unique))}~8^{PROXIMITY_BOOST:g}")
        return "(" + " ".join(extras) + ")"


def _range(name: str, low: str | None, high: str | None) -> str:
    """An inclusive range on a string field; a missing end is open."""
    return f"{name}:[{quoted(low) if low else '*'} TO {quoted(high) if high else '*'}]"


def _group(clause: str) -> str:
    """`clause` as one unit (parenthesised unless it already is one)."""
    if clause.startswith("(") and _balanced_outer(clause):
        return clause
    return f"({clause})"


def _balanced_outer(clause: str) -> bool:
    """Whether the first "(" closes at the very end (so the whole clause is one group)."""
    depth, quoted_ = 0, False
    i = 0
    while i < len(clause):
        c = clause[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            quoted_ = not quoted_
        elif not quoted_ and c == "(":
            depth += 1
        elif not quoted_ and c == ")":
            depth -= 1
            if depth == 0 and i != len(clause) - 1:
                return False
        i += 1
    return True


def month_counts(dates: dict[str, int]) -> dict[str, int]:
    """Counts by YYYY-MM from counts by date, oldest first (the Whoosh timeline facet)."""
    months: dict[str, int] = {}
    for date, n in dates.items():
        digits = date.replace("-", "")
        if len(digits) >= 6 and digits[:6].isdigit() and int(digits[:6]) > 0:
            key = f"{digits[:4]}-{digits[4:6]}"
            months[key] = months.get(key, 0) + n
    return dict(sorted(months.items()))
