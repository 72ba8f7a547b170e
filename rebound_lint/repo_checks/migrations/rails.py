"""Rails: db/migrate/YYYYMMDDHHMMSS_name.rb (and db/<database>_migrate/ of a multi-database
app). Rails refuses two migrations of one version; one older than the schema's version runs
only if nobody has migrated past it yet."""
from __future__ import annotations

import posixpath
import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "rails"
FILE = re.compile(r"^(?P<version>\d+)_(?P<name>[a-z0-9_]+)\.rb$")


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    return Unit(name, match.group("version"), versioned.int_key(match.group("version"))) if match else None


SCHEME = versioned.Scheme("Rails", parse)


def detect(tree):
    found = []
    for directory, names in tree.dirs.items():
        base = posixpath.basename(directory)
        parent = posixpath.basename(posixpath.dirname(directory))
        if parent == "db" and (base == "migrate" or base.endswith("_migrate")) and any(map(FILE.match, names)):
            found.append((directory, f"Rails: {directory}/ holds YYYYMMDDHHMMSS_name.rb migrations", SCHEME))
    return found
