"""The one JSON envelope of every JSON document the tool writes (check, audit, plan):
{"version", "tool", ...sections}. Fields keep their meaning across releases."""
from __future__ import annotations

import json

from .. import __version__

SCHEMA_VERSION = 1


def document(**sections) -> str:
    body = {"version": SCHEMA_VERSION, "tool": {"name": "rebound-lint", "version": __version__}, **sections}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
