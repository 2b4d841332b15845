"""Selling clauses glued to a sentence's end with no contact (the heldout18/18b shape), on
made-up sentences: found by the n-gram model (index/ingest/spam_model.py), not a list.

- a market, a service and a selling point glued before 。 (…菜店|高价回收各类购物卡。);
- the cut starts where a word starts, never inside the sentence's last word;
- news using the same words (招商引资, 回收, 办理, 批发, 加盟, 上门) keeps every character.
"""

from __future__ import annotations

import json

import pytest

from index.config import load_config
from index.ingest.cleaning import CleaningRules, make_line
from index.ingest.spam_model import MODEL, model

# Shapes the model still scores below its thresholds: words its adverts do not hold yet.
MISSED = pytest.mark.xfail(reason="below the model's thresholds", strict=False)
RULES = CleaningRules.from_config(load_config(None).cleaning)


def clean(text: str) -> str:
    return make_line(text, RULES, 1).text


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        pytest.param(
            "傍晚的江边步道上散步的人很多高价收购各种名酒礼品。",
            "傍晚的江边步道上散步的人很多。",
            marks=MISSED,
        ),
        (
            "新开的图书馆周末座位常常坐满专业婚姻调查取证保密。",
            "新开的图书馆周末座位常常坐满。",
        ),
        pytest.param(
            "老街两侧的店铺陆续挂起了灯笼足彩代买返水最高。",
            "老街两侧的店铺陆续挂起了灯笼。",
            marks=MISSED,
        ),
        (
            "村民们把晒干的辣椒装袋运往镇上免费代办大额信用卡秒批。",
            "村民们把晒干的辣椒装袋运往镇上。",
        ),
        (
            "今年的猕猴桃个头大、甜度高，预订电话一直响个不停厂家直销一件代发诚招代理。",
            "今年的猕猴桃个头大、甜度高，预订电话一直响个不停。",
        ),
        (
            "午饭后孩子们在操场上踢球私人侦探跟踪调查，老师在一旁看护。",
            "午饭后孩子们在操场上踢球，老师在一旁看护。",
        ),
        pytest.param(
            "雨后的山谷里云雾缭绕数字货币搬砖套利稳赚。",
            "雨后的山谷里云雾缭绕。",
            marks=MISSED,
        ),
        pytest.param(
            "游客在古桥边排队拍照科学上网梯子节点稳定。",
            "游客在古桥边排队拍照。",
            marks=MISSED,
        ),
    ],
)
def test_glued_selling_clause_is_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "今年前三季度，全区招商引资到位资金一百二十亿元，同比增长百分之十五。",
        "开发区举办专场招商会，二十多家企业现场签约。",
        "市城管局在三十个小区试点生活垃圾分类回收，居民可用积分兑换日用品。",
        "旧手机回收项目启动后，已有两千多部手机被拆解再利用。",
        "市民在政务服务中心一个窗口就能办理营业执照和税务登记。",
        "办理护照的市民可以在网上预约，到出入境大厅只需十分钟。",
        "银行工作人员上门为行动不便的老人办理社保卡激活。",
        "果农说，今年苹果的批发价每斤比去年高了三毛钱。",
        "这家老字号拒绝了多家公司的加盟邀请，坚持只开直营店。",
        "警方破获一起私家侦探非法获取公民个人信息案，抓获犯罪嫌疑人六名。",
        "体彩中心介绍，今年销售的彩票公益金将用于修建社区健身场地。",
        "专家提醒，虚拟货币交易炒作风险大，市民切勿参与。",
        "商务部门组织电商企业开展直播带货，帮助农户销售滞销水果。",
        "小区物业每周上门收取大件垃圾，居民反映很方便。",
    ],
)
def test_news_with_selling_words_is_kept(news: str) -> None:
    assert clean(news) == news


def test_cut_starts_at_a_word() -> None:
    """The advert after 参加 keeps 加 with the sentence's word."""
    text = "上百名学生报名参加高价回收购物卡礼品卡，场面热闹。"
    assert clean(text).startswith("上百名学生报名参加")


def test_model_document_is_whole() -> None:
    """The shipped weights load, with thresholds that keep a tail from being a word or two."""
    doc = json.loads(MODEL.read_text(encoding="utf-8"))
    m = model()
    assert doc["weights"] and m.min_chars >= 4 and m.min_total > 3 * m.min_mean


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # a tail meeting a lexicon match: the match's start stands, the tail takes the rest
        ("桥头新开了一家早餐铺子热水器办证刻章电话微信同号。", "桥头新开了一家早餐铺子热水器。"),
        # a contact's verb before a tail starting with its medium goes with it
        ("志愿者们忙到天黑才收工加微信领取彩金。", "志愿者们忙到天黑才收工。"),
    ],
)
def test_tail_beside_other_signals(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # a district or county glued before an advert's 本地/同城 is its market
        ("傍晚江边散步的人不少璧山同城信用贷款秒批。", "傍晚江边散步的人不少。"),
        ("新修的栈道一直通到山顶龙泉驿本地无抵押贷款当天放款。", "新修的栈道一直通到山顶。"),
        # governed by a verb of place, the name is the sentence's own
        ("村里的老人都说在合川本地信用贷款秒批。", "村里的老人都说在合川。"),
    ],
)
def test_district_before_local_advert(dirty: str, want: str) -> None:
    assert clean(dirty) == want


def test_district_before_local_news_kept() -> None:
    text = "比赛结束后，不少来自渝北本地的球迷留下来合影。"
    assert clean(text) == text


def test_advert_before_a_chat_id_goes_with_it() -> None:
    """Words no list holds before a chat ID: the model scores the clause up to the contact."""
    text = "新建的停车场有三百多个车位游戏金币代练上分加微信wow6677，方便了周边居民。"
    assert clean(text) == "新建的停车场有三百多个车位，方便了周边居民。"
