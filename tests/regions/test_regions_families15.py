"""Region families of heldout12, on made-up sentences, each with negatives.

A retired prefecture continues as the city that took most of its counties (徽州地区 → 黄山市);
在 as a travel verb for 杭 and 陇 (在杭期间); plain words for a person before a given name that
is a place (年轻人张泉州); a two-character county right after its own city or province keeps
its name before 长/城 (陇南市康县长坝镇); a chain store or food brand named after a place with
its own name between (北京华联超市, 天津狗不理包子).
"""

from __future__ import annotations

import csv
from pathlib import Path

from index.build.folding import fold
from index.regions.former_build import build


def _named(tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_article([(fold(text), False)], None)[0][0]


def test_a_retired_prefecture_names_the_city_that_took_most_of_its_counties(tagger):
    assert _named(tagger, "后来他调到徽州地区，骑着自行车给山里送信。") == ("安徽省/黄山市",)
    assert _named(tagger, "八十年代他在温江地区当会计。") == ("四川省/成都市",)
    # today's names are unchanged, and a region of a province is still the province
    assert _named(tagger, "宣城地区的茶园迎来采摘季。") == ("安徽省/宣城市",)
    assert _named(tagger, "苏州地区的企业订单饱满。") == ("江苏省/苏州市",)
    assert _named(tagger, "晋东南地区的小米丰收了。") == ("山西省",)


_COLUMNS = [
    "代码",
    "一级行政区",
    "二级行政区",
    "名称",
    "级别",
    "状态",
    "启用时间",
    "变更/弃用时间",
    "新代码",
]


def _csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "result.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(_COLUMNS)
        out.writerows(rows)
    return path


def _live(code: str, name: str) -> list[str]:
    return [code, "安徽省", "", name, "县级", "在用", "1987", "", ""]


def _kid(code: str, name: str, successor: str) -> list[str]:
    return [code, "安徽省", "甲乙地区", name, "县级", "弃用", "1981", "1987", successor]


def test_former_build_follows_the_majority_of_a_split_prefectures_counties(tmp_path):
    live = [
        _live("341002", "屯溪区"),
        _live("341022", "休宁县"),
        _live("341023", "黟县"),
        _live("341824", "绩溪县"),
    ]
    head = ["349900", "安徽省", "甲乙地区", "甲乙地区", "地级", "弃用", "1981", "1987", ""]
    three_to_one = [
        _kid("349901", "丙丁市", "341002"),
        _kid("349921", "戊己县", "341022"),
        _kid("349922", "庚辛县", "341023"),
        _kid("349923", "壬癸县", "341824"),
    ]
    rows = {r[0]: r[1] for r in build(_csv(tmp_path, [*live, head, *three_to_one]))}
    assert rows["甲乙地区"] == "安徽省/黄山市"
    # two counties each way: no main successor, nothing written
    even = [*three_to_one[:2], _kid("349922", "庚辛县", "341824"), three_to_one[3]]
    rows = {r[0]: r[1] for r in build(_csv(tmp_path, [*live, head, *even]))}
    assert "甲乙地区" not in rows


def test_travel_phrases_with_zai_for_hangzhou_and_gansu(tagger):
    assert _named(tagger, "在杭期间，他走访了十几个村。") == ("浙江省/杭州市",)
    assert _named(tagger, "他在陇工作了二十年。") == ("甘肃省",)
    # a route, a dish and the full name are not the phrase
    for text in ("在杭甬高速沿线新建了服务区。", "在杭帮菜馆吃了晚饭。", "在陇海线上跑了三十年。"):
        assert _named(tagger, text) == (), text
    assert _named(tagger, "在杭州工作。") == ("浙江省/杭州市",)


def test_plain_words_for_a_person_before_a_name_that_is_a_place(tagger):
    for text in (
        "负责电商的年轻人张泉州，每天晚上都要直播两个小时。",
        "男子王南昌因醉驾被查。",
        "村里的女孩李长沙考上了大学。",
    ):
        assert _named(tagger, text) == (), text
    # the same words before a place keep it
    assert _named(tagger, "不少年轻人到泉州打工。") == ("福建省/泉州市",)
    assert _named(tagger, "一男子在南昌被查。") == ("江西省/南昌市",)


def test_a_two_character_county_after_its_own_city_keeps_its_name(tagger):
    assert _named(tagger, "陇南市康县长坝镇的积分超市里摆满了货。") == ("甘肃省/陇南市/康县",)
    assert _named(tagger, "甘肃成县城关镇的村民在晒核桃。") == ("甘肃省/陇南市/成县",)
    # without its city 县长 is still a magistrate, 县城 a county seat
    assert _named(tagger, "赵县长说，今年要修三条路。") == ()
    assert _named(tagger, "完成县城改造的任务很重。") == ()


def test_a_chain_or_food_brand_named_after_a_place(tagger):
    for text in (
        "广州酒家的月饼和天津狗不理包子，都能在小城的超市里买到。",
        "南京冠生园月饼卖得很好。",
        "深圳沃尔玛超市开始卖这种菜。",
        "武汉中百超市进了一批新货。",  # and 汉中 inside the chain's 武汉 is no name either
    ):
        assert _named(tagger, text) == (), text
    assert _named(tagger, "他们和武汉的北京华联超市签了协议。") == ("湖北省/武汉市",)
    # the place's own shops and food, and a clause between, keep the place
    for text, want in (
        ("武汉城区超市的菜价稳定。", ("湖北省/武汉市",)),
        ("他在武汉开超市。", ("湖北省/武汉市",)),
        ("重庆人爱吃火锅。", ("重庆市",)),
        ("杭州今年超市销售额增长。", ("浙江省/杭州市",)),
        ("武警新疆总队先后支援地方重点工程建设。", ("新疆维吾尔自治区",)),
    ):
        assert _named(tagger, text) == want, text


def test_a_former_countys_stem_counts_beside_its_province(tagger):
    assert _named(tagger, "他是江西清江人，现在北京工作。") == ("江西省/宜春市/樟树市", "北京市")
    assert _named(tagger, "她祖籍江苏清江。") == ("江苏省/淮安市/清江浦区",)
    assert _named(tagger, "湖北广济的老乡来看他。") == ("湖北省/黄冈市/武穴市",)
    # alone the stem is a river, a sandbar or a word; a generic one never counts
    for text in ("清江画廊风景秀丽。", "沙洲上长满了芦苇。", "广济寺的香火很旺。"):
        assert _named(tagger, text) == (), text
    assert _named(tagger, "河北新城的变化很大。") == ("河北省",)
