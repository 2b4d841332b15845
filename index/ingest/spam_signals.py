"""Spam found by composing signals, not by listing phrases.

An advert pasted into a sentence is a run of words adverts use (index/ingest/data/
spam_words.txt: products, promises and glue) with, usually, a contact glued to it.
A run is cut when the signals compose:

- a contact (a chat ID, a mobile number after a medium or an imperative, a site's
  address) glued after a run holding a product word or two promise words;
- a product word and a promise word, or two product words, in one run, unless the sentence quotes the
  advert (所谓…, 打击…, …等行为, …的微信号);
- a chat ID (加微信kp8866) wherever it stands, with the short clause it closes, and so a
  spam site's bare address, its own name mixing letters and digits (hg8866.com);
- a short clause of selling words with a claim (一手, 包过, 不掉线) and a second signal and
  none of a news clause's grammar, whatever it sells (…，上海户口买卖一手资源，…).

Matching runs on a squeezed twin of the folded line: spaces, emoji and marks dropped
(澳 门 新 葡 京, 加🌹微🌹信), ➕ read as 加; spans map back to the line's offsets.
Every pattern is a bounded or single-alternation scan, so no line backtracks badly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.ingest.spam_model import advert_tails, contact_tail

WORDS = Path(__file__).with_name("data") / "spam_words.txt"

# Chat media; a lone v or q only after 加/+ (加v, +v, 加q).
_CHAT = r"(?:微信|薇信|威信|徽信|v信|vx|wx|weixin|qq|扣扣|line|赖|telegram|tg|飞机|whatsapp|skype|(?<=[加+])[vq])"
_PHONE_MEDIUM = r"(?:电话|手机|热线|联系方式|tel)"
_LEAD = r"(?:请?联系|咨询|详询|请?洽询?|添加|请?加|找|\+)"
_MOBILE = r"(?:1[3-9]\d{9}|1[3-9]\d-\d{4}-\d{4}|09\d{8})(?!\d)"
_LANDLINE = r"(?:0\d{2,3}-?\d{7,8})(?!\d)"
# A chat ID holds a digit (kp8866, vip_2024); 号/同号/群/id may stand between.
_ID = r"[:：]?@?(?=[a-z0-9_.-]{0,20}\d)[a-z0-9][a-z0-9_.-]{3,20}"
CONTACT = re.compile(
    # the first characters any contact can start with: a cheap test at each position
    r"(?=[请联咨详洽添加找+电手热t微薇威徽vwq扣l赖飞s])"
    rf"(?:{_LEAD}?(?:(?P<same>{_PHONE_MEDIUM}{_CHAT}?同号)[:：]?{_MOBILE}"
    rf"|(?P<chat>{_CHAT}(?:号码?|同号|群|id)?{_ID})"
    rf"|{_PHONE_MEDIUM}(?:号码?)?[:：]?(?:{_MOBILE}|(?P<land>{_LANDLINE})))"
    # a bare mobile number after an imperative (详询139…)
    rf"|{_LEAD}[:：]?{_MOBILE})"
)
# A spam site's address (not a government, school or organisation's).
URL = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,20})?"
    r"\.(?:com|net|cc|vip|top|xyz|me|app|co|info|club|site|bet|live|io)(?![a-z0-9.])/?"
)
_DIGIT = re.compile(r"\d")
_MIXED = re.compile(r"(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z0-9-]+")


def _spam_site(sq: str, s: int, e: int) -> bool:
    """A bare site address whose own name mixes letters and digits (hg8866.com, www.tizi88.vip):
    a spam site's, never a news site's (pics7.baidu.com/feed/… names baidu, and has a path)."""
    if re.match(r"[a-z0-9_%?=.#-]", sq[e : e + 1]):
        return False  # a link to a page, not an address given to type
    labels = sq[s:e].rstrip("/").split("//")[-1].split(".")
    return len(labels) >= 2 and _MIXED.fullmatch(labels[-2]) is not None


# Any character squeeze may drop: not a letter, digit, Han or common punctuation.
_ODD = re.compile(r"[^\w，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!'\"()\[\]<>/%&*#@+=~-]")
_DOT = re.compile(r"[a-z0-9]\.[a-z]")
_SEPARATORS = " ，,！!：:、;；~～-—"
_CLAUSE_END = "。！？!?；;，,：:\n"
# Characters dropped from the squeezed twin: spaces, symbols, emoji, marks.
_DROPPED = frozenset(("Zs", "So", "Sk", "Cf", "Mn", "Me", "Co", "Cc"))


# An amount promised (日赚三百, 月入三万, 回报一万, 日收益百分之五): a promise word.
_PROMISED_AMOUNT = re.compile(
    r"(?:日赚|日入|月入|日收益|收益|回报|投资|瘦)(?:百分之)?[零一二三四五六七八九十百千万两\d]+(?:元|块|万|斤|倍)?"
)


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of spam_words.txt, with one compiled run pattern."""

    product: frozenset[str]
    promise: frozenset[str]
    mention_before: tuple[str, ...]
    mention_after: tuple[str, ...]
    markets: tuple[str, ...]  # overseas cities adverts name as their market (雅加达, 吉隆坡)
    claim: frozenset[str]  # what any advert claims, whatever it sells (一手, 包过, 不掉线)
    weak: frozenset[str]  # promise words news also uses of itself (价格, 下载)
    word: re.Pattern  # one word of any list
    run: re.Pattern  # a run of words
    signal: re.Pattern  # a product or promise word (most lines have none: a cheap test)
    clause_word: re.Pattern  # a product, promise or claim word


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Read spam_words.txt once."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in WORDS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    words = {*sections["product"], *sections["promise"], *sections["glue"]}
    # As a trie, longest first: one branch per first character keeps the scan fast.
    alternation = trie_pattern(words)
    first = "".join(sorted({re.escape(w[0]) for w in words} | set("日月收回投瘦")))
    signals = {*sections["product"], *sections["promise"]}
    first_signal = "".join(sorted({re.escape(w[0]) for w in signals} | set("日月收回投瘦")))
    amount = rf"{_PROMISED_AMOUNT.pattern}|\d+(?:元|万|块|%|倍|分钟|小时)"
    return Vocabulary(
        product=frozenset(sections["product"]),
        promise=frozenset(sections["promise"]),
        mention_before=tuple(sections["mention_before"]),
        mention_after=tuple(sections["mention_after"]),
        markets=tuple(sections.get("market", ())),
        claim=frozenset(sections.get("claim", ())),
        weak=frozenset(sections.get("weak", ())),
        word=re.compile(rf"{amount}|{alternation}"),
        # the lookahead on first characters lets `re` skip most positions cheaply
        run=re.compile(rf"(?=[\d{first}])(?:{amount}|{alternation})+"),
        signal=re.compile(
            rf"(?=[{first_signal}])(?:{_PROMISED_AMOUNT.pattern}|{trie_pattern(signals)})"
        ),
        clause_word=re.compile(trie_pattern({*signals, *sections.get("claim", ())})),
    )


