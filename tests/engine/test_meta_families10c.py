"""Issue 10, round 10 (meta10c): families heldout9 missed in chrome, body, spam and titles.

Made-up examples, each family in more than one shape, with negatives. Chrome: font bars whose
sizes sit in their own brackets, an audio or video player's bar, a reader view's reading-time
estimate alone, an advert slot with its booking line, an article's tag line, a producer's
credit under the text, an official document's issue note and a cover note forwarding a piece,
a forum's named floor with 发表于, a masthead followed by its menu. Titles: a browser's print
header (the print time before the page title), a Word page whose <title> nearly copies the
visible headline, a <title> naming an office and a section. Spam: a sign-up bonus glued after
a gambling match, 代开 with its market word.
"""

from __future__ import annotations

from index.ingest.cleaning import Line
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, HEAD, P1, P2, build, build_page, clean, joined


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, text.lower()))


def test_font_bars_with_each_size_in_brackets():
    for line in ("【大】【中】【小】", "[大] [中] [小]", "【A+】【A-】"):
        art = build(HEAD + line + "\n\n" + BODY)
        assert joined(art).count("\n") == 1, line
    art = build(HEAD + BODY + "\n大中小学校的食堂都换了新灶具。\n")
    assert "大中小学校" in joined(art)


def test_a_media_players_bar():
    for line in (
        "点击收听音频\u3000▶ 03:42",
        "播放视频 02:15",
        "▶ 1:05:20",
        "收听本文",
        "音频时长 03:42",
        "听全文 约3分钟",
    ):
        art = build("某某之声\n" + HEAD + line + "\n\n" + BODY)
        assert line not in joined(art), line
    # a sentence about listening is text
    art = build(HEAD + BODY + "\n点击收听音频节目的听众越来越多，电台也办得更起劲了。\n")
    assert "点击收听音频节目" in joined(art)


def test_a_reading_time_estimate_alone():
    for line in ("2-3 分钟", "约 5 分钟", "3 min read"):
        assert _reason(line) == "reading-time bar", line
    # a duration inside a sentence is text
    assert _reason("从村口走到茶园大约要5分钟，路上都是石板。") is None


def test_an_advert_slot_and_its_booking_line():
    for line in (
        "廣告\u3000刊登熱線 2833XXXX",
        "广告合作：0571-88886666",
        "广告\u3000招商热线 13900001111",
    ):
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    art = build(HEAD + BODY + "\n广告牌被大风吹倒后，村民自发清理了路面。\n")
    assert "广告牌" in joined(art)


def test_an_articles_tag_line():
    for line in ("文章标签：数字乡村 基层治理", "文章分类：三农", "博文标签：乡村 旅游"):
        art = build("某某的博客\n" + HEAD + line + "\n\n" + BODY)
        assert line not in joined(art), line
    art = build(HEAD + BODY + "\n文章标签化的问题值得警惕，评论区也常被带偏。\n")
    assert "文章标签化" in joined(art)


def test_a_producers_credit_under_the_text():
    for line in ("某县融媒体中心出品", "某某工作室 联合出品", "某台新闻中心 监制"):
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    art = build(HEAD + BODY + "\n出品方表示，这部纪录片明年春天在县里首映。\n")
    assert "出品方表示" in joined(art)


def test_a_documents_issue_note_and_a_cover_note_forwarding_a_piece():
    art = build(
        "各村（社区）：现将《某某日报》有关报道转发给你们，请认真学习借鉴。\n"
        "某县驻村干部的“三本账”\n来源：某某日报　时间：2025年3月6日\n\n"
        + BODY
        + "\n县委组织部办公室　2025年3月8日印发\n"
    )
    text = joined(art)
    assert "转发给你们" not in text and "印发" not in text
    assert art.meta.title == "某县驻村干部的“三本账”"
    art = build(HEAD + BODY + "\n某某县人民政府办公室　二〇二五年三月八日印发\n")
    assert "印发" not in joined(art)
    # the rest of a document's 版记: disclosure, copies sent, copies printed
    art = build(
        HEAD + BODY + "\n（此件公开发布）\n\n抄送：县委办公室，县人大常委会办公室，县政协办公室。\n"
        "\n某某县人民政府办公室　2025年3月8日印发\n（共印30份）\n"
    )
    for note in ("此件公开发布", "抄送", "共印"):
        assert note not in joined(art), note
    art = build(HEAD + BODY + "\n此件公开发布后引起关注，群众纷纷点赞。\n")
    assert "此件公开发布后" in joined(art)
    # a report's own opening sentence and a sentence about issuing are text
    art = build(
        HEAD
        + "各位代表：现将今年以来的工作情况报告如下，请予审议。\n\n"
        + BODY
        + "\n县里于2025年3月8日印发了实施方案，各乡镇随即行动起来。\n"
    )
    assert "现将今年以来的工作情况" in joined(art) and "印发了实施方案" in joined(art)


