"""Ingest rate and query latency on a local 2-node SolrCloud, and the cluster's start time.

    python -m bench.solr_ingest                  # the real corpus (SIGHAN lines as articles)
    python -m bench.solr_ingest --corpus bundled --corpus scaled-100k --batch 1000

Starts `cluster/start.sh` (2 nodes, 512 MB heap each), creates a 2-shard collection with
replication factor 2 per corpus, feeds it through the project's own ingestion and prints
paragraphs per second: the whole feed (reading, cleaning, regions, jieba, HTTP, Solr), and
the same pipeline without Solr, so the engine's share can be told apart. Then it runs the
bench query set (bench/queries.py) with facets and reports p50/p95 per class. Until the
query language compiles to Solr (issue 14's backend), each term is sent as
`literal^1000 OR all-its-words`, a phrase as the literal alone, as the Whoosh engine reads them.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.corpora import prepare
from index.backends.solr_feed import FeedSummary, corpus_articles, feed
from index.backends.solr_local import LocalSolrCluster
from index.build.documents import article_documents
from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.config import load_config

REPO = Path(__file__).resolve().parents[1]


def prepare_only(cfg) -> tuple[int, float]:
    """Paragraphs and seconds for the pipeline alone (no Solr), documents built and dropped."""
    from index.backends.solr_docs import solr_document

    seg = shared_segmenter(read_user_dictionary(cfg.dictionary))
    t0 = time.monotonic()
    n = 0
    for a in corpus_articles(cfg, FeedSummary()):
        for d in article_documents(a, seg):
            solr_document(d)
            n += 1
    return n, time.monotonic() - t0


def index_bytes(cluster: LocalSolrCluster, collection: str) -> int:
    """Bytes on disk of every replica of `collection`, summed over the nodes."""
    from index.backends.solr import SolrClient

    total = 0
    for url in cluster.urls:
        node = SolrClient(cluster.settings(urls=(url,)))
        cores = node.request("/admin/cores", {"action": "STATUS"})["status"]
        total += sum(
            c["index"]["sizeInBytes"]
            for name, c in cores.items()
            if name.startswith(collection + "_")
        )
    return total


def solr_params(q, segmenter) -> dict:
    """A bench query as Solr parameters, read as the Whoosh engine reads it."""
    from index.backends.solr_docs import literal_clause, region_filter, words_clause
    from index.build.folding import fold

    clauses = []
    for term in q.terms:
        folded = fold(term)
        literal = literal_clause(folded)
        words = segmenter.query_words(folded)
        if q.quoted or not words or (words == [folded] and len(folded) == 1):
            clauses.append(f"({literal})")
        else:
            clauses.append(f"({literal}^1000 OR {words_clause(words)})")
    params = {
        "q": " AND ".join(clauses) or "*:*",
        "rows": 20,
        "fl": "id,file,paragraph,title,source,date,text,regions,inherited_regions,score",
        "sort": "score desc,date desc" if clauses else "date desc",
        "facet": "true",
        "facet.field": ["region", "source", "year"],
        "facet.limit": -1,
        "facet.mincount": 1,
    }
    if q.region:
        params["fq"] = region_filter(q.region)
    return params


def query_latency(client, collection: str, corpus, cfg, repeat: int = 5) -> dict:
    """p50/p95 milliseconds per bench query class (each query once to warm, then `repeat` times)."""
    import statistics

    from bench import paragraphs, queries

    seg = shared_segmenter(read_user_dictionary(cfg.dictionary))
    ps = paragraphs.prepare(corpus, log=lambda *a: None)
    per_class: dict[str, list[float]] = {}
    for q in queries.select(ps, corpus.name):
        params = solr_params(q, seg)
        client.select(collection, params)
        for _ in range(repeat):
            t0 = time.perf_counter()
            client.select(collection, params)
            per_class.setdefault(q.cls, []).append((time.perf_counter() - t0) * 1000)
    out = {}
    for cls, ms in per_class.items():
        ms.sort()
        out[cls] = {
            "n": len(ms),
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))], 1),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print one JSON line per corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", help="bundled, real, scaled-100k, …")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--no-queries", action="store_true", help="measure ingestion only")
    args = ap.parse_args(argv)
    names = args.corpus or ["real"]
    base_cfg = load_config(REPO / "config.yaml")
    with tempfile.TemporaryDirectory(prefix="solr-bench-") as tmp:
        cluster = LocalSolrCluster(Path(tmp), nodes=2)
        with cluster:
            print(json.dumps({"cluster_start_s": round(cluster.start_seconds, 1)}), flush=True)
            client = cluster.client(timeout=120)
            for name in names:
                corpus = prepare(name)
                cfg = replace(base_cfg, corpus=replace(base_cfg.corpus, paths=[corpus.root]))
                # Warm jieba and the region tables on the small bundled corpus before timing.
                prepare_only(
                    replace(cfg, corpus=replace(cfg.corpus, paths=[prepare("bundled").root]))
                )
                n_prep, s_prep = prepare_only(cfg)
                coll = f"bench_{name.replace('-', '_')}"
                t0 = time.monotonic()
                client.create_collection(coll, shards=2, replicas=2)
                create_s = time.monotonic() - t0
                summary = feed(client, coll, cfg, batch_size=args.batch)
                found = client.select(coll, {"q": "*:*", "rows": 0})["response"]["numFound"]
                size = index_bytes(cluster, coll)
                row = {
                    "corpus": name,
                    "paragraphs": summary.paragraphs,
                    "found": found,
                    "articles": summary.articles,
                    "batch": args.batch,
                    "create_collection_s": round(create_s, 1),
                    "feed_s": round(summary.seconds, 1),
                    "feed_paragraphs_per_s": round(summary.paragraphs / summary.seconds),
                    "pipeline_only_paragraphs_per_s": round(n_prep / s_prep),
                    "min_rf": summary.min_rf,
                    "resent": summary.resent,
                    "index_mb_all_replicas": round(size / 1e6, 1),
                    "index_bytes_per_paragraph_one_copy": round(size / 2 / max(found, 1)),
                }
                print(json.dumps(row, ensure_ascii=False), flush=True)
                if not args.no_queries:
                    lat = query_latency(client, coll, corpus, cfg)
                    print(json.dumps({"corpus": name, "queries": lat}), flush=True)
                client.delete_collection(coll)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
