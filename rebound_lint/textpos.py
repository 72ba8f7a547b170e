"""Offsets to 1-based line and column, in text (columns in characters) or bytes (in bytes)."""
from __future__ import annotations


def line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    newline = "\n" if isinstance(text, str) else b"\n"
    offset = max(0, min(offset, len(text)))
    line = text.count(newline, 0, offset) + 1
    return line, offset - (text.rfind(newline, 0, offset) + 1) + 1
