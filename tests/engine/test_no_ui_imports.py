"""The engine never imports a UI toolkit."""

import ast
import subprocess
import sys

from tests.conftest import ROOT


def test_index_package_has_no_textual_imports():
    offenders = []
    for path in (ROOT / "index").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [
                f"{path.name}: {n}"
                for n in names
                if n.split(".")[0] in ("textual", "rich", "search_app")
            ]
    assert offenders == []


def test_using_the_engine_loads_no_textual():
    code = (
        "import sys, index.build.indexer, index.query.search, index.regions, index.query.compile; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'search_app')]; "
        "assert not bad, bad"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
