"""Every plausible source and date of an article outside its body sentences, with features.

The rules in `metadata` read a value only from the shapes they know; this module lists
all the values a page offers for two fields (the credited outlet and the publication
day) and describes each by generic features: where it stands (zone, distance from the
title and the body), what the line around it looks like (length, share the value fills,
a label before it and its family, a date or byline beside it), what the value is
(publisher-list hit and kind, suffix class) and how often the file repeats it. `ranker`
scores them; nothing here is specific to one site.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from index.build.folding import fold
from index.engine.models import ArticleMeta
from index.ingest.cleaning import BODY, CHROME, TITLE, Line
from index.ingest.dates import (
    OTHER_DAY,
    file_name_date,
    find_dates,
    roc_code_date,
    url_date,
    with_year,
)
from index.ingest.metadata import _site_name as site_name
from index.ingest.metadata import _source_value as rules_value  # one reading of a value
from index.ingest.publishers import looks_like_outlet, platform_by_marks, publishers
from index.ingest.zones import Zones, is_prose

_HAN = r"\u4e00-\u9fff"
_HAN_CHAR = re.compile(rf"[{_HAN}]")
# Labels whose value credits where a text came from, then the loose `X：` of any other label.
_SOURCE_LABEL = re.compile(
    r"(?P<label>(?:文章|稿件|信息|新闻|消息|原文|本文|内容|素材|资料)?来源(?:于)?|稿源|出处|转载自|转自|"
    r"原载(?:于)?|摘自|选自|刊于|刊发于|发布(?:机构|单位|部门|机关)|发文(?:机关|单位)|来源单位|"
    r"供稿(?:单位)?|来稿)\s*(?:[:：]|[丨|]|[】\]]|\s)\s*"
)
_SHARE = re.compile(
    r"(?P<label>分享自|转载自|转自|来自|来源于|摘自|选自|原载于?|刊载于|刊发于|刊登于|发表于|首发于|发布于)\s*(?P<v>\S)"
)
_ANY_LABEL = re.compile(rf"(?P<label>[{_HAN}]{{1,6}})\s*[:：]\s*(?P<v>\S)")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|版权所有|版權所有|all rights reserved", re.I)
_BYLINE = re.compile(r"记者|通讯员|作者|编辑|责编|撰文|摄影|报道")
_SPLIT = re.compile(
    r"[\s|｜丨·•_/\\,，。、:：;；!！?？()（）\[\]【】《》〈〉<>「」『』\"“”'‘’]+|[-—–－]{1,3}"
)
_ORG_TAIL = re.compile(
    r"(?:日报|晚报|晨报|早报|时报|商报|报|通讯社|电视台|广播电视台|电台|广播|融媒体中心|融媒|新闻中心|"
    r"网|新闻|客户端|发布|在线|之声|频道|杂志|周刊|月刊|政府|办公室|办公厅|局|委员会|委|厅|"
    r"农会|协会|学会|联合会|公司|集团|大学|学院|医院|中心|研究院|研究所|贴吧|论坛|社区|豆瓣|汉文版|电子版|"
    # a task force or a council signing its own documents (某某驻村工作队, 某某区议会, 某某乡公所)
    r"工作队|议会|公所)$"
)
_EDITION = re.compile(
    r"(?:汉文版|中文版|电子版|電子版|电子报|電子報|数字报|數字報|数字版|官网|官網|官方网站|官方微博|官方微信|微信公众号|公众号|"
    r"官方视频号|视频号|官方抖音号?|抖音号|头条号|官方账号|官方号)$"
)
# A credit word glued after a name (某某融媒体中心出品, 某某报版权所有, 某某供图).
_TRAILING = re.compile(r"(?:版权所有|出品|供稿|供图|提供|制作|独家|首发)$")
# Units a credit label may name that do not end like an outlet: an office (农业处, 交警支队),
# a place's government by its place name (安远县, 溪口镇, 清湖三村).
_UNIT_TAIL = re.compile(
    rf"[{_HAN}](?:处|科|股|部|所|站|署|队|中心|镇|乡|村|县|市|区|旗|盟|州|街道|社区|社|办|组|室|馆|院|会)$"
)
# A repost notice's subject before its credit verb (本文转载自…, 原文刊发于…), or a line opening
# on an unambiguous one (转载自…; not 来自, which opens 来自某地的游客…): read in a sentence too.
_NOTICE = re.compile(r"(?:本文|原文|此文|该文|文章|本稿|全文)$")
_NOTICE_VERB = re.compile(r"转载自|转自|原载于?|刊载于|刊发于|刊登于|首发于|摘自|选自")
# A mention mark or a verb glued before a name (@某某融媒, 本文转载自某某日报, 据某某报道).
_LEADING = re.compile(
    r"^(?:[@#＠]+|(?:本文|本稿|此文)?(?:转载自|转自|来自|分享自|来源于|摘自|选自|源自|原载于?)|据|下载|"
    r"(?:微信公众号|公众号|微信号|头条号|百家号|企鹅号|抖音号|视频号)(?:\s+(?=\S)|(?=[「『“\"])))\s*"
)
# A call to act on a screen (点击收听广播, 扫码关注某某, 打开某某APP): a button, never a name.
_ACTION = re.compile(
    r"^(?:点击|點擊|收听|收聽|收看|观看|觀看|扫码|掃碼|扫一扫|打开|打開|关注|關注|订阅|訂閱|查看|"
    r"阅读|閱讀|进入|進入|登录|登錄|注册|註冊|更多|就在|长按|長按)"
)
# Words standing where a name would, naming no one (本站原创, 网络, 佚名).
_SELF = re.compile(
    r"^(?:本站|本网|本平台|本报|本台|本刊|本公众号|原创|网络|网友|互联网|未知|佚名|综合)"
)
_TIME = re.compile(r"\d{1,2}:\d{2}")
# Families that may name the page's own site rather than a credited outlet.
_SITE_FAMILIES = ("publisher", "org", "copyright", "title_suffix", "front", "url")
# A WeChat-style account line: [原创] account [account] date (原创 某某村 某某村 2024年11月23日 18:30).
_ACCOUNT_LINE = re.compile(
    r"^(?:原创|原創)?\s*(?P<a>[^\s\d:：|]{2,16})(?:\s+(?P<b>[^\s\d:：|]{2,16}))?\s+"
    r"\d{4}\s*(?:年|-|/|\.)\s*\d{1,2}"
)
_YEARLESS = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_SENT_END = "。！？!?；;"
_URL = re.compile(r"https?://[^\s<>\"'）)】\]]+")

SOURCE_FAMILIES = (
    "label",
    "share",
    "other_label",
    "account",
    "publisher",
    "org",
    "copyright",
    "title_suffix",
    "front",
    "url",
    "platform",
)
DATE_FAMILIES = (
    "label",
    "header",
    "footer",
    "lead",
    "dateline",
    "front",
    "url",
    "file",
    "yearless",
)
KINDS = ("paper", "site", "agency", "app", "tv", "platform", "journal")
SUFFIXES = (
    ("paper", re.compile(r"(?:日报|晚报|晨报|早报|时报|商报|报)$")),
    ("web", re.compile(r"(?:网|在线|网站|频道)$")),
    ("news", re.compile(r"(?:新闻|资讯|之声)$")),
    ("broadcast", re.compile(r"(?:电视台|电台|广播|卫视|广电|融媒体中心|融媒)$")),
    ("app", re.compile(r"(?:客户端|app|发布)$")),
    ("office", re.compile(r"(?:政府|办公室|办公厅|局|委员会|委|厅|农会|协会|学会|联合会)$")),
    ("press", re.compile(r"(?:杂志|周刊|月刊|期刊|社)$")),
    ("forum", re.compile(r"(?:贴吧|论坛|社区|豆瓣)$")),
)
_OCC = (
    "in_header",
    "in_footer",
    "in_lead",
    "in_tail",
    "in_body",
    "no_line",
    "top_rank",
    "bottom_rank",
    "title_dist",
    "body_dist",
    "log_line_len",
    "fill",
    "line_prose",
    "line_sentence_end",
    "role_chrome",
    "role_title",
    "beside_date",
    "beside_byline",
    "beside_time",
)
SOURCE_FEATURES = (
    *(f"fam_{f}" for f in SOURCE_FAMILIES),
    *_OCC,
    "value_len",
    "latin",
    "has_digit",
    "outlet_shape",
    "known",
    *(f"kind_{k}" for k in KINDS),
    *(f"suffix_{s}" for s, _ in SUFFIXES),
    "suffix_other",
    "edition_tail",
    "glued",
    "after_author_label",
    "posting_label",
    "label_outranked",
    "site_form",
    "extends_rival",
    "extended",
    "rivals",
    "log_count",
    "families",
    "first_candidate",
)
DATE_FEATURES = (
    *(f"fam_{f}" for f in DATE_FAMILIES),
    *_OCC,
    "has_time",
    "beside_source",
    "latest",
    "earliest",
    "log_count",
    "families",
    "first_candidate",
    "last_candidate",
    "distinct_dates",
    "days_from_latest",
)


@dataclass(frozen=True)
class Candidate:
    """One value a page offers for `field`, where it first stood, and its feature row."""

    field: str  # "source" or "date"
    value: str
    family: str  # the strongest family it was found by (for inspect)
    line: int  # line number of its first occurrence (0: front matter, URL or file name)
    text: str
    features: tuple[float, ...]


@dataclass
class _Occ:
    value: str
    family: str
    line: Line | None
    row: dict[str, float]


def _as_written(line: Line, start: int, end: int) -> str:
    """The original text under a span of the folded line."""
    if len(line.text) == len(line.folded):
        return line.text[start:end].strip()
    return line.folded[start:end].strip()


def _place(lines: list[Line], zones: Zones, i: int | None, title_at: int | None) -> dict:
    """Occurrence features of the line at index `i` (None: not from a line)."""
    row = dict.fromkeys(_OCC, 0.0)
    if i is None:
        row["no_line"] = 1.0
        return row
    header, footer = set(zones.header), set(zones.footer)
    line = lines[i]
    text = line.folded.strip()
    row["in_header"] = float(i in header)
    row["in_footer"] = float(i in footer)
    inside = zones.body_start <= i < zones.body_end
    row["in_lead"] = float(inside and i - zones.body_start < 3)
    row["in_tail"] = float(inside and zones.body_end - i <= 3)
    row["in_body"] = float(inside and not row["in_lead"] and not row["in_tail"])
    row["top_rank"] = min(i, 40) / 40
    row["bottom_rank"] = min(len(lines) - 1 - i, 40) / 40
    row["title_dist"] = min(abs(i - title_at), 20) / 20 if title_at is not None else 1.0
    gap = zones.body_start - i if i < zones.body_start else i - zones.body_end + 1
    row["body_dist"] = min(max(gap, 0), 20) / 20
    row["log_line_len"] = math.log1p(len(text))
    row["line_prose"] = float(is_prose(text))
    row["line_sentence_end"] = float(bool(text) and text.rstrip("”’\"')）")[-1:] in _SENT_END)
    row["role_chrome"] = float(line.role == CHROME)
    row["role_title"] = float(line.role == TITLE)
    row["beside_date"] = float(bool(find_dates(text)))
    row["beside_byline"] = float(bool(_BYLINE.search(text)))
    row["beside_time"] = float(bool(_TIME.search(text)))
    return row


def _zone_lines(lines: list[Line], zones: Zones) -> list[int]:
    """Indexes of the header, footer and edge lines of the text, in file order."""
    edge = [
        i
        for i in range(zones.body_start, zones.body_end)
        if i - zones.body_start < 3 or zones.body_end - i <= 3
    ]
    picked = sorted({*zones.header, *zones.footer, *edge})
    return [i for i in picked if lines[i].folded.strip()]


_FIELD = re.compile(rf"[{_HAN}]{{2,6}}\s*[:：]")
_AUTHOR_LABEL = re.compile(r"(?:作者|author|by|撰文|记者|文)\s*[:：]?\s*$", re.I)
# An author's affiliation (作者单位：…, 系…教授) names their employer, never a credit.
_AFFILIATION = re.compile(r"(?:(?:作者|工作|所在)单位|供职于|任职于)\s*[:：]?\s*$")
_LATIN_WORDS = re.compile(r"(?<![a-z])[a-z]{2,}(?![a-z])", re.I)


def _sentence_like(folded: str) -> bool:
    """A line that reads as a sentence (Chinese or Latin), not a header or footer field."""
    text = folded.strip()
    if len(_FIELD.findall(text)) >= 2 and "。" not in text:
        return False  # 发布时间：…　来源：…　浏览次数：…: a row of fields, however long
    return (
        len("".join(text.split())) > 40
        or "。" in text
        or text.rstrip("”’\"')）")[-1:] in _SENT_END
        or len(_LATIN_WORDS.findall(text)) >= 5
    )


def _glued(folded: str, start: int, end: int) -> bool:
    """A name with a Han character right before or after it (part of a longer word)."""
    return bool(
        (start > 0 and _HAN_CHAR.match(folded[start - 1]))
        or (end < len(folded) and _HAN_CHAR.match(folded[end]))
    )


@lru_cache(maxsize=8192)
def _names_someone(value: str, credited: bool = False) -> bool:
    """A value that can be an outlet's name: not a bare personal name (王某), not an
    identifier (sp20241123). `credited`: a credit label's or verb's value, where an
    office or a place's government (农业处, 安远县) may stand, and a title in 《》."""
    key = fold(value).strip()
    if re.fullmatch(r"[a-z0-9_.-]+", key) and re.search(r"\d", key):
        return False
    if re.fullmatch(rf"[{_HAN}]{{2,3}}", key):
        return bool(
            publishers().lookup(key)
            or looks_like_outlet(key)
            or _ORG_TAIL.search(key)
            or (credited and _UNIT_TAIL.search(key))
        )
    return True


