"""The engine interface: what the CLI, the TUI and the bench may ask of a search backend.

`Engine` is a `typing.Protocol`, so a backend satisfies it by having these
methods; it need not inherit anything. Today's backend is Whoosh
(`index.engine.whoosh_engine.WhooshEngine`); a Solr backend implements the
same methods. This module imports no backend: the UI can depend on it alone.

What a backend must implement, method by method:

- `generation()` / `status()`: open the index (raising the fitting
  `IndexProblem` from `index.engine.errors` when there is none, it is of
  another format, or damaged) and say what it serves. The generation is an
  opaque string that changes whenever a search could answer differently; the
  TUI polls it to refresh results after another process commits.
- `search(...)`: one query in the query language (`index.query.querylang`)
  plus one filter per facet (`index.engine.facets`); returns a `SearchResult` whose `total` counts every
  match, whose `hits` are ranked (score, then newest, then index order) and
  carry highlights, snippet and citation, and whose `facets` count the whole
  result. Bad syntax never raises (a `notice` says how it was read). A set
  `cancel` event stops it early with `SearchCancelled`.
- `matches(text)`: every matching paragraph, unranked and without texts
  (recall measurements).
- `article(path)`: the whole indexed article of a hit, for the passage view.
- `highlights(text, query)`: where a query would be highlighted in any text
  (a neighbouring paragraph in the passage view).
- `index(...)`: build or update the index from the configured corpus, only
  new, changed and deleted files, calling `progress` with `IndexProgress`;
  a set `cancel` stops it, keeping what was committed. `needs_rebuild()`
  says whether it would start over (settings or format changed).
- `warm_up()`, `read_ahead()`, `clear_cache()`, `close()`: lifecycle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from index.config import Config
    from index.engine.models import (
        ArticleView,
        IndexProgress,
        IndexStatus,
        IndexSummary,
        ParagraphRef,
        SearchResult,
    )


@runtime_checkable
class Engine(Protocol):
    """One index, searched and kept up to date; every method is safe from worker threads."""

    def warm_up(self) -> None:
        """Load what the first query needs (segmenter, tables, searcher); call off the UI thread."""
        ...

    def read_ahead(self, cancel: threading.Event | None = None) -> None:
        """After `warm_up`, read what the costliest first queries would read cold, stepping
        aside for every search; `cancel` stops it. Off the UI thread; may do nothing."""
        ...

    def close(self) -> None:
        """Release open files and connections."""
        ...

    def generation(self) -> str:
        """Opaque token of what searches see now; raises an `IndexProblem` if there is no usable index."""
        ...

    def status(self) -> IndexStatus:
        """Generation, searchable paragraphs and location; raises like `generation()`."""
        ...

    def search(
        self,
        text: str,
        *,
        limit: int | None = None,
        offset: int = 0,
        with_facets: bool = True,
        cancel: threading.Event | None = None,
        **filters: str | None,
    ) -> SearchResult:
        """Ranked hits, total and facets for a query plus filters; `limit` None = configured, 0 = all.

        `filters`: one value per facet, by the facet's name in `index.engine.facets.FACETS`
        (region=, source=, year=…), validated and matched like `name:value` in the query.
        """
        ...

    def matches(self, text: str, cancel: threading.Event | None = None) -> list[ParagraphRef]:
        """Every paragraph the query matches, in no particular order."""
        ...

    def article(self, path: str) -> ArticleView | None:
        """All indexed paragraphs of one file in order (None if it is not indexed)."""
        ...

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """[start, end) spans where `query` would be highlighted in `text`."""
        ...

    def clear_cache(self) -> None:
        """Forget cached results, so the next search is computed again."""
        ...

    def needs_rebuild(self) -> bool:
        """Whether `index()` would start a new build instead of updating."""
        ...

    def index(
        self,
        *,
        rebuild: bool = False,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        on_wait: Callable[[int | None], None] | None = None,
        on_takeover: Callable[[str], None] | None = None,
        add_roots: bool = False,
        prune: bool = False,
    ) -> IndexSummary:
        """Build or update the index from `cfg.corpus`; raises `IndexProblem` for lock/count failures.

        `on_wait(pid)`: another indexer holds the lock and we wait for it;
        `on_takeover(message)`: its lock was taken over from a dead indexer.
        `add_roots`: the corpus may grow beyond the recorded folders;
        `prune`: drop articles of folders that are missing or empty.
        """
        ...


def open_engine(cfg: Config) -> Engine:
    """The engine for `cfg` (`index.backend`: whoosh or solr); opening never builds or changes an index."""
    if cfg.index.backend == "solr":
        from index.backends.solr_engine import SolrEngine

        return SolrEngine(cfg)
    from index.engine.whoosh_engine import WhooshEngine

    return WhooshEngine(cfg)
