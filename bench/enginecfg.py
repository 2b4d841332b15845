"""The repository's engine config, pointed at a benchmark corpus and index folder."""

from __future__ import annotations

import copy
from pathlib import Path

from bench.corpora import REPO


def engine_config(corpus_dirs: list[Path], index_dir: Path | None = None, procs: int | None = None):
    """config.yaml with the corpus, the index folder and optionally `index.procs` replaced."""
    from index.config import load_config

    cfg = copy.deepcopy(load_config(REPO / "config.yaml"))
    cfg.corpus.paths = [Path(p).resolve() for p in corpus_dirs]
    if index_dir is not None:
        cfg.index.dir = Path(index_dir).resolve()
    if procs is not None:
        cfg.index.procs = procs
    return cfg
