"""index/query/compile.py on its own: parsed queries in, Whoosh query trees and highlight terms out."""

from __future__ import annotations

import pytest
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.query.accel import AccelLiteral
from index.query.compile import (
    LITERAL_SCORE,
    MAX_TERM_WORDS,
    CompiledQuery,
    FastPlan,
    LiteralQuery,
    ProximityPhrase,
    QueryCompiler,
    literal_query,
)
from index.query.querylang import Filter, parse_query
from tests.conftest import make_config

REGIONS = {"湖北": ("湖北省",), "朝阳": ("北京市/朝阳区", "辽宁省/朝阳市")}


@pytest.fixture(scope="module")
def compiler() -> QueryCompiler:
    """A compiler with the project's jieba dictionary and a two-entry region table."""
    cfg = make_config(index_dir=None)
    seg = shared_segmenter(read_user_dictionary(cfg.dictionary))
    return QueryCompiler(seg, lambda name: REGIONS.get(name, ()))


def compile_(compiler: QueryCompiler, text: str, extra: list[Filter] = ()) -> CompiledQuery:
    return compiler.compile(parse_query(text), list(extra))


def literal(q) -> query.Query:
    """The literal part of a term's query (inside its constant-score wrapper)."""
    assert isinstance(q, LiteralQuery) and q.score == LITERAL_SCORE
    return q.child


# -- literal_query ------------------------------------------------------------------


def test_literal_query_is_the_accelerator_literal_of_the_stripped_text():
    assert literal_query("") is query.NullQuery
    assert literal_query("  ") is query.NullQuery
    assert literal_query("干") == AccelLiteral("干")
    assert literal_query(" 干部 ") == AccelLiteral("干部")
    assert literal_query("第一书记") == AccelLiteral("第一书记")
    assert literal_query("第一书记") != AccelLiteral("第一书")
    assert hash(literal_query("干部")) == hash(AccelLiteral("干部"))


# -- terms --------------------------------------------------------------------------


def test_a_word_term_is_its_literal_or_its_words(compiler):
    c = compile_(compiler, "下沉干部")
    assert isinstance(c.main, query.Or)
    lit, words = c.main.subqueries
    assert literal(lit) == AccelLiteral("下沉干部")
    assert words == query.And([query.Term("content", "下沉"), query.Term("content", "干部")])
    assert c.term_words == {"下沉干部": ["下沉", "干部"]}
    assert [t.text for t in c.terms] == ["下沉干部"] and not c.browse


def test_a_quoted_term_is_literal_only_and_its_words_only_rank(compiler):
    c = compile_(compiler, '"下沉干部"')
    assert isinstance(c.main, query.AndMaybe)
    assert literal(c.main.a) == AccelLiteral("下沉干部")
    assert c.main.b == query.And([query.Term("content", "下沉"), query.Term("content", "干部")])
    # Its matches are exactly the literal's: the fast plan (issue 12) scores only the head.
    assert c.fast is not None and c.fast.texts == ["下沉干部"] and c.fast.base == 1000.0
    assert c.fast.literal == AccelLiteral("下沉干部")


def test_chinese_quotes_and_traditional_text_compile_like_ascii_simplified(compiler):
    a = compile_(compiler, "“下沉幹部”")
    b = compile_(compiler, '"下沉干部"')
    assert a.main == b.main and a.term_words == b.term_words


def test_a_term_without_words_is_matched_literally(compiler):
    c = compile_(compiler, "，，")  # folded to ASCII commas before compiling
    assert literal(c.main) == AccelLiteral(",,")
    assert c.term_words == {",,": []}
    assert c.boost is None  # nothing to boost on


def test_a_pasted_passage_is_an_exact_string_with_a_notice(compiler):
    passage = "经济发展" * (MAX_TERM_WORDS + 5)
    c = compile_(compiler, passage)
    assert isinstance(c.main, query.AndMaybe)  # literal only, words rank
    assert len(c.term_words[passage]) <= MAX_TERM_WORDS
    assert c.term_words[passage] == ["经济", "发展"]  # de-duplicated before the cap
    assert any("exact string" in n for n in c.notices)
    assert len(c.notices) == 1
    again = compile_(compiler, f"{passage} {passage}x")
    assert sum("exact string" in n for n in again.notices) == 2  # one per distinct length


# -- boolean structure --------------------------------------------------------------


def test_exclusion_is_literal_not_by_words(compiler):
    c = compile_(compiler, "干部 -形式主义")
    assert isinstance(c.main, query.And)
    positive, excluded = c.main.subqueries
    assert isinstance(positive, query.Or)
    assert isinstance(excluded, query.Not)
    assert excluded.query == literal_query("形式主义")  # not And(形式, 主义)
    assert [t.text for t in c.terms] == ["干部"]


def test_only_exclusions_start_from_every_paragraph(compiler):
    c = compile_(compiler, "-形式主义")
    assert isinstance(c.main, query.And)
    assert c.main.subqueries[0] == query.Every()
    assert isinstance(c.main.subqueries[1], query.Not)
    assert c.browse and c.terms == [] and c.boost is None


def test_empty_query_browses_everything(compiler):
    c = compile_(compiler, "")
    assert c.main == query.Every() and c.browse and c.boost is None and c.fast is None
    assert c.whoosh_query == query.Every()


