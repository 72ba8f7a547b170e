"""Text from the checked tree (paths, messages quoting file content) made safe for a report:
valid UTF-8 whatever the file name's bytes, and no control character reaching a terminal or a
workflow log raw. Plain str methods only: the replay reports through this too."""
from __future__ import annotations



def utf8(text: str) -> str:
    """A name decoded with surrogateescape (bytes that are not UTF-8) with those bytes as \\xNN."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def visible(text: str) -> str:
    """utf8(), and control characters (ESC, BEL, CR, LF, C1...) and bidirectional formatting
    characters (U+202E and its kin: they reorder what a reader sees) as visible escapes."""
    if text.isascii() and text.isprintable():  # the common case: nothing to escape
        return text
    return utf8(text).translate(_escapes())


_ESCAPES: dict[int, str] = {}


def _escapes() -> dict[int, str]:
    """C0, DEL, C1, the line and paragraph separators and the bidirectional marks, embeddings,
    overrides and isolates, each as an escape (made on first use; no functools: a replay imports
    this)."""
    if not _ESCAPES:
        _ESCAPES.update(_escape_table())
    return _ESCAPES


def _escape_table() -> dict[int, str]:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    codes = [*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029, 0x061c, 0x200e, 0x200f, *range(0x202a, 0x202f),
             *range(0x2066, 0x206a)]
    return {code: named.get(chr(code), f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}") for code in codes}


MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~"


def markdown_text(text: str) -> str:
    """Text for Markdown (a table cell, a list item): every Markdown character escaped and every
    control character shown, so text from a tree or a PR title cannot inject links, images, HTML,
    table cells or terminal escapes."""
    return "".join(f"\\{char}" if char in MARKDOWN_SPECIAL else char for char in visible(text))


def markdown_code(text: str) -> str:
    """A path as inline code: backticks in it cannot close the span (the longest run plus one
    opens and closes it), and `|` cannot split the table."""
    text = visible(text).replace("|", "\\|")
    longest = max((len(chunk) for chunk in _backtick_runs(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _backtick_runs(text: str):
    run = ""
    for char in text:
        if char == "`":
            run += char
        elif run:
            yield run
            run = ""
    if run:
        yield run
