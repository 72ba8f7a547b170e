"""Prisma: migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql (or <NN>_<name>/, as umami names
them), applied in the order of the directory names."""
from __future__ import annotations

import posixpath
import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "prisma"
ENTRY = re.compile(r"^(?P<version>\d+)_[^/]+$")  # a timestamp, or a number (umami: 01_init)
FILE = "migration.sql"


def parse(name: str) -> Unit | None:
    match = ENTRY.match(name)
    return Unit(name, match.group("version"), versioned.int_key(match.group("version"))) if match else None


SCHEME = versioned.FolderScheme("Prisma", parse, FILE)


LOCK = "migration_lock.toml"  # Prisma writes it at the root of its migrations folder, whatever its name


def detect(tree):
    """A migrations/ folder of <version>_name/migration.sql entries; or a folder of another name
    (prisma.config.ts `migrations.path`: formbricks' packages/database/migration/) that holds
    Prisma's migration_lock.toml beside such entries."""
    found = set()
    locked = {posixpath.dirname(path) for path in tree.paths if posixpath.basename(path) == LOCK}
    for path in tree.paths:
        if posixpath.basename(path) == FILE:
            entry = posixpath.dirname(path)
            directory = posixpath.dirname(entry)
            if ENTRY.match(posixpath.basename(entry)) and (posixpath.basename(directory) == "migrations"
                                                          or directory in locked):
                found.add(directory)
    return [(directory, f"Prisma: {directory}/ holds <timestamp or number>_name/migration.sql"
             + (f" and {LOCK}" if posixpath.basename(directory) != "migrations" else ""), SCHEME)
            for directory in sorted(found)]
