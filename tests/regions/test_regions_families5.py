"""Region families of heldout3/4 and own_heldout3/4, on made-up sentences.

A place that is a person's whole name or given name after kin and trade words
(老伴王吉林, 摊主黄山说, 村民向长沙说), 入 as a travel verb (入黔设厂), a county-level
place before a direction (昆山东部 is not 山东), schools with discipline words
(南昌航空大学), beer named after its city, a weak member starting a word
(港澳青年), and 香港屯门. Each family has negatives that must still be tagged.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger


@pytest.mark.parametrize(
    "text",
    [
        "老伴王吉林是东北人，至今说话还带着口音。",
        "同事张新疆是本地人，两人一起编写教材。",
        "他的合夥人陳彰化是他的大學同學。",
        "摊主黄山说，他在这条街上已经干了六年。",
        "村民向长沙说，管道又爆了。",
        "丈夫陈九江负责药品管理。",
        "隔壁卖青岛啤酒的小店生意很好。",
        "南昌航空大学暑期社会实践团出发了。",
        "昆山东部的工厂招工忙。",
        "巢湖南岸的村庄开始插秧。",
        "他在湘潭大学读书。",
        "武汉理工大学的团队获奖。",
        "返乡青年刘福建回到村里。",
        "种植户王江西说，今年收成不错。",
        "兰州牛肉拉面馆开业了。",
        "北京大学生物系的老师来了。",
    ],
)
def test_names_schools_wares_and_directions_name_nothing(tagger: RegionTagger, text: str) -> None:
    assert tagger.tag(fold(text)) == ()


@pytest.mark.parametrize(
    "text, want",
    [
        ("一批广东企业入黔设厂。", ("广东省", "贵州省")),
        ("越来越多的港澳青年选择在大湾区就业。", ("香港特别行政区", "澳门特别行政区")),
        ("港澳台青年交流营开营。", ("香港特别行政区", "澳门特别行政区", "台湾省")),
        ("甘青宁三省区联合开展巡查。", ("甘肃省", "青海省", "宁夏回族自治区")),
        ("另一名在香港屯門長大的青年表示很受启发。", ("香港特别行政区",)),
        ("游客来到黄山说，景色真美。", ("安徽省/黄山市",)),
        ("市民向上海市政府反映情况。", ("上海市",)),
        ("他在北京上大学。", ("北京市",)),
        ("黄山西部山区降雨明显。", ("安徽省/黄山市",)),
        ("湖北京山举办农博会。", ("湖北省/荆门市/京山市",)),
        ("浙江西部山区降温。", ("浙江省",)),
        ("他在湘潭工作。", ("湖南省/湘潭市",)),
        ("不少人在湘工作。", ("湖南省",)),
        ("哈尔滨啤酒节开幕。", ("黑龙江省/哈尔滨市",)),
        ("福建大学生陈明回乡创业。", ("福建省",)),
        ("四川青年在广东创业。", ("四川省", "广东省")),
        ("山东小伙在新疆种棉花。", ("山东省", "新疆维吾尔自治区")),
    ],
)
def test_places_beside_those_families_still_count(
    tagger: RegionTagger, text: str, want: tuple[str, ...]
) -> None:
    assert sorted(tagger.tag(fold(text))) == sorted(want)


def test_a_whole_name_found_once_covers_the_article(tagger: RegionTagger) -> None:
    paragraphs = ["村医杨丽江和丈夫陈九江在云南省昆明市东川区行医。", "陈九江则负责药品管理。"]
    result = tagger.tag_article([(fold(t), False) for t in paragraphs])
    assert result[0][0] == ("云南省/昆明市/东川区",)
    assert result[1][0] == ()
