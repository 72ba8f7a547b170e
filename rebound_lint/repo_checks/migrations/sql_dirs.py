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
    return Unit(name, match.group("version"), versioned.int_key(match.group("version"))) if match else None


SCHEME = versioned.Scheme("SQL", parse)


def detect(tree):
    return [(directory, f"numbered SQL: {directory}/ holds NNN_name.sql files", SCHEME)
            for directory, names in tree.dirs.items()
            if "migrat" in directory.lower() and any(FILE.match(n) for n in names)]
