"""The facet list: one declaration per facet drives the whole stack.

Each `FacetSpec` says which index fields hold the facet, how a document's
values are read, how a `name:value` filter matches, how counts are ordered,
and how the CLI and the TUI present it. The schema (index/build/documents.py),
the query language and compiler (index/query/), facet counting
(index/query/search.py), the CLI flags and JSON facets (search_app/cli.py,
render.py) and the TUI panels (search_app/tui/) all loop over `FACETS`; a new
facet is one more entry here.

No Whoosh and no UI here: the engine, the TUI and the CLI all import it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

# How a `name:value` filter matches the index.
MATCH_REGION = "region"  # resolved to canonical paths (湖北 → 湖北省); a path finds its sub-regions
MATCH_PREFIX = "prefix"  # the folded value is a prefix of the folded key (source:人民 → 人民日报)
MATCH_EXACT = "exact"  # the folded value equals one folded key (author:钟红)
MATCH_RANGE = "range"  # a value or a range low..high (year:2020..2022)

# How counts are listed.
ORDER_COUNT = "count"  # most hits first, ties by value
ORDER_VALUE_DESC = "value_desc"  # by value, highest first (newest year first)


@dataclass(frozen=True)
class FacetSpec:
    """Everything about one facet: index fields, matching, ordering and presentation."""

    name: str  # query field (`name:`), CLI flag (`--name`), JSON facets key, TUI id
    label: str  # English label for panel titles
    label_zh: str  # Chinese label for panel titles and filter chips
    field: str  # index field whose terms are counted (values as written)
    values: Callable[[Any], tuple[str, ...]]  # a document's values (an IndexDocument)
    match: str  # one of the MATCH_* kinds
    key_field: str | None = None  # folded copy that filters match (None: filter on `field`)
    multi_valued: bool = False  # a document may have several values
    hierarchical: bool = False  # values are 省/市/县 paths; a child replaces its ticked parent
    order: str = ORDER_COUNT
    metavar: str = "VALUE"  # CLI flag's metavar
    help: str = ""  # CLI flag's help
    unknown_label: str | None = None  # TUI row counting hits without a value
    empty_note: str = "none of these hits has a value"  # TUI: why the panel is empty

    @property
    def filter_field(self) -> str:
        """The index field a filter on this facet matches."""
        return self.key_field or self.field

    @property
    def title(self) -> str:
        """Panel title, e.g. 来源 Source."""
        return f"{self.label_zh} {self.label}"


# Author lines join several names with spaces, 、 or commas (记者 张三 李四,
# 作者：王五、赵六); metadata.py keeps that text as written. A space inside a
# Latin name (John Smith) is not a separator.
_AUTHOR_SEPARATORS = re.compile(r"[、,，;；/／|]+|(?<![A-Za-z.])\s+|\s+(?![A-Za-z])")


def split_authors(author: str | None) -> tuple[str, ...]:
    """The names in an author line, in order, without repeats."""
    if not author:
        return ()
    names = (n.strip() for n in _AUTHOR_SEPARATORS.split(author))
    return tuple(dict.fromkeys(n for n in names if n))


def _region_values(doc) -> tuple[str, ...]:
    """Named and inherited region paths with all their prefixes (湖北省, 湖北省/武汉市)."""
    out = set()
    for path in (*doc.regions, *doc.inherited_regions):
        parts = path.split("/")
        out.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return tuple(sorted(out))


def _source_values(doc) -> tuple[str, ...]:
    return (doc.source,) if doc.source else ()


def _year_values(doc) -> tuple[str, ...]:
    return (doc.date[:4],) if doc.date else ()


def _author_values(doc) -> tuple[str, ...]:
    return split_authors(doc.author)


FACETS: tuple[FacetSpec, ...] = (
    FacetSpec(
        name="region",
        label="Region",
        label_zh="地区",
        field="region",
        values=_region_values,
        match=MATCH_REGION,
        multi_valued=True,
        hierarchical=True,
        metavar="PATH",
        help="only this region and its sub-regions (湖北, 湖北省/武汉市)",
        empty_note="no place named in these hits",
    ),
    FacetSpec(
        name="source",
        label="Source",
        label_zh="来源",
        field="source",
        key_field="source_key",
        values=_source_values,
        match=MATCH_PREFIX,
        metavar="NAME",
        help="only this source (prefix match)",
        unknown_label="(未知 no source)",
        empty_note="none of these hits has a source",
    ),
    FacetSpec(
        name="year",
        label="Year",
        label_zh="年份",
        field="year",
        values=_year_values,
        match=MATCH_RANGE,
        order=ORDER_VALUE_DESC,
        metavar="YYYY",
        help="only this year, or a range 2020..2022",
        unknown_label="(未知 no date)",
        empty_note="none of these hits has a date",
    ),
    FacetSpec(
        name="author",
        label="Author",
        label_zh="作者",
        field="author_name",  # `author` itself is the stored line, as written
        key_field="author_key",
        values=_author_values,
        match=MATCH_EXACT,
        multi_valued=True,  # 记者 张三 李四: a hit counts once under each name
        metavar="NAME",
        help="only articles by this author (one name of the byline)",
        empty_note="none of these hits names an author",
    ),
)

FACET_NAMES: tuple[str, ...] = tuple(s.name for s in FACETS)
_BY_NAME = {s.name: s for s in FACETS}


def facet(name: str) -> FacetSpec:
    """The spec of the facet called `name` (KeyError if there is none)."""
    return _BY_NAME[name]


def is_facet(name: str) -> bool:
    """Whether `name` is a declared facet."""
    return name in _BY_NAME


def ordered_counts(spec: FacetSpec, counts: dict[str, int]) -> dict[str, int]:
    """value → count in the facet's order (most hits first, or by value descending)."""
    if spec.order == ORDER_VALUE_DESC:
        return dict(sorted(counts.items(), reverse=True))
    try:  # by value, then a stable sort by count, most first: no key tuple per item
        items = sorted(counts.items())
    except TypeError:  # values of several types: only tied counts compare them
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    items.sort(key=itemgetter(1), reverse=True)
    return dict(items)
