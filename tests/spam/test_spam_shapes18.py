"""Spam by shape, whatever it sells (index/ingest/spam_signals.py), on made-up sentences.

Two signals that need no product word: a spam site's bare address, its own name mixing
letters and digits (hg8866.com), goes with the short clause it closes, as a chat ID does;
and a short clause set off by punctuation, made of selling words with a claim and a second
signal and none of a news clause's grammar (…，上海户口买卖一手资源，…), goes whole. News
naming sites, prices and sales in sentences of its own stays.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.ingest.cleaning import CleaningRules, make_line

RULES = CleaningRules.from_config(load_config(None).cleaning)


def clean(text: str) -> str:
    return make_line(text, RULES, 1).text


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # a spam site's address with the short clause it closes
        (
            "水库加固工程已经完工，稳定加速器 www.jsq77.com，汛期前投入使用。",
            "水库加固工程已经完工，汛期前投入使用。",
        ),
        (
            "图书馆延长了开放时间，最新入口：https://kk5501.top，读者纷纷点赞。",
            "图书馆延长了开放时间，读者纷纷点赞。",
        ),
        (
            "农技员现场示范嫁接技术 a8b9.xyz，果农们认真学习。",
            "农技员现场示范嫁接技术，果农们认真学习。",
        ),
        # an advert's clause of selling words, whatever it sells
        (
            "社区举办了消夏晚会，牌照租赁一手资源低价出售，居民踊跃参加。",
            "社区举办了消夏晚会，居民踊跃参加。",
        ),
        ("会上，奇迹私服开服一条龙，代表们踊跃发言。", "会上，代表们踊跃发言。"),
        ("公园里花开正艳，快三必中计划群，游人如织。", "公园里花开正艳，游人如织。"),
        (
            "新建基站一千余个，微信号出售靓号低价，覆盖所有乡镇。",
            "新建基站一千余个，覆盖所有乡镇。",
        ),
    ],
)
def test_adverts_by_shape_are_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        # sites news names: a portal's, a page with its path, a name of digits or letters alone
        "详情可登录 www.12306.cn 查询，也可拨打客服电话。",
        "图片来自 https://pics5.example.com/feed/a1.jpeg，版权归原作者。",
        "他平时在 www.163.com 上看新闻，也常用 www.qq.com 聊天。",
        # clauses of prices and sales with a news clause's grammar, or no claim
        "今年以来，全市蔬菜价格稳定，市场供应充足。",
        "活动期间，商场推出优惠折扣，吸引了众多市民。",
        "志愿者一对一帮扶留守儿童，安全稳定。",
        "他们在直播间出售农产品，每天订单上百单。",
        "合作社统一收购，农民收入稳定。",
        "警方提醒，所谓一手资源稳赚不赔的说法都是骗局。",
    ],
)
def test_news_with_the_same_shapes_stays(news: str) -> None:
    assert clean(news) == news


@pytest.mark.parametrize(
    ("dirty", "kept"),
    [
        ("镇上举办了集市，低价出售一手资源乡亲们纷纷赶来。", "乡亲们纷纷赶来。"),
        ("学校开展了安全教育，包过代办资格证老师讲得很细致。", "老师讲得很细致。"),
    ],
)
def test_news_glued_after_an_advert_clause_stays(dirty: str, kept: str) -> None:
    assert clean(dirty).endswith(kept)
