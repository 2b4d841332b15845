"""Answer equality: every bench query answers exactly as the golden file recorded (issue 13).

The golden file was generated from the code before the issue-13 refactor
(commit bed0688); see bench/answers.py for what is compared and when
regenerating it (`python -m bench.answers --write`) is legitimate.
"""

from __future__ import annotations

import json
import re

import pytest

from bench.answers import GOLDEN, PARTS, answers, corpus_folder, differences
from bench.queries import CLASSES

HOW_TO = (
    "\nIf this change of answers is intended, regenerate with `python -m bench.answers --write` "
    "and say why in the commit message; a refactor must not change answers."
)


def _golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["bundled", "real"])
def test_every_answer_matches_the_golden_file(name, tmp_path):
    corpus = corpus_folder(name, tmp_path)
    if corpus is None:
        pytest.skip("../shared/corpus-real is not beside the checkout (or set SEARCH_APP_SHARED)")
    expected = _golden()["corpora"][name]
    actual = answers(name, corpus, tmp_path)
    bad = differences(expected, actual)
    assert not bad, "\n".join(bad) + HOW_TO


def test_golden_covers_every_query_class_with_real_answers():
    records = _golden()["corpora"]["real"]
    for cls in CLASSES:
        totals = [r["total"] for r in records if r["cls"] == cls]
        assert totals and max(totals) > 0, f"{cls}: no query with hits"
    assert sum(r["hits"] for r in records) > 40_000  # every hit listed, not a top 10


def test_golden_file_holds_digests_and_counts_only():
    """No corpus text may be committed: every string is a class name or a hex digest."""
    hexes = re.compile(r"[0-9a-f]{16}|[0-9a-f]{64}")
    for records in _golden()["corpora"].values():
        for r in records:
            assert set(r) == {"cls", "query", "total", "hits", "parts"}
            assert r["cls"] in (*CLASSES, "filter")
            assert hexes.fullmatch(r["query"])
            assert set(r["parts"]) == set(PARTS)
            assert all(hexes.fullmatch(v) for v in r["parts"].values())
            assert isinstance(r["total"], int) and isinstance(r["hits"], int)


def test_a_changed_answer_is_reported_by_query_and_part():
    golden = _golden()["corpora"]["bundled"]
    changed = [dict(r, parts=dict(r["parts"])) for r in golden]
    changed[3]["parts"]["highlights"] = "0" * 64
    changed[5]["total"] += 1
    lines = differences(golden, changed)
    assert len(lines) == 2
    assert lines[0].startswith("query 3 (") and lines[0].endswith(": highlights")
    assert "total" in lines[1] and lines[1].startswith("query 5 (")
    assert "query set differs" in differences(golden, changed[:-1])[0]
