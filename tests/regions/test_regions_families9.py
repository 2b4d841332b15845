"""Region families of heldout8, on made-up sentences, each with negatives.

Idioms holding a place's name (洛阳纸贵, 邯郸学步, 东山再起; data/idioms.txt from jieba's
idiom tags); 本港/本台 before a name ("this territory", "this station"), 本港 naming 香港 when
Hong Kong is the story's context; more districts and areas of the SARs; an autonomous county
named by its stem and type word (澜沧县); a former county or city that became the district of
its own stem (琼山市 → 琼山区) and former county stems jieba tags as person names (沔阳);
schools named with more words between place and 大学 (香港中文大学); vinegars and sauces
named after their place (永春老醋); a whole-name person after a title and before an adverb
(技术员黄山也…); an outlet named after its unit is the story's home (德清新闻网 → 德清); a
byline line of its own (民視新聞／X 臺東報導) is a credit and names nothing.
"""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger

HK = "香港特别行政区"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # idioms name no place; the place itself still counts
        ("旺季的门票简直是“洛阳纸贵”。", ()),
        ("学别人的经验不能邯郸学步。", ()),
        ("这家老厂终于东山再起。", ()),
        ("游客从洛阳出发，一路向西。", ("河南省/洛阳市",)),
        ("邯郸的蔬菜卖到了北京。", ("河北省/邯郸市", "北京市")),
        # 本港/本台 + a name: the territory or the station, then a name
        ("本港北區打鼓嶺有農戶試種士多啤梨。", (HK,)),
        ("本台北京消息，春运今天开始。", ("北京市",)),
        ("日本台湾两地的游客都来了。", ("台湾省",)),
        ("广西贵港市港北区的甘蔗丰收了。", ("广西壮族自治区/贵港市/港北区",)),
        # SAR areas
        ("落馬洲的新田一帶有不少魚塘。", (HK,)),
        ("望廈的老街坊都來幫忙。", ("澳门特别行政区",)),
        # an autonomous county by its stem and type word
        ("云南普洱市澜沧县新建了电商服务站。", ("云南省/普洱市/澜沧拉祜族自治县",)),
        ("重庆石柱县的黄连丰收了。", ("重庆市/石柱土家族自治县",)),
        # former names: the district of its own stem, and stems tagged as person names
        ("这里过去属于原琼山市。", ("海南省/海口市/琼山区",)),
        ("当年的宝安县如今是深圳的一个区。", ("广东省/深圳市/宝安区",)),
        ("外公是沔阳人，爱吃家乡的蒸菜。", ("湖北省/仙桃市",)),
        ("蒲圻的青砖茶远销海外。", ("湖北省/咸宁市/赤壁市",)),
        # schools
        ("香港中文大學的學者也到場分享了經驗。", ()),
        ("澳门科技大学的学生来实习。", ()),
        ("他从香港来到广州创业。", (HK, "广东省/广州市")),
        # vinegars and sauces; the county named in full still counts
        ("大家品尝了当地有名的永春老醋。", ()),
        ("镇江香醋和山西老陈醋都上了展台。", ()),
        ("永春县的老醋作坊开放参观。", ("福建省/泉州市/永春县",)),
        # a whole-name person between a title and an adverb
        ("来自江西九江的技术员黄山也来到了地头。", ("江西省/九江市",)),
        ("游客来到黄山也要排队。", ("安徽省/黄山市",)),
        ("黄山也迎来了旅游旺季。", ("安徽省/黄山市",)),
        # a byline line of its own is a credit: where the reporter filed from, not the story
        ("民視新聞／陳美玉、林建宏 臺東報導", ()),
        ("林雅惠 / 宜蘭縣 報導", ()),
        ("池上鄉的稻米豐收，臺東報導的記者也到了現場。", ("台湾省/台东县",)),
    ],
)
def test_heldout8_families(tagger: RegionTagger, text: str, want: tuple[str, ...]) -> None:
    assert set(tagger.tag(fold(text))) == set(want)


def test_the_home_of_an_outlet_named_after_its_unit():
    from index.config import load_config
    from index.engine.models import DecodedFile, SourceFile
    from index.ingest.articles import ArticleBuilder
    from index.ingest.cleaning import CleaningRules
    from tests.conftest import ROOT

    builder = ArticleBuilder(CleaningRules.from_config(load_config(ROOT / "config.yaml").cleaning))
    text = (
        "莫干山下的民宿有了新玩法\n发布时间：2024年12月10日　来源：{src}\n\n"
        "冬日的山里，民宿依然热闹，不少游客专程来体验围炉煮茶和竹林徒步。\n\n"
        "德清的民宿起步于十多年前，如今全县精品民宿已有八百多家。\n"
    )

    def regions(source: str) -> list[tuple[str, ...]]:
        src = SourceFile("/tmp/x.txt", "/tmp", "x.txt")
        art = builder.build(DecodedFile(src, text.format(src=source), "utf-8", "h"))
        return [p.regions for p in art.paragraphs]

    assert regions("德清新闻网")[-1] == ("浙江省/湖州市/德清县",)
    # a national outlet gives no home, and a county stem alone stays unknown
    assert regions("人民网")[-1] == ()
