"""Migration checks (RL5xx), with no configuration: detect.py finds each migration directory
and the framework that owns it; each framework's module checks its own (configured.py for the
directories [[tool.rebound-lint.migrations]] names, the incident layout by default; alembic.py,
django.py, rails.py, flyway.py, golang_migrate.py, prisma.py, js.py, sql_dirs.py). Shared:
prefix.py (numbered names), versioned.py (versions in names: duplicates, taken, out of order)."""
from __future__ import annotations

from .detect import LOOKED_FOR, Found, detect
from .prefix import next_free

__all__ = ["LOOKED_FOR", "Found", "check_repo", "detect", "next_free"]


def check_repo(view, config, display, found: list[Found] | None = None):
    """display(rel_path) -> the path as printed; found: detect()'s result, when already known."""
    for item in detect(view, config) if found is None else found:
        yield from item.checker.check(view, item, display)


def listing(root, output_format: str = "text") -> str:
    """`rebound-lint migrations`: what was detected, where and why (text or JSON)."""
    import json

    from ...config import load_config
    from ...repo import RepoView

    config = load_config(root)
    found = detect(RepoView(config.root), config)
    if output_format == "json":
        return json.dumps([{"framework": item.framework, "path": item.path, "why": item.why} for item in found],
                          indent=2) + "\n"
    if not found:
        return (f"no migration directory found in {config.root}; looked for {LOOKED_FOR}.\n"
                f"Name yours with [[tool.rebound-lint.migrations]] path and pattern.\n")
    width = max(len(item.framework) for item in found)
    return "".join(f"{item.framework:<{width}}  {item.path or '.'}/  ({item.why})\n" for item in found)
