"""Conflict markers in any text file, independent of the language parsers.

`<<<<<<<` and `>>>>>>>` are markers anywhere; `=======` and `|||||||` only count inside a
block, so a setext heading underlined with `=======` is never a finding. Each block is
reported once, at its opening line, with its line range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..findings import Finding

DEFAULT_SIZE = 7


def size_from_attribute(value: str) -> int:
    """The marker size git uses for a `conflict-marker-size` value as `git check-attr` prints it:
    `atoi()` of the value (leading blanks, a sign, digits, anything after ignored; strtol clamps an
    overflow and the result is narrowed to a C int), and the default 7 for anything not positive,
    `set`, `unset` or `unspecified` (git's ll_merge_marker_size)."""
    match = re.match(r"[ \t\n\v\f\r]*([+-]?)(\d+)", value)
    if not match:
        return DEFAULT_SIZE
    digits = match.group(2).lstrip("0") or "0"
    number = int(digits) if len(digits) <= 19 else 1 << 63
    number = min(number, (1 << 63) - 1)  # strtol's LONG_MAX
    if match.group(1) == "-":
        number = -number
    number = (number + (1 << 31)) % (1 << 32) - (1 << 31)  # (int) of a long
    return number if number > 0 else DEFAULT_SIZE


@dataclass(frozen=True)
class Block:
    start: int  # 1-based line of the opener (or of the orphan marker)
    end: int  # 1-based line of the closer; for an unclosed block, the last line
    code: str
    message: str


@lru_cache(maxsize=8)
def _patterns(size: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    tail = rb"(?:[ \t\r][^\n]*)?$"
    prescan = re.compile(rb"(?:^|(?<=\r))(?:<{%d}|>{%d})(?:[ \t\r\n]|$)" % (size, size), re.M)
    opener = re.compile(rb"^<{%d}(?!<)%s" % (size, tail))
    closer = re.compile(rb"^>{%d}(?!>)%s" % (size, tail))
    return prescan, opener, closer


@lru_cache(maxsize=8)
def _line_patterns(size: int) -> tuple[tuple[str, re.Pattern], ...]:
    tail = r"(?:[ \t\r].*)?"
    return (("open", re.compile(r"<{%d}(?!<)%s" % (size, tail))), ("close", re.compile(r">{%d}(?!>)%s" % (size, tail))),
            ("base", re.compile(r"\|{%d}(?!\|)%s" % (size, tail))), ("separator", re.compile(r"={%d}\r?" % size)))


def line_marker(line: str, size: int = DEFAULT_SIZE) -> str | None:
    """"open", "base", "separator" or "close" when a line (without its newline) is a conflict
    marker of `size`, else None: the one marker grammar, for text (resolution, audit) as
    `find_blocks` and `ours_only` apply it to bytes. Only a block gives base and separator lines
    their meaning; that is the caller's to track."""
    if not line or line[0] not in "<>|=":
        return None
    for kind, pattern in _line_patterns(size):
        if pattern.fullmatch(line):
            return kind
    return None


def may_have_markers(data, size: int = DEFAULT_SIZE) -> bool:
    """Whether an opening or closing marker may be in data (bytes or an mmap); False means no
    finding. A plain substring search first: the line-anchored pattern alone scans the text
    about 40 times slower."""
    if data.find(b"<" * size) < 0 and data.find(b">" * size) < 0:
        return False
    return _patterns(size)[0].search(data) is not None


def _cr_only(data: bytes) -> bool:
    """Lines that end in CR alone (classic Mac OS): no LF at all, but a CR."""
    return b"\n" not in data and b"\r" in data


def find_blocks(data: bytes, size: int = DEFAULT_SIZE) -> list[Block]:
    """Conflict blocks and stray markers in raw bytes; cheap when there are none."""
    if not may_have_markers(data, size):
        return []
    _, opener, closer = _patterns(size)
    if _cr_only(data):
        data = data.replace(b"\r", b"\n")
    blocks: list[Block] = []
    open_lines: list[tuple[int, bytes]] = []
    line_no = 0
    for line_no, line in enumerate(data.split(b"\n"), start=1):
        if not line or line[0] not in (0x3C, 0x3E):  # '<' or '>'
            continue
        if opener.match(line):
            open_lines.append((line_no, line))
        elif closer.match(line):
            if not open_lines:
                blocks.append(Block(line_no, line_no, "RL002",
                                    f"stray conflict marker {_label(line)} with no opening {'<' * size}"))
                continue
            start, head = open_lines.pop()
            if not open_lines:  # report the outermost block only
                blocks.append(Block(start, line_no, "RL001",
                                    f"conflict block left in file (lines {start}-{line_no}: "
                                    f"{_label(head)} ... {_label(line)})"))
    for start, head in open_lines[:1]:
        blocks.append(Block(start, line_no, "RL003",
                            f"conflict block opened by {_label(head)} is never closed"))
    return blocks


def ours_only(data: bytes, size: int = DEFAULT_SIZE) -> bytes:
    """The text as the 'ours' side of every block, other lines blanked (line numbers kept),
    so a parser can still report errors outside the conflict blocks. Blocks of the default size
    are blanked too (check_bytes finds both)."""
    if size != DEFAULT_SIZE:
        return _ours_only(_ours_only(data, size), DEFAULT_SIZE)
    return _ours_only(data, size)


def _ours_only(data: bytes, size: int) -> bytes:
    if _cr_only(data):
        return _ours_only(data.replace(b"\r", b"\n"), size).replace(b"\n", b"\r")
    _, opener, closer = _patterns(size)
    base = re.compile(rb"^\|{%d}(?!\|)(?:[ \t\r][^\n]*)?$" % size)
    separator = re.compile(rb"^={%d}\r?$" % size)
    out, depth, keeping = [], 0, True
    for line in data.split(b"\n"):
        if opener.match(line):
            depth += 1
            keeping = keeping if depth > 1 else True
            out.append(b"")
        elif closer.match(line) and depth:
            depth -= 1
            keeping = True if depth == 0 else keeping
            out.append(b"")
        elif closer.match(line):
            out.append(b"")
        elif depth == 1 and (base.match(line) or separator.match(line)):
            keeping = False
            out.append(b"")
        else:
            out.append(line if keeping else b"")
    return b"\n".join(out)


def _label(line: bytes) -> str:
    text = line.rstrip(b"\r").decode("utf-8", "replace")
    return f'"{text[:60]}"'


def check_bytes(path: str, data: bytes, size: int = DEFAULT_SIZE) -> tuple[list[Finding], list[tuple[int, int]]]:
    """Findings plus the line ranges they cover (to keep parser errors off those lines). With a
    size other than git's default (from `conflict-marker-size`), markers of the default size are
    found too: an attribute must not hide the markers a merge without it writes."""
    blocks = find_blocks(data, size)
    if size != DEFAULT_SIZE:
        blocks = sorted({(b.start, b.code): b for b in blocks + find_blocks(data, DEFAULT_SIZE)}.values(),
                        key=lambda b: (b.start, b.end))
    findings = [Finding(path, b.start, 1, b.code, b.message, end_line=b.end) for b in blocks]
    if blocks and path.lower().endswith((".md", ".markdown")):
        findings = _fenced_hint(findings, data)
    return findings, [(b.start, b.end) for b in blocks]


FENCE_HINT = ("; inside a fenced code block: if it is an example, not a conflict, put "
              "<!-- rebound-lint: ignore[RL001] --> on the line above the fence")


def _fenced_hint(findings: list[Finding], data: bytes) -> list[Finding]:
    """A Markdown conflict block inside a fenced code block is still RL001 (a real conflict in a code
    sample looks the same as an example of one); its message says how to mark an intended example."""
    from ..suppression import fences

    spans = fences(data.decode("utf-8", "replace"))
    return [Finding(f.path, f.line, f.col, f.code, f.message + FENCE_HINT, f.severity, f.end_line)
            if f.code == "RL001" and any(opened < f.line and f.end_line <= closed for opened, closed in spans) else f
            for f in findings]
