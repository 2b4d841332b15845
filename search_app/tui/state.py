"""The app's state: one enum, and the one table that says how it moves.

It replaces four booleans (`engine_ready`, `has_index`, `no_index`,
`indexing`). Their combinations that really occurred map to:

| engine_ready | has_index | indexing | state    |
|--------------|-----------|----------|----------|
| no (loading) | –         | –        | STARTING |
| no (error)   | –         | –        | FAILED   |
| yes          | no        | no       | NO_INDEX |
| yes          | no        | yes      | BUILDING |
| yes          | yes       | no       | READY    |
| yes          | yes       | yes      | UPDATING |

`no_index` only told a missing index from an outdated or damaged one; that
decides the start-up question (build now?) and is carried by `EngineReady`,
so it is not a state. Nothing here imports Textual.
"""

from __future__ import annotations

from enum import Enum


class AppState(Enum):
    """Where the app is: starting, without an index, indexing, or searchable."""

    STARTING = "starting"  # the start-up worker is opening the index and warming up
    FAILED = "failed"  # the engine could not start; the status line says why
    NO_INDEX = "no index"  # no usable index: none yet, outdated or damaged
    BUILDING = "building"  # the indexer runs and nothing is searchable yet
    READY = "ready"  # searchable, no indexer running
    UPDATING = "updating"  # searchable while the indexer runs

    @property
    def searchable(self) -> bool:
        """Searches can run (an engine and a usable index)."""
        return self in (AppState.READY, AppState.UPDATING)

    @property
    def indexing(self) -> bool:
        """The app's own indexer is running."""
        return self in (AppState.BUILDING, AppState.UPDATING)


class Event(Enum):
    """What can happen to the state."""

    ENGINE_OPENED = "engine opened an index"
    ENGINE_NO_INDEX = "engine started without a usable index"
    ENGINE_FAILED = "engine failed to start"
    INDEX_STARTED = "indexer started"
    INDEX_SEARCHABLE = "first commit of a build published"
    INDEX_DONE = "indexer finished with a searchable index"
    INDEX_FAILED = "indexer ended without a new searchable index"


S, E = AppState, Event
TRANSITIONS: dict[tuple[AppState, Event], AppState] = {
    (S.STARTING, E.ENGINE_OPENED): S.READY,
    (S.STARTING, E.ENGINE_NO_INDEX): S.NO_INDEX,
    (S.STARTING, E.ENGINE_FAILED): S.FAILED,
    (S.NO_INDEX, E.INDEX_STARTED): S.BUILDING,
    (S.READY, E.INDEX_STARTED): S.UPDATING,
    (S.BUILDING, E.INDEX_SEARCHABLE): S.UPDATING,  # searching starts after the first batch
    (S.BUILDING, E.INDEX_DONE): S.READY,
    (S.BUILDING, E.INDEX_FAILED): S.NO_INDEX,  # failed, locked or interrupted first build
    (S.UPDATING, E.INDEX_DONE): S.READY,
    (S.UPDATING, E.INDEX_FAILED): S.READY,  # the index it had is still there
}
del S, E


class InvalidTransition(ValueError):
    """An event that cannot happen in the current state (a bug, not a user error)."""


def next_state(state: AppState, event: Event) -> AppState:
    """The state after `event`; raises InvalidTransition for a pair the table does not allow."""
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise InvalidTransition(f"{event.value!r} cannot happen while {state.value}") from None
