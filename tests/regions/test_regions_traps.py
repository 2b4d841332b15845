"""One test per trap named in the issue, plus the common-word and alias cases."""

from __future__ import annotations

from index.build.folding import fold
from index.regions import RegionTagger, prefixes


def test_xian_village_is_not_xian_city(tag) -> None:
    """兰英乡西安村 is a village, not 陕西省西安市 (nor the two 西安区)."""
    assert tag("近日,兰英乡西安村3组村民胡文田对前来上门家访的乡村干部连连道谢。") == ()
    assert tag("西安村党支部书记说") == ()
    assert tag("他在西安路开了一家店") == ()
    # The city itself still counts.
    assert tag("陕西西安市委组织部") == ("陕西省/西安市",)
    assert tag("西安的冬天") == ("陕西省/西安市",)


def test_shahe_town_not_shahe_city(tag) -> None:
    """昌平区沙河镇 is a town in Beijing, not 河北省邢台市沙河市."""
    got = tag("北京市级机关下沉至昌平区沙河镇松兰堡村的干部王伟")
    assert got == ("北京市/昌平区",)
    assert tag("河北沙河市") == ("河北省/邢台市/沙河市",)


def test_donghu_xincheng_community(tag) -> None:
    """东湖新城社区 is a community in Wuhan, not a 新城区 nor 南昌's 东湖区."""
    assert tag("接到武汉市东湖新城社区群众反映的问题后") == ("湖北省/武汉市",)
    assert tag("东湖新城社区发生了大变化") == ()


def test_putuo_shanghai(tag) -> None:
    """上海普陀区 is Shanghai's; 舟山普陀区 is Zhoushan's; 普陀区 alone is neither."""
    assert tag("上海普陀区民政局下沉干部朱国良") == ("上海市/普陀区",)
    assert tag("浙江舟山市普陀区") == ("浙江省/舟山市/普陀区",)
    assert tag("普陀区民政局") == ()
    assert tag("普陀区民政局", ("上海市",)) == ("上海市/普陀区",)
    assert tag("普陀区民政局", ("浙江省/舟山市",)) == ("浙江省/舟山市/普陀区",)


def test_yangquan_chengqu(tag) -> None:
    """阳泉市城区 is 山西省/阳泉市/城区, not 汕尾's or 晋城's 城区."""
    assert tag("在山西省阳泉市城区北大街街道滨河西社区") == ("山西省/阳泉市/城区",)
    assert tag("阳泉城区") == ("山西省/阳泉市/城区",)
    assert tag("汕尾市城区") == ("广东省/汕尾市/城区",)
    # Alone, 城区 is the common word ...
    assert tag("城区向乡镇大幅度倾斜运转经费") == ()
    # ... unless the article has already named that very district.
    assert tag("城区向乡镇大幅度倾斜运转经费", ("山西省/阳泉市/城区",)) == ("山西省/阳泉市/城区",)
    # A city alone does not license the word: 阳泉 has 城区, 矿区 and 郊区.
    assert tag("城区道路", ("山西省/阳泉市",)) == ()


def test_gulou_ambiguous_tags_nothing(tag) -> None:
    """鼓楼区 is in 南京, 徐州, 福州 and 开封: it needs its city, else nothing."""
    assert tag("鼓楼区宁海路街道") == ()
    assert tag("南京市鼓楼区宁海路街道") == ("江苏省/南京市/鼓楼区",)
    assert tag("福州鼓楼区") == ("福建省/福州市/鼓楼区",)
    # The city elsewhere in the paragraph decides too.
    assert tag("开封今年推进老城改造,鼓楼区完成了") == ("河南省/开封市/鼓楼区",)
    # A province with two candidates inside does not decide.
    assert tag("鼓楼区宁海路街道", ("江苏省",)) == ()
    # The article context decides when it points at one city.
    assert tag("鼓楼区宁海路街道", ("江苏省/徐州市/铜山区",)) == ("江苏省/徐州市/鼓楼区",)


def test_beijing_university(tag) -> None:
    """北京大学 and other place-named institutions are not mentions of the place."""
    assert tag("北京大学马克思主义学院社会发展研究所教授王文章说") == ()
    assert tag("武汉大学和浙江大学的学生") == ()
    assert tag("上海交通大学") == ()
    assert tag("西安交通大学") == ()
    assert tag("北京时间6月8日") == ()
    # The place itself still counts next to an institution of its own.
    assert tag("北京市教委和北京大学") == ("北京市",)
    # Party and government organs are the place's own: 湖北省委 names Hubei.
    assert tag("湖北省委办公厅下沉工作队") == ("湖北省",)


