"""Which SQL dialect a file is written in: a configured glob, a database named by a folder or the file's
own name, unmistakable syntax, the project's setting, else PostgreSQL by default.

Repositories ship migrations for several databases side by side (migrations/mysql/, store/migration/sqlite/,
Flyway's db/migration/{mysql,postgresql,h2}/), so one dialect per project is wrong. Decided from the path
and the text alone: the per-file cache is keyed on path, content and the configuration.

Certainty (docs/sql-dialects.md): pglast (libpg_query, PostgreSQL's own grammar) is authoritative for
PostgreSQL; sqlglot is authoritative for no dialect, and H2, HSQLDB, Derby, DB2 and CockroachDB have no
parser here that knows them at all.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import context

# the name a folder, a file name or the configuration uses -> the dialect it stands for
ALIASES = {
    "postgres": "postgres", "postgresql": "postgres", "pgsql": "postgres", "pg": "postgres",
    "psql": "postgres", "postgis": "postgres", "timescaledb": "postgres", "timescale": "postgres",
    "mysql": "mysql", "mariadb": "mysql", "tidb": "mysql", "mysql5": "mysql", "mysql8": "mysql",
    "sqlite": "sqlite", "sqlite3": "sqlite", "libsql": "sqlite",
    "mssql": "tsql", "sqlserver": "tsql", "tsql": "tsql", "azuresql": "tsql",
    # one-word spellings: sqlmap's data/procs/mssqlserver/; PHP's driver name (Laravel: `sqlsrv`)
    "mssqlserver": "tsql", "microsoftsqlserver": "tsql", "sqlsrv": "tsql",
    "oracle": "oracle", "oracledb": "oracle", "plsql": "oracle",
    "clickhouse": "clickhouse", "h2": "h2", "hsqldb": "hsqldb", "hsql": "hsqldb", "derby": "derby",
    "db2": "db2", "cockroach": "cockroachdb", "cockroachdb": "cockroachdb", "crdb": "cockroachdb",
    "snowflake": "snowflake", "bigquery": "bigquery", "redshift": "redshift", "duckdb": "duckdb",
    "trino": "trino", "presto": "presto", "hive": "hive", "spark": "spark", "databricks": "databricks",
    "teradata": "teradata", "doris": "doris", "starrocks": "starrocks", "materialize": "materialize",
    "risingwave": "risingwave", "athena": "athena", "drill": "drill",
    "googlesql": "bigquery", "spanner": "bigquery", "zetasql": "bigquery",
    "cloudscape": "derby", "oceanbase": "mysql",  # Derby's forerunner; OceanBase's MySQL mode
    # MySQL-compatible servers a development container or a test matrix names (Dolt, Vitess, PlanetScale,
    # Percona Server, SingleStore's former name)
    "dolt": "mysql", "vitess": "mysql", "planetscale": "mysql", "percona": "mysql", "memsql": "mysql",
}

def _sqlglot_dialects() -> frozenset:
    """The dialects sqlglot has a grammar for, from its own install (not a hand list): the modules
    of its `dialects` package, one a dialect, named as its registry names them (a test keeps the
    two equal). Listed, not imported: importing sqlglot costs every SQL file's check about 0.1 s,
    and a PostgreSQL file that parses never needs it. Without the listing, the registry itself."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("sqlglot")
        folder = os.path.join(os.path.dirname(spec.origin), "dialects") if spec and spec.origin else ""
        listed = frozenset(name[:-3] for name in os.listdir(folder)
                           if name.endswith(".py") and not name.startswith("_")) - {"dialect"}
    except (ImportError, OSError, ValueError):
        listed = frozenset()
    return listed or _sqlglot_registry()


def _sqlglot_registry() -> frozenset:
    """The dialects sqlglot's registry names (an import of sqlglot)."""
    try:
        from sqlglot.dialects.dialect import Dialect as SqlglotDialect, Dialects

        return frozenset({d.value for d in Dialects} | set(SqlglotDialect.classes)) - {""}
    except Exception:  # an old or broken sqlglot: the aliases above still name dialects
        return frozenset()


