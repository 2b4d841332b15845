"""Issue 10, round 12 (sources, sites, authors, dates): families heldout11 missed, on made-up examples.

Each family has positives and negatives; no example is a labelled file's string.
"""

from __future__ import annotations

from index.ingest.dates import find_dates, page_order
from tests.engine.made_up import BODY, build

TITLE = "山区蔬菜喜丰收"


def test_a_two_digit_year_first_with_slashes_or_dots_and_a_time():
    assert [d.iso for d in find_dates("某某新闻　24/12/01 10:20")] == ["2024-12-01"]
    assert [d.iso for d in find_dates("23.05.18 08:05")] == ["2023-05-18"]
    assert [d.iso for d in find_dates("24-3-8 10:15")] == ["2024-03-08"]
    # without a time, or where the first number may be a month or a day, no date
    assert find_dates("24/12/01") == []
    assert find_dates("01/12/24 10:20") == [] and find_dates("11.05.24 10:20") == []
    with page_order("dmy"):  # a page that writes the day first: 24/12/01 is no year first
        assert find_dates("24/12/01 10:20") == []


def test_an_outlets_account_beside_the_follow_button_with_or_without_the_time():
    art = build(f"某某头条\n{TITLE}\n某某新闻　24/12/01 10:20　关注\n\n" + BODY + "\n全文完\n")
    assert (art.meta.source, art.meta.date) == ("某某新闻", "2024-12-01")
    art = build(f"某某快报\n某某融媒　关注\n3天前\n{TITLE}\n首发于 2024-11-26\n" + BODY)
    assert (art.meta.source, art.meta.date, art.meta.author) == ("某某融媒", "2024-11-26", None)
    # a person beside the button stays the author; a place after the time is no posting time
    art = build(f"{TITLE}\n山里的小乔　2024-11-26 10:20　关注\n\n" + BODY)
    assert (art.meta.author, art.meta.date) == ("山里的小乔", "2024-11-26")
    art = build(f"{TITLE}\n某某日报　发布于北京　关注\n2024-11-26\n\n" + BODY)
    assert (art.meta.source, art.meta.author) == (None, None)


def test_a_masthead_with_the_papers_edition_or_latin_name_or_a_dashed_section():
    head = "第02版：要闻\n——副题一行\n" + TITLE + "\n日期：2024-11-25　作者：王某\n\n"
    art = build("某某日报（汉文版）\n" + head + BODY)
    assert (art.meta.source, art.meta.title) == ("某某日报", TITLE)
    art = build("人民日报（海外版）\n" + head + BODY)
    assert art.meta.source == "人民日报海外版"  # an edition the table lists as its own paper
    art = build(
        "某洲日报 Mouzhou Chinese Daily\n本地新闻\n" + TITLE + "\n某城 1 December 2024\n\n" + BODY
    )
    assert art.meta.source == "某洲日报"
    art = build("某某日报 - 县区新闻\n" + TITLE + "\nPublished: 2024-11-22 10:05\n\n" + BODY)
    assert art.meta.source == "某某日报"
    # a section after a dash that is another outlet, or a headline with a Latin word, are not
    art = build("某某日报 - 某某晚报\n" + TITLE + "\n2024-11-22\n\n" + BODY)
    assert art.meta.source != "某某日报"
    art = build("山区蔬菜 Fresh Market\n" + TITLE + "\n2024-11-22\n\n" + BODY)
    assert art.meta.source is None


def test_a_street_office_or_a_farmers_association_opens_its_own_page():
    art = build(
        "某某区某某街道办事处\n首页 > 街道动态\n"
        + TITLE
        + "\n日期：2024/11/08　来源：某某街道\n\n"
        + BODY
    )
    assert (art.meta.site, art.meta.source) == ("某某区某某街道办事处", "某某街道")
    art = build("某某鄉農會\n" + TITLE + "\n日期：2024/11/25\n\n" + BODY)
    assert art.meta.site == "某某鄉農會"
    # 办事处 in a sentence, or a headline ending in 处, names no site
    art = build("我们到了办事处门口\n" + TITLE + "\n2024/11/25\n\n" + BODY)
    assert art.meta.site is None


PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>山区蔬菜喜丰收</h1>
<div class="meta">发布于 2024-11-28</div>
<p>{p1}</p><p>{p2}</p>
<div class="ft">{footer}</div>
</body></html>"""


def _page(title, footer, tmp_path):
    from tests.engine.made_up import P1, P2, build_page

    return build_page(PAGE.format(title=title, footer=footer, p1=P1, p2=P2), tmp_path)


def test_a_copyright_line_naming_the_site_itself_makes_the_page_its_own(tmp_path):
    art = _page("山区蔬菜喜丰收 - 某城港湾", "© 某城港湾 版权所有", tmp_path)
    assert (art.meta.site, art.meta.source) == ("某城港湾", "某城港湾")
    art = _page("山区蔬菜喜丰收 - 某城港湾", "© mcgw.com 版权所有", tmp_path)
    assert (art.meta.site, art.meta.source) == ("某城港湾", "某城港湾")
    # a domain is never a name; another holder than the site credits nothing by this rule
    art = _page("山区蔬菜喜丰收", "© mcgw.com 版权所有", tmp_path)
    assert art.meta.source != "mcgw.com"
    art = _page("山区蔬菜喜丰收 - 某城港湾", "© 好吃小店 版权所有", tmp_path)
    assert art.meta.source is None


def test_a_bodys_title_then_its_own_news_section(tmp_path):
    art = _page("某某鄉農會 | 農會新聞", "", tmp_path)
    assert (art.meta.site, art.meta.source) == ("某某鄉農會", "某某鄉農會")
    art = _page("某某民政事務處 - 新聞公報", "", tmp_path)
    assert (art.meta.site, art.meta.source) == ("某某民政事務處", "某某民政事務處")
    # an outlet after the headline is still the site; a headline ending in 处 is no body
    art = _page("山区蔬菜喜丰收 - 某某新闻网", "", tmp_path)
    assert art.meta.site == "某某新闻网"
    from index.ingest.html import _names_a_site

    assert not _names_a_site("乡村旅游的好去处") and _names_a_site("某某街道办事处")
