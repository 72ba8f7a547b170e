"""JavaScript/JSX fast front end: tree-sitter-javascript, then one iterative pass over its tree
that does esprima's early errors (as a strict module) and the RL311-RL315 "both halves kept"
rules together.

The pass only ever says "clean" (then its RL311-RL315 findings are the file's findings, the same
ones esprima's tree gives) or "ask esprima" (None): for a file with an ERROR or MISSING node, a
possible early error, or anything it does not model (a construct it does not know, strict-mode
legacy syntax, deep nesting, unusual line terminators). esprima stays the arbiter of every
finding of a syntax error, so its messages and positions are what the user sees.

A file that parses as a module parses as a script too, with the same tree, so a module-clean
file needs no script retry: the sloppy-mode and CommonJS cases are all esprima's.
"""
from __future__ import annotations

import re
import sys

from ...findings import Finding
from ..repeats import (BOTH_SIDES, CONSUMING_METHODS, MAX_RUN, changes_state, equal_slices, moves_a_cursor, repeated_runs,
                       steps_a_cursor, test_cases)
from ..test_inputs import is_test_file
from .halves import SPACE

# Deeper trees go to esprima, which may run out of recursion on them (RL012). The shallowest
# tree-sitter depth at which esprima-fork 5 gave up, over 16 nesting shapes, was 79 (arrays).
MAX_DEPTH = 60

_PARSER = None


class Defer(Exception):
    """The fast path cannot call this file clean: esprima decides."""


def _parser():
    global _PARSER
    if _PARSER is None:
        import tree_sitter_javascript
        from tree_sitter import Language, Parser

        language = Language(tree_sitter_javascript.language())
        _index_kinds(language)
        _PARSER = Parser(language)
    return _PARSER


# The walk looks node kinds up by kind_id (an int) in these tables, filled when the parser loads:
# cheaper than Node.type, which builds a new string each time. Several ids can share one name.
KIND: list[str] = []  # kind_id -> the node's type, interned
ACTION: list = []  # kind_id -> SKIP, VISIT, UNKNOWN or the kind's handler
FIELD: dict[str, int] = {}  # field name -> field id: child_by_field_id skips child_by_field_name's name search
SKIP, VISIT, UNKNOWN = "skip", "visit", "unknown"
# A handler answers with what to visit below its node: nothing (None or []), NAMED_CHILDREN (every
# named child, in the node's context) or a list of (context, nodes) groups.
NAMED_CHILDREN = "named children"


def _index_kinds(language) -> None:
    names = [sys.intern(language.node_kind_for_id(kind_id)) for kind_id in range(language.node_kind_count)]
    KIND[:] = names
    FIELD.update((language.field_name_for_id(field_id), field_id) for field_id in range(1, language.field_count + 1))
    ACTION[:] = [SKIP if name in LEAVES else HANDLERS.get(name) or (VISIT if name in KNOWN else UNKNOWN)
                 for name in names]


def available() -> bool:
    global _PARSER
    if _PARSER is None:
        try:
            _parser()
        except Exception:  # not installed, or a binary that does not load here: esprima alone
            _PARSER = False
    return bool(_PARSER)


# Identifiers a strict module never binds or references as plain names, or binds only in places
# the pass does not model.
RESERVED = frozenset(b"implements interface let package private protected public static yield await enum".split())
SPECIAL = frozenset((b"eval", b"arguments"))
LOOPS = frozenset(("for_statement", "for_in_statement", "while_statement", "do_statement"))
SINGLE_BODY = frozenset(("lexical_declaration", "class_declaration", "function_declaration",
                         "generator_function_declaration", "import_statement", "export_statement"))
# Node kinds the pass knows; anything else (decorators, import attributes, `using`, HTML comments)
# goes to esprima.
KNOWN = frozenset("""
arguments array array_pattern arrow_function assignment_expression assignment_pattern
augmented_assignment_expression await_expression binary_expression break_statement call_expression
catch_clause class class_body class_declaration class_heritage class_static_block comment
computed_property_name continue_statement debugger_statement else_clause empty_statement
escape_sequence export_clause export_specifier export_statement expression_statement false
field_definition finally_clause for_in_statement for_statement formal_parameters function_declaration
function_expression generator_function generator_function_declaration hash_bang_line
html_character_reference identifier if_statement import import_clause import_specifier
import_statement jsx_attribute jsx_closing_element jsx_element jsx_expression jsx_namespace_name
jsx_opening_element jsx_self_closing_element jsx_text labeled_statement lexical_declaration
member_expression meta_property method_definition named_imports namespace_export namespace_import
new_expression null number object object_assignment_pattern object_pattern optional_chain pair
pair_pattern parenthesized_expression private_property_identifier program property_identifier regex
regex_flags regex_pattern rest_pattern return_statement sequence_expression
shorthand_property_identifier shorthand_property_identifier_pattern spread_element statement_block
statement_identifier string string_fragment subscript_expression super switch_body switch_case
switch_default switch_statement template_string template_substitution ternary_expression this
throw_statement true try_statement unary_expression undefined update_expression variable_declaration
variable_declarator while_statement yield_expression
""".split())
ASSIGNMENTS = frozenset(("assignment_expression", "augmented_assignment_expression"))
STATEMENT_START = frozenset(("object", "object_pattern", "function_expression", "generator_function", "class"))
# Leaves with nothing to check: not visited at all
LEAVES = frozenset(("property_identifier", "this", "true", "false", "null", "comment", "undefined", "optional_chain",
                    "string_fragment", "escape_sequence", "empty_statement", "debugger_statement", "hash_bang_line",
                    "shorthand_property_identifier_pattern", "import", "html_character_reference", "regex_pattern",
                    "regex_flags"))
LITERALS = frozenset(("string", "number", "true", "false", "null", "regex"))
VARYING = frozenset(("await_expression", "yield_expression", "update_expression"))  # a value that differs each run
CALLS = VARYING | {"call_expression", "new_expression"}
BAD_ESCAPE = re.compile(rb"\\(?:[1-9]|0[0-9]|x(?![0-9a-fA-F]{2})|u(?![0-9a-fA-F]{4}|\{[0-9a-fA-F]+\}))")
CODE_POINT = re.compile(rb"\\u\{([0-9a-fA-F]+)\}")
LEGACY_NUMBER = re.compile(rb"0[0-9]")
BAD_SEPARATOR = re.compile(rb"__|_$|_n$|_\.|\._|_[eE]|[eE][+-]?_|^0_|^0[xXoObB]_|[xXoObB]_")
NUMBER_KEY = re.compile(rb"(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)$")
ODD_TERMINATORS = re.compile("\r(?!\n)|[\u2028\u2029]")
# Single bytes, tested as ints: `b"\\" in data` first tries the needle as an int and raises and
# clears a TypeError inside, several times slower than `92 in data`.
BACKSLASH, UNDERSCORE, GREATER, CLOSE_BRACE = b"\\_>}"
ASCII_SPACES = bytes(byte for byte in range(128) if chr(byte).isspace())  # what str.split() splits ASCII text on


