"""Reporters turn findings into output; each is `render(findings, summary) -> str`."""
from __future__ import annotations

from . import github, json, sarif, text

FORMATS = {"text": text.render, "json": json.render, "github": github.render, "sarif": sarif.render}