def _rivals(occs: list[_Occ], since: int) -> None:
    """How many other values the same line offered (某某日报 - 某某晚报: two outlets)."""
    values = {o.value for o in occs[since:]}
    for o in occs[since:]:
        o.row["rivals"] = min(len(values) - 1, 4) / 4


@lru_cache(maxsize=8192)
def _outlet_shaped(raw: str) -> bool:
    """The raw value, a mark or verb before it dropped, ends like an outlet (新甘肃客户端)."""
    return looks_like_outlet(_LEADING.sub("", raw.strip()))


@lru_cache(maxsize=8192)
def _source_value(raw: str) -> str | None:
    """A raw outlet string as the rules would credit it (人民网-浙江频道 -> 人民网)."""
    raw = _LEADING.sub("", raw.strip().strip("[]")).strip(' 「」『』“”"')
    # 某某晚报数字报, 某某日报官方微博: an edition or account of the outlet credits the outlet
    raw = _TRAILING.sub("", raw).strip()
    if not publishers().lookup(raw):  # 西贡解放日报中文版 is a name of its own
        raw = _EDITION.sub("", raw).strip()
    if not 2 <= len(raw) <= 30 or _SELF.match(raw) or _ACTION.match(raw):
        return None
    value = rules_value(raw)[0]
    if value and re.search(r"[报報]社$", value) and not publishers().lookup(value):
        value = value[:-1]  # 某某日报社 版权所有: the paper's company credits the paper
    return value if value and 2 <= len(value) <= 24 else None


