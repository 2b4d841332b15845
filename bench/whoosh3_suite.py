"""Run the pinned whoosh3's own test suite with our patches installed: `make whoosh3-tests`.

`index/build/whoosh_internals.py` patches whoosh3 (BufferFile reads in place,
a cached missing length column). This fetches the pinned release's source
distribution with pip (its tests/ folder is in it), and runs those tests
under pytest with this module loaded as a plugin, whose `pytest_configure`
calls `whoosh_internals.install()` before any test imports Whoosh's readers.
`--unpatched` runs them without the patches, for comparison.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

# Tests that read files kept only in whoosh3's repository (its scripts/, examples/ and
# demo/ folders), which the source distribution leaves out.
REPO_ONLY = (
    "test_bump_version_script.py",
    "test_examples_runnable.py",
    "test_site_version_sync.py",
    "test_example_*.py",
)
CACHE = Path(os.environ.get("SEARCH_APP_BENCH_DIR", Path.home() / ".cache/search-app/bench"))


def pytest_configure(config) -> None:
    """Install the patches before the suite runs (this module is loaded with `-p`)."""
    if os.environ.get("WHOOSH3_SUITE_UNPATCHED"):
        return
    from index.build import whoosh_internals

    whoosh_internals.install()
    from whoosh.filedb.structfile import BufferFile

    assert BufferFile.__init__.__module__ == "index.build.whoosh_internals", "patch not installed"


def suite_dir() -> Path:
    """The tests/ folder of the installed whoosh3 version's sdist, downloaded once."""
    ver = version("whoosh3")
    root = CACHE / "whoosh3-suite"
    tests = root / f"whoosh3-{ver}" / "tests"
    if tests.is_dir():
        return tests
    root.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", f"whoosh3=={ver}", "--no-deps"]
    subprocess.run([*pip, "--no-binary", ":all:", "-d", str(root)], check=True)
    with tarfile.open(root / f"whoosh3-{ver}.tar.gz") as tar:
        tar.extractall(root, filter="data")
    return tests


def main(argv: list[str]) -> int:
    """Run the suite (extra arguments go to pytest); returns pytest's exit status."""
    env = dict(os.environ)
    if "--unpatched" in argv:
        argv = [a for a in argv if a != "--unpatched"]
        env["WHOOSH3_SUITE_UNPATCHED"] = "1"
    repo = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join([str(repo), env.get("PYTHONPATH", "")])
    tests = suite_dir()
    cmd = [sys.executable, "-m", "pytest", "-p", "bench.whoosh3_suite", "-p", "no:cacheprovider"]
    cmd += [f"--ignore-glob={tests / name}" for name in REPO_ONLY]
    cmd += ["--rootdir", str(tests.parent), str(tests), *argv]
    return subprocess.run(cmd, env=env, cwd=tests.parent).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