def test_common_words(tag) -> None:
    """District names that are everyday words tag nothing on their own."""
    for text in (
        "城区道路改造后,新区和老城区之间通了公交",
        "东区的居民和西区的居民",
        "郊区的农家乐生意红火",
        "矿区职工",
        "市中区",
        "新城区建设",
        "这是中山先生的故居",  # 中山 the person, not 中山市
        "大同小异",
        "长治久安",
        "白银价格上涨",
        "日照时间变长",
        "朝阳初升",
        "建成县医院和乡镇卫生院",  # not 陇南市成县
        "各市和县都要落实",  # not 马鞍山市和县
        "赵县长说",  # magistrate Zhao, not 石家庄市赵县
        "三明治",
        "大理石台面",
        "河北区域",
        "要研究重大理论和实际问题",  # 大理
        "保护了长白山自然保护区",  # 白山
        "一边天南海北找市场",  # 海北
        "各解放区各地和部队的报社",  # 解放区, the wartime base areas
        "在平台中发布",  # 台中
        "以昨天水灾带来的人员死亡",  # 天水
        "他到佛罗里达州度假",  # 达州
        "越南通讯社记者",  # 南通
        "家住广安门的李先生",  # 广安
        "公开封官许愿",  # 开封
    ):
        got = tag(text)
        assert got == () or text == "河北区域", (text, got)
    # 河北区域 is Hebei + 区域, never Tianjin's 河北区.
    assert tag("河北区域") == ("河北省",)
    # The same words count with their parent beside them.
    assert tag("山西大同") == ("山西省/大同市",)
    assert tag("山东济南市市中区") == ("山东省/济南市/市中区",)
    assert tag("甘肃陇南市成县") == ("甘肃省/陇南市/成县",)
    assert tag("广东中山市") == ("广东省/中山市",)


def test_province_lists(tag) -> None:
    """In a list of provinces 海南 is the province, even beside 青海."""
    got = tag("聚居的广西、云南、贵州、新疆、海南、宁夏、青海、西藏8省")
    assert "海南省" in got and not any("海南藏族自治州" in p for p in got)
    assert len(got) == 8


def test_taiwan(tag) -> None:
    """Taiwan's cities are under 台湾省; its districts do not become mainland ones."""
    assert tag("這名李姓股市大亨在台北市大同區經營旅社") == ("台湾省/台北市",)
    assert tag("特別加強中山區及黃復興黨部固票") == ()  # 台北's or 大连's
    assert tag("大连市中山区") == ("辽宁省/大连市/中山区",)
    assert tag("高雄港") == ("台湾省/高雄市",)
    assert tag("花蓮縣") == ("台湾省/花莲县",)
    # 连江县 is in 福州 and in 马祖 (Taiwan): context decides.
    assert tag("连江县") == ()
    assert tag("福建连江县") == ("福建省/福州市/连江县",)


def test_traditional_folded(tag) -> None:
    """Traditional script works once folded."""
    assert tag("內蒙古自治區烏蘭察布市化德縣德包圖鄉崩巴圖村") == (
        "内蒙古自治区/乌兰察布市/化德县",
    )
    assert tag("河南省鄭州市鞏義市西村鎮西村村網格員") == ("河南省/郑州市/巩义市",)
    assert tag("貴州省從江縣西山鎮小丑村") == ("贵州省/黔东南苗族侗族自治州/从江县",)
    # Full-width forms fold too.
    assert tag("湖北省　武汉市") == ("湖北省/武汉市",)


def test_all_places_taken(tag) -> None:
    """Every place in a paragraph is taken, not only the first."""
    got = tag(
        "河北74.81万名党员干部深入社区(村);浙江38.7万名党员干部下沉疫情防控一线;湖北选派58万余名"
    )
    assert got == ("河北省", "浙江省", "湖北省")
    got = tag("新疆温宿县农业农村局工作队。日前,贵州省黔东南苗族侗族自治州台江县台盘乡红光村")
    assert got == ("新疆维吾尔自治区/阿克苏地区/温宿县", "贵州省/黔东南苗族侗族自治州/台江县")
    assert tag("天津、浙江等地要求") == ("天津市", "浙江省")


def test_county_alone_full_path(tag) -> None:
    """A county named alone gets its full 省/市/县 path."""
    assert tag("云南省陆良县三岔河镇") == ("云南省/曲靖市/陆良县",)
    assert tag("陆良县三岔河镇") == ("云南省/曲靖市/陆良县",)
    assert tag("李海燕是张湾区卫健局干部") == ("湖北省/十堰市/张湾区",)
    assert tag("晋宁区委组织部副部长杨伟锋表示") == ("云南省/昆明市/晋宁区",)
    assert tag("他在温宿县工作") == ("新疆维吾尔自治区/阿克苏地区/温宿县",)
    # A county stem alone is too weak ...
    assert tag("晋宁的羊肚菌") == ()
    # ... but counts beside its city or once the county is known.
    assert tag("昆明晋宁的羊肚菌") == ("云南省/昆明市/晋宁区",)
    assert tag("晋宁的羊肚菌", ("云南省/昆明市/晋宁区",)) == ("云南省/昆明市/晋宁区",)


