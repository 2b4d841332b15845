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
