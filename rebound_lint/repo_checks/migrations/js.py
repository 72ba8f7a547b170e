"""Knex (20190101120000_name.js), Sequelize (20190101120000-name.js) and TypeORM
(1600000000000-Name.ts) migrations: timestamped JS/TS files in a migrations directory, run in
the order of their timestamps."""
from __future__ import annotations

import posixpath
import re

from . import versioned
from .versioned import Unit, check  # noqa: F401  (check: the framework's check)

NAME = "knex/sequelize/typeorm"
FILE = re.compile(r"^(?P<version>\d{12,17})(?P<sep>[-_])[\w.-]+?(?<!\.d)\.(?:js|ts|cjs|mjs|cts|mts)$")


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    if not match:
        return None
    version = match.group("version")
    return Unit(versioned.migration_of(name), version, versioned.int_key(version))


def _tool(names: list[str]) -> str:
    matches = [m for n in names if (m := FILE.match(n))]
    if all(len(m.group("version")) == 13 and m.group("sep") == "-" for m in matches):
        return "TypeORM"
    if all(m.group("sep") == "-" for m in matches):
        return "Sequelize"
    if all(m.group("sep") == "_" for m in matches):
        return "Knex"
    return "JS/TS"


def detect(tree):
    found = []
    for directory, names in tree.dirs.items():
        if "migration" not in posixpath.basename(directory).lower():
            continue
        if any(FILE.match(n) for n in names):
            tool = _tool(names)
            found.append((directory, f"{tool}: {directory}/ holds timestamped JS/TS migrations",
                          versioned.Scheme(tool, parse)))
    return found
