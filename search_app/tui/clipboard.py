"""Copy text to the system clipboard with a command-line tool, next to OSC 52.

OSC 52 (`App.copy_to_clipboard`) reaches the terminal's clipboard, also over
ssh and inside tmux with `set-clipboard on`; a local tool covers terminals
that ignore OSC 52. Tests turn tools off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class ClipboardTool:
    """A command that reads the text to copy on stdin."""

    name: str
    argv: tuple[str, ...]
    encoding: str = "utf-8"

    def copy(self, text: str, timeout: float = 3.0) -> bool:
        """Run the tool; True if it exited 0. Call from a worker thread, never the UI thread."""
        try:
            done = subprocess.run(
                self.argv,
                input=text.encode(self.encoding),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return False
        return done.returncode == 0


def find_tool(env: dict[str, str] | None = None) -> ClipboardTool | None:
    """The first clipboard tool usable in this session, or None."""
    env = os.environ if env is None else env
    candidates: list[ClipboardTool] = []
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(ClipboardTool("wl-copy", ("wl-copy",)))
    if env.get("DISPLAY"):
        candidates.append(ClipboardTool("xclip", ("xclip", "-selection", "clipboard")))
        candidates.append(ClipboardTool("xsel", ("xsel", "--clipboard", "--input")))
    if sys.platform == "darwin":
        candidates.append(ClipboardTool("pbcopy", ("pbcopy",)))
    # Windows and WSL: clip.exe reads UTF-16 with a BOM reliably, UTF-8 it mangles.
    candidates.append(ClipboardTool("clip.exe", ("clip.exe",), encoding="utf-16"))
    for tool in candidates:
        if shutil.which(tool.argv[0]):
            return tool
    return None
