"""Region families of heldout11, on made-up sentences, each with negatives.

Office and trade roles before a person named after a place (合作社会计陈西安, 大学生村官刘宜宾);
papers named after a place whatever their 报 word (某某时报, 台灣醒報); a Hong Kong district's
government offices and officers (黃大仙民政事務處, 民政事務專員), the office and not the district.
"""

from __future__ import annotations

from index.build.folding import fold

HK = "香港特别行政区"


def _named(tagger, text: str, home: str | None = None) -> tuple[str, ...]:
    return tagger.tag_article([(fold(text), False)], None, home)[0][0]


def test_office_and_trade_roles_before_a_person_named_after_a_place(tagger):
    for text in (
        "合作社会计陈西安每天晚上都要整理账目。",
        "大学生村官刘宜宾负责村里的直播带货。",
        "货车司机王南昌一早就出发了。",
        "村里的出纳李长沙把钱存进了信用社。",
    ):
        assert _named(tagger, text) == (), text
    # the same roles beside a real place keep it
    assert _named(tagger, "合作社会计到西安市参加培训。") == ("陕西省/西安市",)
    assert _named(tagger, "大学生村官在宜宾市工作了三年。") == ("四川省/宜宾市",)


def test_papers_named_after_a_place_name_nothing(tagger):
    for text in ("09:41 林美惠 分享自台灣醒報", "据广州早报报道，活动很成功。", "转自南京晨报。"):
        assert _named(tagger, text) == (), text
    # the place itself, or a report from it, is still named
    assert _named(tagger, "广州早上下了一场雨。") == ("广东省/广州市",)
    assert _named(tagger, "台湾报道了这件事。") == ("台湾省",)


def test_a_hong_kong_districts_government_office_names_nothing(tagger):
    for text in (
        "黃大仙民政事務專員表示，關愛隊會加密探訪。",
        "市民可向黃大仙民政事務處查詢。",
        "觀塘地政處已張貼告示。",
    ):
        assert HK not in _named(tagger, text, HK), text
    # the district itself, in Hong Kong's context, is still Hong Kong
    assert _named(tagger, "黃大仙的長者中心今天開放。", HK) == (HK,)


def test_more_titles_before_a_person_named_after_a_place(tagger):
    for text in ("楼栋长陈韶关挨家走访。", "网格长王南宁上门登记。", "店长刘长沙说生意不错。"):
        assert _named(tagger, text) == (), text
    assert _named(tagger, "网格长到韶关市参加培训。") == ("广东省/韶关市",)


def test_airlines_named_after_a_place_name_nothing(tagger):
    for text in ("她乘坐深圳航空的航班回乡。", "四川航空开通了新航线。"):
        assert _named(tagger, text) == (), text
    # an airport area or an aviation industry is the city's
    assert _named(tagger, "郑州航空港区新建了工厂。") == ("河南省/郑州市",)
    assert _named(tagger, "西安航空产业园开工。") == ("陕西省/西安市",)


def test_hometown_associations_with_a_word_of_their_own(tagger):
    for text in (
        "惠州客属公会捐款助学。",
        "福州十邑同乡会会员回乡。",
        "潮州八邑会馆举办春祭。",
        "潮州公会举办活动。",
    ):
        assert _named(tagger, text) == (), text
    # a verb between is an event of the place; an association named after another place
    # sits in the first one
    assert _named(tagger, "温州召开商会年会。") == ("浙江省/温州市",)
    assert _named(tagger, "昆明温州商会组织考察。") == ("云南省/昆明市",)


def test_a_model_or_experience_named_after_its_place(tagger):
    for text in (
        "这种保护性耕作方式被称为“梨树模式”。",
        "各地学习推广晋江经验。",
        "浙江模式值得借鉴。",
    ):
        assert _named(tagger, text) == (), text
    # the place itself, or its full name before the word, is still named
    assert _named(tagger, "梨树县的模式很成功。") == ("吉林省/四平市/梨树县",)
    assert _named(tagger, "在梨树县推广保护性耕作。") == ("吉林省/四平市/梨树县",)
