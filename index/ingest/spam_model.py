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
_CLAUSE = re.compile(r"[^。！？!?；;，,：:、\s“”\"'‘’（）()《》【】\[\]]+")


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


def _han_tail(clause: str) -> int:
    """Where the clause's last run of Han characters starts."""
    k = len(clause)
    while k > 0 and "\u4e00" <= clause[k - 1] <= "\u9fff":
        k -= 1
    return k


def best_tail(clause: str, m: Model, whole: bool) -> tuple[int, float] | None:
    """(start, score) of the clause's best advert tail, if one clears the thresholds.

    `whole`: the clause may be an advert from its first character (it follows punctuation
    after the sentence's first clause); else a tail keeps `min_head` characters before it.
    """
    n = len(clause)
    if n < m.min_chars:
        return None
    one, two, three = char_scores(clause, m)
    # suffix sums of the trigram scores: a tail's score is O(1) for each start
    tail = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail[i] = tail[i + 1] + three[i]
    passing: list[tuple[float, int]] = []
    # the tail is Han characters only: contacts, numbers and Latin are the signals' own
    first = max(0 if whole else m.min_head, _han_tail(clause))
    for k in range(max(first, n - m.max_chars), n - m.min_chars + 1):
        # inside the tail, its first characters have no context before them
        score = one[k] + (two[k + 1] if k + 1 < n else 0.0) + tail[min(k + 2, n)]
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
    # a first word adverts barely use (一笔|账|武汉…) is the sentence's: the tail starts after it
    scores = dict((kk, sc) for sc, kk in at_words)
    later = sorted(kk for kk in scores if kk > k)
    while later and score - scores[later[0]] < m.min_word * (later[0] - k):
        k, score = later[0], scores[later[0]]
        later.pop(0)
    return k, score


def word_starts(clause: str) -> set[int]:
    """Offsets where jieba's words start in the clause (dictionary words only: no HMM)."""
    import jieba  # loaded only for a clause that scored as an advert

    jieba.setLogLevel(30)
    starts, at = set(), 0
    for word in jieba.cut(clause, HMM=False):
        starts.add(at)
        at += len(word)
    return starts


def advert_tails(sq: str) -> list[tuple[int, int]]:
    """Spans of advert tails in a squeezed, folded line (each ends at its clause's end)."""
    m = model()
    out: list[tuple[int, int]] = []
    for c in _CLAUSE.finditer(sq):
        s, e = c.span()
        # a clause after punctuation, not the line's first, may be an advert whole
        whole = m.whole and s > 0 and bool(sq[:s].strip(" "))
        found = best_tail(c.group(0), m, whole)
        if found is not None:
            out.append((s + found[0], e))
    return out
