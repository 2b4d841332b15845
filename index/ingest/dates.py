"""Dates in Chinese news pages: find them in header/footer lines, datelines and URLs.

Candidate spans are found with one loose pattern (numeric or Chinese-numeral
year, month, day with any of 年月日 - / . as separators, optional weekday and
time); `dateparser` then reads the span, so odd separators, 星期/週 and times
are its business, not ours. URLs go to `htmldate`'s URL extractor, with a
fallback for the compact forms Chinese portals use (/2024/0329/, /20240312/).
Both libraries are imported lazily: only indexing and `inspect` load them.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
_CN_DIGITS["零"] = "0"
_CN_DIGITS["○"] = "0"
_CN_DATE = re.compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4}|(?<!\d)(?:19|20)\d{2})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
)
# Loose on purpose: dateparser decides what the span means.
_NUM_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<s1>[-/.年])\s*(?P<m>\d{1,2})\s*(?P=s1)?[-/.月]?\s*"
    r"(?P<d>\d{1,2})(?![\d])\s*[日号]?"
    r"(?:\s*[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?)?"
    r"(?:\s*[T ]?\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# Taiwan's ROC years (民國113年 = 2024): with 民國, or a bare three-digit year 100-149.
_ROC_DATE = re.compile(
    r"(?:(?:民国|中华民国)\s*(?P<y>\d{2,3})|(?<![\d.])(?P<y3>1[0-4]\d))\s*(?P<s1>[年/.-])\s*"
    r"(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
    r"(?:\s*[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?)?"
)
# The CNA-style date code closing a Taiwanese wire story: 1130305 (ROC year, month, day).
_ROC_CODE = re.compile(
    r"(?<![\d.])(?P<y>1[0-4]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.])"
)
ROC_OFFSET = 1911
# ROC years in Chinese numerals, as Taiwanese documents write them: 中華民國一一三年五月六日,
# 民國一百一十三年五月六日.
_ROC_CN_DATE = re.compile(
    r"民[国國]\s*(?P<y>[〇○零一二三四五六七八九十百]{2,6})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
)
# Buddhist-era years as Thai Chinese-language papers print them: 佛历2567年10月3日 = 2024-10-03.
_BE_DATE = re.compile(
    r"佛[历曆]\s*(?P<y>2[4-6]\d{2})\s*(?P<s>[年/.-])\s*(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
)
BE_OFFSET = 543
# English dates with a month's name, on folded (lower-case) text: an e-mail's Date header
# (mon, 14 oct 2024 09:00:12 +0800), 'nov 6, 2024', 'posted on august 8, 2024'.
_EN_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_EN_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_DATE = re.compile(
    r"(?<![a-z])(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH},?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|{_EN_MONTH.replace('mon>', 'mon2>')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}}))"
    r"(?![\d])(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?(?:\s*(?:[+-]\d{4}|gmt|utc|[a-z]{3}))?)?"
)
# Month names of the Romance languages Chinese-language papers abroad print dates in: 31 de
# outubro de 2024 (Portuguese), 31 de octubre de 2024 (Spanish), 31 octobre 2024 (French).
_ROMANCE_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "janeiro enero janvier",
            "fevereiro febrero février fevrier",
            "março marco marzo mars",
            "abril avril",
            "maio mayo mai",
            "junho junio juin",
            "julho julio juillet",
            "agosto août aout",
            "setembro septiembre setiembre septembre",
            "outubro octubre octobre",
            "novembro noviembre novembre",
            "dezembro diciembre décembre decembre",
        ]
    )
    for name in names.split()
}
_ROMANCE_DATE = re.compile(
    r"(?<![\d])(?P<d>\d{1,2})(?:º|°|er)?\s+(?:de\s+)?(?P<mon>[a-zçéû]{3,10})\s+(?:de\s+|del\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
)
# Vietnamese: ngày 22 tháng 11 năm 2024.
_VI_DATE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*(?:năm\s*|[,/]\s*)(?P<y>(?:19|20)\d{2})(?!\d)"
)
# Japanese era years, as Japanese Chinese-language papers print them beside or instead of the
# Gregorian one: 令和6年（2024年）10月5日, 平成31年4月30日, 令和元年5月1日.
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|昭和)\s*(?P<y>元|\d{1,2})\s*年\s*(?:[(（]\s*(?:19|20)\d{2}\s*年?\s*[)）]\s*)?"
    r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
_ERA_OFFSET = {"令和": 2018, "平成": 1988, "昭和": 1925}
_TIME_AFTER = re.compile(r"\s*\d{1,2}:\d{2}(?!\d)")
_URL_COMPACT = [
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-?(?P<m>\d{2})/(?P<d>\d{2})/"),
    re.compile(
        r"[/_-](?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})[_\-.]?\w*\.(?:s?html?|aspx?|php|jsp)"
    ),
    # TRS-style CMS pages, used by many government and news sites: /202406/t20240603_7712345.html
    re.compile(r"/t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_\d+\.\w+"),
]
# A two-digit year with a time, as microblogs and phone browsers print it: 24-3-8 10:15,
# 24/12/01 10:20, 24.12.01 10:20 (never without the time). With / or . the year comes first only
# where it cannot be a month (over 12) and the page writes no day or month first (`find_dates`).
_SHORT_YEAR = re.compile(
    r"(?<![\d.:/-])(?P<y>\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})\s+\d{1,2}:\d{2}"
    r"(?::\d{2})?(?![\d:])"
)
MIN_YEAR, MAX_YEAR = 1949, 2100
# Day and month before the year, as sites outside Greater China print them (28-10-2024,
# 19/09/2024, 11/21/2024 10:12 AM EST). The order is decided by evidence (`day_first`).
_DM_DATE = re.compile(
    r"(?<![\da-z./:-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2})(?![\d./-])"
    r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?))?"
    r"(?:\s*(?P<tz>[ecmp][sd]t|et|pt|gmt|utc|bst|aest|aedt|[+-]\d{2}:?\d{2})(?![a-z]))?)?",
    re.I,
)
# US time zones: a date printed beside one puts the month first.
_US_ZONE = re.compile(r"[ecmp][sd]t|et|pt", re.I)


@dataclass(frozen=True)
class DateMatch:
    """A calendar date found in a string: where it is and its ISO form."""

    start: int
    end: int
    iso: str | None  # None: a day and month whose order nothing on the page decides


def chinese_numerals(text: str) -> str:
    """Rewrite 二〇二四年四月二日 as 2024年4月2日 (same meaning, for parsing only)."""

    def number(s: str) -> str:
        if s.isdigit():  # 2024年三月五日: the year written in digits
            return s
        if "十" not in s:
            return "".join(_CN_DIGITS[c] for c in s)
        tens, _, ones = s.partition("十")
        return str(
            (int(_CN_DIGITS[tens]) if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)
        )

    return _CN_DATE.sub(lambda m: f"{number(m['y'])}年{number(m['m'])}月{number(m['d'])}日", text)


# A span that is plainly year, month, day (2024-03-08, 2024/3/8, 2024.03.08, 2024年3月8日),
# with at most a valid time: read here, as dateparser reads it (tests compare the two),
# sparing an update of a few files dateparser's ~0.5 s first parse.
_PLAIN_DATE = re.compile(
    r"(?P<y>[0-9]{4})(?:(?P<s>[-/.])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})|"
    r"年(?P<m2>[0-9]{1,2})月(?P<d2>[0-9]{1,2})日)"
    r"(?: (?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<sec>[0-5][0-9]))?)?"
)


def _plain(span: str) -> str | None:
    """ISO date of a plain numeric span (see _PLAIN_DATE), or None to ask dateparser."""
    m = _PLAIN_DATE.fullmatch(span)
    if m is None:
        return None
    y, mo, d = int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse(span: str) -> str | None:
    """ISO date of a candidate span, read by dateparser; None if it is no full date."""
    return _plain(span) or _dateparser_iso(span)


def _dateparser_iso(span: str) -> str | None:
    """`_parse` by dateparser alone."""
    import dateparser  # lazy: a cold `search` never needs it

    value = dateparser.parse(
        span,
        languages=["zh"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "YMD"},
    )
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return value.date().isoformat()


# What comes before a day the page names that is not its own, labelled or not (注册时间：,
# 加入于, 截止日期：, 活动时间：, 拍摄于 2024-12-20): never the publication date.
OTHER_DAY = re.compile(
    r"(?:(?:拍摄|注册|加入|入驻|截止|登录)(?:时间|日期|于)?|(?:活动|报名|举办|开幕)(?:时间|日期)|摄于)"
    r"\s*[:：]?\s*$"
)


def find_dates(text: str, roc_numeric: bool = False, order: str | None = None) -> list[DateMatch]:
    """Every full calendar date (with a year) in `text`, in order, with its span in `text`.

    `roc_numeric` also reads 113-04-02 / 113/4/2 as ROC dates: only for a labelled value.
    `order` ("dmy" or "mdy") is the page's own evidence for a day and month before the year
    that neither reveals (03/04/2024); without it such a span is no date.
    """
    order = order or _PAGE_ORDER.get()
    out = []

    def add_unless_inside(m: re.Match, iso: str | None) -> None:
        """Keep a later pattern's date unless it starts inside one already found."""
        if iso and not any(d.start <= m.start() < d.end for d in out):
            out.append(DateMatch(m.start(), m.end(), iso))

    for m in _NUM_DATE.finditer(text):
        iso = _valid(m["y"], m["m"], m["d"]) and _parse(_squash(m.group(0)))
        if iso:
            out.append(DateMatch(m.start(), m.end(), iso))
    for m in _CN_DATE.finditer(text):
        iso = _parse(chinese_numerals(m.group(0)))
        if iso:
            out.append(DateMatch(m.start(), m.end(), iso))
    for m in _SHORT_YEAR.finditer(text):
        if m["s"] != "-" and (int(m["y"]) <= 12 or order):
            continue  # 01/12/24 10:20 may be a day or a month first; so may any on such a page
        add_unless_inside(m, with_year(2000 + int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _BE_DATE.finditer(text):
        year = int(m["y"]) - BE_OFFSET
        add_unless_inside(
            m, _valid(str(year), m["m"], m["d"]) and with_year(year, int(m["m"]), int(m["d"]))
        )
    for m in _EN_DATE.finditer(text):
        mon = _EN_MONTHS.get((m["mon"] or m["mon2"])[:3])
        y, d = m["y1"] or m["y2"], m["d1"] or m["d2"]
        add_unless_inside(m, mon and _valid(y, str(mon), d) and with_year(int(y), mon, int(d)))
    for m in _ERA_DATE.finditer(text):
        year = _ERA_OFFSET[m["era"]] + (1 if m["y"] == "元" else int(m["y"]))
        add_unless_inside(m, year >= MIN_YEAR and with_year(year, int(m["m"]), int(m["d"])))
    for m in _ROMANCE_DATE.finditer(text):
        mon = _ROMANCE_MONTHS.get(m["mon"])
        add_unless_inside(m, mon and with_year(int(m["y"]), mon, int(m["d"])))
    for m in _VI_DATE.finditer(text):
        add_unless_inside(m, with_year(int(m["y"]), int(m["m"]), int(m["d"])))
    undecided = []
    for m in _DM_DATE.finditer(text):
        first = day_first(m, order)
        a, b = (m["a"], m["b"]) if first else (m["b"], m["a"])
        if first is None and max(int(a), int(b)) <= 12:
            undecided.append(m)
        elif first is not None and _valid(m["y"], b, a):
            add_unless_inside(m, with_year(int(m["y"]), int(b), int(a)))
    for m in _ROC_CN_DATE.finditer(text):
        year = _numeral(m["y"])
        if year is not None:
            iso = with_year(year + ROC_OFFSET, _numeral(m["m"]) or 0, _numeral(m["d"]) or 0)
            add_unless_inside(m, iso if iso and year <= 200 else None)
    for m in _ROC_DATE.finditer(text):
        year = int(m["y"] or m["y3"]) + ROC_OFFSET
        if m["y3"] and m["s1"] != "年" and not roc_numeric and not _roc_stamp(text, m):
            continue  # a bare 113/3/5 is too easily something else
        add_unless_inside(
            m, _valid(str(year), m["m"], m["d"]) and with_year(year, int(m["m"]), int(m["d"]))
        )
    if not out:
        # 03/04/2024 with nothing to decide its order: a date's place, but no date (iso None).
        out = [DateMatch(m.start(), m.end(), None) for m in undecided]
    return sorted(out, key=lambda d: d.start)


_PAGE_ORDER: ContextVar[str | None] = ContextVar("page_day_month_order", default=None)


def day_first(m: re.Match, order: str | None = None) -> bool | None:
    """Whether a `_DM_DATE` match puts the day first: a number over 12 is the day, a US time
    zone puts the month first, else the page's `order`; None when nothing decides."""
    a, b = int(m["a"]), int(m["b"])
    if a == b or (a > 12) != (b > 12):
        return a > 12 or a == b
    if a > 12:  # both over 12: no date
        return None
    if m["tz"] and _US_ZONE.fullmatch(m["tz"]):
        return False
    return {"dmy": True, "mdy": False}.get(order or "")


def day_month_order(texts: list[str]) -> str | None:
    """The order a page writes day and month before the year, from its unambiguous dates
    (19/09/2024 is day-first, 11/21/2024 month-first); None when none or they disagree."""
    seen = set()
    for text in texts:
        for m in _DM_DATE.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            if (a > 12) != (b > 12):
                seen.add("dmy" if a > 12 else "mdy")
            elif m["tz"] and _US_ZONE.fullmatch(m["tz"]) and max(a, b) <= 12:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


@contextmanager
def page_order(order: str | None):
    """Read ambiguous day/month dates in the block by the page's own `order` (see `find_dates`)."""
    token = _PAGE_ORDER.set(order)
    try:
        yield
    finally:
        _PAGE_ORDER.reset(token)


def _numeral(s: str) -> int | None:
    """A number written in Chinese numerals: 一一三 digit by digit, 一百一十三 and 二十八 by place."""
    if not re.search("[十百]", s):
        return int("".join(_CN_DIGITS[c] for c in s)) if s else None
    total, digit = 0, None
    for c in s:
        if c in "十百":
            total += (1 if digit is None else digit) * (10 if c == "十" else 100)
            digit = None
        else:
            digit = int(_CN_DIGITS[c])
    return total + (digit or 0)


def _roc_stamp(text: str, m: re.Match) -> bool:
    """A bare ROC numeric date that is plainly a date: with a time after it (114/03/21 10:30)."""
    return bool(_TIME_AFTER.match(text, m.end()))


def roc_code_date(text: str) -> DateMatch | None:
    """The ROC date code ending a Taiwanese wire story (…（編輯：張三）1130305), if `text` ends with one."""
    m = _ROC_CODE.search(text.rstrip())
    if not m or m.end() != len(text.rstrip()):
        return None
    year = int(m["y"]) + ROC_OFFSET
    iso = with_year(year, int(m["m"]), int(m["d"]))
    return DateMatch(m.start(), m.end(), iso) if iso else None


def first_date(text: str) -> str | None:
    """The first full date in `text` as YYYY-MM-DD, else None."""
    found = find_dates(text)
    return found[0].iso if found else None


def with_year(year: int, month: int, day: int) -> str | None:
    """ISO date for a dateline's month/day in a year known from elsewhere."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# A date users put in a saved file's name: 2024-11-19_标题.txt, 标题_20241119.md, 2024.11.19 标题,
# 2024年11月19日 标题.txt.
_FILE_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?:(?P<s>[-_.]?)(?P<m>\d{2})(?P=s)(?P<d>\d{2})(?![\d])"
    r"|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
)


def file_name_date(name: str) -> str | None:
    """The date a file's name carries (its stem, year first, one separator or none), else None."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    found = [
        (m["y"], m["m"] or m["m2"], m["d"] or m["d2"])
        for m in _FILE_DATE.finditer(stem)
        if _valid(m["y"], m["m"] or m["m2"], m["d"] or m["d2"])
    ]
    if len(found) != 1:
        return None  # two dates in one name (a range, a version and a day): no evidence
    y, mo, d = found[0]
    return with_year(int(y), int(mo), int(d))


def url_date(url: str) -> str | None:
    """The date a news URL carries in its path, else None."""
    for pattern in _URL_COMPACT:
        m = pattern.search(url)
        if m and _valid(m["y"], m["m"], m["d"]):
            return with_year(int(m["y"]), int(m["m"]), int(m["d"]))
    return _htmldate_url(url)


def _htmldate_url(url: str) -> str | None:
    """htmldate's reading of a URL's date."""
    from htmldate.extractors import extract_url_date  # lazy: pulls in lxml
    from htmldate.utils import Extractor

    options = Extractor(
        False, dt.datetime(MAX_YEAR, 1, 1), dt.datetime(MIN_YEAR, 1, 1), True, "%Y-%m-%d"
    )
    try:
        return extract_url_date(url, options)
    except Exception:  # a malformed URL is simply no evidence
        return None


def _valid(y: str, m: str, d: str) -> bool:
    """A real calendar date in the accepted year range."""
    try:
        dt.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return MIN_YEAR <= int(y) <= MAX_YEAR


def _squash(span: str) -> str:
    """A span without weekday decorations and brackets dateparser would trip on."""
    span = re.sub(r"[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）]?", " ", span)
    span = re.sub(r"上午|下午|中午|晚上|凌晨|早上", " ", span)  # the time is not read
    span = span.replace("号", "日").replace("T", " ")
    return re.sub(r"\s+", " ", span).strip()
