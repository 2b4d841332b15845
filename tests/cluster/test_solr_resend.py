"""Batches that reach fewer replicas than the cluster has are resent (`ReplicatedAdds`), no cluster."""

from __future__ import annotations

import pytest

from index.backends.solr import SolrError, SolrRequestError
from index.backends.solr_feed import ReplicatedAdds, feed, settled_replicas


def _status(live, states, leaders=("n0", "n1")):
    """CLUSTERSTATUS for collection `c`: 2 shards × replicas on n0 and n1, given their states."""
    shards = {
        f"shard{s}": {
            "state": "active",
            "replicas": {
                f"core_{s}_{node}": {
                    "node_name": node,
                    "state": states[node],
                    **({"leader": "true"} if node == leaders[s - 1] else {}),
                }
                for node in ("n0", "n1")
            },
        }
        for s in (1, 2)
    }
    return {"live_nodes": list(live), "collections": {"c": {"shards": shards}}}


HEALTHY = _status(["n0", "n1"], {"n0": "active", "n1": "active"})
STOPPING = _status(["n0", "n1"], {"n0": "down", "n1": "active"})  # n0 marked its replicas down
GONE = _status(["n1"], {"n0": "active", "n1": "active"}, leaders=("n1", "n1"))


class FakeClient:
    """Answers adds with scripted rf values and CLUSTERSTATUS with scripted states."""

    def __init__(self, rfs, statuses):
        self.rfs, self.statuses = list(rfs), list(statuses)
        self.sent: list[list[str]] = []
        self.asked = 0

    def add(self, collection, docs, commit=False):
        self.sent.append([d["id"] for d in docs])
        return self.rfs.pop(0)

    def cluster_status(self, collection=None):
        self.asked += 1
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if status is None:
            raise SolrRequestError("Solr at x: HTTP 400: no CLUSTERSTATUS here", 400)
        return status

    def commit(self, collection):
        pass


def _batch(name):
    return [{"id": f"{name}!{i}"} for i in range(3)]


def test_settled_replicas_waits_for_stopping_and_recovering_replicas():
    assert settled_replicas(HEALTHY, "c") == 2
    assert settled_replicas(STOPPING, "c") is None
    assert settled_replicas(GONE, "c") == 1
    assert (
        settled_replicas(_status(["n0", "n1"], {"n0": "recovering", "n1": "active"}), "c") is None
    )
    no_leader = _status(["n1"], {"n0": "active", "n1": "active"})  # shard1 still led by n0
    assert settled_replicas(no_leader, "c") is None
    assert settled_replicas(HEALTHY, "alias_of_c") == 2  # an alias: its collection's shards


def test_a_batch_acknowledged_by_a_stopping_leader_alone_is_resent_once_settled():
    # a: both replicas; b: rf 1 while n0 stops (only n0 had it); then n0 is gone for good.
    client = FakeClient([2, 1, 1, 1, 1], [HEALTHY, STOPPING, STOPPING, GONE])
    adds = ReplicatedAdds(client, "c", retry_seconds=60, poll=0)
    assert [adds.send(_batch(x)) for x in "abcd"] == [2, 1, 1, 1]
    ids = [s[0] for s in client.sent]
    assert ids == ["a!0", "b!0", "b!0", "c!0", "d!0"]  # b again, the rest once (1 is all n1 gives)
    assert (adds.resent, adds.expected) == (1, 1)
    assert client.asked == 4  # once at the start, then until the cluster settled


def test_a_node_coming_back_raises_what_a_batch_must_reach():
    client = FakeClient([1, 2, 1, 2], [GONE, HEALTHY])
    adds = ReplicatedAdds(client, "c", retry_seconds=60, poll=0)
    assert [adds.send(_batch(x)) for x in "abc"] == [1, 2, 2]
    assert [s[0] for s in client.sent] == ["a!0", "b!0", "c!0", "c!0"]
    assert adds.resent == 1


def test_no_rf_reported_means_nothing_to_compare():
    client = FakeClient([0, 0], [None])  # a Solr without rf nor a usable CLUSTERSTATUS
    adds = ReplicatedAdds(client, "c", retry_seconds=60, poll=0)
    assert adds.send(_batch("a")) == 0 and adds.send(_batch("b")) == 0
    assert adds.resent == 0 and len(client.sent) == 2


def test_even_the_first_batch_is_compared_with_the_cluster_before_it():
    # The first batch reaches 1 of 2 replicas as n0 starts stopping: resent once n0 is gone.
    client = FakeClient([1, 1], [HEALTHY, STOPPING, GONE])
    adds = ReplicatedAdds(client, "c", retry_seconds=60, poll=0)
    assert adds.send(_batch("a")) == 1
    assert [s[0] for s in client.sent] == ["a!0", "a!0"] and adds.resent == 1


def test_a_batch_that_never_reaches_the_replicas_fails_loudly():
    client = FakeClient([2] + [1] * 50, [HEALTHY])
    adds = ReplicatedAdds(client, "c", retry_seconds=0, poll=0)
    adds.send(_batch("a"))
    with pytest.raises(SolrError, match="reached 1 of 2 replicas"):
        adds.send(_batch("b"))


def test_feed_summary_counts_the_resent_batches(tmp_path):
    from tests.conftest import CORPUS, make_config

    cfg = make_config(tmp_path / "ix", [CORPUS])
    client = FakeClient([2, 1] + [1] * 200, [HEALTHY, GONE])
    summary = feed(client, "c", cfg, batch_size=20)
    assert summary.resent == 1 and summary.retries == 0 and summary.min_rf == 1
    assert len(client.sent) == summary.batches + 1
    assert client.sent[1] == client.sent[2]
