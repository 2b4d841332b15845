"""index/query/highlight.py on its own: spans found on folded text, snippets cut from the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.build.folding import fold
from index.query.highlight import (
    MAX_SPANS,
    find_all,
    highlight_spans,
    make_snippet,
    merge_spans,
    sentence_bounds,
)

# -- find_all and merge_spans -------------------------------------------------------


def test_find_all_is_left_to_right_and_non_overlapping():
    assert find_all("干部干部干部", "干部") == [(0, 2), (2, 4), (4, 6)]
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]  # not (1, 3)
    assert find_all("aaa", "aa") == [(0, 2)]
    assert find_all("干部", "群众") == []


def test_find_all_of_nothing_finds_nothing_and_respects_the_limit():
    assert find_all("干部", "") == []
    assert find_all("", "干部") == []
    assert len(find_all("a" * 50, "a", limit=7)) == 7


@pytest.mark.parametrize(
    ("spans", "merged"),
    [
        ([], []),
        ([(4, 6), (0, 2)], [(0, 2), (4, 6)]),  # sorted
        ([(0, 3), (2, 5)], [(0, 5)]),  # overlapping
        ([(0, 2), (2, 4)], [(0, 4)]),  # touching
        ([(0, 10), (2, 4), (5, 6)], [(0, 10)]),  # nested
        ([(3, 5), (3, 5)], [(3, 5)]),  # duplicate
        ([(5, 9), (0, 6), (8, 12)], [(0, 12)]),  # a chain in any order
    ],
)
def test_merge_spans(spans, merged):
    assert merge_spans(spans) == merged


# -- highlight_spans: literal first, then words -------------------------------------


def test_the_literal_term_wins_over_its_words():
    text = "下沉干部到村里。干部下沉到一线。"
    spans = highlight_spans(text, [("下沉干部", ["下沉", "干部"])])
    assert spans == [(0, 4)]  # the words elsewhere are not marked when the literal occurs


def test_the_words_are_marked_when_the_literal_is_absent():
    text = "干部下沉到一线。"
    assert highlight_spans(text, [("下沉干部", ["下沉", "干部"])]) == [(0, 4)]  # touching: one
    text = "干部们都下沉了。"
    assert highlight_spans(text, [("下沉干部", ["下沉", "干部"])]) == [(0, 2), (4, 6)]


def test_a_quoted_term_has_no_words_to_fall_back_on():
    assert highlight_spans("干部们都下沉了。", [("下沉干部", [])]) == []


def test_overlapping_terms_merge_into_one_span():
    text = "驻村第一书记说"
    spans = highlight_spans(text, [("驻村第一", []), ("第一书记", [])])
    assert spans == [(0, 6)]
    assert text[0:6] == "驻村第一书记"


def test_terms_are_stripped_and_empty_terms_mark_nothing():
    assert highlight_spans("干部", [(" 干部 ", [])]) == [(0, 2)]
    assert highlight_spans("干部", [("  ", [])]) == []


def test_span_count_is_capped():
    text = "干" * (MAX_SPANS * 3)
    spans = highlight_spans(text, [("干", []), ("干", [])])
    assert len(spans) <= MAX_SPANS


# -- offsets point into the original ------------------------------------------------


@pytest.mark.parametrize(
    ("original", "term"),
    [
        ("香港特區政府表示，駐村第一書記制度值得借鑒。", "驻村第一书记"),
        ("全角ＡＢＣ公司与ａｂｃ集团合作。", "abc"),
        ("İstanbul 和 Straße：後來幹部都來了。", "干部"),
        ("表情👍之后，幹部來了", "干部"),
    ],
)
def test_spans_found_on_folded_text_select_the_original_characters(original, term):
    folded = fold(original)
    assert len(folded) == len(original)  # the contract the highlighter relies on
    spans = highlight_spans(folded, [(term, [])])
    assert spans, original
    for s, e in spans:
        assert fold(original[s:e]) == term
    assert any(original[s:e] != term for s, e in spans)  # the original's own characters


@given(
    st.text(alphabet="干部幹部經濟经济ＡＢａｂ ，。", max_size=40),
    st.sampled_from(["干部", "经济", "ab", "部经"]),
)
def test_every_span_folds_back_to_the_term(original, term):
    folded = fold(original)
    spans = highlight_spans(folded, [(term, [])])
    assert spans == merge_spans(spans)  # sorted and disjoint
    assert all(fold(original[s:e]).count(term) >= 1 for s, e in spans)
    assert sum(fold(original[s:e]).count(term) for s, e in spans) == folded.count(term)


# -- sentence bounds and snippets ---------------------------------------------------


def test_sentence_bounds_stop_at_chinese_and_ascii_ends():
    text = "第一句。第二句！第三句? 第四句"
    assert sentence_bounds(text, 5) == (4, 8)
    assert sentence_bounds(text, 0) == (0, 4)
    assert sentence_bounds(text, 9) == (8, 12)
    assert sentence_bounds(text, len(text) - 1) == (12, len(text))


def test_snippet_of_empty_text_and_text_without_matches():
    assert make_snippet("", []).text == ""
    snip = make_snippet("短句。", [])
    assert (snip.text, snip.start, snip.end, snip.lead) == ("短句。", 0, 3, 0)


def test_snippet_is_whole_sentences_around_the_first_match():
    text = "一" * 100 + "。" + "目标句子里有干部。" + "二" * 100 + "。"
    at = text.index("干部")
    snip = make_snippet(text, [(at, at + 2)], target=20)
    assert snip.text == "目标句子里有干部。"
    assert text[snip.start : snip.end] == snip.text and snip.lead == 0


def test_snippet_grows_with_following_then_preceding_sentences():
    text = "前句一。前句二。干部来了。后句一。后句二。"
    at = text.index("干部")
    snip = make_snippet(text, [(at, at + 2)], target=12)
    assert snip.text == "干部来了。后句一。后句二。"  # following sentences first
    assert text[snip.start : snip.end] == snip.text
    text = "前句一。前句二。干部来了。"
    snip = make_snippet(text, [(at, at + 2)], target=12)
    assert snip.text == text and snip.start == 0  # then preceding ones


def test_snippet_skips_leading_spaces():
    text = "前句。\u3000 干部来了。"
    at = text.index("干部")
    snip = make_snippet(text, [(at, at + 2)], target=4)
    assert snip.text == "干部来了。" and text[snip.start] == "干"


def test_one_long_sentence_is_cut_around_the_match_with_ellipses():
    text = "很长" * 200 + "驻村干部" + "很长" * 200 + "。"
    at = text.index("驻村干部")
    snip = make_snippet(text, [(at, at + 4)], target=60)
    assert snip.text.startswith("…") and snip.text.endswith("…") and snip.lead == 1
    body = snip.text[1:-1]
    assert text[snip.start : snip.end] == body
    assert snip.start == at - 60 // 3  # a third of the window before the match
    assert snip.end == snip.start + 60


def test_a_long_sentence_cut_at_its_start_has_no_leading_ellipsis():
    text = "驻村干部" + "很长" * 300 + "。"
    snip = make_snippet(text, [(0, 4)], target=60)
    assert snip.lead == 0 and snip.start == 0
    assert snip.text.startswith("驻村干部") and snip.text.endswith("…")


@given(
    st.lists(
        st.sampled_from(["干部来了。", "很长很长的句子", "！", "。", "经济", " "]), max_size=60
    ),
    st.integers(min_value=4, max_value=200),
)
def test_snippet_offsets_always_select_its_text(parts, target):
    text = "".join(parts)
    spans = highlight_spans(text, [("干部", [])])
    snip = make_snippet(text, spans, target)
    body = snip.text[snip.lead :].removesuffix("…")  # the text itself has no "…"
    assert text[snip.start : snip.end] == body
    if spans and text:
        assert snip.start <= spans[0][0] < snip.end
