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


def index_file() -> str | None:
    """The GIT_INDEX_FILE every git command is given (None: the repository's own index)."""
    return _INDEX


OWN_MERGE = "git merge-file --marker-size=%L %A %O %B"  # git's own line merge, in place, as a driver


def environment() -> dict[str, str]:
    """No optional locks (never rewrite the user's index), C locale (parseable output), and git's
    own merges: where the rebound-lint merge driver is installed, the merges rebound-lint itself
    recomputes (`audit`, `plan`, the guard: git merge-tree) must be git's, not the resolver's, and
    must not start Python for every file both sides changed. So the driver's command is replaced by
    `git merge-file` for these git commands (a GIT_CONFIG_* entry; the user's own come first), and
    REBOUND_LINT_MERGE_DRIVER=git tells a driver started anyway to behave as git's merge."""
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C", REBOUND_LINT_MERGE_DRIVER="git")
    for var in DROPPED:
        env.pop(var, None)
    if _INDEX:
        env["GIT_INDEX_FILE"] = _INDEX
    try:
        count = int(env.get("GIT_CONFIG_COUNT") or 0)
    except ValueError:
        count = 0
    env[f"GIT_CONFIG_KEY_{count}"], env[f"GIT_CONFIG_VALUE_{count}"] = "merge.rebound-lint.driver", OWN_MERGE
    env["GIT_CONFIG_COUNT"] = str(count + 1)
    return env
