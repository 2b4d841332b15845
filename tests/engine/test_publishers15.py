"""Issue 10, item 3 (pubs15 round): the publisher table by class, and outlets named by rule.

Made-up lines around real outlets' names (the table is what is tested): positives per class,
and negatives — a body's mention is not the page's credit, everyday words are no outlets.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.ingest.publishers import looks_like_outlet, publishers
from tests.engine.made_up import BODY, build

TITLE = "山区蔬菜喜丰收"


def _source_site(text: str) -> tuple[str | None, str | None]:
    art = build(text)
    return art.meta.source, art.meta.site


@pytest.mark.parametrize(
    ("name", "kind", "region"),
    [
        ("侠客岛", "account", "CN"),  # a central paper's WeChat brand
        ("玉渊谭天", "account", "CN"),
        ("央视频", "platform", "CN"),
        ("中国长安网", "site", "CN"),
        ("农业农村部", "gov", "CN"),  # ministries and national agencies
        ("国家卫健委", "gov", "CN"),
        ("半岛都市报", "paper", "CN"),  # provincial metro papers, apps and portals
        ("甬派", "app", "CN"),
        ("华声在线", "site", "CN"),
        ("东方财富网", "site", "CN"),  # business and technology media
        ("南风窗", "journal", "CN"),  # magazines and party journals
        ("新湘评论", "journal", "CN"),
        ("東周刊", "journal", "HK"),  # Hong Kong, Macau, Taiwan in their own script
        ("澳門時報", "paper", "MO"),
        ("遠見雜誌", "journal", "TW"),
        ("陸委會", "gov", "TW"),
        ("温哥华港湾", "site", "CA"),  # overseas Chinese-language media
        ("非洲华侨周报", "paper", "ZA"),
        ("朝中社", "agency", "KP"),  # foreign wires as Chinese pages name them
    ],
)
def test_a_class_of_outlets_is_in_the_table(name, kind, region):
    pub = publishers().lookup(name)
    assert pub is not None and (pub.kind, pub.region) == (kind, region)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("宜昌日报", "paper"),  # a prefecture's short name + a paper's suffix
        ("襄阳晚报", "paper"),
        ("恩施州融媒体中心", "tv"),  # an autonomous prefecture's 州 form
        ("永嘉县融媒体中心", "tv"),  # a county's full name
        ("永嘉融媒体中心", "tv"),
        ("宁海新闻网", "site"),
        ("宜昌广播电视台", "tv"),
        ("安吉发布", "gov"),
        ("莒县发布", "gov"),  # a county without a short name keeps its full one
        ("兴仁市人民政府", "gov"),
        ("甘孜州人民政府", "gov"),
        ("宜昌市人民政府门户网站", "gov"),
    ],
)
def test_outlets_named_by_rule_from_the_division_table(name, kind):
    pub = publishers().lookup(name)
    assert pub is not None and pub.kind == kind
    assert publishers().canonical(name) == name  # a rule's name is never rewritten


def test_a_row_of_the_table_wins_over_a_rule_and_a_rule_never_makes_a_name_of_a_place():
    # 东方 (东方市), 光明 (光明区), 新华 (新华区): the table's paper, not the place's
    assert publishers().lookup("东方日报").region == "HK"
    assert publishers().lookup("光明日报").name == "光明日报"
    assert publishers().lookup("新华日报").kind == "paper"
    # a place alone, a suffix alone, or a suffix no outlet takes, names nothing
    for name in ("宜昌", "宜昌市", "日报", "宜昌日", "宜昌市日报", "永嘉县日报", "宜昌市政府办"):
        assert publishers().lookup(name) is None, name
    # Hong Kong's and Macau's outlets are rows of their own, not 香港日报
    assert publishers().lookup("香港日报") is None


def test_everyday_words_and_glued_words_are_no_outlets():
    pubs = publishers()
    for word in ("读者", "财经", "前线", "群众", "奋斗", "捷报", "周到", "界面", "未来网"):
        assert pubs.lookup(word) is None, word
    # 劳动报酬, 捷报频传, 张龙报道, 中东社会, 团结报告: no name inside them (X报 before 道 or 告)
    for text in ("劳动报酬按月发放", "捷报频传", "记者张龙报道", "中东社会", "民族团结报告会"):
        assert pubs.find(fold(text)) == [], text


def test_a_body_mention_is_weighed_not_taken_as_the_source():
    # the rule's name is found in a sentence ...
    found = publishers().find(fold("据宜昌日报报道，当地蔬菜丰收。"))
    assert [n.publisher.name for n in found] == ["宜昌日报"]
    # ... but the page's own credit wins, and a mention alone credits nothing
    body = "据宜昌日报报道，当地蔬菜丰收。\n" + BODY
    assert build(f"{TITLE}\n2024-05-08　来源：恩施日报\n\n" + body).meta.source == "恩施日报"
    assert build(f"{TITLE}\n2024-05-08\n\n" + body).meta.source is None
    body = "新京报记者了解到，当地蔬菜丰收。\n" + BODY
    assert build(f"{TITLE}\n2024-05-08　来源：某某晚报\n\n" + body).meta.source == "某某晚报"
    body = "彭博社5月7日报道，当地蔬菜丰收。\n" + BODY
    assert build(f"{TITLE}\n2024-05-08　来源：参考消息\n\n" + body).meta.source == "参考消息"


def test_labelled_forms_bylines_and_datelines_credit_a_known_name():
    assert _source_site(f"{TITLE}\n2024-05-08 10:00　来源：侠客岛\n\n" + BODY)[0] == "侠客岛"
    assert _source_site(f"{TITLE}\n2024-05-08　来源：甬派客户端\n\n" + BODY) == ("甬派", "甬派")
    assert _source_site(f"{TITLE}\n2024-05-08\n宜昌日报记者 张明远\n\n" + BODY)[0] == "宜昌日报"
    lead = "宜昌日报讯（记者 张明远）当地蔬菜丰收。\n"
    assert _source_site(f"{TITLE}\n2024-05-08\n\n" + lead + BODY)[0] == "宜昌日报"
    text = f"{TITLE}\n发布时间：2024-05-08　信息来源：兴仁市人民政府\n\n" + BODY
    assert _source_site(text)[0] == "兴仁市人民政府"
    assert _source_site(f"{TITLE}\n2024-05-08　来源：农业农村部\n\n" + BODY)[0] == "农业农村部"


def test_a_known_name_beside_the_date_credits_it():
    assert _source_site(f"{TITLE}\n玉渊谭天　2024-05-08 10:00\n\n" + BODY)[0] == "玉渊谭天"
    assert _source_site(f"{TITLE}\n2024年5月8日　東周刊\n\n" + BODY)[0] == "東周刊"
    assert _source_site(f"{TITLE}\n莒县发布　2024-05-08 10:00\n\n" + BODY)[0] == "莒县发布"
    assert _source_site(f"{TITLE}\n温哥华港湾　2024-05-08\n\n" + BODY)[0] == "温哥华港湾"


def test_an_account_is_credited_and_never_the_site_it_was_read_on():
    text = f"{TITLE}\n原创 王某 侠客岛 2024-05-08 10:00\n\n" + BODY
    assert _source_site(text) == ("侠客岛", "微信公众号")
    source, site = _source_site(f"{TITLE}\n2024-05-08 10:00　来源：玉渊谭天\n\n" + BODY)
    assert (source, site) == ("玉渊谭天", None)


def test_copyright_footers_and_repost_lines_credit_a_known_name():
    text = f"{TITLE}\n2024-05-08\n\n" + BODY + "\n© 2024 经济观察报 版权所有\n"
    assert _source_site(text)[0] == "经济观察报"
    text = f"{TITLE}\n2024-05-08\n\n" + BODY + "\n恩施日报社版权所有\n"
    assert _source_site(text)[0] == "恩施日报"
    text = f"{TITLE}\n2024-05-08\n\n" + BODY + "\n本文转载自晚点LatePost\n"
    assert _source_site(text)[0] == "晚点LatePost"


def test_looks_like_outlet_keeps_its_shape_rule_for_unknown_names():
    assert looks_like_outlet("某某日报") and looks_like_outlet("玉渊谭天")
    assert not looks_like_outlet("本地新闻") and not looks_like_outlet("蔬菜丰收")
