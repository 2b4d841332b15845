"""Issue 10, round 12 (meta12c): families heldout11 missed in titles, chrome and spam.

Made-up examples, each family in more than one shape, with negatives. Chrome: counts behind
icons with a post's time, read receipts, a group notice's request to acknowledge it, a chat
app's export header, a subscription prompt with what it offers, a contact footer led by a
labelled field, a list's one-word heading. Titles: a headline alone in 【】, a short exclaiming
headline over a thread's toolbar, a paper's masthead with its edition, an HTML page-kind label.
Spam: a city glued before an advert that ends its clause.
"""

from __future__ import annotations

from index.build.folding import fold
from index.ingest.cleaning import Line
from index.ingest.html import kind_label
from index.ingest.zones import chrome_reason
from tests.engine.made_up import BODY, HEAD, P1, P2, build, build_page, clean, joined


def _reason(text: str) -> str | None:
    return chrome_reason(Line(1, text, fold(text)))


def test_counts_behind_icons_and_read_receipts():
    for line in (
        "👁 1.1K  20:14",
        "👁 356",
        "❤ 32 💬 5",
        "👍 1.2万",
        "已讀 23",
        "已读 5",
        "23人已读",
    ):
        assert _reason(line) == "counter", line
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    assert _reason("已读的文件要归档。") is None
    assert _reason("❤ 感谢每一位志愿者") != "counter"


def test_a_group_notices_request_to_acknowledge():
    for line in (
        "收到请回复“收到”，谢谢配合！",
        "收到请回复1",
        "请大家回复“收到”",
        "看到请回复收到，辛苦了！",
    ):
        assert _reason(line) == "prompt to the reader", line
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert P2 in joined(art) and line not in joined(art), line
    for line in ("收到通知后，村民们纷纷回复，表示一定配合。", "请回复村委会的问卷。"):
        assert _reason(line) is None, line


def test_a_chat_apps_export_header():
    for line in (
        "[LINE] 與「大林社區發展協會」的聊天",
        "[WeChat] 家乡群",
        "与“村委会”的聊天记录",
        "Chat history with 林美惠",
    ):
        assert _reason(line) == "chat export header", line
    art = build("[LINE] 與「某某協會」的聊天\n2024.11.27 星期三\n【老街長者共餐據點開張】\n" + BODY)
    assert art.meta.title == "老街長者共餐據點開張"
    assert _reason("与村民的聊天让他很受启发。") is None


def test_a_subscription_prompt_with_what_it_offers():
    for line in (
        "订阅当今大马，支持独立新闻",
        "訂閱世界日報，掌握社區大小事",
        "立即订阅某某周刊，第一时间获取资讯",
    ):
        assert _reason(line), line
        art = build(HEAD + BODY + "\n" + line + "\n")
        assert line not in joined(art), line
    art = build(HEAD + P1 + "\n\n订阅用户超过十万，报社支持独立调查。\n\n" + P2 + "\n")
    assert "订阅用户超过十万" in joined(art)


def test_a_contact_footer_led_by_a_labelled_field():
    for line in (
        "里長：陳建國　電話：(02)2700-xxxx　地址：臺北市大安區",
        "村支书：王某　电话：0571-1234567　地址：某某村村委会",
    ):
        assert _reason(line) == "address or contact footer", line
    assert _reason("里長：陳建國表示，演練很成功。") != "address or contact footer"


def test_a_lists_one_word_heading(tmp_path):
    page = (
        "<html><head><title>某某镇举办邻里节 - 某某网</title></head><body><h1>某某镇举办邻里节</h1>"
        f"<p>{P1}</p><p>{P2}</p><div class='hot'>热门<br>组屋区邻里节周末登场</div></body></html>"
    )
    art = build_page(page, tmp_path)
    assert "组屋区邻里节周末登场" not in joined(art)
    assert P2 in joined(art)


def test_a_headline_alone_in_brackets():
    art = build("某某频道\n【中国农村互助养老试点扩大】\n美国之音 | Nov. 30, 2024\n" + BODY)
    assert art.meta.title == "中国农村互助养老试点扩大"
    # a bracket opening a longer line is a tag before the headline, not the whole title
    art = build("【家乡变化】村里的路灯装好了\n2025-06-05\n\n" + BODY)
    assert art.meta.title.endswith("村里的路灯装好了")


