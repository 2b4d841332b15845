"""The shared Chinese line breaker: kinsoku rules, unsplit numbers, cell widths, and its users."""

from __future__ import annotations

import io
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from index.config import CitationConfig
from index.engine.models import Facets, SearchResult
from search_app.linebreak import NO_END, NO_START, break_lines, wrap
from search_app.render import render_result
from search_app.tui.model import Passage
from search_app.tui.render import hit_prompt, paragraph_content
from search_app.tui.screens.basket import basket_prompt
from tests.tui.test_units import make_hit

TEXT = (
    "习近平总书记强调：“要持续改进作风，落实‘四下基层’，坚持和发展新时代‘枫桥经验’。”"
    "2024年共有23,228个段落，增长3.5%，COVID-19疫情——后来……结束了。"
    "《人民日报》（2024年02月20日19版）报道：村民人均增收3000元以上！"
)


def assert_kinsoku(lines: list[str]) -> None:
    for line in lines[1:]:
        assert line[:1] not in NO_START, lines
    for line in lines[:-1]:
        assert line[-1:] not in NO_END, lines


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation():
    for width in range(6, 60):
        lines = wrap(TEXT, width)
        assert "".join(lines) == TEXT
        assert_kinsoku(lines)
        assert all(cell_len(line) <= width for line in lines), (width, lines)


def test_numbers_latin_words_dash_and_ellipsis_are_not_split():
    for width in range(10, 60):
        lines = wrap(TEXT, width)
        for token in ("23,228", "3.5%", "COVID-19", "3000", "2024", "——", "……"):
            assert any(token in line for line in lines), (width, token, lines)


def test_widths_are_terminal_cells():
    # 10 CJK characters are 20 cells: two lines of 5 at width 10, not one line.
    assert wrap("一二三四五六七八九十", 10) == ["一二三四五", "六七八九十"]
    assert wrap("一二三四五六七八九十", 9) == ["一二三四", "五六七八", "九十"]


def test_forbidden_characters_move_with_their_neighbour():
    # At width 8 (4 CJK) the 。 would start line 2; the last character goes down with it.
    assert wrap("一二三四。五六", 8) == ["一二三", "四。五六"]
    # An opening quote never ends a line: it goes down with the word it opens.
    assert wrap("一二三“四五”", 8) == ["一二三", "“四五”"]


def test_spaces_newlines_and_overlong_words():
    assert wrap("hello world again", 11) == ["hello world", "again"]
    assert wrap("第一行\n第二行", 40) == ["第一行", "第二行"]
    url = "https://example.com/" + "a" * 30
    lines = wrap("见" + url + "。", 20)
    assert "".join(lines) == "见" + url + "。"
    assert all(cell_len(line) <= 20 for line in lines)


def test_spans_point_into_the_text():
    spans = break_lines(TEXT, 24)
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


ALPHABET = "一二三四五六七八九十驻村书记干部，。、；：？！“”‘’（）《》「」…—0123456789.,%abcXYZ "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=120), st.integers(6, 50))
def test_property_kinsoku_and_fit(text, width):
    lines = wrap(text, width)
    # Nothing is lost but spaces at line ends.
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    for line in lines:
        if cell_len(line) > width:
            # only an unbreakable run wider than the line may overflow, and then it is cut
            raise AssertionError((width, lines))
    # Kinsoku holds unless a forced cut of an over-wide run was needed.
    chains = re.findall(r"[^ ]+", text)
    if all(cell_len(c) <= width // 2 for c in chains):
        assert_kinsoku(lines)


# -- its users ----------------------------------------------------------------------


def test_tui_snippets_and_paragraphs_follow_kinsoku():
    hit = make_hit(snippet=TEXT, snippet_end=len(TEXT), text=TEXT, highlights=[(0, 3)])
    for width in range(30, 90, 7):
        body = hit_prompt(hit, width).plain.split("\n")[2:]
        assert_kinsoku([line.strip() for line in body])
        para = paragraph_content(TEXT, [], 3, width).plain.rstrip("\n").split("\n")
        lines = [line[5:] for line in para]
        assert "".join(lines) == TEXT
        assert_kinsoku(lines)


def test_basket_rows_wrap_with_hanging_indent():
    passage = Passage.from_hit(make_hit(text=TEXT), CitationConfig())
    for width in (40, 57, 80):
        rows = basket_prompt(1, passage, width).plain.split("\n")
        body = [r for r in rows[2:] if r]
        assert body and all(r.startswith("    ") for r in body)  # never back at column 1
        assert all(cell_len(r) <= width for r in rows)
        assert_kinsoku([r[4:] for r in body])
        for token in ("23,228", "2024"):
            joined = "".join(r[4:] for r in body)
            if token in joined.rstrip("…"):
                assert any(token in r for r in body)


def test_cli_output_on_a_terminal_follows_kinsoku():
    hit = make_hit(snippet=TEXT, snippet_end=len(TEXT), text=TEXT, highlights=[])
    result = SearchResult("q", 1, Facets(), [hit])
    for width in (40, 61, 80):
        out = io.StringIO()
        render_result(result, Console(file=out, width=width, force_terminal=True, no_color=True))
        lines = out.getvalue().split("\n")[1:]
        body = [line[5:] for line in lines if line.startswith("     ")]
        assert "".join(body) == TEXT
        assert_kinsoku(body)
        assert all(cell_len(line) <= width for line in lines)
