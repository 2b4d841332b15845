"""Region families of heldout17/17b, on made-up sentences, each with negatives.

Names that folding rewrites (乾安县 folds to 干安县, 赤鱲角 to 赤𫚭角); 在津 as a travel
phrase (not 在津贴); a two-character county name after 了 or a word that leads to a
place (去了巴县, 老家汲县).
"""

from __future__ import annotations

from index.build.folding import fold


def _article(tagger, *texts: str) -> list[tuple[str, ...]]:
    """Each paragraph's own named paths, the texts tagged as one article."""
    return [named for named, _ in tagger.tag_article([(fold(t), False) for t in texts], None)]


def _named(tagger, text: str) -> tuple[str, ...]:
    return _article(tagger, text)[0]


def test_names_that_folding_rewrites(tagger):
    # t2s folds 乾 to 干 in most phrases: the county must still be found, bare or full
    assert _named(tagger, "乾安县的稻田今年种上了耐盐碱的新品种。") == ("吉林省/松原市/乾安县",)
    assert _named(tagger, "松原市乾安县新建了一座粮库。") == ("吉林省/松原市/乾安县",)
    assert _named(tagger, "記者從乾縣文旅局獲悉，景區將延長開放時間。") == ("陕西省/咸阳市/乾县",)
    assert _named(tagger, "旅客在赤鱲角機場排隊登機。") == ("香港特别行政区",)
    # the folded spelling is no place of its own elsewhere: 乾隆, 乾坤 stay words
    assert _named(tagger, "乾隆年间这里已有集市。") == ()
    assert _named(tagger, "他把桌上的东西收拾干净。") == ()
    assert _named(tagger, "运动员们一饮而尽，干劲十足。") == ()
    # a filter value spelled either way resolves
    assert tagger.resolve("乾安县") == ("吉林省/松原市/乾安县",)


def test_zai_jin_travel_phrase(tagger):
    assert _named(tagger, "他在津读完研究生，又留下来工作了五年。") == ("天津市",)
    assert _named(tagger, "剧团今年春天在津演出十二场。") == ("天津市",)
    assert _named(tagger, "去年在津落户的企业有三百多家。") == ("天津市",)
    # an allowance, a saying and a country are no 天津
    assert _named(tagger, "工人在津贴发放上意见很大。") == ()
    assert _named(tagger, "村民们至今还在津津乐道那场演出。") == ()
    assert _named(tagger, "代表团下月访津巴布韦。") == ()
    assert _named(tagger, "他在津南区开了一家面馆。") == ("天津市/津南区",)


def test_two_character_county_after_a_particle_or_lead_word(tagger):
    assert _named(tagger, "八十年代他调去了滑县，一干就是十年。") == ("河南省/安阳市/滑县",)
    assert _named(tagger, "春节前她回了趟老家单县，看望父母。") == ("山东省/菏泽市/单县",)
    assert _named(tagger, "他的祖籍歙县，至今还保留着老宅。") == ("安徽省/黄山市/歙县",)
    assert _named(tagger, "车队途经礼县时下起了大雨。") == ("甘肃省/陇南市/礼县",)
    # former counties by their old two-character names
    assert _named(tagger, "五十年代他在公社工作，后来到了蓟县。") == ("天津市/蓟州区",)
    # 了 followed by a county word is still no county: 完成了县里的任务, 了解县情
    assert _named(tagger, "大家都完成了县里布置的任务。") == ()
    assert _named(tagger, "干部们深入了解县情民意。") == ()
    assert _named(tagger, "这个村去年建成了县级示范村。") == ()
    # inside a word the name is still no county (健康县城, 完成县医院)
    assert _named(tagger, "项目完成县医院的改造。") == ()


