"""Counts and plurals worded the same way in the CLI and the TUI."""

from __future__ import annotations

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
