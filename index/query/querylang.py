"""The query language, parsed into a small tree of dataclasses.

    干部 下沉            both (whitespace is AND)
    "第一书记"           exact phrase (also “…”)
    干部 OR 党员         either
    -形式主义  NOT 形式主义   exclude
    (驻村 OR 驻企) 干部   grouping
    region:湖北 source:人民日报 year:2024 year:2020..2022 (every facet in index/engine/facets.py)
    date:2024-01-01..2024-06-30  date:2024-03  date:2024..

Bad syntax never raises to the caller: it falls back to searching the words
literally and says so in `notices`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from index.build.folding import fold, fold_width
from index.engine.facets import FACET_NAMES, MATCH_RANGE, facet, is_facet

FILTER_FIELDS = (*FACET_NAMES, "date")  # every facet is a query field, plus date ranges
_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」"}
_STOP = set('()"“”「」')
_FIELD = re.compile(r"^([A-Za-z]+):(.*)$", re.S)
_YEAR = re.compile(r"^(\d{4})?(?:\.\.(\d{4})?)?$")
_DATE_PART = r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?"
_DATE = re.compile(rf"^({_DATE_PART})?(\.\.)?({_DATE_PART})?$")
MAX_QUERY_CHARS = 2000
MAX_TERMS = 32  # more would make one query slow for everyone; nobody types more
MAX_DEPTH = 40  # nested groups (after folding NOT chains and redundant parentheses)


@dataclass(frozen=True)
class Term:
    """Text to find (already folded); `quoted` means exact phrase only."""

    text: str
    quoted: bool = False


@dataclass(frozen=True)
class Filter:
    """A `field:value` restriction; values of `date`/`year` are normalised ranges."""

    field: str
    value: str
    low: str | None = None
    high: str | None = None


@dataclass(frozen=True)
class Not:
    """Exclude what the child matches."""

    child: Node


@dataclass(frozen=True)
class And:
    """All children must match."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any child may match."""

    children: tuple[Node, ...]


Node = Term | Filter | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """A parsed query: `root` None means "everything"."""

    text: str
    root: Node | None
    notices: tuple[str, ...] = ()

    def positive_terms(self) -> list[Term]:
        """Terms outside any NOT, for highlighting."""
        out: list[Term] = []

        def walk(node: Node | None) -> None:
            if isinstance(node, Term):
                out.append(node)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child)

        walk(self.root)
        return out

    def filters(self) -> list[Filter]:
        """Filters that apply to the whole query (direct children of the top AND)."""
        if isinstance(self.root, Filter):
            return [self.root]
        if isinstance(self.root, And):
            return [c for c in self.root.children if isinstance(c, Filter)]
        return []

    @property
    def notice(self) -> str | None:
        """All notices in one line, or None."""
        return "; ".join(self.notices) or None


class QuerySyntaxError(ValueError):
    """The query is not well-formed; the message says how."""


@dataclass(frozen=True)
class _Tok:
    kind: str  # WORD PHRASE FIELD LP RP OR AND NOT
    text: str = ""
    field: str = ""


def parse_query(text: str) -> ParsedQuery:
    """Parse a query; never raises."""
    notices: list[str] = []
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notices.append(f"query cut to its first {MAX_QUERY_CHARS} characters")
    try:
        tokens = _lex(text)
        parser = _Parser(tokens, notices)
        root = parser.parse()
    except QuerySyntaxError as exc:
        words = _literal_words(text)
        if words:
            shown = " ".join(words[:12]) + (f" … ({len(words)} words)" if len(words) > 12 else "")
            notices.append(f"{exc}: searched for {shown} literally")
        else:
            notices.append(f"{exc}: nothing left to search, showing everything")
        # More than MAX_TERMS distinct words are cut below anyway: fold no more.
        root = _and([Term(fold(w)) for w in list(dict.fromkeys(words))[: MAX_TERMS + 1]])
    root = _simplify(root)
    if _count_leaves(root) > MAX_TERMS:
        words = _literal_words(text)[:MAX_TERMS]
        notices.append(
            f"query has more than {MAX_TERMS} terms: searched for the first {len(words)} words only"
        )
        root = _simplify(_and([Term(fold(w)) for w in words]))
    return ParsedQuery(text, root, tuple(notices))


def _count_leaves(node: Node | None) -> int:
    """Terms and filters in a tree."""
    if isinstance(node, And | Or):
        return sum(_count_leaves(c) for c in node.children)
    if isinstance(node, Not):
        return _count_leaves(node.child)
    return 0 if node is None else 1


