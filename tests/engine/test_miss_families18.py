"""Issue 10, round 18: chrome and spam families of heldout16, on made-up examples.

Chrome: a labelled number of the piece itself (新聞稿編號, 信息编号) on its own line.
Spam: words the lexicon does not know glued after a lexicon match up to the advert's site
word (…时时彩|开奖网址。), and an advert pasted at a clause's end with its market glued
before it and no contact (…一番山西|快速办理各类证件。). Each family has positives in more
than one shape and negatives that must stay.
"""

from __future__ import annotations

import pytest

from index.config import load_config
from index.ingest.cleaning import CleaningRules, Line, make_line
from index.ingest.zones import chrome_reason
from tests.conftest import ROOT

RULES = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)


def reason(line: str) -> str | None:
    return chrome_reason(Line(1, line, make_line(line, RULES, 1).folded))


def clean(text: str) -> str:
    return make_line(text, RULES, 1).text


@pytest.mark.parametrize(
    "line",
    [
        "新聞稿編號：N24GX3107",
        "信息编号：A-2024-0815",
        "发布编号 XW20240312008",
        "【文章编号】cms_88213",
    ],
)
def test_a_labelled_number_of_the_piece_is_chrome(line: str) -> None:
    assert reason(line)


@pytest.mark.parametrize(
    "line",
    ["产品编号是什么，工作人员一一作答。", "车辆编号：京A12345，已登记。", "编号：甲乙丙丁"],
)
def test_numbers_in_sentences_stay(line: str) -> None:
    assert reason(line) is None


@pytest.mark.parametrize(
    ("dirty", "want"),
    [
        # a site word a few unknown words after the lexicon's match, closing the clause
        ("队员们在滩涂上清理垃圾重庆时时彩最新开奖网址。", "队员们在滩涂上清理垃圾。"),
        (
            "比赛吸引了游客前来观看六合彩特码资料下载入口，活动持续三天。",
            "比赛吸引了游客前来观看，活动持续三天。",
        ),
        ("老街改造后焕然一新百家乐官网备用平台。", "老街改造后焕然一新。"),
        # an advert at a clause's end with its market glued before it, no contact
        (
            "今年的苹果产量比去年增加了两成山西快速办理各类证件。",
            "今年的苹果产量比去年增加了两成。",
        ),
        (
            "合作社的订单排到了年底宁夏专业代办毕业证学位证，社员们干劲十足。",
            "合作社的订单排到了年底，社员们干劲十足。",
        ),
        ("游客在湖边拍照留念泉州高仿名表货源。", "游客在湖边拍照留念。"),
    ],
)
def test_adverts_glued_to_a_clause_end_are_cut(dirty: str, want: str) -> None:
    assert clean(dirty) == want


@pytest.mark.parametrize(
    "news",
    [
        "外地游客也可以在山西快速办理各类证件。",
        "市民可到政务服务大厅办理各类证件。",
        "办事群众持有山西身份证。",
        "记者从福彩中心获悉，本期开奖直播平台。",
        "他说，彩票开奖结果以官网公布为准。",
        "公安机关查处时时彩开奖网址。",
    ],
)
def test_news_with_the_same_words_stays(news: str) -> None:
    assert clean(news) == news
