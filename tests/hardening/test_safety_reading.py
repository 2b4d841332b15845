"""Issue 11 item 3: reading commands never write; a missing or foreign index names the fix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from tests.conftest import ROOT
from tests.engine.test_indexer import synthetic_corpus, wait_for_file
from tests.hardening.safety_helpers import default_sigint, run_cli, small_corpus, snapshot

CLI = [sys.executable, "-m", "search_app", "--config", str(ROOT / "config.yaml")]


def test_search_on_a_missing_index_dir_creates_nothing(tmp_path):
    typo = tmp_path / "typo"
    res = run_cli("search", "经济", "--index-dir", str(typo))
    assert res.returncode == 2 and f"search-app index --index-dir {typo}" in res.stderr
    assert not typo.exists()


def test_missing_current_or_foreign_schema_is_reported_not_rebuilt(tmp_path):
    corpus = small_corpus(tmp_path / "c")
    ix = tmp_path / "ix"
    assert run_cli("index", "--corpus", str(corpus), "--index-dir", str(ix)).returncode == 0
    build = next(ix.glob("build-*"))
    meta_path = build / "build.json"
    meta = json.loads(meta_path.read_text())
    meta["schema_version"] = 99
    meta_path.write_text(json.dumps(meta))
    before = snapshot(ix)
    res = run_cli("search", "干部", "--index-dir", str(ix))
    assert res.returncode == 2 and "format 99" in res.stderr and "--rebuild" in res.stderr
    assert snapshot(ix) == before
    meta_path.write_text(json.dumps({**meta, "schema_version": 6}))
    (ix / "CURRENT").unlink()
    before = snapshot(ix)
    res = run_cli("search", "干部", "--index-dir", str(ix))
    assert res.returncode == 2 and "search-app index --index-dir" in res.stderr
    assert snapshot(ix) == before  # the intact old build is still there, untouched


def test_interrupted_first_build_saves_nothing_and_search_leaves_it(tmp_path):
    corpus = tmp_path / "c"
    synthetic_corpus(corpus, 80)
    ix = tmp_path / "ix"
    paused = tmp_path / "paused"
    proc = subprocess.Popen(
        [*CLI, "index", "--corpus", str(corpus), "--index-dir", str(ix)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            # stop before the first commit: serial run, 30 files added
            "SEARCH_APP_PAUSE_AT": "added:30",
            "SEARCH_APP_PAUSE_FILE": str(paused),
        },
        preexec_fn=default_sigint,
    )
    wait_for_file(paused, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert "nothing was saved" in out and "paragraphs added: 0" in out, out
    before = snapshot(ix)
    res = run_cli("search", "干部", "--index-dir", str(ix))
    assert res.returncode == 2 and "nothing was saved" in res.stderr
    assert snapshot(ix) == before  # the half-built index was not filled with another corpus
    assert run_cli("index", "--index-dir", str(ix)).returncode == 0  # finishes its own corpus
    res = run_cli("search", "", "--json", "--limit", "0", "--index-dir", str(ix))
    paths = {h["path"] for h in json.loads(res.stdout)["hits"]}
    assert paths and all(p.startswith(str(corpus)) for p in paths)
