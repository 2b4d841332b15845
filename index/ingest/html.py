"""Turn a saved web page into the text a user's saved `.md` would be.

The output is YAML front matter (title, date, author, url, site, source), then
the page's header-zone lines (title, the date/来源/作者 lines next to it), then
the main text one paragraph per line, then footer-zone lines (责任编辑,
copyright), blank-line separated. The ordinary text pipeline (cleaning,
metadata, paragraphs) runs on it afterwards, so HTML and text files are read
by one set of rules.

trafilatura decides *which* lines are the main text; the page's own block
structure, read here in document order, gives the order, the paragraph
boundaries and the lines around the main text that extractors drop.

Priorities (in-page text a reader sees beats machine metadata where both exist):
- title: the `<h1>` (or `<h2>`) that the page's `<title>`/og:title also names,
  else og:title / ArticleTitle, else the `<title>` without its site suffix;
- date: a date on a header line between the title and the main text, an info
  table's 发布日期, an e-paper print line, then htmldate on the metadata,
  structured markup and URL, then a dated masthead (never a search through the
  body text: a body talks about other dates);
- source: the page's `source`/ContentSource meta if no visible line is
  labelled 来源 (or that line says the same), else left to the text pipeline;
  then an info table, a WeChat account name, an element marked up as the
  outlet (class/id with "source") on the line under the title;
- author: a person-like meta author, unless a visible 作者/记者 line names another;
- site: og:site_name, SiteName, application-name, then the `<title>` suffix
  (else left to the text pipeline, which reads copyright footers).

trafilatura and htmldate are imported only here, and this module only when an
HTML file is read, so `search` never loads them.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import yaml

from index.engine.models import DecodedFile, Skipped, SourceFile
from index.ingest.captions import is_caption
from index.ingest.cleaning import fold
from index.ingest.encoding import (
    UndecodableError,
    codec_for,
    decode_bytes,
    legacy_codecs,
    plausibility,
)
from index.ingest.publishers import (
    APP_ADVERT,
    app_bar,
    blog_owner,
    outlet_name,
    site_before_menu,
)
from index.ingest.zones import COUNTER

HTML_EXTENSIONS = (".html", ".htm", ".shtml")
HEADER_MAX = 8  # header-zone lines kept between the title and the main text
FOOTER_MAX = 8
ZONE_LINE_MAX = 200  # longer lines near the title are prose, not metadata
MATCH_WINDOW = 400  # lines ahead of the last match searched for a merged paragraph
MATCH_FULL_SCANS = 20  # whole-page searches allowed per page
MAX_TREE = 100_000  # elements; trafilatura's cleaning takes seconds on larger trees
TAIL_MAX = 6  # short lines kept after the last sentence (signature, date, 责任编辑)

_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "button",
        "textarea",
        "input",
        "head",
        "nav",
        "map",
        "canvas",
        "audio",
        "video",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        # 方正 (Founder) e-paper pages mark each part of the headline stack with its own tag.
        "founder-introtitle",
        "founder-title",
        "founder-subtitle",
        "founder-author",
        "founder-content",
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "center",
        "form",
        "address",
        "hr",
        "caption",
        "fieldset",
        "legend",
        "details",
        "summary",
        "body",
        "html",
    ]
)
_CELL_TAGS = frozenset(("td", "th"))
# Comment sections, share widgets and QR codes by class/id: never article text.
# Whole tokens of class/id: "commentary" (an opinion piece) is not a comment box.
_CHROME_ATTR = re.compile(
    r"(?:^|[\s_-])(?:comments?|pinglun|reply|replies|respond|share|bdshare|jiathis|social"
    r"|qrcode|qr|erweima|ewm)(?:$|[\s_-])",
    re.I,
)
# A picture's caption marked up as one (<figcaption>, class="caption", "wp-caption-text",
# "imgCaption", "pic-desc", "photo_intro"): dropped when
# its words are a caption's too (图为…, 图：…, …摄), so a mislabelled paragraph stays.
_CAPTION_ATTR = re.compile(
    r"(?:^|[\s_-])(?:(?:fig|img|pic|photo|image)?[_-]?caption|(?:img|pic|photo|image)[_-]?(?:desc|des|txt|text|note|info|intro|credit))"
    r"(?:$|[\s_-])",
    re.I,
)
_SENTENCE = re.compile(r"[。！？!?；;…，]|[.:：]$")
_MAIN_IDS = frozenset(("js_content",))  # WeChat's article body; the rest of its page is chrome
_LIST_HEADING = re.compile(r"^[^\d:：]{2,10}$")  # 热点新闻, 相关阅读: a link list follows
_NAV_SHAPE = re.compile(r"\S\s*[|｜][^|｜]+[|｜]\s*\S")  # 概况 | 关于我们 | 招聘: a menu
# Elements marked up as the outlet or the author (class="source", Baidu's news markup
# id="source_baidu"/"author_baidu", class="sourceMsg", "laiyuan"); lower-cased @class/@id.
_LOWER = "translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_SOURCE_CLASS_XPATH = f"//*[contains({_LOWER}, 'source') or contains({_LOWER}, 'laiyuan')]"
# The headline's element on pages that mark it up (class="article-title", id="newsTitle"),
# not a subtitle, a kicker or a list's item titles.
_TITLE_CLASS_XPATH = (
    f"//*[contains({_LOWER}, 'title') and not(contains({_LOWER}, 'sub'))"
    f" and not(contains({_LOWER}, 'intro')) and not(contains({_LOWER}, 'list'))"
    f" and not(contains({_LOWER}, 'item')) and not(ancestor::li) and not(ancestor::a)]"
)
_AUTHOR_CLASS_XPATH = f"//*[contains({_LOWER}, 'author') or contains({_LOWER}, 'auther') or contains({_LOWER}, 'zuozhe')]"
# Publication dates under <meta> names htmldate does not read (og:release_date, publishdate).
_META_DATE_NAME = re.compile(r"release_?date|publish_?date|pubdate|publish_?time|published")
_EDGE = "\x00"  # marks an inline element's edge in the line buffer
_WS = re.compile(r"[\s\u3000\xa0]+")


def _squash(text: str) -> str:
    """Runs of whitespace as one space, except a run of ideographic spaces alone, which is
    the text's own (返鄉種文旦的第三年　壽豐青農…: a headline's two parts) and is kept as one."""
    return _WS.sub(lambda m: "\u3000" if set(m.group()) == {"\u3000"} else " ", text)


_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})""",
    re.I,
)
_CJK_LEGACY = ("gb18030", "cp950", "big5hkscs")
_MARKUP = re.compile(rb"<(?:[a-zA-Z][a-zA-Z0-9]{0,9}[\s/>]|!--|!doctype)", re.I)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+)", re.I)
_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)"
    # Taiwan's ROC years: 民國113年4月2日, 113年4月2日 (113 + 1911 = 2024).
    r"|(?:民國|民国)\s*(?P<roc>\d{2,3})\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})(?!\d)"
    r"|(?<![\d.])(?P<roc3>1[0-4]\d)\s*年\s*(?P<r3m>\d{1,2})\s*月\s*(?P<r3d>\d{1,2})(?!\d)"
)
# An e-paper print line: 《 人民日报 》（ 2024年03月05日 第 01 版）
_PRINT_DATE = re.compile(
    r"《[^》]{2,20}》\s*[(（]\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
_UPDATED = re.compile(r"更新|修改|修訂|修订|update", re.I)
_WECHAT_CT = re.compile(r"""\b(?:ct|create_time)\s*[=:]\s*["']?(1\d{9})\b""")
_TODAY = re.compile(r"今天|今日|現在|现在|当前|當前")
# Labels whose value the text pipeline reads from a visible line.
_SOURCE_LABEL = re.compile(r"(?:来源|來源|出处|出處|转载自|轉載自)\s*[:：]")
_AUTHOR_LABEL = re.compile(r"(?:作者|记者|記者|文)\s*[:：/／]")
_FOOTER_WORDS = re.compile(
    r"《[^》]{2,20}》\s*[(（]|责任编辑|責任編輯|责编|責編|编辑\s*[:：]|編輯\s*[:：]|审核|審核|校对|校對|监制|監製|来源\s*[:：]|"
    r"來源\s*[:：]|作者\s*[:：]|记者|記者|原标题|原標題|版权|版權|copyright|©|主办\s*[:：]|主辦\s*[:：]|自豪地采用|powered\s+by|"
    # 某某省民政厅主办　黑ICP备… / 某某税务局　纳税服务热线：12366: the body running the site.
    r"icp\s*[备備证證]|主[办辦](?:\s|$)|服[务務][热熱][线線]|"
    # 本文刊载于《某某》2024年第8期: a magazine's web edition names the issue it printed the piece in
    r"(?:刊载|刊載|刊发|刊發|刊登|原载|原載)于?\s*《",
    re.I,
)
# A government portal's info table: 索引号 / 发布机构 / 发布日期 ... label cells.
_INFO_LABELS = re.compile(
    r"^(?:索\s*引\s*[号號]|主\s*[题題]\s*分\s*[类類]|[发發]\s*布\s*[机機]\s*[构構]|[发發]\s*文\s*[机機]\s*[关關]|"
    r"[发發]\s*布\s*[单單]\s*位|[发發]\s*布\s*日\s*期|成\s*文\s*日\s*期|文\s*[号號]|[发發]\s*文\s*字\s*[号號]|"
    r"信\s*息\s*[来來]\s*源|[来來]\s*源|生\s*成\s*日\s*期|公\s*[开開]\s*方\s*式|[标標]\s*[题題]|名\s*[称稱])\s*[:：]?$"
)
_INFO_SHOWN = ("发布日期", "發布日期", "信息来源", "來源", "来源", "发布单位", "發布單位")
# An info table's own title cell: the headline of a page whose <title> names only the site.
_INFO_TITLE = ("标题", "標題", "名称", "名稱")
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|│|\s[-–—]{1,2}\s|--)\s*")  # │: 標題│TVBS新聞網
_BARE_DASH = re.compile(r"^(?P<head>.{4,}?\D)-(?P<tail>[^\d\s-][^-]{1,15})$")
_CREDIT = re.compile(r"^.{0,12}?(?:记者|記者|通讯员|通訊員|特约撰稿人|特約撰稿人)\s*")
_DISPATCH = re.compile(r"\s*(?:发自|發自|报道|報導|摄影|攝影|摄|攝)(?:\s.*|[^\s]*)$")
_ORG_SUFFIX = re.compile(
    r"(?:网|網|报|報|台|站|社|频道|頻道|新闻|新聞|客户端|中心|办公室|委员会|局|厅)$"
)


