"""The app quits when its terminal goes away, instead of spinning on a dead tty."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from search_app.tui.terminal import hung_up
from tests.conftest import ROOT

DRAWN = b"Search"  # the search box's placeholder: the app is up and reading keys
PATIENCE = 180.0  # seconds; generous for 2 loaded cores, and every wait ends on an event


def test_hung_up_tells_a_closed_terminal_from_a_live_one():
    master, slave = pty.openpty()
    try:
        assert not hung_up(slave)
        os.close(master)
        assert hung_up(slave)
    finally:
        os.close(slave)


def _spawn(argv: list[str], home: Path) -> tuple[int, int]:
    """Run `argv` as the session leader of a new pty; (pid, master fd)."""
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    pid, master = pty.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.chdir(ROOT)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid, master


def _wait_drawn(master: int) -> None:
    """Read the pty until the app has drawn its search box (or fail after PATIENCE)."""
    seen = b""
    deadline = time.monotonic() + PATIENCE
    while DRAWN not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"the app never drew its search box: {seen[-300:]!r}"
        ready, _, _ = select.select([master], [], [], left)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            assert chunk, f"the app ended before drawing: {seen[-300:]!r}"
            seen += chunk


def _wait_exit(pid: int, master: int) -> int:
    """Read the pty (so the app never blocks writing) until `pid` exits; its wait status."""
    watch = os.pidfd_open(pid)
    try:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master, watch], [], [], deadline - time.monotonic())
            if watch in ready:
                return os.waitpid(pid, 0)[1]
            try:
                os.read(master, 65536)
            except OSError:
                select.select([watch], [], [], deadline - time.monotonic())  # tty gone
    finally:
        os.close(watch)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError(f"the app did not exit within {PATIENCE:.0f} s")


def _app_argv(index_dir: Path) -> list[str]:
    """The app on a built index, as a user starts it."""
    return [
        sys.executable,
        "-m",
        "search_app",
        "--config",
        str(ROOT / "config.yaml"),
        "tui",
        "--index-dir",
        str(index_dir),
    ]


def _child_of(parent: int) -> int:
    """The pid of `parent`'s only child (the app under a shell)."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                return int(entry)
    raise AssertionError(f"no child of {parent}")


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs pidfd_open (Linux ≥ 5.3)")
def test_the_app_quits_when_its_terminal_is_hung_up(bundled_index, tmp_path):
    # As under `make run` in a tmux pane that is killed: a shell leads the session, the app is
    # its child, and the hang-up leaves the app with a dead tty and no SIGHUP of its own.
    # Textual then read EOF in a loop at full CPU for ever.
    argv = ["sh", "-c", " ".join(f"'{a}'" for a in _app_argv(bundled_index.index.dir)) + "; true"]
    shell, master = _spawn(argv, tmp_path)
    _wait_drawn(master)
    app = _child_of(shell)
    watch = os.pidfd_open(app)
    gone = []
    try:
        os.close(master)  # the terminal window closes
        gone, _, _ = select.select([watch], [], [], PATIENCE)
        assert gone, "the app kept running on a hung-up terminal"
    finally:
        os.close(watch)
        if not gone:
            os.kill(app, signal.SIGKILL)
        os.waitpid(shell, 0)


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs pidfd_open (Linux ≥ 5.3)")
def test_sigterm_quits_the_app_cleanly(bundled_index, tmp_path):
    app, master = _spawn(_app_argv(bundled_index.index.dir), tmp_path)
    try:
        _wait_drawn(master)
        os.kill(app, signal.SIGTERM)
        code = _wait_exit(app, master)
    finally:
        os.close(master)
    # An exit of its own (terminal restored, basket saved), not death by the signal.
    assert os.WIFEXITED(code) and os.WEXITSTATUS(code) == 128 + signal.SIGTERM, code
