"""Faults on the live cluster: a node stopped while queries run (replication factor 2)."""

from __future__ import annotations

import random
import threading

from index.backends.solr_docs import literal_clause


def test_queries_keep_answering_with_one_node_down(solr_cluster, solr, bundled_collection):
    name, summary = bundled_collection
    queries = [literal_clause(s) for s in ("干部", "沉", "第一书记", "村")] + ["*:*"]

    def totals():
        return [solr.select(name, {"q": q, "rows": 3})["response"]["numFound"] for q in queries]

    before = totals()
    assert before[-1] == summary.paragraphs
    failures, answered = [], []
    stopped = threading.Event()

    def ask():
        # Bounded: a fixed number of rounds, before, during and after the stop.
        for i in range(60):
            try:
                answered.append(totals() == before)
            except Exception as exc:
                failures.append(f"{type(exc).__name__}: {exc}")
            if i == 20:
                stopped.wait(120)

    worker = threading.Thread(target=ask)
    worker.start()
    # Node 0 is the first URL the client tries, so failover is exercised too.
    solr_cluster.stop_node(0)
    stopped.set()
    worker.join(300)
    try:
        assert not worker.is_alive()
        assert failures == [] and len(answered) == 60 and all(answered)
        assert totals() == before  # with the node still down
    finally:
        solr_cluster.start_node(0)
        solr_cluster.wait_active(name)
    assert totals() == before


def _replica_counts(solr_cluster, collection):
    """shard → [numFound of each replica, asked directly without distribution]."""
    from index.backends.solr import SolrClient

    status = solr_cluster.client().cluster_status(collection)
    out = {}
    for shard, info in status["collections"][collection]["shards"].items():
        counts = []
        for r in info["replicas"].values():
            core = SolrClient(solr_cluster.settings(urls=(r["base_url"],)))
            answer = core.request(
                f"/{r['core']}/select", {"q": "*:*", "rows": 0, "distrib": "false"}
            )
            counts.append(answer["response"]["numFound"])
        out[shard] = counts
    return out


def test_a_node_stopped_during_ingestion_loses_nothing(
    solr_cluster, solr, tmp_path, bundled_cfg, bundled_docs
):
    from dataclasses import replace

    from index.backends.solr_feed import feed

    rng = random.Random(21)
    texts = sorted({d.text for d in bundled_docs if len(d.text) > 20})
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(200):
        body = "\n\n".join(rng.sample(texts, rng.randint(3, 8)))
        (corpus / f"n{i:03d}.txt").write_text(f"第{i}篇报道\n\n{body}\n", encoding="utf-8")
    cfg = replace(bundled_cfg, corpus=replace(bundled_cfg.corpus, paths=[corpus]))
    name = "ingest_fault"
    solr.create_collection(name, shards=2, replicas=2)
    stop_now, stopped = threading.Event(), threading.Event()

    def progress(summary):
        if summary.batches == 8:
            stop_now.set()
        if summary.batches == 10:
            stopped.wait(120)  # the rest of the feed certainly runs with the node down

    def stopper():
        stop_now.wait(300)
        solr_cluster.stop_node(0)
        stopped.set()

    killer = threading.Thread(target=stopper)
    killer.start()
    try:
        first = feed(solr, name, cfg, batch_size=20, progress=progress)
        killer.join(300)
        assert stopped.is_set() and first.batches > 20
        expected = first.paragraphs
        assert expected == sum(1 for _ in _all_docs(cfg))
        count = solr.select(name, {"q": "*:*", "rows": 0})["response"]["numFound"]
        assert count == expected, (count, expected, first.retries, first.resent, first.min_rf)
        # The first batch that reached one replica of two was sent again once node 0 was gone.
        assert first.min_rf == 1 and first.resent >= 1
        # The next run completes too (re-sent documents overwrite, nothing doubles).
        second = feed(solr, name, cfg, batch_size=50)
        assert second.paragraphs == expected
        assert solr.select(name, {"q": "*:*", "rows": 0})["response"]["numFound"] == expected
        print(
            f"\ningestion with a node stopped: {expected} paragraphs,"
            f" {first.retries} retries, {first.resent} resent below rf 2"
        )
    finally:
        stop_now.set()
        killer.join(300)
        if stopped.is_set():
            solr_cluster.start_node(0)
    solr_cluster.wait_active(name)
    # The node that was down caught up: both replicas of each shard hold the same documents.
    counts = _replica_counts(solr_cluster, name)
    assert sum(c[0] for c in counts.values()) == expected
    assert all(len(set(c)) == 1 and len(c) == 2 for c in counts.values()), counts
    solr.delete_collection(name)


