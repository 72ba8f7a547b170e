"""Configured migration directories ([[tool.rebound-lint.migrations]], or the defaults: the
incident repository's layout): a file-name pattern with a `prefix` group, and the alembic graph
of the directory's Python files."""
from __future__ import annotations

from . import alembic, prefix


def check(view, directory, display):
    """directory: a config.MigrationDir; display(rel_path) -> the path as printed."""
    names = view.list_dir(directory.path)
    if not names:
        return
    regex = directory.regex
    prefixes = {name: m.group("prefix") for name in names if (m := regex.search(name))}
    yield from prefix.unmatched(directory, names, prefixes, display)
    against_base = list(prefix.against_base(view, directory, prefixes, display)) if view.base is not None else []
    yield from against_base
    covered = {prefixes[f.path.rsplit("/", 1)[-1]] for f in against_base if f.code == "RL502"}
    yield from prefix.collisions(directory, prefixes, display, skip=covered)
    revisions = alembic.revisions_in(view.read, directory.path, [n for n in names if n.endswith(".py")])
    theirs = alembic.gained_on_base(view, directory.path, names) if view.base is not None else {}
    yield from alembic.graph_findings(revisions, directory.path, display, theirs, view.base_ref)
