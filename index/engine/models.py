"""Dataclasses passed between the engine's stages, and what every engine returns.

Files become `DecodedFile`s, then `Article`s holding `Paragraph`s, then index
documents. A query becomes a `SearchResult` holding `Hit`s; reading a passage
in context gives an `ArticleView`; indexing reports `IndexProgress` and ends
with an `IndexSummary`. Nothing here names a backend: no Whoosh document
numbers or generations, so a second backend returns the same models.
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
    # Opaque and stable while the paragraph's file is unchanged (not a backend row number).
    key: str = ""
    inherited_regions: list[str] = field(default_factory=list)
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
    generation: str = ""  # the engine's opaque generation token it answered from
    filters: dict[str, str] = field(default_factory=dict)
    # The ranking time budget (`search.rank_budget_ms`) ran out: total and facets are
    # exact, the hits are real matches, but better-scoring ones may exist.
    ranking_approximate: bool = False


@dataclass(frozen=True)
class ParagraphRef:
    """Which paragraph a match is: its file and its position in the indexed article."""

    path: str
    paragraph: int


@dataclass(frozen=True)
class ParagraphView:
    """One paragraph of an article, for the passage view."""

    paragraph: int
    text: str
    heading: str | None
    is_heading: bool
    regions: list[str]
    cite_paragraph: int | None = None  # reader's count: None for headings and captions


@dataclass(frozen=True)
class ArticleView:
    """A whole article as indexed, for reading a passage in context."""

    path: str
    relpath: str
    title: str | None
    source: str | None
    author: str | None
    date: str | None
    url: str | None
    paragraphs: list[ParagraphView]
    page: str | None = None
    site: str | None = None  # the site the page was saved from
    original_title: str | None = None  # 原标题 of a repost


def article_from_stored(path: str, rows: list[dict]) -> ArticleView | None:
    """An article view from one file's stored paragraph fields, in paragraph order (any backend)."""
    if not rows:
        return None
    first = rows[0]
    return ArticleView(
        path=path,
        relpath=first.get("relpath", path),
        title=first.get("title"),
        source=first.get("source"),
        author=first.get("author"),
        date=first.get("date"),
        url=first.get("url"),
        page=first.get("page"),
        site=first.get("site"),
        original_title=first.get("original_title"),
        paragraphs=[
            ParagraphView(
                paragraph=f.get("paragraph", 0),
                text=f.get("text", ""),
                heading=f.get("heading"),
                is_heading=bool(f.get("is_heading")),
                cite_paragraph=f.get("cite_no"),
                regions=list(f.get("regions") or [])
                + [
                    r
                    for r in (f.get("inherited_regions") or [])
                    if r not in (f.get("regions") or [])
                ],
            )
            for f in rows
        ],
    )


@dataclass(frozen=True)
class IndexStatus:
    """What an open index serves now."""

    generation: str  # opaque: changes whenever a search may answer differently
    documents: int  # paragraphs searchable now
    location: str  # where it is (a build folder, a collection); changes on a full rebuild


@dataclass(frozen=True)
class IndexProgress:
    """Progress of a running build, for progress bars."""

    phase: str  # scanning | indexing | committing | done
    files_done: int
    files_total: int
    paragraphs: int
    elapsed: float
    path: str | None = None
    searchable: bool = False  # an index exists that searches can use right now

    @property
    def eta(self) -> float | None:
        """Seconds left, estimated from the pace so far."""
        if self.files_done == 0 or self.files_total == 0:
            return None
        return self.elapsed / self.files_done * (self.files_total - self.files_done)


@dataclass
class IndexSummary:
    """What an index run did."""

    index_dir: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    paragraphs_added: int = 0
    articles: int = 0  # in the index after the run
    paragraphs: int = 0  # in the index after the run
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, duplicate of)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file, note)
    problems: list[str] = field(default_factory=list)  # config-level problems
    seconds: float = 0.0
    rebuilt: bool = False
    interrupted: bool = False
    saved_files: int = 0  # files whose changes were committed before an interruption
    commits: int = 0
    corpus: list[str] = field(default_factory=list)  # roots the index records after the run
    temp_removed: int = 0  # temporary files of an earlier interrupted run, cleaned up

    @property
    def nothing_saved(self) -> bool:
        """An interrupted run that committed nothing."""
        return self.interrupted and self.commits == 0
