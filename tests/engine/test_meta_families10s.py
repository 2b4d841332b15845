"""Issue 10, round 10 (sources, sites, authors, dates): families heldout9 missed, on made-up examples.

Day and month before the year in either order, decided by evidence; a blog's poster 于 the
time 发布; an English copyright line's first word is no name; a site's logo before its whole
menu; a known name that only ends a longer one; broadcasters' channel names; counters after a
posting time; bylines after a labelled date and four-character names; Latin tags before a
known name; a copyright holder by the table's other name; production credits; a signature over
a date in Chinese numerals; offices' and companies' breadcrumbs. Each family has positives and
negatives.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, P1, P2, build


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


def test_a_known_name_that_only_ends_a_longer_outlets_name():
    from index.ingest.publishers import publishers

    def names(text):
        return [n.publisher.name for n in publishers().find_whole(text)]

    assert names("某国新华侨报　2024年06月27日") == []  # not Macau's 華僑報
    assert names("日本新华侨报　2024年06月27日") == ["日本新华侨报"]  # a row of its own (pubs15)
    assert names("澳门华侨报") == ["華僑報"]  # its own place before it
    assert names("据新华社 2024") == ["新华社"]
    assert names("转自人民网") == ["人民网"]
    assert names("中央广播电视总台央视新闻") == ["中央广播电视总台", "央视新闻"]
    art = build("某国新华侨报　2024年06月27日 10:30\n\n" + BODY)
    assert art.meta.source == "某国新华侨报"
    art = build("山区蔬菜喜丰收\n华侨报　2024年06月27日 10:30\n\n" + BODY)
    assert art.meta.source == "华侨报"  # the known paper, as written


def test_broadcasters_named_by_their_channel():
    for name in ("某省之声", "某市新闻广播", "某市交通广播"):
        art = build(f"山区蔬菜喜丰收\n{name} 2024-08-16 07:30\n\n" + BODY)
        assert art.meta.source == name, name
    # a column named like a voice is still a column once a section word is in front
    art = build("山区蔬菜喜丰收\n2024-08-16 07:30\n\n" + BODY + "\n点击收听广播\n")
    assert art.meta.source is None


def test_a_posting_time_with_counters_after_it():
    art = build(
        "山区蔬菜喜丰收\n某某县融媒体中心　11-28 17:02　阅读 3562\n\n"
        + BODY
        + "\n原文链接：https://app.example.cn/news/2024/11/28/57321.html\n"
    )
    assert (art.meta.source, art.meta.date) == ("某某县融媒体中心", "2024-11-28")
    # the address keeps the date it carries
    assert art.meta.url == "https://app.example.cn/news/2024/11/28/57321.html"
    art = build(
        "山区蔬菜喜丰收\n某某日报　昨天 18:42 · 阅读 2.1万\n保存时间：2024-10-10\n\n" + BODY
    )
    assert (art.meta.source, art.meta.date) == ("某某日报", "2024-10-09")


def test_a_byline_after_a_labelled_date_and_four_character_names():
    art = build("山区蔬菜喜丰收\n發佈時間：2024-05-28 15:40　記者 林某慧 報導\n\n" + BODY)
    assert (art.meta.date, art.meta.author) == ("2024-05-28", "林某慧")
    for name in ("吉克阿依", "欧阳明辉"):
        art = build(f"山区蔬菜喜丰收\n2024-10-09\n记者　{name}\n\n" + BODY)
        assert art.meta.author == name
    # four characters with other names, or an outlet's name, are not one person
    art = build("山区蔬菜喜丰收\n2024-10-09\n记者　某某日报\n\n" + BODY)
    assert art.meta.author is None


def test_a_latin_tag_before_a_known_name_and_the_holders_other_name(tmp_path):
    from tests.engine.made_up import build_page

    page = """<html><head><meta charset="utf-8"><title>山區蔬菜喜豐收 | Rti 中央廣播電臺</title></head>
<body><h1>山區蔬菜喜豐收</h1><div>2024-05-28 15:40</div><article><p>{p1}</p><p>{p2}</p></article>
</body></html>"""
    art = build_page(page.format(p1=P1, p2=P2), tmp_path)
    assert art.meta.source == "中央廣播電臺"
    # a Latin word before a name the table does not know stays with it
    art = build_page(
        page.replace("Rti 中央廣播電臺", "Abc 某某新聞網").format(p1=P1, p2=P2), tmp_path
    )
    assert art.meta.source != "某某新聞網"
    # 中華電視公司 is the table's 華視新聞: its copyright under 華視新聞網 credits the site
    page = """<html><head><meta charset="utf-8"><title>山區蔬菜喜豐收 | 華視新聞網</title></head>
