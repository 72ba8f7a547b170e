"""Whole-project checks, each `check_repo(view, config, display) -> Iterable[Finding]` over a
RepoView (repo.py): migrations (RL5xx) and feature flags (RL6xx). `run` runs every one that
applies and says, in a notice, what it could not check."""
from __future__ import annotations

from ..paths import display_path
from ..store import looks
from . import flags, migrations


def run(view, config, notices: list[str], notes: list[str] | None = None, announce: bool = False,
        wanted=lambda code: True) -> list:
    """Every repo-level finding (configuration ignores not yet applied). announce: say so when a
    check had nothing to look at (a repo-level hook, `check --all-files`); wanted(code): whether
    the run reports that rule (--select/--ignore)."""
    def display(rel: str) -> str:
        return display_path(view.root / rel)

    found = []
    if wanted("RL5"):
        detected = migrations.detect(view, config)
        if notes is not None:
            notes.extend(f"migrations: {item.framework} in {item.path or '.'}/ ({item.why})" for item in detected)
        for path in migrations.configured.missing(view, config):
            notices.append(f"the configured migration directory {path}/ holds no file: nothing checked there")
        if not detected and announce:
            notices.append("no migration directory found, so RL5xx checked nothing (`rebound-lint migrations` says "
                           "where it looked; name one in [[tool.rebound-lint.migrations]])")
        found += migrations.check_repo(view, config, display, detected)
    if wanted("RL6"):
        registry = view.root / config.flags.registry
        looks.is_file(registry)
        if not registry.is_file():
            # the default registry is the incident repository's layout: found there, it is used; elsewhere
            # the flag rules have nothing to look at, which only a configured registry makes worth saying
            if config.flags.configured:
                notices.append(f"the configured flag registry {config.flags.registry} is not there, so the flag "
                               f"rules (RL601-RL603) checked nothing")
            elif announce:
                notices.append("no flag registry configured ([tool.rebound-lint.flags] registry): "
                               "the flag rules (RL601-RL603) checked nothing")
        elif view.base is None:
            if wanted("RL601"):
                notices.append("the new-flag rule (RL601) needs --base REF to know what this change adds")
        else:
            found.extend(flags.check_repo(view, config, display))
    return found