class Scope:
    """Names declared in one scope: lexical (let, const, class, import, block functions) and var
    (var names hoisted through this scope, parameters, top-level functions of a function)."""

    __slots__ = ("lexical", "var", "function", "parent")

    def __init__(self, parent: "Scope | None", function: bool) -> None:
        self.lexical: set[bytes] = set()
        self.var: set[bytes] = set()
        self.function = function  # a var scope: function body, static block, program
        self.parent = parent

    def declare_lexical(self, name: bytes) -> None:
        if name in self.lexical or name in self.var:
            raise Defer
        self.lexical.add(name)

    def declare_var(self, name: bytes) -> None:
        scope = self
        while True:
            if name in scope.lexical:
                raise Defer
            scope.var.add(name)
            if scope.function:
                return
            scope = scope.parent


class Function:
    """What the innermost function-like context allows."""

    __slots__ = ("kind", "is_async", "generator", "super_call", "super_property", "new_target", "returns",
                 "arguments")

    def __init__(self, kind, is_async=False, generator=False, super_call=False, super_property=False,
                 new_target=True, returns=True, arguments=True):
        self.kind, self.is_async, self.generator = kind, is_async, generator
        self.super_call, self.super_property, self.new_target = super_call, super_property, new_target
        self.returns, self.arguments = returns, arguments


PROGRAM = Function("program", new_target=False, returns=False)
# Functions that depend on nothing around them, built once (a Function is never changed)
FIELD_INITIALIZER = Function("field", super_property=True, arguments=False, returns=False)
STATIC_BLOCK = Function("static", super_property=True, arguments=False, returns=False)
PLAIN_FUNCTIONS = {(is_async, generator): Function("function", is_async, generator)
                   for is_async in (False, True) for generator in (False, True)}


class Context:
    __slots__ = ("scope", "function", "labels", "breakable", "continuable", "in_loop", "classes")

    def __init__(self, scope, function, labels=(), breakable=False, continuable=False, in_loop=False, classes=()):
        self.scope, self.function, self.labels = scope, function, labels
        self.breakable, self.continuable, self.in_loop, self.classes = breakable, continuable, in_loop, classes

    # Copies with a change, built positionally (cheaper than keyword arguments and setattr)
    def in_scope(self, scope) -> "Context":
        return Context(scope, self.function, self.labels, self.breakable, self.continuable, self.in_loop, self.classes)

    def loop(self, scope) -> "Context":
        """The context of a loop's parts: break and continue allowed, repeats not compared."""
        return Context(scope, self.function, self.labels, True, True, True, self.classes)


def check(source) -> list[Finding] | None:
    """The file's findings when the fast path can judge it, else None (ask esprima)."""
    text = source.text
    # substring tests first: the pattern alone costs 20 us a file
    if ("\r" in text or "\u2028" in text or "\u2029" in text) and ODD_TERMINATORS.search(text):
        return None  # esprima and tree-sitter count lines differently
    data = source.data
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not available():
        return None
    tree = _PARSER.parse(data)
    root = tree.root_node
    if root.has_error:
        return None
    walk = Walk(source.path, data, text)
    try:
        walk.run(root)
    except Defer:
        return None
    except MemoryError:
        raise
    except Exception:  # a tree shape the pass did not expect: esprima decides, as for any doubt
        return None
    return walk.findings


def first_error_line(text: str) -> int | None:
    """The line of tree-sitter-javascript's first ERROR or MISSING node (None: no error, or no parser)."""
    if not available():
        return None
    data = text.encode("utf-8", "surrogatepass")
    node = _PARSER.parse(data).root_node
    if not node.has_error:
        return None
    stack = [node]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            return node.start_point[0] + 1
        if node.has_error:
            stack.extend(reversed(node.children))
    return None


