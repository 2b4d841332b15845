"""Result records: latency summaries and one system's numbers on one corpus."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field


@dataclass
class Latency:
    """Percentiles of a list of milliseconds (nearest-rank)."""

    p50: float
    p95: float
    p99: float
    n: int

    @classmethod
    def of(cls, values: list[float]) -> Latency | None:
        """Summary of `values`, None if empty."""
        if not values:
            return None
        ordered = sorted(values)

        def rank(p: float) -> float:
            return ordered[max(0, math.ceil(p * len(ordered)) - 1)]

        return cls(round(rank(0.50), 2), round(rank(0.95), 2), round(rank(0.99), 2), len(ordered))


@dataclass
class SystemResult:
    """One system on one corpus, from one run."""

    system: str
    corpus: str
    run_id: str
    status: str = "ok"  # ok | timeout | error
    note: str = ""
    description: str = ""
    paragraphs: int = 0
    build_s: float | None = None
    build_paragraphs_per_s: float | None = None
    build_mb_per_s: float | None = None
    build_peak_rss_mb: float | None = None
    build_info: dict = field(default_factory=dict)
    index_mb: float | None = None
    index_to_text: float | None = None
    open_s: float | None = None
    query_ms: dict[str, Latency] = field(default_factory=dict)  # per query class
    query_ms_all: Latency | None = None
    # The same calls' CPU time, and their involuntary context switches and major page
    # faults per call: wall far above CPU with switches is a loaded machine, with faults
    # a disk read, not the system's own work.
    query_cpu_ms: dict[str, Latency] = field(default_factory=dict)
    preempted_per_query: dict[str, float] = field(default_factory=dict)
    major_faults_per_query: dict[str, float] = field(default_factory=dict)
    first_query_ms: dict[str, float] = field(default_factory=dict)  # max first run per class
    cached_query_ms: Latency | None = None  # the same query again, caches kept
    reps: int = 0
    recall: dict[str, float] = field(default_factory=dict)  # per class, and "all"
    recall_worst: dict[str, float] = field(default_factory=dict)  # worst single query
    literal_precision: dict[str, float] = field(default_factory=dict)
    # With a kept paragraph set (older ingestion code): recall over the articles the index
    # holds unchanged, and the audit's counts (`truth.ArticleAudit`); empty otherwise.
    recall_unchanged: dict[str, float] = field(default_factory=dict)  # per class, and "all"
    paragraph_audit: dict = field(default_factory=dict)
    total_mismatches: list[str] = field(default_factory=list)  # shown total != matches
    rss_mb: float | None = None  # the searching process after all queries
    search_peak_rss_mb: float | None = None  # its peak while opening and querying
    child_rss_mb: float | None = None  # helper processes (rg)
    incremental_add_s: float | None = None
    incremental_delete_s: float | None = None
    incremental_ok: bool | None = None
    tui: dict | None = None

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> SystemResult:
        """Inverse of `to_dict` (unknown keys from older files are dropped)."""
        known = {f for f in cls.__dataclass_fields__}
        d = {k: v for k, v in d.items() if k in known}
        for key in ("query_ms", "query_cpu_ms"):
            d[key] = {k: Latency(**v) for k, v in (d.get(key) or {}).items() if v}
        for key in ("query_ms_all", "cached_query_ms"):
            if d.get(key):
                d[key] = Latency(**d[key])
        return cls(**d)


def ratio(a: float | None, b: float | None, digits: int = 4) -> float | None:
    """a / b, None when either is missing or b is zero."""
    if a is None or b is None or b == 0:
        return None
    return round(a / b, digits)
