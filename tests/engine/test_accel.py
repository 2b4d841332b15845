"""The literal accelerator (issue 12): the index's literal matcher. Same matches as a scan of
the folded text, written with each commit (by the workers in a parallel build), incremental,
built in memory (never written) by a reader when missing or damaged, rewritten by `index`."""

from __future__ import annotations

import itertools
import random
import shutil
from collections import Counter
from itertools import chain, pairwise
from pathlib import Path

import numpy as np
import pytest

import index.query.search as search_mod
from index.build import accel
from index.build.folding import fold
from index.build.indexer import Indexer
from index.build.store import ACCEL_PREFIX, IndexStore, accel_damage, verify_build
from index.build.tables import tables_name
from index.query.accel import SPACE, Accelerator, AccelLiteral, FacetArrays
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


def scan_literal(searcher, text: str) -> set[int]:
    """Live documents whose folded stored text contains `text`: a brute-force `in` scan.

    As the character fields of earlier versions: blanks are never matched, so
    a blank or two blanks in a row match nothing.
    """
    text = text.strip()
    if not text or text in SPACE or any(a in SPACE and b in SPACE for a, b in pairwise(text)):
        return set()
    reader = searcher.reader()
    return {d for d, f in reader.iter_docs() if text in fold(f.get("text", ""))}


def test_accelerator_literal_equals_a_scan(updated_index):
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        assert len(list(searcher.leaf_searchers())) > 1
        assert any(sub.reader().has_deletions() for sub, _ in searcher.leaf_searchers())
        acc = Accelerator.open(engine._build, searcher)
        assert not acc.rebuilt  # every segment has its file
        found_some = 0
        for text in _needles(engine):
            want = scan_literal(searcher, text)
            assert set(acc.literal(text)) == want, text
            # The general path's literal: a Whoosh query over the same bitmaps, per segment.
            q = literal_query(text)
            assert set(q.docs(searcher)) == want, text
            found_some += bool(want)
        assert found_some > 50
    finally:
        engine.close()


