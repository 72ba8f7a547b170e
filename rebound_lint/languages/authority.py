"""Which parser may call a file broken (docs/parsers.md says it per language).

An `error` needs certainty. A parser that is authoritative for the file's exact language and
version (CPython's compile() for Python 3, the stdlib json for JSON) decides alone. A parser known
to have gaps (a tree-sitter grammar, esprima, ruamel.yaml) is confirmed by a second, independent
parser before its syntax error is an error; when the second parser accepts the file, or cannot
give an opinion, the finding is RL014, a note (severity info) that never fails a run and says
whose limit it may be.
"""
from __future__ import annotations

from ..findings import Finding

NOTE = "RL014"
OXC_MAX_DEPTH = 20_000  # oxc follows 100,000 nested brackets on the parser thread's 256 MiB stack


def unconfirmed(path: str, line: int, col: int, parser: str, message: str, second: str, why: str = "") -> Finding:
    """RL014: `parser` rejects the file at (line, col) with `message`; `second` does not confirm it
    (`why`: what the second opinion said, e.g. "accepts the file", "is not installed")."""
    reason = why or "accepts the file"
    return Finding(path, line, col, NOTE,
                   f"could not parse: {parser} rejects this ({message}), which may be a limit of the parser: "
                   f"not confirmed ({second} {reason})")


# What oxc, which has no declaration-file mode, rejects in a .d.ts that an ambient context allows.
AMBIENT_ALLOWED = frozenset({"Missing initializer in const declaration"})


def oxc_rejects(text: str, source_type: str, declaration: bool = False) -> tuple[bool | None, str]:
    """oxc's verdict on text (source_type "ts", "tsx", "jsx", "module" or "script"; declaration: a
    .d.ts file, where consts need no initializer): (True, its first message) when it rejects the
    text, (False, "") when it parses it, (None, why) when it cannot say (not installed here, or it
    panicked without a message)."""
    try:
        import oxc_python
    except Exception:  # not installed, or a binary that does not load here
        return None, "is not installed"
    if _bracket_depth(text) > OXC_MAX_DEPTH:
        return None, "cannot follow nesting this deep"
    from ..workers import in_big_stack  # oxc recurses natively: a big stack, as libcst gets

    try:
        result = in_big_stack(oxc_python.parse, text, source_type=source_type)
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # the binding's own failure is no verdict on the file
        return None, f"failed ({type(exc).__name__})"
    errors = [error for error in result.errors if getattr(error, "severity", "error") == "error"
              and not (declaration and str(getattr(error, "message", "")) in AMBIENT_ALLOWED)]
    if errors:
        return True, str(getattr(errors[0], "message", errors[0]))
    if result.panicked:
        return None, "gave up without a message"
    return False, ""


def _bracket_depth(text: str) -> int:
    """Upper bound of bracket nesting (strings not excluded: cheap and conservative)."""
    if len(text) < OXC_MAX_DEPTH:
        return 0
    depth = deepest = 0
    for char in text:
        if char in "([{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif char in ")]}" and depth:
            depth -= 1
    return deepest


def oxc_nameless_class(text: str, source_type: str, line: int) -> bool:
    """Whether oxc's tree of text holds, starting on `line`, a class declaration with no name that is not the
    default export: the
    grammar allows a nameless ClassDeclaration only as `export default class`, but oxc's parser builds one and
    leaves the name to its semantic pass, which the binding does not run (`class extends C {}` as a statement:
    esprima's "Unexpected token extends"). False wherever oxc cannot say."""
    try:
        import oxc_python
    except Exception:  # not installed, or a binary that does not load here
        return False
    if _bracket_depth(text) > OXC_MAX_DEPTH:
        return False
    from ..workers import in_big_stack

    def nameless() -> bool:
        result = oxc_python.parse(text, source_type=source_type)
        defaults, classes = set(), []
        for node, _depth in oxc_python.walk(result.program):
            kind = type(node).__name__
            if kind == "ExportDefaultDeclaration":
                declaration = getattr(node, "declaration", None)
                span = getattr(declaration, "span", None)
                if span is not None:
                    defaults.add((span.start, span.end))
            elif kind == "ClassDeclaration" and getattr(node, "name", "") is None:
                classes.append((node.span.start, node.span.end))
        data = text.encode("utf-8", "surrogatepass")  # oxc's spans count UTF-8 bytes
        return any(span not in defaults and data.count(b"\n", 0, span[0]) + 1 == line for span in classes)

    try:
        return bool(in_big_stack(nameless))
    except (RecursionError, MemoryError):
        raise
    except Exception:  # the binding's own failure is no verdict on the file
        return False
