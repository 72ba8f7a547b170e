"""`path:line:col: CODE message`, one finding a line, sorted by path and line. On a terminal,
with colour and the offending source line with a caret under the column. Control characters
in paths, messages and source lines are shown as escapes: nothing from the checked tree reaches
the terminal raw, and no finding can be forged by a newline in a file name or message."""
from __future__ import annotations

from .safe import visible as escape

COLOURS = {"error": "31", "warning": "33", "info": "36"}  # red, yellow, cyan
SOURCE_WIDTH = 200  # characters of a source line shown at most
SOURCE_BYTES = 8 * 1024 * 1024  # read of a file to show its lines, at most


class Style:
    __slots__ = ("color", "source")

    def __init__(self, color: bool = False, source: bool = False) -> None:
        self.color, self.source = color, source


def render(findings, summary, style: Style | None = None) -> str:
    style = style or Style()
    lines = []
    reader = None
    if style.source:
        from ..baseline import Lines

        reader = Lines(limit=SOURCE_BYTES)
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


def _source(reader, f, color: bool) -> list[str]:
    text = reader.get(f.path, f.line)
    if text is None:
        return []
    text = text.rstrip("\r")
    shown = escape(text.expandtabs(4))[:SOURCE_WIDTH]
    prefix = escape(text[:max(0, f.col - 1)].expandtabs(4))
    caret = " " * min(len(prefix), SOURCE_WIDTH) + "^"
    number = str(f.line)
    gutter = " " * len(number)
    if color:
        caret = f"\x1b[{COLOURS.get(f.severity, '31')}m{caret}\x1b[0m"
    return [f"  {number} | {shown}", f"  {gutter} | {caret}"]