@dataclass
class _Line:
    """One block of visible page text, in document order."""

    text: str
    sourceline: int  # the HTML line it starts on
    tag: str  # the block element it came from
    chrome: bool = False  # inside a comment/share/QR widget
    links: float = 0.0  # share of the text inside <a>
    main: bool = False  # inside a platform's known article container (WeChat #js_content)
    spaced: str = ""  # with a space between inline elements (<span>日期</span><span>来源</span>)
    node: object = field(default=None, repr=False, compare=False)  # the block element

    def as_zone(self) -> _Line:
        """This line as a header/footer line: inline elements kept apart."""
        return replace(self, text=self.spaced or self.text)


@dataclass
class _Page:
    """What one page yields: metadata with provenance, and zoned lines."""

    meta: dict[str, str] = field(default_factory=dict)
    meta_from: dict[str, str] = field(default_factory=dict)
    header: list[_Line] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)
    footer: list[_Line] = field(default_factory=list)
    extractor: str = "trafilatura"


def is_html(path: str) -> bool:
    """True for the file names read as web pages."""
    return path.lower().endswith(HTML_EXTENSIONS)


def decode_html_bytes(raw: bytes) -> tuple[str, str, str | None]:
    """Decode a page: BOM, then its declared charset, then detection. Returns text, encoding, note."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            decoded = decode_bytes(raw)  # raises UndecodableError with a reason
            return decoded.text, enc, decoded.note
    declared = _declared_charset(raw)
    utf8: str | None = None
    with contextlib.suppress(UnicodeDecodeError):
        utf8 = raw.decode("utf-8")
    if utf8 is not None:
        # Legacy CJK text is almost never valid UTF-8: a legacy declaration is stale.
        stale = declared not in (None, "utf-8") and not raw.isascii()
        return (
            utf8,
            "utf-8",
            f"declared charset {declared}, but the bytes are UTF-8" if stale else None,
        )
    if declared in _CJK_LEGACY:
        for enc in legacy_codecs(declared):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            # GBK bytes often decode as Big5 and the reverse: check the result reads as Chinese.
            score = plausibility(_sample(text))
            if score >= 0.6:
                return text, enc, None
            detected = decode_bytes(raw)
            if plausibility(_sample(detected.text)) > score + 0.2:
                return (
                    detected.text,
                    detected.encoding,
                    f"declared charset {declared} does not fit; read as {detected.encoding}",
                )
            return text, enc, None
    # Not declared, not UTF-8, declared wrongly, or declared as a non-Chinese
    # charset (iso-8859-1 decodes any bytes, into nonsense): detect.
    decoded = decode_bytes(raw)
    note = decoded.note
    if declared and declared != decoded.encoding:
        note = f"declared charset {declared} does not fit; read as {decoded.encoding}"
    return decoded.text, decoded.encoding, note


def _sample(text: str) -> str:
    """Up to 100k characters of a page's middle, for judging a decoding."""
    if len(text) <= 100_000:
        return text
    mid = len(text) // 2
    return text[mid - 50_000 : mid + 50_000]


def looks_like_html(raw: bytes) -> bool:
    """True when the bytes carry markup (a `.html` file may be plain text)."""
    return _MARKUP.search(raw[:65536]) is not None


def _declared_charset(raw: bytes) -> str | None:
    """The charset a `<meta charset>` or http-equiv Content-Type names, normalised."""
    m = _CHARSET.search(raw[:65536])  # long inline scripts push <meta> far down
    if not m:
        return None
    return codec_for(m.group(1).decode("ascii", "replace"))


def decode_html(source: SourceFile, raw: bytes, content_hash: str) -> DecodedFile | Skipped:
    """Read a saved web page into front matter + zoned text lines, or say why not."""
    from index.ingest.reading import normalise_text

    try:
        text, encoding, note = decode_html_bytes(raw)
    except UndecodableError as exc:
        return Skipped(source.path, f"undecodable: {exc}")
    try:
        page = extract_page(text)
    except Exception as exc:  # lxml/trafilatura on hostile input; one page never stops the run
        return Skipped(source.path, f"HTML page could not be parsed: {type(exc).__name__}")
    if page is None or not page.body:
        return Skipped(source.path, "HTML page has no text")
    lines, origins = render(page)
    out, removed = normalise_text("\n".join(lines))
    notes = [n for n in (note,) if n]
    # Only the unusual is noted: the index summary lists every note of every file.
    if page.extractor != "trafilatura":
        notes.append("HTML: no main text found by trafilatura; all page text kept")
    if removed:
        notes.append(f"{removed} control, zero-width or escape character(s) removed")
    if out.count("\n") + 1 != len(origins):  # a line break inside a value: drop the map
        origins = []
    return DecodedFile(
        source=source,
        text=out,
        encoding=encoding,
        content_hash=content_hash,
        notes=tuple(notes),
        origins=tuple(origins),
    )


def render(page: _Page) -> tuple[list[str], list[str]]:
    """The generated text's lines and, for each, where in the page it came from."""
    lines, origins = ["---"], ["front matter"]
    for key in ("title", "date", "author", "url", "site", "source"):
        value = page.meta.get(key)
        if value:
            dumped = yaml.safe_dump({key: value}, allow_unicode=True, width=1 << 20).strip()
            lines.append(dumped)
            origins.append(f"{key} from {page.meta_from.get(key, 'the page')}")
    lines.append("---")
    origins.append("front matter")
    for zone, label in ((page.header, "header"), (page.body, "main text"), (page.footer, "footer")):
        for ln in zone:
            lines += ["", ln.text]
            where = f"HTML line {ln.sourceline}, <{ln.tag}>" if ln.sourceline else "not on the page"
            origins += ["", f"{where} ({label})"]
    return lines, origins


