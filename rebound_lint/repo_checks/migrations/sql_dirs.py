"""Numbered SQL directories (db/migrations/021_name.sql): plain SQL files run in the order of
their numbers, in a directory whose path says it holds migrations."""
from __future__ import annotations

import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "numbered SQL"
FILE = re.compile(r"^(?P<version>\d+)[_-].+\.sql$", re.I)


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    if not match:
        return None
    return Unit(versioned.migration_of(name), match.group("version"), versioned.int_key(match.group("version")))


SCHEME = versioned.Scheme("SQL", parse)


def detect(tree):
    """Directories whose path says they hold migrations and whose SQL files are mostly numbered:
    a folder of scripts with a numbered one or two among them (examples, seeds, docs) is not one."""
    found = []
    for directory, names in tree.dirs.items():
        if "migrat" not in directory.lower():
            continue
        sql = [n for n in names if n.lower().endswith(".sql")]
        numbered = [n for n in sql if FILE.match(n)]
        if numbered and len(numbered) * 2 > len(sql):
            found.append((directory, f"numbered SQL: {directory}/ holds NNN_name.sql files", SCHEME))
    return found
