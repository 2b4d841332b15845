"""Spam families of heldout17/17b, on made-up sentences: the sentence must read as written.

- a gambling advert's pay-back and draw words (返水, 洗码, 实时开奖) glued after a match go with it;
- 微信同号 left after an advert whose number is gone goes with it, and so its market;
- a market glued before 本地/同城 goes with the advert even when its name starts like a
  verb of place (来宾, 自贡: 来 and 自 are no verbs there);
- a certificate advert names its trade between 代办 and the certificate (代办各类会计资格证书包过).
News naming the same words keeps them.
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
        # pay-back and draw words after a gambling match
        ("村里的稻谷已经全部收完了真人娱乐平台天天返水。", "村里的稻谷已经全部收完了。"),
        ("比赛结束后球员们向观众致意在线棋牌实时返水。", "比赛结束后球员们向观众致意。"),
        (
            "新修的步道两边种满了樱花，网上赌场洗码返点，吸引不少游客。",
            "新修的步道两边种满了樱花，吸引不少游客。",
        ),
        (
            "夜市的摊位比去年多了一倍重庆时时彩实时开奖，生意很好。",
            "夜市的摊位比去年多了一倍，生意很好。",
        ),
        ("农户们正忙着晾晒玉米北京赛车pk10开奖直播。", "农户们正忙着晾晒玉米。"),
        # 微信同号 with no number, and the market before the advert
        ("合作社今年收入比去年多两成徐州代开各类发票微信同号。", "合作社今年收入比去年多两成。"),
        (
            "新学期开学后，教室里安装了空调办证刻章电话微信同号，学生们很满意。",
            "新学期开学后，教室里安装了空调，学生们很满意。",
        ),
        # a market before 本地/同城, its name starting with 来
        ("午后的广场上有人放风筝来宾本地信用贷款秒批到账。", "午后的广场上有人放风筝。"),
        (
            "桥面铺装已经完成自贡同城信用贷款秒批，预计月底通车。",
            "桥面铺装已经完成，预计月底通车。",
        ),
        # a trade named inside a certificate advert
        (
            "学员结业后可以领取培训合格证宜春代办各类会计资格证书包过。",
            "学员结业后可以领取培训合格证。",
        ),
        (
            "工人们利用晚上学习技术郴州代考教师资格证包过，干劲很足。",
            "工人们利用晚上学习技术，干劲很足。",
        ),
    ],
)
def test_adverts_go_whole_and_the_sentence_reads_as_written(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "彩票中心表示，本期开奖结果以官方公布为准。",
        "福彩中心实时开奖直播平台今天上线。",
        "他在本地一家小额贷款公司上班，工作很稳定。",
        "代办员帮助群众办理各类职业资格证书的年审手续。",
        "市民可以通过微信同号的服务热线咨询。",
        "公安机关打击网上赌场返水等违法行为。",
        "大家在来宾本地信用社办理了业务。",
        "商场天天返点促销，吸引了不少顾客。",
    ],
)
def test_news_with_the_same_words_stays(news: str) -> None:
    assert clean(news) == news
