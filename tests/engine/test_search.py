"""Searching the bundled corpus: recall against brute force, folding, ranking, facets."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.build.documents import iter_stored_paragraphs
from index.build.folding import fold


@pytest.fixture(scope="module")
def paragraphs(engine):
    """Every indexed paragraph as (path, ordinal, text), straight from stored fields."""
    searcher = engine._current()
    return [
        (f["file"], f["paragraph"], f["text"])
        for _d, f in iter_stored_paragraphs(searcher.reader())
    ]


def ids(result):
    return {(h.path, h.paragraph) for h in result.hits}


def truth(paragraphs, q):
    fq = fold(q)
    return {(p, n) for p, n, t in paragraphs if fq in fold(t)}


def test_single_character_recall(engine, paragraphs):
    r = engine.search("沉", limit=0)
    want = truth(paragraphs, "沉")
    assert len(want) > 40
    assert ids(r) == want and r.total == len(want)


def test_traditional_and_simplified_find_the_same(engine):
    a, b = engine.search("幹部", limit=0), engine.search("干部", limit=0)
    assert ids(a) == ids(b) and a.total == b.total > 50


def test_traditional_paragraph_highlight_is_exact(engine):
    r = engine.search("驻村第一书记", limit=0)
    shen = [h for h in r.hits if "沈海森" in h.text and "駐村第一書記" in h.text]
    assert shen
    for h in shen:
        assert [h.text[s:e] for s, e in h.highlights] == ["駐村第一書記"] * h.text.count(
            "駐村第一書記"
        )


def test_spam_is_gone(engine, paragraphs):
    assert engine.search("包养网", limit=0).total == 0
    assert engine.search("包養網", limit=0).total == 0
    assert not any("包養" in t or "包养" in t for _, _, t in paragraphs)


def test_literal_matches_rank_first(engine):
    r = engine.search("下沉干部", limit=0)
    literal = [h for h in r.hits if "下沉干部" in fold(h.text)]
    assert len(literal) >= 5
    assert all("下沉干部" in fold(h.text) for h in r.hits[: len(literal)])
    # …and paragraphs that only have the words come after, not never.
    assert r.total > len(literal)


def test_quoted_phrase_is_exact(engine, paragraphs):
    r = engine.search('"第一书记"', limit=0)
    assert ids(r) == truth(paragraphs, "第一书记")


def test_dictionary_subword_and_cross_boundary(engine, paragraphs):
    # 第一书记 sits inside the dictionary word 驻村第一书记; 村第 crosses a word boundary.
    for q in ("第一书记", "村第", "书记李", "沉下"):
        assert ids(engine.search(q, limit=0)) >= truth(paragraphs, q), q


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_random_substrings_have_full_recall(engine, paragraphs, data):
    _, _, text = data.draw(st.sampled_from(paragraphs))
    folded = fold(text).strip()
    start = data.draw(st.integers(0, max(0, len(folded) - 1)))
    size = data.draw(st.integers(1, 8))
    q = folded[start : start + size].strip()
    if (
        not q
        or any(c.isspace() or c in '"“”「」()-' for c in q)
        or q.upper() in ("OR", "AND", "NOT")
        or ":" in q
    ):
        return
    got = ids(engine.search(q, limit=0, with_facets=False))
    assert got >= truth(paragraphs, q), q


def test_and_or_not(engine, paragraphs):
    both = engine.search("驻村 书记", limit=0)
    assert all("驻村" in fold(h.text) or "駐村" in h.text for h in both.hits)
    either = engine.search("金花葵 OR 羊肚菌", limit=0)
    assert ids(either) == truth(paragraphs, "金花葵") | truth(paragraphs, "羊肚菌")
    minus = engine.search("干部 -下沉", limit=0)
    assert minus.total > 0 and not any("下沉" in fold(h.text) for h in minus.hits)


def test_empty_query_browses_newest_first(engine, paragraphs):
    r = engine.search("", limit=0)
    assert r.total == len(paragraphs)
    dates = [h.date or "" for h in r.hits]
    assert dates == sorted(dates, reverse=True)
    assert r.facets.source  # facets describe the whole corpus


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 30), max_size=60),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_browse_order_matches_a_full_sort(ranks, limit, offset):
    from index.query.search import _newest

    docs = list(range(0, 3 * len(ranks), 3))  # ascending, with gaps, like real ids
    rank = [0] * (3 * len(ranks) + 1)
    for d, r in zip(docs, ranks, strict=True):
        rank[d] = r
    full = sorted(docs, key=lambda d: (-rank[d], d))  # newest first, then index order
    want = full[offset:] if limit == 0 else full[offset : offset + limit]
    assert _newest(docs, rank, limit, offset) == want


def test_browse_after_updates_skips_deleted_paragraphs(tmp_path, corpus_copy, monkeypatch):
    from index.build import indexer
    from index.build.indexer import Indexer
    from index.query.search import SearchEngine
    from tests.conftest import make_config

    monkeypatch.setattr(indexer, "MERGE_BUDGET_DOCS", 0)  # keep the deletions unmerged
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    target = next(corpus_copy.glob("004_*.txt"))
    target.write_text(
        target.read_text(encoding="utf-8") + "\n\n补记一段新的内容。\n", encoding="utf-8"
    )
    Indexer(cfg).run()  # the old version's paragraphs are now deletions in a segment
    engine = SearchEngine(cfg)
    searcher = engine._current()
    assert any(sub.reader().has_deletions() for sub, _ in searcher.leaf_searchers())
    live = {(f["file"], f["paragraph"]) for _d, f in iter_stored_paragraphs(searcher.reader())}
    r = engine.search("", limit=0)
    assert r.total == len(live) == searcher.doc_count()
    assert {(h.path, h.paragraph) for h in r.hits} == live
    # The cached whole-corpus facets equal a fresh count over the same documents.
    everything = [d for d in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(d)]
    recount = engine._count_facets(everything, engine._doc_tables(searcher))
    assert r.facets == recount and sum(r.facets.year.values()) > 0
    engine.close()


def test_a_refresh_keeps_unchanged_segment_readers_and_answers_like_a_fresh_engine(
    tmp_path, corpus_copy, monkeypatch
):
    """After each update the engine's searcher keeps the readers of segments whose
    deletions did not change, opens the others, and answers like an engine opened anew."""
    import shutil

    from index.build import indexer
    from index.build.indexer import Indexer
    from index.query.search import SearchEngine
    from tests.conftest import make_config

    monkeypatch.setattr(indexer, "MERGE_BUDGET_DOCS", 0)  # one segment per update
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    queries = ["", "补记", "新的内容", "中国", "经济 发展", '"记者"', "的"]

    def answers(engine):
        out = []
        for q in queries:
            r = engine.search(q, limit=30)
            out.append((r.total, [(h.path, h.paragraph, h.score) for h in r.hits], r.facets))
        return out

    def leaves(engine):
        searcher = engine._current()
        return {
            sub.reader().segment().segment_id(): sub.reader()
            for sub, _ in searcher.leaf_searchers()
        }

    engine = SearchEngine(cfg)
    try:
        answers(engine)
        files = sorted(corpus_copy.glob("*.txt"))
        edited, removed = files[4], files[3]

        def edit():
            text = edited.read_text(encoding="utf-8") + "\n\n补记一段新的内容。\n"
            edited.write_text(text, encoding="utf-8")

        steps = [
            edit,  # the old version's paragraphs become deletions of a segment
            lambda: shutil.copy(files[2], corpus_copy / "zz_copy.txt"),  # a duplicate: no add
            lambda: (corpus_copy / "zz_new.txt").write_text(
                "补记的标题\n\n新华社北京电 补记一段新的内容，中国经济发展。\n", encoding="utf-8"
            ),
            removed.unlink,
        ]
        for step in steps:
            before = leaves(engine)
            step()
            Indexer(cfg).run()
            after = leaves(engine)
            fresh = SearchEngine(cfg)
            try:
                assert answers(engine) == answers(fresh)
                fresh_leaves = leaves(fresh)
                for segid, reader in after.items():
                    segment = fresh_leaves[segid].segment()
                    old = before.get(segid)
                    same = old is not None and (
                        set(old.segment().deleted_docs() or ()) == set(segment.deleted_docs() or ())
                    )
                    assert (reader is old) == same, segid
            finally:
                fresh.close()
        assert len(after) >= 3 and any(after[s] is before.get(s) for s in after)
        assert engine.search("补记一段新的内容", limit=0).total >= 2
    finally:
        engine.close()


def test_a_settled_index_is_not_reread_yet_a_commit_is_seen(tmp_path, corpus_copy, monkeypatch):
    """`_current` trusts an unchanged CURRENT and build folder (no read, no listing), and a
    generation committed later (a new file in the folder) or a new build (a new CURRENT)
    is still the next search's."""
    from index.build.indexer import Indexer
    from index.query import search as search_mod
    from index.query.search import SearchEngine
    from tests.conftest import make_config

    monkeypatch.setattr(search_mod, "SETTLED_NS", 0)  # every change counts as settled
    cfg = make_config(tmp_path / "ix", [corpus_copy])
    Indexer(cfg).run()
    engine = SearchEngine(cfg)
    try:
        assert engine.search("补记一段新的内容", limit=0).total == 0
        first = engine._current()
        assert engine._stamp is not None
        reads = []
        monkeypatch.setattr(engine.store, "current_build", lambda: reads.append(1))
        assert engine._current() is first and not reads  # stamped: CURRENT not read
        monkeypatch.undo()
        monkeypatch.setattr(search_mod, "SETTLED_NS", 0)
        target = next(corpus_copy.glob("004_*.txt"))
        target.write_text(
            target.read_text(encoding="utf-8") + "\n\n补记一段新的内容。\n", encoding="utf-8"
        )
        Indexer(cfg).run()  # a new generation in the same build folder
        assert engine.search("补记一段新的内容", limit=0).total == 1
        assert engine._current() is not first
        Indexer(cfg).run(rebuild=True)  # a new build folder, a new CURRENT
        build = engine._build
        assert engine.search("补记一段新的内容", limit=0).total == 1
        assert engine._build != build
    finally:
        engine.close()


