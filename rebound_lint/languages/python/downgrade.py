"""An `ast` tree, for the both-halves fingerprints, of a file whose grammar is newer than the
running interpreter (libcst parsed it; `ast` cannot).

The newer grammar is cut out of the text, every line kept where it was: type parameters
(`def f[T]`, `class C[T]`) are dropped, `type X = ...` becomes `X = ...`, and each f-string
(PEP 701 allows quotes and backslashes inside) becomes a tuple of a name made from its text and
the names its replacement fields read, so equal f-strings stay equal, none is a constant, and a
read inside one still counts (RL111 asks whether a definition was used). What is left parses with
this interpreter's `ast`, or the file gets no fingerprints, as before.
"""
from __future__ import annotations

import ast
import hashlib

from ... import workers


def ast_of(module) -> ast.Module | None:
    """`module`: a libcst Module. None when the cut text still does not parse here."""
    import libcst
    from libcst.metadata import MetadataWrapper, PositionProvider

    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions = wrapper.resolve(PositionProvider)
    edits = []  # (start, end, replacement); positions are (line, column), 1-based lines
    for node, where in positions.items():
        start, end = (where.start.line, where.start.column), (where.end.line, where.end.column)
        if isinstance(node, libcst.TypeParameters):
            if start[0] != end[0]:
                return None  # dropping a multi-line `[...]` would move the lines below
            edits.append((start, end, ""))
        elif isinstance(node, libcst.TypeAlias):
            name = positions[node.name].start
            edits.append((start, (name.line, name.column), ""))
        elif isinstance(node, libcst.FormattedString):
            text = module.code_for_node(node)
            reads = "".join(f", {name}" for name in _names_read(node))
            edits.append((start, end, f"(_fstring_{hashlib.sha1(text.encode()).hexdigest()[:12]}{reads}"
                                      + "\n" * (end[0] - start[0]) + ")"))
    try:
        return ast.parse(_apply(wrapper.module.code, edits))
    except (SyntaxError, ValueError, RecursionError):
        return None
    except MemoryError as exc:
        workers.raise_unless_stack_overflow(exc)  # out of memory: the runner's RL013
        return None


def _names_read(fstring) -> list[str]:
    """The names an f-string's replacement fields read when it is evaluated, in order, once each:
    not attribute names, keyword names, comprehension or walrus targets, nor lambda bodies (they
    run later), as `ast` would see them."""
    import libcst

    names: dict[str, None] = {}

    class Reads(libcst.CSTVisitor):
        def visit_Name(self, node) -> None:
            names[node.value] = None

        def visit_Attribute(self, node) -> bool:
            node.value.visit(self)
            return False

        def visit_Arg(self, node) -> bool:
            node.value.visit(self)
            return False

        def visit_CompFor(self, node) -> bool:
            node.iter.visit(self)
            for condition in node.ifs:
                condition.visit(self)
            if node.inner_for_in is not None:
                node.inner_for_in.visit(self)
            return False

        def visit_NamedExpr(self, node) -> bool:
            node.value.visit(self)
            return False

        def visit_Lambda(self, node) -> bool:
            for param in (*node.params.params, *node.params.kwonly_params, *node.params.posonly_params):
                if param.default is not None:
                    param.default.visit(self)
            return False

    fstring.visit(Reads())
    return list(names)


def _apply(code: str, edits: list) -> str:
    """The code with each edit made; an edit inside an earlier, wider one (an f-string in an
    f-string) is dropped with it."""
    lines = code.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(position) -> int:
        line, column = position
        return starts[line - 1] + column

    pieces, cursor = [], 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], (-edit[1][0], -edit[1][1]))):
        begin = offset(start)
        if begin < cursor:
            continue
        pieces += [code[cursor:begin], replacement]
        cursor = offset(end)
    return "".join(pieces + [code[cursor:]])
