"""`path:line:col: CODE message`, one finding a line, sorted by path and line."""
from __future__ import annotations


def render(findings, summary) -> str:
    lines = [f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}" for f in findings]
    return "\n".join(lines) + ("\n" if lines else "")
