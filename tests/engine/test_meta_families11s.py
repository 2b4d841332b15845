"""Issue 10, round 11 (sources, sites, authors, dates): families heldout10 missed, on made-up examples.

A footer opening with the body whose site it is, then its licence number or service line. Each
family has positives and negatives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build, build_page, joined

PAGE = """<html><head><meta charset="utf-8"><title>山区蔬菜喜丰收</title></head><body>
<div class="crumb">当前位置：首页 &gt; 市县动态</div>
<h1>山区蔬菜喜丰收</h1>
<div class="meta">发布日期：2024-05-06　来源：某某市农业农村局</div>
<div class="body"><p>{p1}</p><p>{p2}</p></div>
<div class="footer">{footer}</div>
</body></html>"""


def test_a_footer_naming_the_body_beside_its_licence_or_service_line(tmp_path):
    for footer, site in [
        ("某某省农业农村厅　某ICP备05004321号", "某某省农业农村厅"),
        ("某某省民政厅主办　某ICP备05001122号", "某某省民政厅"),
        ("国家税务总局某某省税务局　纳税服务热线：12366", "国家税务总局某某省税务局"),
    ]:
        art = build_page(PAGE.format(p1=P1, p2=P2, footer=footer), tmp_path)
        assert (art.meta.site, art.meta.source) == (site, "某某市农业农村局"), footer
        assert "12366" not in joined(art) and "ICP" not in joined(art)
    # not a body: a shop's name beside its licence, nor a sentence about a hotline
    art = build_page(PAGE.format(p1=P1, p2=P2, footer="好吃不贵小店　某ICP备05004321号"), tmp_path)
    assert art.meta.site is None
    art = build(
        "山区蔬菜喜丰收\n2024-05-06\n\n" + BODY + "\n市民可拨打服务热线反映问题，县里将及时办理。\n"
    )
    assert art.meta.site is None and "服务热线反映问题" in joined(art)


def test_a_video_platforms_screen_names_the_platform_and_the_account_the_source():
    caption = "山区蔬菜喜丰收"
    art = build(
        f"@某某县融媒体中心\n{caption}\n发布时间：2024-10-02 18:20\n\n"
        + BODY
        + "\n1.2万　532　806　2187\n作者声明：内容由本人拍摄\n"
    )
    assert (art.meta.site, art.meta.source) == ("抖音", "某某县融媒体中心")
    art = build(
        f"某某融媒\n快手号：mou_rongmei\n{caption}\n发布于 2024-01-18\n12.6万次播放　3.1万赞\n\n"
        + BODY
        + "\n推荐视频\n"
    )
    assert (art.meta.site, art.meta.source, art.meta.date) == ("快手", "某某融媒", "2024-01-18")
    art = build(
        f"某某发布\n某某县融媒体中心官方视频号\n{caption}\n\n"
        + BODY
        + "\n2024年9月14日\n赞 326　转发 58　评论 41\n"
    )
    assert (art.meta.site, art.meta.date) == ("微信视频号", "2024-09-14")
    # one mark alone names no platform: a paper's page with a related-videos list
    art = build(f"{caption}\n2024-01-18　来源：某某日报\n\n" + BODY + "\n推荐视频\n")
    assert art.meta.site is None and art.meta.source == "某某日报"
    # 融媒 ends an outlet's name only after a name: 融媒 alone, a sentence with it, are not
    from index.ingest.publishers import looks_like_outlet

    assert looks_like_outlet("某某融媒") and not looks_like_outlet("融媒")


def test_wechats_byline_with_the_outlets_brand_in_the_authors_slot():
    art = build(
        "山区蔬菜喜丰收\n原创 某某融媒 某某发布 2024年10月08日 20:30 广东\n点击蓝字 关注我们\n\n"
        + BODY
        + "\n来源：某某市融媒体中心\n"
    )
    assert (art.meta.site, art.meta.source, art.meta.date, art.meta.author) == (
        "某某发布",
        "某某市融媒体中心",
        "2024-10-08",
        None,
    )
    assert "原创" not in joined(art)
    # a person in the slot stays the author
    art = build("山区蔬菜喜丰收\n原创 王小明 某某发布 2024年10月08日 20:30 广东\n\n" + BODY)
    assert (art.meta.author, art.meta.date) == ("王小明", "2024-10-08")


def test_a_reader_apps_site_line_with_the_reading_time():
    for line in ("某某新闻网 · 3 min read", "某某新闻网 | 约5分钟读完"):
        art = build(
            f"山区蔬菜喜丰收\n{line}\nView Original\n\n2024年10月17日　来源：某某日报\n\n" + BODY
        )
        assert (art.meta.site, art.meta.source, art.meta.date) == (
            "某某新闻网",
            "某某日报",
            "2024-10-17",
        ), line
        assert "min read" not in joined(art)
    # a sentence about minutes of reading stays text
    art = build("山区蔬菜喜丰收\n2024-10-17\n\n孩子们每天坚持阅读约30分钟。\n\n" + BODY)
    assert art.meta.site is None and "阅读约30分钟" in joined(art)


def test_dates_in_era_years_and_in_the_languages_of_papers_abroad():
    from index.build.folding import fold
    from index.ingest.dates import find_dates

    def iso(text):
        return [d.iso for d in find_dates(fold(text))]

    assert iso("令和6年（2024年）10月5日") == ["2024-10-05"]
    assert iso("平成31年4月30日") == ["2019-04-30"] and iso("令和元年5月1日") == ["2019-05-01"]
    assert iso("quinta-feira, 31 de outubro de 2024") == ["2024-10-31"]
    assert iso("jueves 31 de octubre de 2024") == ["2024-10-31"]
    assert iso("31 octobre 2024") == ["2024-10-31"]
    assert iso("ngày 22 tháng 11 năm 2024") == ["2024-11-22"]
    # not dates: a month word that is no month, an impossible day, an era with no day
    assert iso("31 de foo de 2024") == [] and iso("32 de outubro de 2024") == []
    assert iso("令和6年10月") == []
    for line, date in [
        ("Thứ Sáu, 22/11/2024 16:05 (GMT+7)", "2024-11-22"),
        ("发布：quinta-feira, 31 de outubro de 2024", "2024-10-31"),
        ("令和6年（2024年）10月5日", "2024-10-05"),
    ]:
        art = build(f"山区蔬菜喜丰收\n{line}\n\n" + BODY)
        assert art.meta.date == date, line
        assert P1 in joined(art) and "2024" not in joined(art)
    # a sentence with such a date stays text and dates nothing
    art = build("山区蔬菜喜丰收\n\nO evento foi em 31 de outubro de 2024, disse ele.\n\n" + BODY)
    assert art.meta.date is None and "outubro" in joined(art)


def test_a_papers_reporters_station_credits_the_paper():
    from index.ingest.metadata import _source_value

    assert _source_value("龙报记者站")[0] == "龙报"
    assert _source_value("某某日报驻某市记者站")[0] == "某某日报"
    art = build("山区蔬菜喜丰收\n20.11.2024　来源：某某晚报记者站\n\n" + BODY)
    assert (art.meta.source, art.meta.date) == ("某某晚报", "2024-11-20")
    # a station that is no paper's: a weather station, a site's own name
    assert _source_value("某某气象站")[0] == "某某气象站"
    assert _source_value("某某网站")[0] == "某某网站"


def test_a_foreign_papers_chinese_edition_is_its_own_publication():
    from index.ingest.publishers import publishers

    assert publishers().canonical("西贡解放日报中文版") == "西贡解放日报中文版"
    assert publishers().canonical("西贡解放日报") == "西贡解放日报"


def test_an_aggregator_apps_share_page_and_the_first_publication_note():
    art = build(
        "某某板报 打开App\n山区蔬菜喜丰收\n某某新闻网　昨天 14:22　关注\n\n"
        + BODY
        + "\n本文首发于2024年11月29日，来源：某某县融媒体中心\n打开App看更多精彩内容\n举报\n"
    )
    assert (art.meta.site, art.meta.source, art.meta.date) == (
        "某某板报",
        "某某县融媒体中心",
        "2024-11-29",
    )
    assert "首发于" not in joined(art)
    # a prompt only on top names no app; a sentence about first publication stays text
    art = build("某某板报 打开App\n山区蔬菜喜丰收\n2024-11-29\n\n" + BODY)
    assert art.meta.site is None
    art = build(
        "山区蔬菜喜丰收\n2024-11-29\n\n" + BODY + "\n这首歌首发于2020年，来源于当地民谣。\n"
    )
    assert art.meta.source is None and "首发于2020年" in joined(art)


def test_a_forum_threads_first_poster_is_its_author():
    for line in ("楼主：山里的老周　发表于 2024-5-7 21:33", "发帖人：山里的老周　2024-5-7 21:33"):
        art = build(f"某某社区 > 三农观察\n回老家看了看村里的变化\n{line}\n\n" + BODY)
        assert (art.meta.author, art.meta.date) == ("山里的老周", "2024-05-07"), line
    # the posting verb ends any labelled name; a sentence about the thread's poster stays text
    art = build("山区蔬菜喜丰收\n作者：王某　发表于 2024-5-7 21:33\n\n" + BODY)
    assert art.meta.author == "王某"
    art = build("山区蔬菜喜丰收\n2024-05-07\n\n楼主说的情况我们村也有，大家都很关心。\n\n" + BODY)
    assert art.meta.author is None and "楼主说的情况" in joined(art)


def test_a_blog_platforms_top_bar_names_the_platform():
    art = build(
        "博客中国　某某人的博客　首页　博文　相册　关于我\n山区蔬菜喜丰收\n"
        "发布时间：2024-09-02 15:47:03\n转自：某某日报\n\n" + BODY
    )
    assert (art.meta.site, art.meta.source, art.meta.date) == ("博客中国", "某某日报", "2024-09-02")
    # an unknown name with blog words names nothing
    art = build("某某人的博客　首页　博文　相册\n山区蔬菜喜丰收\n2024-09-02\n\n" + BODY)
    assert art.meta.site is None


def test_a_read_later_apps_note_properties():
    art = build(
        "# 山区蔬菜喜丰收\n\n## Metadata\n- Author: [[某某日报]]\n- Full Title: 山区蔬菜喜丰收\n"
        "- Category: #articles\n- Published: 2024-03-06\n\n## Full Document\n" + BODY,
        "x.md",
    )
    assert (art.meta.source, art.meta.date, art.meta.author) == ("某某日报", "2024-03-06", None)
    assert "Author" not in joined(art)
    art = build("# 山区蔬菜喜丰收\n\n- Author: 王小明\n- Published: 2024-03-06\n\n" + BODY, "x.md")
    assert (art.meta.author, art.meta.source) == ("王小明", None)
    # one property-shaped bullet alone is a list item of the text: no rule reads it (the
    # fallback ranker may still offer the outlet it names)
    art = build("# 山区蔬菜喜丰收\n\n2024-03-06\n\n- Author: 某某日报\n\n" + BODY, "x.md", True)
    assert art.meta.source is None


def test_the_labelled_line_under_a_videos_caption():
    art = build(
        "@某某县融媒体中心\n某某县融媒体中心官方账号\n山区蔬菜喜丰收 村民直播带货忙。#乡村振兴 #百香果\n"
        "发布时间：2024-10-02 18:20\n1.2万　532　806　2187\n\n"
        + BODY
        + "\n作者声明：内容由本人拍摄\n"
    )
    assert (art.meta.title, art.meta.date) == ("山区蔬菜喜丰收 村民直播带货忙", "2024-10-02")
    assert "发布时间" not in joined(art)
    # without a caption taken as the title, a sentence under the first line stays text
    art = build("山区蔬菜喜丰收\n\n" + P1 + "\n时间：过去三年里，镇里办了很多实事。\n\n" + P2)
    assert "过去三年里" in joined(art)
