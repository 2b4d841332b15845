"""The bundled list of Chinese-language publishers (index/data/publishers.tsv).

Names are matched on folded text (simplified, half-width, lower case), so one
entry covers 明報 and 明报. A name written as the canonical one (in either
script) is kept as written; a variant (中新网, 新华社客户端) becomes its canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from index.build.folding import fold

DATA = Path(__file__).with_name("data") / "publishers.tsv"

# An app's advert (folded): 下载智慧阜南APP, 长按识别二维码下载掌心长兴APP, 打开“X”客户端.
APP_ADVERT = re.compile(
    r"(?:下载|打开|安装)\s*[“\"「]?(?P<app>[^\s，。,、“”\"「」]{2,10}?)[”\"」]?\s*(?:app|客户端)"
)

# An app's bar on top of its share page: a name, then an open/download button.
_APP_BAR = re.compile(
    r"(?P<name>[^\s\d，。,:：|｜]{2,10}?)(?P<own>客户端|客戶端|app)?\s+(?:立即|马上|立刻|馬上)?"
    r"(?:打开|打開|下载|下載|安装|安裝)\s*(?:app|客户端|客戶端)?",
    re.I,
)


@dataclass(frozen=True)
class AppBar:
    """An app's bar: the app's name as written, and whether the bar calls it a 客户端/APP."""

    name: str
    own: bool


def app_bar(text: str) -> AppBar | None:
    """The bar `text` is when it names an app beside its button (吉视新闻客户端　打开APP,
    清原融媒　立即打开, 新郴州　下载APP), else None."""
    m = _APP_BAR.fullmatch(text.strip())
    return AppBar(m["name"], bool(m["own"])) if m else None


# Words that make an unknown name look like an outlet (燕赵都市报, 安吉发布).
OUTLET_TAIL = re.compile(
    r"(?:日报|晚报|晨报|早报|都市报|时报|商报|青年报|周报|周刊|月刊|杂志|报|通讯社|社|电视台|广播电视台|"
    r"电台|卫视|广电|之声|新闻广播|交通广播|经济广播|融媒体中心|新媒体中心|融媒|传媒|新闻网|网站|"
    # 网, but not a verb's (全容量并网, 宽带入网, 嫌犯落网: a headline's words)
    r"(?<!并|上|入|落|触|织|撒|结|补|漏|渔|拉|收|断|组|布|破)网|"
    r"在线|信息港|客户端|新闻云|新闻|资讯|发布|频道|app)$"
)


# Section and column names shaped like outlets (本地新闻, 市府新聞, 国际频道): a generic
# topic word before the tail names a page of a site, not a publisher.
SECTION_NAME = re.compile(
    r"^(?:本地|本市|本县|本区|本省|本网|国内|国际|市府|县府|区府|政府|政务|图片|视频|社会|时政|要闻|财经|体育|娱乐|"
    r"科技|今日|最新|热点|滚动|综合|地方|部门|乡镇|街道|基层|工作|公告|教育|文化|健康|军事|法治|经济|民生|"
    r"环球|港澳|台湾|两岸|海外|头条|重要|专题|媒体|外媒|网络|新闻|市区|县区|各地|省内|市内|县内|原创|独家|"
    r"图文|行业|企业|公司|城市|乡村|农村|生活|旅游|汽车|房产|理论|评论|观点|市级|县级|省级|全国|美食|"
    r"英文|手机|电视|广播|市府|高清|直播|即时|实时|南部|北部|中部|东部|西部|地区|区域|全台|本土|市县|县市|"
    # a body's own news pages: 医院新闻, 校园新闻, 法院新闻, 党建动态
    r"医院|院内|院务|校园|校内|校务|学校|学院|法院|检察|检务|党建|工会|团学|科研|学术|"
    r"农会|渔会|协会|商会|街道|社区|"
    # a magazine's sections (人物, 封面, 特稿)
    r"人物|封面|特稿|深度|专访|人文|时事|商业|艺术|读书|时尚|消费|投资|理财|家居|职场)(?:新闻|频道|资讯|动态)$"
)


# A Latin name needs word edges: `cna` must not match inside "china".
_LATIN_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.")
_LATIN_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

# Kinds of document shaped like outlets: 新聞公報 is a press release, not a paper; a bulletin,
# a circular or an annual report (某县2023年统计公报, 工作简报, 情况通报) is a document too.
_DOCUMENT_KIND = re.compile(
    r"^(?:今日|本日|最新)?新闻(?:公报|稿)$|(?:公报|通报|简报|年报|汇报)$|\d{4}\s*年"
)

# What kind of page it is (新闻发布 | Press Release, 通知公告, 最新消息): a label, never an outlet
# or a headline, though 新闻发布 ends like an account (某某发布).
PAGE_KIND = re.compile(
    r"^(?:新闻发布|新闻稿|新闻公报|新闻通稿|新闻发布会|通知公告|公示公告|公告公示|通知|公告|"
    r"最新消息|最新动态|工作动态|政务动态|(?:press|news|media)\s*releases?|announcements?|notices?|"
    r"latest news|news)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Publisher:
    """One publisher: its canonical name, kind (paper, site, agency…) and region."""

    name: str
    kind: str
    region: str
    of: str = ""  # a website's row: the outlet running it (文匯網 of 香港文匯報)


@dataclass(frozen=True)
class NameMatch:
    """A publisher name found in a folded string."""

    start: int
    end: int
    publisher: Publisher


class Publishers:
    """Lookup and search over the publisher table."""

    def __init__(
        self,
        rows: list[tuple[str, str, str, list[str], str]],
        ruled: dict[str, tuple[str, str, str]] | None = None,
    ) -> None:
        # Names a rule generates (宜昌日报), by folded name; a row of the table wins.
        self._ruled = ruled or {}
        self._by_key: dict[str, Publisher] = {}
        self._websites: dict[str, Publisher] = {}
        written: set[str] = set()  # folded names with their spaces (all about macau)
        pubs = [Publisher(name, kind, region, of) for name, kind, region, _v, of in rows]
        names = [[name, *variants] for name, _k, _r, variants, _o in rows]
        folded = iter(_fold_all([v for vs in names for v in vs]))
        for pub, variants in zip(pubs, names, strict=True):
            if pub.of:
                self._websites[pub.of] = pub
            for _variant in variants:
                key = next(folded)
                self._by_key.setdefault(key.replace(" ", ""), pub)
                written.add(" ".join(key.split()))
        self._written = written

    def lookup(self, name: str) -> Publisher | None:
        """The publisher a whole name denotes, or None."""
        return self._get(fold(name).strip().replace(" ", ""))

    def _get(self, key: str) -> Publisher | None:
        """The publisher of a folded name without spaces: a table row's, else a rule's."""
        pub = self._by_key.get(key)
        if pub is None and key in self._ruled:
            pub = self._by_key[key] = Publisher(*self._ruled[key])
        return pub

    def website(self, name: str) -> Publisher | None:
        """The website the table lists for an outlet (香港文匯報 -> 文匯網), if any."""
        pub = self.lookup(name)
        return self._websites.get(pub.name) if pub else None

    def canonical(self, name: str) -> str:
        """`name` as its canonical form; kept as written when it already is that name."""
        pub = self.lookup(name)
        if pub is None:
            return name.strip()
        # Kept in its own script (聯合報), not with spaces the name has not (now 新聞 -> now新聞).
        if " ".join(fold(name).split()) == " ".join(fold(pub.name).split()):
            return name.strip()
        return pub.name

    def find(self, folded: str) -> list[NameMatch]:
        """Every publisher name in a folded string, longest first at each place.

        Dict lookups at each place (no 1,000-name alternation to compile, and faster than
        one on long lines too).
        """
        out, at = [], 0
        while at < len(folded):
            found = self._match_at(folded, at)
            if found is None:
                at += 1
            else:
                out.append(found)
                at = found.end
        return out

    @cached_property
    def _plain(self) -> tuple[dict[str, bool], int, dict[str, list[tuple[str, ...]]]]:
        """Each name without its spaces → whether it is Latin (word edges); the longest; and
        the names of several words, as words, by first character."""
        keys = dict.fromkeys(self._ruled, False)
        keys.update((k.replace(" ", ""), k.isascii()) for k in self._written)
        words: dict[str, list[tuple[str, ...]]] = {}
        for k in self._written:
            if " " in k:
                words.setdefault(k[0], []).append(tuple(k.split(" ")))
        return keys, max(map(len, keys), default=0), words

    @cached_property
    def _heads(self) -> frozenset[str]:
        """The first two characters of every name of two or more (without its spaces)."""
        return frozenset(k[:2] for k in self._plain[0] if len(k) >= 2)

    def at_start(self, folded: str) -> NameMatch | None:
        """The publisher name `folded` opens with (the first of `find` if it starts at 0)."""
        return self._match_at(folded, 0)

    def _match_at(self, folded: str, at: int) -> NameMatch | None:
        """The name at `at`: the longest without its spaces whose Latin word edges hold; a
        name of several words with any spaces (or none) between them."""
        keys, longest, several = self._plain
        n = len(folded)
        found = []  # (length without spaces, end, Latin)
        # Most places start no name: their first two characters open none (one set lookup
        # instead of a slice and a lookup for every length up to the longest name).
        if folded[at : at + 2] in self._heads or folded[at : at + 1] in keys:
            for end in range(min(n, at + longest), at, -1):
                latin = keys.get(folded[at:end])
                if latin is not None:
                    found.append((end - at, end, latin))
        for parts in several.get(folded[at : at + 1], ()):
            end = _words_end(folded, at, parts)
            if end > 0:
                found.append((sum(map(len, parts)), end, keys["".join(parts)]))
        found.sort(key=lambda f: -f[0])
        for _length, end, latin in found:
            if latin and (
                (at and folded[at - 1] in _LATIN_BEFORE)
                or (end < n and folded[end] in _LATIN_AFTER)
            ):
                continue
            return NameMatch(at, end, self._get("".join(folded[at:end].split())))
        return None

    def find_whole(self, folded: str) -> list[NameMatch]:
        """`find`, without a name that only ends a longer outlet's name: Macau's 华侨报 in
        日本新华侨报, 大众报 in 农村大众报 (that outlet is another, unknown one). A place of the
        known outlet's own region before it (香港, 澳门) or a word such as 据 or 转自 is no part of it."""
        out, after = [], 0
        for n in self.find(folded):
            start = n.start
            while start > after and _HAN.match(folded[start - 1]):
                start -= 1
            after = n.end
            prefix = folded[start : n.start]
            ends_word = n.end == len(folded) or not _HAN.match(folded[n.end])
            longer = (
                prefix
                and ends_word
                and not _NOT_A_NAME.search(prefix)
                and prefix not in _REGION_PLACES.get(n.publisher.region, ())
                and looks_like_outlet(folded[start : n.end])
            )
            if not longer:
                out.append(n)
        return out

    def domain(self, url: str) -> Publisher | None:
        """The publisher whose domain a URL is on (hb.people.com.cn -> 人民网)."""
        m = re.match(r"(?:https?://)?([^/\s:?#]+)", url.strip().lower())
        if not m:
            return None
        host = m.group(1)
        if host.startswith("mp.weixin.qq.com"):
            return self._by_key.get("mp.weixin.qq.com")
        labels = host.split(".")
        # Longest suffix first: cpc.people.com.cn before people.com.cn.
        for i in range(len(labels) - 1):
            pub = self._by_key.get(".".join(labels[i:]))
            if pub is not None:
                return pub
        return None


