"""The Finding record. Rules and their default severities live in rules.py."""
from __future__ import annotations

ERROR, WARNING, INFO = "error", "warning", "info"  # as in rules.py, which a replay does not import
MAX_MESSAGE = 500  # characters: every message is capped here, whoever wrote it


class Finding:
    """One finding. Immutable; equal and ordered by (path, line, col, code, message), as the
    report sorts. A plain class rather than a dataclass: a replayed run (replay.py) starts
    faster without the dataclasses module."""

    __slots__ = ("path", "line", "col", "code", "message", "severity", "end_line")

    def __init__(self, path: str, line: int, col: int, code: str, message: str, severity: str | None = None,
                 end_line: int | None = None) -> None:
        put = object.__setattr__
        put(self, "path", path)
        put(self, "line", line if line >= 1 else 1)  # parsers sometimes report 0 or -1; positions are 1-based
        put(self, "col", col if col >= 1 else 1)
        put(self, "code", code)
        if len(message) > MAX_MESSAGE:  # a parser quoting the rest of the file (an unclosed string) in one line
            message = f"{message[:MAX_MESSAGE]}... ({len(message) - MAX_MESSAGE} more characters)"
        put(self, "message", message)
        if severity is None:  # the catalogue's default: emit sites never choose
            from .rules import default_severity

            severity = default_severity(code)
        put(self, "severity", severity)
        put(self, "end_line", end_line)

    def _key(self) -> tuple:
        return self.path, self.line, self.col, self.code, self.message

    def __setattr__(self, name, value):
        raise AttributeError(f"Finding is immutable: cannot set {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"Finding is immutable: cannot delete {name!r}")

    def __reduce__(self):
        return Finding, (self.path, self.line, self.col, self.code, self.message, self.severity, self.end_line)

    def __eq__(self, other):
        return self._key() == other._key() if type(other) is Finding else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if type(other) is Finding else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if type(other) is Finding else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if type(other) is Finding else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if type(other) is Finding else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Finding(path={self.path!r}, line={self.line!r}, col={self.col!r}, code={self.code!r}, "
                f"message={self.message!r}, severity={self.severity!r}, end_line={self.end_line!r})")

    def to_row(self) -> list:
        """The stored form (the per-file cache and the replay memo): a list of plain values."""
        return [self.path, self.line, self.col, self.code, self.message, self.severity, self.end_line]

    @staticmethod
    def from_row(row) -> Finding | None:
        """A stored row back as a Finding; None for a row that is not well formed (a damaged store)."""
        try:
            path, line, col, code, message, severity, end_line = row
        except (TypeError, ValueError):
            return None
        if not (type(line) is int and type(col) is int and (end_line is None or type(end_line) is int)
                and all(type(text) is str for text in (path, code, message, severity))):
            return None
        return Finding(path, line, col, code, message, severity, end_line)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line if self.end_line is not None else self.line,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "summary": _summary(self.code),
        }


def _summary(code: str) -> str:
    from .rules import summary

    return summary(code)
