"""SQL: fingerprints of both halves of a conflict kept, on the pglast tree (postgres).

RL216 the same object dropped twice (the second without IF EXISTS) with nothing in between that may create
it. RL217 the same member added to (or dropped from) an extension twice with nothing in between that may
change it. Both are errors PostgreSQL raises when the script runs; a back-to-back pair is reported by
these, not also by RL214.

RL211 a column defined twice in one CREATE TABLE. RL212 the same table, index, type, sequence,
view or function (same argument types) created twice in one file, unless a statement in between
drops, renames or moves it, the second says IF NOT EXISTS (or OR REPLACE after a plain CREATE, or
after statements that called the function or read the view: a stub used, then replaced), or the first
was rolled back. RL213 the same column added twice by ALTER TABLE (or added to a table
this file creates with it), unless IF NOT EXISTS. RL214 the same statement repeated back-to-back
(transaction control, SET and EXECUTE excepted; not across a psql meta-command; not in test scripts
but for a pgTAP check that only reads),
under the same query name (sqlc, yesql, HugSQL, aiosql and PugSQL files name each query in a comment:
one statement under two names is two queries); a statement that comes three times or more in a row
is not a doubled hunk.
Each section of a migration tool's file (goose, sql-migrate, dbmate up/down) is a script of its own.
RL211-RL213 are left out where statements may fail on purpose (pg_regress suites, ON_ERROR_STOP off);
each points at the second occurrence, the line to delete.
"""
from __future__ import annotations

import bisect
import re

from ...findings import Finding
from ..repeats import BOTH_SIDES
from ...textpos import line_col, past_blanks_and_comments

OUTPUT_MODES: set = set()  # filled from pglast's enums on first use (pglast is imported lazily)
NOT_REPEATABLE_CHECKED = {"TransactionStmt", "VariableSetStmt", "VariableShowStmt", "CheckPointStmt",
                          "NotifyStmt", "ListenStmt", "UnlistenStmt", "DiscardStmt", "LockStmt",
                          "ExecuteStmt", "ExplainStmt"}  # EXECUTE again forces a generic plan; EXPLAIN reads


ERRORS_EXPECTED = ("RL211", "RL212", "RL213", "RL216", "RL217")  # would fail when run: not reported where failing is the point
ROLLED_BACK = ("RL211", "RL212", "RL213", "RL214", "RL216", "RL217")  # a rolled-back transaction (or savepoint) is undone
HINT_COMMENT = re.compile(r"/\*\+.*?\*/", re.S)
BRANCH_COMMANDS = {"if", "elif", "else", "endif"}
# A migration tool's sections, each a script of its own run at another time (the down section re-creates
# what the up section replaced): goose's `-- +goose Up|Down`, sql-migrate's `-- +migrate Up|Down`, dbmate's
# `-- migrate:up|down`. What one section created says nothing about the next.
SECTION = re.compile(r"^[ \t]*--[ \t]*(?:\+(?:goose|migrate)[ \t]+(?:up|down)|migrate:(?:up|down))\b", re.M | re.I)


def section_starts(text: str) -> list[tuple[int, str]]:
    """The migration-tool section lines of text, in order: (offset, "up" or "down"). Sections of one
    kind run in the same migration (an up section twice is both sides of a conflict kept), so a checker
    keeps one state per kind."""
    if "migrate" not in text and "goose" not in text:
        return []
    return [(m.start(), "down" if m.group().lower().endswith("down") else "up") for m in SECTION.finditer(text)]
# a named query's annotation: `-- name: GetAuthor :one`, `/* name: X :exec */` (sqlc, yesql, aiosql),
# `-- :name get-user :? :1` (HugSQL, PugSQL); `;--:name x` once the checker has ended the query before it
QUERY_NAME = re.compile(r"^[ \t]*;?(?:--+|/\*+|#)[ \t]*(?:name:|:name[ \t])[ \t]*([^\s*]+)", re.M)
RENAMED_OBJECTS = {"OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_INDEX", "OBJECT_SEQUENCE",
                   "OBJECT_FOREIGN_TABLE", "OBJECT_TYPE", "OBJECT_DOMAIN", "OBJECT_FUNCTION", "OBJECT_PROCEDURE",
                   "OBJECT_ROUTINE", "OBJECT_AGGREGATE"}