def extract_page(text: str) -> _Page | None:
    """Zone a page's text and gather its metadata; None for a page without a document."""
    import lxml.html

    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        # huge_tree: libxml2 otherwise drops everything nested deeper than 256 levels.
        tree = lxml.html.document_fromstring(text, parser=_parser())
    except Exception:  # lxml raises ParserError on markup-free or empty documents
        return None
    lines = linearise(tree)
    _mark_teasers(lines)
    _mark_captions(lines)
    if not lines:
        return None
    page = _Page()
    heads = _metas(tree)
    url = _page_url(tree, heads, text)
    paras = _trafilatura(tree, url)
    info = _info_table(tree)
    title, title_from = _choose_title(tree, heads, lines, info)
    title_first, title_idx = _find_title(lines, title)
    after = title_idx if title_idx is not None else -1
    slack = 0  # lines past the extractor's selection that may still end the text
    if any(ln.main for ln in lines):  # a platform's known article container (WeChat)
        selected = [i for i, ln in enumerate(lines) if ln.main and i > after]
    else:
        slack = 2
        selected = _match_body(lines, paras, after)
    if not selected:
        page.extractor = "all text"
        selected = list(range(after + 1, len(lines))) or [
            i for i in range(len(lines)) if title_idx is None or not title_first <= i <= title_idx
        ]
        if not selected:
            return page
    body, lead, rest = _trim(lines, selected, after, slack)
    if not body:
        return page
    page.body = [lines[i] for i in body]
    if title_idx is not None:
        zone = [ln for ln in lines[title_idx + 1 : body[0]] if _zone_line(ln)]
        # 栏目 > 县区　来源：某某日报　编辑：某 in a bar above the headline: the credit is read too.
        above = [
            ln
            for ln in lines[: title_first or 0][-HEADER_MAX:]
            if _zone_line(ln) and _SOURCE_LABEL.search(ln.text) and not _prose(ln)
        ]
        page.header = [ln.as_zone() for ln in (above + zone)[:HEADER_MAX]]
    else:
        page.header = [lines[i].as_zone() for i in lead][-HEADER_MAX:]
    footer = [ln for ln in lines[rest:] if _zone_line(ln) and _FOOTER_WORDS.search(ln.text)]
    page.footer = [ln.as_zone() for ln in footer[:FOOTER_MAX]]
    # Of an info table, only the lines whose labels the text pipeline reads; the
    # rest (索引号, 主题分类, 文号) would be indexed as paragraphs.
    shown = [ln for ln in info if ln.text.startswith(_INFO_SHOWN)]
    # The table's rows as the page shows them (發布單位 農業處) repeat the pairs.
    cells = {_key(ln.text.replace("：", "")) for ln in info}
    page.header = [h for h in page.header if _key(h.text) not in cells]
    if shown:
        known = {h.text for h in page.header}
        page.header = [ln for ln in shown if ln.text not in known] + page.header
    if title:
        tag = lines[title_first].tag if title_first is not None else "title"
        line = lines[title_first].sourceline if title_first is not None else 0
        page.header.insert(0, _Line(f"# {title}", line, tag))
    _fill_meta(page, tree, heads, url, title, title_from, info, lines)
    return page


def _parser():
    """An HTML parser that keeps deep and large documents."""
    import lxml.html

    return lxml.html.HTMLParser(huge_tree=True, remove_comments=False)


def linearise(tree) -> list[_Line]:
    """The page's visible text as block lines in document order."""
    out: list[_Line] = []
    buf: list[tuple[str, bool]] = []
    state: dict = {
        "line": 0,
        "tag": "body",
        "chrome": False,
        "main": False,
        "started": False,
        "pre": 0,
        "node": None,
    }

    def flush() -> None:
        if not buf:
            state["started"] = False
            return
        text = _squash("".join(t for t, _ in buf if t is not _EDGE)).strip()
        spaced = _squash("".join(" " if t is _EDGE else t for t, _ in buf)).strip()
        linked = sum(len(_WS.sub("", t)) for t, link in buf if link and t is not _EDGE)
        buf.clear()
        state["started"] = False
        if text:
            size = len(_WS.sub("", text)) or 1
            out.append(
                _Line(
                    text,
                    state["line"],
                    state["tag"],
                    state["chrome"],
                    linked / size,
                    state["main"],
                    spaced,
                    state["node"],
                )
            )

    def add(text: str | None, el, link: bool) -> None:
        if not text:
            return
        parts = text.split("\n") if state["pre"] else [text]  # <pre> keeps its line breaks
        for n, part in enumerate(parts):
            if n:
                flush()
            if not state["started"] and part and not part.isspace():
                state["line"], state["started"] = el.sourceline or 0, True
            buf.append((part, link))

    from lxml import etree

    root = tree.find("body")
    root = tree if root is None else root
    # (tag, chrome, main, link, element) of the open elements; iterwalk, not recursion:
    # pages nest deep.
    stack: list[tuple] = [("body", False, False, False, root)]
    state["node"] = root
    skipping = 0  # depth inside a skipped element (script, nav, a comment)
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skipping or not tag or tag in _SKIP_TAGS or _hidden(el):
                skipping += 1
                continue
            if tag == "pre":
                state["pre"] += 1
            _, chrome, main, link, _ = stack[-1]
            attrs = f"{el.get('class', '')} {el.get('id', '')}"
            chrome = chrome or bool(attrs.strip() and _CHROME_ATTR.search(attrs))
            main = main or el.get("id") in _MAIN_IDS
            link = link or tag == "a"
            stack.append((tag, chrome, main, link, el))
            if tag in _BLOCK_TAGS or tag == "br":
                flush()
                if tag in _BLOCK_TAGS:
                    state.update(tag=tag, chrome=chrome, main=main, node=el)
                else:
                    state.update(chrome=chrome, main=main)
            elif tag not in _CELL_TAGS:
                buf.append((_EDGE, False))  # inline element edges: spaces in header lines only
            add(el.text, el, link)
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        else:
            stack.pop()
            if tag == "pre":
                state["pre"] -= 1
            if tag in _CELL_TAGS:
                buf.append((" ", False))
            elif tag not in _BLOCK_TAGS and tag != "br":
                buf.append((_EDGE, False))
            if tag in _BLOCK_TAGS:
                flush()
        if el is root:
            break
        parent_tag, chrome, main, link, parent = stack[-1]
        if parent_tag in _BLOCK_TAGS:
            state.update(tag=parent_tag, chrome=chrome, main=main, node=parent)
        add(el.tail, el, link)
    flush()
    return out


def _mark_teasers(lines: list[_Line]) -> None:
    """Mark lists of linked headlines with summaries (related/recommended stories) as chrome.

    An item is one of at least three like siblings (same tag and class) that holds
    a line that is mostly a link and a line that is not: a headline and its teaser.
    Article paragraphs with a link inside never split into such a pair.
    """
    items: set = set()
    shapes: dict = {}  # parent → Counter of its children's (tag, class)
    for ln in lines:
        if ln.links < 0.6 or ln.node is None:
            continue
        for anc in [ln.node, *ln.node.iterancestors()][:5]:
            parent = anc.getparent()
            if parent is None:
                break
            if parent not in shapes:
                shapes[parent] = Counter((c.tag, c.get("class")) for c in parent)
            if shapes[parent][anc.tag, anc.get("class")] >= 3:
                items.add(anc)
                break
    if not items:
        return
    members: dict = {}
    for i, ln in enumerate(lines):
        if ln.node is None:
            continue
        for anc in [ln.node, *ln.node.iterancestors()][:6]:
            if anc in items:
                members.setdefault(anc, []).append(i)
                break
    for idx in members.values():
        if any(lines[i].links >= 0.6 for i in idx) and any(lines[i].links < 0.6 for i in idx):
            for i in idx:
                lines[i].chrome = True


