"""Issue 15 in the app: titles, reader's paragraph numbers, the passage view's hit count."""

from __future__ import annotations

from search_app.tui.render import hit_prompt, paragraph_content
from search_app.tui.screens.passage import ParagraphList, PassageScreen
from search_app.tui.widgets.results import ResultsList
from tests.tui.conftest import settle
from tests.tui.test_units import make_hit

SIZE = (120, 40)


def test_untitled_article_never_shows_its_heading_as_title():
    hit = make_hit(title=None, heading="“沉”出担当", relpath="news/2024/a.txt")
    first = hit_prompt(hit, 80).plain.split("\n")[0]
    assert "沉”出担当" not in first and "(无标题) a.txt" in first


def test_heading_and_caption_have_no_number_in_the_margin():
    assert paragraph_content("小标题", [], None, 40, is_heading=True).plain.startswith(
        "     小标题"
    )
    assert paragraph_content("正文。", [], 7, 40).plain.startswith("  7  正文。")


async def test_passage_view_counts_all_hits_and_reader_paragraphs(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.main.query_one(ResultsList)
        assert results.total == 190 and len(results.hits) < 190  # browsing, one page loaded
        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen)
        where = str(screen.query_one("#passage-position").render())
        assert "hit 1 of 190" in where
        # every numbered margin is the reader's count; headings have none
        await pilot.press("w")
        await settle(app, pilot)
        plist = screen.query_one(ParagraphList)
        article = screen.article
        for option, para in zip(plist.options, article.paragraphs, strict=True):
            label = str(option.prompt)[:5].strip()
            if para.is_heading:
                assert para.cite_paragraph is None and label == ""
            else:
                assert label == str(para.cite_paragraph)
        counted = [p.cite_paragraph for p in article.paragraphs if p.cite_paragraph]
        assert counted == list(range(1, len(counted) + 1))
