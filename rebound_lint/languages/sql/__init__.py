"""SQL: pglast (the real PostgreSQL parser) for postgres, sqlglot with errors raised otherwise.

psql scripts are made parseable first (meta-commands blanked or turned into the `;` they stand for,
COPY data blanked, `:var` and extension placeholders substituted, line and column positions kept);
templated or preprocessed SQL is left to the marker check. Only certain syntax errors are reported:
an error that may be meant (a pg_regress suite, ON_ERROR_STOP off), may come from a psql variable,
from syntax newer than the bundled parser or from its catalog-less PL/pgSQL compiler is a --debug
note, that statement is left out and the rest is still parsed.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from ...findings import Finding
from . import halves, tree
from ..repeats import BOTH_SIDES
from ...textpos import line_col, past_blanks_and_comments

PREPROCESSOR = re.compile(r"^[ \t]*#[ \t]*(include|define|if|ifdef|ifndef|endif|else|elif|undef|pragma)\b", re.M)
TEMPLATE = re.compile(r"\{\{|\{%|\{#")  # Jinja's three delimiters: {{ }}, {% %}, {# #}
# Jinja inside a string literal ('{{ var("day") }}', '{% if %}'); '{{1,2},{3,4}}' is a PostgreSQL array.
TEMPLATE_IN_STRING = re.compile(r"\{%|\{#|\{\{-?\s|\{\{[A-Za-z_][\w.]*\s*(?:\(|\}\})")
# Other template languages, outside strings, comments and bodies: Flyway / Liquibase / Maven placeholders
# (`${name}`, `${flyway:database}`: no dialect has `${`); sqlmesh macros (`@DEF(name, ...)`, built-in
# calls such as `@EACH(`, `@{name}` interpolation: T-SQL and MySQL variables are never called) and the
# header statement that opens a sqlmesh file: a model's `MODEL (...)`, an audit's `AUDIT (...)`, a metric's
# `METRIC (...)` (no dialect has a MODEL or METRIC statement; Oracle's AUDIT never takes a parenthesis);
# Common Lisp `format` directives around optional clauses (`~:[~*~;and ~a~]`, `~{~a~^, ~}`).
OTHER_TEMPLATE = re.compile(
    r"\$\{[A-Za-z_][\w.:-]*\}"
    r"|@(?:DEF|EACH|IF|REDUCE|FILTER|SQL|STAR|UNION|GENERATE_SURROGATE_KEY|SAFE_ADD|SAFE_SUB|SAFE_DIV"
    r"|HAVERSINE_DISTANCE|PIVOT|DEDUPLICATE|DATE_SPINE|RESOLVE_TEMPLATE)\("
    r"|@\{[A-Za-z_]\w*\}"
    # Common Lisp `format` (pgloader): `~:[ ... ~]` on one line (T-SQL's `~[flags]` has no `~]`), `~{`
    r"|~[:@]{0,2}\[[^;\n]*?~\]|~[:@]{0,2}\{", re.I)
MODEL_HEADER = re.compile(r"\s*(MODEL|AUDIT|METRIC)\s*\(", re.I)
MODEL_LINE = re.compile(r"^[ \t]*(?:MODEL|AUDIT|METRIC)\s*\(", re.I | re.M)  # a cheap look first: most files have none
# Extension-script placeholders CREATE EXTENSION substitutes textually, bodies included; replaced by
# same-length identifiers (@extschema@ -> _extschema_) so positions stay. MODULE_PATHNAME outside
# quotes becomes a same-length string.
# Any `@name@` is such a placeholder (pg_tle and supautils hook scripts: @extname@, @extcascade@; CMake's
# configure_file and autoconf in a .sql.in: @VERSION@): no dialect writes one (`@@` is an operator).
PLACEHOLDER = re.compile(r"(?<![@\w])@[A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z_][A-Za-z0-9_]*)?@(?![@\w])")
MODULE_PATHNAME = "'MODULE_PATHNA'"
PSQL_HINT = re.compile(r"^[ \t]*\\|:['\"]?[A-Za-z_]", re.M)
_PSQL_TOKEN = (
    r"""(?P<estring>\b[Ee]'(?:[^'\\]|\\.|'')*')"""
    r"""|(?P<string>'(?:[^']|'')*')"""
    r"""|(?P<ident>"(?:[^"]|"")*")"""
    r"""|(?P<dollar>\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$)"""
    r"""|(?P<line_comment>--[^\n]*)"""
    r"""|(?P<block_comment>/\*)"""
    r"""|(?P<meta>{meta})"""
    r"""|(?P<cast>::|:=)"""
    r"""|(?P<var>:(?:'[A-Za-z_][A-Za-z0-9_]*'|"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*))"""
    r"""|(?P<semi>;)"""
    r"""|(?P<module>\bMODULE_PATHNAME\b)"""
)
# Every token above starts with one of these characters (a line-start meta-command at a line start):
# looked ahead for first, the regex skips other text 4x faster than by trying each alternative.
_PSQL_TOKEN_START = r"""(?=[Ee'"$\-/\\:;M])"""
PSQL_TOKEN = re.compile(_PSQL_TOKEN_START + "(?:" + _PSQL_TOKEN.format(meta=r"\\") + ")",
                        re.M | re.S)  # psql reads a meta-command anywhere
PSQL_TOKEN_LINE_META = re.compile("(?:" + _PSQL_TOKEN_START + "|^)(?:" + _PSQL_TOKEN.format(meta=r"^[ \t]*\\") + ")",
                                  re.M | re.S)  # other dialects
# ... and those whose strings take backslash escapes (MySQL, ClickHouse, BigQuery, Spark, Hive, Snowflake: sqlglot's
# STRING_ESCAPES holds a backslash): `'Who\'s Online'` is one string there, and read with PostgreSQL's quoting its
# `\'` would end it, every later string swap sides, and a value's line that opens with `\"` be blanked as a
# meta-command (opencart's install SQL). Its quoted names and strings in double quotes take them too.
PSQL_TOKEN_ESCAPES = re.compile(PSQL_TOKEN_LINE_META.pattern
                                .replace(r"""(?P<string>'(?:[^']|'')*')""", r"""(?P<string>'(?:[^'\\]|\\.|'')*')""")
                                .replace(r"""(?P<ident>"(?:[^"]|"")*")""", r"""(?P<ident>"(?:[^"\\]|\\.|"")*")"""),
                                re.M | re.S)
META_COMMAND = re.compile(r"(?:^|(?<=\s))\\([A-Za-z]+|[!?;])")
SENDS_QUERY = {"g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"}  # each ends the query buffer
ON_ERROR_STOP = re.compile(r"\\(set|unset)\s+ON_ERROR_STOP\b(?:\s+'?([A-Za-z0-9]+))?", re.I)
OFF_VALUES = {"0", "off", "false", "no", "f", "n"}
COPY_FROM_STDIN = re.compile(r"COPY\b.*\bFROM\s+STDIN\b", re.I | re.S)
COPY_META_STDIN = re.compile(r"\bfrom\s+stdin\b", re.I)  # pstdin is psql's own input, not the script
COPY_END = re.compile(r"^\\\.[ \t\r]*$", re.M)
# a directory of tests: test, tests, testing, regress, regression, pgtap, alone or as a word (p05_regress)
TEST_DIR = re.compile(r"(?:^|[^a-z])(?:tests?|testing|regress|regression|pgtap)(?:[^a-z]|$)")
MAX_LEFT_OUT = 500  # statements a file may have left out (untrusted errors) before the rest is skipped
MAX_VARIABLES_BLANKED = 2000  # psql variables read as nothing to get past a parse error
STATEMENT_KEYWORD = re.compile(
    r"(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|GRANT|REVOKE|TRUNCATE|COMMENT|WITH|MERGE|COPY|DO|CALL)\b", re.I)
# grammar and lexer errors; the grammar's other checks ("constraints cannot be altered to be NOT VALID",
# "multiple ORDER BY clauses not allowed") belong to one PostgreSQL version and are left to the server
CERTAIN_SYNTAX = re.compile(r"syntax error|unterminated |trailing junk|zero-length delimited identifier", re.I)
# keywords a statement may end with (a type name, a constant, an option), unlike THEN, AS, AND, FROM ...
ENDING_KEYWORDS = {"null", "true", "false", "end", "asc", "desc", "cascade", "restrict", "first", "last",
                   "nothing", "default", "json", "xml", "only", "rows", "row", "key", "data", "temp", "temporary",
                   "immutable", "stable", "volatile", "strict", "plpgsql", "cost", "deferred", "immediate",
                   "current_timestamp", "current_date", "current_user", "session_user", "localtimestamp"}