def test_or_and_grouping(compiler):
    c = compile_(compiler, "(驻村 OR 驻企) 干部")
    assert isinstance(c.main, query.And)
    group, word = c.main.subqueries
    assert isinstance(group, query.Or) and len(group.subqueries) == 2
    assert isinstance(word, query.Or)  # even a one-word term: its literal, or its word
    assert literal(word.subqueries[0]) == AccelLiteral("干部")
    assert word.subqueries[1] == query.And([query.Term("content", "干部")])
    assert [t.text for t in c.terms] == ["驻村", "驻企", "干部"]


# -- filters ------------------------------------------------------------------------


def filter_part(c: CompiledQuery) -> query.Query:
    """The Whoosh query of the one filter in `c`, which must not score."""
    parts = c.main.subqueries if isinstance(c.main, query.And) else [c.main]
    (f,) = [p for p in parts if isinstance(p, LiteralQuery) and p.score == 0.0]
    return f.child


def test_region_filter_covers_every_region_of_that_name(compiler):
    one = compile_(compiler, "region:湖北")
    assert filter_part(one) == query.Term("region", "湖北省")
    two = compile_(compiler, "region:朝阳")
    assert filter_part(two) == query.Or(
        [query.Term("region", "北京市/朝阳区"), query.Term("region", "辽宁省/朝阳市")]
    )
    assert one.filters == {"region": "湖北"} and one.browse


def test_unknown_region_matches_nothing_and_says_so(compiler):
    c = compile_(compiler, "region:亚特兰蒂斯 干部")
    assert filter_part(c) is query.NullQuery
    assert "no region called 亚特兰蒂斯" in c.notices


def test_source_year_and_date_filters(compiler):
    assert filter_part(compile_(compiler, "source:人民")) == query.Prefix("source_key", "人民")
    assert filter_part(compile_(compiler, "year:2024")) == query.Term("year", "2024")
    assert filter_part(compile_(compiler, "year:2020..2022")) == query.TermRange(
        "year", "2020", "2022"
    )
    assert filter_part(compile_(compiler, "date:2024-03")) == query.TermRange(
        "date", "2024-03-01", "2024-03-31"
    )


def test_filters_from_outside_the_query_text_are_applied_and_recorded(compiler):
    c = compile_(compiler, "干部", [Filter("source", " 人民日報 ")])
    assert isinstance(c.main, query.And)
    assert filter_part(c) == query.Prefix("source_key", "人民日报")  # folded and trimmed
    assert c.filters == {"source": " 人民日報 "}
    assert c.fast is not None and c.fast.filters == [query.Prefix("source_key", "人民日报")]


def test_unknown_filter_field_is_a_programming_error(compiler):
    with pytest.raises(ValueError, match="unknown filter"):
        compile_(compiler, "干部", [Filter("colour", "red")])


# -- boosts and the fast plan -------------------------------------------------------


def test_boosts_are_optional_title_heading_and_proximity(compiler):
    c = compile_(compiler, "驻村 书记")
    assert isinstance(c.whoosh_query, query.AndMaybe) and c.whoosh_query.b is c.boost
    subs = c.boost.subqueries
    assert query.Term("title_w", "驻村", boost=1.5) in subs
    assert query.Term("heading_w", "书记", boost=1.0) in subs
    assert [q for q in subs if isinstance(q, query.Phrase)] == [
        ProximityPhrase("content", ["驻村", "书记"], slop=8, boost=2.0)
    ]
    for one_term in ("驻村", "下沉干部"):  # proximity is between terms, not a term's words
        subs = compile_(compiler, one_term).boost.subqueries
        assert not any(isinstance(q, query.Phrase) for q in subs), one_term


def test_fast_plan_only_for_literal_only_terms(compiler):
    fast = compile_(compiler, "干部").fast
    assert isinstance(fast, FastPlan)
    assert fast.literal == AccelLiteral("干部") and fast.filters == []
    assert compile_(compiler, "region:湖北 干部").fast.filters == [query.Term("region", "湖北省")]
    # ANDed one-word or quoted terms match exactly the AND of their literals (issue 12).
    both = compile_(compiler, "干部 群众").fast
    assert both.texts == ["干部", "群众"] and both.base == 2000.0
    assert both.literal == query.And([AccelLiteral("干部"), AccelLiteral("群众")])
    assert compile_(compiler, '"干部"').fast.texts == ["干部"]
    for text in ("下沉干部", "干部 OR 群众", "干部 -群众", "", "下沉干部 群众"):
        assert compile_(compiler, text).fast is None, text


# -- the constant-score wrapper on a real index -------------------------------------


def test_literal_query_scores_are_constant_and_zero_stays_zero():
    schema = fields.Schema(bi=fields.KEYWORD(scorable=True), id=fields.STORED)
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        for i, words in enumerate(["干部 干部 干部", "干部", "群众"]):
            w.add_document(bi=words, id=i)
    with ix.searcher() as s:
        for constant in (LITERAL_SCORE, 0.0):
            hits = s.search(LiteralQuery(query.Term("bi", "干部"), constant))
            assert sorted(h["id"] for h in hits) == [0, 1]
            assert [h.score for h in hits] == [constant, constant]
        assert len(s.search(LiteralQuery(query.Term("bi", "乡村"), 1.0))) == 0
