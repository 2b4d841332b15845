"""Whoosh's private internals are touched only in index/build/whoosh_internals.py, and patched only on request."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path

import whoosh

ROOT = Path(__file__).resolve().parents[2]
INTERNALS = ROOT / "index" / "build" / "whoosh_internals.py"
SCANNED = ("index", "search_app", "bench")


def _whoosh_private_names() -> set[str]:
    """Every `_name` (not dunder) Whoosh defines or reads as an attribute or keyword."""
    names: set[str] = set()
    pattern = re.compile(r"(?:\.|def |\b)(_[A-Za-z]\w*)")
    for path in Path(whoosh.__file__).parent.rglob("*.py"):
        names.update(pattern.findall(path.read_text(encoding="utf-8", errors="replace")))
    return {n for n in names if not n.startswith("__")}


@functools.cache  # read Whoosh's sources once, not once per scanned module
def _whoosh_class_names() -> frozenset[str]:
    """Names of Whoosh's classes (a check of `type(x).__name__` against one is a private use)."""
    pattern = re.compile(r"^class (\w+)", re.M)
    return frozenset(
        name
        for path in Path(whoosh.__file__).parent.rglob("*.py")
        for name in pattern.findall(path.read_text(encoding="utf-8", errors="replace"))
    )


@functools.cache  # each module is parsed once for both scans
def _tree(source: str) -> ast.AST:
    """The parsed module (read only)."""
    return ast.parse(source)


def _our_files() -> list[Path]:
    return sorted(p for d in SCANNED for p in (ROOT / d).rglob("*.py") if p != INTERNALS)


def _our_private_names(files: list[Path]) -> set[str]:
    """Private names our own code defines (methods, attributes, slots), so they are not Whoosh's."""
    names: set[str] = set()
    for path in files:
        for node in ast.walk(_tree(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)  # __slots__ entries
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def violations(source: str, whoosh_private: set[str], ours: set[str]) -> list[str]:
    """Uses of Whoosh private members in one module's source: `x._name`, `_name=` keywords,
    `from whoosh… import _name`, private methods overridden in subclasses of Whoosh classes,
    and class-name checks against Whoosh's classes."""
    tree = _tree(source)
    classes = _whoosh_class_names()
    from_whoosh: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
            for alias in node.names:
                from_whoosh.add(alias.asname or alias.name)
                if alias.name.startswith("_"):
                    found.append(f"line {node.lineno}: imports {alias.name} from {node.module}")
    foreign = whoosh_private - ours
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in foreign:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.keyword) and node.arg and node.arg in foreign:
            found.append(f"line {node.lineno}: keyword {node.arg}=")
        elif isinstance(node, ast.Compare) and "__name__" in ast.unparse(node):
            named = [
                c.value
                for c in [node.left, *node.comparators]
                if isinstance(c, ast.Constant) and c.value in classes
            ]
            found.extend(f"line {node.lineno}: class-name check {n}" for n in named)
        elif isinstance(node, ast.ClassDef):
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            bases |= {b.attr for b in node.bases if isinstance(b, ast.Attribute)}
            if bases & from_whoosh or any(
                isinstance(b, ast.Attribute) and "whoosh" in ast.unparse(b) for b in node.bases
            ):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name in whoosh_private:
                        found.append(f"line {item.lineno}: overrides {node.name}.{item.name}")
    return found


def test_no_whoosh_private_access_outside_the_internals_module():
    """No module but whoosh_internals.py reads, passes or overrides a private Whoosh member."""
    files = _our_files()
    private, ours = _whoosh_private_names(), _our_private_names(files)
    problems = {
        str(p.relative_to(ROOT)): v
        for p in files
        if (v := violations(p.read_text(encoding="utf-8"), private, ours))
    }
    assert problems == {}


def test_the_check_catches_each_kind_of_private_use():
    """The scan is not vacuous: each way of touching Whoosh internals is reported."""
    private = _whoosh_private_names()
    assert {"_added", "_tempstorage", "_commit_toc", "_lk"} <= private
    source = (
        "from whoosh.writing import SegmentWriter\n"
        "from whoosh.codec.whoosh3 import _INT_SIZE\n"
        "def f(w, ix):\n"
        "    SegmentWriter(ix, _lk=False)\n"
        "    return w._added\n"
        "class Mine(SegmentWriter):\n"
        "    def _commit_toc(self, segments):\n"
        "        pass\n"
        "def g(m):\n"
        "    return type(m).__name__ == 'W3LeafMatcher'\n"
    )
    found = violations(source, private, set())
    assert len(found) == 5, found
    assert violations("def f(x):\n    return x.public\n", private, set()) == []


def test_patches_are_installed_by_opening_a_store_not_by_importing():
    """Importing the engine leaves Whoosh untouched; the first IndexStore installs the patches."""
    code = (
        "from whoosh.filedb.structfile import BufferFile\n"
        "original = BufferFile.__init__\n"
        "import index.build.store, index.build.indexer, index.query.search, index.engine\n"
        "assert BufferFile.__init__ is original, 'patched on import'\n"
        "index.build.store.IndexStore('/nonexistent')\n"
        "assert BufferFile.__init__ is not original, 'not patched by the store'\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_the_bench_drives_the_engine_through_its_public_interface():
    """No `engine._something` in bench/: it measures what callers of `Engine` get."""
    used = {
        f"{p.relative_to(ROOT)}: {m}"
        for p in (ROOT / "bench").rglob("*.py")
        for m in re.findall(r"\bengine\._\w+", p.read_text(encoding="utf-8"))
    }
    assert used == set()