NEWER_SYNTAX = re.compile(  # PostgreSQL 19: SQL/PGQ, temporal UPDATE/DELETE, null treatment, REPACK, DO SELECT
    r"\bGRAPH_TABLE\s*\(|\bPROPERTY\s+GRAPH\b|\bFOR\s+PORTION\s+OF\b|\)\s*(?:IGNORE|RESPECT)\s+NULLS\b"
    r"|^\s*REPACK\b|\bON\s+CONFLICT\b[^;]*\bDO\s+SELECT\b", re.I)
PLPGSQL_ONLY = re.compile(r"(?:PERFORM|RAISE|ELSIF|RETURN|EXIT|FOREACH|GET\s+(?:CURRENT\s+|STACKED\s+)?DIAGNOSTICS"
                          r"|[A-Za-z_]\w*\s*:=)", re.I)  # statements only a PL/pgSQL body has
PLPGSQL_SYNTAX = re.compile(r"syntax error|unterminated |mismatched parentheses", re.I)
QUOTED = re.compile(
    r"""(?P<estring>[Ee]'(?:[^'\\]|\\.|'')*')"""
    r"""|(?P<string>'(?:[^']|'')*')"""
    r"""|(?P<ident>"(?:[^"]|"")*")"""
    r"""|(?P<dollar>\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$)"""
    r"""|(?P<line_comment>--[^\n]*)"""
    r"""|(?P<block_comment>/\*)""",
    re.S,
)

logging.getLogger("sqlglot").setLevel(logging.ERROR)  # its fallback warnings become findings here


# goose sends a StatementBegin ... StatementEnd block as one statement: its end needs no `;` (Spanner DDL has none)
GOOSE_END = re.compile(r"^[ \t]*--[ \t]*\+goose[ \t]+StatementEnd\b[^\n]*", re.M | re.I)


def _goose_ends(text: str) -> str:
    """Each `-- +goose StatementEnd` line outside strings, quoted names and bodies as a `;` (same length)."""
    hidden = [(start, end) for kind, start, end in _quoted_spans(text) if kind != "line_comment"]
    return GOOSE_END.sub(lambda m: m.group() if any(start <= m.start() < end for start, end in hidden)
                         else ";" + " " * (len(m.group()) - 1), text)


# Liquibase formatted SQL (the file's first line says so): Liquibase runs each `--changeset author:id`
# section on its own, so a changeset line ends the statement before it, `;` or not.
LIQUIBASE_HEADER = re.compile(r"\ufeff?\s*--[ \t]*liquibase[ \t]+formatted[ \t]+sql\b", re.I)
LIQUIBASE_CHANGESET = re.compile(r"^[ \t]*--[ \t]*changeset[ \t]+\S[^\n]*", re.M | re.I)


def _liquibase_changesets(text: str) -> str:
    """Each `--changeset` line outside strings, quoted names and bodies as a `;` (same length); read
    after the dialect, which the lines' `dbms:` attributes may name."""
    hidden = [(start, end) for kind, start, end in _quoted_spans(text) if kind != "line_comment"]
    return LIQUIBASE_CHANGESET.sub(lambda m: m.group() if any(start <= m.start() < end for start, end in hidden)
                                   else ";" + " " * (len(m.group()) - 1), text)


# A named-query library splits its file into queries at each annotation line (HugSQL, conman, PugSQL:
# `-- :name tables :? :*`; yesql, aiosql: `-- name: get-users`), so a query needs no `;` before the next
# annotation. sqlc's `-- name: GetAuthor :one` (a command after the name) is not one of them: sqlc parses
# the whole file with the database's grammar, and a `;` lost there is still lost. The line holds the name
# and the library's flags only (`-- name: the user's name` above a column is a comment, not an annotation).
QUERY_ANNOTATION = re.compile(r"^([ \t]*)--[ \t]+(?::name[ \t]+[\w.-]+[!<>*#^$]*(?:[ \t]+:[^\s:][^\s]*)*|name:[ \t]*[\w.-]+[!<>*#^$]*(?:\([^)\n]*\))?[!<>*#^$]*)[ \t]*$", re.M)


def _query_annotations(text: str) -> str:
    """Before each named-query annotation outside strings, quoted names and bodies, a `;` in place of
    a blank (same length, the annotation kept for the repeat rules): `-- :name x` reads `;--:name x`."""
    hidden = [(start, end) for kind, start, end in _quoted_spans(text) if kind != "line_comment"]

    def end(match):
        line = match.group()
        if any(start <= match.start() < stop for start, stop in hidden):
            return line
        indent = match.group(1)
        if indent:
            return ";" + line[1:]
        blank = line.index(" ") if " " in line[:4] else line.index("\t")
        return ";" + line[:blank] + line[blank + 1:]

    text = QUERY_ANNOTATION.sub(end, text)
    if ":snip" in text:
        text = _snippets(text)
    return text


# HugSQL's snippets (`-- :name where-ctid :snip`, `-- :snip cols`) are SQL fragments a query puts in
# (`WHERE ctid >= :sql:lo`), no statement of their own.
SNIPPET = re.compile(r"^[ \t]*;?[ \t]*--[ \t]*(?::name[ \t]+\S+[ \t]+:snip\b|:snip[ \t]+\S+)[^\n]*\n", re.M)
ANNOTATION_LINE = re.compile(r"^[ \t]*;?[ \t]*--[ \t]*(?::name[ \t]|name:|:snip[ \t])", re.M)


def _snippets(text: str) -> str:
    """Each snippet's lines, up to the next annotation, blanked (positions kept)."""
    for match in reversed(list(SNIPPET.finditer(text))):
        following = ANNOTATION_LINE.search(text, match.end())
        following = following.start() if following else len(text)
        text = text[:match.end()] + _blank(text[match.end():following]) + text[following:]
    return text


def check(source, config):
    text = source.text
    if "\r\n" in text:  # Windows line ends: a CR before each LF read as a space, every offset and line kept
        text = text.replace("\r\n", " \n")
    if ";" not in text and _test_resource(source.path, text):
        source.note("test data that is not SQL from its first word (a loader's or runner's resource): "
                    "conflict markers checked only")
        return []
    if "+goose" in text and GOOSE_END.search(text):
        text = _goose_ends(text)
    if "name" in text and QUERY_ANNOTATION.search(text):
        text = _query_annotations(text)
    directives, findings = (), []
    if "#" in text and PREPROCESSOR.search(text):
        text, directives, findings = _preprocessed(source, text)
    if TEMPLATE.search(text) and _templated(text):
        source.note("templated SQL ({{ }} / {% %} / {# #}): conflict markers checked only")
        return findings
    template = _other_template(text) if OTHER_TEMPLATE.search(text) or MODEL_LINE.search(text) else ""
    if template:
        source.note(f"templated SQL ({template}): conflict markers checked only")
        return findings
    placeholders = ("<" in text or "%" in text or "{" in text) and ANGLE_PLACEHOLDER.search(text) is not None
    if placeholders:
        text = _angle_placeholders(source, text)
    if "$" in text and NAMED_PARAMETER.search(text):
        # `$name`, a named bind parameter (SQLPage's request parameters, DuckDB's): no PostgreSQL outside a
        # dollar quote, no merge writes one; read as a same-length name (`$id` -> `_id`)
        text = NAMED_PARAMETER.sub(lambda m: "_" + m.group(1), text)
    if "@" in text and PLACEHOLDER.search(text):
        names = {match.group().replace("@", "_").replace(":", "_"): match.group() for match in PLACEHOLDER.finditer(text)}
        text = PLACEHOLDER.sub(lambda m: m.group().replace("@", "_").replace(":", "_"), text)
        found = [_placeholders_back(finding, names) for finding in _check(source, text, config, directives)]
    else:
        found = _check(source, text, config, directives)
    if any(name == "define" for _start, _end, name in directives):
        for finding in found:
            if finding.code == "RL201":
                source.note(f"line {finding.line}: {finding.message}: not reported (a #define may stand for "
                            f"any text here)")
        found = [finding for finding in found if finding.code != "RL201"]
    if placeholders:
        found = _placeholder_statements(source, text, found)
    return findings + found


# the first word of a text, where textpos.past_blanks_and_comments leaves off (one pass: a pattern that repeated
# `\s+` inside `(...)*` tried every split of leading blanks before it failed)
FIRST_WORD = re.compile(r"\w+|\.")
# words that open a statement in some database or client but are no PostgreSQL keyword
OTHER_STATEMENT_WORDS = frozenset("""
    go use pragma exec print upsert load source attach detach optimize system kill rename describe desc
    spool prompt whenever connect define undefine accept host run sp_rename dbcc bulk waitfor raiserror
    throw goto replace show flush unlock lock purge tee restore backup dump sync alter break continue
    return while loop repeat elseif leave iterate open close fetch signal resignal handler label
    qualify pivot unpivot summarize install force pivot_wider unpivot_longer export import
""".split())


