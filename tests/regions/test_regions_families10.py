"""Region families of heldout9, on made-up sentences, each with negatives.

The name being decided is no evidence for itself (连江 in a story that named 福州市连江县 is
that county, not Taiwan's); SAR areas whose names are also mainland counties or foreign
cities (大埔, 西贡, 沙田…) count when Hong Kong is the story's context; breeds, a tea called by
its place alone, more dishes and a shop's name before its store name nothing; more
metropolitan compounds (乌昌石, 兰白, 哈长); a notice's signature (the issuing body's name
alone, maybe over its date) is a credit and names nothing.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold

HK = "香港特别行政区"
FUZHOU_LIANJIANG = "福建省/福州市/连江县"
MATSU = "台湾省/连江县"


def _article(tagger, texts: list[str], title: str | None = None, home: str | None = None):
    return [
        named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], title, home)
    ]


def test_the_name_being_decided_is_no_evidence_for_itself(tagger):
    named = _article(
        tagger,
        [
            "纽约某同乡会向家乡福建福州市连江县的一个古村捐款。",
            "很多会员是上世纪八十年代从连江来到纽约的。",
        ],
        "纽约连江同乡会捐资修缮古村",
    )
    assert named == [(FUZHOU_LIANJIANG,), (FUZHOU_LIANJIANG,)]
    # where the story is Taiwan's, 连江 stays Matsu
    named = _article(tagger, ["台湾马祖的连江县推出离岛旅游。", "很多游客从连江搭船回台湾。"])
    assert named[1] and all(p.startswith("台湾省") for p in named[1])


@pytest.mark.parametrize(
    ("text", "home", "want"),
    [
        ("大埔林村鄉公所推出村校共學計劃。", HK, (HK,)),
        ("西貢鹽田梓村的祠堂完成復修。", HK, (HK,)),
        ("沙田的單車徑周末人很多。", HK, (HK,)),
        # without Hong Kong in the context: 大埔 of 梅州 is not guessed, Saigon is no place
        ("西贡的咖啡馆很多。", None, ()),
        ("大埔的客家围屋很有名。", None, ()),
        # a pomelo named after its village names nothing, even in a Hong Kong story
        ("學生們學習種植沙田柚。", HK, ()),
    ],
)
def test_sar_areas_that_are_also_names_elsewhere_need_hong_kong_in_context(
    tagger, text, home, want
):
    assert _article(tagger, [text], home=home) == [want]


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # breeds and a tea sold under their place's name
        ("宁乡花猪是全国四大名猪之一。", (), ()),
        (
            "通过直播把紫阳茶卖到了京津冀。",
            ("陕西省/安康市/紫阳县",),
            ("北京市", "天津市", "河北省"),
        ),
        ("紫阳茶园里采茶工人正忙。", ("陕西省/安康市/紫阳县",), ("陕西省/安康市/紫阳县",)),
        ("紫阳县茶叶卖到了西安。", (), ("陕西省/安康市/紫阳县", "陕西省/西安市")),
        # dishes
        ("农家乐推出了宜宾燃面和太原刀削面。", (), ()),
        ("游客在宜宾吃到了正宗的燃面。", (), ("四川省/宜宾市",)),
        # a shop's own name before one of its stores
        ("北京同仁堂的一家门店也在县城开了张。", (), ()),
        ("他在北京开了一家门店。", (), ("北京市",)),
    ],
)
def test_breeds_teas_dishes_and_shops_named_after_their_place(tag, text, context, want):
    assert set(tag(text, context)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "乌昌石城市群的冷链物流中心正在建设。",
            (
                "新疆维吾尔自治区/乌鲁木齐市",
                "新疆维吾尔自治区/昌吉回族自治州",
                "新疆维吾尔自治区/石河子市",
            ),
        ),
        ("兰白都市圈的通勤时间缩短了。", ("甘肃省/兰州市", "甘肃省/白银市")),
        ("哈长城市群的冰雪旅游很火。", ("黑龙江省/哈尔滨市", "吉林省/长春市")),
    ],
)
def test_more_metropolitan_compounds(tag, text, want):
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    "signature",
    [
        "云南省农业农村厅",
        "景东彝族自治县统计局 二〇二四年四月二十八日",
        "通许县人民政府办公室 2024年5月6日",
    ],
)
def test_a_notices_signature_is_a_credit(tagger, signature):
    body = ["经县级推荐和省级复核，认定五十个村为示范村。", "各地要加强跟踪指导。"]
    named = _article(tagger, [*body, signature])
    assert named[-1] == ()
    # the same name opening the text, or in a sentence, names its unit
    first = _article(tagger, [signature, *body])[0]
    assert first
    assert _article(tagger, [*body, "云南省农业农村厅发布了示范村名单。"])[-1] == ("云南省",)
    # a headline-like line ending on 查处 is no signature
    last = _article(tagger, [*body, "养猪不能乱加药广东浙江北京数家违禁企业被查处"])[-1]
    assert set(last) == {"广东省", "浙江省", "北京市"}


def test_a_dissolved_prefecture_after_yuan_diji(tag):
    assert set(tag("同年，原地级巢湖市被撤销，所辖区县分别划归合肥、芜湖、马鞍山。")) == {
        "安徽省/合肥市",
        "安徽省/芜湖市",
        "安徽省/马鞍山市",
    }
    # today's county-level city is still named
    assert tag("巢湖市的环湖步道修好了。") == ("安徽省/合肥市/巢湖市",)
