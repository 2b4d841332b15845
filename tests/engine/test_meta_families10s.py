"""Issue 10, round 10 (sources, sites, authors, dates): families heldout9 missed, on made-up examples.

Day and month before the year in either order, decided by evidence; a blog's poster 于 the
time 发布; an English copyright line's first word is no name; a site's logo before its whole
menu. Each family has positives and negatives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, build


def test_day_and_month_before_the_year_in_the_order_the_evidence_shows():
    from index.ingest.dates import day_month_order, find_dates

    def iso(text, order=None):
        return [d.iso for d in find_dates(text, order=order)]

    # a number over 12 is the day; the other order when the month's place holds it
    assert iso("28-10-2024　编辑：amy") == ["2024-10-28"]
    assert iso("19/09/2024") == ["2024-09-19"]
    assert iso("11/21/2024 10:12 am est") == ["2024-11-21"]
    assert iso("03.11.2024") == [None]  # nothing decides: a date's place, no date
    # a US time zone puts the month first; the page's own order decides the rest
    assert iso("03/04/2024 10:00 pm pst") == ["2024-03-04"]
    assert iso("03/04/2024", order="dmy") == ["2024-04-03"]
    assert iso("03/04/2024", order="mdy") == ["2024-03-04"]
    assert day_month_order(["19/09/2024 作者：某某", "更新于 03/04/2024"]) == "dmy"
    assert day_month_order(["11/21/2024", "03/04/2024"]) == "mdy"
    assert day_month_order(["19/09/2024", "11/21/2024"]) is None  # they disagree
    # not dates: impossible days, a version number, a year first (read as before)
    assert iso("31/31/2024") == []
    assert iso("v1.12.2024", order="dmy") == []
    assert iso("2024-10-28") == ["2024-10-28"]


def test_a_page_reads_its_ambiguous_dates_in_its_own_order():
    art = build("山区蔬菜喜丰收\n03/04/2024　作者：周某\n\n" + BODY + "\n评论：某某 21/04/2024\n")
    assert (art.meta.date, art.meta.author) == ("2024-04-03", "周某")
    art = build("山区蔬菜喜丰收\n03/04/2024　作者：周某\n\n" + BODY)
    assert art.meta.date is None and art.meta.author == "周某"
    art = build("山区蔬菜喜丰收\n11/21/2024 10:12 AM EST　来源：某某中文网\n\n" + BODY)
    assert (art.meta.date, art.meta.source) == ("2024-11-21", "某某中文网")


def test_a_blogs_poster_then_the_time_it_was_posted():
    art = build(
        "山区蔬菜喜丰收\n某某观察　于 2024-06-03 14:21:05 发布\n\n"
        + BODY
        + "\n文章来源：某某晚报\n"
    )
    assert (art.meta.date, art.meta.source) == ("2024-06-03", "某某晚报")
    # a sentence about what was published that day stays text
    art = build(
        "山区蔬菜喜丰收\n2025-06-05\n\n县里于 2024-06-03 发布了新规，群众纷纷点赞。\n\n" + BODY
    )
    assert art.meta.date == "2025-06-05"
    assert "县里于 2024-06-03 发布了新规" in "\n".join(p.text for p in art.paragraphs)


def test_an_english_copyright_lines_first_word_is_no_name():
    foot = "\nCopyright © 2024 Someplace New Express Daily. All rights reserved.\n"
    art = build("山区蔬菜喜丰收\n2025-06-05\n\n" + BODY + foot)
    assert art.meta.source is None and art.meta.site is None
    # one word is the whole name
    art = build("山区蔬菜喜丰收\n2025-06-05\n\n" + BODY + "\nCopyright © Mouvision\n")
    assert art.meta.source == "Mouvision"


def test_a_sites_logo_before_its_whole_menu():
    art = build("某城新快网　新闻　社区　财经　地产\n山区蔬菜喜丰收\n2025-06-05\n\n" + BODY)
    assert (art.meta.title, art.meta.source) == ("山区蔬菜喜丰收", "某城新快网")
    # a menu that opens on a section, or on another outlet, names no outlet
    art = build("即时新闻　港闻　两岸　财经　体育\n山区蔬菜喜丰收\n2025-06-05\n\n" + BODY)
    assert art.meta.source is None
    art = build("某城新快网　新闻　某某日报　财经　地产\n山区蔬菜喜丰收\n2025-06-05\n\n" + BODY)
    assert art.meta.source != "某城新快网"
    # long section names make no menu of a site
    art = build(
        "某城新快网　乡村振兴新闻　社区治理动态　财经要闻　地产\n山区蔬菜喜丰收\n2025-06-05\n\n"
        + BODY
    )
    assert art.meta.source is None


def test_a_line_of_fields_under_a_headline_the_zones_took_for_text():
    note = "各村（社区）：现将《某某日报》有关报道转发给你们，请认真学习借鉴。\n\n"
    art = build(note + "山区蔬菜喜丰收\n\n来源：某某日报　时间：2024年1月16日\n\n" + BODY)
    assert (art.meta.source, art.meta.date) == ("某某日报", "2024-01-16")
    assert "来源：某某日报" not in "\n".join(p.text for p in art.paragraphs)
    # a meeting's time and place in the text is no metadata (a prose line above: the cover
    # note forwarding a piece is chrome since meta10c, so its lines are header lines)
    prose = "村里开会的事，大家都很关心，早早就来到了会场。\n\n"
    art = build(prose + "山区蔬菜喜丰收\n\n时间：2024年1月16日　地点：县政府三楼会议室\n\n" + BODY)
    assert art.meta.date is None
    # a sentence that starts with 来源 stays text
    art = build(note + "来源：村民自筹资金五万元，时间：两个月内完工。\n\n" + BODY)
    assert art.meta.source is None
