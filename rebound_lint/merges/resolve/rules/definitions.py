"""Python test modules: test functions and classes both sides added at one place."""
from __future__ import annotations

import ast
import functools
import re
import textwrap
import warnings

from ..engine import Hunk, Merge, Resolution

RULE = "test-definitions"
# A test module: test_*.py or *_test.py, or any module under a tests/, test/ or testing/ folder
# (conftest.py is not one: its fixtures are decorated, and it is declined anyway).
TEST_MODULE = re.compile(r"(?:^|/)(?:test_[^/]*|[^/]*_test)\.py$"
                         r"|(?:^|/)(?:tests?|testing)/(?:[^/]+/)*(?!conftest\.py)[^/]+\.py$")
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


class _Refused(Exception):
    pass


def _parse(text: str) -> ast.Module:
    """The module's AST, its compiler warnings (invalid escapes) kept off the driver's stderr."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise _Refused("a side does not parse") from None


def _blank(line: bytes) -> bool:
    return not line.strip()


def _added(lines: list[bytes]) -> tuple[list[str], int]:
    """The names of the complete, undecorated def/class statements a side's hunk holds (nothing
    else but blank lines), and their indent; _Refused when it holds anything else."""
    text = b"".join(lines).decode("utf-8")
    body = [line for line in text.splitlines() if line.strip()]
    if not body:
        raise _Refused("a side added only blank lines")
    indent = len(body[0]) - len(body[0].lstrip(" "))
    if body[0][:indent].strip(" ") or "\t" in body[0][:indent + 1]:
        raise _Refused("tab indentation")
    try:
        tree = _parse(textwrap.dedent(text))
    except _Refused:
        return [], -1
    names = []
    for node in tree.body:
        if not isinstance(node, _DEFS):
            return [], -1
        if node.decorator_list:
            raise _Refused(f"{node.name} is decorated (a decorator may register it: routes, fixtures, "
                           "parametrized cases)")
        if isinstance(node, ast.ClassDef):
            _inert(node)
        names.append(node.name)
    if len(set(names)) != len(names):
        raise _Refused("a side defines one name twice")
    return names, indent


PLAIN_DECORATORS = ("classmethod", "staticmethod", "property")


def _inert(node: ast.ClassDef) -> None:
    """_Refused unless defining the class runs nothing but its own body of definitions, a
    docstring and assignments of values that call nothing (a call may register or read state): no
    base-class keyword (a metaclass), no decorator but classmethod, staticmethod or property on
    its methods."""
    if node.keywords:
        raise _Refused(f"class {node.name} passes keywords to its metaclass")
    for child in node.body:
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(not (isinstance(d, ast.Name) and d.id in PLAIN_DECORATORS) for d in child.decorator_list):
                raise _Refused(f"{node.name}.{child.name} is decorated")
            if any(isinstance(sub, ast.Call) for default in child.args.defaults + child.args.kw_defaults
                   if default is not None for sub in ast.walk(default)):
                raise _Refused(f"{node.name}.{child.name} has a default that calls something")
        elif isinstance(child, ast.ClassDef):
            if child.decorator_list:
                raise _Refused(f"{node.name}.{child.name} is decorated")
            _inert(child)
        elif isinstance(child, ast.Expr) and isinstance(child.value, ast.Constant):
            continue
        elif isinstance(child, (ast.Assign, ast.AnnAssign)) and child.value is not None:
            if any(isinstance(sub, (ast.Call, ast.Await, ast.Yield, ast.NamedExpr, ast.Lambda))
                   for sub in ast.walk(child.value)):
                raise _Refused(f"class {node.name} computes a value when defined")
        elif not isinstance(child, ast.Pass):
            raise _Refused(f"class {node.name} runs a statement when defined")


_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def definitions_of(data: bytes) -> dict[tuple, bytes | None]:
    """Every def and class of a module by qualified path ((name, "class"|"def"), ...), as its own
    text: its lines, decorators included, without the lines of the definitions directly in its
    body (compared on their own) and without blank lines (None when one path is defined twice);
    _Refused when the module does not parse."""
    return _definitions_cached(data)


@functools.lru_cache(maxsize=8)
def _definitions_cached(data: bytes) -> dict[tuple, bytes | None]:
    try:
        tree = _parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Refused("a side is not UTF-8") from None
    lines = data.split(b"\n")
    out: dict[tuple, bytes | None] = {}

    def span(node) -> tuple[int, int]:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        return first - 1, node.end_lineno

    def walk(statements, path):
        for node in statements:
            if isinstance(node, _DEFS):
                key = path + ((node.name, "class" if isinstance(node, ast.ClassDef) else "def"),)
                low, high = span(node)
                inner = [span(child) for child in node.body if isinstance(child, _DEFS)]
                own = [line.rstrip(b"\r") for at, line in enumerate(lines[low:high], low)
                       if line.strip() and not any(a <= at < b for a, b in inner)]
                out[key] = None if key in out else b"\n".join(own)
                walk(node.body, key)
                continue
            for field in _BODIES:
                for child in getattr(node, field, None) or ():
                    if isinstance(child, ast.stmt):
                        walk([child], path)
                    else:  # an except handler or a match case: its body
                        walk(getattr(child, "body", []), path)

    walk(tree.body, ())
    return out


def _where(defs: dict, names: list[str]) -> tuple:
    """The scope (path) where all of `names` are defined in a side's file, each once."""
    scopes = set()
    for name in names:
        found = [key for key in defs if key[-1][0] == name]
        if len(found) != 1 or defs[found[0]] is None:
            raise _Refused(f"{name} is defined more than once in a side's file")
        scopes.add(found[0][:-1])
    if len(scopes) != 1:
        raise _Refused("the definitions stand in two scopes")
    scope = scopes.pop()
    if any(kind != "class" for _, kind in scope):
        raise _Refused("definitions inside a function (a closure's order and conditions matter)")
    return scope


