"""The Solr document format against a live 2-node SolrCloud: recall, facets, routing, auth."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest

from index.backends.solr import SolrAuthError, facet_counts
from index.backends.solr_docs import doc_id, literal_clause, region_filter, words_clause
from index.build.folding import fold
from index.regions import prefixes

ALL = 100_000  # more rows than any test collection holds


def ids(solr, collection, q, **params):
    """The ids of every document matching `q`."""
    answer = solr.select(collection, {"q": q, "fl": "id", "rows": ALL, **params})
    found = {d["id"] for d in answer["response"]["docs"]}
    assert answer["response"]["numFound"] == len(found)
    return found


def test_feed_sends_every_paragraph_whoosh_indexes(solr, bundled_collection, engine):
    _, summary = bundled_collection
    whoosh = engine.search("", limit=0)
    assert summary.paragraphs == whoosh.total > 100
    assert summary.min_rf == 2  # every batch reached both replicas
    answer = solr.select("bundled", {"q": "*:*", "rows": 0})  # through the alias
    assert answer["response"]["numFound"] == whoosh.total


def test_word_queries_find_exactly_the_paragraphs_with_that_word(
    solr, bundled_collection, bundled_docs
):
    name, _ = bundled_collection
    by_word = defaultdict(set)
    for d in bundled_docs:
        for w, _pos in d.words:
            by_word[w].add(doc_id(d.file, d.paragraph))
    rng = random.Random(14)
    vocabulary = sorted(by_word)
    words = [*rng.sample(vocabulary, 40), "干部", "下沉"]
    for w in words:
        assert ids(solr, name, words_clause([w])) == by_word[w], w
    # Two words: both must occur.
    a, b = "干部", "群众"
    assert ids(solr, name, words_clause([a, b])) == by_word[a] & by_word[b]
    assert by_word[a] & by_word[b]


def test_literal_substrings_match_brute_force(solr, bundled_collection, bundled_docs):
    name, _ = bundled_collection
    rng = random.Random(1414)
    picked = []
    while len(picked) < 60:
        d = rng.choice(bundled_docs)
        n = rng.randint(1, 8)
        if len(d.folded) <= n:
            continue
        i = rng.randrange(len(d.folded) - n)
        s = d.folded[i : i + n]
        if s.strip():
            picked.append(s)
    # Strings across word boundaries, inside words, punctuation, a traditional-script query.
    picked += ["沉干", "部下", "，", "的", fold("幹部"), "2024"]
    for s in picked:
        want = {doc_id(d.file, d.paragraph) for d in bundled_docs if s in d.folded}
        assert ids(solr, name, literal_clause(s)) == want, s


def test_region_facets_roll_up_and_filter(solr, bundled_collection, bundled_docs, engine):
    name, _ = bundled_collection
    want = Counter(
        p
        for d in bundled_docs
        for p in {q for r in (*d.regions, *d.inherited_regions) for q in prefixes(r)}
    )
    answer = solr.select(
        name,
        {
            "q": "*:*",
            "rows": 0,
            "facet": "true",
            "facet.field": "region",
            "facet.limit": -1,
            "facet.mincount": 1,
        },
    )
    got = facet_counts(answer, "region")
    assert got == dict(want)
    assert got == engine.search("", limit=1).facets.region  # same counts as the Whoosh index
    parents = [p for p in got if "/" not in p and any(c.startswith(p + "/") for c in got)]
    assert parents, "the bundled corpus names places below province level"
    for parent in parents:
        children = [c for c in got if c.startswith(parent + "/") and c.count("/") == 1]
        assert all(got[parent] >= got[c] for c in children)
        # Filtering by the parent finds every paragraph under it.
        filtered = solr.select(name, {"q": "*:*", "fq": region_filter(parent), "rows": 0})
        assert filtered["response"]["numFound"] == got[parent]


def test_source_and_year_facets(solr, bundled_collection, bundled_docs):
    name, _ = bundled_collection
    answer = solr.select(
        name,
        {
            "q": "*:*",
            "rows": 0,
            "facet": "true",
            "facet.field": ["source", "year"],
            "facet.limit": -1,
            "facet.mincount": 1,
        },
    )
    assert facet_counts(answer, "source") == dict(
        Counter(d.source for d in bundled_docs if d.source)
    )
    years = Counter(d.date[:4] for d in bundled_docs if d.date)
    assert facet_counts(answer, "year") == dict(years) and years


def test_an_articles_paragraphs_share_a_shard(solr, tmp_path, bundled_cfg, bundled_docs):
    from dataclasses import replace

    from index.backends.solr_feed import feed

    # Forty small articles made of bundled paragraphs, so routing has something to spread.
    rng = random.Random(7)
    texts = [d.text for d in bundled_docs if len(d.text) > 20]
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for i in range(40):
        body = "\n\n".join(rng.sample(texts, rng.randint(2, 6)))
        (corpus / f"a{i:02d}.txt").write_text(f"标题第{i}篇\n\n{body}\n", encoding="utf-8")
    cfg = replace(bundled_cfg, corpus=replace(bundled_cfg.corpus, paths=[corpus]))
    name = "routing_test"
    solr.create_collection(name, shards=2, replicas=2)
    try:
        summary = feed(solr, name, cfg, batch_size=50)
        assert summary.articles == 40 - len(summary.duplicates) and summary.paragraphs > 80
        answer = solr.select(name, {"q": "*:*", "fl": "id,article_id,[shard]", "rows": ALL})
        docs = answer["response"]["docs"]
        assert len(docs) == summary.paragraphs
        shards = defaultdict(set)
        for d in docs:
            assert d["id"].startswith(d["article_id"] + "!")
            shards[d["article_id"]].add(d["[shard]"].split("|")[0].rsplit("_replica", 1)[0])
        assert all(len(s) == 1 for s in shards.values()), shards
        assert len({next(iter(s)) for s in shards.values()}) == 2  # both shards are used
    finally:
        solr.delete_collection(name)


def test_alias_switch_moves_readers_to_the_new_collection(solr, bundled_collection):
    name, summary = bundled_collection
    fresh = "alias_test_next"
    solr.create_collection(fresh, shards=1, replicas=2)
    try:
        solr.set_alias("alias_test", name)
        assert solr.select("alias_test", {"q": "*:*", "rows": 0})["response"]["numFound"] == (
            summary.paragraphs
        )
        solr.set_alias("alias_test", fresh)
        assert solr.aliases()["alias_test"] == fresh
        assert solr.select("alias_test", {"q": "*:*", "rows": 0})["response"]["numFound"] == 0
    finally:
        solr.collections_api("DELETEALIAS", name="alias_test")
        solr.delete_collection(fresh)


def test_wrong_password_is_a_one_line_auth_error(solr_cluster):
    bad = solr_cluster.client(password="not-the-password")
    with pytest.raises(SolrAuthError) as err:
        bad.collections()
    msg = str(err.value)
    assert "\n" not in msg and "HTTP 401" in msg and "'searchapp'" in msg
    assert "not-the-password" not in msg and err.value.exit_code == 2


def test_no_credentials_says_which_variables_to_set(solr_cluster):
    anon = solr_cluster.client(user=None, password=None)
    with pytest.raises(SolrAuthError, match="SEARCH_APP_SOLR_USER"):
        anon.select("bundled", {"q": "*:*"})
