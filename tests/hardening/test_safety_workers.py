"""Issue 11 item 8: workers die with their parent; a lock left by a dead pid is taken over at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

from tests.conftest import ROOT
from tests.engine.test_indexer import synthetic_corpus, wait_for_file
from tests.hardening.safety_helpers import default_sigint, total

KILLS = 3


def _config(tmp_path: Path, corpus: Path) -> Path:
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["corpus"]["paths"] = [str(corpus)]
    data["index"]["dir"] = str(tmp_path / "ix")
    data["index"]["procs"] = 2
    data["dictionary"]["files"] = [str(ROOT / "userdict.txt")]
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(c) for c in text.split()}


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


def _wait_until(pred, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_kill_9_of_a_parallel_index_leaves_no_workers(tmp_path):
    corpus = tmp_path / "c"
    synthetic_corpus(corpus, 90)
    config = _config(tmp_path, corpus)
    cmd = [sys.executable, "-m", "search_app", "--config", str(config), "index"]
    for attempt in range(KILLS):
        paused = tmp_path / f"paused-{attempt}"
        # A worker stops at its 5th file and says so: the round is certainly running.
        env = {**os.environ, "SEARCH_APP_PAUSE_AT": "read:5", "SEARCH_APP_PAUSE_FILE": str(paused)}
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        wait_for_file(paused, proc)
        workers = _children(proc.pid)
        assert workers, "no worker was running"
        proc.kill()
        proc.communicate()
        assert _wait_until(lambda w=workers: all(_gone(p) for p in w)), "orphaned workers"
    res = subprocess.run(
        [*cmd], cwd=ROOT, capture_output=True, text=True, timeout=600, preexec_fn=default_sigint
    )
    assert res.returncode == 0 and "waiting for another indexer" not in res.stderr, res.stderr
    assert "90 added" in res.stdout
    assert not list((tmp_path / "ix").glob("build-*/*.tmp"))
    assert total(tmp_path / "ix") > 0


HOLDER = """
import fcntl, sys
fh = open(sys.argv[1], "a+")
fcntl.flock(fh, fcntl.LOCK_EX)
fh.seek(0); fh.truncate(); fh.write(sys.argv[2]); fh.flush()
print("held", flush=True)
sys.stdin.read()  # holds the lock until the test closes stdin
"""


def test_lock_of_a_dead_pid_is_taken_over_at_once(tmp_path):
    corpus = tmp_path / "c"
    synthetic_corpus(corpus, 3)
    config = _config(tmp_path, corpus)
    cmd = [sys.executable, "-m", "search_app", "--config", str(config), "index"]
    assert subprocess.run(cmd, cwd=ROOT, capture_output=True).returncode == 0
    dead = subprocess.Popen(["true"])
    dead.wait()
    # An orphan of an older version: it holds the lock file, the pid written in it is dead.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "ix" / ".lock"), str(dead.pid)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        (corpus / "gen_0000.txt").unlink()
        # lock_timeout is 10 s; the take-over needs two looks 0.2 s apart, not the timeout.
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        assert f"took over the lock of indexer pid {dead.pid}" in res.stderr
        assert "waiting for another indexer" not in res.stderr
        assert "1 removed" in res.stdout
    finally:
        holder.stdin.close()
        holder.wait()
