"""(d) The project: `Indexer` over the article files, `SearchEngine.search` for the full answer.

The full answer is one call with limit=20 and facets: the total, the top 20
with highlights, snippets and citations, and every facet count. The engine's
result cache is cleared before each timed query, so repeats are recomputed.
"""

from __future__ import annotations

import shutil
from array import array
from pathlib import Path

from bench.competitors.base import LIMIT, Answer, System, dir_bytes
from bench.queries import Query

INCR_FILE = "bench_incremental.txt"
PROGRESS_EVERY_S = 10.0


class _ProgressLog:
    """Prints the build's progress now and then, so a stopped build still says how far it got."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, p) -> None:
        if p.elapsed - self.last >= PROGRESS_EVERY_S or p.phase == "done":
            self.last = p.elapsed
            print(f"progress: {p.paragraphs} paragraphs {p.elapsed:.1f} s", flush=True)


class Project(System):
    """The engine in index/, driven through its public API."""

    name = "project"
    description = "this repository's engine (Indexer + SearchEngine)"
    resumable = True  # the indexer continues a stopped build from its last commit

    @property
    def index_dir(self) -> Path:
        return self.work / "index"

    @property
    def incoming(self) -> Path:
        """An extra corpus folder, empty except during the one-article update."""
        return self.work / "incoming"

    def config(self):
        """The repository's config on this corpus and index (procs from --procs if given)."""
        from bench.enginecfg import engine_config

        return engine_config(
            [self.corpus_root, self.incoming], self.index_dir, self.options.get("procs")
        )

    def build(self) -> int:
        """A cold `Indexer.run(rebuild=True)` into an empty folder (or resume a stopped one)."""
        from index.build.indexer import Indexer

        resume = self.options.get("resume") and self.index_dir.is_dir()
        if not resume:
            shutil.rmtree(self.work, ignore_errors=True)
        self.incoming.mkdir(parents=True, exist_ok=True)
        cfg = self.config()
        summary = Indexer(cfg, progress=_ProgressLog()).run(rebuild=not resume)
        self._info = {
            "procs": cfg.index.procs,
            "commit_every": cfg.index.commit_every,
            "limitmb": cfg.index.limitmb,
            "commits": summary.commits,
            "articles": summary.articles,
            "skipped": len(summary.skipped),
            "duplicates": len(summary.duplicates),
            "engine_seconds": round(summary.seconds, 2),
            "resumed": bool(resume),
        }
        return summary.paragraphs

    def build_info(self) -> dict:
        """Settings and counts of the last build."""
        return getattr(self, "_info", {})

    def open(self) -> None:
        """A `SearchEngine`, warmed up as the app does before the first keystroke."""
        from index.query.search import SearchEngine

        self.incoming.mkdir(parents=True, exist_ok=True)
        self.cfg = self.config()
        self.engine = SearchEngine(self.cfg)
        self.engine.warm_up()
        self._docmap = None

    def uncached(self) -> None:
        """Clear the engine's query-result cache (public method if it has one)."""
        clear = getattr(self.engine, "clear_cache", None)
        if callable(clear):
            clear()
        elif hasattr(self.engine, "_cache"):
            self.engine._cache.clear()

    def answer(self, q: Query) -> Answer:
        """One search call: total, top 20 with highlights/snippets/citations, all facets."""
        r = self.engine.search(q.text, limit=LIMIT, with_facets=True)
        return Answer(r.total, len(r.hits))

    def _docs(self, q: Query) -> list[int] | None:
        """Every matching docnum via the engine's internals (None if they changed)."""
        try:
            from index.query.querylang import parse_query

            searcher = self.engine._current()
            compiled = self.engine._compiler.compile(parse_query(q.text), [])
            docs, _scores = self.engine._collect(searcher, compiled)
            return list(docs)
        except (AttributeError, TypeError, ImportError):
            return None

    def _docnum_to_id(self) -> array:
        """Paragraph id of each document number (-1 for documents not in the paragraph set)."""
        if self._docmap is None:
            from bench.paragraphs import load_keys

            keys = load_keys(self.data)
            reader = self.engine._current().reader()
            docmap = array("l", [-1]) * reader.doc_count_all()
            for docnum, fields in reader.iter_docs():
                docmap[docnum] = keys.get((fields.get("file"), fields.get("paragraph")), -1)
            self._docmap = docmap
        return self._docmap

    def matches(self, q: Query) -> list[int]:
        """All matching paragraph ids."""
        docs = self._docs(q)
        if docs is not None:
            docmap = self._docnum_to_id()
            return [i for i in (docmap[d] for d in docs) if i >= 0]
        from bench.paragraphs import load_keys

        keys = load_keys(self.data)
        r = self.engine.search(q.text, limit=0, with_facets=False)
        return [i for i in (keys.get((h.path, h.paragraph), -1) for h in r.hits) if i >= 0]

    def add_article(self, paragraphs: list[str]) -> None:
        """Write one article file into the corpus and run the indexer."""
        from index.build.indexer import Indexer

        body = "\n\n".join(paragraphs)
        text = f"基准测试增量文章\n来源：基准测试 发布时间：2024-06-01\n\n{body}\n"
        (self.incoming / INCR_FILE).write_text(text, encoding="utf-8")
        Indexer(self.cfg).run()

    def delete_article(self) -> None:
        """Delete the file and run the indexer."""
        from index.build.indexer import Indexer

        (self.incoming / INCR_FILE).unlink(missing_ok=True)
        # prune: `incoming` is now empty, which would otherwise count as an unmounted drive.
        Indexer(self.cfg, prune=True).run()

    def index_bytes(self) -> int:
        """Size of the index folder (all builds kept there)."""
        return dir_bytes(self.index_dir)

    def close(self) -> None:
        """Close the engine."""
        self.engine.close()
