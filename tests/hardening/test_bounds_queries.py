"""Issue 11, items 7 and 9: hostile queries answer (or explain) instead of crashing or crawling."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from index.query.querylang import MAX_DEPTH, And, Not, Or, Term, parse_query
from tests.conftest import CORPUS, ROOT

TIMEOUT = 120  # a hang guard for a loaded machine, not a speed target
# An unpunctuated run of CJK characters from the bundled corpus.
RUN = "".join(
    c
    for p in sorted(CORPUS.glob("*.txt"))
    for c in p.read_text("utf-8")
    if "\u4e00" <= c <= "\u9fff"
)


def _search(index_dir, query: str) -> subprocess.CompletedProcess:
    """`search --json QUERY` (after `--`, so a query of leading `-` stays a query)."""
    cli = [sys.executable, "-m", "search_app", "search", "--index-dir", str(index_dir)]
    return subprocess.run(
        [*cli, "--json", "--", query],
        capture_output=True,
        cwd=ROOT,
        timeout=TIMEOUT,
    )


def _total(res: subprocess.CompletedProcess) -> int:
    assert res.returncode == 0, res.stderr.decode()
    assert b"Traceback" not in res.stderr
    return json.loads(res.stdout)["total"]


@pytest.fixture(scope="module")
def plain_total(bundled_index):
    return _total(_search(bundled_index.index.dir, "干部"))


@pytest.mark.parametrize(
    "query",
    [
        "NOT " * 480 + "干部",
        "NOT " * 481 + "NOT 干部",
        "-" * 800 + "干部",
        "(" * 300 + "干部" + ")" * 300,
        "NOT (" * 150 + "干部" + ")" * 150,
        "(" * 300 + "干部 OR 干部" + ")" * 300,
    ],
    ids=["not-480", "not-482", "dash-800", "parens-300", "not-parens-150", "parens-or-300"],
)
def test_operator_runs_and_deep_nesting_fold_to_the_plain_query(bundled_index, plain_total, query):
    assert _total(_search(bundled_index.index.dir, query)) == plain_total


@pytest.mark.parametrize(
    "query", ["NOT " * 481 + "干部", "NOT (" * 151 + "干部" + ")" * 151, "-" * 799 + "干部"]
)
def test_odd_not_chain_excludes(bundled_index, plain_total, query):
    total = _total(_search(bundled_index.index.dir, query))
    everything = _total(_search(bundled_index.index.dir, ""))
    assert total == everything - plain_total


def test_nesting_deeper_than_the_bound_is_searched_literally_with_a_notice(bundled_index):
    q = "".join(f"(a{i} OR (b{i} " for i in range(300)) + "干部" + "))" * 300
    res = _search(bundled_index.index.dir, q)
    assert _total(res) >= 0
    assert json.loads(res.stdout)["notice"]


@pytest.mark.parametrize("n", [1200, 2000, 5000])
def test_long_unpunctuated_runs_answer(bundled_index, n):
    text = (RUN * (n // len(RUN) + 1))[:n]
    res = _search(bundled_index.index.dir, text)
    assert _total(res) >= 0
    notice = json.loads(res.stdout)["notice"]
    assert "matched as an exact string" in notice


def test_a_pasted_passage_finds_its_paragraph(engine):
    """A long term is matched literally: the paragraph it was copied from is found."""
    hit = max(engine.search("干部", limit=50).hits, key=lambda h: len(h.text))
    passage = "".join(hit.text.split())[10:130]
    res = engine.search(passage)
    assert res.notice and "matched as an exact string" in res.notice
    assert any(h.path == hit.path and h.paragraph == hit.paragraph for h in res.hits)


@pytest.mark.parametrize(
    "args, option",
    [
        ([b"\xff"], "query"),
        ([b"\xe5\xb9\xb2\xff"], "query"),
        ([b"x", b"--region", b"\xfe"], "--region"),
    ],
)
def test_non_utf8_argv_is_a_usage_error(args, option):
    res = subprocess.run(
        [sys.executable, "-m", "search_app", "search", *args],
        capture_output=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert f"{option}: byte 0x" in err and "not valid UTF-8" in err
    assert "damaged" not in err and "--rebuild" not in err and "Traceback" not in err


def test_parser_folds_not_chains_and_flattens():
    assert parse_query("NOT NOT 干部").root == Term("干部")
    assert parse_query("干部 NOT NOT NOT 书记").root == And((Term("干部"), Not(Term("书记"))))
    assert parse_query("((a OR (b OR c)))").root == Or((Term("a"), Term("b"), Term("c")))
    assert parse_query("-(-(干部))").root == Term("干部")
    deep = parse_query(
        "".join(f"(a{i} (b{i} OR " for i in range(MAX_DEPTH)) + "x" + "))" * MAX_DEPTH
    )
    assert "nested more than" in deep.notice
