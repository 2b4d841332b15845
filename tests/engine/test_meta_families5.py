"""Issue 10, round 5: metadata miss families of heldout3/heldout4, on made-up examples.

E-paper page headers and page lines, kickers above headlines, titles wrapped after a
closing quote, WeChat bylines, microblog posts, posting days without a year or relative
to the save date, TRS-style URLs. Each family has positives in more than one shape and
negatives that must stay.
"""

from __future__ import annotations

from index.ingest.dates import find_dates, url_date
from tests.engine.made_up import BODY, P1, P2, build, joined
from tests.engine.made_up import build_page as build_html


# -- e-paper page headers, page lines, kickers, wrapped titles ----------------------------------
def test_a_page_header_gives_source_and_issue_date_in_either_order():
    for header in (
        "某某日报        2024年6月12日 星期三        县域新闻        B2",
        "某某晚报  第5版  社会新闻  2024年6月12日  星期三",
        "人民日报  2024年6月12日  星期三  第4版  要闻",
    ):
        art = build(f"{header}\n\n山区小学用上智慧课堂\n\n{BODY}")
        assert art.meta.date == "2024-06-12", header
        assert art.meta.title == "山区小学用上智慧课堂", header
        assert art.meta.source in ("某某日报", "某某晚报", "人民日报"), header


def test_a_page_line_is_never_the_title():
    art = build(f"某某日报\nA12 港聞\n2024年05月14日(星期二)\n\n社區飯堂開到屋邨\n\n{BODY}")
    assert art.meta.title == "社區飯堂開到屋邨"
    art = build(f"某某日报\n第03版：要闻\n2024年05月14日\n\n社区食堂开进老小区\n\n{BODY}")
    assert art.meta.title == "社区食堂开进老小区"


def test_a_kicker_yields_to_the_longer_headline_under_it():
    art = build(
        f"某某日报 2024年6月12日 第3版\n\n深化改革 激活资源\n开化：闲置老粮站变身文创街区\n\n{BODY}"
    )
    assert art.meta.title == "开化：闲置老粮站变身文创街区"
    # Set apart by a blank line, the first longer line stays the headline.
    art = build(f"山区小学用上智慧课堂\n\n老师说孩子们上课更专心了\n\n{BODY}")
    assert art.meta.title == "山区小学用上智慧课堂"


WRAPPED = """某某日报  2025年3月14日  星期五  第4版  综合
把“流动法庭”
开到村口
本报讯（记者 何某 通讯员 蒋
某某）3月初，某县人民法院的巡
回审判车开进了一个村子，法官在
村部里开庭审理了一起邻里纠纷。
旁听的村民说，在家门口开庭，也
让大家都受了一次教育，很有意义。
据了解，该院在各乡镇设立法官工
作站，定期开展巡回审判，去年共
就地化解纠纷三百余件，效果很好。
"""


def test_a_wrapped_title_may_break_after_a_closing_quote():
    art = build(WRAPPED)
    assert art.meta.title == "把“流动法庭”开到村口"
    assert art.meta.date == "2025-03-14"


# -- WeChat bylines, microblog posts ------------------------------------------------------------
def test_wechat_byline_with_a_role_and_a_linked_account():
    art = build(
        "# 某县：小院议事厅让村民的事商量着办\n\n原创 融媒记者 王小明 [某县发布](javascript:void(0);)\n\n"
        f"*2024年04月17日 18:30* *山东*\n\n{BODY}",
        "x.md",
    )
    assert art.meta.author == "王小明"
    assert art.meta.date == "2024-04-17"
    assert art.meta.source == "某县发布"
    assert "原创" not in joined(art)


def test_wechat_byline_naming_only_the_account():
    art = build(
        f"# 某县：院坝会上解民忧\n\n原创 某县发布 *某县发布* *2025年06月21日 19:30* *四川*\n\n{BODY}",
        "x.md",
    )
    assert art.meta.date == "2025-06-21"
    assert art.meta.author is None
    assert art.meta.source == "某县发布"