<body><h1>山區蔬菜喜豐收</h1><div>2024/07/02 18:55</div><article><p>{p1}</p><p>{p2}</p></article>
<footer>中華電視公司 版權所有</footer></body></html>"""
    art = build_page(page.format(p1=P1, p2=P2), tmp_path)
    assert art.meta.source == "華視新聞網"
    art = build_page(page.replace("華視新聞網", "某某新聞網").format(p1=P1, p2=P2), tmp_path)
    assert art.meta.source == "中華電視公司"


def test_a_production_credit_names_the_outlet():
    art = build(
        "山区蔬菜喜丰收\n2024-09-05\n\n" + BODY + "\n编辑：龚某　审核：李某\n某某县融媒体中心出品\n"
    )
    assert art.meta.source == "某某县融媒体中心"
    assert "出品" not in "\n".join(p.text for p in art.paragraphs)
    art = build(
        "山区蔬菜喜丰收\n2024-09-05\n\n" + BODY + "\n出品：某某日报新媒体中心　监制：王某\n"
    )
    assert art.meta.source == "某某日报新媒体中心"
    # a labelled credit outranks it; a sentence about a producer is text
    art = build("山区蔬菜喜丰收\n来源：某某晚报\n\n" + BODY + "\n某某县融媒体中心出品\n")
    assert art.meta.source == "某某晚报"
    art = build("山区蔬菜喜丰收\n2024-09-05\n\n" + BODY + "\n出品方表示，这部片子拍了三年。\n")
    assert art.meta.source is None


def test_a_signature_over_a_date_in_chinese_numerals():
    tail = "\n某某县统计局\n二〇二四年四月二十八日\n"
    art = build("某某县2023年国民经济和社会发展统计公报\n\n" + BODY + tail)
    assert (art.meta.source, art.meta.date) == ("某某县统计局", "2024-04-28")
    # a name that is no office over the date signs nothing; a bulletin's name is no outlet
    art = build("某某县2023年统计公报\n\n" + BODY + "\n张某某\n二〇二四年四月二十八日\n")
    assert art.meta.source is None


def test_an_offices_or_a_companys_name_opens_its_breadcrumb():
    for root in ("某某省林业局", "中国某某银行", "某某控股集团"):
        art = build(
            f"{root} > 新闻中心 > 分行动态\n山区蔬菜喜丰收\n2024/05/20\n来源：某某分行\n\n" + BODY
        )
        assert (art.meta.site, art.meta.source) == (root, "某某分行"), root
    # after 首页 it is a channel of another site
    art = build("首页 > 某某省林业局 > 通知\n山区蔬菜喜丰收\n2024/05/20\n\n" + BODY)
    assert art.meta.site is None


def test_a_platforms_own_screen_words_name_the_site():
    # 哔哩哔哩's column page: its footer and its 投稿 date line, the credit in the text
    art = build(
        "专栏 / 社会\n山区蔬菜喜丰收\n某某观察员　关注\n2025年03月09日 14:20 · 投稿\n\n"
        + BODY
        + "\n来源：某某日报\n\n本文禁止转载或摘编\n评论区　热门 | 最新\n"
    )
    assert (art.meta.site, art.meta.source) == ("哔哩哔哩", "某某日报")
    # 小红书's note: a member's own post that credits nobody
    art = build(
        "某某小乔\n关注\n山区蔬菜喜丰收\n\n"
        + BODY
        + "\n编辑于 2025-10-03 IP属地：广西\n共 12 条评论\n说点什么...\n"
    )
    assert (art.meta.site, art.meta.source) == ("小红书", "小红书")
    # one mark alone names nobody (a paper's own reprint notice, a forum's comment count)
    art = build("山区蔬菜喜丰收\n2025-03-09\n\n" + BODY + "\n本文禁止转载或摘编\n")
    assert art.meta.site is None
    art = build("山区蔬菜喜丰收\n2025-03-09\n\n" + BODY + "\n共 12 条评论\n")
    assert art.meta.site is None


def test_a_unit_that_sent_the_item_in(tmp_path):
    from tests.engine.made_up import build_page

    page = """<html><head><meta charset="utf-8"><title>山区蔬菜喜丰收-某省供销</title></head>
