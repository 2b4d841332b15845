"""Facet and date tables stored per segment (issue 11): the same tables, counts and order as
reading them from Whoosh per searcher; written with each segment, built in memory (never
written) by a reader when missing, old or damaged, and written by the next `index`."""

from __future__ import annotations

import json
import random
from collections import Counter
from itertools import chain
from pathlib import Path

import pytest

import index.query.search as search_mod
from index.build import tables
from index.build.accel import accel_name
from index.build.indexer import Indexer
from index.build.store import CHECKSUMS, IndexStore, accel_damage, verify_build, write_checksums
from index.engine.facets import FACETS, ordered_counts
from index.engine.models import Facets
from index.query.search import SearchEngine
from tests.conftest import make_config
from tests.engine.test_accel import (
    QUERIES,
    _answer,
    updated_index,  # noqa: F401 (a fixture)
)
from tests.hardening.safety_helpers import run_cli, small_corpus


def _reference(searcher):
    """Date ranks and per-document facet values as searches read them before (`segment_values`
    per segment, concatenated), and the live documents."""
    rank: list[int] = []
    values: dict[str, list] = {spec.name: [] for spec in FACETS}
    live: list[int] = []
    for sub, offset in sorted(searcher.leaf_searchers(), key=lambda so: so[1]):
        reader = sub.reader()
        r, v = tables.segment_values(reader)
        assert offset == len(rank)
        rank += r
        for name in values:
            values[name] += v[name]
        dead = reader.deleted_docs_set if reader.has_deletions() else set()
        live += [offset + d for d in range(reader.doc_count_all()) if d not in dead]
    return rank, values, live


