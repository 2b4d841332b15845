"""Tag folded Chinese text with the administrative units it names.

One Aho–Corasick pass finds every surface form; the rest is deciding which
of those hits are mentions:

1. String rules drop hits glued into something else: a smaller unit or a
   street (兰英乡西安村, 昌平区沙河镇, 北京路) or an institution (北京大学).
2. Hits with an ungated form (full names, province and city short names,
   aliases) are taken leftmost-longest. Gated forms — county stems (巫溪),
   common-word names (城区), short names that are common words (大同) — then
   fill the gaps, each only right after its parent (阳泉市城区, 昆明晋宁) or
   when the unit itself is already known (named in the paragraph or in
   `context`).
3. A hit naming several units is settled by, in turn: the hit right before it
   (上海普陀区), the rest of the paragraph, the article context, and last the
   kind of form (湖北 the province beats any stem). Anything still tied is
   dropped: no guess.

Output paths are the most specific ones: 湖北省 disappears when the same
paragraph names 湖北省/武汉市.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from index.regions import aliases
from index.regions.gazetteer import (
    COMPOUND_MARK,
    Form,
    FormKind,
    Gazetteer,
    Unit,
    data_source,
    load,
    straddle_words,
)


def _first_chars(pattern: str) -> frozenset[str]:
    """The characters a suffix pattern can start with: '(?:航空|理工){1,3}大学' → {航, 理}."""
    if not pattern.startswith("(?:"):
        return frozenset(pattern[:1])
    depth, alts, start = 0, [], 3
    for i, ch in enumerate(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                alts.append(pattern[start:i])
                break
        elif ch == "|" and depth == 1:
            alts.append(pattern[start:i])
            start = i + 1
    return frozenset().union(*(_first_chars(a) for a in alts))


_SUBUNIT_RE = re.compile("|".join(aliases.SUBUNIT_SUFFIXES))
_STREET_DIRECTION_RE = re.compile(aliases.STREET_DIRECTION_RE)
_INSTITUTION_RE = re.compile(
    "|".join(sorted(aliases.INSTITUTION_SUFFIXES + aliases.FOOD_SUFFIXES, key=len, reverse=True))
)
_PRODUCE_RE = re.compile("|".join(sorted(aliases.PRODUCE_SUFFIXES, key=len, reverse=True)))
_SHORT_ORG = aliases.SHORT_NAME_ORG_SUFFIXES + aliases.ASSOCIATION_SUFFIXES
_SHORT_ORG_RE = re.compile("|".join(_SHORT_ORG))
_SHORT_ORG_FIRST = frozenset().union(*(_first_chars(w) for w in _SHORT_ORG))
_LIST_JOINS = frozenset("、和与及")
# 北京协和医院: a short name of the institution's own between place and suffix.
_INSTITUTION_GAP_RE = re.compile(
    f"(?:(?![{aliases.INSTITUTION_GAP_STOP}])[\u4e00-\u9fff]){{1,3}}"
    f"(?:{'|'.join(aliases.INSTITUTION_GAP_SUFFIXES)})"
)
# 天津阳光家园队: a sports team's sponsor name may take four characters; a
# work, aid or medical team (江苏援藏工作队, 湖北医疗队) is the province's own. 队 in a
# verb is no team (北京机场排队, 广州站插队, 杭州组队参赛).
_TEAM_GAP_RE = re.compile(
    f"(?:(?![{aliases.INSTITUTION_GAP_STOP}{aliases.TEAM_GAP_STOP}])[\u4e00-\u9fff]){{1,4}}"
    f"(?<![{aliases.TEAM_VERB_CHARS}])队"
)
# 重庆文理学院, 湖南文理学院: a college's two-character name of its own between its place
# and 学院/大学, unless the two characters are a verb phrase (在重庆上完大学, 去北京读大学).
_SCHOOL_GAP_RE = re.compile(
    f"(?:(?![{aliases.INSTITUTION_GAP_STOP}{aliases.SCHOOL_GAP_STOP}])[\u4e00-\u9fff]){{2}}"
    "(?:学院|大学(?!生))"
)
_ASSOCIATION_GAP_RE = re.compile(
    f"(?:(?![{aliases.ASSOCIATION_GAP_STOP}])[\u4e00-\u9fff]){{1,4}}"
    f"(?:{'|'.join(aliases.ASSOCIATION_SUFFIXES)})"
)
# 石狮市同乡总会, 晋江市旅港同乡会: people from the place, after any name (see aliases).
_HOMETOWN_RE = re.compile(
    f"(?:(?![{aliases.ASSOCIATION_GAP_STOP}])[\u4e00-\u9fff]){{0,3}}?"
    f"(?:{'|'.join(aliases.HOMETOWN_SUFFIXES)})"
)
_HOMETOWN_TAIL_RE = re.compile("[会馆]")  # every hometown suffix ends in one (a pre-check)
# 青岛渔港水产公司: a firm with its trade in its name; the gap is the firm's own name.
_TRADE_COMPANY_RE = re.compile(
    f"((?:(?![{aliases.INSTITUTION_GAP_STOP}{aliases.BRAND_GAP_STOP}])[\u4e00-\u9fff]){{0,4}}?)"
    f"(?:{'|'.join(sorted(aliases.COMPANY_TRADE_WORDS, key=len, reverse=True))})"
    f"(?:{'|'.join(aliases.COMPANY_TRADE_TAILS)})"
)
_COMPANY_GAP_RE = re.compile(
    f"(?:(?![{aliases.INSTITUTION_GAP_STOP}])[\u4e00-\u9fff]){{1,10}}?"
    f"(?:{'|'.join(aliases.COMPANY_SUFFIXES)})"
)
_BRAND_WORDS = aliases.BRAND_GAP_SUFFIXES + aliases.FOOD_SUFFIXES
_BRAND_GAP_RE = re.compile(
    f"((?:(?![{aliases.INSTITUTION_GAP_STOP}{aliases.BRAND_GAP_STOP}])[\u4e00-\u9fff]){{2,3}}?)"
    f"(?:{'|'.join(_BRAND_WORDS)})"
)
_BRAND_GAP_STOP = tuple(aliases.BRAND_GAP_WORDS_STOP)
# Last characters of every gap suffix (医院, 中学, 银行, 有限公司, 队).
_GAP_TAIL_RE = re.compile(
    "["
    + "".join(
        {
            w[-1]
            for w in aliases.INSTITUTION_GAP_SUFFIXES
            + aliases.COMPANY_SUFFIXES
            + aliases.ASSOCIATION_SUFFIXES
            if w[-1] != ")"
        }
    )
    + aliases.SHOP_NAME_ENDS
    + "队厂]"
)
# …and of the chain and food words after a brand (超市, 包子; 啤酒(?!节) ends in 酒).
_BRAND_TAIL_RE = re.compile(
    "[" + "".join({re.sub(r"\(\?.*?\)$", "", w)[-1] for w in _BRAND_WORDS}) + "]"
)
_LINK_LINE_RE = re.compile(
    r"\s*[【\[]?(?:"
    + "|".join(sorted(aliases.LINK_LINE_LABELS, key=len, reverse=True))
    + r")[】\]]?\s*:"
)
_ATTRIBUTE_ROW_RE = re.compile(
    r"\s*[【\[]?(?:"
    + "|".join(sorted(aliases.ATTRIBUTE_ROW_LABELS, key=len, reverse=True))
    + r")[】\]]?\s*[:\s]"
)
_ATTRIBUTE_ROW_FIRST = frozenset(w[0] for w in aliases.ATTRIBUTE_ROW_LABELS)
_SPAM_CONTACT_RE = re.compile(aliases.SPAM_CONTACT_RE)
# A byline line of its own: (outlet)(记者) names / place 报导 (民视新闻/陈美玉 台东报导,
# 记者林怡君∕花莲报导): where the reporter filed from, a credit like 来源:…
_BYLINE_LINE_RE = re.compile(
    r"^[^,。!?;:]{0,20}[/／∕]\s*[^,。!?;:/／∕]{0,24}?\s*[\u4e00-\u9fff]{2,6}\s*(?:报导|报道)$"
)
# An outlet's byline line of its own (澳门焦点记者, 文/某某新闻网记者 王某 李某): the place
# is in the outlet's name. Not a reporter stationed somewhere (驻澳门记者, 澳门站记者) nor
# one from a unit (某某县记者).
_OUTLET_BYLINE_RE = re.compile(
    r"^(?:文\s*[/:]\s*)?(?P<org>[\u4e00-\u9fff]{4,12})记者"
    r"(?:\s*[\u4e00-\u9fff]{2,4}(?:[\s/、]+[\u4e00-\u9fff]{2,4})*)?$"
)
_OUTLET_BYLINE_NOT = frozenset("驻的站")
_OUTLET_BYLINE_UNIT_END = frozenset("省市县区州")
# A signature closing a notice (落款): the issuing body's name alone, maybe over its date
# (云南省农业农村厅 / 某县统计局 二〇二四年四月二十八日), in the last two paragraphs.
_SIGNATURE_RE = re.compile(
    r"^[\u4e00-\u9fff()]{2,20}(?:局|厅|委|委员会|办公室|人民政府|政府|中心|研究院|法院|检察院|联合社"
    r"|部|课题组|调研组|党校|党组)"
    r"(?:\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}月[\d〇○零一二三四五六七八九十]{1,3}日)?$"
)
_ALNUM_RUN_RE = re.compile("[a-z0-9_-]{5}")  # a cheap pre-check: every handle has one
_CLAUSE_END = frozenset("。!?;,\n")
_SENTENCE_END = frozenset("。!?;")
_BYLINE_BODIES = ("部", "课题组", "调研组", "党校", "党组")
_CITY_COMPOUND_AFTER_RE = re.compile(
    "|".join(
        sorted(
            aliases.COMPOUND_ROUTE_WORDS + aliases.CITY_COMPOUND_REGION_WORDS,
            key=len,
            reverse=True,
        )
    )
)
_CITY_VERB_BEFORE = tuple(sorted(aliases.CITY_VERB_BEFORE, key=len, reverse=True))
_CITY_VERB_AFTER = tuple(aliases.CITY_VERB_AFTER)
_MOVE_VERBS = tuple(aliases.MOVE_VERBS)
_MOVE_AFTER = tuple(aliases.MOVE_AFTER) + _CITY_VERB_AFTER
_STEM_VERB_AFTER = tuple(aliases.STEM_VERB_AFTER)
_LIST_MARKS = frozenset("、和与及")
# Abbreviations that may continue a travel phrase as a list (在沪、苏等地).
_LIST_ABBREVIATIONS = {
    **{ch: path for ch, path in aliases.COMPOUND_STRONG.items()},
    **{ch: target for ch, (target, _) in aliases.TRAVEL_ABBREVIATIONS.items()},
}
_TRAVEL_LIST_RE = re.compile(f"((?:、[{''.join(_LIST_ABBREVIATIONS)}])+)(?=等|两地|三地|各地)")
# Two-character county names read wrongly before these: 完成县城 is not 成县,
# 赵县长 is magistrate Zhao. 城区区委 is fine, so 区 names have a shorter list.
_TWO_CHAR_BAD_AFTER = {
    "县": frozenset("长委城域级里区乡镇份志官令衙府直属市"),
    "区": frozenset("长域级"),
    "市": frozenset("长场级域"),
}
_SEPARATORS = frozenset(" ·•")
_COUNTY_LEVEL_WORDS = frozenset("区级市域")  # 县区, 县级, 县市区, 县域 after a city's name
_EMPTY: frozenset[str] = frozenset()
_SPAM_AFTER_RE = re.compile("|".join(aliases.SPAM_AFTER))
_WATER_WORDS = aliases.WATER_WORDS
_SELF_LEADS = ("全", "本", "该")  # 全县, 本县, 该县: a paragraph speaking of its own county
_STRADDLE = straddle_words()
_WATER_FIRST = frozenset(w[-1] for w in _WATER_WORDS | aliases.WATER_MOUTH_WORDS)


# First characters of everything that glues a place into a longer word (a cheap pre-check;
# a pattern opening with a group, 南京信息工程大学's, contributes each alternative's).
_GLUED_FIRST = frozenset().union(
    *(
        _first_chars(w)
        for w in aliases.INSTITUTION_SUFFIXES
        + aliases.FOOD_SUFFIXES
        + aliases.PRODUCE_SUFFIXES
        + aliases.SPAM_AFTER
    )
)
_COMPOUND_CHARS = "".join(aliases.COMPOUND_STRONG) + "".join(aliases.COMPOUND_WEAK)
_COMPOUND_RE = re.compile(
    "(?:"
    + "|".join(aliases.COMPOUND_PAIRS)
    + f"|[{_COMPOUND_CHARS}]){{2,}}|"
    + "|".join(aliases.COMPOUND_PAIRS)
)
_COMPOUND_AFTER_RE = re.compile(
    "|".join(
        sorted(aliases.COMPOUND_ROUTE_WORDS + aliases.COMPOUND_REGION_WORDS, key=len, reverse=True)
    )
)
_ROUTE_WORDS = frozenset(aliases.COMPOUND_ROUTE_WORDS)
# Province names made of a character and a direction (昆山东部 is 昆山 + 东部, 台北 is no province).
_DIRECTION_PROVINCES = frozenset(
    ["山东", "山西", "江西", "湖南", "湖北", "河南", "河北", "海南", "广东", "广西"]
)
# A region stays in force in a long file for at least this many paragraphs
# and characters after it was last named (see `tag_article`).
STORY_MAX_PARAGRAPHS = 80
LAPSE_PARAGRAPHS = 3
LAPSE_CHARS = 300
_NAME_TITLES = tuple(sorted(aliases.NAME_TITLES, key=len, reverse=True))
_BYLINE_ROLES = tuple(aliases.BYLINE_ROLES)
_BYLINE_END = frozenset(" )】,")
_NAME_FOLLOWERS_RE = re.compile(
    "|".join(re.escape(w) for w in sorted(aliases.NAME_FOLLOWERS, key=len, reverse=True))
    + "|"
    + aliases.NAME_AGE_RE
)
_COMPOUND_PARTS = frozenset(aliases.PROVINCE_PARTS_COMPOUND)
_NAME_END = frozenset(",。!?;:、")
_TITLED_FOLLOWERS = tuple(sorted(aliases.TITLED_NAME_FOLLOWERS, key=len, reverse=True))
_PLACE_LEAD_WORDS = tuple(aliases.PLACE_LEAD_WORDS)
_MOUNTAIN_LANDMARK_WORDS = tuple(aliases.MOUNTAIN_LANDMARK_WORDS)
_INITIALS_RE = re.compile("|".join(aliases.INITIALS_REGION_WORDS))
_DIRECTION_CHARS = frozenset("东西南北中上下内外前后大小新老")
# A number and a measure of food or goods right before a short name (一碗|河南胡辣汤).
_FOOD_MEASURE_RE = re.compile(
    "[0-9一二两三四五六七八九十几半这那每][杯碗盘锅盒斤袋瓶罐串笼碟壶箱听]"
)
# A wire dateline's day after its place (芒市2月9日电, 瑞丽5日讯), the credit before it short.
_WIRE_DAY_RE = re.compile(
    r"(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:电(?![价费视影话力网池脑梯器线厂站量商台])|讯|消息)"
)
_WIRE_CREDIT_MAX = 20


def prefixes(path: str) -> tuple[str, ...]:
    """'湖北省/武汉市/江岸区' → ('湖北省', '湖北省/武汉市', '湖北省/武汉市/江岸区')."""
    parts = path.split("/")
    return tuple("/".join(parts[: i + 1]) for i in range(len(parts)))


def most_specific(paths: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Drop duplicates and any path that is an ancestor of another, keeping order."""
    seen = list(dict.fromkeys(paths))
    return tuple(p for p in seen if not any(q.startswith(p + "/") for q in seen))


