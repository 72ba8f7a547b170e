"""pglast's syntax tree built from libpg_query's JSON: the pglast.ast nodes pglast.parser.parse_sql
returns, equal attribute for attribute (types, enum members and character positions included).

parse_sql sets each attribute through pglast's validating __setattr__ (about 1 us each: 90% of
the parse); parse_sql_json and json.loads run in C, and this sets the attributes directly. Each
attribute's rule follows its slot's C type, as pglast's generated code (ast.pyx) converts it from
the C struct; libpg_query's JSON leaves out false, zero and NULL fields, and writes a node that a
field's type names without the node's name. JSON this does not know (a key without a slot, a C
type without a rule, an enum name pglast lacks, a value of another type), JSON too deep for
json.loads and any ParseError (a syntax error, or the JSON writer's own depth limit, lower than
parse_sql's) make it fall back on parse_sql itself: a text that does not parse is parsed twice."""
from __future__ import annotations

import bisect
import gc
import json
import re

INTEGER_TYPES = {"int", "int16", "int32", "long", "uint32", "uint64", "Index", "AttrNumber", "AclMode",
                 "SubTransactionId", "RelFileNumber", "bits32"}
CONSTANT_VALUES = {"ival": "Integer", "fval": "Float", "boolval": "Boolean", "sval": "String", "bsval": "BitString"}
JSON_NAMES = {"def_": "def"}  # pglast's names for C fields that are Python keywords
# what a JSON value becomes, by the slot's C type
PLAIN, POSITION, NODE, LIST, ENUM, CHAR, STRUCT = range(7)
MISSING, REQUIRED = object(), object()  # a key the JSON left out; a slot the JSON always writes


class Unknown(Exception):
    """JSON this module has no rule for: parse_sql decides."""


def parse_sql(parser, text: str) -> tuple:
    """parser.parse_sql(text): the same nodes, and the same ParseError. Whatever stops the JSON
    way (JSON it does not expect, a syntax error, libpg_query's JSON writer refusing a tree deeper
    than parse_sql builds), parse_sql itself decides."""
    try:
        return _from_json(parser, text)
    except MemoryError:
        raise
    except Exception:
        return parser.parse_sql(text)


def _from_json(parser, text: str) -> tuple:
    # Millions of new objects and no cycle among them: the cyclic collector, run every few hundred
    # allocations over every object still alive, made a 20,000-statement file three times slower
    # (and grew with the file). It is off while the tree is built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        document = json.loads(parser.parse_sql_json(text))  # a syntax error raises ParseError here
        if not document.keys() <= {"version", "stmts"}:
            raise Unknown(document.keys())
        builder = _Builder(Positions(text))
        return tuple(builder.raw_statement(raw) for raw in document.get("stmts", ()))
    finally:
        if collecting:
            gc.enable()


NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Positions:
    """A UTF-8 byte offset in text to the index of the character it falls in, as pglast.parser.Displacements
    gives it (None outside the text), by bisection over the bytes of the multi-byte characters:
    Displacements scans all of them on each call, quadratic in a file of non-ASCII comments."""

    def __init__(self, text: str):
        self.offsets: list[int] = []  # every byte of every multi-byte character, in order
        self.indexes: list[int] = []  # ... and the index of its character
        extra = 0  # bytes beyond one per character, before the current one
        for found in NON_ASCII.finditer(text):
            index = found.start()
            size = len(found.group().encode("utf-8"))
            start = index + extra
            self.offsets.extend(range(start, start + size))
            self.indexes.extend([index] * size)
            extra += size - 1
        self.last = len(text) + extra - 1 if text else 2 ** 64 - 1  # Displacements' unsigned 0 - 1

    def __call__(self, offset: int) -> int | None:
        if not 0 <= offset <= self.last:
            return None
        at = bisect.bisect_right(self.offsets, offset) - 1
        return offset if at < 0 else self.indexes[at] + (offset - self.offsets[at])


