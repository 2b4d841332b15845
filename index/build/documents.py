"""The Whoosh schema, and articles turned into one index document per paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from whoosh import fields

from index.build.analysis import WordField
from index.build.folding import fold
from index.build.segmenter import Segmenter
from index.build.whoosh_internals import stored_fields
from index.engine.facets import FACETS
from index.engine.models import Article
from index.query.citation import reader_numbers

# The article's own values, stored once on its first document (a dict under
# `article`); every other paragraph stores `back`, the distance to it. An
# article's documents are added together by one writer and deleted together,
# and Whoosh keeps document order within a segment and through merges, so the
# first document is always `docnum - back`: the store is part of the Whoosh
# generation, atomic and crash-safe with it.
ARTICLE_KEYS = (
    "file",
    "relpath",
    "title",
    "source",
    "author",
    "site",
    "original_title",
    "url",
    "page",
    "date",
    "nparagraphs",
)
SEP = "\x1f"  # joins path and hash in manifest terms; never in a path
HEADING_WEIGHT = 0.4


def make_schema() -> fields.Schema:
    """One document per paragraph: stored display fields, match fields and the facets' fields.

    Literal (substring) matching is not a Whoosh field: the accelerator files
    next to each segment (index/build/accel.py) hold every character and
    bigram as bitmaps, built from `IndexDocument.folded`.
    """
    schema = fields.Schema(
        file=fields.ID(),  # stored once per article, in ARTICLE_FIELD
        filekey=fields.ID(),  # path SEP content hash SEP size:mtime — the manifest, read from the lexicon
        articlekey=fields.ID(),  # article hash SEP path: duplicate detection
        heading=fields.STORED(),
        source=fields.ID(),  # the source facet's field
        # No sort columns: nothing sorts by Whoosh column, and the date ranks the
        # tables file holds are read from the date terms' postings (index/build/tables.py).
        date=fields.ID(),
        paragraph=fields.NUMERIC(stored=True),
        article=fields.STORED(),  # ARTICLE_KEYS, on the article's first document only
        back=fields.STORED(),  # how many documents back the article's first document is
        cite_no=fields.STORED(),  # reader's paragraph number (no headings/captions)
        is_heading=fields.STORED(),
        text=fields.STORED(),
        regions=fields.STORED(),
        inherited_regions=fields.STORED(),
        # Word frequencies only: the proximity boost reads the accelerator's folded text,
        # not positions (index/query/compile.py, ProximityPhrase).
        content=WordField(phrase=False),
        title_w=WordField(phrase=False),
        heading_w=WordField(phrase=False),
    )
    for spec in FACETS:
        for name in (spec.field, spec.key_field):
            if name and name not in schema:
                # One term per value: an ID holds one, a comma-separated KEYWORD several.
                kind = fields.KEYWORD(commas=True) if spec.multi_valued else fields.ID()
                schema.add(name, kind)
    return schema


@dataclass(frozen=True)
class IndexDocument:
    """The values Whoosh indexes and stores for one paragraph."""

    file: str
    filekey: str
    articlekey: str
    relpath: str
    title: str | None
    heading: str | None
    source: str | None
    author: str | None
    url: str | None
    page: str | None
    date: str | None
    paragraph: int
    nparagraphs: int
    cite_no: int | None
    is_heading: bool
    text: str
    regions: tuple[str, ...]
    inherited_regions: tuple[str, ...]
    folded: str
    words: tuple[tuple[str, int], ...]
    title_words: tuple[tuple[str, int], ...]
    heading_words: tuple[tuple[str, int], ...]
    site: str | None = None  # the site the page was saved from
    original_title: str | None = None  # 原标题 of a repost
    back: int = 0  # documents since the article's first one (which stores the article's values)

    def fields(self) -> dict:
        """Field values for the writer."""
        out = {
            "file": self.file,
            "filekey": self.filekey,
            "articlekey": self.articlekey,
            "paragraph": self.paragraph,
            "text": self.text,
            "content": list(self.words),
        }
        optional = {
            "is_heading": self.is_heading,
            "regions": list(self.regions),
            "inherited_regions": list(self.inherited_regions),
            "cite_no": self.cite_no,
            "heading": self.heading,
            "source": self.source,
            "date": self.date,
            "back": self.back,
            "title_w": list(self.title_words) if self.title_words else None,
            "heading_w": list(self.heading_words) if self.heading_words else None,
        }
        if self.back == 0:
            values = {k: getattr(self, k) for k in ARTICLE_KEYS}
            optional["article"] = {k: v for k, v in values.items() if v}
        out.update({k: v for k, v in optional.items() if v})
        out.update(facet_fields(self))
        return out

    def boosts(self) -> dict[str, float]:
        """Per-field weight multipliers for this document."""
        # Headings are short, so BM25 would rank them above the paragraphs they head.
        return {"content": HEADING_WEIGHT} if self.is_heading else {}


def facet_fields(doc) -> dict[str, str]:
    """Each facet's index fields for one document: values as written, plus folded keys."""
    out: dict[str, str] = {}
    for spec in FACETS:
        values = spec.values(doc)
        if not values:
            continue
        out[spec.field] = ",".join(values) if spec.multi_valued else values[0]
        if spec.key_field:
            keys = [fold(v) for v in values]
            out[spec.key_field] = ",".join(keys) if spec.multi_valued else keys[0]
    return out