def test_a_short_exclaiming_headline_over_a_threads_toolbar():
    art = build("某某吧 > 看贴\n我们村的路灯终于装好了！！\n只看楼主　收藏　回复\n\n" + BODY)
    assert art.meta.title == "我们村的路灯终于装好了！！"
    assert "只看楼主" not in joined(art) and P1 in joined(art)
    # an exclamation opening the text over another sentence stays text
    art = build(HEAD + "今年的收成真是太好了！\n" + BODY)
    assert "今年的收成真是太好了！" in joined(art)


def test_a_papers_masthead_with_its_edition():
    for head in ("某某日报（汉文版）", "某某日报 蒙文版", "某某晚报(海外版)"):
        art = build(head + "\n第02版：要闻\n“牛保姆”托管让牧民省心\n日期：2024-11-25\n\n" + BODY)
        assert art.meta.title == "“牛保姆”托管让牧民省心", head
        assert art.meta.source == head[:4], head


def test_an_html_page_kind_label_is_no_headline(tmp_path):
    for label in ("新闻发布 | Press Release", "新聞稿", "Press Releases", "通知公告"):
        assert kind_label(label), label
    for text in ("新闻发布会上的三个细节", "通知：村里停水"):
        assert not kind_label(text), text
    page = (
        "<html><head><title>新闻发布 | Press Release - 某某区管委会</title></head><body>"
        "<div class='hd'>新闻发布 | Press Release</div><h1>某某社区邻里中心服务延伸到新建小区</h1>"
        f"<p>{P1}</p><p>{P2}</p></body></html>"
    )
    assert build_page(page, tmp_path).meta.title == "某某社区邻里中心服务延伸到新建小区"


def test_a_city_glued_before_an_advert_that_ends_its_clause():
    assert clean("跑遍了全村的茶园杭州无抵押小额贷款秒批。村民说") == "跑遍了全村的茶园。村民说"
    assert clean("走遍了山上的果园泰州无抵押小额贷款秒批，") == "走遍了山上的果园，"
    # governed by a preposition or a verb of place, the city is the sentence's own
    assert clean("他常去杭州无抵押小额贷款秒批。") == "他常去杭州。"
    assert clean("产品销往杭州无抵押小额贷款秒批，") == "产品销往杭州，"
    # an advert that does not end its clause leaves the city
    assert "杭州" in clean("茶园杭州无抵押小额贷款秒批的广告")


def test_more_post_counts_read_receipts_and_mentions():
    for line in ("2.3K subscribers", "1.1K views  20:14", "3人未读", "20:14 已读", "👍 12  👎 1"):
        assert _reason(line) == "counter", line
    for line in ("@所有人", "@张三 @李四"):
        assert _reason(line) == "chat mention", line
    for line in ("以上通知，收到请回复", "收到请回复"):
        assert _reason(line) == "prompt to the reader", line
    for line in ("订阅我们的电子报，每天获取最新新闻", "免费订阅，了解更多"):
        assert _reason(line), line
    for line in (
        "2024 views on policy",
        "收到请回复后再出发。",
        "已读的文件要归档。",
        "@张三：这条路修得真好。",
    ):
        assert _reason(line) not in ("counter", "chat mention", "prompt to the reader"), line


def test_chat_record_headers_and_page_kind_labels_in_text():
    for line in ("微信聊天记录", "群聊天记录", "村委会的群聊记录"):
        assert _reason(line) == "chat export header", line
    art = build(
        "微信聊天记录\n与“某某村村委会”的聊天记录\n2024-12-01 09:12 王书记\n【某某村冬季防火通知】\n"
        + BODY
    )
    assert art.meta.title == "某某村冬季防火通知"
    # a page-kind label is neither the headline nor an outlet (新闻发布 ends like 某某发布)
    art = build("新闻发布\n某区社区服务延伸到新建小区\n发布时间：2024-12-01\n\n" + BODY)
    assert art.meta.title == "某区社区服务延伸到新建小区"
    assert art.meta.source is None
    assert _reason("聊天记录显示，他曾多次催促对方还款。") is None