def _test_resource(path: str, text: str) -> bool:
    """Whether a test-data file with no `;` is not SQL from its first word (a word, a number or a `.` that
    opens no statement in any database: a migration runner's loader test whose resource holds its own
    name, `TEST SCRIPT`, an encoding test's `é`).
    A merge keeps a file's first word (both halves kept start with the first one's), so it never writes
    this; SQL from its first word, or outside test data, is checked as usual."""
    from ..test_inputs import in_test_dir, is_test_file
    from .keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS, UNRESERVED_KEYWORDS

    if not (in_test_dir(path) or is_test_file(path)):
        return False
    match = FIRST_WORD.match(text, past_blanks_and_comments(text, 1 if text.startswith("\ufeff") else 0, "--"))
    if match is None:
        return False
    word = match.group().lower()  # a word, a number, or a `.`, which opens no statement anywhere
    return not any(word in words for words in (COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS,
                                               UNRESERVED_KEYWORDS, OTHER_STATEMENT_WORDS))


def _token_end(text: str, match) -> int:
    """Where a token a scanner matched ends: a dollar-quoted body runs to its closing tag, a block
    comment to `*/` (each to the end of the text when unclosed); any other token where it matched."""
    end = match.end()
    if match.lastgroup == "dollar":
        close = text.find(match.group(), end)
        return len(text) if close < 0 else close + len(match.group())
    if match.lastgroup == "block_comment":
        close = text.find("*/", end)
        return len(text) if close < 0 else close + 2
    return end


def _placeholders_back(finding: Finding, names: dict) -> Finding:
    """Messages name the placeholders as the file writes them."""
    message = finding.message
    for read, written in names.items():
        message = message.replace(read, written)
    if message == finding.message:
        return finding
    return Finding(finding.path, finding.line, finding.col, finding.code, message, finding.severity, finding.end_line)


def _preprocessed(source, text):
    """SQL run through the C preprocessor before use (a PostgreSQL extension's upgrade scripts built
    from `#include "udfs/x/latest.sql"` lines, as citus does): the directives are checked (RL215: the
    same file included twice), blanked, and the SQL between them is parsed; of an #if / #ifdef group
    only the first branch is read. Returns the SQL (same length), the directives (start, end, name)
    and the findings on them."""
    directives, findings, code = [], [], list(text)
    included: dict = {}  # target -> line of its first #include, in the branch being read
    stack: list = []  # per open #if: (included before it, skipping the other branches)
    skip_from = None
    hidden = _hidden_spans(text)
    if all(any(low <= match.start() < high for low, high in hidden) and not
           (match.group(1) == "include" and INCLUDE_TARGET.match(text, match.end()))
           for match in PREPROCESSOR.finditer(text)):
        return text, (), []  # only `# if ...` comments of PL/Python bodies: plain SQL
    for match in PREPROCESSOR.finditer(text):  # cpp reads every line, a dollar-quoted body's too
        start = match.start()
        end = _directive_end(text, start)
        name = match.group(1)
        line = line_col(text, start)[0]
        if name in ("if", "ifdef", "ifndef"):
            stack.append((dict(included), skip_from))
            directives.append((start, end, "if"))
        elif name in ("elif", "else") and stack:
            if skip_from is None:
                skip_from = start  # the other branches of the group are left out
            included = dict(stack[-1][0])
            directives.append((start, end, name))
        elif name == "endif" and stack:
            if skip_from is not None and stack[-1][1] is None:
                code[skip_from:start] = _blank(text[skip_from:start])
                skip_from = None
            included = stack.pop()[0]
            directives.append((start, end, "endif"))
        else:
            directives.append((start, end, name))
            target = INCLUDE_TARGET.match(text, match.end(), end)
            if name == "include" and target is not None and skip_from is None:
                key = target.group(1) or target.group(2)
                update = UPDATE_SCRIPT.search(key)  # ext--from--to.sql: an extension update script
                path_to = ("update", update.group(1), update.group(3)) if update else None
                if key in included:
                    findings.append(Finding(source.path, line, 1, "RL215",
                                            f"#include \"{key}\" repeated (first on line {included[key]}){BOTH_SIDES}"))
                elif path_to in included:
                    first_line, first_key = included[path_to]
                    findings.append(Finding(source.path, line, 1, "RL215",
                                            f"#include \"{key}\": a second update script to {update.group(1)} "
                                            f"{update.group(3)} (\"{first_key}\" on line {first_line}){BOTH_SIDES}"))
                else:
                    included[key] = line
                    if path_to is not None:
                        included[path_to] = (line, key)
        code[start:end] = _blank(text[start:end])
    if directives:
        source.note(f"{len(directives)} preprocessor directive(s): checked, and left out of the SQL")
    return "".join(code), directives, findings


UPDATE_SCRIPT = re.compile(r"(?:^|/)([^/]+?)--([^/]+?)--([^/]+?)\.sql$")
INCLUDE_TARGET = re.compile(r"""[ \t]*(?:"([^"\n]+)"|<([^>\n]+)>)""")


def _directive_end(text: str, start: int) -> int:
    """A directive runs to the end of its line, and on past lines that end with a backslash."""
    end = start
    while True:
        newline = text.find("\n", end)
        if newline < 0:
            return len(text)
        if not text[end:newline].rstrip("\r").endswith("\\"):
            return newline
        end = newline + 1


def _hidden_spans(text: str) -> list:
    """(start, end) of strings, quoted names, dollar bodies and block comments: no directive there."""
    return [(start, end) for kind, start, end in _quoted_spans(text) if kind != "line_comment"]


# A script runner's `DELIMITER x` line (the mysql client's; MyBatis's, Spring's and Java services' own upgrade
# runners read it in files for any database): psql never does, so in a PostgreSQL file it is the runner's.
RUNNER_DELIMITER = re.compile(r"^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$", re.I | re.M)


def _runner_delimiters(source, text: str) -> str:
    """A PostgreSQL file with its runner's DELIMITER lines blanked and each custom delimiter that ends a
    line read as the `;` it stands for, same length (a `$$` delimiter is left alone: it is PostgreSQL's
    dollar quote too)."""
    out, pos, custom = [], 0, None
    for match in RUNNER_DELIMITER.finditer(text):
        out.append(_custom_ends(text[pos:match.start()], custom) + " " * len(match.group()))
        custom = None if match.group(1) in (";", "$$") else match.group(1)
        pos = match.end()
    out.append(_custom_ends(text[pos:], custom))
    source.note("a script runner's DELIMITER lines (not psql's): read as the statement ends they stand for")
    return "".join(out)


# Activiti's and Flowable's upgrade-script runner runs a Java step where a line reads `execute java
# <class>` (flowable.postgres.upgradestep.52.to.53.history.sql): no `;`, a class name, no database's SQL.
RUNNER_JAVA_STEP = re.compile(r"^[ \t]*execute[ \t]+java[ \t]+[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+[ \t]*$", re.I | re.M)


def _runner_java_steps(source, text: str) -> str:
    """The text with each runner's `execute java <class>` line blanked, same length."""
    source.note("a script runner's `execute java <class>` lines (Activiti's, Flowable's): a Java step, not SQL")
    return RUNNER_JAVA_STEP.sub(lambda m: " " * len(m.group()), text)


# A test harness's expected results after each statement (H2's TestScript: `> ok`, `>> 5.5`, a result table of
# `>` lines, `> exception SYNTAX_ERROR_2`) and its directives between statements (`@reconnect`, `@autocommit
# off`). No statement of any database begins with `>`; the lines count where a statement may begin. A statement
# whose expected result is `> exception ...` fails on purpose (a syntax error, a duplicate index): left out too.
RESULT_LINE = re.compile(r"^>", re.M)
EXPECTED_FAILURE = re.compile(r">[ \t]*exception\b", re.I)  # the statement before is meant to fail
HARNESS_DIRECTIVE = re.compile(r"@[A-Za-z]\w*(?:[ \t]+\w+)?[ \t]*")
RESULTS_AT_LEAST = 3  # outside a test folder: a harness's file, not one stray line