<body><h1>山区蔬菜喜丰收</h1><div>2024-05-13 16:05:22</div><div class="content"><p>{p1}</p>
<p>图为助农服务中心（{who}供图）</p><p>{p2}</p></div>
<footer>版权所有：某省供销合作社联合社</footer></body></html>"""
    art = build_page(page.format(p1=P1, p2=P2, who="某某县供销社"), tmp_path)
    assert art.meta.source == "某某县供销社"
    # an interviewee's photo credits nobody; on a news site a sent-in photo is the photo's only
    art = build_page(page.format(p1=P1, p2=P2, who="受访者"), tmp_path)
    assert art.meta.source == "某省供销合作社联合社"
    news = page.replace("某省供销</title>", "某某新闻网</title>")
    art = build_page(news.format(p1=P1, p2=P2, who="某某县委宣传部"), tmp_path)
    assert art.meta.source != "某某县委宣传部"
    # text sent in credits its sender anywhere
    art = build("山区蔬菜喜丰收\n2024-05-13\n\n" + BODY + "\n（某某县农业农村局供稿）\n")
    assert art.meta.source == "某某县农业农村局"


def test_probed_date_line_and_byline_forms():
    def meta(head):
        return build("山区蔬菜喜丰收\n" + head + "\n\n" + BODY).meta

    # a half-day word before the time; a year in digits with the month and day in numerals
    assert (meta("2024年3月5日 下午3:20　来源：某某日报").source, meta("2024年三月五日").date) == (
        "某某日报",
        "2024-03-05",
    )
    # an outlet and the date before the labels; a website beside the date stands for itself
    m = meta("某某日报 | 2024-03-05 | 作者：王某明")
    assert (m.source, m.date, m.author) == ("某某日报", "2024-03-05", "王某明")
    m = meta("中国新闻网 2024年03月05日 09:12")
    assert (m.source, m.site) == ("中国新闻网", "中国新闻网")
    # a credit ends at an ideographic space; an English label before the date
    assert meta("2024-03-05 09:12:33　來源：中央社　記者王某明台北5日電").source == "中央社"
    assert meta("Published: 05 Mar 2024").date == "2024-03-05"
    # TV channels and broadcasters' groups by their tails
    assert meta("某某卫视　2024-03-05 19:30").source == "某某卫视"
    assert meta("某某广电　2024-03-05 19:30").source == "某某广电"
    # the writer's credit with the role before or after the name
    assert meta("2024-03-05\n文/图 王某明").author == "王某明"
    assert meta("2024-03-05\n王某明/文　李某/图").author == "王某明"
    # negatives: a sentence with a half-day time, a slash in a headline-like line
    art = build("山区蔬菜喜丰收\n2024-03-05\n\n2024年3月5日下午3:20，镇里召开了动员会。\n\n" + BODY)
    assert art.meta.date == "2024-03-05" and "动员会" in "\n".join(p.text for p in art.paragraphs)
    assert meta("2024-03-05\n城市/乡村").author is None


def test_a_bodys_own_news_section_and_an_office_as_author():
    art = build(
        "某某市第一人民医院\n医院新闻\n山区义诊送健康\n作者：宣传科　发布日期：2024-05-06　浏览：356\n\n"
        + BODY
    )
    assert (art.meta.source, art.meta.site, art.meta.author) == (
        "某某市第一人民医院",
        "某某市第一人民医院",
        None,
    )
    for section in ("校园新闻", "法院动态", "党建资讯"):
        art = build(f"山区义诊送健康\n{section}\n2024-05-06\n\n" + BODY)
        assert art.meta.source is None, section
    # a person after the office is still the author
    art = build("山区义诊送健康\n作者：宣传科 王某明　发布日期：2024-05-06\n\n" + BODY)
    assert art.meta.author == "王某明"


def test_a_clipped_notes_address_and_its_own_stamp():
    head = "山区蔬菜喜丰收\n来源网址: https://news.example.cn/system/2024/05/06/030123456.shtml\n"
    art = build(head + "创建时间: 2024/5/8 9:00\n\n" + BODY)
    assert art.meta.url == "https://news.example.cn/system/2024/05/06/030123456.shtml"
    assert art.meta.date == "2024-05-06"  # the page's, not the day the note was made
    # the note's stamp is the date only when nothing else dates the page
    art = build("山区蔬菜喜丰收\n创建时间：2024-05-08 09:00\n\n" + BODY)
    assert art.meta.date == "2024-05-08"
    art = build("山区蔬菜喜丰收\n发布时间：2024-05-06　创建时间：2024-05-08\n\n" + BODY)
    assert art.meta.date == "2024-05-06"


def test_json_ld_publisher_and_a_byline_on_the_date_line(tmp_path):
    from tests.engine.made_up import build_page

    ld = (
        '{"@type":"NewsArticle","headline":"山区蔬菜喜丰收","datePublished":"2024-05-06T10:20:00+08:00",'
        '"publisher":{"@type":"Organization","name":"某某晚报"}}'
    )
    page = f"""<html><head><meta charset="utf-8"><title>山区蔬菜喜丰收</title>
