"""Inline suppression comments, read from comments only (never from a string literal):

    x = compute()  # rebound-lint: ignore[RL114]      the reported line itself
    # rebound-lint: ignore[RL111,RL113]               alone on the line just above it
    -- rebound-lint: ignore                           every code
    # rebound-lint: skip-file                         in the first 10 lines: the whole file
    import os  # noqa: RL113                          Python, flake8's convention (a bare noqa does not count)

Comment syntax follows the file: `#` (Python, YAML, shell, TOML, INI, ...), `--` and `/* */`
(SQL), `//` and `/* */` (JavaScript, TypeScript, JSON with comments), `<!-- -->` (Markdown,
HTML, XML). decide.py applies what this module finds."""
from __future__ import annotations

import io
import os
import re

DIRECTIVE = re.compile(r"rebound-lint\s*:\s*(?P<verb>ignore|skip-file)\b(?:\s*\[(?P<codes>[^\]]*)\])?", re.I)
NOQA = re.compile(r"\bnoqa\s*:\s*(?P<codes>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)", re.I)
PREFILTER = re.compile(rb"rebound-lint\s*:|noqa\s*:[^\n]*RL\d", re.I)
SKIP_FILE_LINES = 10
ALL = "*"

MARKUP_SUFFIXES = {".md", ".markdown", ".html", ".htm", ".xml", ".svg", ".xhtml", ".vue", ".rst"}
C_SUFFIXES = {".c", ".h", ".cc", ".cpp", ".hpp", ".go", ".java", ".kt", ".rs", ".swift", ".cs", ".scss", ".less",
              ".css", ".jsonc", ".json5", ".php", ".dart", ".scala", ".groovy", ".gradle"}
STYLE_BY_KIND = {"python": "python", "sql": "sql", "javascript": "c", "typescript": "c", "json": "c", "yaml": "hash"}


class Directives:
    """What a file's comments ask: codes ignored per line (ALL for every code), a skip-file, and
    unknown codes named in them (line, code)."""

    __slots__ = ("by_line", "alone", "skip_file", "unknown")

    def __init__(self) -> None:
        self.by_line: dict[int, set[str]] = {}  # line -> codes (or ALL) its comment ignores
        self.alone: set[int] = set()  # lines that hold nothing but a directive comment
        self.skip_file = False
        self.unknown: list[tuple[int, str]] = []

    def ignores(self, line: int, code: str) -> bool:
        """A finding at `line` is suppressed by a directive on that line or alone on the one above."""
        return self.skip_file or _covers(self.by_line.get(line), code) or (
            line - 1 in self.alone and _covers(self.by_line.get(line - 1), code))


def _covers(codes: set[str] | None, code: str) -> bool:
    return bool(codes) and (ALL in codes or any(code.startswith(c) for c in codes))


def read(data: bytes, kind: str, path: str, known) -> Directives | None:
    """The directives in a file's comments; None when it has none (the common case, decided by
    one regex over the bytes). `known(code) -> bool` says whether a code or prefix exists."""
    lowered = data.lower()  # two substring searches: the case-blind pattern alone is 8x slower
    if (b"rebound-lint" not in lowered and b"noqa" not in lowered) or not PREFILTER.search(data):
        return None
    text = data.decode("utf-8", "replace")
    style = _style(kind, path)
    directives = Directives()
    for line, comment, alone in _comments(text, style):
        for match in DIRECTIVE.finditer(comment):
            if match.group("verb").lower() == "skip-file":
                directives.skip_file = directives.skip_file or line <= SKIP_FILE_LINES
                continue
            _add(directives, line, alone, match.group("codes"), known)
        if style == "python":
            for match in NOQA.finditer(comment):
                codes = [c for c in re.split(r"[\s,]+", match.group("codes")) if c.upper().startswith("RL")]
                if codes:
                    _add(directives, line, alone, ",".join(codes), known)
    if style == "markup" and directives.alone and os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES:
        _cover_fences(directives, text)
    return directives if directives.by_line or directives.skip_file or directives.unknown else None


MARKDOWN_SUFFIXES = {".md", ".markdown"}
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def fences(text: str) -> list[tuple[int, int]]:
    """(opening line, closing line) of each fenced code block of a Markdown text (CommonMark: three or
    more backticks or tildes, closed by a run of the same character at least as long; an unclosed
    fence runs to the end)."""
    found, opened, run = [], None, ""
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        match = FENCE.match(line)
        if match is None:
            continue
        if opened is None:
            if match.group(1)[0] == "`" and "`" in line[match.end():]:
                continue  # an info string with a backtick: inline code, not a fence
            opened, run = number, match.group(1)
        elif match.group(1)[0] == run[0] and len(match.group(1)) >= len(run) and not line[match.end():].strip():
            found.append((opened, number))
            opened = None
    if opened is not None:
        found.append((opened, len(lines)))
    return found