def _expected_results(source, text: str) -> str:
    """The text with a harness's result and directive lines at statement boundaries blanked, same length,
    when there are enough of them to be a harness's (one in a test folder); else the text unchanged."""
    from ..test_inputs import in_test_dir

    lines = text.split("\n")
    boundary, results, blank, failing = True, 0, [], 0
    statement = last = None  # the lines of the statement before the results: its first, and its last
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        if boundary and line.startswith(">"):
            results += 1
            blank.append(index)
            if statement is not None and EXPECTED_FAILURE.match(line):
                blank.extend(range(statement, last + 1))  # meant to fail: the harness checks its error
                failing += 1
            statement = None
        elif boundary and HARNESS_DIRECTIVE.fullmatch(line):
            blank.append(index)
            statement = None
        else:
            if boundary:
                statement = index
            last = index
            boundary = line.rstrip().endswith(";")
    if results < (1 if in_test_dir(source.path) else RESULTS_AT_LEAST):
        return text
    for index in blank:
        lines[index] = " " * len(lines[index])
    source.note(f"a test harness's {results} expected-result line(s) (`> ok`, `>> value`: H2's TestScript) and its "
                f"directives between statements: not SQL, left out; the statements are checked, but for {failing} "
                "whose expected result is an exception (they fail on purpose)")
    return "\n".join(lines)


def _custom_ends(text: str, custom: str | None) -> str:
    if custom is None:
        return text
    return re.sub(rf"{re.escape(custom)}(?=[ \t]*(?:--[^\n]*)?$)", ";" + " " * (len(custom) - 1), text, flags=re.M)


def _check(source, text, config, directives=()):
    from . import dialect

    if ("java" in text or "JAVA" in text) and RUNNER_JAVA_STEP.search(text):
        text = _runner_java_steps(source, text)
    if ">" in text and RESULT_LINE.search(text):
        text = _expected_results(source, text)
    chosen = dialect.of(relative_path(source.path, config), text, config)
    if chosen.source != "default":
        source.note(f"SQL dialect {chosen.name}, from {chosen.why}")
    if ("changeset" in text or "CHANGESET" in text) and LIQUIBASE_HEADER.match(text):
        text = _liquibase_changesets(text)
    if chosen.pglast:
        if ("DELIMITER" in text or "delimiter" in text) and RUNNER_DELIMITER.search(text):
            text = _runner_delimiters(source, text)
        script = prepare(text)
        pglast_parser = pglast_parser_or_none()
        if pglast_parser is not None:
            if directives:
                script.metas = sorted(script.metas + list(directives))
            return _check_postgres(source, script, pglast_parser, chosen)
    from . import other

    if chosen.pglast:  # pglast is not installed (no postgres extra; Windows): sqlglot, which decides only what is certain
        source.notice(NO_PGLAST)
        return _psql_may_explain(source, script, chosen)

    if PSQL_HINT.search(text):
        text = prepare(text, postgres=False, escapes=_backslash_escapes(chosen.sqlglot)).text
    return other.check(source, text, chosen)


def _psql_may_explain(source, script: Script, chosen) -> list[Finding]:
    """sqlglot's findings on a PostgreSQL script psql made parseable, without pglast: an error is a note
    where pglast's path would not be sure either (_distrust_postgres): in a statement holding a bare psql
    variable, which may stand for SQL text; in a pg_regress suite or an ON_ERROR_STOP off section, where
    statements may fail on purpose (two statements fused by a lost `;`, RL202, stay findings there).
    sqlglot stops at a file's first error, so that statement is blanked and the rest read again."""
    from . import other

    text, suite = script.text, regression_suite(source.path)
    for _ in range(MAX_EXPLAINED):
        findings = other.check(source, text, chosen)
        starts = [0] + [match.end() for match in re.finditer("\n", text)]
        for finding in findings:
            if finding.code not in ("RL201", "RL202") or finding.line > len(starts):
                continue
            offset = starts[finding.line - 1] + finding.col - 1
            start, end = _statement_span(script, text, offset)
            if any(start <= variable < end for variable, _end in script.variables):
                why = "a psql variable in the statement may stand for SQL text"
            elif finding.code == "RL201" and (suite or script.in_lenient(offset)):
                why = f"in {'a pg_regress suite' if suite else 'an ON_ERROR_STOP off section'}, statements may fail on purpose"
            else:
                continue
            stop = end - 1 if text[end - 1:end] == ";" else end  # the `;` kept: the statements stay where they were
            blanked = text[:start] + _blank(text[start:stop]) + text[stop:]
            if blanked == text:  # nothing left to blank there: the finding stands
                continue
            source.note(f"line {finding.line}: {finding.message}: {why}")
            text = blanked
            break
        else:
            return findings
    source.note(f"more than {MAX_EXPLAINED} errors psql may explain: not checked further")
    return []


MAX_EXPLAINED = 20  # statements blanked and the file read again; a file past it is not checked further


def relative_path(path: str, config) -> str:
    """The file's path relative to the project root (with '/'), as configured globs and folder names
    are read; a path outside the root as given (folders above the project name nothing of it)."""
    import os

    root = getattr(config, "root", None)
    if root is None:
        return path.replace("\\", "/")
    absolute, prefix = os.path.abspath(path), f"{root}{os.sep}"
    if absolute.startswith(prefix):
        return absolute[len(prefix):].replace(os.sep, "/")
    return path.replace("\\", "/")


# A placeholder a test or a script substitutes before the SQL runs (pgadmin's expected SQL:
# `OWNER to <OWNER>`, upper-case, no space inside; listmonk's queries: `ORDER BY %order%`, which its
# Go code replaces): no SQL expression is written so.
# A build script's str.format field (pgai's `{code}`, `{guc}`) is one too: `{name}` alone is no SQL anywhere
# (ODBC escapes, `{fn NOW()}`, have a keyword and a space inside).
# A code generator's typed parameter (xo's query mode: `%%tags pq.StringArray%%`, a name and its Go type) too.
ANGLE_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>|%%[A-Za-z_]\w*(?:[ \t][^%\n]*)?%%"
                               r"|%[A-Za-z_][A-Za-z0-9_]*%|%\([A-Za-z_]\w*\)s|%s\b"
                               r"|\{[A-Za-z_][A-Za-z0-9_]*\}")
PROTECTED = frozenset({"string", "estring", "ident", "line_comment", "block_comment"})


def _angle_placeholders(source, text: str) -> str:
    """text with each <PLACEHOLDER> outside strings and comments (in PL/pgSQL bodies too) read as a
    same-length identifier (_PLACEHOLDER_), so positions stay."""
    parts, pos, count, spans, offset = [], 0, 0, [], [0]

    def same_length(match):
        nonlocal count
        count += 1
        spans.append((match.start() + offset[0], match.end() + offset[0]))
        inner = match.group()[1:-1]
        return "_" + inner + "_" if inner.isidentifier() else "_" * len(match.group())

    for kind, start, end in _quoted_spans(text):
        if kind in PROTECTED:
            offset[0] = pos
            parts.append(ANGLE_PLACEHOLDER.sub(same_length, text[pos:start]))
            parts.append(text[start:end])
            pos = end
    offset[0] = pos
    parts.append(ANGLE_PLACEHOLDER.sub(same_length, text[pos:]))
    if count:
        source.note(f"{count} <PLACEHOLDER> or %placeholder% token(s) a test or script substitutes: read as identifiers")
    source.placeholders = spans
    return "".join(parts)


def _placeholder_statements(source, text: str, found: list) -> list:
    """found less the parse errors of statements that hold a placeholder, which may stand for SQL text
    (listmonk's `WITH subs AS (%query%)`): notes, as for psql variables."""
    spans = getattr(source, "placeholders", None)
    if not spans:
        return found
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    kept = []
    for finding in found:
        if finding.code in ("RL201", "RL202") and finding.line <= len(starts):
            at = starts[finding.line - 1] + finding.col - 1
            begin, end = text.rfind(";", 0, at) + 1, text.find(";", at)
            end = len(text) if end < 0 else end
            if any(begin <= start < end for start, _ in spans):
                source.note(f"line {finding.line}: {finding.message}: not reported (a placeholder in the statement "
                            "may stand for SQL text)")
                continue
        kept.append(finding)
    return kept


def _quoted_spans(text: str):
    """(kind, start, end) of each string, quoted identifier, dollar body and comment, in order."""
    pos = 0
    while True:
        match = QUOTED.search(text, pos)
        if not match:
            return
        kind, end = match.lastgroup, _token_end(text, match)
        yield kind, match.start(), end
        pos = end


def _templated(text: str) -> bool:
    """Jinja braces outside string literals and comments, or Jinja-looking text inside a string or a
    quoted identifier (Go templates: "{{ index .Options "Namespace" }}".users)."""
    pos = 0
    for kind, start, end in _quoted_spans(text):
        if TEMPLATE.search(text, pos, start):
            return True
        if kind in ("string", "estring", "dollar", "ident") and TEMPLATE_IN_STRING.search(text, start, end):
            return True
        pos = end
    return bool(TEMPLATE.search(text, pos))