def test_a_microblog_post_opens_on_its_headline_in_brackets():
    art = build(
        "某某发布\n24-3-8 10:15 来自 微博 weibo.com\n\n"
        f"【网格员的民情本】在某街道，网格员随身带着一本民情本。{P1}\n\n{P2}\n"
    )
    assert art.meta.title == "网格员的民情本"
    assert art.meta.date == "2024-03-08"
    assert "网格员随身带着" in joined(art)
    # An outlet or a dateline in brackets is no headline.
    art = build(f"【某某日报讯】{P1}\n\n{P2}\n")
    assert art.meta.title is None


def test_a_category_tag_before_a_headline_is_stripped():
    art = build(f"某某吧\n【新闻】紫云县：乡村足球赛踢出新活力\n来源：某某日报\n\n{BODY}")
    assert art.meta.title == "紫云县：乡村足球赛踢出新活力"


# -- dates without a year, relative dates, URLs ------------------------------------------------
def test_two_digit_years_only_with_a_time():
    assert [d.iso for d in find_dates("24-3-8 10:15 来自 微博")] == ["2024-03-08"]
    assert find_dates("编号 24-3-8") == []
    assert [d.iso for d in find_dates("2024-03-08 10:15")] == ["2024-03-08"]


def test_trs_style_urls_carry_the_date():
    assert url_date("http://www.example.com/xc/202406/t20240603_7712345.html") == "2024-06-03"
    assert url_date("http://www.example.com/xc/t2024_7712345.html") is None


def test_a_day_without_a_year_takes_the_copyright_footer_year():
    art = build(
        f"某某客户端\n宣恩：河畔夜经济火了\n来源：某某日报  09-16 07:45\n\n{BODY}\n© 2025 某某融媒体中心 版权所有\n"
    )
    assert art.meta.source == "某某日报"
    assert art.meta.date == "2025-09-16"
    art = build(f"某某在线\n旌德：小茶叶撑起大产业\n06-03 09:15　来源：某某在线\n\n{BODY}")
    assert art.meta.source == "某某在线"
    assert art.meta.date is None  # no year anywhere: no date


def test_a_relative_day_counts_back_from_the_save_date():
    text = f"保存时间：2025-11-03 09:20\n巫溪：背篓干部把服务送到山坳里\n某某新闻  昨天 18:42  重庆\n\n{BODY}"
    art = build(text)
    assert art.meta.date == "2025-11-02"
    art = build(text.replace("昨天 18:42", "3天前"))
    assert art.meta.date == "2025-10-31"
    # The save date alone is not the publication date.
    art = build(text.replace("某某新闻  昨天 18:42  重庆\n", ""))
    assert art.meta.date is None


# -- sources: a site's own work, credits that run on, <meta author> -------------------------------
def test_a_news_site_page_crediting_nobody_else_is_its_own_work():
    art = build(f"某某新闻网\n首页 > 本地\n山区小学用上智慧课堂\n2024-06-12 08:00\n\n{BODY}")
    assert art.meta.site == "某某新闻网"
    assert art.meta.source == "某某新闻网"
    # A platform hosts other people's pages: it credits nobody.
    art = build(
        f"# 山区小学用上智慧课堂\n\n[原文](https://mp.weixin.qq.com/s/abc)\n\n2024-06-12\n\n{BODY}",
        "x.md",
    )
    assert art.meta.source is None
    # Another credit wins.
    art = build(f"某某新闻网\n山区小学用上智慧课堂\n2024-06-12 来源：某某日报\n\n{BODY}")
    assert art.meta.source == "某某日报"


def test_author_names_stop_where_the_next_credit_starts():
    for line, who in (
        ("某某新闻记者 | 王冬 某某新闻编辑 | 刘海", "王冬"),
        ("作者：记者 刘某 通讯员 周岚", "刘某"),
        ("作者：李华 张明", "李华 张明"),
    ):
        art = build(f"某某新闻网\n山区小学用上智慧课堂\n2024-06-12 08:00\n{line}\n\n{BODY}")
        assert art.meta.author == who, line


HTML_AUTHOR = """<html><head><meta charset="utf-8">
<title>山区小学用上智慧课堂｜某某新聞雲</title>
<meta property="og:site_name" content="某某新聞雲">
<meta name="author" content="{author}">
</head><body><h1>山区小学用上智慧课堂</h1><div>2025年05月21日 14:30</div>
<p>{p1}</p><p>{p2}</p></body></html>"""


