"""Reporters turn findings into output; each module has `render(findings, summary) -> str`.
Imported on use: a text run does not pay for SARIF's rule catalogue."""
from __future__ import annotations

FORMATS = ("github", "json", "sarif", "text")


def render(output_format: str, findings, summary) -> str:
    module = __import__(f"{__name__}.{output_format}", fromlist=["render"])  # importlib: 1 ms of a replay
    return module.render(findings, summary)
