import pytest
from conftest import FIXTURES, HAVE_PGLAST, codes, findings_for, needs_pglast, without_pglast

from rebound_lint.languages.sql import psql_to_sql
from rebound_lint.config import Config

MYSQL = Config(sql_dialect="mysql")


@needs_pglast
def test_missing_semicolon_between_two_halves():
    text = "ALTER TABLE consent ADD COLUMN reopt_in BOOLEAN\nCREATE TABLE audit (id int);\n"
    found = findings_for("m.sql", text)
    assert codes(found) == ["RL201"]
    assert (found[0].line, found[0].col) == (2, 1)
    assert "CREATE" in found[0].message


def test_both_halves_of_create_table_kept():
    text = "CREATE TABLE t (\n  id int,\n  a text\n  id int,\n  b text\n);\n"
    found = findings_for("m.sql", text)
    assert codes(found) == ["RL201"] and (found[0].line, found[0].col) == (4, 3)


@needs_pglast
def test_positions_are_characters_not_bytes():
    found = findings_for("m.sql", "SELECT 'ééé€';\nSELECT FROM WHERE;\n")
    assert (found[0].line, found[0].col) == (2, 13)


@pytest.mark.parametrize("name", ["timescale.sql", "psql_script.sql", "dbt_model.sql", "preprocessed.sql"])
def test_valid_postgres_features(name):
    path = FIXTURES / "valid" / "sql" / name
    assert findings_for(name, path.read_bytes()) == []


@needs_pglast
def test_plpgsql_body_is_parsed_too():
    text = (
        "CREATE TABLE t (id int);\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\n"
        "BEGIN\n  RETURN 1;\nEND\nBEGIN\n  RETURN 2;\nEND\n$$;\n"
    )
    found = findings_for("f.sql", text)
    assert codes(found) == ["RL201"] and found[0].line == 6 and "PL/pgSQL" in found[0].message  # the failing body line
    do_block = "DO $$ BEGIN RAISE NOTICE 'x' END $$;\n"
    assert codes(findings_for("d.sql", do_block)) == ["RL201"]


def test_sql_language_function_body_is_left_to_the_server():
    assert findings_for("f.sql", "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + 1 $$;\n") == []


def test_psql_rewrite_keeps_positions_and_literals():
    text = "\\set x 1\nSELECT :x, :'name', :\"ident\", '::keep', $$ :not_var $$, a::int, b := 1;\n"
    rewritten = psql_to_sql(text)
    assert len(rewritten) == len(text)
    assert rewritten.splitlines()[0].strip() == ""
    assert "_x" in rewritten and "'vvvvv'" in rewritten and '"vvvvvv"' in rewritten
    assert "'::keep'" in rewritten and "$$ :not_var $$" in rewritten and "a::int" in rewritten


@needs_pglast
def test_error_in_a_psql_script_is_still_found_at_its_line():
    text = "\\c analytics\nSELECT :'x';\nSELEC 1;\n"
    found = findings_for("s.sql", text)
    assert codes(found) == ["RL201"] and found[0].line == 3


def test_other_dialects_use_sqlglot_and_report_command_fallback():
    fused = "SELECT 1;\nALTER TABLE a ADD COLUMN x INT\nCREATE TABLE b (id int);\n"
    found = findings_for("m.sql", fused, MYSQL)
    assert codes(found) == ["RL202"] and found[0].line == 2
    assert findings_for("m.sql", "SELECT `a` FROM t LIMIT 1;\nALTER TABLE t ADD COLUMN x INT;\n", MYSQL) == []


def test_other_dialects_syntax_error():
    found = findings_for("m.sql", "SELECT * FROM (SELECT 1;\n", MYSQL)
    assert codes(found) == ["RL201"]


@without_pglast
def test_without_pglast_postgres_falls_back_to_sqlglot_with_one_notice(tmp_path, lint):
    """For real: this runs where pglast is not installed (.ci/run's venv without the postgres extra)."""
    (tmp_path / "a.sql").write_text("CREATE TABLE a (id int);\n")
    (tmp_path / "b.sql").write_text("CREATE TABLE b (id int;\n")  # unbalanced: certain in any dialect
    (tmp_path / "c.sql").write_text("SELECT FROM WHERE;\n")  # sqlglot alone is not authoritative: a note
    (tmp_path / "d.sql").write_text("CREATE TABLE d (id int;\n")
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 1 and [line.split(":")[0] for line in result.lines] == ["b.sql", "d.sql"]
    assert "Traceback" not in result.err
    notices = [line for line in result.err.splitlines() if "pglast" in line]
    assert notices == ["notice: pglast is not installed (pip install 'rebound-lint[postgres]'): PostgreSQL files "
                       "were read by sqlglot, certain errors only, PL/pgSQL bodies unchecked"]
    again = lint("check", ".", cwd=tmp_path)  # replayed from the cache: the notice too, once
    assert (again.code, again.lines) == (result.code, result.lines) and again.err.count("pglast is not installed") == 1
    assert "pglast" not in lint("check", "--quiet", ".", cwd=tmp_path).err