@lru_cache(maxsize=8192)
def _site_form(raw: str, value: str) -> str | None:
    """The hosting site's name where a raw value names a site the table files under its
    outlet (三立新聞網 under 三立新聞, `now 新聞`): a page's own site credits itself so."""
    raw = _EDITION.sub("", _TRAILING.sub("", _LEADING.sub("", raw.strip())).strip()).strip()
    if not raw or not publishers().lookup(raw):
        return None
    site = site_name(raw)
    canon = publishers().canonical(site)
    if "".join(fold(site).split()) == "".join(fold(canon).split()):
        site = canon  # now 新聞 -> now新聞: no spaces the name has not
    return site if site and site != value and 2 <= len(site) <= 24 else None


def source_candidates(
    lines: list[Line],
    zones: Zones,
    front: ArticleMeta | None = None,
    title_line: int | None = None,
    title_suffix: str | None = None,
    url: str | None = None,
) -> list[Candidate]:
    """Every plausible credited outlet of an article, one candidate per distinct value."""
    occs: list[_Occ] = []
    at = {ln.number: k for k, ln in enumerate(lines)}
    title_at = at.get(title_line) if title_line else None
    pubs = publishers()
    zone_lines = _zone_lines(lines, zones)

    def add(raw: str | None, family: str, i: int | None, **extra: float) -> None:
        value = _source_value(raw) if raw else None
        credited = family in ("label", "share") or bool(extra.pop("marked", 0.0))
        titled = bool(extra.pop("titled", 0.0))  # a name in 《》 names a publication
        # 新甘肃客户端 -> 新甘肃: the raw value's outlet shape vouches for its short name
        shaped = bool(value) and _outlet_shaped(raw)
        if not value or not (titled or shaped or _names_someone(value, credited)):
            return
        forms = [(value, 0.0)]
        site = _site_form(raw, value) if family in _SITE_FAMILIES else None
        if site:
            forms.append((site, 1.0))
        for v, is_site in forms:
            row = _place(lines, zones, i, title_at)
            line = lines[i] if i is not None else None
            if line is not None:
                row["fill"] = min(len(v) / max(len(line.folded.strip()), 1), 1.0)
            row.update(extra)
            row["site_form"] = is_site
            occs.append(_Occ(v, family, line, row))

    for i in zone_lines:
        line = lines[i]
        folded = line.folded
        if len(folded.strip()) > 200:
            continue
        # In a sentence only an explicit credit label is read (and a footer's copyright).
        sentence = _sentence_like(folded)
        before = len(occs)
        labelled: set[int] = set()
        for m in _SOURCE_LABEL.finditer(folded):
            rest = folded[m.end() :]
            bare = rest.strip().lstrip('《〈「『“"')
            titled = float(rest.strip()[:1] in ("《", "〈"))
            # 发布机构/发文机关 name the office that posted a page, 信息来源 who wrote it
            posting = float(bool(re.match(r"发布(?:机构|单位|部门|机关)|发文", m["label"])))
            value = _SPLIT.split(bare, maxsplit=1)[0] if bare else ""
            start = m.end() + rest.find(value) if value else m.end()
            if sentence and not (
                looks_like_outlet(value) or _ORG_TAIL.search(value) or _UNIT_TAIL.search(value)
            ):
                continue  # 来源：村民自筹资金…，: a sentence that opens on the word
            if not value and not folded[: m.start()].strip():
                # 发文机关： alone on its line, the value on the next (a copied info table)
                k = next(
                    (j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].folded.strip()),
                    None,
                )
                if k is not None and len(lines[k].folded.strip()) <= 30:
                    add(lines[k].text.strip(), "label", k, posting_label=posting)
                continue
            add(
                _as_written(line, start, start + len(value)),
                "label",
                i,
                titled=titled,
                posting_label=posting,
            )
            labelled.add(start)
        copyright_line = bool(_COPYRIGHT.search(folded))
        closing = i in zones.footer or (
            zones.body_start <= i < zones.body_end and zones.body_end - i <= 3
        )
        if sentence:
            # 新华社长沙11月3日电（记者 …）…: the outlet opening a dateline
            opening = pubs.at_start(folded.lstrip(" 【[(（"))
            if opening is not None:
                skip = len(folded) - len(folded.lstrip(" 【[(（"))
                add(_as_written(line, skip + opening.start, skip + opening.end), "publisher", i)
        for m in _SHARE.finditer(folded):
            start = m.start("v")
            opening = not folded[: m.start()].strip(" >*【[(（") and _NOTICE_VERB.match(m["label"])
            notice = _NOTICE.search(folded[max(0, m.start() - 3) : m.start()]) or opening
            if start in labelled or (sentence and not closing and not notice):
                continue
            start += len(folded[start:]) - len(folded[start:].lstrip('《〈「『“"[【(（'))
            value = _SPLIT.split(folded[start:], maxsplit=1)[0]
            titled = float(start > 0 and folded[start - 1] in "《〈")  # 刊发于《某刊》: a title
            add(_as_written(line, start, start + len(value)), "share", i, titled=titled)
            labelled.add(start)
        # A sentence gives its credit verbs only (本文刊发于《某刊》…), unless it closes the
        # text as a copyright line of the footer.
        if sentence and not (closing and copyright_line and i in zones.footer):
            _rivals(occs, before)
            continue
        for m in _ANY_LABEL.finditer(folded):
            start = m.start("v")
            if start in labelled or _BYLINE.search(m["label"]):
                continue
            value = _SPLIT.split(folded[start:], maxsplit=1)[0]
            if looks_like_outlet(value) or _ORG_TAIL.search(value):
                add(_as_written(line, start, start + len(value)), "other_label", i)
        for n in pubs.find_whole(folded):
            glued = _glued(folded, n.start, n.end)
            if glued and n.end - n.start <= 3:
                continue  # 民视 inside 人民视觉, 党建 opening 党建资讯: part of another word
            add(_as_written(line, n.start, n.end), "publisher", i, glued=float(glued))
        pos = 0
        for token in _SPLIT.split(folded):
            start = folded.find(token, pos) if token else -1
            if start < 0:
                continue
            pos = start + len(token)
            if not 2 <= len(token) <= 20 or token.isdigit():
                continue
            written = _as_written(line, start, start + len(token))
            bare = _TRAILING.sub("", token)
            if bare != token and len(bare) >= 2:  # 大公報版權所有, 某某融媒体中心出品
                written, token = written[: len(bare)], bare
            stem = _EDITION.sub("", token)
            author = float(bool(_AUTHOR_LABEL.search(folded[:start])))
            if _AFFILIATION.search(folded[:start]):
                continue
            if copyright_line and (looks_like_outlet(token) or _ORG_TAIL.search(stem)):
                add(written, "copyright", i, after_author_label=author)
            elif looks_like_outlet(token) or (
                _ORG_TAIL.search(token) and re.search(rf"[{_HAN}]{{2}}", token)
            ):
                add(written, "org", i, after_author_label=author)
            if stem != token and len(stem) >= 2:
                add(written[: len(stem)], "org", i, after_author_label=author)
        for m in _URL.finditer(line.text):
            pub = pubs.domain(m.group(0))
            if pub:
                add(pub.name, "url", i)
        account = _ACCOUNT_LINE.match(folded.strip()) if i < zones.body_start else None
        if account and not _BYLINE.search(folded):
            for key in ("a", "b"):
                if account[key] and not _SELF.match(account[key]):
                    skip = len(folded) - len(folded.lstrip())
                    add(
                        _as_written(line, skip + account.start(key), skip + account.end(key)),
                        "account",
                        i,
                        marked=1.0,
                    )
        _rivals(occs, before)
    if any(o.family == "label" and not o.row.get("posting_label") for o in occs):
        for o in occs:  # 信息来源 beside 发布机构: who wrote it outranks who posted it
            o.row["label_outranked"] = o.row.get("posting_label", 0.0)
    marked = platform_by_marks([lines[i].folded for i in zone_lines])
    if marked:  # a platform's own screen words (本文禁止转载或摘编 + `… · 投稿`)
        add(marked[0], "platform", zone_lines[marked[1]])
    if title_suffix:
        add(title_suffix, "title_suffix", at.get(title_line) if title_line else None)
    if front is not None:
        # a clipped platform page's author is the account that posted it (湘西组工)
        hosted = pubs.domain(front.url or url or "") or pubs.domain(front.source or "") or None
        on_platform = hosted is not None and hosted.kind == "platform"
        for key in ("source", "site", "author"):
            value = getattr(front, key, None)
            if value and (key != "author" or looks_like_outlet(value) or on_platform):
                add(value, "front", None)
    if url:
        pub = pubs.domain(url)
        if pub:
            add(pub.name, "url", None)
    cands = _group(occs, "source", SOURCE_FEATURES, SOURCE_FAMILIES, _source_value_features)
    return _longer_forms(cands)