def _words_end(text: str, at: int, words: tuple[str, ...]) -> int:
    """Where `words` end when they stand at `at` with any run of spaces (or none) between
    them; -1 if they do not."""
    for k, word in enumerate(words):
        if k:
            while at < len(text) and text[at].isspace():
                at += 1
        if not text.startswith(word, at):
            return -1
        at += len(word)
    return at


_HAN = re.compile(r"[\u4e00-\u9fff]")
# Words before an outlet's name that are not part of it: 据新华社, 转自人民网, 本报讯.
_NOT_A_NAME = re.compile(r"(?:^|[据自从在由于和与及、经])$|^(?:本|转载|来源|来自|记者|原载)")
# The places an outlet of a region may be written after (香港文汇报, 澳门华侨报, 美国侨报).
_REGION_PLACES = {
    "CN": ("中国", "中国大陆"),
    "HK": ("香港", "中国香港"),
    "MO": ("澳门", "中国澳门"),
    "TW": ("台湾", "中国台湾"),
    "US": ("美国", "纽约", "美东", "美西"),
    "SG": ("新加坡",),
    "MY": ("马来西亚", "大马"),
    "JP": ("日本",),
    "AU": ("澳洲", "澳大利亚"),
    "CA": ("加拿大",),
}


def _fold_all(names: list[str]) -> list[str]:
    """`fold` of each name, in one call over them all (35,000 calls cost 0.2 s)."""
    out = fold("\n".join(names)).split("\n")
    return out if len(out) == len(names) else [fold(n) for n in names]


