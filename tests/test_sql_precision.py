"""SQL precision on real PostgreSQL-extension repositories (pg_partman, apache/age, pgvector): each
pattern that gave false findings stays silent, and a look-alike with a real defect is still caught.
Real parsers (pglast), no mocks."""
from __future__ import annotations

import pytest
from conftest import codes, findings_for, needs_pglast, write

from rebound_lint.config import Config
from rebound_lint.runner import check_data


def run(name: str, text: str, config: Config | None = None):
    result = check_data(name, text.encode("utf-8"), "sql", config or Config())
    assert not result.errors
    return result.findings, result.notes


def found(name: str, text: str) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in run(name, text)[0]]


# 1. extension-script placeholders ----------------------------------------------------------------

EXTENSION_SCRIPT = """\
/* pg_partman--5.0.0--5.0.1.sql */
CREATE TABLE @extschema@.part_config_audit (
    parent_table text NOT NULL PRIMARY KEY,
    changed_at timestamptz DEFAULT now()
);
GRANT USAGE ON SCHEMA @extschema@ TO @extowner@;
CREATE FUNCTION @extschema@.check_name_length(p_name text, p_suffix text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v_name text;
BEGIN
    v_name := @extschema@.truncate_name(p_name, 63 - length(coalesce(p_suffix, '')));
    PERFORM 1 FROM @extschema@.part_config_audit WHERE parent_table = v_name;
    RETURN v_name || coalesce(p_suffix, '');
END
$$;
CREATE FUNCTION @extschema@.bgw_ping() RETURNS void AS 'MODULE_PATHNAME', 'bgw_ping' LANGUAGE C STRICT;
CREATE FUNCTION @extschema@.bgw_pong() RETURNS void AS MODULE_PATHNAME LANGUAGE C STRICT;
"""


def test_extension_placeholders_are_not_syntax_errors():
    assert found("updates/pg_partman--5.0.0--5.0.1.sql", EXTENSION_SCRIPT) == []


@needs_pglast
def test_extension_script_still_reports_a_real_syntax_error_and_keeps_positions():
    broken = EXTENSION_SCRIPT.replace("changed_at timestamptz DEFAULT now()\n", "changed_at timestamptz DEFAULT now(\n")
    assert found("updates/x.sql", broken) == [("RL201", 5)]
    text = "SELECT @extschema@.f(1);\nSELECT @extschema@.g(1) FORM t WHERE;\n"
    findings, _ = run("updates/x.sql", text)
    assert [(f.code, f.line, f.col) for f in findings] == [("RL201", 2, 30)]


@needs_pglast
def test_extension_placeholder_in_plpgsql_body_error_is_still_found():
    bad = EXTENSION_SCRIPT.replace("RETURN v_name || coalesce(p_suffix, '');", "RETURN v_name ||| ;")
    assert [code for code, _ in found("updates/x.sql", bad)] == ["RL201"]


# 10. the template gate -------------------------------------------------------------------------------

@needs_pglast
def test_array_literals_in_strings_are_not_templates():
    text = "SELECT '{{1,2},{3,4}}'::int[];\nSELECT vector_avg('{{2,2,4,6}}');\nSELEC 1;\n"
    assert found("db/arrays.sql", text) == [("RL201", 3)]
    assert found("db/cast.sql", "SELECT '{{1}}'::real[];\nSELECT 1;\n") == []


def test_templates_outside_strings_and_jinja_in_strings_are_still_skipped():
    assert run("m.sql", "select * from {{ ref('x') }} where a = 1 )\n")[0] == []
    assert run("m.sql", "select * from t where d = '{{ var('day') }}' and x\n")[0] == []
    assert run("m.sql", "select * from t where d = '{% if x %}1{% endif %}' )\n")[0] == []


@needs_pglast
def test_a_go_template_in_a_quoted_identifier_is_a_template():
    """supabase/auth's migrations name their schema with a Go template inside a quoted identifier:
    "{{ index .Options "Namespace" }}".identities; the file is rendered before it is SQL."""
    text = 'CREATE INDEX IF NOT EXISTS i ON "{{ index .Options "Namespace" }}".identities using btree (user_id);\n'
    assert run("migrations/20211122151130_create_user_id_idx.up.sql", text)[0] == []
    assert found("db/odd.sql", 'SELECT "{x}" FROM t;\nSELEC 1;\n') == [("RL201", 2)]


# Issue 24: other template languages mean the file is not plain SQL either (reworked from sqlfluff's
# templater fixtures and a Flyway project): conflict markers are checked, parse errors are not certain.
FLYWAY = """\
USE ${flyway:database}.app_schema;
CREATE OR REPLACE STAGE stg_export_${env_name}
URL = 's3://${data_bucket}/${env_name}/exports/stg_export'
STORAGE_INTEGRATION = s3_main;
"""
SQLMESH_MACROS = """\
-- shared macros
@DEF(safe_ratio, numerator, denominator)
    CASE WHEN @denominator = 0 THEN NULL ELSE @numerator / @denominator END
@END

@DEF(email_domain, email)
    SUBSTRING(@email FROM POSITION('@' IN @email) + 1)
@END
"""
SQLMESH_MODEL = """\
MODEL (
  name shop.orders_daily,
  kind INCREMENTAL_BY_TIME_RANGE (time_column day)
);
SELECT day, count(*) AS orders FROM shop.orders WHERE day BETWEEN @start_ds AND @end_ds GROUP BY day
"""


def test_flyway_placeholders_and_sqlmesh_macros_are_templates():
    for name, text in (("db/V3__stage.sql", FLYWAY), ("macros/ratios.sql", SQLMESH_MACROS),
                       ("models/orders_daily.sql", SQLMESH_MODEL)):
        findings, notes = run(name, text)
        assert findings == [], (name, findings)
        assert any("templated SQL" in note for note in notes), (name, notes)


# sqlmesh's other header statements: an audit's `AUDIT (...)` and a metric's `METRIC (...)` open the
# file as `MODEL (...)` opens a model (sqlmesh's examples/*/audits/, metrics/). Oracle's AUDIT statement
# is never followed by a parenthesis.
SQLMESH_AUDIT = """\
AUDIT (
  name assert_positive_amounts,
);
SELECT * FROM @this_model WHERE amount <= 0
"""
SQLMESH_METRIC = """\
METRIC (
  name total_ordered_items,
  owner jen,
  expression SUM(shop.order_items.quantity)
);
"""


