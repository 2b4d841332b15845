"""Region families of heldout16, on made-up sentences, each with negatives.

A river's, sea's or coast's name ending on a place name's first character (黄河源, 沿海城市,
渤海南岸); 港 as a port after a travel verb (在港边, 渔船回港); a run of weak province
abbreviations with no regional word after it (甘青宁) and one whose last member starts the
next word (甘青宁新能源); city pairs (酒嘉两地).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_a_water_name_ending_on_a_place_names_first_character(tagger):
    for text in (
        "考察队沿着淮河源头一路走访。",
        "渤海南岸的盐场正在晒盐。",
        "这里是全国重要的沿海城市之一。",
        "黄海南部海域今晨出现大雾。",
        "洞庭湖北岸的农田已经插完秧。",
        "長江西岸的碼頭正在改造。",
        "珠江西岸的制造业订单回暖。",
        "长江入海口的湿地迎来候鸟。",
        "黄河南岸的滩区种上了小麦。",
        "这座沿江门户城市正在修新港。",
        "闽江的出海口附近泥沙淤积。",
    ):
        assert _named(tagger, text) == (), text
    # a place ending right before the water's name keeps it; so do the names themselves
    assert _named(tagger, "他从广东江门回来。") == ("广东省/江门市",)
    assert _named(tagger, "浙江湖州的竹林很有名。") == ("浙江省/湖州市",)
    assert _named(tagger, "山东海阳的沙滩上搭起了舞台。") == ("山东省/烟台市/海阳市",)
    assert set(_named(tagger, "陕西江西两省签了协议。")) == {"陕西省", "江西省"}
    # a part of the country before the place is no water (华东|江苏)
    assert _named(tagger, "公司的华东江苏分公司去年成立。") == ("江苏省",)
    assert _named(tagger, "他坐夜班飞机到了海口。") == ("海南省/海口市",)
    # 入海/出海 after a verb's first character is the verb's tail, not a river's mouth
    assert _named(tagger, "这批椰子今年进入海口市场。") == ("海南省/海口市",)
    assert _named(tagger, "越来越多的游客进入海南度假。") == ("海南省",)


def test_gang_as_a_port_after_a_travel_verb(tagger):
    for text in (
        "她从小在港边长大，看惯了渔船进出。",
        "老人每天傍晚都在港畔散步。",
        "台风来临前，渔船纷纷回港避风。",
        "这艘货轮在港停靠了两天。",
        "捕捞季结束，船只陆续返港卸货。",
    ):
        assert _named(tagger, text) == (), text
    # people in Hong Kong, and a ship's visit, still name it
    assert _named(tagger, "他在港工作多年，去年才回内地。") == ("香港特别行政区",)
    assert _named(tagger, "海军舰艇访港期间，市民排队参观。") == ("香港特别行政区",)
    assert _named(tagger, "这批内地学生在港读书。") == ("香港特别行政区",)


def test_a_run_of_weak_abbreviations_alone(tagger):
    three = {"甘肃省", "青海省", "宁夏回族自治区"}
    assert set(_named(tagger, "推动甘青宁协同发展。")) == three
    assert set(_named(tagger, "甘青宁新能源基地加快建设。")) == three  # 新 starts 新能源
    assert set(_named(tagger, "蒙吉黑三地的牧民赶来参赛。")) == {
        "内蒙古自治区",
        "吉林省",
        "黑龙江省",
    }
    # a last weak member before a number or a function word stays one
    assert "新疆维吾尔自治区" in _named(tagger, "陕甘宁青新五省区的代表参会。")
    assert "内蒙古自治区" in _named(tagger, "黑吉辽蒙的冰雪线路很热门。")
    # a run of three that shortens to two stays whole
    assert set(_named(tagger, "陕甘宁革命根据地旧址")) == {"陕西省", "甘肃省", "宁夏回族自治区"}
    for text in ("他登上了青云台。", "相机装在云台上。", "一件藏青色的外套。", "新贵们聚在一起。"):
        assert _named(tagger, text) == (), text


def test_city_pairs(tagger):
    assert set(_named(tagger, "酒嘉两市的枸杞收购价上涨。")) == {
        "甘肃省/酒泉市",
        "甘肃省/嘉峪关市",
    }
    assert set(_named(tagger, "福厦两地的客流持续增长。")) == {
        "福建省/福州市",
        "福建省/厦门市",
    }
    assert set(_named(tagger, "推进长吉一体化。")) == {"吉林省/长春市", "吉林省/吉林市"}
    for text in ("啤酒嘉年华周末开幕。", "京张高铁开通五周年。", "造福厦门人民。"):
        assert "甘肃省/酒泉市" not in _named(tagger, text), text
        assert "河北省/张家口市" not in _named(tagger, text), text
        assert "福建省/福州市" not in _named(tagger, text), text


def test_a_county_stem_that_is_an_everyday_word_after_a_bare_travel_verb(tagger):
    for text in (
        "他在公安工作多年，去年调到了法院。",
        "父亲在港口工作了一辈子。",
        "周末全家到温泉度假，顺便到温泉旅游。",
        "她毕业后在通道工作，负责地铁安检。",
    ):
        assert _named(tagger, text) == (), text
    # beside its parent, or once the unit is known, the stem is the county
    assert _named(tagger, "湖北公安县的老乡说，他在公安工作多年。") == ("湖北省/荆州市/公安县",)
    assert _article(tagger, "记者来到荆州市公安县。", "他在公安工作多年。")[1] == (
        "湖北省/荆州市/公安县",
    )
    # a stem that is no everyday word still counts after a travel verb
    assert _named(tagger, "我们到凤凰旅游。") == ("湖南省/湘西土家族苗族自治州/凤凰县",)


def test_a_name_split_between_two_everyday_words(tagger):
    for text in (
        "银行推出了一批创新金融产品。",
        "今年要继续改善道路环境。",
        "渔民说晚上海上风浪大。",
        "这对稳定西部边疆很重要。",
        "县里召开封闭管理工作会。",
    ):
        assert _named(tagger, text) == (), text
    # a place ending right before keeps the name; a name with one side free stays
    assert _named(tagger, "江苏南京的游客最多。") == ("江苏省/南京市",)
    assert _named(tagger, "他们到济南部署工作。") == ("山东省/济南市",)
    assert _named(tagger, "他在上海上学。") == ("上海市",)
    assert _named(tagger, "他在广州长大。") == ("广东省/广州市",)


def test_numbered_and_zi_streets_named_after_a_place(tagger):
    for text in ("菜市场就在青岛二路。", "沿着北海子路往前走。", "他家住在大连五路。"):
        assert _named(tagger, text) == (), text
    # "all the way", the Eighth Route Army and a plain mention keep the place
    assert _named(tagger, "他从重庆一路走到了拉萨。")[0] == "重庆市"
    assert _named(tagger, "山西八路军太行纪念馆开馆了。") == ("山西省",)
    assert _named(tagger, "他们去年去了北海。") == ("广西壮族自治区/北海市",)


def test_kin_after_a_surname_and_a_place_make_a_person(tagger):
    for text in (
        "杨青海的父亲是乡村医生。",
        "陈武汉和妻子一起来到工地。",
        "听说周南昌的女儿考上了大学。",
    ):
        assert _named(tagger, text) == (), text
    # kin after a place with no surname before it keep the place
    assert _named(tagger, "他每月给在广州的儿子打电话。") == ("广东省/广州市",)
    assert _named(tagger, "老家在江西的母亲寄来了腊肉。") == ("江西省",)
