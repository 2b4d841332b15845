"""Issue 10, round 9 (meta9c): families heldout8 missed in chrome, body, spam and titles.

Made-up examples, each family in more than one shape, with negatives. Spam: any certificate
offered done and promised passed, companions sent to the door before a contact, an advert's
claim (正规, 专业…) glued before a match taken along so the market before it goes too. Chrome:
keyword lines, related documents and attachments under the text, a page's address with a
short label (a clipper's or notes app's provenance line), a saved e-mail's header block and a
mailing list's unsubscribe footer, a forum signature between rules, an e-paper page's info
line and its list of the page's headlines on one line.
"""

from __future__ import annotations

from tests.engine.made_up import BODY, HEAD, P1, P2, build, clean, joined


def test_any_certificate_offered_done_and_promised_passed():
    assert clean("货车装满了，西宁代办驾驶证包过电话13900001111第二天就出发。") == (
        "货车装满了，第二天就出发。"
    )
    assert clean("村里建了厂，快速办健康证包拿证微信jk8899，工人也多了。") == (
        "村里建了厂，工人也多了。"
    )
    # a service office doing paperwork for people is news
    for text in ("车管所可代办驾驶证年审业务。", "窗口代办健康证，方便了外出务工人员。"):
        assert clean(text) == text


def test_companions_sent_to_the_door_before_a_contact():
    assert clean("茶叶销往各地，杭州高端商务模特上门微信mm1234名气越来越大。") == (
        "茶叶销往各地，名气越来越大。"
    )
    assert clean("游客多了，附近学生妹包夜电话13700002222，民宿也火了。") == (
        "游客多了，民宿也火了。"
    )
    # a fashion model at a fitting, or a show's companions, are news
    for text in ("服装厂请模特上门试衣，效果很好。", "商务模特大赛在县城举行。"):
        assert clean(text) == text


def test_an_adverts_claim_glued_before_a_match_goes_with_it_and_its_market():
    assert clean("书记说，过去只能卖原粮，太原正规无抵押贷款当天放款现在价钱翻了一倍。") == (
        "书记说，过去只能卖原粮，现在价钱翻了一倍。"
    )
    assert clean("果子好卖了，专业办证刻章，村里也热闹了。") == "果子好卖了，村里也热闹了。"
    # the claim stays where nothing after it is spam
    text = "要选择正规渠道办理贷款业务。"
    assert clean(text) == text
    # a bank's loans without collateral, paid out fast, are news; spam needs its tail
    for text in (
        "他们选择正规银行办理无抵押贷款。",
        "银行为小微企业快速放款，当天放款的比例提高。",
    ):
        assert clean(text) == text
    assert clean("村里通了网，黑户贷款秒批加微信dk1234，大家都说好。") == "村里通了网，大家都说好。"


def test_keyword_lines_related_documents_and_attachments():
    art = build(
        "某某网\n茶园里的新农人\n来源：某某日报　2025-04-02 10:11\n关键字：乡村振兴 茶产业 电商\n\n"
        + BODY
        + "\n【打印】【关闭】\n相关文件：某县茶产业发展规划\n附件：茶园名录.docx\n"
    )
    text = joined(art)
    for chrome in ("关键字", "相关文件", "附件"):
        assert chrome not in text
    art = build(HEAD + BODY + "\n附件2：申报表.xlsx\n附件下载：名单.doc\n主题词：农业 茶叶 规划\n")
    assert "附件" not in joined(art) and "主题词" not in joined(art)
    # a sentence about attachments or keywords is text
    art = build(
        HEAD + BODY + "\n附件中的申报表请于五月底前报送，逾期不再受理。\n\n"
        "关键字搜索功能上线后，群众办事更方便了。\n"
    )
    assert "附件中的申报表" in joined(art) and "关键字搜索" in joined(art)


def test_a_pages_address_with_a_short_label():
    for line in (
        "Clipped from: https://www.example.com/system/2025/04/01/0312345.shtml",
        "已从 <https://www.example.cn/content/2025-06/02/content_123.htm> 粘贴",
        "原文链接：https://mp.weixin.qq.com/s/AbCdEf123",
    ):
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert "http" not in joined(art), line
    # a sentence giving an address is text
    art = build(HEAD + BODY + "\n报名请登录https://www.example.cn填写表格，截止日期为六月底。\n")
    assert "报名请登录" in joined(art)