def test_sqlmesh_audit_and_metric_headers_are_templates():
    for name, text in (("audits/positive.sql", SQLMESH_AUDIT), ("metrics/metrics.sql", SQLMESH_METRIC)):
        findings, notes = run(name, text)
        assert findings == [], (name, findings)
        assert any("templated SQL" in note and "sqlmesh" in note for note in notes), (name, notes)


@needs_pglast
def test_a_header_word_later_in_the_file_or_without_its_parenthesis_is_still_sql():
    """Only a file's first statement can be a sqlmesh header; garbage after it is still reported."""
    later = "SELECT 1;\nMETRIC (\n  name x\n);\n"
    assert [f.code for f in run("reports/later.sql", later)[0]] == ["RL201"]
    oracle = "AUDIT SELECT ON hr.employees BY ACCESS;\nSELECT 1 FROM;\n"
    assert [f.code for f in run("reports/audit_trail.sql", oracle)[0]] == ["RL201"]


def test_templates_still_get_the_marker_check():
    from conftest import OURS, SEP, THEIRS

    botched = FLYWAY.replace("STORAGE_INTEGRATION = s3_main;\n",
                             f"{OURS} HEAD\nSTORAGE_INTEGRATION = s3_main;\n{SEP}\nSTORAGE_INTEGRATION = s3_b;\n"
                             f"{THEIRS} feature\n")
    assert [f.code for f in run("db/V3__stage.sql", botched)[0]] == ["RL001"]


@needs_pglast
def test_template_look_alikes_are_plain_sql():
    """`${` in a string or a PL/v8 body, T-SQL and MySQL `@variables`, PostgreSQL's `@` operator and
    a MODEL clause inside a query are not templates: a real syntax error beside them is reported."""
    cases = {
        "a.sql": "SELECT '${not_a_placeholder}' AS s;\nSELEC 1;\n",
        "b.sql": "CREATE FUNCTION f() RETURNS text AS $$ return `${x}`; $$ LANGUAGE plv8;\nSELEC 1;\n",
        "c.sql": "SELECT @ -5, @x FROM t;\nSELEC 1;\n",
    }
    for name, text in cases.items():
        assert found(name, text) == [("RL201", 2)], name
    for name, text in (("mysql/d.sql", "SET @total = 1;\nSELECT @total + 1;\n"),
                       ("tsql/e.sql", "DECLARE @sql NVARCHAR(100);\nEXEC (@sql);\n"),
                       ("oracle/f.sql", "SELECT a FROM t MODEL DIMENSION BY (b) MEASURES (c) RULES (c[1] = 0);\n")):
        assert not any("templated" in note for note in run(name, text)[1]), name


# 2. psql meta-commands that send the query -------------------------------------------------------

GSET_SCRIPT = """\
\\set ON_ERROR_STOP on
SELECT part_config AS saved_config FROM part_config WHERE parent_table = 'partman_test.objects'
\\gset
SELECT dump_partitioned_table_definition('partman_test.objects', p_ignore_template_table := true) AS var_sql
\\gset
SELECT :'var_sql'
\\gexec
SELECT count(*) AS n FROM partman_test.objects \\gset
SELECT 'SELECT 1' \\gexec
SELECT 1 AS a, 2 AS b, 3 AS c \\crosstabview
SELECT now() \\watch i=1 c=3
SELECT 1 AS x \\gx
SELECT 2 AS y \\g /dev/null
SELECT 3 AS z \\gdesc
SELECT 4 \\; SELECT 5;
SELECT 6
\\g
"""


def test_meta_commands_that_send_the_query_end_it():
    assert found("test/test-dump-definition.sql", GSET_SCRIPT) == []


@needs_pglast
def test_a_syntax_error_after_a_gset_is_found_at_its_own_line():
    text = GSET_SCRIPT + "SELECT count(*) FORM partman_test.objects WHERE;\n"
    assert found("test/test-dump-definition.sql", text) == [("RL201", 18)]
    fused = "SELECT 1 AS one\n\\echo no query sent\nSELECT 2;\n"  # \echo does not send: two statements fused
    assert found("s.sql", fused) == [("RL201", 3)]


# 3. psql variables ---------------------------------------------------------------------------------

VARIABLES = """\
\\set PREFIX 'EXPLAIN (COSTS OFF)'
\\set QUERY 'SELECT id FROM items ORDER BY embedding <-> ''[3,1,2]'' LIMIT 5'
:PREFIX SELECT * FROM items ORDER BY embedding <-> '[3,1,2]' LIMIT 5;
SELECT count(*) FROM (:QUERY) q;
CREATE FUNCTION vector_in(cstring, oid, integer) RETURNS vector AS :MODULE_PATHNAME LANGUAGE C IMMUTABLE STRICT;
\\set cmd 'VACUUM items'
:cmd;
SELECT * FROM :"table_name" WHERE name = :'wanted';
"""


@needs_pglast
def test_psql_variables_standing_for_sql_text_are_not_syntax_errors():
    findings, notes = run("bench/queries.sql", VARIABLES)
    assert findings == []
    assert any("psql variable" in note for note in notes)


@needs_pglast
def test_a_real_syntax_error_elsewhere_in_a_file_with_variables_is_still_found():
    text = VARIABLES + "SELECT id FROM items ORDER BY id LIMIT 5 WHERE;\n"
    assert found("bench/queries.sql", text) == [("RL201", 9)]
    assert found("bench/q.sql", "SELECT :x FROM t WHERE a = = 1;\n") == [("RL201", 1)]


# 4. COPY ... FROM STDIN data ----------------------------------------------------------------------

COPY_SCRIPT = """\
CREATE TABLE t (a int, b text, v vector(3));
COPY t (a, b, v) FROM STDIN;
1\tfoo; bar\t[1,2,3]
2\t'it''s\t[4,5,6]
\\.
COPY public.t FROM stdin WITH (FORMAT csv);
3,"x, y",[7,8,9]
\\.
\\copy t from stdin
4\tz\t[1,1,1]
\\.
SELECT count(*) FROM t;
"""


def test_copy_data_is_not_sql():
    assert found("dump.sql", COPY_SCRIPT) == []


