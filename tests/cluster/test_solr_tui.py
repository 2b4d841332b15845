"""The terminal app, unchanged, on the cluster backend (pilot tests), and its state when Solr is away."""

from __future__ import annotations

import asyncio
import dataclasses

from search_app.tui.app import make_app
from search_app.tui.screens.passage import PassageScreen
from search_app.tui.widgets.facets import RegionTree
from search_app.tui.widgets.results import ResultsList
from search_app.tui.widgets.status import StatusLine
from tests.tui.conftest import settle

SIZE = (120, 40)


def run(coro) -> None:
    """Run one pilot session (tests/tui's async runner hook is not active in this folder)."""
    asyncio.run(coro)


def test_the_app_searches_and_reads_passages_on_the_cluster(solr_bundled, tmp_path):
    async def session():
        app = make_app(
            solr_bundled.cfg,
            engine=solr_bundled,
            history_path=tmp_path / "history.json",
            debounce=0.0,
            index_on_start=False,
            clipboard_tools=False,
        )
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            results = app.main.query_one(ResultsList)
            assert results.total == 190  # browsing: every paragraph, as on the Whoosh index
            region = app.main.query_one(RegionTree)
            assert [n.data.path for n in region.root.children][:3] == ["重庆市", "浙江省", "湖北省"]
            await pilot.press(*"金花葵")
            await settle(app, pilot)
            assert results.total == 2
            first = str(results.get_option_at_index(0).prompt)
            assert "巫溪" in first and "2024-04-26" in first and "第7段" in first
            assert str(app.main.query_one(StatusLine).render()).startswith("2 hits · ")
            await pilot.press("down", "enter")
            await settle(app, pilot)
            assert isinstance(app.screen, PassageScreen)

    run(session())


def test_the_app_says_when_the_cluster_cannot_be_reached(solr_bundled, tmp_path, monkeypatch):
    for name in [k for k in __import__("os").environ if k.startswith("SEARCH_APP_SOLR")]:
        monkeypatch.delenv(name)
    cfg = dataclasses.replace(
        solr_bundled.cfg,
        solr=dataclasses.replace(solr_bundled.cfg.solr, urls=["http://127.0.0.1:9/solr"]),
    )

    async def session():
        app = make_app(
            cfg,
            history_path=tmp_path / "history.json",
            debounce=0.0,
            index_on_start=False,
            clipboard_tools=False,
        )
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            status = str(app.main.query_one(StatusLine).render())
            assert "cannot reach Solr" in status and "127.0.0.1:9" in status

    run(session())