def _mark_captions(lines: list[_Line]) -> None:
    """Mark a picture's caption as chrome when both its markup and its words say caption."""
    for ln in lines:
        if ln.chrome or ln.node is None or not is_caption(fold(ln.text)):
            continue
        # the line's block and its parents, or an inline element holding all of its text
        # (<p><span class="imgCaption">图：…</span></p>)
        inner = [
            el
            for el in itertools.islice(ln.node.iterdescendants(), 8)
            if _squash(el.text_content()).strip() == ln.text
        ]
        for el in [*[ln.node, *ln.node.iterancestors()][:3], *inner]:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            attrs = f"{el.get('class', '')} {el.get('id', '')}"
            if tag == "figcaption" or (attrs.strip() and _CAPTION_ATTR.search(attrs)):
                ln.chrome = True
                break


def _hidden(el) -> bool:
    """An element the browser does not show (SEO spam hides here); WeChat's body excepted."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    if "display:none" in style:
        return True
    return "visibility:hidden" in style and el.get("id") not in _MAIN_IDS


def _prose(ln: _Line) -> bool:
    """A line of running text: long enough, with sentence punctuation, not a link."""
    k = _key(ln.text)
    return len(k) >= 15 and ln.links < 0.5 and bool(_SENTENCE.search(k))


def _zone_line(ln: _Line) -> bool:
    """A line that may carry metadata near the title or in the footer."""
    return not ln.chrome and ln.links < 0.6 and len(ln.text) <= ZONE_LINE_MAX


def _trim(
    lines: list[_Line], selected: list[int], after: int, slack: int
) -> tuple[list[int], list[int], int]:
    """Cut the extractor's selection to the main text.

    Returns the body's line indexes, the selected lines before the first prose
    line (title/date candidates when the page has no known title), and the
    index where the footer search starts. The body runs from the first to the
    last line of running text, plus the short lines right after it (a
    signature, 责任编辑) up to the first link list or its heading.
    """
    span = [i for i in range(selected[0], selected[-1] + 1) if i > after and not lines[i].chrome]
    prose = [i for i in span if _prose(lines[i])]
    if not prose:
        return span, [], (span[-1] + 1 if span else len(lines))
    first, last = prose[0], prose[-1]
    lead = [i for i in span if i < first and _zone_line(lines[i])]
    # Keep only the run of plain lines right above the text (a title, a dateline).
    run: list[int] = []
    for i in reversed(lead):
        if run and run[-1] - i > 1:
            break
        run.insert(0, i)
    body = [
        i
        for i in span
        if first <= i <= last and not (lines[i].links >= 0.9 and not _prose(lines[i]))
    ]
    box = _common_ancestor(lines[first].node, lines[last].node)
    if box is not None and box is lines[last].node:  # one block holds all the text: its parent
        box = box.getparent() if box.getparent() is not None else box
    i = last + 1
    while i < len(lines) and i <= selected[-1] + slack and i - last <= TAIL_MAX:
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            ln.chrome
            or ln.links >= 0.5
            or len(ln.text) > ZONE_LINE_MAX
            or _NAV_SHAPE.search(ln.text)
            or not _inside(ln.node, box)  # past the text's container: an advert, a widget
        ):
            break
        if nxt is not None and nxt.links >= 0.6 and _LIST_HEADING.match(_key(ln.text)):
            break  # the heading of a link list (热点新闻, 相关阅读)
        body.append(i)
        i += 1
    return body, run, i


def _common_ancestor(a, b):
    """The deepest element holding both `a` and `b` (None if either is unknown)."""
    if a is None or b is None:
        return None
    above_a = {id(x) for x in (a, *a.iterancestors())}
    return next((x for x in (b, *b.iterancestors()) if id(x) in above_a), None)


def _inside(node, box) -> bool:
    """True when `node` is `box` or inside it; anything is inside an unknown box."""
    if box is None or node is None:
        return True
    return any(x is box for x in (node, *node.iterancestors()))


def _key(text: str) -> str:
    """Comparison form of a line: no whitespace, no heading marks."""
    return _WS.sub("", text).lstrip("#")


def _trafilatura(tree, url: str | None) -> list[str]:
    """The main-text paragraphs trafilatura finds (metadata is read here, not by it)."""
    import trafilatura

    if sum(1 for _ in tree.iter()) > MAX_TREE:
        return []  # then all page text is zoned without it
    doc = trafilatura.bare_extraction(
        copy.deepcopy(tree),  # it prunes the tree it is given
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        # No readability/jusText fallbacks: jusText has no Chinese stoplist and took
        # 40 % of the time; the zoning below recovers what the fast path leaves out.
        fast=True,
    )
    if doc is None:
        return []
    paras = (_squash(p).strip() for p in (doc.text or "").split("\n"))
    return [p for p in paras if p]


def _match_body(lines: list[_Line], paras: list[str], after: int) -> list[int]:
    """Indexes of the page lines (after the title) that carry trafilatura's paragraphs."""
    keys = [_mkey(ln.text) if i > after else "" for i, ln in enumerate(lines)]
    where: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k:
            where.setdefault(k, []).append(i)
    found: set[int] = set()
    pos = after + 1  # trafilatura keeps document order: look near the last match first
    full_scans = MATCH_FULL_SCANS
    for para in paras:
        k = _mkey(para)
        if not k:
            continue
        if k in where:
            hit = next((i for i in where[k] if i >= pos), where[k][0])
            found.add(hit)
            pos = max(pos, hit + 1)
            continue
        # trafilatura joins some blocks into one paragraph and splits others.
        window = range(max(after + 1, pos - 50), min(len(keys), pos + MATCH_WINDOW))
        hits = _contained(keys, k, window)
        if not hits and full_scans:
            full_scans -= 1  # bounded: a page of unmatched paragraphs would be quadratic
            hits = _contained(keys, k, range(after + 1, len(keys)))
        found.update(hits)
        if hits:
            pos = max(pos, hits[-1] + 1)
    idx = sorted(found)
    # Drop far strays (a sidebar line equal to a body line): keep the dense run.
    return _densest_run(idx) if len(idx) > 3 else idx


def _contained(keys: list[str], k: str, window: range) -> list[int]:
    """Lines in `window` inside paragraph `k`, else the first line containing it."""
    inside = [i for i in window if len(keys[i]) >= 4 and keys[i] in k]
    if inside or len(k) < 8:
        return inside
    return next(([i] for i in window if k in keys[i]), [])


def _tkey(text: str) -> str:
    """Title comparison form: also folded (width, script), so ':' meets '：' and 標題 meets 标题."""
    from index.build.folding import fold

    return fold(_key(text))


def _mkey(text: str) -> str:
    """Matching form of a line: no whitespace, no table bars (trafilatura writes | a | b |)."""
    return _key(text).replace("|", "")


def _densest_run(idx: list[int]) -> list[int]:
    """The longest stretch of matches with no gap larger than 40 lines."""
    runs: list[list[int]] = [[idx[0]]]
    for i in idx[1:]:
        if i - runs[-1][-1] > 40:
            runs.append([])
        runs[-1].append(i)
    return max(runs, key=len)


def _metas(tree) -> dict[str, tuple[str, int]]:
    """`<meta>` values by lower-cased name/property, with their HTML line."""
    out: dict[str, tuple[str, int]] = {}
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _squash(el.get("content") or "").strip()
        if name and value and name not in out:
            out[name] = (value, el.sourceline or 0)
    # schema.org microdata on an element (<span itemprop="author">某某</span>, maybe hidden, maybe
    # with its itemprop="name" inside): the page's own data, read like a <meta name=author>.
    for el in tree.xpath("//*[not(self::meta)][@itemprop='author' or @itemprop='creator']"):
        named = el.xpath(".//*[@itemprop='name']")
        value = _squash(
            el.get("content") or (named[0] if named else el).text_content() or ""
        ).strip()
        if 2 <= len(value) <= 40 and "author" not in out:
            out["author"] = (value, el.sourceline or 0)
    return out