@needs_pglast
def test_sql_after_copy_data_is_still_checked():
    assert found("dump.sql", COPY_SCRIPT + "SELEC 1;\n") == [("RL201", 13)]
    assert found("dump.sql", "COPY t TO STDOUT;\n1\tfoo\n") == [("RL201", 2)]


# 5. pg_regress suites and ON_ERROR_STOP off -------------------------------------------------------

REGRESS = """\
LOAD 'age';
SET search_path TO ag_catalog;
-- should return error
SELECT * FROM age_reverse([4923, 'abc', 521, NULL, 487]);
SELECT * FROM age_reverse('[4923, 521]');
SELECT * FROM cypher('g', $$ MATCH (n) RETURN n $$) AS (n agtype) WHERE;
"""


@needs_pglast
def test_statements_meant_to_fail_in_a_regress_suite_are_not_reported():
    findings, notes = run("regress/sql/expr.sql", REGRESS)
    assert findings == [] and any("pg_regress suite" in note for note in notes)
    assert found("test/sql/cast.sql", REGRESS) == []
    assert found("src/test/regress/sql/cast.sql", REGRESS) == []


@needs_pglast
def test_regress_suite_still_reports_two_statements_fused_and_other_places_still_report_errors():
    fused = REGRESS + "SELECT * FROM age_reverse('[1]')\nSELECT 2;\n"
    assert found("regress/sql/expr.sql", fused) == [("RL201", 8)]
    assert found("sql/functions/apply.sql", REGRESS) == [("RL201", 4)]  # an extension's sources
    assert found("regress/expr.sql", REGRESS) == [("RL201", 4)]


@needs_pglast
def test_on_error_stop_off_section():
    text = ("\\set ON_ERROR_STOP 0\nSELEC 1;\nCREATE TABLE t (a int);\nDROP TABLE t;\n"
            "\\set ON_ERROR_STOP 1\nSELECT 2;\nSELEC 3;\n")
    assert found("setup.sql", text) == [("RL201", 7)]
    assert found("setup.sql", text.replace("SELEC 3", "SELECT 3")) == []


# 6. pglast limits in PL/pgSQL bodies --------------------------------------------------------------

PLPGSQL_LIMITS = """\
CREATE FUNCTION partman.check_default(p_exact_count boolean DEFAULT true)
    RETURNS SETOF partman.check_default_table LANGUAGE plpgsql AS $$
DECLARE
    v_trouble partman.check_default_table%rowtype;
BEGIN
    v_trouble.default_table := 'x';
    RETURN NEXT v_trouble;
END
$$;
CREATE FUNCTION f(p_type partman.partition_type) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RETURN;
END
$$;
CREATE FUNCTION g() RETURNS SETOF check_default_table LANGUAGE plpgsql AS $$
DECLARE
    r check_default_table%rowtype;
BEGIN
    r.count := 1;
    RETURN NEXT r;
END
$$;
CREATE FUNCTION h(VARIADIC a int[]) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    RETURN array_length(a, 1);
END
$$;
"""


@needs_pglast
def test_plpgsql_compiler_limits_are_notes_not_findings():
    findings, notes = run("sql/functions/check_default.sql", PLPGSQL_LIMITS)
    assert findings == []
    assert sum("not a syntax error" in note for note in notes) == 4


@needs_pglast
def test_plpgsql_syntax_error_points_at_the_failing_body_line():
    text = PLPGSQL_LIMITS + (
        "CREATE FUNCTION k() RETURNS int LANGUAGE plpgsql AS $body$\n"
        "DECLARE\n    v int;\n"
        "BEGIN\n"
        "    v := 1;\n"
        "    IF v > 0 THEN\n"
        "        RETURN v\n"
        "    END IF;\n"
        "    RETURN 0;\n"
        "END\n"
        "$body$;\n"
    )
    findings, _ = run("sql/functions/k.sql", text)
    assert [(f.code, f.line, f.col) for f in findings] == [("RL201", 35, 5)]  # the parser stops at END: line 34 lacks its ;


def test_test_directories_are_recognised_by_name_not_by_substring():
    from rebound_lint.languages.sql import regression_suite, test_script

    assert regression_suite("p05_regress/sql/expr.sql") and regression_suite("src/test/regress/sql/a.sql")
    assert regression_suite("tsl/test/sql/updates/post.sql") and regression_suite("regress\\sql\\a.sql")
    assert not regression_suite("sql/functions/apply.sql") and not regression_suite("latest/sql/a.sql")
    assert not regression_suite("test/expr.sql") and not regression_suite("contest/sql/a.sql")
    assert test_script("test/test_bgw/a.sql") and test_script("regress/sql/a.sql")
    assert not test_script("db/migrations/attest_users.sql") and not test_script("testdata.sql")


@needs_pglast
def test_quoted_psql_variable_where_a_name_is_expected():
    assert found("bench/q.sql", "\\set tbl 'items'\nSELECT count(*) FROM :'tbl';\nSELECT 1;\n") == []
    assert found("bench/q.sql", "SELECT count(*) FROM :'tbl';\nSELECT 1 FROM t WHERE;\n") == [("RL201", 2)]


def test_messages_name_the_placeholder_as_written():
    text = ("CREATE TABLE @extschema@.part_config (parent_table text);\n"
            "CREATE TABLE @extschema@.part_config (parent_table text, control text);\n")
    findings, _ = run("updates/pg_partman--1.0--1.1.sql", text)
    assert [(f.code, f.line) for f in findings] == [("RL212", 2)]
    assert "@extschema@.part_config" in findings[0].message


@needs_pglast
def test_grammar_checks_of_one_postgres_version_are_notes_and_syntax_errors_after_them_are_found():
    text = "ALTER TABLE t ALTER CONSTRAINT c NOT VALID;\nSELECT 1;\n"
    findings, notes = run("db/m.sql", text)
    assert findings == [] and any("not a syntax error" in note for note in notes)
    assert found("db/m.sql", text + "SELECT 1 FROM t WHERE;\n") == [("RL201", 3)]
    assert found("db/m.sql", "SELECT 'abc;\n") == [("RL201", 1)]  # unterminated: certain