@without_pglast
def test_without_pglast_no_notice_when_no_postgres_file_was_read(tmp_path, lint):
    (tmp_path / "m.sql").write_text("SELECT `a` FROM t;\n")
    (tmp_path / "pyproject.toml").write_text('[tool.rebound-lint]\nsql-dialect = "mysql"\n')
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 0 and "pglast" not in result.err


@without_pglast
def test_without_pglast_other_dialects_lose_nothing():
    """The statement-keyword lists come with rebound-lint (languages/sql/keywords.py): a MySQL file's two
    statements fused by a lost `;` were an ImportError inside sqlglot's path, so silently unchecked."""
    fused = "SELECT 1;\nALTER TABLE a ADD COLUMN x INT\nCREATE TABLE b (id int);\n"
    found = findings_for("m.sql", fused, MYSQL)
    assert codes(found) == ["RL202"] and found[0].line == 2


@needs_pglast
def test_the_keyword_lists_are_pglasts():
    """languages/sql/keywords.py is PostgreSQL's keyword list of the parser the postgres extra installs."""
    from pglast import keywords as theirs

    from rebound_lint.languages.sql import keywords as ours

    for group in ("COL_NAME_KEYWORDS", "RESERVED_KEYWORDS", "TYPE_FUNC_NAME_KEYWORDS", "UNRESERVED_KEYWORDS"):
        assert getattr(ours, group) == set(getattr(theirs, group)), group


def test_a_crash_inside_sqlglot_is_a_note_not_an_internal_error():
    """sqlglot 30.30 raises AttributeError on `{:` in MySQL (found by the fuzz test): its bug must not fail the run."""
    from rebound_lint.runner import check_data

    result = check_data("q.sql", b"{:", "sql", Config(sql_dialect="mysql"))
    assert not result.errors and result.findings == []
    assert any("sqlglot failed inside" in note for note in result.notes)


def test_version_says_which_parser_reads_postgres_files(lint):
    result = lint("--version")
    assert result.code == 0 and result.out.startswith("rebound-lint, version ")
    said = result.out.splitlines()[1]
    if HAVE_PGLAST:
        assert said.startswith("PostgreSQL files read by: pglast ") and "GPL-3.0-or-later" in said
    else:
        assert said == ("PostgreSQL files read by: sqlglot, certain errors only (pglast not installed: "
                        "pip install 'rebound-lint[postgres]')")


# Found by running the plain install (no pglast) on timescaledb's tsl/test/sql/compression_algos.sql:
# `from :fn true) bulk`, where \set fn holds `f(...,` — sqlglot's path reported "')' without a matching
# '('" as certain. Either parser must say the same here: what psql fills in, or a statement meant to fail.
VARIABLE_HOLDS_SQL = ("\\set fn 'f(:''a'', 1, '\n"
                      "select count(*) from :fn true) bulk join :fn false) other using (path);\n"
                      "select 1;\n")


@pytest.mark.parametrize("name, text", [
    ("db/scripts/fuzz.sql", VARIABLE_HOLDS_SQL),  # the variable stands for SQL text
    ("test/regress/sql/errors.sql", "SELECT (1;\nSELECT 2;\n"),  # a pg_regress suite: meant to fail
    ("db/setup.sql", "\\set ON_ERROR_STOP off\nSELECT (1;\n\\set ON_ERROR_STOP on\nSELECT 2;\n"),
])
def test_errors_psql_may_explain_are_not_findings_with_either_parser(name, text):
    assert findings_for(name, text) == []


@pytest.mark.parametrize("name, text, line", [
    ("db/setup.sql", "SELECT (1;\nSELECT 2;\n", 1),
    ("db/scripts/fuzz.sql", VARIABLE_HOLDS_SQL + "select (2;\n", 4),  # a statement without a variable
    ("db/setup.sql", "\\set ON_ERROR_STOP off\nSELECT 1;\n\\set ON_ERROR_STOP on\nSELECT (2;\n", 4),
])
def test_the_same_errors_elsewhere_are_still_found_with_either_parser(name, text, line):
    found = findings_for(name, text)
    assert [(f.code, f.line) for f in found] == [("RL201", line)]