def trie_pattern(words) -> str:
    """A regex matching any of `words`, longest first, written as a trie (一级|一夜情 →
    一(?:夜情|级)): `re` tries one branch per character instead of every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word ends here: the longer words are optional
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def squeeze(folded: str) -> tuple[str, list[int] | None]:
    """The folded line without spaces, emoji and marks (➕ read as +), and where each
    kept character stands in the line (None: nothing dropped)."""
    pieces: list[str] = []
    where: list[int] = []
    last = 0  # first character not yet copied
    for m in _ODD.finditer(folded):
        i = m.start()
        ch = folded[i]
        if ch != "➕" and unicodedata.category(ch) not in _DROPPED:
            continue
        pieces.append(folded[last:i])
        where.extend(range(last, i))
        if ch == "➕":
            pieces.append("+")
            where.append(i)
        last = i + 1
    if not where and last == 0:
        return folded, None
    pieces.append(folded[last:])
    where.extend(range(last, len(folded)))
    return "".join(pieces), where


@dataclass(frozen=True)
class _Span:
    """A match-like span (what remove_spam reads from a pattern's finditer)."""

    begin: int
    finish: int
    contact: bool = False  # the span ends with the advert's contact (its market goes too)

    def span(self) -> tuple[int, int]:
        """(start, end), like re.Match.span."""
        return self.begin, self.finish

    def start(self) -> int:
        """Start offset."""
        return self.begin

    def end(self) -> int:
        """End offset."""
        return self.finish


class SignalSpam:
    """Spam found by composed signals, joined with the spans of a lexicon pattern matched
    on the same text; used like a compiled pattern (finditer)."""

    def __init__(self, lexicon: re.Pattern | None = None):
        from index.ingest.rules import literal_gate

        self.lexicon = lexicon
        self.pattern = "composed spam signals (index/ingest/spam_signals.py)"
        # Most lines hold none of the strings a lexicon match needs: the lexicon is skipped.
        self._gate = literal_gate(lexicon.pattern, lexicon.flags) if lexicon is not None else None

    def finditer(self, folded: str) -> list[_Span]:
        """The spans of the adverts in a folded line, left to right, not overlapping."""
        voc = vocabulary()
        sq, where = squeeze(folded)
        spans = [(contact_tail(sq, s) if c else s, e, c) for s, e, c in _find(sq, voc, where)]
        tails = advert_tails(sq)
        if where is not None:
            spans = [(where[s], where[e - 1] + 1, c) for s, e, c in spans]
            tails = [(where[s], where[e - 1] + 1) for s, e in tails]
        # an advert carrying its contact takes the space before it (…技术 a8b9.xyz，)
        spans = [(len(folded[:s].rstrip(" ")) if c else s, e, c) for s, e, c in spans]
        if self.lexicon is not None and (self._gate is None or self._gate.search(folded)):
            reach = -1  # where the last glued run ended: matches inside it are not extended again
            for m in self.lexicon.finditer(folded):
                if m.end() <= m.start() or _mentioned(folded, m.start(), m.end(), voc):
                    continue
                end = m.end() if m.start() < reach else _run_after(folded, m.end(), voc)
                reach = max(reach, end)
                spans.append((m.start(), end, False))
        # The n-gram model's tails (spam_model.py): alone, a tail is cut whole (a contact's verb
        # glued before it too); meeting a span found above, it may take the clause's end, but
        # that span's start stands (the signals and the lexicon place it better: 空调|办证…).
        for s, e in tails:
            met = [k for k, (a, b, _c) in enumerate(spans) if a < e and s < b]
            if met:
                joined = (
                    min(spans[k][0] for k in met),
                    max(e, *(spans[k][1] for k in met)),
                    any(spans[k][2] for k in met),
                )
                spans = [sp for k, sp in enumerate(spans) if k not in met] + [joined]
            else:
                lead = _TAIL_LEAD.search(folded, 0, s) if folded.startswith(_MEDIA, s) else None
                spans.append((lead.start() if lead else s, e, False))
        out: list[tuple[int, int, bool]] = []
        for s, e, c in sorted(spans):
            # spans only a space apart are one advert (…首存送100% https://pg4208.net)
            if out and (s <= out[-1][1] or not folded[out[-1][1] : s].strip()):
                out[-1] = (out[-1][0], max(out[-1][1], e), out[-1][2] or c)
            else:
                out.append((s, e, c))
        return [_Span(s, e, c) for s, e, c in out]


# A contact's verb glued before a tail the model found starting with its medium
# (…服务加|微信领取彩金), never a word's end (参加|高价回收…).
_TAIL_LEAD = re.compile(r"(?:请|速|快|可)?(?:添加|加|联系|扫码|私信|私聊)\s*$")
_MEDIA = ("微信", "薇信", "v信", "vx", "wx", "qq", "扣扣", "客服", "好友")
# An advert's own site word closing its clause a few characters after a lexicon match
# (时时彩|开奖网址。, 百家乐|最新入口，): words the lexicon does not know, ended by where to go.
_SITE_TAIL = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:网址|官网|官方网站|入口|平台|app|网站|下载|链接)(?=[，。！？；,.!?;]|\s*$)"
)


