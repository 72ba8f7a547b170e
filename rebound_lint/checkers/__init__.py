"""Per-file checkers by file kind. Each is `check(source, config) -> Iterable[Finding]`.

Imported on first use: a warm run served from the cache imports no parser front end at all."""
from __future__ import annotations

import importlib

MODULES = {"python": "python", "sql": "sql", "javascript": "javascript", "yaml": "yaml", "json": "json"}
BY_KIND: dict = {}  # kind -> check, filled on first use (tests may put their own here)


def checker_for(kind: str):
    if kind not in BY_KIND and kind in MODULES:
        BY_KIND[kind] = importlib.import_module(f"{__name__}.{MODULES[kind]}").check
    return BY_KIND.get(kind)