def test_a_forums_named_floor_with_its_posting_time():
    art = build(
        "某城社区 › 某县论坛\n茶园里的新农人\n楼主　老茶客　发表于 2025-4-2 09:12\n\n"
        + BODY
        + "\n回复　举报\n沙发　山里人　发表于 2025-4-2 10:30\n好东西，我家亲戚也在种茶。\n"
    )
    assert "好东西" not in joined(art)


def test_a_masthead_with_its_menu_is_never_the_headline():
    for bar in (
        "某某新快网\u3000新闻\u3000社区\u3000财经\u3000地产",
        "某某新闻网 首页 新闻 县区 专题",
    ):
        art = build(bar + "\n悉尼某某同乡会助家乡建起长者饭堂\n2025-10-28\n\n" + BODY)
        assert art.meta.title == "悉尼某某同乡会助家乡建起长者饭堂", bar
        assert "首页" not in joined(art) and "社区\u3000财经" not in joined(art)
    # a headline with spaces between short phrases, after a place and a colon, is no menu
    art = build("某县：春茶 开采 正当 时\n2025-03-28\n\n" + BODY)
    assert art.meta.title == "某县：春茶 开采 正当 时"


def test_a_browsers_print_header_before_the_page_title():
    for stamp in ("2025/11/30 上午10:15", "2025-11-30 14:05", "2025/11/30 10:15 PM"):
        art = build(
            f"{stamp}\u3000\u3000靖安：“生态+”让山村美起来 - 某某新闻网\n"
            "某某新闻网\u3000首页\u3000新闻\u3000县区\u3000专题\n靖安：“生态+”让山村美起来\n"
            "2025-11-28 08:30　来源：某某日报\n\n" + BODY
        )
        assert art.meta.title == "靖安：“生态+”让山村美起来", stamp
        assert "首页" not in joined(art) and "生态+" not in joined(art)


def test_a_word_pages_title_that_nearly_copies_the_headline(tmp_path):
    page = (
        "<html><head><meta name=Generator content='Microsoft Word 15 (filtered)'>"
        "<title>转发：某县驻村第一书记“四本台账”</title></head><body><div class=WordSection1>"
        "<p class=MsoNormal>各村（社区）：现将《某某日报》有关报道转发给你们，请认真学习借鉴。</p>"
        "<p class=MsoNormal align=center><b>某县驻村第一书记的“四本台账”</b></p>"
        "<p class=MsoNormal>来源：某某日报　时间：2025年1月16日</p>"
        f"<p class=MsoNormal>{P1}</p><p class=MsoNormal>{P2}</p>"
        "<p class=MsoNormal>县委组织部办公室　2025年1月18日印发</p></div></body></html>"
    )
    art = build_page(page, tmp_path)
    assert art.meta.title == "某县驻村第一书记的“四本台账”"
    assert "转发给你们" not in joined(art) and "印发" not in joined(art)
    # a headline unlike the <title> does not replace it
    page = page.replace("某县驻村第一书记的“四本台账”</b>", "村里来了第一书记</b>")
    assert build_page(page, tmp_path).meta.title == "某县驻村第一书记“四本台账”"


