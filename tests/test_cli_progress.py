"""The CLI progress bar: a steady ETA from the whole run's pace (issue 15, point 6)."""

from __future__ import annotations

from itertools import pairwise

from index.build.indexer import IndexProgress
from search_app.cli import eta_text


def _seconds(label: str) -> int:
    h, m, s = label.removeprefix("~").removesuffix(" left").split(":")
    return int(h) * 3600 + int(m) * 60 + int(s)


def _run(pace: list[tuple[float, int]], total: int) -> list[tuple[float, int, int]]:
    """(elapsed, done, eta seconds) for each progress event of a simulated run."""
    out = []
    for elapsed, done in pace:
        p = IndexProgress("indexing", done, total, done * 20, elapsed)
        out.append((elapsed, done, _seconds(eta_text(p.phase, p.eta))))
    return out


def test_eta_survives_a_commit_stall_without_jumping():
    # 1 file/s for 60 s, a 20 s commit with no progress, then 1 file/s again.
    pace = [(t, t) for t in range(5, 61)]
    pace += [(t, 60) for t in range(61, 81)]
    pace += [(80 + k, 60 + k) for k in range(1, 40)]
    rows = _run(pace, total=100)
    for (_, _, a), (_, _, b) in pairwise(rows):
        # between two updates one second apart the label moves by at most one rounding step
        # plus the stall's share (rich's windowed estimate jumped by 40 s)
        assert abs(a - b) <= 10, (a, b)
    # and it stays within a factor of two of the truth once a tenth is done
    for elapsed, done, eta in rows:
        true_left = (100 - done) * (elapsed / done)
        if done >= 10:
            assert true_left / 2 <= eta <= true_left * 2 + 5


def test_eta_is_blank_outside_indexing_and_before_any_file():
    assert eta_text("committing", 30.0) == ""
    assert eta_text("scanning", None) == ""
    assert eta_text("indexing", None) == ""
    assert eta_text("indexing", 3.2) == "~0:00:05 left"
    assert eta_text("indexing", 3_700) == "~1:05:00 left"
