"""Issue 10, round 6: metadata miss families of heldout5, on made-up examples.

Info tables in traditional script with 標題/發布單位, bare ROC numeric dates with a time,
print and issue credits carrying the date, date lines with counters, mastheads with a
slogan or letter-spaced, pages marking their headline up by class, overseas Chinese-
language outlets and reposting platforms in the publisher table. Each family has
positives in more than one shape and negatives that must stay.
"""

from __future__ import annotations

from index.ingest.dates import find_dates
from index.ingest.publishers import publishers
from tests.engine.made_up import BODY, P1, P2, build, joined
from tests.engine.made_up import build_page as build_html


# -- info tables and marked-up headlines in HTML -------------------------------------------------
def test_a_traditional_info_table_gives_title_unit_and_roc_date(tmp_path):
    for label, unit in (("發布單位", "社會處"), ("发布单位", "民政科")):
        html = (
            "<html><head><title>某某縣政府全球資訊網-縣府新聞</title></head><body>"
            "<div>現在位置：首頁 &gt; 縣府新聞</div><table>"
            "<tr><th>標題</th><td>長照據點擴大服務 偏鄉長者免奔波</td></tr>"
            f"<tr><th>{label}</th><td>{unit}</td></tr>"
            "<tr><th>發布日期</th><td>113-09-05</td></tr></table>"
            f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
        )
        art = build_html(html, tmp_path)
        assert art.meta.title == "長照據點擴大服務 偏鄉長者免奔波"
        assert art.meta.source == unit
        assert art.meta.date == "2024-09-05"
        assert unit not in joined(art)


def test_an_element_marked_as_the_title_is_the_headline_of_a_site_named_page(tmp_path):
    for cls in ("article-title", "news_title"):
        html = (
            "<html><head><title>某某日报</title></head><body>"
            "<div>2025年10月17日　第02版：综合新闻</div>"
            f'<div class="{cls}">山村夜校开进农家小院</div><div class="article-subtitle">副题</div>'
            f"<div><p>{P1}</p><p>{P2}</p></div>"
            '<ul><li class="list-title"><a>另一篇文章的标题在这里</a></li></ul></body></html>'
        )
        art = build_html(html, tmp_path)
        assert art.meta.title == "山村夜校开进农家小院", cls


# -- dates ----------------------------------------------------------------------------------------
def test_a_bare_roc_numeric_date_needs_a_time_after_it():
    assert [d.iso for d in find_dates("114/03/21 10:30")] == ["2025-03-21"]
    assert find_dates("113-10-21") == []  # alone, only as a labelled value
    assert [d.iso for d in find_dates("113-10-21", roc_numeric=True)] == ["2024-10-21"]
    assert find_dates("编号 114/03/21 说明") == []
    art = build(f"某某日報\n漁村發展生態旅遊\n114/03/21 10:30\n\n{BODY}")
    assert art.meta.date == "2025-03-21"
    assert art.meta.title == "漁村發展生態旅遊"


def test_a_print_or_issue_credit_gives_the_date():
    art = build(
        f"山区蔬菜直通城市餐桌\n某某日报　01-12 20:16\n\n{BODY}\n（原载《某某日报》2025年1月12日第3版）\n"
    )
    assert art.meta.date == "2025-01-12"
    assert art.meta.source == "某某日报"
    art = build(
        f"某某周刊\n一位驻村干部的第八年\n发于2025.4.28总第1188期《某某新闻周刊》\n\n{BODY}"
    )
    assert art.meta.date == "2025-04-28"
    assert art.meta.source == "某某新闻周刊"
    # A page's own date line still beats the day it was printed.
    art = build(
        f"标题在这里写着\n2025-01-15 08:00\n\n{BODY}\n（原载《某某日报》2025年1月12日第3版）\n"
    )
    assert art.meta.date == "2025-01-15"


def test_a_date_line_with_word_and_read_counters():
    for line in (
        "2025.01.26 21:40:15　字数 1,036　阅读 287",
        "2025-01-26 09:00 阅读：3.2万 评论 12",
    ):
        art = build(f"# 侗寨里的村晚唱到深夜\n\n山野行记\n{line}\n\n{BODY}", "x.md")
        assert art.meta.date == "2025-01-26", line
        assert "阅读" not in joined(art), line


