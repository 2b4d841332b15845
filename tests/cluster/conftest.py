"""A live 2-node SolrCloud (cluster/start.sh, BasicAuth on) shared by the cluster tests.

Tests that use `solr_cluster` run when SEARCH_APP_CLUSTER is 1 (`make test-cluster`: Java
and Maven must be there) or `auto` (`make test`: skipped, with the reason, when `java` or
`mvn` is missing). A bare `pytest` skips them, so a quick local run starts no JVM. The first
run downloads the Maven artifacts (README, "Beyond one machine"). Tests here that need no
cluster always run.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import uuid

import pytest

from tests.conftest import CORPUS, make_config

MODE = os.environ.get("SEARCH_APP_CLUSTER", "")
MISSING = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
ENABLED = MODE == "1" or (MODE == "auto" and not MISSING)
CLUSTER_FIXTURES = {"solr_cluster", "solr_tls_cluster"}
USER = "searchapp"


def pytest_collection_modifyitems(config, items):
    """Skip the tests that need the live cluster unless it was asked for."""
    if ENABLED:
        return
    if MODE == "auto":
        why = f"live SolrCloud tests need {' and '.join(MISSING)} (Java 17 + Maven)"
    else:
        why = "live SolrCloud tests: run `make test` or `make test-cluster`"
    skip = pytest.mark.skip(reason=why)
    for item in items:
        if CLUSTER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def solr_cluster(tmp_path_factory):
    """Two Solr nodes on 127.0.0.1 with BasicAuth, up for the whole session."""
    from index.backends.solr_local import LocalSolrCluster

    if MISSING:
        pytest.fail(
            f"SEARCH_APP_CLUSTER=1 but {', '.join(MISSING)} not installed (Java 17 + Maven)"
        )
    cluster = LocalSolrCluster(tmp_path_factory.mktemp("solrcloud"), nodes=2, user=USER)
    cluster.start()
    print(f"\nlocal SolrCloud up in {cluster.start_seconds:.1f} s: {', '.join(cluster.urls)}")
    yield cluster
    cluster.close()


@pytest.fixture(scope="session")
def solr(solr_cluster):
    """A client with the test user's credentials, knowing both nodes."""
    return solr_cluster.client()


@pytest.fixture(scope="session")
def bundled_cfg(tmp_path_factory):
    """The repository's config on the bundled corpus (its Whoosh index in a temp dir)."""
    return make_config(tmp_path_factory.mktemp("cluster-ix") / "ix", [CORPUS])


@pytest.fixture(scope="session")
def bundled_docs(bundled_cfg):
    """Every paragraph of the bundled corpus as the project's `IndexDocument`s."""
    from index.backends.solr_feed import FeedSummary, corpus_articles
    from index.build.documents import article_documents
    from index.build.segmenter import read_user_dictionary, shared_segmenter

    seg = shared_segmenter(read_user_dictionary(bundled_cfg.dictionary))
    return [
        d for a in corpus_articles(bundled_cfg, FeedSummary()) for d in article_documents(a, seg)
    ]


@pytest.fixture(scope="session")
def bundled_collection(solr, bundled_cfg):
    """A 2-shard, replication-factor-2 collection holding the bundled corpus, behind an alias."""
    from index.backends.solr_feed import feed

    name = f"bundled_{uuid.uuid4().hex[:8]}"
    solr.create_collection(name, shards=2, replicas=2)
    summary = feed(solr, name, bundled_cfg, batch_size=200)
    solr.set_alias("bundled", name)
    return name, summary


def solr_config(tmp_path, corpus, alias: str):
    """The repository's config pointed at `corpus`, with the Solr backend and its own alias."""
    cfg = make_config(tmp_path / "unused-ix", [corpus])
    cfg.index.backend = "solr"
    cfg.solr = dataclasses.replace(cfg.solr, collection=alias, batch_size=60)
    return cfg


@pytest.fixture(scope="session")
def whoosh_bundled(tmp_path_factory):
    """The Whoosh backend on the bundled corpus, built through the engine interface."""
    from index.engine.interface import open_engine

    cfg = make_config(tmp_path_factory.mktemp("whoosh-eq") / "ix", [CORPUS])
    eng = open_engine(cfg)
    eng.index(rebuild=True)
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def solr_bundled(solr, tmp_path_factory):
    """The Solr backend on the bundled corpus, built through the engine interface."""
    from index.backends.solr_engine import SolrEngine

    cfg = solr_config(tmp_path_factory.mktemp("solr-eq"), CORPUS, f"eq_{uuid.uuid4().hex[:6]}")
    eng = SolrEngine(cfg, client=solr)
    assert eng.needs_rebuild()
    summary = eng.index(rebuild=True)
    assert summary.added > 0 and not summary.interrupted
    return eng
