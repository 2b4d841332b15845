"""The query set: eight classes, several queries each, chosen deterministically per corpus."""

from __future__ import annotations

import random
import re
import zlib
from collections import Counter
from dataclasses import asdict, dataclass

from bench.paragraphs import ParagraphSet

CLASSES = (
    "single_char",
    "common_word",
    "rare_word",
    "multi_and",
    "phrase",
    "region",
    "browse",
    "traditional",
)
COMMON_WORDS = ("经济", "发展", "干部", "社会", "工作")
TRADITIONAL = ("經濟", "發展", "幹部", "國際", "會議")
CHAR_RANKS = (0, 5, 30, 150, 600)  # frequency ranks of the single characters
PER_CLASS = 5
RARE_CANDIDATES = 40  # words counted over the whole corpus to find rare ones
SAMPLE = 20_000  # paragraphs sampled for character and word statistics
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")


@dataclass(frozen=True)
class Query:
    """One query: its text in the project's language and its literal meaning."""

    cls: str
    text: str  # the project's query language
    terms: tuple[str, ...] = ()  # strings that must all occur, as typed
    region: str | None = None  # a region path the paragraph must be tagged with
    region_word: str | None = None  # the literal word other systems search for instead

    @property
    def literal_terms(self) -> tuple[str, ...]:
        """What a literal-only system must find: the terms plus the region's name."""
        return self.terms + ((self.region_word,) if self.region_word else ())

    @property
    def quoted(self) -> bool:
        """True for an exact-phrase query."""
        return self.text.startswith('"')

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Query:
        """Inverse of `to_dict`."""
        return cls(**{**d, "terms": tuple(d["terms"])})


def region_word(path: str) -> str:
    """'湖北省' → '湖北', '广西壮族自治区' → '广西': what a person would type."""
    return _PROVINCE_SUFFIX.sub("", path.split("/")[0]) or path


def _sample(ps: ParagraphSet, rng: random.Random) -> list[str]:
    """Up to SAMPLE folded paragraphs, the same ones on every run."""
    if len(ps) <= SAMPLE:
        return list(ps.folded)
    return [ps.folded[i] for i in sorted(rng.sample(range(len(ps)), SAMPLE))]


def _words(texts: list[str]) -> list[str]:
    """Distinct jieba words of 2–4 Chinese characters, in first-seen order."""
    import jieba

    jieba.setLogLevel(60)
    seen: dict[str, None] = {}
    for t in texts:
        for w in jieba.lcut(t):
            if 2 <= len(w) <= 4 and all(_CJK.match(c) for c in w):
                seen.setdefault(w)
    return list(seen)


def single_chars(sample: list[str]) -> list[Query]:
    """Characters at fixed frequency ranks (the first is the corpus's most common)."""
    counts = Counter(c for t in sample for c in t if _CJK.match(c))
    ranked = [c for c, _ in counts.most_common()]
    chars = [ranked[min(r, len(ranked) - 1)] for r in CHAR_RANKS] if ranked else ["的"]
    return [Query("single_char", c, (c,)) for c in dict.fromkeys(chars)]


def rare_words(ps: ParagraphSet, sample: list[str], rng: random.Random) -> list[Query]:
    """Words found in the corpus that occur least often overall."""
    picked = [sample[i] for i in sorted(rng.sample(range(len(sample)), min(300, len(sample))))]
    words = _words(picked)
    candidates = rng.sample(words, min(RARE_CANDIDATES, len(words)))
    blob = "\n".join(ps.folded)
    ranked = sorted(candidates, key=lambda w: (blob.count(w), w))
    return [Query("rare_word", w, (w,)) for w in ranked[:PER_CLASS]]


def and_queries(sample: list[str], rng: random.Random) -> list[Query]:
    """Two fixed pairs, then pairs of words taken from one random paragraph each."""
    out = [
        Query("multi_and", "经济 发展", ("经济", "发展")),
        Query("multi_and", "干部 群众", ("干部", "群众")),
    ]
    tries = 0
    while len(out) < PER_CLASS and tries < 200:
        tries += 1
        words = _words([rng.choice(sample)])
        if len(words) >= 2:
            a, b = rng.sample(words, 2)
            out.append(Query("multi_and", f"{a} {b}", (a, b)))
    return out


def phrases(sample: list[str], rng: random.Random) -> list[Query]:
    """A fixed phrase, then 4–7 character runs cut from random paragraphs."""
    out = [Query("phrase", '"经济发展"', ("经济发展",))]
    tries = 0
    while len(out) < PER_CLASS and tries < 500:
        tries += 1
        runs = _CJK_RUN.findall(rng.choice(sample))
        if runs:
            run = rng.choice(runs)
            size = rng.randint(4, min(7, len(run)))
            start = rng.randint(0, len(run) - size)
            p = run[start : start + size]
            out.append(Query("phrase", f'"{p}"', (p,)))
    return out


def region_queries(ps: ParagraphSet) -> list[Query]:
    """The corpus's most tagged provinces, with a common word and alone."""
    counts = Counter(p.split("/")[0] for rs in ps.regions for p in dict.fromkeys(rs))
    top = [p for p, _ in counts.most_common(3)] or ["湖北省"]
    words = ("发展", "经济", "干部", "工作")
    out = [
        Query("region", f"region:{p} {w}", (w,), p, region_word(p))
        for p, w in zip(top * 2, words, strict=False)
    ]
    out.append(Query("region", f"region:{top[0]}", (), top[0], region_word(top[0])))
    return out[:PER_CLASS]


def select(ps: ParagraphSet, corpus_name: str) -> list[Query]:
    """The full query set for a corpus; the same corpus always gets the same queries."""
    rng = random.Random(zlib.crc32(corpus_name.encode()))
    sample = _sample(ps, rng)
    queries = [
        *single_chars(sample),
        *(Query("common_word", w, (w,)) for w in COMMON_WORDS),
        *rare_words(ps, sample, rng),
        *and_queries(sample, rng),
        *phrases(sample, rng),
        *region_queries(ps),
        Query("browse", ""),
        *(Query("traditional", w, (w,)) for w in TRADITIONAL),
    ]
    return list(dict.fromkeys(queries))