def test_literal_query_works_inside_whoosh_boolean_queries(updated_index):
    """NOT / OR / AND over literals, per segment with offsets and deletions, equal set algebra."""
    from whoosh import query

    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        every = set(query.Every().docs(searcher))
        a, b = AccelLiteral("干部"), AccelLiteral("的")
        sa, sb = scan_literal(searcher, "干部"), scan_literal(searcher, "的")
        assert sa and sb and sa != sb
        assert set(query.Not(a).docs(searcher)) | sa == every
        assert set(query.And([query.Every(), query.Not(a)]).docs(searcher)) == every - sa
        assert set(query.Or([a, b]).docs(searcher)) == sa | sb
        assert set(query.And([a, b]).docs(searcher)) == sa & sb
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
    """Accelerator + numpy facets vs Whoosh postings + Counters vs the general path (the
    accelerator checking every literal's candidates in one numpy pass)."""
    engine = SearchEngine(updated_index)
    try:
        monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", 0)
        monkeypatch.setattr(accel, "CHECK_WITH_NUMPY_FROM", 0)
        monkeypatch.setattr(accel, "CHECK_LOADED_FROM", 0)
        fast = {q: _answer(engine.search(q, limit=limit)) for q in QUERIES}
        assert engine._accel is not None and engine._accel[1] is not None
        engine._cache.clear()
        monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", 10**9)
        monkeypatch.setattr(search_mod, "NUMPY_FACETS_BUILT_FROM", 10**9)
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
    from index.build.tables import segment_values
    from index.engine.facets import FACETS

    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        t = engine._doc_tables(searcher)
        arrays = FacetArrays(t.parts, t.starts, engine._rank_array(t))
        values = {spec.name: [] for spec in FACETS}
        dead = set()
        for sub, offset in sorted(searcher.leaf_searchers(), key=lambda so: so[1]):
            _rank, v = segment_values(sub.reader())
            for name in values:
                values[name] += v[name]
            if sub.reader().has_deletions():
                dead |= {offset + d for d in sub.reader().deleted_docs_set}
        rng = random.Random(8)
        n = len(t.date_rank)
        live = [d for d in range(n) if d not in dead]
        mask = np.zeros(n, dtype=bool)
        mask[live] = True
        sizes = (0, 1, 50, len(live) // 2 + 1, len(live) * 3 // 4, len(live) - 1, len(live))
        for size, given in itertools.product(sizes, (None, mask)):
            # With the live mask, most of it is counted as all of it minus the rest.
            docs = sorted(rng.sample(live, size))
            counts, months = arrays.counts(docs, given)
            for spec in FACETS:
                vals = [values[spec.name][d] for d in docs]
                want = Counter(chain.from_iterable(vals) if spec.multi_valued else vals)
                assert +counts[spec.name] == +want, spec.name
                assert all(c > 0 for c in counts[spec.name].values()), spec.name
            want = Counter(t.date_rank[d] // 100 for d in docs if t.date_rank[d])
            assert months == want and all(c > 0 for c in months.values())
    finally:
        engine.close()


def _accel_files(build: Path) -> set[str]:
    """The accelerator files and the tables files beside them (index/build/tables.py)."""
    return {p.name for p in build.glob(f"{ACCEL_PREFIX}*")}


def _segment_ids(cfg) -> set[str]:
    ix, _ = IndexStore(cfg.index.dir).open_current()
    try:
        return {s.segment_id() for s in ix._segments()}
    finally:
        ix.close()


def test_every_segment_has_its_file_and_no_other(updated_index):
    build = IndexStore(updated_index.index.dir).current_build()
    segments = _segment_ids(updated_index)
    tables = {tables_name(s) for s in segments}
    assert _accel_files(build) == {accel.accel_name(s) for s in segments} | tables
    assert verify_build(build, full=True) == ""  # listed in CHECKSUMS.json like Whoosh's files


def test_missing_files_are_built_in_memory_never_written_then_index_rewrites_them(
    tmp_path, corpus_copy
):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    build = IndexStore(cfg.index.dir).current_build()
    before = _accel_files(build)
    assert before
    engine = SearchEngine(cfg)
    want = _answer(engine.search("干部", limit=5))
    general = _answer(engine.search("干部 -形式主义", limit=5))
    engine.close()
    assert want[3] is None  # no notice while the files are there
    for name in before:
        (build / name).unlink()
    assert verify_build(build) == ""  # derived data: the Whoosh index itself is whole
    assert set(accel_damage(build)) == before  # … but the files are reported missing
    listing = sorted(p.name for p in build.iterdir())
    engine = SearchEngine(cfg)
    try:
        got = engine.search("干部", limit=5)
        assert _answer(got)[:3] == want[:3]  # same hits, order, scores and facets
        assert "search-app index" in got.notice and "accelerator" in got.notice
        assert _answer(engine.search("干部 -形式主义", limit=5))[:3] == general[:3]
        assert engine._accel[1].rebuilt
    finally:
        engine.close()
    assert sorted(p.name for p in build.iterdir()) == listing  # reading wrote nothing
    summary = Indexer(cfg).run()  # nothing changed in the corpus
    assert summary.added == 0
    assert any("rewrote" in p and "accelerator" in p for p in summary.problems)
    assert _accel_files(build) == before  # rewritten from the stored index
    assert verify_build(build, full=True) == "" and accel_damage(build, full=True) == {}
    engine = SearchEngine(cfg)
    try:
        assert _answer(engine.search("干部", limit=5)) == want
        assert not engine._accel[1].rebuilt
    finally:
        engine.close()


def _flip_a_byte(path: Path) -> None:
    """Damage a file in place without changing its size."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_unreadable_or_damaged_files_are_not_used(tmp_path, corpus_copy):
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    build = IndexStore(cfg.index.dir).current_build()
    engine = SearchEngine(cfg)
    want = _answer(engine.search("干部", limit=5))
    engine.close()
    junks = [b"", b"SAACC1\n\0" + b"\xff" * 40, b"not an accelerator file at all", None]
    for junk in junks:
        for name in _accel_files(build):
            if junk is None:
                _flip_a_byte(build / name)  # same size: only the checksum can tell
            else:
                (build / name).write_bytes(junk)
        engine = SearchEngine(cfg)
        try:
            got = engine.search("干部", limit=5)
            assert _answer(got)[:3] == want[:3], junk
            assert "accelerator" in got.notice
            assert len(engine._accel[1].rebuilt) == len(list(build.glob("*.acc")))
        finally:
            engine.close()
    assert set(accel_damage(build, full=True)) == _accel_files(build)
    Indexer(cfg).run()  # `index` rewrites them (the Whoosh index was not damaged)
    assert accel_damage(build, full=True) == {}
    engine = SearchEngine(cfg)
    try:
        assert _answer(engine.search("干部", limit=5)) == want
    finally:
        engine.close()


def test_totals_of_bare_terms_equal_a_scan(updated_index):
    """The answer-equality oracle that does not go through the accelerator at all."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        for q in ("干部", "的", "沉", "经济", "金花葵", "社区", '"驻村第一书记"', '"，村"'):
            assert engine.search(q, limit=3).total == len(
                scan_literal(searcher, fold(q.strip('"')))
            ), q
    finally:
        engine.close()


def test_store_and_accel_agree_on_the_file_prefix():
    assert accel.PREFIX == ACCEL_PREFIX
    assert accel.segment_of(accel.accel_name("MAIN_abc")) == "MAIN_abc"
    assert accel.segment_of("MAIN_abc.seg") is None


def test_utf16_text_matches_only_at_character_boundaries():
    # '丁' is 01 4E and 'Ȁ' 00 02 in UTF-16-LE: the bytes of 'N' (4E 00) straddle them.
    data = "丁Ȁ".encode(accel.TEXT_CODEC)
    assert "N".encode(accel.TEXT_CODEC) in data
    assert not accel._holds(data.find, "N".encode(accel.TEXT_CODEC), 0, len(data))
    text = "x丁Ȁ𠀀y".encode(accel.TEXT_CODEC)
    assert accel._holds(text.find, "Ȁ𠀀".encode(accel.TEXT_CODEC), 0, len(text))
    # A text at an odd offset of its buffer: boundaries count from its start.
    buf = b"\0" + data + text
    assert not accel._holds(buf.find, "N".encode(accel.TEXT_CODEC), 1, 1 + len(data))
    assert accel._holds(buf.find, "Ȁ𠀀".encode(accel.TEXT_CODEC), 1 + len(data), len(buf))
    assert not accel._holds(buf.find, "Ȁ𠀀".encode(accel.TEXT_CODEC), 1, 1 + len(data))
    folded = ["丁Ȁ丁Ȁ", "NNN丁", "丁ȀN丁Ȁ", "𠀀𠀁𠀀𠀁"]
    seg = accel.SegmentAccel(None, accel.in_memory(folded))
    for needle in ("丁Ȁ丁", "NNN", "ȀN丁", "𠀁𠀀", "4E", "丁Ȁ"):
        assert set(seg.literal(needle)) == {i for i, t in enumerate(folded) if needle in t}
        assert [seg.text(i) for i in range(len(folded))] == folded


@pytest.mark.parametrize("many", [False, True], ids=["one-by-one", "numpy"])
def test_literal_text_checks_find_every_match_at_character_boundaries(monkeypatch, many):
    """Texts of characters made of the bytes 01 and 4E in UTF-16 ('丁' 01 4E, '乎' 4E 4E,
    'Ŏ' 4E 01, 'ā' 01 01), so every needle also occurs at odd byte offsets, before,
    after or instead of a real match: the check of a few candidates and that of many
    (numpy) both find exactly the texts holding the needle."""
    import random

    monkeypatch.setattr(accel, "CHECK_WITH_NUMPY_FROM", 0 if many else 10**9)
    monkeypatch.setattr(accel, "CHECK_LOADED_FROM", 0 if many else 10**9)
    rng = random.Random(11)
    alphabet = ["丁", "乎", "Ŏ", "ā", "x"]
    folded = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(400)]
    seg = accel.SegmentAccel(None, accel.in_memory(folded))
    for _ in range(300):
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 5)))
        want = {i for i, t in enumerate(folded) if needle in t}
        assert set(seg.literal(needle)) == want, needle