def test_municipality_paths(tag) -> None:
    """Municipalities read 北京市/昌平区 and 重庆市/巫溪县, no 市辖区 or 县 placeholder."""
    assert tag("重庆市巫溪县峰灵镇龙安村") == ("重庆市/巫溪县",)
    assert tag("巫溪县委组织部") == ("重庆市/巫溪县",)
    assert tag("北京昌平区") == ("北京市/昌平区",)
    assert tag("上海浦东新区") == ("上海市/浦东新区",)
    assert tag("天津市滨海新区") == ("天津市/滨海新区",)
    for text in ("北京市昌平区", "重庆市巫溪县", "上海市浦东新区", "天津市河北区"):
        for path in tag(text):
            assert "市辖区" not in path and "/县" not in path, path


def test_aliases(tag) -> None:
    """Short names and common aliases resolve to full units."""
    assert tag("湖北恩施州民政局") == ("湖北省/恩施土家族苗族自治州",)
    assert tag("黔东南州") == ("贵州省/黔东南苗族侗族自治州",)
    assert tag("新疆") == ("新疆维吾尔自治区",)
    assert tag("内蒙古") == ("内蒙古自治区",)
    assert tag("广西的甘蔗") == ("广西壮族自治区",)
    assert tag("在武汉") == ("湖北省/武汉市",)
    assert tag("会议在京召开") == ("北京市",)
    assert tag("在京东购物") == ()
    assert tag("海南的椰子") == ("海南省",)  # the province, not 青海's 海南州
    assert tag("青海海南州") == ("青海省/海南藏族自治州",)
    assert tag("吉林") == ("吉林省",)
    assert tag("吉林省吉林市") == ("吉林省/吉林市",)


def test_former_names(tag) -> None:
    """Former names in archived news map to the unit that succeeded them."""
    assert tag("重庆市渝北区") == ("重庆市/两江新区",)
    assert tag("襄樊市") == ("湖北省/襄阳市",)
    # 江北区 is 宁波's today and 重庆's formerly: context decides.
    assert tag("江北区") == ()
    assert tag("宁波市江北区") == ("浙江省/宁波市/江北区",)
    assert tag("重庆江北区") == ("重庆市/两江新区",)


def test_prefixes() -> None:
    """prefixes() lists the path and its ancestors, shortest first."""
    assert prefixes("湖北省/武汉市/江岸区") == ("湖北省", "湖北省/武汉市", "湖北省/武汉市/江岸区")
    assert prefixes("北京市") == ("北京市",)


def test_resolve(tagger: RegionTagger) -> None:
    """Filter values resolve to paths, folding their own input."""
    assert tagger.resolve("湖北省") == ("湖北省",)
    assert tagger.resolve("湖北") == ("湖北省",)
    assert tagger.resolve("武汉") == ("湖北省/武汉市",)
    assert tagger.resolve("武汉市") == ("湖北省/武汉市",)
    assert tagger.resolve("湖北省/武汉市/江岸区") == ("湖北省/武汉市/江岸区",)
    assert tagger.resolve("重庆市") == ("重庆市",)
    assert tagger.resolve("巫溪") == ("重庆市/巫溪县",)
    assert tagger.resolve("恩施州") == ("湖北省/恩施土家族苗族自治州",)
    assert tagger.resolve("內蒙古") == ("内蒙古自治区",)  # traditional 內
    assert tagger.resolve("湖北武汉") == ("湖北省/武汉市",)
    assert tagger.resolve(" 湖北 ") == ("湖北省",)
    assert set(tagger.resolve("普陀区")) == {"上海市/普陀区", "浙江省/舟山市/普陀区"}
    assert tagger.resolve("吉林") == ("吉林省",)
    assert tagger.resolve("中山区") == ("辽宁省/大连市/中山区",)  # not the 台北 shadow
    assert tagger.resolve("渝北区") == ("重庆市/两江新区",)  # former name
    assert tagger.resolve("台北") == ("台湾省/台北市",)
    assert tagger.resolve("火星") == ()
    assert tagger.resolve("湖北省/火星市") == ()
    assert tagger.resolve("") == ()


def test_fold_is_what_tag_expects(tagger: RegionTagger) -> None:
    """tag() takes folded text: unfolded traditional text is not its job."""
    assert tagger.tag("內蒙古自治區") != tagger.tag(fold("內蒙古自治區"))