class _State:
    """What the file has created so far: object identity -> (line, OR REPLACE), (table, column) -> line."""

    def __init__(self, created=None, columns=None, indexes=None, dropped=None, members=None):
        self.created: dict[tuple, tuple] = dict(created or {})  # identity -> (line, OR REPLACE, statement, end offset)
        self.columns: dict[tuple[str, str], int] = dict(columns or {})
        self.indexes: dict[tuple, str] = dict(indexes or {})  # index or partition identity -> its table
        self.dropped: dict[tuple, tuple] = dict(dropped or {})  # (kind, name, signature) -> (line, end offset)
        self.members: dict[tuple, tuple] = dict(members or {})  # (extension, kind, object) -> (line, end, action)

    def copy(self) -> "_State":
        return _State(self.created, self.columns, self.indexes, self.dropped, self.members)

    def forget(self, base: str, signature=None, table: bool = True) -> None:
        """A DROP, RENAME or SET SCHEMA of base (unqualified name): it no longer stands in the way."""
        wanted = None if signature is None else _loose(signature)
        for identity in [key for key in self.created if _base(key[1]) == base
                         and (wanted is None or key[2] is None or _loose(key[2]) == wanted)]:
            del self.created[identity]
        if table:
            for key in [key for key in self.columns if _base(key[0]) == base]:
                del self.columns[key]
            for index in [key for key, on in self.indexes.items() if _base(on) == base]:
                self.created.pop(index, None)
                del self.indexes[index]
                if index[0] == "table":  # a partition goes with its parent, and its own partitions too
                    self.forget(_base(index[1]))

    def forget_schema(self, schema: str) -> None:
        for identity in [key for key in self.created if key[1].startswith(schema + ".")]:
            del self.created[identity]
        for key in [key for key in self.columns if key[0].startswith(schema + ".")]:
            del self.columns[key]


