"""The article values in each segment's tables file (format 3): what a hit needs from its
article's first document, without reading that document. Hits built from them equal
hits built from the stored fields; files without them (formats 1–2) or with a damaged
section fall back to the stored read."""

from __future__ import annotations

import dataclasses

import pytest

import index.query.search as search_mod
from index.build import tables
from index.build.whoosh_internals import stored_fields
from index.engine.facets import FACETS
from index.query.search import SearchEngine
from tests.engine.test_accel import updated_index  # noqa: F401 (a fixture)

QUERIES = [
    '"金花葵"',
    "干部",
    "的",
    '"新增的一段"',
    "合作社 干部",
    "國際",
    "",
    "source:新华社",
]


def _first_documents(reader) -> dict[int, dict]:
    """Live documents that store their article's values → those values (the reference)."""
    dead = reader.deleted_docs_set if reader.has_deletions() else set()
    out = {}
    for d in range(reader.doc_count_all()):
        if d in dead:
            continue
        f = stored_fields(reader, d)
        if not f.get("back") and "article" in f:
            out[d] = f["article"]
    return out


def _hits(engine: SearchEngine, q: str, **kw) -> list[dict]:
    engine.clear_cache()
    r = engine.search(q, **kw)
    return [dataclasses.asdict(h) for h in r.hits]


def test_each_segment_file_holds_its_articles_values(updated_index):  # noqa: F811
    """Per segment, written file and in-memory build alike: the values of every live
    article's first document, and nothing for its other documents."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        t = engine._doc_tables(searcher)
        assert len(t.parts) > 2 and not any(p.in_memory for p in t.parts)
        seen = 0
        for (sub, _offset), part in zip(
            sorted(searcher.leaf_searchers(), key=lambda so: so[1]), t.parts, strict=True
        ):
            reader = sub.reader()
            firsts = _first_documents(reader)
            memory = tables.in_memory(reader, "x")
            assert part.header["format"] == tables.FORMAT == 3
            for d in range(reader.doc_count_all()):
                for got in (part.article(d), memory.article(d)):
                    if d in firsts:
                        assert got == firsts[d]
                    elif d not in (reader.deleted_docs_set if reader.has_deletions() else ()):
                        assert got is None
            assert part.article(reader.doc_count_all() + 5) is None
            seen += len(firsts)
        assert seen > 10
    finally:
        engine.close()


@pytest.mark.parametrize("limit,offset", [(20, 0), (5, 3)])
def test_hits_from_the_article_table_equal_hits_from_stored_fields(
    updated_index,  # noqa: F811
    monkeypatch,
    limit,
    offset,
):
    """Every field of every hit (citation, title, source, date, url, path …) is the same
    whether a hit's article values come from the tables file or from its article's first
    document; and the table is what answers (no second stored read per hit)."""
    engine = SearchEngine(updated_index)
    used = []
    original = tables.SegmentTables.article

    def counting(self, docnum):
        got = original(self, docnum)
        used.append(got is not None)
        return got

    try:
        monkeypatch.setattr(tables.SegmentTables, "article", counting)
        fast = {q: _hits(engine, q, limit=limit, offset=offset) for q in QUERIES}
        assert any(used)
        monkeypatch.setattr(tables.SegmentTables, "article", lambda self, d: None)
        plain = {q: _hits(engine, q, limit=limit, offset=offset) for q in QUERIES}
        assert fast == plain
        assert sum(len(h) for h in fast.values()) > 2 * limit
    finally:
        engine.close()


def _facet_sections(n: int) -> dict:
    values = {spec.name: [()] * n if spec.multi_valued else [None] * n for spec in FACETS}
    return tables.sections_from_values([0] * n, values)


def test_article_sections_read_back_by_first_document():
    """Made-up articles (CJK, ASCII, numbers, an empty title left out, a segment with no
    article at all): each first document gives its values, every other document None."""
    articles = [
        (0, {"file": "/档案/一.txt", "title": "标题：甲", "nparagraphs": 3}),
        (3, {"file": "/b/two.html", "source": "Reuters", "url": "https://x.example/1?a=b"}),
        (4, {"file": "/c", "date": "1999-12-31", "page": "第4版", "nparagraphs": 1}),
        (9, {"file": "/d/四.txt", "author": "王五", "site": "人民网", "original_title": "原"}),
    ]
    n = 12
    sections = {**_facet_sections(n), **tables.article_sections(articles)}
    chunks = tables.encode(n, sections, tables.MAGIC, tables.FORMAT, {"facets": tables.signature()})
    t = tables.SegmentTables(None, b"".join(chunks))
    want = dict(articles)
    for d in range(n + 3):
        assert t.article(d) == want.get(d)
    assert t.article(0) is not t.article(0)  # a new dict each time: callers may merge into it
    empty = {**_facet_sections(2), **tables.article_sections([])}
    chunks = tables.encode(2, empty, tables.MAGIC, tables.FORMAT, {"facets": tables.signature()})
    assert tables.SegmentTables(None, b"".join(chunks)).article(0) is None


def test_old_or_damaged_article_values_fall_back_to_the_stored_read(updated_index, monkeypatch):  # noqa: F811
    """A format-2 file (no article sections) is read as it is, and a file whose article
    values do not inflate or unpickle gives None: the hits read the first document and
    are the same as with the table."""
    articles = [(0, {"file": "/a", "title": "一"}), (2, {"file": "/b", "title": "二"})]
    sig = {"facets": tables.signature()}
    old = tables.encode(4, _facet_sections(4), tables.MAGIC, 2, sig)
    assert tables.SegmentTables(None, b"".join(old)).article(0) is None
    for bad in (b"not deflated", __import__("zlib").compress(b"\x80\x05garbage")):
        sections = {**_facet_sections(4), **tables.article_sections(articles)}
        sections["article.values"] = bad
        t = tables.SegmentTables(None, b"".join(tables.encode(4, sections, tables.MAGIC, 3, sig)))
        assert t.article(0) is None and t.article(2) is None
    with pytest.raises(tables.AccelDamaged):  # offsets that do not fit the first documents
        sections = {**_facet_sections(4), **tables.article_sections(articles)}
        sections["article.off"] = sections["article.off"][:1]
        tables.SegmentTables(None, b"".join(tables.encode(4, sections, tables.MAGIC, 3, sig)))

    engine = SearchEngine(updated_index)
    try:
        with_table = {q: _hits(engine, q, limit=10) for q in QUERIES}
        # Every segment's tables as a format-2 file would give them: no article values.
        searcher = engine._current()
        for part in engine._doc_tables(searcher).parts:
            monkeypatch.setattr(part, "_first", None)
        calls = []
        real = search_mod.stored_paragraph
        monkeypatch.setattr(
            search_mod,
            "stored_paragraph",
            lambda *a, **k: calls.append(1) or real(*a, **k),
        )
        assert {q: _hits(engine, q, limit=10) for q in QUERIES} == with_table
        assert calls
    finally:
        engine.close()
