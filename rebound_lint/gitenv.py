"""The environment every git command runs in, git.py's and the replay's alike: their answers
must agree (the replay checks the index file the full run read). No imports beyond os: the
replay reads this before anything else."""
from __future__ import annotations

import os

DROPPED = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")  # pre-commit and hooks set these; we address repos by path


def environment() -> dict[str, str]:
    """No optional locks (never rewrite the user's index), C locale (parseable output), and git's
    own merges: where the rebound-lint merge driver is installed, the merges rebound-lint recomputes
    (`audit`, `plan`, the guard: git merge-tree) must be git's, not the driver's (driver.MODE_VAR)."""
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C", REBOUND_LINT_MERGE_DRIVER="git")
    for var in DROPPED:
        env.pop(var, None)
    return env