def _other_template(text: str) -> str:
    """Which template language other than Jinja the text is written in ("" for plain SQL): a Flyway
    placeholder or a sqlmesh macro outside strings, comments and bodies, or a sqlmesh header (MODEL,
    AUDIT, METRIC) as the file's first statement."""
    pos, first = 0, True
    for kind, start, end in [*_quoted_spans(text), ("end", len(text), len(text))]:
        if first and text[pos:start].strip():
            first = False
            header = MODEL_HEADER.match(text, pos)
            if header:
                return f"a sqlmesh {header.group(1).upper()} header"
        match = OTHER_TEMPLATE.search(text, pos, start)
        if match:
            if match.group().startswith("~"):
                return f"Common Lisp format directives, {match.group()}"
            return ("Flyway-style ${...} placeholders" if match.group().startswith("$")
                    else f"sqlmesh macros, {match.group()}")
        pos = end
    return ""


def psql_to_sql(text: str) -> str:
    """Blank psql meta-commands and COPY data, turn :var / :'var' / :"var" into same-length SQL."""
    return prepare(text).text


@dataclass
class Script:
    """A psql script made parseable, every offset kept, and what the rewriting learnt on the way."""

    text: str
    variables: list = field(default_factory=list)  # (start, end) of each bare :var (may stand for SQL text)
    boundaries: list = field(default_factory=list)  # offset of each statement end (`;`, or one a \g wrote)
    metas: list = field(default_factory=list)  # (start, end, command) of each meta-command
    lenient: list = field(default_factory=list)  # (start, end) of each `\set ON_ERROR_STOP off` section
    skipped: list = field(default_factory=list)  # (start, end) of \elif / \else branches inside a statement

    def in_lenient(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.lenient)


def _backslash_escapes(read: str) -> bool:
    """Whether sqlglot's dialect `read` reads a backslash in a string as an escape."""
    from .other import _dialect

    try:
        return "\\" in _dialect(read).tokenizer_class.STRING_ESCAPES
    except Exception:  # noqa: BLE001 - an unknown or broken dialect: PostgreSQL's quoting, as before
        return False


def prepare(text: str, postgres: bool = True, escapes: bool = False) -> Script:
    """psql -> SQL, same length: meta-commands blanked (a query-sending one such as \\gset becomes the `;`
    it stands for, also after SQL on the same line), COPY ... FROM STDIN data up to `\\.` blanked,
    :var -> _var, :'var' -> 'vvv', :"var" -> "vvv", bare MODULE_PATHNAME -> a same-length string."""
    script = Script(text)
    out: list[str] = []
    pos = 0
    statement_start = 0
    lenient_from = None
    branches: list[list] = []  # open \if: [inside a statement, where its second branch starts]
    token = PSQL_TOKEN if postgres else PSQL_TOKEN_ESCAPES if escapes else PSQL_TOKEN_LINE_META
    while True:
        match = token.search(text, pos)
        if not match:
            break
        kind = match.lastgroup
        start, end = match.start(), _token_end(text, match)
        if kind == "semi":
            out.append(text[pos:end])
            script.boundaries.append(start)
            pos = end
            if postgres and COPY_FROM_STDIN.match(_skip_blanks(text, statement_start, start)):
                pos = _blank_copy_data(text, pos, out)
            statement_start = pos
            continue
        elif kind == "meta":
            if text.startswith("\\;", start):  # \; adds a `;` to the query without sending it
                out.append(text[pos:start] + " ;")
                script.boundaries.append(start + 1)
                pos = statement_start = start + 2
                continue
            end = _meta_end(text, start)
            meta = text[start:end]
            commands = [name.lower() for name in META_COMMAND.findall(meta)]
            out.append(text[pos:start])
            if any(name in SENDS_QUERY for name in commands):
                out.append(";" + _blank(meta[1:]))
                script.boundaries.append(start)
            else:
                out.append(_blank(meta))
            script.metas.append((start, end, commands[0] if commands else ""))
            setting = ON_ERROR_STOP.search(meta)
            if setting:
                off = setting.group(1).lower() == "unset" or (setting.group(2) or "").lower() in OFF_VALUES
                if off and lenient_from is None:
                    lenient_from = start
                elif not off and lenient_from is not None:
                    script.lenient.append((lenient_from, start))
                    lenient_from = None
            pos = end
            inside = bool(_skip_blanks(text, statement_start, start).strip())  # within a statement's text
            if commands and commands[0] == "if":
                branches.append([inside, None])
            elif commands and commands[0] in ("elif", "else") and branches and branches[-1][0]:
                if branches[-1][1] is None:  # inside a statement only one branch can be read: the first
                    branches[-1][1] = end
            elif commands and commands[0] == "endif" and branches:
                _inside, skip_from = branches.pop()
                if skip_from is not None:
                    script.skipped.append((skip_from, start))
            if postgres and commands and commands[0] == "copy" and COPY_META_STDIN.search(meta):
                pos = _blank_copy_data(text, pos, out)
            if not inside or any(name in SENDS_QUERY for name in commands) or (commands and commands[0] == "copy"):
                statement_start = pos
            continue
        elif kind == "module" and postgres:
            out.append(text[pos:start] + MODULE_PATHNAME)
            pos = end
            continue
        elif kind == "var":
            name = match.group()[1:]
            if name[0] in "'\"":  # :'name' -> 'vvvvv' and :"name" -> "vvvvv", same length
                replacement = name[0] + "v" * (len(match.group()) - 2) + name[0]
            elif QUALIFIED_NEXT.match(text, end) or CAST_BEFORE.search(text, max(0, start - 8), start):
                # before a call or a cast's type (`:schema ST_AddBand(`, `':: :schema geometry`) no value can
                # stand: the variable is a prefix (a schema qualifier, or nothing), read as nothing
                replacement = " " * len(match.group())
            else:
                replacement = "_" + name
            script.variables.append((start, end))
            out.append(text[pos:start])
            out.append(replacement)
            pos = end
            continue
        out.append(text[pos:end])
        pos = end
    out.append(text[pos:])
    if lenient_from is not None:
        script.lenient.append((lenient_from, len(text)))
    script.text = "".join(out)
    for start, end in script.skipped:  # the other branches of a \if inside a statement
        script.text = script.text[:start] + _blank(script.text[start:end]) + script.text[end:]
        script.boundaries = [offset for offset in script.boundaries if not start <= offset < end]
        script.variables = [span for span in script.variables if not start <= span[0] < end]
    return script


NAMED_PARAMETER = re.compile(r"(?<![\w$])\$([A-Za-z_][A-Za-z0-9_]*)(?![\w$])")  # not $1, not a $tag$ quote
# A variable assigned an expression (`SET x = coalesce($x, 1)`, `SET ":y" = CASE ...`, `SET z = f(...)`): SQLPage's
# page variables, MySQL's and Snowflake's; PostgreSQL's SET takes literals and names only
# (the value on the SET's line or the next one: a statement fused onto a later line is not taken for one)
SET_EXPRESSION = re.compile(r"SET[ \t]+(?:\"[^\"\n]+\"|[A-Za-z_][\w.]*)[ \t]*(?:=|TO\b)[ \t]*\n?[^;\n]*?"
                            r"(?:\(|\|\||\bCASE\b)", re.I)
MACRO = re.compile(r"_?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|_[A-Z][A-Z0-9]+\b")  # _COST_MEDIUM, PARALLEL_SAFE


def _macro_of_an_includer(path: str, text: str, offset: int) -> bool:
    """Whether the error's token is an upper-case macro name (`_COST_MEDIUM`) and a SQL file beside this one
    `#include`s it (postgis's postgis.sql.in includes postgis_letters.sql, and cpp expands the macro from
    sqldefines.h before PostgreSQL reads the result)."""
    import os

    from .. import context as tree

    if not MACRO.match(text, offset):
        return False
    folder, name = os.path.split(path)
    including = re.compile(rb'^[ \t]*#[ \t]*include[ \t]+["<]' + re.escape(name.encode()) + rb'[">]', re.M)
    for sibling in tree.listing(folder or "."):
        if sibling != name and sibling.endswith((".sql", ".sql.in", ".in")):
            data = tree.read(os.path.join(folder, sibling))
            if data is not None and b"#" in data and including.search(data):
                return True
    return False


# What follows a psql variable that is a name's prefix: a call (`:schema ST_AddBand(`), or what precedes it:
# a cast (`x:: :schema geometry`)
QUALIFIED_NEXT = re.compile(r"[ \t]+[A-Za-z_][\w$]*[ \t]*\(")
CAST_BEFORE = re.compile(r"::[ \t]*$")


