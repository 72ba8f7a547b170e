"""SQL of dialects other than PostgreSQL, read with sqlglot, which is authoritative for none of them.

sqlglot's grammar rejects valid SQL of every dialect it knows (vendor extensions, procedural bodies) and
accepts some invalid SQL; a rejection alone is therefore a --debug note. What is certain whatever the
dialect (docs/sql-dialects.md):

- text no dialect's tokenizer reads (an unterminated string or comment in every one tried);
- parentheses that do not balance inside a statement (no SQL dialect lets a `(` span a `;` or stay open);
- two statements fused where a `;` was lost: a statement keyword opening a line inside a statement that
  began on an earlier line, after a line that ends as a statement can (a name, a type, a literal, `)`),
  in a statement with no procedural body (BEGIN, LOOP, THEN ...) and in a dialect that needs the `;`
  (not T-SQL); both when sqlglot stops there and when it keeps the text as one opaque `Command`.

Batch and client syntax sqlglot does not read is rewritten first, every offset kept: T-SQL `GO` lines and
Oracle's `/` lines end a statement; MySQL `DELIMITER` sections (stored routines) are left out.
"""
from __future__ import annotations

import re

from ...findings import Finding
from ...textpos import line_col
from ..repeats import BOTH_SIDES

TOKENIZERS = ("", "mysql", "postgres", "tsql", "sqlite", "bigquery")  # "no dialect's tokenizer reads it"
GO_LINE = re.compile(r"^([ \t]*)(GO)([ \t]*\d*[ \t]*)$", re.I | re.M)
SLASH_LINE = re.compile(r"^([ \t]*)/([ \t]*)$", re.M)
DELIMITER = re.compile(r"^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$", re.I | re.M)
STATEMENT_START = re.compile(
    r"(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|GRANT|REVOKE|TRUNCATE|COMMENT|WITH|MERGE|REPLACE|SET|USE)\b",
    re.I)
PROCEDURAL = {"BEGIN", "LOOP", "REPEAT", "WHILE", "THEN", "ELSE", "ELSIF", "ELSEIF", "DECLARE", "TRIGGER",
              "PROCEDURE", "FUNCTION", "EVENT", "PACKAGE", "DO", "CASE", "WHEN", "AS", "RETURN", "RETURNS"}
# Not DB2: its command line processor (db2 -f) ends a statement at the line end unless started with -t, and
# its scripts are written both ways. Not T-SQL (GO and line breaks separate its batches).
NEEDS_SEMICOLON = {"mysql", "sqlite", "oracle", "clickhouse", "h2", "hsqldb", "derby", "snowflake",
                   "bigquery", "redshift", "duckdb", "trino", "presto", "hive", "spark", "databricks"}