class Walk:
    def __init__(self, path: str, data: bytes, text: str) -> None:
        self.path, self.data, self.text = path, data, text
        self.ascii = data.isascii()
        self.findings: list[Finding] = []
        self.repeats = not is_test_file(path)
        self.private_refs: list[tuple[bytes, tuple]] = []
        self.exports: set[bytes] = set()
        self.local_exports: list[bytes] = []
        self.class_methods: set[int] = set()
        self.simple_parameters = True

    # positions, as esprima gives them: 1-based line, 1-based column in characters
    def position(self, node) -> tuple[int, int]:
        row, col = node.start_point
        if not self.ascii and col:
            start = node.start_byte
            col = len(self.data[start - col:start].decode("utf-8", "replace"))
        return row + 1, col + 1

    def bytes(self, node) -> bytes:
        """The node's text: a slice of the source, much cheaper than Node.text."""
        return self.data[node.start_byte:node.end_byte]

    def source(self, node) -> str:
        if self.ascii:  # the same text as halves._source (str.split and \s agree on whitespace)
            return " ".join(self.text[node.start_byte:node.end_byte].split())
        return SPACE.sub(" ", self.data[node.start_byte:node.end_byte].decode("utf-8", "replace")).strip()

    def run(self, root) -> None:
        program_scope = Scope(None, True)
        # Depth first, last child first. A frame is (iterator of nodes, their context, their depth): a
        # node with something to visit pushes frames and breaks out, and its frame goes on where it
        # left off once they are done. Leaves are skipped when reached.
        stack = [(iter((root,)), Context(program_scope, PROGRAM), 1)]
        push, pop = stack.append, stack.pop
        action_of = ACTION
        while stack:
            nodes, context, depth = stack[-1]
            for node in nodes:
                action = action_of[node.kind_id]
                if action is SKIP:
                    continue
                if action is VISIT:
                    children = node.named_children
                    if not children:
                        continue
                    if depth > MAX_DEPTH:
                        raise Defer
                    push((reversed(children), context, depth + 1))
                    break
                if action is UNKNOWN:
                    raise Defer
                groups = action(self, node, context)
                if not groups:
                    continue
                if groups is NAMED_CHILDREN:  # as for VISIT
                    children = node.named_children
                    if not children:
                        continue
                    if depth > MAX_DEPTH:
                        raise Defer
                    push((reversed(children), context, depth + 1))
                    break
                if depth > MAX_DEPTH and any(children for _, children in groups):
                    raise Defer
                for group_context, children in groups:  # the last group on top: visited first
                    push((reversed(children), group_context, depth + 1))
                break
            else:
                pop()
        for name, classes in self.private_refs:
            if not any(name in declared for declared in classes):
                raise Defer
        for name in self.local_exports:
            if name not in program_scope.lexical and name not in program_scope.var:
                raise Defer

    # statement lists: program, blocks, switch cases
    def statements(self, node, context, statements):
        body = [child for child in statements if KIND[child.kind_id] not in ("comment", "hash_bang_line")]
        if not context.in_loop and len(body) > 1:  # in a test file, only test cases (repeats.test_cases)
            self.repeated_statements(body)
        return [(context, body)]

    def repeated_statements(self, body) -> None:
        if not may_repeat(self.data, body):
            return
        keys = [self.source(node) for node in body]
        for i, k in repeated_runs(len(body), equal_slices(keys), test_cases(keys) if not self.repeats else
                                  lambda i, k: any(_meaningful(node, k) for node in body[i:i + k])
                                  and not moves_a_cursor(keys[i:i + k])):
            line, col = self.position(body[i + k])
            what = "statement" if k == 1 else f"run of {k} statements"
            self.findings.append(Finding(self.path, line, col, "RL315", f"the same {what} repeated back-to-back "
                                         f"(first on line {self.position(body[i])[0]}){BOTH_SIDES}"))

    def program(self, node, context):
        return self.statements(node, context, node.named_children)

    def statement_block(self, node, context):
        scope = Scope(context.scope, False)
        return self.statements(node, context.in_scope(scope), node.named_children)

    def function_body(self, node, context):
        """A function's body block: its statements share the function's scope."""
        children = node.named_children
        if not self.simple_parameters and _strict_directive(children, self.data):
            raise Defer
        return self.statements(node, context, children)

    # declarations
    def declare(self, context, names, lexical: bool) -> None:
        for name in names:
            if lexical:
                context.scope.declare_lexical(name)
            else:
                context.scope.declare_var(name)

    def variable_declaration(self, node, context):
        for declarator in node.named_children:
            if KIND[declarator.kind_id] == "variable_declarator":
                self.declare(context, self.bound_names(declarator.child_by_field_id(FIELD["name"])), False)
        return NAMED_CHILDREN

    def lexical_declaration(self, node, context):
        for declarator in node.named_children:
            if KIND[declarator.kind_id] == "variable_declarator":
                name = declarator.child_by_field_id(FIELD["name"])
                if KIND[node.child(0).kind_id] == "const" and declarator.child_by_field_id(FIELD["value"]) is None:
                    raise Defer
                self.declare(context, self.bound_names(name), True)
        return NAMED_CHILDREN

    def bound_names(self, pattern) -> list[bytes]:
        names = []
        stack = [pattern]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            kind = KIND[node.kind_id]
            if kind in ("identifier", "shorthand_property_identifier_pattern", "undefined"):
                name = self.data[node.start_byte:node.end_byte]
                if name in SPECIAL or name in RESERVED or BACKSLASH in name:
                    raise Defer
                names.append(name)
            elif kind in ("array_pattern", "object_pattern", "rest_pattern"):
                stack.extend(node.named_children)
            elif kind == "assignment_pattern":
                stack.append(node.child_by_field_id(FIELD["left"]))
            elif kind == "object_assignment_pattern":
                stack.append(node.child_by_field_id(FIELD["left"]))
            elif kind == "pair_pattern":
                stack.append(node.child_by_field_id(FIELD["value"]))
            elif kind in ("comment", "computed_property_name", "property_identifier", "string", "number"):
                continue
            else:
                raise Defer  # member expressions in binding position and the like
        return names

    def function_declaration(self, node, context):
        name = node.child_by_field_id(FIELD["name"])
        if name is not None:
            self.declare(context, self.bound_names(name), not context.scope.function or context.function is PROGRAM)
        return self.function(node, context)

    def class_declaration(self, node, context):
        name = node.child_by_field_id(FIELD["name"])
        self.declare(context, self.bound_names(name), True)
        return self.class_(node, context)

    def import_statement(self, node, context):
        if context.function is not PROGRAM or context.scope.parent is not None:
            raise Defer
        for child in node.named_children:
            if KIND[child.kind_id] == "import_clause":
                for part in child.named_children:
                    if KIND[part.kind_id] == "identifier":
                        self.declare(context, self.bound_names(part), True)
                    elif KIND[part.kind_id] == "namespace_import":
                        self.declare(context, self.bound_names(part.named_children[-1]), True)
                    elif KIND[part.kind_id] == "named_imports":
                        for specifier in part.named_children:
                            if KIND[specifier.kind_id] != "import_specifier":
                                continue
                            local = specifier.child_by_field_id(FIELD["alias"]) or \
                                specifier.child_by_field_id(FIELD["name"])
                            if KIND[local.kind_id] != "identifier":
                                raise Defer
                            self.declare(context, self.bound_names(local), True)
                    elif KIND[part.kind_id] != "comment":
                        raise Defer
            elif KIND[child.kind_id] not in ("string", "comment"):
                raise Defer  # import attributes
        return []

    def export_statement(self, node, context):
        if context.function is not PROGRAM or context.scope.parent is not None:
            raise Defer
        children = []
        default = any(KIND[child.kind_id] == "default" for child in node.children)
        declaration = node.child_by_field_id(FIELD["declaration"])
        if default:
            self.export(b"default")
        elif declaration is not None:
            for name in self.declared_names(declaration):
                self.export(name)
        for child in node.named_children:
            kind = KIND[child.kind_id]
            if kind == "export_clause":
                source = node.child_by_field_id(FIELD["source"])
                for specifier in child.named_children:
                    if KIND[specifier.kind_id] != "export_specifier":
                        continue
                    name = specifier.child_by_field_id(FIELD["name"])
                    alias = specifier.child_by_field_id(FIELD["alias"]) or name
                    name_kind = KIND[name.kind_id]
                    if name_kind != "identifier" and not (name_kind == "default" and source is not None) \
                            or KIND[alias.kind_id] not in ("identifier", "default"):
                        raise Defer  # string module names
                    self.export(self.bytes(alias))
                    if source is None:
                        self.local_exports.append(self.bytes(name))
            elif kind == "namespace_export":
                exported = child.named_children[-1]
                if KIND[exported.kind_id] != "identifier":
                    raise Defer
                self.export(self.bytes(exported))
            elif kind == "decorator":
                raise Defer
            elif kind not in ("string", "comment"):
                children.append(child)
        return [(context, children)]

    def export(self, name: bytes) -> None:
        if name in self.exports:
            raise Defer
        self.exports.add(name)

    def declared_names(self, declaration) -> list[bytes]:
        kind = KIND[declaration.kind_id]
        if kind in ("lexical_declaration", "variable_declaration"):
            names = []
            for declarator in declaration.named_children:
                if KIND[declarator.kind_id] == "variable_declarator":
                    names += self.bound_names(declarator.child_by_field_id(FIELD["name"]))
            return names
        name = declaration.child_by_field_id(FIELD["name"])
        return [self.bytes(name)] if name is not None else []

    # functions and classes
    def function(self, node, context):
        kind = KIND[node.kind_id]
        tokens = set()
        parameters = body = None
        computed = []  # computed names: in the outer context
        async_row = -1
        for child in node.children:
            child_kind = KIND[child.kind_id]
            if async_row >= 0:
                if child.start_point[0] != async_row:
                    raise Defer  # `async` and a line break before the arrow's parameters
                async_row = -1
            if not child.is_named:
                tokens.add(child_kind)
                if child_kind == "async" and kind == "arrow_function":
                    async_row = child.end_point[0]
            elif child_kind == "formal_parameters":
                parameters = child
            elif child_kind == "statement_block":
                body = child
            elif child_kind == "computed_property_name":
                computed.append(child)
            elif child_kind == "decorator":
                raise Defer
        is_async = "async" in tokens
        generator = "*" in tokens or kind.startswith("generator")
        outer = context.function
        if kind == "arrow_function":
            function = Function("arrow", is_async, False, outer.super_call, outer.super_property, outer.new_target,
                                True, outer.arguments)
            if parameters is None:
                parameters = node.child_by_field_id(FIELD["parameter"])
            if body is None:
                body = node.child_by_field_id(FIELD["body"])
        elif kind == "method_definition":
            function = self.method_function(node, context, tokens, is_async, generator)
        else:
            function = PLAIN_FUNCTIONS[is_async, generator]
            if kind in ("function_expression", "generator_function"):
                name = node.child_by_field_id(FIELD["name"])
                if name is not None:
                    self.bound_names(name)  # reserved words, eval and arguments
        scope = Scope(context.scope, True)
        inner = Context(scope, function, (), False, False, context.in_loop, context.classes)
        groups = [(context, computed)]
        if parameters is not None:
            if KIND[parameters.kind_id] == "identifier":
                names = self.bound_names(parameters)
                self.simple_parameters = True
            else:
                names = []
                simple = True
                for item in parameters.named_children:
                    item_kind = KIND[item.kind_id]
                    if item_kind == "identifier":
                        name = self.bytes(item)
                        if name in SPECIAL or name in RESERVED or BACKSLASH in name:
                            raise Defer
                        names.append(name)
                    elif item_kind != "comment":
                        simple = False
                        names += self.bound_names(item)
                self.simple_parameters = simple
                if not simple:
                    plain = Function("parameters", False, False, function.super_call, function.super_property,
                                     function.new_target, True, function.arguments)
                    groups.append((Context(scope, plain, (), False, False, context.in_loop, context.classes),
                                   [parameters]))
            if len(set(names)) != len(names):
                raise Defer
            scope.var.update(names)
        else:
            self.simple_parameters = True
        if kind == "method_definition" and ("get" in tokens or "set" in tokens):
            self.accessor_arity(parameters, "get" in tokens)
        if body is not None:
            if KIND[body.kind_id] == "statement_block":
                groups += self.function_body(body, inner)
            else:
                groups.append((inner, [body]))
        return groups

    def method_function(self, node, context, tokens, is_async, generator):
        name = node.child_by_field_id(FIELD["name"])
        in_class = node.id in self.class_methods
        constructor = in_class and "static" not in tokens and _plain_name(name, self.data) == b"constructor"
        derived = constructor and context.classes and context.classes[-1].derived
        return Function("constructor" if constructor else "method", is_async, generator,
                        super_call=bool(derived), super_property=True)

    def accessor_arity(self, parameters, getter: bool) -> None:
        items = [child for child in parameters.named_children if KIND[child.kind_id] != "comment"] if parameters else []
        if getter and items:
            raise Defer
        if not getter and (len(items) != 1 or KIND[items[0].kind_id] == "rest_pattern"):
            raise Defer

    def class_(self, node, context):
        name = node.child_by_field_id(FIELD["name"])
        if name is not None and KIND[node.kind_id] == "class":
            self.bound_names(name)
        info = ClassInfo(any(KIND[child.kind_id] == "class_heritage" for child in node.named_children))
        inner = Context(context.scope, context.function, context.labels, context.breakable, context.continuable,
                        context.in_loop, (*context.classes, info))
        groups = []
        for child in node.named_children:
            if KIND[child.kind_id] == "class_body":
                groups += self.class_body(child, inner, info)
            elif KIND[child.kind_id] == "class_heritage":
                groups.append((Context(context.scope, context.function, context.labels, context.breakable,
                                               context.continuable, context.in_loop, inner.classes), [child]))
            elif KIND[child.kind_id] == "decorator":
                raise Defer
        return groups

    def class_body(self, body, context, info):
        members = []
        constructors = 0
        privates: dict[tuple[bool, bytes], set[str]] = {}
        groups = []
        for member in body.named_children:
            kind = KIND[member.kind_id]
            if kind == "comment":
                continue
            tokens = {KIND[child.kind_id] for child in member.children if not child.is_named}
            if "accessor" in tokens or any(KIND[child.kind_id] == "decorator" for child in member.named_children):
                raise Defer
            static = "static" in tokens
            if kind == "method_definition":
                name = member.child_by_field_id(FIELD["name"])
                plain = _plain_name(name, self.data)
                accessor = "get" if "get" in tokens else "set" if "set" in tokens else "init"
                if plain == b"constructor" and not static:
                    constructors += 1
                    if constructors > 1 or tokens & {"get", "set", "async", "*"}:
                        raise Defer
                if plain == b"prototype" and static:
                    raise Defer
                if not computed_constructor(name, self.data):
                    members.append((member, name, accessor, static))
                self.class_methods.add(member.id)
                groups.append((context, [member]))
            elif kind == "field_definition":
                name = member.child_by_field_id(FIELD["property"])
                plain = _plain_name(name, self.data)
                if plain == b"constructor" or (plain == b"prototype" and static):
                    raise Defer
                if not computed_constructor(name, self.data):
                    members.append((member, name, "init", static))
                field = FIELD_INITIALIZER
                for child in member.named_children:
                    if KIND[child.kind_id] in ("computed_property_name", "private_property_identifier"):
                        groups.append((context, [child]))
                    elif child != name:
                        groups.append((Context(Scope(context.scope, True), field, (), False, False, context.in_loop,
                                               context.classes), [child]))
            elif kind == "class_static_block":
                inner = Context(Scope(context.scope, True), STATIC_BLOCK, (), False, False, context.in_loop,
                                context.classes)
                statements = member.child_by_field_id(FIELD["body"])
                groups += self.statements(statements, inner, statements.named_children)
            else:
                raise Defer
            if kind != "class_static_block" and name is not None \
                    and KIND[name.kind_id] == "private_property_identifier":
                text = self.bytes(name)
                if text == b"#constructor":
                    raise Defer
                kinds = privates.setdefault(text, set())
                accessor = members[-1][2]
                if kinds and not (accessor in ("get", "set") and kinds == {("set" if accessor == "get" else "get",
                                                                           static)}):
                    raise Defer
                kinds.add((accessor, static))
                info.privates.add(text)
        self.duplicate_members(members, "RL312", "class member {name} defined twice")
        return groups

    def object(self, node, context):
        members = []
        protos = 0
        for member in node.named_children:
            kind = KIND[member.kind_id]
            if kind == "pair":
                key = member.child_by_field_id(FIELD["key"])
                # __proto__ or "__proto__" (9 or 11 bytes): only then is the name worth reading
                if key.end_byte - key.start_byte in (9, 11) and KIND[key.kind_id] != "computed_property_name" \
                        and _plain_name(key, self.data) == b"__proto__":
                    protos += 1
                members.append((member, key, "init", False))
            elif kind == "shorthand_property_identifier":
                members.append((member, member, "init", False))
            elif kind == "method_definition":
                tokens = {KIND[child.kind_id] for child in member.children if not child.is_named}
                accessor = "get" if "get" in tokens else "set" if "set" in tokens else "init"
                members.append((member, member.child_by_field_id(FIELD["name"]), accessor, False))
            elif kind in ("spread_element", "comment"):
                continue
            else:
                raise Defer  # {a = 1} outside a pattern
        if protos > 1:
            raise Defer
        self.duplicate_members(members, "RL311", "key {name} appears twice in one object")
        return NAMED_CHILDREN

    def duplicate_members(self, members, code: str, message: str) -> None:
        seen: dict[tuple[bool, str], dict[str, int]] = {}
        data = self.data
        for member, key, accessor, static in members:
            name = _key_name(key, data)
            if name is None or name == "__proto__":
                continue
            kinds = seen.get((static, name))
            if kinds is None:  # the name's first member
                seen[static, name] = {accessor: member.start_point[0] + 1}
                continue
            clash = kinds if accessor == "init" else {k: v for k, v in kinds.items() if k in (accessor, "init")}
            if clash:
                line, col = self.position(member)
                self.findings.append(Finding(self.path, line, col, code, message.format(name=repr(name))
                                             + f" (first on line {min(clash.values())}){BOTH_SIDES}"))
            else:
                kinds[accessor] = member.start_point[0] + 1  # its line

    # statements with rules of their own
    def for_statement(self, node, context):
        loop = context.loop(Scope(context.scope, False))
        return self.loop_children(node, loop)

    def for_in_statement(self, node, context):
        loop = context.loop(Scope(context.scope, False))
        tokens = [KIND[child.kind_id] for child in node.children if not child.is_named]
        left = node.child_by_field_id(FIELD["left"])
        if "await" in tokens and not (context.function.is_async or context.function is PROGRAM):
            raise Defer
        if "var" in tokens:
            if node.child_by_field_id(FIELD["value"]) is not None:
                raise Defer
            self.declare(loop, self.bound_names(left), False)
        elif "let" in tokens or "const" in tokens:
            self.declare(loop, self.bound_names(left), True)
        elif KIND[left.kind_id] not in ("identifier", "member_expression", "subscript_expression", "object_pattern",
                               "array_pattern") or self.bytes(left) in SPECIAL:
            raise Defer
        return self.loop_children(node, loop)

    def loop_children(self, node, loop):
        children = node.named_children
        for child in children:
            if KIND[child.kind_id] in SINGLE_BODY and child == node.child_by_field_id(FIELD["body"]):
                raise Defer
        return [(loop, children)]

    def while_statement(self, node, context):
        return self.loop_children(node, context.loop(context.scope))

    do_statement = while_statement

    def if_statement(self, node, context):
        for field in ("consequence", "alternative"):
            body = node.child_by_field_id(FIELD[field])
            if body is not None and KIND[body.kind_id] == "else_clause":
                body = body.named_children[0] if body.named_children else None
            if body is not None and KIND[body.kind_id] in SINGLE_BODY:
                raise Defer
        return NAMED_CHILDREN

    def else_clause(self, node, context):
        return NAMED_CHILDREN

    def labeled_statement(self, node, context):
        label = self.bytes(node.child_by_field_id(FIELD["label"]))
        body = node.child_by_field_id(FIELD["body"])
        if label in RESERVED or any(name == label for name, _ in context.labels) or KIND[body.kind_id] in SINGLE_BODY:
            raise Defer
        inner = Context(context.scope, context.function, (*context.labels, (label, KIND[body.kind_id] in LOOPS)),
                        context.breakable, context.continuable, context.in_loop, context.classes)
        return [(inner, [body])]

    def break_statement(self, node, context):
        label = node.child_by_field_id(FIELD["label"])
        if label is None:
            if not context.breakable:
                raise Defer
        elif not any(name == self.bytes(label) for name, _ in context.labels):
            raise Defer
        return []

    def continue_statement(self, node, context):
        label = node.child_by_field_id(FIELD["label"])
        if not context.continuable:
            raise Defer
        if label is not None and not any(name == self.bytes(label) and loop for name, loop in context.labels):
            raise Defer
        return []

    def return_statement(self, node, context):
        if not context.function.returns:
            raise Defer
        return self.throw_statement(node, context)

    def throw_statement(self, node, context):
        """No line break between `throw`/`return` and the argument: tree-sitter reads one across it."""
        children = node.named_children
        row = node.start_point[0]
        for child in children:
            if KIND[child.kind_id] != "comment" and child.start_point[0] != row:
                raise Defer
        return NAMED_CHILDREN

    def switch_statement(self, node, context):
        body = node.child_by_field_id(FIELD["body"])
        inner = Context(Scope(context.scope, False), context.function, context.labels, True, context.continuable,
                        context.in_loop, context.classes)
        defaults = 0
        cases = []
        groups = [(context, [node.child_by_field_id(FIELD["value"])])]
        falls_through = False  # the clause before falls into this one
        for case in body.named_children:
            if KIND[case.kind_id] == "switch_default":
                defaults += 1
                if defaults > 1:
                    raise Defer
                groups += self.statements(case, inner, case.named_children)
                falls_through = falls_into_next(case.named_children)
            elif KIND[case.kind_id] == "switch_case":
                value = case.child_by_field_id(FIELD["value"])
                cases.append((self.source(_unwrap(value)), case, falls_through))
                groups.append((context, [value]))
                statements = [child for child in case.named_children if child != value]
                groups += self.statements(case, inner, statements)
                falls_through = falls_into_next(statements)
        seen: dict[str, int] = {}
        for name, case, fallen_into in cases:
            if changes_state(name):  # `case p++:`: a new value each time it is tried
                continue
            line, col = self.position(case)
            if name in seen and fallen_into:
                continue  # reached by falling through: a label there, not a copy (falls_into_next)
            if name in seen:
                self.findings.append(Finding(self.path, line, col, "RL314", f"case {name} appears twice in one switch"
                                             f" (first on line {seen[name]}){BOTH_SIDES}"))
            else:
                seen[name] = line
        return groups

    def catch_clause(self, node, context):
        scope = Scope(context.scope, False)
        inner = context.in_scope(scope)
        parameter = node.child_by_field_id(FIELD["parameter"])
        groups = []
        if parameter is not None:
            names = self.bound_names(parameter)
            if len(set(names)) != len(names):
                raise Defer
            scope.lexical.update(names)
            groups.append((inner, [parameter]))
        body = node.child_by_field_id(FIELD["body"])
        groups += self.statements(body, inner, body.named_children)
        return groups

    def expression_statement(self, node, context):
        """An expression statement cannot start with `{`, `function` or `class`: tree-sitter reads
        `{ a: 1 }, b` or `function () {}` there as expressions, JavaScript does not."""
        children = node.named_children
        current = children[0] if children else None
        while current is not None:
            if KIND[current.kind_id] in STATEMENT_START:
                raise Defer
            first = current.child(0) if current.child_count else None
            current = first if first is not None and first.is_named else None
        return NAMED_CHILDREN

    def with_statement(self, node, context):
        raise Defer

    # expressions
    def identifier(self, node, context):
        name = self.data[node.start_byte:node.end_byte]
        if name in RESERVED or BACKSLASH in name or not name.isascii():
            raise Defer
        if name == b"arguments" and not context.function.arguments:
            raise Defer
        return []

    def number(self, node, context):
        text = self.bytes(node)
        if LEGACY_NUMBER.match(text) or (UNDERSCORE in text and BAD_SEPARATOR.search(text)):
            raise Defer
        if text.endswith(b"n") and (b"." in text or (b"e" in text.lower() and not text[:2].lower() == b"0x")):
            raise Defer
        return []

    def string(self, node, context):
        text = self.bytes(node)
        if BACKSLASH in text and _bad_escape(text):
            raise Defer
        return []

    def template_string(self, node, context):
        text = self.bytes(node)
        if BACKSLASH in text and _bad_escape(text):
            raise Defer
        return [(context, _substitutions(node))]

    def regex(self, node, context):
        pattern = node.child_by_field_id(FIELD["pattern"])
        flags = node.child_by_field_id(FIELD["flags"])
        if not _valid_regexp(self.bytes(pattern).decode() if pattern else "",
                             self.bytes(flags).decode() if flags else ""):
            raise Defer
        return []

    def call_expression(self, node, context):
        function = node.child_by_field_id(FIELD["function"])
        arguments = node.child_by_field_id(FIELD["arguments"])
        children = []
        if KIND[function.kind_id] == "identifier" and self.data[function.start_byte:function.end_byte] == b"await" \
                and KIND[arguments.kind_id] == "arguments":
            # tree-sitter reads `await (x)` as a call of a function named await
            items = [child for child in arguments.named_children if KIND[child.kind_id] != "comment"]
            if not (context.function.is_async or context.function is PROGRAM) or len(items) != 1 \
                    or KIND[items[0].kind_id] == "spread_element":
                raise Defer
        elif KIND[function.kind_id] == "import":
            items = [child for child in arguments.named_children if KIND[child.kind_id] != "comment"]
            if not 1 <= len(items) <= 2 or any(KIND[item.kind_id] == "spread_element" for item in items):
                raise Defer
        else:
            children.append(function)
        if KIND[arguments.kind_id] == "template_string":  # a tagged template: any escapes are allowed
            if _optional(function):
                raise Defer
            children += _substitutions(arguments)
        else:
            children.append(arguments)
        return [(context, children)]

    def new_expression(self, node, context):
        if _optional(node.child_by_field_id(FIELD["constructor"])):
            raise Defer
        return NAMED_CHILDREN

    def private_property_identifier(self, node, context):
        if not context.classes:
            raise Defer
        self.private_refs.append((self.bytes(node), context.classes))
        return []

    def super(self, node, context):
        parent = node.parent
        kind = KIND[parent.kind_id] if parent is not None else ""
        if kind == "call_expression" and parent.child_by_field_id(FIELD["function"]) == node:
            allowed = context.function.super_call
        elif kind in ("member_expression", "subscript_expression") \
                and parent.child_by_field_id(FIELD["object"]) == node:
            prop = parent.child_by_field_id(FIELD["property"])
            allowed = context.function.super_property and not _optional(parent) and \
                (prop is None or KIND[prop.kind_id] != "private_property_identifier")
        else:
            allowed = False
        if not allowed:
            raise Defer
        return []

    def meta_property(self, node, context):
        if self.bytes(node).startswith(b"new") and not context.function.new_target:
            raise Defer
        return []

    def await_expression(self, node, context):
        function = context.function
        if not (function.is_async or function is PROGRAM):
            raise Defer
        return NAMED_CHILDREN

    def yield_expression(self, node, context):
        if not context.function.generator:
            raise Defer
        return NAMED_CHILDREN

    def unary_expression(self, node, context):
        argument = node.child_by_field_id(FIELD["argument"])
        if KIND[node.child(0).kind_id] == "delete" and KIND[_unwrap(argument).kind_id] in ("identifier", "undefined") \
                or KIND[argument.kind_id] in ASSIGNMENTS:
            raise Defer
        return [(context, [argument])]

    def update_expression(self, node, context):
        argument = _unwrap(node.child_by_field_id(FIELD["argument"]))
        if KIND[argument.kind_id] not in ("identifier", "undefined", "member_expression", "subscript_expression") \
                or self.bytes(argument) in SPECIAL or _optional(argument):
            raise Defer
        return NAMED_CHILDREN

    def assignment_expression(self, node, context):
        left = node.child_by_field_id(FIELD["left"])
        target = _unwrap(left)
        if KIND[target.kind_id] in ("identifier", "undefined"):
            if self.bytes(target) in SPECIAL:
                raise Defer
        elif KIND[target.kind_id] in ("member_expression", "subscript_expression"):
            if _optional(target):
                raise Defer
        elif KIND[target.kind_id] in ("object_pattern", "array_pattern") and target == left \
                and KIND[node.kind_id] == "assignment_expression":
            self.assignment_pattern(target)
        else:
            raise Defer
        return NAMED_CHILDREN

    augmented_assignment_expression = assignment_expression

    def assignment_pattern(self, pattern) -> None:
        """Destructuring assignment targets: names must not be eval/arguments (strict)."""
        stack = [pattern]
        while stack:
            node = stack.pop()
            kind = KIND[node.kind_id]
            if kind in ("identifier", "shorthand_property_identifier_pattern"):
                if self.bytes(node) in SPECIAL:
                    raise Defer
            elif kind in ("member_expression", "subscript_expression"):
                if _optional(node):
                    raise Defer
            elif kind in ("array_pattern", "object_pattern", "rest_pattern"):
                stack.extend(node.named_children)
            elif kind in ("assignment_pattern", "object_assignment_pattern"):
                stack.append(node.child_by_field_id(FIELD["left"]))
            elif kind == "pair_pattern":
                stack.append(node.child_by_field_id(FIELD["value"]))

    def binary_expression(self, node, context):
        operator = KIND[node.child_by_field_id(FIELD["operator"]).kind_id]
        left = node.child_by_field_id(FIELD["left"])
        right = node.child_by_field_id(FIELD["right"])
        if operator == "**" and KIND[left.kind_id] in ("unary_expression", "await_expression"):
            raise Defer
        if KIND[left.kind_id] in ASSIGNMENTS or KIND[right.kind_id] in ASSIGNMENTS:
            raise Defer  # `data-x="1"` read as data - (x = "1"): JavaScript has no such tree
        if operator in ("??", "&&", "||"):
            for side in (left, right):
                if KIND[side.kind_id] == "binary_expression":
                    inner = KIND[side.child_by_field_id(FIELD["operator"]).kind_id]
                    if (operator == "??") != (inner == "??") and inner in ("??", "&&", "||"):
                        raise Defer
        return NAMED_CHILDREN

    def jsx_element(self, node, context):
        opening = node.child_by_field_id(FIELD["open_tag"])
        closing = node.child_by_field_id(FIELD["close_tag"])
        opened = opening.child_by_field_id(FIELD["name"]) if opening else None
        closed = closing.child_by_field_id(FIELD["name"]) if closing else None
        if (opened is None) != (closed is None) or (opened is not None and SPACE.sub("", self.bytes(opened).decode())
                                                     != SPACE.sub("", self.bytes(closed).decode())):
            raise Defer
        return NAMED_CHILDREN

    def jsx_opening_element(self, node, context):
        seen: dict[str, int] = {}
        for attribute in node.named_children:
            if KIND[attribute.kind_id] == "jsx_expression":  # only {...spread} may stand for attributes
                kinds = [KIND[child.kind_id] for child in attribute.named_children]
                if [kind for kind in kinds if kind != "comment"] != ["spread_element"]:
                    raise Defer
                continue
            if KIND[attribute.kind_id] != "jsx_attribute":
                continue
            name_node = attribute.named_children[0]
            name = SPACE.sub("", self.bytes(name_node).decode())
            line, col = self.position(attribute)
            if name in seen:
                self.findings.append(Finding(self.path, line, col, "RL313",
                                             f"attribute {name!r} given twice on one JSX element"
                                             f" (first on line {seen[name]}){BOTH_SIDES}"))
            else:
                seen[name] = line
        return NAMED_CHILDREN

    jsx_self_closing_element = jsx_opening_element

    def jsx_attribute(self, node, context):
        for child in node.named_children:
            if KIND[child.kind_id] == "jsx_expression" \
                    and not any(KIND[inner.kind_id] != "comment" for inner in child.named_children):
                raise Defer  # an empty expression as an attribute value
        return NAMED_CHILDREN

    def jsx_text(self, node, context):
        text = self.bytes(node)
        if GREATER in text or CLOSE_BRACE in text:
            raise Defer
        return []

    def html_comment(self, node, context):
        raise Defer


