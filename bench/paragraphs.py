"""The paragraphs every system indexes: the engine's own cleaning run over a corpus, cached.

Paragraph id = line number in `text.txt`. The project finds paragraphs as
(file, ordinal); both come from the same `ArticlePipeline` (with the
folders' recurring lines counted first, as the indexer does), so ids line up
exactly and recall is measured on what the engine really indexes.
"""

from __future__ import annotations

import hashlib
import json
import os
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.corpora import Corpus, cache_dir
from bench.enginecfg import engine_config

FORMAT_VERSION = 2  # 2: cleaned by the indexer's pipeline, folder recurrence included


@dataclass
class ParagraphSet:
    """Paragraph texts in id order, with their article, ordinal and regions."""

    folder: Path  # holds text.txt, folded.txt, articles.jsonl
    paths: list[str]  # article file per article index (the engine's `file` field)
    article: array  # article index per paragraph id
    ordinal: array  # 1-based paragraph number in its article
    text: list[str]
    folded: list[str]
    regions: list[tuple[str, ...]]  # named + inherited 省/市/县 paths
    kept: bool = False  # cleaned by older ingestion code (`prepare(keep=True)` reused it)

    def __len__(self) -> int:
        return len(self.text)

    @property
    def text_file(self) -> Path:
        """One original paragraph per line."""
        return self.folder / "text.txt"

    @property
    def folded_file(self) -> Path:
        """One folded paragraph per line, same order."""
        return self.folder / "folded.txt"

    @property
    def utf8_bytes(self) -> int:
        """UTF-8 size of the paragraph texts (no separators)."""
        return self.text_file.stat().st_size - len(self.text)

    def key_to_id(self) -> dict[tuple[str, int], int]:
        """(file, ordinal) → paragraph id."""
        paths = self.paths
        return {
            (paths[a], o): i
            for i, (a, o) in enumerate(zip(self.article, self.ordinal, strict=True))
        }

    def articles(self) -> Iterator[tuple[int, range]]:
        """(article index, paragraph id range) in order."""
        start = 0
        art = self.article
        for i in range(1, len(art) + 1):
            if i == len(art) or art[i] != art[start]:
                yield art[start], range(start, i)
                start = i

    def article_digests(self) -> dict[str, tuple[int, str]]:
        """File → (paragraphs, `article_digest`) for every article of the set."""
        text, ordinal, paths, regions = self.text, self.ordinal, self.paths, self.regions
        return {
            paths[a]: (len(ids), article_digest((ordinal[i], text[i], regions[i]) for i in ids))
            for a, ids in self.articles()
        }


def article_digest(paragraphs: Iterable[tuple[int, str, Iterable[str]]]) -> str:
    """A digest of one article's (ordinal, text, regions) sequence: equal digests, same truth.

    Regions count too: the region queries' truth comes from the set's tags, so an article
    the newer tagger reads differently is not unchanged either.
    """
    h = hashlib.blake2b(digest_size=16)
    for ordinal, text, regions in paragraphs:
        h.update(f"{ordinal}\x1f{text}\x1f{'|'.join(sorted(regions))}\x1e".encode())
    return h.hexdigest()


