"""Shared fixtures for the region tagger tests."""

from __future__ import annotations

import pytest

from index.build.folding import fold
from index.regions import RegionTagger


@pytest.fixture(scope="session")
def tagger() -> RegionTagger:
    """One tagger for the whole session (the gazetteer is cached anyway)."""
    return RegionTagger()


@pytest.fixture(scope="session")
def tag(tagger: RegionTagger):
    """Fold then tag one paragraph, as the engine does."""

    def run(text: str, context: tuple[str, ...] = ()) -> tuple[str, ...]:
        return tagger.tag(fold(text), context)

    return run
