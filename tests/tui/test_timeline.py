"""The timeline: month counts from the engine, buckets, CLI --histogram, and the TUI bar."""

from __future__ import annotations

import json

from search_app.cli import main
from search_app.timeline import Bucket, bars, buckets, date_span, spark
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.timeline import Timeline, with_date
from tests.tui.conftest import settle

SIZE = (120, 40)


def test_buckets_fill_gaps_and_switch_to_years():
    assert buckets({}) == []
    got = buckets({"2023-11": 2, "2024-02": 5})
    assert [(b.label, b.count) for b in got] == [
        ("2023-11", 2),
        ("2023-12", 0),
        ("2024-01", 0),
        ("2024-02", 5),
    ]
    long = buckets({"2015-03": 1, "2020-07": 4, "2020-01": 2})
    assert [(b.label, b.count) for b in long] == [
        ("2015", 1),
        ("2016", 0),
        ("2017", 0),
        ("2018", 0),
        ("2019", 0),
        ("2020", 6),
    ]


def test_spark_and_bars_scale_to_the_largest():
    assert spark([0, 1, 8]) == " ▁█"
    assert spark([0, 0]) == "  "
    lines = bars([Bucket("2024-01", 10), Bucket("2024-02", 0), Bucket("2024-03", 1)], width=10)
    assert lines[0] == "2024-01  ██████████ 10" and lines[1] == "2024-02   0"
    assert lines[2].startswith("2024-03  █ ") and lines[2].endswith(" 1")


def test_date_spans_and_query_rewrite():
    items = buckets({"2024-01": 1, "2024-03": 1})
    assert date_span(items, 2, 0) == "2024-01..2024-03" and date_span(items, 1, 1) == "2024-02"
    assert with_date("干部 date:2020 region:湖北", "2024-02") == "干部 region:湖北 date:2024-02"
    assert with_date("", "2024") == "date:2024"


def test_engine_month_counts_sum_with_undated_to_the_total(engine):
    for query in ("", "干部", "金花葵"):
        r = engine.search(query, limit=1)
        assert sum(r.facets.month.values()) == sum(r.facets.year.values()) <= r.total
        for month, n in r.facets.month.items():
            assert n == engine.search(f"{query} date:{month}", limit=0).total


def test_cli_histogram_text_and_json(capsys, tui_cfg):
    cfg = ["--index-dir", str(tui_cfg.index.dir)]
    assert main(["search", *cfg, "干部", "--histogram", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "hits per month:" in out and "2024-04  " in out and "without a date" in out
    assert main(["search", *cfg, "干部", "--histogram", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["histogram"]["2024-04"] > 0 and data["histogram"]["2022-01"] == 0
    assert sum(data["histogram"].values()) == sum(data["facets"]["year"].values())
    assert main(["search", *cfg, "干部", "--json"]) == 0
    assert "histogram" not in json.loads(capsys.readouterr().out)


async def test_tui_timeline_narrows_the_date(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"干部")
        await settle(app, pilot)
        timeline = app.main.query_one(Timeline)
        assert timeline.display and timeline.items[-1].label == "2024-04"
        await pilot.press("down", "t")
        assert app.focused is timeline
        assert "2024-04: 12 hits" in timeline.render().plain
        await pilot.press("left", "shift+left")  # 2024-03, extended to 2024-02
        assert "2024-02..2024-03: 7 hits" in timeline.render().plain
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.box.value == "干部 date:2024-02..2024-03"
        assert app.main.query_one(ResultsList).total == 7