def _page_url(tree, heads, text: str) -> str | None:
    """The page's own address: canonical link, og:url, or a browser's 'saved from' note."""
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").startswith(
            "http"
        ):
            return el.get("href").strip()
    for key in ("og:url", "url"):
        if key in heads and heads[key][0].startswith("http"):
            return heads[key][0]
    m = _SAVED_FROM.search(text[:4096])
    return m.group(1) if m else None


def _choose_title(tree, heads, lines: list[_Line], info: list[_Line]) -> tuple[str | None, str]:
    """The article's title and where it came from."""
    founder = tree.find(".//founder-title")
    if founder is not None and 4 <= len(_tkey(founder.text_content())) <= 120:
        # A 方正 e-paper names the headline apart from its kicker and subtitle.
        text = _squash(founder.text_content()).strip()
        return text, f"<founder-title> (HTML line {founder.sourceline})"
    doc_title = ""
    t = tree.find(".//title")
    if t is not None:
        doc_title = _squash(t.text_content()).strip()
    metas = [heads[k] for k in ("og:title", "articletitle", "twitter:title", "title") if k in heads]
    refs = [_tkey(x) for x in [*(v for v, _ in metas), doc_title] if x]
    # The site and channel parts of those titles (…_要闻_人民网): a logo <h1> names them.
    sites = {_tkey(p) for x in [*(v for v, _ in metas), doc_title] for p in _title_parts(x)[1:]}
    heads_ = [(el, _squash(el.text_content()).strip()) for el in tree.iter("h1", "h2")]
    named = [
        (el, text)
        for el, text in heads_
        if 4 <= len(_tkey(text)) <= 120
        and _tkey(text) not in sites
        and any(_tkey(text) in r for r in refs)
    ]
    if named:
        # The headline, not a logo <h1> naming the site (which the <title> also names):
        # one that starts a reference title, else the longest.
        el, text = max(
            named,
            key=lambda e: (any(r.startswith(_tkey(e[1])) for r in refs), len(_tkey(e[1]))),
        )
        return text, f"<{el.tag}> (HTML line {el.sourceline})"
    # A block that starts the <title>/og:title: the visible headline of a page without <h1>.
    # A masthead naming the site that a bare <title> repeats (某某市民政局) is no headline when
    # the page has an <h1> of its own.
    # That holds for a headline <h2> or an element marked up as the title (art-title) as well.
    own_h1 = [t for el, t in heads_ if el.tag == "h1" and 4 <= len(_tkey(t)) <= 120]
    own_h1 += [
        t
        for t in (
            *(t for el, t in heads_ if el.tag == "h2"),
            *(_squash(el.text_content()).strip() for el in tree.xpath(_TITLE_CLASS_XPATH)),
        )
        if 4 <= len(_tkey(t)) <= 120 and not _names_a_site(t) and not kind_label(t)
    ]
    for ln in lines:
        k = _tkey(ln.text)
        if own_h1 and _names_a_site(ln.text) and all(_tkey(h) != k for h in own_h1):
            continue
        if (
            6 <= len(k) <= 120
            and ln.links < 0.5
            and not ln.chrome
            and any(r == k or (r.startswith(k) and r[len(k)] in "_|｜-–—") for r in refs)
            and not kind_label(ln.text)
        ):
            return ln.text, f"<{ln.tag}> matching the page title (HTML line {ln.sourceline})"
    # A <title> that is a near copy of the visible headline (a Word page's document title
    # 转发：某县…“四本台账” over the headline 某县…的“四本台账”): the page shows the headline.
    for ln in lines:
        k = _tkey(ln.text)
        if (
            8 <= len(k) <= 120
            and ln.links < 0.5
            and not ln.chrome
            and "。" not in ln.text
            and any(_near_copy(k, r) for r in refs)
        ):
            return ln.text, f"<{ln.tag}> nearly matching the page title (HTML line {ln.sourceline})"
    for value, line in metas[:3]:
        return _title_parts(value)[0], f"<meta> title (HTML line {line})"
    h1s = [_squash(el.text_content()).strip() for el in tree.iter("h1")]
    h1s = [h for h in h1s if 4 <= len(_tkey(h)) <= 120]
    if len(h1s) == 1:
        return h1s[0], "<h1>"
    parts = _title_parts(doc_title)
    if len(parts) >= 2 and not _names_a_site(parts[0]):  # a lone <title> is often the site's name
        return parts[0], "<title> without its site suffix"
    marked = [
        _squash(el.text_content()).strip()
        for el in tree.xpath(_TITLE_CLASS_XPATH)
        if el.find(".//a") is None
    ]
    marked = [m for m in marked if 4 <= len(_tkey(m)) <= 120 and not _names_a_site(m)]
    if len(set(marked)) == 1:
        # <div class="article-title">: the headline of a page whose <title> names only the site.
        return marked[0], "an element marked up as the title"
    for ln in info:
        label, _, value = ln.text.partition("：")
        if label in _INFO_TITLE and 4 <= len(_tkey(value)) <= 120 and not _names_a_site(value):
            # 標題｜梅山鄉青年返鄉種茶…: the info table names the headline the <title> does not.
            return value, f"the info table's {label} (HTML line {ln.sourceline})"
    h2s = [_squash(el.text_content()).strip() for el in tree.iter("h2")]
    h2s = [h for h in h2s if 4 <= len(_tkey(h)) <= 120]
    if len(h2s) == 1 and not _names_a_site(h2s[0]):
        # 屏東縣政府全球資訊網-新聞稿: the <title> names the site and a section; the lone <h2> is the headline.
        return h2s[0], "<h2>"
    if len(parts) >= 2:
        return parts[0], "<title> without its site suffix"
    if parts and not _names_a_site(parts[0]) and len(_tkey(parts[0])) >= 6:
        # …unless it reads as a headline (a county page titled 我县召开…推进会).
        return parts[0], "<title>, which names no site"
    return None, ""


def kind_label(text: str) -> bool:
    """A page-kind label alone or with its translation (新闻发布 | Press Release): no headline."""
    from index.build.folding import fold
    from index.ingest.publishers import PAGE_KIND

    parts = [p.strip() for p in re.split(r"\s[|｜/／-]\s|[|｜／]", fold(text)) if p.strip()]
    return bool(parts) and all(PAGE_KIND.match(p) for p in parts)


_FORWARDED = re.compile(r"^(?:转发|转载|转|fw|fwd)[:：]", re.I)


def _near_copy(key: str, ref: str) -> bool:
    """Whether a block's title key differs from a <title> key only by a forwarding prefix and
    a character or two (转发：X, a 的 dropped)."""
    import difflib

    ref = _FORWARDED.sub("", ref)
    if key == ref or abs(len(key) - len(ref)) > 2 or len(ref) < 8:
        return False
    return difflib.SequenceMatcher(None, key, ref, autojunk=False).ratio() >= 0.9


def _names_a_site(text: str) -> bool:
    """A page title that is a site's or office's name (某某县人民政府, 泉州网), not a headline."""
    from index.build.folding import fold
    from index.ingest.publishers import SECTION_NAME, looks_like_outlet, publishers

    key = fold(text).strip()
    if SECTION_NAME.match(key) or re.fullmatch(r"新闻(?:公报|稿|发布)", key):
        return False  # a section of the site (新聞公報, 農會新聞), not its name
    return bool(
        looks_like_outlet(key)
        or publishers().lookup(key)
        or re.search(
            r"(?:政府|公所|公署|议会|法院|检察院|医院|门户|网站|官网|网|在线|客户端|委员会|局|厅|办公室|大学|学院|中心|报|社|台|频道|首页|"
            r"办事处|事务处|管理处|总署|农会|渔会)$",
            key,
        )
    )


