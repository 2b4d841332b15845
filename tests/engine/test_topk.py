"""Exact top-k by numpy bounds (index/query/topk.py): the same answers as scoring every match.

Three checks, on the bundled index and on one of several segments with deletions:
the bounds hold for every matching document of every query (so pruning can never
drop a hit), the bounded path is really the one taken, and whole answers (total,
hits, order, scores, facets, notice) equal the exhaustive path's, at several
limits and offsets.
"""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq

import index.query.search as search_mod
from bench.hostile import hostile_queries
from index.engine.models import ParagraphRef
from index.query import topk
from index.query.accel import FacetArrays
from index.query.querylang import parse_query
from index.query.search import SearchEngine
from tests.engine.test_accel import QUERIES as FAST_QUERIES
from tests.engine.test_accel import updated_index  # noqa: F401 (a fixture)

GENERAL_QUERIES = [
    "干部 OR 群众",
    "干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际",
    "干部 -形式主义",
    "的 -干部",
    "-干部",
    "干部群众工作",
    "驻村干部 帮助",
    "(驻村 OR 驻企) 干部",
    "干部 OR -群众",
    "干部 (群众 OR -发展)",
    '"第一书记" OR 经济发展',
    "乡村振兴 region:湖北",
    "经济 OR 发展 year:2021..2024",
    "NOT NOT 干部",
    "干部 干部 群众",
    "的 在 了",
    "金花葵合作社",
    "zz不存在的串zz OR 干部",
    "zz不存在的串zz",
    "发展经济 OR 社会发展 -国际",
]
HOSTILE = [q for name, q in hostile_queries().items() if "5,000" not in name and "10k" not in name]
ALL = FAST_QUERIES + GENERAL_QUERIES


def _answer(r):
    return (
        r.total,
        [(h.path, h.paragraph, h.score) for h in r.hits],
        r.facets,
        r.notice,
    )


def _exhaustive(engine: SearchEngine, monkeypatch) -> None:
    """Make `engine` score every match (the path before this module)."""
    monkeypatch.setattr(SearchEngine, "_ranked", lambda self, *a: None)
    compiler = engine._compiler
    orig = compiler.compile

    def general(*a, **k):
        out = orig(*a, **k)
        out.fast = None
        return out

    monkeypatch.setattr(compiler, "compile", general)


def _compare(cfg, monkeypatch, queries, shapes):
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)  # test indexes are small
    # A generous ranking budget: never cut short, whatever the machine's load.
    monkeypatch.setattr(cfg.search, "rank_budget_ms", 1e9)
    engine = SearchEngine(cfg)
    try:
        used = []
        real = SearchEngine._ranked

        def spy(self, *a):
            got = real(self, *a)
            used.append(got is not None)
            return got

        monkeypatch.setattr(SearchEngine, "_ranked", spy)
        bounded = {}
        for q in queries:
            for limit, offset in shapes:
                used.clear()
                bounded[q, limit, offset] = _answer(engine.search(q, limit=limit, offset=offset))
                assert used == [True], f"{q!r} did not take the bounded path"
        engine._cache.clear()
        _exhaustive(engine, monkeypatch)
        for key, want in bounded.items():
            q, limit, offset = key
            got = engine.search(q, limit=limit, offset=offset)
            assert want == _answer(got), key
            assert not got.ranking_approximate, key
    finally:
        engine.close()


# Queries whose ranking needs Whoosh's rescoring (BM25 words, proximity), so a
# budget of 0 cuts it short; and queries whose ranking is exact from bounds alone.
RESCORED = ["干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际", "的 在 了", "干部 OR 群众", "经济 发展"]


