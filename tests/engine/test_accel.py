"""The literal accelerator (issue 12): same answers as Whoosh's postings, written with each
commit, incremental, rebuilt from the index when missing, ignored when unreadable."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from itertools import chain
from pathlib import Path

import pytest

import index.query.search as search_mod
from index.build import accel
from index.build.indexer import Indexer
from index.build.store import ACCEL_PREFIX, IndexStore, verify_build
from index.query.accel import Accelerator, FacetArrays
from index.query.compile import literal_query
from index.query.search import SearchEngine
from tests.conftest import CORPUS, make_config
from tests.engine.test_indexer import synthetic_corpus


@pytest.fixture(scope="module")
def updated_index(tmp_path_factory):
    """An index of several segments with deletions: built, then files changed, removed, added."""
    base = tmp_path_factory.mktemp("accel")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    synthetic_corpus(corpus / "more", 30)
    cfg = make_config(base / "ix", [corpus])
    cfg.index.commit_every = 150  # several segments
    cfg.index.procs = 1
    Indexer(cfg).run()
    (corpus / "more" / "gen_0003.txt").unlink()
    victim = sorted(corpus.glob("*.txt"))[1]
    victim.write_text(
        victim.read_text(encoding="utf-8") + "\n\n新增的一段：金花葵合作社。\n", "utf-8"
    )
    synthetic_corpus(corpus / "later", 4, seed=5)
    Indexer(cfg).run()
    return cfg


def _needles(engine: SearchEngine) -> list[str]:
    """Characters, bigrams and 3–8 character strings cut from the index's own text, plus misses."""
    searcher = engine._current()
    texts = [f["text"] for f in searcher.all_stored_fields()]
    from index.build.folding import fold

    rng = random.Random(3)
    out = ["的", "干部", "金花葵", "驻村第一书记", "新增的一段", "國際", "幹部", "zz不存在的串zz"]
    out += ["COVID", "a  b", " ", "2024年", "，", "。“"]
    for _ in range(120):
        t = fold(rng.choice(texts))
        if len(t) < 2:
            continue
        n = rng.choice((1, 2, 3, 4, 6, 8))
        i = rng.randrange(max(1, len(t) - n))
        out.append(t[i : i + n])
    return list(dict.fromkeys(out))


def _whoosh_literal(searcher, text: str) -> set[int]:
    """Live documents matching Whoosh's literal query (the general path's definition)."""
    q = literal_query(text)
    return {d for d in q.docs(searcher)} if q is not None else set()


def test_accelerator_literal_equals_whoosh(updated_index):
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        assert len(list(searcher.leaf_searchers())) > 1
        assert any(sub.reader().has_deletions() for sub, _ in searcher.leaf_searchers())
        acc = Accelerator.open(engine._build, searcher)
        assert acc is not None
        for text in _needles(engine):
            assert set(acc.literal(text)) == _whoosh_literal(searcher, text.strip()), text
    finally:
        engine.close()


QUERIES = [
    "干部",
    "的",
    "沉",
    "经济",
    "金花葵",
    "發展",
    "幹部",
    "社区",
    "干部 region:湖北",
    "干部 year:2021",
    "发展 source:共产党员网",
    "的 region:重庆",
    # ANDed literal-only terms and quoted phrases take the fast path too
    "干部 群众",
    "的 国 region:湖北",
    '"下沉干部"',
    '"驻村第一书记" 干部',
    '"群众工作" year:2021',
    '"，村"',
    "干部 干部",
]
SLOW_ONLY = ["干部群众工作", "干部 -形式主义", "干部 OR 群众"]  # literal OR words; NOT; OR


def _answer(r):
    return (
        r.total,
        [(h.path, h.paragraph, h.score) for h in r.hits],
        r.facets,
        r.notice,
    )


