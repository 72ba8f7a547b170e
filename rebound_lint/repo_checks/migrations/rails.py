"""Rails: db/migrate/YYYYMMDDHHMMSS_name.rb (and db/<database>_migrate/ of a multi-database
app). Rails refuses two migrations of one version; one older than the schema's version runs
only if nobody has migrated past it yet."""
from __future__ import annotations

import posixpath
import re

from collections import defaultdict

from ...findings import Finding
from . import versioned
from .versioned import Unit

NAME = "rails"
FILE = re.compile(r"^(?P<version>\d+)_(?P<name>[a-z0-9_]+)\.rb$")


def parse(name: str) -> Unit | None:
    match = FILE.match(name)
    if not match:
        return None
    return Unit(versioned.migration_of(name), match.group("version"), versioned.int_key(match.group("version")))


SCHEME = versioned.Scheme("Rails", parse)
# A Rails engine's migrations (a .gemspec beside its db/): apps copy them with
# `railties:install:migrations`, which gives every copy a fresh version, so versions never meet
# in a database; a name used twice does (the copy skips the second).
ENGINE = versioned.Scheme("Rails engine", parse)


def detect(tree):
    found = []
    for directory, names in tree.dirs.items():
        base = posixpath.basename(directory)
        parent = posixpath.basename(posixpath.dirname(directory))
        if parent == "db" and (base == "migrate" or base.endswith("_migrate")) and any(map(FILE.match, names)):
            root = posixpath.dirname(posixpath.dirname(directory))
            if any(name.endswith(".gemspec") for name in tree.dirs.get(root, ())):
                found.append((directory, f"Rails engine: {directory}/ holds the migrations apps copy (with fresh "
                                         f"versions: only their names are checked)", ENGINE))
            else:
                found.append((directory, f"Rails: {directory}/ holds YYYYMMDDHHMMSS_name.rb migrations", SCHEME))
    return found


def check(view, found, display):
    """The versioned checks, and two migrations of one name (one class defined twice: Rails
    stops with DuplicateMigrationNameError); with --base, as the merge will have them."""
    if found.data is not ENGINE:
        yield from versioned.check(view, found, display)
    ours = view.list_dir(found.path)
    theirs = set()
    if view.base is not None:
        theirs = set(view.list_dir_at(view.tip, found.path)) - set(view.list_dir_at(view.base, found.path)) - set(ours)
    by_name = defaultdict(list)
    for file_name in (*ours, *theirs):
        if (match := FILE.match(file_name)):
            by_name[match.group("name")].append(file_name)
    added = set(view.added_in(found.path)) if view.base is not None else None
    label = lambda f: f"{f} (on {view.base_ref})" if f in theirs else f  # noqa: E731
    for name, files in sorted(by_name.items()):
        files.sort()
        if len(files) < 2 or (added is not None and not added & set(files)):
            continue
        mine = [f for f in files if f not in theirs]
        for file_name in [f for f in mine if added is None or f in added] if theirs & set(files) else \
                [f for f in files[1:] if added is None or f in added or files[0] in added]:
            others = ", ".join(label(f) for f in files if f != file_name)
            yield Finding(display(f"{found.path}/{file_name}"), 1, 1, "RL506",
                          f"Rails migration name {name} is also used by {others}: rename one (file and class)")