def test_dui_in_a_verb_is_no_team(tagger):
    # 排队, 插队, 组队: the place before them is where people queue, not a team's sponsor
    assert _named(tagger, "清晨不少旅客在南京机场排队安检。") == ("江苏省/南京市",)
    assert _named(tagger, "市民在成都火车站排队取票。") == ("四川省/成都市",)
    assert _named(tagger, "三所学校今年在厦门组队参加机器人比赛。") == ("福建省/厦门市",)
    # a real team after a place is still the team's name
    assert _named(tagger, "上海申花队昨晚客场取胜。") == ()
    assert _named(tagger, "山东鲁能队主教练出席了发布会。") == ()


def test_taiwan_districts_named_bare_once_their_city_is_known(tagger):
    # traditional text, the city named first, then its districts bare
    assert _article(
        tagger,
        "臺南市政府宣布，麻豆、佳里一帶的文旦今年提早採收。",
        "農民說，麻豆的文旦外銷日本，價格比去年好。",
        "佳里區公所也將舉辦產業文化節。",
    ) == [("台湾省/台南市",), ("台湾省/台南市",), ("台湾省/台南市",)]
    assert _article(
        tagger,
        "高雄市旗山區的香蕉園受颱風影響，倒伏約三成。",
        "旗山農會表示，災後香蕉價格恐上漲。",
    ) == [("台湾省/高雄市",), ("台湾省/高雄市",)]
    # a full district name alone names its city
    assert _named(tagger, "他住在板橋區，每天搭捷運上班。") == ("台湾省/新北市",)
    # bare, with no city known, the same words name nothing (淡水 freshwater, 三峡 the dam)
    assert _named(tagger, "这种鱼只能在淡水里养殖。") == ()
    assert _named(tagger, "三峡库区今年蓄水到一百七十五米。") == ()
    assert _named(tagger, "这里离林口还有一百多公里。") == ()
    # everyday words among the districts stay words even in the city's story
    assert _article(
        tagger,
        "新北市政府今天公布新的綠地計畫。",
        "市民可以到樹林裡散步，也可以到山上露營。",
    ) == [("台湾省/新北市",), ()]
    # a mainland article keeps its own units of the same stems (永康 of 浙江 金华)
    assert _article(tagger, "浙江省金华市永康市的五金产业", "永康的五金博览会今年规模最大。") == [
        ("浙江省/金华市/永康市",),
        ("浙江省/金华市/永康市",),
    ]


def test_keyword_rows_name_no_place(tagger):
    for text in ("熱門標籤：淡水　夜市　小吃", "标签：青海 自驾 黄河", "关键词：宜兴 紫砂 非遗"):
        assert _named(tagger, text) == (), text


def test_mountain_and_lake_named_like_a_county(tagger):
    # a county named after its mountain: the mountain's town, craft or lake is no county
    assert (
        _article(
            tagger,
            "无锡市锡山区的老厂房今年改成了文创园。",
            "不少游客顺路去锡山脚下的古镇转转，买几个锡山泥人带回家。",
        )[1]
        == ()
    )
    assert _article(tagger, "济宁市微山县的渔民今年收成不错。", "微山湖的荷花开了。") == [
        ("山东省/济宁市/微山县",),
        (),
    ]
    assert _named(tagger, "周末可以去昆山湖公园跑步。") == ()
    # the county itself, and a city before its own scenic area, still count
    assert _article(tagger, "南京市栖霞区的老街今年完成修缮。", "栖霞的新楼盘卖得很快。") == [
        ("江苏省/南京市/栖霞区",),
        ("江苏省/南京市/栖霞区",),
    ]
    assert _named(tagger, "国庆期间黄山风景区接待游客十万人次。") == ("安徽省/黄山市",)
    assert set(_named(tagger, "唐山湖北两地的企业签了合作协议。")) == {"河北省/唐山市", "湖北省"}


def test_recommended_headline_rows_name_no_place(tagger):
    for text in ("精彩推荐：鼓楼区启动老旧小区改造", "猜你喜欢：黄岩蜜橘上市了"):
        assert _named(tagger, text) == (), text
