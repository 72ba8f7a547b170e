"""SQL both-halves rules (RL211-RL214) on real PostgreSQL scripts: the deliberate patterns found in
apache/age, pg_partman and pg_dump output stay silent, and a real duplicate beside each is still caught."""
from __future__ import annotations

import pytest

from conftest import needs_pglast

from rebound_lint.config import Config
from rebound_lint.runner import check_data


def found(name: str, text: str) -> list[tuple[str, int]]:
    result = check_data(name, text.encode("utf-8"), "sql", Config())
    assert not result.errors
    return [(f.code, f.line) for f in result.findings]


# 7. RL212 / RL213: created twice -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # DROP FUNCTION with its signature, then the new version (an extension update script)
    "CREATE FUNCTION partman.show_partitions(p_parent_table text) RETURNS SETOF text LANGUAGE sql AS 'SELECT 1';\n"
    "DROP FUNCTION partman.show_partitions(text);\n"
    "CREATE FUNCTION partman.show_partitions(p_parent_table text) RETURNS SETOF text LANGUAGE sql AS 'SELECT 2';\n",
    "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nDROP FUNCTION f;\n"
    "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n",
    # schema-qualified creation, unqualified DROP (and the other way round)
    "CREATE TABLE public.t (id int);\nDROP TABLE t;\nCREATE TABLE public.t (id int);\n",
    "CREATE TABLE t (id int);\nDROP TABLE public.t;\nCREATE TABLE t (id int);\n",
    "CREATE INDEX i ON t (id);\nDROP INDEX i;\nCREATE INDEX i ON t (id);\n",
    "CREATE TABLE t (id int);\nCREATE INDEX t_idx ON t (id);\nDROP TABLE t;\n"
    "CREATE TABLE t (id int);\nCREATE INDEX t_idx ON t (id);\n",
    "CREATE TABLE h (a int) PARTITION BY HASH (a);\nCREATE TABLE h_0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);\n"
    "DROP TABLE h;\nCREATE TABLE h (a int) PARTITION BY HASH (a);\n"
    "CREATE TABLE h_0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);\n",
    "CREATE SCHEMA s;\nCREATE TABLE s.t (id int);\nDROP SCHEMA s CASCADE;\nCREATE SCHEMA s;\nCREATE TABLE s.t (id int);\n",
    # rolled back
    "BEGIN;\nCREATE TABLE t (id int);\nROLLBACK;\nCREATE TABLE t (id int);\n",
    "BEGIN;\nCREATE TABLE t (id int);\nCREATE TABLE t (id int);\nROLLBACK;\n",
    "CREATE TABLE t (id int, a int);\nBEGIN;\nALTER TABLE t ADD COLUMN b int;\nROLLBACK;\nALTER TABLE t ADD COLUMN b int;\n",
    "BEGIN;\nSAVEPOINT s1;\nCREATE TABLE t (id int);\nROLLBACK TO SAVEPOINT s1;\nCREATE TABLE t (id int);\nCOMMIT;\n",
    # ON_ERROR_STOP off: the second one is meant to fail
    "CREATE TABLE t (id int);\n\\set ON_ERROR_STOP 0\nCREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN id int;\n",
    # renamed or moved away
    "CREATE TABLE t (id int);\nALTER TABLE t RENAME TO t_old;\nCREATE TABLE t (id int);\n",
    "CREATE TABLE t (id int);\nALTER TABLE t SET SCHEMA archive;\nCREATE TABLE t (id int);\n",
    "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nALTER FUNCTION f(int) RENAME TO f_old;\n"
    "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n",
    "CREATE TABLE t (id int, a int);\nALTER TABLE t RENAME COLUMN a TO a_old;\nALTER TABLE t ADD COLUMN a text;\n",
    "CREATE FUNCTION h(a varchar(10), b int[3]) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
    "DROP FUNCTION h(varchar, int[]);\n"
    "CREATE FUNCTION h(a varchar(10), b int[3]) RETURNS int LANGUAGE sql AS 'SELECT 2';\n",
    "CREATE SCHEMA s;\nCREATE TABLE s.t (id int);\nALTER SCHEMA s RENAME TO s_old;\n"
    "CREATE SCHEMA s;\nCREATE TABLE s.t (id int);\n",
    # overloads: array bounds and typmods are part of the argument types
    "CREATE FUNCTION g(a int[]) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
    "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
    "CREATE FUNCTION h(a varchar(10)) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
    "CREATE FUNCTION h(a varchar(10)[]) RETURNS int LANGUAGE sql AS 'SELECT 2';\n",
    # pg_dump: a placeholder view, replaced once its dependencies exist
    "CREATE VIEW public.v AS SELECT NULL::integer AS a;\nCREATE TABLE x (a int);\n"
    "CREATE OR REPLACE VIEW public.v AS SELECT a FROM x;\n",
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
    "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';\n",
    # the same CREATE OR REPLACE twice (a test block run again) changes nothing
    "CREATE OR REPLACE FUNCTION get_test_id(_ret refcursor) RETURNS refcursor LANGUAGE plpgsql AS $$\n"
    "BEGIN OPEN _ret FOR SELECT 200; RETURN _ret; END $$;\nSELECT get_test_id('_ret');\n"
    "CREATE OR REPLACE FUNCTION get_test_id(_ret refcursor) RETURNS refcursor LANGUAGE plpgsql AS $$\n"
    "BEGIN OPEN _ret FOR SELECT 200; RETURN _ret; END $$;\n",
    # psql \if / \else: only one branch runs
    "\\if :pg17\nCREATE TABLE t (id int, v vector(3));\n\\else\nCREATE TABLE t (id int);\n\\endif\n",
    # a stub replaced after the statements between used it (an upgrade script's staged definition)
    "CREATE OR REPLACE PROCEDURE run_everywhere(k text, c text) AS $f$\nBEGIN\n"
    "  INSERT INTO commands VALUES (k, c);\nEND\n$f$ LANGUAGE plpgsql;\n"
    "CALL run_everywhere('a', $c$ CREATE SCHEMA a $c$);\n"
    "CREATE OR REPLACE PROCEDURE run_everywhere(k text, c text) AS $f$\nBEGIN\n"
    "  EXECUTE c;\n  INSERT INTO commands VALUES (k, c);\nEND\n$f$ LANGUAGE plpgsql;\n",
    "CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
    "UPDATE t SET a = helper();\n"
    "CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 2';\n",
    "CREATE OR REPLACE VIEW v AS SELECT 1 AS a;\nCREATE TABLE snap AS SELECT * FROM v;\n"
    "CREATE OR REPLACE VIEW v AS SELECT 1 AS a, 2 AS b;\n",
])
@needs_pglast
def test_created_again_on_purpose(text):
    assert found("db/setup.sql", text) == []


