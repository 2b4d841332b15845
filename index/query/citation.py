"""Format a passage with its citation, in the style config.yaml names.

Styles:
- ``news`` (default): Chinese news usage. A print article is
  ``《人民日报》2024年2月20日第19版``; a web article names its site and date
  (``新华网，2024年2月20日``). The article title comes first in 《》.
- ``gbt7714``: GB/T 7714-2015 reference entries, ``[N]``/``[N/OL]`` for
  newspapers and ``[EB/OL]`` for other online articles.
- ``template``: the user's own ``template``/``parts`` (placeholders below).

The paragraph number a citation gives is a reader's count: headings, photo
captions and photo credits do not count (see `reader_numbers`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

# The styles, placeholders and template check belong to the config (which validates
# them on load); re-exported here, where citations are formatted.
from index.config import CITATION_FIELDS as FIELDS  # noqa: F401
from index.config import CITATION_STYLES as STYLES  # noqa: F401
from index.config import CitationConfig, check_template  # noqa: F401
from index.config import template_placeholders as _placeholders
from index.ingest.captions import is_caption

# A periodical's name goes in 《》; a website's or an app's does not.
_PERIODICAL = re.compile(r"(?:报|报社|报海外版|日报.{0,6}版|刊|杂志|周刊|半月谈|通讯)$")


def reader_numbers(paragraphs: list[tuple[str, bool]]) -> list[int | None]:
    """Reader's paragraph numbers for (text, is_heading) pairs; None for headings and captions."""
    out: list[int | None] = []
    n = 0
    for text, is_heading in paragraphs:
        if is_heading or is_caption(text):
            out.append(None)
        else:
            n += 1
            out.append(n)
    return out


def nest_quotes(text: str) -> str:
    """Swap “…”↔‘…’ so a passage put inside “…” keeps the Chinese nesting convention."""
    # Splits and joins: `str.translate` with a table looks up every character (7 µs a
    # paragraph, half of a citation's time).
    return _swap(_swap(text, "“", "‘"), "”", "’")


def _swap(text: str, a: str, b: str) -> str:
    """`text` with every `a` made `b` and every `b` made `a`."""
    if a not in text:
        return text.replace(b, a) if b in text else text
    return b.join(part.replace(b, a) for part in text.split(a))


def in_book_marks(name: str) -> str:
    """《name》, with 《》 inside it turned into 〈〉 (the nested form)."""
    inner = name.strip().removeprefix("《").removesuffix("》")
    return "《" + inner.replace("《", "〈").replace("》", "〉") + "》"


# Slots, not frozen: a frozen dataclass sets each field through object.__setattr__, and
# every hit makes one (3x slower to build; a fifth of a hit's formatting at 100k).
@dataclass(slots=True)
class CitationFields:
    """The values a citation may use; None where unknown."""

    passage: str
    title: str | None
    source: str | None
    author: str | None
    date: str | None
    paragraph: int | None  # the reader's count; None for a heading or caption
    url: str | None = None
    page: str | None = None
    path: str | None = None
    site: str | None = None  # the website a web article was saved from

    def date_cn(self) -> str | None:
        """2024年2月20日 (or 2024年2月 / 2024年 when only those are known)."""
        return _date_cn(self.date)

    def values(self) -> dict[str, str | None]:
        """All template placeholders with their values."""
        parts = _date_parts(self.date)
        return {
            "passage": self.passage,
            "title": self.title,
            "source": self.source,
            "site": self.site,
            "author": self.author,
            "date": self.date,
            "date_cn": self.date_cn(),
            "year": parts[0] if parts else None,
            "paragraph": str(self.paragraph) if self.paragraph else None,
            "url": self.url,
            "page": self.page,
            "path": self.path,
        }


@functools.lru_cache(maxsize=4096)
def _date_cn(date: str | None) -> str | None:
    """`CitationFields.date_cn` of a date (kept: hits name the same few thousand dates)."""
    parts = _date_parts(date)
    if not parts:
        return None
    units = "年月日"
    return "".join(f"{int(p)}{u}" for p, u in zip(parts, units, strict=False))


def _date_parts(date: str | None) -> list[str]:
    if not date:
        return []
    return [p for p in date.split("-") if p.isdigit()][:3]