def _longer_forms(cands: list[Candidate]) -> list[Candidate]:
    """Mark a value that extends another candidate (民視新聞網 beside 民視新聞, TVBS新聞網 beside
    TVBS) and one that another extends: one outlet in two forms, for the model to choose."""
    col = {n: k for k, n in enumerate(SOURCE_FEATURES)}
    keys = [fold(c.value).replace(" ", "") for c in cands]
    out = []
    for c, key in zip(cands, keys, strict=True):
        row = list(c.features)
        row[col["extends_rival"]] = float(any(k != key and key.startswith(k) for k in keys))
        row[col["extended"]] = float(any(k != key and k.startswith(key) for k in keys))
        out.append(Candidate(c.field, c.value, c.family, c.line, c.text, tuple(row)))
    return out


def _source_value_features(value: str) -> dict[str, float]:
    key = fold(value).strip()
    pub = publishers().lookup(key)
    row = {
        "value_len": min(len(key), 20) / 20,
        "latin": float(bool(re.search(r"[a-z]", key))),
        "has_digit": float(bool(re.search(r"\d", key))),
        "outlet_shape": float(looks_like_outlet(key)),
        "known": float(pub is not None),
        "edition_tail": float(bool(_EDITION.search(key))),
    }
    for k in KINDS:
        row[f"kind_{k}"] = float(bool(pub) and pub.kind == k)
    hit = False
    for name, pattern in SUFFIXES:
        row[f"suffix_{name}"] = float(bool(pattern.search(key)))
        hit = hit or bool(row[f"suffix_{name}"])
    row["suffix_other"] = float(not hit)
    return row