SQLGLOT = _sqlglot_dialects()
ALIASES.update({name: name for name in SQLGLOT if name not in ALIASES})
ALIASES["sparksql"] = "spark"  # sqlfluff's name for Spark SQL
# databases no parser here knows: a folder named after one still says "not PostgreSQL" (errors are notes)
OTHER = {"ansi", "vertica", "impala", "flink", "soql", "netezza", "sybase", "informix", "firebird", "hana",
         "sqlanywhere", "greenplum", "yellowbrick",
         # older and smaller databases a schema-per-database folder ships files for (Quartz's tables_<db>.sql)
         "asany", "sapdb", "maxdb", "soliddb", "pointbase", "cubrid", "interbase", "ingres", "mimer", "nuodb", "altibase",
         "tibero", "gbase",
         # PostgreSQL's derivatives with syntax of their own (EDB's Advanced Server, formerly Postgres Plus:
         # pgadmin's tests/ppas/ hold its Oracle-style procedures; YugabyteDB, openGauss, PolarDB, Kingbase)
         "ppas", "epas", "edb", "enterprisedb", "yugabyte", "yugabytedb", "opengauss", "gaussdb", "polardb",
         "kingbase", "kingbasees",
         # analytic engines with SQL of their own and no parser here (a benchmark's or a comparison's files)
         "datafusion", "questdb", "cratedb", "databend", "firebolt", "glaredb", "cedardb", "monetdb", "umbra",
         "ydb", "greptimedb", "kinetica", "sqream", "opteryx", "octosql", "polars", "influxdb"}
ALIASES.update({name: name for name in OTHER if name not in ALIASES})
# dialects sqlglot has no grammar for: read with its generic one; postgres-compatible ones with pglast
NO_SQLGLOT = {"h2": "", "hsqldb": "", "derby": "", "db2": ""}
POSTGRES_LIKE = {"cockroachdb", "greenplum", "yellowbrick", "ppas", "epas", "edb", "enterprisedb", "yugabyte",
                 "yugabytedb", "opengauss", "gaussdb", "polardb", "kingbase", "kingbasees"}  # read with pglast, not their grammar: errors are notes
# names that a folder or file name is read as: every alias, so every dialect sqlglot knows (hive, spark,
# drill too: a folder named so holds that dialect's SQL more often than not, and a wrong guess only says less)
PATH_NAMES = set(ALIASES)
TWO_WORDS = {("sql", "server"): "tsql", ("azure", "sql"): "tsql", ("ms", "sql"): "tsql"}
WORD = re.compile(r"[a-z0-9]+")
RELEASE = re.compile(r"\d+[a-z]?$")  # a release after the name: mysql57, sqlserver2019, oracle12c, oracle11g

# a driver's `?` placeholder where a value goes (not jsonb's `?` operator, which follows a value)
PLACEHOLDER = re.compile(r"(?:[=<>(,]|\b(?:LIMIT|OFFSET|IN|VALUES|AND|OR|THEN|ELSE|LIKE|BETWEEN))[ \t]*\?"
                         r"(?=[ \t]*(?:[,);]|$|(?:AND|OR|LIMIT|OFFSET|ORDER|GROUP|WHERE|THEN|ELSE|END)\b))", re.I | re.M)
# MySQL's `#` comment, or a test harness's directive lines between statements (sqlglot's fixtures:
# `# dialect: spark`, `# execute: false`, in files that also hold `::` casts): psql reads no such
# line, and no PostgreSQL statement opens with `#` (an operator there: jsonb's #> and #- are left
# alone; the C preprocessor's directives are preprocessed SQL's; dollar-quoted bodies, PL/Python's
# comments, are blanked first). Decisive whatever else the file holds: not PostgreSQL as written.
HASH_WHY = "`#` comment lines (MySQL's, or a test harness's directives between statements)"
HASH_LINE = re.compile(r"^[ \t]*#(?![>#-])(?![ \t]*(?:include|define|if|ifdef|ifndef|endif|else|elif|undef|pragma"
                       r"|error|warning|line)\b)[^\n]*", re.M)