def check(path: str, text: str, statements, context=None) -> list[Finding]:
    from pglast import enums

    global OUTPUT_MODES
    OUTPUT_MODES = {enums.FunctionParameterMode.FUNC_PARAM_OUT, enums.FunctionParameterMode.FUNC_PARAM_TABLE}
    add_column = enums.AlterTableType.AT_AddColumn
    drop_column = enums.AlterTableType.AT_DropColumn
    expects_errors = context.expects_errors if context is not None else (lambda offset: False)
    quiet_repeats = context is not None and (context.tests or context.suite)
    barriers = list(context.barriers) if context is not None else []
    branches = [(start, name) for start, _end, name in context.script.metas
                if name in BRANCH_COMMANDS] if context is not None else []
    findings: list[Finding] = []
    state = _State()
    transaction: list[tuple] = []  # (savepoint name or None for BEGIN, state before, findings before)
    branch_stack: list[_State] = []
    previous, previous_hints, last_end = None, [], 0
    named, name, copies = "name" in text and QUERY_NAME.search(text) is not None, None, None
    sections, section, saved = section_starts(text), None, {}
    for raw in statements:
        statement = raw.stmt
        kind = type(statement).__name__
        offset = first_token(text, raw.stmt_location or 0)
        line, col = line_col(text, offset)
        if sections and sections[0][0] < offset:  # another section of a migration: a script of its own
            saved[section] = state
            while sections and sections[0][0] < offset:
                section = sections.pop(0)[1]
            state, transaction, branch_stack, previous = saved.get(section) or _State(), [], [], None
        while branches and branches[0][0] < offset:  # psql \if / \elif / \else / \endif: one branch runs
            name = branches.pop(0)[1]
            if name == "if":
                branch_stack.append(state.copy())
            elif name in ("elif", "else") and branch_stack:
                state = branch_stack[-1].copy()
            elif name == "endif" and branch_stack:
                branch_stack.pop()
            previous = None
        quiet = expects_errors(offset)
        stmt_end = (raw.stmt_location or 0) + (raw.stmt_len or len(text))
        hints = HINT_COMMENT.findall(text, last_end, stmt_end)  # /*+ ... */ before or in it (pg_hint_plan)

        name_before, name = name, _query_name(text, last_end, offset, name) if named else None
        if previous is not None and (not quiet_repeats or _pgtap_check(statement)) and not quiet \
                and kind not in NOT_REPEATABLE_CHECKED \
                and statement == previous.stmt and name == name_before and not _select_of_constants(statement) \
                and not _idempotent(statement, kind) \
                and not _barrier_between(barriers, previous, raw.stmt_location or 0) \
                and hints == previous_hints:
            first_line = line_col(text, first_token(text, previous.stmt_location or 0))[0]
            if copies is not None and copies[0] is previous:  # a third copy in a row: not one hunk doubled
                if copies[1] in findings:
                    findings.remove(copies[1])
                copies = (raw, None)
            else:
                copies = (raw, Finding(path, line, col, "RL214", f"the same statement repeated back-to-back "
                                                                 f"(first on line {first_line}){BOTH_SIDES}"))
                findings.append(copies[1])
        previous, previous_hints, last_end = raw, hints, stmt_end

        if kind not in KEEPS_DROPPED:  # it may create anything (a function call, a DO block, CREATE EXTENSION)
            state.dropped.clear()
            if kind == "DoStmt":  # it may take out of an extension what it names, with a DROP
                body = text[raw.stmt_location or 0:stmt_end].lower()
                if re.search(r"\bdrop\b", body):
                    for key in [key for key in state.members
                                if re.search(rf"\b{re.escape(_base(key[2].split('(')[0]).lower())}\b", body)]:
                        del state.members[key]
            else:
                state.members.clear()
        if kind == "AlterExtensionContentsStmt":
            key = (statement.extname, statement.objtype.name.removeprefix("OBJECT_").lower().replace("_", " "),
                   _object_text(statement.object))
            action = "added to" if statement.action > 0 else "dropped from"
            earlier = state.members.get(key)
            if earlier is not None and earlier[2] == action and not quiet \
                    and not _barrier_between(barriers, earlier[1], raw.stmt_location or 0):
                findings.append(Finding(path, line, col, "RL217",
                                        f"{key[1]} {key[2]} {action} extension {key[0]} again (first on line "
                                        f"{earlier[0]}): the second fails{BOTH_SIDES}"))
            state.members[key] = (line, stmt_end, action)
            continue
        if kind == "TransactionStmt":
            state = _transaction(statement, enums.TransactionStmtKind, transaction, findings, state)
            continue
        if kind == "DropStmt":
            for key in _drop_keys(statement):
                earlier = state.dropped.get(key)
                if earlier is not None and not statement.missing_ok and not quiet \
                        and not _barrier_between(barriers, earlier[1], raw.stmt_location or 0):
                    findings.append(Finding(path, line, col, "RL216",
                                            f"{key[0]} {_display(key)} dropped again (first on line {earlier[0]}), "
                                            f"and nothing in between creates it{BOTH_SIDES}"))
                state.dropped[key] = (line, stmt_end)
                for member in [member for member in state.members
                               if _base(member[2].split("(")[0]) == _base(key[1]) or member[0] == key[1]]:
                    del state.members[member]  # the object (or the extension) is gone: membership starts afresh
            _drop(statement, state, enums)
            continue
        if kind in ("RenameStmt", "AlterObjectSchemaStmt"):
            _moved(statement, kind, state, enums)
            continue
        identity, guarded = _identity(statement, kind)
        if identity is not None:
            for key in [key for key in state.dropped if _base(key[1]) == _base(identity[1])]:
                del state.dropped[key]  # created again: it can be dropped again
            replace = bool(getattr(statement, "replace", False))
            earlier = state.created.get(identity)
            if earlier is not None and kind == "IndexStmt" and context is not None \
                    and context.index_names_per_table and state.indexes.get(identity) != _relation(statement.relation):
                earlier = None  # the same name on another table: healthy in MySQL and SQL Server
            # CREATE VIEW v then CREATE OR REPLACE VIEW v is pg_dump's idiom (and an upgrade script's); the
            # same CREATE OR REPLACE twice changes nothing (a test block run twice), and is not two versions
            # a stub the statements in between used, then replaced by the real one (an upgrade script's
            # staged definition): the first version was needed, not a second version kept
            if earlier is not None and not guarded and not (replace and not earlier[1]) and not quiet \
                    and not (replace and statement == earlier[2]) \
                    and not (replace and _used_between(text, earlier[3], raw.stmt_location or 0, identity)):
                findings.append(Finding(path, line, col, "RL212",
                                        f"{identity[0]} {_display(identity)} created twice in one file (first on "
                                        f"line {earlier[0]}){BOTH_SIDES}"))
            if earlier is None or replace:
                state.created[identity] = (earlier[0] if earlier else line, replace, statement, stmt_end)
            if kind == "IndexStmt":
                state.indexes[identity] = _relation(statement.relation)
            elif kind == "CreateStmt" and statement.partbound is not None and statement.inhRelations:
                state.indexes[identity] = _relation(statement.inhRelations[0])
        if kind == "CreateStmt":
            table = _relation(statement.relation)
            seen: dict[str, bool] = {}
            for element in statement.tableElts or ():
                name = getattr(element, "colname", None)
                if name is None:
                    continue
                where = line_col(text, element.location) if element.location is not None else (line, col)
                if name in seen and not quiet:
                    findings.append(Finding(path, *where, "RL211",
                                            f"column {name!r} defined twice in CREATE TABLE {table}{BOTH_SIDES}"))
                seen[name] = True
                state.columns.setdefault((table, name), where[0])
        elif kind == "AlterTableStmt":
            table = _relation(statement.relation)
            for command in statement.cmds or ():
                if command.subtype == drop_column:
                    state.columns.pop((table, command.name), None)
                    continue
                if command.subtype != add_column:
                    continue
                name = getattr(command.def_, "colname", None)
                if name is None:
                    continue
                location = getattr(command.def_, "location", None)
                where = line_col(text, location) if location is not None else (line, col)
                if (table, name) in state.columns and not command.missing_ok and not quiet:
                    findings.append(Finding(path, *where, "RL213",
                                            f"column {name!r} of {table} added again (first on line "
                                            f"{state.columns[(table, name)]}){BOTH_SIDES}"))
                state.columns.setdefault((table, name), where[0])
    specific = {(finding.line, finding.col) for finding in findings if finding.code in ("RL216", "RL217")}
    return [finding for finding in findings if finding.code != "RL214" or (finding.line, finding.col) not in specific]