def _blank(text: str) -> str:
    """Spaces for every character but line ends, so lines and columns stay."""
    return re.sub(r"[^\n]", " ", text)


def _meta_end(text: str, start: int) -> int:
    """A meta-command runs to the end of its line, or to an unquoted \\\\ (after which SQL resumes)."""
    newline = text.find("\n", start)
    stop = len(text) if newline < 0 else newline
    quote = False
    index = start + 1
    while index < stop:
        char = text[index]
        if char == "'":
            quote = not quote
        elif not quote and text.startswith("\\\\", index):
            return index + 2
        index += 1
    return stop


def _blank_copy_data(text: str, pos: int, out: list[str]) -> int:
    """COPY ... FROM STDIN: the lines after it up to `\\.` (or the end) are data, not SQL."""
    newline = text.find("\n", pos)
    if newline < 0:
        return pos
    out.append(text[pos : newline + 1])
    terminator = COPY_END.search(text, newline + 1)
    end = len(text) if terminator is None else terminator.end()
    out.append(_blank(text[newline + 1 : end]))
    return end


def _skip_blanks(text: str, offset: int, stop: int) -> str:
    return text[halves.first_token(text, offset):stop]


NO_PGLAST = ("pglast is not installed (pip install 'rebound-lint[postgres]'): PostgreSQL files were read by sqlglot, "
             "certain errors only, PL/pgSQL bodies unchecked")


def pglast_parser_or_none():
    """pglast's parser module, or None when pglast (the optional `postgres` extra) is not installed or
    does not load: the one place that decides whether PostgreSQL's own parser is available."""
    try:
        from pglast import parser
    except ImportError:  # not installed; or a broken install (its native part missing): the same fallback
        return None
    return parser


def regression_suite(path: str) -> bool:
    """A pg_regress suite script (a `sql/` directory inside a test/regress tree, beside its expected/
    output): its statements may fail on purpose, and the expected output records the errors. Decided
    from the path alone (the per-file cache is keyed on path and content)."""
    parts = _directories(path)
    return any(part == "sql" and any(TEST_DIR.search(p) for p in parts[:index])
               for index, part in enumerate(parts)) or _beside_expected_output(path)


def test_script(path: str) -> bool:
    """A script in a test directory: statements are repeated on purpose there (fixtures, idempotence)."""
    return any(TEST_DIR.search(part) for part in _directories(path)) or _beside_expected_output(path)


def _beside_expected_output(path: str) -> bool:
    """pg_regress's own layout, wherever it is (PGXS's `REGRESS = name` in an extension's root, as
    orafce and pgaudit have it): sql/name.sql, with its expected output expected/name.out (or an
    alternative, expected/name_1.out) in the folder beside sql/. A name in REGRESS may hold folders
    (one suite per PostgreSQL version: sql/16.3/extra/name.sql), so the expected output is at the same
    place below expected/. A file's name, not its content: only the listings of expected/ folders
    whose sql/ counterpart holds the file are read."""
    import os

    from ..test_inputs import _listing

    folder, name = os.path.split(path.replace("\\", "/"))
    if not name.lower().endswith(".sql"):
        return False
    stem, below = name[:-4], []
    parts = folder.split("/") if folder else []
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].lower() == "sql":
            outputs = _listing("/".join(parts[:index] + ["expected"] + below))
            if any(output == f"{stem}.out" or (output.startswith(f"{stem}_") and output.endswith(".out")
                                               and output[len(stem) + 1:-4].isdigit()) for output in outputs):
                return True
        below.insert(0, parts[index])
    return False


def _directories(path: str) -> list[str]:
    return [part.lower() for part in re.split(r"[\\/]", path)[:-1]]


@dataclass
class Context:
    """What halves.check needs to know beyond the tree: where errors are expected, where psql acted."""

    script: Script
    suite: bool = False  # a pg_regress suite: every statement may fail on purpose
    tests: bool = False  # a test script: repeats are deliberate
    barriers: list = field(default_factory=list)  # offsets that break back-to-back (meta-commands, skipped)
    # PostgreSQL only by default (nothing names a dialect, no syntax of its own): MySQL and SQL Server name
    # an index within its table, so one name on two tables is not certain to fail
    index_names_per_table: bool = False

    def expects_errors(self, offset: int) -> bool:
        return self.suite or self.script.in_lenient(offset)


def _check_postgres(source, script, parser, chosen=None):
    path, text = source.path, script.text
    context = Context(script, suite=regression_suite(path), tests=test_script(path))
    if chosen is not None and chosen.source == "default":
        from .dialect import holds_postgres_syntax

        context.index_names_per_table = not holds_postgres_syntax(text)
    context.barriers = [start for start, _end, _name in script.metas]
    statements: list = []
    base = 0  # everything before base has parsed (or was left out)
    blanked: dict = {}  # psql variable -> 1 read as a string, 2 read as nothing
    for _attempt in range(MAX_LEFT_OUT + MAX_VARIABLES_BLANKED + 1):
        if len(context.barriers) - len(script.metas) > MAX_LEFT_OUT or len(blanked) > MAX_VARIABLES_BLANKED:
            break
        try:
            statements += _parse(parser, text, base, len(text))
            break
        except parser.ParseError as exc:
            message, offset = exc.args[0], exc.args[1] if len(exc.args) > 1 else None
            if not isinstance(offset, int):  # no position: nothing can be left out
                if not CERTAIN_SYNTAX.match(message) or context.suite or script.lenient \
                        or (chosen is not None and not chosen.authoritative) \
                        or (_test_data_of_no_dialect(context, chosen) and _read_somewhere(text)):
                    source.note(f"{message}: not reported (no position, and it may be meant); not checked further")
                    return []
                return [Finding(path, 1, 1, "RL201", message)]
            offset += base
            line, col = line_col(text, offset)
            variable = _variable_at(script, text, offset)
            tried = blanked.get(variable, 0)
            if variable is not None and tried < 2 and CERTAIN_SYNTAX.match(message):
                # a variable may stand for a literal (LOCATION :path, AS :MODULE_PATHNAME) or for nothing
                # the statement needs (:PREFIX SELECT ..., EXPLAIN :opts SELECT ...): read it as each
                source.note(f"line {line}: {message}: a psql variable there may stand for SQL text; read as "
                            f"{'a string' if tried == 0 else 'nothing'}")
                blanked[variable] = tried + 1
                statement_start = max(_statement_span(script, text, offset)[0], base)
                try:  # the statements before this one parsed: keep them, and parse on from here
                    statements += _parse(parser, text, base, statement_start)
                    base = statement_start
                except parser.ParseError:  # a `;` inside a statement (BEGIN ATOMIC): parse it all again
                    pass
                size = variable[1] - variable[0]
                stand_in = "'" + "v" * (size - 2) + "'" if tried == 0 else " " * size
                text = text[:variable[0]] + stand_in + text[variable[1]:]
                continue
            reason = _distrust(script, context, text, offset, message,
                               [variable for variable, tried in blanked.items() if tried == 2], chosen)
            if reason is None and _macro_of_an_includer(path, text, offset):
                reason = "a C preprocessor macro in a file another script #includes: cpp expands it first"
            if reason is None:
                return [Finding(path, line, col, "RL201", message)]
            start, end = _statement_span(script, text, offset)
            start = max(start, base)
            if not text[start:end].strip():
                source.note(f"line {line}: {message}: not reported ({reason}); the rest is not checked")
                return []
            source.note(f"line {line}: {message}: not reported ({reason}); statement left out")
            try:
                statements += _parse(parser, text, base, start)  # they parsed before the failing one
            except parser.ParseError:  # a `;` inside a statement (BEGIN ATOMIC): say nothing of this part
                source.note(f"line {line}: statements before it not checked")
            text = text[:start] + _blank(text[start:end]) + text[end:]
            context.barriers.append(start)
            base = end
    else:
        statements = None
    if statements is None or len(context.barriers) - len(script.metas) > MAX_LEFT_OUT \
            or len(blanked) > MAX_VARIABLES_BLANKED:
        source.note("too many statements left out or psql variables read as nothing: not checked further")
        return []
    context.barriers.sort()
    return list(_check_plpgsql_bodies(source, context, text, statements, parser)) + halves.check(
        path, text, statements, context)


class _Raw:
    """A RawStmt with its offsets in the whole text (pglast gives them in the part it parsed)."""

    __slots__ = ("stmt", "stmt_location", "stmt_len")

    def __init__(self, stmt, stmt_location: int, stmt_len: int) -> None:
        self.stmt, self.stmt_location, self.stmt_len = stmt, stmt_location, stmt_len