@functools.lru_cache(maxsize=4096)
def is_periodical(name: str | None) -> bool:
    """A newspaper or magazine name (人民日报, 半月谈), as opposed to a website or app (kept:
    hits name the same few hundred sources)."""
    return bool(name) and bool(_PERIODICAL.search(name.strip().strip("《》")))


def format_reference(cfg: CitationConfig, item: CitationFields, accessed: str | None = None) -> str:
    """The citation without the passage, e.g. 《题名》，《人民日报》2024年2月20日第19版，第3段."""
    if cfg.style == "gbt7714":
        return gbt7714(item, accessed)
    if cfg.style == "news":
        return news_reference(item)
    values = item.values()
    return cfg.separator.join(_filled_parts(cfg.parts, values))


def format_citation(cfg: CitationConfig, item: CitationFields, accessed: str | None = None) -> str:
    """The passage in “…” followed by its reference; parts with unknown fields are left out."""
    if cfg.style != "template":
        return f"“{nest_quotes(item.passage)}”——{format_reference(cfg, item, accessed)}"
    values = item.values()
    if _quotes_passage(cfg.template):
        values["passage"] = nest_quotes(item.passage)
    filled = {k: (v or "") for k, v in values.items()}
    parts = cfg.separator.join(_filled_parts(cfg.parts, values))
    return cfg.template.format(parts=parts, **filled)


def citation_has_passage(cfg: CitationConfig) -> bool:
    """Whether a citation in this style already contains the passage."""
    return cfg.style != "template" or "{passage}" in cfg.template


def _quotes_passage(template: str) -> bool:
    """The template puts {passage} inside “…”."""
    return "“{passage}”" in template


def _filled_parts(parts: list[str], values: dict[str, str | None]) -> list[str]:
    out = []
    for tpl in parts:
        names = _placeholders(tpl)
        if all(values.get(n) for n in names):
            out.append(tpl.format(**{n: values[n] for n in names}))
    return out


def news_reference(item: CitationFields) -> str:
    """Chinese news style: 《题名》，《人民日报》2024年2月20日第19版，第3段 / 《题名》，新华网，2024年2月20日，第3段."""
    parts = []
    if item.title:
        parts.append(in_book_marks(item.title))
    date = item.date_cn()
    paper = item.source if is_periodical(item.source) else None
    if paper or (item.page and item.source):
        # Print: the paper in 《》, then date and page with nothing between them.
        parts.append(
            in_book_marks(item.source or "")
            + (date or "")
            + (f"第{_page(item.page)}版" if item.page else "")
        )
    else:
        parts += [p for p in (item.site or item.source, date) if p]
    if item.paragraph:
        parts.append(f"第{item.paragraph}段")
    if item.url and not (paper or item.page):
        parts.append(item.url)
    return "，".join(parts)


def _page(page: str) -> str:
    """A page label without a trailing 版 or leading zeros: '019版' → '19'."""
    p = page.strip().removesuffix("版").strip()
    return str(int(p)) if p.isdigit() else p


def gbt7714(item: CitationFields, accessed: str | None = None) -> str:
    """A GB/T 7714-2015 entry: [N] or [N/OL] for a newspaper (4.4), [EB/OL] otherwise (4.5).

    Unknown authors are left out (8.1.4 allows beginning with the title in the
    numeric system); `accessed` (YYYY-MM-DD) is the citation date, today by default.
    """
    accessed = accessed or _dt.date.today().isoformat()
    head = f"{item.author}. " if item.author else ""
    title = item.title or "[无题名]"
    newspaper = bool(item.page) or is_periodical(item.source)
    if newspaper and item.source:
        kind = "N/OL" if item.url else "N"
        out = f"{head}{title}[{kind}]. {item.source.strip('《》')}"
        if item.date:
            out += f", {item.date}"
        if item.page:
            out += f"({_page(item.page)})"
        if item.url:
            out += f"[{accessed}]. {item.url}"
        return out + "."
    out = f"{head}{title}[EB/OL]. "
    publisher = item.site or item.source
    if publisher and not item.author:
        out = f"{publisher}. {out}"
    out += f"({item.date})" if item.date else ""
    out += f"[{accessed}]"
    if item.url:
        out += f". {item.url}"
    return out + "."