def _cover_fences(directives: Directives, text: str) -> None:
    """Markdown: a directive alone on the line just above a fenced code block covers the whole block
    (a documentation example of a conflict block is marked outside the code it shows)."""
    for opened, closed in fences(text):
        codes = directives.by_line.get(opened - 1) if opened - 1 in directives.alone else None
        if codes:
            for line in range(opened, closed + 1):
                directives.by_line.setdefault(line, set()).update(codes)


def _add(directives: Directives, line: int, alone: bool, listed: str | None, known) -> None:
    codes = directives.by_line.setdefault(line, set())
    if alone:
        directives.alone.add(line)
    if listed is None or not listed.strip():
        codes.add(ALL)
        return
    for code in (c.strip().upper() for c in listed.split(",")):
        if not code:
            continue
        if known(code):
            codes.add(code)
        else:
            directives.unknown.append((line, code))


def _style(kind: str, path: str) -> str:
    if kind in STYLE_BY_KIND:
        return STYLE_BY_KIND[kind]
    suffix = os.path.splitext(path)[1].lower()
    if suffix in MARKUP_SUFFIXES:
        return "markup"
    if suffix in C_SUFFIXES:
        return "c"
    return "hash"


def _comments(text: str, style: str):
    """(line, comment text, whether the line holds nothing but comments) for every comment."""
    if style == "python":
        found = _python_comments(text)
        if found is not None:
            return found
        style = "hash"  # a file tokenize cannot read: the plain scanner still skips strings
    return _scan(text, style)


def _python_comments(text: str):
    import tokenize

    found = []
    code_lines: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                found.append((token.start[0], token.string))
            elif token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                                    tokenize.ENDMARKER, tokenize.ENCODING):
                code_lines.update(range(token.start[0], token.end[0] + 1))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    return [(line, comment, line not in code_lines) for line, comment in found]


# Per style: line comment openers, block comment (open, close), string quotes.
STYLES = {
    "hash": (("#",), None, ("'", '"')),
    "sql": (("--",), ("/*", "*/"), ("'", '"')),
    "c": (("//",), ("/*", "*/"), ("'", '"', "`")),
    "markup": ((), ("<!--", "-->"), ()),
}
DOLLAR_QUOTE = re.compile(r"\$[A-Za-z_]*\$")


def _scan(text: str, style: str):
    """Comments found by a small scanner that skips strings (and SQL dollar quotes)."""
    line_openers, block, quotes = STYLES[style]
    found = []
    code_lines: set[int] = set()
    i, line, n = 0, 1, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
            continue
        if ch in " \t\r":
            i += 1
            continue
        opener = next((o for o in line_openers if text.startswith(o, i)), None)
        if opener and (style != "hash" or i == 0 or text[i - 1] in " \t\n"):
            end = text.find("\n", i)
            end = n if end < 0 else end
            found.append((line, text[i:end]))
            i = end
            continue
        if block and text.startswith(block[0], i):
            end = text.find(block[1], i + len(block[0]))
            end = n if end < 0 else end + len(block[1])
            comment = text[i:end]
            for offset, part in enumerate(comment.split("\n")):
                found.append((line + offset, part))
            line += comment.count("\n")
            i = end
            continue
        code_lines.add(line)
        if ch in quotes:
            i, line = _skip_string(text, i, ch, line)
            continue
        if style == "sql" and ch == "$":
            match = DOLLAR_QUOTE.match(text, i)
            if match:
                end = text.find(match.group(), match.end())
                end = n if end < 0 else end + len(match.group())
                line += text.count("\n", i, end)
                code_lines.update(range(line - text.count("\n", i, end), line + 1))
                i = end
                continue
        i += 1
    return [(line_no, comment, line_no not in code_lines) for line_no, comment in found]


def _skip_string(text: str, start: int, quote: str, line: int) -> tuple[int, int]:
    """Past the string that opens at `start`; a single-line string ends at the line's end."""
    i, n = start + 1, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and quote != "'" or ch == "\\" and quote == "'" and i + 1 < n and text[i + 1] == "'":
            i += 2
            continue
        if ch == quote:
            return i + 1, line
        if ch == "\n":
            if quote != "`":
                return i, line  # unterminated on its line (YAML prose, a stray apostrophe): stop here
            line += 1
        i += 1
    return n, line