def _parse(parser, text: str, start: int, end: int) -> list:
    """parser.parse_sql of text[start:end] (built from its JSON: tree.py), offsets in the whole text."""
    if not text[start:end].strip():
        return []
    if start == 0 and end == len(text):
        return list(tree.parse_sql(parser, text))
    part = text[start:end]
    return [_Raw(raw.stmt, start + (raw.stmt_location or 0),
                 raw.stmt_len or len(part) - (raw.stmt_location or 0)) for raw in tree.parse_sql(parser, part)]


def _distrust(script: Script, context: Context, text: str, offset: int, message: str,
              nothing=(), chosen=None) -> str | None:
    """Why a parse error at offset may not be a defect, or None when it certainly is one."""
    reason = _distrust_postgres(script, context, text, offset, message, nothing)
    if reason is None and one_statement_a_line(text):
        return "a list of statements one a line with no ';' between them (a loader runs it line by line)"
    if reason is not None or chosen is None or _fused(script, text, offset):
        return reason  # two statements fused where a ';' was lost: certain in every dialect
    if not chosen.authoritative:
        return f"pglast reads PostgreSQL, not {chosen.name} (from {chosen.why})"
    from .dialect import folder_dialect, holds_postgres_syntax

    if chosen.source == "default" and not holds_postgres_syntax(text):
        start, end = _statement_span(script, text, offset)
        other = _reads_as_other(text[start:end])
        if other is not None:
            return (f"the file's dialect is not known (no folder, file name or setting names one) and sqlglot "
                    f"reads this statement as {other}, not as PostgreSQL; set sql-dialects to check it")
        folder = folder_dialect(chosen.folder) if chosen.folder else None
        if folder is not None:
            return (f"the file's dialect is not known (no folder, file name or setting names one) and "
                    f"{folder[1]}; set sql-dialects to check it")
        if _test_data_of_no_dialect(context, chosen) and _read_somewhere(text[start:end]):
            return ("the file's dialect is not known (no folder, file name or setting names one) and it is test data, "
                    "a parser's or tool's input in the dialect its test is about; set sql-dialects to check it")
        word = _reserved_name_at(text, offset)
        if word is not None:
            return (f"the file's dialect is not known and {word!r}, reserved in PostgreSQL, stands where a name "
                    f"goes: a table name in SQLite or MySQL (the flask tutorial's `INSERT INTO user`); set "
                    f"sql-dialects to check it")
    return None


def _test_data_of_no_dialect(context: Context, chosen) -> bool:
    """SQL below a test folder that nothing names a dialect for, with no syntax of PostgreSQL's own and no
    psql command: a parser's or tool's input, in whatever dialect its test is about (where some dialect
    reads the statement: _read_somewhere)."""
    from .dialect import holds_postgres_syntax

    return chosen is not None and chosen.source == "default" and context.tests and not context.script.metas \
        and not holds_postgres_syntax(context.script.text)


# A word PostgreSQL reserves, right where a table name goes: the name of a table elsewhere
NAME_GOES_AFTER = re.compile(r"\b(?:INTO|FROM|TABLE|JOIN|UPDATE|REFERENCES|EXISTS)\s+$", re.I)


def _reserved_name_at(text: str, offset: int) -> str | None:
    from .keywords import RESERVED_KEYWORDS

    match = re.match(r"([A-Za-z_]+)\s*([(\w\"])", text[offset:offset + 64])  # a name: more of the statement follows
    if match is None or match.group(1).lower() not in RESERVED_KEYWORDS:
        return None
    return match.group(1) if NAME_GOES_AFTER.search(text[max(0, offset - 64):offset]) else None


OTHER_DIALECTS = ("mysql", "sqlite", "tsql", "oracle", "clickhouse")


def _reads_as_other(statement: str) -> str | None:
    """A dialect whose sqlglot grammar reads the statement whole (no opaque Command) while sqlglot's
    PostgreSQL one does not: the statement looks like that dialect, not like a PostgreSQL botch."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel

    def reads(read):
        parsed = _sqlglot_reading(statement, read)
        return bool(parsed) and not any(isinstance(node, exp.Command) or node is None for node in parsed)

    if not statement.strip() or reads("postgres"):
        return None
    return next((read for read in OTHER_DIALECTS if reads(read)), None)


def _sqlglot_reading(statement: str, read: str | None) -> list | None:
    """sqlglot's statements for the text in that dialect (None: it raised)."""
    import sqlglot
    from sqlglot.errors import ErrorLevel

    try:
        return sqlglot.parse(statement, read=read, error_level=ErrorLevel.RAISE)
    except (RecursionError, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - a ParseError, or sqlglot's own crash: not read
        return None


# the dialects a test's SQL may be written in, as far as sqlglot knows them (None: its generic grammar)
ANY_DIALECT = (None, "mysql", "sqlite", "tsql", "oracle", "clickhouse", "bigquery", "snowflake", "duckdb")


def _read_somewhere(statement: str) -> bool:
    """Whether some dialect's sqlglot grammar takes the statement without a parse error: whole, or as the
    opaque Command it falls back to for syntax it does not know (a procedure's body, vendor syntax). Text
    every dialect rejects (a misspelt keyword, a lost comma) is no dialect's SQL."""
    import logging

    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)  # its "Falling back to parsing as a 'Command'" warnings
    try:
        return any(_sqlglot_reading(statement, read) is not None for read in ANY_DIALECT)
    finally:
        logger.setLevel(level)


def _distrust_postgres(script: Script, context: Context, text: str, offset: int, message: str,
                       nothing=()) -> str | None:
    """Why a pglast error at offset may not be a defect of a PostgreSQL file, or None."""
    if not CERTAIN_SYNTAX.match(message):
        return "a rule of this parser's PostgreSQL version, not a syntax error: a newer one may accept it"
    if _variable_at(script, text, offset) is not None:
        return "next to a psql variable, which may stand for SQL text"
    start, _end = _statement_span(script, text, offset)
    first = halves.first_token(script.text, start)
    if SET_EXPRESSION.match(text, first):
        return "a variable set to an expression (SQLPage's, MySQL's or Snowflake's SET; PostgreSQL's takes literals)"
    if PLPGSQL_ONLY.match(text, first):
        # no SQL statement starts so: the file is a body fragment that a build step (an #include, pgai's
        # build.py) pastes into a function or DO block, where the rest of it is checked as SQL still
        return "a PL/pgSQL statement at the top level: a fragment pasted into a function or DO body"
    if any(start <= var_start < offset and var_start != first for var_start, _ in nothing):
        return "after a psql variable inside the statement that may stand for a query or clause"
    if _newer_syntax(script, text, offset):
        return "PostgreSQL syntax newer than this parser's (PostgreSQL 18)"
    if _name_made_a_keyword(text, offset):
        return "a name PostgreSQL 16 or 17 made a keyword (SQL/JSON): valid in the versions before"
    if context.expects_errors(offset):
        if _fused(script, text, offset):
            return None  # a statement starting on a new line inside an unfinished one: a ';' lost
        where = "a pg_regress suite" if context.suite else "an ON_ERROR_STOP off section"
        return f"in {where}, statements may fail on purpose"
    return None


def _variable_at(script: Script, text: str, offset: int) -> tuple[int, int] | None:
    """The psql variable the error is at, or right after."""
    index = bisect.bisect_right(script.variables, (offset, len(text) + 1)) - 1
    if index >= 0:
        start, end = script.variables[index]
        if start <= offset < end or (end <= offset and halves.first_token(text, end) >= offset):
            return start, end
    return None


def _newer_syntax(script: Script, text: str, offset: int) -> bool:
    """CREATE / ALTER / DROP of an object kind this grammar has no word for (CREATE PROPERTY GRAPH), or
    a construct known to be newer than the bundled grammar (GRAPH_TABLE, FOR PORTION OF, IGNORE NULLS)."""
    start, end = _statement_span(script, text, offset)
    if NEWER_SYNTAX.search(text[halves.first_token(text, start):end]):
        return True
    word = re.match(r"[A-Za-z_]\w*", text[offset:offset + 64])
    if word is None or _is_keyword(word.group()):
        return False
    before = re.search(r"\b(CREATE|ALTER|DROP)(?:\s+OR\s+REPLACE)?\s+$", text[max(start, offset - 40):offset], re.I)
    return before is not None


