"""TOML (`*.toml`, `Pipfile`, `poetry.lock`, `uv.lock`, `Cargo.lock`): tomllib (tomli before 3.11)
gives the verdict; when it rejects a file for a key or table defined twice, a statement scan finds
every such definition with both lines (tomllib stops at the first). Lockfiles that tomllib
accepts are checked for one `[[package]]` listed twice."""
from __future__ import annotations

import json
import re
import sys

from ...findings import Finding
from ...textpos import line_col
from ..test_inputs import quiet_on_deliberately_invalid

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
REDEFINITION = ("Cannot declare", "Cannot overwrite", "Cannot mutate", "Cannot redefine")
LOCKFILES = {"poetry.lock": "python", "uv.lock": "python", "Cargo.lock": "cargo"}


# A dotted key of thousands of parts costs tomllib (and the statement scan) time and memory
# quadratic in its parts; no real key has more than a handful. Dots are counted first (cheap).
MAX_KEY_PARTS = 256
KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
MANY_PARTS = re.compile(r"""(?<![A-Za-z0-9_\-"'.])""" + KEY_PART + r"(?:[ \t]*+\.[ \t]*+" + KEY_PART
                        + "){%d,}" % MAX_KEY_PARTS)
HUGE_INTEGER = re.compile(r"""(?<![\w."'])[+-]?\d(?:_?\d)*""")


@quiet_on_deliberately_invalid
def check(source, config):
    text = source.text
    if text.count(".") >= MAX_KEY_PARTS:
        deep = MANY_PARTS.search(text)
        if deep:
            parts = len(re.findall(KEY_PART, deep.group()))
            return [Finding(source.path, *line_col(text, deep.start()), "RL012",
                            f"a dotted key of {parts} parts: nesting too deep to parse")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        as_1_0 = _inline_tables_on_one_line(text)
        if as_1_0 is None:
            return _rejected(source, text, exc)
        try:  # TOML 1.1 (Cargo reads it): the same text with its inline tables as TOML 1.0 writes them
            data = tomllib.loads(as_1_0)
        except tomllib.TOMLDecodeError as again:
            return [_placed_in(text, as_1_0, finding) for finding in _rejected(source, as_1_0, again)]
        except ValueError:
            return [*_huge_integer(source.path, text), *redefinitions(source.path, as_1_0)]
        source.note("TOML 1.1: an inline table over several lines (tomllib reads TOML 1.0): checked with its "
                    "newlines, comments and trailing comma read as TOML 1.1 does")
    except ValueError:  # an integer longer than int() converts (sys.get_int_max_str_digits): not 64-bit
        return [*_huge_integer(source.path, text), *redefinitions(source.path, text)]
    name = source.path.replace("\\", "/").rsplit("/", 1)[-1]
    if name in LOCKFILES:
        return list(_duplicate_packages(source.path, text, data, LOCKFILES[name]))
    return []


def _placed_in(text: str, rewrite: str, finding: Finding) -> Finding:
    """A finding on rewrite (text, same length, some newlines made spaces) placed in text."""
    lines = rewrite.split("\n")
    offset = sum(len(line) + 1 for line in lines[:finding.line - 1]) + finding.col - 1
    line, col = line_col(text, min(offset, len(text)))
    return Finding(finding.path, line, col, finding.code, finding.message, finding.severity, finding.end_line)


def _inline_tables_on_one_line(text: str) -> str | None:
    """text with what TOML 1.1 allows in an inline table and 1.0 does not (a newline, a comment, a
    comma before the closing brace) made spaces, the same length; None when it has none."""
    out = list(text)
    stack: list[str] = []
    changed = False
    i, end = 0, len(text)
    last_comma = None
    while i < end:
        char = text[i]
        if char in "\"'":
            try:
                i = _skip_string(text, i)
            except _Stop:
                return None
            last_comma = None
            continue
        inline = bool(stack) and stack[-1] == "{"
        if char == "#":
            stop = text.find("\n", i)
            stop = end if stop < 0 else stop
            if inline:
                out[i:stop] = " " * (stop - i)
                changed = True
            i = stop
            continue
        if char in "[{":
            stack.append(char)
        elif char in "]}":
            if stack:
                if char == "}" and stack[-1] == "{" and last_comma is not None:
                    out[last_comma] = " "
                    changed = True
                stack.pop()
        elif char == "\n" and inline:
            out[i] = " "
            changed = True
        if char == ",":
            last_comma = i
        elif not char.isspace():
            last_comma = None
        i += 1
    return "".join(out) if changed else None


def _huge_integer(path: str, text: str) -> list[Finding]:
    limit = sys.get_int_max_str_digits() or 4300
    for match in HUGE_INTEGER.finditer(text):
        digits = len(match.group().lstrip("+-").replace("_", ""))
        if digits > limit:
            return [Finding(path, *line_col(text, match.start()), "RL421",
                            f"an integer of {digits} digits: TOML integers are 64-bit")]
    return [Finding(path, 1, 1, "RL421", f"an integer of more than {limit} digits: TOML integers are 64-bit")]


# Template syntax TOML never has ({{ is no key and no inline table): Go/Hugo, Jinja, ERB; looked for
# outside strings and comments in a file tomllib rejects (traefik's fixtures: `{{ range ... }}`)
TEMPLATE = re.compile(r"\{\{|\{%|<%")
STRING_OR_COMMENT = re.compile(r'''"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#[^\n]*''', re.S)


def _rejected(source, text: str, exc) -> list[Finding]:
    message = str(exc)
    template = TEMPLATE.search(STRING_OR_COMMENT.sub(lambda m: " " * len(m.group()), text))
    if template:
        source.note(f"templated TOML ({template.group()!r} on line {line_col(text, template.start())[0]}, outside any "
                    "string): conflict markers checked only")
        return []
    line, col = _position(message, text)
    bare = POSITION.sub("", message).replace("(at end of document)", "").strip()
    if bare.startswith(REDEFINITION):
        found = list(redefinitions(source.path, text))
        if found:
            return found
        source.note(f"tomllib: {message}; the statement scan did not place it")
    return [Finding(source.path, line, col, "RL421", bare)]


def _position(message: str, text: str) -> tuple[int, int]:
    match = POSITION.search(message)
    if match:
        return int(match.group(1)), int(match.group(2))
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1)), 1  # at end of document