@pytest.mark.parametrize("limit", [20, 3])
def test_fast_accelerated_path_answers_like_whoosh(updated_index, monkeypatch, limit):
    """Accelerator + numpy facets vs Whoosh postings + Counters vs the general path."""
    engine = SearchEngine(updated_index)
    try:
        monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", 0)
        fast = {q: _answer(engine.search(q, limit=limit)) for q in QUERIES}
        assert engine._accel is not None and engine._accel[1] is not None
        engine._cache.clear()
        monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", 10**9)
        monkeypatch.setattr(SearchEngine, "_accelerator", lambda self, s: None)
        plain = {q: _answer(engine.search(q, limit=limit)) for q in QUERIES}
        engine._cache.clear()
        compiler = engine._compiler
        orig = compiler.compile

        def general(*a, **k):
            out = orig(*a, **k)
            out.fast = None
            return out

        monkeypatch.setattr(compiler, "compile", general)
        slow = {q: _answer(engine.search(q, limit=limit)) for q in QUERIES}
    finally:
        engine.close()
    for q in QUERIES:
        assert fast[q] == plain[q], q
        assert fast[q] == slow[q], q
        assert fast[q][0] > 0, q  # every query finds something: the comparison is not empty


def test_which_queries_take_the_fast_path(updated_index):
    from index.query.querylang import parse_query

    engine = SearchEngine(updated_index)
    try:
        for q in QUERIES:
            assert engine._compiler.compile(parse_query(q)).fast is not None, q
        for q in SLOW_ONLY:
            assert engine._compiler.compile(parse_query(q)).fast is None, q
    finally:
        engine.close()


def test_numpy_facet_counts_equal_counters(updated_index):
    from index.engine.facets import FACETS

    engine = SearchEngine(updated_index)
    try:
        t = engine._doc_tables(engine._current())
        multi = {spec.name: spec.multi_valued for spec in FACETS}
        arrays = FacetArrays(t.values, multi, t.date_rank)
        rng = random.Random(8)
        n = len(t.date_rank)
        for size in (0, 1, 50, n):
            docs = sorted(rng.sample(range(n), size))
            counts, months = arrays.counts(docs)
            for name, per_doc in t.values.items():
                vals = [per_doc[d] for d in docs]
                want = Counter(chain.from_iterable(vals) if multi[name] else vals)
                assert counts[name] == want, name
            assert months == Counter(t.date_rank[d] // 100 for d in docs)
    finally:
        engine.close()


def _accel_files(build: Path) -> set[str]:
    return {p.name for p in build.glob(f"{ACCEL_PREFIX}*")}


def _segment_ids(cfg) -> set[str]:
    ix, _ = IndexStore(cfg.index.dir).open_current()
    try:
        return {s.segment_id() for s in ix._segments()}
    finally:
        ix.close()


def test_every_segment_has_its_file_and_no_other(updated_index):
    build = IndexStore(updated_index.index.dir).current_build()
    assert _accel_files(build) == {accel.accel_name(s) for s in _segment_ids(updated_index)}
    assert verify_build(build, full=True) == ""  # listed in CHECKSUMS.json like Whoosh's files


def test_missing_file_answers_from_whoosh_then_index_rebuilds_it(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    build = IndexStore(cfg.index.dir).current_build()
    before = _accel_files(build)
    assert before
    engine = SearchEngine(cfg)
    want = _answer(engine.search("干部", limit=5))
    engine.close()
    for name in before:
        (build / name).unlink()
    assert verify_build(build) == ""  # derived data: missing is not damage
    engine = SearchEngine(cfg)
    try:
        assert _answer(engine.search("干部", limit=5)) == want
        assert engine._accel[1] is None  # answered from Whoosh's postings
    finally:
        engine.close()
    summary = Indexer(cfg).run()  # nothing changed in the corpus
    assert summary.added == 0
    assert _accel_files(build) == before  # rebuilt from the stored index
    assert verify_build(build, full=True) == ""
    engine = SearchEngine(cfg)
    try:
        assert _answer(engine.search("干部", limit=5)) == want
        assert engine._accel[1] is not None
    finally:
        engine.close()


def test_unreadable_file_is_not_used(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    build = IndexStore(cfg.index.dir).current_build()
    engine = SearchEngine(cfg)
    try:
        searcher = engine._current()
        for junk in (b"", b"SAACC1\n\0" + b"\xff" * 40, b"not an accelerator file at all"):
            for name in _accel_files(build):
                (build / name).write_bytes(junk)
            assert Accelerator.open(build, searcher) is None
    finally:
        engine.close()


def test_store_and_accel_agree_on_the_file_prefix():
    assert accel.PREFIX == ACCEL_PREFIX
    assert accel.segment_of(accel.accel_name("MAIN_abc")) == "MAIN_abc"
    assert accel.segment_of("MAIN_abc.seg") is None
