"""HTTPS end to end: a 2-node cluster with TLS (internode too) and BasicAuth, and the client."""

from __future__ import annotations

import dataclasses

import pytest

from index.backends.solr import SolrClient, SolrTLSError
from index.backends.solr_docs import literal_clause, solr_document


@pytest.fixture(scope="module")
def solr_tls_cluster(tmp_path_factory):
    """Its own cluster: TLS is a property of the whole cluster (ZooKeeper's urlScheme)."""
    from index.backends.solr_local import LocalSolrCluster

    cluster = LocalSolrCluster(
        tmp_path_factory.mktemp("solr-tls"), nodes=2, user="searchapp", tls=True
    )
    cluster.start()
    yield cluster
    cluster.close()


def test_https_cluster_indexes_and_answers_with_the_ca_file(solr_tls_cluster, bundled_docs):
    assert all(u.startswith("https://127.0.0.1:") for u in solr_tls_cluster.urls)
    solr = solr_tls_cluster.client()
    solr.create_collection("tls", shards=2, replicas=2)  # replicas talk to each other over TLS
    docs = bundled_docs[:80]
    solr.add("tls", [solr_document(d) for d in docs], commit=True)
    assert solr.select("tls", {"q": "*:*", "rows": 0})["response"]["numFound"] == 80
    want = sum(1 for d in docs if "干部" in d.folded)
    got = solr.select("tls", {"q": literal_clause("干部"), "rows": 0})["response"]["numFound"]
    assert got == want


def test_untrusted_certificate_is_a_one_line_tls_error(solr_tls_cluster):
    settings = dataclasses.replace(solr_tls_cluster.settings(), ca_file=None)
    with pytest.raises(SolrTLSError) as err:
        SolrClient(settings).collections()
    msg = str(err.value)
    assert "\n" not in msg and "SEARCH_APP_SOLR_CA_FILE" in msg and "certificate" in msg
    assert err.value.exit_code == 2
