"""The in-place reader that replaces whoosh3's copying BytesIO in BufferFile."""

from __future__ import annotations

import io
import mmap
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh.filedb.structfile import BufferFile

from index.build.whoosh_internals import (
    _ORIGINAL_CREATE_COLUMN,
    _ORIGINAL_FINISH_DOC,
    STORED_NAME,
    ZDICT_BYTES,
    ZDICT_SAMPLE,
    _ViewReader,
    install,
    segment_part_sizes,
    zdictionary,
)

ops = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(-1, 40)),
        st.tuples(st.just("readline"), st.integers(-1, 40)),
        st.tuples(st.just("seek"), st.integers(0, 60), st.sampled_from([0, 1, 2])),
    ),
    max_size=30,
)


@given(data=st.binary(max_size=50), script=ops)
def test_reads_like_bytesio(data: bytes, script) -> None:
    """Any sequence of read/readline/seek gives what io.BytesIO gives."""
    ours, ref = _ViewReader(memoryview(data)), io.BytesIO(data)
    for op, *args in script:
        if op == "seek":
            pos, whence = args
            pos = pos if whence == 0 else pos - 30
            base = (0, ref.tell(), len(data))[whence]
            if base + pos >= 0:  # BytesIO refuses a negative position
                assert ours.seek(pos, whence) == ref.seek(pos, whence)
        else:
            assert getattr(ours, op)(args[0]) == getattr(ref, op)(args[0])
        assert ours.tell() == ref.tell()


def test_pickles_load_through_peek() -> None:
    """pickle.load reads consecutive objects, as Whoosh's stored fields do."""
    objs = [{"text": "幹部" * n, "n": n} for n in range(200)]
    data = b"".join(pickle.dumps(o, 2) for o in objs)
    f = _ViewReader(memoryview(data))
    assert [pickle.load(f) for _ in objs] == objs
    assert f.read() == b""