def _lex(text: str) -> list[_Tok]:
    """Split a query into tokens; raises `QuerySyntaxError` for unbalanced quotes."""
    q = fold_width(text, lower=False)
    out: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c in "()":
            out.append(_Tok("LP" if c == "(" else "RP"))
            i += 1
        elif c in _OPEN_QUOTES:
            phrase, i = _read_quoted(text, q, i)
            out.append(_Tok("PHRASE", phrase))
        elif c == "-" and i + 1 < n and not q[i + 1].isspace():  # only ever at a token's start
            out.append(_Tok("NOT"))
            i += 1
        elif c in _STOP:  # a closing quote with no opening one
            raise QuerySyntaxError("unbalanced quote")
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] not in _STOP:
                j += 1
            word = q[i:j]
            m = _FIELD.match(word)
            if word in ("OR", "AND", "NOT"):
                out.append(_Tok(word))
            elif m and m.group(1).lower() in FILTER_FIELDS:
                value = text[i + len(m.group(1)) + 1 : j]
                if not value and j < n and q[j] in _OPEN_QUOTES:
                    value, j = _read_quoted(text, q, j)
                out.append(_Tok("FIELD", value, m.group(1).lower()))
            else:
                out.append(_Tok("WORD", text[i:j]))
            i = j
    return out


def _read_quoted(text: str, q: str, i: int) -> tuple[str, int]:
    """Read a quoted phrase starting at q[i]; returns (original inner text, next index)."""
    close = _OPEN_QUOTES[q[i]]
    j = q.find(close, i + 1)
    if j < 0 and close != '"':
        j = q.find('"', i + 1)
    if j < 0:
        raise QuerySyntaxError("unbalanced quote")
    return text[i + 1 : j], j + 1


class _Frame:
    """One parenthesis level being parsed: finished OR branches and the AND run in progress."""

    def __init__(self, nots: int = 0) -> None:
        self.ors: list[Node | None] = []
        self.ands: list[Node] = []
        self.nots = nots  # NOTs written before this group's "(", applied when it closes
        self.pending = 0  # NOTs waiting for the next atom
        self.depth = 0  # deepest child tree so far

    def add(self, node: Node | None, depth: int) -> None:
        """Append a parsed child (None: nothing to add, e.g. a dropped filter)."""
        self.pending = 0
        if node is not None:
            self.ands.append(node)
            self.depth = max(self.depth, depth)

    def finish(self) -> tuple[Node | None, int]:
        """The group's tree and an upper bound of its depth: or := and ('OR' and)*."""
        parts = [*self.ors, _and(self.ands)]
        if len(parts) == 1:
            node = parts[0]
        elif any(p is None for p in parts):
            raise QuerySyntaxError("OR needs something on both sides")
        else:
            node = _or(parts)
        single = len(self.ands) == 1 and node is self.ands[0]
        return node, self.depth if single else self.depth + 2