def _transaction(statement, kinds, transaction, findings, state: _State) -> _State:
    """BEGIN / SAVEPOINT remember the state; ROLLBACK [TO] restores it and drops what was reported since.
    Returns the state to go on with."""
    kind = statement.kind
    if kind in (kinds.TRANS_STMT_BEGIN, kinds.TRANS_STMT_START):
        transaction[:] = [(None, state.copy(), len(findings))]
    elif kind == kinds.TRANS_STMT_SAVEPOINT and transaction:
        transaction.append((statement.savepoint_name, state.copy(), len(findings)))
    elif kind in (kinds.TRANS_STMT_COMMIT, kinds.TRANS_STMT_PREPARE):
        transaction.clear()
    elif kind == kinds.TRANS_STMT_RELEASE:
        names = [entry[0] for entry in transaction]
        if statement.savepoint_name in names and names.index(statement.savepoint_name) > 0:
            del transaction[names.index(statement.savepoint_name):]
    elif kind in (kinds.TRANS_STMT_ROLLBACK, kinds.TRANS_STMT_ROLLBACK_TO) and transaction:
        names = [entry[0] for entry in transaction]
        if kind == kinds.TRANS_STMT_ROLLBACK:
            index = 0
        elif statement.savepoint_name in names[1:]:
            index = names.index(statement.savepoint_name, 1)
        else:
            return state
        _name, before, reported = transaction[index]
        findings[reported:] = [finding for finding in findings[reported:] if finding.code not in ROLLED_BACK]
        if kind == kinds.TRANS_STMT_ROLLBACK:
            transaction.clear()
        else:
            del transaction[index + 1:]  # the savepoint stays, and can be rolled back to again
            transaction[index] = (_name, before, len(findings))
        return before.copy()
    return state


