"""Reporters turn findings into output; each module has `render(findings, summary) -> str`.
Imported on use: a text run does not pay for SARIF's rule catalogue."""
from __future__ import annotations

import importlib

FORMATS = ("github", "json", "sarif", "text")


def render(output_format: str, findings, summary) -> str:
    return importlib.import_module(f"{__name__}.{output_format}").render(findings, summary)
