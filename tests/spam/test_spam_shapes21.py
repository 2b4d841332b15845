"""Adverts standing as a sentence of their own after a news sentence (…上市。|安顺本地上门
按摩服务), the heldout19/19b shape, on made-up sentences:

- the advert's market word opens it (本地, 同城, 全国各地) and goes with it, the market's
  name before it too: nothing is left for the regions to tag; so does its claim (专业, 正规);
- a chat medium in Latin letters with no ID (vx, wx) or a short number (5天, 50%) sits
  inside the advert;
- the sentence before it keeps every character, and its full stop is not doubled nor left
  after a comma (…成活，|advert。 → …成活。);
- news using the same words (本地, 上门, 代办, 回收, 招商, 各地) keeps every character.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.ingest.cleaning import CleaningRules, make_line

# Shapes the model still scores below its thresholds.
MISSED = pytest.mark.xfail(reason="below the model's thresholds", strict=False)
RULES = CleaningRules.from_config(load_config(None).cleaning)


def clean(text: str) -> str:
    return make_line(text, RULES, 1).text


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        (
            "河滩上的芦苇已经泛黄，候鸟陆续飞抵湿地越冬。遵义本地上门按摩服务",
            "河滩上的芦苇已经泛黄，候鸟陆续飞抵湿地越冬。",
        ),
        (
            "社区食堂每天中午供应两荤一素，老人凭卡就餐。曲靖本地上门按摩服务。",
            "社区食堂每天中午供应两荤一素，老人凭卡就餐。",
        ),
        (
            "新修的栈道沿着溪谷延伸了四公里。同城上门服务vx私聊",
            "新修的栈道沿着溪谷延伸了四公里。",
        ),
        (
            "傍晚的夜市飘着烤串和米线的香味。上门服务wx同城约",
            "傍晚的夜市飘着烤串和米线的香味。",
        ),
        (
            "学生们在实验田里给水稻测产，一亩地收了六百多公斤。全国各地正规彩票代购平台",
            "学生们在实验田里给水稻测产，一亩地收了六百多公斤。",
        ),
        (
            "水库边新栽的柳树已经成活，遵义本地上门按摩服务。",
            "水库边新栽的柳树已经成活。",
        ),
        (
            "图书馆的自习室晚上十点才关门。附近同城上门服务加wx。",
            "图书馆的自习室晚上十点才关门。",
        ),
        (
            "傍晚的广场上有人跳舞有人放风筝。加急代办护照5天出证",
            "傍晚的广场上有人跳舞有人放风筝。",
        ),
        (
            "这座老桥已经有三百多年历史。线上娱乐首存送50%彩金。",
            "这座老桥已经有三百多年历史。",
        ),
        pytest.param(
            "老人们在榕树下下象棋，旁边围了一圈人。正规代办海外旅游签证拒签全退",
            "老人们在榕树下下象棋，旁边围了一圈人。",
            marks=MISSED,  # 旅游 is news's word, 全退 no advert's yet: below the mean
        ),
        (
            "秋收后的稻田里留下一排排草垛。专业代办留学签证包出签。",
            "秋收后的稻田里留下一排排草垛。",
        ),
        (
            "志愿者把整理好的旧书分装进纸箱。全国各地正规足彩代购平台！",
            "志愿者把整理好的旧书分装进纸箱。",
        ),
    ],
)
def test_advert_sentence_with_its_market_is_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "不少本地企业开始上门服务，帮老人检修燃气灶和热水器。",
        "镇卫生院的乡村医生每周上门服务，给卧床老人量血压、换药。",
        "村里的党员代办员为群众代办社保认证，全年跑腿三百多次。",
        "在政务服务大厅，窗口工作人员为企业代办营业执照。",
        "街道今年推行废旧家电回收，居民可上门预约，旧冰箱按重量折算积分。",
        "全国各地的采购商赶来参加博览会，招商洽谈区座无虚席。",
        "今年的交易会上，本地特产专区签下三十多份订单。",
        "他说，全国各地正在推进老旧小区改造。",
        "县里开通了本地上门收寄服务。",
        "记者用微信vx号联系到了这家企业的负责人。",
        "医院组建了专业团队，为出院患者提供上门康复服务。",
        "出入境管理部门提醒，出国留学要通过正规渠道办理签证。",
        "窗口工作人员快速为企业办理了营业执照。",
        "他在家附近一家正规彩票销售网点买了一注双色球。",
        "想报名的居民可以添加社区网格员的微信或qq。",
        "展会期间，各地客商可以扫码添加招商专员的wx。",
        "今年全县回收废旧农膜1200吨，回收率达到85%。",
        "政务大厅设立了24小时自助办证区，市民可随时办理。",
        "他说。本地上门服务的订单比去年多了30%",
    ],
)
def test_news_with_the_same_words_keeps_every_character(news: str) -> None:
    assert clean(news) == news


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("这家回收站经营很正规高价回收旧家电。", "这家回收站经营很正规"),
        ("那家驾校教练非常专业代办驾照的事从来不做。", "那家驾校教练非常专业"),
        ("工作人员说流程比较快速办理只要十分钟。", "工作人员说流程比较快速"),
    ],
)
def test_a_claim_after_a_degree_word_is_the_sentences(text: str, kept: str) -> None:
    # 很正规, 非常专业: a predicate of the sentence, not an advert's opening claim
    assert clean(text).startswith(kept)
