"""A new article outside the corpus's provinces, and how inheritance works.

The article below was written for this test (甘肃, not in the bundled
corpus), so the tagger cannot have been tuned to it. It carries a
same-named-unit trap (城关区 is in 兰州 and in 拉萨), village and street
traps (南京村, 上海路), an institution (兰州大学), common words (城区,
老城区, 完成县域) and a two-character county (成县).
"""

from __future__ import annotations

from index.build.folding import fold
from index.regions import RegionTagger

TITLE = "甘肃:驻村干部把小事办实 把实事办好"

# (text, is_heading, expected named paths)
ARTICLE: list[tuple[str, bool, tuple[str, ...]]] = [
    ("一、渭源:元古堆的新变化", True, ("甘肃省/定西市/渭源县",)),
    (
        "初夏时节,甘肃省定西市渭源县田家河乡元古堆村的百合花田里一片繁忙。"
        "驻村第一书记王建国一大早就来到地头,和村民商量采收的事。",
        False,
        ("甘肃省/定西市/渭源县",),
    ),
    ("“今年百合长势好,价钱也不错。”村民李秀兰说,去年全村人均收入比前年增加了两成。", False, ()),
    ("二、东乡:山沟里的合作社", True, ("甘肃省/临夏回族自治州/东乡族自治县",)),
    (
        "在临夏州东乡族自治县,驻村干部马学文带着乡亲们办起了养殖合作社。"
        "合作社的羊肉通过兰州的电商平台卖到了天津、广州。",
        False,
        ("甘肃省/临夏回族自治州/东乡族自治县", "甘肃省/兰州市", "天津市", "广东省/广州市"),
    ),
    ("合作社成立三年,入社农户从十几户增加到一百多户。", False, ()),
    ("三、城关:社区里的“小事”", True, ("甘肃省/兰州市/城关区",)),
    (
        "兰州市城关区的社区干部每天都要走访独居老人,帮他们买菜、缴费。",
        False,
        ("甘肃省/兰州市/城关区",),
    ),
    ("据城关区民政局介绍,全区已建成老年食堂四十多个。", False, ("甘肃省/兰州市/城关区",)),
    ("城区道路改造后,新区和老城区之间通了公交,上海路一带也装了路灯。", False, ()),
    ("四、陇西、成县:产业路越走越宽", True, ("甘肃省/定西市/陇西县", "甘肃省/陇南市/成县")),
    ("在陇西县首阳镇南京村,村民们种植的中药材远销各地。", False, ("甘肃省/定西市/陇西县",)),
    ("“过去种药材靠天吃饭,现在有了技术指导。”南京村党支部书记说。", False, ()),
    (
        "在陇南市成县,驻村干部帮助农户发展核桃产业,全县已完成县域规划编制。",
        False,
        ("甘肃省/陇南市/成县",),
    ),
    (
        "兰州大学农业专家张明说,临洮县、夏河县等地的经验值得推广。",
        False,
        ("甘肃省/定西市/临洮县", "甘肃省/甘南藏族自治州/夏河县"),
    ),
    (
        "甘肅省張掖市甘州區的幹部也來交流,天水市秦州区和麦积区也派了人。",
        False,
        ("甘肃省/张掖市/甘州区", "甘肃省/天水市/秦州区", "甘肃省/天水市/麦积区"),
    ),
    ("五、记者手记", True, ()),
    ("驻村工作千头万绪,靠的是一件件小事办实。", False, ()),
]


def _run(tagger: RegionTagger) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Tag the article the way the engine does: folded, with headings marked."""
    return tagger.tag_article([(fold(t), h) for t, h, _ in ARTICLE], title=TITLE)


def test_new_article_named(tagger: RegionTagger) -> None:
    """Every paragraph of the new article names exactly what it should."""
    result = _run(tagger)
    for (text, _, want), (named, _) in zip(ARTICLE, result, strict=True):
        assert set(named) == set(want), (text, named)


def test_new_article_traps(tag) -> None:
    """The traps fail alone as they should, without article context."""
    assert tag("据城关区民政局介绍") == ()  # 兰州 or 拉萨: nothing decides
    assert tag("据城关区民政局介绍", ("甘肃省/兰州市",)) == ("甘肃省/兰州市/城关区",)
    assert tag("在陇西县首阳镇南京村") == ("甘肃省/定西市/陇西县",)
    assert tag("兰州大学农业专家") == ()
    assert tag("全县已完成县域规划编制") == ()
    assert tag("上海路一带也装了路灯") == ()


def test_inheritance(tagger: RegionTagger) -> None:
    """Paragraphs naming nothing carry the region in force in their section."""
    result = _run(tagger)
    inherited = [inh for _, inh in result]
    named = [n for n, _ in result]
    # A follow-up paragraph carries the village's county ...
    assert inherited[2] == ("甘肃省/定西市/渭源县",)
    # ... a heading naming nothing, and its first paragraphs, fall back to the title's region ...
    assert inherited[-2:] == [("甘肃省",), ("甘肃省",)]
    # ... the story's own county beats the markets it sells to (兰州, 天津, 广州) ...
    assert inherited[5] == ("甘肃省/临夏回族自治州/东乡族自治县",)
    # ... and a paragraph that names something inherits nothing.
    for n, inh in zip(named, inherited, strict=True):
        assert not (n and inh)
    # The 南京村 follow-up is in 陇西, not 南京.
    assert inherited[12] == ("甘肃省/定西市/陇西县",)
    # Common words name nothing but still sit in their section.
    assert named[9] == () and inherited[9] == ("甘肃省/兰州市/城关区",)


def test_inheritance_from_title(tagger: RegionTagger) -> None:
    """The title's region is in force until the article names another."""
    paragraphs = [
        ("这样的场景频频上演。", False),
        ("一线办公出实招 服务群众零距离", True),
        ("暖暖的春风徐徐拂面,清澈的河水缓缓流淌。", False),
        ("四川省委组织部的干部也来了。", False),
        ("他们看了很多地方。", False),
    ]
    result = tagger.tag_article(paragraphs, title="巫溪:推行“1315”联系服务群众工作机制")
    assert result[0] == ((), ("重庆市/巫溪县",))
    assert result[1] == ((), ("重庆市/巫溪县",))
    assert result[2] == ((), ("重庆市/巫溪县",))
    assert result[3] == (("四川省",), ())
    assert result[4] == ((), ("四川省",))


def test_inheritance_cleared_by_survey(tagger: RegionTagger) -> None:
    """A paragraph listing unrelated places puts no single region in force."""
    paragraphs = [
        ("在湖北武汉市江岸区丹水池街道堤角社区。", False),
        ("河北74.81万名党员干部深入社区;浙江38.7万名党员干部下沉;湖北选派58万余名。", False),
        ("今年,我国发展面临的风险挑战上升。", False),
    ]
    result = tagger.tag_article(paragraphs)
    assert result[2] == ((), ())


def test_article_context_disambiguates(tagger: RegionTagger) -> None:
    """An ambiguous name is settled by another paragraph of the same article."""
    paragraphs = [("福州市今年推进老城改造。", False), ("鼓楼区完成了20个小区的改造。", False)]
    result = tagger.tag_article(paragraphs)
    assert result[1][0] == ("福建省/福州市/鼓楼区",)
    # Without the first paragraph nothing decides.
    assert tagger.tag_article(paragraphs[1:])[0][0] == ()
