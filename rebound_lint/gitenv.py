"""The environment every git command runs in, git.py's and the replay's alike: their answers
must agree (the replay checks the index file the full run read). No imports beyond os: the
replay reads this before anything else."""
from __future__ import annotations

import os

DROPPED = ("GIT_DIR", "GIT_WORK_TREE")  # pre-commit and hooks set these; we address repos by path
# GIT_INDEX_FILE is kept: `git commit -a` (and `commit -- paths`) runs its hooks with the index it
# is about to commit in .git/index.lock, and `--staged` must read that one. Git gives it relative to
# the directory the hook runs in (the top level); our git calls run with -C elsewhere, so it is
# made absolute once, against the directory this process started in.
_INDEX = os.environ.get("GIT_INDEX_FILE")
_INDEX = os.path.abspath(_INDEX) if _INDEX else None


def environment() -> dict[str, str]:
    """No optional locks (never rewrite the user's index), C locale (parseable output)."""
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    for var in DROPPED:
        env.pop(var, None)
    if _INDEX:
        env["GIT_INDEX_FILE"] = _INDEX
    return env
