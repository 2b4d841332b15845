"""Query history, kept in a JSON file in the user data dir (platformdirs)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

MAX_ENTRIES = 500


def default_history_path() -> Path:
    """history.json in the platform's user data dir for search-app."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("search-app", appauthor=False)) / "history.json"


class QueryHistory:
    """Most recent query last; a cursor walks it for ctrl+up / ctrl+down recall."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: list[str] = self._load()
        self._cursor: int | None = None  # index into entries while recalling
        self._draft = ""  # what was typed before recall started

    def _load(self) -> list[str]:
        if self.path is None:
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []  # a missing or damaged history is not worth an error
        return [q for q in data if isinstance(q, str) and q.strip()][-MAX_ENTRIES:]

    def add(self, query: str) -> None:
        """Remember `query` as the newest entry (moving it if already known) and save."""
        query = query.strip()
        self._cursor = None
        if not query:
            return
        if self.entries and self.entries[-1] == query:
            return
        self.entries = [q for q in self.entries if q != query] + [query]
        self.entries = self.entries[-MAX_ENTRIES:]
        self.save()

    def save(self) -> None:
        """Write the history atomically; failures are silent (history is a convenience)."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".history-")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.entries, f, ensure_ascii=False, indent=0)
            os.replace(tmp, self.path)

    def older(self, current: str) -> str | None:
        """The entry before the cursor (starting from the newest), or None at the oldest."""
        if not self.entries:
            return None
        if self._cursor is None:
            self._draft = current
            self._cursor = len(self.entries)
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self.entries[self._cursor]

    def newer(self) -> str | None:
        """The entry after the cursor; past the newest, the draft typed before recall."""
        if self._cursor is None:
            return None
        self._cursor += 1
        if self._cursor >= len(self.entries):
            self._cursor = None
            return self._draft
        return self.entries[self._cursor]

    def reset_cursor(self) -> None:
        """Stop recalling (the user typed)."""
        self._cursor = None

    def newest_first(self) -> list[str]:
        """All entries, newest first, for the history picker."""
        return list(reversed(self.entries))
