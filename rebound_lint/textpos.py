"""Offsets to 1-based line and column, in text (columns in characters) or bytes (in bytes)."""
from __future__ import annotations

from bisect import bisect_right

INDEXED_FROM = 1 << 14  # characters: below this, counting is cheaper than an index

# The line starts of the last long text asked about: a checker asks for many offsets in one
# text (a statement, a key at a time), and counting each from the start made a 90,000-statement
# SQL file quadratic. One entry, compared by identity, so nothing stale is ever answered.
_indexed: tuple[str | bytes, list[int]] | None = None


def line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    global _indexed
    newline = "\n" if isinstance(text, str) else b"\n"
    offset = max(0, min(offset, len(text)))
    if len(text) < INDEXED_FROM:
        line = text.count(newline, 0, offset) + 1
        return line, offset - (text.rfind(newline, 0, offset) + 1) + 1
    if _indexed is None or _indexed[0] is not text:
        starts, find, position = [0], text.find, text.find(newline)
        while position != -1:
            starts.append(position + 1)
            position = find(newline, position + 1)
        _indexed = (text, starts)
    starts = _indexed[1]
    line = bisect_right(starts, offset)  # starts[line - 1] <= offset
    return line, offset - starts[line - 1] + 1


def past_blanks_and_comments(text: str, offset: int, line_comment: str) -> int:
    """The offset of the next token from `offset`, past white space, line comments (`--` in SQL, `//` in
    JavaScript) and block comments, in one pass."""
    length = len(text)
    while offset < length:
        if text[offset].isspace():
            offset += 1
        elif text.startswith(line_comment, offset):
            newline = text.find("\n", offset)
            offset = length if newline < 0 else newline + 1
        elif text.startswith("/*", offset):
            close = text.find("*/", offset + 2)
            offset = length if close < 0 else close + 2
        else:
            break
    return offset
