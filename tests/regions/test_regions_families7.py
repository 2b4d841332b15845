"""Region families of heldout6, on made-up sentences.

Districts and areas inside the two SARs (元朗, 新界, 尖沙咀, 氹仔, 路環), which the
division table does not divide, name their SAR; 横琴 names 珠海. Names that are
words or also mainland places (九龙坡, 大埔县, 西贡, 上水平) stay what they were.
Produce after a county's full name (温宿县核桃) names the county; after a short name
(盐池滩羊, 霍山黄芽) it is a brand. Contracted autonomous counties (喀左县, 前郭县).
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("一批元朗的漁民今日出發考察。", ("香港特别行政区",)),
        ("署方將於新界古洞增設試點。", ("香港特别行政区",)),
        ("尖沙咀街頭的小店重新開張。", ("香港特别行政区",)),
        ("氹仔舊城區的老店迎來遊客。", ("澳门特别行政区",)),
        ("路環一帶的舊船廠吸引遊客。", ("澳门特别行政区",)),
        ("不少居民在橫琴生活或就業。", ("广东省/珠海市",)),
        ("温宿县核桃种植面积超过六十万亩。", ("新疆维吾尔自治区/阿克苏地区/温宿县",)),
        ("罗田县板栗远近闻名。", ("湖北省/黄冈市/罗田县",)),
        ("喀左县建起了紫陶学校。", ("辽宁省/朝阳市/喀喇沁左翼蒙古族自治县",)),
        ("前郭县查干湖冬捕开始了。", ("吉林省/松原市/前郭尔罗斯蒙古族自治县",)),
    ],
)
def test_sar_areas_produce_after_full_names_and_contractions(
    tagger: RegionTagger, text: str, want: tuple[str, ...]
) -> None:
    assert set(tagger.tag(fold(text))) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("九龙坡区的火锅店生意红火。", ("重庆市/九龙坡区",)),
        ("大埔县的蜜柚熟了。", ("广东省/梅州市/大埔县",)),
        ("企业管理迈上水平新台阶。", ()),
        ("他曾在西贡做生意。", ()),
        ("盐池滩羊肉质细嫩。", ()),
        ("霍山黄芽是有名的好茶。", ()),
        ("沙县小吃开遍全国。", ()),
    ],
)
def test_words_and_mainland_places_stay(
    tagger: RegionTagger, text: str, want: tuple[str, ...]
) -> None:
    assert set(tagger.tag(fold(text))) == set(want)