PGQ = """\
CREATE TABLE graph_vertex (id int PRIMARY KEY, name text);
CREATE PROPERTY GRAPH graph_test VERTEX TABLES (graph_vertex);
SELECT name
  FROM GRAPH_TABLE (graph_test MATCH (v IS graph_vertex) COLUMNS (v.name))
 ORDER BY name;
SELECT lag(name) IGNORE NULLS OVER (ORDER BY id) FROM graph_vertex;
ALTER PROPERTY GRAPH graph_test ADD VERTEX TABLES (graph_vertex AS v2);
DROP PROPERTY GRAPH graph_test;
"""


@needs_pglast
def test_syntax_newer_than_the_bundled_parser_is_a_note():
    findings, notes = run("sql/pgaudit.sql", PGQ)
    assert findings == [] and any("newer than this parser" in note for note in notes)


@needs_pglast
def test_a_real_syntax_error_beside_newer_syntax_is_found():
    assert found("sql/pgaudit.sql", PGQ + "SELECT name FROM graph_vertex WHERE ORDER BY 1;\n") == [("RL201", 9)]
    assert found("db/m.sql", "CREATE TABLE t (\n  id int\n  name text\n);\n") == [("RL201", 3)]


MERGE_ERRORS = """\
\\set ON_ERROR_STOP 0
-- MATCHED/INSERT error
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
\tINSERT DEFAULT VALUES;
-- unknown action
MERGE INTO target t
USING source s
ON t.time = s.time
WHEN MATCHED THEN
SELECT 1;
CREATE TABLE t3 (
      ts timestamptz NOT NULL,
      E'a\\000b' int);
"""


def test_statements_meant_to_fail_that_begin_a_line_with_a_keyword_are_not_fused():
    assert found("test/sql/include/ts_merge_query.sql", MERGE_ERRORS) == []
    assert found("db/ops.sql", MERGE_ERRORS) == []


@needs_pglast
def test_fused_statements_in_a_suite_are_still_found():
    for ending in ("ALTER TABLE consent ADD COLUMN reopt_in BOOLEAN", "INSERT INTO t VALUES (1)",
                   "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()", "DROP TABLE t CASCADE"):
        text = f"SELECT 1;\n{ending}\nCREATE TABLE audit (id int);\n"
        assert found("test/sql/m.sql", text) == [("RL201", 3)], ending


@needs_pglast
def test_a_statement_behind_a_psql_prefix_variable_is_still_checked():
    text = "\\set PREFIX 'EXPLAIN (COSTS OFF)'\n:PREFIX SELECT * FROM items ORDER BY id;\n:PREFIX SELECT count(*) FROM items WHERE;\n"
    findings, _ = run("test/sql/include/plan_query.sql".replace("test/sql", "bench"), text)
    assert [(f.code, f.line, f.col) for f in findings] == [("RL201", 3, 41)]
    text = "EXPLAIN :opts SELECT 1;\nSELECT * FROM t ORDER BY a :DIR LIMIT 1;\nCREATE TABLE :tbl (a int);\n"
    assert found("bench/q.sql", text) == []


@needs_pglast
def test_a_psql_variable_standing_for_a_literal_is_read_as_one():
    text = ("CREATE TABLESPACE tablespace1 OWNER :ROLE_DEFAULT_PERM_USER LOCATION :TEST_TABLESPACE1_PATH;\n"
            "CREATE FUNCTION ts_debug_allocated_bytes(text = 'PortalContext') RETURNS bigint\n"
            "AS :MODULE_PATHNAME, 'ts_debug_allocated_bytes' LANGUAGE C STRICT VOLATILE;\n")
    findings, notes = run("bench/setup.sql", text)
    assert findings == [] and not any("left out" in note for note in notes)
    bad = text.replace("LANGUAGE C STRICT VOLATILE", "LANGUAGE C STRICT VOLATILE PARALLEL")
    assert found("bench/setup.sql", bad) == [("RL201", 3)]


@needs_pglast
def test_copy_after_psql_commands_and_a_branch_inside_a_statement():
    text = ("\\o /dev/null\n\\ir include/insert_two_partitions.sql\n\\o\n\n--old chunks\n"
            "COPY \"two_Partitions\"(\"timeCustom\", device_id) FROM STDIN DELIMITER ',';\n"
            "1257894000000000000,dev3\n\\.\n"
            "SELECT l.a,\n\\if :has_seqnum\n       l.seqnum\n\\else\n       NULL::integer AS seqnum\n\\endif\n"
            "FROM l;\n")
    assert found("bench/copy.sql", text) == []
    assert found("bench/copy.sql", text + "SELECT FROM l WHERE;\n") == [("RL201", 16)]


@needs_pglast
def test_a_variable_standing_for_a_query_inside_a_statement():
    text = "CREATE MATERIALIZED VIEW mat_before\nWITH (timescaledb.continuous)\nAS :QUERY_BEFORE WITH NO DATA;\n"
    assert found("bench/cagg.sql", text) == []
    assert found("bench/cagg.sql", text + "SELECT 1 FROM t WHERE;\n") == [("RL201", 4)]


def test_newer_commands():
    text = "REPACK my_table;\nINSERT INTO t VALUES (1) ON CONFLICT (a) DO SELECT RETURNING *;\n"
    assert found("bench/pg19.sql", text) == []


@needs_pglast
def test_angle_bracket_placeholders_are_read_as_identifiers():
    """pgadmin's expected SQL: `OWNER to <OWNER>;`, also inside a PL/pgSQL body, which its tests
    substitute; the rest of the file is still checked, in strings the text is text."""
    text = ('ALTER TABLE IF EXISTS public.t\n    OWNER to <OWNER>;\n'
            "DO $$\nBEGIN\n  PERFORM pgagent.pga_schedule(<SCHEDULE_ID>);\nEND\n$$;\n"
            "SELECT '<b>' AS tag;\n")
    assert found("web/pgadmin/browser/tests/pg/default/alter_table.sql", text) == []
    assert found("web/pgadmin/browser/tests/pg/default/alter_table.sql", text + "SELEC 1;\n") == [("RL201", 9)]
    assert found("db/compare.sql", "SELECT a FROM t WHERE a <b> 1;\n") != []