def _drop(statement, state: _State, enums) -> None:
    object_type = enums.ObjectType
    if statement.removeType == object_type.OBJECT_SCHEMA:
        for obj in statement.objects or ():
            state.forget_schema(str(getattr(obj, "sval", obj)))
        return
    for obj in statement.objects or ():
        base, signature = _target(obj)
        state.forget(base, signature)
    if statement.behavior == enums.DropBehavior.DROP_CASCADE:  # its dependents (views, indexes) go too
        for identity in [key for key in state.created if key[0] in ("view", "index")]:
            del state.created[identity]


def _moved(statement, kind: str, state: _State, enums) -> None:
    """ALTER ... RENAME [COLUMN] / SET SCHEMA: the old name is free again."""
    object_type = enums.ObjectType
    if kind == "RenameStmt":
        if statement.renameType == object_type.OBJECT_COLUMN:
            if statement.relation is not None:
                table = _base(_relation(statement.relation))
                for key in [key for key in state.columns if _base(key[0]) == table and key[1] == statement.subname]:
                    del state.columns[key]
            return
        if statement.renameType == object_type.OBJECT_SCHEMA:
            state.forget_schema(statement.subname or "")
            return
        if statement.renameType.name not in RENAMED_OBJECTS:  # a constraint, trigger, policy ... of it
            return
    if getattr(statement, "relation", None) is not None:
        state.forget(_base(_relation(statement.relation)))
    elif getattr(statement, "object", None) is not None:
        base, signature = _target(statement.object)
        state.forget(base, signature)


# statements that create nothing (or only what _identity names, handled apart): a DROP before them stands
KEEPS_DROPPED = {"DropStmt", "AlterTableStmt", "CommentStmt", "GrantStmt", "TransactionStmt", "VariableSetStmt",
                 "VariableShowStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "TruncateStmt", "AlterExtensionContentsStmt",
                 "AlterOwnerStmt", "AlterFunctionStmt", "AlterSeqStmt", "AlterDomainStmt", "AlterEnumStmt",
                 "CreateStmt", "IndexStmt", "ViewStmt", "CreateFunctionStmt", "CreateSeqStmt", "CreateEnumStmt",
                 "CompositeTypeStmt", "CreateDomainStmt", "VacuumStmt", "AnalyzeStmt", "NotifyStmt", "LockStmt",
                 "AlterExtensionContentsStmt"}
# ... and change no extension's members: an ALTER EXTENSION ADD / DROP before them stands (AlterExtensionContentsStmt
# itself is handled apart)


def _drop_keys(statement) -> list[tuple]:
    """(kind, name as written, argument types or None) of each object a DROP names."""
    kind = statement.removeType.name.removeprefix("OBJECT_").lower().replace("_", " ")
    keys = []
    for obj in statement.objects or ():
        if type(obj).__name__ == "ObjectWithArgs":
            name = ".".join(part.sval for part in obj.objname or ())
            signature = None if obj.args_unspecified else tuple(_type(arg) for arg in obj.objargs or ())
        elif type(obj).__name__ == "TypeName":
            name, signature = ".".join(part.sval for part in obj.names), None
        else:
            name, signature = _dotted(obj), None
        keys.append((kind, name, signature))
    return keys


