"""A stable JSON document: {"version", "tool", "summary", "findings": [...]}.

Each finding has path, line, col, end_line, code, severity, message and summary (the rule's
one-line description). New fields may be added; existing ones keep their meaning.
"""
from __future__ import annotations

from .envelope import SCHEMA_VERSION, document
from .safe import utf8

__all__ = ["SCHEMA_VERSION", "render"]


def render(findings, summary) -> str:
    return document(summary=summary, findings=[_safe(f.to_dict()) for f in findings])


def _safe(entry: dict) -> dict:
    """Paths and messages as valid UTF-8 (a file name's non-UTF-8 bytes as \\xNN)."""
    entry["path"], entry["message"] = utf8(entry["path"]), utf8(entry["message"])
    return entry
