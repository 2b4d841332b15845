"""Extract an article's title, source, author, date, url and print page.

Sources, strongest first: YAML front matter; a print line such as
《 人民日报 》( 2024年02月20日 19 版); labelled header/footer lines
(作者: 来源: 发布时间:); a site suffix on the title (…_中國網); a copyright
footer (共产党员网 版权所有). Matching runs on folded lines; values are cut
from the original lines, so they stay as written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from index.cleaning import BLANK, BODY, CHROME, JUNK, META, SENTENCE_END, TITLE, CleaningRules, Line
from index.folding import fold
from index.models import ArticleMeta

HEADER_LINES = 8
FOOTER_LINES = 10

_LABEL = re.compile(
    r"(?P<label>文章来源|稿件来源|信息来源|新闻来源|消息来源|来源|出处|作者|记者|通讯员|"
    r"发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期|原文链接|原文地址|链接|原标题)\s*[:：]\s*"
)
_LABEL_KIND = {
    "来源": "source",
    "文章来源": "source",
    "稿件来源": "source",
    "信息来源": "source",
    "新闻来源": "source",
    "消息来源": "source",
    "出处": "source",
    "作者": "author",
    "记者": "author",
    "通讯员": "author",
    "发布时间": "date",
    "发布日期": "date",
    "发表时间": "date",
    "发表日期": "date",
    "更新时间": "date",
    "时间": "date",
    "日期": "date",
    "原文链接": "url",
    "原文地址": "url",
    "链接": "url",
    "原标题": "title",
}
_WIDGETS = re.compile(
    r"字号\s*[+\-]?|我要(?:评论|投稿|纠错|分享)|分享到|打印|收藏|[【\[]?[大中小][】\]]?(?=\s|$)"
)
_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_PRINT = re.compile(
    r"《\s*(?P<source>[^》]{2,20}?)\s*》\s*[(（]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第?\s*(?P<page>\d{1,3})\s*版)?\s*[)）]"
)
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.+?)\s*(?:[_|｜]|\s[-–—]{1,2}\s)\s*"
    r"(?P<site>[^_|｜]{2,16}?(?:网|报|台|站|社|客户端|新闻|频道|在线|网站|app|\.com|\.cn|\.net))\s*$"
)
_COPYRIGHT = [
    re.compile(
        r"^(?:©|copyright)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<site>[^\s©|｜,，]{2,20}?)\s*版权所有"
    ),
    re.compile(
        r"版权所有\s*[:：]?\s*(?:©|copyright)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<site>[^\s©|｜,，]{2,20})"
    ),
    re.compile(
        r"copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<site>[^\s©|｜,，.]{2,30})"
    ),
]
_URL = re.compile(r"https?://[^\s<>\"'）)】\]]+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass
class _Found:
    """Metadata values found so far, strongest source first."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    page: str | None = None

    def offer(self, **values: str | None) -> None:
        """Fill fields that are still empty; earlier offers win."""
        for key, value in values.items():
            if value and getattr(self, key) is None:
                setattr(self, key, value)


def iso_date(text: str) -> str | None:
    """The first valid calendar date in `text` as YYYY-MM-DD, else None."""
    for m in _DATE.finditer(text):
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            continue
    return None


def front_matter_meta(fm: dict) -> ArticleMeta:
    """Metadata from a YAML front matter mapping; unknown keys are ignored."""

    def text(key: str) -> str | None:
        value = fm.get(key)
        if value is None or isinstance(value, dict | list):
            return None
        return str(value).strip() or None

    date = fm.get("date")
    if isinstance(date, dt.datetime):
        date = date.date().isoformat()
    elif isinstance(date, dt.date):
        date = date.isoformat()
    elif date is not None:
        date = iso_date(str(date))
    return ArticleMeta(
        title=text("title"),
        source=text("source"),
        author=text("author"),
        date=date,
        url=text("url"),
    )


def extract_metadata(
    lines: list[Line], rules: CleaningRules, front: ArticleMeta | None = None
) -> ArticleMeta:
    """Find the article's metadata and mark the lines it came from as META/TITLE/JUNK."""
    found = _Found()
    if front:
        found.offer(**{k: getattr(front, k) for k in ("title", "source", "author", "date", "url")})
    content = [ln for ln in lines if ln.role != BLANK]
    header = _header_zone(content)
    footer = content[-FOOTER_LINES:]
    zone = header + [ln for ln in footer if ln not in header]

    for line in zone:  # print lines beat repost times and labels
        m = _PRINT.search(line.folded)
        if m:
            found.offer(source=_cut(line, m, "source"), date=iso_date(m["date"]), page=m["page"])
            line.role, line.reason = META, "print source line"
    labelled = _Found()
    for line in zone:
        if line.role == META:
            continue
        if _parse_labels(line, rules, labelled):
            line.role, line.reason = META, "metadata line"
    title_line = _pick_title(header)
    suffix_source = None
    if title_line is not None and found.title is None:
        title, suffix_source = _split_site_suffix(title_line)
        found.offer(title=title)
    if found.title is None and labelled.title:
        found.offer(title=labelled.title)
    found.offer(
        source=labelled.source, author=labelled.author, date=labelled.date, url=labelled.url
    )
    found.offer(source=suffix_source)
    for line in footer:
        for pattern in _COPYRIGHT:
            m = pattern.search(line.folded)
            if m and not rules.is_junk_source(m["site"]):
                found.offer(source=_cut(line, m, "site"))
                break
    if found.url is None:
        for line in zone:
            m = _URL.search(line.text)
            if m and line.role in (META, CHROME):
                found.offer(url=m.group(0))
    _mark_title_lines(header, title_line, found.title)
    return ArticleMeta(
        **{k: getattr(found, k) for k in ("title", "source", "author", "date", "url", "page")}
    )


