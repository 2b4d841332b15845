"""Issue 10, round 11 (meta11c): families heldout10 missed in chrome, body and spam.

Made-up examples, each family in more than one shape, with negatives. Chrome: a video page's
counts with the number first and its row of bare counts, a platform's IP-location stamp, a
comment box's placeholder, a recommended-videos heading, an author's statement, a web
archive's banner, a notes app's property as a list item, a share bar and a rights line in
another language, a forum thread's 查看/回复 counter and its first reply (沙发：…). Spam: a
licence offered with no exam before a contact, a loan advert with its market and a 加V handle.
"""

from __future__ import annotations

from index.ingest.cleaning import Line
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, HEAD, P1, P2, build, clean, joined


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, text.lower()))


def test_a_video_pages_counts_in_any_order():
    for line in (
        "12.6万次播放\u30003.1万赞",
        "3.2w播放 1024点赞",
        "1.2万\u3000532\u3000806\u30002187",
    ):
        assert _reason(line) == "counter", line
        art = build(HEAD + line + "\n\n" + BODY)
        assert line not in joined(art), line
    # a row of years or a sentence with counts is not a counter
    assert _reason("2021 2022 2023") != "counter"
    assert _reason("全县共播放宣传片1200次，点赞的群众很多。") is None


def test_a_forum_threads_view_and_reply_counter():
    for line in ("查看：3861\u3000回复：27", "查看 1200 回复 8"):
        assert _reason(line) == "counter", line
    assert _reason("查看现场的专家回复了村民的提问。") is None


def test_a_platforms_ip_location_stamp_and_comment_box():
    for line in ("IP属地：吉林", "ip属地:广东", "说点什么...", "写评论", "我来说两句"):
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    art = build(HEAD + BODY + "\n说点什么好呢？村民们你一言我一语，都说今年收成好。\n")
    assert "说点什么好呢" in joined(art)


def test_headings_and_statements_of_a_video_page():
    for line in ("推荐视频", "热门视频", "作者声明：内容由本人拍摄", "作者声明：内容由AI生成"):
        assert _reason(line), line
    assert _reason("作者声明他没有参与此事，村民们也证实了这一点。") is None


def test_a_web_archives_banner():
    for line in (
        "archive.today webpage capture",
        "All snapshots from host www.example.com.cn",
        "Saved from https://www.example.com.cn/p/1.html",
    ):
        art = build(line + "\n" + HEAD + BODY)
        assert line not in joined(art), line


def test_a_notes_apps_property_as_a_list_item():
    for line in ("- Category: #articles", "* Document Tags: #乡村", "Category: news"):
        assert _reason(line), line
    assert _reason("- 第一类：粮食作物") is None


def test_a_share_bar_and_a_rights_line_in_another_language():
    for line in (
        "Поделиться：VK\u3000Telegram",
        "Compartilhar: Facebook WhatsApp",
        "シェア",
        "Share this article",
        "© Лун Бао, все права защищены",
        "Todos os direitos reservados",
        "© 某某华文报",
    ):
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    assert _reason("shareholders meeting") is None


def test_a_forums_first_reply_and_the_toolbar_above_it():
    text = (
        "某某社区 > 三农观察\n回老家看了看村里的变化\n楼主：某某　发表于 2024-5-7 21:33\n\n"
        + BODY
        + "\n回复\u3000引用\u3000举报\n沙发：老哥写得实在，我们那边也差不多。\n"
    )
    out = joined(build(text))
    assert P1 in out and P2 in out
    assert "沙发" not in out and "引用" not in out
    # 沙发 in a sentence of the text stays
    out = joined(build(HEAD + "沙发：客厅里新添的物件，老人坐着很舒服。\n\n" + BODY))
    assert "沙发：客厅里" in out


def test_a_licence_offered_with_no_exam_before_a_contact():
    assert clean("从组培苗到原种、代办驾驶证不用考试联系qq778899一级种实现了一条龙生产。") == (
        "从组培苗到原种、一级种实现了一条龙生产。"
    )
    assert clean("村口办驾照包过加微信abc12345，路修好了。") == "村口，路修好了。"
    # a service hall's errand with its phone number stays
    for text in (
        "市民可到大厅代办驾驶证，联系电话0452-1234567。",
        "车管所可代办驾驶证换证，联系电话0452-1234567。",
    ):
        assert clean(text) == text


def test_a_loan_advert_with_its_market_and_a_v_handle():
    assert clean("村集体牵头建起加工厂深圳无抵押贷款当天放款加V：dk5588，鲜笋加工成笋干。") == (
        "村集体牵头建起加工厂，鲜笋加工成笋干。"
    )
    # 加V without an ID is words
    assert clean("他说要加V：不然不行。") == "他说要加V：不然不行。"


def test_a_video_caption_with_topic_tags_is_the_title():
    for account, caption, title in (
        (
            "某县融媒体中心官方账号",
            "山里百香果丰收 村民直播带货忙。#乡村振兴 #百香果",
            "山里百香果丰收 村民直播带货忙",
        ),
        ("某某发布官方视频号", "冬捕开网 头鱼拍出好价钱！#冬捕 #查干湖", "冬捕开网 头鱼拍出好价钱"),
    ):
        art = build("@某县融媒体中心\n" + account + "\n" + caption + "\n\n" + BODY)
        assert art.meta.title == title, caption
        assert "#" not in joined(art)
    # a sentence of the text that only mentions a tag is no caption, and a headline line wins
    art = build(
        "山区蔬菜喜丰收\n2025-06-05\n\n"
        + "村民们在直播间里讲了很多年的种菜经验。#乡村振兴\n\n"
        + BODY
    )
    assert art.meta.title == "山区蔬菜喜丰收"