# syntax no PostgreSQL file has, outside strings and comments: (dialect, what it is, [(literal, pattern)]):
# a pattern runs only on a text whose lowercase holds its literal (case-blind regex alternations are slow)
_I, _IM = re.I, re.I | re.M
SYNTAX = (
    ("clickhouse", "ClickHouse (ENGINE = MergeTree, LowCardinality)", [
        ("mergetree", re.compile(r"\bENGINE\s*=\s*(?:Replicated|Replacing|Summing|Aggregating|Collapsing|"
                                 r"VersionedCollapsing|Graphite)?MergeTree\b", _I)),
        ("lowcardinality", re.compile(r"\bLowCardinality\s*\(", _I))]),
    # BigQuery's types (Spark and Hive write ARRAY<...> too: read as BigQuery, a wrong guess only says less)
    ("bigquery", "BigQuery (ARRAY<...>, INT64, FLOAT64)", [
        ("array", re.compile(r"\bARRAY\s*<\s*[A-Za-z]", _I)),
        ("int64", re.compile(r"\bINT64\b", _I)),
        ("float64", re.compile(r"\bFLOAT64\b", _I))]),
    ("tsql", "T-SQL (a GO batch separator, [bracketed] names, IDENTITY(1,1), NVARCHAR(MAX) or SET ANSI_NULLS ON)", [
        ("go", re.compile(r"^[ \t]*GO[ \t]*(?:\d+[ \t]*)?(?:--[^\n]*)?$", _IM)),
        ("[dbo].", re.compile(r"\[dbo\]\.", _I)),
        ("].[", re.compile(r"\[[A-Za-z_][\w ]*\]\.\[[A-Za-z_]")),  # [schema].[table]
        ("[", re.compile(r"\b(?:CREATE|ALTER)\s+TABLE\s+\[[A-Za-z_]|^[ \t]*\[[A-Za-z_]\w*\][ \t]+[A-Za-z]", _IM)),
        ("identity", re.compile(r"\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)", _I)),
        ("(max)", re.compile(r"\bN?VARCHAR\s*\(\s*MAX\s*\)", _I)),
        *((word, re.compile(rf"^[ \t]*SET[ \t]+{word}[ \t]+ON\b", _IM))
          for word in ("ansi_nulls", "quoted_identifier", "nocount"))]),
    ("mysql", "MySQL (AUTO_INCREMENT, ENGINE=, CHARSET, DELIMITER, UNSIGNED, ON DUPLICATE KEY UPDATE, INSERT "
              "IGNORE, REPLACE INTO, UPDATE ... JOIN, multi-table UPDATE or DELETE, () VALUES (), utf8mb4, GRANT ... ON *.*, USE db;, FLUSH "
              "or a function's BEGIN ... END body right after RETURNS)", [
        ("auto_increment", re.compile(r"\bAUTO_INCREMENT\b", _I)),
        # a stored routine's BEGIN ... END body right after RETURNS type, no AS (PostgreSQL's: AS or BEGIN ATOMIC)
        ("begin", re.compile(r"\bCREATE\s+(?:DEFINER\s*=\s*\S+\s+)?FUNCTION\b[^;]*?\)\s*RETURNS\s+\w+(?:\s*\(\s*\d+"
                             r"(?:\s*,\s*\d+)?\s*\))?\s+(?:(?:NOT\s+)?DETERMINISTIC\s+|READS\s+SQL\s+DATA\s+|NO\s+SQL\s+"
                             r"|CONTAINS\s+SQL\s+|MODIFIES\s+SQL\s+DATA\s+)*BEGIN\b(?!\s+ATOMIC\b)", _I)),
        ("engine", re.compile(r"\bENGINE\s*=\s*\w+", _I)),
        ("charset", re.compile(r"\bDEFAULT\s+CHARSET\b|\bCHARSET\s*=", _I)),
        ("delimiter", re.compile(r"^[ \t]*DELIMITER[ \t]", _IM)),
        ("/*!", re.compile(r"/\*![0-9]{5}")),
        ("unsigned", re.compile(r"\bUNSIGNED\b", _I)),
        ("duplicate", re.compile(r"\bON\s+DUPLICATE\s+KEY\s+UPDATE\b", _I)),
        ("ignore", re.compile(r"\bINSERT\s+IGNORE\b", _I)),
        ("replace", re.compile(r"^[ \t]*REPLACE\s+INTO\b", _IM)),
        ("join", re.compile(r"^[ \t]*UPDATE\s+[\w.`]+(?:\s+(?:AS\s+)?\w+)?\s+(?:INNER\s+|LEFT\s+)?JOIN\b", _IM)),
        # multi-table UPDATE a, b SET / DELETE FROM a, b (PostgreSQL takes one table, then SET, USING or WHERE)
        ("update", re.compile(r"^[ \t]*UPDATE\s+(?!ONLY\b)[\w.`\"]+(?:\s+(?:AS\s+)?(?!SET\b)[\w`\"]+)?\s*,", _IM)),
        ("delete", re.compile(r"^[ \t]*DELETE\s+FROM\s+(?!ONLY\b)[\w.`\"]+(?:\s+(?:AS\s+)?(?!USING\b|WHERE\b|RETURNING\b)"
                              r"[\w`\"]+)?\s*,", _IM)),
        ("()", re.compile(r"\(\s*\)\s*VALUES\s*\(\s*\)", _I)),
        # MySQL's own charset names (PostgreSQL's encodings are quoted: ENCODING 'UTF8'), a grant on every database
        ("utf8mb", re.compile(r"\butf8mb[34]\b", _I)),
        ("*.*", re.compile(r"\bON\s+\*\.\*", _I)),
        # `USE db;`, any quoting (PostgreSQL has no USE: T-SQL's, with its GO lines, is told apart above) and FLUSH
        # (a "quoted" name is blank in the code the patterns are matched on at last)
        ("use", re.compile(r"^[ \t]*USE[ \t]+(?:`\w+`|\"\w+\"|\w+)?[ \t]*;", _IM)),
        ("flush", re.compile(r"^[ \t]*FLUSH[ \t]+(?:PRIVILEGES|TABLES|LOGS|HOSTS|STATUS|BINARY)\b", _IM))]),
    ("sqlite", "SQLite (PRAGMA, AUTOINCREMENT, WITHOUT ROWID, INSERT OR REPLACE, RAISE(ABORT, ...), COLLATE NOCASE, "
               "a trigger with a BEGIN ... END body or columns without a type)", [
        ("pragma", re.compile(r"^[ \t]*PRAGMA\b", _IM)),
        ("autoincrement", re.compile(r"\bAUTOINCREMENT\b", _I)),
        ("rowid", re.compile(r"\bWITHOUT\s+ROWID\b", _I)),
        # SQLite's built-in collation (PostgreSQL has none of that name unless a database creates one)
        ("nocase", re.compile(r"\bCOLLATE\s+NOCASE\b", _I)),
        ("insert or", re.compile(r"\bINSERT\s+OR\s+(?:REPLACE|IGNORE)\b", _I)),
        # SQLite's RAISE() function (PL/pgSQL's RAISE is a statement: RAISE EXCEPTION 'x', never RAISE(ABORT, ...))
        ("raise", re.compile(r"\bRAISE\s*\(\s*(?:ABORT|FAIL|ROLLBACK|IGNORE)\b", _I)),
        # a trigger whose action is a BEGIN ... END body (SQLite's, MySQL's): PostgreSQL's CREATE TRIGGER always
        # ends EXECUTE FUNCTION f(), so no BEGIN comes in it before its `;`
        ("trigger", re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?TRIGGER\b"
                               r"(?:(?!\bEXECUTE\b)[^;])*?\bBEGIN\b", _I)),
        # columns without a type (PostgreSQL's `CREATE TABLE t (a, b) AS SELECT` names a query's columns)
        ("table", re.compile(r"\bCREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\w.]+\s*"
                             r"\(\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*\)\s*;", _I))]),
    # HSQLDB takes IF EXISTS after the name too (PostgreSQL, MySQL, SQLite, T-SQL and H2 only before it)
    ("hsqldb", "HSQLDB (DROP ... name IF EXISTS)", [
        ("if exists", re.compile(r"^[ \t]*DROP\s+(?:TABLE|VIEW|SEQUENCE|INDEX|SCHEMA|TRIGGER|FUNCTION|PROCEDURE"
                                 r"|DOMAIN|TYPE|USER|ROLE)\s+(?!IF\b)[\w.\"]+\s+IF\s+EXISTS\b", _IM))]),
    ("oracle", "Oracle (VARCHAR2, NUMBER(n), a PACKAGE, FROM DUAL or a / line)", [
        ("varchar2", re.compile(r"\bVARCHAR2\b", _I)),
        ("number(", re.compile(r"\bNUMBER\(\s*\d", _I)),
        ("package", re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?PACKAGE\b", _I)),
        ("dual", re.compile(r"\bFROM\s+DUAL\b", _I)),
        ("\n/", re.compile(r"^/[ \t]*$", re.M))]),
    # a warehouse's loading statement and objects (INTO is reserved in PostgreSQL, which has no stages, file
    # formats, warehouses, pipes or USE): Snowflake's, and Synapse's and Databricks' COPY INTO too (a wrong
    # guess only says less: sqlglot is not authoritative for any of them)
    ("snowflake", "a warehouse's COPY INTO, stage, file format, warehouse or pipe (Snowflake, Synapse, Databricks)", [
        ("copy", re.compile(r"^[ \t]*COPY\s+INTO\b", _IM)),
        *((word, re.compile(rf"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?{pattern}\s", _I))
          for word, pattern in (("stage", "STAGE"), ("format", r"FILE\s+FORMAT"), ("warehouse", "WAREHOUSE"),
                                ("pipe", "PIPE"))),
        *((word, re.compile(rf"^[ \t]*USE\s+{word}\s", _IM)) for word in ("warehouse", "role"))]),
    ("mysql", "backquoted identifiers", [("`", re.compile(r"`[^`\n]+`"))]),  # MySQL's; SQLite accepts them too
    ("mysql", "`?` placeholders (a MySQL or SQLite driver's; PostgreSQL's are $1)", [("?", PLACEHOLDER)]),
)
# PostgreSQL's own syntax: with it, a file is PostgreSQL whatever else it holds
POSTGRES_SYNTAX = re.compile(r"\$[A-Za-z_]*\$|::\s*[A-Za-z_]|\bLANGUAGE\s+plpgsql\b|\bCREATE\s+EXTENSION\b"
                             r"|\bBIGSERIAL\b|^[ \t]*\\[a-z]", re.I | re.M)
