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


JOURNAL = "meta/_journal.json"  # drizzle-kit's, in its `out` folder beside the NNNN_name.sql it writes


def detect(tree):
    """Directories whose path says they hold migrations, or that hold drizzle-kit's journal
    (meta/_journal.json: its `out` folder is drizzle/ by default), and whose SQL files are mostly
    numbered: a folder of scripts with a numbered one or two among them (examples, seeds, docs)
    is not one."""
    found = []
    for directory, names in tree.dirs.items():
        journal = tree.has(f"{directory}/{JOURNAL}" if directory else JOURNAL)
        if "migrat" not in directory.lower() and not journal:
            continue
        sql = [n for n in names if n.lower().endswith(".sql")]
        numbered = [n for n in sql if FILE.match(n)]
        if numbered and len(numbered) * 2 > len(sql):
            why = f" and drizzle-kit's {JOURNAL}" if journal and "migrat" not in directory.lower() else " files"
            found.append((directory, f"numbered SQL: {directory}/ holds NNN_name.sql{why}", SCHEME))
    return found
