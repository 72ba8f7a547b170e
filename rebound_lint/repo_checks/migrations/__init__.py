"""Migration checks (RL5xx). Each framework has its module: configured.py for the directories
[[tool.rebound-lint.migrations]] names (the incident layout by default), alembic.py for the
revision graph; prefix.py holds the checks of numbered names that several share."""
from __future__ import annotations

from . import configured
from .prefix import next_free

__all__ = ["check_repo", "next_free"]


def check_repo(view, config, display):
    """display(rel_path) -> the path as printed."""
    for directory in config.migrations:
        yield from configured.check(view, directory, display)
