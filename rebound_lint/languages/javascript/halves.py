"""JavaScript/JSX: fingerprints of both halves of a conflict kept, on the esprima tree.

RL311 an object literal with the same key twice (a getter/setter pair is fine). RL312 a class
member defined twice (getter/setter pairs and static/instance twins are fine). RL313 a JSX element
with the same attribute twice. RL314 a switch with the same case label twice. RL315 the same
statement (or run of statements) repeated back-to-back. Redeclared let/const/imports are parse
errors already (RL302).
"""
from __future__ import annotations

import re

from ...findings import Finding
from ..repeats import (BOTH_SIDES, CONSUMING_METHODS, changes_state, equal_slices, is_test_file, moves_a_cursor,
                       reads_its_target, repeated_runs, steps_a_cursor, test_cases)

SPACE = re.compile(r"\s+")
LOOPS = {"ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"}


def check(path: str, text: str, tree, context=None) -> list[Finding]:
    from esprima.nodes import Node

    findings: list[Finding] = []
    repeats = not is_test_file(path)  # tests repeat on purpose
    stack = [(tree, False)]
    while stack:
        node, in_loop = stack.pop()
        kind = node.type
        if kind == "ObjectExpression":
            findings += _duplicate_members(path, node.properties, "RL311", "key {name} appears twice in one object")
        elif kind == "ClassBody":
            members = [member for member in node.body  # ['constructor'] is not the constructor
                       if not (getattr(member, "computed", False) and _key_name(member) == "constructor")]
            findings += _duplicate_members(path, members, "RL312", "class member {name} defined twice")
        elif kind == "JSXOpeningElement":
            findings += _duplicate_attributes(path, node)
        elif kind == "SwitchStatement":
            findings += _duplicate_cases(path, text, node)
        loop = in_loop or kind in LOOPS
        body = _statements(node)
        if body and not loop:  # in a test file, only test cases (repeats.test_cases)
            findings += _repeated_statements(path, text, body, repeats)
        for value in node.__dict__.values():  # the hot loop: about 1,000 nodes a file
            if isinstance(value, Node):
                stack.append((value, loop))
            elif isinstance(value, list):
                stack.extend((item, loop) for item in value if isinstance(item, Node))
    return findings


def _children(node):
    from esprima.nodes import Node

    for value in node.__dict__.values():
        if isinstance(value, Node):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, Node))


def _statements(node):
    if node.type in ("Program", "Module", "Script", "BlockStatement", "StaticBlock"):
        return node.body
    if node.type == "SwitchCase":
        return node.consequent
    return None


def _position(node) -> tuple[int, int]:
    return getattr(node, "_line", 1) or 1, (getattr(node, "_column", 0) or 0) + 1


def _key_name(member) -> str | None:
    if getattr(member, "computed", False):
        key = member.key
        return _literal_key(key) if key is not None and key.type == "Literal" else None
    key = getattr(member, "key", None)
    if key is None:
        return None
    if key.type in ("Identifier", "PrivateIdentifier", "PrivateName"):
        return ("#" if key.type != "Identifier" else "") + str(key.name)
    if key.type == "Literal":
        return _literal_key(key)
    return None


def _literal_key(key) -> str:
    value = key.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _duplicate_members(path: str, members, code: str, message: str) -> list[Finding]:
    """Keys collide by name (and, in classes, static-ness); one getter and one setter pair up."""
    seen: dict[tuple[bool, str], dict[str, int]] = {}  # (static, name) -> kind -> first line
    findings = []
    for member in members:
        if member is None or member.type in ("SpreadElement", "RestElement"):
            continue
        name = _key_name(member)
        if name is None or name == "__proto__":
            continue
        kind = getattr(member, "kind", "init") or "init"
        kind = kind if kind in ("get", "set") else "init"
        kinds = seen.setdefault((bool(getattr(member, "static", False)), name), {})
        clash = kinds if kind == "init" else {k: v for k, v in kinds.items() if k in (kind, "init")}
        line, col = _position(member)
        if clash:
            findings.append(Finding(path, line, col, code, message.format(name=repr(name))
                                    + f" (first on line {min(clash.values())}){BOTH_SIDES}"))
        else:
            kinds[kind] = line
    return findings


def _duplicate_attributes(path: str, element) -> list[Finding]:
    named = ((_attribute_name(a), a) for a in element.attributes if a.type == "JSXAttribute")
    return _repeated_names(path, named, "RL313", "attribute {!r} given twice on one JSX element")


def _attribute_name(attribute) -> str:
    node = attribute.name
    if node.type == "JSXNamespacedName":
        return f"{node.namespace.name}:{node.name.name}"
    return str(node.name)


JUMPS = ("BreakStatement", "ReturnStatement", "ThrowStatement", "ContinueStatement")


