"""`path:line:col: CODE message`, one finding a line, sorted by path and line. On a terminal,
with colour and the offending source line with a caret under the column. Control characters
in paths, messages and source lines are shown as escapes: nothing from the checked tree reaches
the terminal raw, and no finding can be forged by a newline in a file name or message."""
from __future__ import annotations

from .safe import visible as escape

COLOURS = {"error": "31", "warning": "33", "info": "36"}  # red, yellow, cyan
SOURCE_WIDTH = 200  # characters of a source line shown at most
SOURCE_BYTES = 8 * 1024 * 1024  # read of a file to show its lines, at most
NOTES_LISTED = 5  # notes (info) of one rule listed one a line; past this, one line counts them


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


def fold_notes(findings, listed: int = NOTES_LISTED):
    """(the findings to list, one line per rule whose notes were folded). A note (info) never fails
    a run: more than `listed` of one rule (RL014 in every file a parser's limit trips, 108 in one
    front end) are counted on one line instead of listed, and --debug lists them."""
    counts: dict = {}
    for f in findings:
        if f.severity == "info":
            counts[f.code] = counts.get(f.code, 0) + 1
    folded = {code for code, count in counts.items() if count > listed}
    if not folded:
        return findings, []
    from ..rules import summary  # only when notes are folded: a replay never pays for the catalogue

    lines = []
    for code in sorted(folded):
        files = len({f.path for f in findings if f.code == code})
        lines.append(f"{code}: {counts[code]} notes in {files} file{'s' if files != 1 else ''}, not listed: "
                     f"{summary(code)}. Notes never fail the run; --debug lists them.")
    return [f for f in findings if f.code not in folded], lines


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
