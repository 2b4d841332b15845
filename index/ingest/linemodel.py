"""A small learned line classifier for the header and footer zones (body, chrome, title, meta).

The rules in `zones` name chrome families one by one; this model scores a line
by generic features (position from top and bottom, length, punctuation, digit
and Latin ratios, sentence ends, link-list shape, lexicon hits, its
neighbours, recurrence in the folder), so a chrome line of a layout nobody has
written a rule for can still be recognised. It is a multinomial logistic
regression trained by `bench/linemodel.py` (scikit-learn, dev-only) on the
labelled layout sets and shipped as `data/line_model.json`; here plain Python
applies it (a few dozen lines an article: numpy's import alone cost more than
the arithmetic), so indexing needs no learning library and `search` imports
nothing of this.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from pathlib import Path

from index.ingest.cleaning import BLANK, Line
from index.ingest.zones import (
    _BAR_NOTICE,
    _COUNTER,
    _COUNTERS,
    _EPAPER,
    _LINK_ITEM,
    _LIST_HEAD,
    _NOTICE,
    _PHOTO_CREDIT,
    _READING_TIME,
    _WIDGET,
    Zones,
    is_breadcrumb,
    is_menu,
    is_prose,
    names_only,
)

MODEL_PATH = Path(__file__).with_name("data") / "line_model.json"
CLASSES = ("body", "chrome", "title", "meta")
CHROME_THRESHOLD = 0.8  # P(chrome) above which a zone line the rules kept is dropped
# The classifier's title overrules the positional title rules only when it rates its line
# more likely a title than not and is sure the rules' line is not one. Leave-one-set-out CV
# separates the doubt (0.15 loses a title, 0.2 two), not the sureness (0.5-0.9 tie).
TITLE_SURE = 0.5
TITLE_DOUBT = 0.1

_SENT_END = "。！？!?；;…"
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}")
_LABEL = re.compile(
    r"^\W*(?:来源|稿件来源|信息来源|文章来源|出处|转载自|作者|记者|通讯员|编辑|责任编辑|责编|发布时间|发布日期|"
    r"时间|日期|更新时间|发表时间|撰文|文|图|摄影)\s*[:：/｜|]"
)
_SEPARATORS = re.compile(r"[|｜丨>›»/·•]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[a-z]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s\u4e00-\u9fff]")
_URLISH = re.compile(r"https?://|www\.|\]\(")
# Families the rules name only in part (folded text: simplified, lower-case, ASCII width).
# A contact or hotline: a phone number (masked too) or the words that label one.
_CONTACT = re.compile(
    r"\d{3,4}\s?[-－]\s?[\dx]{4,8}|(?<!\d)1[3-9]\d{9}(?!\d)|电话|热线|邮箱|信箱|传真|联系|e-?mail|contact|"
    r"微信号|qq\s*[:：群]"
)
# A site's imprint: rights, licences, registrations, who runs or powers the site.
_IMPRINT = re.compile(
    r"版权|copyright|©|\(c\)|icp|备案|许可证|主办|承办|协办|技术支持|powered|wordpress|rights|出品|运营|"
    r"网站地图|隐私|条款|terms|privacy"
)
# Subscribe, follow, download, sign in, save: what a reader is asked to do next.
_CALL = re.compile(
    r"订阅|关注|下载|客户端|app|会员|登录|注册|收听|收看|saved?\b|save to|view original|read more|"
    r"subscribe|follow|share|download|sign in|log in|电子报|公众号|视频号|小程序"
)
# A label in brackets opening the line: 【稿件编号】, [来源], 〔编辑〕.
_BRACKET_LABEL = re.compile(r"^[【\[〔〖](?:[^】\]〕〗]{1,8})[】\]〕〗]")
_MD_HEADING = re.compile(r"^#{1,6}\s")
# A count of readers or views (1.2万人阅读, 356次浏览, 阅读 2345, 已读): never a bare 8人,
# which headlines carry (火灾死亡8人).
_COUNT_SHAPE = re.compile(
    r"\d+(?:\.\d+)?\s*[万千kw]?\+?\s*(?:人|次)\s*(?:阅读|浏览|观看|播放|看过|参与|点赞|收藏|已读|在看)|"
    r"已读|未读|(?:阅读|浏览|播放|观看|点击)\s*(?:量|数|次数)?\s*[:：]?\s*\d"
)
# A chat or group header: a name (and a group) then a time, 张三 09:12, 【村民群】.
_CHAT = re.compile(r"群聊|聊天记录|微信群|qq群|群公告|群主|^\S{1,16}\s+\d{1,2}:\d{2}(?::\d{2})?$")

# One line's own features, then the same few of its neighbours.
OWN = (
    "log_len",
    "len_le_4",
    "len_le_12",
    "len_ge_40",
    "cjk_ratio",
    "latin_ratio",
    "digit_ratio",
    "punct_ratio",
    "sentence_end",
    "has_full_stop",
    "has_comma",
    "tokens",
    "separators",
    "is_prose",
    "urlish",
    "date",
    "label_form",
    "widget_words",
    "widget_share",
    "notice",
    "bar_notice",
    "counter",
    "reading_time",
    "link_item",
    "list_head",
    "epaper",
    "photo_credit",
    "breadcrumb",
    "menu",
    "publisher_names_only",
    "contact",
    "imprint",
    "call_to_act",
    "bracket_label",
    "md_heading",
    "count_shape",
    "chat",
    "pictographs",
    "no_cjk",
)
POSITION = (
    "top_rank",
    "bottom_rank",
    "rel_pos",
    "in_header",
    "in_footer",
    "first_line",
    "last_line",
    "before_body_dist",
    "after_body_dist",
    "recurs",
    "body_lines",
    "footer_no_end",
    "header_no_end",
)
NEIGHBOUR = ("log_len", "sentence_end", "is_prose", "widget_words", "date", "label_form")
FEATURES = (
    OWN + POSITION + tuple(f"prev_{n}" for n in NEIGHBOUR) + tuple(f"next_{n}" for n in NEIGHBOUR)
)
_OWN_AT = {n: k for k, n in enumerate(OWN)}
_AT = {n: k for k, n in enumerate(FEATURES)}


_CLAUSE_END = frozenset("。！？!?；;…，,、：:.")
_INNER_CLAUSE = re.compile(r"[\u4e00-\u9fff][，,、；;][\u4e00-\u9fff]")
# Features that say "widget, notice, link or label" by the line's own shape or words; a
# line the model scores by position and length alone (a fragment of hard-wrapped text,
# a novel's dialogue line) is never dropped on its score.
_EVIDENCE = (
    "widget_words",
    "notice",
    "bar_notice",
    "counter",
    "reading_time",
    "link_item",
    "list_head",
    "epaper",
    "photo_credit",
    "breadcrumb",
    "menu",
    "publisher_names_only",
    "urlish",
    "label_form",
    "separators",
    "contact",
    "imprint",
    "call_to_act",
    "bracket_label",
    "md_heading",
    "count_shape",
    "chat",
    "pictographs",
)


def may_drop(folded: str, row=None) -> bool:
    """Whether the classifier may drop this line at all, whatever its score.

    Never a line that ends like a sentence or a clause, or holds a clause break
    between words (a list item, a truncated sentence, `他冷然道︰`); and, given its
    feature row, only a line with some chrome evidence of its own beyond position
    and length (lexicon words, a link or label shape, separators, recurrence,
    mostly digits or Latin).
    """
    compact = unicodedata.normalize("NFKC", "".join(folded.split())).rstrip("”’\"'」』)）]")
    if not compact or compact[-1] in _CLAUSE_END or _INNER_CLAUSE.search(compact):
        return False
    if row is None:
        return True
    if any(row[_AT[name]] > 0 for name in _EVIDENCE) or row[_AT["recurs"]] > 0:
        return True
    return row[_AT["digit_ratio"]] >= 0.3 or row[_AT["latin_ratio"]] >= 0.5


def own_features(folded: str) -> list[float]:
    """The features of one line's text alone (order of `OWN`)."""
    return list(_own_features(folded))


