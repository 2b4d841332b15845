"""Plain numeric dates are read without dateparser, exactly as dateparser reads them."""

from __future__ import annotations

import random

from index.ingest.dates import _dateparser_iso, _parse, _plain, find_dates


def _spans() -> list[str]:
    """Year-month-day spans in every plain form, valid or not, with and without times."""
    rng = random.Random(7)
    out = []
    for _ in range(400):
        y = rng.choice([1948, 1949, 1999, 2000, 2021, 2024, 2100, 2101])
        m = rng.choice([1, 2, 6, 9, 10, 12, 13, 0])
        d = rng.choice([1, 8, 28, 29, 30, 31, 32, 0])
        mm = f"{m:02d}" if rng.random() < 0.5 else str(m)
        dd = f"{d:02d}" if rng.random() < 0.5 else str(d)
        sep = rng.choice(["-", "/", ".", "年"])
        date = f"{y}年{mm}月{dd}日" if sep == "年" else f"{y}{sep}{mm}{sep}{dd}"
        time = rng.choice(["", " 10:15", " 9:05:30", " 23:59", " 00:00:00", " 24:00", " 7:60"])
        out.append(date + time)
    return out


def test_plain_dates_read_as_dateparser_reads_them():
    plain = 0
    for span in _spans():
        got = _plain(span)
        if got is not None:
            plain += 1
            assert got == _dateparser_iso(span), span
    assert plain > 80  # the valid ones take the fast path


def test_other_spans_still_go_to_dateparser():
    for span in [
        "2024年3月8日 星期五",
        "2024-03-08T10:15",
        "2024-3/8",
        "２０２４-03-08",
        "2024-02-30",
    ]:
        assert _plain(span) is None, span
    assert _parse("2024年3月8日 10:15") == "2024-03-08"
    assert [d.iso for d in find_dates("发布时间：2024-03-08 10:15 来源：新华社")] == ["2024-03-08"]
