"""Collisions a project has lived with (RL501 without a base): two migrations of one number are a
defect when a change brings them together, not when a folder has reused numbers on purpose for
a long time (files concatenated in sorted order, a runner that orders by whole name). With
--base the base says which collisions are this change's (versioned.py, prefix.py); without one,
git history does:

- a collision whose files were all added at least ESTABLISHED_DAYS before HEAD's commit, in a
  folder that has gained other files since (in later commits), is established: the project has
  kept working on top of it. (A replica of a bad merge committed long ago, its folder untouched
  since, stays reported: the incident fixture's collision must never age into silence.)
- a folder with MANY_COLLISIONS or more established collisions is a scheme, and so is one with
  that many collisions at all when history cannot tell (a shallow clone, where every file seems
  added by its one commit): every collision there is established. A fresh clash of several
  numbers (two long branches merged) is still reported in a full clone.

A reported collision says how to accept a folder's reuse (hint)."""
from __future__ import annotations

import os

from ... import git
from ...store import looks

ESTABLISHED_DAYS = 90
MANY_COLLISIONS = 3


def hint(directory: str) -> str:
    """How to tell the tool a folder reuses numbers on purpose."""
    return (f"if {directory}/ reuses numbers on purpose, add \"{directory}/*\" = [\"RL501\"] to "
            f"[tool.rebound-lint.per-file-ignores]")


def established(view, directory: str, groups: dict) -> set:
    """The keys of `groups` (key -> the entry names sharing one number in `directory`) that are
    established; only without a base (with one, the base decides)."""
    if not groups or view.base is not None or view.top is None:
        return set()
    history = _history(view, directory)
    if history is None:
        added, head = None, None
    else:
        added, head = history
    old = set()
    if added is not None and head is not None:
        for key, names in groups.items():
            if not all(name in added for name in names):
                continue  # a file no commit added: new in the working tree or the index
            formed = max(added[name] for name in names)
            grew = any(when > formed for name, when in added.items() if name not in names)
            if grew and head - formed >= ESTABLISHED_DAYS * 86400:
                old.add(key)
    if (len(groups) if added is None else len(old)) >= MANY_COLLISIONS:
        return set(groups)  # the folder's scheme: a number reused once more is one more of the same
    return old


def _history(view, directory: str) -> tuple[dict[str, int] | None, int | None] | None:
    """(entry name -> when the newest commit adding it was made, HEAD's commit time), or
    (None, None) in a shallow clone or without commits. A replay is kept honest by noting HEAD's
    reflog, which every commit, reset or checkout appends to (none: the run is not replayed)."""
    top = view.top
    reflog = git.run(top, "rev-parse", "--path-format=absolute", "--git-path", "logs/HEAD", check=False)
    path = reflog.stdout.decode("utf-8", "surrogateescape").strip()
    if reflog.returncode == 0 and path and os.path.isfile(path):
        looks.file(path)
    else:
        looks.spoil("migration collisions were judged by git history, and HEAD has no reflog to watch")
    head = git.run(top, "log", "-1", "--format=%ct", "HEAD", check=False)
    if head.returncode != 0 or not head.stdout.strip():
        return None, None
    if git.is_shallow(top):
        return None, None
    prefix = f"{view.prefix}{directory.strip('/')}/"
    out = git.run(top, "-c", "core.quotePath=false", "log", "--format=%x00%ct", "--name-only", "--diff-filter=AR",
                  "HEAD", "--", prefix, check=False)
    added: dict[str, int] = {}
    for record in out.stdout.decode("utf-8", "surrogateescape").split("\0")[1:]:
        lines = record.split("\n")
        try:
            when = int(lines[0])
        except ValueError:
            continue
        for line in lines[1:]:
            if line.startswith(prefix):
                added.setdefault(line[len(prefix):].split("/")[0], when)  # newest first: the latest addition
    return added, int(head.stdout.split()[0])
