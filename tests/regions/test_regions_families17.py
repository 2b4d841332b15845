"""Region families of heldout14 and heldout15, on made-up sentences, each with negatives.

Schools whose discipline words open the name (天津职业技术师范大学); trade associations and
hometown associations, the latter after a full name too (寿光蔬菜产业协会, 石狮市同乡总会); a firm
with its trade in its name (青岛渔港水产公司) and the province before any such name; farmers and
local figures by what they run as titles before a person (种植大户张延安).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_a_school_whose_name_opens_with_discipline_words(tagger):
    for text in (
        "她去年考进了西安建筑科技大学。",
        "合肥职业技术学院的学生来村里实习。",
        "县里和长沙民政职业技术学院签了培养协议。",
        "杭州传媒学院的老师带队拍纪录片。",
        "他在昆明冶金高等专科学校读过书。",
    ):
        assert _named(tagger, text) == (), text
    # the same words as plain words after a place keep it
    assert _named(tagger, "西安建筑工地今年全部装了监控。") == ("陕西省/西安市",)
    assert _named(tagger, "合肥职业培训补贴提高了。") == ("安徽省/合肥市",)


def test_trade_and_hometown_associations_name_nothing(tagger):
    for text in (
        "请来了赣州脐橙产业协会的技术员。",
        "昆明花卉行业协会发布了新标准。",
        "马来西亚永春县同乡会捐建了一座桥。",
        "泰国潮州市旅泰同乡总会组团回乡。",
        "新加坡惠安宗亲会的老人回来祭祖。",
    ):
        assert _named(tagger, text) == (), text
    # a chamber after a full name is the unit's own; a verb between makes an event
    assert _named(tagger, "永春县商会组织会员企业捐款。") == ("福建省/泉州市/永春县",)
    assert _named(tagger, "赣州召开脐橙产业协会年会。") == ("江西省/赣州市",)
    assert _named(tagger, "侨胞回到永春县参加同乡会的活动。") == ("福建省/泉州市/永春县",)


def test_a_firm_with_its_trade_in_its_name(tagger):
    for text in (
        "村里和烟台海之源水产公司签了收购合同。",
        "大连鲜禾食品有限公司在镇上建了冷库。",
        "合作社把鲜果卖给了桂林漓江饮料厂。",
        "宁波甬丰物流公司每天来拉货。",
    ):
        assert _named(tagger, text) == (), text
    # a clause or a description between keeps the place
    assert _named(tagger, "这家企业打算在烟台投资建厂。") == ("山东省/烟台市",)
    assert _named(tagger, "他到大连开了一家食品厂。") == ("辽宁省/大连市",)
    assert _named(tagger, "桂林新建食品厂三家。") == ("广西壮族自治区/桂林市",)


def test_a_province_before_an_organisations_place_is_part_of_its_name(tagger):
    for text in (
        "江西赣州脐橙产业协会的专家讲了修剪技术。",
        "他毕业于江苏南京大学。",
        "福建泉州晋江鞋业协会来考察。",
    ):
        assert _named(tagger, text) == (), text
    # a province before its city, with no organisation, is both
    assert _named(tagger, "江西赣州的脐橙熟了。") == ("江西省/赣州市",)
    assert _named(tagger, "福建泉州晋江的鞋厂很多。") == ("福建省/泉州市/晋江市",)


def test_farmers_and_local_figures_as_titles(tagger):
    for text in (
        "养猪大户王宜宾说，今年行情不错。",
        "致富带头人刘延安带着乡亲们种香菇。",
        "茶叶经营户陈建德在网上开了店。",
        "种粮能手黄山今年又获了奖。",
    ):
        assert _named(tagger, text) == (), text
    # the same words before a place keep it
    assert _named(tagger, "种植大户都来自宜宾。") == ("四川省/宜宾市",)
    assert _named(tagger, "致富带头人们到延安参观学习。") == ("陕西省/延安市",)
