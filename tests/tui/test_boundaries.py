"""The engine never imports the UI: index/ must not import textual (or search_app)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_IMPORT = re.compile(r"^\s*(?:from|import)\s+(textual|search_app)\b", re.M)


def test_importing_the_engine_loads_no_textual():
    """Import every engine entry point in a fresh interpreter and look at sys.modules."""
    code = (
        "import sys, index.query.search, index.build.indexer, index.query.citation, index.build.store, index.config\n"
        "from index.query.search import SearchEngine\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'search_app'))\n"
        "assert not bad, bad\n"
        "assert 'whoosh' in sys.modules or any(m.startswith('whoosh') for m in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_no_ui_import_statement_in_index_sources():
    """No `import textual` / `from search_app` anywhere under index/, even lazily in a function."""
    offenders = [
        f"{path.relative_to(REPO)}: {m.group(0).strip()}"
        for path in sorted((REPO / "index").rglob("*.py"))
        for m in UI_IMPORT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_check_can_fail(tmp_path):
    """The pattern does catch an indented, lazy import (so the test above can fail)."""
    assert UI_IMPORT.search("def f():\n    from textual.app import App\n")
    assert UI_IMPORT.search("import search_app.tui\n")
    assert not UI_IMPORT.search("# textual is the UI\nx = 'import textual'\n")
