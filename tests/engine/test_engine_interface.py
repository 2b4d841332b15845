"""The engine interface: Whoosh-free to import, satisfied by the Whoosh backend, engine-neutral results."""

from __future__ import annotations

import dataclasses
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from index.engine import Engine, open_engine
from index.engine.models import Hit, IndexStatus, ParagraphRef, SearchResult
from index.engine.whoosh_engine import WhooshEngine

ROOT = Path(__file__).resolve().parents[2]


def test_the_interface_imports_without_any_backend():
    """The CLI and TUI can depend on index.engine alone: importing it loads no Whoosh."""
    code = (
        "import sys\n"
        "import index.engine, index.engine.errors, index.engine.models, index.engine.interface\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh')\n"
        "assert not loaded, loaded\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def _protocol_methods() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(Engine).items()
        if callable(member) and not name.startswith("_")
    }


def test_the_whoosh_backend_implements_every_method_with_the_same_parameters():
    """Each method of the Protocol exists on WhooshEngine with the same parameter names and kinds."""
    methods = _protocol_methods()
    assert {"search", "article", "generation", "status", "index", "matches"} <= set(methods)
    for name, wanted in methods.items():
        got = inspect.signature(getattr(WhooshEngine, name))
        shape = [(p.name, p.kind) for p in got.parameters.values()]
        assert shape == [(p.name, p.kind) for p in wanted.parameters.values()], name


def test_models_carry_no_backend_numbers():
    """No Whoosh document number on a hit; the generation is an opaque string."""
    names = {f.name for f in dataclasses.fields(Hit)}
    assert "docnum" not in names and "key" in names
    assert {f.name: f.type for f in dataclasses.fields(SearchResult)}["generation"] == "str"


@pytest.fixture(scope="module")
def eng(bundled_index):
    e = open_engine(bundled_index)
    yield e
    e.close()


def test_open_engine_answers_through_the_interface(eng):
    """open_engine gives an Engine whose status, keys and matches agree with its search."""
    assert isinstance(eng, Engine)
    status = eng.status()
    assert isinstance(status, IndexStatus) and status.documents > 100
    assert eng.generation() == status.generation == eng.search("干部").generation
    full = eng.search("干部", limit=0, with_facets=False)
    assert full.total == len(full.hits) > 0
    keys = [h.key for h in full.hits]
    assert len(set(keys)) == len(keys) and all(keys)
    assert eng.search("干部", limit=0).hits[0].key == keys[0]  # stable between searches
    refs = eng.matches("干部")
    assert all(isinstance(r, ParagraphRef) for r in refs)
    assert sorted((r.path, r.paragraph) for r in refs) == sorted(
        (h.path, h.paragraph) for h in full.hits
    )
    eng.clear_cache()
    assert eng.search("干部", limit=0, with_facets=False).total == full.total
