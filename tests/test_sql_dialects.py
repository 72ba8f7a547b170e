"""The SQL dialect per directory and per file (issue 24, class 2), what is certain in a dialect sqlglot
reads (docs/sql-dialects.md), and preprocessed SQL (#include). Real parsers (pglast, sqlglot), real
configuration files and the real CLI in temp dirs; no mocks."""
from __future__ import annotations

import pytest
from conftest import needs_pglast, write

from rebound_lint.config import Config
from rebound_lint.runner import check_data

MYSQL_SCHEMA = """\
CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `users` (`email`) VALUES ('a@example.com') ON DUPLICATE KEY UPDATE `email` = VALUES(`email`);
"""


def run(name: str, text: str, config: Config | None = None):
    result = check_data(name, text.encode("utf-8"), "sql", config or Config())
    assert not result.errors
    return [(f.code, f.line) for f in result.findings], result.notes


def found(name: str, text: str, config: Config | None = None):
    return run(name, text, config)[0]


# 1. the dialect of a folder, a file name or the file's own syntax ---------------------------------------

@pytest.mark.parametrize("path", ["migrations/mysql/001_init.sql", "db/migration/mysql/V1__init.sql",
                                  "internal/store/mariadb/schema.sql", "db/schema.mysql.sql", "db/001_init.sql"])
def test_a_mysql_file_passes(path):
    findings, notes = run(path, MYSQL_SCHEMA)
    assert findings == []
    assert any("SQL dialect mysql" in note for note in notes)


@needs_pglast
def test_the_nearest_folder_names_the_dialect():
    assert found("postgres/migrations/mysql/001.sql", MYSQL_SCHEMA) == []
    sqlite = "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);\nINSERT OR IGNORE INTO t VALUES (1);\n"
    assert run("mysql/migrations/sqlite/001.sql", sqlite)[1][0].endswith("SQL dialect sqlite, from the folder 'sqlite'")
    assert found("mysql/migrations/postgres/001.sql", "CREATE TABLE t (\n  id int\n  name text\n);\n") == [("RL201", 3)]


def test_syntax_postgres_never_accepts_outweighs_a_folder_that_says_postgres():
    """sqlc's exec_lastid/go_postgresql_stdlib/ holds MySQL (its sqlc.json says engine mysql)."""
    text = "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY);\nINSERT INTO users () VALUES ();\n"
    findings, notes = run("testdata/exec_lastid/go_postgresql_stdlib/schema.sql", text)
    assert findings == [] and any("SQL dialect mysql, from its syntax" in note for note in notes)


@pytest.mark.parametrize("text", [
    "SELECT * FROM authors WHERE id = ? LIMIT 1;\nINSERT INTO authors (name, bio) VALUES (?, ?);\n",
    "UPDATE x INNER JOIN y ON y.a = x.a SET x.b = y.b;\n",
    "INSERT INTO bar () VALUES ();\n",
    "INSERT IGNORE INTO owners VALUES (1, 'George');\n",
    # MySQL's multi-table UPDATE and DELETE (a query builder's expected output: sqlboiler's _fixtures/)
    'DELETE FROM thing happy, upset as "sad", "fun" WHERE (a=$1) AND (b=$2);',
    'UPDATE thing happy, "fun", "stuff" SET "col2" = $1, "fun"."col3" = $2 WHERE (aa=$3) LIMIT 5;',
])
def test_driver_placeholders_and_mysql_statements_are_not_postgres(text):
    findings, notes = run("internal/queries/query.sql", text)
    assert findings == [] and any("SQL dialect mysql" in note for note in notes)


@needs_pglast
@pytest.mark.parametrize("text", ["UPDATE t SET a = 1, b = 2;\nSELEC 1;\n", "UPDATE t AS x SET a = 1, b = 2;\nSELEC 1;\n",
                                  "DELETE FROM t USING a, b WHERE t.id = a.id;\nSELEC 1;\n",
                                  "DELETE FROM ONLY t, u;\n"])
def test_postgres_update_and_delete_are_not_read_as_mysqls_multi_table_ones(text):
    assert [code for code, _ in found("internal/queries/query.sql", text)] == ["RL201"]


@needs_pglast
def test_jsonb_question_mark_operators_stay_postgres():
    text = "SELECT data ? 'key', data ?| array['a'] FROM docs WHERE data ? 'x';\nSELECT 1 FROM docs WHERE;\n"
    assert found("db/queries.sql", text) == [("RL201", 2)]


@pytest.mark.parametrize("path", ["testdata/analyze/googlesql/schema.sql", "db/spanner/schema.sql"])
def test_googlesql_folders_are_read_as_bigquery(path):
    assert "SQL dialect bigquery" in run(path, "CREATE TABLE t (id INT64 NOT NULL) PRIMARY KEY (id);\n")[1][0]


@pytest.mark.parametrize("path, text", [
    ("store/migration/sqlite/01__init.sql",
     "PRAGMA foreign_keys = ON;\nCREATE TABLE memo (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT) WITHOUT ROWID;\n"
     "CREATE TRIGGER memo_touch AFTER UPDATE ON memo BEGIN\n  UPDATE memo SET body = body WHERE id = NEW.id;\nEND;\n"
     "INSERT OR REPLACE INTO memo (id, body) VALUES (1, 'x');\n"),
    ("db/mssql/01.sql",
     "SET ANSI_NULLS ON\nGO\nCREATE TABLE [dbo].[memo] ([id] INT IDENTITY(1,1) NOT NULL, [body] NVARCHAR(MAX))\nGO\n"
     "INSERT INTO [dbo].[memo] ([body]) VALUES (N'x')\nGO\n"),
    ("db/migration/h2/V1__init.sql",
     "CREATE TABLE memo (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(10));\n"
     "MERGE INTO memo KEY (id) VALUES (1, 'a');\n"),
    ("deploy/events.sql", "CREATE TABLE events (ts DateTime, kind LowCardinality(String)) ENGINE = MergeTree ORDER BY ts;\n"),
    # ClickHouse reads `::` casts too: they do not make a MergeTree table PostgreSQL's
    ("prepare.sql", "CREATE TABLE sink.data\n(\n    time DateTime MATERIALIZED now(),\n    content String\n)\n"
                    "ENGINE = ReplicatedMergeTree('/t/{shard}', '{replica}') ORDER BY (time);\n"
                    "CREATE VIEW v AS SELECT round(x::Float64, 3)::String AS y FROM sink.data;\n"),
    ("db/oracle/01.sql",
     "CREATE TABLE memo (id NUMBER(10) NOT NULL, body VARCHAR2(100));\n"
     "CREATE OR REPLACE PROCEDURE touch IS\nBEGIN\n  UPDATE memo SET body = 'a';\nEND;\n/\n"),
    ("db/schema.sql", "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\n"
                      "CREATE TABLE t (id int) ENGINE=InnoDB ROW_FORMAT=DYNAMIC PARTITION BY HASH(id) PARTITIONS 4;\n"),
])
def test_other_dialects_side_by_side_pass(path, text):
    assert found(path, text) == []


# 2. what stays certain in a dialect sqlglot reads ------------------------------------------------------

@pytest.mark.parametrize("text, line", [
    (MYSQL_SCHEMA.replace("PRIMARY KEY (`id`),", "PRIMARY KEY (`id`,"), 1),  # '(' open at the ';'
    ("ALTER TABLE `users` ADD COLUMN `name` varchar(40)\nCREATE TABLE `roles` (`id` int);\n", 1),  # a lost ';'
    ("CREATE TABLE `roles` (\n  `id` int,\n  `name` varchar(40)\n  `level` int\n) ENGINE=InnoDB;\n", 4),  # a lost ','
    ("INSERT INTO `users` (`email`) VALUES ('a@example.com);\n", 1),  # unterminated everywhere
    ("SELECT 1);\n", 1),
])
def test_the_same_garbage_still_fails_in_a_mysql_folder(text, line):
    assert [(code, at) for code, at in found("migrations/mysql/002.sql", text)] in ([("RL201", line)], [("RL202", line)])


def test_a_rejection_by_sqlglot_alone_is_a_note():
    text = "CREATE TABLE memo (id BIGINT AUTO_INCREMENT PRIMARY KEY);\nMERGE INTO memo KEY (id) VALUES (1);\n"
    findings, notes = run("db/migration/h2/V2__merge.sql", text)
    assert findings == [] and any("not authoritative" in note for note in notes)


