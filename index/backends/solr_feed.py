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

from index.backends.solr import SolrClient, SolrRequestError, SolrUnreachable
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
    `retry_seconds` pass: adds overwrite by id, so a resend never duplicates.
    """
    start = time.monotonic()
    summary = FeedSummary()
    segmenter = shared_segmenter(read_user_dictionary(cfg.dictionary))
    outbox: queue.Queue[list[dict] | None] = queue.Queue(maxsize=2)
    failed: list[BaseException] = []

    def sender() -> None:
        while (batch := outbox.get()) is not None:
            if failed:
                continue  # drain after a failure so the producer never blocks
            try:
                rf = _send(client, collection, batch, retry_seconds, summary)
            except BaseException as exc:  # handed to the caller's thread below
                failed.append(exc)
                continue
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
    if failed:
        raise failed[0]
    if commit:
        client.commit(collection)
    summary.seconds = time.monotonic() - start
    return summary


def _send(
    client: SolrClient, collection: str, batch: list[dict], retry_seconds: float, summary
) -> int:
    """Post one batch, resending it after transient failures; returns the achieved rf."""
    deadline = time.monotonic() + retry_seconds
    delay = 0.25
    while True:
        try:
            return client.add(collection, batch)
        except (SolrUnreachable, SolrRequestError) as exc:
            transient = isinstance(exc, SolrUnreachable) or exc.status >= 500
            if not transient or time.monotonic() + delay > deadline:
                raise
            summary.retries += 1
            time.sleep(delay)  # back off while the cluster elects a new leader
            delay = min(delay * 2, 4.0)


def _stamp(path: str) -> str:
    """size:mtime_ns, as the Whoosh manifest records it."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"