@pytest.mark.parametrize("path", ["bounded", "exhaustive"])
def test_a_spent_budget_keeps_totals_and_facets_exact(updated_index, monkeypatch, path):  # noqa: F811
    """Budget 0: flagged, same total and facets, hits are real matches ranked by what is known."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    monkeypatch.setattr(updated_index.search, "rank_budget_ms", 1e9)
    engine = SearchEngine(updated_index)
    try:
        if path == "exhaustive":
            _exhaustive(engine, monkeypatch)
            monkeypatch.setattr(search_mod, "CANCEL_CHECK_EVERY", 1)  # look at the clock at once
        full = {q: engine.search(q, limit=10) for q in RESCORED}
        engine._cache.clear()
        monkeypatch.setattr(updated_index.search, "rank_budget_ms", 0)
        for q in RESCORED:
            want, got = full[q], engine.search(q, limit=10)
            assert not want.ranking_approximate and got.ranking_approximate, q
            assert got.total == want.total > 10 and got.facets == want.facets, q
            assert len(got.hits) == 10, q
            matches = set(engine.matches(q))
            assert all(ParagraphRef(h.path, h.paragraph) in matches for h in got.hits), q
            assert len({(h.path, h.paragraph) for h in got.hits}) == 10, q
            assert all(h.highlights and h.citation for h in got.hits), q
            scores = [h.score for h in got.hits]
            assert scores == sorted(scores, reverse=True), q
    finally:
        engine.close()


def test_a_spent_budget_never_flags_an_exactly_known_ranking(updated_index, monkeypatch):  # noqa: F811
    """Constant scores (NOT, browsing, filters) need no rescoring: never flagged."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    monkeypatch.setattr(updated_index.search, "rank_budget_ms", 0)
    engine = SearchEngine(updated_index)
    try:
        for q in ["-干部", "", "region:湖北", "-干部 -群众"]:
            r = engine.search(q, limit=5)
            assert r.total > 5 and not r.ranking_approximate, q
    finally:
        engine.close()


@pytest.mark.parametrize("queries", [ALL, HOSTILE], ids=["queries", "hostile"])
def test_bounded_answers_equal_scoring_every_match(updated_index, monkeypatch, queries):  # noqa: F811
    _compare(updated_index, monkeypatch, queries, [(20, 0), (3, 0), (5, 4), (1, 0)])


@pytest.mark.parametrize("signatures", [False, True])
def test_narrowed_ranking_and_complement_facets_give_the_same_answers(
    updated_index,  # noqa: F811
    monkeypatch,
    signatures,
):
    """Paths that start at 1M sizes, taken on a small index: rank_top dropping what is
    out of reach, facets of most documents counted as all minus the rest (numpy), or
    per signature, and ORs of words over any universe summed on one array."""
    from index.query import accel

    monkeypatch.setattr(topk, "NARROW_FROM", 0)
    monkeypatch.setattr(topk, "WORD_SUM_FROM", 10**9)
    monkeypatch.setattr(search_mod, "NUMPY_FACETS_FROM", 0)
    if signatures:
        monkeypatch.setattr(SearchEngine, "lasting", True)  # as after `warm_up`
        monkeypatch.setattr(accel, "SIGNATURES_FROM", 10**9)
        monkeypatch.setattr(accel, "SIGNATURE_MATCHES", 10**9)
        monkeypatch.setattr(accel, "SIGNATURE_DOCS", 1)
    else:
        monkeypatch.setattr(accel, "SIGNATURES_FROM", 0)
    counted = []
    real = FacetArrays.counts

    def spy(self, docs, live=None):
        if SearchEngine._ranked.__name__ == "<lambda>":  # `_exhaustive`: count directly
            live = None
        counted.append(live is not None and 2 * len(docs) > self.n)
        return real(self, docs, live)

    monkeypatch.setattr(FacetArrays, "counts", spy)
    summed = []
    real_sum = topk.TreeBounds._word_sum

    def sum_spy(self, words):
        summed.append(len(words))
        return real_sum(self, words)

    monkeypatch.setattr(topk.TreeBounds, "_word_sum", sum_spy)
    queries = [*ALL, "的", "的 OR 在", "-zz不存在的串zz"]
    _compare(updated_index, monkeypatch, queries, [(20, 0), (3, 2)])
    assert any(counted), "no query counted its facets as a complement"
    assert summed, "no OR of words was summed on one array"


def test_summed_words_match_where_their_postings_are(updated_index):  # noqa: F811
    """`_word_sum`: the matches are the union of the words' postings and the bounds their
    scores' sum, whether the matches are read from the sum (every score above 0) or from
    the postings (a word boosted to 0), over all documents or a universe."""
    engine = SearchEngine(updated_index)
    try:
        tables = topk.ScoreTables(engine._current())
        for boosts in ([1.0, 1.5, 1.0], [1.0, 0.0, 1.0], [0.0, 1.5, 2.0]):
            words = [
                wq.Term(field, "的", boost=b)
                for field, b in zip(["content", "title_w", "heading_w"], boosts, strict=True)
            ]
            hit = np.zeros(tables.n, dtype=bool)
            total = np.zeros(tables.n)
            for w in words:
                ids, scores = tables.term_scores(w.fieldname, w.text)
                hit[ids] = True
                total[ids] += scores * w.boost
            assert hit.any() and not hit.all()
            every = topk.TreeBounds(tables, lambda _q: None)._word_sum(words)
            assert (every.must == hit).all() and (every.lo == total).all(), boosts
            universe = np.flatnonzero(tables.live)[::3]
            some = topk.TreeBounds(tables, lambda _q: None, universe=universe)._word_sum(words)
            assert (some.must == hit[universe]).all(), boosts
            assert (some.lo == total[universe]).all(), boosts
    finally:
        engine.close()