class ClassInfo:
    __slots__ = ("derived", "privates")

    def __init__(self, derived: bool) -> None:
        self.derived = derived
        self.privates: set[bytes] = set()

    def __contains__(self, name: bytes) -> bool:
        return name in self.privates


def _class_expression(walk, node, context):
    return walk.class_(node, context)


HANDLERS = {
    "program": Walk.program,
    "statement_block": Walk.statement_block,
    "variable_declaration": Walk.variable_declaration,
    "lexical_declaration": Walk.lexical_declaration,
    "function_declaration": Walk.function_declaration,
    "generator_function_declaration": Walk.function_declaration,
    "function_expression": Walk.function,
    "generator_function": Walk.function,
    "arrow_function": Walk.function,
    "method_definition": Walk.function,
    "class_declaration": Walk.class_declaration,
    "class": _class_expression,
    "import_statement": Walk.import_statement,
    "export_statement": Walk.export_statement,
    "object": Walk.object,
    "for_statement": Walk.for_statement,
    "for_in_statement": Walk.for_in_statement,
    "while_statement": Walk.while_statement,
    "do_statement": Walk.do_statement,
    "if_statement": Walk.if_statement,
    "labeled_statement": Walk.labeled_statement,
    "break_statement": Walk.break_statement,
    "continue_statement": Walk.continue_statement,
    "return_statement": Walk.return_statement,
    "throw_statement": Walk.throw_statement,
    "switch_statement": Walk.switch_statement,
    "catch_clause": Walk.catch_clause,
    "with_statement": Walk.with_statement,
    "expression_statement": Walk.expression_statement,
    "identifier": Walk.identifier,
    "shorthand_property_identifier": Walk.identifier,
    "statement_identifier": Walk.identifier,
    "number": Walk.number,
    "string": Walk.string,
    "template_string": Walk.template_string,
    "regex": Walk.regex,
    "call_expression": Walk.call_expression,
    "new_expression": Walk.new_expression,
    "private_property_identifier": Walk.private_property_identifier,
    "super": Walk.super,
    "meta_property": Walk.meta_property,
    "await_expression": Walk.await_expression,
    "yield_expression": Walk.yield_expression,
    "unary_expression": Walk.unary_expression,
    "update_expression": Walk.update_expression,
    "assignment_expression": Walk.assignment_expression,
    "augmented_assignment_expression": Walk.augmented_assignment_expression,
    "binary_expression": Walk.binary_expression,
    "jsx_element": Walk.jsx_element,
    "jsx_opening_element": Walk.jsx_opening_element,
    "jsx_self_closing_element": Walk.jsx_self_closing_element,
    "jsx_text": Walk.jsx_text,
    "jsx_attribute": Walk.jsx_attribute,
    "html_comment": Walk.html_comment,
}


