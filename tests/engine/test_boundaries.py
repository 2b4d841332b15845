"""The engine's boundaries: one runtime check and the static import contracts (issue 13).

The contracts live in pyproject.toml ([tool.importlinter]) and are checked by
import-linter, which reads every import statement, lazy ones inside functions
included: index/ never imports the UI (search_app, textual, rich) or bench/,
the engine interface never reaches Whoosh, and the stages layer as
query over build over ingest (known exceptions listed there with reasons).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

UI = ("textual", "rich", "search_app", "bench")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    """Run `lint-imports` on the pyproject.toml in `cwd` (no cache written)."""
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_importing_the_engine_loads_no_ui():
    """Every engine entry point, imported in a fresh interpreter, loads no UI module."""
    code = (
        "import sys, index.config, index.regions, index.query.search, index.query.compile, "
        "index.query.citation, index.build.indexer, index.build.store, index.ingest.inspection\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {UI!r})\n"
        "assert not bad, bad\n"
        "assert 'whoosh' in sys.modules  # the imports above really loaded the engine\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


def test_import_contracts_hold():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


FAKE = {
    "index/__init__.py": "",
    "index/config.py": "",
    "index/engine/__init__.py": "",
    "index/engine/models.py": "from index.query import compile  # reaches whoosh\n",
    "index/ingest/__init__.py": "",
    "index/ingest/articles.py": "from index.query.search import run  # upward\n",
    "index/build/__init__.py": "",
    "index/build/folding.py": "",
    "index/build/documents.py": "",
    "index/regions/__init__.py": "",
    "index/regions/tagger.py": "",
    "index/query/__init__.py": "",
    "index/query/citation.py": "",
    "index/query/compile.py": "import whoosh\n",
    "index/query/search.py": "def run():\n    from search_app import cli  # lazy, still seen\n",
    "search_app/__init__.py": "",
    "search_app/cli.py": "",
    "bench/__init__.py": "",
}


def test_the_contracts_can_fail(tmp_path):
    """The same contracts on a tree that breaks each of them once are all reported."""
    # Every real module exists (empty), so contracts naming any of them still resolve.
    for pkg in ("index", "search_app", "bench"):
        for path in (ROOT / pkg).rglob("*.py"):
            dest = tmp_path / path.relative_to(ROOT)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text("", encoding="utf-8")
    for name, text in FAKE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject[pyproject.index("[tool.importlinter]") :]
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(section), encoding="utf-8")
    done = lint_imports(tmp_path)
    out = done.stdout
    assert done.returncode != 0, out + done.stderr
    assert "0 kept, 3 broken" in out, out
    assert "index.query.search -> search_app.cli" in out
    assert "index.ingest is not allowed to import index.query" in out
    assert "index.engine.models is not allowed to import whoosh" in out
    assert "index.query.compile -> whoosh" in out  # found through an indirect import