@pytest.mark.parametrize("text, expected", [
    ("CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nDROP FUNCTION f(text);\n"
     "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 2';\n", [("RL212", 3)]),
    ("BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\nCREATE TABLE t (id int);\n", [("RL212", 4)]),
    ("BEGIN;\nSAVEPOINT a;\nCREATE TABLE t (id int);\nRELEASE SAVEPOINT a;\nCOMMIT;\nCREATE TABLE t (id int);\n",
     [("RL212", 6)]),
    ("CREATE TABLE t (id int);\n\\set ON_ERROR_STOP 0\n\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);\n",
     [("RL212", 4)]),
    ("CREATE TABLE t (id int);\nALTER TABLE u RENAME TO v;\nCREATE TABLE t (id int);\n", [("RL212", 3)]),
    ("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);\nDROP TABLE p;\nCREATE TABLE c (a int);\n",
     [("RL212", 4)]),  # DROP TABLE p fails while c inherits from it: c is still there
    ("CREATE TABLE t (id int, CONSTRAINT c CHECK (id > 0));\nALTER TABLE t RENAME CONSTRAINT c TO c2;\n"
     "CREATE TABLE t (id int);\n", [("RL212", 3)]),
    ("CREATE FUNCTION g(a int[]) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
     "CREATE FUNCTION g(b integer[]) RETURNS int LANGUAGE sql AS 'SELECT 2';\n", [("RL212", 2)]),
    ("CREATE OR REPLACE VIEW v AS SELECT 1 AS a;\nCREATE VIEW v AS SELECT 1 AS a, 2 AS b;\n", [("RL212", 2)]),
    ("\\if :pg17\nCREATE TABLE t (id int);\nCREATE TABLE t (id int, a int);\n\\endif\n", [("RL212", 3)]),
    # two versions of one function kept, nothing using the first in between
    ("CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
     "CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 2';\n", [("RL212", 2)]),
    ("CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
     "GRANT EXECUTE ON FUNCTION other() TO app;\nSELECT 'helper() is new';\n"
     "CREATE OR REPLACE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 2';\n", [("RL212", 4)]),
])
@needs_pglast
def test_created_twice_still_caught(text, expected):
    assert found("db/setup.sql", text) == expected


