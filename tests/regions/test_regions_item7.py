"""Issue 10 item 7: compounds, travel phrases, former names, person names, spam, bounded inheritance."""

from __future__ import annotations

from index.build.folding import fold
from index.config import load_config
from index.engine.models import Article, DecodedFile, SourceFile
from index.ingest.articles import ArticleBuilder
from index.ingest.cleaning import CleaningRules
from index.regions import RegionTagger
from index.regions.tagger import LAPSE_PARAGRAPHS, STORY_MAX_PARAGRAPHS

BJ, TJ, HB, SH, JS, ZJ = "北京市", "天津市", "河北省", "上海市", "江苏省", "浙江省"
HK, MO, GD, SC, CQ = "香港特别行政区", "澳门特别行政区", "广东省", "四川省", "重庆市"


def test_compounds_name_each_province(tag) -> None:
    """京津冀, 川渝, 粤港澳, 苏浙沪, 江浙沪, 晋冀鲁豫 name every member."""
    assert set(tag("京津冀协同发展")) == {BJ, TJ, HB}
    assert set(tag("川渝合作")) == {SC, CQ}
    assert set(tag("粤港澳大湾区")) == {GD, HK, MO}
    assert set(tag("苏浙沪三地")) == {JS, ZJ, SH}
    assert set(tag("江浙沪包邮")) == {JS, ZJ, SH}
    assert set(tag("江浙一带")) == {JS, ZJ}
    assert set(tag("晋冀鲁豫边区")) == {"山西省", HB, "山东省", "河南省"}
    assert set(tag("陕甘宁边区")) == {"陕西省", "甘肃省", "宁夏回族自治区"}
    # Weak members need a regional word: 闽台两地 and 甘青宁三省区 yes, 港台明星 no.
    assert set(tag("闽台两地")) == {"福建省", "台湾省"}
    assert set(tag("甘青宁三省区")) == {"甘肃省", "青海省", "宁夏回族自治区"}
    assert tag("港台明星") == ()


def test_compounds_traps(tag) -> None:
    """Regions that are no province list, routes, words, and real names that win."""
    for text in (
        "长三角一体化",
        "珠三角地区",
        "京沪高铁开通",
        "京港澳高速拥堵",
        "平步青云",
        "藏青色外套",
        "新台币升值",
        "津津有味",
        "京ICP备05070218号",
        "沪深两市",
    ):
        assert tag(text) == (), (text, tag(text))
    # A real name overlapping a compound is the name: 贵港 the city, 香港澳门.
    assert tag("广西贵港市") == ("广西壮族自治区/贵港市",)
    assert set(tag("香港澳门两地")) == {HK, MO}


def test_travel_phrases(tag) -> None:
    """在沪, 赴京, 来渝, 抵津, 返湘, 驻京, 援藏, 入川 name the place."""
    cases = {
        "在沪工作": SH,
        "赴京参会": BJ,
        "来渝考察": CQ,
        "代表团抵津": TJ,
        "干部返湘": "湖南省",
        "驻京办": BJ,
        "援藏干部": "西藏自治区",
        "入川路线": SC,
        "抵穗后": "广东省/广州市",
        "来港工作": HK,
        "陆客来台": "台湾省",
    }
    for text, want in cases.items():
        assert tag(text) == (want,), (text, tag(text))


def test_travel_phrase_traps(tag) -> None:
    """Verb + character that is a word, or the start of a longer name."""
    for text in (
        "他在台上讲话",
        "在汉代已定型",
        "在京东购物",
        "船舶离港",
        "在港口装卸",
        "在津贴上",
    ):
        assert tag(text) == (), (text, tag(text))
    assert tag("在桂林旅游") == ("广西壮族自治区/桂林市",)
    assert tag("来宁波工作") == ("浙江省/宁波市",)


def test_former_names(tag) -> None:
    """Renamed and merged units map to their successor."""
    assert tag("从襄樊出发") == ("湖北省/襄阳市",)
    assert tag("襄樊市委") == ("湖北省/襄阳市",)
    assert tag("思茅市的茶厂") == ("云南省/普洱市",)
    assert tag("海南通什市") == ("海南省/五指山市",)
    assert tag("杭州萧山市") == ("浙江省/杭州市/萧山区",)
    assert tag("北京崇文区") == ("北京市/东城区",)
    assert tag("大庸市更名") == ("湖南省/张家界市",)
    # X市场 is a market: 南海市场 is not the former 南海市.
    assert tag("南海市场价格") == ()


