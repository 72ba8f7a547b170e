"""One iterative pass over a tree-sitter-typescript tree: the "both halves kept" rules and the
redeclarations TypeScript refuses.

RL311-RL315 as in JavaScript (javascript/halves.py): duplicate object keys, class members
(overload signatures, abstract and index signatures are not members with a body; getter/setter
pairs and static/instance twins are fine), JSX attributes, switch cases, statements repeated
back-to-back (test and story files exempt).

RL322, said only where TypeScript itself refuses the file, with declaration merging understood:
- a `let`, `const`, `class` or `enum` declared twice in one scope, or alongside a `var`, a function
  or a parameter of that name (var hoisted through blocks);
- an import binding (without `type`) imported twice, or beside a `class` or `enum` of its name
  (they are both a value and a type, so they clash with whatever the import brings). Beside a
  `let`, `const`, `var` or function it is not compared: an import without `type` may bring a type
  only (a Prisma model, an interface), and a value of the same name is then valid (tsc refuses it
  only under `isolatedModules`, a setting of the project, not of the file);
- two implementations (with a body) of one function in one scope.
Interfaces, type aliases and namespaces (they merge, or live among types), function overload
signatures, `declare` declarations and everything inside an ambient context, type-only imports,
`import x = require()` and the whole of a declaration file (.d.ts) are never compared. Enums
merge with enums.
"""
from __future__ import annotations


from ...findings import Finding
from ..javascript.fast import Defer, _key_name, computed_constructor, _unwrap, falls_into_next, may_repeat
from ..javascript.fast import meaningful_declaration_or_expression
from ..javascript.halves import SPACE
from ..repeats import BOTH_SIDES, changes_state
from ..repeats import equal_slices, moves_a_cursor, repeated_runs, test_cases
from ..test_inputs import is_test_file

LOOPS = frozenset(("for_statement", "for_in_statement", "while_statement", "do_statement"))
FUNCTIONS = frozenset(("function_declaration", "generator_function_declaration", "function_expression",
                       "generator_function", "arrow_function", "method_definition"))
CALLS = frozenset(("call_expression", "new_expression", "await_expression", "yield_expression", "update_expression"))
TYPE_LEVEL = frozenset(("interface_declaration", "type_alias_declaration", "ambient_declaration", "internal_module",
                        "module", "function_signature", "enum_declaration", "import_alias"))
DECLARATIONS = frozenset(("lexical_declaration", "variable_declaration", "class_declaration",
                          "abstract_class_declaration", "enum_declaration", "function_declaration",
                          "generator_function_declaration", "import_statement"))
NAMESPACES = frozenset(("internal_module", "module"))  # a namespace body is a function-like scope
SCOPES = frozenset(("statement_block", "switch_body", "for_statement", "for_in_statement", "catch_clause", "class_body"))
STATEMENT_LISTS = frozenset(("program", "statement_block", "switch_case", "switch_default"))
# Nothing to check inside: leaves, and type-level nodes (no values, statements or class bodies in them)
SKIP = frozenset(("comment", "ERROR", "identifier", "property_identifier", "type_identifier", "predefined_type",
                  "shorthand_property_identifier", "shorthand_property_identifier_pattern", "this", "true", "false",
                  "null", "undefined", "number", "string", "regex", "string_fragment", "escape_sequence",
                  "statement_identifier", "private_property_identifier", "optional_chain", "import", "hash_bang_line",
                  "empty_statement", "debugger_statement", "jsx_text", "accessibility_modifier", "override_modifier",
                  "type_annotation", "type_arguments", "type_parameters", "interface_declaration",
                  "type_alias_declaration", "enum_body", "literal_type", "type_predicate_annotation",
                  "asserts_annotation", "index_signature", "method_signature", "abstract_method_signature",
                  "function_signature", "property_signature"))
# Kinds the loop does more for than visit the children in the same scope
SPECIAL = DECLARATIONS | LOOPS | STATEMENT_LISTS | FUNCTIONS | NAMESPACES | SCOPES | {
    "ambient_declaration", "class_static_block", "object", "class_body", "jsx_opening_element",
    "jsx_self_closing_element", "switch_body"}
