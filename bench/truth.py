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