def test_meta_author_naming_an_outlet_credits_it(tmp_path):
    art = build_html(HTML_AUTHOR.format(author="某某新聞雲", p1=P1, p2=P2), tmp_path)
    assert art.meta.author is None
    assert art.meta.source == "某某新聞雲"
    art = build_html(HTML_AUTHOR.format(author="张宇 某经编辑 陈旭", p1=P1, p2=P2), tmp_path)
    assert art.meta.author == "张宇"


# -- sources and sites: URLs in credit labels, copyright words, channels, offices ---------------
def test_a_credit_label_holding_a_url_gives_the_url_not_a_source():
    art = build(
        "某某论坛\n某县：老党员调解队化解邻里纠纷\n"
        "转自：https://www.example.gov.cn/content/2024/04/09/art_1.html\n\n"
        f"{BODY}\n原文来源：某某县融媒体中心\n"
    )
    assert art.meta.url == "https://www.example.gov.cn/content/2024/04/09/art_1.html"
    assert art.meta.date == "2024-04-09"
    assert art.meta.source == "某某县融媒体中心"


def test_a_county_gov_cn_address_is_not_the_central_government_site():
    from index.ingest.publishers import publishers

    assert publishers().domain("https://www.lujiang.gov.cn/a.html") is None
    assert publishers().domain("https://www.gov.cn/xinwen/a.htm").name == "中国政府网"


def test_copyright_words_are_never_the_name():
    art = build(
        f"首页 > 本地\n老旧小区微改造\n2024年8月12日\n\n{BODY}\n某某信息港 版权所有 Copyright © 2024 All Rights Reserved\n"
    )
    assert art.meta.source == "某某信息港"


def test_hyphenated_names_and_channels_without_a_hyphen():
    art = build(f"灯塔-党建在线 > 基层党建\n莒南：花生变金豆\n来源：灯塔-党建在线\n\n{BODY}")
    assert art.meta.source == "灯塔-党建在线"
    art = build(f"老城焕新\n来源：人民网-浙江频道\n\n{BODY}")
    assert (art.meta.source, art.meta.site) == ("人民网", "人民网")
    art = build(f"老城焕新\n来源：国际在线湖南频道\n\n{BODY}")
    assert (art.meta.source, art.meta.site) == ("国际在线", "国际在线")


def test_ministry_and_office_mastheads_name_the_site():
    for masthead, site in (
        ("中华人民共和国民政部", "民政部"),
        ("農業部全球資訊網", "農業部"),
        ("某某新闻网  当前位置：首页 > 公路", "某某新闻网"),
        ("交汇点  打开APP", "交汇点"),
    ):
        art = build(f"{masthead}\n老城焕新\n来源：某某日报　发布时间：2024-06-18 16:20\n\n{BODY}")
        assert art.meta.site == site, masthead
        assert art.meta.source == "某某日报", masthead


def test_an_office_beside_the_date_issued_the_release():
    art = build(f"老城焕新\n2024-08-15 17:32 市政署\n\n{BODY}")
    assert art.meta.source == "市政署"
    assert art.meta.date == "2024-08-15"


def test_a_byline_label_without_a_colon():
    art = build(f"某某传媒\n老街再生 青年返乡开食堂\n作者 陈婉真\n2024-07-01 12:30\n\n{BODY}")
    assert art.meta.title == "老街再生 青年返乡开食堂"
    assert art.meta.author == "陈婉真"
    art = build(f"老街再生\n2024-07-01\n记者 孙悦 实习生 钱多多\n\n{BODY}")
    assert art.meta.author == "孙悦"
    art = build(f"老街再生\n作者，何某琳\n2024-07-01\n\n{BODY}")
    assert art.meta.author == "何某琳"


SITE_TITLE_PAGE = """<html><head><meta charset="utf-8"><title>某某縣政府全球資訊網-新聞稿</title></head>
<body><div><a href="/">首頁</a> | <a href="#">新聞稿</a></div>
<h2>某某縣推動友善耕作 農民收益穩定成長</h2><div>發布日期：113年5月20日　發布單位：農業處</div>
<p>{p1}</p><p>{p2}</p></body></html>"""