class _Parser:
    """or := and ('OR' and)* ; and := unary+ ; unary := NOT unary | atom ; atom := (or) | word.

    Iterative, with one frame per open parenthesis, so 300 nested groups or 800
    leading `-` cost a loop, not a recursion; NOT chains fold as they are read.
    """

    def __init__(self, tokens: list[_Tok], notices: list[str]) -> None:
        self.toks = tokens
        self.notices = notices

    def parse(self) -> Node | None:
        if not self.toks:
            return None
        stack = [_Frame()]
        toks = self.toks
        for i, t in enumerate(toks):
            frame = stack[-1]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.kind == "NOT":
                if nxt is None or nxt.kind in ("OR", "AND", "RP"):
                    raise QuerySyntaxError("NOT or - needs a word after it")
                frame.pending += 1
            elif t.kind == "LP":
                stack.append(_Frame(frame.pending))
                frame.pending = 0
            elif t.kind == "RP":
                if len(stack) == 1:
                    raise QuerySyntaxError("unbalanced parenthesis")
                stack.pop()
                node, depth = frame.finish()  # ((x)) is x: redundant groups add no depth
                negated = _negate(node, frame.nots)
                depth += isinstance(negated, Not) - isinstance(node, Not)
                node = negated
                if depth > MAX_DEPTH:
                    raise QuerySyntaxError(f"groups nested more than {MAX_DEPTH} deep")
                stack[-1].add(node, depth)
            elif t.kind == "OR":
                frame.ors.append(_and(frame.ands))
                frame.ands = []
            elif t.kind == "AND":
                if not frame.ands or nxt is None or nxt.kind in ("OR", "RP", "AND"):
                    raise QuerySyntaxError("AND needs something on both sides")
            else:
                node = _negate(self.atom(t), frame.pending)
                frame.add(node, 1 + isinstance(node, Not))
        if len(stack) > 1:
            raise QuerySyntaxError("unbalanced parenthesis")
        return stack[0].finish()[0]

    def atom(self, t: _Tok) -> Node | None:
        """A phrase, filter or word."""
        if t.kind == "PHRASE":
            folded = fold(t.text).strip()
            return Term(folded, quoted=True) if folded else None
        if t.kind == "FIELD":
            return self.filter(t.field, t.text)
        m = _FIELD.match(t.text)
        if m and m.group(2) and not m.group(2).startswith("//"):  # not a URL's scheme
            near = difflib.get_close_matches(m.group(1).lower(), FILTER_FIELDS, n=1, cutoff=0.5)
            hint = f"did you mean {near[0]}:? " if near else ""
            self.notices.append(
                f"unknown field {m.group(1)}: ({hint}known: "
                f"{', '.join(f + ':' for f in FILTER_FIELDS)}); searched for {t.text} as text"
            )
        return Term(fold(t.text))

    def filter(self, field: str, value: str) -> Node | None:
        """Validate a filter value; a bad one is dropped with a notice."""
        value = value.strip()
        if not value:
            self.notices.append(f"{field}: has no value; ignored")
            return None
        if is_facet(field) and facet(field).match == MATCH_RANGE:
            m = _YEAR.match(value)
            if not m or not (m.group(1) or m.group(2)):
                self.notices.append(
                    f"{field}:{value} is not a year like 2024 or 2020..2022; ignored"
                )
                return None
            ranged = ".." in value
            low, high = m.group(1), m.group(2) if ranged else m.group(1)
            if low and high and low > high:
                self.notices.append(f"{field}:{value} is reversed; searched {high}..{low}")
                low, high = high, low
            return Filter(field, value, low, high)
        if field == "date":
            m = _DATE.match(value)
            if not m or not (m.group(1) or m.group(3)):
                self.notices.append(
                    f"date:{value} is not a date like 2024-03-01 or 2024-01..2024-06; ignored"
                )
                return None
            low, high = m.group(1), (m.group(3) if m.group(2) else m.group(1))
            if low and high and _date_bound(low, False) > _date_bound(high, True):
                self.notices.append(f"date:{value} is reversed; searched {high}..{low}")
                low, high = high, low
            return Filter("date", value, _date_bound(low, False), _date_bound(high, True))
        return Filter(field, value)


def _negate(node: Node | None, times: int) -> Node | None:
    """`node` under `times` NOTs: NOT NOT x is x."""
    if node is None or times % 2 == 0:
        return node
    return node.child if isinstance(node, Not) else Not(node)


def _date_bound(part: str | None, upper: bool) -> str | None:
    """Expand 2024 or 2024-3 into a YYYY-MM-DD bound (inclusive)."""
    if part is None:
        return None
    bits = part.split("-")
    y = bits[0]
    m = f"{int(bits[1]):02d}" if len(bits) > 1 else ("12" if upper else "01")
    d = f"{int(bits[2]):02d}" if len(bits) > 2 else ("31" if upper else "01")
    return f"{y}-{m}-{d}"


def _and(parts: list[Node]) -> Node | None:
    """All of `parts`, nested ANDs flattened, repeats dropped."""
    return _group(And, parts)


def _or(parts: list[Node]) -> Node | None:
    """Any of `parts`, nested ORs flattened, repeats dropped."""
    return _group(Or, parts)


def _group(kind: type, parts: list[Node]) -> Node | None:
    kids: list[Node] = []
    seen: set[Node] = set()
    for part in parts:
        for kid in part.children if type(part) is kind else (part,):
            if kid not in seen:  # 干部 干部 is 干部
                seen.add(kid)
                kids.append(kid)
    if not kids:
        return None
    return kids[0] if len(kids) == 1 else kind(tuple(kids))


def _simplify(node: Node | None) -> Node | None:
    """Flatten nested ANDs/ORs."""
    if isinstance(node, And | Or):
        kids = [c for c in map(_simplify, node.children) if c is not None]
        return _group(type(node), kids)
    if isinstance(node, Not):
        return _negate(_simplify(node.child), 1)
    return node


def _literal_words(text: str) -> list[str]:
    """The query's words without operators or syntax characters."""
    cleaned = "".join(" " if c in _STOP else c for c in text)
    words = []
    for w in cleaned.split():
        w = w.lstrip("-")
        if w and w not in ("OR", "AND", "NOT"):
            words.append(w)
    return words
