"""Crash points for fault-injection tests.

`SEARCH_APP_CRASH_AT=name[:n]` makes the process SIGKILL itself the n-th
time (default first) execution reaches `checkpoint(name)`, to prove that a
crash at that moment never damages the committed index. Unset, each
checkpoint is one dictionary lookup.

`SEARCH_APP_PAUSE_AT=name[:n]` with `SEARCH_APP_PAUSE_FILE=path` makes the
process create `path` (holding its pid) at that checkpoint and wait there for
a signal, so a test can interrupt it at a known moment instead of racing it.
"""

from __future__ import annotations

import os
import signal

_SPEC = os.environ.get("SEARCH_APP_CRASH_AT", "")
_NAME, _, _NTH = _SPEC.partition(":")
_TARGET = int(_NTH) if _NTH.isdigit() else 1
_seen = 0
_PAUSE = os.environ.get("SEARCH_APP_PAUSE_AT", "")
_PAUSE_NAME, _, _PAUSE_NTH = _PAUSE.partition(":")
_PAUSE_TARGET = int(_PAUSE_NTH) if _PAUSE_NTH.isdigit() else 1
_PAUSE_FILE = os.environ.get("SEARCH_APP_PAUSE_FILE", "")
_paused = 0

POINTS = (
    "scanned",  # corpus listed, nothing read yet
    "read",  # a file's bytes read
    "built",  # a file cleaned into an article
    "added",  # an article's paragraphs handed to the writer
    "commit",  # about to commit a batch
    "accel",  # an accelerator file written, not yet renamed into place
    "tables",  # a segment's facet and date tables file written, not yet renamed into place
    "segment",  # new segment files written, table of contents not yet
    "toc",  # new table of contents written, old files not yet cleaned
    "verified",  # commit done and its document count checked
    "manifest",  # last commit done, its manifest file not yet written
    "manifest_written",  # a manifest base or log written, not yet renamed into place
    "publish",  # about to switch CURRENT to a new build
    "published",  # CURRENT switched
)


def checkpoint(name: str) -> None:
    """Die here if the environment asks for a crash at this point."""
    global _seen, _paused
    if name == _PAUSE_NAME and _PAUSE_FILE:
        _paused += 1
        if _paused == _PAUSE_TARGET:
            _pause_here()
    if name != _NAME:
        return
    _seen += 1
    if _seen == _TARGET:
        os.kill(os.getpid(), signal.SIGKILL)


def _pause_here() -> None:
    """Tell the test we are here, then wait until a signal handler raises (Ctrl+C)."""
    tmp = f"{_PAUSE_FILE}.{os.getpid()}.part"
    with open(tmp, "w", encoding="ascii") as fh:
        fh.write(str(os.getpid()))
    os.replace(tmp, _PAUSE_FILE)
    while True:
        signal.pause()