def test_a_title_naming_the_site_and_a_section_yields_to_the_lone_h2(tmp_path):
    art = build_html(SITE_TITLE_PAGE.format(p1=P1, p2=P2), tmp_path)
    assert art.meta.title == "某某縣推動友善耕作 農民收益穩定成長"
    assert art.meta.site == "某某縣政府全球資訊網"
    assert art.meta.date == "2024-05-20"


# -- datelines and bylines ------------------------------------------------------------------------
def test_a_dateline_credit_may_join_the_outlet_and_its_app():
    art = build(f"老城焕新\n\n南海网、南海网客户端12月2日消息（记者 符某某）{P1}\n\n{P2}\n")
    assert art.meta.source == "南海网"
    assert art.meta.author == "符某某"
    art = build(f"老城焕新\n\n东南网10月12日讯（本网记者 黄某某）{P1}\n\n{P2}\n")
    assert art.meta.author == "黄某某"


def test_a_reporter_filed_from_a_place_after_the_date():
    art = build(f"老城焕新\n發佈日期：114年3月8日 記者林某君∕花蓮報導\n\n{BODY}")
    assert (art.meta.date, art.meta.author) == ("2025-03-08", "林某君")
    art = build(f"老城焕新\n2024-04-22 18:55 林某惠 / 宜蘭縣 報導\n\n{BODY}")
    assert (art.meta.date, art.meta.author) == ("2024-04-22", "林某惠")


AGGREGATOR_PAGE = """<html><head><meta charset="utf-8"><title>田阳：芒果园里的党员示范岗_某某新闻</title>
<meta property="og:site_name" content="某某新闻">
<meta property="og:release_date" content="2025-11-05 10:26">
</head><body><h1 class="title">田阳：芒果园里的党员示范岗</h1>
<div class="meta"><span class="auther">右江日报</span> <span class="time">11月05日</span></div>
<div class="content"><p>{p1}</p><p>{p2}</p></div></body></html>"""


def test_an_author_span_naming_a_paper_credits_it_and_meta_release_dates_count(tmp_path):
    art = build_html(AGGREGATOR_PAGE.format(p1=P1, p2=P2), tmp_path)
    assert art.meta.source == "右江日报"
    assert art.meta.author is None
    assert art.meta.date == "2025-11-05"


FOUNDER_PAGE = """<html><head><meta charset="utf-8"><title>某某日报</title></head><body>
<table><tr><td>2025年04月10日</td><td>第02版：要闻</td></tr></table>
<founder-introtitle>一张调解单背后</founder-introtitle>
<founder-title>“枫桥经验”里的新变化</founder-title>
<founder-subtitle>——基层调解工作见闻</founder-subtitle>
<founder-author>记者 金某燕</founder-author>
<founder-content><p>{p1}</p><p>{p2}</p></founder-content>
<div class="foot">某某日报社版权所有 未经授权禁止复制</div></body></html>"""


def test_a_founder_epaper_page_names_its_headline_and_byline_apart(tmp_path):
    art = build_html(FOUNDER_PAGE.format(p1=P1, p2=P2), tmp_path)
    assert art.meta.title == "“枫桥经验”里的新变化"
    assert art.meta.author == "金某燕"
    assert art.meta.date == "2025-04-10"


CHANNEL_TITLE_PAGE = """<html><head><meta charset="utf-8"><title>老城焕新_某某在线_湖州频道</title></head>
<body><h1>老城焕新</h1><div>来源：某某日报 时间 2025年05月09日 07:32</div><p>{p1}</p><p>{p2}</p></body></html>"""


def test_a_title_suffix_naming_the_site_then_a_channel(tmp_path):
    art = build_html(CHANNEL_TITLE_PAGE.format(p1=P1, p2=P2), tmp_path)
    assert (art.meta.site, art.meta.source) == ("某某在线", "某某日报")


