"""The facet list (index/engine/facets.py) drives the schema, query fields, CLI flags and JSON."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from whoosh import fields

from index.build.documents import facet_fields, make_schema
from index.build.folding import fold
from index.engine.facets import (
    FACET_NAMES,
    FACETS,
    MATCH_EXACT,
    MATCH_PREFIX,
    MATCH_RANGE,
    MATCH_REGION,
    ORDER_COUNT,
    ORDER_VALUE_DESC,
    facet,
    ordered_counts,
    split_authors,
)
from index.engine.models import Facets, SearchResult
from index.query.querylang import FILTER_FIELDS, parse_query
from search_app.cli import build_parser
from search_app.render import result_json


@dataclass
class _Doc:
    """The attributes facet specs read from an IndexDocument."""

    source: str | None = None
    author: str | None = None
    date: str | None = None
    regions: tuple[str, ...] = ()
    inherited_regions: tuple[str, ...] = ()


def test_every_facet_is_declared_once_with_a_known_kind():
    assert len(set(FACET_NAMES)) == len(FACETS)
    for spec in FACETS:
        assert spec.match in (MATCH_REGION, MATCH_PREFIX, MATCH_EXACT, MATCH_RANGE)
        assert spec.order in (ORDER_COUNT, ORDER_VALUE_DESC)
        assert spec.label and spec.label_zh and spec.help and spec.empty_note
        assert facet(spec.name) is spec
    with pytest.raises(KeyError):
        facet("nonesuch")


def test_schema_has_every_facet_field_with_one_term_per_value():
    schema = make_schema()
    for spec in FACETS:
        for name in filter(None, (spec.field, spec.key_field)):
            assert name in schema, name
            kind = schema[name]
            if spec.multi_valued:
                assert isinstance(kind, fields.KEYWORD) and kind.analyzer is not None
            else:
                assert isinstance(kind, fields.ID)


def test_facet_fields_of_a_document():
    doc = _Doc(
        source="人民日報",
        date="2024-03-05",
        regions=("湖北省/武汉市/江岸区",),
        inherited_regions=("湖北省/十堰市",),
    )
    out = facet_fields(doc)
    assert out["region"] == "湖北省,湖北省/十堰市,湖北省/武汉市,湖北省/武汉市/江岸区"
    assert out["source"] == "人民日報" and out["source_key"] == fold("人民日報") == "人民日报"
    assert out["year"] == "2024"
    # No value: no field at all (the unknown rows count these).
    assert facet_fields(_Doc()) == {}


def test_author_lines_split_into_names():
    assert split_authors("陈晓 刘洋") == ("陈晓", "刘洋")
    assert split_authors("王五、赵六，钱七") == ("王五", "赵六", "钱七")
    assert split_authors("次仁·卓玛/李四 | 李四") == ("次仁·卓玛", "李四")
    assert split_authors("John Smith 张三") == ("John Smith", "张三")  # a Latin name stays whole
    assert split_authors("钟红") == ("钟红",)
    assert split_authors("") == () and split_authors(None) == ()


def test_author_facet_fields_keep_names_as_written_and_match_folded():
    out = facet_fields(_Doc(author="陳曉 刘洋"))
    assert out["author_name"] == "陳曉,刘洋"  # counted and shown as written
    assert out["author_key"] == "陈晓,刘洋"  # author:陈晓 and author:陳曉 both match
    spec = facet("author")
    assert spec.multi_valued and spec.match == MATCH_EXACT and not spec.hierarchical


def test_every_facet_is_a_query_field_and_date_stays():
    assert (*FACET_NAMES, "date") == FILTER_FIELDS
    for spec in FACETS:
        value = "2020..2022" if spec.match == MATCH_RANGE else "某"
        parsed = parse_query(f"{spec.name}:{value} 干部")
        assert [f.field for f in parsed.filters()] == [spec.name], parsed
        assert not parsed.notices


def test_every_facet_is_a_cli_flag():
    parser = build_parser()
    for spec in FACETS:
        args = parser.parse_args(["search", "干部", f"--{spec.name}", "x"])
        assert getattr(args, spec.name) == "x"
    help_text = parser._subparsers._group_actions[0].choices["search"].format_help()
    for spec in FACETS:
        assert f"--{spec.name} {spec.metavar}" in help_text


def test_json_facets_follow_the_list():
    counts = {spec.name: {"v": 1} for spec in FACETS}
    data = result_json(SearchResult("q", 1, Facets(counts=counts), []))
    assert list(data["facets"]) == list(FACET_NAMES)
    assert all(data["facets"][name] == {"v": 1} for name in FACET_NAMES)
    # A facet with no counts is still listed, empty.
    empty = result_json(SearchResult("q", 0, Facets(), []))["facets"]
    assert empty == {name: {} for name in FACET_NAMES}


def test_facets_read_as_attributes_and_order():
    f = Facets(counts={"region": {"湖北省": 2}})
    assert f.region == {"湖北省": 2} and f.source == {} and f.get("year") == {}
    with pytest.raises(AttributeError):
        _ = f.nonesuch
    by_count = ordered_counts(facet("source"), {"b": 1, "a": 1, "c": 5})
    assert list(by_count) == ["c", "a", "b"]
    newest = ordered_counts(facet("year"), {"2021": 9, "2024": 1, "2023": 3})
    assert list(newest) == ["2024", "2023", "2021"]


def test_search_rejects_an_unknown_filter(engine):
    with pytest.raises(TypeError, match="nonesuch"):
        engine.search("干部", nonesuch="x")
    # Each facet flag narrows like its query field does.
    for spec in FACETS:
        r = engine.search("", limit=1)
        value = next(iter(r.facets.get(spec.name)), None)
        if value is None:
            continue
        flag = engine.search("", limit=0, **{spec.name: value})
        text = engine.search(f'{spec.name}:"{value}"', limit=0)
        assert 0 < flag.total == text.total <= r.total
        if spec.match != MATCH_PREFIX:  # a source prefix may also match longer names
            assert flag.total == r.facets.get(spec.name)[value]


def test_ordered_counts_sort_by_count_then_value_or_by_value():
    """Most hits first, ties by value (or, for a value-ordered facet, values descending),
    as a sort on (-count, value) orders them; values of mixed types still sort."""
    import random

    from index.engine.facets import FACETS, ORDER_VALUE_DESC, ordered_counts

    rng = random.Random(3)
    for spec in FACETS:
        for _ in range(500):
            c = {f"v{rng.randint(0, 40)}": rng.randint(1, 4) for _ in range(rng.randint(0, 25))}
            if spec.order == ORDER_VALUE_DESC:
                want = sorted(c.items(), reverse=True)
            else:
                want = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
            assert list(ordered_counts(spec, c).items()) == want, spec.name
    mixed = {"甲": 2, 7: 1, None: 3}
    counted = next(s for s in FACETS if s.order != ORDER_VALUE_DESC)
    assert list(ordered_counts(counted, mixed)) == [None, "甲", 7]