# ... but for a dialect that has `::` too (ClickHouse's casts; SQL Server's `FROM ::fn_trace_gettable(...)`,
# `ON SCHEMA::dbo`, `geography::Point(...)`), they are not PostgreSQL's own
POSTGRES_SYNTAX_BUT_CASTS = re.compile(r"\$[A-Za-z_]*\$|\bLANGUAGE\s+plpgsql\b|\bCREATE\s+EXTENSION\b"
                                       r"|\bBIGSERIAL\b|^[ \t]*\\[a-z]", re.I | re.M)
CASTS_TOO = {"clickhouse", "tsql"}
# strings and comments, blanked before the syntax above is looked for
HIDDEN = re.compile(r"'(?:[^'\\\n]|\\.|'')*'|\"(?:[^\"\\\n]|\\.)*\"|--[^\n]*|#[^\n]*|/\*(?!!).*?\*/", re.S)
HIDDEN_BUT_HASH = re.compile(r"\$([A-Za-z_]\w*|)\$.*?\$\1\$|'(?:[^'\\\n]|\\.|'')*'|\"(?:[^\"\\\n]|\\.)*\""
                             r"|--[^\n]*|/\*(?!!).*?\*/", re.S)  # ... and dollar-quoted bodies


@dataclass(frozen=True)
class Dialect:
    name: str  # postgres, mysql, sqlite, tsql, oracle, clickhouse, h2, ... (config.SQL_DIALECTS)
    why: str  # how it was decided: shown in --debug notes and in messages
    source: str  # "glob", "path", "syntax", "setting" or "default"
    folder: str = ""  # by default: the file's folder, whose siblings may say (folder_dialect)

    @property
    def pglast(self) -> bool:
        """Read with pglast (PostgreSQL and PostgreSQL-compatible dialects)."""
        return self.name == "postgres" or self.name in POSTGRES_LIKE

    @property
    def authoritative(self) -> bool:
        """A parse error of the parser used is certain: only pglast's, only for PostgreSQL."""
        return self.name == "postgres"

    @property
    def sqlglot(self) -> str:
        """The sqlglot dialect to read it with ("" for sqlglot's generic grammar)."""
        if self.name in NO_SQLGLOT:
            return NO_SQLGLOT[self.name]
        return self.name if self.name in SQLGLOT or not SQLGLOT else ""


