"""Fixtures for the terminal app tests: a test index built once from the bundled corpus."""

from __future__ import annotations

import asyncio
import copy
import inspect
from pathlib import Path

import pytest

from index.build.indexer import Indexer
from index.config import load_config
from index.engine.whoosh_engine import WhooshEngine as SearchEngine
from search_app.tui.app import SearchApp, make_app


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{n: pyfuncitem.funcargs[n] for n in names}))
        return True
    return None


REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"


def make_test_config(index_dir: Path):
    """The repo's config pointed at the bundled corpus and a given index folder."""
    cfg = copy.deepcopy(load_config(REPO / "config.yaml"))
    cfg.corpus.paths = [CORPUS]
    cfg.index.dir = index_dir
    return cfg


@pytest.fixture(scope="session")
def tui_cfg(tmp_path_factory):
    """Config with an index of the bundled corpus, built once per session."""
    cfg = make_test_config(tmp_path_factory.mktemp("tui") / "index")
    Indexer(cfg).run()
    return cfg


@pytest.fixture(scope="session")
def engine(tui_cfg):
    """One warmed-up engine on the test index for all app tests."""
    eng = SearchEngine(tui_cfg)
    eng.warm_up()
    return eng


@pytest.fixture
def app_factory(tui_cfg, engine, tmp_path):
    """Build an app on the test index: no clipboard tools, history in tmp, no debounce."""

    def build(**kwargs) -> SearchApp:
        options = {
            "engine": engine,
            "history_path": tmp_path / "history.json",
            "debounce": 0.0,
            "index_on_start": False,
            "clipboard_tools": False,
        }
        options.update(kwargs)
        return make_app(tui_cfg, **options)

    return build


async def settle(app, pilot, rounds: int = 30) -> None:
    """Let workers finish and their messages be handled, until nothing is running (no sleeps)."""
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running or w.state.name == "PENDING" for w in app.workers):
            await pilot.pause()
            if not any(w.is_running for w in app.workers):
                return