@lru_cache(maxsize=8192)  # a line is scored for the title, then for chrome; site lines recur
def _own_features(folded: str) -> tuple[float, ...]:
    probe = folded.strip()
    compact = "".join(probe.split())
    n = max(len(compact), 1)
    widgets = _WIDGET.findall(compact)
    widget_chars = sum(len(w) for w in widgets)
    return (
        math.log1p(len(compact)),
        float(len(compact) <= 4),
        float(len(compact) <= 12),
        float(len(compact) >= 40),
        len(_CJK.findall(compact)) / n,
        len(_LATIN.findall(compact)) / n,
        len(_DIGIT.findall(compact)) / n,
        len(_PUNCT.findall(compact)) / n,
        float(bool(compact) and compact[-1] in _SENT_END),
        float("。" in compact),
        float("，" in compact or "," in compact),
        min(len(probe.split()), 10) / 10,
        min(len(_SEPARATORS.findall(compact)), 6) / 6,
        float(is_prose(probe)),
        float(bool(_URLISH.search(probe))),
        float(bool(_DATE.search(compact))),
        float(bool(_LABEL.match(compact))),
        min(len(widgets), 4) / 4,
        widget_chars / n,
        float(bool(_NOTICE.search(compact))),
        float(bool(_BAR_NOTICE.search(compact))),
        float(bool(_COUNTER.match(probe) or _COUNTERS.match(probe))),
        float(bool(_READING_TIME.search(compact))),
        float(bool(_LINK_ITEM.match(probe))),
        float(bool(_LIST_HEAD.match(probe))),
        float(bool(_EPAPER.match(compact))),
        float(bool(_PHOTO_CREDIT.match(compact))),
        float(is_breadcrumb(probe)),
        float(is_menu(probe)),
        float(len(compact) <= 24 and names_only(compact)),
        float(bool(_CONTACT.search(compact))),
        float(bool(_IMPRINT.search(compact))),
        float(bool(_CALL.search(probe))),
        float(bool(_BRACKET_LABEL.match(compact))),
        float(bool(_MD_HEADING.match(probe))),
        float(bool(_COUNT_SHAPE.search(compact))),
        float(bool(_CHAT.search(probe))),
        min(sum(1 for c in compact if _pictograph(c)), 4) / 4,
        float(not _CJK.search(compact)),
    )