def test_person_names(tag) -> None:
    """A given name that is a place name, after a surname, is a person."""
    for text in (
        "记者 王江西 报道",
        "(记者王江西)",
        "县长李宁波主持会议",
        "李宁波说,今年收成好",
        "王江西同志强调",
        "通讯员刘湖南",
        "记者张北",
    ):
        assert tag(text) == (), (text, tag(text))
    # The places themselves still count, even right after a name.
    assert tag("县长李宁波赴浙江宁波学习") == ("浙江省/宁波市",)
    assert tag("江苏南京表示欢迎") == ("江苏省/南京市",)
    assert tag("张北县的草原") == ("河北省/张家口市/张北县",)


def test_person_name_known_from_article(tagger: RegionTagger) -> None:
    """Once the article shows 王江西 is a person, his bare name elsewhere is too."""
    paragraphs = [("县委书记王江西作了讲话。", False), ("会后王江西来到田间。", False)]
    result = tagger.tag_article([(fold(t), h) for t, h in paragraphs])
    assert result[1][0] == ()
    # Alone, the second paragraph cannot know.
    assert tagger.tag(fold("会后王江西来到田间。")) == ("江西省",)


def test_spam_places_are_not_tagged(tag) -> None:
    """A place glued to SEO spam vocabulary is part of the spam."""
    assert tag("北京包养网") == ()
    assert tag("上海楼凤") == ()
    # Words that spam also uses but news does too still leave the place.
    assert tag("北京外围的县市") == ("北京市",)


def _article(text: str) -> Article:
    """Build one article from text through the engine's own pipeline and default rules."""
    rules = CleaningRules.from_config(load_config().cleaning)
    src = SourceFile("/tmp/x.txt", "/tmp", "x.txt")
    art = ArticleBuilder(rules).build(DecodedFile(src, text, "utf-8", "h", ()))
    assert isinstance(art, Article)
    return art


def test_tagging_runs_on_spam_removed_text() -> None:
    """Regions are tagged from the cleaned text: spam cut by the rules names nothing."""
    rules = CleaningRules.from_config(load_config().cleaning)
    assert rules.spam, "the default config has spam rules"
    art = _article(
        "社区志愿服务暖人心\n\n"
        "社区志愿者每周为独居老人上门送餐查包养网站排名,已坚持三年。\n\n"
        "志愿者队伍已发展到120人。\n"
    )
    body = next(p for p in art.paragraphs if "志愿者每周" in p.text)
    assert "包养" not in body.text
    assert body.regions == ()


def test_inheritance_bounded_in_long_files(tagger: RegionTagger) -> None:
    """In a file of many unrelated items a region lapses; in a story it holds."""
    lines = [("台湾地区今年的观光人数创新高。", False)]
    filler = "这是一条与前文无关的新闻,讲的是天气和交通,内容足够长,超过一般的句子长度。"
    lines += [(filler, False)] * (STORY_MAX_PARAGRAPHS + 20)
    result = tagger.tag_article([(fold(t), h) for t, h in lines])
    inherited = [inh for _, inh in result]
    assert inherited[1] == ("台湾省",)
    assert sum(1 for inh in inherited if inh) < 20
    assert inherited[-1] == ()
    # The same opening in a story-sized article is in force to its end.
    short = lines[: STORY_MAX_PARAGRAPHS // 2]
    result = tagger.tag_article([(fold(t), h) for t, h in short])
    assert all(inh == ("台湾省",) for _, inh in result[1:])


def test_inheritance_renewed_by_mentions(tagger: RegionTagger) -> None:
    """A region named again keeps its window open; a heading closes it in a long file."""
    filler = "这是一条与前文无关的新闻,讲的是天气和交通,内容足够长,超过一般的句子长度。"
    lines = [(filler, False)] * (STORY_MAX_PARAGRAPHS + 1)
    lines[10] = ("福建省福州市今天发布消息。", False)
    lines[11] = ("新的栏目", True)
    result = tagger.tag_article([(fold(t), h) for t, h in lines])
    assert result[11][1] == ()
    assert result[12][1] == ()
    lines[11] = (filler, False)
    result = tagger.tag_article([(fold(t), h) for t, h in lines])
    window = [inh for _, inh in result[11 : 11 + LAPSE_PARAGRAPHS]]
    assert window == [("福建省/福州市",)] * LAPSE_PARAGRAPHS
