"""Counts, plurals and reports worded the same way in the CLI and the TUI."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.engine.models import IndexSummary

# Shown when a search ran out of its ranking time budget (`search.rank_budget_ms`).
APPROXIMATE_NOTE = (
    "ranking approximate: the time budget ran out; the total and facets are exact, "
    "better-scoring hits may exist (raise search.rank_budget_ms)"
)
APPROXIMATE_STATUS = "ranking approximate (time budget)"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 hit`, `2 hits`, `23,228 hits`: thousands separated, singular for one."""
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"


def no_hit_suggestions(query: str, filters: bool) -> list[str]:
    """What to try when a search finds nothing, most useful first."""
    words = query.split()
    tips = []
    if filters:
        tips.append("remove filters")
    if any(c in query for c in '"“”「」'):
        tips.append("drop the quotes to also find the words apart")
    if len(words) > 1:
        tips.append(f"try fewer words (e.g. {words[0]})")
    elif len(query.strip()) > 4:
        tips.append("try a shorter word")
    tips.append("check the spelling (simplified and traditional characters both work)")
    return tips


def summary_lines(s: IndexSummary) -> list[tuple[str, str]]:
    """The end-of-run report of `search-app index`: (line, rich style) pairs, text cleaned."""
    from search_app.textsafe import clean

    head = "Interrupted" if s.interrupted else ("Built" if s.rebuilt else "Updated")
    out = [
        (f"{head} index {clean(s.index_dir)} in {s.seconds:.1f} s", "bold"),
        (f"  articles: {s.articles}   paragraphs: {s.paragraphs}", ""),
        (
            f"  files: {s.added} added, {s.updated} updated, {s.deleted} removed, "
            f"{s.unchanged} unchanged   paragraphs added: {s.paragraphs_added}",
            "",
        ),
    ]
    if s.nothing_saved:
        out.append(
            (
                "  Stopped early: nothing was saved (no commit was made); "
                "run `search-app index` again to start over.",
                "yellow",
            )
        )
    elif s.interrupted:
        out.append(
            (
                f"  Stopped early: the {s.commits} commit(s) made before the interruption are saved "
                "(the counts above); run `search-app index` again to finish the rest.",
                "yellow",
            )
        )
    if s.temp_removed:
        out.append(
            (
                f"  removed {s.temp_removed} temporary file(s) left by an interrupted or failed run",
                "",
            )
        )
    for title, rows in (
        ("skipped", [(k.path, k.reason) for k in s.skipped]),
        ("duplicates", [(a, f"same article as {b}") for a, b in s.duplicates]),
        ("notes", s.notes),
    ):
        if rows:
            out.append((f"  {title} ({len(rows)}):", ""))
            out.extend((f"    {clean(path)}: {clean(reason)}", "") for path, reason in rows)
    out.extend((f"  warning: {clean(problem)}", "yellow") for problem in s.problems)
    return out
