"""Configured migration directories ([[tool.rebound-lint.migrations]], or the defaults: the
incident repository's layout): a file-name pattern with a `prefix` group, and the alembic graph
of the directory's Python files."""
from __future__ import annotations

from . import alembic, prefix

NAME = "configured"
DEFAULT = "the default [[tool.rebound-lint.migrations]] entries"


def detect(view, config) -> list[tuple[str, str, object]]:
    """(path, why, the MigrationDir) of each configured directory that holds files."""
    from ...config import DEFAULT_MIGRATIONS

    default = config.migrations == DEFAULT_MIGRATIONS
    where = DEFAULT if default else \
        f"[[tool.rebound-lint.migrations]] in {config.source.name if config.source else 'the configuration'}"
    return [(directory.path, f"{where}: pattern {directory.pattern!r}", directory)
            for directory in config.migrations if view.list_dir(directory.path)]


def missing(view, config) -> list[str]:
    """Configured (not default) directories that hold no file."""
    from ...config import DEFAULT_MIGRATIONS

    if config.migrations == DEFAULT_MIGRATIONS:
        return []
    return [directory.path for directory in config.migrations if not view.list_dir(directory.path)]


def check(view, found, display):
    """found.data: a config.MigrationDir; display(rel_path) -> the path as printed."""
    directory = found.data
    names = view.list_dir(directory.path)
    if not names:
        return
    revisions = alembic.revisions_in(view.read, directory.path, [n for n in names if n.endswith(".py")])
    if not (revisions and found.why.startswith(DEFAULT) and alembic.numbered_width(revisions) is None):
        # (a default entry over hash-named alembic revisions: their names mean nothing, the graph all)
        regex = directory.regex
        prefixes = {name: m.group("prefix") for name in names if (m := regex.search(name))}
        yield from prefix.unmatched(directory, names, prefixes, display)
        against_base = list(prefix.against_base(view, directory, prefixes, display)) if view.base is not None else []
        yield from against_base
        covered = {prefixes[f.path.rsplit("/", 1)[-1]] for f in against_base if f.code == "RL502"}
        yield from prefix.collisions(directory, prefixes, display, skip=covered, view=view)
    theirs = alembic.gained_on_base(view, directory.path, names) if view.base is not None else {}
    yield from alembic.graph_findings(revisions, directory.path, display, theirs, view.base_ref)