def may_repeat(data: bytes, statements) -> bool:
    """Whether two statements at most MAX_RUN apart may have the same text once whitespace runs
    are one space (a repeat needs them): the same text once whitespace is dropped, which C finds
    far faster than the split and join that build the texts. An ASCII statement drops ASCII
    whitespace by bytes; another decodes and drops \\s, the same characters (both are str.isspace),
    so one text gives one key either way."""
    last_seen: dict[bytes, int] = {}
    for index, node in enumerate(statements):
        content = data[node.start_byte:node.end_byte]
        if content.isascii():
            content = content.translate(None, ASCII_SPACES)
        else:
            content = SPACE.sub("", content.decode("utf-8", "replace")).encode()
        seen = last_seen.get(content)
        if seen is not None and index - seen <= MAX_RUN:
            return True
        last_seen[content] = index
    return False


def _substitutions(template) -> list:
    return [child for child in template.named_children if KIND[child.kind_id] == "template_substitution"]


def _bad_escape(text: bytes) -> bool:
    if BAD_ESCAPE.search(text):
        return True
    return b"\\u{" in text and any(int(digits, 16) > 0x10FFFF for digits in CODE_POINT.findall(text))


# The helpers below look kinds up by kind_id in a table: KIND for JavaScript, or the TypeScript
# walk's own (its grammar numbers kinds differently).
def _unwrap(node, kinds=KIND):
    while node is not None and kinds[node.kind_id] == "parenthesized_expression":
        inner = [child for child in node.named_children if kinds[child.kind_id] != "comment"]
        if len(inner) != 1:
            return node
        node = inner[0]
    return node