@needs_pglast
def test_a_folder_named_for_a_postgres_derivative_is_not_postgres():
    """pgadmin's schema_diff/tests/ppas/: EDB Advanced Server's procedures inside a package."""
    text = "CREATE OR REPLACE PACKAGE BODY pkg\nIS\n    PROCEDURE p(a integer)\n    IS\n    BEGIN\n        NULL;\n    END;\nEND pkg;\n"
    assert found("web/pgadmin/tools/schema_diff/tests/ppas/default/source.sql", text) == []
    assert found("web/pgadmin/tools/schema_diff/tests/ppas/default/x.sql", "SELEC 1;\n") == []
    assert found("web/pgadmin/dbms_programs/tests/ppas/16_plus/create_program_psql.sql", "EXEC p(a => 1);\n") == []
    assert found("web/pgadmin/tools/schema_diff/tests/pg/default/x.sql", "SELEC 1;\n") == [("RL201", 1)]


@needs_pglast
def test_percent_placeholders_are_read_as_identifiers():
    """listmonk's queries: `ORDER BY %order%` and `AND %query%`, which its Go code replaces."""
    text = ("-- name: query-lists\nSELECT * FROM lists WHERE name ILIKE '%x%' ORDER BY %order% OFFSET $1;\n"
            "-- name: query-subscribers\nSELECT id FROM subscribers WHERE TRUE\n  AND %query%\n  ORDER BY id;\n")
    assert found("queries/lists.sql", text) == []
    assert found("queries/lists.sql", text + "SELEC 1;\n") == [("RL201", 7)]


@needs_pglast
def test_a_postgres_reserved_word_as_a_table_name_in_a_file_of_unknown_dialect_is_a_note():
    """the flask tutorial's tests/data.sql (SQLite): `INSERT INTO user ...`; nothing names the dialect."""
    text = "INSERT INTO user (username, password)\nVALUES\n  ('test', 'pbkdf2:sha256:50000$TCI4GzcX');\n"
    assert found("examples/tutorial/tests/data.sql", text) == []
    assert found("db/postgres/data.sql", text) == [("RL201", 1)]  # a folder says PostgreSQL: certain
    assert found("examples/tutorial/other.sql", "INSERT INTO t (a)\nVALUES (1) (2);\n") != []  # not the reserved word


def test_an_alter_table_action_on_its_own_line_is_one_statement():
    """umami's db/clickhouse/migrations: `alter table umami.event_data` then `update ... where ...`, a
    ClickHouse mutation; two statements without a ';' between them are still two."""
    text = "alter table umami.event_data\nupdate string_value = number_value\nwhere data_type = 2;\n"
    assert found("db/clickhouse/migrations/01_edit_keys.sql", text) == []
    fused = "SELECT 1;\nALTER TABLE a ADD COLUMN x INT\nCREATE TABLE b (id int);\n"
    assert found("db/clickhouse/migrations/02.sql", fused) == [("RL202", 2)]


@needs_pglast
def test_a_statement_holding_a_placeholder_is_not_judged():
    """listmonk: `WITH subs AS (%query%)` and `FROM %s`, SQL text its Go code puts in; the statements
    around them are still checked."""
    text = ("-- name: a\nWITH subs AS (%query%)\nSELECT * FROM subs;\n-- name: b\nSELECT id\nFROM %s\nWHERE id = $1;\n")
    assert found("queries/subscribers.sql", text) == []
    # a placeholder read as a name leaves its statement parseable: the rest of the file is checked
    assert found("queries/campaigns.sql", "SELECT id\nFROM %s\nWHERE id = $1;\nSELEC 1;\n") == [("RL201", 4)]


# pg_regress's own layout (PGXS: `REGRESS = name` reads sql/name.sql and compares with
# expected/name.out, in the extension's root; orafce and pgaudit keep their suites so): a sql/
# folder beside an expected/ folder holding that script's expected output is a regression suite
# wherever it is, not only below a test/ or regress/ folder.
ROOT_SUITE = """\
-- ERROR (typmod >= 1)
CREATE TABLE foo (a VARCHAR2(0));
-- OK
CREATE TABLE foo (a VARCHAR(5000));
DROP TABLE foo;
SELECT dbms_random.normal()::numeric(10, 8);
SELECT dbms_random.normal()::numeric(10, 8);
"""


@needs_pglast
@pytest.mark.parametrize("output", ["varchar2.out", "varchar2_1.out"])
def test_a_pgxs_root_regression_suite_is_a_regression_suite(tmp_path, monkeypatch, output):
    root = output[:-4]  # a folder of its own for each case: folder listings are read once a run
    (tmp_path / root / "sql").mkdir(parents=True)
    (tmp_path / root / "expected").mkdir()
    (tmp_path / root / "expected" / output).write_text("-- output\n")
    monkeypatch.chdir(tmp_path)
    assert found(f"{root}/sql/varchar2.sql", ROOT_SUITE) == []
    assert found(f"{root}/sql/other.sql", ROOT_SUITE) == [("RL212", 4), ("RL214", 7)]  # no expected output
    fused = ROOT_SUITE + "SELECT * FROM foo\nSELECT 2;\n"
    assert found(f"{root}/sql/varchar2.sql", fused) == [("RL201", 9)]  # a lost ';' is still reported there


# pg_regress reads its scripts from --inputdir/sql and compares with --inputdir/expected (or an
# --expecteddir), names in REGRESS may hold folders: an extension that keeps one suite per PostgreSQL
# version (sqlite_fdw, jdbc_fdw: sql/16.3/extra/limit.sql beside expected/16.3/extra/limit.out) has its
# scripts below sql/ and the expected outputs at the same place below expected/.
@needs_pglast
def test_a_regression_suite_in_subfolders_mirrored_below_expected_is_a_regression_suite(tmp_path, monkeypatch):
    (tmp_path / "sql" / "16.3" / "extra").mkdir(parents=True)
    (tmp_path / "expected" / "16.3" / "extra").mkdir(parents=True)
    (tmp_path / "expected" / "16.3" / "extra" / "varchar2.out").write_text("-- output\n")
    monkeypatch.chdir(tmp_path)
    assert found("sql/16.3/extra/varchar2.sql", ROOT_SUITE) == []
    # no expected output of that name at that place: not a suite script
    assert found("sql/16.3/extra/other.sql", ROOT_SUITE) == [("RL212", 4), ("RL214", 7)]
    assert found("sql/16.3/varchar2.sql", ROOT_SUITE) == [("RL212", 4), ("RL214", 7)]
    fused = ROOT_SUITE + "SELECT * FROM foo\nSELECT 2;\n"
    assert found("sql/16.3/extra/varchar2.sql", fused) == [("RL201", 9)]  # a lost ';' is still reported there


