"""Literal ground truth and recall.

A paragraph matches when every folded term is a substring of its folded text
(and, for region queries, when the engine's tagger put it in that region).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bench.paragraphs import ParagraphSet
from bench.queries import Query


def in_region(paths: tuple[str, ...], region: str) -> bool:
    """True when one of `paths` is `region` or lies inside it."""
    prefix = region + "/"
    return any(p == region or p.startswith(prefix) for p in paths)


def matching_ids(ps: ParagraphSet, q: Query) -> list[int]:
    """Ids of the paragraphs that literally match `q`, ascending."""
    from index.build.folding import fold

    terms = sorted((fold(t) for t in q.terms), key=len, reverse=True)  # longest: fewest hits
    folded = ps.folded
    if terms:
        first = terms[0]
        ids = [i for i, t in enumerate(folded) if first in t]
        for term in terms[1:]:
            ids = [i for i in ids if term in folded[i]]
    else:
        ids = list(range(len(folded)))
    if q.region:
        regions = ps.regions
        ids = [i for i in ids if regions[i] and in_region(regions[i], q.region)]
    return ids


@dataclass
class Recall:
    """Found / expected over a set of queries (micro-averaged), plus the worst query."""

    found: int = 0
    expected: int = 0
    returned: int = 0
    worst: float = 1.0

    def add(self, truth: Iterable[int], got: Iterable[int]) -> None:
        """Count one query."""
        truth, got = set(truth), set(got)
        hit = len(truth & got)
        self.found += hit
        self.expected += len(truth)
        self.returned += len(got)
        if truth:
            self.worst = min(self.worst, hit / len(truth))

    @property
    def recall(self) -> float:
        """Share of the literal matches that were returned (1.0 when there were none)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def literal_precision(self) -> float:
        """Share of returned paragraphs that match literally (the project also returns word matches)."""
        return self.found / self.returned if self.returned else 1.0


@dataclass
class ArticleAudit:
    """How the project's index and a kept paragraph set differ, article by article.

    An article is unchanged when the index holds the same (ordinal, text, regions) sequence as the
    set: only then do its (file, ordinal) keys name the same paragraphs on both sides.
    """

    unchanged: bytearray  # per paragraph id of the set: 1 if its article is unchanged
    articles: int  # in the set
    articles_differ: int  # in both, with another paragraph sequence
    articles_only_set: int  # not in the index (skipped or merged by the newer cleaning)
    articles_only_index: int
    paragraphs_differ_set: int  # the set's paragraphs in articles not unchanged
    paragraphs_differ_index: int  # the index's paragraphs in articles not unchanged
    examples: list[str]  # a few differing files

    def to_dict(self) -> dict:
        """JSON-ready counts (without the per-paragraph mask)."""
        return {
            "articles": self.articles,
            "articles_differ": self.articles_differ,
            "articles_only_set": self.articles_only_set,
            "articles_only_index": self.articles_only_index,
            "paragraphs_differ_set": self.paragraphs_differ_set,
            "paragraphs_differ_index": self.paragraphs_differ_index,
            "examples": self.examples,
        }

    def restrict(self, ids: Iterable[int]) -> list[int]:
        """The ids of `ids` whose article is unchanged."""
        mask = self.unchanged
        return [i for i in ids if 0 <= i < len(mask) and mask[i]]


def audit_articles(ps: ParagraphSet, indexed: dict[str, tuple[int, str]]) -> ArticleAudit:
    """Compare the set's articles with the index's (file → (paragraphs, `article_digest`))."""
    unchanged = bytearray(len(ps))
    differ = only_set = para_set = 0
    examples: list[str] = []
    ours = ps.article_digests()
    for a, ids in ps.articles():
        path = ps.paths[a]
        got = indexed.get(path)
        if got is not None and got[1] == ours[path][1]:
            unchanged[ids.start : ids.stop] = b"\1" * len(ids)
            continue
        para_set += len(ids)
        if got is None:
            only_set += 1
        else:
            differ += 1
        if len(examples) < 5:
            examples.append(path)
    only_index = [p for p in indexed if p not in ours]
    para_index = sum(n for p, (n, d) in indexed.items() if ours.get(p, (0, None))[1] != d)
    examples += only_index[: max(0, 5 - len(examples))]
    return ArticleAudit(
        unchanged,
        len(ours),
        differ,
        only_set,
        len(only_index),
        para_set,
        para_index,
        examples,
    )