def _object_text(obj) -> str:
    """An ALTER EXTENSION member as written: name, and argument types for a routine."""
    if type(obj).__name__ == "ObjectWithArgs":
        name = ".".join(part.sval for part in obj.objname or ())
        return name if obj.args_unspecified else f"{name}({', '.join(_type(arg) for arg in obj.objargs or ())})"
    if type(obj).__name__ == "TypeName":
        return ".".join(part.sval for part in obj.names)
    return _dotted(obj)


def _loose(signature: tuple) -> tuple:
    """Argument types as PostgreSQL matches them: type modifiers and array sizes ignored."""
    return tuple(re.sub(r"\[\d*\]", "[]", re.sub(r"\([^)]*\)", "", part)) for part in signature)


def _target(obj) -> tuple[str, tuple | None]:
    """(unqualified name, argument types or None) of what a DROP / RENAME names."""
    if type(obj).__name__ == "ObjectWithArgs":
        names = [part.sval for part in obj.objname or ()]
        signature = None if obj.args_unspecified else tuple(_type(arg) for arg in obj.objargs or ())
        return (names[-1] if names else ""), signature
    if type(obj).__name__ == "TypeName":
        return obj.names[-1].sval, None
    return _base(_dotted(obj)), None


def _query_name(text: str, start: int, stop: int, current: str | None) -> str | None:
    """The query name a statement is under: the last name annotation in the comments before it
    (from the end of the statement before), else the name the one before was under."""
    names = QUERY_NAME.findall(text, start, stop)
    return names[-1] if names else current


def _barrier_between(barriers, previous, start: int) -> bool:
    """A psql meta-command (\\c reconnect, \\set ...), an #include or a statement left out lies between the
    two (previous: the earlier statement, or where it ends)."""
    end = previous if isinstance(previous, int) else (previous.stmt_location or 0) + (previous.stmt_len or 0)
    index = bisect.bisect_left(barriers, end)
    return index < len(barriers) and barriers[index] < start


def _display(identity: tuple) -> str:
    return identity[1] if identity[2] is None else f"{identity[1]}({', '.join(identity[2])})"


REFERS_TO_ROUTINE = {"function", "procedure", "routine", "aggregate"}  # GRANT/COMMENT/ALTER ... ON FUNCTION f(): not a call


def _used_between(text: str, start: int, end: int, identity: tuple) -> bool:
    """Whether the code between two definitions (strings and comments left out) uses the object: a
    function or procedure called (not named after FUNCTION, as GRANT and COMMENT name it), a view read
    FROM or JOINed."""
    from .dialect import HIDDEN, _blanked

    if identity[0] not in ("function", "procedure", "view") or end <= start:
        return False
    code = HIDDEN.sub(_blanked, text[start:end])
    base = re.escape(_base(identity[1]))
    if identity[0] == "view":
        return re.search(rf"\b(?:FROM|JOIN)\s+(?:\w+\.)?{base}\b", code, re.I) is not None
    for match in re.finditer(rf"(?<![\w$.])(?:\w+\.)?{base}\s*\(", code, re.I):
        before = re.search(r"(\w+)\s*$", code[:match.start()])
        if before is None or before.group(1).lower() not in REFERS_TO_ROUTINE:
            return True
    return False


