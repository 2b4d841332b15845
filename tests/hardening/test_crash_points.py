"""SIGKILL the indexer at 34 points; the committed index survives and the next run completes.

Scenarios: a first build, an incremental update (new files added to an
indexed corpus), a full rebuild and a parallel build. After each kill: the index that was
committed before still opens and gives the same answers (or, for a first
build killed before its first commit, there is cleanly no index yet), the
next `index` run completes, and the result equals a clean build.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.build.store import IndexMissing
from tests.conftest import CORPUS, ROOT, make_config
from tests.engine.test_indexer import (
    answers,
    file_manifest,
    lexicon_manifest,
    synthetic_corpus,
    write_config,
)

# (scenario, crash point, occurrence)
KILL_POINTS = [
    ("first", "scanned", 1),
    ("first", "read", 4),
    ("first", "built", 6),
    ("first", "added", 8),
    ("first", "commit", 1),
    ("first", "accel", 1),
    ("first", "tables", 1),
    ("first", "segment", 1),
    ("first", "toc", 1),
    ("first", "publish", 1),
    ("first", "published", 1),
    ("first", "verified", 2),
    ("first", "manifest_written", 1),  # a base written, not yet renamed
    ("update", "read", 10),
    ("update", "added", 5),
    ("update", "commit", 2),
    ("update", "accel", 1),
    ("update", "tables", 1),
    ("update", "segment", 1),
    ("update", "toc", 2),
    ("update", "verified", 1),
    ("update", "manifest", 1),  # committed, its manifest file not yet written
    ("update", "manifest_written", 1),  # the log of changes written, not yet renamed
    ("rebuild", "added", 20),
    ("rebuild", "segment", 2),
    ("rebuild", "publish", 1),
    ("rebuild", "published", 1),
    # The parallel build (forked workers, one commit per round): a worker dying
    # fails the round cleanly; the parent dying leaves the last round committed.
    ("parallel", "read", 5),  # counted per worker, which lives for one round
    ("parallel", "commit", 2),
    ("parallel", "accel", 1),  # a worker writing its segment's accelerator file
    ("parallel", "tables", 1),  # … and its facet and date tables file
    ("parallel", "segment", 2),
    ("parallel", "toc", 1),
    ("parallel", "manifest", 1),
]
assert len(KILL_POINTS) == 34


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """The bundled corpus plus 40 synthetic articles, and a clean build's answers."""
    base = tmp_path_factory.mktemp("crash")
    full = base / "full"
    shutil.copytree(CORPUS, full)
    synthetic_corpus(full / "more", 40)
    big = base / "big"
    shutil.copytree(full, big)
    synthetic_corpus(big / "extra", 30, seed=9)  # 75 files: just over PARALLEL_MIN_FILES
    out = {}
    for name, corpus in (("full", full), ("big", big)):
        clean = write_config(base / f"clean-{name}", [corpus], commit_every=60)
        assert run_index(clean).returncode == 0
        out[name] = (corpus, answers(make_config(base / f"clean-{name}" / "ix", [corpus])))
    return out


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, corpora):
    """The indexed state an update or a rebuild starts from, built once for all their kill points.

    An index records absolute paths, so every test runs in the same folder (`work`): the
    state is built there once, saved aside with copy2 (which keeps the mtimes the manifest
    compares), and each test gets a fresh copy of it in `work`.
    """
    base = tmp_path_factory.mktemp("crash-seeds")
    work = base / "work"
    saved = {}
    for scenario, source in (("update", CORPUS), ("rebuild", corpora["full"][0])):
        shutil.copytree(source, work / "corpus")
        assert run_index(write_config(work, [work / "corpus"], commit_every=60)).returncode == 0
        saved[scenario] = base / scenario
        shutil.move(work, saved[scenario])
        shutil.copytree(saved[scenario], work)  # a copy answers like the original: checked once
        res = run_index(work / "config.yaml")
        assert res.returncode == 0 and "0 added, 0 updated, 0 removed" in res.stdout, res.stdout
        shutil.rmtree(work)
    return work, saved


@pytest.fixture
def work(seeds, tmp_path):
    """This test's folder, starting empty or as a fresh copy of a saved state (`seeds`)."""
    path, saved = seeds
    yield path, saved
    if path.exists():  # keep what the test left for a post-mortem; the next test starts clean
        shutil.move(path, tmp_path / "work")