# 8. RL214: repeats that are meant ------------------------------------------------------------------

CYPHER_TEST = """\
LOAD 'age';
SELECT create_graph('issue_1767');
-- add in 5 relationships
SELECT * FROM cypher('issue_1767', $$ CREATE ()-[:knows]->() $$) AS (result agtype);
SELECT * FROM cypher('issue_1767', $$ CREATE ()-[:knows]->() $$) AS (result agtype);
SELECT * FROM cypher('issue_1767', $$ CREATE ()-[:knows]->() $$) AS (result agtype);
SELECT create_graph('issue_1767');
-- must fail: the graph exists
SELECT create_graph('issue_1767');
"""


@needs_pglast
def test_repeats_in_test_scripts_are_not_reported():
    assert found("regress/sql/cypher.sql", CYPHER_TEST) == []
    assert found("test/test_bgw/test-time-daily-bgw.sql", CYPHER_TEST) == []
    # outside tests: five copies in a row ("add in 5 relationships") are meant, not one hunk doubled
    assert found("db/seed.sql", CYPHER_TEST) == [("RL214", 9)]


@needs_pglast
def test_statements_that_differ_by_their_optimizer_hints_and_explain_are_not_repeats():
    text = ("EXPLAIN (COSTS false) SELECT * FROM s1.t1;\n/*+Parallel(t1 5 hard)*/\n"
            "EXPLAIN (COSTS false) SELECT * FROM s1.t1;\n"
            "/*+SeqScan(t1)*/\nSELECT count(*) FROM s1.t1;\n/*+IndexScan(t1)*/\nSELECT count(*) FROM s1.t1;\n")
    assert found("sql/ut-W.sql", text) == []
    same = "/*+SeqScan(t1)*/\nSELECT refresh(1);\n/*+SeqScan(t1)*/\nSELECT refresh(1);\n"
    assert found("sql/ut-W.sql", same) == [("RL214", 4)]


@needs_pglast
def test_execute_and_repeats_across_psql_commands_are_not_reported():
    text = ("PREPARE p_1 AS SELECT * FROM cypher('g', $$ CREATE (:v) $$) AS (a agtype);\n"
            "EXECUTE p_1;\nEXECUTE p_1;\n"
            "INSERT INTO audit VALUES (1);\n\\c otherdb\nINSERT INTO audit VALUES (1);\n"
            "SELECT refresh_all();\n\\set ON_ERROR_STOP on\nSELECT refresh_all();\n")
    assert found("db/ops.sql", text) == []
    assert found("db/ops.sql", "INSERT INTO audit VALUES (1);\n\n-- again\nINSERT INTO audit VALUES (1);\n") \
        == [("RL214", 4)]