def _group(occs: list[_Occ], field: str, names, families, value_features) -> list[Candidate]:
    """One candidate per value: the best of each occurrence feature, family flags, counts."""
    by_value: dict[str, list[_Occ]] = {}
    for o in occs:
        by_value.setdefault(o.value, []).append(o)
    out = []
    order = list(by_value)
    for rank, (value, group) in enumerate(by_value.items()):
        row = dict.fromkeys(names, 0.0)
        for o in group:
            row[f"fam_{o.family}"] = 1.0
            for k, v in o.row.items():
                row[k] = max(row[k], v)
        # distance and rank features: the nearest occurrence, not the farthest
        for k in ("title_dist", "body_dist", "top_rank", "bottom_rank"):
            row[k] = min(o.row[k] for o in group)
        row["log_count"] = math.log1p(len(group))
        row["families"] = len({o.family for o in group}) / len(families)
        row["first_candidate"] = float(rank == 0)
        if "last_candidate" in row:
            row["last_candidate"] = float(rank == len(order) - 1)
        row.update(value_features(value))
        best = min(group, key=lambda o: families.index(o.family))
        first = next((o for o in group if o.line is not None), group[0])
        out.append(
            Candidate(
                field,
                value,
                best.family,
                first.line.number if first.line else 0,
                first.line.text.strip() if first.line else "",
                tuple(float(row[n]) for n in names),
            )
        )
    return out


