"""Errors every engine raises, whatever stores the index (Whoosh today, Solr next).

Each `IndexProblem` is something a user can act on: its message names what is
wrong and the command that fixes it, and the CLI prints it as one line (exit 2).
The modules that raised them before the engine interface existed
(`index.build.store`, `index.build.indexer`, `index.query.search`) re-export
them, so callers can move to this module gradually.
"""

from __future__ import annotations


class IndexProblem(Exception):
    """Base for index problems a user can act on; the message says what to do."""


class IndexMissing(IndexProblem):
    """There is no index yet."""


class IndexOutdated(IndexProblem):
    """The index was written by another schema version or with other settings."""


class IndexCorrupt(IndexProblem):
    """The index exists but cannot be opened."""


class IndexLocked(IndexProblem):
    """Another indexer holds the lock."""


class IndexRefused(IndexProblem):
    """The index folder is not one the indexer may write to (a file, a corpus, foreign files)."""


class DocumentCountError(IndexProblem):
    """A commit did not leave the number of documents it should have."""


class CorpusMismatch(IndexProblem):
    """The corpus asked for is not the one the index records; changing it must be explicit."""


class SearchCancelled(Exception):
    """A newer search made this one pointless; raised only when a cancel event is set."""
