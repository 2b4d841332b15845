"""The query language parser."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.query.querylang import And, Filter, Not, Or, Term, parse_query


def root(q):
    return parse_query(q).root


def test_whitespace_is_and():
    assert root("干部 下沉") == And((Term("干部"), Term("下沉")))


def test_folded_before_parsing():
    assert root("幹部 ＯＲ 國際") == Or((Term("干部"), Term("国际")))


def test_quotes_phrase_and_chinese_quotes():
    assert root('"第一书记"') == Term("第一书记", quoted=True)
    assert root("“第一书记”") == Term("第一书记", quoted=True)


def test_not_and_minus():
    assert root("干部 -形式主义") == And((Term("干部"), Not(Term("形式主义"))))
    assert root("干部 NOT 形式主义") == And((Term("干部"), Not(Term("形式主义"))))
    assert root("covid-19") == Term("covid-19")


def test_grouping():
    assert root("(驻村 OR 驻企) 干部") == And((Or((Term("驻村"), Term("驻企"))), Term("干部")))


def test_filters():
    assert root("region:湖北 source:人民日报") == And(
        (Filter("region", "湖北"), Filter("source", "人民日报"))
    )
    assert root("year:2020..2022") == Filter("year", "2020..2022", "2020", "2022")
    assert root("date:2024-03") == Filter("date", "2024-03", "2024-03-01", "2024-03-31")
    assert root("date:2024-01-05..") == Filter("date", "2024-01-05..", "2024-01-05", None)


@pytest.mark.parametrize(
    "q, words, hint",
    [
        ('"驻村 第一书记', "驻村 第一书记", "unbalanced quote"),
        ("(干部", "干部", "unbalanced parenthesis"),
        ("干部 OR", "干部", "OR needs"),
        ("干部 -", None, None),
    ],
)
def test_bad_syntax_falls_back_to_literal(q, words, hint):
    parsed = parse_query(q)
    if hint:
        assert hint in parsed.notice
        assert [t.text for t in parsed.positive_terms()] == words.split()


def test_bad_filter_values_are_hinted():
    parsed = parse_query("year:abc 干部")
    assert parsed.root == Term("干部") and "year:abc" in parsed.notice
    assert parse_query("region:").notice


def test_empty_query_browses():
    assert parse_query("").root is None
    assert parse_query("   ").root is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('干部"“”()-: ORNTAD区region:year2024.')), max_size=40))
def test_parser_never_raises(q):
    parsed = parse_query(q)
    assert parsed.text == q