def test_the_command_fallback_still_never_hides_garbage():
    fused = "SELECT 1;\nALTER TABLE a ADD COLUMN x INT\nCREATE TABLE b (id int);\n"
    assert found("migrations/mysql/003.sql", fused) == [("RL202", 2)]
    assert found("db/sqlite/003.sql", fused) == [("RL202", 2)]


def test_tsql_needs_no_semicolon_between_statements():
    text = "CREATE TABLE [dbo].[a] ([id] INT)\nINSERT INTO [dbo].[a] ([id]) VALUES (1)\nGO\n"
    assert found("db/sqlserver/01.sql", text) == []


@needs_pglast
def test_an_unknown_dialect_that_pglast_rejects_but_reads_as_another_is_a_note():
    findings, notes = run("scripts/report.sql", "SELECT TOP 5 * FROM orders;\nALTER TABLE t MODIFY COLUMN a int;\n")
    assert findings == [] and sum("dialect is not known" in note for note in notes) == 2
    assert found("scripts/report.sql", "CREATE TABLE t (\n  id int\n  name text\n);\n") == [("RL201", 3)]
    assert found("scripts/report.sql", "SELECT 1 FROM t WHERE;\n") == [("RL201", 1)]


@needs_pglast
def test_postgres_only_syntax_keeps_a_pglast_error_of_an_unknown_dialect_certain():
    # $$ quoting and :: casts exist in PostgreSQL only: sqlglot reading the statement as MySQL does not
    # make the file MySQL (an unclosed dollar quote is a real defect)
    assert found("scripts/report.sql", "SELECT $$" + "x" * 50 + "\n") == [("RL201", 1)]
    assert found("scripts/report.sql", "SELECT a::int FROM t;\nSELECT TOP 5 * FROM orders;\n") == [("RL201", 2)]


@needs_pglast
def test_a_set_postgres_dialect_keeps_pglast_errors_certain():
    text = "ALTER TABLE t MODIFY COLUMN a int;\n"
    assert found("scripts/report.sql", text, Config(sql_dialect="postgres", sql_dialect_set=True)) == [("RL201", 1)]


# A folder of one schema per database (Quartz's jdbcjobstore/: tables_mysql.sql, tables_oracle.sql, ...
# tables_solid.sql, tables_sapdb.sql): the part of the name that varies names the database, known here or not
SOLID = "create table qrtz_job_details(\n  job_name varchar(80) not null,\n  job_data long varbinary,\n" \
        "  primary key (job_name)\n);\n"


@pytest.mark.parametrize("name", ["tables_sapdb.sql", "tables_cloudscape.sql", "tables_pointbase.sql"])
def test_a_file_named_for_a_database_without_a_parser_here_is_not_postgres(name):
    assert found(f"src/main/resources/jdbcjobstore/{name}", SOLID) == []