def test_bufferfile_reads_the_mmap_in_place(tmp_path) -> None:
    """A BufferFile over an mmap slice neither copies it nor keeps the mmap from closing."""
    install()
    path = tmp_path / "seg"
    path.write_bytes(b"\x00" * 100 + pickle.dumps(["驻村第一书记"], 2) + b"\x00" * 100)
    with path.open("rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        bf = BufferFile(memoryview(mm)[100:-100], name="part")
        assert isinstance(bf.file, _ViewReader)
        assert bf.read_pickle() == ["驻村第一书记"]
        assert bf.get(0, 2) == pickle.dumps(["驻村第一书记"], 2)[:2]
        bf.close()
        mm.close()  # raises BufferError if a view were still exported


def test_indexes_from_before_the_stage_layout_still_unpickle():
    """A TOC pickled when analysis lived at index.analysis loads its classes from index.build."""
    import pickle

    from index.build import analysis, fastwriter
    from index.build.whoosh_internals import install_pickle_aliases

    install_pickle_aliases()
    for old, cls in [
        ("index.analysis", analysis.WordField),
        ("index.fastwriter", fastwriter.CompactPositions),
    ]:
        assert pickle.loads(f"c{old}\n{cls.__name__}\n.".encode()) is cls


def test_skip_to_lands_where_whoosh_own_skip_to_lands(tmp_path) -> None:
    """The bisecting skip_to reaches the same posting as whoosh3's, over many blocks and
    with deletions, from fresh and from moved matchers, and past the end."""
    import random

    from whoosh import fields
    from whoosh.codec import whoosh3
    from whoosh.filedb.filestore import FileStorage
    from whoosh.matching import ReadTooFar

    from index.build import whoosh_internals

    install()
    rng = random.Random(7)
    schema = fields.Schema(body=fields.TEXT(phrase=False))
    ix = FileStorage(str(tmp_path)).create_index(schema)
    w = ix.writer()
    for i in range(3000):  # "xx" in about 2,000 documents: ~16 blocks of 128
        words = ["xx"] if rng.random() < 0.66 else []
        words += ["yy"] * rng.randint(0, 3) + ["zz"]
        w.add_document(body=" ".join(words) + f" d{i % 7}")
    w.commit()
    w = ix.writer()
    w.delete_by_term("body", "d3")
    w.commit(merge=False)
    leaf = whoosh3.W3LeafMatcher
    assert leaf.skip_to is whoosh_internals._skip_to
    with ix.searcher() as s:
        r = s.reader()
        assert r.has_deletions()

        def walk(impl, targets):
            leaf.skip_to = impl
            try:
                m = r.postings("body", "xx")
                out = []
                for t in targets:
                    try:
                        m.skip_to(t)
                    except ReadTooFar:
                        out.append("too far")
                        break
                    out.append((m.id(), m.weight()) if m.is_active() else None)
                return out
            finally:
                leaf.skip_to = whoosh_internals._skip_to

        for _ in range(40):
            targets = sorted(rng.sample(range(3100), rng.randint(1, 30)))
            if rng.random() < 0.3:
                targets += [5000, 5001]  # past the last posting, then once more
            ours = walk(whoosh_internals._skip_to, targets)
            assert ours == walk(whoosh_internals._ORIGINAL_SKIP_TO, targets), targets
            assert any(o not in (None, "too far") for o in ours)


def test_bulk_postings_read_what_the_matcher_reads(tmp_path) -> None:
    """The block reader's ids and weights equal a posting-by-posting walk: blocks of
    varied weights, one weight, all 1, short last blocks (1-3 postings), ids far apart
    (4-byte ints in the pickle), positions and none, and deletions."""
    import random

    import numpy as np
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage

    from index.build import whoosh_internals

    install()
    rng = random.Random(11)
    schema = fields.Schema(body=fields.TEXT(), flat=fields.KEYWORD(scorable=True))
    ix = FileStorage(str(tmp_path)).create_index(schema)
    w = ix.writer()
    for i in range(70_000):
        body = ["ones"]  # weight 1 everywhere: the weights pickle as None
        if i % 3 == 0:
            body += ["varied"] * rng.randint(1, 4)
        if i < 1000:
            body += ["twice", "twice"]  # one weight per block
        if i in (3, 4, 5, 69_999):
            body.append("sparse")  # a delta over 65,535: a 4-byte int
        w.add_document(body=" ".join(body), flat=f"k{i % 5} k{i % 5} all")
    for n in (129, 130, 131):  # a last block of 1, 2 and 3 postings
        for _i in range(n):
            w.add_document(body=f"short{n}", flat="x")
    w.commit()
    w = ix.writer()
    w.delete_by_term("flat", "k3")
    w.commit(merge=False)

    def walk(m):
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        return ids, weights

    with ix.searcher() as s:
        r = s.reader()
        assert r.has_deletions()
        terms = [("body", t) for t in ("ones", "varied", "twice", "sparse", "short129")]
        terms += [("body", "short130"), ("body", "short131"), ("flat", "k1"), ("flat", "all")]
        for field, text in terms:
            ids, weights = whoosh_internals.bulk_postings(r.postings(field, text))
            assert isinstance(ids, np.ndarray) and len(ids) > 0, text
            assert (ids.tolist(), weights.tolist()) == walk(r.postings(field, text)), text


def test_kept_term_ranges_answer_like_the_term_table(tmp_path) -> None:
    """Patch 7: `in`, term_info, doc_frequency, frequency and matchers of a segment's terms
    (present, absent, asked twice) answer as whoosh3's own term table probes do."""
    from whoosh import fields
    from whoosh.codec import whoosh3
    from whoosh.filedb.filestore import FileStorage
    from whoosh.reading import TermNotFound

    from index.build import whoosh_internals

    install()
    schema = fields.Schema(body=fields.TEXT(), tag=fields.ID())
    ix = FileStorage(str(tmp_path)).create_index(schema)
    w = ix.writer()
    for i in range(500):
        w.add_document(body=f"w{i % 37} w{i % 11} common", tag=f"t{i % 5}")
    w.commit()
    terms = [("body", f"w{i}".encode()) for i in range(45)] + [
        ("body", b"common"),
        ("tag", b"t3"),
        ("tag", b"nope"),
        ("missing", b"x"),
    ]

    def probe(reader):
        out = []
        for field, text in terms * 2:  # the second time from the kept ranges
            present = (field, text) in reader
            row = [present]
            if present:
                info = reader.term_info(field, text)
                row += [info.doc_frequency(), info.weight(), reader.doc_frequency(field, text)]
                row += [reader.frequency(field, text), list(reader.postings(field, text).all_ids())]
            else:
                try:
                    reader.term_info(field, text)
                    row.append("found")
                except TermNotFound:
                    row.append("not found")
            out.append(row)
        return out

    cls = whoosh3.W3TermsReader
    patched = (cls._range_for_key, cls.__contains__, cls.term_info)
    assert patched[0] is whoosh_internals._range_for_key
    with ix.searcher() as s:
        ours = probe(s.reader())
    cls._range_for_key, cls.__contains__, cls.term_info = whoosh_internals._ORIGINAL_TERM_PROBES
    try:
        with ix.searcher() as s:
            theirs = probe(s.reader())
    finally:
        cls._range_for_key, cls.__contains__, cls.term_info = patched
    assert ours == theirs
    assert any(row[0] for row in ours) and not all(row[0] for row in ours)


def _stored_index(path, docs: list[dict], schema=None):
    """A Whoosh index at `path` holding `docs` (stored fields), committed in one segment."""
    from whoosh import fields
    from whoosh import index as windex

    install()
    schema = schema or fields.Schema(key=fields.ID(stored=True), text=fields.STORED())
    path.mkdir(exist_ok=True)
    ix = windex.open_dir(str(path)) if windex.exists_in(str(path)) else None
    ix = ix or windex.create_in(str(path), schema)
    w = ix.writer()
    for d in docs:
        w.add_document(**d)
    w.commit(merge=False)
    return ix


def _docs(n: int, start: int = 0) -> list[dict]:
    """Documents with and without stored values, Chinese text of varied length."""
    out = []
    for i in range(start, start + n):
        if i % 7 == 3:
            out.append({})  # no stored field at all
        else:
            out.append({"key": f"k{i}", "text": "驻村第一书记" * (i % 5) + f"第{i}段"})
    return out


@pytest.mark.parametrize("n", [0, 1, 9, ZDICT_SAMPLE - 1, ZDICT_SAMPLE, ZDICT_SAMPLE + 300])
def test_dictionary_deflated_stored_fields_read_back(tmp_path, n) -> None:
    """Every document's stored fields come back from the `_storedd` column, gaps included."""
    docs = _docs(n) or [{}]
    ix = _stored_index(tmp_path / "ix", docs)
    with ix.reader() as r:
        assert [r.stored_fields(d) for d in range(len(docs))] == docs
    kinds = segment_part_sizes(tmp_path / "ix")
    assert f".{STORED_NAME}.col" in kinds and "._stored.col" not in kinds


def test_a_segment_with_whoosh3s_stored_column_reads_and_merges(tmp_path, monkeypatch) -> None:
    """A segment written before (whoosh3's `_stored` column) is read as it is, and merging
    it writes the dictionary column."""
    from whoosh.codec import whoosh3

    old, new = _docs(40), _docs(30, start=40)
    with monkeypatch.context() as m:  # write as whoosh3 does
        m.setattr(whoosh3.W3PerDocWriter, "_create_column", _ORIGINAL_CREATE_COLUMN)
        m.setattr(whoosh3.W3PerDocWriter, "finish_doc", _ORIGINAL_FINISH_DOC)
        ix = _stored_index(tmp_path / "ix", old)
    ix = _stored_index(tmp_path / "ix", new)
    with ix.reader() as r:
        assert len(list(r.leaf_readers())) == 2
        assert [r.stored_fields(d) for d in range(70)] == old + new
    assert {"._stored.col", f".{STORED_NAME}.col"} <= set(segment_part_sizes(tmp_path / "ix"))
    ix.writer().commit(optimize=True)  # one segment: the old one's documents rewritten
    with ix.reader() as r:
        assert len(list(r.leaf_readers())) == 1
        assert [r.stored_fields(d) for d in range(70)] == old + new
    assert "._stored.col" not in segment_part_sizes(tmp_path / "ix")


def test_the_dictionary_samples_values_across_the_first_documents() -> None:
    """At most ZDICT_BYTES, values taken evenly, none cut; nothing from empty values."""
    values = [bytes([i % 251]) * 100 for i in range(1000)]
    d = zdictionary(values)
    assert 0 < len(d) <= ZDICT_BYTES and len(d) % 100 == 0
    assert d[:100] == values[0] and d[100:200] != values[1]
    assert zdictionary([b"", b""]) == b"" and zdictionary([b"ab"]) == b"ab"


def _whoosh3_forms(m) -> None:
    """Monkeypatch context `m`: write term infos, term tables and posting blocks as
    whoosh3 does (patches 9-11 off)."""
    from whoosh.codec import whoosh3

    from index.build import whoosh_internals as wi

    m.setattr(whoosh3.W3TermInfo, "to_bytes", wi._ORIGINAL_TO_BYTES)
    m.setattr(whoosh3.W3PostingsWriter, "_write_block", wi._ORIGINAL_WRITE_BLOCK)

    def field_writer(self, codec, storage, segment):
        wi._field_writer_init(self, codec, storage, segment)
        self._tindex.dbfile.close()  # the compact table's file: written again as whoosh3's
        from whoosh.filedb import filetables

        self._tindex = filetables.OrderedHashWriter(self._create_file(whoosh3.W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}

    m.setattr(whoosh3.W3FieldWriter, "__init__", field_writer)


def _postings_index(path, docs, codec):
    """A Whoosh index at `path` of `docs`, in one segment written by `codec`."""
    from whoosh import fields
    from whoosh import index as windex

    schema = fields.Schema(
        body=fields.TEXT(),  # positions: values in the postings
        words=fields.KEYWORD(scorable=True, field_boost=1.5),  # fractional weights
        tag=fields.ID(),
    )
    path.mkdir(exist_ok=True)
    ix = windex.open_dir(str(path)) if windex.exists_in(str(path)) else None
    ix = ix or windex.create_in(str(path), schema)
    w = ix.writer(codec=codec)
    for d in docs:
        w.add_document(**d)
    w.commit(merge=False)
    return ix


def _posting_docs(n: int, start: int, seed: int) -> list[dict]:
    """Documents with common, rare (inlined), repeated and far-apart words."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(start, start + n):
        words = ["all"] + ["often"] * rng.randint(1, 3) if i % 2 else ["all"]
        if rng.random() < 0.01:
            words += [f"rare{rng.randint(0, 40)}"] * rng.randint(1, 2)
        if i % 9_000 == 1:
            words.append("sparse")  # id deltas over 255 and 65,535
        out.append({"body": " ".join(words), "words": " ".join(words[:3]), "tag": f"t{i % 300}"})
    return out


def _term_view(reader):
    """Every term's statistics and postings (ids, weights, values) through Whoosh's API."""
    out = {}
    for field, text in reader.all_terms():
        info = reader.term_info(field, text)
        m = reader.postings(field, text)
        postings = []
        while m.is_active():
            postings.append((m.id(), m.weight(), m.value()))
            m.next()
        out[field, text] = (
            info.weight(),
            info.doc_frequency(),
            info.min_length(),
            info.max_length(),
            info.max_weight(),
            info.min_id(),
            info.max_id(),
            reader.doc_frequency(field, text),
            reader.frequency(field, text),
            postings,
        )
    return out


def test_compact_term_tables_and_blocks_read_like_whoosh3s(tmp_path, monkeypatch) -> None:
    """Patches 9-11: an index written in the compact forms answers every term's statistics
    and postings (ids, weights, values) as the same index written in whoosh3's forms;
    missing terms stay missing; segments of both forms read and merge together; and
    the compact forms are smaller."""
    from whoosh.reading import TermNotFound

    from index.build.whoosh_internals import _codec

    install()
    docs = _posting_docs(70_000, 0, seed=5)
    with monkeypatch.context() as m:
        _whoosh3_forms(m)
        old = _postings_index(tmp_path / "old", docs, _codec())
    new = _postings_index(tmp_path / "new", docs, _codec())
    with old.reader() as a, new.reader() as b:
        want = _term_view(a)
        assert _term_view(b) == want
        assert any(b.term_info(*t).is_inlined() for t in want)
        assert any(not b.term_info(*t).is_inlined() for t in want)
        for field, text in [("body", b"nope"), ("tag", b"t300"), ("missing", b"x")]:
            assert (field, text) not in b
            with pytest.raises(TermNotFound):
                b.term_info(field, text)
    old_parts, new_parts = (
        segment_part_sizes(tmp_path / "old"),
        segment_part_sizes(tmp_path / "new"),
    )
    assert new_parts[".trm"] < old_parts[".trm"] and new_parts[".pst"] < old_parts[".pst"]
    # Compact segments beside whoosh3 ones answer as whoosh3's alone, before and after
    # a merge into one compact segment.
    more = _posting_docs(3_000, 70_000, seed=6)
    with monkeypatch.context() as m:
        _whoosh3_forms(m)
        mixed = _postings_index(tmp_path / "new", more[:1500], _codec())
        for part in (more[:1500], more[1500:]):
            ref = _postings_index(tmp_path / "old", part, _codec())
    mixed = _postings_index(tmp_path / "new", more[1500:], _codec())
    with mixed.reader() as a, ref.reader() as b:
        assert len(list(a.leaf_readers())) == len(list(b.leaf_readers())) == 3
        assert _term_view(a) == _term_view(b)
    for ix in (mixed, ref):
        with monkeypatch.context() as m:
            if ix is ref:
                _whoosh3_forms(m)
            ix.writer(codec=_codec()).commit(optimize=True)
    with mixed.reader() as a, ref.reader() as b:
        assert len(list(a.leaf_readers())) == len(list(b.leaf_readers())) == 1
        assert _term_view(a) == _term_view(b)
