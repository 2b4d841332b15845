"""Turn engine results into JSON (the CLI contract) or readable terminal text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.text import Text

from index.engine.models import Hit, SearchResult
from search_app.jsonout import hit_json, result_json  # noqa: F401  (their old home)
from search_app.linebreak import break_lines
from search_app.textsafe import clean, highlighted
from search_app.timeline import bars, buckets
from search_app.wording import APPROXIMATE_NOTE, count, no_hit_suggestions, summary_lines

if TYPE_CHECKING:  # the indexer's imports cost 60 ms that `search` never needs
    from index.build.indexer import IndexSummary


def hit_header(h: Hit) -> Text:
    """title · source · date · 第N段 · regions, all cleaned."""
    out = Text()
    out.append(f"{h.rank:>3}. ", style="dim")
    if h.title:
        out.append(clean(h.title), style="bold")
    else:
        out.append(f"(无标题) {clean(h.relpath)}", style="dim")
    para = f"第{h.cite_paragraph}段" if h.cite_paragraph else None
    for part in (h.source, h.date, para):
        if part:
            out.append(" · ", style="dim")
            out.append(clean(part))
    for region in h.regions[:3]:
        out.append("  ")
        out.append(clean(region.split("/")[-1]), style="cyan")
    return out


def wrapped(text: Text, width: int | None, indent: int) -> Text:
    """`text` broken by the shared Chinese line breaker, each line indented; unwrapped if no width."""
    if width is None:
        text.pad_left(indent)
        return text
    lines = [text[s:e] for s, e in break_lines(text.plain, max(width - indent, 10))]
    out = Text("\n").join(Text(" " * indent) + line for line in lines)
    return out


def render_result(r: SearchResult, console: Console) -> None:
    """Print hits with highlighted snippets and a status line."""
    # Piped output is not wrapped (soft_wrap), a terminal gets Chinese line breaking.
    width = None if console.soft_wrap else console.width
    for h in r.hits:
        snippet = highlighted(h.snippet, h.snippet_highlights(), style="bold yellow")
        # The file tells apart hits that read alike (one article saved twice, two sites' copies).
        where = Text(f"     {clean(h.relpath)}", style="dim")
        console.print(Group(hit_header(h), wrapped(snippet, width, 5), where, Text("")))
    shown = f"{len(r.hits):,} shown · " if len(r.hits) < r.total else ""
    status = Text(f"{count(r.total, 'hit')} · {shown}{r.elapsed_ms:.0f} ms", style="dim")
    if r.filters:
        status.append(
            " · " + " ".join(f"{k}:{clean(v)}" for k, v in r.filters.items()), style="dim"
        )
    console.print(status)
    if r.notice:
        console.print(Text(f"note: {clean(r.notice)}", style="yellow"))
    if r.ranking_approximate:
        console.print(Text(f"note: {APPROXIMATE_NOTE}", style="yellow"))
    if r.total == 0:
        tips = no_hit_suggestions(r.query, bool(r.filters))
        console.print(Text("No hits: " + "; ".join(tips) + ".", style="yellow"))


def render_histogram(r: SearchResult, console: Console) -> None:
    """Hits per month (or year) as text bars, with the hits that have no date."""
    items = buckets(r.facets.month)
    dated = sum(b.count for b in items)
    unit = "year" if items and len(items[0].label) == 4 else "month"
    console.print(Text(f"\nhits per {unit}:", style="bold"))
    if not items:
        console.print(Text("  (none of the hits has a date)", style="dim"))
    for line in bars(items, width=max(10, min(50, console.width - 25))):
        console.print(Text("  " + line))
    if r.total > dated:
        console.print(Text(f"  {count(r.total - dated, 'hit')} without a date", style="dim"))


def render_summary(s: IndexSummary, console: Console) -> None:
    """The end-of-run report of `search-app index`, styled (see `summary_lines`)."""
    for text, style in summary_lines(s):
        console.print(Text(text, style=style))
