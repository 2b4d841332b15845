"""Region families of heldout7, on made-up sentences.

A utility's or state firm's branch named after its city (国网某某供电公司) is a company and
names no place; metropolitan areas named by their members' first characters (成德眉资,
武鄂黄黄) name every member; 本澳, a Macau paper's "here in Macau", names 澳门 (日本澳洲
does not). A city glued before a spam advert with its contact is cut with the advert
(tests/engine/test_meta_families8c.py), so it names nothing.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("国网六盘水供电公司组织党员服务队上门检查线路。", ()),
        ("遵义烟草公司帮助烟农改良土壤。", ()),
        ("六盘水市供电保障能力进一步提升。", ("贵州省/六盘水市",)),
        (
            "成德眉资同城化推进以来，蔬菜基地纷纷对接成都市场。",
            ("四川省/成都市", "四川省/德阳市", "四川省/眉山市", "四川省/资阳市"),
        ),
        (
            "武鄂黄黄一体化发展提速。",
            ("湖北省/武汉市", "湖北省/鄂州市", "湖北省/黄冈市", "湖北省/黄石市"),
        ),
        ("本澳一社區組織帶領長者參觀。", ("澳门特别行政区",)),
        ("從日本澳洲進口的牛肉增加。", ()),
        ("推广清洁能源。", ()),
    ],
)
def test_firms_metropolitan_compounds_and_macau_self_reference(
    tagger: RegionTagger, text: str, want: tuple[str, ...]
) -> None:
    assert set(tagger.tag(fold(text))) == set(want)


def test_sar_areas_that_are_also_other_places_count_in_a_hong_kong_outlets_story(
    tagger: RegionTagger,
) -> None:
    text = fold("沙頭角禁區逐步開放一年，北區沙頭角墟的老街重新熱鬧起來。")
    hk = "香港特别行政区"
    assert tagger.tag_article([(text, False)], None, home=hk) == [((hk,), ())]
    # without the outlet's home or Hong Kong in the story, 沙头角 (also a town of 深圳) names nothing
    assert tagger.tag_article([(text, False)], None) == [((), ())]
    # Hong Kong named in the story is context too
    story = [(fold("旺角的小店重新開張。"), False), (fold("香港的零售業回暖。"), False)]
    assert tagger.tag_article(story, None)[0] == ((hk,), ())
    # a Shenzhen story keeps its own places; the home names nothing by itself
    story = [(fold("深圳盐田区沙头角街道举办活动。"), False), (fold("市民纷纷参加。"), False)]
    assert tagger.tag_article(story, None, home=hk) == [
        (("广东省/深圳市/盐田区",), ()),
        ((), ("广东省/深圳市/盐田区",)),
    ]


def test_the_credited_outlets_home_reaches_the_tagger_through_the_article_builder() -> None:
    from index.config import load_config
    from index.engine.models import DecodedFile, SourceFile
    from index.ingest.articles import ArticleBuilder
    from index.ingest.cleaning import CleaningRules
    from tests.conftest import ROOT

    rules = CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning)
    text = (
        "沙頭角老街重新熱鬧起來\n2025-05-14\n來源：香港經濟日報\n\n"
        "沙頭角禁區逐步開放一年，北區沙頭角墟的老街重新熱鬧起來，假日不少市民專程前來。\n"
    )
    art = ArticleBuilder(rules).build(
        DecodedFile(SourceFile("/tmp/x.txt", "/tmp", "x.txt"), text, "utf-8", "h")
    )
    assert art.paragraphs[0].regions == ("香港特别行政区",)
