"""Helpers for the issue-11 safety tests: run the CLI on a temp corpus and snapshot folders."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, ROOT


def small_corpus(dest: Path, files: int = 2) -> Path:
    """The first `files` bundled articles in a new folder."""
    dest.mkdir(parents=True, exist_ok=True)
    for src in sorted(CORPUS.glob("*.txt"))[:files]:
        shutil.copy2(src, dest / src.name)
    return dest


def default_sigint() -> None:
    """In the child: Ctrl+C acts as usual even when the test run itself ignores SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(*args: str, env: dict | None = None, user: int | None = None, timeout: float = 300):
    """Run `search-app ARGS` with the repository's config; `user` drops to that uid with setpriv."""
    cmd = [sys.executable, "-m", "search_app", "--config", str(ROOT / "config.yaml"), *args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    res = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        preexec_fn=default_sigint,
    )
    assert "Traceback" not in res.stderr + res.stdout, res.stderr
    return res


def snapshot(folder: Path) -> list[tuple[str, int, int]]:
    """Every path under `folder` with its size and mtime: any write shows up."""
    if not folder.exists():
        return []
    out = []
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        out.append((str(p.relative_to(folder)), st.st_size if p.is_file() else 0, st.st_mtime_ns))
    return out


def total(index_dir: Path, query: str = "") -> int:
    """Hits for `query` through the CLI's JSON output (asserting success)."""
    import json

    res = run_cli("search", query, "--json", "--limit", "1", "--index-dir", str(index_dir))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)["total"]
