"""Readers stay consistent while an indexer commits, and pick up new generations."""

from __future__ import annotations

import threading

from index.query.search import SearchEngine
from tests.conftest import make_config
from tests.engine.test_indexer import cli, start_index, synthetic_corpus, write_config


def _watch(engine, proc, log, errors):
    """Search until the indexer exits, recording (generation, total) and any error."""
    while proc.poll() is None:
        try:
            r = engine.search("干部", limit=0)
            assert r.total == len(r.hits), "hits and total disagree"
            assert sum(r.facets.year.values()) <= r.total
            log.append((engine.generation(), r.total))
        except Exception as exc:  # any error at all is a failure
            errors.append(repr(exc))


def test_reads_during_commits_see_whole_generations(tmp_path, corpus_copy):
    config = write_config(tmp_path, [corpus_copy], commit_every=40)
    assert cli("--config", str(config), "index").returncode == 0
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    engine = SearchEngine(cfg)
    start_total = engine.search("干部", limit=0).total
    synthetic_corpus(corpus_copy / "more", 60)
    proc = start_index(config)
    log, errors = [], []
    watcher = threading.Thread(target=_watch, args=(engine, proc, log, errors))
    watcher.start()
    proc.wait()
    watcher.join()
    assert errors == []
    totals = [t for _, t in log]
    assert totals == sorted(totals) and totals[0] >= start_total  # only ever grows: whole commits
    assert len({g for g, _ in log}) >= 2  # it really saw several generations
    final = engine.search("干部", limit=0).total  # the same engine picks up the last one
    assert final == SearchEngine(cfg).search("干部", limit=0).total > start_total
    print(
        f"\nconcurrent reads: {len(log)} searches over {len({g for g, _ in log})} generations, {len(errors)} errors"
    )


def test_reads_during_a_rebuild_switch_builds_cleanly(tmp_path, corpus_copy):
    synthetic_corpus(corpus_copy / "more", 40)
    config = write_config(tmp_path, [corpus_copy], commit_every=40)
    assert cli("--config", str(config), "index").returncode == 0
    engine = SearchEngine(make_config(tmp_path / "ix", [corpus_copy]))
    expected = engine.search("干部", limit=0).total
    build_before = engine.status().location
    proc = start_index(config, "--rebuild")
    log, errors = [], []
    watcher = threading.Thread(target=_watch, args=(engine, proc, log, errors))
    watcher.start()
    proc.wait()
    watcher.join()
    assert errors == [] and log
    assert {t for _, t in log} == {
        expected
    }  # old build, then new build: same answers, never a half-built one
    engine.search("干部", limit=0)
    assert engine.status().location != build_before  # the same engine moved to the new build
