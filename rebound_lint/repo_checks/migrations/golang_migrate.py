"""golang-migrate: NNNNNN_name.up.sql / NNNNNN_name.down.sql pairs (sequential or timestamp
versions). It refuses two migrations of one version."""
from __future__ import annotations

import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "golang-migrate"
FILE = re.compile(r"^(?P<version>\d+)_(?P<name>.+)\.(?:up|down)\.[a-z]+$")


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    if not match:
        return None
    version = match.group("version")
    return Unit(versioned.migration_of(name, extension=False), version, versioned.int_key(version))


SCHEME = versioned.Scheme("golang-migrate", parse)


def detect(tree):
    return [(directory, f"golang-migrate: {directory}/ holds NNNN_name.up.sql/.down.sql pairs", SCHEME)
            for directory, names in tree.dirs.items()
            if any(FILE.match(n) and ".up." in n for n in names)]
