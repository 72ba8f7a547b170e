"""Diesel (Rust): migrations/<version>_<name>/up.sql (and down.sql), applied in the order of their
versions. The version is the directory's name up to its first `_`, its dashes dropped, as diesel
records it (`diesel migration generate` writes 2018-01-14-171611_create_users/, its setup
00000000000000_diesel_initial_setup/): two directories of one version are one row of
__diesel_schema_migrations, and diesel refuses the second. A project for several databases keeps a
folder per database (vaultwarden's migrations/mysql/, postgresql/, sqlite/), each its own sequence."""
from __future__ import annotations

import posixpath
import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "diesel"
ENTRY = re.compile(r"^(?P<version>\d[\d-]*\d|\d)_[^/]+$")
FILE = "up.sql"


def parse(name: str) -> Unit | None:
    match = ENTRY.match(name)
    if match is None:
        return None
    version = match.group("version").replace("-", "")
    return Unit(name, version, versioned.int_key(version))


SCHEME = versioned.FolderScheme("diesel", parse, FILE)


def detect(tree):
    """A migrations/ folder, or a folder in one (a database's: migrations/sqlite/), of
    <version>_name/up.sql entries."""
    found = set()
    for path in tree.paths:
        if posixpath.basename(path) == FILE:
            entry = posixpath.dirname(path)
            directory = posixpath.dirname(entry)
            if ENTRY.match(posixpath.basename(entry)) and "migrations" in (
                    posixpath.basename(directory), posixpath.basename(posixpath.dirname(directory))):
                found.add(directory)
    return [(directory, f"diesel: {directory}/ holds <version>_name/up.sql", SCHEME) for directory in sorted(found)]
