"""The JSON contract of `search --json`, without rich: a cold `search --json` never imports it."""

from __future__ import annotations

from index.engine.facets import FACETS
from index.engine.models import Hit, SearchResult


def hit_json(h: Hit) -> dict:
    """One hit in the JSON contract's shape."""
    return {
        "path": h.path,
        "title": h.title,
        "source": h.source,
        "date": h.date,
        "paragraph": h.paragraph,
        "heading": h.heading,
        "text": h.text,
        "highlights": [[s, e] for s, e in h.highlights],
        "snippet": h.snippet,
        "regions": list(h.regions),
        "score": h.score,
        "citation": h.citation,
        "cite_paragraph": h.cite_paragraph,
        "page": h.page,
    }


def result_json(r: SearchResult) -> dict:
    """A whole result in the JSON contract's shape (plus `notice`, null unless the query was
    rewritten, and `ranking_approximate`, true when the ranking time budget ran out)."""
    return {
        "query": r.query,
        "total": r.total,
        "facets": {spec.name: r.facets.get(spec.name) for spec in FACETS},
        "hits": [hit_json(h) for h in r.hits],
        "notice": r.notice,
        "ranking_approximate": r.ranking_approximate,
    }