def _reference_facets(rank, values, docs) -> Facets:
    """Facet counts and months as `SearchEngine._count_facets` computed them from Python lists."""
    counts = {}
    for spec in FACETS:
        per_doc = [values[spec.name][d] for d in docs]
        c = Counter(chain.from_iterable(per_doc) if spec.multi_valued else per_doc)
        c.pop(None, None)
        counts[spec.name] = ordered_counts(spec, c)
    months = Counter(rank[d] // 100 for d in docs if rank[d])
    return Facets(
        counts=counts,
        month={f"{m // 100:04d}-{m % 100:02d}": n for m, n in sorted(months.items())},
    )


def _tab_files(build: Path) -> set[str]:
    return {p.name for p in build.glob(f"ACCEL_*{tables.SUFFIX}")}


def test_stored_tables_equal_the_reading_from_whoosh(updated_index):  # noqa: F811
    """Per segment: the file's dates and facet values are what Whoosh's postings and date
    column give (several segments, deletions, an update's segment, many values, no date)."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        t = engine._doc_tables(searcher)
        leaves = sorted(searcher.leaf_searchers(), key=lambda so: so[1])
        assert len(leaves) > 2 and len(t.parts) == len(leaves)
        assert any(sub.reader().has_deletions() for sub, _ in leaves)
        assert not any(part.in_memory for part in t.parts)  # every segment has its file
        for (sub, offset), part, start in zip(leaves, t.parts, t.starts, strict=True):
            reader = sub.reader()
            assert start == offset and part.docs == reader.doc_count_all()
            rank, values = tables.segment_values(reader)
            assert list(part.date) == rank
            dead = reader.deleted_docs_set if reader.has_deletions() else set()
            for spec in FACETS:
                got = part.values(spec.name, spec.multi_valued)
                # Deleted documents: the file was written before their deletion.
                live = [d for d in range(part.docs) if d not in dead]
                assert [got[d] for d in live] == [values[spec.name][d] for d in live], spec.name
        rank, values, _live = _reference(searcher)
        assert list(t.date_rank) == rank
        assert 0 in rank and any(rank)  # paragraphs with and without a date
        assert any(len(v) > 1 for v in values["region"])  # several values on one paragraph
        assert any(v is None for v in values["source"]) and any(values["source"])
    finally:
        engine.close()


@pytest.mark.parametrize("numpy_from", [0, 10**9])
def test_facet_counts_and_months_equal_the_lists(updated_index, monkeypatch, numpy_from):  # noqa: F811
    """Counting over the stored codes (memoryviews, or numpy bincounts) gives the counts,
    their order and the months that counting Python lists of values gave."""
    monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", numpy_from)
    monkeypatch.setattr(search_mod, "NUMPY_FACETS_BUILT_FROM", numpy_from)
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        t = engine._doc_tables(searcher)
        rank, values, live = _reference(searcher)
        rng = random.Random(11)
        for size in (0, 1, 7, 50, len(live) // 2, len(live)):
            docs = sorted(rng.sample(live, size))
            want = _reference_facets(rank, values, docs)
            assert engine._count_facets(docs, t) == want, size
            shuffled = docs[:]
            rng.shuffle(shuffled)  # document order does not matter
            assert engine._count_facets(shuffled, t) == want, size
    finally:
        engine.close()


def test_many_valued_facets_by_own_pairs_equal_the_masked_pass(updated_index, monkeypatch):  # noqa: F811
    """A many-valued facet counted from the documents' own pairs gives the counts of the
    pass over every pair, for any share of the documents."""
    import numpy as np

    from index.query import accel

    engine = SearchEngine(updated_index)
    try:
        t = engine._doc_tables(engine._current())
        arrays = engine._facet_codes(t)
        assert arrays._multi
        rng = np.random.default_rng(5)
        for share in (0.0, 0.01, 0.1, 0.3, 0.7, 1.0):
            docs = np.sort(rng.choice(arrays.n, int(arrays.n * share), replace=False))
            monkeypatch.setattr(accel, "PAIRS_BY_DOCUMENT_UNDER", 10**9)
            own = arrays.counts(docs)
            monkeypatch.setattr(accel, "PAIRS_BY_DOCUMENT_UNDER", 0)
            assert arrays.counts(docs) == own, share
    finally:
        engine.close()


@pytest.mark.parametrize("collide", [False, True])
def test_facets_per_signature_equal_the_lists(updated_index, monkeypatch, collide):  # noqa: F811
    """Counting per signature (documents alike in every facet value and month) gives the
    counts, their order and the months of counting per document, for any share of the
    documents and after deletions; a hash that collides (every document hashed alike)
    is caught by the check, and the counts are then per document."""
    import numpy as np

    from index.query import accel

    monkeypatch.setattr(accel, "SIGNATURES_FROM", 10**9)
    monkeypatch.setattr(accel, "SIGNATURE_MATCHES", 10**9)
    monkeypatch.setattr(accel, "SIGNATURE_DOCS", 1)
    if collide:
        monkeypatch.setattr(accel, "_mixed", np.zeros_like)
    engine = SearchEngine(updated_index)
    engine.lasting = True  # as after `warm_up`
    try:
        searcher = engine._current()
        t = engine._doc_tables(searcher)
        rank, values, live = _reference(searcher)
        assert len(live) < searcher.doc_count_all()  # deletions
        arrays = engine._facet_codes(t)
        sig = arrays.signatures()
        if collide:
            assert sig is None
        else:
            assert sig is not None and sig.count < arrays.n
            assert any(len(v) > 1 for v in values["region"])  # lists of several values
            # A one-shot engine (no `warm_up`) builds none.
            engine._facet_arrays = None
            engine.lasting = False
            assert engine._facet_codes(t).signatures() is None
            engine._facet_arrays = (t, arrays)
        rng = random.Random(17)
        for size in (1, 7, 50, len(live) // 2, len(live)):
            docs = sorted(rng.sample(live, size))
            want = _reference_facets(rank, values, docs)
            assert engine._count_facets(docs, t) == want, size
            assert arrays._counts(np.asarray(docs)) == arrays._counts_per_document(
                np.asarray(docs)
            ), size
    finally:
        engine.close()


def test_search_facets_and_order_equal_the_lists(updated_index):  # noqa: F811
    """Whole searches: facets equal the reference over the same matches; browsing is newest first."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        rank, values, live = _reference(searcher)
        assert engine.search("", limit=0).facets == _reference_facets(rank, values, live)
        everything = engine.search("", limit=len(live))
        got = [(h.path, h.paragraph) for h in everything.hits]
        newest = sorted(live, key=lambda d: (-rank[d], d))
        want = [
            (f["file"], f["paragraph"])
            for f in (search_mod.stored_paragraph(searcher, d) for d in newest)
        ]
        assert got == want
    finally:
        engine.close()


def _drop_tables(build: Path, from_checksums: bool) -> set[str]:
    """Delete the tables files; `from_checksums`: as an index built before they existed."""
    names = _tab_files(build)
    for name in names:
        (build / name).unlink()
    if from_checksums:
        gen = json.loads((build / CHECKSUMS).read_text())["generation"]
        write_checksums(build, gen)  # lists only the files there now
    return names


def test_an_index_without_tables_answers_the_same_writes_nothing_then_index_writes_them(
    tmp_path,
    updated_index,  # noqa: F811
):
    """An index built before the tables existed: the same answers from tables built in memory,
    a notice, no writes; `index --verify` names them; a no-change `index` writes them."""
    import shutil

    src = Path(updated_index.index.dir)
    ix = tmp_path / "ix"
    shutil.copytree(src, ix)
    cfg = make_config(ix, list(updated_index.corpus.paths))
    engine = SearchEngine(cfg)
    try:
        want = {q: _answer(engine.search(q, limit=5)) for q in QUERIES}
        want[""] = _answer(engine.search("", limit=5))
    finally:
        engine.close()
    build = IndexStore(ix).current_build()
    dropped = _drop_tables(build, from_checksums=True)
    assert dropped and verify_build(build, full=True) == "" and accel_damage(build) == {}
    listing = sorted(p.name for p in build.iterdir())
    engine = SearchEngine(cfg)
    try:
        for q, (total, hits, facets, _notice) in want.items():
            got = engine.search(q, limit=5)
            assert _answer(got)[:3] == (total, hits, facets), q
            assert "accelerator" in got.notice and "search-app index" in got.notice
        assert all(part.in_memory for part in engine._tables.parts)
    finally:
        engine.close()
    assert sorted(p.name for p in build.iterdir()) == listing  # reading wrote nothing
    res = run_cli("index", "--verify", "--index-dir", str(ix))
    assert res.returncode == 2 and ".tab is missing" in res.stderr
    summary = Indexer(cfg).run()  # nothing changed in the corpus
    assert summary.added == summary.updated == summary.deleted == 0
    assert any(f"rewrote {len(dropped)} accelerator file(s)" in p for p in summary.problems)
    assert _tab_files(build) == dropped
    assert verify_build(build, full=True) == "" and accel_damage(build, full=True) == {}
    res = run_cli("index", "--verify", "--index-dir", str(ix))
    assert res.returncode == 0, res.stderr
    engine.clear_cache()  # no new generation: the cached answers carry the notice
    try:  # the same engine, reopened: its tables built in memory give way to the files
        for q, answer in want.items():
            assert _answer(engine.search(q, limit=5)) == answer, q
        assert not any(part.in_memory for part in engine._tables.parts)
    finally:
        engine.close()


def test_damaged_or_foreign_tables_are_not_used_and_index_rewrites_them(tmp_path):
    corpus = small_corpus(tmp_path / "c", 3)
    cfg = make_config(tmp_path / "ix", [corpus])
    Indexer(cfg).run()
    build = IndexStore(cfg.index.dir).current_build()
    engine = SearchEngine(cfg)
    want = _answer(engine.search("干部", limit=5))
    engine.close()
    (name,) = _tab_files(build)
    good = (build / name).read_bytes()
    other_facets = tables.encode(1, {}, tables.MAGIC, tables.FORMAT, {"facets": [["x", "x", 0]]})
    junks = [
        b"",
        tables.MAGIC + b"\xff" * 40,
        b"".join(other_facets),
        good.replace(f'"format": {tables.FORMAT}'.encode(), b'"format": 9'),
        good[: len(good) // 2],
    ]
    for junk in junks:
        (build / name).write_bytes(junk)
        engine = SearchEngine(cfg)
        try:
            got = engine.search("干部", limit=5)
            assert _answer(got)[:3] == want[:3], junk[:20]
            assert name in got.notice
        finally:
            engine.close()
        assert tables.unusable(build, _segment(cfg))
    Indexer(cfg).run()
    assert (build / name).read_bytes() == good  # rewritten from the index, byte for byte
    assert accel_damage(build, full=True) == {}


def _segment(cfg):
    ix, _ = IndexStore(cfg.index.dir).open_current()
    try:
        (seg,) = ix._segments()
        return seg
    finally:
        ix.close()


def test_each_segment_has_its_tables_file_and_no_other(updated_index):  # noqa: F811
    build = IndexStore(updated_index.index.dir).current_build()
    ix, _ = IndexStore(updated_index.index.dir).open_current()
    try:
        ids = [s.segment_id() for s in ix._segments()]
    finally:
        ix.close()
    assert _tab_files(build) == {tables.tables_name(s) for s in ids}
    assert {accel_name(s) for s in ids} <= {p.name for p in build.iterdir()}
    sums = json.loads((build / CHECKSUMS).read_text())["files"]
    assert _tab_files(build) <= set(sums)  # checksummed like the accelerator files


def test_a_one_shot_search_reads_no_postings_for_its_tables(updated_index, monkeypatch):  # noqa: F811
    """With the files there, opening the tables reads no facet postings (O(segments))."""
    calls = []
    real = tables.segment_values
    monkeypatch.setattr(tables, "segment_values", lambda r: calls.append(r) or real(r))
    engine = SearchEngine(updated_index)
    try:
        assert engine.search("干部", limit=3).total > 0
        assert engine.search("", limit=3).total > 0
    finally:
        engine.close()
    assert calls == []


def test_format_1_tables_are_read_as_they_are(updated_index, monkeypatch):  # noqa: F811
    """A tables file written before narrow arrays (every array uint32) gives the same
    dates and facet values, and the narrow one is smaller."""
    from array import array

    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            rank, values = tables.segment_values(reader)
            new = tables.SegmentTables(None, b"".join(tables.encode_reader(reader)))
            with monkeypatch.context() as m:
                m.setattr(tables, "_narrow", lambda v: array("I", v))
                sections = tables.sections_from_values(rank, values)
            signature = {"facets": tables.signature()}
            old_bytes = b"".join(tables.encode(len(rank), sections, tables.MAGIC, 1, signature))
            old = tables.SegmentTables(None, old_bytes)
            assert old.header["format"] == 1 and new.header["format"] == tables.FORMAT
            assert len(new._mm) < len(old_bytes)
            assert list(old.date) == list(new.date) == rank
            for spec in FACETS:
                want = old.values(spec.name, spec.multi_valued)
                assert new.values(spec.name, spec.multi_valued) == want, spec.name
    finally:
        engine.close()