def test_a_reposted_credit_with_a_take_down_note():
    art = build(
        f"# 标题写在这里了\n\n> 本文转载自“某某县融媒体中心”，仅作分享，侵删。\n\n{BODY}", "x.md"
    )
    assert art.meta.source == "某某县融媒体中心"
    assert "侵删" not in joined(art)


# -- mastheads ------------------------------------------------------------------------------------
def test_a_masthead_with_a_slogan_and_a_letter_spaced_masthead():
    art = build(
        f"DW 中文 - 德國之聲 | 來自德國 介紹德國\n空心村的互助養老\n2025年3月12日\n\n{BODY}"
    )
    assert art.meta.source == "德國之聲"
    art = build(f"陕 西 日 报\n2025年8月26日　星期二\n\n茶园里长出共富经\n\n{BODY}")
    assert art.meta.source == "陕西日报"
    # A slogan that is a sentence is not a masthead's.
    art = build(f"新华网 | 今天，我们一起出发去看看。\n山村的新路\n2025年3月12日\n\n{BODY}")
    assert art.meta.source != "新华网" or "今天" not in (art.meta.title or "")


# -- the publisher table ---------------------------------------------------------------------------
def test_overseas_outlets_and_repost_platforms_are_known():
    for name, canonical in (
        ("BBC News 中文", "BBC中文"),
        ("美國之音", "美国之音"),
        ("聯合早報", "联合早报"),
        ("星洲日報", "星洲日报"),
        ("歐洲時報", "欧洲时报"),
        ("RFI华语", "法国国际广播电台"),
    ):
        assert publishers().lookup(name).name == canonical, name
    for name in ("简书", "360doc个人图书馆", "天涯社区", "趣头条", "快资讯"):
        assert publishers().lookup(name).kind == "platform", name
    assert publishers().lookup("闪电新闻").name == "闪电新闻"
    art = build(f"兰陵大蒜种出金蒜头\n闪电新闻 2025-06-21 18:05:32\n\n{BODY}")
    assert art.meta.source == "闪电新闻"
    # A platform on the date line is the site, never the credit.
    art = build(f"滦平蔬菜直通京城\n趣头条 2025-01-12 20:16\n来源：承德日报\n\n{BODY}")
    assert art.meta.source == "承德日报"


def test_a_reporter_filed_without_a_place():
    art = build(f"某某日報\n碼頭商家盼商機\n發布日期：2025-03-14\n記者 許志榮／報導\n\n{BODY}")
    assert art.meta.author == "許志榮"
    art = build(f"某某日報\n碼頭商家盼商機\n發布日期：2025-03-14\n記者 王小明／金門報導\n\n{BODY}")
    assert art.meta.author == "王小明"


# -- chrome and spam --------------------------------------------------------------------------------
def test_footer_widgets_of_taiwanese_and_writing_platform_pages():
    for tail, gone in (
        ("【相關新聞】羅東林場週末音樂會 吸引親子同樂\n回上頁　列印", ("相關新聞", "列印")),
        ("瀏覽人次：2,145\n回上一頁　友善列印", ("瀏覽人次", "友善列印")),
        (
            "© 著作权归作者所有，转载或内容合作请联系作者\n更多精彩内容，就在简书APP",
            ("著作权", "简书"),
        ),
    ):
        art = build(f"某某新聞\n山城的新變化\n2025-03-14\n\n{BODY}\n{tail}\n")
        for word in gone:
            assert word not in joined(art), word
    art = build(
        f"# 标题写在这里了\n\n2025-01-26 21:40\n\n{BODY}\n更多精彩内容，就在简书APP\n", "x.md"
    )
    assert art.meta.site == "简书"


def test_replies_numbered_from_one_under_a_marked_post():
    text = (
        "某某社区 > 杂谈\n山里的茶旅融合\n楼主：老汪　时间：2024-09-18 21:33:05　回复：36\n\n"
        f"{BODY}\n回复 | 举报\n#1楼　路人甲　2024-09-18 22:01\n顶一个，山里的茶确实好喝\n"
    )
    assert "顶一个" not in joined(build(text))
    # Without a 楼主 post, a line numbered 1 is not a reply head.
    art = build(f"山里的茶旅融合\n2024-09-18\n\n{BODY}\n1楼\n{P1}\n")
    assert joined(art).count(P1) >= 1