RULES = Path(__file__).with_name("data") / "outlet_names.tsv"


def _named_by_rule() -> dict[str, tuple[str, str, str]]:
    """The outlets and offices a place's name and a suffix name (outlet_names.tsv), by folded
    name: 宜昌日报, 恩施州融媒体中心, 永嘉县融媒体中心, 安吉发布, 兴仁市人民政府."""
    from index.regions.gazetteer import all_units, short_name

    rules: dict[str, list[tuple[str, str, bool]]] = {}  # level -> (suffix, kind, short form)
    for line in RULES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            suffix, kind, levels, forms = line.split("\t")
            for level in levels:
                for form in forms.split():
                    rules.setdefault(level, []).append((suffix, kind, form == "short"))
    units = []
    for unit in all_units():
        if unit.path.startswith(("香港", "澳门", "台湾")):
            continue  # Hong Kong's, Macau's and Taiwan's outlets are rows of their own
        stem = short_name(unit.name, unit.type)
        extra = [stem + "州"] if stem and unit.type == "自治州" else []
        units.append((str(unit.level), [stem or unit.name, *extra], [unit.name, *extra]))
    places = sorted({p for _level, short, full in units for p in (*short, *full)})
    folded = dict(zip(places, _fold_all(places), strict=True))
    out: dict[str, tuple[str, str, str]] = {}
    for level, short, full in units:
        for suffix, kind, is_short in rules.get(level, ()):
            for place in short if is_short else full:
                key = folded[place] + suffix
                if key not in out:
                    out[key] = (place + suffix, kind, "CN")
    return out