# 9. positions: the line a user deletes ----------------------------------------------------------------

def test_duplicate_column_points_at_the_second_definition():
    text = "CREATE TABLE consent (\n    id bigserial,\n    user_id bigint,\n    granted boolean,\n    user_id bigint\n);\n"
    result = check_data("m.sql", text.encode(), "sql", Config())
    assert [(f.code, f.line, f.col) for f in result.findings] == [("RL211", 5, 5)]


def test_column_added_again_points_at_the_second_add():
    text = ("ALTER TABLE orders ADD COLUMN region text;\n"
            "ALTER TABLE orders\n    ADD COLUMN channel text,\n    ADD COLUMN region text NOT NULL;\n")
    result = check_data("m.sql", text.encode(), "sql", Config())
    assert [(f.code, f.line, f.col) for f in result.findings] == [("RL213", 4, 16)]
    assert "first on line 1" in result.findings[0].message


# RL216 / RL217: dropped twice, an extension member added or dropped twice (real citus downgrade scripts) -------

DOWNGRADE = """\
-- citus--12.0-1--11.3-1
DROP FUNCTION pg_catalog.citus_internal_add_tenant_schema(Oid, int);
DROP FUNCTION pg_catalog.citus_internal_delete_tenant_schema(Oid);
DROP TABLE pg_catalog.pg_dist_tenant_schema;
ALTER EXTENSION citus DROP SCHEMA columnar;
ALTER EXTENSION citus DROP TABLE columnar.options;
"""


def test_a_downgrade_script_that_drops_each_object_once_is_silent():
    assert found("src/sql/downgrades/citus--12.0-1--11.3-1.sql", DOWNGRADE) == []


@pytest.mark.parametrize("second, code, line", [
    ("DROP TABLE pg_catalog.pg_dist_tenant_schema;\n", "RL216", 7),
    ("DROP FUNCTION pg_catalog.citus_internal_delete_tenant_schema(Oid);\n", "RL216", 7),
    ("ALTER EXTENSION citus DROP TABLE columnar.options;\n", "RL217", 7),
    ("ALTER EXTENSION citus DROP SCHEMA columnar;\n", "RL217", 7),
])
@needs_pglast
def test_both_halves_of_a_downgrade_script_kept(second, code, line):
    assert found("src/sql/downgrades/citus--12.0-1--11.3-1.sql", DOWNGRADE + second) == [(code, line)]


@pytest.mark.parametrize("between", [
    "CREATE TABLE pg_catalog.pg_dist_tenant_schema (schemaid oid);\n",  # created again
    "SELECT citus_internal.restore_tenant_schema();\n",  # a call may create anything
    "DO $$ BEGIN EXECUTE 'CREATE TABLE pg_catalog.pg_dist_tenant_schema (a int)'; END $$;\n",
    '#include "../udfs/citus_tenant_schema/11.3-1.sql"\n',  # so may an included file
    "\\i restore.sql\n",
])
def test_a_drop_after_something_that_may_create_it_is_silent(between):
    text = DOWNGRADE + between + "DROP TABLE pg_catalog.pg_dist_tenant_schema;\n"
    assert found("src/sql/downgrades/citus--12.0-1--11.3-1.sql", text) == []


@needs_pglast
def test_if_exists_rollback_and_different_signatures_are_silent():
    assert found("db/m.sql", DOWNGRADE + "DROP TABLE IF EXISTS pg_catalog.pg_dist_tenant_schema;\n") == []
    assert found("db/m.sql", "DROP FUNCTION f(int);\nDROP FUNCTION f(text);\n") == []
    assert found("db/m.sql", "BEGIN;\nDROP TABLE t;\nROLLBACK;\nDROP TABLE t;\n") == []
    assert found("db/m.sql", "DROP TABLE IF EXISTS t;\nDROP TABLE t;\n") == [("RL216", 2)]  # fails even so
    assert found("regress/sql/drops.sql", "DROP TABLE t;\nDROP TABLE t;\n") == []  # an expected error