def _run_after(folded: str, end: int, voc: Vocabulary) -> int:
    """Where a run of spam words glued after a lexicon match ends (时时彩|稳赚计划群), if it holds
    a product or promise word of its own, or reaches a site word closing the clause; else `end`.
    Glue words alone (…开户|全国各地的游客) are the sentence's."""
    run = voc.run.match(folded, end)
    if run and run.end() > end and voc.signal.search(folded[end : run.end()]):
        return run.end()
    site = _SITE_TAIL.match(folded, end)
    return site.end() if site else end


def _mentioned(folded: str, start: int, end: int, voc: Vocabulary) -> bool:
    """A lexicon match the sentence names rather than carries (凡自称可以代理赌场开户的微信号):
    quoted, with no contact after it."""
    if not _quoted(folded, start, end, voc):
        return False
    from index.ingest.cleaning import contact_end  # cleaning imports this module

    return contact_end(folded, end) is None


def _find(sq: str, voc: Vocabulary, where: list[int] | None = None) -> list[tuple[int, int, bool]]:
    """Advert spans in the squeezed line, each with whether it holds a contact.

    `where`: each squeezed character's offset in the line (None: nothing was squeezed out).
    """
    # (start, end, chat): a chat ID, or a number given as one (电话微信同号…)
    digits = _DIGIT.search(sq) is not None  # every contact and address holds a digit
    contacts = [
        (m.start(), m.end(), bool(m.group("chat") or m.group("same")), bool(m.group("land")))
        for m in (CONTACT.finditer(sq) if digits else ())
    ]
    urls = [(m.start(), m.end()) for m in (URL.finditer(sq) if _DOT.search(sq) else ())]
    clauses = _advert_clauses(sq, voc)
    if not contacts and not urls and not voc.signal.search(sq):
        return clauses
    spans: list[tuple[int, int, bool]] = clauses
    used: set[int] = set()
    last: tuple[int, int, int, int] | None = None  # the previous run: start, end, its counts
    for run in voc.run.finditer(sq):
        s, e = run.span()
        # a contact's medium (微信) read as a word ends the run: the contact is its own
        e = min([c[0] for c in contacts if s < c[0] < e] + [e])
        words = voc.word.findall(sq, s, e)
        product = len({w for w in words if w in voc.product})
        promise = sum(w in voc.promise or bool(_PROMISED_AMOUNT.fullmatch(w)) for w in words)
        # Words written apart to dodge filters (高 端 商 务 模 特): news never spaces its words.
        if product and _spaced(where, s, e):
            promise += 1
            # the spaced-out words before it are the advert's too (年 轻 |学 生 妹 上 门)
            while s > 0 and where[s] - where[s - 1] == 2 and sq[s - 1] not in _CLAUSE_END:
                s -= 1
        prev, last = last, (s, e, product, promise)
        if not product and not promise:
            continue
        glued = _glued_after(sq, e, contacts, urls)
        if glued is not None and prev is not None and 0 < s - prev[1] <= 4:
            gap = sq[prev[1] : s]
            if (
                not (product and promise)
                and (product or prev[2])
                and not any(ch in _CLAUSE_END or ch in _GRAMMAR for ch in gap)
            ):
                # A brand the lists do not know between a product and another signal, the
                # contact after (复刻|劳力士|顶级版 咨询热线…): one advert.
                s, product, promise = prev[0], product + prev[2], promise + prev[3]
        # an office's landline (办理身份证，咨询电话：0771-…) needs a promise too
        enough = (product and promise) if glued and glued[2] else (product or promise >= 2)
        if glued is not None and enough:
            end, index, _land = glued
            used.add(index)
            spans.append((_clause_head(sq, s, 4), end, index >= 0))
        elif not _quoted(sq, s, e, voc) and (
            (((product and promise) or product >= 2) and e - s >= 4)
            # one product word with its market glued before and the clause's end after
            or (product and len(words) >= 2 and _market_glued(sq, s, e))
        ):
            spans.append((s, e, False))
    # A contact no run took: a chat ID (or a number after a clause holding an advert's
    # word) goes with the short clause it closes or follows (，高仿名牌包批发，加微信…).
    for k, (s, e, chat, land) in enumerate(contacts):
        if k in used or any(a <= s < b for a, b, _c in spans):
            continue
        left = s
        while left > 0 and sq[left - 1] in _SEPARATORS:
            left -= 1
        head = _clause_head(sq, left, 12)
        if head < left:
            words = voc.word.findall(sq, head, left)
            signal = any(w in voc.product or w in voc.promise for w in words)
            if (chat and head > 0) or (signal and not land):
                spans.append((head, e, True))
                continue
        if chat:
            spans.append((s, e, True))
    # A spam site's address (hg8866.com, www.tizi88.vip) no run took: with the short clause
    # it closes, as a chat ID is; a name of letters and digits both is never a news site's.
    for s, e in urls:
        if any(a <= s < b for a, b, _c in spans) or not _spam_site(sq, s, e):
            continue
        head = _clause_head(sq, s, 12)
        if head > 0 and sq[head - 1] in "：:":
            label = _clause_head(sq, head - 1, 12)  # its label (最新入口：) goes too
            head = label if label < head - 1 else head
        spans.append((head, e, True))
    return _merge(sq, spans)


