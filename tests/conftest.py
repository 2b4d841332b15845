"""Shared fixtures: a config pointing at the bundled corpus and a built test index."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from bench.corpora import shared_dir
from index.build.segmenter import CACHE_ENV
from index.config import load_config

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = shared_dir()  # $SEARCH_APP_SHARED, else ../shared beside the checkout
CORPUS_REAL = SHARED / "corpus-real"
_CACHE_KEY = pytest.StashKey[tuple]()


def pytest_sessionstart(session):
    """Compile the project's modules once for the CLI subprocesses the suite starts.

    With PYTHONDONTWRITEBYTECODE set, every `search-app` child would compile each module it
    imports from source again; bytecode written here once is read by all of them (and is
    recompiled by Python whenever a source is newer).
    """
    if not sys.flags.dont_write_bytecode:
        return  # Python caches bytecode itself
    import compileall

    for package in ("index", "search_app", "bench"):
        compileall.compile_dir(ROOT / package, quiet=2)


def pytest_configure(config):
    """jieba's caches (its dictionary, the prefix shards) go to a temporary dir for the run.

    Set in the environment, so the CLI subprocesses the suite starts inherit it:
    `make test` never writes to the user's cache dir (each run or dictionary
    variant used to leave a 9 MB shard set there).
    """
    cache = tempfile.mkdtemp(prefix="search-app-test-cache-")
    config.stash[_CACHE_KEY] = (cache, os.environ.get(CACHE_ENV))
    os.environ[CACHE_ENV] = cache


def pytest_unconfigure(config):
    """Remove the run's cache dir and restore the variable."""
    cache, before = config.stash.get(_CACHE_KEY, (None, None))
    if cache is None:
        return
    shutil.rmtree(cache, ignore_errors=True)
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before


def make_config(index_dir: Path, corpus: list[Path] | None = None):
    """The repository's config with the index (and optionally the corpus) redirected."""
    cfg = load_config(ROOT / "config.yaml")
    cfg.index.dir = index_dir
    if corpus is not None:
        cfg.corpus.paths = corpus
    return cfg


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory):
    """A config whose index holds the bundled corpus, built once per session."""
    from index.build.indexer import Indexer

    cfg = make_config(tmp_path_factory.mktemp("bundled") / "ix")
    summary = Indexer(cfg).run()
    assert summary.paragraphs > 100, summary
    return cfg


@pytest.fixture(scope="session")
def engine(bundled_index):
    """A search engine on the bundled index."""
    from index.query.search import SearchEngine

    eng = SearchEngine(bundled_index)
    yield eng
    eng.close()


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of the bundled corpus."""
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest
