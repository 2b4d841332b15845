"""Issue 10, round 9 (sources, sites, authors, dates): families heldout8 missed, on made-up examples.

A top line naming the outlet, then sections of its site; a paper's name with a site word as the
paper's own website; the publisher table's website rows naming the outlet that runs them (the
credited outlet vs its website); forums named by their kind; English copyright lines without a
year; names the table knows in another language. Each family has positives and negatives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build, build_page


def test_a_top_line_naming_the_outlet_then_sections_of_its_site():
    # an unknown site, its section after a dot, a wide space or a bar
    for top in ("某城时间网 · 镇街", "某某新闻网　区县新闻", "某城新闻网 | 县区新闻"):
        art = build(f"{top}\n山区蔬菜喜丰收\n来源：某某晚报　2025-06-12 09:30\n\n" + BODY)
        assert (art.meta.title, art.meta.source) == ("山区蔬菜喜丰收", "某某晚报"), top
        assert art.meta.site == top.split()[0]
    # an unknown paper with its Latin name, then a section: the title is the headline under it
    art = build("某某华文日报 Mouhua Daily　|　国际\n山区蔬菜喜丰收\n2025年6月12日\n\n" + BODY)
    assert (art.meta.title, art.meta.source) == ("山区蔬菜喜丰收", "某某华文日报")
    # a known paper in traditional script, then its section
    art = build("成報　港聞\n山區蔬菜喜豐收\n2025年6月12日 星期四\n\n" + BODY)
    assert art.meta.source == "成報"
    # a menu bar (more parts) or a nav word shaped like an outlet names no outlet
    art = build("即時新聞 | 港聞 | 兩岸 | 財經\n山區蔬菜喜豐收\n2025年6月12日\n\n" + BODY)
    assert art.meta.source is None
    # two outlets on the top line stay two outlets (a paper and its site)
    art = build("新安晚报　安徽网\n山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("新安晚报", "安徽网")
    # a headline of two phrases is no masthead
    art = build("山区蔬菜　喜获丰收\n2025-06-12 09:30 来源：某某日报\n\n" + BODY)
    assert art.meta.site is None


def test_a_known_papers_name_with_a_site_word_is_the_papers_website():
    art = build("钱江晚报网\n山区蔬菜喜丰收\n2025-06-12 09:30\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("钱江晚报", "钱江晚报网")
    # an unknown name with the same ending is a site, crediting nobody it does not name
    art = build("某某晚报网\n山区蔬菜喜丰收\n2025-06-12 09:30　来源：某某日报\n\n" + BODY)
    assert (art.meta.source, art.meta.site) == ("某某日报", "某某晚报网")


def test_a_website_row_names_the_outlet_running_it():
    from index.ingest.publishers import publishers

    assert publishers().website("香港文匯報").name == "文匯網"
    assert publishers().website("明报").name == "明報新聞網"
    assert publishers().website("文匯網") is None  # a website runs no other website
    assert publishers().website("某某日报") is None
    # a breadcrumb's root is the website: the paper's name there names its website
    art = build("香港文匯報 > 內地新聞\n山區蔬菜喜豐收\n2025年06月12日（星期四）\n\n" + BODY)
    assert art.meta.site == "文匯網"
    # after 首页 the paper's name is a channel of some other site
    art = build("首页 > 香港文匯報 > 內地\n山區蔬菜喜豐收\n2025年06月12日\n\n" + BODY)
    assert art.meta.site != "文匯網"
    # a website credited in the lead is credited by the website's name
    art = build("某地新闻一则\n【财新网】（记者 周晓）一季度，新能源汽车出口较快增长。" + BODY)
    assert art.meta.source == "财新网"


def test_a_name_written_with_a_space_the_canonical_name_has_not():
    from index.ingest.publishers import publishers

    assert publishers().canonical("now 新聞") == "now新聞"
    assert publishers().canonical("聯合報") == "聯合報"  # its own script stays
    assert publishers().canonical("LINE TODAY") == "LINE TODAY"


def test_a_forum_named_by_its_kind_opens_its_boards_breadcrumb():
    art = build(
        "某城社区 › 某地论坛 › 本地新闻\n山区蔬菜喜丰收\n楼主：老张　发表于 2025-5-18 21:03:44\n转自：某某日报\n\n"
        + BODY
    )
    assert (art.meta.source, art.meta.site) == ("某某日报", "某城社区")
    # after 首页 it is a board of another site
    art = build("首页 > 某城社区 > 通知\n山区蔬菜喜丰收\n2025-5-18 21:03:44\n\n" + BODY)
    assert art.meta.site is None


def test_an_english_copyright_line_without_a_year(tmp_path):
    text = (
        "山区蔬菜喜丰收\n2025-06-12\n\n"
        + BODY
        + "\n© Center for China and Globalization. All rights reserved.\n"
    )
    assert build(text).meta.source == "全球化智库"
    # an unknown company credits nobody
    text = text.replace("Center for China and Globalization", "Example Widgets Inc")
    assert build(text).meta.source is None


def test_a_long_name_the_table_knows_in_a_title_suffix(tmp_path):
    from index.ingest.html import _site_from_title

    title = "某局组织企业参展 - Direcção dos Serviços de Economia e Desenvolvimento Tecnológico"
    assert _site_from_title(title).startswith("Direcção")
    # an unknown long tail is the rest of a headline
    assert _site_from_title("某局组织企业参展 - an unknown long english subtitle here") is None
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        "<h2>某局组织企业参展</h2><div>日期：2025年5月20日</div>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P1}</p></div></body></html>"
    )
    art = build_page(page, tmp_path)
    assert (art.meta.source, art.meta.site) == ("經濟及科技發展局", "經濟及科技發展局")


def test_a_clippers_author_of_a_wechat_page_yields_to_the_credit_in_the_text():
    fm = "---\nsource: https://mp.weixin.qq.com/s/Ab3kL9\nauthor: 某县发布\n---\n\n# 山区蔬菜喜丰收\n\n"
    art = build(fm + BODY + "\n来源：某县融媒体中心\n", "x.md")
    assert (art.meta.source, art.meta.site) == ("某县融媒体中心", "某县发布")
    # with no credit in the text the account is the source
    art = build(fm + BODY, "x.md")
    assert (art.meta.source, art.meta.site) == ("某县发布", "微信公众号")


def test_buddhist_era_and_english_dates():
    from index.ingest.dates import find_dates

    def iso(text: str) -> list[str]:
        return [d.iso for d in find_dates(text)]

    assert iso("佛历2567年10月3日") == ["2024-10-03"]
    assert iso("佛曆2568/1/5") == ["2025-01-05"]
    assert iso("date: mon, 14 oct 2024 09:00:12 +0800") == ["2024-10-14"]
    assert iso("nov 6, 2024 | research notes") == ["2024-11-06"]
    assert iso("posted on august 8, 2024 by 某报") == ["2024-08-08"]
    assert iso("6 november 2024") == ["2024-11-06"]
    # a month and a year, or words that only look like months, are no date
    assert iso("may 2024 report") == []
    assert iso("in 2024 may 5 people came") == []
    assert iso("2567年10月3日") == []  # a Buddhist-era year needs its 佛历
    art = build("某某华文日报　侨社新闻\n山区蔬菜喜丰收\n佛历2567年10月3日\n\n" + BODY)
    assert art.meta.date == "2024-10-03"


def test_an_emails_headers_give_its_date_and_are_never_the_headline():
    head = (
        "From: 某某研究简报 <news@example.edu.cn>\nTo: readers@example.edu.cn\n"
        "Subject: 【简报第42期】山区蔬菜喜丰收\nDate: Mon, 14 Oct 2024 09:00:12 +0800\n\n"
        "山区蔬菜喜丰收\n来源：某某研究院\n\n"
    )
    art = build(head + BODY)
    assert (art.meta.title, art.meta.date, art.meta.source) == (
        "山区蔬菜喜丰收",
        "2024-10-14",
        "某某研究院",
    )
    # a lone 'Date:' line is not a mail's header block
    art = build("山区蔬菜喜丰收\nDate: 2024-10-14\n\n" + BODY)
    assert art.meta.date == "2024-10-14"


def test_a_notes_apps_stamp_yields_to_the_pasted_pages_own_date():
    note = "山区蔬菜喜丰收\n2024年6月3日 星期一\n14:22\n\n山区蔬菜喜丰收\n来源：某某日报\n\n"
    pasted = "\n已从 <https://www.example.cn/content/2024-06/02/content_1234567.htm> 粘贴\n"
    assert build(note + BODY + pasted).meta.date == "2024-06-02"
    # with nothing else dated, the stamp is the date
    assert build(note + BODY).meta.date == "2024-06-03"
    # a date line without the time line under it is the page's date
    page = "山区蔬菜喜丰收\n2024年6月3日 星期一\n来源：某某日报\n\n"
    assert build(page + BODY + pasted).meta.date == "2024-06-03"


def test_a_datelines_year_from_the_copyright_footer():
    lead = "港商回鄉投資\n中通社香港11月3日電（記者 梁某）多名香港商人近日組團回到廣東，考察村落的活化項目。\n\n"
    art = build(lead + BODY + "\n© 2024 中國通訊社 版權所有\n")
    assert (art.meta.date, art.meta.source) == ("2024-11-03", "中通社")
    # no year anywhere: no date made up
    assert build(lead + BODY).meta.date is None


def test_an_epapers_issue_code():
    head = "某某时报　电子版\n版次：03　基层·林区　期号：20240611\n山区蔬菜喜丰收\n本报记者　杨某某\n\n"
    art = build(head + BODY)
    assert (art.meta.source, art.meta.date, art.meta.author) == ("某某时报", "2024-06-11", "杨某某")
    # an issue number that is no date
    art = build("山区蔬菜喜丰收\n期号：第42期\n\n" + BODY)
    assert art.meta.date is None


def test_wechats_byline_without_the_original_mark():
    for line in (
        "某县发布 某县发布 2024年04月02日 20:16 河北",
        "某县发布 2024-04-02 20:16 发表于河北",
    ):
        art = build(f"山区蔬菜喜丰收\n{line}\n\n" + BODY + "\n来源：某县融媒体中心\n")
        assert (art.meta.date, art.meta.source, art.meta.site) == (
            "2024-04-02",
            "某县融媒体中心",
            "某县发布",
        ), line
    # the same line under a clipper's excerpt block, inside the text
    text = "# 山区蔬菜喜丰收\n\n> 山里的蔬菜今年喜获丰收，菜农们的收入也跟着涨了一大截。\n\n---\n\n某县发布 2024年10月29日 18:30 重庆\n\n"
    assert build(text + BODY, "x.md").meta.date == "2024-10-29"
    # a portal's 发布于 line or a place that is no province is not WeChat's byline
    art = build("山区蔬菜喜丰收\n某某日报客户端 2024-04-09 19:44 发布于北京\n\n" + BODY)
    assert art.meta.site != "微信公众号"
    art = build("山区蔬菜喜丰收\n某县发布 2024-04-02 20:16 城关\n\n" + BODY)
    assert art.meta.site != "微信公众号"
    art = build("山区蔬菜喜丰收\n某某日报 2024-04-02 20:16 北京\n\n" + BODY)
    assert art.meta.site != "微信公众号"  # an ISO day needs WeChat's 发表于


def test_an_account_named_by_its_bodys_function_and_place_is_the_bodys_own():
    from index.ingest.metadata import _own_account

    assert _own_account("廉洁某县", "某县纪委监委")
    assert _own_account("清风某县", "中共某县纪律检查委员会 某县监察委员会")
    assert _own_account("某县检察", "某县人民检察院")
    assert not _own_account("某县发布", "某县融媒体中心")  # another body of the same place
    assert not _own_account("廉洁某县", "某市纪委监委")  # another place
    text = "山区蔬菜喜丰收\n廉洁某县 2024-03-08 18:05 发表于陕西\n\n"
    art = build(text + BODY + "\n来源：某县纪委监委 / 撰稿：张某 / 编辑：赵某\n")
    assert (art.meta.source, art.meta.site, art.meta.author) == (
        "某县纪委监委",
        "微信公众号",
        "张某",
    )


def test_bylines_with_other_credits_after_a_slash_and_a_tv_newsrooms_byline():
    art = build("山区蔬菜喜丰收\n某观新闻记者 郑某远 / 通讯员 高某\n06-18 16:40\n\n" + BODY)
    assert art.meta.author == "郑某远"
    text = (
        "民視新聞網　生活\n山區蔬菜喜豐收\n2024/10/30 18:42\n民視新聞／陳某玉、林某宏 臺東報導\n\n"
    )
    art = build(text + BODY)
    assert (art.meta.author, art.meta.source) == ("陳某玉", "民視新聞網")
    # a paper's newsroom on its own website stays the paper
    text = "山區蔬菜喜豐收\n2024/10/30 18:42\n聯合報／陳某玉 臺東報導\n\n"
    assert build(text + BODY).meta.source == "聯合報"
    # a sentence with a slash is no byline
    art = build("山區蔬菜喜豐收\n2024/10/30 18:42\n\n民眾／遊客都說臺東報導很多。" + BODY)
    assert art.meta.author is None
