"""Which migration directories a project has, with no configuration: each framework module's
`detect(tree)` names the directories it recognises and why; the configured directories
([[tool.rebound-lint.migrations]], or the incident layout by default) come first and win.

Discovery reads the files git tracks (the index; HEAD's tree for a pre-push hook), never the
whole working tree: it is cheap, and a replayed run is keyed on the index already."""
from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass, field

from ...paths import VENDOR_DIRS, excluded_indices

# Directories below these never hold a project's own migrations: test apps, sample layouts,
# deliberately broken fixtures (Django's own tests/migrations/test_migrations_conflict/ ...); nor
# do vendor folders (paths.VENDOR_DIRS) unless include-vendored says so.
NOT_THE_PROJECT = frozenset({"tests", "test", "testing", "testdata", "test_data", "fixtures", "__tests__",
                             "site-packages", "node_modules", "vendor"})

LOOKED_FOR = ("alembic (alembic.ini script_location/version_locations, or env.py beside versions/), "
              "Django (<app>/migrations/NNNN_name.py), Rails (db/migrate/YYYYMMDDHHMMSS_name.rb), "
              "Flyway (V<version>__name.sql), golang-migrate (NNNN_name.up.sql/.down.sql), "
              "Prisma (migrations/<timestamp>_name/migration.sql, or such entries beside a migration_lock.toml), diesel (migrations/<version>_name/up.sql, "
              "or in a database's folder there: migrations/sqlite/), Knex/Sequelize/TypeORM (timestamped "
              "JS/TS files in a migrations directory), numbered SQL (NNN_name.sql in a migrations directory, or beside drizzle-kit's meta/_journal.json)")


@dataclass(frozen=True)
class Found:
    framework: str  # "alembic", "django", "rails", ...
    path: str  # the directory, relative to the config root, with '/'
    why: str  # what it was recognised by, as `rebound-lint migrations` prints it
    checker: object = field(compare=False, repr=False)  # the module whose check(view, found, display) runs
    data: object = field(default=None, compare=False, repr=False)  # the framework's own (a pattern, a label)


class Tree:
    """The project's tracked files, by directory."""

    def __init__(self, paths: list[str], read) -> None:
        self.paths = paths
        self.read = read  # rel path -> bytes or None
        dirs: dict[str, list[str]] = defaultdict(list)
        for path in paths:
            directory, name = posixpath.split(path)
            dirs[directory].append(name)
        self.dirs = dict(dirs)

    def files(self, directory: str) -> list[str]:
        return self.dirs.get(directory, [])

    def has(self, path: str) -> bool:
        return posixpath.basename(path) in self.dirs.get(posixpath.dirname(path), ())


def detectors():
    """The framework modules in the order they claim a directory."""
    from . import alembic, diesel, django, flyway, golang_migrate, js, prisma, rails, sql_dirs

    return (alembic, django, rails, flyway, golang_migrate, prisma, diesel, js, sql_dirs)


def detect(view, config) -> list[Found]:
    """Every migration directory of the project: the configured ones that exist, then what each
    framework recognises in the tracked files (a directory claimed once, first come first)."""
    from . import configured

    found = [Found(configured.NAME, path, why, configured, data) for path, why, data in configured.detect(view, config)]
    claimed = {item.path for item in found}
    skipped = NOT_THE_PROJECT if config.include_vendored else NOT_THE_PROJECT | VENDOR_DIRS
    paths = [p for p in view.tracked if not (set(p.split("/")[:-1]) & skipped)]
    if config.exclude:
        skipped = excluded_indices(paths, config.exclude)
        paths = [p for i, p in enumerate(paths) if i not in skipped]
    tree = Tree(paths, view.read)
    for module in detectors():
        for path, why, data in module.detect(tree):
            if path not in claimed:
                claimed.add(path)
                found.append(Found(module.NAME, path, why, module, data))
    return found
