"""Where results are kept: one rule for the per-file cache and the replay memo (the replay finds
the memo before anything heavier than os is imported)."""
from __future__ import annotations

import os

REPLAY_FILE = "replay.marshal"  # the replay memo (marshal: the one format Python reads without importing anything)


def cache_dir(git_common_dir) -> str:  # git_common_dir: () -> str | None (no typing import: 2 ms of a replay)
    """REBOUND_LINT_CACHE_DIR; else under the repository's common git dir (shared by its
    worktrees; asked of git_common_dir() only then); else the user cache dir."""
    override = os.environ.get("REBOUND_LINT_CACHE_DIR")
    if override:
        return override
    common = git_common_dir()
    if common:
        return os.path.join(common, "rebound-lint")
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):  # the XDG spec: a relative path is invalid and ignored (it put the cache in the tree)
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "rebound-lint")
