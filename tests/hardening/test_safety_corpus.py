"""Issue 11 item 2: an index records its corpus; changing it is explicit (--rebuild, --add-corpus)."""

from __future__ import annotations

import json
import shutil

import yaml

from index.config import load_config
from tests.conftest import CORPUS, ROOT
from tests.hardening.safety_helpers import run_cli, small_corpus, snapshot, total


def test_update_without_corpus_keeps_the_recorded_one(tmp_path):
    news = small_corpus(tmp_path / "news", 2)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(news), "--index-dir", str(ix)).returncode == 0
    before = total(ix)
    meta = json.loads(next(ix.glob("build-*/build.json")).read_text())
    configured = load_config(ROOT / "config.yaml").corpus.extensions
    assert meta["corpus"] == [str(news)] and meta["extensions"] == configured
    # No --corpus: the config's (bundled) corpus must not replace the user's.
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "0 added" in res.stdout and "0 removed" in res.stdout
    assert total(ix) == before
    # New files in the recorded folder are picked up.
    shutil.copy2(sorted(CORPUS.glob("*.txt"))[3], news / "new.txt")
    res = run_cli("index", "--index-dir", str(ix))
    assert res.returncode == 0 and "1 added" in res.stdout and total(ix) > before


def test_a_differing_corpus_is_refused_with_both_options(tmp_path):
    news = small_corpus(tmp_path / "news", 2)
    other = small_corpus(tmp_path / "other", 4)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(news), "--index-dir", str(ix)).returncode == 0
    before = snapshot(ix)
    res = run_cli("index", "--corpus", str(other), "--index-dir", str(ix))
    assert res.returncode == 2
    assert "--rebuild --corpus" in res.stderr and "--add-corpus" in res.stderr
    assert str(news) in res.stderr and str(other) in res.stderr
    assert snapshot(ix) == before


def test_add_corpus_adds_and_rebuild_replaces(tmp_path):
    news = small_corpus(tmp_path / "news", 2)
    more = tmp_path / "more"
    more.mkdir()
    for src in sorted(CORPUS.glob("*.txt"))[2:4]:
        shutil.copy2(src, more / src.name)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(news), "--index-dir", str(ix)).returncode == 0
    two = total(ix)
    res = run_cli("index", "--add-corpus", str(more), "--index-dir", str(ix))
    assert res.returncode == 0 and "2 added" in res.stdout
    meta = json.loads(next(ix.glob("build-*/build.json")).read_text())
    assert meta["corpus"] == [str(news), str(more)]
    four = total(ix)
    assert four > two
    assert run_cli("index", "--index-dir", str(ix)).returncode == 0 and total(ix) == four
    res = run_cli("index", "--rebuild", "--corpus", str(more), "--index-dir", str(ix))
    assert res.returncode == 0 and total(ix) == four - two


def test_default_index_is_not_replaced_by_another_corpus(tmp_path):
    # `index --corpus ~/news` without --index-dir: the default index records the bundled
    # corpus, so the command refuses instead of replacing it.
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["corpus"]["paths"] = [str(CORPUS)]
    data["index"]["dir"] = str(tmp_path / "default-ix")
    data["dictionary"]["files"] = [str(ROOT / "userdict.txt")]
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    news = small_corpus(tmp_path / "news", 1)
    from tests.engine.test_indexer import cli

    assert cli("--config", str(config), "index").returncode == 0
    before = snapshot(tmp_path / "default-ix")
    res = cli("--config", str(config), "index", "--corpus", str(news))
    assert res.returncode == 2 and "--index-dir" in res.stderr and "--rebuild" in res.stderr
    assert snapshot(tmp_path / "default-ix") == before
    # Editing corpus.paths does not silently swap the corpus either.
    data["corpus"]["paths"] = [str(news)]
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    res = cli("--config", str(config), "index")
    assert (
        res.returncode == 0 and "0 removed" in res.stdout and "keeps its own corpus" in res.stderr
    )


def test_the_app_updates_the_recorded_corpus_not_the_configured_one(tmp_path):
    import asyncio

    asyncio.run(_app_updates_recorded_corpus(tmp_path))


async def _app_updates_recorded_corpus(tmp_path):
    import asyncio

    from index.config import load_config
    from search_app.tui.app import make_app
    from search_app.tui.messages import IndexFinished
    from tests.tui.conftest import settle

    news = small_corpus(tmp_path / "news", 2)
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(news), "--index-dir", str(ix)).returncode == 0
    before = total(ix)
    cfg = load_config(ROOT / "config.yaml")  # its corpus.paths is the bundled corpus
    cfg.index.dir = ix
    done = asyncio.Event()
    app = make_app(cfg, history_path=tmp_path / "h.json", debounce=0.0)
    hook = lambda m: done.set() if isinstance(m, IndexFinished) else None  # noqa: E731
    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await asyncio.wait_for(done.wait(), timeout=600)
        await settle(app, pilot)
        assert app.has_index
    assert total(ix) == before