def check(source, text: str, chosen) -> list[Finding]:
    """Findings that are certain in any dialect; sqlglot's other complaints are notes."""
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel, ParseError, TokenError

    path, read = source.path, chosen.sqlglot
    text = _client_syntax(source, text, chosen.name, read)
    reader = _dialect(read)
    try:
        tokens = reader.tokenize(text)
    except TokenError as exc:
        return _untokenizable(source, text, read, exc)
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - a crash inside sqlglot is its bug, not a finding on the file
        source.note(f"sqlglot failed inside ({type(exc).__name__}: {exc}): conflict markers checked only")
        return []
    unbalanced = _unbalanced(path, text, tokens, chosen.name)
    if unbalanced:
        return unbalanced
    try:
        expressions = reader.parser(error_level=ErrorLevel.RAISE).parse(tokens, text)  # tokenized once
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        message = first.get("description", str(exc)).split("<Token")[0].strip()
        line, col = first.get("line") or 1, first.get("col") or 1
        at = _token_index(tokens, text, line, col)
        fused = None if _one_statement_a_line(tokens) else _fused_at(text, tokens, at, chosen.name)
        if fused is None:
            fused = _column_without_comma(text, tokens, at)
        if fused is not None and fused[0] == "column":
            return [Finding(path, *line_col(text, fused[1]), "RL201",
                            f"{message}: a column definition follows the line before without a ',' between them")]
        if fused is not None:
            return [Finding(path, *line_col(text, fused[1]), "RL201",
                            f"{message}: a {fused[0]} begins a new line inside an unfinished statement "
                            f"(missing ';' between two statements?)")]
        grammar = f"sqlglot's {chosen.name} grammar is not" if chosen.sqlglot else \
            f"sqlglot has no {chosen.name} grammar, its generic one is not"
        source.note(f"line {line}: {message}: not reported ({grammar} "
                    f"authoritative: the dialect's own parser may accept it; dialect from {chosen.why})")
        return []
    except TokenError as exc:
        return _untokenizable(source, text, read, exc)
    except RecursionError:
        # sqlglot's recursion follows its own grammar (a T-SQL batch after IF ... BEGIN ... END nests
        # in the one before), not the file's nesting: a limit of a parser that is not authoritative
        source.note(f"sqlglot's {chosen.name} grammar ran out of recursion on this file (a limit of the parser, "
                    f"not the file's nesting): not parsed further; dialect from {chosen.why}")
        return []
    except MemoryError:
        raise  # the runner's RL013
    except Exception as exc:  # noqa: BLE001
        source.note(f"sqlglot failed inside ({type(exc).__name__}: {exc}): conflict markers checked only")
        return []
    findings = []
    starts = None
    listed = _one_statement_a_line(tokens)
    for index, expression in enumerate(expressions):
        if listed or not isinstance(expression, exp.Command):
            continue
        if starts is None:
            starts = _statement_starts(tokens)
        if index >= len(starts):
            continue
        first, last = starts[index]
        fused = None
        for at in range(first + 1, last + 1):
            fused = _fused_at(text, tokens, at, chosen.name, first)
            if fused is not None:
                break
        if fused is None:
            continue
        findings.append(Finding(
            path, *line_col(text, tokens[first].start), "RL202",
            f"not understood as one statement: a {fused[0]} begins inside it (missing ';' between two statements?)",
        ))
    spans = _statement_starts(tokens)
    if len(spans) == len(expressions):
        findings += _halves(path, text, tokens, expressions, spans)
    else:
        source.note("statements not matched to sqlglot's expressions: the both-halves rules were not run")
    return findings


# a query file's annotation (sqlc, yesql, HugSQL, aiosql, PugSQL): the statement after it is a query of its own
NAMED_QUERY = re.compile(r"(?:--|/\*|#)[ \t]*name:[ \t]*\S", re.I)