# -- credits on portal and platform pages -------------------------------------------------------
def test_platform_account_lines_and_reposts():
    for line, source in (
        ("某某日报 2024-03-05 10:00 · 某某日报官方账号", "某某日报"),
        ("（2024年3月5日 某某日报 第3版）", "某某日报"),
        ("2024-03-05 10:12 | 某某传媒", "某某传媒"),
        ("2024-03-05 10:00:01 来源: 澎湃新闻·澎湃号·政务", "澎湃新闻"),
        ("首发：2024-03-05 10:00 | 来源：某某观察", "某某观察"),
        ("某某在线 · 2024-03-05 · 一点号", "某某在线"),
    ):
        art = build(f"某县：老城焕新见闻\n{line}\n\n{BODY}")
        assert (art.meta.source, art.meta.date) == (source, "2024-03-05"), line
    art = build(f"某县：老城焕新见闻\n某某在线 · 2024-03-05 · 一点号\n\n{BODY}")
    assert art.meta.site is None  # an account on a platform, not the hosting site


def test_a_repost_credit_naming_an_account_and_its_author():
    art = build(
        f"某县：老城焕新见闻\n本文来自微信公众号：某某发布（ID：mmfb），作者：李某\n\n{BODY}"
    )
    assert (art.meta.title, art.meta.source, art.meta.author) == (
        "某县：老城焕新见闻",
        "某某发布",
        "李某",
    )
    # A client name after 来自 is no credit.
    art = build(f"某县：老城焕新见闻\n1楼 2024-03-05 10:11 来自Android客户端\n\n{BODY}")
    assert art.meta.source != "Android客户端"


def test_an_info_table_issuing_office_is_a_weak_source():
    table = "发文机关：\n某某区委组织部\n发布日期：\n2025-07-08\n主题分类：\n农业、林业、水利\n"
    art = build(f"某某区人民政府\n信息公开 > 工作动态\n老城焕新\n{table}\n{BODY}")
    assert (art.meta.source, art.meta.date) == ("某某区委组织部", "2025-07-08")
    art = build(
        f"老城焕新\n发文机关：某某区委组织部　信息来源：某某区融媒体中心\n2025-07-08\n\n{BODY}"
    )
    assert art.meta.source == "某某区融媒体中心"


def test_a_channel_left_after_the_site_suffix_goes_too():
    art = build(f"乡村振兴路上的年轻人_新闻频道_某某网\n2024-03-05\n\n{BODY}")
    assert (art.meta.title, art.meta.site) == ("乡村振兴路上的年轻人", "某某网")
    art = build(f"乡村振兴路上的年轻人_大山深处\n2024-03-05\n\n{BODY}")
    assert art.meta.title == "乡村振兴路上的年轻人_大山深处"  # no site suffix: nothing goes


def test_an_outlet_before_the_reporter_on_a_date_line():
    art = build(f"乡村振兴路上的年轻人\n某某日报记者 王某 2024年03月05日\n\n{BODY}")
    assert (art.meta.source, art.meta.author, art.meta.date) == ("某某日报", "王某", "2024-03-05")


JSON_LD_PAGE = """<html><head><meta charset="utf-8"><title>老城焕新见闻 - 某某新闻</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"老城焕新见闻","datePublished":"2024-03-05T08:00:00+08:00",
"author":[{"@type":"Person","name":"王某某"}],"publisher":{"@type":"Organization","name":"某某新闻"}}]}</script>
</head><body><h1>老城焕新见闻</h1><p>{p1}</p><p>{p2}</p></body></html>"""


def test_json_ld_names_the_author(tmp_path):
    art = build_html(JSON_LD_PAGE.replace("{p1}", P1).replace("{p2}", P2), tmp_path)
    assert (art.meta.author, art.meta.date, art.meta.source) == ("王某某", "2024-03-05", "某某新闻")
    broken = JSON_LD_PAGE.replace('"@context"', "@context")  # not JSON: no author, no failure
    art = build_html(broken.replace("{p1}", P1).replace("{p2}", P2), tmp_path)
    assert art.meta.author is None and art.meta.title == "老城焕新见闻"


def test_credits_closing_the_text():
    for tail, source, author in (
        (f"{P2}（来源：某某日报）", "某某日报", None),
        (f"{P2}（某某日报记者 王某）", "某某日报", "王某"),
        (f"{P2}\n\n（某某日报）", "某某日报", None),
        (f"{P2}\n\n■来源：某某日报", "某某日报", None),
        (f"{P2}\n\n素材来源：某某日报微信公众号", "某某日报", None),
    ):
        art = build(f"乡村振兴路上的年轻人\n2024-03-05\n\n{P1}\n\n{tail}\n")
        assert (art.meta.source, art.meta.author) == (source, author), tail
        assert joined(art).endswith(P2), tail
    # A bracket closing the text that names no outlet stays text.
    art = build(f"乡村振兴路上的年轻人\n2024-03-05\n\n{P1}\n\n{P2}（附图片3张）\n")
    assert art.meta.source is None and joined(art).endswith("（附图片3张）")


