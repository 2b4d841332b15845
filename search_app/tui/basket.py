"""The citation basket: passages collected while reading, exported as Markdown or JSON.

The basket is kept in basket.json in the user data dir (platformdirs) and
written atomically after every change, so it survives quitting and crashes.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path

from index.config import CitationConfig
from search_app.tui.model import Passage


def default_basket_path() -> Path:
    """basket.json in the platform's user data dir for search-app."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("search-app", appauthor=False)) / "basket.json"


def default_export_path(name: str = "citations", suffix: str = ".md") -> Path:
    """A new file in the user's documents folder (else the current folder) that does not exist yet."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    if not folder.is_dir():
        folder = Path.cwd()
    stem = f"{name}-{_dt.date.today().isoformat()}"
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path.resolve()


_PASSAGE_FIELDS = {f.name for f in fields(Passage)}


def _atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Basket:
    """An ordered list of passages without duplicates, saved to `path` after each change."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.items: list[Passage] = []
        self.save_error: str | None = None  # why the last save failed, if it did
        self.load_error: str | None = None
        self._load()

    def _load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            items = [Passage(**{k: v for k, v in d.items() if k in _PASSAGE_FIELDS}) for d in data]
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            # Keep the damaged file for the user; start empty without overwriting it.
            self.load_error = f"{self.path}: could not read the saved basket ({exc})"
            self.path = None
            return
        self.items = items

    def save(self) -> bool:
        """Write the basket to its file now; False (and `save_error`) if that failed."""
        if self.path is None:
            return True
        try:
            _atomic_write(self.path, self.to_json())
        except OSError as exc:
            self.save_error = f"{self.path}: {exc.strerror or exc}"
            return False
        self.save_error = None
        return True

    def __len__(self) -> int:
        return len(self.items)

    def add(self, passage: Passage) -> bool:
        """Append `passage`; False if that paragraph is already in the basket."""
        if any(p.key() == passage.key() for p in self.items):
            return False
        self.items.append(passage)
        self.save()
        return True

    def remove(self, index: int) -> None:
        """Drop the item at `index`."""
        del self.items[index]
        self.save()

    def move(self, index: int, delta: int) -> int:
        """Move the item at `index` by `delta` places; returns its new index."""
        new = max(0, min(len(self.items) - 1, index + delta))
        if new != index:
            self.items.insert(new, self.items.pop(index))
            self.save()
        return new

    def clear(self) -> None:
        """Empty the basket."""
        self.items.clear()
        self.save()

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

    def export(
        self, path: Path, cfg: CitationConfig, fmt: str | None = None, overwrite: bool = False
    ) -> Path:
        """Write the basket to `path` (format from `fmt` or the suffix: .json, else Markdown).

        An existing file is replaced only with `overwrite` (else FileExistsError).
        """
        path = Path(path).expanduser().resolve()
        if path.exists() and not overwrite:
            raise FileExistsError(17, "file exists", str(path))
        fmt = fmt or ("json" if path.suffix.lower() == ".json" else "markdown")
        text = self.to_json() if fmt == "json" else self.to_markdown(cfg)
        _atomic_write(path, text)
        return path