def _halves(path: str, text: str, tokens, expressions, spans) -> list[Finding]:
    """The both-halves rules on sqlglot's tree, for what fails in any database: a column defined twice
    in one CREATE TABLE (RL211), a table, view or index created twice (RL212) or a column added twice
    (RL213) with nothing in between dropping or renaming it, and the same data-changing or DDL statement
    twice in a row (RL214; not when a `-- name: X` annotation makes each a query of its own). An opaque
    Command in between may do anything: what was seen is forgotten.
    Not in test scripts and pg_regress-like suites (the same rules as PostgreSQL's)."""
    from sqlglot import exp

    from . import regression_suite, test_script
    from .halves import section_starts

    suite, tests = regression_suite(path), test_script(path)
    findings: list[Finding] = []
    created: dict = {}  # (kind, name) -> line
    columns: dict = {}  # (table, column) -> line
    previous = None
    sections, section, saved = section_starts(text), None, {}
    for expression, (first, last) in zip(expressions, spans):
        if expression is None:
            continue
        if sections and sections[0][0] < tokens[first].start:  # another section of a migration: a script of its own
            saved[section] = (created, columns)
            while sections and sections[0][0] < tokens[first].start:
                section = sections.pop(0)[1]
            (created, columns), previous = saved.get(section) or ({}, {}), None
        line, col = line_col(text, tokens[first].start)
        if previous is not None and not tests and expression == previous and _repeat_matters(expression, exp) \
                and not NAMED_QUERY.search(text, tokens[previous_last].end + 1, tokens[first].start):
            findings.append(Finding(path, line, col, "RL214", f"the same statement repeated back-to-back (first on "
                                                               f"line {line_col(text, tokens[previous_first].start)[0]})"
                                                               f"{BOTH_SIDES}"))
        previous, previous_first, previous_last = expression, first, last
        if isinstance(expression, exp.Command) or isinstance(expression, (exp.Drop, exp.Alter)) and _renames(expression):
            created.clear()  # it may drop, rename or create anything
            columns.clear()
        if isinstance(expression, exp.Drop):
            kind = (expression.args.get("kind") or "").upper()
            for table in expression.args.get("tables") or [expression.this]:
                name = _name(table)
                created.pop((kind, name), None)
                for key in [key for key in created if key[:2] == (kind, name)]:  # an index, on whichever table
                    del created[key]
                if kind == "TABLE":  # a table's indexes go with it, in every database
                    for key in [key for key in created if key[0] == "INDEX" and key[2] == name]:
                        del created[key]
                for key in [key for key in columns if key[0] == name]:
                    del columns[key]
            continue
        if isinstance(expression, exp.Create):
            kind, name = (expression.args.get("kind") or "").upper(), _name(expression.this)
            if kind == "TABLE" and isinstance(expression.this, exp.Schema):
                seen: set = set()
                for definition in expression.this.expressions:
                    if not isinstance(definition, exp.ColumnDef):
                        continue
                    column = definition.name.lower()
                    if column in seen and not suite:
                        at = _token_of(tokens, first, last, definition.name, 2)
                        findings.append(Finding(path, *line_col(text, at), "RL211",
                                                f"column {definition.name!r} defined twice in CREATE TABLE {name}"
                                                f"{BOTH_SIDES}"))
                    seen.add(column)
                    columns.setdefault((name, column), line)
            guarded = expression.args.get("exists") or expression.args.get("replace")
            if kind in ("TABLE", "VIEW", "INDEX") and name:
                # MySQL, SQL Server and ClickHouse name an index within its table: only the same name on the
                # same table fails in any database (PostgreSQL's schema-wide names are pglast's path)
                key = (kind, name, _name(expression.this.args.get("table"))) if kind == "INDEX" else (kind, name)
                if key in created and not guarded and not suite:
                    findings.append(Finding(path, line, col, "RL212", f"{kind.lower()} {name} created twice in one "
                                                                      f"file (first on line {created[key]})"
                                                                      f"{BOTH_SIDES}"))
                created.setdefault(key, line)
            continue
        if isinstance(expression, exp.Alter):
            table = _name(expression.this)
            for action in expression.args.get("actions") or ():
                if isinstance(action, exp.Drop):
                    for dropped in action.args.get("tables") or [action.this]:
                        columns.pop((table, _name(dropped)), None)
                elif not isinstance(action, exp.ColumnDef):  # MODIFY, CHANGE (a rename), ...: start afresh
                    for key in [key for key in columns if key[0] == table]:
                        del columns[key]
                else:
                    column = action.name.lower()
                    if (table, column) in columns and not action.args.get("exists") and not suite:
                        at = _token_of(tokens, first, last, action.name, 1)
                        findings.append(Finding(path, *line_col(text, at), "RL213",
                                                f"column {action.name!r} of {table} added again (first on line "
                                                f"{columns[(table, column)]}){BOTH_SIDES}"))
                    columns.setdefault((table, column), line)
    return findings


def _repeat_matters(expression, exp) -> bool:
    """Data changes and DDL, not guarded by IF [NOT] EXISTS or IGNORE: twice in a row is a botch."""
    if not isinstance(expression, (exp.Insert, exp.Update, exp.Delete, exp.Create, exp.Alter, exp.Drop)):
        return False
    if isinstance(expression, exp.Alter) and expression.args.get("actions") \
            and all(action.args.get("exists") for action in expression.args["actions"]):
        return False  # every action IF [NOT] EXISTS
    return not (expression.args.get("exists") or expression.args.get("ignore") or expression.args.get("replace"))


def _renames(expression) -> bool:
    """An ALTER or DROP whose actions rename something (ALTER TABLE ... RENAME ...)."""
    return any(type(action).__name__.startswith(("Rename", "AlterRename")) for action in
               expression.args.get("actions") or ())


def _name(node) -> str:
    """A table, view or index name as written, schema included, in lowercase ('' when there is none)."""
    from sqlglot import exp

    if isinstance(node, exp.Schema):
        node = node.this
    if isinstance(node, exp.Table):
        return ".".join(part.name for part in node.parts).lower()
    return (getattr(node, "name", "") or "").lower()


def _token_of(tokens, first: int, last: int, name: str, nth: int) -> int:
    """The offset of the nth token of a statement spelling name (a column), else the statement's first."""
    wanted, seen = name.lower(), 0
    for index in range(first, last + 1):
        if tokens[index].text.lower() == wanted:
            seen += 1
            if seen == nth:
                return tokens[index].start
    return tokens[first].start


_DIALECTS: dict = {}