def _title_parts(title: str) -> list[str]:
    """'标题_频道_人民网' → ['标题', '频道', '人民网']; a bare '-' splits only before a short tail."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) == 1:
        m = _BARE_DASH.match(title.strip())
        if m:
            parts = [m["head"].strip(), m["tail"].strip()]
    dash = re.match(r"^(?P<head>.+)[—―]{1,2}(?P<tail>[^—―]+)$", title.strip())
    # 标题——黔西南州人民政府, 标题—资阳网 (a subtitle stays)
    if len(parts) == 1 and dash and dash["head"].strip() and _names_a_site(dash["tail"].strip()):
        parts = [dash["head"].strip(), dash["tail"].strip()]
    if len(parts) == 1:  # 雲林縣政府全球資訊網-縣府推動…: the site, a bare dash, the headline
        head, _, tail = title.strip().partition("-")
        if len(_key(tail)) >= 8 and _names_a_site(head.strip()) and not _names_a_site(tail.strip()):
            parts = [head.strip(), tail.strip()]
    if len(parts) >= 2 and len(_key(parts[0])) < 4:  # '新华网 - 标题': site first
        parts = [max(parts, key=len), *parts]
    elif (
        len(parts) == 2
        and len(_key(parts[1])) >= 8  # 屏東縣政府全球資訊網-新聞稿 is the site and a section
        and _names_a_site(parts[0])
        and not _names_a_site(parts[1])
    ):
        parts = parts[::-1]  # 湖北政协网--标题: the headline, then the site
    return parts or [title.strip()]


_DATED_EDGE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[,，]?\s*"
    r"|\s*[,，]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$"
)


# A portal's channel after its brand: 新浪财经, 凤凰网科技, 搜狐体育.
_CHANNEL_WORDS = (
    "财经|財經|科技|体育|體育|娱乐|娛樂|汽车|汽車|新闻|新聞|房产|房產|教育|健康|时尚|時尚|军事|軍事"
    "|文化|旅游|旅遊|游戏|遊戲|数码|數碼|女性|读书|讀書|公益|家居|视频|視頻|图片|圖片|国际|國際|历史|歷史"
)


# A site's Chinese name with its English name after it (民報 Taiwan People News).
_ENGLISH_GLOSS = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12})\s+[A-Za-z][A-Za-z&'.-]*(?:\s+[A-Za-z][A-Za-z&'.-]*){1,5}"
)


def _site_from_title(title: str) -> str | None:
    """The last part of a `<title>` when it names a site (…_人民网)."""
    # 标题 - 2024年4月16日, 卫星通讯社: the page's date beside the site's name is no part of it
    parts = [p for p in (_DATED_EDGE.sub("", p) for p in _title_parts(title)) if p]
    while len(parts) > 2 and outlet_name(parts[-1]) is None:
        parts = parts[:-1]  # 标题 - 来宾论坛 - Powered by Discuz!, 标题 – DW – 2024年7月20日
    gloss = _ENGLISH_GLOSS.fullmatch(parts[-1]) if len(parts) >= 2 else None
    if gloss and not _known(parts[-1]):
        parts = [*parts[:-1], gloss["name"]]  # 标题 | 民報 Taiwan People News: the name
    if len(parts) == 2 and _names_a_site(parts[0]) and not _names_a_site(parts[1]):
        return parts[0]  # 屏東縣政府全球資訊網-新聞稿: the site, then a section
    brand = re.sub(r"(?:网|網|\.com|\.cn)$", "", parts[-1]) if len(parts) >= 3 else ""
    rest = parts[-2][len(brand) :] if len(brand) >= 2 and parts[-2].startswith(brand) else ""
    if re.fullmatch(rf"[网網]?(?:{_CHANNEL_WORDS})(?:频道|頻道)?", rest):
        return parts[-2]  # 标题_新浪财经_新浪网: the portal's channel site, named after it
    if len(parts) >= 3 and re.search(r"频道|頻道", parts[-1]) and _names_a_site(parts[-2]):
        parts = parts[:-1]  # 标题_浙江在线_湖州频道: the site, then its channel
    if len(parts) >= 2 and 2 <= len(parts[-1]) <= 20:
        name = _latin_short_name_off(re.sub(r"\s*[(（].*[)）]\s*$", "", parts[-1]))
        return _brand_off_description(name) or None
    if len(parts) >= 2 and _known(parts[-1]):
        return parts[-1]  # a long name the table knows (an office's Portuguese or English name)
    return None


def _title_tail_date(tree) -> tuple[str | None, str]:
    """A full date in a short part of the `<title>` after the headline (标题 - 2024年4月16日,
    卫星通讯社): the day the site dates the page, which a yearless dateline needs."""
    t = tree.find(".//title")
    if t is None:
        return None, ""
    parts = _title_parts(_squash(t.text_content()).strip())
    tails = [_Line(p, t.sourceline or 0, "title") for p in parts[1:] if len(_key(p)) <= 30]
    date, line = _first_date(tails)
    return date, f"a date in the <title> after the headline (HTML line {line})"


def _own_site_of(site: str, body: str) -> bool:
    """`site` is `body`'s own website by name: the body's name and a site word (…门户网站, …网)."""
    return (
        site.startswith(body)
        and re.fullmatch(
            r"(?:政府)?(?:门户网站|門戶網站|网站|網站|网|網|全球资讯网|全球資訊網)",
            site[len(body) :],
        )
        is not None
    )


# A Latin brand and a generic description of it glued on (AASTOCKS財經新聞): the brand.
_BRAND_DESCRIBED = re.compile(
    r"(?P<brand>[A-Za-z][A-Za-z0-9.&'-]{2,20})\s*(?P<desc>[\u4e00-\u9fff]{2,6})"
)


def _brand_off_description(name: str) -> str:
    """A site's Latin brand without a section-like description after it (财经新闻, 资讯)."""
    from index.build.folding import fold
    from index.ingest.publishers import SECTION_NAME

    m = _BRAND_DESCRIBED.fullmatch(name)
    return m["brand"] if m and SECTION_NAME.match(fold(m["desc"])) else name


# A site's Latin short name after its Chinese name (宽带山KDS, 某某论坛 BBS); a brand's own
# TV, FM or APP (芒果TV, 某某FM) is part of the name.
_LATIN_SHORT = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s?(?!(?:TV|FM|AM|APP)$)[A-Z]{2}[A-Za-z]{0,6}$")


def _latin_short_name_off(name: str) -> str:
    """A site's name without the Latin short name glued after it, unless the table knows it whole."""
    return name if _known(name) else _LATIN_SHORT.sub("", name)


def _known(name: str) -> bool:
    """A name the publisher table knows."""
    from index.ingest.publishers import publishers

    return publishers().lookup(name) is not None


def _find_title(lines: list[_Line], title: str | None) -> tuple[int, int] | tuple[None, None]:
    """First and last index of the page lines that make up the title (a <br> may split it)."""
    if not title:
        return None, None
    k = _tkey(title)
    keys = [_tkey(ln.text) for ln in lines]
    for i, key in enumerate(keys):
        joined = key
        for j in range(i, min(i + 3, len(keys))):
            if j > i:
                joined += keys[j]
            if joined == k:
                return i, j
            if not k.startswith(joined):
                break
    return None, None


def _info_table(tree) -> list[_Line]:
    """A government info table as `label：value` lines (索引号、发布机构、发布日期…)."""
    for table in tree.iter("table"):
        pairs: list[_Line] = []
        for row in table.iter("tr"):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in _CELL_TAGS]
            texts = [_squash(c.text_content()).strip() for c in cells]
            for j in range(len(cells) - 1):
                if _INFO_LABELS.match(texts[j]) and texts[j + 1]:
                    label = _WS.sub("", texts[j]).rstrip(":：")
                    pairs.append(_Line(f"{label}：{texts[j + 1]}", cells[j].sourceline or 0, "td"))
            for cell, text in zip(cells, texts, strict=True):
                # 发布机构：某某局 in one cell: the label and its value side by side.
                label, colon, value = text.partition("：") if "：" in text else text.partition(":")
                if colon and value.strip() and _INFO_LABELS.match(label.strip()):
                    label = _WS.sub("", label)
                    pairs.append(_Line(f"{label}：{value.strip()}", cell.sourceline or 0, "td"))
        if len(pairs) >= 2:
            return pairs
    return []