def _read(path: Path) -> list[tuple[str, str, str, list[str], str]]:
    """Rows of the TSV file, skipping comments and blank lines."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (5 - len(cols))
        variants = [v.strip() for v in cols[3].split("|") if v.strip()]
        rows.append((cols[0].strip(), cols[1].strip(), cols[2].strip(), variants, cols[4].strip()))
    return rows


MARKS = Path(__file__).with_name("data") / "platform_marks.tsv"


@lru_cache(maxsize=1)
def _platform_marks() -> list[tuple[str, re.Pattern]]:
    """(platform, pattern) rows of platform_marks.tsv."""
    rows = []
    for line in MARKS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, pattern = line.split("\t", 1)
            rows.append((name.strip(), re.compile(pattern.strip())))
    return rows


def platform_by_marks(folded_lines: list[str]) -> tuple[str, int] | None:
    """(platform, index of its first marked line) when two or more different marks of one
    platform's own screen are among `folded_lines` (本文禁止转载或摘编 and `… · 投稿` are
    哔哩哔哩's), else None."""
    hits: dict[str, dict[int, int]] = {}
    for i, text in enumerate(folded_lines):
        for k, (name, pattern) in enumerate(_platform_marks()):
            if pattern.search(text.strip()):
                hits.setdefault(name, {}).setdefault(k, i)
    found = [(name, min(marks.values())) for name, marks in hits.items() if len(marks) >= 2]
    return found[0] if len(found) == 1 else None


# Words of a site's own menu bar (folded): a logo before three or more items, two of them these,
# names the site whatever the name's shape (山风手记　首页　关于　归档).
_MENU_WORDS = frozenset(
    [
        "首页",
        "主页",
        "新闻",
        "资讯",
        "视频",
        "直播",
        "娱乐",
        "体育",
        "财经",
        "关于",
        "归档",
        "节目",
        "政治",
        "社会",
        "生活",
        "地方",
        "国际",
        "国内",
        "文化",
        "科技",
        "汽车",
        "房产",
        "时尚",
        "教育",
        "健康",
        "旅游",
        "军事",
        "评论",
        "图片",
        "专题",
        "互动",
        "社区",
        "政经",
        "港闻",
        "两岸",
        "时政",
        "要闻",
        "本地",
        "民生",
        "热点",
        "推荐",
        "经济",
        "观点",
        "about",
        "home",
        "news",
        "archive",
        "blog",
    ]
)


# A personal blog's or space's name over its posts: 某某的博客, 某某的个人空间, 某某的部落格.
_BLOG_NAME = re.compile(
    r"^(?P<name>[^\s的，。,.:：|/]{2,16})的(?:个人)?(?:博客|部落格|空间|主页|专栏|小站|blog)$"
)


def blog_owner(text: str) -> str | None:
    """The person a blog is named after (山城慢行者的博客 → 山城慢行者), not an outlet or a section."""
    line = text.strip()
    m = _BLOG_NAME.match(fold(line))
    if not m or looks_like_outlet(m["name"]) or SECTION_NAME.match(fold(m["name"]) + "新闻"):
        return None
    return line[m.start("name") : m.end("name")]


