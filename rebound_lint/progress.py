"""A one-line file counter on stderr for long scans: only on a terminal, never in CI or when piped."""
from __future__ import annotations

import os
import sys
import time
from io import TextIOBase as TextIO  # annotations only: typing is an import a hook's run need not pay

DELAY = 1.0  # seconds of work before the counter appears; short runs stay silent
REFRESH = 0.1


def wanted(stream: TextIO) -> bool:
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, delay: float = DELAY, enabled: bool | None = None,
                 unit: str = "files"):
        self.total, self.unit = total, unit
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.delay = delay
        self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.width = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.drawn_at < REFRESH and self.done < self.total):
            return
        self.drawn_at = now
        percent = 100 * self.done // self.total if self.total else 100
        line = f"rebound-lint: {self.done}/{self.total} {self.unit} ({percent}%)"
        self.width = max(self.width, len(line))
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()

    def close(self) -> None:
        """Erase the counter, so that what follows starts on a clean line."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