def _optional(node, kinds=KIND) -> bool:
    """Whether a member/call chain holds an optional link (`a?.b`)."""
    while node is not None:
        kind = kinds[node.kind_id]
        if kind in ("member_expression", "subscript_expression"):
            if node.child_by_field_name("optional_chain") is not None:
                return True
            node = node.child_by_field_name("object")
        elif kind == "call_expression":
            if node.child_by_field_name("optional_chain") is not None:
                return True
            node = node.child_by_field_name("function")
        else:
            return False
    return False


def _plain_name(name, data: bytes) -> bytes | None:
    """A property name's text when it is a plain identifier or a simple string."""
    if name is None:
        return None
    kind = KIND[name.kind_id]
    if kind == "property_identifier":
        return data[name.start_byte:name.end_byte]
    if kind == "string":
        text = data[name.start_byte:name.end_byte]
        if BACKSLASH not in text:
            return text[1:-1]
    return None


def _strict_directive(statements, data: bytes) -> bool:
    for statement in statements:
        kind = KIND[statement.kind_id]
        if kind == "comment":
            continue
        if kind != "expression_statement":
            return False
        expression = statement.named_children[0] if statement.named_children else None
        if expression is None or KIND[expression.kind_id] != "string":
            return False
        if data[expression.start_byte + 1:expression.end_byte - 1] == b"use strict":
            return True
    return False


