"""What every system under test implements, and small helpers they share."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.queries import Query

LIMIT = 20  # hits shown: the first screen of results
SNIPPET = 60  # characters of context shown per hit by systems without their own snippets


@dataclass
class Answer:
    """What a user sees: the total and the first hits (snippets already made)."""

    total: int
    shown: int


class System:
    """One search system: a cold build, warm queries, and one-article updates."""

    name = "?"
    description = ""

    def __init__(
        self, work: Path, corpus_root: Path, data: Path, options: dict | None = None
    ) -> None:
        self.work = work  # this system's own folder, emptied before a cold build
        self.corpus_root = corpus_root  # article files (the project reads these)
        self.data = data  # the paragraph files (text.txt, folded.txt): one per line
        self.options = options or {}

    def build_info(self) -> dict:
        """Extra facts about the last build (settings used, commits…), for the report."""
        return {}

    def build(self) -> int:
        """Cold build from scratch; returns the paragraphs indexed."""
        raise NotImplementedError

    def open(self) -> None:
        """Open the index for searching and warm up what a user would wait for once."""

    def answer(self, q: Query) -> Answer:
        """The timed full answer for one query."""
        raise NotImplementedError

    def matches(self, q: Query) -> list[int]:
        """Every matching paragraph id (untimed; for recall)."""
        raise NotImplementedError

    def indexed_articles(self) -> dict[str, tuple[int, str]] | None:
        """File → (paragraphs, `article_digest`) of what the index holds; None: it indexes the
        paragraph files themselves, so it always agrees with them."""
        return None

    def add_article(self, paragraphs: list[str]) -> None:
        """Add one article and make it searchable."""
        raise NotImplementedError

    def delete_article(self) -> None:
        """Remove the article `add_article` added and make that visible."""
        raise NotImplementedError

    def uncached(self) -> None:
        """Forget cached results, so the next query is really computed."""

    def index_bytes(self) -> int:
        """Size on disk of everything the system built."""
        return dir_bytes(self.work)

    def child_rss_mb(self) -> float:
        """Peak RSS of helper processes (ripgrep), if the system uses them."""
        return 0.0

    def close(self) -> None:
        """Release the index."""


def dir_bytes(path: Path) -> int:
    """Total size of the files under `path`."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.path.getsize(os.path.join(dirpath, name))
    return total


def lines(path: Path) -> Iterator[str]:
    """A paragraph file's lines without their newline, streamed."""
    with open(path, encoding="utf-8", newline="\n") as fh:
        for line in fh:
            yield line[:-1] if line.endswith("\n") else line


def snippet(text: str, folded: str, terms: list[str], width: int = SNIPPET) -> str:
    """`width` characters of `text` around the first folded term, marked with 【】."""
    at = min((i for i in (folded.find(t) for t in terms if t) if i >= 0), default=-1)
    if at < 0:
        return text[:width]
    term = next(t for t in terms if t and folded.startswith(t, at))
    start = max(0, at - (width - len(term)) // 2)
    end = min(len(text), start + width)
    return text[start:at] + "【" + text[at : at + len(term)] + "】" + text[at + len(term) : end]
