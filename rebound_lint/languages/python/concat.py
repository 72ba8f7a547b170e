"""RL116: implicit string concatenation inside a list, tuple, set or call arguments.

Two string literals on separate lines with no comma between them are one string in Python. In a
list of comma-separated strings that is the classic merge bug: both sides appended an entry, the
first side's line had no trailing comma, and keeping both made one wrong entry, with no error
anywhere. Deliberate splits of a long string are left alone: a split in parentheses of its own,
a split whose pieces meet at a space (a sentence), pieces that do not look like the items beside
them (the siblings are single words or names and a piece is not one: a space, a hash's `$`; bytes among str; binary
pieces among text items; a piece much longer than any item; prose pieces in a tuple that holds a name and
prose, a record of fixed arity such as a linter plugin's (message, symbol, description)), a first piece on the line of another item (a continuation lined up
under it), a split with no sibling string items at all, and pieces that leave a bracket open that
a later piece closes (a regular expression split into its alternatives), a piece that opens a markup
element a later piece closes (an HTML snippet split over lines), a call's argument whose first piece
is another argument (`s.replace(old, old 'more')`: the old text continued), the pattern given to a
regular expression API (`re.sub(r'...' r'...', ...)`), a piece that ends with a
separator none of the items ends with (a URL or query string split after its `?` or an `&`, a word
at its hyphen), and one
that starts with a separator none of them starts with (an XPath split before its next `[predicate]`).
"""
from __future__ import annotations

import ast
import io
import re
import tokenize

from ... import workers
from ...findings import Finding

# a literal ending a line (a comment may follow) and a literal starting the next one: the only
# text that can hold the bug; files without it are never tokenized
CANDIDATE = re.compile(r"""['"][ \t]*(?:#[^\n]*)?\r?\n[ \t]*(?:#[^\n]*\n[ \t]*)*[rRbBuUfF]{0,2}['"]""")
STRING_START = {tokenize.STRING} | ({tokenize.FSTRING_START} if hasattr(tokenize, "FSTRING_START") else set())


def maybe(text: str) -> bool:
    return CANDIDATE.search(text) is not None


def check(path: str, text: str, tree: ast.AST | None) -> list[Finding]:
    if tree is None or not maybe(text):
        return []
    try:
        tokens = [tok for tok in tokenize.generate_tokens(io.StringIO(text).readline)
                  if tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT,
                                      tokenize.DEDENT)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []
    starts = [tok.start for tok in tokens]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Call):
            items = node.args
        else:
            continue
        if len(items) < 2:
            continue
        for index, item in enumerate(items):
            finding = _joined(path, node, items, index, item, tokens, starts)
            if finding:
                out.append(finding)
    return sorted(out)


def _a_record(sibling_values: list) -> bool:
    """Sibling strings of two shapes, a name (`must-be-model-form`) and prose: fields of a record, not like items."""
    known = [value.strip() for value in sibling_values if value is not None and value.strip()]
    return any(PROSE.search(value) for value in known) and any(not re.search(r"\s", value) for value in known)


def _is_string(node) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))) or isinstance(node, ast.JoinedStr)


def _pieces(item, tokens, starts) -> list[tokenize.TokenInfo]:
    """The string literals that make up `item`, in order."""
    import bisect

    at = bisect.bisect_left(starts, (item.lineno, item.col_offset))
    end = (item.end_lineno, item.end_col_offset)
    out = []
    while at < len(tokens) and tokens[at].start < end:
        if tokens[at].type in STRING_START:
            out.append(tokens[at])
        at += 1
    return out


def _joined(path, container, items, index, item, tokens, starts) -> Finding | None:
    if not _is_string(item) or item.end_lineno == item.lineno:
        return None
    siblings = [other for other in items if other is not item]
    strings = [other for other in siblings if _is_string(other)]
    if not strings or any(other.end_lineno != other.lineno for other in strings):
        return None  # no sibling string items, or siblings split too: a style, not a lost comma
    import bisect

    at = bisect.bisect_left(starts, (item.lineno, item.col_offset))
    before = tokens[at - 1] if at else None
    if before is not None and before.string == "(" and not _opens_container(container, index, before):
        return None  # a split in parentheses of its own: deliberate
    pieces = _pieces(item, tokens, starts)
    if before is not None and before.end[0] >= item.lineno:
        return None  # the first piece follows another item on its line: a continuation lined up under it
    if len(pieces) < 2 or len({piece.start[0] for piece in pieces}) != len(pieces):
        return None  # pieces sharing a line: written as one on purpose
    values = [_value(piece.string) for piece in pieces]
    if any(value is None for value in values):
        return None
    if any(value[-1:].isspace() or next_value[:1].isspace() for value, next_value in zip(values, values[1:])):
        return None  # pieces meet at a space: a sentence split across lines
    kinds = {isinstance(node.value, bytes) for node in [item, *strings] if isinstance(node, ast.Constant)}
    if len(kinds) > 1:
        return None  # bytes among str items (or the reverse): the pieces are not items like them
    sibling_values = [_value(_source_of(other, tokens, starts)) for other in strings]
    if all(_binary(value) for value in values) and not any(_binary(value) for value in sibling_values if value):
        return None  # binary pieces among text items (a gzip body among a message's lines): one value split up
    if all(value is not None and NAME.fullmatch(value) for value in sibling_values) and any(
            not NAME.fullmatch(value) for value in values):
        return None  # the items are words or names, a piece is not (a space, a hash's `$`): not an item
    if isinstance(container, ast.Tuple) and all(PROSE.search(value) for value in values) and _a_record(sibling_values):
        return None  # a record (message, symbol, description): a tuple of a name and prose, a prose field split
    if isinstance(container, ast.Call) and index == 0 and _regex_call(container):
        return None  # a regular expression API's pattern (`re.sub(r'a' r'b', ...)`): one pattern, never a list
    if isinstance(container, ast.Call) and values[0] in sibling_values:
        return None  # the other argument continued (`s.replace(old, old 'more')`): one new value, spelled so
    longest = max(len(value) for value in sibling_values if value is not None) if any(
        value is not None for value in sibling_values) else 0
    if any(len(value) > 2 * longest + 10 for value in values):
        return None  # a piece much longer than any item: a long text split up
    if _split_brackets(values):
        return None  # a piece leaves a bracket open that a later one closes: one value (a regex) split up
    if _split_element(values):
        return None  # a piece opens an element that a later one closes: one piece of markup split up
    if any(value[-1:] in SEPARATORS and not any(other is not None and other.endswith(value[-1])
                                                for other in sibling_values) for value in values[:-1]):
        return None  # a piece ends with a separator no item ends with ('...db?', 'a=1&'): one value continued
    if any(value[:1] in CONTINUING and not any(other is not None and other.startswith(value[0])
                                               for other in sibling_values) for value in values[1:]):
        return None  # a piece starts with a separator no item starts with ("[@class='x']/strong"): one value continued
    second = pieces[1]
    return Finding(path, second.start[0], second.start[1] + 1, "RL116",
                   f"implicit string concatenation: {pieces[0].string[:40]} and {second.string[:40]} on "
                   f"separate lines make one {'argument' if isinstance(container, ast.Call) else 'item'} of "
                   f"{len(items)}: a missing comma?", end_line=pieces[-1].end[0])