LEXICAL = "lexical"  # let, const: nothing else of the name in the scope
CLASS = "class"  # a class: a value and a type, so it clashes with an import as well
IMPORT = "import"  # an import binding: maybe a value, maybe a type only (kept in Scope.imports)
ENUM = "enum"  # merges with enums only
FUNCTION = "function"  # an implementation: one per name (a var of the name is not compared)
VAR = "var"
PARAMETER = "parameter"


class Scope:
    __slots__ = ("names", "imports", "function", "parent", "broken")

    def __init__(self, parent: "Scope | None", function: bool, broken: bool = False) -> None:
        self.names: dict[str, tuple[str, int]] = {}  # name -> (kind, first line)
        # import bindings apart: what an import brings (a value, a type or both) is not known here,
        # so only what clashes with anything it may be is compared: another import, a class, an enum
        self.imports: dict[str, int] = {}  # name -> its line
        self.function = function
        self.parent = parent
        # its node holds a parse error (a valid file tree-sitter rejects, walked all the same):
        # what it declares may be torn from other scopes by the parser's recovery, so not compared
        self.broken = broken


def _clash(old: str, new: str) -> bool:
    if LEXICAL in (old, new) or CLASS in (old, new):
        return True
    if ENUM in (old, new):
        return old != new
    return old == new == FUNCTION