def _first_date(lines: list[_Line], pattern: re.Pattern = _DATE) -> tuple[str | None, int]:
    """The first valid date (year, month, day) on the lines, with its HTML line."""
    import datetime as dt

    later: tuple[str | None, int] = (None, 0)  # an update date, only if nothing else
    for ln in lines:
        for m in pattern.finditer(ln.text):
            groups = m.groupdict()
            if groups.get("roc"):
                ymd = (int(m["roc"]) + 1911, m["rm"], m["rd"])
            elif groups.get("roc3"):
                ymd = (int(m["roc3"]) + 1911, m["r3m"], m["r3d"])
            else:
                ymd = (m["y"], m["m"], m["d"])
            try:
                date = dt.date(*(int(v) for v in ymd)).isoformat()
            except ValueError:
                continue
            if _UPDATED.search(ln.text[max(0, m.start() - 8) : m.start()]):
                later = later if later[0] else (date, ln.sourceline)
                continue
            return date, ln.sourceline
    return later


def _fill_meta(page: _Page, tree, heads, url, title, title_from, info, lines) -> None:
    """Choose the front matter fields (see the module docstring for the order)."""
    from index.build.folding import fold

    meta, origin = page.meta, page.meta_from

    def put(key: str, value: str | None, where: str) -> None:
        value = _squash(value or "").strip()
        if value and key not in meta:
            meta[key], origin[key] = value, where

    put("title", title, title_from)
    zone = [
        ln for ln in page.header if ln.tag not in ("td", "title") and not ln.text.startswith("# ")
    ]
    published = sorted(info, key=lambda ln: not ln.text.startswith(("发布日期", "發布日期")))
    for where, group in (("the line under the title", zone), ("the info table", published)):
        date, line = _first_date(group)
        put("date", date, f"{where} (HTML line {line})")
    date, line = _first_date(lines, _PRINT_DATE)
    put("date", date, f"the print line (HTML line {line})")
    put("date", _htmldate(tree, url), "htmldate (page metadata, markup or URL)")
    for key, (value, line) in heads.items():
        if _META_DATE_NAME.search(key):
            date, _ = _first_date([_Line(value, line, "meta")])
            put("date", date, f"<meta {key}> (HTML line {line})")
    if "date" not in meta and tree.find(".//*[@id='js_content']") is not None:
        put("date", _wechat_time(tree), "the WeChat page's publish time in its script")
    top = lines[: lines.index(page.body[0])] if page.body[0] in lines else []
    masthead = [ln for ln in top if len(ln.text) <= 40 and not _TODAY.search(ln.text)]
    date, line = _first_date(masthead)
    put("date", date, f"a dated line above the article (HTML line {line})")
    put("date", *_title_tail_date(tree))
    put("url", url, "<link rel=canonical>, og:url or the saved-from note")

    visible = page.header + page.footer + page.body[:3] + page.body[-TAIL_MAX:]
    wechat = tree.find(".//*[@id='js_name']")
    labelled = [ln for ln in visible if _SOURCE_LABEL.search(ln.text)]
    for key in ("source", "contentsource", "article:source", "copyfrom"):
        if key in heads:
            value = re.sub(r"^\s*(?:来源|來源|source)\s*[:：]\s*", "", heads[key][0], flags=re.I)
            # A visible 来源 line wins; the meta value only where it says the same.
            if not labelled or any(_key(value) in _key(ln.text) for ln in labelled):
                put("source", value, f"<meta {key}> (HTML line {heads[key][1]})")
    if not labelled:
        # 信息来源 credits the content; 发布机构 only the office that posted it.
        weak = ("发布机构", "發布機構", "发布单位", "發布單位")
        for ln in sorted(published, key=lambda ln: ln.text.startswith(weak)):
            if ln.text.startswith(("信息来源", "來源", "来源", *weak)):
                put(
                    "source",
                    ln.text.split("：", 1)[1],
                    f"the info table (HTML line {ln.sourceline})",
                )
        if wechat is not None:
            account = _squash(wechat.text_content()).strip()
            body = _wechat_writer_body(tree, account)
            if body:
                # 全椒县融媒体中心 in the writer's place beside the account 全椒发布: the body
                # the piece is credited to, read on its account (the site).
                put("source", body[0], f"WeChat writer's place (HTML line {body[1]})")
                put("site", account, f"WeChat account name (HTML line {wechat.sourceline})")
            put(
                "source",
                wechat.text_content(),
                f"WeChat account name (HTML line {wechat.sourceline})",
            )
        # An unlabelled outlet next to the date, marked up as such (<a class="source">).
        value, where = _marked(tree, _SOURCE_CLASS_XPATH, page.header)
        put("source", value, where)
    bylines = [_key(ln.text) for ln in visible if _AUTHOR_LABEL.search(ln.text)]
    if not bylines:
        for el in tree.xpath(_AUTHOR_CLASS_XPATH):
            # 某某网友　2024-07-02 12:30　浏览 3861　收藏 127: a poster's name over their post
            row = _squash("".join(el.itertext())).strip()
            stamped = _POSTER_STAMP.fullmatch(fold(row))  # fold: 閱讀 is 阅读
            name = row[stamped.start("name") : stamped.end("name")] if stamped else ""
            if stamped and _person_like(name, meta):
                where = f"the poster's name before the time (HTML line {el.sourceline})"
                put("author", name, where)
                break
        value, where = _marked(tree, _AUTHOR_CLASS_XPATH, page.header)
        if value and _person_like(_person(value), meta):
            put("author", _person(value), where)
        elif value and not labelled and _ORG_SUFFIX.search(value.strip()):
            put("source", value, where)  # the "author" span names the credited paper
    for key in ("author", "article:author", "byline"):
        # As for the source: a visible 作者 line wins unless it names the same person.
        if (
            key in heads
            and _person_like(_person(heads[key][0]), meta)
            and (not bylines or any(_key(_person(heads[key][0])) in b for b in bylines))
        ):
            put("author", _person(heads[key][0]), f"<meta {key}> (HTML line {heads[key][1]})")

    ld = _json_ld(tree)
    for name in ld.get("sourceOrganization", []) if not labelled else []:
        # schema.org's sourceOrganization: the body the piece was made for (a media centre's
        # piece on its government's portal, whose publisher the portal is); a visible 来源 wins.
        if 2 <= len(name) <= 30 and not re.search(r"https?://|[。！？]", name):
            put("source", name, "JSON-LD sourceOrganization")
            break
    for name in ld.get("author", []):
        # schema.org NewsArticle data: the author as the page's own data names them.
        if _person_like(_person(name), meta) and (
            not bylines or any(_key(_person(name)) in b for b in bylines)
        ):
            put("author", _person(name), "JSON-LD author")
            break
    for el in tree.xpath(_AUTHOR_CLASS_XPATH) if "author" not in meta else []:
        # <div class="author">某某　写字的人，偶尔旅行。</div>: a blog's author card, the name
        # then a line about them (a clause mark in it, no date).
        card = _AUTHOR_CARD.fullmatch(_squash("".join(el.itertext())).strip())
        if card and not _DATE.search(card["bio"]) and _person_like(card["name"], meta):
            put("author", card["name"], f"the author card <{el.tag}> (HTML line {el.sourceline})")
            break
    for ln in top if not bylines and "author" not in meta else []:
        # 山城慢行者的博客 above the post: the blog's owner wrote it (no byline says otherwise)
        owner = blog_owner(ln.text)
        if owner and _person_like(owner, meta):
            put("author", owner, f"the blog's owner (HTML line {ln.sourceline})")
            break
    for key in ("og:site_name", "sitename", "application-name", "site_name"):
        if key in heads:
            put("site", heads[key][0], f"<meta {key}> (HTML line {heads[key][1]})")
    for name in ld.get("publisher", []):
        # schema.org's publisher is the outlet that runs the page (the <title> suffix may be
        # missing); its name, not a person's or a URL.
        if 2 <= len(name) <= 30 and not re.search(r"https?://|[。！？]", name):
            put("site", name, "JSON-LD publisher")
            break
    if wechat is not None:
        put("site", "微信公众平台", "a WeChat article page")
    t = tree.find(".//title")
    if t is not None:
        doc_title = _squash(t.text_content()).strip()
        suffix = _site_from_title(doc_title)
        if (
            suffix
            and origin.get("site") == "JSON-LD publisher"
            and _own_site_of(suffix, meta["site"])
        ):
            # JSON-LD names the body (某某市人民政府), the <title> its site (…门户网站): the site
            meta["site"], origin["site"] = suffix, "the <title> suffix"
        put("site", suffix, "the <title> suffix")
        head = doc_title[: -len(title)].split() if title and doc_title.endswith(title) else []
        if head and head[0] != doc_title and _names_a_site(head[0]):
            # 舟山市定海区人民政府 政府信息公开 标题: the site's name, a section, the headline.
            put("site", head[0], "the <title> before the headline")
        tail = doc_title[len(title) :] if title and doc_title.startswith(title) else ""
        if tail[:1].isspace() and _names_a_site(tail.strip()):
            # 标题 江苏省人民政府: the headline, a space, the site's name.
            put("site", tail.strip(), "the <title> after the headline")
        if (
            _key(doc_title) != _key(title or "")
            and len(_title_parts(doc_title)) == 1
            and _names_a_site(doc_title)
        ):
            put("site", doc_title, "the <title>, which names no article")
    for ln in top[:4]:
        # 民政事務總署　黃大仙民政事務處 over a page whose <title> names the office: the
        # department whose website it is, then its office, which issued the page.
        parts = ln.text.split()
        office = meta.get("site")
        if (
            len(parts) == 2
            and office
            and _key(parts[1]) == _key(office)
            and _key(parts[0]) != _key(office)
            and len(_key(parts[0])) >= 4
            and not re.search(r"首[页頁]$", parts[0])
            and _names_a_site(parts[0])
            and _names_a_site(parts[1])
        ):
            if _WEB_WORD.search(parts[1]) and not _WEB_WORD.search(parts[0]):
                # 迪庆日报　迪庆新闻网, 某某广播电视台　某某网络广播电视台: the outlet, then its
                # website (the <title> names): the outlet's own page.
                put(
                    "source", parts[0], f"the outlet beside its website (HTML line {ln.sourceline})"
                )
                break
            put("source", office, f"the office after its department (HTML line {ln.sourceline})")
            meta["site"], origin["site"] = (
                parts[0],
                f"the office's department (HTML line {ln.sourceline})",
            )
            break
    for ln in top[:3]:
        # 山风手记　首页　关于　归档 above the headline: the site's name before its own menu.
        logo = site_before_menu(ln.text)
        if logo:
            put("site", logo, f"the site's name before its menu (HTML line {ln.sourceline})")
            break
    # 新重庆　打开新重庆，阅读体验更佳 on top, 下载新重庆客户端 at the foot: an app's share page,
    # read on the app its own bar and advert name (both, so a passing advert names no site).
    apps = {m["app"] for ln in lines for m in APP_ADVERT.finditer(fold(ln.text))}
    for ln in top[:3]:
        first = ln.text.split()[0] if ln.text.split() else ""
        if apps and fold(first) in apps and ln.text.strip() != first:
            put(
                "site",
                first,
                f"the app bar of the app the page advertises (HTML line {ln.sourceline})",
            )
            break
        advert = APP_ADVERT.match(fold(ln.text).strip())
        if advert and ln is top[0] and outlet_name(advert["app"]):
            # 下载七彩云客户端　看更多云南新闻 as the page's first line: the share page's own
            # banner, the app it was read on (an advert further down names none).
            name = ln.text.strip()[advert.start("app") : advert.end("app")]
            put("site", name if fold(name) == advert["app"] else advert["app"], "the app banner")
            break
        bar = app_bar(ln.text)
        if bar and bar.own and outlet_name(bar.name):
            # 吉视新闻客户端　打开APP: a bar that calls its name a 客户端/APP names the app itself.
            put("site", bar.name, f"the app bar (HTML line {ln.sourceline})")
            break
    # No host-name fallback: a copyright footer the text pipeline reads names the site better.