# Characters of a news clause's grammar (particles, pronouns, dates, prepositions): an
# advert's clause is a string of selling words without them.
_GRAMMAR = frozenset("的了是将在和与对把被着也都已还并说我他她们这那其之年月日不率若要向给让使从")
_LATIN = re.compile(r"[a-z]")
_CLAUSE = re.compile(r"[^。！？!?；;，,：:\n]+")


def _spaced(where: list[int] | None, s: int, e: int) -> bool:
    """Whether a run of four or more characters stands in the line with a space between each."""
    return where is not None and e - s >= 4 and where[e - 1] - where[s] >= 2 * (e - s - 1)


def _advert_clauses(sq: str, voc: Vocabulary) -> list[tuple[int, int, bool]]:
    """Clauses that read as an advert whatever it sells (…，上海户口买卖一手资源，…): set off
    by punctuation after the sentence's first clause, short, made mostly of selling words
    (at most six other characters: the thing sold), with a claim and a second signal (a
    product, another claim, Latin letters), and none of a news clause's grammar."""
    out: list[tuple[int, int, bool]] = []
    if not voc.clause_word.search(sq):
        return out
    for m in _CLAUSE.finditer(sq):
        start, i = m.span()
        clause = m.group(0)
        if start > 0 and 4 <= len(clause) <= 22:
            words = [w.group(0) for w in voc.clause_word.finditer(clause) if w.group(0)]
            claims = {
                w for w in words if w in voc.claim or (w in voc.promise and w not in voc.weak)
            }
            products = {w for w in words if w in voc.product}
            rest = voc.clause_word.sub("", clause)
            # the other words, each run of them: the thing sold names itself in a few characters
            # and never ends the clause (…网贷秒批不看征信|居民积极参加 is news glued after)
            gaps = voc.clause_word.split(clause)
            if (
                claims
                and len(claims) + len(products) + bool(_LATIN.search(clause)) >= 2
                and sum(map(len, words)) * 5 >= len(clause) * 2
                and len(rest) <= 6
                and max(map(len, gaps)) <= 5
                and len(gaps[-1]) <= 2
                and not any(ch in _GRAMMAR for ch in rest)
                and not _quoted(sq, start, i, voc)
            ):
                out.append((start, i, False))
    return out


