"""Plain data the app passes around: filter selections, search requests, copyable passages.

Nothing here imports Textual, so it is easy to test on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.config import CitationConfig
from index.engine.facets import FACET_NAMES, facet
from index.query.citation import (
    CitationFields,
    citation_has_passage,
    format_citation,
    format_reference,
)

FACETS = FACET_NAMES  # facet names in panel order (index/engine/facets.py declares them)
FACET_LABELS = {name: facet(name).label_zh for name in FACET_NAMES}


def _quote(value: str) -> str:
    """A filter value as the query language reads it, quoted when it has spaces or quotes."""
    if any(c.isspace() or c in '()"“”' for c in value):
        return '"' + value.replace('"', "") + '"'
    return value


def _nested(a: str, b: str) -> bool:
    """One region path lies under the other (湖北省 and 湖北省/武汉市)."""
    return a.startswith(b + "/") or b.startswith(a + "/")


class FilterState:
    """Facet values the user picked: values of one facet are OR-ed, facets are AND-ed.

    Immutable; built as `FilterState(region=("湖北省",), year=("2024",))` with any
    declared facet, and each facet reads as an attribute (`state.region`).
    """

    def __init__(self, **values: tuple[str, ...]) -> None:
        unknown = [k for k in values if k not in FACETS]
        if unknown:
            raise TypeError(f"FilterState got unknown facet(s) {', '.join(unknown)}")
        # Facet order and no empty entries, so equal selections compare and hash equal.
        kept = tuple((k, tuple(values[k])) for k in FACETS if values.get(k))
        object.__setattr__(self, "_values", kept)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("FilterState is immutable")

    def __getattr__(self, name: str) -> tuple[str, ...]:
        if name in FACETS:
            return self.values(name)
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FilterState) and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._values)
        return f"FilterState({inner})"

    def _with(self, kind: str, values: tuple[str, ...]) -> FilterState:
        return FilterState(**{**dict(self._values), kind: values})

    def values(self, kind: str) -> tuple[str, ...]:
        """The selected values of one facet."""
        return dict(self._values).get(kind, ())

    def has(self, kind: str, value: str) -> bool:
        """Whether `value` of facet `kind` is selected."""
        return value in self.values(kind)

    def toggle(self, kind: str, value: str) -> FilterState:
        """This state with `value` added to or removed from facet `kind`.

        In a hierarchical facet (regions) ticking 湖北省/武汉市 under a ticked
        湖北省 replaces the province (an OR of the two would narrow nothing),
        and ticking a province replaces the cities of it that were ticked.
        """
        current = self.values(kind)
        if value in current:
            return self._with(kind, tuple(v for v in current if v != value))
        if facet(kind).hierarchical:
            current = tuple(v for v in current if not _nested(v, value))
        return self._with(kind, (*current, value))

    def without(self, kind: str) -> FilterState:
        """This state with facet `kind` cleared."""
        return self._with(kind, ())

    def chips(self) -> list[tuple[str, str]]:
        """Every selected (facet, value), in facet order."""
        return [(kind, v) for kind, vals in self._values for v in vals]

    def active_kinds(self) -> list[str]:
        """Facets with at least one selected value."""
        return [kind for kind, _vals in self._values]

    def __bool__(self) -> bool:
        return bool(self._values)

    def engine_args(self, text: str) -> dict[str, str | None]:
        """Keyword arguments for `SearchEngine.search`: the text, then one entry per facet.

        The engine takes one value per facet; several values of one facet go
        into the query text as `(kind:a OR kind:b)`.
        """
        args: dict[str, str | None] = {"text": text, **dict.fromkeys(FACETS)}
        extra = []
        for kind in FACETS:
            vals = self.values(kind)
            if len(vals) == 1:
                args[kind] = vals[0]
            elif vals:
                extra.append("(" + " OR ".join(f"{kind}:{_quote(v)}" for v in vals) + ")")
        if extra:
            args["text"] = " ".join([text.strip(), *extra]).strip()
        return args

    def describe(self) -> str:
        """A short plain description, e.g. 'region=湖北省 · year=2024|2021'."""
        return " · ".join(f"{kind}={'|'.join(vals)}" for kind, vals in self._values)


@dataclass(frozen=True)
class SearchRequest:
    """One search the UI asked for; `seq` orders requests so stale replies can be dropped."""

    seq: int
    text: str
    filters: FilterState
    limit: int
    offset: int = 0


@dataclass(frozen=True)
class Passage:
    """A paragraph with what is needed to cite it."""

    text: str
    citation: str
    title: str | None
    source: str | None
    date: str | None
    paragraph: int  # position in the indexed article (identity)
    path: str
    relpath: str
    author: str | None = None
    url: str | None = None
    # The citation string already quotes the passage (the named styles do).
    citation_has_passage: bool = True
    page: str | None = None
    site: str | None = None
    cite_paragraph: int | None = None  # the reader's count cited as 第N段

    @classmethod
    def from_hit(cls, hit, cfg: CitationConfig) -> Passage:
        """A passage from an engine `Hit` (its citation is already formatted)."""
        return cls(
            text=hit.text,
            citation=hit.citation,
            title=hit.title,
            source=hit.source,
            date=hit.date,
            paragraph=hit.paragraph,
            path=hit.path,
            relpath=hit.relpath,
            author=hit.author,
            url=hit.url,
            citation_has_passage=citation_has_passage(cfg),
            page=getattr(hit, "page", None),
            site=getattr(hit, "site", None),
            cite_paragraph=getattr(hit, "cite_paragraph", None),
        )

    @classmethod
    def from_article(cls, article, para, cfg: CitationConfig) -> Passage:
        """A passage from an `ArticleView` and one of its `ParagraphView`s."""
        fields = CitationFields(
            passage=para.text,
            title=article.title,
            source=article.source,
            author=article.author,
            date=article.date,
            paragraph=para.cite_paragraph,
            url=article.url,
            page=article.page,
            path=article.relpath,
            site=article.site,
        )
        return cls(
            text=para.text,
            citation=format_citation(cfg, fields),
            title=article.title,
            source=article.source,
            date=article.date,
            paragraph=para.paragraph,
            path=article.path,
            relpath=article.relpath,
            author=article.author,
            url=article.url,
            citation_has_passage=citation_has_passage(cfg),
            page=article.page,
            site=article.site,
            cite_paragraph=para.cite_paragraph,
        )

    def clipboard_text(self) -> str:
        """What `c` copies: the passage with its citation (once, even if the template quotes it)."""
        if self.citation_has_passage:
            return self.citation
        return f"{self.text}\n{self.citation}"

    def reference(self, cfg: CitationConfig) -> str:
        """The citation without the passage: 《title》，source，date，第N段."""
        fields = CitationFields(
            passage="",
            title=self.title,
            source=self.source,
            author=self.author,
            date=self.date,
            paragraph=self.cite_paragraph,
            url=self.url,
            page=self.page,
            path=self.relpath,
            site=self.site,
        )
        return format_reference(cfg, fields)

    def key(self) -> tuple[str, int]:
        """Identity of the paragraph (file, paragraph number)."""
        return (self.path, self.paragraph)


@dataclass
class RegionNode:
    """One region of the facet tree: 'path' like 湖北省/武汉市, rolled-up count, children."""

    path: str
    name: str
    count: int
    children: list[RegionNode]


def region_tree(counts: dict[str, int], keep: tuple[str, ...] = ()) -> list[RegionNode]:
    """Turn the engine's flat region facet (paths → rolled-up counts) into a sorted tree.

    Paths in `keep` (selected filters) appear even when their count is 0, so
    they can still be unticked.
    """
    counts = dict(counts)
    for path in keep:
        parts = path.split("/")
        for i in range(1, len(parts) + 1):
            counts.setdefault("/".join(parts[:i]), 0)
    nodes: dict[str, RegionNode] = {}
    roots: list[RegionNode] = []
    for path in sorted(counts, key=lambda p: p.count("/")):
        parent, _, name = path.rpartition("/")
        node = RegionNode(path, name, counts[path], [])
        nodes[path] = node
        if parent and parent in nodes:
            nodes[parent].children.append(node)
        elif not parent:
            roots.append(node)
        # a child whose parent is missing cannot happen (counts are rolled up); drop it

    def order(items: list[RegionNode]) -> list[RegionNode]:
        """Sort siblings by count, then path, recursively."""
        items.sort(key=lambda n: (-n.count, n.path))
        for n in items:
            order(n.children)
        return items

    return order(roots)