def run_index(config: Path, *extra, crash: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SEARCH_APP_CRASH_AT", None)
    if crash:
        env["SEARCH_APP_CRASH_AT"] = crash
    return subprocess.run(
        [sys.executable, "-m", "search_app", "--config", str(config), "index", *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize(
    "scenario, point, nth", KILL_POINTS, ids=[f"{s}-{p}-{n}" for s, p, n in KILL_POINTS]
)
def test_kill_point(work, corpora, scenario, point, nth):
    full, clean_answers = corpora["big" if scenario == "parallel" else "full"]
    folder, saved = work
    corpus = folder / "corpus"
    cfg = make_config(folder / "ix", [corpus])
    before = None
    if scenario in ("update", "rebuild"):
        # the bundled files (update) or all of `full` (rebuild), indexed: see `seeds`
        shutil.copytree(saved[scenario], folder)
        config = folder / "config.yaml"
        before = answers(cfg)
    else:
        shutil.copytree(full, corpus)
        config = write_config(folder, [corpus], commit_every=60)
    if scenario == "update":
        shutil.copytree(full / "more", corpus / "more")

    killed = run_index(
        config, *(["--rebuild"] if scenario == "rebuild" else []), crash=f"{point}:{nth}"
    )
    if scenario == "parallel" and point in ("read", "accel", "tables"):  # it was a worker that died
        assert killed.returncode == 2 and "worker" in killed.stderr, killed.stderr
        assert "Traceback" not in killed.stderr
    else:
        assert killed.returncode == -9, f"crash point not reached: {killed.stdout} {killed.stderr}"

    # 1. What was committed before is intact.
    if before is not None:
        after = answers(cfg)
        for q, (_total, hits) in before.items():
            assert set(hits) <= set(after[q][1]), (q, "lost committed paragraphs")
        if scenario == "rebuild" and point != "published":
            assert after == before  # the old build is still the one served
    else:
        with contextlib.suppress(IndexMissing):
            answers(cfg)  # a first build either has a consistent index or none

    # 2. The next run completes and matches a clean build.
    finish = run_index(config)
    assert finish.returncode == 0, finish.stderr
    assert "Traceback" not in finish.stderr
    got = answers(cfg)
    want = {
        q: (t, sorted((str(Path(p)).replace(str(full), str(corpus)), n) for p, n in hits))
        for q, (t, hits) in clean_answers.items()
    }
    assert got == want
    # 3. The accelerator is whole: one file per segment, answering like Whoosh.
    assert_accelerator_whole(cfg)
    # 4. Every paragraph finds its own article's values (stored once per article).
    assert_article_store_whole(cfg)
    # 5. The manifest file describes the served generation exactly.
    files, articles, _gen, _count = lexicon_manifest(cfg)
    saved = file_manifest(cfg)
    assert saved is not None
    assert {p: d for p, (d, _s) in saved.files.items()} == files and saved.articles == articles


def assert_article_store_whole(cfg) -> None:
    """Each indexed file's paragraphs read that file's article values, all of them, in order."""
    from index.build.documents import stored_paragraph
    from index.query.search import SearchEngine

    engine = SearchEngine(cfg)
    try:
        searcher = engine._current()
        paths = [p.decode() for p in searcher.lexicon("file")]
        assert len(paths) > 40
        for path in paths:
            docs = sorted(searcher.document_numbers(file=path))
            rows = [stored_paragraph(searcher, d) for d in docs]
            assert {r["file"] for r in rows} == {path}
            assert {r["relpath"] for r in rows} == {rows[0]["relpath"]}
            assert [r["nparagraphs"] for r in rows] == [len(rows)] * len(rows)
            assert [r["paragraph"] for r in rows] == sorted(r["paragraph"] for r in rows)
            assert engine.article(path).paragraphs[0].text == rows[0]["text"]
    finally:
        engine.close()


def assert_accelerator_whole(cfg) -> None:
    """Every segment of the served build has its accelerator and tables files, literals
    equal a scan, and the tables equal Whoosh's own postings and dates."""
    from index.build.accel import accel_name
    from index.build.tables import segment_values, tables_name
    from index.engine.facets import FACETS
    from index.query.accel import Accelerator
    from index.query.compile import literal_query
    from index.query.search import SearchEngine
    from tests.engine.test_accel import scan_literal

    engine = SearchEngine(cfg)
    try:
        searcher = engine._current()
        build = engine._build
        segments = [sub.reader().segment().segment_id() for sub, _ in searcher.leaf_searchers()]
        assert sorted(p.name for p in build.glob("ACCEL_*")) == sorted(
            [*map(accel_name, segments), *map(tables_name, segments)]
        )
        acc = Accelerator.open(build, searcher)
        assert not acc.rebuilt  # no segment needed its file built in memory
        for text in ("干部", "沉", "驻村第一书记", "金花葵", "合成文章"):
            want = scan_literal(searcher, text)
            assert set(acc.literal(text)) == want, text
            assert set(literal_query(text).docs(searcher)) == want, text
        t = engine._doc_tables(searcher)
        assert not any(part.in_memory for part in t.parts)
        leaves = sorted(searcher.leaf_searchers(), key=lambda so: so[1])
        for (sub, _offset), part in zip(leaves, t.parts, strict=True):
            reader = sub.reader()
            rank, values = segment_values(reader)
            assert list(part.date) == rank
            dead = reader.deleted_docs_set if reader.has_deletions() else set()
            live = [d for d in range(part.docs) if d not in dead]
            for spec in FACETS:
                got = part.values(spec.name, spec.multi_valued)
                assert [got[d] for d in live] == [values[spec.name][d] for d in live]
    finally:
        engine.close()
