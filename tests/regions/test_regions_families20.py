"""Region families of heldout18/18b, on made-up sentences, each with negatives.

A known city's districts listed bare (海淀、朝阳 in a 北京 story); a longer name the
article already knows holding a city's short name inside it (五大连池 holds 大连).
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
