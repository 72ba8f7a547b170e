"""Migrations ordered by a version in their names (Rails, Flyway, golang-migrate, Prisma, Knex,
Sequelize, TypeORM, numbered SQL directories): one version used by two migrations (RL501); with
--base, a migration this change adds whose version the base already took (RL502) or that is
older than the base's newest (RL505: databases past it may never run it)."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ...findings import Finding
from .established import established, hint


class Unit(NamedTuple):
    """What a file name (or a Prisma directory name) says."""
    unit: str  # the migration it belongs to (an up and a down file share one)
    version: str  # as written
    key: tuple  # for comparing versions
    kind: str = ""  # versions of another kind never meet these (Flyway's undo migrations)


class Scheme:
    """How one framework names its migrations. Subclass for entries that are not files."""

    def __init__(self, framework: str, parse) -> None:
        self.framework = framework
        self.parse = parse  # name -> Unit or None

    def entries(self, view, directory: str) -> list[str]:
        return view.list_dir(directory)

    def entries_at(self, view, commit: str, directory: str) -> list[str]:
        return view.list_dir_at(commit, directory)

    def added(self, view, directory: str) -> list[str]:
        return view.added_in(directory)

    def location(self, directory: str, name: str) -> str:
        """The file a finding about the entry `name` sits at."""
        return f"{directory}/{name}"


class FolderScheme(Scheme):
    """Entries are directories that each hold one file of a fixed name (Prisma's `<version>_name/migration.sql`,
    diesel's `<version>_name/up.sql`), as git tracks them."""

    def __init__(self, framework: str, parse, file: str) -> None:
        super().__init__(framework, parse)
        self.file = file

    def entries(self, view, directory):
        prefix = directory + "/"
        return sorted({p[len(prefix):].split("/")[0] for p in view.tracked
                       if p.startswith(prefix) and p.endswith("/" + self.file) and p.count("/", len(prefix)) == 1})

    def entries_at(self, view, commit, directory):
        return sorted({p.split("/")[0] for p in view.list_tree_at(commit, directory) if p.count("/") == 1
                       and p.endswith("/" + self.file)})

    def added(self, view, directory):
        prefix = directory + "/"
        return sorted({c.path[len(prefix):].split("/")[0] for c in view.changes if c.status in "ARC"
                       and c.path.startswith(prefix) and c.path.endswith("/" + self.file)
                       and c.path.count("/", len(prefix)) == 1})

    def location(self, directory, name):
        return f"{directory}/{name}/{self.file}"


# One migration often ships as several files that share its version: up and down halves, and a
# variant per database (ory/popx: 20150100000001000000_networks.mysql.up.sql beside
# ..._networks.postgres.up.sql, ..._networks.cockroach.autocommit.up.sql; 123_a.down.sql beside
# 123_a.postgres.up.sql). Files whose names differ only by such dot-separated components are one
# migration; two pull requests that pick one number give two different names.
DIRECTIONS = frozenset({"up", "down"})
DIALECTS = frozenset({"mysql", "mariadb", "postgres", "postgresql", "pg", "pgsql", "sqlite", "sqlite3", "cockroach",
                      "cockroachdb", "crdb", "mssql", "sqlserver", "tsql", "oracle", "h2", "hsqldb", "derby", "db2",
                      "clickhouse", "tidb", "spanner", "snowflake", "redshift", "bigquery", "duckdb", "yugabytedb"})
MODIFIERS = frozenset({"autocommit"})  # popx: run outside a transaction
VARIANT_PARTS = DIRECTIONS | DIALECTS | MODIFIERS


def migration_of(name: str, extension: bool = True) -> str:
    """The migration a file name belongs to: the name without the dot-separated direction, dialect
    and modifier components before its extension ("0001_a.mysql.up.sql" and "0001_a.down.sql" ->
    "0001_a.sql"; "0001_a_up.sql" and "0001_a-down.sql" too; without the extension if `extension` is false). A word inside the name
    ("0001_create_mysql_users.sql") stays; so does the extension (a.js and a.ts would both run)."""
    parts = name.split(".")
    ext = [parts.pop()] if len(parts) > 1 else []
    while len(parts) > 1 and parts[-1].lower() in VARIANT_PARTS:
        parts.pop()
    glued = GLUED_DIRECTION.search(parts[-1])
    if glued is not None and glued.start() > 0:
        parts[-1] = parts[-1][:glued.start()]
    return ".".join(parts + (ext if extension else []))


# ... and the direction glued on with `_` or `-` (docker/awesome-compose's 0001_create-users_up.sql beside
# 0001_create-users_down.sql): the last word of the name, after the version's own separator.
GLUED_DIRECTION = re.compile(r"[_-](?:up|down)$", re.I)


def int_key(text: str) -> tuple:
    return (int(text),)


def dotted_key(text: str) -> tuple:
    """Flyway's versions: 1.2 == 1_2 == 01.2.0."""
    parts = [int(p) for p in text.replace("_", ".").split(".") if p != ""]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def suggestion(versions: list[str], version: str) -> str:
    """How to pick a free version, from the versions in use."""
    if version.isdigit() and all(v.isdigit() for v in versions):
        highest = max(int(v) for v in versions)
        if len(version) >= 10:  # a timestamp
            return f"give it a timestamp after {max(versions, key=int)}"
        return f"renumber to {str(highest + 1).zfill(len(version))} (next free)"
    return f"use a version above {max(versions, key=dotted_key)}"


def _up_first(name: str):
    """Findings about a migration of several files sit at its up file."""
    return ".down." in name, name


def check(view, found, display):
    """found.data: the Scheme."""
    scheme, directory = found.data, found.path
    units = {name: unit for name in scheme.entries(view, directory) if (unit := scheme.parse(name))}
    if not units:
        return
    name_of = scheme.framework
    covered, added = set(), set()
    if view.base is not None:
        added = {units[name].unit for name in scheme.added(view, directory) if name in units}
        on_tip = {name: unit for name in scheme.entries_at(view, view.tip, directory) if (unit := scheme.parse(name))}
        tip_units = {unit.unit for unit in on_tip.values()}
        if on_tip:
            newest = max(on_tip.values(), key=lambda u: (u.kind == "", u.key))
            reported = set()
            for name in sorted(scheme.added(view, directory), key=_up_first):
                unit = units.get(name)
                if unit is None or unit.unit in tip_units or unit.unit in reported:
                    continue
                reported.add(unit.unit)
                taken = sorted({u.unit for u in on_tip.values()
                                if (u.kind, u.key) == (unit.kind, unit.key) and u.unit != unit.unit})
                pool = [u.version for u in on_tip.values()] + [u.version for u in units.values()]
                if taken:
                    covered.add((unit.kind, unit.key))
                    yield Finding(display(scheme.location(directory, name)), 1, 1, "RL502",
                                  f"{name_of} migration version {unit.version} is already taken on {view.base_ref} "
                                  f"by {', '.join(taken)}; {suggestion(pool, unit.version)}")
                elif not unit.kind and not newest.kind and unit.key < newest.key:
                    yield Finding(display(scheme.location(directory, name)), 1, 1, "RL505",
                                  f"{name_of} migration version {unit.version} is older than {view.base_ref}'s "
                                  f"newest ({newest.version}): a database already migrated past it may never run it; "
                                  f"{suggestion(pool, unit.version)}")
    groups = defaultdict(dict)  # key -> unit id -> first entry name
    for name, unit in sorted(units.items(), key=lambda item: _up_first(item[0])):
        groups[unit.kind, unit.key].setdefault(unit.unit, name)
    versions = [u.version for u in units.values()]
    clashing = {key: sorted(by_unit.values()) for key, by_unit in sorted(groups.items())
                if len(by_unit) >= 2 and key not in covered and (view.base is None or added & set(by_unit))}
    settled = established(view, directory, clashing)  # without a base: ones the project has lived with
    tail = f"; {hint(directory)}" if view.base is None else ""
    for key, names in clashing.items():
        if key in settled:
            continue
        for name in names[1:]:
            others = ", ".join(n for n in names if n != name)
            yield Finding(display(scheme.location(directory, name)), 1, 1, "RL501",
                          f"{name_of} migration version {units[name].version} is also used by {others}; "
                          f"{suggestion(versions, units[name].version)}{tail}")
