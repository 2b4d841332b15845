"""The citation basket: passages collected while reading, exported as Markdown or JSON."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from index.config import CitationConfig
from search_app.tui.model import Passage


class Basket:
    """An ordered list of passages without duplicates."""

    def __init__(self) -> None:
        self.items: list[Passage] = []

    def __len__(self) -> int:
        return len(self.items)

    def add(self, passage: Passage) -> bool:
        """Append `passage`; False if that paragraph is already in the basket."""
        if any(p.key() == passage.key() for p in self.items):
            return False
        self.items.append(passage)
        return True

    def remove(self, index: int) -> None:
        """Drop the item at `index`."""
        del self.items[index]

    def move(self, index: int, delta: int) -> int:
        """Move the item at `index` by `delta` places; returns its new index."""
        new = max(0, min(len(self.items) - 1, index + delta))
        if new != index:
            self.items.insert(new, self.items.pop(index))
        return new

    def clear(self) -> None:
        """Empty the basket."""
        self.items.clear()

    def to_markdown(self, cfg: CitationConfig) -> str:
        """Each passage as a block quote followed by its citation, numbered in basket order."""
        lines = ["# 引文 · Citations", ""]
        for n, p in enumerate(self.items, start=1):
            lines.append(f"## {n}. {p.title or p.relpath}")
            lines.append("")
            lines.extend(f"> {line}" if line else ">" for line in p.text.splitlines() or [""])
            lines.append("")
            lines.append(f"——{p.reference(cfg)}")
            if p.url:
                lines.append(f"<{p.url}>")
            lines.append("")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The basket as a JSON array of passages (text, citation, title, source, date, ...)."""
        return json.dumps([asdict(p) for p in self.items], ensure_ascii=False, indent=2) + "\n"

    def export(self, path: Path, cfg: CitationConfig, fmt: str | None = None) -> Path:
        """Write the basket to `path` (format from `fmt` or the suffix: .json, else Markdown)."""
        path = Path(path).expanduser()
        fmt = fmt or ("json" if path.suffix.lower() == ".json" else "markdown")
        text = self.to_json() if fmt == "json" else self.to_markdown(cfg)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path