def test_a_saved_e_mails_header_and_a_mailing_lists_footer():
    art = build(
        "From: 某某研究简报 <news@example.edu.cn>\nTo: readers@example.edu.cn\n"
        "Subject: 【简报第8期】山区蔬菜喜丰收\nDate: Mon, 14 Apr 2025 09:00:12 +0800\n\n"
        "山区蔬菜喜丰收\n来源：某某研究院\n\n"
        + BODY
        + "\n您收到此邮件是因为您订阅了某某研究简报。退订请回复“退订”。\n"
    )
    text = joined(art)
    for chrome in ("From:", "To:", "Subject:", "订阅"):
        assert chrome not in text
    # the same in Chinese labels: the subject line is not the headline
    art = build(
        "发件人：某某研究院 <news@example.cn>\n收件人：reader@example.com\n主题：山区蔬菜喜丰收\n"
        "发送时间：2025年4月14日 9:00\n\n山区蔬菜喜丰收\n来源：某某研究院\n\n"
        + BODY
        + "\n如不想再收到此类邮件，请点击这里取消订阅。\n"
    )
    assert art.meta.title == "山区蔬菜喜丰收"
    assert "收件人" not in joined(art) and "取消订阅" not in joined(art)
    # without an address the lines are no e-mail; a sentence about subscribing is text
    art = build(
        HEAD
        + "日期：2025-06-05\n主题：春耕\n\n"
        + BODY
        + "\n村民们纷纷订阅了农技简报，收到后认真学习。\n"
    )
    assert "订阅了农技简报" in joined(art)


def test_a_forum_signature_between_rules():
    art = build(
        "某某论坛 › 乡镇新闻\n茶园里的新农人\n楼主：南山客　发表于 2025-5-6 21:03:44\n\n"
        + BODY
        + "\n回复　举报\n------签名：家住江南，心系乡土------\n"
    )
    assert "签名" not in joined(art)
    # a sentence about signing stays
    art = build(HEAD + BODY + "\n签名仪式结束后，双方代表合影留念，现场气氛热烈。\n")
    assert "签名仪式" in joined(art)


def test_an_e_paper_pages_info_line_and_its_headlines_on_one_line():
    art = build(
        "某某时报　电子版\n版次：03　基层·林区　期号：20250611\n"
        "本版新闻：林下经济唤醒大山｜护林员的一天｜油茶花开\n林下经济唤醒大山\n本报记者　杨某某\n\n"
        + BODY
        + "\n【打印】【返回】\n"
    )
    text = joined(art)
    assert "版次" not in text and "本版新闻" not in text
    art = build("版面：A3 要闻\n山区蔬菜喜丰收\n2025-06-05\n\n" + BODY + "\n相关新闻：一｜二｜三\n")
    assert "版面" not in joined(art) and "相关新闻" not in joined(art)
    # a sentence about an issue or a page is text
    art = build(HEAD + BODY + "\n本期导读：调研组走进三个村，听村民讲述变化。\n")
    assert "调研组走进三个村" in joined(art)


def test_a_mastheads_section_after_a_bar_is_never_the_headline():
    art = build("某某日报 Mouxin Daily　|　国际\n大马乡亲回乡 助建家乡敬老院\n\n" + BODY)
    assert art.meta.title == "大马乡亲回乡 助建家乡敬老院"
    art = build("某某晚报 | 要闻\n山区蔬菜喜丰收\n2025-06-05\n\n" + BODY)
    assert art.meta.title == "山区蔬菜喜丰收"
    # a headline with a section after a bar names no outlet first: still the headline
    art = build("山区蔬菜喜丰收 | 国际\n\n" + BODY)
    assert art.meta.title.startswith("山区蔬菜喜丰收")


def test_saved_html_keeps_a_lone_ideographic_space():
    from index.ingest.html import extract_page

    page = extract_page(
        "<html><head><title>返鄉種文旦的第三年\u3000青農的甜分｜某週刊</title></head><body>"
        "<h1>返鄉種文旦的第三年\u3000青農的甜分</h1>"
        f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert page.meta["title"] == "返鄉種文旦的第三年\u3000青農的甜分"
    # runs of mixed spaces still read as one space
    page = extract_page(
        "<html><head><title>山区蔬菜  \u3000喜丰收</title></head><body>"
        f"<div><p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    assert page.meta["title"] == "山区蔬菜 喜丰收"