def site_before_menu(text: str) -> str | None:
    """The name opening a site's menu bar (北京时间 首页 新闻 视频 直播, Microsoft Start　资讯
    新闻　娱乐), as written, else None."""
    text = text.strip()
    folded = fold(text.replace("\u3000", "  "))  # an ideographic space parts items too
    parts = re.split(r"\s*[|｜·•]\s*|\s{2,}|(?<=[\u4e00-\u9fff])\s", folded)
    parts = [p.strip() for p in parts if p.strip()]
    if not 4 <= len(parts) <= 12:
        return None
    head, items = re.sub(r"(?<=\S\S)首页$", "", parts[0]), parts[1:]  # 某某网首页: its home link
    if (
        head in _MENU_WORDS
        or not 2 <= len(head) <= 20
        or re.search(r"[\d:：，。,.!?！？>›»#@]", head)
        or any(len(p) > 6 or re.search(r"[\d:：，。,.#@]", p) for p in items)
        or sum(p in _MENU_WORDS for p in items) < 2
        or any(p not in _MENU_WORDS and looks_like_outlet(p) for p in items)  # another outlet
    ):
        return None
    return text[: len(head)] if fold(text[: len(head)]) == head else head


@lru_cache(maxsize=1)
def publishers() -> Publishers:
    """The bundled table and the names its rules generate, loaded once."""
    return Publishers(_read(DATA), _named_by_rule())


def looks_like_outlet(name: str) -> bool:
    """A short name that is a known publisher or ends like one (…日报, …网, …发布)."""
    key = fold(name).strip()
    if not 2 <= len(key) <= 16 or re.search(r"[，。,;；:：!?！？\s|_]", key):
        return False
    if publishers().lookup(key) is not None:
        return True
    if SECTION_NAME.match(key) or _DOCUMENT_KIND.search(key) or PAGE_KIND.match(key):
        return False
    tail = OUTLET_TAIL.search(key)
    # The tail alone (新闻, 网) names nothing: it needs a name in front of it.
    return bool(tail) and tail.start() >= 2


# What no outlet's or site's name is: a date, a sentence, a UI action or a page's engine.
_MD_MARK = re.compile(r"^(?:#{1,6}|>+|[*_]{1,3}|[-+]\s)\s*")
_NAME_DATE = re.compile(
    r"(?:19|20)\d{2}\s*(?:年|[-/.]\s*\d{1,2})|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}"
)
_NAME_SENTENCE = re.compile(r"[。！？；;，,]|(?<![A-Za-z])[!?]")
_UI_ACTION = re.compile(
    r"^(?:打开|下载|点击|点此|关注|扫码|扫一扫|登录|注册|分享|订阅|返回|收藏|阅读原文|查看|进入)"
    r"|^(?:app|首页|主页|更多|广告)$|powered\s*by",
    re.I,
)
# a view or edition of the page, not who runs it: 标题 - 聊城新闻网 - 打印版, 标题_手机版
_PAGE_VIEW = re.compile(
    r"(?:打印|列印|手机|手機|移动|移動|网页|網頁|电脑|電腦|pc|wap|触屏|觸屏|极速|極速|简体|簡體|繁体|繁體"
    r"|英文|中文|无障碍|無障礙|适老化|長者|长者|关怀|關懷|纯文本|純文字|文字|精简|精簡)版"
    r"|(?:打印|列印)(?:本页|本頁|预览|預覽|页面|頁面|全文)?|正文|全文|详情页?|詳情頁?|内容页|內容頁|文章页|文章頁"
    r"|阅读全文|閱讀全文|print(?:\s*(?:view|version|preview))?|printer[\s-]*friendly",
    re.I,
)
NAME_MAX = 30


def outlet_name(value: str | None) -> str | None:
    """`value` as a source or site name (Markdown marks off), or None when it cannot be one:
    a date, a sentence, a UI action (打开APP), a page engine's credit, a headline's length."""
    name = _MD_MARK.sub("", (value or "").strip()).strip("*_ \u3000")
    key = fold(name)
    if not name or len(key) > NAME_MAX or _NAME_SENTENCE.search(key):
        return None
    if _NAME_DATE.search(key) or _UI_ACTION.search(key) or _PAGE_VIEW.fullmatch(key):
        return None
    return name