def _dialect(read: str):
    """sqlglot's Dialect instance (made once: get_or_raise builds a new one each call)."""
    dialect = _DIALECTS.get(read)
    if dialect is None:
        from sqlglot.dialects.dialect import Dialect

        dialect = _DIALECTS[read] = Dialect.get_or_raise(read)
    return dialect


# A line opening with `--` and no space: a comment in every dialect but MySQL's (and its kin's), whose
# tokenizer wants a space after `--`. A migration generator's separator (`--split`) or a comment
# written so; reading it as `- -name` only invents a lost `;`. Read as a `#` comment, same length.
DASH_DASH_LINE = re.compile(r"^([ \t]*)--(?=[^\s-])", re.M)


def _dash_dash_is_no_comment(read: str) -> bool:
    """Whether the dialect's tokenizer reads `--x` as dashes (MySQL's), and `#x` as a comment."""
    known = _DASH_DASH.get(read)
    if known is None:
        try:
            reader = _dialect(read)
            known = _DASH_DASH[read] = bool(reader.tokenize("--x\n")) and not reader.tokenize("#x\n")
        except Exception:  # noqa: BLE001 - a tokenizer that rejects either: leave the text alone
            known = _DASH_DASH[read] = False
    return known


_DASH_DASH: dict = {}


def _client_syntax(source, text: str, name: str, read: str = "") -> str:
    """The file with what the database client reads (not the server) rewritten, same length."""
    if "--" in text and DASH_DASH_LINE.search(text) and _dash_dash_is_no_comment(read or name):
        text = DASH_DASH_LINE.sub(lambda m: m.group(1) + "# ", text)
        source.note("`--name` lines read as comments (every dialect but MySQL's reads them so)")
    if name == "tsql" and "go" in text.lower():
        text = GO_LINE.sub(lambda m: m.group(1) + "; " + m.group(3), text)
    if name == "oracle" and "/" in text:
        text = SLASH_LINE.sub(lambda m: m.group(1) + ";" + m.group(2), text)
    if name == "mysql" and DELIMITER.search(text):
        out, pos, custom = [], 0, None
        for match in DELIMITER.finditer(text):
            if custom is not None:  # a section with its own delimiter: stored routines, left out
                out.append(_blank(text[pos:match.end()]))
            else:
                out.append(text[pos:match.start()] + _blank(match.group()))
            custom = None if match.group(1) == ";" else match.group(1)
            pos = match.end()
        out.append(_blank(text[pos:]) if custom is not None else text[pos:])
        text = "".join(out)
        source.note("MySQL DELIMITER sections (stored routines) are not checked")
    return text


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _untokenizable(source, text: str, read: str, exc) -> list[Finding]:
    """A tokenizer error is certain only when no dialect's tokenizer reads the text."""
    from sqlglot.errors import TokenError

    for other in TOKENIZERS:
        if other == read:
            continue
        try:
            _dialect(other).tokenize(text)
        except TokenError:
            continue
        except (RecursionError, MemoryError):
            raise
        except Exception:  # noqa: BLE001 - a crash is no second opinion either way
            continue
        source.note(f"{exc}: not reported (the {other or 'generic'} tokenizer reads it)")
        return []
    return [Finding(source.path, *_token_error_at(text), "RL201",
                    "cannot tokenize: an unterminated string, quoted name or comment (no SQL dialect reads it)")]


def _token_error_at(text: str) -> tuple[int, int]:
    """Where the unterminated quote or comment opens: the last one that never closes."""
    from sqlglot.errors import TokenError

    low, high = 0, len(text)  # the shortest prefix the tokenizer refuses ends inside the bad token
    tokenizer = _dialect("")
    while low < high:
        middle = (low + high) // 2
        try:
            tokenizer.tokenize(text[:middle + 1])
        except TokenError:
            high = middle
        else:
            low = middle + 1
    # a prefix that ends inside a string fails too: the opening quote is the last one before it
    opening = max(text.rfind(quote, 0, low + 1) for quote in ("'", '"', "`", "/*"))
    return line_col(text, max(opening, 0))


