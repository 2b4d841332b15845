"""Region families of heldout19/19b, on made-up sentences, each with negatives.

Two prefecture initials of one province before a word counting two (衢丽两市); the place
of a wire dateline when it is a county-level city's short name (本报瑞丽3月2日电); an
outlet's byline line whose name holds a place (澳门焦点记者).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_two_city_initials_before_a_count_of_two(tagger):
    assert set(_named(tagger, "衢丽两市的茶农上个月在龙游签了收购协议。")) >= {
        "浙江省/衢州市",
        "浙江省/丽水市",
    }
    assert set(_named(tagger, "宝汉两市之间的高速公路明年通车。")) == {
        "陕西省/宝鸡市",
        "陕西省/汉中市",
    }
    assert set(_named(tagger, "常益两地的渔民今年一起守护洞庭湖。")) == {
        "湖南省/常德市",
        "湖南省/益阳市",
    }


def test_two_initials_need_the_count_and_no_directions(tagger):
    # a pair of directions is a word, not two cities (广西 has 南宁 and 北海)
    assert _named(tagger, "南北两地的饮食差异很大。") == ()
    # without a count of two, a pair stays unread
    assert _named(tagger, "衢丽的茶农上个月签了协议。") == ()
    # a count of two after one word is no compound
    assert _named(tagger, "这两市的房价都在下降。") == ()


def test_wire_dateline_place(tagger):
    assert _named(tagger, "本报瑞丽3月2日电 口岸今年的客流又创新高。") == (
        "云南省/德宏傣族景颇族自治州/瑞丽市",
    )
    assert _named(tagger, "新华社记者李某个旧11月8日电 锡矿博物馆今天开馆。") == (
        "云南省/红河哈尼族彝族自治州/个旧市",
    )
    assert _named(tagger, "本报义乌6日讯 小商品城的订单排到了年底。") == ("浙江省/金华市/义乌市",)


def test_wire_dateline_needs_its_day_and_a_short_credit(tagger):
    # 电 starting 电价 is no dateline
    assert _named(tagger, "瑞丽3月2日电价上调了一角。") == ()
    # the day inside a sentence, after a clause: no dateline
    assert _named(tagger, "他说，个旧11月8日讯号很差。") == ()
    # an uncredited bracketed dateline with a district's stem: a foreign paper's town
    assert _named(tagger, "（金山8日讯）当地华团昨晚举办了中秋晚会。") == ()


def test_outlet_byline_line(tagger):
    assert _named(tagger, "澳门焦点记者") == ()
    assert _named(tagger, "广州焦点网记者 李明 王芳") == ()
    assert _named(tagger, "文/厦门在线记者陈小玲") == ()


def test_outlet_byline_keeps_reporters_stationed_and_sentences(tagger):
    # a reporter stationed in a place, or a sentence going on after 记者, still names it
    assert _named(tagger, "驻澳门记者 李明") == ("澳门特别行政区",)
    assert _named(tagger, "澳门焦点记者昨日走访了氹仔的几家老店。") == ("澳门特别行政区",)
    # a unit's name right before 记者 is no outlet
    assert _named(tagger, "杭州市记者 王某") == ("浙江省/杭州市",)


def test_two_province_compound_before_two_regions(tagger):
    assert set(_named(tagger, "桂琼两区的渔民在北部湾联合护渔。")) == {
        "广西壮族自治区",
        "海南省",
    }
    assert set(_named(tagger, "宁蒙两区交界的沙漠里又种下了一片梭梭。")) == {
        "宁夏回族自治区",
        "内蒙古自治区",
    }


def test_person_named_after_a_place_with_naming_verbs_and_pronoun_kin(tagger):
    assert _named(tagger, "老周给孙子取名周长春，盼他长大成才。") == ()
    assert _named(tagger, "他后来改名为刘武汉。") == ()
    assert _named(tagger, "养蜂人钱西宁和他的徒弟每天五点上山。") == ()
    assert _named(tagger, "吴南昌与她的姐妹们合开了一家裁缝铺。") == ()
    # a place before 和 + a pronoun's noun is still the place
    assert _named(tagger, "他走遍了四川和他的故乡湖南。") == ("四川省", "湖南省")


def test_standing_city_nicknames(tagger):
    assert _named(tagger, "申城今天正式入梅，雨要下一个多月。") == ("上海市",)
    assert _named(tagger, "这家开了八十年的沪上老字号换了新招牌。") == ("上海市",)
    assert _named(tagger, "津门的相声茶馆周末一票难求。") == ("天津市",)
    assert _named(tagger, "杭城的桂花今年开得晚。") == ("浙江省/杭州市",)
    assert _named(tagger, "他毕业后留在了甬城。") == ("浙江省/宁波市",)


def test_leaving_city_abbreviations(tagger):
    assert set(_named(tagger, "调研组离榕后，又去了宁德的两个县。")) >= {"福建省/福州市"}
    assert _named(tagger, "离邕前，专家们又看了一遍方案。") == ("广西壮族自治区/南宁市",)


def test_longer_county_name_holds_a_city_short_name(tagger):
    # 峨眉山 holds 眉山, 五大连池 holds 大连: the inner city is no mention
    assert _named(tagger, "峨眉山下的小镇今年新开了十几家民宿。") == ()
    assert _named(tagger, "五大连池的火山石被做成了茶盘。") == ()
    # with its city named, the longer name is the county
    assert _named(tagger, "乐山的峨眉山景区今天限流。") == ("四川省/乐山市/峨眉山市",)
    # the short city alone is still the city
    assert _named(tagger, "去大连旅游的人越来越多。") == ("辽宁省/大连市",)


def test_port_after_a_compound_is_no_hong_kong(tagger):
    assert set(_named(tagger, "津冀港口群今年的集装箱吞吐量又创新高。")) == {"天津市", "河北省"}
    assert set(_named(tagger, "鲁苏港口的煤炭运价都在下跌。")) == {"山东省", "江苏省"}
    # 粤港口岸 is still 粤港 + 口岸
    assert set(_named(tagger, "粤港口岸的通关时间缩短了。")) == {"广东省", "香港特别行政区"}


def test_three_character_names_in_bylines(tagger):
    assert _named(tagger, "本报记者 孙大连 实习生 钱长沙") == ()
    assert _named(tagger, "摄影：黄石林") == ()
    assert _named(tagger, "文/图 李南京、周昆明") == ()
    # the place alone after the role's line goes on as before; a sentence keeps it
    assert _named(tagger, "记者在长沙采访了几位老人。") == ("湖南省/长沙市",)


def test_a_measure_of_goods_sold_under_a_place_name(tagger):
    assert _named(tagger, "早饭是一碗河南胡辣汤和两根油条。") == ()
    assert _named(tagger, "奶茶店里一杯新疆奶茶卖十八元。") == ()
    assert _named(tagger, "他从老家带回来两斤宁夏枸杞。") == ()
    assert _named(tagger, "这瓶贵州茅台他存了十年。") == ()
    # the place's own 的, or its full name, keeps it named
    assert _named(tagger, "他买了三箱四川的橙子。") == ("四川省",)
    assert _named(tagger, "一袋云南省产的花椒卖三十元。") == ("云南省",)


def test_people_brought_in_by_their_part_and_speaking_to_the_reporter(tagger):
    assert _named(tagger, "患者家属王济南向记者讲述了当晚的经过。") == ()
    assert _named(tagger, "乘客李长沙说，列车只晚点了十分钟。") == ()
    assert _named(tagger, "村里的老会计赵兰州对记者说，账目每月公开。") == ()
    # a city opening its labs to the press is still the city
    assert _named(tagger, "济南向记者开放了三家重点实验室。") == ("山东省/济南市",)


def test_a_real_name_taking_a_compounds_first_member(tagger):
    # 天津 takes 津 of 津港: 港 alone is the port, not Hong Kong
    assert _named(tagger, "天津港的集装箱吞吐量又创新高。") == ("天津市",)
    assert _named(tagger, "货轮昨天驶离天津港口。") == ("天津市",)
    # a travel phrase taking the first member leaves the compound whole (在赣湘两地)
    assert set(_named(tagger, "在赣湘两地跑运输的司机越来越多。")) == {"江西省", "湖南省"}
    # two members left after the name still make a compound
    assert set(_named(tagger, "香港澳门两地的旅客明显增多。")) == {
        "香港特别行政区",
        "澳门特别行政区",
    }


def test_publishers_named_after_their_province(tagger):
    assert _named(tagger, "这本县志由四川人民出版社出版。") == ()
    assert _named(tagger, "湖南科学技术出版社的编辑来村里组稿。") == ()
    assert _named(tagger, "浙江教育出版社今年出了一套乡土教材。") == ()
    # publishing in the province still names it
    assert _named(tagger, "他在四川出版了一本写茶马古道的书。") == ("四川省",)


def test_hong_kong_people_and_arriving_in_macau(tagger):
    assert set(_named(tagger, "周末不少港人北上到深圳买菜。")) == {
        "香港特别行政区",
        "广东省/深圳市",
    }
    assert _named(tagger, "渔港人家的晚饭总少不了一条鱼。") == ()
    assert _named(tagger, "老一辈的北港人过年都要去妈祖庙。") == ()
    # 抵澳 counts in a story that names Macau; alone it may be Australia
    assert _article(tagger, "澳门旅游局介绍了新线路。", "首批旅行团昨天抵澳。")[1] == (
        "澳门特别行政区",
    )
    assert _named(tagger, "他赴澳留学三年后回国。") == ()