@pytest.mark.parametrize("between", [
    "ALTER EXTENSION citus ADD TABLE columnar.options;\n",  # back in, so it can go out again
    "DROP TABLE columnar.options;\nCREATE TABLE columnar.options (a int);\nALTER EXTENSION citus ADD TABLE columnar.options;\n",
    "DO $$ BEGIN EXECUTE 'ALTER EXTENSION citus ADD TABLE columnar.options'; DROP TABLE x; END $$;\n",
])
def test_an_extension_member_dropped_again_after_it_came_back_is_silent(between):
    assert found("db/m.sql", DOWNGRADE + between + "ALTER EXTENSION citus DROP TABLE columnar.options;\n") == []


# A migration tool's sections (sql-migrate's `-- +migrate Up/Down`, goose's `-- +goose Up/Down`, dbmate's
# `-- migrate:up/down`): each runs on its own, at another time; the down section re-creates the old version
# of what the up section replaced. Within one section a duplicate still counts.
def _sections(up: str, down: str, flavour: str) -> str:
    start, end = {"sql-migrate": ("-- +migrate Up\n", "-- +migrate Down\n"),
                  "goose": ("-- +goose Up\n", "-- +goose Down\n"),
                  "dbmate": ("-- migrate:up\n", "-- migrate:down\n")}[flavour]
    return start + up + end + down


NEW_F = ("create or replace function app.take_token(_key text, _rate integer) returns boolean language plpgsql as\n"
         "$$ begin return _rate > 0; end; $$;\n")
OLD_F = NEW_F.replace("_rate > 0", "_rate > 1")
ADD_COL = "alter table app.users add column email text;\n"


@needs_pglast
@pytest.mark.parametrize("flavour", ["sql-migrate", "goose", "dbmate"])
@pytest.mark.parametrize("folder", ["sql", "db/migrations/mysql"])
def test_up_and_down_sections_are_separate_scripts(flavour, folder):
    body = NEW_F if folder == "sql" else "create table app_users (id int);\n"
    down = OLD_F if folder == "sql" else "drop table app_users;\ncreate table app_users (id int);\n"
    assert found(f"{folder}/1715118159.sql", _sections(body, down, flavour)) == []
    assert found(f"{folder}/1715118160.sql", _sections("create table app_t (id int);\n",
                                                       "create table app_t (id int);\n", flavour)) == []


@needs_pglast
@pytest.mark.parametrize("flavour", ["sql-migrate", "goose", "dbmate"])
def test_a_duplicate_within_one_section_still_counts(flavour):
    text = _sections(NEW_F + OLD_F + ADD_COL + ADD_COL, "drop function app.take_token(text, integer);\n", flavour)
    assert found("sql/1715118161.sql", text) == [("RL212", 4), ("RL213", 7)]
    mysql = _sections("create table app_t (id int);\ncreate table app_t (id int, name text);\n", "drop table app_t;\n",
                      flavour)
    assert found("db/migrations/mysql/1715118162.sql", mysql) == [("RL212", 3)]


@needs_pglast
@pytest.mark.parametrize("flavour", ["sql-migrate", "goose", "dbmate"])
def test_a_whole_migration_kept_twice_is_still_caught(flavour):
    """Both sides of an add/add conflict over one migration file, kept one after the other: the second up
    section runs in the same migration as the first."""
    one = _sections("create table app_t (id int);\n", "drop table app_t;\n", flavour)
    assert found("sql/1715118163.sql", one + one) == [("RL212", 6), ("RL216", 8)]
    other = _sections("create table app_t (id int, name text);\n", "drop table app_t;\n", flavour)
    assert found("db/migrations/mysql/1715118164.sql", one + other) == [("RL212", 6)]
