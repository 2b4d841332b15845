"""Noticing that the app's terminal has gone (window closed, ssh dropped, tmux killed).

Textual's input thread treats an empty read as "stdin is a pipe" and keeps
polling, so on a hung-up tty it spins at full CPU for ever. The app asks
`hung_up` once a second and quits itself; SIGHUP and SIGTERM take the same
way out when they are delivered.
"""

from __future__ import annotations

import select
import signal

HANGUP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
EXIT_HANGUP = 129  # 128 + SIGHUP, what a shell reports for a hung-up job
WATCH_EVERY = 1.0  # seconds between checks of the terminal


def hung_up(fd: int) -> bool:
    """True when the terminal `fd` has been hung up or closed."""
    poller = select.poll()
    poller.register(fd, select.POLLHUP | select.POLLERR)
    try:
        events = poller.poll(0)  # never waits and reads nothing
    except OSError:
        return True
    return any(mask & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _fd, mask in events)
