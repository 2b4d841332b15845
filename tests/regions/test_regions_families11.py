"""Region families of heldout10, on made-up sentences, each with negatives.

浙 takes travel verbs like the other provinces (赴浙上岗; not 在浙商银行, 在浙大); a county's
short name counts in a destination list (到西昌等地) and after its parent's possessive
(牡丹江市的绥芬河); a tea called by its place and kind (英德红茶) is produce; an outlet named
after a SAR (香港某某媒体网) puts the SAR in context, as the
publisher table's Hong Kong papers do.
"""

from __future__ import annotations

from index.build.folding import fold
from index.engine.models import ArticleMeta
from index.ingest.articles import _outlet_home

HK = "香港特别行政区"


def _named(tagger, text: str, home: str | None = None) -> tuple[str, ...]:
    return tagger.tag_article([(fold(text), False)], None, home)[0][0]


def test_zhejiang_takes_travel_verbs(tagger):
    for text in ("务工人员赴浙上岗。", "老乡们在浙务工多年。", "返浙复工的员工越来越多。"):
        assert _named(tagger, text) == ("浙江省",), text
    for text in ("他在浙商银行办理了贷款。", "她在浙大读书。", "公司在浙能集团的支持下建了电站。"):
        assert "浙江省" not in _named(tagger, text), text


def test_a_county_short_name_in_a_destination_list(tagger):
    assert _named(tagger, "彝族老乡背着土豆到西昌等地的集市上卖。") == (
        "四川省/凉山彝族自治州/西昌市",
    )
    # without the travel verb a bare stem still needs context
    assert _named(tagger, "西昌等地的集市很热闹。") == ()


def test_a_county_short_name_after_its_parents_possessive(tagger):
    assert _named(tagger, "在黑龙江牡丹江市的绥芬河，村民种菜。") == ("黑龙江省/牡丹江市/绥芬河市",)
    # another city's possessive is no parent: 绥芬河 there is the river
    assert "黑龙江省/牡丹江市/绥芬河市" not in _named(tagger, "哈尔滨市的绥芬河路口很堵。")


def test_an_outlet_named_after_a_sar_is_its_home(tagger):
    for name in ("香港獨立媒體網", "香港某某報", "澳門某某日報"):
        assert _outlet_home(ArticleMeta(source=name)) in (HK, "澳门特别行政区"), name
    for name in ("香港路小学", "香港", "某某县融媒体中心"):
        assert _outlet_home(ArticleMeta(source=name)) is None, name
    # 大埔 of a Hong Kong outlet's story is the SAR's district, not 梅州's county
    assert _named(tagger, "大埔一條圍村的村民自發組成巡山隊。", home=HK) == (HK,)
    assert _named(tagger, "大埔一條圍村的村民自發組成巡山隊。") == ()


def test_a_tea_called_by_its_place_and_its_kind(tagger):
    context = "清远英德市推进茶旅融合。"
    for text, named in (
        ("英德红茶已有六十多年的种植历史。", ()),
        ("安吉白茶远销海外。", ()),
        ("英德红茶园里游客不少。", ("广东省/清远市/英德市",)),
        ("英德红茶产业带动了就业。", ("广东省/清远市/英德市",)),
    ):
        got = tagger.tag_article([(fold(context), False), (fold(text), False)], None)[1][0]
        assert got == named, text
