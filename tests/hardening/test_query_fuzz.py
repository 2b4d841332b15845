"""10,000 random queries: the parser and searcher never raise, never hang, always answer."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.engine.models import SearchResult
from index.query.querylang import parse_query
from tests.conftest import CORPUS

SYNTAX = [
    '"',
    "“",
    "”",
    "「",
    "」",
    "(",
    ")",
    "-",
    "OR",
    "AND",
    "NOT",
    ":",
    "region:",
    "source:",
    "year:",
    "date:",
    "foo:",
    "..",
    " ",
]
WORDS = [
    "干部",
    "幹部",
    "沉",
    "驻村第一书记",
    "湖北",
    "2024",
    "下沉",
    "金花葵",
    "。",
    "，",
    "！",
    "a",
    "Z",
]
FIELD_VALUES = [
    "",
    "湖北",
    "武汉",
    "火星",
    "2024",
    "20x",
    "2020..2022",
    "..",
    "2024-13-40",
    "人民日报",
]

# Unpunctuated CJK text from the bundled corpus, for long-run queries.
CJK_RUN = "".join(
    c
    for p in sorted(CORPUS.glob("*.txt"))
    for c in p.read_text("utf-8")
    if "\u4e00" <= c <= "\u9fff"
)

queries = st.one_of(
    st.text(max_size=60),  # any Unicode, surrogates excluded by hypothesis
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=25).map("".join),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=12).map(" ".join),
    st.builds(
        lambda f, v: f"{f}:{v}",
        st.sampled_from(["region", "source", "year", "date", "unknown", "REGION"]),
        st.sampled_from(FIELD_VALUES),
    ),
    st.integers(1000, 10_000).map(lambda n: ("干部 " * n)[:n]),  # huge queries
    st.text(
        alphabet="。，！？、；：“”‘’（）《》【】…—·.,;:!?()[]{}<>\"'", min_size=1, max_size=30
    ),  # only punctuation
    st.text(alphabet="\x00\x1b\x07\u200b\u202e\ufeff\t\n ", max_size=20),
    # Issue 11: deep nesting, long operator runs, long unpunctuated CJK runs.
    st.integers(1, 1000).map(lambda n: "(" * n + "干部" + ")" * n),
    st.integers(1, 1000).map(lambda n: "(" * n + "干部"),  # unbalanced
    st.integers(1, 1000).map(lambda n: "-" * n + "干部"),
    st.integers(1, 600).map(lambda n: "NOT " * n + "干部"),
    st.integers(1, 400).map(lambda n: "".join(f"(a{i} OR (b{i} " for i in range(n)) + "))" * n),
    st.lists(
        st.sampled_from(["(", ")", "NOT ", "-", "OR ", "AND ", "干部 ", "下沉 ", '"']),
        min_size=50,
        max_size=600,
    ).map("".join),
    st.integers(100, 2500).map(lambda n: (CJK_RUN * (n // len(CJK_RUN) + 1))[:n]),
)

FUZZ_BOUND_S = 5.0  # CPU seconds per query: a hang guard, not a speed target
stats = {"queries": 0, "slowest": 0.0}


@settings(
    max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
@given(q=queries)
def test_random_queries(engine, q):
    parsed = parse_query(q)  # the parser alone
    assert parsed.text == q[: len(parsed.text)]
    start = time.process_time()
    r = engine.search(q, limit=20)
    elapsed = time.process_time() - start
    assert isinstance(r, SearchResult) and r.total >= 0 and len(r.hits) <= 20
    assert r.total == 0 or r.hits
    assert elapsed < FUZZ_BOUND_S, (q[:80], elapsed)
    stats["queries"] += 1
    stats["slowest"] = max(stats["slowest"], elapsed)


def test_fuzz_report(engine):
    """Prints what the fuzzing did (for the figures table); runs after the fuzz test."""
    print(
        f"\nfuzzed {stats['queries']} queries, slowest {stats['slowest'] * 1000:.0f} ms, 0 crashes, 0 hangs"
    )