def _gaps(lines: list[bytes]) -> tuple[int, int]:
    lead = 0
    while lead < len(lines) and _blank(lines[lead]):
        lead += 1
    trail = 0
    while trail < len(lines) - lead and _blank(lines[len(lines) - 1 - trail]):
        trail += 1
    return lead, trail


def definitions(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """test-definitions: in a Python test module, both sides added complete, undecorated test
    functions or classes (or methods of one test class) at one place, with different names.

    Proof: a def or class statement binds its name and does nothing else until called (no
    decorator runs: a decorator may register, parametrize or wrap; a class is taken only when
    defining it runs nothing either); a test runner collects tests by name, so the order of two
    new definitions means only which of them runs first, which any merge of both sides' new tests
    decides one way or the other, whoever writes it. The rule applies only when each side's text
    of the hunk is, on its own, nothing but such complete definitions (parsed), at one indent, in
    the module or in one class (never in a function), the names are new (defined once in their
    side's file, nowhere in the other side's scope) and different between the sides. The result
    is ours' definitions then theirs' (git's union order), separated by the blank lines the file
    has before each side's block (which must agree), every line a side's; and every definition of
    the resulting module, by qualified name, is one side's own text, blank lines aside (a hunk
    that cuts through a definition is declined). Only test modules: in library code people order
    definitions by meaning (on the yardstick 1 of 4 such merges had theirs' class first, beside
    its relatives), which no rule can know. Validation then re-parses the whole file and checks it
    for duplicate definitions."""
    if merge.kind != "python" or not TEST_MODULE.search(merge.path):
        return None
    if hunk.base or not hunk.ours or not hunk.theirs:
        return None
    try:
        ours_names, indent = _added(hunk.ours)
        theirs_names, other_indent = _added(hunk.theirs)
        if indent < 0 or other_indent < 0:
            return None  # not definitions only: this rule has nothing to say
        if indent != other_indent:
            raise _Refused("the sides' definitions stand at two indents")
        if set(ours_names) & set(theirs_names):
            raise _Refused(f"both sides defined {sorted(set(ours_names) & set(theirs_names))[0]}")
        ours_defs, theirs_defs = definitions_of(merge.ours), definitions_of(merge.theirs)
        scope = _where(ours_defs, ours_names)
        if _where(theirs_defs, theirs_names) != scope:
            raise _Refused("the sides' definitions stand in two scopes")
        for names, other in ((ours_names, theirs_defs), (theirs_names, ours_defs)):
            for name in names:
                if any(key[:-1] == scope and key[-1][0] == name for key in other):
                    raise _Refused(f"{name} is also defined in the other side's file")
        lines = _joined(merge, hunk)
        sides = (ours_defs, theirs_defs)
        # the file with this hunk resolved and every other hunk as ours': a definition that runs
        # into another hunk holds ours' text there and this hunk's both sides, so it is neither's
        result = definitions_of(merge.text_with({hunk.index: lines}, "ours"))
        for key, text in result.items():
            if text is None or all(side.get(key, 0) != text for side in sides):
                raise _Refused(f"{key[-1][0]} in the result is neither side's text (the hunk cuts through "
                               "a definition)")
    except _Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    where = "the module" if not scope else f"class {'.'.join(name for name, _ in scope)}"
    return Resolution(RULE, lines, f"test definitions added on both sides to {where}: ours {', '.join(ours_names)}; "
                                   f"theirs {', '.join(theirs_names)} (ours' first, as git's union)")


def _joined(merge: Merge, hunk: Hunk) -> list[bytes]:
    """Ours' block, the file's gap, theirs' block. The gap is the blank lines before each side's
    block in its own file (the context's trailing blank lines and the side's leading ones), which
    must agree. Where ours' trailing and theirs' leading blank lines make that gap, the result is
    git's union of the two (every byte a side's); else ours' block without its trailing blank
    lines, then the very lines theirs' file has before its block (the context's blank lines and
    theirs' own)."""
    before = merge.before(hunk)
    context = 0
    while context < len(before) and _blank(before[len(before) - 1 - context]):
        context += 1
    ours_lead, ours_trail = _gaps(hunk.ours)
    theirs_lead, _ = _gaps(hunk.theirs)
    gap = context + theirs_lead
    if context + ours_lead != gap:
        raise _Refused("the sides leave different blank lines before their definitions")
    if gap == 0:
        raise _Refused("no blank line before the definitions (nothing says how the file separates them)")
    if ours_trail + theirs_lead == gap:
        return list(hunk.ours) + list(hunk.theirs)
    return list(hunk.ours[:len(hunk.ours) - ours_trail]) + list(before[len(before) - context:]) + list(hunk.theirs)
