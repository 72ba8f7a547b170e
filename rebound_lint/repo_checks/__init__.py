"""Whole-project checks, each `check_repo(view, config, display) -> Iterable[Finding]` over a
RepoView (repo.py): migrations (RL5xx) and feature flags (RL6xx). `run` runs every one that
applies and says, in a notice, what it could not check."""
from __future__ import annotations

from ..paths import display_path
from ..store import looks
from . import flags, migrations


def run(view, config, notices: list[str]) -> list:
    """Every repo-level finding (configuration ignores not yet applied)."""
    def display(rel: str) -> str:
        return display_path(view.root / rel)

    found = list(migrations.check_repo(view, config, display))
    if view.base is None:
        looks.is_file(view.root / config.flags.registry)
        if (view.root / config.flags.registry).is_file():
            notices.append("the new-flag rule (RL601) needs --base REF to know what this change adds")
    else:
        found.extend(flags.check_repo(view, config, display))
    return found
