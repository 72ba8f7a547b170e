"""Finding record and the rule catalogue (code -> summary)."""
from __future__ import annotations

ERROR = "error"
WARNING = "warning"
INFO = "info"


class Finding:
    """One finding. Immutable; equal and ordered by (path, line, col, code, message), as the
    report sorts. A plain class rather than a dataclass: a replayed run (replay.py) starts
    faster without the dataclasses module."""

    __slots__ = ("path", "line", "col", "code", "message", "severity", "end_line")

    def __init__(self, path: str, line: int, col: int, code: str, message: str, severity: str = ERROR,
                 end_line: int | None = None) -> None:
        put = object.__setattr__
        put(self, "path", path)
        put(self, "line", line if line >= 1 else 1)  # parsers sometimes report 0 or -1; positions are 1-based
        put(self, "col", col if col >= 1 else 1)
        put(self, "code", code)
        put(self, "message", message)
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

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line if self.end_line is not None else self.line,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "summary": RULES.get(self.code, ""),
        }


RULES: dict[str, str] = {
    "RL001": "merge conflict block left in the file",
    "RL002": "closing conflict marker (>>>>>>>) without an opening one",
    "RL003": "conflict block opened (<<<<<<<) but never closed",
    "RL010": "file is not valid UTF-8",
    "RL011": "file cannot be read (permissions, broken symlink)",
    "RL012": "file nests too deeply to parse",
    "RL101": "Python syntax error",
    "RL102": "Python compile-time error (late __future__ import, return outside function, ...)",
    "RL111": "Python function or class defined twice in one scope",
    "RL112": "Python dict literal with the same key twice",
    "RL113": "Python name imported twice in one scope",
    "RL114": "Python statement (or run of statements) repeated back-to-back",
    "RL115": "Python name listed twice in __all__",
    "RL201": "SQL syntax error",
    "RL202": "SQL the parser could not understand (several statements fused into one)",
    "RL211": "SQL column defined twice in one CREATE TABLE",
    "RL212": "SQL object (table, index, type, function, view) created twice in one file",
    "RL213": "SQL column added twice by ALTER TABLE",
    "RL214": "SQL statement repeated back-to-back",
    "RL301": "JavaScript syntax error",
    "RL302": "JavaScript duplicate declaration (early error)",
    "RL311": "JavaScript object literal with the same key twice",
    "RL312": "JavaScript class member defined twice",
    "RL313": "JSX element with the same attribute twice",
    "RL314": "JavaScript switch with the same case label twice",
    "RL315": "JavaScript statement (or run of statements) repeated back-to-back",
    "RL401": "YAML syntax error",
    "RL402": "YAML duplicate mapping key",
    "RL403": "YAML mapping with more than one merge key (<<)",
    "RL404": "YAML list item repeated back-to-back (same identity key: name, id, key)",
    "RL411": "JSON syntax error",
    "RL412": "JSON duplicate object key",
    "RL413": "JSON array item repeated back-to-back (same identity key: name, id, key)",
    "RL501": "two migrations in one directory share a prefix",
    "RL502": "a migration this change adds uses a prefix already taken on the base",
    "RL503": "a migration this change adds is numbered below the base's highest",
    "RL504": "a file in a migration directory does not match its naming pattern",
    "RL511": "two alembic migrations declare the same revision id",
    "RL512": "the alembic revision graph has more than one head",
    "RL513": "an alembic down_revision names no known revision",
    "RL514": "the alembic revision graph has a cycle",
    "RL515": "merged with the base, the alembic revision graph would have more than one head",
    "RL601": "a new feature flag has no promotion migration in the same change",
    "RL602": "a feature flag was removed (information)",
    "RL603": "a feature flag was renamed (information)",
    "RL701": "a merge commit left conflict markers in a file",
    "RL702": "a conflict was resolved by keeping both sides verbatim",
    "RL801": "two PRs in one burst of a merge plan touch the same file",
    "RL802": "a PR touching an always-solo file shares a burst",
    "RL803": "two PRs adding migrations share a burst",
    "RL804": "a PR is scheduled before (or with) a PR it depends on",
    "RL805": "a blocked PR is scheduled",
    "RL806": "a plan names a PR twice, or one not in the manifests",
    "RL807": "a PR in the manifests is neither scheduled nor blocked",
}


def rule_summary(code: str) -> str:
    return RULES.get(code, "")
