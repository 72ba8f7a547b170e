"""Per-file checkers by file kind. Each is `check(source, config) -> Iterable[Finding]`."""
from __future__ import annotations

from . import javascript, json, python, sql, yaml

BY_KIND = {
    "python": python.check,
    "sql": sql.check,
    "javascript": javascript.check,
    "yaml": yaml.check,
    "json": json.check,
}
