"""One file to check, and reading files without ever crashing."""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

BINARY_SNIFF = 8000  # git's own heuristic: a NUL in the first 8000 bytes means binary


@dataclass
class Source:
    """One file to check: its display path, raw bytes and detected kind."""

    path: str
    data: bytes
    kind: str
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    _text: str | None = None

    @property
    def text(self) -> str:
        """UTF-8 text (a BOM dropped); raises UnicodeDecodeError."""
        if self._text is None:
            self._text = self.data.decode("utf-8-sig")
        return self._text

    def note(self, message: str) -> None:
        """A detail shown with --debug."""
        self.notes.append(f"{self.path}: {message}")

    def notice(self, message: str) -> None:
        """A run-wide message shown once, whatever the verbosity."""
        self.notices.append(message)


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:BINARY_SNIFF]


def read_bytes(path: Path) -> bytes:
    """Read a regular file; OSError (with a readable strerror) for everything else."""
    info = os.stat(path)  # follows symlinks; a broken one raises FileNotFoundError
    if not stat.S_ISREG(info.st_mode):
        raise OSError(0, "not a regular file")
    with open(path, "rb") as handle:
        return handle.read()


def describe_os_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        try:
            return f"symbolic link loop (points to {os.readlink(path)!r})"
        except OSError:
            return "symbolic link loop"
    try:
        if os.path.islink(path) and not os.path.exists(path):
            return f"broken symbolic link (points to {os.readlink(path)!r})"
    except OSError:  # a directory above it is closed to us too
        pass
    return f"cannot read file: {exc.strerror or exc}"