@needs_pglast
def test_a_format_placeholder_a_build_script_fills_is_not_sql():
    """pgai's build.py fills sql/gated.sql with str.format: `{code}` stands for statements, `{guc}`
    and `{feature_flag}` for names. `{name}` alone is no SQL anywhere (ODBC escapes have a keyword
    and a space inside): the statement holding one is a note. A real error elsewhere still counts."""
    text = ("-- {feature_flag}\ndo $gated$\nbegin\nif (select coalesce(pg_catalog.current_setting('{guc}', true), "
            "'false') != 'true') then\n    return;\nend if;\n{code}\nend;\n$gated$;\n")
    assert findings_for("projects/extension/sql/gated.sql", text) == []
    broken = text + "select from from x;\n"
    assert [f.line for f in findings_for("projects/extension/sql/gated.sql", broken)] == [10]


@needs_pglast
def test_a_plpgsql_body_fragment_is_not_a_broken_script():
    """pgai's sql/incremental/*.sql are pasted by build.py into a DO block: `perform` (PL/pgSQL's
    call that discards a result) at the top level says the file is a body fragment, not a script.
    Its other statements are still checked."""
    text = ("create table ai._secret_permissions\n( name text not null\n, primary key (name)\n);\n"
            "perform pg_catalog.pg_extension_config_dump('ai._secret_permissions'::pg_catalog.regclass, '');\n"
            "revoke all on ai._secret_permissions from public;\n")
    assert findings_for("projects/extension/sql/incremental/002-secret_permissions.sql", text) == []
    broken = text + "create table t (a int b int);\n"
    assert [f.code for f in findings_for("projects/extension/sql/incremental/002-x.sql", broken)] == ["RL201"]


@pytest.mark.parametrize("path, text", [
    # a migration runner's loader tests: each resource holds its own name, or a stand-in line
    ("src/dbup-tests/TestScripts/Folder1/Test1__9.sql", "\ufeffTest1__9"),
    ("test/Runner.Tests/EmbeddedResources/A/NotUniqueResource.sql", "\ufeffNotUniqueResource\n"),
    ("test/Runner.Tests/testscript.sql", "TEST SCRIPT"),
    ("test/Runner.Tests/TestScriptWithParameters.sql", "TEST SCRIPT $(parameter) $$((escaped)) $(missing)\n"),
    ("src/dbup-tests/TestScripts/Script20130525_1_Test5.sql", "..."),  # an encoding test's stand-ins
    ("src/dbup-tests/TestScripts/Script20130525_2_Test5.sql", "\ufeff\u00e9"),
])
def test_test_data_that_is_not_sql_from_its_first_word_is_a_loaders_resource(path, text):
    assert found(path, text) == []


@pytest.mark.parametrize("path, text, expected", [
    ("test/Runner.Tests/testscript.sql", "TEST SCRIPT;\n", [("RL201", 1)]),  # a statement, ended: checked
    ("test/Runner.Tests/schema.sql", "CREATE TABLE t (a int\n", [("RL201", 1)]),  # SQL from its first word
    ("src/db/schema.sql", "Test1__9\n", [("RL201", 1)]),  # not test data
])
@needs_pglast
def test_sql_in_test_data_from_its_first_word_is_still_checked(path, text, expected):
    postgres = Config(sql_dialect="postgres", sql_dialect_set=True)  # pglast's errors certain wherever it is
    assert [(f.code, f.line) for f in run(path, text, postgres)[0]] == expected


@needs_pglast
def test_a_code_generators_typed_parameters_are_read_as_identifiers():
    """xo's query mode: `%%tags pq.StringArray%%`, a parameter with its Go type, which xo replaces with
    $1 when it generates the code; the rest of the file is checked."""
    text = ("SELECT b.book_id::integer AS book_id\nFROM books b\n"
            "WHERE b.tags && %%tags pq.StringArray%%::varchar[]\n  AND b.year > %%year int%%\n")
    assert found("_examples/booktest/sql/postgres_query.sql", text) == []
    assert found("_examples/booktest/sql/postgres_query.sql", text + ";\nSELEC 1;\n") == [("RL201", 6)]


# Held-out round 6 (postgis's regression scripts, run by psql with `-v schema=...`): a variable that stands
# for a schema qualifier before a name (`:schema ST_AddBand(`, `':: :schema geometry`), a prefix, not a value.
@needs_pglast
@pytest.mark.parametrize("text", [
    "CREATE TABLE res1 AS SELECT\n  :schema ST_AddBand(\n    :schema ST_MakeEmptyRaster(10, 10, 0, 0, 1), 1) AS rast;\n",
    "SELECT 'POLYGON((0 0, 0 1, 1 1, 0 0))':: :schema geometry AS geom;\n",
])
def test_a_psql_variable_before_a_name_is_its_prefix(text):
    assert findings_for("raster/test/regress/rt_createoverview.sql", text) == []


@needs_pglast
def test_a_psql_variable_as_a_value_is_still_read_as_one():
    assert codes(findings_for("regress/core/dump.sql", "SELECT :value FROM t WHERE;\n")) == ["RL201"]


# Held-out round 6 (postgis): postgis.sql.in `#include`s postgis_letters.sql, whose functions end with `_COST_MEDIUM`,
# a macro of sqldefines.h that cpp expands before PostgreSQL reads the script.
LETTERS = ("CREATE OR REPLACE FUNCTION st_letters(letters text)\nRETURNS text AS\n$$\nBEGIN\n  RETURN letters;\nEND;\n$$\n"
           "LANGUAGE 'plpgsql'\nIMMUTABLE _COST_MEDIUM PARALLEL SAFE;\n")


@needs_pglast
def test_a_macro_in_a_file_another_script_includes_is_cpps(tmp_path, lint):
    write(tmp_path, {"postgis/postgis.sql.in": '#include "sqldefines.h"\n#include "postgis_letters.sql"\n',
                     "postgis/postgis_letters.sql": LETTERS, "other/letters.sql": LETTERS})
    run = lint("check", "--no-cache", "postgis/postgis_letters.sql", "other/letters.sql", cwd=tmp_path)
    assert [line.split(":")[0] for line in run.lines if ": RL" in line] == ["other/letters.sql"], run.out