def test_traditional_script_bylines_and_suffixes():
    p1 = "屯門一間社福機構去年起在屋邨開設社區飯堂，每餐只收二十元，長者反應熱烈。"
    p2 = "負責人表示，飯堂每日中午供應約三百份飯餐，義工會把飯送到行動不便的長者家中。"
    art = build(
        f"社區飯堂開到屋邨\n\n（中央社記者王某台北5日電）{p1}\n\n{p2}（編輯：張某）1130305\n"
    )
    assert (art.meta.source, art.meta.author, art.meta.date) == ("中央社", "王某", "2024-03-05")
    art = build(f"社區飯堂開到屋邨｜某某日報\n2024.03.05\n\n{p1}\n\n{p2}\n")
    assert (art.meta.title, art.meta.source) == ("社區飯堂開到屋邨", "某某日報")
    art = build(f"社區飯堂開到屋邨\n【記者陳某／台北報導】\n\n{p1}\n\n{p2}\n")
    assert (art.meta.title, art.meta.author) == ("社區飯堂開到屋邨", "陳某")


def test_a_web_clippers_front_matter():
    fm = (
        '---\ntitle: "老城焕新见闻 - 某某网"\nsource: "https://www.example.com/a/c_1.htm"\n'
        'author:\n  - "[[某某日报]]"\npublished: 2024-03-05\ncreated: 2024-11-29\n---\n\n'
    )
    art = build(fm + BODY, "x.md")
    assert (art.meta.title, art.meta.date) == ("老城焕新见闻", "2024-03-05")
    assert (art.meta.source, art.meta.site, art.meta.author) == ("某某日报", "某某网", None)
    assert art.meta.url == "https://www.example.com/a/c_1.htm"


def test_a_staff_credit_is_never_the_headline():
    art = build(f"■本版主编：李某\n某某晚报 | 2024年3月5日 | A05 城事\n\n老城焕新见闻\n\n{BODY}")
    assert (art.meta.title, art.meta.source, art.meta.date) == (
        "老城焕新见闻",
        "某某晚报",
        "2024-03-05",
    )
    art = build(f"城市设计：让老街区更宜居\n2024-03-05\n\n{BODY}")
    assert art.meta.title == "城市设计：让老街区更宜居"


def test_a_copyright_sign_before_a_chinese_name():
    art = build(f"老城焕新见闻\n03-05 10:20\n\n{BODY}\n© 2024 某某网\n")
    assert (art.meta.source, art.meta.date) == ("某某网", "2024-03-05")
    art = build(
        f"老城焕新见闻\n2024-03-05\n\n{BODY}\n© 2025 SPH Media Limited. Co. Regn. No. 202120748H\n"
    )
    assert art.meta.source != "SPH"


def test_image_and_linked_article_addresses_are_not_the_page_url():
    art = build(
        f"# 老城焕新见闻\n\n*2024年04月17日 18:30*\n\n![图片](https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg)\n\n{BODY}\n"
        "**往期推荐**\n\n[某县：春耕备耕正当时](https://mp.weixin.qq.com/s?__biz=Mz&mid=1)\n",
        "x.md",
    )
    assert art.meta.url is None
    art = build(f"老城焕新见闻\n2024-03-05\n\n{BODY}\n原文链接：https://www.example.com/a/1.html\n")
    assert art.meta.url == "https://www.example.com/a/1.html"


def test_a_quoted_headline_over_its_subtitle_and_media_tags():
    art = build(f"“老街又热闹起来了”\n——某某县推进老旧街区改造纪实\n2024-03-05\n\n{BODY}")
    assert art.meta.title == "“老街又热闹起来了”"
    art = build(f"老城焕新：一条老街的十年变迁（组图）\n2024-03-05\n\n{BODY}")
    assert art.meta.title == "老城焕新：一条老街的十年变迁"
