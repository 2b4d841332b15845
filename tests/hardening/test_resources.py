"""Indexing streams: peak memory is set by index.limitmb, not by the size of the corpus."""

from __future__ import annotations

import subprocess
import sys

import yaml

from tests.conftest import ROOT
from tests.engine.test_indexer import synthetic_corpus, write_config

PEAK = (
    "import resource, sys\n"
    "from search_app.cli import main\n"
    "rc = main(['--config', sys.argv[1], 'index'])\n"
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def peak_rss_mb(tmp_path, files: int) -> float:
    corpus = tmp_path / f"c{files}"
    synthetic_corpus(corpus, files, seed=files)
    config = write_config(tmp_path / f"run{files}", [corpus], commit_every=100_000)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["index"]["limitmb"] = 8
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-c", PEAK, str(config)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    kb = int(res.stderr.split("PEAK_KB")[1].split()[0])
    return kb / 1024


def test_peak_memory_does_not_grow_with_corpus(tmp_path):
    small = peak_rss_mb(tmp_path, 50)
    large = peak_rss_mb(tmp_path, 400)  # 8x the paragraphs, all in one commit
    print(f"\npeak RSS: {small:.0f} MB for 50 files, {large:.0f} MB for 400 files (limitmb=8)")
    assert large < small * 1.35 + 20