def _pictograph(c: str) -> bool:
    """An emoji, a dingbat or another pictograph (share bars and counters use them)."""
    o = ord(c)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF


def line_features(
    lines: list[Line],
    zones: Zones,
    recurring: set[int] | frozenset[int] = frozenset(),
    only: list[int] | None = None,
) -> tuple[list[int], list[list[float]]]:
    """(line indexes, their feature rows in `FEATURES` order) for the non-blank lines,
    or for `only` those of them (their neighbours are still read)."""
    content = [i for i, ln in enumerate(lines) if ln.role != BLANK and ln.text.strip()]
    at = {i: k for k, i in enumerate(content)}
    picked = content if only is None else [i for i in only if i in at]
    if not picked:
        return [], []
    cache: dict[int, list[float]] = {}

    def own(k: int) -> list[float]:
        if k not in cache:
            cache[k] = own_features(lines[content[k]].folded)
        return cache[k]

    header, footer = set(zones.header), set(zones.footer)
    body_lines = sum(1 for i in content if zones.body_start <= i < zones.body_end)
    n = len(content)
    pick = [_OWN_AT[name] for name in NEIGHBOUR]
    blank_neighbour = [0.0] * len(NEIGHBOUR)
    rows = []
    for i in picked:
        k = at[i]
        mine = own(k)
        no_end = not mine[_OWN_AT["sentence_end"]] and not mine[_OWN_AT["has_full_stop"]]
        pos = [
            min(k, 30) / 30,
            min(n - 1 - k, 30) / 30,
            k / max(n - 1, 1),
            float(i in header),
            float(i in footer),
            float(k == 0),
            float(k == n - 1),
            min(max(zones.body_start - i, 0), 30) / 30,
            min(max(i - zones.body_end + 1, 0), 30) / 30,
            float(i in recurring),
            min(body_lines, 60) / 60,
            float(i in footer and no_end),
            float(i in header and no_end),
        ]
        prev = [own(k - 1)[p] for p in pick] if k > 0 else blank_neighbour
        nxt = [own(k + 1)[p] for p in pick] if k + 1 < n else blank_neighbour
        rows.append(mine + pos + prev + nxt)
    return picked, rows