# Held-out round 6 (SQLPage's pages): `$name` request parameters (a named bind parameter, as DuckDB's and
# SQLPage's), and `SET name = <expression>`, a page variable assigned (SQLPage's, as MySQL's `SET @x = expr`):
# PostgreSQL has neither, and no merge writes them.
@needs_pglast
@pytest.mark.parametrize("text", [
    "UPDATE spatial_data\nSET description = :Text\nWHERE id = $id::int AND :Text IS NOT NULL;\n",
    "SELECT 'form' AS component, title FROM spatial_data WHERE id = $id::int;\n",
    "set n = coalesce($n, 1);\nselect 'chart' as component;\n",
    "SET \":enctype\" = CASE :percent IS NOT NULL WHEN TRUE THEN 'a' ELSE 'form' END;\nSELECT 1;\n",
    "set user_email = sqlpage.user_info('email');\nselect 'shell' as component;\n",
    "set _getpath = '?path=' || ifnull($path, $_curpath);\nselect 1;\n",
    "set ticket_url =\n    sqlpage.environment_variable('CAS_ROOT_URL')\n        || '/p3/serviceValidate';\nselect 1;\n",
])
def test_sqlpage_parameters_and_variable_assignments_are_not_errors(text):
    assert findings_for("examples/todo/todo_form.sql", text) == []


@needs_pglast
def test_dollar_quotes_and_other_errors_stay_checked_beside_named_parameters():
    body = "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $body$ LANGUAGE sql;\nSELECT $id FROM t WHERE;\n"
    assert codes(findings_for("examples/todo/f.sql", body)) == ["RL201"]
    assert codes(findings_for("examples/todo/g.sql", "SET search_path = public;\nSELECT FROM WHERE;\n")) == ["RL201"]
    # a SET fused with the statement after it (its `;` lost) is still a lost `;`
    fused = "SET search_path = public\nSELECT f(1);\n"
    assert codes(findings_for("examples/todo/h.sql", fused)) == ["RL201"]


FIRST_WORD_CHILD = """
import resource
resource.setrlimit(resource.RLIMIT_CPU, (20, 21))
from rebound_lint.languages.sql import _test_resource
print(_test_resource("test/Runner.Tests/blank.sql", " " * 60 + "("),
      _test_resource("test/Runner.Tests/name.sql", "\\n" * 60 + "-- a\\n/* b */ Test1__9"))
"""


def test_the_first_word_look_is_linear_on_leading_blanks():
    """Test data whose first word is sought past 60 blanks, then a `(`: a pattern that repeated `\\\\s+` inside
    `(...)*` tried every split of the blanks before failing (seconds at 24, hours at 60). The child's CPU budget
    (its own time, not the wall clock) kills such a look with SIGXCPU."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", FIRST_WORD_CHILD], capture_output=True, text=True)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
    assert proc.stdout.split() == ["False", "True"]  # `(` is no word: checked as SQL; a name is a resource


# A named-query library's file (HugSQL, conman and PugSQL: `-- :name tables :? :*`; yesql and aiosql:
# `-- name: get-users`) is split into queries at each annotation line: the queries need no `;` between
# them (pgloader's Clojure port, a Python service's aiosql queries). sqlc's `-- name: X :one` is not: sqlc
# parses the whole file with the database's grammar, so a lost `;` there is still a lost `;`.
NAMED_QUERIES = """\
-- :name tables :? :*
-- :doc every user table
SELECT table_schema, table_name
  FROM information_schema.tables
 WHERE table_schema = :schema

-- :name exec-create-distributed-table :! :raw
SELECT create_distributed_table(:fqn, :col)
"""


@needs_pglast
@pytest.mark.parametrize("text", [
    NAMED_QUERIES,
    NAMED_QUERIES.replace("-- :name tables :? :*", "-- name: get-tables").replace(
        "-- :name exec-create-distributed-table :! :raw", "-- name: create-distributed-table!"),
])
def test_a_named_query_annotation_ends_the_query_before_it(text):
    assert found("src/app/db/queries.sql", text) == []
    # a lost `;` inside one query is still a lost `;`, and garbage is still garbage
    lost = found("src/app/db/queries.sql", text + "\n-- :name x :? :*\nSELECT 1\nSELECT 2;\n")
    assert [code for code, _line in lost] in (["RL201"], ["RL202"])
    assert found("src/app/db/queries.sql", text + "\n-- :name y :? :*\nSELEC 1\n") == [("RL201", 11)]


@needs_pglast
def test_a_sqlc_query_annotation_does_not_end_the_query_before_it():
    text = "-- name: GetAuthor :one\nSELECT * FROM authors\nWHERE id = $1 LIMIT 1\n\n-- name: ListAuthors :many\nSELECT * FROM authors\n"
    assert [code for code, _line in found("db/query.sql", text)] in (["RL201"], ["RL202"])


@needs_pglast
def test_a_hugsql_snippet_is_a_fragment_not_a_statement():
    """`-- :name where-ctid :snip` (or `-- :snip x`) holds a fragment a query puts in: no statement."""
    text = NAMED_QUERIES + "\n-- :name ctid-where :snip\n-- :doc a WHERE fragment\nWHERE ctid >= :sql:lo AND ctid < :sql:hi\n"
    assert found("src/app/db/queries.sql", text) == []
    text += "\n-- :name z :? :*\nSELEC 1\n"
    assert found("src/app/db/queries.sql", text) == [("RL201", 15)]


# `@name@` is a placeholder a tool fills in as text before any database reads the file, bodies
# included: CREATE EXTENSION's @extschema@, pg_tle/supautils hook scripts' @extname@ and @extcascade@,
# CMake's configure_file and autoconf in a .sql.in. No dialect writes `@name@` (PostgreSQL 14 dropped
# postfix operators; `@@` is an operator, `x@y@` an address): read as a same-length name.
HOOK_SCRIPT = """\
do $$
declare
  _extname text := @extname@;
  _extcascade bool := @extcascade@;
begin
  if not _extcascade then
    return;
  end if;
  raise notice 'creating %', _extname;
