"""A stable JSON document: {"version", "tool", "summary", "findings": [...]}.

Each finding has path, line, col, end_line, code, severity, message and summary (the rule's
one-line description). New fields may be added; existing ones keep their meaning.
"""
from __future__ import annotations

import json

from .. import __version__

SCHEMA_VERSION = 1


def render(findings, summary) -> str:
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "rebound-lint", "version": __version__},
        "summary": summary,
        "findings": [f.to_dict() for f in findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