def _header_zone(content: list[Line]) -> list[Line]:
    """The first few lines, up to the first real body paragraph."""
    zone = []
    for line in content[:HEADER_LINES]:
        probe = line.folded.strip()
        if (
            line.role == BODY
            and len(probe) >= 40
            and any(c in probe for c in SENTENCE_END)
            and not _LABEL.search(probe[:20])
        ):
            break
        zone.append(line)
    return zone


def _cut(line: Line, m: re.Match, group: str) -> str:
    """The original text under a match group of the folded line."""
    return line.text[m.start(group) : m.end(group)].strip()


def _parse_labels(line: Line, rules: CleaningRules, found: _Found) -> bool:
    """Read `label: value` pairs from a header/footer line; True if it is a metadata line."""
    folded = line.folded
    if len(folded) > 150:
        return False
    matches = list(_LABEL.finditer(folded))
    if not matches:
        return False
    lead = _WIDGETS.sub("", folded[: matches[0].start()]).strip()
    if lead and len(matches) < 2:
        return False  # a label mid-sentence is prose, not a header
    for i, m in enumerate(matches):
        kind = _LABEL_KIND[m["label"]]
        end = matches[i + 1].start() if i + 1 < len(matches) else len(folded)
        start = m.end()
        value_folded = folded[start:end]
        value = line.text[start:end]
        date = iso_date(value_folded)
        if date:
            found.offer(date=date)
            # What is left once the date is gone may still be a source or author.
            span = _DATE.search(value_folded).span()
            value = value[: span[0]] + value[span[1] :]
            value_folded = value_folded[: span[0]] + value_folded[span[1] :]
        widgets = [w.span() for w in _WIDGETS.finditer(value_folded)]
        for s, e in reversed(widgets):
            value, value_folded = value[:s] + value[e:], value_folded[:s] + value_folded[e:]
        value = value.strip(" \t:：|｜,，")
        value_folded = value_folded.strip(" \t:：|｜,，")
        if not value or kind == "date":
            continue
        if kind == "source" and rules.is_junk_source(value_folded):
            continue
        if kind == "url":
            url = _URL.search(value)
            found.offer(url=url.group(0) if url else None)
            continue
        found.offer(**{kind: value})
    return True


def _title_like(line: Line) -> bool:
    """Short, headline-shaped text: no full stop, not chrome or metadata."""
    probe = _MD_HEADING.sub("", line.folded.strip())
    if line.role != BODY or not 4 <= len(probe) <= 80:
        return False
    if probe[-1] in "。；;，,：:、" or "。" in probe:
        return False
    return not probe.startswith(("“", '"', "「")) or not probe.endswith(("”", '"', "」"))


def _pick_title(header: list[Line]) -> Line | None:
    """Choose the title line among the header lines."""
    candidates = [ln for ln in header if _title_like(ln)]
    if not candidates:
        return None
    for line in candidates:  # a <title>-style line carries the site's name
        if _SITE_SUFFIX.match(line.folded.strip()):
            return line
    first_meta = next((i for i, ln in enumerate(header) if ln.role == META), None)
    if first_meta is not None:
        before = [ln for ln in header[:first_meta] if ln in candidates]
        if before:
            return before[-1]
    for line in candidates:
        if _MD_HEADING.match(line.text):
            return line
    first = next((ln for ln in header if ln.role != META), None)
    return first if first in candidates else None


def _split_site_suffix(line: Line) -> tuple[str, str | None]:
    """Split 'Title_中國網' into the title and the site name."""
    lead = len(line.folded) - len(line.folded.lstrip())
    folded, text = line.folded[lead:].rstrip(), line.text[lead:].rstrip()
    m = _SITE_SUFFIX.match(folded)
    if not m:
        return _MD_HEADING.sub("", text), None
    return text[m.start("title") : m.end("title")], text[m.start("site") : m.end("site")]


def _mark_title_lines(header: list[Line], title_line: Line | None, title: str | None) -> None:
    """Take the title out of the body, with its copies and the site junk above it."""
    if title_line is None or title is None:
        return
    key = fold(title).replace(" ", "")
    above = True
    for line in header:
        if line is title_line:
            line.role, line.reason = TITLE, "title"
            above = False
            continue
        if line.role != BODY:
            continue
        probe = _MD_HEADING.sub("", line.folded.strip()).replace(" ", "")
        if probe == key or (_SITE_SUFFIX.match(line.folded.strip()) and probe.startswith(key)):
            line.role, line.reason = TITLE, "copy of the title"
        elif above and len(probe) <= 20 and not any(c in probe for c in SENTENCE_END):
            line.role, line.reason = JUNK, "site name above the title"


def merge(primary: ArticleMeta, fallback: ArticleMeta) -> ArticleMeta:
    """Fill `primary`'s empty fields from `fallback`."""
    values = {
        k: getattr(primary, k) or getattr(fallback, k)
        for k in ("title", "source", "author", "date", "url", "page")
    }
    return replace(primary, **values)
