"""The one JSON envelope of every JSON document the tool writes (check, audit, plan):
{"version", "tool", ...sections}. Fields keep their meaning across releases."""
from __future__ import annotations

import json

from .. import __version__
from .safe import utf8

SCHEMA_VERSION = 1


def document(**sections) -> str:
    """The document as JSON text that is valid UTF-8 whatever it holds: a string from a file name
    that is not UTF-8 (decoded with surrogateescape) has those bytes as \\xNN."""
    body = {"version": SCHEMA_VERSION, "tool": {"name": "rebound-lint", "version": __version__}, **sections}
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # rare: only then walk the document
        text = json.dumps(_utf8(body), indent=2, ensure_ascii=False) + "\n"
    return text


def _utf8(value):
    if isinstance(value, str):
        return utf8(value)
    if isinstance(value, dict):
        return {_utf8(key): _utf8(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_utf8(item) for item in value]
    return value