def _base(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _type(type_name) -> str:
    """An argument type as written: name, typmods and array bounds (g(int) and g(int[]) are overloads)."""
    text = ".".join(part.sval for part in type_name.names)
    if type_name.pct_type:
        text += "%type"
    if type_name.typmods:
        text += "(" + ",".join(str(getattr(getattr(mod, "val", None), "ival", None) or getattr(
            getattr(mod, "val", None), "sval", mod)) for mod in type_name.typmods) + ")"
    for bound in type_name.arrayBounds or ():
        size = getattr(bound, "ival", -1)
        text += "[]" if size in (-1, None) else f"[{size}]"
    return text


def _identity(statement, kind: str) -> tuple[tuple | None, bool]:
    """((kind of object, name, signature or None), whether the statement tolerates an existing one)."""
    if kind == "CreateStmt":
        return ("table", _relation(statement.relation), None), bool(statement.if_not_exists)
    if kind == "IndexStmt" and statement.idxname:
        schema = statement.relation.schemaname
        name = f"{schema}.{statement.idxname}" if schema else statement.idxname
        return ("index", name, None), bool(statement.if_not_exists)
    if kind == "CreateSeqStmt":
        return ("sequence", _relation(statement.sequence), None), bool(statement.if_not_exists)
    if kind == "ViewStmt":
        return ("view", _relation(statement.view), None), False
    if kind in ("CreateEnumStmt", "CreateDomainStmt"):
        names = statement.typeName if kind == "CreateEnumStmt" else statement.domainname
        return ("type", ".".join(n.sval for n in names), None), False
    if kind == "CompositeTypeStmt":
        return ("type", _relation(statement.typevar), None), False
    if kind == "CreateFunctionStmt":
        name = ".".join(n.sval for n in statement.funcname)
        signature = tuple(_type(p.argType) for p in statement.parameters or ()
                          if getattr(p, "argType", None) is not None and p.mode not in OUTPUT_MODES)
        what = "procedure" if statement.is_procedure else "function"
        return (what, name, signature), False
    return None, False


def _relation(range_var) -> str:
    return f"{range_var.schemaname}.{range_var.relname}" if range_var.schemaname else range_var.relname


def _dotted(obj) -> str:
    parts = obj if isinstance(obj, (tuple, list)) else (obj,)
    return ".".join(str(getattr(part, "sval", part)) for part in parts)


def _idempotent(statement, kind: str) -> bool:
    """IF NOT EXISTS / IF EXISTS statements may repeat harmlessly."""
    if getattr(statement, "if_not_exists", False) or (kind == "DropStmt" and statement.missing_ok):
        return True
    if kind == "AlterTableStmt":
        return all(getattr(command, "missing_ok", False) for command in statement.cmds or ())
    return False


PGTAP_CHECKS = {"ok", "is", "isnt", "is_empty", "isnt_empty", "results_eq", "results_ne", "set_eq", "set_ne",
                "set_has", "set_hasnt", "bag_eq", "bag_ne", "bag_has", "bag_hasnt", "row_eq", "matches", "imatches",
                "doesnt_match", "doesnt_imatch", "alike", "ialike", "unalike", "unialike", "cmp_ok", "fk_ok"}
PGTAP_CHECK_PREFIXES = ("has_", "hasnt_", "col_", "is_", "isnt_")


def _pgtap_check(statement) -> bool:
    """`SELECT is_empty(...)`, `SELECT has_table(...)`: a pgTAP assertion that only reads. In a test
    script, where repeats are deliberate, the same check twice in a row checks nothing more and
    counts twice in the plan: a doubled hunk (lives_ok, throws_ok and the like run SQL: left out)."""
    if type(statement).__name__ != "SelectStmt" or statement.fromClause or len(statement.targetList or ()) != 1:
        return False
    call = statement.targetList[0].val
    if type(call).__name__ != "FuncCall" or not call.args:
        return False
    name = call.funcname[-1].sval.lower()
    return name in PGTAP_CHECKS or name.startswith(PGTAP_CHECK_PREFIXES)


def _select_of_constants(statement) -> bool:
    """`SELECT 1;` twice proves nothing; `SELECT create_hypertable(...)` twice does."""
    if type(statement).__name__ != "SelectStmt" or not statement.targetList:
        return False
    return all(type(target.val).__name__ == "A_Const" for target in statement.targetList)


def first_token(text: str, offset: int) -> int:
    """The offset of the next token from `offset`, past blanks and comments (stmt_location points
    after the previous `;`; the checker skips to a statement the same way)."""
    return past_blanks_and_comments(text, offset, "--")
