"""One stored paragraph → one `Hit`: highlights, snippet and citation, for every backend."""

from __future__ import annotations

from index.build.documents import SEP
from index.config import Config
from index.engine.models import Hit
from index.query.citation import CitationFields, format_citation
from index.query.highlight import make_snippet


def hit_key(path: str, paragraph: int) -> str:
    """A hit's stable key: its file and paragraph position (the SEP never occurs in a path)."""
    return f"{path}{SEP}{paragraph}"


def hit_from_stored(
    cfg: Config, f: dict, *, path: str, score: float, rank: int, spans: list[tuple[int, int]]
) -> Hit:
    """The hit for a paragraph's stored fields `f`, with `spans` highlighted in its text."""
    get = f.get
    text = get("text", "")
    snip = make_snippet(text, spans, cfg.search.snippet_chars)
    named = list(get("regions") or [])
    inherited = list(get("inherited_regions") or [])
    cite_no = get("cite_no")
    paragraph = get("paragraph", 0)
    title, source, date = get("title"), get("source"), get("date")
    author, url, page, site = get("author"), get("url"), get("page"), get("site")
    citation = format_citation(
        cfg.citation,
        CitationFields(
            passage=text,
            title=title,
            source=source,
            author=author,
            date=date,
            paragraph=cite_no,
            url=url,
            page=page,
            path=get("relpath"),
            site=site,
        ),
    )
    return Hit(
        rank=rank,
        path=path,
        relpath=get("relpath", ""),
        title=title,
        source=source,
        date=date,
        paragraph=paragraph,
        heading=get("heading"),
        text=text,
        highlights=spans,
        snippet=snip.text,
        snippet_start=snip.start,
        snippet_lead=snip.lead,
        snippet_end=snip.end,
        regions=named + [r for r in inherited if r not in named] if inherited else named,
        inherited_regions=inherited,
        score=round(float(score), 4),
        citation=citation,
        author=author,
        url=url,
        key=hit_key(path, paragraph),
        is_heading=bool(get("is_heading")),
        nparagraphs=get("nparagraphs", 0),
        cite_paragraph=cite_no,
        page=page,
        site=site,
    )
