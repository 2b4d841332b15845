"""Feed a corpus into a Solr collection in batches, through the project's own ingestion.

Files are read, cleaned, tagged and segmented exactly as for the Whoosh index
(`ArticlePipeline` → `article_documents`), then sent as Solr documents.
This is the thin feeder (one collection, no manifest) that bench/solr_ingest.py and the
low-level cluster tests use; the backend's own `SolrEngine.index` adds manifest-driven
updates and the alias switch.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from index.backends.solr import (
    SolrClient,
    SolrError,
    SolrRequestError,
    SolrUnreachable,
    retry_transient,
)
from index.backends.solr_docs import solr_document
from index.build.documents import article_documents
from index.build.segmenter import read_user_dictionary, shared_segmenter
from index.config import Config
from index.engine.models import Article, Skipped
from index.ingest.reading import discover


@dataclass
class FeedSummary:
    """What one feed sent, and what it passed over."""

    files: int = 0
    articles: int = 0
    paragraphs: int = 0
    batches: int = 0
    min_rf: int | None = None  # lowest replication factor Solr reported for a batch
    retries: int = 0  # batches sent again after a transient failure
    resent: int = 0  # batches sent again because they reached fewer replicas than expected
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0


def corpus_articles(cfg: Config, summary: FeedSummary) -> Iterator[Article]:
    """The corpus's articles, made by the Whoosh build's `ArticlePipeline` (a folder's
    recurring lines counted first); unusable files and duplicates are added to `summary`."""
    from index.ingest.pipeline import ArticlePipeline, PipelineSettings

    pipeline = ArticlePipeline(PipelineSettings.from_config(cfg))
    sources, skipped = discover(cfg.corpus.paths, cfg.corpus.extensions, cfg.corpus.follow_symlinks)
    summary.skipped.extend(skipped)
    pipeline.count_recurrence(sources, keep={s.path for s in sources})
    owners: dict[str, str] = {}
    for src in sources:
        summary.files += 1
        article = pipeline.prepare(src, _stamp(src.path))
        if isinstance(article, Skipped):
            summary.skipped.append(article)
            continue
        owner = owners.setdefault(article.article_key, src.path)
        if owner != src.path:  # the same article saved twice: indexed once, as in Whoosh
            summary.duplicates.append((src.path, owner))
            continue
        yield article


def feed(
    client: SolrClient,
    collection: str,
    cfg: Config,
    batch_size: int = 500,
    progress: Callable[[FeedSummary], None] | None = None,
    cancel: threading.Event | None = None,
    commit: bool = True,
    retry_seconds: float = 120.0,
) -> FeedSummary:
    """Send every paragraph of the configured corpus to `collection`, `batch_size` at a time.

    A batch holds whole articles. A sender thread posts batches while the next one is
    prepared (Solr works on the other core). A batch that fails for a transient reason (no
    node reachable, HTTP 5xx while a leader is re-elected) is sent again until
    `retry_seconds` pass, and so is a batch that reached fewer replicas than the collection
    had (`ReplicatedAdds`): adds overwrite by id, so a resend never duplicates.
    """
    start = time.monotonic()
    summary = FeedSummary()
    segmenter = shared_segmenter(read_user_dictionary(cfg.dictionary))
    outbox: queue.Queue[list[dict] | None] = queue.Queue(maxsize=2)
    failed: list[BaseException] = []
    adds = ReplicatedAdds(client, collection, retry_seconds)

    def sender() -> None:
        while (batch := outbox.get()) is not None:
            if failed:
                continue  # drain after a failure so the producer never blocks
            try:
                rf = adds.send(batch)
            except BaseException as exc:  # handed to the caller's thread below
                failed.append(exc)
                continue
            summary.retries, summary.resent = adds.retries, adds.resent
            summary.min_rf = rf if summary.min_rf is None else min(summary.min_rf, rf)
            summary.paragraphs += len(batch)
            summary.batches += 1
            if progress:
                progress(summary)

    thread = threading.Thread(target=sender, name="solr-feed", daemon=True)
    thread.start()
    batch: list[dict] = []
    try:
        for article in corpus_articles(cfg, summary):
            if failed:
                break
            if cancel is not None and cancel.is_set():
                summary.cancelled = True
                break
            summary.articles += 1
            batch.extend(solr_document(d) for d in article_documents(article, segmenter))
            if len(batch) >= batch_size:
                outbox.put(batch)
                batch = []
        if batch and not summary.cancelled and not failed:
            outbox.put(batch)
    finally:
        outbox.put(None)
        thread.join()
    summary.retries, summary.resent = adds.retries, adds.resent
    if failed:
        raise failed[0]
    if commit:
        client.commit(collection)
    summary.seconds = time.monotonic() - start
    return summary


class ReplicatedAdds:
    """Posts batches to one collection so that each lands on every replica the cluster keeps.

    Solr acknowledges an add once its shard leader has it, and reports in `rf` how many
    replicas took it. A batch caught by a node stopping can be acknowledged by the stopping
    leader alone (rf 1 of 2): it then vanishes with that node. So a batch whose rf is below
    what the cluster gave before is sent again once the cluster has settled (every shard led
    from a live node, no live replica mid-recovery); after a node is gone for good the
    settled cluster expects fewer replicas, so later batches are not resent.
    """

    def __init__(
        self, client: SolrClient, collection: str, retry_seconds: float = 120.0, poll: float = 0.2
    ) -> None:
        self.client = client
        self.collection = collection
        self.retry_seconds = retry_seconds
        self.poll = poll
        self.expected: int | None = None  # replicas a batch should reach (None: not asked yet)
        self.retries = 0  # sends repeated after a transient failure
        self.resent = 0  # batches sent again after reaching too few replicas

    def send(self, docs: list[dict]) -> int:
        """Post one batch until it reached every replica the settled cluster has; returns rf."""
        deadline = time.monotonic() + self.retry_seconds
        if self.expected is None:  # a first look, so even the first batch is compared
            self.expected = self._look()
        rf = self._post(docs, deadline)
        if rf <= 0:
            return rf  # no rf reported (not SolrCloud): nothing to compare
        if self.expected is None:
            self.expected = self._settle(deadline)
        while rf < self.expected:  # a replica that was there missed this batch
            self.expected = self._settle(deadline)
            rf = self._post(docs, deadline)
            self.resent += 1
            if rf < self.expected and time.monotonic() > deadline:
                raise SolrError(
                    f"{self.collection}: a batch reached {rf} of {self.expected} replicas"
                    f" after resending for {self.retry_seconds:.0f} s"
                )
        self.expected = max(self.expected, rf)  # a replica came back
        return rf

    def _post(self, docs: list[dict], deadline: float) -> int:
        """One add, again after transient failures (no node, HTTP 5xx during an election)."""
        return retry_transient(
            lambda: self.client.add(self.collection, docs), deadline, self._count_retry
        )

    def _count_retry(self) -> None:
        self.retries += 1

    def _look(self) -> int | None:
        """The settled replica count now, None if unsettled or the cluster cannot say."""
        try:
            return settled_replicas(self.client.cluster_status(self.collection), self.collection)
        except (SolrUnreachable, SolrRequestError):
            return None

    def _settle(self, deadline: float) -> int:
        """Wait until the collection's replicas are settled; the fewest active in any shard."""
        while True:
            found = self._look()  # None: asking again below, as for a batch
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise SolrError(
                    f"{self.collection}: replicas not settled (a shard without a live leader,"
                    f" or one recovering) after {self.retry_seconds:.0f} s"
                )
            time.sleep(self.poll)  # polling the cluster state, as `wait_active` does


def settled_replicas(status: dict, collection: str) -> int | None:
    """Fewest active replicas on live nodes in any shard, or None while the cluster settles.

    Settled: every shard has an active leader on a live node and every replica on a live
    node is active (a stopping node first marks its replicas down, then leaves `live_nodes`).
    """
    live = set(status.get("live_nodes", []))
    colls = status.get("collections", {})
    chosen = [colls[collection]] if collection in colls else list(colls.values())  # an alias
    counts = []
    for coll in chosen:
        for shard in coll.get("shards", {}).values():
            if shard.get("state", "active") != "active":
                continue  # split away or being created: takes no adds
            here = [r for r in shard.get("replicas", {}).values() if r.get("node_name") in live]
            if any(r.get("state") != "active" for r in here):
                return None
            if not any(r.get("leader") in ("true", True) for r in here):
                return None
            counts.append(len(here))
    return min(counts) if counts else None


def _stamp(path: str) -> str:
    """size:mtime_ns, as the Whoosh manifest records it."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"
