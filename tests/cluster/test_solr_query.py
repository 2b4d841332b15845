"""The query language compiled to Solr syntax, checked without a cluster.

What these clauses match is checked against a live cluster and the Whoosh index in
test_solr_engine.py; here: the structure, escaping and the notices.
"""

from __future__ import annotations

import re

import pytest

from index.backends.solr_query import (
    NOTHING,
    SolrQueryCompiler,
    escape,
    literal_clause,
    month_counts,
    quoted,
)
from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.config import load_config
from index.query.compile import MAX_TERM_WORDS
from index.query.querylang import Filter, parse_query
from tests.conftest import ROOT


def seg():
    """The project's segmenter with the repository's dictionary."""
    return shared_segmenter(read_user_dictionary(load_config(ROOT / "config.yaml").dictionary))


REGIONS = {"湖北": ("湖北省",), "武汉": ("湖北省/武汉市",), "长沙": ("湖南省/长沙市",)}


@pytest.fixture(scope="module")
def compiler():
    return SolrQueryCompiler(seg(), lambda name: REGIONS.get(name, ()))


def compile_(compiler, text, extra=()):
    return compiler.compile(parse_query(text), list(extra))


def balanced(q: str) -> bool:
    """Parentheses balance outside quoted strings and escapes."""
    depth, inside, i = 0, False, 0
    while i < len(q):
        c = q[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            inside = not inside
        elif not inside:
            depth += {"(": 1, ")": -1}.get(c, 0)
            if depth < 0:
                return False
        i += 1
    return depth == 0 and not inside


def test_literal_clause_uses_unigrams_for_one_character_and_bigrams_otherwise():
    assert literal_clause("干") == 'uni:"干"'
    assert literal_clause("干部") == 'bi:"干部"'
    assert literal_clause("第一书记") == 'bi:"第一书记"'
    assert literal_clause(" ") == NOTHING
    assert literal_clause('a"b\\c') == 'bi:"a\\"b\\\\c"'


def test_escape_and_quote_leave_nothing_special():
    assert escape("人民 日报(海外版)*") == "人民\\ 日报\\(海外版\\)\\*"
    assert quoted('说"好"') == '"说\\"好\\""'


def test_a_bare_term_is_its_literal_or_all_its_words(compiler):
    sq = compile_(compiler, "基层干部群众")
    words = sq.term_words["基层干部群众"]
    assert len(words) >= 2
    assert '(bi:"基层干部群众")^=1000' in sq.q
    assert "(" + " ".join(f'+content:"{w}"' for w in words) + ")" in sq.q
    # The literal and the words are alternatives (SHOULD), inside a required group.
    assert sq.q.startswith("+(")
    assert not sq.browse and [t.text for t in sq.terms] == ["基层干部群众"]


def test_a_quoted_phrase_requires_the_literal_and_only_ranks_by_its_words(compiler):
    sq = compile_(compiler, '"基层干部群众"')
    assert '(+(bi:"基层干部群众")^=1000 (' in sq.q


def test_not_is_literal_exclusion_from_everything(compiler):
    sq = compile_(compiler, "干部 -形式主义")
    assert '(*:* -(bi:"形式主义"))' in sq.q
    assert [t.text for t in sq.terms] == ["干部"]
    only_not = compile_(compiler, "-形式主义")
    assert only_not.q == '(*:* -(bi:"形式主义"))'
    assert only_not.browse


def test_or_and_grouping_keep_their_shape(compiler):
    sq = compile_(compiler, "(驻村 OR 驻企) 干部")
    assert balanced(sq.q)
    # AND of an OR group and a term: two required clauses, the first holding two SHOULDs.
    main = sq.q[1 : sq.q.index(" (title_w")]
    assert main.startswith("(+((") and main.count("+(") >= 2


def test_filters_score_nothing_and_flags_go_to_fq(compiler):
    sq = compile_(compiler, "region:湖北 干部 year:2020..2022", [Filter("source", "人民 日报")])
    assert '+((region:"湖北省")^=0)' in sq.q
    assert '(year:["2020" TO "2022"])^=0' in sq.q
    assert sq.fq == ["source_key:人民\\ 日报*"]
    assert sq.filters == {"region": "湖北", "year": "2020..2022", "source": "人民 日报"}


def test_year_and_date_filters(compiler):
    assert 'year:"2024"' in compile_(compiler, "year:2024").q
    assert 'year:[* TO "2022"]' in compile_(compiler, "year:..2022").q
    assert 'date:["2024-03-01" TO "2024-03-31"]' in compile_(compiler, "date:2024-03").q
    assert 'date:["2024-01-01" TO *]' in compile_(compiler, "date:2024..").q


def test_unknown_region_matches_nothing_and_says_so(compiler):
    sq = compile_(compiler, "region:火星 干部")
    assert NOTHING in sq.q
    assert "no region called 火星" in sq.notices


def test_a_region_with_several_paths_matches_any(compiler):
    c = SolrQueryCompiler(seg(), lambda name: ("吉林省", "吉林省/吉林市"))
    sq = c.compile(parse_query("region:吉林"))
    assert '(region:"吉林省" region:"吉林省/吉林市")' in sq.q


def test_browse_sorts_by_date_and_a_query_by_score(compiler):
    assert compile_(compiler, "").q == "*:*"
    assert compile_(compiler, "").sort() == "date desc,id asc"
    assert compile_(compiler, "region:湖北").browse
    assert compile_(compiler, "干部").sort() == "score desc,date desc,id asc"


def test_a_long_term_is_matched_literally_with_a_notice(compiler):
    passage = "各地干部群众认真学习贯彻会议精神，结合实际推动工作落实，" * 4
    sq = compile_(compiler, passage)
    assert len(sq.term_words[parse_query(passage).root.text]) <= MAX_TERM_WORDS
    assert any("matched as an exact string" in n for n in sq.notices)
    assert sq.q.startswith('+(+(bi:"各地')


def test_boosts_are_optional_and_proximity_needs_two_terms(compiler):
    one = compile_(compiler, "干部")
    assert 'title_w:"干部"^1.5' in one.q and "~8" not in one.q
    two = compile_(compiler, "干部 群众")
    assert 'content:"干部 群众"~8^2' in two.q


@pytest.mark.parametrize(
    "text",
    [
        '干部 "第一 书记"',
        'a"b',
        "(((干部)))",
        "干部 OR (-群众 AND 党员)",
        "NOT (干部 OR 群众)",
        "source:新华社 -region:湖北",
        "C++ 1/2 a:b \\ ~ ^ *",
        "“引号”「括号」",
        "干部 AND",
        "year:2020..2018 date:2024-13",
    ],
)
def test_any_query_compiles_to_balanced_syntax(compiler, text):
    sq = compile_(compiler, text)
    assert balanced(sq.q), sq.q
    for f in sq.fq:
        assert balanced(f)
    # Every quoted value is closed and every backslash escapes something.
    assert not re.search(r"(?<!\\)\\$", sq.q)


def test_month_counts_roll_dates_up():
    assert month_counts({"2024-03-01": 2, "2024-03-20": 1, "2023-12-31": 4, "": 3}) == {
        "2023-12": 4,
        "2024-03": 3,
    }