def _duplicate_cases(path: str, text: str, switch) -> list[Finding]:
    """A case label given twice; not one that the case before it falls into (its statements end in no
    break, return, throw or continue): reached by falling through, it is a label there, not a copy."""
    cases = switch.cases
    named = ((_source(text, case.test), case) for case in cases if case.test is not None)
    named = ((name, case) for name, case in named if not changes_state(name))  # `case p++:`: a new value each time
    fallen_into = {id(cases[i]) for i in range(1, len(cases)) if _falls_through(cases[i - 1].consequent)}
    return _repeated_names(path, named, "RL314", "case {} appears twice in one switch",
                           reported=lambda case: id(case) not in fallen_into)


def _falls_through(statements) -> bool:
    """Whether a case's statements (some) end in none of break, return, throw, continue (nor a block that does)."""
    while statements:
        last = statements[-1]
        if last.type != "BlockStatement":
            return last.type not in JUMPS
        statements = last.body
    return False


def _repeated_names(path: str, named, code: str, message: str, reported=lambda node: True) -> list[Finding]:
    """A finding at each (name, node) whose name came before, where reported(node) says so."""
    seen: dict[str, int] = {}
    findings = []
    for name, node in named:
        line, col = _position(node)
        if name not in seen:
            seen[name] = line
        elif reported(node):
            findings.append(Finding(path, line, col, code,
                                    message.format(name) + f" (first on line {seen[name]}){BOTH_SIDES}"))
    return findings


def _source(text: str, node) -> str:
    return SPACE.sub(" ", text[node._start:node._end]).strip()


def _repeated_statements(path: str, text: str, body, repeats: bool = True) -> list[Finding]:
    if len(body) < 2:
        return []
    keys = [_source(text, node) for node in body]
    findings = []
    for i, k in repeated_runs(len(body), equal_slices(keys), test_cases(keys) if not repeats else
                              lambda i, k: any(_meaningful(node, k, text) for node in body[i:i + k])
                              and not moves_a_cursor(keys[i:i + k])):
        line, col = _position(body[i + k])
        what = "statement" if k == 1 else f"run of {k} statements"
        findings.append(Finding(path, line, col, "RL315", f"the same {what} repeated back-to-back "
                                                          f"(first on line {_position(body[i])[0]}){BOTH_SIDES}"))
    return findings


def _walk(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(_children(current))


def _meaningful(node, run: int = 1, text: str = "") -> bool:
    """Calls with a non-literal argument, imports, returns, throws; and, repeated alone (not as
    part of a longer run, which generated re-export blocks have), assignments of call-free values
    that do not read what they assign (`m = m.default ?? m` is a step: repeats.reads_its_target)."""
    kind = node.type
    if kind in ("ImportDeclaration", "ReturnStatement", "ThrowStatement", "ExportNamedDeclaration",
                "ExportDefaultDeclaration", "IfStatement", "TryStatement"):
        return True
    if kind == "VariableDeclaration":
        return run == 1 and node.kind == "var" and not _has_call(node)
    if kind != "ExpressionStatement" or getattr(node, "directive", None):
        return False
    expression = node.expression
    if expression.type == "CallExpression":  # as fast.meaningful_declaration_or_expression
        callee = expression.callee
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name in CONSUMING_METHODS:
            return False
        if callee.type == "Identifier" and steps_a_cursor(callee.name):
            return False
        given = expression.arguments
        return any(not _constant(arg) for arg in given) and not any(_varies(arg) for arg in given)
    if expression.type == "AssignmentExpression" and expression.operator == "=":
        return run == 1 and not _has_call(expression) and not reads_its_target(
            _source(text, expression.left), _source(text, expression.right))  # m = m.default ?? m: a step
    return False


def _constant(node) -> bool:
    """fast._constant on an esprima node."""
    kind = node.type
    if kind == "Literal":
        return True
    if kind == "TemplateLiteral":
        return not node.expressions
    if kind == "UnaryExpression":
        return _constant(node.argument)
    if kind == "BinaryExpression":
        return _constant(node.left) and _constant(node.right)
    if kind == "CallExpression":
        callee = node.callee
        return callee.type == "MemberExpression" and _constant(callee.object) and all(_constant(a) for a in node.arguments)
    return False


VARYING = frozenset({"AwaitExpression", "YieldExpression", "UpdateExpression"})  # a value that differs each run
CALLS = VARYING | {"CallExpression", "NewExpression", "TaggedTemplateExpression"}


def _varies(node) -> bool:
    return _holds(node, VARYING)


def _has_call(node) -> bool:
    return _holds(node, CALLS)


def _holds(node, types: frozenset) -> bool:
    """Whether node or a node inside it is of one of these esprima types."""
    return any(current.type in types for current in _walk(node))