def _extraction_digest() -> str:
    """A digest of the code and data that turn files into paragraphs and regions.

    The engine's fingerprint only changes when someone bumps its versions; the
    ground truth must follow every change to cleaning or tagging, bumped or not.
    """
    import index

    root = Path(index.__file__).parent
    h = hashlib.blake2b(digest_size=12)
    files = [root / "build" / "folding.py"]
    for sub in ("ingest", "regions"):
        files += sorted(
            p for p in (root / sub).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
    for p in files:
        h.update(f"{p.relative_to(root)}\0".encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _corpus_key(corpus: Corpus, fingerprint: str) -> str:
    """Changes when a corpus file or the engine's cleaning changes."""
    h = hashlib.blake2b(digest_size=12)
    h.update(
        f"{FORMAT_VERSION}|{fingerprint}|{_extraction_digest()}|{corpus.root.resolve()}".encode()
    )
    for dirpath, dirnames, filenames in os.walk(corpus.root):
        dirnames.sort()
        for name in sorted(filenames):
            st = os.stat(os.path.join(dirpath, name))
            h.update(f"{dirpath}/{name}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


_PIPELINE = None  # the engine's article pipeline, set up before the worker pool forks


def _extract(src) -> tuple[str, str | None, list]:
    """(path, article key, [(ordinal, text, regions)]) for one file; key None if skipped."""
    from index.engine.models import Skipped

    article = _PIPELINE.prepare(src)
    if isinstance(article, Skipped):
        return src.path, None, []
    paras = [
        (p.ordinal, p.text, list(dict.fromkeys(p.regions + p.inherited_regions)))
        for p in article.paragraphs
    ]
    return src.path, article.article_key, paras


def build(corpus: Corpus, folder: Path, procs: int = 1, log=print) -> None:
    """Run the engine's reading and cleaning over `corpus` and write the paragraph files."""
    global _PIPELINE
    from index.build.folding import fold
    from index.ingest.pipeline import ArticlePipeline, PipelineSettings
    from index.ingest.reading import discover

    cfg = engine_config([corpus.root])
    sources, _skipped = discover(cfg.corpus.paths, cfg.corpus.extensions)
    # As the indexer's first build: every folder's recurring lines counted first.
    _PIPELINE = ArticlePipeline(PipelineSettings.from_config(cfg))
    _PIPELINE.count_recurrence(sources, keep={s.path for s in sources})
    tmp = folder.with_name(folder.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    if procs > 1 and len(sources) > 200:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(procs)
        results = pool.imap(_extract, sources, chunksize=32)
    else:
        pool, results = None, map(_extract, sources)
    seen: set[str] = set()
    n = 0
    try:
        with (
            open(tmp / "text.txt", "w", encoding="utf-8") as ft,
            open(tmp / "folded.txt", "w", encoding="utf-8") as ff,
            open(tmp / "articles.jsonl", "w", encoding="utf-8") as fa,
        ):
            for path, key, paras in results:
                if key is None or key in seen:  # the indexer skips duplicate articles too
                    continue
                seen.add(key)
                for _, text, _ in paras:
                    line = text.replace("\n", " ")  # never happens: paragraphs are single lines
                    ft.write(line + "\n")
                    ff.write(fold(line) + "\n")
                    n += 1
                record = {
                    "path": path,
                    "ordinals": [o for o, _, _ in paras],
                    "regions": [r for _, _, r in paras],
                }
                fa.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    for name in ("text.txt", "folded.txt", "articles.jsonl"):
        os.replace(tmp / name, folder / name)
    tmp.rmdir()
    log(f"bench: {corpus.name}: {n:,} paragraphs from {len(seen):,} articles")


def load(folder: Path) -> ParagraphSet:
    """Read the paragraph files of `folder`."""
    paths: list[str] = []
    article, ordinal = array("I"), array("I")
    regions: list[tuple[str, ...]] = []
    empty: tuple[str, ...] = ()
    with open(folder / "articles.jsonl", encoding="utf-8") as fa:
        for a, line in enumerate(fa):
            rec = json.loads(line)
            paths.append(rec["path"])
            ordinal.extend(rec["ordinals"])
            article.extend([a] * len(rec["ordinals"]))
            regions.extend(tuple(r) if r else empty for r in rec["regions"])
    text = _lines(folder / "text.txt")
    folded = _lines(folder / "folded.txt")
    if not len(text) == len(folded) == len(article):
        raise ValueError(f"{folder}: paragraph files disagree; delete the folder to rebuild")
    return ParagraphSet(folder, paths, article, ordinal, text, folded, regions)


def _lines(path: Path) -> list[str]:
    """Lines split on \\n only (str.splitlines would also split on U+2028 and friends)."""
    data = path.read_text(encoding="utf-8")
    return data.split("\n")[:-1] if data else []


def prepare(
    corpus: Corpus, cache: Path | None = None, procs: int = 1, log=print, keep: bool = False
) -> ParagraphSet:
    """The corpus's paragraph set, rebuilt only when the corpus or the engine's cleaning changed.

    `keep`: reuse a finished set even if the cleaning changed since (its key stays the old one,
    so only builds of that same older code are reused with it).
    """
    from index.build.indexer import fingerprint
    from index.build.segmenter import read_user_dictionary

    cfg = engine_config([corpus.root])
    key = _corpus_key(corpus, fingerprint(cfg, read_user_dictionary(cfg.dictionary)))
    folder = (cache or cache_dir()) / "corpora" / corpus.name / "paragraphs"
    stamp = folder / "key.txt"
    kept = False
    if keep and stamp.is_file():
        if stamp.read_text() != key:
            kept = True
            log(
                f"bench: {corpus.name}: reusing paragraphs of older ingestion code (--keep-paragraphs)"
            )
    elif not (stamp.is_file() and stamp.read_text() == key):
        folder.mkdir(parents=True, exist_ok=True)
        stamp.unlink(missing_ok=True)
        log(f"bench: {corpus.name}: running the engine's cleaning to list paragraphs …")
        build(corpus, folder, procs, log)
        stamp.write_text(key)
    ps = load(folder)
    ps.kept = kept
    return ps


def load_keys(folder: Path) -> dict[tuple[str, int], int]:
    """(file, ordinal) → paragraph id, without reading the texts."""
    out: dict[tuple[str, int], int] = {}
    with open(folder / "articles.jsonl", encoding="utf-8") as fa:
        for line in fa:
            rec = json.loads(line)
            path = rec["path"]
            for o in rec["ordinals"]:
                out[(path, o)] = len(out)
    return out