def of(rel: str, text: str, config) -> Dialect:
    """The dialect of the file at rel (relative to the project root, with '/') holding text."""
    for glob, name in getattr(config, "sql_dialects", ()):
        from ...paths import matches

        if matches(rel, glob):
            return Dialect(name, f"configured for {glob!r}", "glob")
    if "dbms:" in text:
        annotated = from_liquibase(text)
        if annotated is not None:
            return Dialect(annotated, f"its Liquibase changesets' dbms:{annotated}", "path")
    named = from_path(rel)
    if named is not None and named[0] != "postgres":
        return Dialect(named[0], named[1], "path")
    seen = from_syntax(text)  # syntax PostgreSQL never accepts outweighs a folder that says postgres
    if seen is not None:
        return Dialect(seen[0], f"its syntax: {seen[1]}", "syntax")
    if named is not None:
        return Dialect(named[0], named[1], "path")
    scheme = from_siblings(rel, getattr(config, "root", None)) or from_sibling_folders(rel, getattr(config, "root", None))
    if scheme is not None:
        return Dialect(scheme[0], scheme[1], "path")
    if getattr(config, "sql_dialect_set", False):
        return Dialect(config.sql_dialect, getattr(config, "sql_dialect_from", "") or "the project's sql-dialect",
                       "setting")
    import os

    root = getattr(config, "root", None)
    folder = os.path.dirname(rel)
    return Dialect(config.sql_dialect, "the default", "default",
                   os.path.join(root, folder) if root is not None else folder or ".")


