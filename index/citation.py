"""Format a passage with its citation, following config.yaml's template."""

from __future__ import annotations

import string
from dataclasses import dataclass

from index.config import CitationConfig

FIELDS = (
    "passage",
    "title",
    "source",
    "author",
    "date",
    "date_cn",
    "year",
    "paragraph",
    "url",
    "page",
    "path",
)


@dataclass(frozen=True)
class CitationFields:
    """The values a citation template may use; None where unknown."""

    passage: str
    title: str | None
    source: str | None
    author: str | None
    date: str | None
    paragraph: int
    url: str | None = None
    page: str | None = None
    path: str | None = None

    def values(self) -> dict[str, str | None]:
        """All template placeholders with their values."""
        date_cn = year = None
        if self.date:
            y, m, d = self.date.split("-")
            date_cn, year = f"{int(y)}年{int(m)}月{int(d)}日", y
        return {
            "passage": self.passage,
            "title": self.title,
            "source": self.source,
            "author": self.author,
            "date": self.date,
            "date_cn": date_cn,
            "year": year,
            "paragraph": str(self.paragraph),
            "url": self.url,
            "page": self.page,
            "path": self.path,
        }


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def check_template(cfg: CitationConfig) -> str | None:
    """Return a problem with the citation config, or None if it is usable."""
    for tpl in [cfg.template, *cfg.parts]:
        try:
            names = _placeholders(tpl)
        except ValueError as exc:
            return f"bad template {tpl!r}: {exc}"
        allowed = (*FIELDS, "parts") if tpl is cfg.template else FIELDS
        for name in names:
            if name not in allowed:
                return f"unknown placeholder {{{name}}} in {tpl!r} (known: {', '.join(allowed)})"
    return None


def format_citation(cfg: CitationConfig, item: CitationFields) -> str:
    """Render the citation; a part whose fields are unknown is left out whole."""
    values = item.values()
    parts = []
    for tpl in cfg.parts:
        names = _placeholders(tpl)
        if all(values.get(n) for n in names):
            parts.append(tpl.format(**{n: values[n] for n in names}))
    filled = {k: (v or "") for k, v in values.items()}
    return cfg.template.format(parts=cfg.separator.join(parts), **filled)
