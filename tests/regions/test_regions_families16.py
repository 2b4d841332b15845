"""Region families of heldout13, on made-up sentences, each with negatives.

Crafts and the wider family as titles before a person named after a place (老艺人王青岛,
孙女龙凤凰) and an age after a surname and a place (王青岛今年七十岁); a titled
three-character name made of a place and one character (技术员郑州生); breeds and coffee
called by their place (芷江鸭, 保山咖啡); a part of a province named with a compound direction
(湘西南, 川东北); city abbreviations in travel phrases, counted in their province's stories
(赴哈); a government page's attribute rows (公开责任部门:…, 答复单位 …).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_crafts_and_kin_are_titles_before_a_name_that_is_a_place(tagger):
    for text in (
        "村里的老艺人李南昌今年八十岁，还在教徒弟。",
        "他的孙女周延安送来一篮鸡蛋。",
        "木匠陈九江正在院子里刨木板。",
        "非遗传承人刘宜宾把竹编带进了课堂。",
        "表哥王吉林去年也回来了。",
    ):
        assert _named(tagger, text) == (), text
    # the same words before a place keep it
    assert _named(tagger, "老艺人们到南昌演出。") == ("江西省/南昌市",)
    assert _named(tagger, "她的孙女在延安上大学。") == ("陕西省/延安市",)


def test_a_titled_three_character_name_made_of_a_place_and_one_character(tagger):
    for text in (
        "讲解员郑州生，今年才二十四岁。",
        "技术员黄山松说，这片林子要间伐了。",
    ):
        assert _named(tagger, text) == (), text
    # a place word (郑州人), no title, or no clause end after the character keep the place
    assert _named(tagger, "新来的技术员郑州人，说话带着口音。") == ("河南省/郑州市",)
    assert _named(tagger, "他们一家在郑州生，在郑州长。") == ("河南省/郑州市",)
    assert _named(tagger, "带队的讲解员黄山下，一路没停过嘴。") == ("安徽省/黄山市",)


def test_a_breed_or_coffee_called_by_its_place(tagger):
    article = _article(
        tagger,
        "湖南省怀化市芷江侗族自治县的养殖户越来越多。",
        "芷江鸭卖到了全国各地。",
    )
    assert article == [("湖南省/怀化市/芷江侗族自治县",), ()]
    for text in ("清远鸡上了年夜饭的桌。", "保山咖啡远销海外。", "荣昌猪的肉质好。"):
        assert _named(tagger, text) == (), text
    # the place's eggs, farms and coffee gardens are still the place's
    assert _named(tagger, "清远鸡蛋价格上涨。") == ("广东省/清远市",)
    assert _named(tagger, "保山咖啡园里果子红了。") == ("云南省/保山市",)
    assert _named(tagger, "清远鸡场扩建了。") == ("广东省/清远市",)


def test_a_part_of_a_province_named_with_a_compound_direction(tagger):
    assert _named(tagger, "村子在湘西南山区，路不好走。") == ("湖南省",)
    assert _named(tagger, "川东北地区的天然气储量丰富。") == ("四川省",)
    assert _named(tagger, "鄂西北的山里种满了茶。") == ("湖北省",)
    # a prefecture's own name, a name starting on the last character, and 陕西 + 南部
    assert _named(tagger, "湘西的吊脚楼很有名。") == ("湖南省/湘西土家族苗族自治州",)
    assert _named(tagger, "黔东南的苗寨迎来了游客。") == ("贵州省/黔东南苗族侗族自治州",)
    assert _named(tagger, "他后来任豫西南阳军分区政治部主任。") == ("河南省/南阳市",)
    assert _named(tagger, "陕西南部下了大雨。") == ("陕西省",)
    assert _named(tagger, "货物运往东南亚。") == ()


def test_a_city_abbreviation_travel_phrase_counts_in_its_province(tagger):
    article = _article(
        tagger,
        "大庆市肇源县的合作社今年种了两千亩水稻。",
        "他们赴哈参加了农产品展销会。",
        "在哈萨克斯坦也有客户。",
    )
    assert article == [("黑龙江省/大庆市/肇源县",), ("黑龙江省/哈尔滨市",), ()]
    assert _article(tagger, "贵州省遵义市的茶农来筑参展。", "大家在筑牢防线上下功夫。") == [
        ("贵州省/遵义市", "贵州省/贵阳市"),
        (),
    ]
    assert _article(tagger, "广东省惠州市的工厂招工。", "他在莞打工十年。", "她莞尔一笑。") == [
        ("广东省/惠州市",),
        ("广东省/东莞市",),
        (),
    ]
    assert _article(tagger, "浙江省丽水市的山里。", "来温投资的客商多了。", "村里送来温暖。") == [
        ("浙江省/丽水市",),
        ("浙江省/温州市",),
        (),
    ]
    # without the province in the story the abbreviation is no place (访哈: Kazakhstan)
    assert _named(tagger, "他们赴哈参加了农产品展销会。") == ()
    assert _named(tagger, "总统访哈期间签署了协议。") == ()


def test_a_disclosure_pages_attribute_lines_name_nothing(tagger):
    for text in (
        "公开责任部门：临武县农业农村局",
        "发布机构：临武县人民政府",
        "留言时间 2024-05-06 09:12 答复单位 临武县水利局",
    ):
        assert _named(tagger, text) == (), text
    # the office named in a sentence, or a sentence opening on such a word, keeps its place
    assert _named(tagger, "临武县农业农村局发布了补贴名单。") == ("湖南省/郴州市/临武县",)
    assert _named(tagger, "留言时间不长，临武县水利局就回复了。") == ("湖南省/郴州市/临武县",)


def test_an_age_after_a_surname_and_a_place_is_a_person(tagger):
    for text in (
        "王青岛今年七十岁，还在画年画。",
        "李宁波，35岁，是村里的会计。",
        "陈武汉现年52岁。",
    ):
        assert _named(tagger, text) == (), text
    # a place's people by age, and 苏 ending a place, keep the place
    assert _named(tagger, "青岛今年70岁以上的老人有多少？") == ("山东省/青岛市",)
    assert _named(tagger, "江苏南京35岁男子获救。") == ("江苏省/南京市",)


def test_a_naming_verb_before_a_surname_and_a_place_is_a_person(tagger):
    for text in (
        "一位名叫李宁波的老人在村口等车。",
        "村里有个叫陈武汉的年轻人。",
        "他叫王江西，是会计。",
    ):
        assert _named(tagger, text) == (), text
    # a place called by its name keeps it
    assert _named(tagger, "这座山叫黄山，山下就是汤口镇。") == ("安徽省/黄山市",)
    assert _named(tagger, "这座城以前叫襄樊。") == ("湖北省/襄阳市",)
