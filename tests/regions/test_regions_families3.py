"""Region families of the third pass: history table, city compounds, names inside names, lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.regions.former_build import build

HEADER = "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n"


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    """A result.csv in the areacodes layout."""
    path = tmp_path / "result.csv"
    path.write_text("\ufeff" + HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_history_follows_renames_and_code_changes(tmp_path: Path) -> None:
    """中甸县 → 香格里拉县 (same code) → 香格里拉市 (new code); 锦县 skips its bracketed transfer."""
    rows = [
        "533421,云南省,迪庆藏族自治州,中甸县,县级,变更,1981,2001,533421",
        "533421,云南省,迪庆藏族自治州,香格里拉县,县级,弃用,2001,2014,533401",
        "533401,云南省,迪庆藏族自治州,香格里拉市,县级,在用,2014,,",
        "210724,辽宁省,锦州市,锦县,县级,弃用,1981,1993,210711[1983];210781",
        "210781,辽宁省,锦州市,凌海市,县级,在用,1993,,",
    ]
    got = {(s, p, form) for s, p, _, form in build(_csv(tmp_path, rows))}
    assert ("中甸县", "云南省/迪庆藏族自治州/香格里拉市", "full") in got
    assert ("香格里拉县", "云南省/迪庆藏族自治州/香格里拉市", "full") in got
    assert ("锦县", "辽宁省/锦州市/凌海市", "full") in got
    assert ("中甸", "云南省/迪庆藏族自治州/香格里拉市", "short") in got


def test_history_splits_and_clashes(tmp_path: Path) -> None:
    """A split inside one city maps to the city; across cities, or a name reused, to nothing."""
    rows = [
        # 大庸市 (county level) split into two districts of 张家界市.
        "430801,湖南省,大庸市,大庸市,县级,弃用,1985,1988,430802;430811",
        "430802,湖南省,张家界市,永定区,县级,在用,1988,,",
        "430811,湖南省,张家界市,武陵源区,县级,在用,1988,,",
        # 和县 split between 马鞍山 and 芜湖: left out (and it is a current name).
        "341424,安徽省,巢湖市,和县,县级,弃用,1999,2011,340207;340523",
        # 江东区 of 宁波 and of 衡阳: two places, left out.
        "330204,浙江省,宁波市,江东区,县级,弃用,1981,2016,330212",
        "330212,浙江省,宁波市,鄞州区,县级,在用,1981,,",
        "430421,湖南省,衡阳市,江东区,县级,弃用,1983,2001,430405",
        "430405,湖南省,衡阳市,珠晖区,县级,在用,2001,,",
    ]
    got = {s: p for s, p, _, _ in build(_csv(tmp_path, rows))}
    assert got.get("大庸市") == "湖南省/张家界市"
    assert "和县" not in got
    assert "江东区" not in got


def test_shipped_table_is_used(tag) -> None:
    """The generated table is loaded: former names from the history, and a current name wins."""
    assert tag("上世纪八十年代还叫锦县的时候") == ("辽宁省/锦州市/凌海市",)
    assert tag("马帮经中甸一路北上") == ("云南省/迪庆藏族自治州/香格里拉市",)
    assert tag("我在万县市读完了高中") == ("重庆市/万州区",)
    assert tag("甘肃临夏州东乡县已建起订单农业基地") == ("甘肃省/临夏回族自治州/东乡族自治县",)
    # Today only a gated stem of the unit the county became: the old name counts.
    assert tag("沙县小吃起源于福建沙县") == ("福建省/三明市/沙县区",)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("成渝地区双城经济圈", ("四川省/成都市", "重庆市")),
        ("从港深两地专程赶来", ("香港特别行政区", "广东省/深圳市")),
        ("加快广佛同城化", ("广东省/广州市", "广东省/佛山市")),
        ("推广深化改革的经验", ()),
        ("乘坐成渝高铁", ()),
        ("不少人赴穗、赴深务工", ("广东省/广州市", "广东省/深圳市")),
        ("骑手在沪、苏等地也能使用", ("上海市", "江苏省")),
        ("留下深刻印象", ()),
        ("他曾赴苏联学习", ()),
        ("在苏中边境陈兵百万", ()),
    ],
)
def test_compounds_and_travel(tag, text: str, want: tuple[str, ...]) -> None:
    """City compounds and travel phrases, with the words that look like them."""
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("隔壁开着一家兰州拉面馆", ()),
        ("来重庆一定要吃重庆火锅", ("重庆市",)),
        ("沙县小吃遍布全国", ()),
        ("青岛市香港中路的商圈", ("山东省/青岛市",)),
        ("上海南京西路", ("上海市",)),
        ("在山西省阳泉市城区北大街街道", ("山西省/阳泉市/城区",)),
        ("王医生从北京协和医院报名进藏", ("西藏自治区",)),
        ("北京多家医院已开通类似服务", ("北京市",)),
        ("内蒙古新闻网也派出了记者", ()),
        ("湖南省临武县城关完小学生", ("湖南省/郴州市/临武县",)),
        ("到中山居住。中山一间安老院舍表示", ("广东省/中山市",)),
        ("一座纪念孙中山的公园,一条中山路", ()),
        ("社会长治久安,才有天下大同的理想", ()),
        ("达州市将与重庆万州、开州等地开展联合调解", None),
        ("阜平山区的电商书记", ()),
    ],
)
def test_names_inside_names(tag, text: str, want: tuple[str, ...] | None) -> None:
    """Dishes, streets, organisations, city short names in and out of travel context, lists."""
    got = tag(text)
    if want is None:
        assert set(got) == {"四川省/达州市", "重庆市/万州区", "重庆市/开州区"}
    else:
        assert set(got) == set(want)


@pytest.mark.parametrize(
    "text",
    [
        "下一条:宁海县举办农村电商直播大赛",
        "相关阅读:于都县2024年防汛工作方案",
        "资料来源:花莲县政府社会处",
        "【来源】内蒙古新闻网",
        "花莲县政府 地址:970花莲县花莲市府前路17号 电话:03-8227171",
        "上海办证刻章加qq 88886666,深圳各类证件加v xz2024。",
    ],
)
def test_link_footer_and_spam_lines_name_nothing(tag, text: str) -> None:
    """Lines about other pages, the outlet or its office, and spam clauses name nothing."""
    assert tag(text) == ()


def test_spam_clause_spares_the_rest(tag) -> None:
    """Only the clause with the contact handle is dropped."""
    got = tag("临沂市民政局表示,将持续推进移风易俗。北京代开各类发票加微信kp8866")
    assert got == ("山东省/临沂市",)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("川籍和黔籍务工人员", ("四川省", "贵州省")),
        ("台籍人士", ("台湾省",)),
        ("藏籍经典和澳籍华人", ()),
        ("北京字节跳动科技有限公司", ()),
        ("北京市政府与阿里巴巴有限公司签约", ("北京市",)),
        ("人民网-浙江频道", ()),
        ("重庆小面和河南烩面", ()),
    ],
)
def test_origins_companies_channels(tag, text: str, want: tuple[str, ...]) -> None:
    """X籍 names the province; companies, site channels and dishes name nothing."""
    assert set(tag(text)) == set(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("陈天津,男,1965年生", ()),
        ("受访者:周武汉(化名)", ()),
        ("本报记者 吴江 通讯员 黄冈", ()),
        ("摄影:张延安", ()),
        ("记者从黄冈获悉", ("湖北省/黄冈市",)),
        ("到南京,男女老少都来了", ("江苏省/南京市",)),
    ],
)
def test_person_names_in_bylines_and_profiles(tag, text: str, want: tuple[str, ...]) -> None:
    """A place name that is a whole byline name, or a profiled person's, names nothing."""
    assert tag(text) == want
