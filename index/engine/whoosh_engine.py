"""The Whoosh backend behind the `Engine` interface: `SearchEngine` answers, `Indexer` builds."""

from __future__ import annotations

import threading
from collections.abc import Callable

from index.engine.models import IndexProgress, IndexSummary
from index.query.search import SearchEngine


class WhooshEngine(SearchEngine):
    """Searches (inherited from `SearchEngine`) and indexes one Whoosh index."""

    def needs_rebuild(self) -> bool:
        """Whether `index()` would start a new build (settings, dictionary or format changed)."""
        from index.build.indexer import Indexer  # not at import: `search` never loads the indexer

        return Indexer(self.cfg, procs=1).needs_rebuild()

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
        """Build or update the index with `Indexer` (forked workers when run from the main thread)."""
        from index.build import regex_cache

        # The ingest modules' patterns, compiled by an earlier run: a long-lived process
        # (the app, the bench) compiles them at its first update otherwise (~0.1 s).
        patterns = regex_cache.folder()
        if patterns is not None:
            regex_cache.load(patterns)
            from index.ingest import rules  # after `load`: its patterns come from the file

            if rules.code_version():  # the rules' literal gates, parsed by an earlier run
                regex_cache.keep("literals", rules.code_version(), rules.GATE_STRINGS)
        # What is in `re`'s cache already (the searches' own patterns) is not this run's.
        before = regex_cache.mark()
        from index.build.indexer import Indexer

        indexer = Indexer(
            self.cfg, progress=progress, cancel=cancel, add_roots=add_roots, prune=prune
        )
        try:
            return indexer.run(rebuild=rebuild, on_wait=on_wait, on_takeover=on_takeover)
        finally:
            if patterns is not None:
                regex_cache.save(patterns, before)  # what this run compiled, for the next one