@needs_pglast
def test_a_file_named_in_a_scheme_of_one_schema_per_database_is_not_postgres(tmp_path, lint):
    folder = "src/main/resources/org/quartz/impl/jdbcjobstore"
    write(tmp_path, {f"{folder}/tables_mysql_innodb.sql": "CREATE TABLE t (a int) ENGINE=InnoDB;\n",
                     f"{folder}/tables_oracle.sql": "CREATE TABLE t (a VARCHAR2(8));\n",
                     f"{folder}/tables_db2_v95.sql": "CREATE TABLE t (a int);\n",
                     f"{folder}/tables_solid.sql": SOLID,
                     "db/schema_solid.sql": SOLID,  # no scheme beside it: read as PostgreSQL, as before
                     "db/other.sql": "SELECT 1;\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == ["db/schema_solid.sql"], result.out
    broken = SOLID.replace("varbinary,", "varbinary,,").replace(")\n);", ")\n")  # a ( never closed
    (tmp_path / folder / "tables_solid.sql").write_text(broken)
    result = lint("check", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines) == ["db/schema_solid.sql", f"{folder}/tables_solid.sql"]


# A benchmark or sample schema kept once per database, one folder each (a benchmark's <system>/create.sql,
# a sample database's <database>/schema.sql): the folder's name names the database, known here or not
EXTERNAL = "CREATE EXTERNAL TABLE hits\nSTORED AS PARQUET\nLOCATION 'hits.parquet';\n"


@needs_pglast
def test_a_folder_beside_folders_named_for_databases_holding_the_same_file_is_not_postgres(tmp_path, lint):
    write(tmp_path, {"mysql/create.sql": "CREATE TABLE hits (a int) ENGINE=InnoDB;\n",
                     "duckdb/create.sql": "CREATE TABLE hits (a int);\n",
                     "postgresql/create.sql": "CREATE TABLE hits (a int);\n",
                     "datafusion/create.sql": EXTERNAL,
                     "datafusion/load.sql": EXTERNAL,  # only this folder has one: its database's too
                     "scripts/tools/create.sql": EXTERNAL,  # no folder beside it names a database
                     "scripts/setup/create.sql": "SELECT 1;\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines) == ["scripts/tools/create.sql"], result.out
    # still checked for what no dialect allows: a ( never closed
    (tmp_path / "datafusion" / "create.sql").write_text("CREATE EXTERNAL TABLE hits (a int,\nSTORED AS PARQUET;\n")
    result = lint("check", ".", cwd=tmp_path)
    assert "datafusion/create.sql" in [line.split(":")[0] for line in result.lines], result.out
    # the same file in a folder named for PostgreSQL stays PostgreSQL's: pglast's error is certain
    (tmp_path / "postgresql" / "create.sql").write_text(EXTERNAL)
    result = lint("check", ".", cwd=tmp_path)
    assert "postgresql/create.sql" in [line.split(":")[0] for line in result.lines], result.out


def test_a_db2_clp_script_ends_statements_at_line_ends():
    # liquibase's setup/db2/: run by DB2's command line processor, whose statements end at a line end unless
    # it is started with -t: a statement without `;` is how such a script is written
    text = ("CREATE DATABASE liquibas AUTOMATIC STORAGE YES ON 'D:\\' DBPATH ON 'D:\\'\n\nCONNECT TO liquibas\n\n"
            "GRANT CONNECT ON DATABASE TO USER LBUSER;\nGRANT DBADM ON DATABASE TO USER LBUSER;\n")
    assert found("liquibase-integration-tests/setup/db2/create_dbs_for_integration_tests.sql", text) == []
    assert found("setup/db2/x.sql", "CREATE TABLE t (a int;\n") == [("RL201", 1)]  # still certain anywhere


def test_sql_anywhere_by_its_short_name():
    text = "\nCreate Database statement:\nCREATE DATABASE 'D:\\asany\\liquibase.db' LOG ON 'liquibase.log' DBA\n" \
           "USER 'dba' DBA PASSWORD 'liquibase';\n"
    assert found("liquibase-integration-tests/setup/asany/create_dbs_for_integration_tests.sql", text) == []


# 3. configuration by glob ------------------------------------------------------------------------------

LEGACY = "CREATE TABLE t (a int) COMMENT='legacy';\nLOCK TABLES t WRITE;\nUNLOCK TABLES;\n"  # nothing names MySQL


@needs_pglast
def test_a_configured_glob_sets_the_dialect(tmp_path, lint):
    write(tmp_path, {"db/legacy/001_init.sql": LEGACY, "db/main/001_init.sql": "SELECT 1;\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 1 and [line.split(":")[0] for line in result.lines] == ["db/legacy/001_init.sql"]
    (tmp_path / "pyproject.toml").write_text('[tool.rebound-lint]\nsql-dialects = {"db/legacy/**" = "mysql"}\n')
    assert lint("check", ".", cwd=tmp_path).code == 0
    (tmp_path / "db/legacy/002_bad.sql").write_text("ALTER TABLE t ADD COLUMN b int\nCREATE TABLE u (id int);\n")
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 1 and [line.split(":")[:2] for line in result.lines] == [["db/legacy/002_bad.sql", "1"]]


def test_a_configured_glob_applies_from_a_subdirectory(tmp_path, lint):
    write(tmp_path, {"db/legacy/001_init.sql": LEGACY,
                     ".rebound-lint.toml": '[sql-dialects]\n"db/legacy/" = "MariaDB"\n'})
    assert lint("check", ".", cwd=tmp_path / "db" / "legacy").code == 0


@pytest.mark.parametrize("value, problem", [
    ('{"db/**" = "oracle9"}', "sql-dialects.'db/**': expected one of"),
    ('{"db/**" = 5}', "sql-dialects.'db/**': expected one of"),
    ('"mysql"', "sql-dialects: expected a table of glob = dialect"),
])
def test_configured_dialects_are_validated(tmp_path, lint, value, problem):
    write(tmp_path, {"a.sql": "SELECT 1;\n", "pyproject.toml": f"[tool.rebound-lint]\nsql-dialects = {value}\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 2 and problem in result.err


# 3b. a SQL linter's own configuration names the dialect (issue 24: sqlfluff's fixtures, dbt projects) ---------

LINTER_FIXTURES = {
    "test/fixtures/.sqlfluff": "[sqlfluff]\ndialect = ansi\n",
    # a trailing comma before FROM (DuckDB, BigQuery and Snowflake accept it)
    "test/fixtures/lexer/block_comment.sql": "SELECT\n    a.id,\n    /* note */ a.name,\nFROM tbl AS a\n",
    # its own .sqlfluff sets no dialect: the one above applies (sqlfluff's configs nest)
    "test/fixtures/config/glob_exclude/.sqlfluff": "[sqlfluff]\nexclude_rules = L05*,RF02\n",
    "test/fixtures/config/glob_exclude/test.sql": "SELECT *\nFROM bar\nJOIN baz\n",
    "test/fixtures/api/config_dialect/.sqlfluff": "[sqlfluff]\ndialect = duckdb\n",
    "test/fixtures/api/config_dialect/config_dialect.sql": "FROM  tab\nWHERE a = 1;\n",
}


def _rl201_paths(result) -> list[str]:
    return sorted(line.split(":")[0] for line in result.lines if " RL201 " in line)


@needs_pglast
def test_a_sqlfluff_dialect_names_the_dialect_of_the_sql_below_it(git_repo, lint):
    sql_only = {name: text for name, text in LINTER_FIXTURES.items() if name.endswith(".sql")}
    git_repo.commit(sql_only)
    before = lint("check", "--debug", cwd=git_repo.path)  # read as PostgreSQL by default: test data, notes
    assert before.lines == [] and all(f"note: {name}: " in before.err for name in sql_only), before.err
    git_repo.commit(LINTER_FIXTURES)
    result = lint("check", "--debug", cwd=git_repo.path)
    assert result.code == 0 and result.lines == [], result.out
    assert "SQL dialect ansi, from test/fixtures/.sqlfluff" in result.err
    assert "SQL dialect duckdb, from test/fixtures/api/config_dialect/.sqlfluff" in result.err
    # what no dialect allows is still certain: a parenthesis left open at the statement's end
    git_repo.commit({"test/fixtures/lexer/open.sql": "SELECT count(a.id\nFROM tbl AS a;\n"})
    assert _rl201_paths(lint("check", cwd=git_repo.path)) == ["test/fixtures/lexer/open.sql"]


@needs_pglast
def test_a_sqlfluff_postgres_dialect_keeps_pglast_errors_certain(tmp_path, lint):
    write(tmp_path, {".sqlfluff": "[sqlfluff]\ndialect = postgres\n", "models/a.sql": "SELECT *\nFROM bar\nJOIN baz\n"})
    assert _rl201_paths(lint("check", ".", cwd=tmp_path)) == ["models/a.sql"]


@needs_pglast
def test_the_projects_own_sql_dialect_wins_over_sqlfluffs(tmp_path, lint):
    write(tmp_path, {".sqlfluff": "[sqlfluff]\ndialect = ansi\n", "models/a.sql": "SELECT *\nFROM bar\nJOIN baz\n",
                     ".rebound-lint.toml": 'sql-dialect = "postgres"\n'})
    assert _rl201_paths(lint("check", ".", cwd=tmp_path)) == ["models/a.sql"]


@needs_pglast
def test_a_broken_or_unknown_sqlfluff_config_changes_nothing(tmp_path, lint):
    for config in ("[sqlfluff\ndialect = ansi\n", "[sqlfluff]\ndialect = nosuchdb\n", "\xff\xfe"):
        write(tmp_path, {".sqlfluff": config, "a.sql": "SELECT *\nFROM bar\nJOIN baz\n"})
        result = lint("check", ".", cwd=tmp_path)
        assert result.code == 1 and _rl201_paths(result) == ["a.sql"], (config, result.out, result.err)


# 4. preprocessed SQL -------------------------------------------------------------------------------------

UPGRADE = """\
-- citus--12.1-1--13.0-1
#include "udfs/citus_finish_pg_upgrade/13.0-1.sql"
#include "udfs/citus_add_node/13.0-1.sql"

ALTER TABLE pg_catalog.pg_dist_node ADD COLUMN nodecapacity int NOT NULL DEFAULT 100;
"""


@needs_pglast
def test_preprocessed_sql_is_parsed_between_its_directives():
    assert found("src/sql/citus--12.1-1--13.0-1.sql", UPGRADE) == []
    broken = UPGRADE.replace("int NOT NULL", "int NOT NULL\nCREATE TABLE x (id int)")
    assert found("src/sql/citus--12.1-1--13.0-1.sql", broken) == [("RL201", 6)]


def test_an_include_kept_from_both_sides_is_found():
    both = UPGRADE + '#include "udfs/citus_rebalance/13.0-1.sql"\n#include "udfs/citus_add_node/13.0-1.sql"\n'
    findings = check_data("src/sql/u.sql", both.encode(), "sql", Config()).findings
    assert [(f.code, f.line, f.severity) for f in findings] == [("RL215", 7, "warning")]
    assert "first on line 3" in findings[0].message


def test_two_update_scripts_to_one_version_are_both_halves_kept():
    """citus eb1e2f145001: each side bumped the columnar script's start version; the naive merge kept both."""
    text = ('#include "../../columnar/sql/columnar--11.0-2--11.1-1.sql"\n#include "udfs/citus_split/11.1-1.sql"\n'
            '#include "../../columnar/sql/columnar--11.0-3--11.1-1.sql"\n')
    findings = check_data("src/sql/citus--11.0-3--11.1-1.sql", text.encode(), "sql", Config()).findings
    assert [(f.code, f.line) for f in findings] == [("RL215", 3)]
    assert "a second update script to columnar 11.1-1" in findings[0].message
    chain = ('#include "../../columnar/sql/columnar--9.5-1--10.0-1.sql"\n'
             '#include "../../columnar/sql/columnar--10.0-1--10.0-2.sql"\n')  # a squashed script's chain
    assert found("src/sql/citus--9.5-1--10.0-2.sql", chain) == []


def test_includes_in_other_branches_of_an_if_are_not_compared():
    text = ('#if PG_VERSION_NUM >= 160000\n#include "udfs/a/16.sql"\n#else\n#include "udfs/a/16.sql"\n'
            'SELECT FROM WHERE;\n#endif\n#include "udfs/b/1.sql"\n')
    assert found("src/sql/u.sql", text) == []  # the #else branch is not read


@needs_pglast
def test_a_define_makes_parse_errors_notes():
    findings, notes = run("src/sql/u.sql", '#define TABLE accounts (id int)\nCREATE TABLE TABLE;\n')
    assert findings == [] and any("#define" in note for note in notes)


@needs_pglast
def test_a_hash_comment_in_a_plpython_body_is_not_a_directive():
    text = ("CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$\n# if x is None\n# include the rest\n"
            "return 1\n$$;\n")
    findings, notes = run("src/sql/f.sql", text)
    assert findings == [] and not any("directive" in note for note in notes)
    assert found("src/sql/f.sql", text + "SELECT FROM WHERE;\n") == [("RL201", 6)]  # parsed: not skipped whole


DO_INCLUDE = """\
DO $check_columnar$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus_columnar') THEN
      #include "../../columnar/sql/columnar--10.2-1--10.2-2.sql"
  END IF;
END;
$check_columnar$;
"""


@needs_pglast
def test_an_include_inside_a_do_body_is_a_directive():
    """cpp reads every line: citus includes a script into a DO block's body."""
    assert found("src/sql/citus--10.2-1--10.2-2.sql", DO_INCLUDE) == []
    ours_half = "DO $check_columnar$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'c') THEN\n"
    both = ours_half + DO_INCLUDE  # the halves of a real conflict (citus e99eb59dd93b), both kept
    assert found("src/sql/citus--10.2-1--10.2-2.sql", both) == [("RL201", 5)]


@needs_pglast
def test_a_plpgsql_fragment_meant_for_a_body_is_a_note():
    text = '-- columnar--10.2-3--10.2-4.sql\n#include "udfs/columnar_ensure/10.2-4.sql"\n\nPERFORM columnar_ensure();\n'
    findings, notes = run("src/columnar/sql/columnar--10.2-3--10.2-4.sql", text)
    assert findings == [] and any("fragment" in note for note in notes)
    assert found("src/columnar/sql/x.sql", text + "SELECT 1 FROM t WHERE;\n") == [("RL201", 5)]


# 5. the both-halves rules in other dialects (sqlglot's tree) -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("CREATE TABLE `t` (\n  `id` int,\n  `name` varchar(2),\n  `name` varchar(4)\n) ENGINE=InnoDB;\n", [("RL211", 4)]),
    ("CREATE TABLE t (id int);\nSELECT 1;\nCREATE TABLE t (id int, b int);\n", [("RL212", 3)]),
    ("ALTER TABLE t ADD COLUMN a int;\nSELECT 1;\nALTER TABLE t ADD COLUMN a varchar(3);\n", [("RL213", 3)]),
    ("INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);\n", [("RL214", 2)]),
])
def test_both_halves_kept_in_a_mysql_migration(text, expected):
    assert found("store/migration/mysql/0.17/00__inbox.sql", text) == expected


# MySQL and SQL Server name an index within its table: one name on two tables is healthy (authelia's
# mysql/ down migrations recreate `username` on four tables); on the same table it is created twice
MYSQL_INDEXES = ("CREATE UNIQUE INDEX username ON duo_devices (username);\n"
                 "CREATE UNIQUE INDEX name ON encryption (name);\n"
                 "CREATE UNIQUE INDEX username ON totp_configurations (username);\n")


def test_an_index_name_reused_on_another_table_passes_in_mysql():
    assert found("internal/storage/migrations/mysql/V0007.Fixes.down.sql", MYSQL_INDEXES) == []


def test_an_index_created_twice_on_one_table_is_still_reported_in_mysql():
    text = MYSQL_INDEXES + "CREATE INDEX name ON encryption (name, id);\n"
    assert found("internal/storage/migrations/mysql/V0007.Fixes.down.sql", text) == [("RL212", 4)]
    dropped = MYSQL_INDEXES + "DROP INDEX name ON encryption;\nCREATE INDEX name ON encryption (name, id);\n"
    assert found("internal/storage/migrations/mysql/V0007.Fixes.down.sql", dropped) == []


@needs_pglast
def test_an_index_name_reused_on_another_table_in_a_file_of_unknown_dialect_is_not_an_error():
    # read as PostgreSQL only by default: the same file in MySQL or SQL Server is healthy
    assert found("db/schema.sql", MYSQL_INDEXES) == []
    assert found("db/schema.sql", MYSQL_INDEXES + "CREATE INDEX name ON encryption (id);\n") == [("RL212", 4)]
    # PostgreSQL's index names are schema-wide: where the file is PostgreSQL for certain, it fails
    assert found("db/postgres/schema.sql", MYSQL_INDEXES) == [("RL212", 3)]
    assert found("db/schema.sql", MYSQL_INDEXES + "SELECT now()::date;\n") == [("RL212", 3)]


@pytest.mark.parametrize("text", [
    "CREATE TABLE t (id int);\nDROP TABLE t;\nCREATE TABLE t (id int, b int);\n",
    "CREATE TABLE IF NOT EXISTS t (id int);\nCREATE TABLE IF NOT EXISTS t (id int);\n",
    "ALTER TABLE t ADD COLUMN a int;\nALTER TABLE t DROP COLUMN a;\nALTER TABLE t ADD COLUMN a int;\n",
    "ALTER TABLE t ADD COLUMN a int;\nALTER TABLE t CHANGE a b int;\nALTER TABLE t ADD COLUMN a int;\n",
    "CREATE TABLE t (id int);\nALTER TABLE t RENAME TO u;\nCREATE TABLE t (id int);\n",
    "ALTER TABLE foo DROP COLUMN IF EXISTS bar;\nALTER TABLE foo DROP COLUMN IF EXISTS bar;\n",  # sqlc's test data
    "SET NAMES utf8mb4;\nSET NAMES utf8mb4;\nSELECT 1;\nSELECT 1;\n",
    "-- name: DeleteA :exec\nDELETE FROM t WHERE id = ?;\n\n-- name: DeleteB :execrows\nDELETE FROM t WHERE id = ?;\n",
])
def test_deliberate_repeats_in_other_dialects_are_silent(text):
    assert found("store/migration/mysql/0.17/01__x.sql", text) == []
    assert found("tests/mysql/fixtures.sql", "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);\n") == []


def test_liquibase_formatted_sql_names_its_dialect():
    text = ("--liquibase formatted sql\n--changeset nvoxland:1 dbms:mysql\n"
            "CREATE TABLE person (id int AUTO_INCREMENT PRIMARY KEY, name varchar(50)) COMMENT='people';\n"
            "--changeset nvoxland:2 dbms:mysql,mariadb\nALTER TABLE person MODIFY name varchar(80);\n")
    findings, notes = run("src/main/resources/db/changelog/changes.sql", text)
    assert findings == [] and any("Liquibase" in note for note in notes)
    mixed = text.replace("dbms:mysql,mariadb", "dbms:postgresql")  # changesets for two databases: no one dialect
    assert "Liquibase" not in " ".join(run("db/changelog/changes.sql", mixed)[1])


@needs_pglast
def test_tsql_brackets_name_the_dialect_and_postgres_arrays_do_not():
    text = "CREATE TABLE [Orders] (\n  [Id] INT NOT NULL,\n  [Total] DECIMAL(10, 2)\n)\n"
    assert "SQL dialect tsql" in run("db/schema.sql", text)[1][0]
    assert run("db/schema.sql", "SELECT [Id] FROM [Sales].[Orders]\n")[1][0].endswith("T-SQL (a GO batch separator, "
                                                                                  "[bracketed] names, IDENTITY(1,1), "
                                                                                  "NVARCHAR(MAX) or SET ANSI_NULLS ON)")
    arrays = "SELECT a[1], b[2:3] FROM t WHERE c = ARRAY[1, 2];\nCREATE TABLE u (tags text[]);\nSELECT 1 FROM t WHERE;\n"
    assert found("db/arrays.sql", arrays) == [("RL201", 3)]


# Any dialect named by a folder (sqlglot's own registry, and names of databases it has no grammar for) -----

@pytest.mark.parametrize("path, expected", [
    ("test/fixtures/dialects/exasol/a.sql", "exasol"),  # sqlglot's registry, not a hand list
    ("test/fixtures/dialects/athena/a.sql", "athena"),
    ("test/fixtures/dialects/sparksql/a.sql", "spark"),
    ("queries/hive/a.sql", "hive"),
    ("test/fixtures/dialects/vertica/a.sql", "vertica"),  # no grammar here: still "not PostgreSQL"
    ("test/fixtures/dialects/ansi/a.sql", "ansi"),
])
def test_a_folder_named_after_any_dialect_names_it(path, expected):
    from rebound_lint.languages.sql import dialect

    assert dialect.from_path(path)[0] == expected


@needs_pglast
def test_a_dialect_sqlglot_does_not_know_is_read_with_its_generic_grammar_and_errors_are_notes():
    from rebound_lint.languages.sql import dialect

    chosen = dialect.of("sql/vertica/projection.sql", "SELECT 1;\n", Config())
    assert (chosen.name, chosen.sqlglot, chosen.pglast, chosen.authoritative) == ("vertica", "", False, False)
    assert dialect.of("sql/exasol/q.sql", "SELECT 1;\n", Config()).sqlglot == "exasol"
    # Vertica's own TIMESERIES clause, which pglast rejects: not PostgreSQL, so a note
    text = "SELECT slice_time, a FROM t TIMESERIES slice_time AS '3 seconds' OVER (PARTITION BY a ORDER BY b);\n"
    findings, notes = run("sql/vertica/projection.sql", text)
    assert findings == [] and any("sqlglot has no vertica grammar" in note for note in notes), notes
    assert found("sql/postgres/projection.sql", text) != []  # the same file said to be PostgreSQL is broken


# goose migrations: `-- +goose StatementEnd` ends the statement it closes, `;` or not (goose's own
# integration test data for Spanner, whose DDL takes no `;`)
GOOSE_SPANNER = """\
-- +goose Up
-- +goose StatementBegin
CREATE TABLE owners (
    owner_id INT64 NOT NULL,
    owner_name STRING(255) NOT NULL,
) PRIMARY KEY(owner_id)
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE owners
-- +goose StatementEnd
"""


GOOSE_POSTGRES = GOOSE_SPANNER.replace("INT64", "bigint").replace("STRING(255)", "text").replace(
    ",\n) PRIMARY KEY(owner_id)", ",\n    PRIMARY KEY (owner_id)\n)")


@needs_pglast
@pytest.mark.parametrize("path, text", [("db/migrations/spanner/00001_table.sql", GOOSE_SPANNER),
                                        ("db/migrations/00001_table.sql", GOOSE_POSTGRES)])
def test_a_goose_statement_end_ends_the_statement(path, text):
    assert found(path, text) == []
    # two statements fused inside one goose block are still found
    fused = text.replace("DROP TABLE owners\n", "DROP TABLE owners\nDROP TABLE pets\n")
    assert found(path, fused) != []


# Liquibase formatted SQL: each `--changeset author:id` line starts a changeset Liquibase runs on its own,
# so it ends the statement before it, `;` or not (the changelog `liquibase init` writes has none)
LIQUIBASE_CHANGESETS = """\
--liquibase formatted sql

--changeset your.name:1 labels:example-label
--comment: example comment
create table person (
    id int primary key not null,
    name varchar(50) not null
)
--rollback DROP TABLE person;

--changeset your.name:2 labels:example-label
create table company (
    id int primary key not null,
    name varchar(50) not null
)
--rollback DROP TABLE company;

--changeset other.dev:3
alter table person add column country varchar(2)
"""


@needs_pglast
def test_a_liquibase_changeset_line_ends_the_statement():
    path = "src/main/resources/liquibase/examples/sql/example-changelog.sql"
    assert found(path, LIQUIBASE_CHANGESETS) == []
    # two statements fused inside one changeset are still found
    fused = LIQUIBASE_CHANGESETS.replace("add column country varchar(2)\n",
                                         "add column country varchar(2)\nalter table person add column zip int\n")
    assert found(path, fused) != []
    # without the `--liquibase formatted sql` header a `--changeset` line is a comment like any other
    plain = LIQUIBASE_CHANGESETS.replace("--liquibase formatted sql\n", "")
    assert found(path, plain) != []
    # statements that end with their own `;` too
    ended = LIQUIBASE_CHANGESETS.replace(")\n--rollback", ");\n--rollback").replace("varchar(2)\n", "varchar(2);\n")
    assert found(path, ended) == []


def test_a_liquibase_changeset_keeps_the_dialect_its_dbms_names():
    text = ("--liquibase formatted sql\n--changeset a:1 dbms:mysql\n"
            "CREATE TABLE `t` (`id` int NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB\n"
            "--changeset a:2 dbms:mysql\nINSERT INTO `t` VALUES (1)\n")
    findings, notes = run("db/changelog/changes.sql", text)
    assert findings == [] and any("Liquibase" in note for note in notes), notes
    assert found("db/changelog/changes.sql", text.replace("InnoDB\n", "InnoDB;\n")) == []


def test_sqlglot_running_out_of_recursion_is_its_limit_not_the_files_nesting():
    """sqlglot's T-SQL grammar nests each batch after an IF ... BEGIN ... END inside the one before,
    so a long, flat migration (SQL Server projects ship hundreds of such batches) exhausts
    Python's recursion. That is a limit of a parser that is not authoritative: a note, not
    RL012 "nesting too deep"."""
    block = ("IF OBJECT_ID('[dbo].[P{i}]') IS NOT NULL\nBEGIN\n    DROP PROCEDURE [dbo].[P{i}]\nEND\nGO\n\n"
             "CREATE PROCEDURE [dbo].[P{i}]\n    @Id UNIQUEIDENTIFIER\nAS\nBEGIN\n    SET NOCOUNT ON\n\n"
             "    SELECT * FROM [dbo].[T] WHERE [Id] = @Id\nEND\nGO\n\n")
    findings, notes = run("util/Migrator/DbScripts/2021-07-22_00_Provider.sql",
                          "".join(block.format(i=i) for i in range(40)))
    assert findings == []
    assert any("recursion" in note for note in notes), notes
    # a lost parenthesis in the same file is still certain
    broken = "".join(block.format(i=i) for i in range(40)).replace("OBJECT_ID('[dbo].[P7]')", "OBJECT_ID('[dbo].[P7]'")
    assert [code for code, _ in found("db/x.sql", broken)] == ["RL201"]


# A database's name written as one word (sqlmap's data/procs/mssqlserver/, PHP's `sqlsrv` driver name
# that Laravel apps name folders after) or with a release suffix (oracle12c, oracle11g) is a database
# named by the path too: a T-SQL script there is not judged as PostgreSQL.
TSQL_PROC = ("EXEC master..sp_configure 'show advanced options',1;\nRECONFIGURE WITH OVERRIDE;\n"
             "EXEC master..sp_configure 'xp_cmdshell',1;\nRECONFIGURE WITH OVERRIDE\n")


@pytest.mark.parametrize("path, dialect", [("data/procs/mssqlserver/enable.sql", "tsql"),
                                           ("database/sqlsrv/enable.sql", "tsql"),
                                           ("db/MicrosoftSQLServer/enable.sql", "tsql"),
                                           ("db/oracle12c/enable.sql", "oracle"),
                                           ("db/oracle11g/enable.sql", "oracle")])
def test_a_database_named_in_one_word_or_with_its_release_is_its_dialect(path, dialect):
    findings, notes = run(path, TSQL_PROC)
    assert findings == [] and any(f"SQL dialect {dialect}" in note for note in notes)
    assert found(path, TSQL_PROC + "SELECT (1;\n") != []  # what is certain in any dialect still fails


# A list of statements, one a line and no ';' anywhere (sqlmap's data/procs/: payloads its program
# reads and sends line by line) has no ';' to lose: its line breaks are the separators. A file that
# ends its statements with ';', or two statements run together without one, is still judged.
ONE_PER_LINE = ("SELECT SYS.DBMS_EXPORT.GET_TABLES('%R1%','BEGIN x; END;','SYS',0) FROM DUAL\n"
                "SELECT SYS.DBMS_EXPORT.GET_TABLES('%R2%','BEGIN y; END;','SYS',0) FROM DUAL\n"
                "SELECT SYS.DBMS_EXPORT.GET_TABLES('%R3%','BEGIN z; END;','SYS',0) FROM DUAL\n")


def test_a_list_of_one_line_statements_without_semicolons_is_not_a_lost_semicolon():
    assert found("data/procs/oracle/read_file.sql", ONE_PER_LINE) == []
    two = "".join(ONE_PER_LINE.splitlines(keepends=True)[:2])
    assert found("data/procs/oracle/read_file.sql", two) == [("RL201", 2)]  # two halves of one statement kept
    lost = "SELECT 1 FROM DUAL;\nSELECT a FROM t\nSELECT 2 FROM DUAL;\nSELECT 3 FROM DUAL;\n"
    assert found("db/oracle/q.sql", lost) != []


# A parser's test list: one query a line, some ending with ';' and three or more without, `#` comment
# lines between (hyrise's queries-good.sql). Its line breaks separate the statements as well: no ';' lost.
QUERY_LIST = ("# Each line holds one query.\nSELECT * FROM orders;\nSELECT a FROM foo WHERE a > 12 LIMIT 10\n"
              "SELECT a FROM s.foo WHERE a > 12 LIMIT 10\n(SELECT a FROM foo LIMIT 10);\n"
              "SELECT * FROM t LIMIT 10 OFFSET 10; SELECT * FROM another;\n# DELETE\n"
              "DELETE FROM students WHERE grade > 3.0\nDELETE FROM students\nTRUNCATE students\n")


@needs_pglast
def test_a_list_of_one_line_queries_some_without_semicolons_is_not_a_lost_semicolon():
    assert found("test/queries/queries-good.sql", QUERY_LIST) == []
    one_lost = ("SELECT * FROM orders;\nSELECT a FROM foo WHERE a > 12 LIMIT 10\nSELECT a FROM s.foo LIMIT 10;\n"
                "DELETE FROM students WHERE grade > 3.0;\nTRUNCATE students;\n")
    assert found("test/queries/queries-good.sql", one_lost) == [("RL201", 3)]  # one ';' lost among them


# T-SQL's OPENROWSET and OPENDATASOURCE take 'server';'user';'password' inside their parentheses:
# there a ';' does not end the statement. A '(' still open at a GO, or at the end, is still certain.
OPENROWSET = "SELECT * FROM OPENROWSET('SQLOLEDB','';'%USER%';'%PASSWORD%','SET FMTONLY OFF %STATEMENT%')\n"


def test_a_semicolon_inside_tsql_openrowset_does_not_end_the_statement():
    assert found("data/procs/mssqlserver/run_as_user.sql", OPENROWSET) == []
    assert found("db/mssql/a.sql", "SELECT * FROM t WHERE a IN (1, 2\nGO\nSELECT 1\nGO\n") == [("RL201", 1)]
    assert found("db/mssql/a.sql", OPENROWSET.replace("')\n", "'\n")) == [("RL201", 1)]
    assert found("migrations/mysql/a.sql", "SELECT a FROM t WHERE b IN (1;\nSELECT 2;\n") == [("RL201", 1)]


# SQLite's trigger bodies and RAISE(): an embedded SQLite schema (a Go service's local cache, go:embed'ed)
# whose folder and file name say nothing, and whose only SQLite-only syntax is in its triggers.
SQLITE_TRIGGERS = """\
begin;
create table if not exists token (
    id text primary key,
    create_time timestamp not null default current_timestamp,
    update_time timestamp not null default current_timestamp
);
create trigger immutable_columns_token
before update on token
for each row
  when
    new.create_time <> old.create_time
  begin
    select raise(abort, 'immutable column');
  end;
create trigger update_time_token
after update on token
for each row when new.id <> old.id
begin
  update token set update_time = datetime('now') where rowid == new.rowid;
end;
commit;
"""


@pytest.mark.parametrize("text", [
    SQLITE_TRIGGERS,
    SQLITE_TRIGGERS.replace("select raise(abort, 'immutable column');", "select 1;"),  # the BEGIN body alone
    "create table a (id int);\nselect raise(ignore) from a where id = 1;\n",  # RAISE() alone
])
def test_sqlite_trigger_bodies_and_raise_are_not_postgres(text):
    findings, notes = run("internal/cache/db/schema.sql", text)
    assert findings == [] and any("SQL dialect sqlite, from its syntax" in note for note in notes)


@needs_pglast
def test_a_postgres_trigger_then_a_transaction_stays_postgres():
    """PostgreSQL's CREATE TRIGGER always EXECUTEs a function: a BEGIN after it is a new statement,
    and garbage in such a file is still an error."""
    text = ("create trigger t before update on a for each row execute function touch();\nbegin;\n"
            "create table b (\n  id int\n  name text\n);\ncommit;\n")
    assert found("db/schema.sql", text) == [("RL201", 5)]


# A script runner's DELIMITER lines in PostgreSQL files (a Java service's upgrade runner, MyBatis's and
# Spring's script runners read them; psql does not): client syntax, as in MySQL files. The custom delimiter
# ends the statement; the SQL between is checked.
RUNNER_DELIMITER = """\
-- rename a column when it is there
delimiter d//
CREATE OR REPLACE FUNCTION rename_value() RETURNS void AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 't_rule' AND column_name = 'value')
  THEN
    ALTER TABLE t_rule RENAME COLUMN "value" TO "data";
  END IF;
END;
$$ LANGUAGE plpgsql;
d//

select rename_value();
DROP FUNCTION IF EXISTS rename_value();
delimiter ;
"""


@needs_pglast
def test_a_runners_delimiter_lines_in_postgres_are_client_syntax():
    findings, notes = run("sql/upgrade/3.2.1_schema/postgresql/ddl.sql", RUNNER_DELIMITER)
    assert findings == []
    broken = RUNNER_DELIMITER.replace("select rename_value();", "select rename_value(;")
    assert found("sql/upgrade/3.2.1_schema/postgresql/ddl.sql", broken) == [("RL201", 13)]
    # without the delimiter handling, the custom delimiter alone is garbage where it is not a delimiter
    assert found("sql/upgrade/3.2.1_schema/postgresql/ddl2.sql", "select 1;\nd//\n") == [("RL201", 2)]


# `--split` (a migration generator's separator: each part becomes a migration of its own), `--comment`: a
# comment in every dialect but MySQL's, which wants a space after `--`. Not a lost `;`: read as a comment.
@pytest.mark.parametrize("path", ["persistence/sql/src/2022_nid/2022_nid.mysql.up.sql", "migrations/mysql/002.sql"])
def test_a_dash_dash_line_without_a_space_is_not_a_lost_semicolon_in_mysql(path):
    text = ("ALTER TABLE `client` ADD COLUMN `nid` char(36);\n--split\n\n--copy the network id\n"
            "UPDATE client SET nid = (SELECT id FROM networks LIMIT 1);\n--split\nCREATE TABLE `b` (`id` int);\n")
    assert found(path, text) == []
    assert found(path, "CREATE TABLE `a` (\n  `id` int\n);\n\n--split\nINSERT INTO `a` VALUES (1);\n") == []
    lost = text.replace("char(36);", "char(36)")
    assert found(path, lost.replace("--split\n\n", "")) in ([("RL201", 3)], [("RL202", 1)])


# A MySQL-compatible database's init script (a development container's: Dolt, Vitess, Percona), or one that
# names nothing: MySQL's own charset names and `ON *.*` grants are syntax PostgreSQL never has.
MYSQL_INIT = ("CREATE DATABASE IF NOT EXISTS app;\n"
              "ALTER DATABASE app CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;\n"
              "GRANT ALL PRIVILEGES ON *.* TO 'app'@'%';\n")


@pytest.mark.parametrize("path, text", [
    ("development/dolt-init.sql", MYSQL_INIT),
    ("docker/vitess/init.sql", "CREATE DATABASE IF NOT EXISTS app;\n"),
    ("development/init.sql", MYSQL_INIT),
    ("development/init.sql", "GRANT SELECT ON *.* TO 'ro'@'localhost';\n"),
])
def test_mysql_compatible_init_scripts_are_not_postgres(path, text):
    findings, notes = run(path, text)
    assert findings == [] and any("SQL dialect mysql" in note for note in notes)


# A database administrator's script for MySQL that names no database on its path: `USE db;` (MySQL's and
# T-SQL's; PostgreSQL has no USE) and `FLUSH PRIVILEGES` are syntax PostgreSQL never accepts.
@pytest.mark.parametrize("text", [
    "use mysql;\ndrop database app;\ndelete from user where user='app_user';\nflush privileges;\n",
    "USE app;\nSELECT 1;\n",
    # pgweb's data/roach.sql (CockroachDB's): the database's name double-quoted
    'DROP DATABASE IF EXISTS "roach";\nCREATE DATABASE "roach";\nUSE "roach";\nSELECT 1;\n',
])
def test_use_and_flush_are_not_postgres(text):
    findings, notes = run("liquibase/scripts/drop_schema.sql", text)
    assert findings == [] and any("SQL dialect mysql, from its syntax" in note for note in notes)


@needs_pglast
def test_sqlites_nocase_collation_says_sqlite():
    """navidrome's goose migrations rebuild tables for SQLite (`varchar collate NOCASE`), then `drop table
    user;`: a table name there, PostgreSQL's reserved word. The collation names the dialect."""
    from conftest import findings_for

    text = ("-- +goose Up\ncreate table user_dg_tmp\n(\n    id varchar(255) not null primary key,\n"
            "    user_name varchar(255) collate NOCASE default '' not null\n);\n"
            "insert into user_dg_tmp(id, user_name) select id, user_name from user;\n"
            "drop table user;\nalter table user_dg_tmp rename to user;\n")
    assert findings_for("db/migrations/20241024125533_fix_collation.sql", text) == []
    assert findings_for("db/migrations/20241024125533_fix_collation.sql", text.replace("collate NOCASE ", ""))


@needs_pglast
def test_a_runners_java_step_is_not_sql():
    """Flowable's (and Activiti's) upgrade scripts hold `execute java <class>` lines, which their runner
    runs as a Java step: no `;`, no database's SQL. The SQL around them is still checked."""
    from conftest import codes, findings_for

    step = ("ALTER TABLE FLW_CHANNEL_DEFINITION ADD TYPE_ VARCHAR(255);\n\n"
            "execute java org.flowable.eventregistry.impl.cmd.UpdateChannelDefinitionTypeCmd\n\n"
            "update ACT_GE_PROPERTY set VALUE_ = '6.7.2.0' where NAME_ = 'eventregistry.schema.version';\n")
    path = "resources/org/flowable/db/upgrade/flowable.postgres.upgradestep.6710.to.6720.eventregistry.sql"
    assert findings_for(path, step) == []
    assert codes(findings_for(path, step + "ALTER TABLE t ADD COLUMN ;\n")) == ["RL201"]


@needs_pglast
def test_a_test_scripts_expected_result_lines_are_not_sql():
    """H2's own test scripts (src/test/org/h2/test/scripts/**/*.sql, run by its TestScript) follow each
    statement with its expected result: `> ok`, `>> 55.0`, a result table of `>` lines, `> exception
    SYNTAX_ERROR_2`, and `@reconnect` between statements. No statement of any database begins with `>`:
    such lines at a statement's end are the harness's, blanked (positions kept), and the SQL around them is
    still checked, but for a statement whose expected result is an exception (it fails on purpose). A lone
    `>` line in a project's migration stays what it is."""
    from conftest import codes, findings_for

    script = ("-- Copyright H2 Group\n--\n\n"
              "select avg(cast(x as int)) from system_range(1, 10);\n>> 5.5\n\n"
              "create table test(v int);\n> ok\n\n"
              "insert into test values (10), (20), (30);\n> update count: 3\n\n"
              "select avg(v), avg(v) filter (where v >= 20) from test where v <= 100;\n"
              "> AVG(V) AVG(V) FILTER (WHERE V >= 20)\n> ------ -----------------------------\n> 20.0   25.0\n"
              "> rows: 1\n\n@reconnect\n\nselect nextval('missing');\n> exception SEQUENCE_NOT_FOUND_1\n\n"
              "CREATE SOMETHING STRANGE;\n> exception SYNTAX_ERROR_2\n\nselect monthname(date )'005-0E9-12') d fm test;\n"
              "> exception SYNTAX_ERROR_1\n\n"
              "drop table test;\n> ok\n")
    for path in ("h2/src/test/org/h2/test/scripts/functions/aggregate/avg.sql", "src/test/resources/scripts/avg.sql",
                 "scripts/avg.sql"):
        assert findings_for(path, script) == [], path
    fused = script.replace("create table test(v int);", "create table test(v int)")
    assert codes(findings_for("h2/src/test/org/h2/test/scripts/functions/aggregate/avg.sql", fused)) == ["RL202"]
    assert codes(findings_for("db/migration/V2__add.sql", "create table a(v int);\n> ok\n\ncreate table b(v int);\n"))


def test_dropping_a_table_drops_its_indexes_in_every_dialect():
    """DROP TABLE takes the table's indexes with it in every database: the same index created again on the
    table created again is no repeat (H2's test scripts do it after each case). pglast's path knew it;
    sqlglot's did not. Without the DROP, or after dropping another table, it is still RL212."""
    from conftest import codes, findings_for

    again = ("CREATE TABLE test(v INT) ENGINE=InnoDB;\nCREATE INDEX test_idx ON test(v);\nDROP TABLE test;\n"
             "CREATE TABLE test(v INT, w INT) ENGINE=InnoDB;\nCREATE INDEX test_idx ON test(v);\n")
    assert findings_for("db/mysql/schema.sql", again) == []
    assert findings_for("db/h2/schema.sql", again.replace(" ENGINE=InnoDB", "")) == []
    other = again.replace("DROP TABLE test;", "DROP TABLE other;").replace("CREATE TABLE test(v INT, w INT) ENGINE=InnoDB;\n", "")
    assert codes(findings_for("db/mysql/schema.sql", other)) == ["RL212"]


# SQL below a test folder with nothing that names its dialect: a parser's, formatter's or tool's input
# (sqlparse's tests/files/: a MySQL procedure, a function body left unquoted; TPC-H's `interval '90'
# day (3)`), written in whatever dialect the test is about. pglast is authoritative for PostgreSQL only,
# and nothing says this is PostgreSQL: where some dialect's grammar takes the statement, a note. The
# project's own SQL, PostgreSQL's own syntax in the file, a dialect configured, a lost ';' and text no
# dialect takes still count.
UNQUOTED_BODY = ("CREATE OR REPLACE FUNCTION foo(p_in1 VARCHAR) RETURNS INTEGER AS\n  DECLARE\n    v INTEGER;\n"
                 "  BEGIN\n    SELECT 1 INTO v;\n    RETURN v;\n  END;\nLANGUAGE plpgsql;\n")
TPCH = "select l_returnflag from lineitem\nwhere l_shipdate <= date '1998-12-01' - interval '90' day (3)\n"


@needs_pglast
@pytest.mark.parametrize("text", [UNQUOTED_BODY.replace("LANGUAGE plpgsql;\n", ""), TPCH,
                                  "SELECT *\nFROM bar\nJOIN baz\n"])  # MySQL's JOIN needs no ON
def test_sql_test_data_of_no_known_dialect_is_a_parsers_input(text):
    assert found("tests/files/function.sql", text) == []
    assert found("db/function.sql", text) != []
    assert found("tests/files/function.sql", text, Config(sql_dialect="postgres", sql_dialect_set=True)) != []


@needs_pglast
def test_sql_test_data_with_postgresql_syntax_or_a_lost_semicolon_is_still_judged():
    assert found("tests/files/function.sql", UNQUOTED_BODY) != []  # LANGUAGE plpgsql: PostgreSQL's own
    assert found("tests/files/q.sql", "SELECT a FROM t\nSELECT b FROM u;\n") == [("RL201", 2)]
    # what every dialect's grammar rejects is no dialect's SQL: a misspelt keyword, a lost comma
    assert found("tests/files/q.sql", "SELECT count(*) FORM t WHERE;\n") == [("RL201", 1)]
    assert found("tests/files/q.sql", "CREATE TABLE t (a int\n b int);\n") != []


# Oracle's statements whose clauses open lines with statement words (grammars-v4's PL/SQL examples):
# ALTER AUDIT POLICY / DISKGROUP / TABLESPACE name, then DROP ... on the next line (an action, as
# ALTER TABLE's is); CREATE SCHEMA AUTHORIZATION's schema elements (standard SQL: CREATE TABLE, CREATE
# VIEW, GRANT inside one statement); a view's `WITH OBJECT ID` (a WITH that opens no common table
# expression). Two statements run together with no ';' between them are still a lost ';'.
ORACLE_CLAUSES = """\
ALTER AUDIT POLICY table_pol
  DROP PRIVILEGES CREATE ANY TABLE;
ALTER DISKGROUP dgroup_01
  DROP DISK dgroup_01_0000;
ALTER TABLESPACE tbs_03
    DROP DATAFILE 'tbs_f04.dbf';
CREATE SCHEMA AUTHORIZATION oe
    CREATE TABLE new_product
        (color VARCHAR2(10)  PRIMARY KEY, quantity NUMBER)
    CREATE VIEW new_product_view
        AS SELECT color, quantity FROM new_product WHERE color = 'RED'
    GRANT select ON new_product_view TO hr;
CREATE VIEW warehouse_view OF XMLTYPE
    XMLSCHEMA "http://www.example.com/xwarehouses.xsd"
    ELEMENT "Warehouse"
    WITH OBJECT ID
    (extract(OBJECT_VALUE, '/Warehouse/Area/text()').getnumberval())
AS SELECT 1 FROM dual;
"""


def test_oracle_clauses_that_open_lines_with_statement_words_are_no_lost_semicolon():
    assert found("sql/plsql/examples/ddl.sql", ORACLE_CLAUSES) == []
    assert found("db/oracle/a.sql", "ALTER TABLE a ADD COLUMN x INT\nDROP TABLE b;\n") != []
    assert found("db/oracle/a.sql", "SELECT a FROM t\nWITH q AS (SELECT 1 FROM dual) SELECT * FROM q;\n") != []
    assert found("db/oracle/a.sql", "CREATE TABLE a (x INT)\nCREATE TABLE b (y INT);\n") != []


@needs_pglast
def test_a_list_of_one_line_statements_read_as_postgresql_is_no_lost_semicolon():
    """camel-quarkus's droptables.sql: `drop table x` a line, no ';', run line by line by its test resource
    loader; nothing names a dialect, so pglast reads it. Its line breaks separate the statements there too."""
    listed = "drop table orders\ndrop table customers\ndrop table items\n"
    assert found("src/main/resources/droptables.sql", listed) == []
    assert found("src/main/resources/seed.sql", "SELECT 1;\nSELECT a FROM t\nSELECT 2;\nSELECT 3;\n") == [("RL201", 3)]
@pytest.mark.parametrize("path", ["docs/posts/performance/datafusion_native.sql", "bench/questdb/queries.sql",
                                  "examples/cratedb/create.sql", "sql/databend/schema.sql"])
@needs_pglast
def test_analytic_engines_without_a_parser_here_are_not_postgres(path):
    """Apache DataFusion indexes a function's result (`regexp_match(...)[2]`), which PostgreSQL only
    takes in parentheses: a file or folder named for such an engine is not PostgreSQL."""
    text = "SELECT REGEXP_MATCH(path, '\\.([a-z]+)$')[2] AS ext FROM files;\n"
    assert found(path, text) == []
    assert found("db/queries.sql", text) == [("RL201", 1)]  # named for nothing: PostgreSQL's, as before


TSQL_TEMP_TABLES = """\
IF OBJECT_ID('dbo.sp_Check') IS NULL
  EXEC ('CREATE PROCEDURE dbo.sp_Check AS RETURN 0;');
GO
ALTER PROCEDURE dbo.sp_Check AS
BEGIN
    CREATE TABLE #deadlocks (
        [id] INT NOT NULL,
        event_date DATETIME NULL
    );
    INSERT
        #deadlocks
    (
        id
    )
    SELECT 1;
    SELECT * FROM #deadlocks;
END;
GO
"""


def test_sql_server_temp_tables_on_their_own_line_are_not_mysql_comments():
    """SQL Server's temporary tables are named `#name` (sp_BlitzLock: `INSERT` then `#deadlocks` on the
    next line); read as MySQL's `#` comment lines, the `(` after them lost its partner. A `#name` after
    TABLE, FROM, INTO, JOIN or UPDATE is a name, never a MySQL comment (which would cut that statement)."""
    assert found("sp_Check.sql", TSQL_TEMP_TABLES) == []
    broken = TSQL_TEMP_TABLES.replace("    SELECT 1;\n", "    SELECT (1;\n")
    assert found("sp_Check.sql", broken) != []  # a ( left open: certain in any dialect
    mysql = "# a MySQL dump\nCREATE TABLE t (\n  id int\n) ENGINE=InnoDB;\n"
    assert found("db/dump.sql", mysql) == []


def test_windows_line_ends_keep_sql_servers_go_lines_and_its_double_colon_calls():
    """SQL Server scripts are often written with CRLF line ends (the First Responder Kit's): a `GO` line
    ends with `\\r` before its `\\n`, and was not seen as one. `FROM ::fn_trace_gettable(...)`, SQL Server's
    call of a system function, and `ON SCHEMA::dbo` are T-SQL's `::`, not PostgreSQL's casts."""
    text = ("SET ANSI_NULLS ON;\nSET QUOTED_IDENTIFIER ON;\nGO\nIF OBJECT_ID('dbo.sp_Trace') IS NULL\n"
            "  EXEC ('CREATE PROCEDURE dbo.sp_Trace AS RETURN 0;');\nGO\nALTER PROCEDURE dbo.sp_Trace AS\nBEGIN\n"
            "    SELECT TextData FROM ::fn_trace_gettable(N'c:\\trace.trc', DEFAULT);\n"
            "    GRANT EXECUTE ON SCHEMA::dbo TO reader\nEND\nGO\nEXEC dbo.sp_Trace\nGO\n")
    assert found("sp_Trace.sql", text) == []
    assert found("sp_Trace.sql", text.replace("\n", "\r\n")) == []
    assert found("Documentation/Test in Azure.sql",
                 "DROP TABLE IF EXISTS dbo.Results;\r\nGO\r\nEXEC dbo.sp_Trace @Mode = 'all';\r\nGO\r\n") == []


@pytest.mark.parametrize("text", [
    "CREATE OR REPLACE TABLE workshop.output (\n  job_id STRING,\n  recommendation ARRAY<STRUCT<name STRING, "
    "description STRING>>,\n  cost FLOAT64\n);\n",
    "ALTER TABLE <input_table>\nADD COLUMN IF NOT EXISTS recommendation ARRAY<STRUCT<name STRING, description STRING>>;\n",
    "SELECT CAST(x AS INT64) AS n FROM t;\nCREATE OR REPLACE TABLE a.b AS SELECT 1 AS n;\n",
])
def test_bigquery_types_are_syntax_postgresql_never_accepts(text):
    """bigquery-utils' scripts (a folder named for nothing): ARRAY<STRUCT<...>>, INT64 and FLOAT64 are
    BigQuery's types; PostgreSQL writes arrays as int[] and has no type of those names."""
    assert found("scripts/optimization/tool/tables.sql", text) == []


@needs_pglast
def test_postgres_arrays_and_comparisons_stay_postgres():
    text = "SELECT ARRAY[1, 2] AS a, x < y AS lt FROM t WHERE int8 < 3;\nSELEC 1;\n"
    assert [code for code, _ in found("scripts/q.sql", text)] == ["RL201"]


# opencart's install/opencart-en-gb.sql: MySQL reads `\'` inside a string as a quote, so `'Who\'s Online'` is
# one string; read with PostgreSQL's quoting (to find psql's `:var` and `:"var"`), the rest of the file's strings
# swapped sides: a value's line that opens with `\"` (JSON in a string, over two lines) was blanked as a psql
# meta-command, and with it the `)` that closes its row. A dialect whose strings take backslash escapes has them in that reading too.
MYSQL_ESCAPES = """\
INSERT INTO `oc_language` (`id`, `name`) VALUES (74, 'Who\\'s Online');
INSERT INTO `oc_module` (`id`, `setting`) VALUES (1, '{"name":"Banner", "effect":"fade"}'),
       (2, '{
\\"208\\":\\"\\"}', 0);
INSERT INTO `oc_module` (`id`, `setting`) VALUES (3, "say \\"hi\\":\\"x\\"");
"""


@pytest.mark.parametrize("path", ["install/opencart.sql", "db/mysql/schema.sql"])
def test_backslash_escaped_quotes_of_a_dialect_that_has_them_end_no_string(path):
    findings, notes = run(path, MYSQL_ESCAPES)
    assert findings == [] and not any("tokeniz" in note for note in notes), notes


def test_a_paren_left_open_after_an_escaped_quote_is_still_reported():
    text = MYSQL_ESCAPES + "INSERT INTO `oc_module` (`id`, `setting` VALUES (4, 'x');\n"
    assert found("install/opencart.sql", text) == [("RL201", 6)]


# A warehouse's loading and object statements, in a data project's tutorial or pipeline folder that names no
# database (feast's docs/tutorials/azure/sql/load_*.sql: Synapse's COPY INTO beside T-SQL tables). INTO is
# reserved in PostgreSQL, so no PostgreSQL file has `COPY INTO`; nor does it have stages, file formats,
# warehouses or pipes (Snowflake's objects) or a USE statement.
@pytest.mark.parametrize("text", [
    "COPY INTO dbo.customer_profile\nFROM 'https://example.blob.core.windows.net/data/profile.csv'\nWITH\n(\n"
    "\tFILE_TYPE = 'CSV'\n\t,FIRSTROW = 2\n)\n",
    "USE WAREHOUSE transforming;\nCOPY INTO raw.orders FROM @raw.orders_stage FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1);\n",
    "CREATE OR REPLACE FILE FORMAT raw.csv_format TYPE = 'CSV' FIELD_DELIMITER = ',' SKIP_HEADER = 1;\n"
    "CREATE OR REPLACE STAGE raw.orders_stage URL = 's3://bucket/orders/' FILE_FORMAT = raw.csv_format;\n",
    "CREATE WAREHOUSE IF NOT EXISTS transforming WITH WAREHOUSE_SIZE = 'XSMALL' AUTO_SUSPEND = 60;\n",
])
def test_warehouse_loading_statements_are_syntax_postgresql_never_accepts(text):
    findings, notes = run("docs/tutorials/load_data.sql", text)
    assert findings == [], notes
    assert any("Snowflake" in note for note in notes), notes


@needs_pglast
def test_copy_of_postgresql_and_a_misspelt_copy_into_stay_postgres():
    """PostgreSQL's own COPY (`COPY t FROM`, `COPY (query) TO`) is no warehouse's syntax; a file with
    PostgreSQL's own syntax stays PostgreSQL whatever else it holds."""
    text = "COPY orders (id, total) FROM STDIN WITH (FORMAT csv);\n\\.\nSELEC 1;\n"
    assert [code for code, _ in found("docs/load.sql", text)] == ["RL201"]
    text = "COPY INTO t FROM 's3://b/x.csv';\nSELECT x::int FROM t;\nSELEC 1;\n"
    assert "RL201" in [code for code, _ in found("docs/load.sql", text)]