LIQUIBASE_DBMS = re.compile(r"^--[ \t]*changeset[ \t]+\S+.*?\bdbms:[ \t]*([!A-Za-z0-9_,]+)", re.M | re.I)


def from_liquibase(text: str) -> str | None:
    """The one dialect the `--changeset author:id dbms:mysql` lines of a Liquibase formatted-SQL file
    name (each changeset runs only on those databases); None when they name several or negate one."""
    found = set()
    for match in LIQUIBASE_DBMS.finditer(text):
        for name in match.group(1).split(","):
            found.add(ALIASES.get(name.lower()) if not name.startswith("!") else None)
    return found.pop() if len(found) == 1 and None not in found else None


def from_path(rel: str) -> tuple[str, str] | None:
    """A database named by the file's name or a folder: migrations/mysql/, db/migration/postgresql/
    (Flyway), store/migration/sqlite/, schema.mysql.sql, 001_init_h2.sql. The nearest name of a
    database other than PostgreSQL wins over any PostgreSQL name (pgadmin's tests/ppas/.../
    create_program_psql.sql is EDB's, its name says what it tests): a wrong guess only says less."""
    parts = rel.lower().replace("\\", "/").split("/")
    name = parts[-1].rsplit(".", 1)[0] if parts[-1].endswith(".sql") else parts[-1]
    postgres = None
    for index, part in enumerate([name] + parts[-2::-1]):
        for dialect in _databases_named(index, part):
            if dialect != "postgres":
                return dialect, _named(index, part)
            postgres = postgres or (dialect, _named(index, part))
    return postgres


SCHEME_SLOT = re.compile(r"^(.*?[-_.])([a-z][a-z0-9]*)$")  # a file stem's last word, after its prefix
MIN_SCHEME = 2  # siblings naming databases (two different ones at least) that make a folder's naming scheme