end $$;
"""


@needs_pglast
def test_an_at_name_at_placeholder_is_read_as_a_name():
    assert found("ansible/files/custom_scripts/before-create.sql", HOOK_SCRIPT) == []
    assert found("sql/schema.sql.in", "CREATE TABLE t (v text DEFAULT '@VERSION@');\nSELECT @PREFIX@_version();\n") == []
    broken = HOOK_SCRIPT + "select from from x;\n"
    assert [code for code, _line in found("ansible/files/custom_scripts/before-create.sql", broken)] == ["RL201"]
    # a text-search match stays an operator, and a real error in a body is still reported
    assert found("q.sql", "SELECT 1 WHERE to_tsvector('a')@@to_tsquery('a');\n") == []
    assert [code for code, _ in found("ansible/files/custom_scripts/x.sql", HOOK_SCRIPT.replace("return;", "retrun;"))] == ["RL201"]


# SQL a Common Lisp program fills with `format` (pgloader's catalog queries): `~a` for a value, and
# `~:[...~;...~]` / `~{...~^ or ~}` around optional clauses, outside strings. No dialect writes `~[` or
# `~{` (`~` is a prefix or regex operator, never before a bracket or brace): a template, markers only.
LISP_FORMAT = """\
  select n.nspname, c.relname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'r'
         ~:[~*~;and (~{~a~^~&~10t or ~})~]
order by n.nspname, c.relname;
"""


@needs_pglast
def test_common_lisp_format_directives_make_a_template():
    assert found("src/pgsql/sql/list-all-tables.sql", LISP_FORMAT) == []
    # a regular-expression match and a bitwise not are plain SQL, still checked
    assert found("q.sql", "select 1 where 'a' ~ '[a]' and ~ (1) = -2;\nselec 1;\n") == [("RL201", 2)]
    assert [code for code, _ in found("mssql/q.sql", "SELECT ~[flags] FROM t;\nSELECT ((1);\n")] == ["RL201"]
    assert found("src/pgsql/sql/list-table-oids.sql", "select n from (values ~{('~a')~^,~}) as t(n);\n") == []


# HSQLDB writes IF EXISTS after the name too (`DROP TABLE t IF EXISTS`): MyBatis Generator's and
# other Java projects' test databases. No other dialect has it, and sqlglot has no HSQLDB grammar:
# parse errors are notes. A certain error (an unbalanced parenthesis) is still reported.
HSQLDB_SCRIPT = "drop table PKOnly if exists;\ndrop view NameView if exists;\ncreate table PKOnly (id int not null, primary key (id));\n"


def test_a_postfix_if_exists_says_hsqldb():
    assert found("src/main/resources/mbg/test/common/scripts/CreateDB.sql", HSQLDB_SCRIPT) == []
    assert found("db/CreateDB.sql", HSQLDB_SCRIPT + "create table t (id int;\n") == [("RL201", 4)]


# SQLite takes columns without a type (`CREATE TABLE t (a, b);`); no other dialect does (PostgreSQL's
# `CREATE TABLE t (a, b) AS SELECT ...` names a query's columns): a SQLite script, such as the test
# database an FDW's suite loads with sqlite3. The rest of the file is read as SQLite.
def test_columns_without_a_type_say_sqlite():
    text = "DROP TABLE IF EXISTS typetest;\nCREATE TABLE notype (a);\nCREATE TABLE pair (a, b);\nCREATE TABLE t (i integer, v varchar(10));\n"
    assert found("sql/init_data/init.sql", text) == []
    assert found("sql/init_data/init.sql", text + "CREATE TABLE u (id int;\n") == [("RL201", 5)]


@needs_pglast
def test_a_query_built_table_without_column_types_stays_postgresql():
    """A PostgreSQL table built from a query names its columns without types: still PostgreSQL, still
    checked (pglast's verdict: without it a PostgreSQL file's errors are sqlglot's, certain ones only)."""
    assert found("db/ctas.sql", "CREATE TABLE t (a, b) AS SELECT 1, 2;\nSELEC 1;\n") == [("RL201", 2)]


@needs_pglast
def test_a_comment_that_only_starts_like_an_annotation_ends_nothing():
    """`-- name: the user's name` inside a CREATE TABLE documents a column: no statement ends there."""
    text = "CREATE TABLE users (\n  id int,\n  -- name: the user's display name\n  name text,\n  -- :name of the team\n  team text\n);\n"
    assert found("db/schema.sql", text) == []


# PostgreSQL 16 and 17 made SQL/JSON's words keywords (json, json_value, json_table, ...): a schema written
# for an older server names a parameter `json` or a function `json_value` (pgxn-manager's sql/), which
# PostgreSQL 18's grammar rejects. Valid in the versions it was written for: a note. An error elsewhere is
# still one.
@needs_pglast
def test_a_name_that_became_a_keyword_in_postgresql_16_or_17_is_a_note():
    text = ("CREATE OR REPLACE FUNCTION setup_meta(\n    IN json TEXT,\n    OUT name TEXT\n) LANGUAGE sql AS $$ SELECT $1 $$;\n"
            "CREATE OR REPLACE FUNCTION json_value(\n    val TEXT\n) RETURNS TEXT LANGUAGE sql AS $$ SELECT $1 $$;\n")
    assert found("sql/11-dist_management.sql", text) == []
    assert found("sql/11-dist_management.sql", text + "SELEC 1;\n") == [("RL201", 8)]


# A routine whose body follows its RETURNS clause as BEGIN ... END, with no AS and no ATOMIC: MySQL's (and
# DB2's, HSQLDB's) stored function, sent whole by a runner that does not split it (Liquibase's
# splitStatements: false). PostgreSQL's body is AS '...' or BEGIN ATOMIC: not PostgreSQL, parse errors notes.
@needs_pglast
def test_a_routine_body_after_returns_without_as_says_mysql():
    text = "DROP FUNCTION IF EXISTS test_function;\nCREATE FUNCTION test_function()\nRETURNS VARCHAR(20)\nBEGIN\nRETURN 'Hello'\nEND\n"
    assert found("harness/initSql/primary/createFunction.sql", text) == []
    # PostgreSQL's SQL-standard body stays PostgreSQL, and is checked
    atomic = "CREATE FUNCTION f() RETURNS int\nBEGIN ATOMIC\n  SELEC 1;\nEND;\n"
    assert [code for code, _ in found("db/f.sql", atomic)] == ["RL201"]
