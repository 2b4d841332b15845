"""Counts and plurals worded the same way in the CLI and the TUI."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 hit`, `2 hits`, `23,228 hits`: thousands separated, singular for one."""
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"
