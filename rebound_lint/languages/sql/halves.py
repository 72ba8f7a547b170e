"""SQL: fingerprints of both halves of a conflict kept, on the pglast tree (postgres).

RL211 a column defined twice in one CREATE TABLE. RL212 the same table, index, type, sequence,
view or function (same argument types) created twice in one file, unless a statement in between
drops it or the second says IF NOT EXISTS. RL213 the same column added twice by ALTER TABLE (or
added to a table this file creates with it), unless IF NOT EXISTS. RL214 the same statement
repeated back-to-back (transaction control and SET excepted).
"""
from __future__ import annotations

from ...findings import Finding
from ...textpos import line_col

HINT = " (were both sides of a conflict kept?)"
OUTPUT_MODES: set = set()  # filled from pglast's enums on first use (pglast is imported lazily)
NOT_REPEATABLE_CHECKED = {"TransactionStmt", "VariableSetStmt", "VariableShowStmt", "CheckPointStmt",
                          "NotifyStmt", "ListenStmt", "UnlistenStmt", "DiscardStmt", "LockStmt"}


def check(path: str, text: str, statements, context=None) -> list[Finding]:
    from pglast import enums

    global OUTPUT_MODES
    OUTPUT_MODES = {enums.FunctionParameterMode.FUNC_PARAM_OUT, enums.FunctionParameterMode.FUNC_PARAM_TABLE}
    add_column = enums.AlterTableType.AT_AddColumn
    drop_column = enums.AlterTableType.AT_DropColumn
    findings: list[Finding] = []
    created: dict[tuple, int] = {}  # object identity -> line of its creation
    columns: dict[tuple[str, str], int] = {}  # (table, column) -> line it was added or created
    previous = None
    for raw in statements:
        statement = raw.stmt
        kind = type(statement).__name__
        line, col = line_col(text, _first_token(text, raw.stmt_location or 0))

        if previous is not None and kind not in NOT_REPEATABLE_CHECKED and statement == previous.stmt \
                and not _select_of_constants(statement) and not _idempotent(statement, kind):
            first_line = line_col(text, _first_token(text, previous.stmt_location or 0))[0]
            findings.append(Finding(path, line, col, "RL214",
                                    f"the same statement repeated back-to-back (first on line {first_line}){HINT}"))
        previous = raw

        if kind == "DropStmt":
            for obj in statement.objects or ():
                name = _dotted(obj)
                for identity in [key for key in created if key[1] == name]:
                    del created[identity]
                for key in [key for key in columns if key[0] == name]:
                    del columns[key]
            continue
        identity, guarded = _identity(statement, kind)
        if identity is not None:
            if identity in created and not guarded:
                findings.append(Finding(path, line, col, "RL212",
                                        f"{identity[0]} {identity[1]} created twice in one file (first on line "
                                        f"{created[identity]}){HINT}"))
            created.setdefault(identity, line)
        if kind == "CreateStmt":
            table = _relation(statement.relation)
            seen: dict[str, bool] = {}
            for element in statement.tableElts or ():
                name = getattr(element, "colname", None)
                if name is None:
                    continue
                if name in seen:
                    findings.append(Finding(path, line, col, "RL211",
                                            f"column {name!r} defined twice in CREATE TABLE {table}{HINT}"))
                seen[name] = True
                columns.setdefault((table, name), line)
        elif kind == "AlterTableStmt":
            table = _relation(statement.relation)
            for command in statement.cmds or ():
                if command.subtype == drop_column:
                    columns.pop((table, command.name), None)
                    continue
                if command.subtype != add_column:
                    continue
                name = getattr(command.def_, "colname", None)
                if name is None:
                    continue
                if (table, name) in columns and not command.missing_ok:
                    findings.append(Finding(path, line, col, "RL213",
                                            f"column {name!r} of {table} added again (first on line "
                                            f"{columns[(table, name)]}){HINT}"))
                columns.setdefault((table, name), line)
    return findings


def _identity(statement, kind: str) -> tuple[tuple | None, bool]:
    """((kind of object, name[, signature]), whether the statement tolerates an existing one)."""
    if kind == "CreateStmt":
        return ("table", _relation(statement.relation)), bool(statement.if_not_exists)
    if kind == "IndexStmt" and statement.idxname:
        schema = statement.relation.schemaname
        return ("index", f"{schema}.{statement.idxname}" if schema else statement.idxname), bool(statement.if_not_exists)
    if kind == "CreateSeqStmt":
        return ("sequence", _relation(statement.sequence)), bool(statement.if_not_exists)
    if kind == "ViewStmt":
        return ("view", _relation(statement.view)), False
    if kind in ("CreateEnumStmt", "CreateDomainStmt"):
        names = statement.typeName if kind == "CreateEnumStmt" else statement.domainname
        return ("type", ".".join(n.sval for n in names)), False
    if kind == "CompositeTypeStmt":
        return ("type", _relation(statement.typevar)), False
    if kind == "CreateFunctionStmt":
        name = ".".join(n.sval for n in statement.funcname)
        signature = tuple(".".join(n.sval for n in p.argType.names) for p in statement.parameters or ()
                          if getattr(p, "argType", None) is not None and p.mode not in OUTPUT_MODES)
        what = "procedure" if statement.is_procedure else "function"
        return (what, f"{name}({', '.join(signature)})"), False
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


def _select_of_constants(statement) -> bool:
    """`SELECT 1;` twice proves nothing; `SELECT create_hypertable(...)` twice does."""
    if type(statement).__name__ != "SelectStmt" or not statement.targetList:
        return False
    return all(type(target.val).__name__ == "A_Const" for target in statement.targetList)


def _first_token(text: str, offset: int) -> int:
    """stmt_location points after the previous `;`: skip blanks and comments to the statement."""
    length = len(text)
    while offset < length:
        if text[offset].isspace():
            offset += 1
        elif text.startswith("--", offset):
            newline = text.find("\n", offset)
            offset = length if newline < 0 else newline + 1
        elif text.startswith("/*", offset):
            close = text.find("*/", offset + 2)
            offset = length if close < 0 else close + 2
        else:
            break
    return offset