class _Plan:
    """How to build one node class: for each slot, its JSON key, its setter, what the JSON value
    becomes (a type, enum or struct name to go with it) and its value when the JSON leaves it out."""

    def __init__(self, cls):
        from pglast import ast, enums

        self.cls = cls
        self.slots = []
        for attribute, info in cls.__slots__.items():
            c_type = info.c_type
            if c_type == "bool":  # mostly left out when false; a Boolean value writes false too
                rule = (PLAIN, bool, False)
            elif c_type in INTEGER_TYPES:
                rule = (PLAIN, int, 0)
            elif c_type == "char*":
                rule = (PLAIN, str, None)
            elif c_type == "ParseLoc":  # a byte offset, 0 when left out, to a character index
                rule = (POSITION, None, 0)
            elif c_type == "char":
                rule = (CHAR, None, "\x00")
            elif hasattr(enums, c_type):  # always written
                rule = (ENUM, getattr(enums, c_type), REQUIRED)
            elif c_type == "List*":
                rule = (LIST, None, None)
            elif c_type in ("Node*", "Expr*"):
                rule = (NODE, None, None)
            elif c_type.endswith("*") and isinstance(getattr(ast, c_type[:-1], None), type):
                rule = (STRUCT, c_type[:-1], None)
            elif isinstance(getattr(ast, c_type, None), type):  # a struct embedded whole: always written
                rule = (STRUCT, c_type, REQUIRED)
            else:
                raise Unknown(f"{cls.__name__}.{attribute}: {c_type}")
            # the slot's own setter: pglast's __setattr__ validates every value, slowly
            self.slots.append((JSON_NAMES.get(attribute, attribute), getattr(cls, attribute).__set__) + rule)


_PLANS: dict = {}


def _plan(name: str) -> _Plan:
    plan = _PLANS.get(name)
    if plan is None:
        from pglast import ast

        cls = getattr(ast, name, None)
        if not isinstance(cls, type) or not issubclass(cls, ast.Node) or not isinstance(cls.__slots__, dict):
            raise Unknown(name)
        plan = _PLANS[name] = _Plan(cls)
    return plan


class _Builder:
    def __init__(self, position):
        self.position = position  # UTF-8 byte offset -> character index (None past the end), as parse_sql

    def raw_statement(self, raw: dict):
        from pglast import ast

        if not raw.keys() <= {"stmt", "stmt_location", "stmt_len"}:
            raise Unknown(raw.keys())
        location, length = raw.get("stmt_location", 0), raw.get("stmt_len", 0)
        node = object.__new__(ast.RawStmt)
        object.__setattr__(node, "stmt", self.wrapped(raw["stmt"]) if "stmt" in raw else None)
        object.__setattr__(node, "stmt_location", self.position(location))
        object.__setattr__(node, "stmt_len", self.position(location + length) - self.position(location))
        return node

    def wrapped(self, value: dict):
        """A node written as {"NodeName": {fields}}; a List is a tuple, as pglast makes it."""
        (name, fields), = value.items()
        if name == "List":
            if not fields.keys() <= {"items"}:
                raise Unknown(fields.keys())
            return self.items(fields.get("items", ()))
        if name == "A_Const":
            return self.constant(fields)
        return self.build(_plan(name), fields)

    def items(self, values: list) -> tuple:
        """A list's nodes; {} is a NULL element (RangeFunction's function without a column list)."""
        if type(values) is not list or not values:  # an empty list is NIL: left out
            raise Unknown(values)
        return tuple(None if item == {} else self.wrapped(item) for item in values)

    def constant(self, fields: dict):
        """A_Const: pglast keeps isnull and the value node, not the position."""
        from pglast import ast

        isnull = fields.get("isnull", False)
        values = [key for key in fields if key not in ("isnull", "location")]
        if type(isnull) is not bool or len(values) != (0 if isnull else 1):
            raise Unknown(fields)
        node = object.__new__(ast.A_Const)
        object.__setattr__(node, "isnull", isnull)
        object.__setattr__(node, "val", self.build(_plan(CONSTANT_VALUES[values[0]]), fields[values[0]])
                           if values else None)
        return node

    def build(self, plan: _Plan, fields: dict):
        node = object.__new__(plan.cls)
        found = 0
        for key, setter, kind, argument, default in plan.slots:
            value = fields.get(key, MISSING)
            if value is MISSING:
                if default is REQUIRED:
                    raise Unknown(f"{plan.cls.__name__}.{key} left out")
                setter(node, default)
                continue
            found += 1
            if kind == PLAIN:
                if type(value) is not argument:
                    raise Unknown(f"{plan.cls.__name__}.{key}: {value!r}")
            elif kind == POSITION:
                value = self.position(value)
            elif kind == NODE:
                value = self.wrapped(value)
            elif kind == LIST:
                value = self.items(value)
            elif kind == ENUM:
                value = argument[value]  # a KeyError: a name pglast lacks
            elif kind == CHAR:
                if type(value) is not str or len(value) != 1:
                    raise Unknown(f"{plan.cls.__name__}.{key}: {value!r}")
            else:
                value = self.build(_plan(argument), value)
            setter(node, value)
        if found != len(fields):
            raise Unknown(f"{plan.cls.__name__}: {fields.keys() - {slot[0] for slot in plan.slots}}")
        return node