def _prefix_set(paths: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Every path in `paths` and all its ancestors, for O(1) ancestry tests."""
    return frozenset(p for path in paths for p in prefixes(path))


def _support(path: str, known: frozenset[str]) -> int:
    """How many leading components `path` shares with some path behind `known`."""
    parts = path.split("/")
    for depth in range(len(parts), 0, -1):
        if "/".join(parts[:depth]) in known:
            return depth
    return 0


@dataclass(slots=True)
class _Hit:
    """One surface found in the text, with the forms that survived string rules."""

    start: int
    end: int  # exclusive
    forms: tuple[Form, ...]
    ungated: bool  # some form counts without context
    unit: Unit | None = None
    travel: bool = False  # a travel phrase (赴京)
    multi: bool = False  # a city compound (成渝): every form's unit is named


@dataclass(slots=True)
class _Scan:
    """One automaton pass over a text: its hits, and where a compound may start (-1: none)."""

    hits: list[_Hit]
    compound: int
    suspect: bool  # some hit is a travel phrase or follows a surname: see `_mentions`
    contextual: bool  # the article context can change the result (gated or ambiguous hits)
    # spans of place names glued into an organisation, dish or species (四川|苏铁): no
    # compound (川苏) may be read across one
    blocked: tuple[tuple[int, int], ...] = ()


_NOTHING = _Scan([], -1, False, False)  # shared and never modified: no hits, no compound


@dataclass(slots=True)
class _Paragraph:
    """Per-paragraph working state."""

    text: str
    context: frozenset[str]  # the article's paths and their ancestors
    names: frozenset[str] = frozenset()  # person names known from the article (王江西)
    evidence: frozenset[str] = frozenset()  # the context without this paragraph's own names
    chosen: list[_Hit] = field(default_factory=list)
    ends: dict[int, Unit] = field(default_factory=dict)  # end offset → unit resolved there
    found_names: list[str] = field(default_factory=list)  # person names seen here
    # known parents of county stems listed side by side here (海淀、朝阳 in a 北京 story)
    listed_parents: frozenset[str] = frozenset()


class RegionTagger:
    """Names of provinces, cities and counties in folded text, as 省/市/县 paths."""

    # Part of the index fingerprint: a change here makes the next `index` rebuild.
    DATA_VERSION = "regions-14"  # 4: whole-name persons, 入X, place+direction, schools, weak runs; 5: idioms, HK areas by context, produce, self-evidence; 6: 浙 travel verbs, short county names in lists; 7: roles before names, 报 papers, HK offices, airlines, associations; 8: former prefectures by majority, former county stems, brands named after places, 在杭/在陇, person words; 9: crafts/kin titles, breeds by place, compound-direction province parts, gated city-abbreviation travel phrases, attribute lines, ages and naming verbs after names; 10: organisations named after places, first-tier/city-pair/Taiwan county compounds, place-named produce, subtitles as context, party-body bylines; 11: rivers/seas before places, 港 as harbour, all-weak province compounds, everyday-word counties after bare verbs, names straddling two words, street names, kin after surname+place; 12: folded spellings, 在津, Taiwan municipal districts, mountain/lake names, keyword rows, city initials; 13: a known city's bare district lists, held words, gated former districts, namesake counties' districts, produce with 全县; 14: two-city initials before 两市, wire datelines' county-level cities, outlet bylines, city nicknames, 港人, inner short names held by longer county names

    def __init__(self) -> None:
        """Load the shared gazetteer (built once per process)."""
        self._gz: Gazetteer = load()
        self._iter = self._gz.automaton.iter
        self._mask = self._gz.mask
        self._forms = self._gz.forms
        self._multi = self._gz.multi

    @property
    def source(self) -> str:
        """The data package the division table comes from, with its pin."""
        return data_source()

    # ----------------------------------------------------------------- public

    def tag(self, folded_text: str, context: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Paths named in one folded paragraph; `context` = paths already known from the article."""
        if not folded_text:
            return ()
        found = self._resolved_hits(folded_text, _prefix_set(context) if context else _EMPTY)
        if not found:
            return ()
        return most_specific([h.unit.path for h in found if h.unit is not None])

    def tag_article(
        self, paragraphs: list[tuple[str, bool]], title: str | None = None, home: str | None = None
    ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per paragraph (named_paths, inherited_paths) for one article in order.

        `home`: the region the credited outlet writes from (a Hong Kong paper), context
        for gated names only (沙头角 counts in a Hong Kong paper's story); it names nothing.

        A file longer than STORY_MAX_PARAGRAPHS is read as a collection (a
        dump of unrelated items, a whole newspaper page): there the context
        is only the nearby paragraphs, and a region stays in force for
        LAPSE_PARAGRAPHS paragraphs and LAPSE_CHARS characters after it was
        last named, not to the end of the file.
        """
        title_text = _fold(title) if title else ""
        texts = [title_text] + [text for text, _ in paragraphs]
        scans = [self._hits(text) for text in texts]  # one automaton pass each
        # Pass 1: what the article names without help; that is the context.
        names: list[str] = []
        first = [
            self._paths(t, _EMPTY, h, _EMPTY, names) for t, h in zip(texts, scans, strict=True)
        ]
        known_names = frozenset(names)
        bounded = len(paragraphs) > STORY_MAX_PARAGRAPHS
        if bounded:
            contexts = _window_contexts(first, scans, STORY_MAX_PARAGRAPHS // 4)
        else:
            contexts = [_prefix_set([p for paths in first for p in paths])] * len(texts)
        if home in self._gz.units:
            contexts = [c | _prefix_set([home]) for c in contexts]
        # What settles an ambiguous name: the article without what this paragraph alone
        # named (a 香港 story's 马鞍山 is not 安徽's because pass 1 read it so here).
        evidence = contexts if bounded else _leave_one_out(first, contexts, home, self._gz.units)
        # Pass 2: each paragraph again, with the article as context (and the
        # person names it revealed); pass 1 stands where neither can matter.
        named_all = [
            self._paths(t, c, h, known_names, evidence=e)
            if h.contextual or (h.suspect and names)
            else f
            for t, c, h, f, e in zip(texts, contexts, scans, first, evidence, strict=True)
        ]
        for i in range(max(1, len(texts) - 2), len(texts)):
            # 云南省农业农村厅 closing a notice: its signature, a credit like 来源:…
            if not paragraphs[i - 1][1] and _signature(texts[i]):
                named_all[i] = ()
        for i in range(1, min(4, len(texts))):
            # a party body or a research group alone near the top is a journal's byline
            # (中共伊春市委组织部 under the headline); an office opening a notice names its unit
            if _signature(texts[i]) and (
                texts[i].startswith("中共") or texts[i].endswith(_BYLINE_BODIES)
            ):
                named_all[i] = ()
        if paragraphs and _subtitle(texts[1]):
            # ——宝坻区推进…见闻 under the headline is part of it: context like the title,
            # named by neither, and inherited by the text below.
            named_all[0] = most_specific([*named_all[0], *named_all[1]])
            named_all[1] = ()
        article_focus = self._focus(named_all[0])
        focus = article_focus
        gap_paragraphs = gap_chars = 0  # since the region in force was last named
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for (text, is_heading), named in zip(paragraphs, named_all[1:], strict=True):
            if named:
                focus = self._focus(named)
                gap_paragraphs = gap_chars = 0
                out.append((named, ()))
                continue
            if is_heading:
                # A heading opens a section: the article's region again, or
                # in a collection a new item whose region is not known.
                focus = () if bounded else article_focus
                gap_paragraphs = gap_chars = 0
            elif bounded and gap_paragraphs >= LAPSE_PARAGRAPHS and gap_chars >= LAPSE_CHARS:
                focus = ()
            out.append(((), focus))
            gap_paragraphs += 1
            gap_chars += len(text)
        return out

    def resolve(self, name: str) -> tuple[str, ...]:
        """Filter value → paths: '湖北'/'湖北省' → ('湖北省',); '武汉' → ('湖北省/武汉市',)."""
        key = _fold(name.strip()).replace(" ", "")
        if not key:
            return ()
        if key in self._gz.units:
            return (key,)
        forms = self._forms.get(key)
        if forms:
            # A unit's own name first: 中山区 is 大连's, not the 台北 shadow.
            own = [f for f in forms if f.unit.name == key] or list(forms)
            best = min(f.kind for f in own)
            return _roots([f.unit.path for f in own if f.kind == best])
        # Several names in a row (湖北武汉, 湖北/武汉): accept only if they
        # spell the whole key and narrow down to one unit.
        key = key.replace("/", "")
        hits = self._resolved_hits(key, _EMPTY)
        if sum(h.end - h.start for h in hits) != len(key):
            return ()
        paths = most_specific([h.unit.path for h in hits if h.unit])
        return paths if len(paths) == 1 else ()

    # --------------------------------------------------------------- internals

    def _focus(self, named: tuple[str, ...]) -> tuple[str, ...]:
        """The region a paragraph puts in force: its most local places' common ancestor.

        Markets and comparisons named in passing (卖到天津、广州) are usually
        larger units than where the story is set, so only the deepest level
        counts; places of that level in different regions cancel out.
        """
        if len(named) <= 1:
            return named
        units = self._gz.units
        deepest = max(units[p].level if p in units else 0 for p in named)
        local = [p for p in named if (units[p].level if p in units else 0) == deepest]
        common: list[str] = []
        for level in zip(*(p.split("/") for p in local), strict=False):
            if len(set(level)) != 1:
                break
            common.append(level[0])
        return ("/".join(common),) if common else ()

    def _paths(
        self,
        text: str,
        context: frozenset[str],
        scan: _Scan,
        names: frozenset[str] = _EMPTY,
        found_names: list[str] | None = None,
        evidence: frozenset[str] | None = None,
    ) -> tuple[str, ...]:
        """tag() on an already scanned text (the scan is reused across passes)."""
        if not scan.hits and scan.compound < 0:
            return ()
        for hit in scan.hits:
            hit.unit = None
        found = self._resolved_hits(text, context, scan, names, found_names, evidence)
        return most_specific([h.unit.path for h in found if h.unit is not None])

    def _resolved_hits(
        self,
        text: str,
        context: frozenset[str],
        scan: _Scan | None = None,
        names: frozenset[str] = _EMPTY,
        found_names: list[str] | None = None,
        evidence: frozenset[str] | None = None,
    ) -> list[_Hit]:
        """The hits that name a unit, in text order; `context` is a `_prefix_set`.

        `names` are person names the article is known to contain; names found
        here are appended to `found_names`.
        """
        if scan is None:
            scan = self._hits(text)
        hits, compound = scan.hits, scan.compound
        if not hits and compound < 0:
            return []
        if ":" in text and (_LINK_LINE_RE.match(text) or _footer(text)):
            return []  # 下一条:…, 来源:…, 地址:…电话:… name other pages, outlets, offices
        if len(text) <= 40 and _BYLINE_LINE_RE.match(text):
            return []  # 民视新闻/陈美玉、林建宏 台东报导: a credit, like 来源:…
        if len(text) <= 40 and _outlet_byline(text):
            return []  # 澳门焦点记者: the outlet's name holds the place
        if text.lstrip(" 【[")[:1] in _ATTRIBUTE_ROW_FIRST and _ATTRIBUTE_ROW_RE.match(text):
            return []  # 公开责任部门:某县农业农村局, 答复单位 某镇人民政府: the office, a credit
        par = _Paragraph(text, context, names, context if evidence is None else evidence)
        if scan.suspect:
            hits = self._mentions(par, hits)
            if found_names is not None:
                found_names.extend(par.found_names)
        # 昆山东部, 巢湖南岸: a province name made of a place's last character and a
        # direction (山东, 湖南) inside a longer run is that place and a direction.
        starts = {h.end - 1 for h in hits if h.end - h.start >= 2}
        hits = [
            h
            for h in hits
            if not (
                text[h.start : h.end] in _DIRECTION_PROVINCES
                and h.start in starts
                and any(g.start < h.start < g.end for g in hits)
            )
        ]
        # 五大连池 in a story that named 五大连池市: the known longer name holds 大连 inside it.
        shadows = [
            (h.start, h.end)
            for h in hits
            if not h.ungated and any(_anchored(f.unit, context) for f in h.forms)
        ]
        # Ungated hits first, leftmost-longest.
        covered = -1
        for hit in hits:
            if shadows and any(
                s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in shadows
            ):
                continue
            if hit.end - hit.start == 2 and _held(text, hit, self._gz.forms):
                continue
            if hit.start >= covered and hit.ungated:
                covered = hit.end
                if hit.multi:
                    par.chosen.extend(_Hit(hit.start, hit.end, (f,), True) for f in hit.forms)
                else:
                    par.chosen.append(hit)
        plain = _prefix_set(self._paragraph_units(par.chosen))
        for hit in par.chosen:
            self._resolve(hit, par, plain)
        # Gated hits in the gaps, each needing its parent or the unit in context.
        taken = [(h.start, h.end) for h in par.chosen]
        anchors = par.context | _prefix_set([h.unit.path for h in par.chosen if h.unit])
        par.listed_parents = _listed_stem_parents(text, hits, taken, anchors)
        for hit in hits:
            if hit.ungated or any(hit.start < e and s < hit.end for s, e in taken):
                continue
            self._resolve(hit, par, plain, anchors)
            if hit.unit is not None:
                par.chosen.append(hit)
                taken.append((hit.start, hit.end))
                anchors = anchors.union(prefixes(hit.unit.path))  # 到中山居住。中山一间…
        if compound >= 0:
            names = [(h.start, h.end) for h in par.chosen if not h.travel]
            par.chosen.extend(self._compounds(text, compound, taken, scan.blocked, names))
        if scan.suspect:  # travel phrases make a scan suspect
            for hit in [h for h in par.chosen if h.travel and h.unit is not None]:
                par.chosen.extend(self._travel_list(text, hit.end))
        par.chosen.sort(key=lambda h: h.start)
        out = [h for h in par.chosen if h.unit is not None]
        if out and _ALNUM_RUN_RE.search(text) and _SPAM_CONTACT_RE.search(text):
            out = [h for h in out if not _in_spam_clause(text, h.start)]
        return out

    def _travel_list(self, text: str, end: int) -> list[_Hit]:
        """Abbreviations listed after a travel phrase: 在沪、苏等地 names 江苏 too."""
        m = _TRAVEL_LIST_RE.match(text, end)
        if m is None:
            return []
        units = self._gz.units
        return [
            _Hit(i, i + 1, (), True, units[_LIST_ABBREVIATIONS[text[i]]])
            for i in range(m.start(1), m.end(1))
            if text[i] != "、"
        ]

    def _mentions(self, par: _Paragraph, hits: list[_Hit]) -> list[_Hit]:
        """Drop hits that are a person's given name or a travel phrase cut by a longer name."""
        text = par.text
        surnames = aliases.SURNAMES
        drop: set[int] = set()
        ends: set[int] | None = None
        local: set[str] = set()
        for i, hit in enumerate(hits):
            s = hit.start
            if hit.travel and _cut(hit, hits):
                drop.add(i)  # 在桂林 is 桂林, not 在桂 + 林
            elif _whole_name(text, hit):
                local.add(text[s : hit.end])
                drop.add(i)  # 摊主黄山说: 黄山 is the stall holder
            elif s and text[s - 1] in surnames:
                if ends is None:
                    ends = {h.end for h in hits if h.ungated}
                if s in ends:
                    continue  # 江苏南京: 苏 ends a place, it is no surname
                name = text[s - 1 : hit.end]
                if name in par.names or name in local or _person_name(text, hit):
                    local.add(name)
                    drop.add(i)
        if not drop:
            return hits
        if local:  # a name found here also covers its earlier mentions here
            for i, hit in enumerate(hits):
                if hit.start and text[hit.start - 1 : hit.end] in local and hit.start not in ends:
                    drop.add(i)
            par.found_names.extend(local)
        return [h for i, h in enumerate(hits) if i not in drop]

    def _compounds(
        self,
        text: str,
        first: int,
        taken: list[tuple[int, int]],
        blocked: tuple[tuple[int, int], ...] = (),
        names: list[tuple[int, int]] | None = None,
    ) -> list[_Hit]:
        """Pseudo-hits for each province of a compound (京津冀, 苏浙沪); see aliases."""
        units = self._gz.units
        out: list[_Hit] = []
        while first > 0 and text[first - 1] in _COMPOUND_CHARS:
            first -= 1  # the run began with a real name's characters (新津冀)
        for m in _COMPOUND_RE.finditer(text, first):
            run = m.group()
            while len(run) > 2 and (
                text.startswith(aliases.COMPOUND_WEAK_WORDS, m.start() + len(run) - 1)
                or (len(run) > 3 and _weak_starts_word(text, run, m.start() + len(run)))
            ):
                run = run[:-1]  # 港澳青年 is 港澳 + 青年, 甘青宁新能源 甘青宁 + 新能源
            members = _members(run, m.start())
            if members is None or run in aliases.COMPOUND_WORDS:
                continue
            if any(s < m.start() + len(run) and m.start() < e for s, e in blocked):
                continue  # 四川苏铁: 川苏 starts inside the species' place name
            if text.startswith(aliases.COMPOUND_SCHEMES, m.start()):
                continue  # 沪港通
            after = _COMPOUND_AFTER_RE.match(text, m.start() + len(run))
            if after is not None and after.group() in _ROUTE_WORDS:
                continue  # 京沪高铁, 京港澳高速: a route
            paths = [p for _, _, ps in members for p in ps]
            strong = sum(len(ps) for ch, _, ps in members if ch not in aliases.COMPOUND_WEAK)
            # Two weak members need a regional word after them (闽台两地).
            if len(paths) < 3 and strong < 2 and after is None:
                continue
            if (
                len(paths) >= 3
                and strong == 0
                and after is None
                and any(run[i : i + 2] in aliases.WEAK_PAIR_WORDS for i in range(len(run) - 1))
            ):
                continue  # 青云台: weak characters alone are words (甘青宁 is not)
            free = [
                (member, start, ps)
                for member, start, ps in members
                if not any(start < e and s < start + len(member) for s, e in taken)
            ]  # not part of a real name: 贵港, 香港澳门
            named = [
                m for m in members if any(m[1] < e and s < m[1] + len(m[0]) for s, e in names or ())
            ]
            if named and len(free) < 2:
                continue  # 天津港: a real name (not 在闽 of 在闽粤两地) took a member, 港 is the port
            for member, start, ps in free:
                end = start + len(member)
                for path in ps:
                    out.append(_Hit(start, end, (), True, units[path]))
        return out

    def _hits(self, text: str) -> _Scan:
        """Every automaton match whose forms survive the string rules, by (start, -length).

        Also where the first possible compound (京津冀) starts, or -1.
        """
        out: list[_Hit] = []
        forms_of = self._forms
        travel = self._gz.travel
        surnames = aliases.SURNAMES
        compound = -1
        suspect = contextual = parts = False
        blocked: dict[int, int] | None = None  # start → end of an organisation's place name
        org_units: dict[int, set[str]] = {}  # start → the units that place name could be
        multis = self._multi
        idioms = self._gz.idioms
        for last, surface in self._iter(text.translate(self._mask)):
            if not surface:
                continue  # padding entry; cannot match masked text, kept for safety
            if surface == COMPOUND_MARK:
                if compound < 0:
                    compound = last - 1
                continue
            end = last + 1
            start = end - len(surface)
            if (
                start
                and surface[0] in "港台"
                and text[start - 1] == "本"
                and text[start - 2 : start] != "日本"
            ):
                continue  # 本港北区, 本台北京: "this territory" / "this station" + a name
            if surface in idioms and _in_idiom(text, start, idioms[surface]):
                continue  # 洛阳纸贵, 邯郸学步, 稳如泰山: an idiom, not the place
            abbr = travel.get(surface)
            multi = surface in multis
            if multi:
                forms = forms_of[surface] if _city_compound(text, start, end) else ()
            elif abbr is None:
                forms = _string_rules(text, start, end, surface, forms_of[surface], forms_of)
            elif (
                text.startswith(aliases.TRAVEL_REJECT_AFTER.get(abbr, ()), end)
                or (
                    start > 0
                    and text[start - 1] in aliases.TRAVEL_REJECT_BEFORE.get(surface[0], "")
                )
                or _starts_route(text, end - 1)
                or (abbr == "港" and surface[0] in "在回返" and _vessel_clause(text, start))
            ):
                continue
            else:
                forms = forms_of[surface]  # 赴京路上: no street rule for a travel phrase
            if forms is None:
                if blocked is None:
                    blocked = {}
                blocked[start] = max(blocked.get(start, 0), end)
                org_units.setdefault(start, set()).update(f.unit.path for f in forms_of[surface])
                continue
            if forms:
                ungated = any(not f.gated for f in forms)
                out.append(_Hit(start, end, forms, ungated, None, abbr is not None, multi))
                if end - start == 3 and surface in _COMPOUND_PARTS:
                    parts = True
                if (
                    abbr is not None
                    or (start and text[start - 1] in surnames)
                    or (start and text[start - 1] in aliases.PREPOSITION_SURNAMES)
                    or (end - start == 2 and text[start] in surnames)
                ):
                    suspect = True
                # One ungated form decides alone, unless it is a two-character
                # full name (歙县), which needs a boundary or its unit known.
                if (
                    (len(forms) > 1 and not multi)
                    or not ungated
                    or (end - start == 2 and forms[0].kind == FormKind.FULL)
                    or surface.endswith("山区")
                ):
                    contextual = True
        if blocked:  # 内蒙 inside 内蒙古新闻网
            out = [h for h in out if h.end >= blocked.get(h.start, 0)]
            # 武汉中百超市: 汉中 starts inside the chain's place name 武汉, so it is no name either.
            spans = list(blocked.items())
            out = [h for h in out if not any(s < h.start < e < h.end for s, e in spans)]
            # 在湘潭大学: the school's place name starts on the travel phrase's last character.
            out = [h for h in out if not (h.travel and h.end - 1 in blocked)]
            # 山东寿光蔬菜产业协会: the province right before the organisation's place is part
            # of the organisation's name too
            # (江苏南京大学: nor is 苏南 across its start)
            out = [h for h in out if not any(h.start < s < h.end <= e for s, e in spans)]
            heads = set()
            for h in reversed(out):  # 福建泉州晋江鞋业协会: 泉州 heads it, then 福建 too
                if _heads_org(h, org_units.get(h.end)):
                    heads.add(id(h))
                    org_units.setdefault(h.start, set()).update(f.unit.path for f in h.forms)
            out = [h for h in out if id(h) not in heads]
        if _INITIALS_RE.search(text):
            out.extend(self._initials(text, out))
        out.sort(key=lambda h: (h.start, h.start - h.end))
        if parts:  # 豫西南阳: a compound-direction part yields to 南阳 (not to 湘西南山区's 南山区)
            out = [h for h in out if not _yields_to_name(text, h, out)]
        if not out and compound < 0:
            return _NOTHING  # most paragraphs: skip building a scan
        spans = tuple(blocked.items()) if blocked and compound >= 0 else ()
        return _Scan(out, compound, suspect, contextual, spans)

    def _initials(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """City compounds spelled by prefecture initials before a regional word (秦唐沧沿海):
        three or four distinct initials of one province's cities (two before 两市), starting a
        word."""
        out = []
        initials = self._gz.initials
        for m in _INITIALS_RE.finditer(text):
            # Two initials only before a word counting two (郴永两市): a pair is too often a word.
            sizes = (4, 3, 2) if m.group().startswith("两") else (4, 3)
            for size in sizes:
                start = m.start() - size
                if start < 0 or any(h.start < m.start() and start < h.end for h in hits):
                    continue
                before = text[start - 1] if start else ""
                if before and _is_cjk(before) and before not in aliases.WORD_BOUNDARY_BEFORE:
                    continue  # inside a word
                run = text[start : m.start()]
                if len(set(run)) != size or (size == 2 and not _DIRECTION_CHARS.isdisjoint(run)):
                    continue  # 南北两地, 上下两市: a pair of directions, not two cities
                provinces = [p for p, chars in initials.items() if all(c in chars for c in run)]
                if len(provinces) != 1:
                    continue
                units = self._gz.units
                paths = [initials[provinces[0]][c] for c in run]
                forms = tuple(Form(units[p], FormKind.ALIAS, False) for p in paths)
                out.append(_Hit(start, m.start(), forms, True, None, False, True))
                break
        return out

    @staticmethod
    def _paragraph_units(chosen: list[_Hit]) -> tuple[str, ...]:
        """Paths the paragraph names unambiguously through ungated forms."""
        out = []
        for hit in chosen:
            units = {f.unit.path for f in hit.forms if not f.gated}
            if len(units) == 1:
                out.append(next(iter(units)))
        return tuple(out)

    def _resolve(
        self,
        hit: _Hit,
        par: _Paragraph,
        plain: frozenset[str],
        anchors: frozenset[str] | None = None,
    ) -> None:
        """Pick the one unit `hit` names, or none; record it in `par`."""
        prev = _previous_unit(par, hit.start)
        anchors = par.context if anchors is None else anchors
        sibling = _listed_unit(par, hit.start)
        owner = prev or _owner_unit(par, hit.start)
        cands = [
            f
            for f in hit.forms
            if _allowed(f, hit, par.text, prev, anchors, sibling, owner)
            or (f.kind == FormKind.STEM and f.unit.parent in par.listed_parents)
        ]
        if not cands:
            return
        if len({f.unit.path for f in cands}) > 1 and self._paragraph_units([hit]):
            # The name being decided is no evidence for itself: 从连江来到纽约 in a story that
            # named 福州市连江县 is that county, not Taiwan's 连江县 (the ungated reading).
            plain = _prefix_set(self._paragraph_units([h for h in par.chosen if h is not hit]))
        unit = _decide(cands, prev, plain, par.evidence)
        if unit is not None:
            hit.unit = unit
            par.ends[hit.end] = unit


def _window_contexts(
    named: list[tuple[str, ...]], scans: list[_Scan], width: int
) -> list[frozenset[str]]:
    """Per text with hits, a `_prefix_set` of what the title and texts within `width` name."""
    title = _prefix_set(named[0])
    naming = [i for i, paths in enumerate(named) if i and paths]  # sorted
    sets = {i: _prefix_set(named[i]) for i in naming}
    out = []
    for i, scan in enumerate(scans):
        if not scan.contextual:
            out.append(_EMPTY)  # nothing to settle; compounds need no context
            continue
        lo = bisect.bisect_left(naming, i - width)
        hi = bisect.bisect_right(naming, i + width)
        out.append(title.union(*(sets[j] for j in naming[lo:hi])))
    return out


def _leave_one_out(
    named: list[tuple[str, ...]],
    contexts: list[frozenset[str]],
    home: str | None,
    units: dict,
) -> list[frozenset[str]]:
    """Per text, its context without the paths only that text named in pass 1."""
    counts: dict[str, int] = {}
    for paths in named:
        for p in set(paths):
            counts[p] = counts.get(p, 0) + 1
    base = [home] if home in units else []
    out = []
    for paths, context in zip(named, contexts, strict=True):
        alone = {p for p in paths if counts[p] == 1}
        if not alone:
            out.append(context)
            continue
        rest = [p for other in named for p in other if p not in alone]
        out.append(_prefix_set(rest + base))
    return out


def _roots(paths: list[str]) -> tuple[str, ...]:
    """Collapse paths to their topmost members: a province absorbs its own cities."""
    uniq = list(dict.fromkeys(paths))
    return tuple(p for p in uniq if not any(p.startswith(q + "/") for q in uniq))


def _fold(text: str) -> str:
    """Fold with the engine's folding (imported late: OpenCC is slow to load)."""
    from index.build.folding import fold

    return fold(text)


def _string_rules(
    text: str,
    start: int,
    end: int,
    surface: str,
    forms: tuple[Form, ...],
    forms_of: dict[str, tuple[Form, ...]],
) -> tuple[Form, ...] | None:
    """Forms of `surface` at [start, end) that are not glued into a longer name.

    None when the surface begins an organisation, dish or spam word
    (内蒙古新闻网): then no shorter surface from the same start counts either.
    """
    nxt = text[end : end + 1]
    if _HOMETOWN_TAIL_RE.search(text, end + 2, end + 9) and _HOMETOWN_RE.match(text, end):
        return None  # 石狮市同乡总会: people from the place, wherever they live
    if nxt in _GLUED_FIRST and (
        _INSTITUTION_RE.match(text, end) or _SPAM_AFTER_RE.match(text, end)
    ):
        return None
    if nxt in _GLUED_FIRST and _PRODUCE_RE.match(text, end) and not _unit_name(surface, forms):
        # 奉节脐橙…全县脐橙面积: a brand, unless the paragraph speaks of the unit as its own
        # (全县, 本县, 该县), then it is that unit's produce and the unit is named.
        own = tuple(Form(f.unit, f.kind, False) for f in forms if _spoken_of(text, f.unit))
        return own or None
    # 广州军区, 延安精神: after a short name only (黑龙江省军区 is the province's).
    if (
        nxt in _SHORT_ORG_FIRST
        and _SHORT_ORG_RE.match(text, end)
        and all(f.kind != FormKind.FULL for f in forms)
    ):
        return None
    # 北京协和医院; after a full name (临武县城关完小) the unit is named itself.
    # A company named after a short 州 city is a firm there (杭州永特电缆有限公司,
    # tests/regions/labels.yaml); its hospitals and teams still name no place.
    firm = surface[-1] != "州"
    if not _unit_name(surface, forms) and _gap_institution(
        text, end, companies=firm, places=forms_of
    ):
        return None
    if nxt in _LIST_JOINS and _listed_institution(text, end, forms_of):
        return ()  # 上海、深圳证券交易所: both share the exchange's suffix
    if (
        surface[-1] == "县"
        and len(surface) >= 3
        and nxt in _COUNTY_LEVEL_WORDS
        and surface[:-1] in forms_of
    ):
        return ()  # 九江县区两级, 遵义县级医院: the city, then 县区/县级, not 九江县 of old
    if surface[-1] == "市" and text.startswith("场", end):
        return ()  # 南海市场 is 南海 + 市场 (a market)
    if _byline_name(text, start, end):
        return ()  # 通讯员 黄冈: a reporter whose whole name is a place name
    bad_after = aliases.REJECT_AFTER.get(surface)
    if bad_after and text.startswith(bad_after, end):
        return ()
    leads = aliases.ALIAS_LEADS.get(surface)
    if leads and start and _is_cjk(text[start - 1]) and text[start - 1] not in leads:
        return ()  # 鹿港人, 渔港人家: 港 ends a town's or harbour's name
    bad_before = aliases.REJECT_BEFORE.get(surface)
    if (
        bad_before
        and text[max(0, start - 4) : start].endswith(bad_before)
        and not text.endswith(aliases.ARRIVAL_VERBS, 0, start)
    ):
        return ()  # 造成都市 is 造成 + 都市; 直达成都 still arrives in 成都
    if (
        len(surface) == 2
        and start
        and text[end - 1 : end + 1] in _STRADDLE
        and text[start - 1 : start + 1] in _STRADDLE
        and not _name_ends_before(text, start, forms_of)
    ):
        return ()  # 创新|金融, 道路|环境: the name is split between two everyday words
    if start and surface[0] in _WATER_FIRST and _water_word(text, start, forms_of):
        return ()  # 黄河源头, 沿海城市: the water's name ends on the place's first character
    if surface[-1] == "山" and _mountain_landmark(text, end, forms_of):
        # 惠山古镇, 微山湖, 黄山湖公园: the mountain's or its lake's name (黄山风景区 is
        # still the city's: only a county's stem yields to the mountain)
        forms = () if nxt == "湖" else tuple(f for f in forms if f.kind != FormKind.STEM)
        if not forms:
            return ()
    if (
        start >= 2
        and _FOOD_MEASURE_RE.match(text, start - 2)
        and _is_cjk(nxt)
        and nxt not in "的人省市县区州"
        and not _unit_name(surface, forms)
    ):
        return ()  # 一碗河南胡辣汤, 两斤宁夏枸杞: a measure of something sold under the name
    if text[max(0, start - 3) : start] == "原地级":
        return ()  # 原地级巢湖市: the dissolved prefecture, not today's unit of that name
    if nxt == "域" and surface.endswith("区"):
        return ()  # 河北区域 is 河北 + 区域
    subunit = _SUBUNIT_RE.match(text, end) is not None or (
        surface[-1] not in "省市县区旗州" and _STREET_DIRECTION_RE.match(text, end) is not None
    )
    if (
        len(surface) == 2
        and surface[-1] in "县区市"
        and (
            subunit
            or (nxt in _TWO_CHAR_BAD_AFTER[surface[-1]] and not _after_parent(text, start, forms))
        )
    ):
        return ()
    if not subunit:
        return forms
    # Only full names of three or more characters survive a following 村/镇/路.
    return tuple(f for f in forms if f.kind == FormKind.FULL and len(surface) >= 3 and not f.gated)


def _spoken_of(text: str, unit: Unit) -> bool:
    """True when `text` refers to `unit` by its unit word (全县, 本县, 该县 for a 县)."""
    word = unit.name[-1]
    if unit.level < 3 or word not in "县区市旗":
        return False
    return any(lead + word in text for lead in _SELF_LEADS)


def _water_word(text: str, start: int, forms_of: dict[str, tuple[Form, ...]]) -> bool:
    """True when a river's, sea's or coast's name ends on the character at `start` (黄河|源)
    and no place name ends right before it (浙江|湖州)."""
    word = text[start - 1 : start + 1]
    region = text[max(0, start - 2) : start]
    if len(region) == 2 and region[0] in "华东西南北中" and region[1] in "东西南北中":
        return False  # 华东江苏, 华南海南: a part of the country, then the place
    if word in aliases.WATER_MOUTH_WORDS:
        before = text[start - 2 : start - 1]
        if before and _is_cjk(before) and before not in aliases.WATER_MOUTH_BEFORE:
            return False  # 进入海南: a verb's tail
    elif word not in _WATER_WORDS and text[start - 2 : start + 1] not in _WATER_WORDS:
        return False
    return not _name_ends_before(text, start, forms_of)


def _mountain_landmark(text: str, end: int, forms_of: dict[str, tuple[Form, ...]]) -> bool:
    """True when a name ending in 山 is glued to a lake (微山湖, 黄山湖) or to what lies on
    the mountain (惠山古镇); not when a place starts at 湖 (唐山湖北)."""
    if text.startswith("湖", end):
        return not any(text[end : end + n] in forms_of for n in (2, 3))
    return text.startswith(_MOUNTAIN_LANDMARK_WORDS, end)


def _name_ends_before(text: str, start: int, forms_of: dict[str, tuple[Form, ...]]) -> bool:
    """True when a place name of 2-4 characters ends right before `start` (浙江|湖州)."""
    return any(text[max(0, start - n) : start] in forms_of for n in (2, 3, 4))


def _after_parent(text: str, start: int, forms: tuple[Form, ...]) -> bool:
    """True when the text right before `start` names an ancestor of a form's unit (陇南市|康县
    长坝镇: the county and a town, not magistrate 康; 甘肃成县城关镇)."""
    before = text[max(0, start - 12) : start]
    for f in forms:
        for name in f.unit.path.split("/")[:-1]:
            if before.endswith(name) or (
                len(name) >= 3 and name[-1] in "省市" and before.endswith(name[:-1])
            ):
                return True
    return False


def _unit_name(surface: str, forms: tuple[Form, ...]) -> bool:
    """True for a name ending in its unit word (临武县, 恩施州); 广州, 贵州 end in 州 too but are short."""
    if surface[-1] in "省市县区旗":
        return True
    short = (FormKind.SHORT_CITY, FormKind.SHORT_PROVINCE)
    return surface[-1] == "州" and not any(f.kind in short for f in forms)


def _listed_institution(text: str, end: int, forms_of: dict[str, tuple[Form, ...]]) -> bool:
    """True when the next list member is a place glued to an organisation: 上海、深圳证券交易所."""
    for size in (2, 3, 4):
        after = end + 1 + size
        if text[end + 1 : after] in forms_of and (
            _INSTITUTION_RE.match(text, after) or _SHORT_ORG_RE.match(text, after)
        ):
            return True
    return False


def _gap_institution(
    text: str, end: int, companies: bool = True, places: dict | None = None
) -> bool:
    """True when a hospital, school, bank or company name follows (协和医院, 字节跳动科技有限公司)."""
    if _GAP_TAIL_RE.search(text, end + 2, end + 16) is None:
        return _brand_gap(text, end, places or {})  # mostly no suffix in reach
    return (
        _INSTITUTION_GAP_RE.match(text, end) is not None
        or _SCHOOL_GAP_RE.match(text, end) is not None
        or _TEAM_GAP_RE.match(text, end) is not None
        or (
            _ASSOCIATION_GAP_RE.match(text, end) is not None
            # 昆明温州商会: the Wenzhou chamber in Kunming, whose own place follows
            and not any(text[end : end + n] in (places or ()) for n in (2, 3))
        )
        or (companies and _COMPANY_GAP_RE.match(text, end) is not None)
        or (companies and _trade_company(text, end, places or {}))
        or _brand_gap(text, end, places or {})
    )


def _heads_org(hit: _Hit, org: set[str] | None) -> bool:
    """True when `hit` names an ancestor of the organisation's place right after it."""
    return bool(org) and any(
        p.startswith(f.unit.path + "/") for f in hit.forms for p in org if not f.gated
    )


def _trade_company(text: str, end: int, places: dict) -> bool:
    """True when a firm's name with its trade follows (渔港水产公司, 蔬菜厂; not 投资建厂)."""
    m = _TRADE_COMPANY_RE.match(text, end)
    if m is None:
        return False
    gap = m.group(1)
    return not gap.startswith(_BRAND_GAP_STOP) and not any(gap[:n] in places for n in (2, 3))


def _brand_gap(text: str, end: int, places: dict) -> bool:
    """True when a chain's or food brand's own name follows (华联超市, 狗不理包子, 全聚德烤鸭)."""
    if _BRAND_TAIL_RE.search(text, end + 3, end + 9) is None:
        return False  # the common case: no brand word in reach
    m = _BRAND_GAP_RE.match(text, end)
    if m is None:
        return False
    gap = m.group(1)
    return not gap.startswith(_BRAND_GAP_STOP) and not any(gap[:n] in places for n in (2, 3))


def _footer(text: str) -> bool:
    """True for a contact footer: two of 地址:, 电话:, 邮编:, 传真:."""
    return sum(1 for m in aliases.FOOTER_MARKS if m in text) >= 2


def _byline_name(text: str, start: int, end: int) -> bool:
    """True for a hit standing alone right after a byline role (记者 吴江, 通讯员 黄冈), or
    inside a three-character name there with a surname first (实习生 钱长沙, 摄影:黄石林)."""
    lo, hi = start, end
    if end - start == 2:
        if start > 0 and text[start - 1] in aliases.SURNAMES and _is_cjk(text[start - 1]):
            lo = start - 1  # 钱|长沙
        elif end < len(text) and _is_cjk(text[end]) and text[start] in aliases.SURNAMES:
            hi = end + 1  # 黄石|林
    if hi < len(text) and text[hi] not in _BYLINE_END and text[hi] != "、":
        return False
    while lo > 1 and text[lo - 1] == "、":  # 文/图 李南京、周昆明: back over the names listed
        at = lo - 1
        while at > 0 and lo - 1 - at < 4 and _is_cjk(text[at - 1]):
            at -= 1
        if lo - 1 - at < 2:
            return False
        lo = at
    if lo > 0 and _is_cjk(text[lo - 1]):
        return False
    return text[max(0, lo - 6) : lo].rstrip(" :/").endswith(_BYLINE_ROLES) and lo > 0


def _person_name(text: str, hit: _Hit) -> bool:
    """True when `hit`, after a surname, is a given name: 记者王江西, 李宁波说."""
    s = hit.start
    if hit.end - s > 3:
        return False
    if text[max(0, s - 12) : s - 1].rstrip(" :").endswith(_NAME_TITLES):  # 摄影:张延安
        return True
    return _NAME_FOLLOWERS_RE.match(text, hit.end) is not None


def _titled(text: str, at: int) -> bool:
    """True when a title or role ends right at `at` (村民|, 摊主|, 老伴|)."""
    return text[max(0, at - 11) : at].endswith(_NAME_TITLES)


def _whole_name(text: str, hit: _Hit) -> bool:
    """True when the place is a whole person's name between a title and what follows names.

    Either the place starts with a surname (摊主黄山说) or a surname that is also a
    preposition stands before it (村民向长沙说); a title before and a NAME_FOLLOWER
    after are both needed, since either alone is common around places.
    """
    s, e = hit.start, hit.end
    if hit.travel:
        return False
    if _three_char_name(text, s, e):
        return True
    if _NAME_FOLLOWERS_RE.match(text, e) is None:
        # 技术员黄山也来了: an adverb after the name, for a name that is the whole place only
        return (
            e - s == 2
            and text[s] in aliases.SURNAMES
            and text.startswith(_TITLED_FOLLOWERS, e)
            and _titled(text, s)
        )
    if e - s == 2 and text[s] in aliases.SURNAMES and _titled(text, s):
        return True
    return s > 0 and text[s - 1] in aliases.PREPOSITION_SURNAMES and _titled(text, s - 1)


def _held(text: str, hit: _Hit, forms_of: dict[str, tuple[Form, ...]]) -> bool:
    """True when a county's longer stem holds the two-character name after its first
    character (峨眉山 holds 眉山, 五大连池 大连): the inner name is no mention, named or not."""
    for start in range(max(0, hit.start - 2), hit.start):
        for end in range(max(hit.end, start + 3), min(len(text), start + 5) + 1):
            forms = forms_of.get(text[start:end])
            if (
                forms
                and all(f.kind == FormKind.STEM for f in forms)
                and text[start:end] not in aliases.COMMON_WORD_STEMS
            ):
                return True
    return False


def _yields_to_name(text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """True for a compound-direction part (豫西南) when a name starts on its last character."""
    if hit.end - hit.start != 3 or text[hit.start : hit.end] not in _COMPOUND_PARTS:
        return False
    last = hit.end - 1
    return any(
        g.start == last and g.end > hit.end and g.ungated and not text.startswith("山区", g.end - 2)
        for g in hits
    )


def _three_char_name(text: str, s: int, e: int) -> bool:
    """True for a titled three-character name made of a place and one character, ending a
    clause or before a NAME_FOLLOWER: 技术员郑州生, (not 游客郑州人, 员工黄山区)."""
    return (
        e - s == 2
        and e + 1 < len(text)
        and text[s] in aliases.SURNAMES
        and _is_cjk(text[e])
        and text[e] not in aliases.NAME_TAIL_STOP
        and (text[e + 1] in _NAME_END or _NAME_FOLLOWERS_RE.match(text, e + 1) is not None)
        and _titled(text, s)
    )


def _cut(hit: _Hit, hits: list[_Hit]) -> bool:
    """True when an ungated name starts on the travel phrase's last character (在桂林)."""
    last = hit.end - 1
    return any(h.start == last and h.end > hit.end and h.ungated for h in hits)


def _weak_starts_word(text: str, run: str, end: int) -> bool:
    """True when the run's last member is weak and a word goes on after it (甘青宁新|能源)."""
    if run[-1] not in aliases.COMPOUND_WEAK or end >= len(text) or not _is_cjk(text[end]):
        return False
    return text[end] not in aliases.COMPOUND_WEAK_END_NEXT and not _COMPOUND_AFTER_RE.match(
        text, end
    )


def _members(run: str, start: int) -> list[tuple[str, int, tuple[str, ...]]] | None:
    """(member, offset, province paths) of a compound run; None if a member repeats (津津)."""
    out = []
    i = 0
    while i < len(run):
        pair = aliases.COMPOUND_PAIRS.get(run[i : i + 2])
        if pair is not None:
            out.append((run[i : i + 2], start + i, pair))
            i += 2
            continue
        ch = run[i]
        path = aliases.COMPOUND_STRONG.get(ch) or aliases.COMPOUND_WEAK[ch]
        out.append((ch, start + i, (path,)))
        i += 1
    paths = [p for _, _, ps in out for p in ps]
    if len(set(paths)) != len(paths):
        return None
    return out


def _previous_unit(par: _Paragraph, start: int) -> Unit | None:
    """The unit resolved by the hit ending right before `start` (spaces and · allowed)."""
    i = start
    while i > 0 and par.text[i - 1] in _SEPARATORS:
        i -= 1
    return par.ends.get(i)


def _owner_unit(par: _Paragraph, start: int) -> Unit | None:
    """The unit right before `start` with a possessive 的 between (牡丹江市的绥芬河)."""
    if start < 2 or par.text[start - 1] != "的":
        return None
    return _previous_unit(par, start - 1)


def _anchored(unit: Unit, anchors: frozenset[str]) -> bool:
    """True when `unit` itself, or a unit inside it, is known (`anchors` holds ancestors too)."""
    return unit.path in anchors


def _allowed(
    form: Form,
    hit: _Hit,
    text: str,
    prev: Unit | None,
    anchors: frozenset[str],
    sibling: Unit | None = None,
    owner: Unit | None = None,
) -> bool:
    """Whether `form` may count here, given the unit right before, the list it is in, what is known."""
    unit = form.unit
    # 辽宁大石桥: a county stem also counts right after its province; a gated name also
    # after its parent's possessive (牡丹江市的绥芬河, 凉山州的西昌).
    beside_parent = any(
        up is not None
        and (
            unit.parent == up.path
            or (form.kind == FormKind.STEM and unit.path.startswith(up.path + "/"))
        )
        for up in (prev, owner)
    )
    if form.gated:
        return (
            beside_parent
            or _anchored(unit, anchors)
            or (form.kind != FormKind.FULL and _dateline(text, hit))
            or _wire_dateline(text, hit, form)
            # 重庆万州、开州 / 恩施、利川: listed after a sibling or its parent.
            or (
                sibling is not None
                and unit.parent is not None
                and (sibling.path == unit.parent or sibling.parent == unit.parent)
                and sibling.level <= unit.level
            )
            # 从朝阳开车过来 in a story set in 北京: a known city's district, bare, after a verb
            # of coming or going and before a clause's end or a movement (去朝阳公园 is the park;
            # a common-word stem stays the word: 到温泉)
            or (
                form.kind == FormKind.STEM
                and unit.parent in anchors
                and text.endswith(_MOVE_VERBS, max(0, hit.start - 2), hit.start)
                and (hit.end == len(text) or text.startswith(_MOVE_AFTER, hit.end))
                and text[hit.start : hit.end] not in aliases.COMMON_WORD_STEMS
            )
            # 赴哈 in a story that names 黑龙江: a city abbreviation travelled to
            or (hit.travel and unit.path.partition("/")[0] in anchors)
            or (form.kind == FormKind.SHORT_CITY and _city_context(text, hit))
            or (
                form.kind == FormKind.STEM
                and text[hit.start : hit.end] not in aliases.COMMON_WORD_STEMS
                and _city_context(text, hit, _STEM_VERB_AFTER)
            )
        )
    if form.kind == FormKind.FULL and (
        hit.end - hit.start == 2 or text.startswith("山区", hit.end - 2)
    ):
        # 阜平山区 is 阜平's mountains, not 本溪's 平山区.
        # 歙县, 赵县: a word of their own only after a boundary or an ancestor.
        if prev is not None and unit.path.startswith(prev.path + "/"):
            return True
        if _anchored(unit, anchors):
            return True
        return (
            hit.start == 0
            or text[hit.start - 1] in aliases.WORD_BOUNDARY_BEFORE
            or not _is_cjk(text[hit.start - 1])
            or text.endswith(_PLACE_LEAD_WORDS, 0, hit.start)
            or _wire_dateline(text, hit, form)
        )
    return True


def _listed_stem_parents(
    text: str, hits: list[_Hit], taken: list[tuple[int, int]], anchors: frozenset[str]
) -> frozenset[str]:
    """Known units two county stems listed side by side share as parent (海淀、朝阳 in 北京).

    Two of a known city's districts named bare in one list are its districts: a single
    bare stem may be a word (朝阳 the morning sun), a list of two siblings is not.
    """
    out: set[str] = set()
    prev: _Hit | None = None
    for hit in hits:
        if hit.ungated or any(hit.start < e and s < hit.end for s, e in taken):
            continue
        if prev is not None and prev.end + 1 == hit.start and text[prev.end] in _LIST_MARKS:
            shared = _stem_parents(prev) & _stem_parents(hit)
            out.update(p for p in shared if p in anchors)
        prev = hit
    return frozenset(out)


def _stem_parents(hit: _Hit) -> set[str]:
    """Parents of the county stems among a hit's forms."""
    return {
        f.unit.parent for f in hit.forms if f.kind == FormKind.STEM and f.unit.parent is not None
    }


def _listed_unit(par: _Paragraph, start: int) -> Unit | None:
    """The unit resolved right before a list mark before `start` (万州、开州)."""
    if start < 2 or par.text[start - 1] not in _LIST_MARKS:
        return None
    return par.ends.get(start - 1)


def _city_context(text: str, hit: _Hit, after: tuple[str, ...] = _CITY_VERB_AFTER) -> bool:
    """True for a short name between a travel verb and a clause end or activity: 到中山居住."""
    before = text[max(0, hit.start - 2) : hit.start]
    return before.endswith(_CITY_VERB_BEFORE) and text.startswith(after, hit.end)


def _starts_route(text: str, i: int) -> bool:
    """True when a compound at `i` names a route (在沪宁高速沿线: 沪宁高速, not 在沪)."""
    m = _COMPOUND_RE.match(text, i)
    if m is None or len(set(m.group())) < len(m.group()):
        return False  # 进京陕京输气管道: 京 + 陕京, a run repeating a member is no one compound
    after = _COMPOUND_AFTER_RE.match(text, m.end())
    return after is not None and after.group() in _ROUTE_WORDS


def _city_compound(text: str, start: int, end: int) -> bool:
    """True when a city compound (成渝) starts a word or a regional word follows it, and no route."""
    if text.startswith(aliases.COMPOUND_SCHEMES, start):
        return False  # 深港通
    after = _CITY_COMPOUND_AFTER_RE.match(text, end)
    if after is not None and after.group() in _ROUTE_WORDS:
        return False  # 成渝高铁, 沪宁高速: a route
    if after is not None:
        return True
    return (
        start == 0
        or text[start - 1] in aliases.WORD_BOUNDARY_BEFORE
        or not _is_cjk(text[start - 1])
    )


def _in_idiom(text: str, start: int, idioms: tuple[tuple[str, int], ...]) -> bool:
    """True when the surface at `start` is inside one of the idioms that hold it."""
    return any(start >= at and text.startswith(idiom, start - at) for idiom, at in idioms)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause holding `pos`, between clause-ending marks."""
    lo = pos
    while lo > 0 and text[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] not in _CLAUSE_END:
        hi += 1
    return lo, hi


def _vessel_clause(text: str, pos: int) -> bool:
    """True when the clause around `pos` names a ship or boat (渔船纷纷回港): 港 is a port."""
    lo, hi = _clause_bounds(text, pos)
    clause = text[lo:hi]
    return any(w in clause for w in aliases.PORT_VESSEL_WORDS)


def _in_spam_clause(text: str, pos: int) -> bool:
    """True when the clause around `pos` carries a spam contact handle (加微信kp8866)."""
    return _SPAM_CONTACT_RE.search(text, *_clause_bounds(text, pos)) is not None


def _subtitle(text: str) -> bool:
    """A headline's subtitle line: a dash, then one short clause (——宝坻区推进盐碱地综合利用见闻)."""
    return (
        text.startswith(("—", "--"))
        and len(text) <= 40
        and not any(ch in _SENTENCE_END for ch in text)
    )


def _outlet_byline(text: str) -> bool:
    """True for a line that is only an outlet's byline: 澳门焦点记者, 文/某某在线记者 王某."""
    m = _OUTLET_BYLINE_RE.match(text.strip())
    return (
        m is not None
        and _OUTLET_BYLINE_NOT.isdisjoint(m["org"])
        and m["org"][-1] not in _OUTLET_BYLINE_UNIT_END
    )


def _signature(text: str) -> bool:
    """The issuing body's name alone, maybe over its date: a notice's signature (落款)."""
    return len(text) <= 44 and _SIGNATURE_RE.match(text) is not None


def _dateline(text: str, hit: _Hit) -> bool:
    """True for a place opening the text and followed by a colon: 巫溪:推行…."""
    return text[hit.end : hit.end + 1] == ":" and not text[: hit.start].strip(" 【[(")


def _wire_dateline(text: str, hit: _Hit, form: Form) -> bool:
    """True for a city's name placing a credited wire dateline: 本报芒市2月9日电,
    新华社记者王某瑞丽5日电. A district's stem (（太平12日讯） of a Malaysian paper) stays
    unread: datelines name foreign towns too, and only cities' names are distinctive."""
    return (
        (form.kind == FormKind.FULL or form.unit.name.endswith("市"))
        and hit.start <= _WIRE_CREDIT_MAX
        and text[: hit.start].strip(" 【[(") != ""
        and _WIRE_DAY_RE.match(text, hit.end) is not None
        and not any(ch in _CLAUSE_END or ch == ":" for ch in text[: hit.start])
    )


def _is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _decide(
    cands: list[Form], prev: Unit | None, plain: frozenset[str], context: frozenset[str]
) -> Unit | None:
    """One unit out of the candidate forms, or None when nothing decides."""
    units = {f.unit.path: f.unit for f in cands}
    if len(units) == 1:
        return next(iter(units.values()))
    pool = list(units.values())
    kind = {p: min(f.kind for f in cands if f.unit.path == p) for p in units}
    # The hit right before: 上海 + 普陀区, 台北市 + 大同区 (the shadow is the city itself).
    if prev is not None:
        inside = [u for u in pool if u.path == prev.path or u.path.startswith(prev.path + "/")]
        if len(inside) == 1:
            return inside[0]
        if inside:
            pool = inside
    # Then the paragraph, then the article: deepest shared ancestry wins. A
    # weaker kind of form needs more than a shared province to win: in
    # "广西、海南、青海" 海南 is still the province, not 青海's 海南州.
    for known in (plain, context):
        if not known:
            continue
        best_kind = min(kind[u.path] for u in pool)
        scores = {}
        for u in pool:
            score = _support(u.path, known)
            scores[u.path] = score if kind[u.path] == best_kind or score >= 2 else 0
        best = max(scores.values())
        if best == 0:
            continue
        top = [u for u in pool if scores[u.path] == best]
        if len(top) == 1:
            return top[0]
        pool = top
    # Last, the kind of form: 海南 the province over 海南 the prefecture.
    best_kind = min(kind[u.path] for u in pool)
    top = [u for u in pool if kind[u.path] == best_kind]
    if len(top) == 1:
        return top[0]
    # Same kind, one inside the other (吉林省, 吉林市): the outer one.
    roots = [u for u in top if not any(u.path.startswith(v.path + "/") for v in top)]
    if len(roots) == 1:
        return roots[0]
    return None