def title_scores(
    lines: list[Line], zones: Zones, recurring: set[int], model: LineModel
) -> dict[int, float]:
    """P(title) of each header line still kept as text, by line number."""
    from index.ingest.cleaning import BODY

    header = [i for i in zones.header if lines[i].role == BODY]
    picked, x = line_features(lines, zones, recurring, header)
    if not picked:
        return {}
    title = model.classes.index("title")
    return {lines[i].number: p[title] for i, p in zip(picked, model.proba(x), strict=True)}


@dataclass(frozen=True)
class LineModel:
    """Scaled multinomial logistic regression: P(class | features) = softmax(W·z + b).

    Given any sequences of numbers (numpy arrays from training too), it keeps tuples of floats.
    """

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]  # classes × features
    intercept: tuple[float, ...]
    classes: tuple[str, ...] = CLASSES
    features: tuple[str, ...] = FEATURES

    def __post_init__(self) -> None:
        for name in ("mean", "scale", "intercept"):
            object.__setattr__(self, name, tuple(map(float, getattr(self, name))))
        object.__setattr__(self, "coef", tuple(tuple(map(float, row)) for row in self.coef))

    def _scaled(self, row) -> list[float]:
        return [(v - m) / s for v, m, s in zip(row, self.mean, self.scale, strict=True)]

    def proba(self, x) -> list[list[float]]:
        """Class probabilities for each row of `x`."""
        out = []
        for row in x:
            z = self._scaled(row)
            logits = [
                sum(map(mul, z, w)) + b for w, b in zip(self.coef, self.intercept, strict=True)
            ]
            top = max(logits)
            e = [math.exp(v - top) for v in logits]
            total = sum(e)
            out.append([v / total for v in e])
        return out

    def why(self, row, cls: str = "chrome", top: int = 2) -> str:
        """The features that pushed `row` most towards `cls` (for inspect)."""
        c = self.classes.index(cls)
        n = len(self.coef)
        average = [sum(col) / n for col in zip(*self.coef, strict=True)]
        contrib = [
            z * (w - a) for z, w, a in zip(self._scaled(row), self.coef[c], average, strict=True)
        ]
        best = sorted(range(len(contrib)), key=lambda j: -contrib[j])[:top]
        return ", ".join(self.features[j] for j in best if contrib[j] > 0)

    def save(self, path: Path) -> None:
        """Write the model as a small JSON file (floats round-trip exactly)."""
        data = {
            "classes": list(self.classes),
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": [list(row) for row in self.coef],
            "intercept": list(self.intercept),
        }
        Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LineModel | None:
        """The model in `path`, or None when it is missing or made for other features."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            features = tuple(data["features"])
            if features != FEATURES:
                return None
            return cls(
                data["mean"],
                data["scale"],
                data["coef"],
                data["intercept"],
                tuple(data["classes"]),
                features,
            )
        except (OSError, KeyError, ValueError, TypeError):
            return None


@lru_cache(maxsize=1)
def default_model() -> LineModel | None:
    """The bundled model (None if the data file is missing or stale)."""
    return LineModel.load(MODEL_PATH)
