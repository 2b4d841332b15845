"""Region families of heldout5 and own_heldout5, on made-up sentences.

Former county names whose unit was split (达县 → 达川区: the successor that continues
it), travel phrases that start a route (在沪宁高速), city pairs across a border
(珠澳, 厦金), Kinmen as the Taiwanese county only, hometown and trade associations
named after a place (安溪会馆), teas and farm produce named after their place
(霍山黄芽), a region's own authority (香港醫院管理局) and an island after its
region (澳門路環). Each family has negatives that must still be tagged.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger
from index.regions.former_build import _successor


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("不少种植户是从达县过来学技术的。", ("四川省/达州市/达川区",)),
        ("他出生在巴县，后来去了城里。", ("重庆市/巴南区",)),
        ("我在万县市读完了高中。", ("重庆市/万州区",)),
        ("在珠澳兩地往返的旅客增加。", ("广东省/珠海市", "澳门特别行政区")),
        ("厦金航线以外，厦金两地的合作也在加深。", ("福建省/厦门市", "台湾省/金门县")),
        ("金門縣金城鎮的商家忙着整修店面。", ("台湾省/金门县",)),
        ("香港醫院管理局與中醫團體合作。", ("香港特别行政区",)),
        ("文化局就澳門路環村落活化計劃展開諮詢。", ("澳门特别行政区",)),
        ("福建省商会的会长说，今年将组织回乡考察。", ("福建省",)),
        ("他在沪工作多年。", ("上海市",)),
        ("巡诊队里的老医生，早年在思茅读的卫校。", ("云南省/普洱市",)),
        ("思茅区的咖啡园迎来采摘季。", ("云南省/普洱市/思茅区",)),
    ],
)
def test_places_named(tagger: RegionTagger, text: str, want: tuple[str, ...]) -> None:
    assert set(tagger.tag(fold(text))) == set(want)


@pytest.mark.parametrize(
    "text",
    [
        "在沪宁高速沿线，一些村庄把闲置农房改造成了民宿。",
        "梅州会馆会长表示，会馆明年将举办文化节。",
        "安溪会馆青年团团长说，今后会定期组织交流。",
        "霍山黄芽是有名的好茶，茶农过去只卖干茶。",
        "紫云红芯红薯、黄牛肉干卖得格外好。",
        "北京协和医院的医生来了。",
        "他家住在澳门路的一栋老楼里。",
    ],
)
def test_routes_associations_and_produce_name_nothing(tagger: RegionTagger, text: str) -> None:
    assert tagger.tag(fold(text)) == ()


def _rec(code: str, name: str, start: int) -> dict[str, str]:
    return {"代码": code, "名称": name, "启用时间": str(start)}


def test_a_split_unit_follows_the_successor_that_continues_it() -> None:
    daxian = _rec("511721", "达县", 1999)
    # 达川区 was set up in 2013 when 达县 was retired; 通川区 existed and took some towns.
    got = _successor(
        daxian,
        ["511702", "511703"],
        [_rec("511702", "通川区", 1999), _rec("511703", "达川区", 2013)],
        2013,
    )
    assert got == ["511703"]
    # Renumbered under its own name.
    old = _rec("513021", "达县", 1993)
    got = _successor(
        old,
        ["511702", "511721"],
        [_rec("511702", "通川区", 1999), _rec("511721", "达县", 1999)],
        1999,
    )
    assert got == ["511721"]
    # Renamed in place (庐山区 → 濂溪区) beats a new unit sharing its first character.
    lushan = _rec("360402", "庐山区", 1983)
    got = _successor(
        lushan,
        ["360402", "360483"],
        [_rec("360402", "濂溪区", 2016), _rec("360483", "庐山市", 2016)],
        2016,
    )
    assert got == ["360402"]
    # A true split (吴县市 → 吴中区 and 相城区, both new) and a merger into an older unit
    # (上海县 → 闵行区, with the new 浦东新区 unrelated in name) keep every successor.
    wu = _rec("320586", "吴县市", 1995)
    both = ["320506", "320507"]
    assert (
        _successor(wu, both, [_rec("320506", "吴中区", 2001), _rec("320507", "相城区", 2001)], 2001)
        == both
    )
    sh = _rec("310221", "上海县", 1981)
    two = ["310112", "310115"]
    assert (
        _successor(
            sh, two, [_rec("310112", "闵行区", 1981), _rec("310115", "浦东新区", 1992)], 1992
        )
        == two
    )


def test_a_travel_phrase_before_another_route_still_counts(tagger: RegionTagger) -> None:
    assert "北京市" in tagger.tag(fold("陕西天然气九月进京陕京输气管道干线焊接接近尾声"))
