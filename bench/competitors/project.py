"""(d) The project: `Engine.index` over the article files, `Engine.search` for the full answer.

The full answer is one call with limit=20 and facets: the total, the top 20
with highlights, snippets and citations, and every facet count. The engine's
result cache is cleared before each timed query, so repeats are recomputed.
"""

from __future__ import annotations

import shutil
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
    description = "this repository's engine (open_engine: Engine.index + Engine.search)"
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
        """A cold `Engine.index(rebuild=True)` into an empty folder (or resume a stopped one)."""
        from index.engine import open_engine

        resume = self.options.get("resume") and self.index_dir.is_dir()
        if not resume:
            shutil.rmtree(self.work, ignore_errors=True)
        self.incoming.mkdir(parents=True, exist_ok=True)
        cfg = self.config()
        engine = open_engine(cfg)
        try:
            summary = engine.index(rebuild=not resume, progress=_ProgressLog())
        finally:
            engine.close()
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
        """The engine (`open_engine`), warmed up as the app does before the first keystroke."""
        from index.engine import open_engine

        self.incoming.mkdir(parents=True, exist_ok=True)
        self.cfg = self.config()
        self.engine = open_engine(self.cfg)
        self.engine.warm_up()
        self._keys = None

    def uncached(self) -> None:
        """Clear the engine's query-result cache."""
        self.engine.clear_cache()

    def answer(self, q: Query) -> Answer:
        """One search call: total, top 20 with highlights/snippets/citations, all facets."""
        r = self.engine.search(q.text, limit=LIMIT, with_facets=True)
        return Answer(r.total, len(r.hits))

    def matches(self, q: Query) -> list[int]:
        """All matching paragraph ids, from the engine's unranked `matches`."""
        if self._keys is None:
            from bench.paragraphs import load_keys

            self._keys = load_keys(self.data)
        keys = self._keys
        found = (keys.get((ref.path, ref.paragraph), -1) for ref in self.engine.matches(q.text))
        return [i for i in found if i >= 0]

    def indexed_articles(self) -> dict[str, tuple[int, str]]:
        """Every indexed article's paragraph sequence, read through `matches` and `article`."""
        from bench.paragraphs import article_digest

        out = {}
        for path in dict.fromkeys(ref.path for ref in self.engine.matches("")):
            view = self.engine.article(path)
            if view is not None:
                pairs = [(p.paragraph, p.text, p.regions) for p in view.paragraphs]
                out[path] = (len(pairs), article_digest(pairs))
        return out

    def add_article(self, paragraphs: list[str]) -> None:
        """Write one article file into the corpus and run the indexer."""
        body = "\n\n".join(paragraphs)
        text = f"基准测试增量文章\n来源：基准测试 发布时间：2024-06-01\n\n{body}\n"
        (self.incoming / INCR_FILE).write_text(text, encoding="utf-8")
        self.engine.index()

    def delete_article(self) -> None:
        """Delete the file and run the indexer."""
        (self.incoming / INCR_FILE).unlink(missing_ok=True)
        # prune: `incoming` is now empty, which would otherwise count as an unmounted drive.
        self.engine.index(prune=True)

    def index_bytes(self) -> int:
        """Size of the index folder (all builds kept there)."""
        return dir_bytes(self.index_dir)

    def close(self) -> None:
        """Close the engine."""
        self.engine.close()