def computed_constructor(key, data: bytes, kinds=KIND) -> bool:
    """A class member keyed `['constructor']`: an ordinary member, never the class's constructor
    (only a member whose own name is `constructor` is), so it is compared with neither."""
    if key is None or kinds[key.kind_id] != "computed_property_name":
        return False
    try:
        return _key_name(key, data, kinds) == "constructor"
    except Defer:
        return False


def _key_name(key, data: bytes, kinds=KIND) -> str | None:
    """esprima's key name (halves._key_name) from a tree-sitter key over the source bytes data;
    Defer where its value needs decoding the pass does not do."""
    kind = kinds[key.kind_id]
    if kind in ("property_identifier", "shorthand_property_identifier", "identifier"):
        name = data[key.start_byte:key.end_byte]
        if BACKSLASH in name:
            raise Defer
        return name.decode()
    if kind == "private_property_identifier":
        return data[key.start_byte:key.end_byte].decode()
    if kind == "computed_property_name":
        inner = [child for child in key.named_children if kinds[child.kind_id] != "comment"]
        if len(inner) != 1:
            return None
        inner = _unwrap(inner[0], kinds)
        inner_kind = kinds[inner.kind_id]
        if inner_kind in ("string", "number"):
            return _literal_name(inner, data, inner_kind)
        if inner_kind in LITERALS:
            raise Defer
        return None
    if kind in ("string", "number"):
        return _literal_name(key, data, kind)
    raise Defer