class Walk:
    def __init__(self, path: str, data: bytes, text: str, kinds: list[str], declarations: bool = False) -> None:
        self.path, self.data, self.text = path, data, text
        self.kinds = kinds  # kind_id -> the node's type: cheaper than Node.type, which builds a string
        self.ascii = data.isascii()
        self.findings: list[Finding] = []
        self.repeats = not is_test_file(path)
        self.declarations = not declarations  # a .d.ts file is all declarations that may merge
        self.partial = False  # the tree holds parse errors (set by run)

    def position(self, node) -> tuple[int, int]:
        row, col = node.start_point
        if not self.ascii and col:
            start = node.start_byte
            col = len(self.data[start - col:start].decode("utf-8", "replace"))
        return row + 1, col + 1

    def source(self, node) -> str:
        if self.ascii:
            return " ".join(self.text[node.start_byte:node.end_byte].split())
        return SPACE.sub(" ", self.data[node.start_byte:node.end_byte].decode("utf-8", "replace")).strip()

    def run(self, root) -> list[Finding]:
        # Depth first, in source order. A frame is (iterator of nodes, their scope, in a loop, in an
        # ambient context): a node with children pushes their frame and breaks out, and its own
        # frame goes on where it left off once they are done.
        self.partial = root.has_error
        stack = [(iter((root,)), Scope(None, True, self.partial), False, False)]
        push, pop = stack.append, stack.pop
        declarations = self.declarations
        kinds = self.kinds
        while stack:
            nodes, scope, in_loop, ambient = stack[-1]
            for node in nodes:
                kind = kinds[node.kind_id]
                if kind in SKIP:
                    continue
                if kind not in SPECIAL:
                    children = node.named_children
                    if children:
                        push((iter(children), scope, in_loop, ambient))
                        break
                    continue
                push(self.special(node, kind, scope, in_loop, ambient))
                break
            else:
                pop()
        return self.findings

    def special(self, node, kind: str, scope: Scope, in_loop: bool, ambient: bool):
        """A node of a SPECIAL kind: its declarations and rules, then the frame of its children."""
        declarations = self.declarations
        kinds = self.kinds
        # declarations this scope sees
        if declarations and not ambient and kind in DECLARATIONS:
            self.declare_in(node, kind, scope)
        elif kind == "ambient_declaration":
            ambient = True
        # the rules on this node, unless it holds a parse error (the parser's recovery may have put
        # together what the file keeps apart): a valid file tree-sitter rejects is walked all the same
        broken = self.partial and node.has_error
        rule = RULES.get(kind)
        if rule is not None and not broken:
            rule(self, node)
        loop = in_loop or kind in LOOPS
        if kind in STATEMENT_LISTS and not loop and not broken:  # in a test file, only test cases
            statements = self.statement_list(node, kind)
            if len(statements) > 1:
                self.repeated_statements(statements)
        # the scopes the children live in
        if kind in FUNCTIONS or kind == "class_static_block" or kind in NAMESPACES:
            inner = Scope(scope, True, broken)
            if declarations and not ambient and kind not in NAMESPACES:
                self.parameters(node, inner)
            return iter(self.body_inline(node, loop)), inner, loop, ambient
        if kind in SCOPES:
            inner = Scope(scope, False, broken)
            if kind == "catch_clause":
                parameter = node.child_by_field_name("parameter")
                if parameter is not None and declarations and not ambient:
                    for name, child in self.bound_names(parameter):
                        self.declare(inner, name, PARAMETER, child)
                return iter(self.body_inline(node, loop)), inner, loop, ambient
            scope = inner
        return iter(node.named_children), scope, loop, ambient

    def body_inline(self, node, loop: bool = False) -> list:
        """The node's named children, with those of its statement block (body) in its place: the
        body shares the scope of the parameters. The block's statements are looked at for repeats
        here, as the walk never visits the block itself."""
        kinds = self.kinds
        items = []
        for child in node.named_children:
            if kinds[child.kind_id] == "statement_block":
                items += child.named_children
                if not loop and not (self.partial and child.has_error):
                    statements = self.statement_list(child, "statement_block")
                    if len(statements) > 1:
                        self.repeated_statements(statements)
            else:
                items.append(child)
        return items

    # redeclarations
    def declare_in(self, node, kind: str, scope: Scope) -> None:
        kinds = self.kinds
        if kind == "lexical_declaration":
            for declarator in node.named_children:
                if kinds[declarator.kind_id] == "variable_declarator":
                    for name, child in self.bound_names(declarator.child_by_field_name("name")):
                        self.declare(scope, name, LEXICAL, child)
        elif kind == "variable_declaration":
            for declarator in node.named_children:
                if kinds[declarator.kind_id] == "variable_declarator":
                    for name, child in self.bound_names(declarator.child_by_field_name("name")):
                        self.declare_var(scope, name, child)
        elif kind in ("class_declaration", "abstract_class_declaration", "enum_declaration"):
            name = node.child_by_field_name("name")
            if name is not None and not any(kinds[child.kind_id] == "declare" for child in node.children):
                self.declare(scope, self.name(name), ENUM if kind == "enum_declaration" else CLASS, name)
        elif kind in ("function_declaration", "generator_function_declaration"):
            name = node.child_by_field_name("name")
            if name is not None and node.child_by_field_name("body") is not None:
                self.declare(scope, self.name(name), FUNCTION, name)
        elif kind == "import_statement":
            if any(kinds[child.kind_id] == "type" for child in node.children):
                return  # import type { ... }
            for clause in node.named_children:
                if kinds[clause.kind_id] != "import_clause":
                    continue
                for part in clause.named_children:
                    part_kind = kinds[part.kind_id]
                    if part_kind == "identifier":
                        self.declare(scope, self.name(part), IMPORT, part)
                    elif part_kind == "namespace_import":
                        local = part.named_children[-1]
                        self.declare(scope, self.name(local), IMPORT, local)
                    elif part_kind == "named_imports":
                        for specifier in part.named_children:
                            if kinds[specifier.kind_id] != "import_specifier" or \
                                    any(kinds[child.kind_id] == "type" for child in specifier.children):
                                continue
                            local = specifier.child_by_field_name("alias") or specifier.child_by_field_name("name")
                            if local is not None and kinds[local.kind_id] == "identifier":
                                self.declare(scope, self.name(local), IMPORT, local)

    def name(self, node) -> str:
        """A name's text (Node.text decoded, from a slice of the source instead)."""
        return self.data[node.start_byte:node.end_byte].decode()

    def parameters(self, node, scope: Scope) -> None:
        parameters = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if parameters is None:
            return
        items = [parameters] if self.kinds[parameters.kind_id] == "identifier" else parameters.named_children
        for item in items:
            for name, child in self.bound_names(item):
                self.declare(scope, name, PARAMETER, child)

    def bound_names(self, pattern):
        """(name, node) for each name a binding pattern binds (TypeScript parameters included)."""
        kinds, data = self.kinds, self.data
        found = []
        stack = [pattern]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            kind = kinds[node.kind_id]
            if kind in ("identifier", "shorthand_property_identifier_pattern"):
                found.append((data[node.start_byte:node.end_byte].decode("utf-8", "replace"), node))
            elif kind in ("required_parameter", "optional_parameter"):
                stack.append(node.child_by_field_name("pattern"))
            elif kind in ("array_pattern", "object_pattern", "rest_pattern"):
                stack.extend(child for child in node.named_children if kinds[child.kind_id] != "type_annotation")
            elif kind in ("assignment_pattern", "object_assignment_pattern"):
                stack.append(node.child_by_field_name("left"))
            elif kind == "pair_pattern":
                stack.append(node.child_by_field_name("value"))
        return found

    def declare(self, scope: Scope, name: str, kind: str, node) -> None:
        if scope.broken:
            return
        if kind == VAR:
            return self.declare_var(scope, name, node)
        if kind == IMPORT or kind in (CLASS, ENUM):
            first = scope.imports.get(name)
            if first is None and kind == IMPORT:
                prior = scope.names.get(name)
                first = prior[1] if prior is not None and prior[0] in (CLASS, ENUM) else None
            if first is not None:
                self.redeclared(node, name, first, False)
                return
            if kind == IMPORT:
                scope.imports[name] = node.start_point[0] + 1
                return
        prior = scope.names.get(name)
        if prior is not None:
            old, first = prior
            if old == PARAMETER and kind == PARAMETER:
                return  # duplicate parameter names are a strict-mode matter, not a merge shape
            if old in (VAR, PARAMETER) and kind == FUNCTION or old == FUNCTION and kind in (VAR, PARAMETER):
                return
            if (old in (VAR, PARAMETER) and kind in (LEXICAL, CLASS, ENUM)) or _clash(old, kind):
                self.redeclared(node, name, first, kind == FUNCTION and old == FUNCTION)
            return
        scope.names[name] = (kind, node.start_point[0] + 1)  # its line

    def declare_var(self, scope: Scope, name: str, node) -> None:
        line = node.start_point[0] + 1
        current = scope
        while current is not None and not current.broken:
            prior = current.names.get(name)
            if prior is not None and prior[0] in (LEXICAL, CLASS, ENUM):
                self.redeclared(node, name, prior[1], False)
                return
            if prior is None:
                current.names[name] = (VAR, line)
            if current.function:
                return
            current = current.parent

    def redeclared(self, node, name: str, first: int, implementation: bool) -> None:
        line, col = self.position(node)
        what = "function implementation" if implementation else "declaration"
        self.findings.append(Finding(self.path, line, col, "RL322",
                                     f"duplicate {what} of {name!r} (first on line {first}){BOTH_SIDES}"))

    # the both-halves rules
    def object(self, node) -> None:
        kinds = self.kinds
        members = []
        for member in node.named_children:
            kind = kinds[member.kind_id]
            if kind == "pair":
                members.append((member, member.child_by_field_name("key"), "init", False))
            elif kind == "shorthand_property_identifier":
                members.append((member, member, "init", False))
            elif kind == "method_definition":
                tokens = {kinds[child.kind_id] for child in member.children if not child.is_named}
                accessor = "get" if "get" in tokens else "set" if "set" in tokens else "init"
                members.append((member, member.child_by_field_name("name"), accessor, False))
        self.duplicate_members(members, "RL311", "key {name} appears twice in one object")

    def class_body(self, node) -> None:
        kinds = self.kinds
        members = []
        for member in node.named_children:
            kind = kinds[member.kind_id]
            if kind not in ("method_definition", "public_field_definition"):
                continue  # signatures, index signatures, static blocks, decorators
            tokens = {kinds[child.kind_id] for child in member.children if not child.is_named}
            if "declare" in tokens or "abstract" in tokens:
                continue
            accessor = "get" if "get" in tokens else "set" if "set" in tokens else "init"
            key = member.child_by_field_name("name")
            if not computed_constructor(key, self.data, kinds):
                members.append((member, key, accessor, "static" in tokens))
        self.duplicate_members(members, "RL312", "class member {name} defined twice")

    def duplicate_members(self, members, code: str, message: str) -> None:
        seen: dict[tuple[bool, str], dict[str, int]] = {}
        for member, key, accessor, static in members:
            if key is None:
                continue
            try:
                name = _key_name(key, self.data, self.kinds)
            except Defer:  # a key whose value the pass does not compute: not compared
                continue
            if name is None or name == "__proto__":
                continue
            kinds = seen.setdefault((static, name), {})
            clash = kinds if accessor == "init" else {k: v for k, v in kinds.items() if k in (accessor, "init")}
            line, col = self.position(member)
            if clash:
                self.findings.append(Finding(self.path, line, col, code, message.format(name=repr(name))
                                             + f" (first on line {min(clash.values())}){BOTH_SIDES}"))
            else:
                kinds[accessor] = line

    def jsx_attributes(self, node) -> None:
        seen: dict[str, int] = {}
        for attribute in node.named_children:
            if self.kinds[attribute.kind_id] != "jsx_attribute" or not attribute.named_children:
                continue
            name_node = attribute.named_children[0]
            name = SPACE.sub("", self.data[name_node.start_byte:name_node.end_byte].decode("utf-8", "replace"))
            line, col = self.position(attribute)
            if name in seen:
                self.findings.append(Finding(self.path, line, col, "RL313",
                                             f"attribute {name!r} given twice on one JSX element"
                                             f" (first on line {seen[name]}){BOTH_SIDES}"))
            else:
                seen[name] = line

    def switch_cases(self, body) -> None:
        seen: dict[str, int] = {}
        falls_through = False  # the clause before falls into this one (fast.falls_into_next)
        for case in body.named_children:
            if self.kinds[case.kind_id] not in ("switch_case", "switch_default"):
                continue
            fallen_into = falls_through
            value = case.child_by_field_name("value")
            falls_through = falls_into_next([child for child in case.named_children if child != value], self.kinds)
            if self.kinds[case.kind_id] != "switch_case" or value is None:
                continue
            name = self.source(_unwrap(value, self.kinds))
            if changes_state(name):  # `case p++:`: a new value each time it is tried
                continue
            line, col = self.position(case)
            if name in seen and fallen_into:
                continue  # reached by falling through: a label there, not a copy
            if name in seen:
                self.findings.append(Finding(self.path, line, col, "RL314", f"case {name} appears twice in one switch"
                                             f" (first on line {seen[name]}){BOTH_SIDES}"))
            else:
                seen[name] = line

    def statement_list(self, node, kind: str):
        if kind in ("program", "statement_block"):
            return [child for child in node.named_children
                    if self.kinds[child.kind_id] not in ("comment", "hash_bang_line")]
        if kind in ("switch_case", "switch_default"):
            value = node.child_by_field_name("value")
            return [child for child in node.named_children if self.kinds[child.kind_id] != "comment" and child != value]
        return None

    def repeated_statements(self, body) -> None:
        if not may_repeat(self.data, body):
            return
        keys = [self.source(node) for node in body]
        for i, k in repeated_runs(len(body), equal_slices(keys), test_cases(keys) if not self.repeats else
                                  lambda i, k: any(_meaningful(node, k, self.kinds) for node in body[i:i + k])
                                  and not moves_a_cursor(keys[i:i + k])):
            line, col = self.position(body[i + k])
            what = "statement" if k == 1 else f"run of {k} statements"
            self.findings.append(Finding(self.path, line, col, "RL315", f"the same {what} repeated back-to-back "
                                         f"(first on line {self.position(body[i])[0]}){BOTH_SIDES}"))


def _meaningful(node, run: int, kinds) -> bool:
    """javascript/halves._meaningful on a TypeScript statement: type-level declarations repeated
    (merging interfaces, overloads, ambient declarations) are never meaningful."""
    kind = kinds[node.kind_id]
    if kind == "import_statement":
        return not any(kinds[child.kind_id] == "type" for child in node.children)
    if kind in ("return_statement", "throw_statement", "if_statement", "try_statement"):
        return True
    if kind == "export_statement":
        declaration = node.child_by_field_name("declaration")
        if declaration is not None and kinds[declaration.kind_id] in TYPE_LEVEL:
            return False
        return not any(kinds[child.kind_id] in ("*", "namespace_export", "type") for child in node.children)
    return meaningful_declaration_or_expression(node, run, kinds)


RULES = {
    "object": Walk.object,
    "class_body": Walk.class_body,
    "jsx_opening_element": Walk.jsx_attributes,
    "jsx_self_closing_element": Walk.jsx_attributes,
    "switch_body": Walk.switch_cases,
}