# A user post's author row, folded: the poster's name, the posting time, then counters.
_POSTER_STAMP = re.compile(
    r"(?P<name>[^\s，。,.:：|/（）()\d]{2,16})\s+(?:(?:发表|发布|发帖)(?:于|在)\s*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?:\s+(?:{COUNTER}|ip属地\s*[:：]?\s*[^\s\d]{{1,8}}))*"
)
# A website's word in a name (某某新闻网, 某某网络广播电视台, 某某在线), not the outlet's own.
_WEB_WORD = re.compile(r"网|網|在线|在線")
_AUTHOR_CARD = re.compile(
    r"(?P<name>[^\s，。,.:：|/（）()]{2,12})\s+(?P<bio>[^\s:：].{0,78}[，,、；;].{0,78}[^:：])"
)


def _wechat_writer_body(tree, account: str) -> tuple[str, int] | None:
    """A body's name (某某县融媒体中心) in a WeChat page's writer span, other than the account
    posting it, with its HTML line; None for a person's name, 原创 or a date."""
    for el in tree.xpath("//*[contains(@class, 'rich_media_meta_text')]"):
        value = _squash(el.text_content()).strip()
        if (
            2 < len(value) <= 30
            and _ORG_SUFFIX.search(value)
            and not _DATE.search(value)
            and _key(value) != _key(account)
        ):
            return value, el.sourceline or 0
    return None


def _marked(tree, xpath: str, header: list[_Line]) -> tuple[str | None, str]:
    """The short, date-free text of an element matching `xpath` that sits on a header line."""
    keys = [_key(ln.text) for ln in header]
    for el in tree.xpath(xpath):
        value = _squash("".join(el.itertext())).strip()
        k = _key(value)
        if 2 <= len(k) <= 30 and not _DATE.search(value) and any(k in h for h in keys):
            name = el.get("id") or el.get("class")
            return value, f'<{el.tag} "{name}"> (HTML line {el.sourceline})'
    return None, ""


def _person(value: str) -> str:
    """'南风周刊记者 周岚' → '周岚': the name after an outlet's 记者/通讯员 credit."""
    name = _DISPATCH.sub("", _CREDIT.sub("", value)).strip()
    return name or value.strip()


def _person_like(value: str, meta: dict[str, str]) -> bool:
    """A meta author that names a person, not the site or an office."""
    v = value.strip()
    if not 2 <= len(v) <= 16 or v in meta.values() or "www" in v.lower() or "." in v:
        return False
    return not _ORG_SUFFIX.search(v) and v.lower() not in ("admin", "administrator", "editor")


def _wechat_time(tree) -> str | None:
    """A WeChat page saved before its script ran: the publish time is `var ct = "<unix time>"`."""
    import datetime as dt

    for script in tree.iter("script"):
        m = _WECHAT_CT.search(script.text or "")
        if m:
            china = dt.timezone(dt.timedelta(hours=8))
            return dt.datetime.fromtimestamp(int(m[1]), china).date().isoformat()
    return None


def _json_ld(tree) -> dict[str, list[str]]:
    """Author, publisher and source organisation names of the first schema.org article in the
    page's JSON-LD."""
    import json

    def names(value) -> list[str]:
        items = value if isinstance(value, list) else [value]
        out = [i.get("name") if isinstance(i, dict) else i for i in items]
        return [n.strip() for n in out if isinstance(n, str) and n.strip()]

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        todo = data if isinstance(data, list) else [data]
        while todo:
            item = todo.pop(0)
            if not isinstance(item, dict):
                continue
            todo.extend(item.get("@graph") or [])
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ("Article" in k or k == "BlogPosting") for k in kinds):
                return {
                    "author": names(item.get("author") or []),
                    "publisher": names(item.get("publisher") or []),
                    "sourceOrganization": names(item.get("sourceOrganization") or []),
                }
    return {}


def _htmldate(tree, url: str | None) -> str | None:
    """The publication date from metadata, markup and URL (no search through the text)."""
    from htmldate import find_date

    try:
        return find_date(copy.deepcopy(tree), url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate on odd markup: no date rather than no file
        return None