def test_a_word_is_placed_in_a_small_universe_alike_whatever_it_holds(updated_index):  # noqa: F811
    """`_positions` over a small universe: universes inside a word's postings (every match
    holds the word: places 0..m-1 without a search), equal to them, holding them and
    more, partly in them, and with none of them give the places and scores a search and
    the dense arrays give."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        tables = topk.ScoreTables(searcher)
        live = np.flatnonzero(tables.live)
        small = max(1, tables.n // 64)
        rare = next(
            w
            for w in searcher.reader().lexicon("content")
            if 2 <= len(tables.term_scores("content", w.decode())[0]) <= small // 2
        ).decode()

        def check(word, universe):
            ids, scores = tables.term_scores("content", word)
            dense = np.zeros(tables.n)
            dense[ids] = scores
            universe = universe.astype(np.int64)
            assert len(universe) * 16 <= tables.n
            bounds = topk.TreeBounds(tables, lambda _q: None, universe=universe)
            pos, inside = bounds._positions(ids)
            held = np.isin(ids, universe)
            assert (pos == np.searchsorted(universe, ids[held])).all()
            assert (inside is None and held.all()) or (inside == held).all()
            b = bounds.eval(wq.Term("content", word))
            assert (b.must == np.isin(universe, ids)).all()
            assert (b.lo == dense[universe]).all() and b.lo is b.hi

        ids = tables.term_scores("content", "的")[0]
        others = np.setdiff1d(live, ids)
        assert len(ids) > 64 and len(others)
        check("的", ids[:: max(1, len(ids) // small)][:small])  # all inside the postings
        check("的", np.union1d(ids[1 : small // 2 + 1], others[: small // 2]))  # partly
        check("的", others[:small])  # none
        ids = tables.term_scores("content", rare)[0]
        check(rare, ids)  # the postings themselves
        check(rare, np.union1d(ids, np.setdiff1d(live, ids)[: small // 2]))  # and more
    finally:
        engine.close()


def test_bounded_answers_on_the_bundled_index(bundled_index, monkeypatch):
    _compare(bundled_index, monkeypatch, ALL, [(20, 0), (2, 1)])


def test_union_matchers_of_large_indexes_give_the_same_answers(updated_index, monkeypatch):  # noqa: F811
    """Whoosh preloads ORs on small indexes; the binary union of big ones must agree too."""
    monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)
    _compare(updated_index, monkeypatch, GENERAL_QUERIES, [(20, 0)])


def test_bounds_hold_for_every_matching_document(updated_index):  # noqa: F811
    """Matches equal Whoosh's, exact parts are exact, and lower ≤ Whoosh's score ≤ upper."""
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        tables = topk.ScoreTables(searcher)
        for q in ALL:
            compiled = engine._compiler.compile(parse_query(q))
            docs, scores, _late = engine._collect(searcher, compiled)
            order = np.argsort(docs)
            docs = np.asarray(docs, dtype=np.int64)[order]
            scores = np.asarray(scores, dtype=np.float64)[order]
            tree = topk.TreeBounds(tables, lambda _q: None)
            assert tree.matches(compiled.whoosh_query).tolist() == docs.tolist(), q
            b = tree.eval(compiled.whoosh_query)
            # Over the matches only (the universe the search uses), the same bounds.
            u = topk.TreeBounds(tables, lambda _q: None, universe=docs).eval(compiled.whoosh_query)
            assert u.must.all() and (u.lo == b.lo[docs]).all() and (u.hi == b.hi[docs]).all(), q
            assert (b.must == b.may).all(), q
            assert np.flatnonzero(b.must).tolist() == docs.tolist(), q
            if compiled.browse:
                continue  # nothing scores: ranked by date
            lo, hi, fuzzy = b.lo[docs], b.hi[docs], b.fuzzy[docs]
            assert (lo - topk.EPS <= scores).all() and (scores <= hi + topk.EPS).all(), q
            assert (scores[~fuzzy] == lo[~fuzzy]).all(), q
            exact = topk.exact_scores(searcher, compiled.whoosh_query, docs)
            assert exact.tolist() == scores.tolist(), q
            # The words' postings from the arrays (`_ArrayTerm`): the same scores, bit for bit.
            arrays = topk.exact_scores(searcher, compiled.whoosh_query, docs, tables=tables)
            assert arrays.tolist() == scores.tolist(), q
            some = docs[::7]
            part = topk.exact_scores(searcher, compiled.whoosh_query, some, tables=tables)
            assert part.tolist() == scores[::7].tolist(), q
    finally:
        engine.close()


def test_phrase_among_candidates_matches_like_whooshs_phrase_matcher(updated_index):  # noqa: F811
    """The proximity phrase matched at the candidates only (`phrase_matches`: their
    texts, then the words' postings) matches where the phrase's own matcher does."""
    import random

    from index.query.compile import ProximityPhrase

    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        tables = topk.ScoreTables(searcher)
        rng = random.Random(3)
        seen = 0
        for words in (["干部", "群众"], ["经济", "发展"], ["的", "在"], ["工作", "干部", "群众"]):
            phrase = ProximityPhrase("content", words, slop=8, boost=2.0)
            holding = None
            for w in words:
                ids = tables.postings("content", w)[0]
                holding = ids if holding is None else np.intersect1d(holding, ids)
            for _ in range(5):
                size = rng.randint(1, max(1, len(holding)))
                docs = np.sort(np.asarray(rng.sample(holding.tolist(), size), dtype=np.int64))
                whoosh = np.zeros(len(docs), dtype=bool)
                for sub, offset in searcher.leaf_searchers():
                    phrase.only = None
                    found = set(phrase.matcher(sub, searcher.boolean_context()).all_ids())
                    whoosh |= (
                        np.isin(docs - offset, list(found))
                        & (docs >= offset)
                        & (docs < offset + sub.doc_count_all())
                    )
                got = topk.phrase_matches(searcher, phrase, docs)
                assert got.tolist() == whoosh.tolist(), words
                # the words from the postings' arrays: the same, also where they are missing
                arrays = topk.phrase_matches(searcher, phrase, docs, tables=tables)
                assert arrays.tolist() == whoosh.tolist(), words
                live = np.flatnonzero(tables.live)
                mixed = np.union1d(docs, rng.sample(live.tolist(), min(len(live), 40)))
                assert (
                    topk.phrase_matches(searcher, phrase, mixed, tables=tables).tolist()
                    == topk.phrase_matches(searcher, phrase, mixed).tolist()
                ), words
                seen += int(got.sum())
        assert seen > 0
    finally:
        engine.close()


def _rescored(engine, searcher, tables, text):
    """(scoring query, its matches, known literals, the proximity phrase's match or None)
    as the bounded search rescores them."""
    compiled = engine._compiler.compile(parse_query(text))
    literal = engine._literal_lookup(searcher, compiled.literal_texts)
    plan = compiled.fast
    if plan is not None:
        q, docs = plan.score, engine._fast_ids(searcher, plan, as_array=True)
    else:
        q = compiled.whoosh_query
        docs = topk.TreeBounds(tables, literal, compiled.literal_texts).matches(q)
    if q is None or compiled.browse or not len(docs):
        return None
    bounds = topk.TreeBounds(tables, literal, compiled.literal_texts, universe=docs)
    bounds.eval(q)
    phrases = [p for p in topk._walk(q) if isinstance(p, topk.ProximityPhrase)]
    phrase = None
    if len(phrases) == 1:
        phrase = (phrases[0], docs, topk.phrase_matches(searcher, phrases[0], docs, None, tables))
    return q, docs, bounds.known, phrase


@pytest.mark.parametrize("union", ["auto", "binary"])
def test_rescoring_on_arrays_equals_whooshs_matchers_bit_for_bit(updated_index, monkeypatch, union):  # noqa: F811
    """The head's scores on arrays (`_Shape`, `_ShapeScores`: no matcher built) equal
    stepping Whoosh's own matchers to each candidate, bit for bit, on every match and on
    random candidate sets across segments; and the arrays model nearly every query."""
    import random

    if union == "binary":  # the unions of large segments (small ones are preloaded)
        monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        assert len(searcher.leaf_searchers()) > 1
        tables = topk.ScoreTables(searcher)
        rng = random.Random(5)
        modelled = unmodelled = 0
        for text in [*ALL, '"群众工作"', '"干部群众"', "干部 群众 工作", '"干部" 群众']:
            got = _rescored(engine, searcher, tables, text)
            if got is None:
                continue
            q, docs, known, phrase = got
            for _ in range(4):
                some = (
                    docs
                    if _ == 0
                    else np.sort(rng.sample(docs.tolist(), rng.randint(1, len(docs))))
                )
                some = np.asarray(some, dtype=np.int64)
                want = topk._exact_scores(searcher, q, some, known)[0]
                sub = None
                if phrase is not None:
                    at = np.searchsorted(phrase[1], some)
                    sub = (phrase[0], some, phrase[2][at])
                try:
                    arrays, done = topk._exact_scores(
                        searcher, q, some, known, None, tables, sub, arrays_only=True
                    )
                except topk.Unsupported:
                    unmodelled += 1
                    continue
                modelled += 1
                assert done.all(), text
                assert arrays.tobytes() == want.tobytes(), text
        assert modelled > 3 * unmodelled, (modelled, unmodelled)
    finally:
        engine.close()


@pytest.mark.parametrize("union", ["auto", "binary"])
def test_exact_ranking_of_few_matches_equals_the_bounded_ranking(updated_index, monkeypatch, union):  # noqa: F811
    """`rank_exact` (every match scored on arrays) gives what `rank_top` (bounds, then
    Whoosh's rescoring of the head) gives: the same documents, order and score bits."""
    if union == "binary":
        monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        tables = topk.ScoreTables(searcher)
        rank = engine._rank_array(engine._doc_tables(searcher))
        exact = 0
        for text in [*FAST_QUERIES, '"群众工作"', '"干部群众"', '"的干部"', "的", "，"]:
            plan = engine._compiler.compile(parse_query(text)).fast
            if plan is None or plan.score is None:
                continue
            docs = engine._fast_ids(searcher, plan, as_array=True)
            bounds = topk.TreeBounds(tables, lambda _q: None, universe=docs)
            b = bounds.eval(plan.score)
            lo, hi = plan.base + b.lo, plan.base + b.hi
            for want in (1, 3, 20, len(docs) + 1):
                got = topk.rank_exact(searcher, plan.score, docs, rank, want, plan.base, tables)
                if got is None:
                    continue
                exact += 1
                top = topk.rank_top(
                    searcher,
                    plan.score,
                    docs,
                    lo,
                    hi,
                    b.fuzzy,
                    rank,
                    want,
                    plan.base,
                    tables=tables,
                )
                assert [(d, s.hex()) for d, s in got.top] == [(d, s.hex()) for d, s in top.top], (
                    text,
                    want,
                )
        assert exact > 40
    finally:
        engine.close()


def test_numpy_bm25_equals_whoosh_per_posting(updated_index):  # noqa: F811
    engine = SearchEngine(updated_index)
    try:
        searcher = engine._current()
        tables = topk.ScoreTables(searcher)
        for field, text in [("content", "干部"), ("content", "的"), ("title_w", "干部")]:
            ids, scores = tables.term_scores(field, text)
            assert len(ids) > 0, (field, text)
            got = topk.exact_scores(searcher, wq.Term(field, text), ids)
            assert got.tolist() == scores.tolist(), (field, text)
    finally:
        engine.close()


def test_ties_at_the_cut_are_broken_like_the_full_ranking(updated_index, monkeypatch):  # noqa: F811
    """Literal-only matches tie at exact constants: newest first, then index order, at any page."""
    _compare(updated_index, monkeypatch, ["的 -干部", "，", "-干部"], [(50, 0), (10, 30), (7, 77)])


def test_matches_from_bitmaps_equal_whoosh_matchers(updated_index, monkeypatch):  # noqa: F811
    """`matches()` (recall measurements) lists what the bitmaps count, as Whoosh would."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    engine = SearchEngine(updated_index)
    try:
        got = {q: engine.matches(q) for q in ALL}
        monkeypatch.setattr(SearchEngine, "_bitmap_matches", lambda self, *a: None)
        for q in ALL:
            assert got[q] == engine.matches(q), q
        assert sum(map(len, got.values())) > 1000
    finally:
        engine.close()


def test_head_keeps_the_best_of_a_large_tie():
    """`_head` trims a big set of exact scores without changing the best `want`."""
    rng = np.random.default_rng(5)
    for n, want in [(5000, 20), (3000, 1), (900, 200), (50, 20)]:
        score = rng.choice([1000.0, 1001.0, 2000.0], size=n, p=[0.9, 0.09, 0.01])
        rank = rng.integers(20200101, 20200110, size=n)
        picked = np.arange(n)
        full = np.lexsort((picked, -rank, -score))[:want]
        kept = topk._head(picked, score, rank, want)
        part = kept[np.lexsort((kept, -rank[kept], -score[kept]))][:want]
        assert part.tolist() == full.tolist(), (n, want)
        assert n <= 4 * want or len(kept) < n


def test_a_set_cancel_event_stops_a_bounded_search(updated_index, monkeypatch):  # noqa: F811
    import threading

    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    engine = SearchEngine(updated_index)
    try:

        class Late(threading.Event):
            """Set from its second look on: after search()'s own check, inside the ranking."""

            looks = 0

            def is_set(self) -> bool:
                self.looks += 1
                return self.looks > 1

        for q in ("干部 OR 群众", "的"):
            stop = Late()
            with pytest.raises(search_mod.SearchCancelled):
                engine.search(q, cancel=stop)
            assert stop.looks == 2
        assert engine.search("干部 OR 群众").total > 0  # nothing left behind
    finally:
        engine.close()


def test_bounded_answers_without_the_accelerator(updated_index, monkeypatch):  # noqa: F811
    """Literals then come from Whoosh's own matchers; the answers stay the same."""
    monkeypatch.setattr(SearchEngine, "_accelerator", lambda self, searcher: None)
    _compare(updated_index, monkeypatch, GENERAL_QUERIES + FAST_QUERIES[:6], [(20, 0), (3, 2)])


def test_browsing_with_numpy_equals_browsing_in_python(updated_index, monkeypatch):  # noqa: F811
    """An empty query on a large index (numpy: live ids, newest first) gives the small-index answer."""
    engine = SearchEngine(updated_index)
    try:
        shapes = [(20, 0), (3, 0), (5, 4), (1, 0), (10, 400), (50, 480)]
        small = {s: _answer(engine.search("", limit=s[0], offset=s[1])) for s in shapes}
        engine._cache.clear()
        monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
        for s in shapes:
            assert _answer(engine.search("", limit=s[0], offset=s[1])) == small[s], s
        assert small[(20, 0)][0] > 480
    finally:
        engine.close()


# One query per bench class (single character, common word, rare word, AND, phrase,
# region, browsing, traditional), plus OR, NOT and the hostile shapes.
CLASSES = ["的", "干部", "金花葵合作社", "驻村干部 帮助", '"第一书记" 干部', "乡村振兴 region:湖北"]
CLASSES += ["", "幹部", "干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际", "的 -干部", "经济 发展"]
CLASSES += ["-干部", "region:湖北"]


def _exact_answers(cfg, monkeypatch, queries, limit):
    """Each query's answer with the budget off, and its matches."""
    monkeypatch.setattr(cfg.search, "rank_budget_ms", 1e9)
    engine = SearchEngine(cfg)
    try:
        return {q: (engine.search(q, limit=limit), set(engine.matches(q))) for q in queries}
    finally:
        engine.close()


def _check_budgeted(got, want, matches, q, limit):
    """A budgeted answer: exact total and facets; if flagged, real distinct matches in
    score order; if not flagged, the exact answer."""
    assert got.total == want.total and got.facets == want.facets, q
    if not got.ranking_approximate:
        assert _answer(got) == _answer(want), q
        return
    assert len(got.hits) == min(limit, want.total), q
    assert all(ParagraphRef(h.path, h.paragraph) in matches for h in got.hits), q
    assert len({(h.path, h.paragraph) for h in got.hits}) == len(got.hits), q
    scores = [h.score for h in got.hits]
    assert scores == sorted(scores, reverse=True), q


def test_budget_zero_answers_every_query_class_with_exact_totals(updated_index, monkeypatch):  # noqa: F811
    """`rank_budget_ms: 0`: no exception, exact total and facets for every class; a query
    whose ranking needs scoring is flagged, one ranked by constants alone is exact."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    queries = CLASSES + HOSTILE
    exact = _exact_answers(updated_index, monkeypatch, queries, 10)
    monkeypatch.setattr(updated_index.search, "rank_budget_ms", 0)
    engine = SearchEngine(updated_index)
    try:
        flagged = set()
        for q in queries:
            got = engine.search(q, limit=10)
            want, matches = exact[q]
            _check_budgeted(got, want, matches, q, 10)
            if got.ranking_approximate:
                flagged.add(q)
    finally:
        engine.close()
    assert {"干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际", "经济 发展", "的"} <= flagged
    assert not {"", "-干部", "region:湖北"} & flagged


def test_a_deadline_passing_at_any_step_keeps_answers_exact_or_flagged(updated_index, monkeypatch):  # noqa: F811
    """A clock that ticks once per look: with a budget of N looks, the deadline passes
    before, inside or after the score bounds, the phrase tightening or the rescoring.
    Every answer has the exact total and facets, and is the exact one or flagged."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    queries = ["干部 OR 经济 OR 发展 OR 社会 OR 工作 OR 国际", "经济 发展", "的", "驻村干部 帮助"]
    exact = _exact_answers(updated_index, monkeypatch, queries, 5)
    ticks = iter(range(10**9))
    monkeypatch.setattr(search_mod, "_clock", lambda: float(next(ticks)))
    engine = SearchEngine(updated_index)
    kinds = set()
    try:
        for looks in range(0, 40):
            monkeypatch.setattr(updated_index.search, "rank_budget_ms", looks * 1000.0)
            for q in queries:
                engine.clear_cache()
                got = engine.search(q, limit=5)
                want, matches = exact[q]
                _check_budgeted(got, want, matches, q, 5)
                if not got.ranking_approximate:
                    kinds.add("exact")
                elif all(h.score == 0 for h in got.hits):
                    kinds.add("newest first")  # out of time before the bounds were complete
                else:
                    kinds.add("by bounds")  # out of time while rescoring
    finally:
        engine.close()
    assert kinds == {"exact", "newest first", "by bounds"}


def test_warm_up_builds_what_the_first_query_would(updated_index, monkeypatch):  # noqa: F811
    """The app's warm-up (off the UI thread) reads the facet and date tables, so its first
    query does not; the answers are those of an engine that was not warmed up."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    cold, warm = SearchEngine(updated_index), SearchEngine(updated_index)
    try:
        warm.warm_up()
        assert warm._tables is not None and warm._facet_arrays is not None
        for q in ["的", "干部 OR 群众", ""]:
            assert _answer(warm.search(q, limit=5)) == _answer(cold.search(q, limit=5)), q
    finally:
        cold.close()
        warm.close()


def test_read_ahead_reads_the_commonest_words_and_answers_alike(updated_index, monkeypatch):  # noqa: F811
    """`read_ahead` keeps the postings and BM25 arrays of the commonest characters' words
    (within its budget) and the counts over all documents; answers are those of a cold
    engine, and a query needing a read-ahead list reads nothing more."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    cold, warm = SearchEngine(updated_index), SearchEngine(updated_index)
    try:
        warm.warm_up()
        warm.read_ahead()
        st = warm._score_tables(warm._current())
        kept = list(st._postings._items)
        assert kept and all(key in st._scores._items for key in kept)
        assert st._postings._size <= search_mod.READ_AHEAD_POSTINGS
        assert warm._facet_arrays[1]._all is not None
        assert warm._facet_arrays[1]._sig is not None  # signatures tried (outside the lock)
        char = kept[0][1]
        read = []
        real = topk.ScoreTables.read_step
        monkeypatch.setattr(
            topk.ScoreTables,
            "read_step",
            lambda self, f, t: (self is st and read.append((f, t))) or real(self, f, t),
        )
        for q in [char, f"{char} 干部", "干部 OR 群众", ""]:
            assert _answer(warm.search(q, limit=5)) == _answer(cold.search(q, limit=5)), q
        assert (kept[0][0], char) not in read  # already read ahead
    finally:
        cold.close()
        warm.close()


def test_a_half_read_posting_list_is_finished_by_the_query_that_needs_it(updated_index):  # noqa: F811
    """`read_step` reads one segment at a time; `postings` finishes what it began, and the
    result equals reading the list at once."""
    a, b = SearchEngine(updated_index), SearchEngine(updated_index)
    try:
        sa, sb = a._score_tables(a._current()), b._score_tables(b._current())
        assert len(sa.leaves) > 1
        assert sa.read_step("content", "干部") is None  # one segment of several
        got, want = sa.postings("content", "干部"), sb.postings("content", "干部")
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert not sa._partial
    finally:
        a.close()
        b.close()


def test_read_ahead_steps_aside_for_a_waiting_search(updated_index, monkeypatch):  # noqa: F811
    """A search asking for the engine while the read-ahead holds it runs before the
    read-ahead's next step: after the first step, no step runs while a search waits."""
    import threading

    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    engine = SearchEngine(updated_index)
    engine.warm_up()
    seen: list[int] = []
    searched = []
    real = topk.ScoreTables.read_step

    def step(self, field, text):
        if threading.current_thread() is not threading.main_thread():
            return real(self, field, text)  # the search's own reads
        seen.append(engine._asking)
        if len(seen) == 1:  # a keystroke arrives while this step holds the lock
            t = threading.Thread(target=lambda: searched.append(engine.search("干部", limit=3)))
            t.start()
            with engine._asked:
                assert engine._asked.wait_for(lambda: engine._asking == 1, timeout=30)
        return real(self, field, text)

    monkeypatch.setattr(topk.ScoreTables, "read_step", step)
    try:
        engine.read_ahead()
        assert len(seen) > 1 and searched
        assert seen[1:] == [0] * (len(seen) - 1)
    finally:
        engine.close()


def test_a_set_cancel_event_stops_the_read_ahead(updated_index, monkeypatch):  # noqa: F811
    """The app sets the event on exit: the read-ahead reads nothing more."""
    import threading

    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    engine = SearchEngine(updated_index)
    stop = threading.Event()
    stop.set()
    try:
        engine.read_ahead(stop)
        st = engine._score_tables(engine._current())
        assert not st._postings._items and not st._partial
    finally:
        engine.close()


def test_words_inside_a_literal_are_not_read_to_count_matches(updated_index, monkeypatch):  # noqa: F811
    """`的 OR 在`: each one-word term's word matches lie inside its literal's, so counting
    reads no word postings, and with a spent budget a cold engine reads none at all:
    the first read of near-universal words is under the deadline."""
    monkeypatch.setattr(search_mod, "BOUNDED_FROM_DOCS", 0)
    read = []
    real = topk.ScoreTables.postings

    def spy(self, field, text):
        read.append((field, text))
        return real(self, field, text)

    monkeypatch.setattr(topk.ScoreTables, "postings", spy)
    q = "的 OR 在 OR 了"
    exact = _exact_answers(updated_index, monkeypatch, [q], 5)[q]
    engine = SearchEngine(updated_index)
    try:
        read.clear()
        engine.matches(q)
        assert read == []
        monkeypatch.setattr(updated_index.search, "rank_budget_ms", 0)
        got = engine.search(q, limit=5)
        assert read == [] and got.ranking_approximate
        _check_budgeted(got, exact[0], exact[1], q, 5)
        # Not for a term of several words: a paragraph may hold them apart.
        assert topk._within_literal(wq.Term("content", "的"), ["的"])
        assert not topk._within_literal(wq.And([wq.Term("content", "经济")]), ["经济发展"])
        assert not topk._within_literal(wq.Term("title_w", "的"), ["的"])
    finally:
        engine.close()


def test_facet_and_date_tables_equal_whooshs_own_reading(updated_index):  # noqa: F811
    """The tables read in bulk (postings block by block) hold what Whoosh's own
    per-posting readers give, segment by segment, deletions included."""
    from index.build.tables import segment_values
    from index.engine.facets import FACETS

    engine = SearchEngine(updated_index)
    dated = False
    try:
        for sub, _offset in engine._current().leaf_searchers():
            r = sub.reader()
            n = r.doc_count_all()
            assert not r.has_column("date")  # no sort column: ranks come from the date terms
            dates = [0] * n
            for term in r.lexicon("date"):
                for d in r.postings("date", term).all_ids():
                    dates[d] = int(term.decode().replace("-", "") or 0)
            rank, values = segment_values(r)
            assert rank == dates
            dated |= any(dates)
            for spec in FACETS:
                want = [[] for _ in range(n)]
                for term in r.lexicon(spec.field):
                    for d in r.postings(spec.field, term).all_ids():
                        want[d].append(term.decode("utf-8"))
                got = values[spec.name]
                if spec.multi_valued:
                    assert got == [tuple(v) for v in want], spec.name
                else:
                    assert got == [v[-1] if v else None for v in want], spec.name
        assert dated  # some segment has dated paragraphs
    finally:
        engine.close()