def _unbalanced(path: str, text: str, tokens, dialect: str = "") -> list[Finding]:
    """A `(` still open at a `;` or the end, or a `)` with none open: certain in every dialect. In T-SQL
    a `;` inside parentheses may be an argument's own (OPENROWSET's 'server';'user';'password'): there
    only a GO line (rewritten to a `;` that opens its line) ends the statement."""
    from sqlglot.tokens import TokenType

    opened: list = []
    for token in tokens:
        kind = token.token_type
        if kind == TokenType.L_PAREN:
            opened.append(token)
        elif kind == TokenType.R_PAREN:
            if not opened:
                return [Finding(path, *line_col(text, token.start), "RL201", "')' without a matching '('")]
            opened.pop()
        elif kind == TokenType.SEMICOLON and opened:
            if dialect == "tsql" and text[text.rfind("\n", 0, token.start) + 1:token.start].strip():
                continue  # not a GO line: a `;` among OPENROWSET's or OPENDATASOURCE's arguments
            return [Finding(path, *line_col(text, opened[-1].start), "RL201",
                            "'(' not closed before the ';' that ends the statement")]
    if opened:
        return [Finding(path, *line_col(text, opened[-1].start), "RL201", "'(' not closed at the end of the file")]
    return []


def _token_index(tokens, text: str, line: int, col: int) -> int | None:
    """The token sqlglot's error points at (its line and last column)."""
    for index, token in enumerate(tokens):
        if token.line == line and token.col == col:
            return index
    return None


def _statement_starts(tokens) -> list[tuple[int, int]]:
    """(first, last) token index of each statement, in the order sqlglot.parse returns them."""
    from sqlglot.tokens import TokenType

    spans, first = [], None
    for index, token in enumerate(tokens):
        if token.token_type == TokenType.SEMICOLON:
            if first is not None:
                spans.append((first, index - 1))
            first = None
        elif first is None:
            first = index
    if first is not None:
        spans.append((first, len(tokens) - 1))
    return spans


def _column_without_comma(text: str, tokens, index) -> tuple[str, int] | None:
    """("column", offset) when the token at index opens a line with `name type` inside a CREATE TABLE's
    column list, after a line that ends without a ',': two halves of a column list joined."""
    from sqlglot.parser import Parser
    from sqlglot.tokens import TokenType

    if index is None or index == 0 or index + 1 >= len(tokens):
        return None
    token, after, before = tokens[index], tokens[index + 1], tokens[index - 1]
    if token.token_type not in (TokenType.VAR, TokenType.IDENTIFIER) or after.token_type not in Parser.TYPE_TOKENS \
            or after.line != token.line or "\n" not in text[before.end + 1:token.start] \
            or before.token_type in (TokenType.COMMA, TokenType.L_PAREN):
        return None
    depth, at = 0, index - 1  # the innermost open '(' must follow CREATE [..] TABLE name
    while at >= 0:
        kind = tokens[at].token_type
        if kind == TokenType.SEMICOLON:
            return None
        if kind == TokenType.R_PAREN:
            depth += 1
        elif kind == TokenType.L_PAREN:
            if depth == 0:
                break
            depth -= 1
        at -= 1
    if at < 2:
        return None
    start = at
    while start > 0 and tokens[start - 1].token_type != TokenType.SEMICOLON:
        start -= 1
    words = [tokens[i].text.upper() for i in range(start, at)]
    if not words or words[0] != "CREATE" or "TABLE" not in words or words[-1] in ("AS", "TABLE"):
        return None
    return "column", token.start


def _alter_action(tokens, first: int, index: int) -> bool:
    """Whether the keyword at index is the action of `ALTER TABLE name`, or of `ALTER <object> name` in
    plain words, just before it (ClickHouse's mutations `ALTER TABLE t UPDATE ... WHERE`, `DELETE WHERE`;
    `DROP COLUMN` anywhere; Oracle's `ALTER AUDIT POLICY p` / `ALTER DISKGROUP g` then `DROP ...`): one
    statement."""
    from sqlglot.tokens import TokenType

    words = [tokens[at] for at in range(first, index)]
    if len(words) < 3 or words[0].text.upper() != "ALTER":
        return False
    names = words[2:] if words[1].text.upper() == "TABLE" else words[1:]
    return all(token.token_type in (TokenType.VAR, TokenType.IDENTIFIER, TokenType.DOT) for token in names)


def _schema_element(tokens, first: int) -> bool:
    """Whether the statement is a CREATE SCHEMA, whose schema elements (CREATE TABLE, CREATE VIEW, GRANT:
    standard SQL, Oracle's and PostgreSQL's) follow inside it with no ';' between them."""
    return first + 1 < len(tokens) and tokens[first].text.upper() == "CREATE" \
        and tokens[first + 1].text.upper() == "SCHEMA"