def test_article_values_kept_between_searches_give_the_same_hits(engine):
    """Hits built from article values kept by earlier searches (`_article_values`) equal
    hits read afresh; `clear_cache` forgets them."""
    queries = ["干部", "驻村第一书记", "群众", "书记 -干部", ""]
    fresh = {}
    for q in queries:
        engine.clear_cache()
        fresh[q] = engine.search(q, limit=60).hits
    engine.clear_cache()
    for q in queries:
        engine._cache.clear()  # the results are computed again, the article values kept
        assert engine.search(q, limit=60).hits == fresh[q], q
    assert engine._articles is not None and len(engine._articles[1]) > 1
    engine.clear_cache()
    assert engine._articles is None


def test_ties_broken_by_newest_date(engine):
    r = engine.search('"第一书记"', limit=0)
    for a, b in zip(r.hits, r.hits[1:], strict=False):
        if a.score == b.score:
            assert (a.date or "") >= (b.date or "")


def test_region_filter_and_rollup(engine):
    hubei = engine.search("干部", region="湖北省", limit=0)
    assert hubei.total > 0
    assert all(any(r.startswith("湖北省") for r in h.regions) for h in hubei.hits)
    assert engine.search("干部", region="湖北", limit=0).total == hubei.total
    wuhan = engine.search("干部", region="武汉", limit=0)
    assert 0 < wuhan.total < hubei.total
    facets = engine.search("干部", limit=0).facets.region
    assert facets["湖北省"] >= facets["湖北省/武汉市"] + facets["湖北省/十堰市"] - 1
    assert facets["湖北省/武汉市"] >= facets.get("湖北省/武汉市/江岸区", 0)