def _literal_name(node, data: bytes, kind: str) -> str:
    text = data[node.start_byte:node.end_byte]
    if kind == "string":
        if BACKSLASH in text:
            raise Defer
        return text[1:-1].decode()
    if len(text) < 16 and NUMBER_KEY.match(text):
        if text[:2].lower() in (b"0x", b"0o", b"0b"):
            return str(int(text, 0))
        value = float(text)
        return str(int(value)) if value.is_integer() else str(value)
    raise Defer


JUMP_KINDS = frozenset({"break_statement", "return_statement", "throw_statement", "continue_statement"})


def falls_into_next(statements, kinds=KIND) -> bool:
    """Whether a switch clause's statements (some, comments aside) end in none of break, return, throw,
    continue (nor a block that does): the clause falls into the next, whose label is then reached by falling
    through as well as by matching (a repeated label there is no copy of the first)."""
    while True:
        statements = [child for child in statements if kinds[child.kind_id] != "comment"]
        if not statements:
            return False
        last = statements[-1]
        if kinds[last.kind_id] != "statement_block":
            return kinds[last.kind_id] not in JUMP_KINDS
        statements = last.named_children


def _meaningful(node, run: int = 1) -> bool:
    """halves._meaningful on a tree-sitter statement."""
    kind = KIND[node.kind_id]
    if kind in ("import_statement", "return_statement", "throw_statement", "if_statement", "try_statement"):
        return True
    if kind == "export_statement":
        return not any(KIND[child.kind_id] in ("*", "namespace_export") for child in node.children)
    return meaningful_declaration_or_expression(node, run)


def meaningful_declaration_or_expression(node, run: int = 1, kinds=KIND) -> bool:
    """The part of _meaningful that JavaScript and TypeScript share: a declaration without a call,
    and an expression statement that calls with a non-literal argument or assigns."""
    kind = kinds[node.kind_id]
    if kind == "variable_declaration":
        return run == 1 and not _has_call(node, kinds)
    if kind != "expression_statement":
        return False
    expression = _unwrap(node.named_children[0], kinds) if node.named_children else None
    if expression is None:
        return False
    kind = kinds[expression.kind_id]
    if kind == "call_expression":
        function = expression.child_by_field_name("function")
        arguments = expression.child_by_field_name("arguments")
        if arguments is None or kinds[arguments.kind_id] != "arguments" or kinds[function.kind_id] == "import" \
                or _optional(expression, kinds) or function.text == b"await":
            return False  # a tagged template, import(), an optional chain: not esprima's CallExpression
        if kinds[function.kind_id] == "member_expression":
            method = function.child_by_field_name("property")
            if method is not None and method.text.decode("utf-8", "replace") in CONSUMING_METHODS:
                return False  # each call takes the next item (repeats.CONSUMING_METHODS)
        elif kinds[function.kind_id] == "identifier" and steps_a_cursor(function.text.decode("utf-8", "replace")):
            return False  # advanceChar(parser): each call steps the cursor on (repeats.steps_a_cursor)
        given = [arg for arg in arguments.named_children if kinds[arg.kind_id] != "comment"]
        # the same call twice does the same twice unless its arguments are constants (a banner
        # printed twice) or change as it runs (an awaited value, an update)
        return any(not _constant(arg, kinds) for arg in given) and not any(_varies(arg, kinds) for arg in given)
    if kind == "assignment_expression":
        return run == 1 and not _has_call(expression, kinds)  # buffer[o++] = x writes the next slot
    return False


def _constant(node, kinds=KIND) -> bool:
    """A literal, a template without substitutions, or operators and method calls on those alone
    ('*'.repeat(40)): the same value every time."""
    node = _unwrap(node, kinds)
    kind = kinds[node.kind_id]
    if kind in LITERALS:
        return True
    if kind == "template_string":
        return not any(kinds[child.kind_id] == "template_substitution" for child in node.named_children)
    if kind in ("unary_expression", "binary_expression"):
        return all(_constant(child, kinds) for child in node.named_children if kinds[child.kind_id] != "comment")
    if kind == "call_expression":
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if function is None or arguments is None or kinds[function.kind_id] != "member_expression" \
                or kinds[arguments.kind_id] != "arguments":
            return False
        receiver = function.child_by_field_name("object")
        return receiver is not None and _constant(receiver, kinds) and all(
            _constant(arg, kinds) for arg in arguments.named_children if kinds[arg.kind_id] != "comment")
    return False


def _varies(node, kinds=KIND) -> bool:
    """An await, a yield or an update anywhere in node: its value differs from one run to the next."""
    return _has_call(node, kinds, VARYING)


def _has_call(node, kinds=KIND, types=CALLS) -> bool:
    """A node of these kinds in node or inside it (a dynamic import() is no call)."""
    stack = [node]
    while stack:
        current = stack.pop()
        kind = kinds[current.kind_id]
        if kind in types:
            if kind != "call_expression" or kinds[current.child_by_field_name("function").kind_id] != "import":
                return True
        stack.extend(current.named_children)
    return False


_REGEXPS: dict[tuple[str, str], bool] = {}


def _valid_regexp(pattern: str, flags: str) -> bool:
    key = (pattern, flags)
    if key not in _REGEXPS:
        from esprima.regexp_validator import RegExpEditionError, RegExpSyntaxError, validate_regexp

        try:
            validate_regexp(pattern, flags, 2026)
            valid = len(set(flags)) == len(flags) and set(flags) <= set("dgimsuyv")
        except (RegExpEditionError, RegExpSyntaxError):
            valid = False
        except MemoryError:
            raise
        except Exception:
            valid = False
        _REGEXPS[key] = valid
    return _REGEXPS[key]