# The statement scan: table headers and key/value lines, with values skipped as TOML lexes them.

PACKAGE_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*package[ \t]*\]\][ \t]*(?:#.*)?$", re.M)
BARE = re.compile(r"[A-Za-z0-9_-]+")
STRING_STARTS = ('"""', "'''", '"', "'")


class _Stop(Exception):
    """The scan cannot follow the text any further (tomllib has the verdict on it)."""


def _skip_string(text: str, i: int) -> int:
    """The offset just past the string starting at i."""
    for quote in STRING_STARTS:
        if text.startswith(quote, i):
            break
    if len(quote) == 3:
        end = text.find(quote, i + 3)
        if end < 0:
            raise _Stop
        if quote == '"""':
            while _escaped(text, end):
                end = text.find(quote, end + 1)
                if end < 0:
                    raise _Stop
        end += 3
        while text.startswith(quote[0], end) and end < len(text):  # up to two quotes may close the content
            end += 1
        return end
    j = i + 1
    while j < len(text):
        char = text[j]
        if char == "\n":
            raise _Stop
        if char == "\\" and quote == '"':
            j += 2
            continue
        if char == quote:
            return j + 1
        j += 1
    raise _Stop


def _escaped(text: str, end: int) -> bool:
    backslashes = 0
    while end - 1 - backslashes >= 0 and text[end - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _skip_comment(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _read_key(text: str, i: int, stop: str) -> tuple[str, int]:
    """The raw text of a (dotted) key from i up to the first `stop` character outside quotes."""
    start = i
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char in stop:
            return text[start:i].strip(), i
        if char in "\n#":
            raise _Stop
        i += 1
    raise _Stop


def _skip_value(text: str, i: int) -> int:
    """Past the value starting at i (to the end of its line, or of its last bracket)."""
    depth = 0
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "#":
            i = _skip_comment(text, i)
            continue
        elif char == "\n" and depth <= 0:
            return i
        i += 1
    return i


def statements(text: str):
    """(kind, raw key, line) for each statement: kind is "table", "array" or "key"; stops
    quietly where the text stops being TOML it can follow."""
    i, counted, line = 0, 0, 1
    try:
        while i < len(text):
            char = text[i]
            if char in " \t\r\n":
                i += 1
                continue
            if char == "#":
                i = _skip_comment(text, i)
                continue
            line += text.count("\n", counted, i)  # counted as the scan goes: one pass over the text
            counted = i
            if char == "[":
                array = text.startswith("[[", i)
                key, i = _read_key(text, i + (2 if array else 1), "]")
                if array and not text.startswith("]]", i):
                    raise _Stop
                i += 2 if array else 1
                yield ("array" if array else "table"), key, line
                continue
            key, i = _read_key(text, i, "=")
            i = _skip_value(text, i + 1)
            yield "key", key, line
    except _Stop:
        return


def _lines_of(text: str, offsets) -> list[int]:
    """1-based line numbers of increasing offsets, in one pass."""
    lines, counted, line = [], 0, 1
    for offset in offsets:
        line += text.count("\n", counted, offset)
        counted = offset
        lines.append(line)
    return lines


def _key_path(raw: str) -> tuple[str, ...] | None:
    """A dotted key's parts, decoded the way tomllib decodes them."""
    try:
        node = tomllib.loads(f"{raw} = 0")
    except tomllib.TOMLDecodeError:
        return None
    parts = []
    while isinstance(node, dict) and len(node) == 1:
        (part, node), = node.items()
        parts.append(part)
    return tuple(parts) if node == 0 else None


def _show(parts) -> str:
    return ".".join(part if BARE.fullmatch(part) else json.dumps(part) for part in parts)


def redefinitions(path: str, text: str):
    """Every key or table defined twice (RL422), with the line of its first definition."""
    nodes: dict[tuple, tuple[str, int]] = {}  # resolved path -> (kind, line); kinds: table, implicit, dotted, value, array
    counts: dict[tuple, int] = {}  # array of tables -> elements so far
    current: tuple = ()

    def resolve(parts) -> tuple:
        resolved: tuple = ()
        for part in parts:
            resolved += (part,)
            if nodes.get(resolved, ("",))[0] == "array":
                resolved += (counts[resolved] - 1,)
        return resolved

    def value_above(resolved) -> tuple[tuple, int] | None:
        for end in range(1, len(resolved)):
            kind, line = nodes.get(resolved[:end], ("", 0))
            if kind == "value":
                return resolved[:end], line
        return None

    def implicit(resolved) -> None:
        for end in range(1, len(resolved)):
            nodes.setdefault(resolved[:end], ("implicit", 0))

    for kind, raw, line in statements(text):
        parts = _key_path(raw)
        if not parts:
            continue
        if kind == "table":
            resolved = resolve(parts[:-1]) + (parts[-1],)
            above = value_above(resolved)
            existing = nodes.get(resolved)
            if above:
                yield Finding(path, line, 1, "RL422", f"table [{_show(parts)}] extends the value "
                              f"{_show(p for p in above[0] if isinstance(p, str))!s} defined on line {above[1]}")
            elif existing and existing[0] != "implicit":
                what = {"table": "", "dotted": " by a dotted key", "array": " as an array of tables",
                        "value": " as a value"}[existing[0]]
                yield Finding(path, line, 1, "RL422",
                              f"table [{_show(parts)}] defined twice (first{what} on line {existing[1]})")
            else:
                implicit(resolved)
                nodes[resolved] = ("table", line)
                current = resolved
                continue
            current = ("\0duplicate", line)  # its keys belong to the duplicate, not the first table
        elif kind == "array":
            resolved = resolve(parts[:-1]) + (parts[-1],)
            existing = nodes.get(resolved)
            if existing and existing[0] != "array":
                yield Finding(path, line, 1, "RL422", f"array of tables [[{_show(parts)}]] reuses the name of the "
                              f"{'value' if existing[0] == 'value' else 'table'} defined on line {existing[1]}")
                current = ("\0duplicate", line)
                continue
            implicit(resolved)
            nodes[resolved] = ("array", line)
            counts[resolved] = counts.get(resolved, 0) + 1
            current = resolved + (counts[resolved] - 1,)
        else:
            full = current + parts
            above = value_above(full)
            existing = nodes.get(full)
            header = next((full[:end] for end in range(len(current) + 1, len(full))
                           if nodes.get(full[:end], ("",))[0] in ("table", "array")), None)
            if header:
                yield Finding(path, line, 1, "RL422", f"dotted key {_show(parts)} adds to the table "
                              f"[{_show(p for p in header if isinstance(p, str))}] defined on line {nodes[header][1]}")
            elif above:
                yield Finding(path, line, 1, "RL422", f"key {_show(parts)} extends the value "
                              f"{_show(p for p in above[0][len(current):] if isinstance(p, str))} defined on line "
                              f"{above[1]}")
            elif existing and existing[0] != "implicit":
                yield Finding(path, line, 1, "RL422", f"key {_show(parts)} defined twice (first on line "
                              f"{existing[1]})" if existing[1] else f"key {_show(parts)} defined twice")
            else:
                for end in range(len(current) + 1, len(full)):
                    nodes.setdefault(full[:end], ("dotted", line))
                nodes[full] = ("value", line)


def _duplicate_packages(path: str, text: str, data: dict, ecosystem: str):
    packages = data.get("package")
    if not isinstance(packages, list):
        return
    lines = _lines_of(text, (m.start() for m in PACKAGE_HEADER.finditer(text)))
    if len(lines) != len(packages):  # a header the quick look cannot see (in a string, or spelled unusually)
        lines = [line for kind, raw, line in statements(text) if kind == "array" and _key_path(raw) == ("package",)]
    seen: dict[tuple, int] = {}
    for index, package in enumerate(packages):
        if not isinstance(package, dict) or not isinstance(package.get("name"), str):
            continue
        name = package["name"]
        if ecosystem == "python":
            name = re.sub(r"[-_.]+", "-", name).lower()
        identity = (name, str(package.get("version")), json.dumps(package.get("source"), sort_keys=True))
        line = lines[index] if index < len(lines) else 1
        if identity in seen:
            yield Finding(path, line, 1, "RL441", f"package {package['name']!r} {package.get('version')} listed "
                          f"twice (first on line {seen[identity]}): regenerate the lockfile")
        else:
            seen[identity] = line