def _all_docs(cfg):
    from index.backends.solr_feed import FeedSummary, corpus_articles
    from index.build.documents import article_documents
    from index.build.segmenter import read_user_dictionary, shared_segmenter

    seg = shared_segmenter(read_user_dictionary(cfg.dictionary))
    for a in corpus_articles(cfg, FeedSummary()):
        yield from article_documents(a, seg)


def test_a_node_stopped_during_engine_indexing_loses_nothing(solr_cluster, solr, tmp_path):
    """`SolrEngine.index` (rebuild, then an update) with node 0 stopped after 8 batches."""
    import dataclasses
    import uuid

    from index.backends.solr_engine import SolrEngine
    from index.engine.interface import open_engine
    from tests.cluster.conftest import solr_config
    from tests.conftest import CORPUS, make_config

    rng = random.Random(7)
    texts = sorted(
        {p.strip() for f in CORPUS.rglob("*.txt") for p in f.read_text("utf-8").split("\n\n")}
        - {""}
    )
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(150):
        body = "\n\n".join(rng.sample(texts, rng.randint(3, 8)))
        (corpus / f"e{i:03d}.txt").write_text(f"第{i}篇报道\n\n{body}\n", encoding="utf-8")
    cfg = solr_config(tmp_path, corpus, f"fault_{uuid.uuid4().hex[:6]}")
    cfg.solr = dataclasses.replace(cfg.solr, batch_size=20)
    whoosh = open_engine(make_config(tmp_path / "ix", [corpus]))
    whoosh.index(rebuild=True)
    expected = whoosh.status().documents
    batches = []
    stop_now, stopped = threading.Event(), threading.Event()

    def progress(p):
        if p.phase != "indexing":
            return
        batches.append(p)
        if len(batches) == 8:
            stop_now.set()
        if len(batches) == 10:
            stopped.wait(120)  # the rest of the run certainly meets the node down

    def stopper():
        stop_now.wait(300)
        solr_cluster.stop_node(0)
        stopped.set()

    killer = threading.Thread(target=stopper)
    killer.start()
    eng = SolrEngine(cfg, client=solr)
    try:
        first = eng.index(progress=progress)
        killer.join(300)
        assert stopped.is_set() and len(batches) > 20
        assert not first.interrupted and first.paragraphs == expected
        assert eng.status().documents == expected
        second = SolrEngine(cfg, client=solr).index()  # still one node down
        assert (second.added, second.updated, second.deleted) == (0, 0, 0)
        assert second.unchanged == first.added and second.paragraphs == expected
        print(
            f"\nengine indexing with a node stopped: {expected} paragraphs, {len(batches)} batches"
        )
    finally:
        stop_now.set()
        killer.join(300)
        if stopped.is_set():
            solr_cluster.start_node(0)
    name = eng.collection()
    solr_cluster.wait_active(name)
    counts = _replica_counts(solr_cluster, name)
    assert sum(c[0] for c in counts.values()) == expected
    assert all(len(set(c)) == 1 and len(c) == 2 for c in counts.values()), counts
    for text in ("干部", "", "region:湖北"):
        assert eng.search(text, limit=0).total == whoosh.search(text, limit=0).total
    whoosh.close()
