"""Whether a merge, rebase or cherry-pick is in progress: asked by every check run (the guard,
audit.guard, runs only then), so nothing heavier than git.py is imported here."""
from __future__ import annotations

from pathlib import Path

from .. import git
from ..store import looks


def in_progress(top: Path) -> tuple[str, str, str | None] | None:
    """(operation, the commit being merged or applied, its parent when applied) or None."""
    git_dir = git.absolute_git_dir(top)
    for name, operation in (("MERGE_HEAD", "merge"), ("CHERRY_PICK_HEAD", "cherry-pick"), ("REBASE_HEAD", "rebase")):
        head = git_dir / name
        looks.file(head)
        if head.is_file():
            looks.spoil("a merge, rebase or cherry-pick is in progress")  # its verdicts read more than the index
            commit = head.read_text(encoding="ascii", errors="replace").split()[0]
            return operation, commit, None if operation == "merge" else f"{commit}^"
    return None
