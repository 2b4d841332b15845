"""Dataclasses passed between the engine's stages.

Files become `DecodedFile`s, then `Article`s holding `Paragraph`s, then index
documents. A query becomes a `SearchResult` holding `Hit`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.engine.facets import is_facet


@dataclass(frozen=True)
class SourceFile:
    """A corpus file found on disk, before it is read."""

    path: str  # absolute, normalised
    root: str  # the corpus root it was found under
    relpath: str  # path relative to the root, with the root's name in front


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, with a one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class DecodedFile:
    """A file's text after encoding detection and line-end normalisation."""

    source: SourceFile
    text: str
    encoding: str
    content_hash: str  # hash of the raw bytes
    notes: tuple[str, ...] = ()  # non-fatal problems met while reading
    # Generated text (HTML pages): where each line came from, origins[n - 1] for line n.
    origins: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleMeta:
    """Bibliographic fields of one article; None where the text does not say."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    page: str | None = None  # print page, e.g. "19"
    site: str | None = None  # the site the page was saved from (source = credited outlet)
    original_title: str | None = None  # 原标题 of a repost


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article, with its text exactly as written."""

    ordinal: int  # 1-based position in the cleaned article
    text: str
    heading: str | None = None  # the section heading it sits under
    is_heading: bool = False
    regions: tuple[str, ...] = ()  # 省/市/县 paths the paragraph names itself
    inherited_regions: tuple[str, ...] = ()  # region in force in its section
    line: int = 0  # first source line, for reports


@dataclass(frozen=True)
class Article:
    """A cleaned article ready to index."""

    source: SourceFile
    content_hash: str
    article_key: str  # hash of the cleaned body, for duplicate detection
    meta: ArticleMeta
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"
    dropped_lines: tuple[str, ...] = ()  # cleaning decisions, for reports
    notes: tuple[str, ...] = ()  # non-fatal problems, for the summary
    file_stamp: str = ""  # size:mtime_ns when read, so unchanged files need not be re-read
    evidence: tuple[tuple[str, int, str, str, str], ...] = ()  # (field, line, text, how, value)


@dataclass(frozen=True)
class Span:
    """A half-open [start, end) range of character offsets."""

    start: int
    end: int


@dataclass
class Hit:
    """One ranked paragraph in a result list."""

    rank: int
    path: str
    relpath: str
    title: str | None
    source: str | None
    date: str | None
    paragraph: int
    heading: str | None
    text: str
    highlights: list[tuple[int, int]]
    snippet: str
    snippet_start: int  # offset in `text` of the snippet's first original character
    regions: list[str]
    score: float
    citation: str
    author: str | None = None
    url: str | None = None
    snippet_lead: int = 0  # 1 when the snippet starts with an added "…"
    snippet_end: int = 0  # offset in `text` just past the snippet's last original character
    docnum: int = -1
    regions_inherited: list[str] = field(default_factory=list)
    is_heading: bool = False
    nparagraphs: int = 0
    cite_paragraph: int | None = None  # reader's count (no headings/captions); None for those
    page: str | None = None
    site: str | None = None

    def snippet_highlights(self) -> list[tuple[int, int]]:
        """Highlight spans relative to the snippet string rather than the paragraph."""
        lo, hi = self.snippet_start, self.snippet_end
        shift = lo - self.snippet_lead
        return [
            (max(s, lo) - shift, min(e, hi) - shift)
            for s, e in self.highlights
            if e > lo and s < hi
        ]


@dataclass
class Facets:
    """Counts over the whole result set, by facet value.

    `counts` maps a facet's name (index/engine/facets.py) to value → hits, in
    the facet's order; each facet also reads as an attribute (`facets.region`).
    """

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    month: dict[str, int] = field(default_factory=dict)  # "2024-04" → hits, oldest first

    def get(self, name: str) -> dict[str, int]:
        """value → hits of one facet (empty when not counted)."""
        return self.counts.get(name, {})

    def __getattr__(self, name: str) -> dict[str, int]:
        # Only called for missing attributes; `counts` itself is missing while unpickling.
        if name != "counts" and not name.startswith("_") and is_facet(name):
            return self.get(name)
        raise AttributeError(name)


@dataclass
class SearchResult:
    """Everything one search returns."""

    query: str
    total: int
    facets: Facets
    hits: list[Hit]
    notice: str | None = None  # e.g. "unbalanced quote: searched literally"
    elapsed_ms: float = 0.0
    generation: int = -1
    filters: dict[str, str] = field(default_factory=dict)
