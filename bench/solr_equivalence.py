"""Both backends on the same corpus: every bench query must give the same answer.

    python -m bench.solr_equivalence                       # bundled + real corpora
    python -m bench.solr_equivalence --corpus bundled --json bench/results/solr_eq.json

Starts a local 2-node SolrCloud (or uses SEARCH_APP_SOLR_URLS with --external), builds the
Whoosh index and the Solr collection (2 shards × 2 replicas) from the same corpus through each
engine's own `index()`, then runs the bench query set (bench/queries.py) on both through
the engine interface and compares totals, the whole hit set, and every facet's
counts (index/engine/facets.py) plus the month timeline. It also checks that literal matches rank first on both (along the full ranking,
the number of query terms a hit contains literally never rises), and reports Solr's ingest rate
and query p50/p95 per class (20 hits with facets, as the TUI asks).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.corpora import prepare
from index.build.folding import fold
from index.config import load_config
from index.engine.facets import FACET_NAMES
from index.query.querylang import parse_query

REPO = Path(__file__).resolve().parents[1]


def literal_tiers_descend(result, text: str) -> bool:
    """Along the ranking, hits never contain more of the query's terms literally than before."""
    terms = [t.text for t in parse_query(text).positive_terms()]
    if not terms:
        return True
    counts = [sum(t in fold(h.text) for t in terms) for h in result.hits]
    return all(a >= b for a, b in itertools.pairwise(counts))


def compare(whoosh, solr, text: str) -> dict:
    """One query on both engines: what differs, if anything."""
    w = whoosh.search(text, limit=0)
    s = solr.search(text, limit=0)
    wset = {(h.path, h.paragraph) for h in w.hits}
    sset = {(h.path, h.paragraph) for h in s.hits}
    facets = {name: w.facets.get(name) == s.facets.get(name) for name in FACET_NAMES}
    facets["month"] = w.facets.month == s.facets.month
    return {
        "query": text,
        "total": [w.total, s.total],
        "same_total": w.total == s.total,
        "same_hits": wset == sset,
        "hits_only_whoosh": len(wset - sset),
        "hits_only_solr": len(sset - wset),
        "same_facets": all(facets.values()),
        "facets_differ": [k for k, v in facets.items() if not v],
        "literal_first": [literal_tiers_descend(w, text), literal_tiers_descend(s, text)],
        # Highlights and citations come from the project's code on the stored text.
        "same_top_texts": {h.key: (h.highlights, h.citation) for h in w.hits[:20]}
        == {
            h.key: (h.highlights, h.citation)
            for h in s.hits
            if h.key in {x.key for x in w.hits[:20]}
        },
    }


def latency(engine, texts_by_class: dict[str, list[str]], repeat: int = 5) -> dict:
    """p50/p95 ms per class: each query once to warm, then `repeat` times (20 hits, facets)."""
    out = {}
    for cls, texts in texts_by_class.items():
        ms = []
        for text in texts:
            engine.search(text)
            for _ in range(repeat):
                engine.clear_cache()  # Whoosh caches results by generation; time the search
                t0 = time.perf_counter()
                engine.search(text)
                ms.append((time.perf_counter() - t0) * 1000)
        ms.sort()
        out[cls] = {
            "n": len(ms),
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))], 1),
        }
    return out


def run_corpus(name: str, client, base_cfg, workdir: Path, log=print) -> dict:
    """Index one corpus on both backends and compare every bench query."""
    from bench import paragraphs, queries
    from index.backends.solr_engine import SolrEngine
    from index.engine.whoosh_engine import WhooshEngine

    corpus = prepare(name)
    cfg = replace(
        base_cfg,
        corpus=replace(base_cfg.corpus, paths=[corpus.root]),
        index=replace(base_cfg.index, dir=workdir / f"ix-{name}", backend="whoosh"),
    )
    solr_cfg = replace(
        cfg,
        index=replace(cfg.index, backend="solr"),
        solr=replace(cfg.solr, collection=f"eq_{name.replace('-', '_')}"),
    )
    t0 = time.monotonic()
    whoosh = WhooshEngine(cfg)
    whoosh.index(rebuild=True)
    whoosh_s = time.monotonic() - t0
    solr = SolrEngine(solr_cfg, client=client)
    t0 = time.monotonic()
    summary = solr.index(rebuild=True)
    solr_s = time.monotonic() - t0
    log(f"{name}: whoosh {whoosh_s:.1f} s, solr {solr_s:.1f} s, {summary.paragraphs} paragraphs")
    ps = paragraphs.prepare(corpus, log=lambda *a: None)
    qs = queries.select(ps, corpus.name)
    rows = [compare(whoosh, solr, q.text) for q in qs]
    by_class: dict[str, list[str]] = {}
    for q in qs:
        by_class.setdefault(q.cls, []).append(q.text)
    same = sum(r["same_total"] and r["same_hits"] and r["same_facets"] for r in rows)
    out = {
        "corpus": name,
        "paragraphs": [whoosh.status().documents, solr.status().documents],
        "queries": len(rows),
        "equivalent": same,
        "literal_first_both": sum(all(r["literal_first"]) for r in rows),
        "same_top_highlights_citations": sum(r["same_top_texts"] for r in rows),
        "solr_index_s": round(solr_s, 1),
        "solr_paragraphs_per_s": round(summary.paragraphs / solr_s) if solr_s else None,
        "whoosh_index_s": round(whoosh_s, 1),
        "solr_latency": latency(solr, by_class),
        "whoosh_latency": latency(whoosh, by_class),
        "differences": [
            r for r in rows if not (r["same_total"] and r["same_hits"] and r["same_facets"])
        ],
    }
    name = solr.collection()
    solr.client.delete_alias(solr.alias)
    solr.client.delete_collection(name)
    whoosh.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the comparison; print one JSON object per corpus (and write them with --json)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", help="bundled, real, … (default: both)")
    ap.add_argument("--external", action="store_true", help="use SEARCH_APP_SOLR_* settings")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args(argv)
    names = args.corpus or ["bundled", "real"]
    base_cfg = load_config(REPO / "config.yaml")
    results = []
    with tempfile.TemporaryDirectory(prefix="solr-eq-") as tmp:
        if args.external:
            from index.backends.solr import SolrClient, SolrSettings

            settings = replace(SolrSettings.from_env(), timeout=120.0)
            client, cluster = SolrClient(settings), None
        else:
            from index.backends.solr_local import LocalSolrCluster

            cluster = LocalSolrCluster(Path(tmp) / "cluster", nodes=2).start()
            client = cluster.client(timeout=120)
        try:
            for name in names:
                row = run_corpus(name, client, base_cfg, Path(tmp))
                results.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
        finally:
            if cluster is not None:
                cluster.close()
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    return 0 if all(r["equivalent"] == r["queries"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
