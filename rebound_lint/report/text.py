"""`path:line:col: CODE message`, one finding a line, sorted by path and line. On a terminal,
with colour and the offending source line with a caret under the column. Control characters
in paths, messages and source lines are shown as escapes: nothing from the checked tree reaches
the terminal raw, and no finding can be forged by a newline in a file name or message."""
from __future__ import annotations

import os

from .safe import visible as escape
COLOURS = {"error": "31", "warning": "33", "info": "36"}  # red, yellow, cyan
SOURCE_WIDTH = 200  # characters of a source line shown at most


class Style:
    __slots__ = ("color", "source")

    def __init__(self, color: bool = False, source: bool = False) -> None:
        self.color, self.source = color, source


def render(findings, summary, style: Style | None = None) -> str:
    style = style or Style()
    lines = []
    reader = _Lines() if style.source else None
    for f in findings:
        lines.append(_line(f, style.color))
        if reader is not None:
            lines.extend(_source(reader, f, style.color))
    return "\n".join(lines) + ("\n" if lines else "")


def suppressed(findings) -> str:
    """Findings a suppression comment or the baseline silenced (--show-suppressed)."""
    lines = [f"{escape(f.path)}:{f.line}:{f.col}: {f.code} {escape(f.message)} [suppressed: {reason}]"
             for f, reason in findings]
    return "\n".join(lines) + ("\n" if lines else "")


def _line(f, color: bool) -> str:
    path, message = escape(f.path), escape(f.message)
    if not color:
        return f"{path}:{f.line}:{f.col}: {f.code} {message}"
    return (f"\x1b[1m{path}\x1b[0m:{f.line}:{f.col}: \x1b[{COLOURS.get(f.severity, '31')};1m{f.code}\x1b[0m "
            f"{message}")


def _source(reader: "_Lines", f, color: bool) -> list[str]:
    text = reader.line(f.path, f.line)
    if text is None:
        return []
    shown = escape(text.expandtabs(4))[:SOURCE_WIDTH]
    prefix = escape(text[:max(0, f.col - 1)].expandtabs(4))
    caret = " " * min(len(prefix), SOURCE_WIDTH) + "^"
    number = str(f.line)
    gutter = " " * len(number)
    if color:
        caret = f"\x1b[{COLOURS.get(f.severity, '31')}m{caret}\x1b[0m"
    return [f"  {number} | {shown}", f"  {gutter} | {caret}"]


class _Lines:
    """Source lines of the files findings point at, read once each. Only regular files are
    read (never through a symbolic link), and only their first few megabytes."""

    LIMIT = 8 * 1024 * 1024

    def __init__(self) -> None:
        self.files: dict[str, list[str] | None] = {}

    def line(self, path: str, number: int) -> str | None:
        if path not in self.files:
            self.files[path] = self._read(path)
        lines = self.files[path]
        return lines[number - 1] if lines and 0 < number <= len(lines) else None

    def _read(self, path: str) -> list[str] | None:
        try:
            if os.path.islink(path) or not os.path.isfile(path):
                return None
            with open(path, "rb") as handle:
                data = handle.read(self.LIMIT)
        except OSError:
            return None
        if b"\0" in data[:8000]:
            return None
        return [line.rstrip("\r") for line in data.decode("utf-8", "replace").split("\n")]
