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
        "养蜂人刘丽江把蜂箱搬到了山上。",
        "退休教师赵延安办起了农家书屋。",
    ):
        assert _named(tagger, text) == (), text
    # the same words before a place keep it
    assert _named(tagger, "种植大户都来自宜宾。") == ("四川省/宜宾市",)
    assert _named(tagger, "致富带头人们到延安参观学习。") == ("陕西省/延安市",)
    assert _named(tagger, "养蜂人把蜂箱运到丽江。") == ("云南省/丽江市",)


def test_first_tier_and_taiwanese_city_compounds(tagger):
    assert set(_named(tagger, "毕业后他没去北上广，回了县城。")) == {
        "北京市",
        "上海市",
        "广东省/广州市",
    }
    assert set(_named(tagger, "北上广深的房租又涨了。")) == {
        "北京市",
        "上海市",
        "广东省/广州市",
        "广东省/深圳市",
    }
    assert set(_named(tagger, "颱風過後，花東地區的鐵路恢復通車。")) == {
        "台湾省/花莲县",
        "台湾省/台东县",
    }
    assert set(_named(tagger, "這家民宿的客人多半來自中彰投一帶。")) == {
        "台湾省/台中市",
        "台湾省/彰化县",
        "台湾省/南投县",
    }
    assert set(_named(tagger, "桃竹苗的客家庄辦起了聯合祭典。")) == {
        "台湾省/桃园市",
        "台湾省/新竹县",
        "台湾省/苗栗县",
    }
    # a route or bridge named by the compound, and the letters inside a longer word, name nothing
    assert _named(tagger, "港珠澳大桥上的车流越来越多。") == ()
    assert _named(tagger, "实验室里有一台恒温台。") == ()


def test_grain_spices_and_dried_goods_called_by_their_place(tagger):
    article = _article(
        tagger,
        "黑龙江省哈尔滨市五常市的稻田开镰了。",
        "五常大米的价格比普通大米高出一截。",
        "五常大米产业带动了十几万农户。",
    )
    assert article == [("黑龙江省/哈尔滨市/五常市",), (), ("黑龙江省/哈尔滨市/五常市",)]
    for text in ("汉源花椒装箱发往外地。", "中宁枸杞远销海外。"):
        assert _named(tagger, text) == (), text
    # the place's fields and plantings keep it, and so does a full name
    assert _named(tagger, "五常市大米卖得好。") == ("黑龙江省/哈尔滨市/五常市",)


def test_a_dash_subtitle_under_the_headline_is_part_of_it(tagger):
    paras = [
        ("——苍溪县发展猕猴桃产业见闻", False),
        ("清晨，果农们就到了园子里。", False),
    ]
    result = tagger.tag_article([(fold(t), h) for t, h in paras], fold("小果子里的大产业"))
    assert result == [((), ("四川省/广元市/苍溪县",)), ((), ("四川省/广元市/苍溪县",))]
    # a dash line further down, or one holding a sentence, is text
    paras = [
        ("清晨，果农们就到了园子里。", False),
        ("——苍溪县发展猕猴桃产业见闻", False),
    ]
    named = [n for n, _ in tagger.tag_article([(fold(t), h) for t, h in paras], None)]
    assert named == [(), ("四川省/广元市/苍溪县",)]
    assert _named(tagger, "——苍溪县的果农说。今年收成好。") == ("四川省/广元市/苍溪县",)


def test_an_issuing_body_alone_under_the_headline_is_a_byline(tagger):
    paras = [
        ("《求是》2024年第5期", True),
        ("中共延安市委宣传部", True),
        ("近年来，延安市把红色资源用活用好。", False),
    ]
    result = tagger.tag_article([(fold(t), h) for t, h in paras], fold("让红色资源活起来"))
    assert [n for n, _ in result] == [(), (), ("陕西省/延安市",)]
    # the same name in a sentence near the top still names the city
    paras = [("中共延安市委宣传部组织了这次活动。", False), ("活动办了三天。", False)]
    result = tagger.tag_article([(fold(t), h) for t, h in paras], None)
    assert result[0][0] == ("陕西省/延安市",)
