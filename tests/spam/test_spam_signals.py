"""Spam found by composed signals (index/ingest/spam_signals.py), on made-up sentences.

Each family: an advert in a known shape (product + promise, or a run + a contact) is
cut and the sentence reads as written; news with one signal alone stays. The dev part
of tests/spam/spam_set.yaml is a floor; its held-out part is never asserted on.
"""

from __future__ import annotations

import time

import pytest

from bench.spam_set import measure
from index.build.folding import fold
from index.config import load_config
from index.ingest.cleaning import CleaningRules, make_line
from index.ingest.spam_signals import SignalSpam, squeeze, trie_pattern
from index.regions import RegionTagger

RULES = CleaningRules.from_config(load_config(None).cleaning)


def clean(text: str) -> str:
    return make_line(text, RULES, 1).text


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # a run with a contact glued after it
        ("镇里修了新路，网贷秒批黑户可下加微信dk2288，群众很满意。", "镇里修了新路，群众很满意。"),
        ("展厅里，花呗套现手续费低 VX：hb6677，陈列着老照片。", "展厅里，陈列着老照片。"),
        (
            "村里建起了书屋，高仿名表货源批发，加微信mb5566，孩子们常来。",
            "村里建起了书屋，孩子们常来。",
        ),
        # product and promise, no contact
        ("市民休闲的好去处，蜘蛛池出租快速收录，周末人很多。", "市民休闲的好去处，周末人很多。"),
        ("志愿者讲解知识，刷单兼职一单一结，居民积极参与。", "志愿者讲解知识，居民积极参与。"),
        # obfuscated: spaces, emoji, full width, ➕
        ("文化节期间，代 考 四 六 级 包 过，市集热闹。", "文化节期间，市集热闹。"),
        ("会上，信用卡🔥代还🔥提额➕V：ka9911，代表们发言。", "会上，代表们发言。"),
        ("据悉，壮阳药延时不伤身ＱＱ：１２３４５６７８，工程已完工。", "据悉，工程已完工。"),
        # a chat ID with the short clause it closes
        ("据了解，新品到货，加微信ab12345，项目已开工。", "据了解，项目已开工。"),
        # a city glued before an advert with its contact is its market
        ("活动当天泰州办证刻章加微信bz7788，现场有志愿者。", "活动当天，现场有志愿者。"),
    ],
)
def test_adverts_in_known_shapes_are_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "警方提醒，所谓注册送彩金的网站都是诈骗陷阱。",
        "公安机关严厉打击代考代写等考试作弊行为。",
        "凡自称可以代理赌场开户的微信号，都是诈骗账号。",
        "市民可到政务大厅办理身份证，咨询电话：0771-1234567。",
        "家政服务中心提供上门护理，预约电话：0571-87651234。",
        "该行今年累计发放小额贷款十二亿元。",
        "警方在出租屋内查获高仿证件两百余本。",
        "纳税人可通过电子税务局申请代开发票。",
        "来源：微信公众号“平安南宁”。",
        "驾照考试科目一实行了人脸识别。",
        "他常在北京工作，信用卡分期业务可在手机银行办理。",
        "乡干部和志愿者进村入户，为牧民代办证件、义诊送药。",
        "服装厂请模特上门试衣，效果很好。",
        "学校还组织学生走进田间地头，首存送100%的说法是骗局。",
    ],
)
def test_news_with_one_signal_stays(news: str) -> None:
    assert clean(news) == news


def test_a_glued_city_after_a_preposition_of_place_stays() -> None:
    assert clean("他常在北京太阳城娱乐在线注册送彩金群众") == "他常在北京群众"


def test_places_inside_a_cut_advert_tag_no_region() -> None:
    text = "村里建起了书屋，柳州无抵押贷款秒批加微信dk2288，孩子们常来。"
    assert RegionTagger().tag(fold(clean(text))) == ()


def test_squeeze_maps_back_to_the_line() -> None:
    sq, where = squeeze("加🌹微 信 ab1234")
    assert sq == "加微信ab1234"
    assert where is not None and [("加🌹微 信 ab1234")[i] for i in where] == list(sq)
    assert squeeze("普通的句子。") == ("普通的句子。", None)


def test_trie_pattern_takes_the_longest_word() -> None:
    import re

    assert re.findall(trie_pattern(["一", "一夜情", "一级"]), "一夜情一级一") == [
        "一夜情",
        "一级",
        "一",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "网贷" * 5000,
        "微信" + "a1" * 5000,
        "加微信" * 3000 + "1" * 50,
        ("澳 门 " * 2000) + "新葡京",
        "代考" + "包过" * 4000 + "，" * 10,
        "高仿名表货源批发" * 1000 + "加微信",
    ],
    ids=["loan words", "chat id", "media", "spaced", "promises", "runs"],
)
def test_no_line_backtracks_badly(line: str) -> None:
    start = time.process_time()
    SignalSpam().finditer(fold(line))
    assert time.process_time() - start < 0.5
    # the whole lexicon too: its runs look ahead a bounded number of words
    start = time.process_time()
    make_line(line, RULES, 1)
    assert time.process_time() - start < 1.0


def test_dev_part_of_the_spam_set_holds() -> None:
    score = measure("dev", RULES)
    assert score.removed / score.spam >= 0.95
    assert score.false_cuts == 0
    assert score.overcut <= 2
