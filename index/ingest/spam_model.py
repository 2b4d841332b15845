"""An advert glued to a clause's end, found by a character n-gram model, not a phrase list.

SEO adverts pasted into news (…社区菜店|高价回收各类购物卡。) are a run of selling words
with no news grammar: a market, a service, a selling point. A list of strings keeps up
with the strings read, not with the next writer's. Here each character of a clause gets
the log ratio of how often its n-gram (3, else 2, else 1 characters, inside the candidate)
occurs in adverts against news; the clause's best-scoring tail is cut when its sum and its
mean both clear the thresholds. Weights and thresholds are data (data/spam_model.json),
written by `python -m bench.spam_model` from the project's own adverts and news.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).with_name("data") / "spam_model.json"
# A clause: what punctuation sets apart (the model never crosses it).
_MARKS = "。！？!?；;，,：:、 \t“”\"'‘’（）()《》【】[]"
_CLAUSE = re.compile(f"[^{re.escape(_MARKS)}\\s]+")


@dataclass(frozen=True)
class Model:
    """Weights (n-gram → log ratio), the weight of a character adverts never use, and thresholds."""

    weights: dict[str, float]
    unseen: float
    min_total: float  # a tail's summed score
    min_mean: float  # its score per character
    min_chars: int
    max_chars: int
    min_head: int  # characters a clause keeps before a tail glued to it
    min_word: float  # per character, the score of the tail's first word
    whole: bool  # whether a clause after the sentence's first may be an advert whole


@lru_cache(maxsize=1)
def model() -> Model:
    """Read data/spam_model.json once."""
    doc = json.loads(MODEL.read_text(encoding="utf-8"))
    return Model(
        weights=doc["weights"],
        unseen=doc["unseen"],
        min_total=doc["min_total"],
        min_mean=doc["min_mean"],
        min_chars=doc["min_chars"],
        max_chars=doc["max_chars"],
        min_head=doc["min_head"],
        min_word=doc["min_word"],
        whole=doc["whole"],
    )


def char_scores(clause: str, m: Model) -> tuple[list[float], list[float], list[float]]:
    """Per character: the weight of its trigram (else bigram, else unigram), of its bigram
    (else unigram), and of the character alone."""
    w, unseen = m.weights, m.unseen
    one = [w.get(ch, unseen) for ch in clause]
    two = [one[0]] + [w.get(clause[i - 1 : i + 1], one[i]) for i in range(1, len(clause))]
    three = two[:2] + [w.get(clause[i - 2 : i + 1], two[i]) for i in range(2, len(clause))]
    return one, two, three


# A chat medium written in Latin letters with no ID after it (上门服务vx同城约): no contact
# for the signals, so the tail may hold it, as it holds the medium's Han names (微信).
_MEDIUM_LATIN = re.compile(r"(?:vx|wx|qq|weixin|wechat)$")
# A short number after Han characters (24小时, 3天出证, 日赚500, 送100%): a quantity, not a
# contact (those hold five digits or more, and are the signals' own).
_QUANTITY = re.compile(r"(?<![0-9a-z])[0-9]{1,4}%?$")


def _han_tail(clause: str) -> int:
    """Where the clause's last run of Han characters starts (a chat medium's Latin name or
    a short number after Han characters counts as one of them)."""
    k = len(clause)
    while k > 0:
        if _is_han(clause[k - 1]):
            k -= 1
            continue
        token = _MEDIUM_LATIN.search(clause, 0, k) or _QUANTITY.search(clause, 0, k)
        # the token follows Han characters, not glued to other letters or digits
        if token is None or (token.start() and not _is_han(clause[token.start() - 1])):
            break
        k = token.start()
    return k


def _is_han(ch: str) -> bool:
    """Whether a character is a common Han character."""
    return "\u4e00" <= ch <= "\u9fff"


def best_tail(clause: str, m: Model, whole: bool) -> tuple[int, float] | None:
    """(start, score) of the clause's best advert tail, if one clears the thresholds.

    `whole`: the clause may be an advert from its first character (it follows punctuation
    after the sentence's first clause); else a tail keeps `min_head` characters before it.
    """
    n = len(clause)
    if n < m.min_chars:
        return None
    # The advert closes the clause: a last n-gram adverts do not use (…注册送彩金|群众) is news.
    # Most clauses end so: this cheap test spares scoring them.
    w = m.weights
    last = w.get(clause[-3:]) if n >= 3 else None
    last = w.get(clause[-2:]) if last is None else last
    if (w.get(clause[-1], m.unseen) if last is None else last) < m.min_word:
        return None
    # only the last `max_chars` characters can hold the tail, and its scores need no context
    # before it: the rest of the clause is never scored
    off = max(0, n - m.max_chars)
    one, two, three = char_scores(clause[off:], m)
    # suffix sums of the trigram scores: a tail's score is O(1) for each start
    size = n - off
    tail = [0.0] * (size + 1)
    for i in range(size - 1, -1, -1):
        tail[i] = tail[i + 1] + three[i]
    passing: list[tuple[float, int]] = []
    # the tail is Han characters only: contacts, numbers and Latin are the signals' own
    first = max(0 if whole else m.min_head, _han_tail(clause))
    for k in range(max(first, off), n - m.min_chars + 1):
        # inside the tail, its first characters have no context before them
        j = k - off
        score = one[j] + (two[j + 1] if j + 1 < size else 0.0) + tail[min(j + 2, size)]
        if score >= m.min_total and score >= m.min_mean * (n - k):
            passing.append((score, k))
    if not passing:
        return None
    # the tail starts where a word starts: never inside the sentence's last word (参|加上海…)
    starts = word_starts(clause)
    at_words = [(sc, k) for sc, k in passing if k in starts]
    if not at_words:
        return None
    score, k = max(at_words)
    # A first word adverts do not use (一笔|账|武汉…, 一千两百名|毕业生|包夜…) is the sentence's:
    # the tail starts at the next word that passes.
    scores = {kk: sc for sc, kk in at_words}
    order = sorted(kk for kk in scores if kk >= k)
    markets = [mk.span() for mk in _MARKET.finditer(clause)]
    for kk in order:
        nxt = min((j for j in starts if j > kk), default=n)
        # a market or claim word first is judged by what it sells, then goes with it
        if any(a <= kk < b for a, b in markets):
            continue
        if _advert_word(clause[kk:nxt], m):
            start = _market_start(clause, kk, starts, first)
            # the guard reads the text before the market (在本地|办理… is the sentence's)
            market = any(w in clause[start:kk] for w in MARKET_WORDS)
            if _continues(clause, start, market=market):
                return None
            return start, scores[kk]
    return None


# An advert's own word for its market, right before what it sells (安顺本地|上门按摩服务,
# 全国各地|正规彩票代购平台), and its claim (专业|代办…, 正规|彩票…): the tail's, so the sentence
# is not left ending in them. The market's name before 本地/同城 is cut by the cleaning
# (index/ingest/cleaning.py glued_market).
MARKET_WORDS = frozenset(
    ("本地", "同城", "附近", "全国", "各地", "全国各地", "全省", "全市", "全城")
)
CLAIM_WORDS = ("正规", "专业", "诚信", "靠谱", "权威", "官方", "高端", "低息", "快速", "极速", "加急")  # fmt: skip
# A degree word before a claim makes it the sentence's predicate (经营很正规|高价回收…).
DEGREE = ("很", "更", "最", "挺", "较", "不", "太", "非常", "十分", "特别", "比较", "相当")
_DEGREE_END = re.compile(f"(?:{'|'.join(DEGREE)})$")
_MARKET = re.compile("|".join(sorted({*MARKET_WORDS, *CLAIM_WORDS}, key=len, reverse=True)))
_MARKET_END = re.compile(f"(?:{_MARKET.pattern})$")


def _market_start(clause: str, k: int, starts: set[int], first: int) -> int:
    """`k` moved back over the market and claim words right before it (本地, 同城 however
    jieba cuts them: 同|城|上门服务), each starting where a word starts or the tail may."""
    while True:
        found = _MARKET_END.search(clause, 0, k)
        if found is None or found.start() < first:
            return k
        if found.start() not in starts and found.start() != first:
            return k
        if _DEGREE_END.search(clause, 0, found.start()):
            return k
        k = found.start()


# Words that leave a clause open for the verb phrase after them: modals, and prepositions
# or verbs of going and choosing whose action is the next verb (可以在山西|办理…, 选择银行|办理…).
_OPEN_MODAL = frozenset((
    "可", "可以", "能", "能够", "会", "要", "需", "需要", "应", "应当", "须", "必须", "将", "均可", "即可", "方可",
    "也可",
))  # fmt: skip
_OPEN_GOVERNOR = frozenset((
    "在", "到", "去", "来", "赴", "往", "前往", "通过", "经", "经由", "凭", "持", "选择", "找", "请", "让", "使",
    "用", "利用", "借助", "帮助", "组织", "引导", "鼓励",
))  # fmt: skip


# Verbs news puts before the very words adverts use: dealing with them, offering, naming them.
_OBJECT_VERBS = frozenset((
    "查处", "打击", "整治", "取缔", "举报", "曝光", "查获", "破获", "关停", "封堵", "警惕", "提防", "谨防", "拒绝", "远离",
    "识别", "提供", "推出", "开通", "开设", "包括", "涉及", "宣传", "推广", "办理", "选择", "使用", "购买", "申请", "获悉",
    "了解", "发现", "关注",
))  # fmt: skip


def _continues(clause: str, k: int, market: bool = False) -> bool:
    """Whether the text before `k` is no finished clause, so the tail is its own predicate or
    object, not an advert glued after it: no predicate in a word or two before it (本期|开奖直播平台),
    a verb right before it (查处|时时彩开奖网址), or a modal, preposition or verb of going or
    choosing with only nouns after it (也可以在山西|快速办理…). Adverts are glued after a
    finished clause (…收入三四万元|高价回收…)."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a pinned dependency
        return False
    head: list[tuple[str, str]] = []
    at = 0
    for word, tag in rjieba.tag(clause, False):
        if at >= k:
            break
        head.append((word, tag))
        at += len(word)
    if at != k or not head:
        return False
    # an idiom or set phrase is a predicate too (云里时隐时现|正规彩票代购…)
    verbs = [i for i, (_w, t) in enumerate(head) if t[:1] in ("v", "i", "l") and t != "vn"]
    if not verbs:
        # an adjective is a predicate (个头大) only where no verb is
        verbs = [i for i, (_w, t) in enumerate(head) if t[:1] == "a"]
    last = verbs[-1] if verbs else -1
    if last == len(head) - 1:
        # a verb that takes what it acts on (查处|时时彩开奖网址, 提供|上门按摩服务); a clause
        # may end in others (响个不停|厂家直销…, 都能在这里完成|上海私家侦探…)
        return head[last][0] in _OBJECT_VERBS
    if (
        last >= 0
        and head[last][0] in _OBJECT_VERBS
        and all(t[:1] in "mqr" for _w, t in head[last + 1 :])
    ):
        return True  # its object's determiner only (查获一批|代办各类…)
    # a modal, preposition or verb of going or choosing with only nouns after it (也可以在
    # 山西|…, 选择正规银行|办理…): the tail is its verb
    for w, t in head[max(last, 0) :]:
        if w in _OPEN_MODAL or w in _OPEN_GOVERNOR or t == "p":
            return True
    # a word or two with no predicate names what the tail is (本期|开奖直播平台); longer,
    # the tagger's miss is likelier (一直响个不停 has none). Before the advert's market word
    # (`market`) it names where the advert sells (安顺|本地上门按摩…), not what it is.
    return last < 0 and len(head) <= 2 and not market


def _advert_word(word: str, m: Model) -> bool:
    """Whether adverts use the word: a character or a short word with a weight of its own
    (seen in adverts) of at least `min_word`; a longer word by its mean."""
    if len(word) <= 3:
        return m.weights.get(word, -1.0) >= m.min_word
    one, _two, three = char_scores(word, m)
    return one[0] + sum(three[1:]) >= m.min_word * len(word)


def word_starts(clause: str) -> set[int]:
    """Offsets where jieba's words start in the clause (dictionary words only: no HMM)."""
    starts, at = set(), 0
    for word in _cut(clause):
        starts.add(at)
        at += len(word)
    return starts


def _cut(clause: str) -> list[str]:
    """jieba's words without HMM, by rjieba (Rust: a fifth of jieba's load time and memory;
    loaded only for a clause that scored as an advert), else by jieba itself."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a pinned dependency
        import jieba

        jieba.setLogLevel(30)
        return list(jieba.cut(clause, HMM=False))
    return rjieba.cut(clause, False)


def contact_tail(sq: str, start: int) -> int:
    """Where the advert before a contact starts (…增收八百元|泰达币承兑高价回收|微信…): the
    clause's text up to the contact scored as a clause of its own; `start` if no tail passes."""
    m = model()
    head = start
    while head > 0 and sq[head - 1] not in _MARKS:
        head -= 1
    whole = m.whole and head > 0 and bool(sq[:head].strip(" "))
    found = best_tail(sq[head:start], m, whole)
    return head + found[0] if found is not None else start


def advert_tails(sq: str) -> list[tuple[int, int]]:
    """Spans of advert tails in a squeezed, folded line (each ends at its clause's end)."""
    m = model()
    out: list[tuple[int, int]] = []
    lead = len(sq) - len(sq.lstrip(" "))  # sq[:s] holds more than spaces iff s > lead
    for c in _CLAUSE.finditer(sq):
        s, e = c.span()
        # a clause after punctuation, not the line's first, may be an advert whole
        whole = m.whole and s > lead
        found = best_tail(c.group(0), m, whole)
        if found is not None:
            out.append((s + found[0], e))
    return out