def from_siblings(rel: str, root) -> tuple[str, str] | None:
    """A folder of one schema per database (Quartz's jdbcjobstore/: tables_mysql.sql, tables_oracle.sql,
    tables_db2_v95.sql ... tables_solid.sql): when siblings with the file's prefix name at least two
    different databases in the place where the file's own name has a word no database list here holds,
    that word names a database too, just not one known here, and the file is not PostgreSQL (parse
    errors are notes unless certain). The folder's listing only, never another file's content."""
    import os

    folder, name = os.path.split(rel)
    slot = SCHEME_SLOT.match(name.lower()[:-4]) if name.lower().endswith(".sql") else None
    if slot is None:
        return None
    prefix, word = slot.groups()
    directory = os.path.join(root, folder) if root is not None else folder or "."
    named = _scheme(directory).get(prefix, {})
    if len(named) < MIN_SCHEME or len(set(named.values())) < 2:
        return None
    return word, (f"the file's name {name!r} beside {', '.join(sorted(named)[:3])}: one schema per database, "
                  f"{word!r} a database without a parser here")


def from_sibling_folders(rel: str, root) -> tuple[str, str] | None:
    """A folder of a set kept once per database (a benchmark's <system>/create.sql, queries.sql beside
    mysql/create.sql and duckdb/create.sql; a sample database's <database>/schema.sql): when folders beside
    the file's own hold a SQL file of a name its folder holds too, and name at least two different
    databases, the file's folder names a database too, one without a parser here, and the file is not
    PostgreSQL (parse errors are notes unless certain). Listings only, never another file's content."""
    import os

    folder = os.path.dirname(rel)
    if not folder:
        return None
    parent, word = os.path.split(folder)
    directory = os.path.join(root, parent) if root is not None else parent or "."
    return _folder_per_database(directory, word)


@context.memo(256)
def _folder_per_database(directory: str, word: str) -> tuple[str, str] | None:
    """from_sibling_folders for the folder `word` of directory, worked out once per folder."""
    import os

    named = _named_folders(directory)
    if len(set(named.values())) < MIN_SCHEME:
        return None
    for name in context.listing(os.path.join(directory, word)):
        if not name.lower().endswith(".sql"):
            continue
        holding = {entry: dialect for entry, dialect in named.items()
                   if entry != word and context.is_file(os.path.join(directory, entry, name))}
        if len(set(holding.values())) >= MIN_SCHEME:
            shown = ", ".join(f"{entry}/{name}" for entry in sorted(holding)[:3])
            return word.lower(), (f"the folder {word!r} beside {shown}: one folder per database, {word!r} a "
                                  f"database without a parser here")
    return None


@context.memo(256)
def _named_folders(directory: str) -> dict[str, str]:
    """The names in directory that name a database: {name: dialect}."""
    found: dict[str, str] = {}
    for entry in context.listing(directory):
        dialect = next(iter(_databases_named(1, entry.lower())), None)
        if dialect is not None:
            found[entry] = dialect
    return found


@functools.lru_cache(maxsize=256)
def _scheme(directory: str) -> dict[str, dict[str, str]]:
    """The folder's .sql files indexed once: prefix (up to a `-`, `_` or `.`) -> {file: the dialect the word
    after that prefix names}, for the words that name a database."""
    from ..test_inputs import _listing

    index: dict[str, dict[str, str]] = {}
    for entry in _listing(directory):
        lower = entry.lower()
        if not lower.endswith(".sql"):
            continue
        stem = lower[:-4]
        for at, char in enumerate(stem):
            if char in "-_.":
                words = WORD.findall(stem[at + 1:])
                if words:
                    dialect = ALIASES.get(words[0]) or ALIASES.get(words[0].rstrip("0123456789"))
                    if dialect is not None:
                        index.setdefault(stem[:at + 1], {})[entry] = dialect
    return index


FOLDER_AT_LEAST = 3  # sibling files with another dialect's syntax, and more than half of the folder's
MAX_SIBLING_BYTES = 1024 * 1024