@pytest.mark.parametrize("one_string", [True, False], ids=["numpy-string", "find-per-text"])
def test_many_candidates_checked_in_one_pass_find_texts_ending_in_ascii(monkeypatch, one_string):
    """The check of many candidates searches the whole text section as one numpy bytes
    string, which ends at its last non-NUL byte: texts of ASCII letters and digits (a NUL
    byte each in UTF-16) and Chinese, the last ending in ASCII, with needles ending in
    ASCII, are found as a scan finds them, at the section's very end included; as they
    are when the section is too large for one string (a `find` per candidate)."""
    monkeypatch.setattr(accel, "CHECK_WITH_NUMPY_FROM", 0)
    monkeypatch.setattr(accel, "CHECK_LOADED_FROM", 0)
    if not one_string:
        monkeypatch.setattr(accel, "MAX_STRING", 0)
    rng = random.Random(29)
    # 'Ł' is 41 01 in UTF-16, 'A' 41 00: a needle ending in 'A' cut at its NUL would
    # match 'Ł'.
    alphabet = ["新", "华", "书", "店", "A", "7", "k", "Ā", "Ł", "ŷ", " "]
    for ending in ("k", "7k", "店A", "书店7", "", "kk", "A", "华A"):
        folded = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(300)
        ]
        # Every bigram of 新华A, and 新华 then 41 (of Ł), but not 新华A: no match.
        folded += ["新华Ł华A", "新华" + ending]
        seg = accel.SegmentAccel(None, accel.in_memory(folded))
        needles = ["新华" + ending, "华" + ending, ending * 2, "新华A"]
        needles += [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 4))) for _ in range(80)
        ]
        for needle in needles:
            if len(needle.strip()) < 2 or "  " in needle:
                continue
            want = {i for i, t in enumerate(folded) if needle.strip() in t}
            assert set(seg.literal(needle.strip())) == want, (ending, needle)