def _opens_a_query(tokens, index: int) -> bool:
    """Whether a WITH at index opens a common table expression (`WITH [RECURSIVE] name [(...)] AS`), as a
    statement's WITH does; any other keyword counts as opening one. A view's `WITH OBJECT ID`, `WITH CHECK
    OPTION` or `WITH (options)` is a clause."""
    if tokens[index].text.upper() != "WITH":
        return True
    words = [token.text.upper() for token in tokens[index + 1:index + 4]]
    if words[:1] == ["RECURSIVE"]:
        words = words[1:]
    return len(words) >= 2 and words[0] not in ("(", "OBJECT", "CHECK", "NO") and words[1] in ("AS", "(")


LISTED_AT_LEAST = 3  # one-line statements for a file to be a list of them (two may be both halves of one)
# What opens a line of such a list: the statement keywords above, and the commands a one-line query can be
LINE_STATEMENT = re.compile(
    r"(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|GRANT|REVOKE|TRUNCATE|COMMENT|WITH|MERGE|REPLACE|SET|USE|"
    r"PREPARE|EXECUTE|DEALLOCATE|COPY|EXPLAIN|SHOW|DESCRIBE|DESC|CALL|ANALYZE|VACUUM|BEGIN|COMMIT|ROLLBACK|START|"
    r"LOCK|UNLOCK|VALUES|IMPORT|EXPORT|PRAGMA|RENAME|LOAD|OPTIMIZE)\b", re.I)


def _one_statement_a_line(tokens) -> bool:
    """A list of statements, one a line (a program's payloads or queries, read and sent line by line;
    a parser's test list of queries): every line opens a statement (after any `(`), and at least three
    of them end without a ';' (a ';' inside a line only ends a statement another follows). Its line
    breaks separate the statements, so it has no ';' to lose. One statement without its ';' among
    lines that end with one is still a lost ';'."""
    from sqlglot.tokens import TokenType

    lines: dict[int, list] = {}
    for token in tokens:
        lines.setdefault(token.line, []).append(token)
    if len(lines) < LISTED_AT_LEAST:
        return False
    unended = 0
    for line in lines.values():
        words = [token for token in line if token.token_type != TokenType.L_PAREN]
        if not words or not LINE_STATEMENT.fullmatch(words[0].text):
            return False
        for at, token in enumerate(line[:-1]):
            if token.token_type == TokenType.SEMICOLON and not LINE_STATEMENT.fullmatch(line[at + 1].text):
                return False
        unended += line[-1].token_type != TokenType.SEMICOLON
    return unended >= LISTED_AT_LEAST


def _fused_at(text: str, tokens, index, dialect: str, first: int | None = None) -> tuple[str, int] | None:
    """(keyword, offset) when the token at index is a statement keyword opening a line inside a statement
    that began on an earlier line, after a line that ends as a statement can, with no procedural body."""
    from sqlglot.tokens import TokenType

    from . import ENDING_KEYWORDS, _is_keyword, _is_keyword_of

    if index is None or index == 0 or dialect not in NEEDS_SEMICOLON:
        return None
    token = tokens[index]
    word = STATEMENT_START.fullmatch(token.text)
    if word is None or "\n" not in text[tokens[index - 1].end + 1:token.start]:  # not the first on its line
        return None
    if first is None:
        first = index - 1
        while first > 0 and tokens[first - 1].token_type != TokenType.SEMICOLON:
            first -= 1
    if tokens[first].line == token.line:
        return None
    if any(tokens[at].text.upper() in PROCEDURAL for at in range(first, index)):
        return None
    if _alter_action(tokens, first, index) or _schema_element(tokens, first) or not _opens_a_query(tokens, index):
        return None
    before = tokens[index - 1]
    if before.token_type in (TokenType.COMMA, TokenType.L_PAREN, TokenType.EQ, TokenType.DOT):
        return None
    last = before.text
    if before.token_type in (TokenType.STRING, TokenType.NUMBER, TokenType.R_PAREN, TokenType.IDENTIFIER):
        return word.group(1).upper(), token.start
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", last):
        return None
    if _is_keyword(last) and last.lower() not in ENDING_KEYWORDS and not _is_keyword_of(last, "COL_NAME_KEYWORDS"):
        return None
    return word.group(1).upper(), token.start
