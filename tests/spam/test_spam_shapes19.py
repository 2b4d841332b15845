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


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # words written apart to dodge filters, with the spaced words before them
        (
            "河道清淤工作已经完成，年 轻 学 生 妹 上 门，两岸居民拍手称赞。",
            "河道清淤工作已经完成，两岸居民拍手称赞。",
        ),
        ("村委会门前的广场修好了澳 门 百 家 乐 开 户。", "村委会门前的广场修好了。"),
        # a brand no list knows between a product and a promise, a contact after
        (
            "合作社的葡萄熟了原单卡地亚正品 加微信 kk88991，游客纷纷前来采摘。",
            "合作社的葡萄熟了，游客纷纷前来采摘。",
        ),
        # invoices for named expenses
        (
            "展会吸引了不少客商代开会议费培训费发票，成交额创新高。",
            "展会吸引了不少客商，成交额创新高。",
        ),
        # a gambling brand's app, weapons and drugs, queries written as adverts
        (
            "今年的秋粮收购工作已经全面展开亚博体育app下载，农户们十分高兴。",
            "今年的秋粮收购工作已经全面展开，农户们十分高兴。",
        ),
        ("老街的夜市热闹非凡壮阳药哪里买，游客络绎不绝。", "老街的夜市热闹非凡，游客络绎不绝。"),
        ("农机手们正在抢收小麦仿真枪出售。", "农机手们正在抢收小麦。"),
    ],
)
def test_more_advert_shapes_are_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "新款手机跑分超过一百万，性能提升明显。",
        "节假日景区人流量大，请游客注意安全。",
        "这家店的包子多少钱一个？记者了解到，一元一个。",
        "品牌方提醒，正品可在官网查询授权经销商。",
        "市民可以下载app查询公交到站时间。",
        "医院男科门诊今年接诊量增长两成。",
        "警方缴获仿真枪三支。",
        "请 大 家 注 意 安 全",
    ],
)
def test_news_with_those_words_stays(news: str) -> None:
    assert clean(news) == news
