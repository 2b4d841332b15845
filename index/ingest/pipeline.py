"""The one way from a corpus file to an `Article`: read, decode, clean, with its folder's recurrence.

The serial indexer, the forked indexing workers, the Solr feeder and the
bench's paragraph lists all call `ArticlePipeline` (or `prepare_article`),
so they index exactly the same text. Workers get `PipelineSettings`, a small
picklable dataclass, instead of the whole indexer.

Recurrence (lines repeated across a folder's files are chrome) needs a pass
over the folder before any of its files is cleaned. That pass reads and
cleans the first and last lines of up to `LineRecurrence.MAX_FILES` files per
folder; `count_recurrence` keeps what it read of the files about to be
indexed (up to `CACHE_CHARS` of text), so the build neither reads those files
again nor cleans those lines twice.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from index.config import CleaningConfig, Config
from index.engine.models import Article, DecodedFile, Skipped, SourceFile
from index.ingest.articles import ArticleBuilder, RecurrenceCache, count_recurrence
from index.ingest.cleaning import CleaningRules, Line
from index.ingest.reading import content_hash, decode_file, read_bytes
from index.ingest.zones import LineRecurrence

CACHE_CHARS = 16_000_000  # text kept from the recurrence pass for the build (~100 MB at most)


@dataclass(frozen=True)
class PipelineSettings:
    """What turning a file into an article depends on (picklable: workers get this)."""

    cleaning: CleaningConfig
    max_bytes: int
    tag_regions: bool = True

    @classmethod
    def from_config(cls, cfg: Config, tag_regions: bool = True) -> PipelineSettings:
        """The settings of `cfg`: its cleaning rules and file size limit."""
        return cls(cfg.cleaning, int(cfg.corpus.max_file_mb * (1 << 20)), tag_regions)

    @property
    def key(self) -> str:
        """Equal for settings that clean alike (one cached pipeline per key and process)."""
        c = self.cleaning
        parts = (c.drop_lines, c.drop_blocks, c.spam, c.junk_sources, c.max_paragraph_chars)
        text = repr((parts, self.max_bytes, self.tag_regions))
        return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


@dataclass
class Loaded:
    """A file's bytes (or, when the recurrence pass kept it, its decoded text and cleaned lines)."""

    source: SourceFile
    raw: bytes | None = None
    decoded: DecodedFile | None = None
    lines: dict[int, Line] | None = None  # line index → made line, used up by one build

    @property
    def content_hash(self) -> str:
        """Hash of the file's bytes, as recorded in the index's manifest."""
        if self.decoded is not None:
            return self.decoded.content_hash
        return content_hash(self.raw)


class ArticlePipeline:
    """Reads, decodes and cleans files into articles with one set of compiled rules."""

    def __init__(self, settings: PipelineSettings, rules: CleaningRules | None = None) -> None:
        self.settings = settings
        self.rules = rules or CleaningRules.from_config(settings.cleaning)
        self.builder = ArticleBuilder(self.rules, tag_regions=settings.tag_regions)
        self._kept: dict[str, Loaded] = {}
        self._kept_chars = 0  # text kept by the recurrence passes since the last full one
        self._lock = threading.Lock()

    @property
    def recurrence(self) -> LineRecurrence | None:
        """The folders' recurring lines the articles are cleaned with (None: not counted)."""
        return self.builder.recurrence

    @recurrence.setter
    def recurrence(self, value: LineRecurrence | None) -> None:
        self.builder.recurrence = value

    def count_recurrence(
        self,
        sources: list[SourceFile],
        folders: set[str] | None = None,
        keep: set[str] | frozenset[str] = frozenset(),
        cache: RecurrenceCache | None = None,
        more: bool = False,
    ) -> LineRecurrence:
        """Count recurring lines in `folders` (all if None) and clean articles with them from now on.

        What was read of the files in `keep` is kept for `load` (up to `CACHE_CHARS`).
        `more`: add `folders` (none of them counted yet) to the counts and the kept files
        of the last pass instead of starting afresh; each folder's counts are its own.
        """
        if not more or self.recurrence is None:
            with self._lock:
                self._kept.clear()
                self._kept_chars = 0

        def keep_read(decoded: DecodedFile, lines: dict[int, Line]) -> None:
            path = decoded.source.path
            with self._lock:
                if path in keep and self._kept_chars + len(decoded.text) <= CACHE_CHARS:
                    self._kept_chars += len(decoded.text)
                    self._kept[path] = Loaded(decoded.source, decoded=decoded, lines=lines)

        into = self.recurrence if more else None
        rec = count_recurrence(
            sources, self.rules, self.settings.max_bytes, folders, keep_read, cache, into
        )
        self.recurrence = rec
        return rec

    def forget(self, paths) -> None:
        """Drop what the recurrence pass kept of `paths` (they have been indexed elsewhere)."""
        with self._lock:
            for path in paths:
                self._kept.pop(path, None)

    def load(self, src: SourceFile) -> Loaded | Skipped:
        """The file as kept by the recurrence pass, else its bytes read now (or why it cannot be)."""
        with self._lock:
            kept = self._kept.pop(src.path, None)
        if kept is not None:
            return kept
        raw = read_bytes(src, self.settings.max_bytes)
        return raw if isinstance(raw, Skipped) else Loaded(src, raw=raw)

    def build(self, loaded: Loaded, stamp: str = "") -> Article | Skipped:
        """Decode (unless kept) and clean a loaded file into an article, or say why not."""
        decoded = loaded.decoded
        if decoded is None:
            decoded = decode_file(loaded.source, loaded.raw)
            if isinstance(decoded, Skipped):
                return decoded
        article = self.builder.build(decoded, loaded.lines)
        return article if isinstance(article, Skipped) else replace(article, file_stamp=stamp)

    def prepare(self, src: SourceFile, stamp: str = "") -> Article | Skipped:
        """Read (or reuse), decode and clean one file into an article (or say why not)."""
        loaded = self.load(src)
        return loaded if isinstance(loaded, Skipped) else self.build(loaded, stamp)


_pipelines: dict[str, ArticlePipeline] = {}
_pipelines_lock = threading.Lock()


def pipeline_for(settings: PipelineSettings) -> ArticlePipeline:
    """This process's pipeline for `settings` (forked workers inherit the parent's, warm)."""
    with _pipelines_lock:
        pipe = _pipelines.get(settings.key)
        if pipe is None:
            pipe = _pipelines[settings.key] = ArticlePipeline(settings)
        return pipe


def source_file(path: str | os.PathLike) -> SourceFile:
    """A `SourceFile` for a path given on its own (its folder is the root)."""
    p = Path(path).expanduser().resolve()
    return SourceFile(str(p), str(p.parent), p.name)


def prepare_article(
    path: str | os.PathLike | SourceFile, cfg: Config | PipelineSettings, stamp: str = ""
) -> Article | Skipped:
    """One file as an article, cleaned as the indexer cleans it (recurrence as last counted)."""
    settings = cfg if isinstance(cfg, PipelineSettings) else PipelineSettings.from_config(cfg)
    src = path if isinstance(path, SourceFile) else source_file(path)
    return pipeline_for(settings).prepare(src, stamp)