# SQL/JSON's words, keywords since PostgreSQL 16 (JSON, JSON_ARRAY, JSON_OBJECT, ...) and 17 (JSON_VALUE,
# JSON_TABLE, MERGE_ACTION, ...) that no longer serve as a function's or a parameter's name: a schema written for
# an older server uses them as names (`IN json TEXT`, `FUNCTION json_value(`)
MADE_KEYWORDS = frozenset({"json", "json_array", "json_arrayagg", "json_object", "json_objectagg", "json_scalar",
                           "json_serialize", "json_exists", "json_query", "json_value", "json_table", "merge_action"})


def _name_made_a_keyword(text: str, offset: int) -> bool:
    """Whether the error is at such a word, or right after one (the `(` of `json_value(`)."""
    at = re.match(r"[A-Za-z_]\w*", text[offset:offset + 64])
    before = re.search(r"(?<![\w\"])([A-Za-z_]\w*)\s*$", text[max(0, offset - 64):offset])
    return any(match is not None and match.group(1 if match is before else 0).lower() in MADE_KEYWORDS
               for match in (at, before))


def _is_keyword(word: str) -> bool:
    from . import keywords

    word = word.lower()
    return any(word in group for group in (keywords.RESERVED_KEYWORDS, keywords.UNRESERVED_KEYWORDS,
                                           keywords.COL_NAME_KEYWORDS, keywords.TYPE_FUNC_NAME_KEYWORDS))


def _fused(script: Script, text: str, offset: int) -> bool:
    """A statement keyword opens the line of the error, the statement began on an earlier line, and the
    line before ends as a statement can (a name, a type, a literal, `)`), not as one that goes on (THEN,
    AS, AND ... : MERGE's WHEN MATCHED THEN INSERT is one statement)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start:offset].strip() or not STATEMENT_KEYWORD.match(text, offset):
        return False
    start, _end = _statement_span(script, text, offset)
    if halves.first_token(text, start) >= line_start:
        return False
    before = _last_token(text, start, line_start)
    if before is None or before in ",(=+-*/<>|.:[":
        return False
    return not before[0].isalpha() and before[0] != "_" or not _is_keyword(before) \
        or before.lower() in ENDING_KEYWORDS or _is_keyword_of(before, "COL_NAME_KEYWORDS")


def one_statement_a_line(text: str) -> bool:
    """A list of statements, one a line, as the text reads (comments and blank lines aside): every line opens a
    statement (after any `(`) and three or more end without a ';' (other.LINE_STATEMENT; other._one_statement_a_line
    is the same test on sqlglot's tokens)."""
    from .other import LINE_STATEMENT

    lines = [line.strip() for line in re.sub(r"--[^\n]*|/\*.*?\*/", "", text, flags=re.S).splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if len(lines) < 3 or not all(LINE_STATEMENT.match(line.lstrip("(")) for line in lines):
        return False
    return sum(not line.endswith(";") for line in lines) >= 3


def _last_token(text: str, start: int, stop: int) -> str | None:
    """The last token before stop (comments skipped): a word, or one character."""
    code = re.sub(r"--[^\n]*", "", text[start:stop]).rstrip()
    if not code:
        return None
    word = re.search(r"[A-Za-z_][A-Za-z0-9_$]*$", code)
    return word.group() if word else code[-1]


def _is_keyword_of(word: str, group: str) -> bool:
    from . import keywords

    return word.lower() in getattr(keywords, group)


def _statement_span(script: Script, text: str, offset: int) -> tuple[int, int]:
    """The statement around offset: from after the previous `;` to its own `;` included."""
    index = bisect.bisect_left(script.boundaries, offset)
    start = script.boundaries[index - 1] + 1 if index > 0 else 0
    end = script.boundaries[index] + 1 if index < len(script.boundaries) else len(text)
    return start, end


def _check_plpgsql_bodies(source, context, text, statements, parser):
    """PL/pgSQL function and DO bodies are strings to parse_sql; parse them too. Only syntax errors are
    reported: pglast also runs parts of the PL/pgSQL compiler with no catalog, whose complaints
    (LookupExplicitNamespace, "x.y is not a known variable", VARIADIC ...) are not defects."""
    path = source.path
    placeholders = _placeholders_outside_bodies(source, context.script)
    for raw in statements:
        statement = raw.stmt
        name = type(statement).__name__
        if name == "DoStmt":
            language = _option(statement.args, "language") or "plpgsql"
            body = _body(statement.args)
        elif name == "CreateFunctionStmt":
            language = _option(statement.options, "language")
            body = _body(statement.options)
        else:
            continue
        if (language or "").lower() != "plpgsql":
            continue
        start = raw.stmt_location or 0
        end = start + raw.stmt_len if raw.stmt_len else len(text)
        try:
            _parse_plpgsql(parser, _placeholders_read_as_names(text[start:end], placeholders))
        except parser.ParseError as exc:
            message = exc.args[0]
            line = line_col(text, halves.first_token(text, start))[0]
            if not PLPGSQL_SYNTAX.match(message):
                source.note(f"line {line}: PL/pgSQL body: {message}: not reported (a limit of the parser "
                            f"without a catalog, not a syntax error)")
                continue
            if context.expects_errors(start):
                source.note(f"line {line}: PL/pgSQL body: {message}: not reported (errors expected here)")
                continue
            offset = _plpgsql_error_offset(parser, text, start, end, body, message)
            yield Finding(path, *line_col(text, offset), "RL201", f"in the PL/pgSQL body: {message}")
        except RecursionError:
            yield Finding(path, *line_col(text, start), "RL012", "nesting too deep to parse")


# psql leaves a dollar-quoted body alone, so a `:NAME` inside one is no psql variable. But a file that uses
# the same `:NAME` outside its bodies is filled in as text by its runner before any database reads it
# (graphile-worker's migrations: `:GRAPHILE_WORKER_SCHEMA`, replaced everywhere by its migrate step; psql
# would leave the body's copy in place, and the function would not compile): inside a body it is that
# placeholder too, read as a name of its length, as outside, and the rest of the body is checked.
BARE_VARIABLE = re.compile(r":([A-Za-z_][A-Za-z0-9_]*)")


def _placeholders_outside_bodies(source, script) -> frozenset[str]:
    """The names of the bare psql variables (`:name`) the file uses outside dollar-quoted bodies."""
    original = source.text
    names = set()
    for start, end in script.variables:
        match = BARE_VARIABLE.fullmatch(original, start, end)
        if match is not None:
            names.add(match.group(1))
    return frozenset(names)


def _placeholders_read_as_names(statement: str, names: frozenset[str]) -> str:
    if not names or ":" not in statement:
        return statement
    return re.sub(r"(?<![:\w]):(" + "|".join(map(re.escape, sorted(names))) + r")\b",
                  lambda m: "_" + m.group(1), statement)


# `#option dump` in a PL/pgSQL body makes libpg_query print the function's execution tree on the C
# library's stdout: in a report written to stdout (`--format json`, audit, the merge driver) that is
# garbage. Such a body is parsed with stdout pointed at /dev/null, the C buffer flushed there.
OPTION_DUMP = re.compile(r"#\s*option\s+dump", re.I)


def _parse_plpgsql(parser, statement: str):
    if OPTION_DUMP.search(statement) is None:
        return parser.parse_plpgsql_json(statement)
    from ... import workers

    with workers.c_stdout_to_devnull():
        return parser.parse_plpgsql_json(statement)


def _plpgsql_error_offset(parser, text, start, end, body, message):
    """pglast gives no position inside a body: the first body line whose prefix already fails the same
    way (a parser stops at its first bad token, whatever follows) is the line that fails."""
    first = halves.first_token(text, start)
    at = text.find(body, start, end) if body else -1
    if at < 0 or " at or near " not in message:
        return first
    cuts = [index + 1 for index in range(at, at + len(body)) if text[index] == "\n"] + [at + len(body)]
    tail = text[at + len(body):end]

    def fails_here(cut):
        try:
            _parse_plpgsql(parser, text[start:cut] + "\n" + tail)
        except parser.ParseError as exc:
            return exc.args[0] == message
        except RecursionError:
            return False
        return False

    low, high = 0, len(cuts) - 1
    if not fails_here(cuts[high]):
        return first
    while low < high:
        middle = (low + high) // 2
        if fails_here(cuts[middle]):
            high = middle
        else:
            low = middle + 1
    line_start = cuts[low - 1] if low > 0 else at
    return halves.first_token(text, line_start) if text[line_start:cuts[low]].strip() else line_start


def _body(options):
    for option in options or ():
        if getattr(option, "defname", None) == "as":
            arg = option.arg
            first = arg[0] if isinstance(arg, (tuple, list)) and arg else arg
            return getattr(first, "sval", None)
    return None


def _option(options, wanted):
    for option in options or ():
        if getattr(option, "defname", None) == wanted:
            arg = option.arg
            return getattr(arg, "sval", None) or str(arg)
    return None