def test_a_city_glued_before_an_advert_with_its_contact_goes_with_it():
    for spam, before, after in (
        ("贵阳代开各类发票联系电话13800001234", "村党支部书记说", "，村里的环境一年比一年好。"),
        ("南宁同城上门服务微信hm6688", "了解留守儿童的生活情况", "，现场解决问题23个。"),
        ("台北外送茶LINE:tw520", "每天有三千多名遊客到訪", "，帶動周邊民宿生意。"),
    ):
        art = build(f"标题写在这里了\n2025-01-26\n\n{P1}\n\n{before}{spam}{after}\n")
        assert f"{before}{after}" in joined(art), spam
    # Without a contact, a city before a news phrase stays.
    art = build(
        f"标题写在这里了\n2025-01-26\n\n{P1}\n\n记者在贵阳代开发票案件的庭审现场看到，被告人当庭认罪。\n"
    )
    assert "在贵阳代开发票案件" in joined(art) or "在贵阳" in joined(art)
    art = build(
        f"标题写在这里了\n2025-01-26\n\n{P1}\n\n今年台北外送茶飲店增加了三成，業者表示生意不錯。\n"
    )
    assert "台北外送茶飲店" in joined(art)


def test_an_unknown_outlets_dateline_with_the_reporters_bracket():
    for lead, who in (
        (
            "某某新闻网广元3月27日讯（记者 何建军）在苍溪县的猕猴桃产业园，几名返乡青年正在直播。",
            "何建军",
        ),
        ("某某日报讯（记者 孙立新）走进滦平县的蔬菜大棚，一茬茬西红柿长势正旺。", "孙立新"),
    ):
        art = build(f"标题写在这里了\n2025-01-12 08:00\n\n{lead}\n\n{P2}\n")
        assert art.meta.author == who, lead
    # A sentence that merely contains 讯 is no dateline.
    art = build(f"标题写在这里了\n2025-01-12 08:00\n\n{P1}\n\n{P2}\n")
    assert art.meta.author is None


def test_a_byline_after_the_credit_and_a_bylines_report_label():
    art = build(f"山村换了新模样\n2025-11-03 10:28:39 来源：某某晚报 某某晚报记者 梁文轩\n\n{BODY}")
    assert art.meta.author == "梁文轩"
    assert art.meta.source == "某某晚报"
    art = build(f"大马会馆组团回乡谒祖\n2025-03-08\n报道：陈思颖\n\n{BODY}")
    assert art.meta.author == "陈思颖"
    # 综合报道 in the lead is no byline label.
    art = build(f"标题写在这里了\n2025-03-08\n\n据综合报道，{P1}\n\n{P2}\n")
    assert art.meta.author is None


def test_the_site_named_before_the_headline_in_the_title(tmp_path):
    html = (
        "<html><head><title>某某市某某区人民政府 政府信息公开 渔村共富庭院创建见成效</title></head>"
        f"<body><h2>渔村共富庭院创建见成效</h2><div>发布日期：2025-05-14</div>"
        f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    art = build_html(html, tmp_path)
    assert art.meta.site == "某某市某某区人民政府"
    assert art.meta.title == "渔村共富庭院创建见成效"


def test_a_notices_own_contact_line_stays_text():
    notice = (
        "某某协会收到举报\n来源：新华社 发布时间：2001-02-18\n\n"
        "凡发现有违反职业道德的行为，均可向协会举报，协会举报电话为六六○二○○○一，举报信请寄协会办公室。\n\n"
        "协会收到举报后，将及时转有关单位核实处理，并向举报人反馈结果。\n\n"
        "举报电话：６６０２０００１\n一代名舰整体打捞出水\n（附图片１张）\n"
    )
    text = joined(build(notice))
    assert "举报电话：" in text and "一代名舰" in text
    # A contact the text does not speak of is the site's, as before.
    page = f"标题写在这里了\n2025-01-12 08:00\n\n{BODY}\n违法和不良信息举报电话：12377\n投稿邮箱：a@b.cn\n"
    text = joined(build(page))
    assert "12377" not in text
    page = f"标题写在这里了\n2025-01-12 08:00\n\n{BODY}\n咨询电话：0571-12345678\n上一篇\n下一篇\n"
    assert "咨询电话" not in joined(build(page))