def _market_glued(sq: str, s: int, e: int) -> bool:
    """A run pasted into a sentence with its market (…翻了一番山西|快速办理各类证件。): a
    province or city glued before it that nothing governs (在山西办理…), the run closing
    its clause."""
    from index.ingest.cleaning import _governed, glued_market  # cleaning imports this module

    if e < len(sq) and sq[e] not in _CLAUSE_END:
        return False
    name = glued_market(sq, s)
    return 0 < name < s and sq[name - 1] not in _CLAUSE_END and not _governed(sq, s)


def _clause_head(sq: str, start: int, most: int) -> int:
    """Where the clause holding `start` begins, if within `most` characters before it
    and after punctuation; else `start` (the advert glued to a longer clause)."""
    left = start
    while left > 0 and sq[left - 1] not in _CLAUSE_END and start - left <= most:
        left -= 1
    # a line's first clause is the sentence's own start (据介绍…), never the advert's
    return start if start - left > most or left == 0 else left


def _glued_after(sq, end, contacts, urls) -> tuple[int, int, bool] | None:
    """(end of the contact or address glued after offset `end`, its index, whether it is
    a landline), if any."""
    gap = end
    while gap < len(sq) and gap - end < 3 and sq[gap] in _SEPARATORS:
        gap += 1
    for k, (s, e, _chat, land) in enumerate(contacts):
        if s in (end, gap):
            return e, k, land
    for s, e in urls:
        if s in (end, gap):
            return e, -1, False
    return None


def _quoted(sq: str, s: int, e: int, voc: Vocabulary) -> bool:
    """True when the sentence names the advert's words rather than carrying them."""
    before = sq[max(0, s - 4) : s]
    after = sq[e : e + 3]
    return before.endswith(voc.mention_before) or after.startswith(voc.mention_after)


def _merge(sq: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Sorted spans with overlaps joined, and those only punctuation apart (代办证件，|信誉第一)."""
    out: list[tuple[int, int, bool]] = []
    for s, e, c in sorted(spans):
        if out and (
            s <= out[-1][1] or (s - out[-1][1] <= 2 and not sq[out[-1][1] : s].strip(_SEPARATORS))
        ):
            out[-1] = (out[-1][0], max(out[-1][1], e), out[-1][2] or c)
        else:
            out.append((s, e, c))
    return out
