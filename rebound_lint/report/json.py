"""A stable JSON document: {"version", "tool", "summary", "findings": [...]}.

Each finding has path, line, col, end_line, code, severity, message and summary (the rule's
one-line description). New fields may be added; existing ones keep their meaning.
"""
from __future__ import annotations

from .envelope import SCHEMA_VERSION, document

__all__ = ["SCHEMA_VERSION", "render"]


def render(findings, summary) -> str:
    return document(summary=summary, findings=[f.to_dict() for f in findings])