def article_documents(article: Article, segmenter: Segmenter) -> Iterator[IndexDocument]:
    """Fold and segment each paragraph of an article into an `IndexDocument`."""
    meta = article.meta
    path = article.source.path
    title_words = tuple(segmenter.index_tokens(fold(meta.title))) if meta.title else ()
    heading_cache: dict[str, tuple[tuple[str, int], ...]] = {}
    n = len(article.paragraphs)
    numbers = reader_numbers([(p.text, p.is_heading) for p in article.paragraphs])
    for back, (p, cite_no) in enumerate(zip(article.paragraphs, numbers, strict=True)):
        folded = fold(p.text)
        if p.heading and p.heading not in heading_cache:
            heading_cache[p.heading] = tuple(segmenter.index_tokens(fold(p.heading)))
        yield IndexDocument(
            file=path,
            filekey=f"{path}{SEP}{article.content_hash}{SEP}{article.file_stamp}",
            articlekey=f"{article.article_key}{SEP}{path}",
            relpath=article.source.relpath,
            title=meta.title,
            heading=p.heading,
            source=meta.source,
            author=meta.author,
            url=meta.url,
            page=meta.page,
            site=meta.site,
            original_title=meta.original_title,
            date=meta.date,
            paragraph=p.ordinal,
            nparagraphs=n,
            cite_no=cite_no,
            is_heading=p.is_heading,
            text=p.text,
            regions=p.regions,
            inherited_regions=p.inherited_regions,
            folded=folded,
            words=tuple(segmenter.index_tokens(folded)),
            title_words=title_words,
            heading_words=heading_cache.get(p.heading, ()) if p.heading else (),
            back=back,
        )


def stored_paragraph(searcher, docnum: int, articles: dict | None = None, lookup=None) -> dict:
    """One paragraph's stored fields with its article's values merged in (`searcher` or reader).

    `articles` (first paragraph's docnum → the article's values) keeps them for other
    paragraphs of the same article: one read per article, not two per paragraph.
    `lookup(first docnum)`: the article's values from elsewhere (the segment's tables
    file), or None to read them from the first document.
    """
    f = stored_fields(searcher, docnum)
    back = f.pop("back", 0)
    first = docnum - back
    if back == 0:
        article = f.pop("article", None)
    elif articles is not None and first in articles:
        article = articles[first]
    else:
        article = lookup(first) if lookup is not None else None
        if article is None:
            article = stored_fields(searcher, first)["article"]
    if articles is not None:
        articles[first] = article
    return {**(article or {}), **f}


def iter_stored_paragraphs(reader):
    """(docnum, stored fields with the article's values) for every live document of `reader`."""
    first, article = -1, {}
    for docnum, f in reader.iter_docs():
        f = dict(f)
        back = f.pop("back", 0)
        if back == 0:
            first, article = docnum, f.pop("article", None) or {}
        elif docnum - back != first:  # not the article just read: look it up
            first = docnum - back
            article = reader.stored_fields(first).get("article") or {}
        yield docnum, {**article, **f}
