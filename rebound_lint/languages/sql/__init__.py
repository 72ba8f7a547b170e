"""SQL: pglast (the real PostgreSQL parser) for postgres, sqlglot with errors raised otherwise.

psql scripts are made parseable first (meta-command lines blanked, `:var` substituted, line
and column positions kept); templated or preprocessed SQL is left to the marker check.
"""
from __future__ import annotations

import logging
import re

from ...findings import Finding
from . import halves
from ...textpos import line_col

PREPROCESSOR = re.compile(r"^[ \t]*#[ \t]*(include|define|if|ifdef|ifndef|endif|else|elif|undef|pragma)\b", re.M)
TEMPLATE = re.compile(r"\{\{|\{%")
PSQL_HINT = re.compile(r"^[ \t]*\\|:['\"]?[A-Za-z_]", re.M)
PSQL_TOKEN = re.compile(
    r"""(?P<estring>[Ee]'(?:[^'\\]|\\.|'')*')"""
    r"""|(?P<string>'(?:[^']|'')*')"""
    r"""|(?P<ident>"(?:[^"]|"")*")"""
    r"""|(?P<dollar>\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$)"""
    r"""|(?P<line_comment>--[^\n]*)"""
    r"""|(?P<block_comment>/\*)"""
    r"""|(?P<meta>^[ \t]*\\[^\n]*)"""
    r"""|(?P<cast>::|:=)"""
    r"""|(?P<var>:(?:'[A-Za-z_][A-Za-z0-9_]*'|"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*))""",
    re.M | re.S,
)
STATEMENT_START = re.compile(
    r"\n[ \t]*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|GRANT|REVOKE|TRUNCATE|COMMENT|WITH|MERGE|REPLACE|SET|USE)\b",
    re.I,
)

logging.getLogger("sqlglot").setLevel(logging.ERROR)  # its fallback warnings become findings here


def check(source, config):
    text = source.text
    if PREPROCESSOR.search(text):
        source.note("preprocessor directives: not plain SQL, conflict markers checked only")
        return []
    if TEMPLATE.search(text):
        source.note("templated SQL ({{ }} / {% %}): conflict markers checked only")
        return []
    if PSQL_HINT.search(text):
        text = psql_to_sql(text)
    if config.sql_dialect == "postgres":
        pglast_parser = _pglast()
        if pglast_parser is not None:
            return _check_postgres(source.path, text, pglast_parser)
        source.notice("pglast is not installed: postgres SQL is parsed with sqlglot instead")
    return _check_sqlglot(source.path, text, config.sql_dialect, source)


def psql_to_sql(text: str) -> str:
    """Blank psql meta-command lines and turn :var / :'var' / :"var" into same-length SQL."""
    out = []
    pos = 0
    while True:
        match = PSQL_TOKEN.search(text, pos)
        if not match:
            break
        kind = match.lastgroup
        end = match.end()
        if kind == "dollar":
            close = text.find(match.group(), end)
            end = len(text) if close < 0 else close + len(match.group())
        elif kind == "block_comment":
            close = text.find("*/", end)
            end = len(text) if close < 0 else close + 2
        elif kind == "meta":
            out.append(text[pos : match.start()])
            out.append(" " * (end - match.start()))
            pos = end
            continue
        elif kind == "var":
            name = match.group()[1:]
            if name[0] in "'\"":  # :'name' -> 'vvvvv' and :"name" -> "vvvvv", same length
                replacement = name[0] + "v" * (len(match.group()) - 2) + name[0]
            else:
                replacement = "_" + name
            out.append(text[pos : match.start()])
            out.append(replacement)
            pos = end
            continue
        out.append(text[pos:end])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _pglast():
    try:
        from pglast import parser
    except ImportError:
        return None
    return parser


def _check_postgres(path, text, parser):
    try:
        statements = parser.parse_sql(text)
    except parser.ParseError as exc:
        message, offset = exc.args[0], exc.args[1] if len(exc.args) > 1 else None
        line, col = line_col(text, offset) if isinstance(offset, int) else (1, 1)
        return [Finding(path, line, col, "RL201", message)]
    return list(_check_plpgsql_bodies(path, text, statements, parser)) + halves.check(path, text, statements)


def _check_plpgsql_bodies(path, text, statements, parser):
    """PL/pgSQL function and DO bodies are strings to parse_sql; parse them too."""
    for raw in statements:
        statement = raw.stmt
        name = type(statement).__name__
        if name == "DoStmt":
            language = _option(statement.args, "language") or "plpgsql"
        elif name == "CreateFunctionStmt":
            language = _option(statement.options, "language")
        else:
            continue
        if (language or "").lower() != "plpgsql":
            continue
        start = raw.stmt_location or 0
        end = start + raw.stmt_len if raw.stmt_len else len(text)
        try:
            parser.parse_plpgsql_json(text[start:end])
        except parser.ParseError as exc:
            line, col = line_col(text, start)
            yield Finding(path, line, col, "RL201", f"in the PL/pgSQL body: {exc.args[0]}")
        except RecursionError:
            yield Finding(path, *line_col(text, start), "RL012", "nesting too deep to parse")


def _option(options, wanted):
    for option in options or ():
        if getattr(option, "defname", None) == wanted:
            arg = option.arg
            return getattr(arg, "sval", None) or str(arg)
    return None


def _check_sqlglot(path, text, dialect, source=None):
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel, ParseError, TokenError

    read = "postgres" if dialect == "postgres" else dialect
    try:
        expressions = sqlglot.parse(text, read=read, error_level=ErrorLevel.RAISE)
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        message = first.get("description", str(exc)).split("<Token")[0].strip()
        return [Finding(path, first.get("line") or 1, first.get("col") or 1, "RL201", message)]
    except TokenError as exc:
        return [Finding(path, 1, 1, "RL201", f"cannot tokenize: {exc}")]
    except RecursionError:
        raise  # the runner's RL012
    except Exception as exc:  # noqa: BLE001 - a crash inside sqlglot is its bug, not a finding on the file
        if source is not None:
            source.note(f"sqlglot failed inside ({type(exc).__name__}: {exc}): conflict markers checked only")
        return []
    findings = []
    starts = None
    for index, expression in enumerate(expressions):
        if not isinstance(expression, exp.Command):
            continue
        body = expression.sql(dialect=read)
        fused = STATEMENT_START.search(body)
        if not fused:
            continue
        if starts is None:
            starts = _statement_starts(text, read)
        line, col = starts[index] if index < len(starts) else (1, 1)
        findings.append(Finding(
            path, line, col, "RL202",
            f"not understood as one statement: a {fused.group(1).upper()} begins inside it "
            f"(missing ';' between two statements?)",
        ))
    return findings


def _statement_starts(text, dialect):
    """(line, col) of each statement's first token, in the order sqlglot.parse returns them."""
    from sqlglot.dialects.dialect import Dialect
    from sqlglot.tokens import TokenType

    starts, expect_start = [], True
    for token in Dialect.get_or_raise(dialect).tokenize(text):
        if token.token_type == TokenType.SEMICOLON:
            expect_start = True
        elif expect_start:
            starts.append(line_col(text, token.start))
            expect_start = False
    return starts
