"""Region families of heldout18/18b, on made-up sentences, each with negatives.

A known city's districts listed bare (海淀、朝阳 in a 北京 story); a longer name the
article already knows holding a city's short name inside it (五大连池 holds 大连); a
county's produce when the paragraph calls the county its own (奉节脐橙…全县); an arrival
verb before a city whose first character makes a word with it (直达成都); a college's
two-character name between its place and 学院 (重庆文理学院).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_known_citys_districts_listed_bare(tagger):
    assert set(
        _article(
            tagger,
            "杭州市上城区的这家社区食堂开业半年了。",
            "来吃饭的不只是本地老人，也有从西湖、拱墅专门赶来的上班族。",
        )[1]
    ) == {"浙江省/杭州市/西湖区", "浙江省/杭州市/拱墅区"}
    assert set(
        _article(
            tagger,
            "广州市天河区一所小学今年开设了粤剧课。",
            "报名的孩子里，有不少家住越秀和海珠，每周坐地铁过来。",
        )[1]
    ) == {"广东省/广州市/越秀区", "广东省/广州市/海珠区"}
    assert set(
        _article(
            tagger,
            "成都市武侯区的老茶馆重新开张。",
            "老顾客大多来自锦江、青羊、金牛，一坐就是一下午。",
        )[1]
    ) == {"四川省/成都市/锦江区", "四川省/成都市/青羊区", "四川省/成都市/金牛区"}


def test_bare_districts_need_their_city_and_a_list(tagger):
    # no city known: the bare stems name nothing
    assert _named(tagger, "住客大多来自海淀、朝阳，周末来回很方便。") == ()
    # the city known, but one bare stem alone is still a word
    assert _article(
        tagger,
        "北京市房山区的山里今年新开了几家民宿。",
        "清晨推开窗，朝阳正从山后升起来。",
    ) == [("北京市/房山区",), ()]
    # a list whose stems belong to another city's districts stays unnamed
    assert _article(
        tagger,
        "北京市房山区的山里今年新开了几家民宿。",
        "客人多半来自西湖、拱墅，坐高铁过来。",
    ) == [("北京市/房山区",), ()]


def test_known_longer_name_holds_a_city_inside(tagger):
    assert _article(
        tagger,
        "黑河市五大连池市的矿泉水厂扩建了生产线。",
        "五大连池的冷泉水含有多种矿物质，夏天来取水的人排起长队。",
    ) == [("黑龙江省/黑河市/五大连池市",), ("黑龙江省/黑河市/五大连池市",)]
    # without the article naming it, the city inside keeps its own reading
    assert _named(tagger, "他从大连坐船回老家。") == ("辽宁省/大连市",)


def test_county_produce_when_the_paragraph_speaks_of_the_county(tagger):
    # a county's brand, with the paragraph calling the county its own (全县, 本县, 该县)
    assert _named(tagger, "汉源花椒麻味足，全县花椒种植面积有二十多万亩。") == (
        "四川省/雅安市/汉源县",
    )
    assert _named(tagger, "今年盐池滩羊供不应求，该县养殖户人均增收三千多元。") == (
        "宁夏回族自治区/吴忠市/盐池县",
    )
    assert _named(tagger, "五常大米卖到了全国，本市水稻种植面积两百多万亩。") == (
        "黑龙江省/哈尔滨市/五常市",
    )
    # the brand alone, sold elsewhere, names no place
    assert _named(tagger, "超市里的汉源花椒每斤卖到六十块钱。") == ()
    assert _named(tagger, "年货清单上有五常大米和一箱牛奶。") == ()
    # a prefecture's brand is not spoken of as 全县 (赣南脐橙 stays a brand)
    assert _named(tagger, "她网购了一箱赣南脐橙，全县的亲戚都尝过了。") == ()


def test_arrival_verb_before_a_city_whose_first_character_makes_a_word(tagger):
    assert set(_named(tagger, "冷链专线开通后，鲜果次日直达成都、西安。")) == {
        "四川省/成都市",
        "陕西省/西安市",
    }
    assert _named(tagger, "代表团一行昨晚抵达成都。") == ("四川省/成都市",)
    # 达成 + 都 and 造成 + 都市 stay words
    assert _named(tagger, "双方最终达成都能接受的方案。") == ()
    assert _named(tagger, "持续高温造成都市用电紧张。") == ()


def test_college_with_a_two_character_name_after_its_place(tagger):
    for text in (
        "她的表姐毕业于湖北文理学院，现在是一名中学老师。",
        "湖南文理学院今年新开了两个专业。",
        "他在安徽新华学院读的会计。",
    ):
        assert _named(tagger, text) == (), text
    # a verb or a count between is a clause: the place is where he studied
    assert _named(tagger, "他在重庆读完大学就留了下来。") == ("重庆市",)
    assert _named(tagger, "上海两所学院今年合并办学。") == ("上海市",)
    assert _named(tagger, "她去北京上大学那年才十七岁。") == ("北京市",)
    # nor an adjective: the place's well-known universities
    assert _named(tagger, "浙江知名大学今年都扩大了招生。") == ("浙江省",)
    assert _named(tagger, "上海重点大学的录取线又涨了。") == ("上海市",)


def test_foreign_and_feature_names_holding_a_place_name(tagger):
    # a desert, foreign states and a city: a longer name holds the place's
    for text in (
        "骑行队用了九天穿越巴丹吉林沙漠。",
        "她的女儿在明尼苏达州读研究生。",
        "这批羊毛从昆士兰州海运过来。",
        "他去年在马拉喀什住了半个月。",
        "马里兰州的蓝蟹季开始了。",
    ):
        assert _named(tagger, text) == (), text
    # the places themselves, beside such words, still count
    assert _named(tagger, "吉林的雪季从十一月开始。") == ("吉林省",)
    assert _named(tagger, "他在威海开了一家渔具店。") == ("山东省/威海市",)
    # one character before is often another word's end: 进入|海口市场
    assert _named(tagger, "这批芒果今年进入海口市场。") == ("海南省/海口市",)


def test_known_citys_district_bare_after_a_verb_of_coming_or_going(tagger):
    assert _article(
        tagger,
        "广州市天河区一家社区图书馆延长了开放时间。",
        "不少读者每周从海珠坐地铁过来，一待就是一下午。",
    ) == [("广东省/广州市/天河区",), ("广东省/广州市/海珠区",)]
    assert _article(
        tagger,
        "杭州市上城区的这条老街完成了改造。",
        "店主三年前搬到西湖，店却一直开在这里。",
    ) == [("浙江省/杭州市/上城区",), ("浙江省/杭州市/西湖区",)]
    # without the city known, or before a name of its own (a park), the stem names nothing
    assert _named(tagger, "不少读者每周从海珠坐地铁过来。") == ()
    assert _article(
        tagger,
        "北京市房山区的民宿今年很火。",
        "清晨去朝阳公园跑步的人不少。",
    ) == [("北京市/房山区",), ()]


def test_former_district_with_a_generic_word_after_its_parent(tagger):
    # retired districts whose names end in a generic word (郊区, 城区, 矿区) name their
    # successor after their parent
    assert _named(tagger, "九十年代她在杭州市下城区的一家商场上班。") == ("浙江省/杭州市/拱墅区",)
    assert _named(tagger, "他年轻时在天津西郊区种过菜。") == ("天津市/西青区",)
    assert _named(tagger, "那时他家住在嘉兴秀城区。") == ("浙江省/嘉兴市/南湖区",)
    # alone they read as descriptions: the eastern suburbs, the old town
    assert _named(tagger, "他家住在东郊区，上班要坐一个小时公交。") == ()
    assert _named(tagger, "下城区的老房子大多拆了。") == ()
    # known from the article, the bare former name counts again
    assert _article(
        tagger, "天津市东丽区的老邮递员退休了。", "他年轻时在东郊区送信，一干就是三十年。"
    ) == [("天津市/东丽区",), ("天津市/东丽区",)]


def test_former_build_writes_generic_tail_names_gated(tmp_path):
    from pathlib import Path

    from index.regions.former_build import build

    rows = [
        "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码",
        "120110,天津市,直辖,东郊区,县级,变更,1981,1992,120110",
        "120110,天津市,直辖,东丽区,县级,在用,1992,,",
        "370811,山东省,济宁市,市郊区,县级,变更,1981,1993,370811",
    ]
    path = Path(tmp_path) / "result.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = {(s, p, form) for s, p, _, form in build(path)}
    assert ("东郊区", "天津市/东丽区", "gated") in got
    assert not any(s == "市郊区" for s, _, _ in got)  # a word of every city


def test_former_namesake_county_of_its_city(tagger):
    # a city's namesake county, made a district under another name, names that district
    assert _named(tagger, "八十年代她在遵义县的一所乡村小学教书。") == ("贵州省/遵义市/播州区",)
    assert _named(tagger, "他祖上是开封县的手艺人。") == ("河南省/开封市/祥符区",)
    assert _named(tagger, "那年他在宜宾县邮电局当投递员。") == ("四川省/宜宾市/叙州区",)
    # the city, then 县区/县级/县市区: the city's counties, not the old county
    assert _named(tagger, "开封县区两级干部参加了培训。") == ("河南省/开封市",)
    assert _named(tagger, "遵义县级干部今年都参加了轮训。") == ("贵州省/遵义市",)
    # a county of today under its city's name stays itself
    assert _named(tagger, "长沙县的花卉苗木基地扩大了。") == ("湖南省/长沙市/长沙县",)


def test_former_build_follows_a_namesake_countys_new_district(tmp_path):
    from pathlib import Path

    from index.regions.former_build import build

    rows = [
        "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码",
        "511502,四川省,宜宾市,翠屏区,县级,在用,1996,,",
        "511504,四川省,宜宾市,叙州区,县级,在用,2018,,",
        "511521,四川省,宜宾市,宜宾县,县级,弃用,1996,2018,511502;511504",
    ]
    path = Path(tmp_path) / "result.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = {(s, p, form) for s, p, _, form in build(path)}
    assert ("宜宾县", "四川省/宜宾市/叙州区", "full") in got


def test_a_name_is_no_evidence_for_itself_across_the_article(tagger):
    # a Hong Kong story's 马鞍山 (Ma On Shan): the paragraph's own first reading of it
    # (安徽's city) is no article evidence against the story's 香港
    assert _article(
        tagger,
        "香港沙田區的公共屋邨今年完成外牆翻新。",
        "不少街坊住在馬鞍山，每天搭港鐵上班。",
    ) == [("香港特别行政区",), ("香港特别行政区",)]
    # named twice in the article, the city keeps its reading
    assert _article(
        tagger,
        "安徽省马鞍山市的钢铁企业今年减产。",
        "马鞍山的工人们开始轮岗培训。",
    ) == [("安徽省/马鞍山市",), ("安徽省/马鞍山市",)]
    assert _named(tagger, "马鞍山的工人们开始轮岗培训。") == ("安徽省/马鞍山市",)


def test_plants_named_after_a_place(tagger):
    for text in (
        "公园今年补种了乐昌含笑和攀枝花苏铁。",
        "林场育了两百亩云南红豆杉苗。",
        "行道树换成了浙江润楠，四季常绿。",
    ):
        assert _named(tagger, text) == (), text
    # nor is a compound read across the species' place name (四川|苏铁 holds no 川苏)
    assert _named(tagger, "盆景园里最贵的是一棵四川苏铁。") == ()
    assert set(_named(tagger, "川苏两省的林业部门签了协议。")) == {"四川省", "江苏省"}
    # the place itself, with its plants, still counts
    assert _named(tagger, "云南的红豆杉保护区扩大了。") == ("云南省",)
    assert _named(tagger, "他在浙江种了十年树。") == ("浙江省",)