def test_a_title_naming_an_office_and_a_section_yields_to_the_info_table(tmp_path):
    page = (
        "<html><head><title>某某縣某某鄉公所-最新消息</title></head><body>"
        "<div class='path'>首頁 &gt; 最新消息</div><table>"
        "<tr><td>標題</td><td>紅茶節登場　鄉公所推茶園小旅行</td></tr>"
        "<tr><td>發布日期</td><td>113-04-22</td></tr></table>"
        f"<div class='content'><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert build_page(page, tmp_path).meta.title == "紅茶節登場　鄉公所推茶園小旅行"


def test_a_sign_up_bonus_glued_after_a_gambling_match():
    assert clean("作坊负责人说，今年订单澳门新葡京线上娱乐注册送88元排到了明年春天。") == (
        "作坊负责人说，今年订单排到了明年春天。"
    )
    assert clean("村里修了路，皇冠娱乐平台开户即送彩金游客也多了。") == "村里修了路，游客也多了。"
    # a shop's gift is news
    for text in ("超市开业送10元优惠券。", "娱乐活动结束后送每位老人一袋米。"):
        assert clean(text) == text


def test_a_tax_invoice_advert_with_its_market_word():
    assert clean("当地推广的系统，代开各地发票13900001111能在水温异常时自动报警。") == (
        "当地推广的系统，能在水温异常时自动报警。"
    )
    assert (
        clean("厂里订单多了，代开本地发票微信fp8899，工人也多了。") == "厂里订单多了，工人也多了。"
    )
    text = "各地发票查验平台已经上线。"
    assert clean(text) == text


PDF_TWO_DECKS = """某某日报　　03版　　县市区新闻　　2025年11月11日　星期二
某县脐橙迎来采摘季
果农在家门口卖果
　　本报讯（记者 某某某　通讯员 杜
鹏）连日来，某县的脐橙陆续成熟，
在某某镇的一处脐橙园里，果农们忙
着采摘、装箱，客商的货车停满了路
边。
　　某县是全国有名的脐橙之乡，全县
脐橙种植面积达40万亩，从业人员近20
万人。如今，电商直播成了脐橙销
售的新渠道，每天都有大量订单发往全
国各地。
"""


def test_a_pdf_pages_second_deck_is_not_the_titles_end():
    assert build(PDF_TWO_DECKS).meta.title == "某县脐橙迎来采摘季"
    # a title wrapped at its own column still joins its short rest
    wrapped = PDF_TWO_DECKS.replace(
        "某县脐橙迎来采摘季\n果农在家门口卖果", "某县：脐橙熟了果农在家\n门口卖果"
    )
    assert build(wrapped).meta.title == "某县：脐橙熟了果农在家门口卖果"
    # a break after a quoted term joins a rest of any width
    quoted = PDF_TWO_DECKS.replace(
        "某县脐橙迎来采摘季\n果农在家门口卖果", "某镇：“乡贤议事会”\n议出美丽乡村新图景"
    )
    assert build(quoted).meta.title == "某镇：“乡贤议事会”议出美丽乡村新图景"


# Probing invented bars of the kinds above (not from a labelled set), each with sentences that stay.
PROBED = (
    "相关标签：乡村振兴 茶产业",
    "文章热度：123℃",
    "视频加载中...",
    "点击加载更多",
    "语音播报",
    "朗读本文",
    "赞赏作者",
    "推荐到：",
    "欢迎投稿",
    "本站QQ群：123456",
    "查看原图",
    "扫描二维码 手机阅读",
    "复制链接",
    "【默认】【大】",
    "登录后参与评论",
    "附件下载",
    "原创声明：本文为原创",
    "第1页，共2页",
    "Page 1 of 2",
    "file:///C:/Users/me/Desktop/page.html",
)
KEPT = (
    "赞赏这种担当精神",
    "打赏主播成了新的消费陷阱",
    "相关标签化的做法值得商榷，专家建议慎用。",
    "加载中的进度条让人着急，网速太慢了。",
    "欢迎投稿的信箱里塞满了村民的来信。",
    "朗读比赛在村小学举行，孩子们热情很高。",
    "语音播报系统上线后，公交站更方便了。",
    "查看原图才发现照片里还有一只猫。",
    "热度不减的乡村游，今年更火了。",
    "他加入了一个微信群：里面都是种茶的。",
    "第1页的内容很精彩，共2页都值得一读。",
)


def test_probed_bars_of_these_kinds():
    for line in PROBED:
        assert _reason(line), line
    for line in KEPT:
        assert _reason(line) is None, line