_DATE_LABEL = re.compile(
    r"(?:发布|发表|更新|出版|刊发|成文|生成)?(?:时间|日期)\s*[:：]|[:：]\s*$|[【\[]\s*(?:时间|日期)"
)
_DATELINE = re.compile(
    rf"^[(（【\[]?\s*[{_HAN}]{{1,12}}(?:社|报|台|网|讯|电)?\s*[{_HAN}]{{0,6}}\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
    r"(?:电|讯|消息)"
)


_ANY_DATE_LABEL = re.compile(r"(?:时间|日期)\s*[:：]")
_SAVED = re.compile(
    r"(?:保存|下载|抓取|采集|剪藏|收藏|创建|添加|访问|打印|截图|引用|检索|浏览|saved|clipped|accessed|retrieved)"
    r"\S{0,4}\s*[:：]?\s*$",
    re.I,
)
_DATELINE_TAIL = re.compile(r"\s*(?:\d{1,2}:\d{2}\s*)?(?:电|讯|消息)|\s*[)）】\]]")


def _in_sentence(line: Line) -> bool:
    """A line of body prose (a date in it is what the text talks about)."""
    text = line.folded.strip()
    return line.role == BODY and (is_prose(text) or len(text) > 40 or text[-1:] in _SENT_END)


def date_candidates(
    lines: list[Line],
    zones: Zones,
    front: ArticleMeta | None = None,
    title_line: int | None = None,
    name: str = "",
    url: str | None = None,
) -> list[Candidate]:
    """Every full date a page offers outside its body sentences, one candidate per day."""
    occs: list[_Occ] = []
    at = {ln.number: k for k, ln in enumerate(lines)}
    title_at = at.get(title_line) if title_line else None
    yearless: list[tuple[int, int, int]] = []  # (month, day, line index)
    zone_lines = _zone_lines(lines, zones)
    for i in zone_lines:
        line = lines[i]
        folded = line.folded.strip()
        if len(folded) > 300:
            continue
        row0 = _place(lines, zones, i, title_at)
        inside = zones.body_start <= i < zones.body_end
        found = [d for d in find_dates(folded) if d.iso]
        if not found and _ANY_DATE_LABEL.search(folded):
            # 發布日期：113-04-02: a labelled numeric date may be in ROC years
            found = [d for d in find_dates(folded, roc_numeric=True) if d.iso]
            found = [d for d in found if _DATE_LABEL.search(folded[max(0, d.start - 12) : d.start])]
        code = roc_code_date(folded)
        if code is not None and code.iso and len(folded) <= 60:
            found.append(code)  # 中央社 1130305: the wire's ROC date code
        if _sentence_like(folded) or (inside and _in_sentence(line)):
            # a date the text is talking about: only a labelled one, or a dateline opening it
            found = [
                d
                for d in found
                if (d.start <= 16 and _DATELINE_TAIL.match(folded[d.end :]))
                or _DATE_LABEL.search(folded[max(0, d.start - 12) : d.start])
            ]
        # the day a reader saved, clipped or printed the page is not the day it was published
        found = [d for d in found if not _SAVED.search(folded[max(0, d.start - 12) : d.start])]
        # nor the day of an event, a deadline, a photo or a poster's registration
        found = [d for d in found if not OTHER_DAY.search(folded[max(0, d.start - 12) : d.start])]
        for d in found:
            before = folded[max(0, d.start - 12) : d.start]
            if _DATE_LABEL.search(before):
                family = "label"
            elif inside:
                family = "lead" if i - zones.body_start < 3 else "footer"
            else:
                family = "header" if i < zones.body_start else "footer"
            row = dict(row0)
            row["fill"] = min((d.end - d.start) / max(len(folded), 1), 1.0)
            row["has_time"] = float(bool(_TIME.search(folded[d.end : d.end + 12])))
            occs.append(_Occ(d.iso, family, line, row))
        if not found:
            # a dateline (its month and day are a yearless date too) or a short edge line
            y = _YEARLESS.search(folded)
            if y and ((inside and _DATELINE.match(folded)) or (not inside and len(folded) <= 40)):
                yearless.append((int(y["m"]), int(y["d"]), i))
    if front is not None and front.date:
        occs.append(_Occ(front.date, "front", None, _place(lines, zones, None, title_at)))
    urls = [url] if url else []
    for i in zone_lines:
        urls += [m.group(0) for m in _URL.finditer(lines[i].text)]
    for u in urls:
        day = url_date(u)
        if day:
            occs.append(_Occ(day, "url", None, _place(lines, zones, None, title_at)))
    named = file_name_date(name) if name else None
    if named:
        occs.append(_Occ(named, "file", None, _place(lines, zones, None, title_at)))
    # a yearless date takes the latest year the page gives elsewhere
    year = max((int(o.value[:4]) for o in occs), default=None)
    for month, day, i in yearless if year is not None else ():
        iso = with_year(year, month, day)
        if iso:
            row = _place(lines, zones, i, title_at)
            family = "dateline" if zones.body_start <= i < zones.body_end else "yearless"
            occs.append(_Occ(iso, family, lines[i], row))
    for o in occs:
        text = o.line.folded if o.line is not None else ""
        o.row["beside_source"] = float(
            bool(o.line is not None and (publishers().find(text) or "来源" in text))
        )
    cands = _group(occs, "date", DATE_FEATURES, DATE_FAMILIES, lambda v: {})
    if not cands:
        return []
    days = sorted(c.value for c in cands)
    latest = days[-1]
    out = []
    col = {n: k for k, n in enumerate(DATE_FEATURES)}
    for c in cands:
        row = list(c.features)
        row[col["latest"]] = float(c.value == latest)
        row[col["earliest"]] = float(c.value == days[0])
        row[col["distinct_dates"]] = min(len(days), 10) / 10
        gap = (_ordinal(latest) - _ordinal(c.value)) / 365
        row[col["days_from_latest"]] = min(gap, 5.0) / 5
        out.append(Candidate(c.field, c.value, c.family, c.line, c.text, tuple(row)))
    return out


def _ordinal(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()