def test_region_browse_chongqing(engine):
    r = engine.search("", region="重庆市", limit=0)
    assert r.total > 20
    assert {h.title for h in r.hits} == {
        "巫溪:推行“1315”联系服务群众工作机制 解锁“四下基层”的多样践行方式"
    }


def test_source_year_date_filters(engine):
    r = engine.search("干部", source="人民日报", limit=0)
    assert r.total > 0 and {h.source for h in r.hits} == {"人民日报"}
    y = engine.search("干部 year:2024", limit=0)
    assert y.total > 0 and all(h.date.startswith("2024") for h in y.hits)
    d = engine.search("date:2024-04..2024-04", limit=0)
    assert d.total > 0 and all(h.date == "2024-04-26" for h in d.hits)


def test_facet_counts_cover_whole_result_not_page(engine):
    r = engine.search("干部", limit=3)
    assert len(r.hits) == 3 and sum(r.facets.source.values()) + sum(1 for _ in []) <= r.total
    assert sum(r.facets.year.values()) > 3


def test_snippet_is_sentence_aware_and_highlights_are_exact(engine):
    r = engine.search("金花葵", limit=0)
    for h in r.hits:
        assert h.snippet.endswith(("。", "！", "？", "；", "…", "”", "”", "!", "?", ";"))
        for s, e in h.highlights:
            assert fold(h.text[s:e]) == "金花葵"
        for s, e in h.snippet_highlights():
            assert h.snippet[s:e] == "金花葵"