# A word or a name: what an item of a list of names looks like (`auth`, `django.contrib.admin`, `--dry-run`)
NAME = re.compile(r"[\w.-]*")
PROSE = re.compile(r"\S\s+\S")  # words with a space between: a sentence, not a name
# Separators inside a value (a URL's query, a list in a string, a compound word or a MIME type broken at
# its hyphen: 'application/vnd.openxmlformats-' 'officedocument...') that a whole item does not end with
SEPARATORS = frozenset("?&=,;|+/:-")
# ... and those a value's later part starts with (an XPath's next predicate, a path's next step, a regex's next group)
CONTINUING = SEPARATORS | frozenset(".[]()}")
BRACKETS = {"(": ")", "[": "]", "{": "}"}


def _depth_errors(text: str) -> tuple[int, bool]:
    """(brackets left open at the end, whether a closing bracket had none open), backslash escapes skipped."""
    stack, stray, i = [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch in BRACKETS:
            stack.append(BRACKETS[ch])
        elif ch in ")]}":
            if stack and stack[-1] == ch:
                stack.pop()
            else:
                stray = True
        i += 1
    return len(stack), stray


def _split_brackets(values: list[str]) -> bool:
    """Whether the pieces are one value split up: some piece alone leaves brackets unbalanced, and
    the pieces joined balance them all (`r"(?>\\d+"` then `r"|\\.\\d+)"`). Two items that lost the
    comma between them are whole each; their join balances only if each piece does."""
    if all(_depth_errors(value) == (0, False) for value in values):
        return False
    return _depth_errors("".join(values)) == (0, False)


OPEN_TAG = re.compile(r"<([A-Za-z][\w:.-]*)\b[^<>]*?(?<!/)>")
CLOSE_TAG = re.compile(r"</([A-Za-z][\w:.-]*)\s*>")


def _split_element(values: list[str]) -> bool:
    """Whether a piece opens a markup element, with content after its tag, that only a later piece
    closes (`"<script>window.x=1;"` then `"f();</script>"`): one value split up. Pieces that are whole
    elements, or bare tags, are items."""
    for at, value in enumerate(values[:-1]):
        open_names: list[str] = []
        for match in OPEN_TAG.finditer(value):
            open_names.append(match.group(1).lower())
        for match in CLOSE_TAG.finditer(value):
            if match.group(1).lower() in open_names:
                open_names.remove(match.group(1).lower())
        if not open_names or not OPEN_TAG.sub("", value).strip():
            continue
        later = "".join(values[at + 1:]).lower()
        if any(f"</{name}" in later for name in open_names):
            return True
    return False


REGEX_MODULES = frozenset({"re", "regex"})
REGEX_FUNCTIONS = frozenset({"compile", "sub", "subn", "match", "search", "fullmatch", "findall", "finditer", "split"})


def _regex_call(call: ast.Call) -> bool:
    """Whether call is re's or regex's function of a pattern (its first argument): re.sub(...), regex.compile(...)."""
    func = call.func
    return isinstance(func, ast.Attribute) and func.attr in REGEX_FUNCTIONS and isinstance(func.value, ast.Name) \
        and func.value.id in REGEX_MODULES


def _opens_container(container, index: int, paren) -> bool:
    """Whether the '(' right before the first item is the call's or the tuple's own."""
    if index != 0:
        return False
    if isinstance(container, ast.Call):
        return True
    if isinstance(container, ast.Tuple):
        return (container.lineno, container.col_offset) == paren.start
    return False


def _source_of(node, tokens, starts) -> str:
    pieces = _pieces(node, tokens, starts)
    return pieces[0].string if len(pieces) == 1 else ""


def _binary(value: str) -> bool:
    """Whether a value holds a control byte or character other than a line's whitespace: binary data."""
    return any(not ch.isprintable() and ch not in "\t\n\r" for ch in value)


def _value(literal: str) -> str | None:
    """A literal's text (None: an f-string or something that does not evaluate)."""
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError, RecursionError):
        return None
    except MemoryError as exc:
        workers.raise_unless_stack_overflow(exc)  # out of memory: the runner's RL013
        return None
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None