<script type="application/ld+json">{ld}</script></head>
<body><h1>山区蔬菜喜丰收</h1><article><p>{P1}</p><p>{P2}</p></article></body></html>"""
    art = build_page(page, tmp_path)
    assert (art.meta.site, art.meta.source, art.meta.date) == ("某某晚报", "某某晚报", "2024-05-06")
    # a visible credit still wins
    art = build_page(page.replace("<article>", "<div>来源：某某日报</div><article>"), tmp_path)
    assert art.meta.source == "某某日报"
    # 作者 and by beside the date
    art = build("山区蔬菜喜丰收\n2024年5月6日 作者 王某明\n\n" + BODY)
    assert (art.meta.date, art.meta.author) == ("2024-05-06", "王某明")
    art = build("山区蔬菜喜丰收\nPosted on 2024-05-06 by 王某明\n\n" + BODY)
    assert (art.meta.date, art.meta.author) == ("2024-05-06", "王某明")
    art = build("山区蔬菜喜丰收\n2024-05-06 nearby 王某明\n\n" + BODY)
    assert art.meta.author is None


def test_credits_under_the_text_in_more_forms():
    def meta(tail, head="山区蔬菜喜丰收\n2024-05-06\n\n"):
        return build(head + BODY + "\n" + tail + "\n").meta

    # an editor's line a rule drops still credits; 本文来自【X】 with a disclaimer after it
    assert meta("责任编辑：王某　来源：某某晚报").source == "某某晚报"
    assert meta("本文来自【某某日报】，仅代表作者观点。").source == "某某日报"
    # a unit that sent the text in, labelled or in brackets, a government too
    assert meta("供稿：某某镇人民政府").source == "某某镇人民政府"
    assert meta("（某某镇人民政府 供稿）").source == "某某镇人民政府"
    # the bracket a print credit opens is no part of the name
    art = build("山区蔬菜喜丰收\n来源：某某日报（2024年05月06日 第03版）\n\n" + BODY)
    assert (art.meta.source, art.meta.date) == ("某某日报", "2024-05-06")
    # negatives: an editor alone credits nobody; a disclaimer naming no outlet
    assert meta("责任编辑：王某　校对：李某").source is None
    assert meta("本文仅代表作者观点，不代表本站立场。").source is None
    assert meta("供稿：王某").source is None


def test_roc_years_in_chinese_numerals():
    from index.ingest.dates import find_dates

    def iso(text):
        return [d.iso for d in find_dates(text)]

    assert iso("民国一一三年五月六日") == ["2024-05-06"]
    assert iso("中华民国一百一十三年十二月二十八日") == ["2024-12-28"]
    assert iso("民国九十九年一月一日") == ["2010-01-01"]
    assert iso("民国一一三年十三月六日") == []  # no such month
    art = build("山區蔬菜喜豐收\n中華民國一一三年五月六日\n\n" + BODY)
    assert art.meta.date == "2024-05-06"


def test_copyright_and_operator_lines_naming_a_body_or_after_an_address():
    def meta(foot, rules_only=False):
        text = "山区蔬菜喜丰收\n2024-05-06\n\n" + BODY + "\n" + foot + "\n"
        return build(text, rules_only=rules_only).meta

    # a body's copyright names its site (an office's site credits no source by itself; the
    # fallback ranker may still credit the holder, with its `ranker` evidence)
    m = meta("© 2024 某某市农业农村局", rules_only=True)
    assert (m.site, m.source) == ("某某市农业农村局", None)
    assert meta("某某市卫生健康委员会 版权所有").site == "某某市卫生健康委员会"
    assert meta("版权所有 © 某某大学 党委宣传部").site == "某某大学"
    # the holder after the site's address, not a label of the address
    m = meta("Copyright©2024 www.example.com.cn 某某在线 版权所有")
    assert (m.site, m.source) == ("某某在线", "某某在线")
    assert meta("本网站由某某市人民政府办公室主办").site == "某某市人民政府"
    # a Latin word before 版权所有 is no name unless known
    assert meta("© now TV 版权所有").source is None


def test_more_lead_datelines_and_bylines():
    def meta(lead):
        return build("山区蔬菜喜丰收\n2024-05-06\n\n" + lead + P1 + "\n\n" + P2 + "\n").meta

    m = meta("某某日报讯（通讯员 李某 记者 王某明）")
    assert (m.source, m.author) == ("某某日报", "王某明")
    m = meta("（某某日报记者 王某明）")
    assert (m.source, m.author) == ("某某日报", "王某明")
    assert meta("记者王某明报道：").author == "王某明"
    m = meta("本台消息（记者 王某明）")
    assert (m.source, m.author) == (None, "王某明")
    m = meta("【某某2024年05月06日讯】（记者王某明报导）")
    assert (m.source, m.author) == ("某某", "王某明")
    # negatives: a sentence naming a reporter, 本报 in a bracket credits no outlet
    assert meta("记者从县农业农村局获悉，").author is None
    assert meta("【本报2024年05月06日讯】").source is None
