"""TypeScript and TSX (.ts .tsx .mts .cts .d.ts): tree-sitter-typescript.

A file that parses gets the "both halves kept" rules JavaScript has (RL311-RL315: overload
signatures are not duplicate members) and RL322, the redeclarations TypeScript refuses, with
declaration merging understood (see walk.py).

tree-sitter-typescript is not authoritative: it rejects valid TypeScript (generic tagged templates
such as styled.div<{ a: boolean }>`...`, some members after a line without `;`, escapes that
String.raw templates allow). Its syntax error is RL321 only when oxc, an independent TypeScript
parser, rejects the file too; when oxc accepts it (or is missing) it is RL014, a note. A syntax
error tree-sitter is known to report falsely on valid code is not reported at all (SKIPPED_ERRORS).
When oxc accepts the file it is TypeScript, so the rules still look at tree-sitter's tree, its
error nodes left out (a doubled hunk elsewhere in a file with one styled generic template is still
a doubled hunk). See docs/parsers.md.
"""
from __future__ import annotations

import re
import sys

from ...findings import Finding
from .. import authority
from ..javascript import template_syntax

_PARSERS: dict = {}
ERROR_SYMBOL = 65535
_KINDS: dict = {}  # tsx -> node type by kind_id, for the walk

# tree-sitter-typescript 0.23 rejects these valid constructs: an error starting at one of them is
# the parser's, not the file's
SKIPPED_ERRORS = (
    (re.compile(rb"typeof\s+import\s*\("), "`typeof import(...)` in a type", False),
    (re.compile(rb"^&"), "`&` in JSX text", True),
)


def _parser(tsx: bool):
    if tsx not in _PARSERS:
        import tree_sitter_typescript
        from tree_sitter import Language, Parser

        grammar = tree_sitter_typescript.language_tsx() if tsx else tree_sitter_typescript.language_typescript()
        language = Language(grammar)
        kinds = [sys.intern(language.node_kind_for_id(kind_id)) for kind_id in range(language.node_kind_count)]
        # an ERROR node's kind_id is 65535 (tree-sitter's error symbol), past the grammar's kinds:
        # the walk of a tree with errors (a valid file tree-sitter rejects) reads it as "ERROR"
        _KINDS[tsx] = kinds + ["ERROR"] * (ERROR_SYMBOL + 1 - len(kinds))
        _PARSERS[tsx] = Parser(language)
    return _PARSERS[tsx]


# A declaration file (.d.ts, .d.mts, .d.cts, and TypeScript's .d.<ext>.ts): an ambient context.
DECLARATION_FILE = re.compile(r"\.d(\.[\w-]+)?\.[cm]?ts$")


def check(source, config):
    text = source.text  # UnicodeDecodeError is the runner's RL010
    data = source.data[3:] if source.data.startswith(b"\xef\xbb\xbf") else source.data
    path = source.path
    tsx = path.endswith(".tsx")
    tree = _parser(tsx).parse(data)
    root = tree.root_node
    if root.has_error:
        template = template_syntax(text)
        if template:
            source.note(f"templated TypeScript ({template.group()[:40]!r} on line {text.count(chr(10), 0, template.start()) + 1}):"
                        " conflict markers checked only")
            return []
        found, valid = _syntax_error(source, data, root)
        if not valid:
            return found
        return found + _walk(path, data, text, tsx, root)
    return _walk(path, data, text, tsx, root)


def _walk(path: str, data: bytes, text: str, tsx: bool, root) -> list[Finding]:
    from . import walk

    return walk.Walk(path, data, text, _KINDS[tsx], declarations=path.endswith((".d.ts", ".d.mts", ".d.cts"))).run(root)


def _syntax_error(source, data: bytes, root) -> tuple[list[Finding], bool]:
    """(the finding for tree-sitter's first error, whether oxc accepts the file: then it is valid
    TypeScript and the error is the parser's)."""
    node = _first_error(root)
    if node is None:
        return [], False
    line_start = data.rfind(b"\n", 0, node.start_byte) + 1
    line_end = data.find(b"\n", node.start_byte)
    line_text = data[line_start:line_end if line_end >= 0 else len(data)]
    for pattern, what, in_jsx in SKIPPED_ERRORS:
        if in_jsx:
            if not (pattern.search(data[node.start_byte:node.end_byte]) and _inside_jsx(node)):
                continue
        elif not pattern.search(line_text):
            continue
        source.note(f"tree-sitter-typescript does not parse {what} (line {node.start_point[0] + 1}): "
                    "syntax not checked")
        return [], False
    line = node.start_point[0] + 1
    col = len(data[line_start:node.start_byte].decode("utf-8", "replace")) + 1
    if node.is_missing:
        message = f"missing {node.type!r}"
    else:
        token = data[node.start_byte:node.end_byte].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        message = f"unexpected {token[:40]!r}" if token else "unexpected end of input"
    declaration = DECLARATION_FILE.search(source.path) is not None
    dialect = "tsx" if source.path.endswith(".tsx") else "ts"
    rejects, said = authority.oxc_rejects(source.text, dialect, declaration=declaration)
    if rejects and declaration and DECLARE_EXPORT.search(source.text):
        # TypeScript's parser reads modifiers in any order; its checker reports `declare export` (TS1029), which it
        # skips in declaration files under skipLibCheck (bokeh's version.d.ts): read in the order it wants
        reordered = DECLARE_EXPORT.sub(lambda m: "export" + m.group(1) + "declare", source.text)
        if authority.oxc_rejects(reordered, "ts", declaration=True)[0] is False:
            return [authority.unconfirmed(source.path, line, col, "tree-sitter-typescript", message, "oxc",
                                          "objects only to `declare export`, a modifier order TypeScript's checker "
                                          "reports (TS1029) and skips in declaration files under skipLibCheck")], True
    if rejects:
        expected = _without_expected_errors(source.text, line)
        if expected is not None and authority.oxc_rejects(expected, dialect, declaration=declaration)[0] is False:
            # oxc objects only to lines the file marks as TypeScript errors on purpose
            return [authority.unconfirmed(source.path, line, col, "tree-sitter-typescript", message, "oxc",
                                          "accepts the file apart from the lines it marks @ts-expect-error or "
                                          "@ts-ignore")], True
        return [Finding(source.path, line, col, "RL321", f"TypeScript syntax error: {message} (oxc: {said})")], False
    return [authority.unconfirmed(source.path, line, col, "tree-sitter-typescript", message, "oxc",
                                  said or "accepts the file")], rejects is False


DECLARE_EXPORT = re.compile(r"\bdeclare(\s+)export\b")  # Flow's order, in a declaration file: same length swapped

# TypeScript's directive comments: the next line holds an error on purpose (a type test's point)
TS_DIRECTIVE = re.compile(r"^[ \t]*(?://|/\*|\{/\*)[ \t]*@ts-(?:expect-error|ignore)\b[^\n]*\n([^\n]*)", re.M)


def _without_expected_errors(text: str, error_line: int) -> str | None:
    """text with each line that a `// @ts-expect-error` or `// @ts-ignore` marks blanked (positions
    kept), or None when there is none, or tree-sitter's error (error_line) is on one of them."""
    spans = [match.span(1) for match in TS_DIRECTIVE.finditer(text)]
    if not spans or any(text.count("\n", 0, start) + 1 == error_line for start, _ in spans):
        return None
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _inside_jsx(node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type == "jsx_element":
            return True
        parent = parent.parent
    return False


def _first_error(root):
    """The first ERROR or MISSING node in document order."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            return node
        if node.has_error:
            stack.extend(reversed(node.children))
    return None
