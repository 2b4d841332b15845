"""The systems under test, loaded by name so a worker imports only the one it runs."""

from __future__ import annotations

import importlib

SYSTEMS = {
    "project": "bench.competitors.project:Project",
    "naive": "bench.competitors.naive:NaiveWhoosh",
    "fts5": "bench.competitors.fts5:Fts5Trigram",
    "rg": "bench.competitors.rg:RipgrepScan",
}
COMPETITORS = ("naive", "fts5", "rg")


def system_class(name: str):
    """The class implementing system `name`."""
    module, _, attr = SYSTEMS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
