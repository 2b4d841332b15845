"""Cleaning: remove spam inside lines, mark site-chrome lines, de-duplicate paragraphs.

Rules come from config.yaml and match the folded line, so one rule written in
simplified Chinese also catches traditional text. Folding keeps offsets, so a
span matched in the folded line cuts the original line at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.build.folding import fold
from index.config import CleaningConfig
from index.ingest.spam_model import CLAIM_WORDS, DEGREE
from index.ingest.spam_signals import SignalSpam

SPAM_LEXICON = Path(__file__).with_name("data") / "spam.txt"
# Contact details glued to a spam phrase go with it (…办证刻章联系电话138…).
# 赖 is Taiwanese slang for LINE (加赖, 赖id), only as a medium before an ID.
_CONTACT_MEDIUM = (
    r"(?:电话|手机|微信|薇信|v信|vx|qq|扣扣|热线|line|whatsapp|telegram|赖(?=\s*(?:id|[:：]))"
    # 加V：dk5588: a lone v is WeChat only right after 加 and before a colon
    r"|(?<=加)v(?=\s*[:：]))"
)
_CONTACT_TAIL = re.compile(
    r"\s*[,，:：]?\s*(?:(?:请?联系|咨询|详询|请?洽询?|添加|请?加)\s*)?"
    rf"(?:{_CONTACT_MEDIUM}(?:号码?|同号|群|id)?\s*[:：]?\s*[a-z0-9_][a-z0-9_ -]{{3,20}}[a-z0-9_]"
    # or a phone number with no medium word (…证件请洽0912345678)
    r"|(?:1[3-9]\d{9}|09\d{8}|0\d{2,3}-?\d{7,8})(?!\d))"
)
# A city glued in front of spam, alone between punctuation and the spam (，北京|同城小姐…),
# is the spam's own target market, not a place the article names: it goes with it.
_CITIES = (
    r"(?:北京|上海|天津|重庆|广州|深圳|杭州|南京|武汉|成都|西安|苏州|长沙|郑州|东莞|沈阳|"
    r"青岛|合肥|佛山|济南|福州|厦门|昆明|哈尔滨|长春|石家庄|太原|南宁|贵阳|南昌|兰州|海口|三亚|大连|宁波|"
    r"无锡|温州|珠海|中山|惠州|澳门|香港|台湾|乌鲁木齐|呼和浩特|银川|西宁|拉萨|"
    r"台北|新北|桃园|台中|台南|高雄|新竹|基隆|嘉义|九龙|新界)(?:市)?"
)
# An advert's own word for its market (本地信用贷款, 同城上门服务).
_LOCAL_WORD = r"(?:同城|附近|本地)"
# With 同城/附近 (南宁同城|上门服务…) the market may stand glued to the words before it;
# before 同城 any two-character name is the market (赣州同城上门服务…), listed city or not.
_PLACE_BEFORE = re.compile(
    rf"(?:(?:^|(?<=[\W\d_])){_CITIES}{_LOCAL_WORD}?|(?:{_CITIES})?{_LOCAL_WORD}"
    r"|[\u4e00-\u9fff]{2}市?同城)\s*$"
)
# Before an advert that carries its contact (…书记说贵阳|代开各类发票联系电话138…), a city
# glued to the sentence is the advert's market too.
_PLACE_GLUED = re.compile(rf"{_CITIES}{_LOCAL_WORD}?\s*$")
# More spam words then a bare phone number glued to a match (办证刻章发票13800138000).
_NUMBER_TAIL = re.compile(
    r"(?:发票|刻章|办证|证件|假证|代开|专票)*\s*[,，:：]?\s*(?:1[3-9]\d{9}|1[3-9]\d-\d{4}-\d{4}|0\d{2,3}-?\d{7,8})(?!\d)"
)
_HANDLE = re.compile(r"\s*[:：]?\s*(?=[a-z0-9_-]*\d)[a-z0-9_][a-z0-9_ -]{3,20}[a-z0-9_]")
# An advert's claim glued before a match (太原|正规|无抵押贷款当天放款) is the advert's own word:
# it goes with it, so the market before it is seen standing alone.
_AD_LEAD = re.compile("".join(f"(?<!{d})" for d in DEGREE) + f"(?:{'|'.join(CLAIM_WORDS)})+\\s*$")
# A spam site's address glued to a match (…开户送彩金www.hg8866.com).
_URL_TAIL = re.compile(
    r"\s*(?:https?://)?(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{1,20})*\.(?:com|net|cc|vip|top|me|cn|org|co|xyz|app)(?![a-z0-9])/?"
)
# A word glued after spam that only spam uses (…包养网站群): goes with it too.
_SPAM_TAIL = re.compile(
    r"(?:交流群|qq群|微信群|群(?![众体岛落山英星组雄居策防芳]))"
    r"|(?:联系|咨询|详询|添加|加)?(?:电话|手机|微信|薇信|qq|热线)(?:号码?)?(?=[^\w]|$)"  # 联系电话 with its number gone
    # 电话微信同号 with its number gone: an advert's own words, never a clause's end in news
    r"|(?:联系|咨询|详询|添加|加)?(?:(?:电话|手机)(?:和|与|及)?)?(?:微信|薇信|v信|vx)同号(?=[^\w]|$)"
)

# A sign-up bonus glued after a gambling match (…线上娱乐注册|送88元, …开户|即送彩金).
_BONUS_TAIL = re.compile(r"(?:即|就|再|立)?送(?:\d+(?:元|%|块)?(?:彩金|体验金)?|彩金|体验金)")

_CLAUSE_MARKS = frozenset("。！？；，,、!?;")
# A place governed by a preposition or a verb of place (在杭州, 销往杭州, 来自杭州) is the
# sentence's own, even right before an advert.
_GOVERNING = r"(?:在|到|去|赴|来|往|至|于|从|向|回|自|经|距|离|住|驻|留|销往|发往|运往|飞往|前往)"
_GOVERNED = re.compile(rf"{_GOVERNING}[\u4e00-\u9fff]{{2,4}}市?\s*$")
_GOVERNS = re.compile(rf"{_GOVERNING}\s*$")
# A contact asked for with no ID, glued before an advert (…加微信|领取彩金, 联系客服|…): the
# advert's own imperative goes with it.
_CONTACT_LEAD = re.compile(
    r"(?:(?:请|速|快|可)?(?:加|添加|联系|私信|私聊)(?:微信|薇信|v信|vx|wx|qq|扣扣|客服|好友)"
    r"|扫码(?:添加|加)?(?:微信|客服|好友)?)\s*$"
)

_LOCAL = re.compile(_LOCAL_WORD)

# Roles a line can take; only BODY lines become paragraphs.
BODY, BLANK, CHROME, BLOCK, META, TITLE, JUNK = (
    "body",
    "blank",
    "chrome",
    "block",
    "meta",
    "title",
    "junk",
)
SENTENCE_END = "。！？!?；;…"
# Where a platform's promo sends the reader: its app, client, mini-program or account.
_PLATFORM = r"(?:app|客户端|小程序|公众号|视频号|官方账号|官方帐号)"
# App adverts are chrome wherever they stand, even between two paragraphs:
# 打开APP，阅读体验更佳 / 下载APP，看更多精彩视频 / APP内打开 / 打开澎湃新闻APP查看原文.
_APP_AD = re.compile(
    r"^\W*(?:(?:点击)?(?:打开|下载|前往|安装)\S{0,10}(?:app|客户端)|(?:app|客户端)内?(?:打开|阅读|查看))"
    r"(?:[\s,，:：!！]*(?:阅读|查看|观看|看|获取|体验|参与|收看)\S{0,12})?\W*$|"
    # 打开一点资讯，阅读更多精彩内容: an app named by its name alone, with the advert's own words
    # (打开南方+，阅读原文 / 打开现代快报+阅读更多: the original or more, on the app)
    r"^\W*(?:点击)?(?:打开|下载|前往)\S{1,10}?[\s,，:：!！]*(?:阅读|查看|观看|看|获取)"
    r"(?:更多(?:\S{0,4}(?:精彩|内容|资讯|新闻|视频|报道|好文)\S{0,4}?)?|原文|全文)\W*$|"
    # 更多旅行灵感，就在某某APP / 全部路线请移步某某客户端查看: where more is, the app named after it
    r"^\W*(?:更多|海量|全部|最新|精彩)\S{0,10}?[\s,，:：!！]*"
    r"(?:就在|尽在|都在|全在|请上|请到|快上|快来|请看|来|请?前往|请?移步|请?打开|请?登录)\s*"
    rf"\S{{1,12}}?\s*{_PLATFORM}(?:查看|阅读|观看|收看|收听)?\W*$|"
    # 下载某某客户端，发现更多好去处 / 用手机打开某某小程序看更多 / 上某某App，发现更近的远方
    # (来/上 only with the promo's tail: 来自X客户端 is a post's origin)
    r"^\W*(?:快|赶快|赶紧|立即|马上|现在|点击)?(?:用手机|在手机上)?(?:下载|打开|安装|登录|搜索|关注|(?P<go>来|上))\s*"
    rf"(?(go)(?!自|周|月|年|次|午|述|面))\S{{1,12}}?\s*{_PLATFORM}"
    r"(?P<tail>[\s,，:：!！]*(?:发现|看|查看|阅读|获取|解锁|探索|了解|领取|体验|收看|收听)"
    r"(?:更|全部|海量|最新|精彩)\S{0,10})?(?(go)(?(tail)|(?!)))\W*$"
)
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")


@dataclass
class Line:
    """One source line: original text, its folded twin, and what cleaning decided."""

    number: int  # 1-based line number in the file
    text: str
    folded: str
    role: str = BODY
    reason: str = ""
    removed: tuple[str, ...] = ()  # spam cut out of this line, as written

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return not self.text.strip()

    def drop(self, role: str, reason: str) -> None:
        """Mark the line as not article text, keeping the first reason given."""
        if self.role == BODY:
            self.role, self.reason = role, reason


@dataclass
class CleaningRules:
    """Compiled cleaning rules."""

    drop_lines: list[re.Pattern] = field(default_factory=list)
    drop_blocks: list[re.Pattern] = field(default_factory=list)
    spam: list[re.Pattern] = field(default_factory=list)
    junk_sources: list[re.Pattern] = field(default_factory=list)
    max_paragraph_chars: int = 200_000

    @classmethod
    def from_config(cls, cfg: CleaningConfig) -> CleaningRules:
        """Compile the rules of a `CleaningConfig` (time-boxed: see index/ingest/rules.py)."""
        from index.ingest.rules import compile_rules

        return cls(
            drop_lines=compile_rules(cfg, "drop_lines"),
            drop_blocks=compile_rules(cfg, "drop_blocks"),
            spam=[*default_spam(), *compile_rules(cfg, "spam")],
            junk_sources=compile_rules(cfg, "junk_sources"),
            max_paragraph_chars=cfg.max_paragraph_chars,
        )

    def is_junk_source(self, folded_value: str) -> bool:
        """True when a `来源:` value names no real source (未知, an identifier)."""
        return any(p.search(folded_value) for p in self.junk_sources)


@lru_cache(maxsize=1)
def default_spam() -> tuple[re.Pattern, ...]:
    """The bundled SEO-spam lexicon (index/data/spam.txt), compiled once."""
    rules = [
        raw.strip()
        for raw in SPAM_LEXICON.read_text(encoding="utf-8").splitlines()
        if raw.strip() and not raw.startswith("#")
    ]
    inline = [f"(?:{r})" for r in rules if not r.startswith("^")]
    # Whole-line rules (^…$) apart: anchored, they are tried at the line's start only.
    whole = [f"(?:{r})" for r in rules if r.startswith("^")]
    # One alternation each: one scan per line instead of one per rule.
    inline, whole = (re.compile("|".join(group)) if group else None for group in (inline, whole))
    # The inline lexicon runs together with the adverts found by composing signals, on the
    # same text, their spans joined: neither cuts half of what the other would take whole.
    # Whole-line adverts first, while the line is still whole.
    return tuple(p for p in (whole, SignalSpam(inline)) if p is not None)


def make_lines(text: str, rules: CleaningRules, first_line: int = 1) -> list[Line]:
    """Split text into lines, folding each and cutting spam out of both forms."""
    return [make_line(raw, rules, first_line + i) for i, raw in enumerate(text.split("\n"))]


def make_line(raw: str, rules: CleaningRules, number: int) -> Line:
    """One line of `make_lines`: folded, spam cut out, blank marked (each line on its own)."""
    original = raw.rstrip()
    if not original:
        # Half of all lines are empty: nothing to fold or cut, so the spam scan is spared.
        line = Line(number, "", "")
        line.role = BLANK
        return line
    folded = fold(original)
    cleaned, folded_clean = remove_spam(original, folded, rules.spam)
    line = Line(number, cleaned, folded_clean)
    if len(cleaned) != len(original):
        line.removed = tuple(_cut_pieces(original, cleaned))
    if line.blank:
        line.role = BLANK
    return line


def _cut_pieces(before: str, after: str) -> list[str]:
    """The runs of `before` that are missing from `after` (which is `before` with cuts)."""
    pieces, j, run = [], 0, ""
    for ch in before:
        if j < len(after) and after[j] == ch:
            if run:
                pieces.append(run)
                run = ""
            j += 1
        else:
            run += ch
    return [*pieces, run] if run else pieces


def contact_end(folded: str, end: int) -> int | None:
    """Where a phone number or chat ID glued after `end` ends, or None if none is."""
    tail = _CONTACT_TAIL.match(folded, end)
    if tail and any(c.isdigit() for c in tail.group(0)):
        return tail.end()
    number = _NUMBER_TAIL.match(folded, end)
    return number.end() if number else None


def remove_spam(original: str, folded: str, patterns: list[re.Pattern]) -> tuple[str, str]:
    """Delete every spam match from the original and folded forms alike."""
    for pattern in patterns:
        # a composed-signal span may end with its own contact (see spam_signals._Span)
        spans = [(m.span(), getattr(m, "contact", False)) for m in pattern.finditer(folded)]
        for (start, end), carried in reversed([s for s in spans if s[0][1] > s[0][0]]):
            if bonus := _BONUS_TAIL.match(folded, end):
                end = bonus.end()
            glued = contact_end(folded, end)
            contact = carried  # an advert with its phone number or ID
            if re.search(r"(?:微信|薇信|v信|vx|qq|扣扣|电话|手机)$", folded[start:end]):
                # The match took the contact word (…上门服务微信): its ID goes too.
                handle = _HANDLE.match(folded, end)
                end, contact = (handle.end(), True) if handle else (end, False)
            if glued is not None:
                end, contact = glued, True
            elif url := _URL_TAIL.match(folded, end):
                end = url.end()
            else:
                glued = _SPAM_TAIL.match(folded, end)
                end = glued.end() if glued else end
            if lead := _CONTACT_LEAD.search(folded, 0, start):
                start = lead.start()
            if lead := _AD_LEAD.search(folded, 0, start):
                start = lead.start()
            # An advert running to the end of its clause (…茶园杭州|无抵押小额贷款秒批。) stands
            # where its contact would: a city glued before it is its market too, unless a
            # preposition or verb of place governs it (在杭州…, 销往杭州…).
            market = contact or (
                (end >= len(folded.rstrip()) or folded[end : end + 1] in _CLAUSE_MARKS)
                and not _governed(folded, start)
            )
            place = _PLACE_BEFORE.search(folded, 0, start) or (
                _PLACE_GLUED.search(folded, 0, start) if market else None
            )
            start = place.start() if place else glued_market(folded, start) if market else start
            if place and market and not _governed(folded, start):
                # 本地/同城 alone before the advert (…浅水池来宾|本地信用贷款秒批): the market
                # named before it goes too, listed in _CITIES or not, and before 本地/同城 a
                # district or county is one too (…一大半合川|本地无抵押贷款…).
                start = glued_market(folded, start)
            if _LOCAL.match(folded, start) and not _governed(folded, start):
                start = glued_market(folded, start, local=True)
            # Any province or city standing alone between punctuation and the advert
            # (，泰州|代考四六级包过…) is its market, listed in _CITIES or not.
            alone = glued_market(folded, start)
            if alone < start and (alone == 0 or folded[alone - 1] in _CLAUSE_MARKS):
                start = alone
            # Punctuation left doubled by the cut (…受欢迎。，科协…) goes with the spam.
            if (
                start > 0
                and folded[start - 1] in "。！？；，,、!?;"
                and (
                    folded[end : end + 1] in ("，", ",", "、")
                    # a whole sentence cut (…上市。|上门服务vx同城约。): its own end goes too
                    or (
                        end < len(folded)
                        and folded[end] in "。！？!?"
                        and folded[start - 1] in "。！？!?"
                    )
                )
            ):
                end += 1
            elif (
                start > 0
                and folded[start - 1] in "，,、"
                and end < len(folded)
                and folded[end] in "。！？!?"
            ):
                start -= 1  # a sentence's last clause cut (…上市，|遵义本地上门按摩服务。)
            original = original[:start] + original[end:]
            folded = folded[:start] + folded[end:]
    return original, folded


def _governed(folded: str, start: int) -> bool:
    """Whether a preposition or verb of place governs the place glued before `start`.

    Where a whole market name stands there, the word before that name decides: 驻马店 starts
    with 驻, yet in …稳步增长驻马店|代开发票 nothing governs it.
    """
    # 本地/同城 between the name and the advert is the advert's word (来宾|本地|信用贷款…)
    near = re.search(_LOCAL_WORD + r"\s*$", folded[:start])
    start = near.start() if near else start
    name = glued_market(folded, start)
    if name < start:
        return bool(_GOVERNS.search(folded, 0, name))
    return bool(_GOVERNED.search(folded, 0, start))


@lru_cache(maxsize=1)
def _market_names() -> frozenset[str]:
    """Names of provinces and prefecture-level and county-level cities, full and short (泰州, 义乌),
    and the overseas cities Chinese-language adverts target (spam_words.txt [market])."""
    from index.ingest.spam_signals import vocabulary
    from index.regions.gazetteer import all_units, short_name

    names = set(vocabulary().markets)
    for unit in all_units():
        # county-level cities are markets too (义乌, 昆山); counties and districts are not
        if unit.level <= 2 or unit.type == "县级市":
            names.add(unit.name)
            names.add(short_name(unit.name, unit.type) or unit.name)
    return frozenset(n for n in names if len(n) >= 2)


@lru_cache(maxsize=1)
def _local_names() -> frozenset[str]:
    """Names of every unit down to districts and counties, full and short (合川, 保亭): the
    market an advert names before 本地/同城, whatever its level."""
    from index.regions.gazetteer import all_units, short_name

    names = set(_market_names())
    for unit in all_units():
        names.add(unit.name)
        names.add(short_name(unit.name, unit.type) or unit.name)
    return frozenset(n for n in names if len(n) >= 2)


def glued_market(folded: str, start: int, local: bool = False) -> int:
    """Where a province or prefecture-level city glued before an advert with its contact
    starts (…垛田泰州|无抵押小额贷款秒批加微信…): the advert's market goes with it.
    `local`: the advert opens with 本地/同城, and any district or county is its market."""
    names = _local_names() if local else _market_names()
    end = len(folded[:start].rstrip())
    for size in (5, 4, 3, 2):
        if end - size >= 0 and folded[end - size : end] in names:
            return end - size
    return start


# A web clipper's excerpt block (MarkDownload: `> ## Excerpt` then the page's description
# quoted): the page's summary, not its text.
_EXCERPT_HEAD = re.compile(r"^>\s*#{1,6}\s*excerpt\s*$")


def mark_chrome(lines: list[Line], rules: CleaningRules) -> None:
    """Mark site chrome: matching lines, and link lists after a marker line."""
    in_block = in_excerpt = False
    for line in lines:
        if line.role == BLANK:
            in_excerpt = False
            continue
        probe = line.folded.strip()
        if _EXCERPT_HEAD.match(probe) or (in_excerpt and probe.startswith(">")):
            line.drop(CHROME, "web clipper's excerpt")
            in_excerpt = True
            continue
        if in_block:
            if _list_like(probe):
                line.drop(BLOCK, "link list")
                continue
            in_block = False
        if any(p.search(probe) for p in rules.drop_blocks):
            line.drop(BLOCK, "link list heading")
            in_block = True
            continue
        for p in rules.drop_lines:
            if p.search(probe):
                line.drop(CHROME, f"matches cleaning rule {p.pattern[:40]!r}")
                break
        if line.role == BODY and not _WORDS.search(probe):
            line.drop(CHROME, "punctuation only")
        if line.role == BODY and is_app_advert(probe):
            line.drop(CHROME, "app advert")


def is_app_advert(folded: str) -> bool:
    """An app's or platform's advert (打开X APP看更多, 更多…就在X客户端), spaces aside."""
    return bool(_APP_AD.match("".join(folded.split())))


def _list_like(folded: str) -> bool:
    """A link-list entry: short and without a full sentence."""
    stripped = folded.lstrip("•·-*> \t0123456789.、")
    return len(stripped) <= 40 and not any(c in stripped for c in "。！？!?")


def normalise_for_dedupe(folded: str) -> str:
    """Folded text without whitespace, for comparing paragraphs."""
    return "".join(folded.split())


def duplicate_indexes(
    folded_paragraphs: list[str], headings: list[bool] | None = None, window: int = 12
) -> dict[int, str]:
    """Paragraph indexes to drop as repeats, with the reason for each.

    A repeat is an exact copy of an earlier paragraph, or a teaser: a paragraph
    that starts like the next one and reappears in full across those after it.
    """
    keys = [normalise_for_dedupe(p) for p in folded_paragraphs]
    drop: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        # Section headings such as 【记者手记】 legitimately recur; short lines too.
        if len(key) < 10 or (headings and headings[i]):
            continue
        if key in seen:
            drop[i] = f"repeats paragraph {seen[key] + 1}"
            continue
        seen[key] = i
        if len(key) >= 15:
            following = "".join(keys[i + 1 : i + 1 + window])
            # Teasers start like the next paragraph and are wholly repeated after.
            if following.startswith(key[:20]) and key in following:
                drop[i] = "teaser repeated by the following paragraphs"
    return drop
