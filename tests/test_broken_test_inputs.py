"""A file in an invalid-inputs test folder is invalid on purpose only when it was committed that way.

babel's parser fixtures hold `failure-*/` and `invalid-*/` folders: their `input.js` fails on
purpose, and beside it the harness's own `options.json`, which the harness parses and which must
stay valid. Keeping both halves of a conflict in that options.json breaks it; the folder's word
alone would call that deliberate. What git can prove decides: a file that parsed in both parents
of the merge in progress (or at --base) and fails now was broken by this change, whatever its
folder says. Without a version to compare with, the folder's word still holds (says less)."""
from __future__ import annotations

import json

from conftest import OURS, SEP, THEIRS, GitRepo

CASE = "packages/parser/test/fixtures/attributes/invalid-syntax-multiple-lines"
OPTIONS = f"{CASE}/options.json"
INPUT = f"{CASE}/input.js"
BROKEN_JS = "import foo from 'foo.json' with type: 'json';\n"  # invalid on purpose: the test's point


def _options(plugins: list[str]) -> str:
    return json.dumps({"plugins": plugins, "sourceType": "module",
                       "throws": "Unexpected token (1:33)"}, indent=2) + "\n"


def _conflicted_fixture(repo: GitRepo) -> None:
    """Both branches change the options' plugin list: a content conflict in options.json."""
    repo.commit({OPTIONS: _options(["importAttributes"]), INPUT: BROKEN_JS}, message="base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.commit({OPTIONS: _options(["importAttributes", "jsx"])}, message="feature")
    repo.git("checkout", "-q", "main")
    repo.commit({OPTIONS: _options(["importAttributes", "flow"])}, message="main")


def _both_halves(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith((OURS, SEP, THEIRS)))


def _codes(result, path: str) -> list[str]:
    return [line.split()[1] for line in result.lines if line.startswith(path + ":")]


def test_a_harness_file_broken_by_the_merge_in_progress_is_reported(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _conflicted_fixture(repo)
    repo.git("merge", "-q", "feature", check=False)
    naive = _both_halves((repo.path / OPTIONS).read_text())
    (repo.path / OPTIONS).write_text(naive)
    repo.git("add", OPTIONS)
    result = lint("check", "--debug", cwd=repo.path)
    assert "RL411" in _codes(result, OPTIONS), result.out + result.err
    assert "parsed in both sides of the merge" in result.err
    assert _codes(result, INPUT) == []  # the input under test fails on purpose, as before the merge


def test_the_folder_word_still_holds_without_a_version_to_compare(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _conflicted_fixture(repo)
    repo.git("merge", "-q", "feature", check=False)
    naive = _both_halves((repo.path / OPTIONS).read_text())
    repo.git("merge", "--abort")
    repo.commit({OPTIONS: naive}, message="committed broken, no merge in progress")
    result = lint("check", "--debug", OPTIONS, cwd=repo.path)
    assert result.lines == [] and "deliberately invalid test input (RL411" in result.err


def test_under_base_a_test_input_that_parsed_at_the_base_and_fails_now_is_reported(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    already = f"{CASE}/other.json"
    repo.commit({OPTIONS: _options(["importAttributes"]), INPUT: BROKEN_JS, already: '{"a": 1,}\n'}, message="base")
    repo.git("checkout", "-q", "-b", "pr")
    repo.commit({OPTIONS: _options(["x"]).replace('"sourceType"', '"sourceType" "module", "s"'),
                 INPUT: BROKEN_JS + "import bar from 'bar' with;\n",  # still invalid on purpose
                 already: '{"a": 2,}\n',  # invalid at the base already: deliberate
                 f"{CASE}/added.json": "{,}\n"},  # added by the change: nothing to compare with
                message="pr")
    result = lint("check", "--base", "main", "--debug", cwd=repo.path)
    assert _codes(result, OPTIONS) == ["RL411"], result.out + result.err
    assert "parsed at the base" in result.err
    for quiet in (INPUT, already, f"{CASE}/added.json"):
        assert _codes(result, quiet) == [], quiet


def test_audit_reports_the_harness_file_a_merge_broke(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _conflicted_fixture(repo)
    repo.git("merge", "-q", "feature", check=False)
    (repo.path / OPTIONS).write_text(_both_halves((repo.path / OPTIONS).read_text()))
    repo.git("add", OPTIONS)
    repo.git("commit", "-q", "--no-edit")
    result = lint("audit", cwd=repo.path)
    assert _codes(result, OPTIONS), result.out + result.err


def test_an_expected_output_that_parsed_on_both_sides_and_fails_now_is_reported():
    """babel's transform fixtures: test/fixtures/<case>/output.js is recorded test data (the expected
    output of the tool under test), excused whatever it holds. Both halves of a conflict kept in
    it, it no longer parses while both sides' versions did: the merge broke it."""
    from rebound_lint.config import Config
    from rebound_lint.runner import check_data, check_data_against

    path = "packages/plugin-async/test/fixtures/regression/gh-6923/output.js"
    ours = b"function foo() {\n  return _asyncToGenerator(function* () {\n    yield bar();\n  })();\n}\n"
    theirs = ours.replace(b"_asyncToGenerator(function* () {", b"_asyncToGenerator(async function () {").replace(
        b"yield bar()", b"await bar()")
    naive = ours.replace(b"  return _asyncToGenerator(function* () {\n",
                         b"  return _asyncToGenerator(function* () {\n  return _asyncToGenerator(async function () {\n")
    assert check_data(path, naive, "javascript", Config()).findings == []  # excused as recorded data
    found = check_data_against(path, naive, "javascript", Config(), [ours, theirs], "in both sides of the merge")
    assert [f.code for f in found.findings] == ["RL301"], found.notes
    assert any("parsed in both sides of the merge" in note for note in found.notes)


def test_under_base_a_template_that_parsed_at_the_base_and_fails_now_is_reported(tmp_path, lint):
    """A templates folder excuses the template language's syntax; a template that parsed at the base
    and fails after the change (both halves of a conflict kept in it) was broken by the change."""
    repo = GitRepo(tmp_path / "repo")
    template = "generator/templates/app/config.json"
    repo.commit({template: '{\n  "name": "app",\n  "port": 8080\n}\n'}, message="base")
    repo.git("checkout", "-q", "-b", "pr")
    repo.commit({template: '{\n  "name": "app",\n  "port": 8080\n  "port": 9090\n}\n'}, message="pr")
    result = lint("check", "--base", "main", cwd=repo.path)
    assert _codes(result, template) == ["RL411"], result.out + result.err


# A harness's recorded expected output, in a folder whose name says so (Liquibase's test harness:
# change/expectedSql/<database>/dropTable.sql, the SQL Liquibase must generate, one statement a line and
# no `;`; expectedSnapshot/<database>/x.json, the objects it must find, `column` keys repeated on
# purpose). `expectedSql`, `expected_output`, `expected-results`: the name is the role, wherever the folder
# is. Conflict markers are still checked, and a folder named `expected` alone outside a test folder, or
# one that merely starts with the letters (`expectedly/`), says nothing.
def test_a_folder_named_for_expected_output_holds_recorded_results(lint, tmp_path):
    from conftest import findings_in_a_tree

    sql = "CREATE TABLE public.t (id INTEGER NOT NULL)\nDROP TABLE public.t\n"
    snapshot = '{"objects": {"Column": [{"column": {"name": "a"}, "column": {"name": "b"}}]}}\n'
    files = {
        "src/main/resources/harness/change/expectedSql/postgresql/dropTable.sql": sql,
        "src/main/resources/harness/change/expected_output/mysql/dropTable.sql": sql,
        "src/main/resources/harness/change/expectedSnapshot/oracle/createTable.json": snapshot,
        "db/expectations/dropTable.sql": sql,  # one word, outside a test folder: the project's SQL
        "db/expectedly/drop.sql": sql,
        "db/expectedSql/x.sql": "<<<<<<< HEAD\nDROP TABLE a\n=======\nDROP TABLE b\n>>>>>>> other\n",
    }
    assert findings_in_a_tree(lint, tmp_path, files) == [
        ("db/expectations/dropTable.sql", "RL201"), ("db/expectedSql/x.sql", "RL001"), ("db/expectedly/drop.sql", "RL201")]