def test_citation_uses_config_format(engine):
    h = engine.search("金花葵", limit=1).hits[0]
    assert h.citation.startswith("“" + h.text + "”——《巫溪")
    # The news style: a web source with the date in Chinese; 第N段 is the reader's count,
    # which skips the article's section heading before this paragraph.
    assert h.citation.endswith(f"，七一客户端，2024年4月26日，第{h.cite_paragraph}段")
    assert (h.paragraph, h.cite_paragraph) == (8, 7)


def test_bad_syntax_never_errors(engine):
    r = engine.search('"驻村', limit=0)
    assert r.total > 0 and "unbalanced quote" in r.notice


def test_unknown_region_hints(engine):
    r = engine.search("干部", region="火星", limit=0)
    assert r.total == 0 and "火星" in r.notice


def test_random_queries_never_raise(engine):
    rng = random.Random(7)
    alphabet = [*list('干部驻村"“()-:OR NOT region:year:2024..date:区湖北'), "\x00", "\u202e", "😀"]
    for _ in range(200):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        engine.search(q, limit=5)


def test_highlights_for_any_text(engine):
    assert engine.highlights("駐村第一書記沈海森和下沉干部", "驻村第一书记 干部") == [
        (0, 6),
        (12, 14),
    ]
    assert engine.highlights("无关的文字", "干部") == []


def test_a_set_cancel_event_stops_a_long_search(engine, monkeypatch):
    import threading

    import index.query.search as search_mod

    monkeypatch.setattr(search_mod, "CANCEL_CHECK_EVERY", 1)
    stop = threading.Event()
    stop.set()
    with pytest.raises(search_mod.SearchCancelled):
        engine.search("的 国", cancel=stop)
    assert engine.search("的 国").total > 0  # nothing left behind


@pytest.mark.parametrize(
    "q",
    [
        "沉",
        "干部",
        "幹部",
        "的",
        "群众",
        "村",
        "驻村第一书记",
        "region:湖北 干部",
        "干部 year:2024",
        "国",
    ],
)
def test_fast_path_matches_the_general_path(engine, monkeypatch, q):
    """One-word queries skip full scoring; the answer must be identical."""
    import index.query.compile as compile_mod

    assert engine._compiler.compile(search_mod_parse(q)).fast is not None
    engine._cache.clear()
    fast = engine.search(q, limit=20)
    monkeypatch.setattr(compile_mod.QueryCompiler, "_fast_plan", lambda *a: None)
    engine._cache.clear()
    slow = engine.search(q, limit=20)
    engine._cache.clear()
    assert fast.total == slow.total and fast.facets == slow.facets
    assert [(h.path, h.paragraph, h.score) for h in fast.hits] == [
        (h.path, h.paragraph, h.score) for h in slow.hits
    ]


def search_mod_parse(q):
    from index.query.querylang import parse_query

    return parse_query(q)
