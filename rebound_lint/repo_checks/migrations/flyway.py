"""Flyway: V<version>__<description>.sql (versioned), U<version>__ (undo), R__ (repeatable).
Flyway refuses two versioned (or two undo) migrations of one version; by default it also
refuses to apply one older than the database's newest (outOfOrder=false)."""
from __future__ import annotations

import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "flyway"
FILE = re.compile(r"^(?P<kind>[VU])(?P<version>\d+(?:[._]\d+)*)__.+\.sql$")


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    if not match:
        return None  # R__ repeatable migrations have no version
    version = match.group("version")
    key = versioned.dotted_key(version)
    return Unit(versioned.migration_of(name), version, key, "" if match.group("kind") == "V" else "undo")


SCHEME = versioned.Scheme("Flyway", parse)


def detect(tree):
    return [(directory, f"Flyway: {directory}/ holds V<version>__name.sql migrations", SCHEME)
            for directory, names in tree.dirs.items() if any(n.startswith("V") and FILE.match(n) for n in names)]