@context.memo(256)
def folder_dialect(directory: str) -> tuple[str, str] | None:
    """(dialect, why) when the folder's SQL files mostly show one dialect's syntax (at least three,
    and more than half of them): its SQL is written for that database (sqlglot's test fixtures, most
    with `#` directive lines; a folder of MySQL migrations where a few are plain enough to be
    anything). Asked only for a file read as PostgreSQL by default that pglast rejects (reading every
    sibling for every file would cost a folder of migrations its square); the siblings are read
    through languages/context.py, each a dependency of the file's result."""
    import os

    names = [entry for entry in context.listing(directory) if entry.lower().endswith(".sql")]
    if len(names) < FOLDER_AT_LEAST:
        return None
    seen: dict[str, int] = {}
    for name in names:
        data = context.read(os.path.join(directory, name))
        if data is None:
            continue
        found = from_syntax(data[:MAX_SIBLING_BYTES].decode("utf-8", "replace"))
        if found is not None:
            seen[found[0]] = seen.get(found[0], 0) + 1
    if not seen:
        return None
    dialect, count = max(seen.items(), key=lambda item: item[1])
    if count < FOLDER_AT_LEAST or 2 * count <= len(names):
        return None
    return dialect, f"{count} of the {len(names)} SQL files of its folder hold {dialect} syntax"


def _databases_named(index: int, part: str):
    words = WORD.findall(part)
    for first, second in zip(words, words[1:]):
        if (first, second) in TWO_WORDS:
            yield TWO_WORDS[(first, second)]
    for word in reversed(words) if index == 0 else words:
        word = word if word in PATH_NAMES else RELEASE.sub("", word)
        dialect = ALIASES.get(word) if word in PATH_NAMES else None
        if dialect is not None and (word != "pg" or index > 0):  # pg_partman--1.0.sql names an extension
            yield dialect


def _named(index: int, part: str) -> str:
    return f"the file's name {part!r}" if index == 0 else f"the folder {part!r}"


# SQL Server's temporary tables (`#name`, `##name`) named where a table goes: there `#` opens a name, never a
# MySQL comment (which would cut the statement), so the file's `#` lines are names too (sp_BlitzLock: `INSERT`
# then `#deadlocks` on the next line)
TEMP_TABLE = re.compile(r"\b(?:TABLE|FROM|INTO|JOIN|UPDATE|EXISTS)[ \t]+##?[A-Za-z_@$]", re.I)


def from_syntax(text: str) -> tuple[str, str] | None:
    """(dialect, what was seen) when the code (strings and comments left out) holds syntax that no
    PostgreSQL file has, and none of PostgreSQL's own ($$ bodies, :: casts, plpgsql, psql commands;
    `::` is ClickHouse's and SQL Server's too, so it does not outweigh their own syntax);
    or `#` comment lines, whatever else the file holds."""
    if "#" in text:
        code = HIDDEN_BUT_HASH.sub(_blanked, text)
        if HASH_LINE.search(code) and not TEMP_TABLE.search(code):
            return "mysql", HASH_WHY
    lower = text.lower()
    candidates = [(dialect, what, [pattern for literal, pattern in patterns if literal in lower])
                  for dialect, what, patterns in SYNTAX]
    candidates = [(dialect, what, [pattern for pattern in patterns if pattern.search(text)])
                  for dialect, what, patterns in candidates if patterns]
    candidates = [row for row in candidates if row[2]]  # blanking strings and comments can only remove matches
    if not candidates:
        return None
    code = HIDDEN.sub(_blanked, text)
    if POSTGRES_SYNTAX_BUT_CASTS.search(code):
        return None
    casts = POSTGRES_SYNTAX.search(code) is not None
    for dialect, what, patterns in candidates:
        if (not casts or dialect in CASTS_TOO) and any(pattern.search(code) for pattern in patterns):
            return dialect, what
    return None


def holds_postgres_syntax(text: str) -> bool:
    """Whether the code (strings and comments left out) holds syntax only PostgreSQL has ($$ bodies,
    :: casts, plpgsql, psql commands): such a file is PostgreSQL whatever sqlglot makes of it."""
    return POSTGRES_SYNTAX.search(HIDDEN.sub(_blanked, text)) is not None


def _blanked(match) -> str:
    """A string or comment as spaces, its line ends kept."""
    return _SPACES.sub(" ", match.group())


_SPACES = re.compile(r"[^\n]")
