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
    text = f.get("text", "")
    snip = make_snippet(text, spans, cfg.search.snippet_chars)
    named = list(f.get("regions") or [])
    inherited = list(f.get("inherited_regions") or [])
    cite_no = f.get("cite_no")
    paragraph = f.get("paragraph", 0)
    citation = format_citation(
        cfg.citation,
        CitationFields(
            passage=text,
            title=f.get("title"),
            source=f.get("source"),
            author=f.get("author"),
            date=f.get("date"),
            paragraph=cite_no,
            url=f.get("url"),
            page=f.get("page"),
            path=f.get("relpath"),
            site=f.get("site"),
        ),
    )
    return Hit(
        rank=rank,
        path=path,
        relpath=f.get("relpath", ""),
        title=f.get("title"),
        source=f.get("source"),
        date=f.get("date"),
        paragraph=paragraph,
        heading=f.get("heading"),
        text=text,
        highlights=spans,
        snippet=snip.text,
        snippet_start=snip.start,
        snippet_lead=snip.lead,
        snippet_end=snip.end,
        regions=named + [r for r in inherited if r not in named],
        inherited_regions=inherited,
        score=round(float(score), 4),
        citation=citation,
        author=f.get("author"),
        url=f.get("url"),
        key=hit_key(path, paragraph),
        is_heading=bool(f.get("is_heading")),
        nparagraphs=f.get("nparagraphs", 0),
        cite_paragraph=cite_no,
        page=f.get("page"),
        site=f.get("site"),
    )