def test_plain_and_numpy_builds_write_the_same_bytes():
    """A small segment's sections (plain Python) are byte for byte numpy's, spaces, empty
    paragraphs, long posting lists and characters beyond the BMP included."""
    rng = random.Random(12)
    alphabet = "的一是在不了有和人这中大为上 \t\nab1𠀀𠀁丁Ȁ。，"
    cases = [[], [""], [" "], [" \n\t"], ["ab"] * 9]
    for _ in range(200):
        pool = alphabet[: rng.randint(2, len(alphabet))]
        cases.append(
            [
                "".join(rng.choice(pool) for _ in range(rng.randint(0, 50)))
                for _ in range(rng.randint(0, 25))
            ]
        )
    for folded in cases:
        plain = b"".join(accel.encode(len(folded), accel._plain_arrays(folded)))
        assert plain == b"".join(accel.encode(len(folded), accel._numpy_arrays(folded))), folded
    big = ["的一是在不了有和人这中大为上" * 200] * 20
    assert sum(map(len, big)) > accel.PLAIN_BUILD_CHARS  # build_arrays takes numpy's path
    assert accel.in_memory(big) == b"".join(accel.accel_bytes(len(big), accel._plain_arrays(big)))


@pytest.mark.parametrize("n", [1, 7, 4100, 13_312, accel.CONTAINER])
def test_compact_posting_lists_read_back_as_their_bitmaps(n):
    """Every kind of compact list (arrays, runs, bitsets, the short ones) is its documents,
    and its count is read without building it."""
    rng = random.Random(n)
    shapes = [[0], [n - 1], list(range(n)), list(range(0, n, 2)), list(range(n // 3, n))]
    for k in (2, 3, 4, 50, 4096, 4097, n // 2, n - 1):
        if 0 < k <= n:
            shapes.append(sorted(rng.sample(range(n), k)))
            start = rng.randrange(n - k + 1)
            shapes.append(list(range(start, start + k)))  # one run
    for docs in shapes:
        blob = accel._blob(docs, n)
        assert list(accel._compact_bitmap(blob)) == docs, (n, len(docs))
        seg = accel.SegmentAccel(None, b"".join(accel.accel_bytes(n, _one_list(blob, n))))
        assert seg._count(seg.uni_off, "uni_blob", 0) == len(docs)


def _one_list(blob: bytes, n: int) -> dict:
    """The sections of an accelerator file of `n` empty documents whose one character's
    posting list is `blob`."""
    from array import array

    empty = array("I")
    return {
        "text_off": array("I", [0] * (n + 1)),
        "text": b"",
        "uni_keys": array("I", [ord("的")]),
        "uni_off": array("I", [0, len(blob)]),
        "uni_blob": blob,
        "bi_first": empty,
        "bi_first_off": array("I", [0]),
        "bi_second": empty,
        "bi_off": array("I", [0]),
        "bi_blob": b"",
    }


def test_format_3_files_are_read_as_they_are(updated_index, monkeypatch):
    """Files written before compact lists (roaring's serialization, raw uint32s) keep
    their literal matches; so do the lists of segments too big for compact ones."""
    engine = SearchEngine(updated_index)
    try:
        texts = [fold(f["text"]) for f in engine._current().all_stored_fields()]
        new = accel.SegmentAccel(None, accel.in_memory(texts))
        with monkeypatch.context() as m:
            m.setattr(accel, "CONTAINER", 0)  # every segment "too big": format 3's lists
            big = accel.SegmentAccel(None, accel.in_memory(texts))
            m.setattr(accel, "SPLIT_WIDE", False)  # and format 3's bigram tables
            old = accel.SegmentAccel(
                None, b"".join(accel.encode(len(texts), accel.build_arrays(texts), fmt=3))
            )
        assert new._compact and not big._compact and not old._compact
        assert old.header["format"] == 3
        assert len(big._mm) > len(new._mm)
        for needle in _needles(engine):
            want = set(new.literal(needle))
            assert set(old.literal(needle)) == want == set(big.literal(needle)), needle
        # Compact lists give their counts, so the commonest are counted exactly.
        per_char = Counter(c for t in texts for c in set(t) - SPACE)
        top = sorted(per_char.values(), reverse=True)[:5]
        assert [per_char[c] for c in new.commonest_chars(5)] == top
    finally:
        engine.close()


def format2_bytes(folded: list[str], monkeypatch) -> bytes:
    """The accelerator file format 2 wrote (uint64 bigram keys, UTF-8 text) for `folded`."""
    import numpy as np

    with monkeypatch.context() as m:
        m.setattr(accel, "CONTAINER", 0)  # roaring's lists and uint32 keys, as format 2
        m.setattr(accel, "SPLIT_WIDE", False)
        arrays = accel.build_arrays(folded)
    encoded = [t.encode("utf-8") for t in folded]
    counts = np.diff(np.asarray(arrays.pop("bi_first_off"), dtype=np.int64))
    first = np.repeat(np.asarray(arrays.pop("bi_first"), dtype=np.uint64), counts)
    second = np.asarray(arrays.pop("bi_second"), dtype=np.uint64)
    keys = (first << np.uint64(accel.BIGRAM_SHIFT)) | second
    sections = {
        "text_off": accel._offsets(encoded),
        "text": b"".join(encoded),
        "uni_keys": arrays["uni_keys"],
        "uni_off": arrays["uni_off"],
        "uni_blob": arrays["uni_blob"],
        "bi_keys": keys,
        "bi_off": arrays["bi_off"],
        "bi_blob": arrays["bi_blob"],
    }
    return b"".join(accel.encode(len(folded), sections, fmt=2))


def test_format_2_files_are_read_as_they_are(updated_index, monkeypatch):
    """An index built before format 3 keeps its files, with the same literal matches."""
    engine = SearchEngine(updated_index)
    try:
        texts = [fold(f["text"]) for f in engine._current().all_stored_fields()]
        old = accel.SegmentAccel(None, format2_bytes(texts, monkeypatch))
        new = accel.SegmentAccel(None, accel.in_memory(texts))
        assert (old.header["format"], new.header["format"]) == (2, accel.FORMAT)
        for needle in _needles(engine):
            assert set(old.literal(needle)) == set(new.literal(needle)), needle
        assert [old.text(i) for i in range(len(texts))] == texts
        with pytest.raises(accel.AccelDamaged):
            accel.SegmentAccel(None, b"".join(accel.encode(1, {}, fmt=1)))
    finally:
        engine.close()


def test_touch_and_numpy_check_on_texts_of_any_length(monkeypatch):
    """The numpy check of many candidates (its one-gather `_touch` of each text's first
    lines and last byte included) over texts of very different lengths: empty ones at
    the section's start and end, one character, exactly a cache line, hundreds of lines,
    with the needle at the start, the end, an odd byte offset or nowhere; it finds what
    a scan finds, and the gather stays inside the section."""
    monkeypatch.setattr(accel, "CHECK_WITH_NUMPY_FROM", 0)
    monkeypatch.setattr(accel, "CHECK_LOADED_FROM", 0)
    folded = [
        "",
        "渔",
        "渔船归港" + "潮" * 28,  # 64 bytes in UTF-16
        "潮" * 500 + "渔船归港",
        "渔船归港" + "汐" * 700,
        "丁Ȁ" * 40,  # 'N' (4E 00) only across characters
        "港渔船归" * 3,
        "",
    ]
    seg = accel.SegmentAccel(None, accel.in_memory(folded))
    for needle in ("渔船归港", "船归港", "潮潮渔船", "汐汐汐", "NN", "丁Ȁ丁", "渔船渔"):
        want = {i for i, t in enumerate(folded) if needle in t}
        assert set(seg.literal(needle)) == want, needle
    view = np.arange(10, dtype=np.uint8)
    starts, ends = np.array([0, 0, 3, 9, 10]), np.array([0, 1, 9, 10, 10])
    accel._touch(view, starts, ends)  # empty texts, one at the very end: no IndexError
    accel._touch(view[:0], starts[:0], ends[:0])
