"""Deliberate repeats that are not a botched resolution (issue 24, classes 9 and 10): named queries
(sqlc, yesql, HugSQL, aiosql, PugSQL: one statement under two names is two queries), and recorded
data (scanner output kept verbatim as test input, expected-output files; identical items repeated
many times or in many places). Each look-alike of a real file stays silent, and the botched
look-alike beside it (one hunk doubled, the same name twice) is still caught. Real CLI, real
parsers, files in a temp dir."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import write

REPEAT_CODES = {"RL114", "RL214", "RL315", "RL404", "RL413"}


def _repeat_findings(lint, tmp_path, files: dict[str, str], codes=()) -> list[tuple[str, str, int]]:
    write(tmp_path, files)
    run = lint("check", "--no-cache", "--format", "json", *files, cwd=tmp_path)
    assert run.code in (0, 1), run.err
    found = json.loads(run.out)["findings"]
    return sorted((f["path"], f["code"], f["line"]) for f in found if f["code"] in REPEAT_CODES or f["code"] in codes)


# Class 9: named queries ------------------------------------------------------------------------

# sqlc's comment_godoc and wrap_errors tests and its batch example: one statement, several names
SQLC_QUERIES = """-- name: ManyFoo :many
-- This function returns a list of Foos
SELECT * FROM foo;

-- name: OneFoo :one
-- This function returns one Foo
SELECT * FROM foo;

-- name: DeleteAuthorExec :exec
DELETE FROM authors
WHERE id = $1;

-- name: DeleteAuthorExecRows :execrows
DELETE FROM authors
WHERE id = $1;

-- name: DeleteAuthorExecResult :execresult
DELETE FROM authors
WHERE id = $1;
"""

# sqlc's prepared_queries: the block-comment form
SQLC_BLOCK_COMMENTS = """/* name: InsertNewUser :exec */
INSERT INTO users (first_name, last_name) VALUES ($1, $2);

/* name: InsertNewUserWithResult :execresult */
INSERT INTO users (first_name, last_name) VALUES ($1, $2);
"""

# HugSQL / PugSQL (`-- :name x :? :1`) and yesql / aiosql (`-- name: x`, with aiosql's suffixes)
HUGSQL = """-- :name characters-by-id :? :1
SELECT * FROM characters WHERE id = :id;

-- :name character-by-id :? :1
SELECT * FROM characters WHERE id = :id;
"""
AIOSQL = """-- name: get-user-by-id^
SELECT * FROM users WHERE id = :id;

-- name: get-one-user^
SELECT * FROM users WHERE id = :id;
"""


@pytest.mark.parametrize("text", [SQLC_QUERIES, SQLC_BLOCK_COMMENTS, HUGSQL, AIOSQL])
def test_one_statement_under_two_names_is_two_queries(lint, tmp_path, text):
    assert _repeat_findings(lint, tmp_path, {"db/query/query.sql": text}) == []


@pytest.mark.parametrize("text, line", [
    # the name line doubled with its statement: both halves of a conflict that each added the query
    ("-- name: GetAuthor :one\nSELECT * FROM authors WHERE id = $1;\n\n"
     "-- name: GetAuthor :one\nSELECT * FROM authors WHERE id = $1;\n", 5),
    # one name, its statement doubled
    ("-- name: DeleteAuthor :exec\nDELETE FROM authors WHERE id = $1;\nDELETE FROM authors WHERE id = $1;\n\n"
     "-- name: ListAuthors :many\nSELECT * FROM authors;\n", 3),
    ("/* name: InsertNewUser :exec */\nINSERT INTO users (a) VALUES ($1);\n"
     "/* name: InsertNewUser :exec */\nINSERT INTO users (a) VALUES ($1);\n", 4),
    # a file without names: as before
    ("UPDATE accounts SET balance = balance - 10 WHERE id = 1;\n"
     "UPDATE accounts SET balance = balance - 10 WHERE id = 1;\n", 2),
])
def test_the_same_query_twice_is_still_caught(lint, tmp_path, text, line):
    assert _repeat_findings(lint, tmp_path, {"db/query/query.sql": text}) == [("db/query/query.sql", "RL214", line)]


# Class 10: recorded repeats in test data ---------------------------------------------------------

def _kubescape_like(copies: int) -> str:
    """A scanner's report as the scanner wrote it: each control lists the same exception rule."""
    rule = {"name": "exclude-kubescape-resources-5", "policyType": "postureExceptionPolicy",
            "actions": ["alertOnly"], "resources": [{"designatorType": "Attributes",
                                                     "attributes": {"namespace": "kubescape"}}]}
    controls = [{"controlID": f"C-{n:04}", "name": f"control {n}", "exceptions": [rule, rule]}
                for n in range(copies)]
    return json.dumps({"summaryDetails": {"controls": controls}}, indent=2) + "\n"


def _bugcrowd_like() -> str:
    """The API's pages recorded verbatim: one activity item eight times in a row."""
    item = {"id": "3b0e6b2a-c21e-493e-bd19-de40f525016e", "type": "activity"}
    return json.dumps({"data": [{"id": "s1", "type": "submission", "relationships": {
        "activities": {"data": [item] * 8}}}]}, indent=2) + "\n"


def test_scanner_output_recorded_verbatim_is_data(lint, tmp_path):
    files = {
        "unittests/scans/kubescape/many_findings.json": _kubescape_like(30),
        "unittests/scans/api_bugcrowd/bugcrowd_many.json": _bugcrowd_like(),
    }
    assert _repeat_findings(lint, tmp_path, files) == []


def test_many_repeats_are_data_wherever_the_file_is(lint, tmp_path):
    # the same report outside any test folder: a botched resolution doubles a hunk, not thirty
    assert _repeat_findings(lint, tmp_path, {"reports/kubescape.json": _kubescape_like(30),
                                             "reports/bugcrowd.json": _bugcrowd_like()}) == []


def test_one_doubled_item_in_a_data_file_is_still_caught(lint, tmp_path):
    text = json.dumps({"servers": [{"name": "a", "port": 1}, {"name": "b", "port": 2}, {"name": "b", "port": 2},
                                   {"name": "c", "port": 3}]}, indent=2) + "\n"
    assert _repeat_findings(lint, tmp_path, {"config/servers.json": text}) == [("config/servers.json", "RL413", 11)]


def test_a_few_doubled_hunks_are_still_caught(lint, tmp_path):
    # three conflict blocks in one deployment file, both halves kept in each
    text = ("env:\n  - name: A\n    value: '1'\n  - name: A\n    value: '1'\n"
            "ports:\n  - name: http\n    port: 80\n  - name: http\n    port: 80\n"
            "volumes:\n  - name: data\n    path: /d\n  - name: data\n    path: /d\n")
    assert _repeat_findings(lint, tmp_path, {"deploy/app.yaml": text}) == [
        ("deploy/app.yaml", "RL404", 4), ("deploy/app.yaml", "RL404", 9), ("deploy/app.yaml", "RL404", 14)]


def test_an_item_repeated_three_times_or_more_is_data(lint, tmp_path):
    text = "items:\n" + "  - name: probe\n    path: /healthz\n" * 3
    assert _repeat_findings(lint, tmp_path, {"deploy/probes.yaml": text}) == []
    python = "def setup(app):\n" + "    app.register(handler, retries=retries)\n" * 3
    assert _repeat_findings(lint, tmp_path, {"app/setup.py": python}) == []


def test_expected_output_in_testdata_is_data(lint, tmp_path):
    # sqlc's preprocess test: `SELECT $1;` twice is the expected output, the point of the test
    files = {"internal/sql/preprocess/testdata/postgresql/numbering_restarts_per_statement/output.sql":
             "SELECT sqlc.arg(a);\nSELECT sqlc.arg(b);\nSELECT $1;\nSELECT $1;\n",
             "internal/sql/preprocess/testdata/postgresql/numbering_restarts_per_statement/input.sql":
             "UPDATE t SET a = $1 WHERE id = $2;\nUPDATE t SET a = $1 WHERE id = $2;\n",
             "src/__snapshots__/list.json": '[{"id": 1, "v": "a"}, {"id": 1, "v": "a"}]\n',
             "tests/data/users.yml": "- name: alice\n  role: admin\n- name: alice\n  role: admin\n"}
    assert _repeat_findings(lint, tmp_path, files) == []


def test_recorded_test_data_gets_the_marker_check_only(lint, tmp_path):
    """black's tests/data/: a formatter's inputs redefine f() eighteen times and hold invalid code on
    purpose; pylint's tests/input/ and tests/regrtest_data/ (a folder named for data) the same. Data
    for tests, not the project's code: every finding a --debug note, conflict markers still found."""
    files = {"tests/data/miscellaneous/decorators.py": "@a\ndef f(): ...\n@b\ndef f(): ...\n",
             "tests/data/cases/return_annotation.py": "def f() -> (yield):\n    return\nreturn 1\n",
             "tests/input/similar_lines_a.py": "def g():\n    pass\ndef g():\n    pass\n",
             "tests/regrtest_data/dup_keys.py": "D = {'a': 1, 'a': 2}\n",
             "tests/regrtest_data/encoding/bad_wrong_num.py": "# -*- coding: utf-9 -*-\nx = 1\n",
             "tests/regrtest_data/latin.py": b"x = '\xe9'\n",
             "tests/data/cases/markers.py": "<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> b\n",
             "src/app/views.py": "def f(): ...\ndef f(): ...\n"}
    write(tmp_path, files)
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines if ": RL" in line) == [
        "src/app/views.py", "tests/data/cases/markers.py"], result.out
    debug = lint("check", "--no-cache", "--debug", ".", cwd=tmp_path)
    assert "recorded test data" in debug.err, debug.err


def test_a_file_a_test_definition_names_as_expected_output_is_recorded_data(lint, tmp_path):
    """pgadmin's tests/pg/default/: test_foreign_servers.json names alter_comment_version_msql.sql as
    "expected_msql_file", the SQL the product must print (`VERSION 1.1` unquoted, as it does)."""
    folder = "web/pgadmin/foreign_servers/tests/pg/default"
    write(tmp_path, {f"{folder}/test_foreign_servers.json":
                     '{"scenarios": [{"name": "Alter", "expected_msql_file": "alter_comment_version_msql.sql"}]}\n',
                     f"{folder}/alter_comment_version_msql.sql": 'ALTER SERVER "FS"\n    VERSION 1.1;\n',
                     f"{folder}/other.sql": 'ALTER SERVER "FS"\n    VERSION 1.1;\n'})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == [f"{folder}/other.sql"], result.out


def test_a_test_input_beside_its_expected_output_is_recorded_data(lint, tmp_path):
    """jaeger's jaegerquery/internal/fixture/: otlp2jaeger-in.json holds one span twice on purpose (the
    handler must keep both), otlp2jaeger-out.json what the handler must print; a Go test opens both. An
    input named -in/.input beside an output of the same name (-out, -output, -expected) is a test's
    recorded data wherever the folder is. A file with no such sibling is still checked."""
    span = {"traceId": "83a9", "spanId": "e127", "name": "okey-dokey-0", "kind": 2}
    doubled = json.dumps({"spans": [span, span]}, indent=2) + "\n"
    files = {"internal/fixture/otlp2jaeger-in.json": doubled, "internal/fixture/otlp2jaeger-out.json": doubled,
             "cases/parse.input.json": doubled, "cases/parse.expected.json": "{}\n",
             "internal/fixture/spans-in.json": doubled,  # no -out beside it
             "config/plugin-in.json": doubled, "config/plugin-out.yaml": "a: 1\n",  # not the same format
             "src/auth/sign-in.js": "client.use(attachToken);\nclient.use(attachToken);\n",  # code, not a test's data
             "src/auth/sign-out.js": "export {};\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("config/plugin-in.json", "RL413", 9),
                                                       ("internal/fixture/spans-in.json", "RL413", 9),
                                                       ("src/auth/sign-in.js", "RL315", 2)]


def test_data_in_a_test_folders_fixtures_may_repeat(lint, tmp_path):
    """huginn's spec/fixtures/multiple_user_credentials.json: two credentials listed twice, the input of a
    test of importing duplicates. Data (JSON, YAML) in a test folder's fixtures/ is the tests' input: its
    repeats are meant; its syntax and keys still count. A fixtures/ with no test folder above it may be a
    sample project (this repository's incident replica): checked."""
    run = [{"id": 23, "credential_name": "api_key"}, {"id": 24, "credential_name": "secret"}]
    doubled = json.dumps(run + run, indent=2) + "\n"
    files = {"spec/fixtures/multiple_user_credentials.json": doubled,
             "test/fixtures/files/users.yml": "- name: alice\n  role: admin\n- name: alice\n  role: admin\n",
             "config/fixtures/credentials.json": doubled,  # no test folder above fixtures/: checked
             "fixtures/shop/credentials.json": doubled}
    assert _repeat_findings(lint, tmp_path, files) == [("config/fixtures/credentials.json", "RL413", 10),
                                                       ("fixtures/shop/credentials.json", "RL413", 10)]


def test_a_sample_project_under_fixtures_is_still_checked(lint, tmp_path):
    # fixtures/ often holds whole sample projects (this repository's incident replica): checked as code
    files = {"fixtures/shop/deploy/app.yaml": "env:\n  - name: A\n    value: '1'\n  - name: A\n    value: '1'\n",
             "fixtures/shop/src/api.js": "client.use(attachToken);\nclient.use(attachToken);\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("fixtures/shop/deploy/app.yaml", "RL404", 4),
                                                       ("fixtures/shop/src/api.js", "RL315", 2)]


def test_the_same_botch_outside_test_data_is_still_caught(lint, tmp_path):
    files = {"db/migrations/0002_backfill.sql":
             "UPDATE t SET a = $1 WHERE id = $2;\nUPDATE t SET a = $1 WHERE id = $2;\n",
             "src/list.json": '[{"id": 1, "v": "a"}, {"id": 1, "v": "a"}]\n',
             "config/users.yml": "- name: alice\n  role: admin\n- name: alice\n  role: admin\n"}
    assert _repeat_findings(lint, tmp_path, files) == [
        ("config/users.yml", "RL404", 3), ("db/migrations/0002_backfill.sql", "RL214", 2), ("src/list.json", "RL413", 1)]


def test_why_data_is_not_reported_is_a_debug_note(lint, tmp_path):
    # each control's own exception listed twice: 30 doubled runs in one file are data, not a botch
    report = json.loads(_kubescape_like(30))
    for n, control in enumerate(report["summaryDetails"]["controls"]):
        rule = dict(control["exceptions"][0], name=f"exclude-{n}")
        control["exceptions"] = [rule, rule]
    write(tmp_path, {"reports/kubescape.json": json.dumps(report, indent=2) + "\n"})
    run = lint("check", "--no-cache", "--debug", "reports/kubescape.json", cwd=tmp_path)
    assert run.code == 0
    assert "RL413" in run.err and "data" in run.err


# Recall (issue 24): a test case defined twice, identical, in a spec file -------------------------

# diaspora's preview_post_view_spec.js: the same jasmine `it` twice (reviewed true in the 0.1 round)
SPEC = """describe("app.views.PreviewPost", function() {
  describe("initialize", function() {
    it("calls app.views.Poll.initialize", function() {
      spyOn(app.views.Poll.prototype, "initialize");
      this.view.initialize();
      expect(app.views.Poll.prototype.initialize).toHaveBeenCalledWith({model: this.model});
    });

    it("calls app.views.Poll.initialize", function() {
      spyOn(app.views.Poll.prototype, "initialize");
      this.view.initialize();
      expect(app.views.Poll.prototype.initialize).toHaveBeenCalledWith({model: this.model});
    });
  });
});
"""
# deliberate repeats in specs stay silent: several comments pushed, unlike called twice
SPEC_SETUP = """describe("stream", function() {
  beforeEach(function() {
    this.view.model.comments.push(factory.comment());
    this.view.model.comments.push(factory.comment());
  });
  it("does not go negative", function() {
    Diaspora.Mobile.PostActions.unlike(this.likeCounter, this.link);
    Diaspora.Mobile.PostActions.unlike(this.likeCounter, this.link);
    expect(this.likeCounter.text()).toBe("0");
  });
});
"""


@pytest.mark.parametrize("name", ["spec/javascripts/app/views/preview_post_view_spec.js",
                                  "src/components/Preview.test.ts", "src/components/Preview.test.js"])
def test_a_test_case_defined_twice_identically_is_caught_in_test_files(lint, tmp_path, name):
    assert _repeat_findings(lint, tmp_path, {name: SPEC}) == [(name, "RL315", 9)]
    assert _repeat_findings(lint, tmp_path, {name: SPEC_SETUP}) == []


# A test framework's own tests register the same case twice on purpose, to see it refused: bodies
# empty, no test runs (remix's packages/test framework.test.ts, reworked)
SELF_TEST = """describe('duplicate detection', () => {
  it('throws on a duplicate suite name', () => {
    assert.throws(() => {
      describe('__dup-suite__', () => {})
      describe('__dup-suite__', () => {})
    }, /Duplicate suite name/)
  })
  it('throws on a duplicate test name', () => {
    assert.throws(() => register(() => {
      it('same name', function () {})
      it('same name', function () {})
      test.todo('pending')
      test.todo('pending')
    }), /Duplicate test name/)
  })
})
"""


@pytest.mark.parametrize("name", ["src/test/framework.test.ts", "src/test/framework.test.js"])
def test_empty_test_cases_registered_twice_on_purpose_stay_silent(lint, tmp_path, name):
    assert _repeat_findings(lint, tmp_path, {name: SELF_TEST}) == []
    # a case with a body, twice, still runs one test twice
    assert _repeat_findings(lint, tmp_path, {name: SPEC.replace("function()", "() =>")})[0][1] == "RL315"


@pytest.mark.parametrize("name", ["docs/ui/toc.test.browser.tsx", "src/select.test-d.ts", "src/flow.spec.e2e.ts",
                                  "src/api.test.node.mjs"])
def test_a_test_file_named_for_its_environment_is_a_test_file(lint, tmp_path, name):
    """vitest's browser mode and type tests: x.test.browser.tsx, x.test-d.ts; a test fires an event
    twice on purpose (remix's docs/shared/ui/table-of-contents.test.browser.tsx)."""
    text = "fixture.scrollTo(80);\nwindow.dispatchEvent(new Event('scroll'));\nwindow.dispatchEvent(new Event('scroll'));\n"
    assert _repeat_findings(lint, tmp_path, {name: text}) == []
    assert _repeat_findings(lint, tmp_path, {"src/latest.browser.ts": text}) == [("src/latest.browser.ts", "RL315", 3)]


@pytest.mark.parametrize("folder", ["type-tests/singlestore", "integration-tests", "packages/a/unit_tests"])
def test_a_folder_named_for_tests_holds_test_files(lint, tmp_path, folder):
    """drizzle-orm's type-tests/singlestore/db.ts calls drizzle(pool, {...}) twice on purpose."""
    text = "import { drizzle } from 'x';\ndrizzle(pool, { schema: {} });\ndrizzle(pool, { schema: {} });\n"
    assert _repeat_findings(lint, tmp_path, {f"{folder}/db.ts": text}) == []
    assert _repeat_findings(lint, tmp_path, {f"{folder}/db.ts": SPEC.replace("function()", "() =>")})[0][1] == "RL315"
    assert _repeat_findings(lint, tmp_path, {"src/latest-tests-dashboard/db.ts": text}) == []
    assert _repeat_findings(lint, tmp_path, {"src/contests/db.ts": text}) == [("src/contests/db.ts", "RL315", 3)]


def test_typescript_function_bodies_are_looked_at_for_repeats(lint, tmp_path):
    # the TypeScript walk inlined function bodies and never looked at their statements for repeats
    text = ("export function install(app: App, token: string) {\n  app.use(auth(token));\n  app.use(auth(token));\n}\n"
            "for (const app of apps) {\n  [1, 2].forEach(() => {\n    app.tick(clock);\n    app.tick(clock);\n  });\n}\n")
    assert _repeat_findings(lint, tmp_path, {"src/install.ts": text}) == [("src/install.ts", "RL315", 3)]


# pg_partman's test-time-daily-bgw.sql: the same pgTAP check twice (reviewed true in the 0.1 round)
PGTAP = """SELECT plan(3);
SELECT has_table('partman_test', 'time_taptest_table_p'||to_char(CURRENT_TIMESTAMP, 'YYYYMMDD'), 'exists');
SELECT is_empty('SELECT * FROM partman_test.time_taptest_table_p'||to_char(CURRENT_TIMESTAMP-'1 day'::interval, 'YYYYMMDD'),
    'Check time_taptest_table_p'||to_char(CURRENT_TIMESTAMP-'1 day'::interval, 'YYYYMMDD')||' is empty');
SELECT is_empty('SELECT * FROM partman_test.time_taptest_table_p'||to_char(CURRENT_TIMESTAMP-'1 day'::interval, 'YYYYMMDD'),
    'Check time_taptest_table_p'||to_char(CURRENT_TIMESTAMP-'1 day'::interval, 'YYYYMMDD')||' is empty');
SELECT * FROM finish();
"""
# deliberate repeats in test scripts stay silent: a cached plan exercised twice, a call that must fail the second time
PGTAP_SETUP = """SELECT plan(1);
SELECT create_test();
SELECT create_test();
SELECT lives_ok('SELECT run_maintenance()', 'maintenance runs');
SELECT lives_ok('SELECT run_maintenance()', 'maintenance runs');
SELECT pass('done');
SELECT * FROM finish();
"""


def test_a_pgtap_check_twice_in_a_row_is_caught_in_test_scripts(lint, tmp_path):
    name = "test/test_bgw/test-time-daily-bgw.sql"
    assert _repeat_findings(lint, tmp_path, {name: PGTAP}) == [(name, "RL214", 5)]
    assert _repeat_findings(lint, tmp_path, {name: PGTAP_SETUP}) == []


@pytest.mark.parametrize("path, recorded", [
    ("internal/endtoend/testdata/x/postgresql/query.sql", True),
    ("unittests/scans/kubescape/many_findings.json", True),
    ("tests/data/users.yml", True),
    ("src/__snapshots__/App.test.js.snap", True),
    ("pkg/golden/out.json", True),
    ("tests/parser/expected.json", True),
    ("tests/cases/output.sql", True),
    ("fixtures/incident/frontend/src/api/demoAPI.js", False),  # a sample project: checked as code
    ("test/integration/targets/copy/tasks/tests.yml", False),  # an Ansible test playbook: code
    ("db/scans/2024.sql", False),  # scans/ outside a test folder: the project's own
    ("config/output.yaml", False),
    ("regression_data/rules/windows/x/0b9a.json", True),  # named for test data: a testing word and a data word
    ("conformance-samples/a.json", True),
    ("machine_learning/regression/data.json", False),  # a topic, not test data
    ("app/data/rules.json", False),
])
def test_what_is_recorded_test_data(path, recorded):
    from rebound_lint.languages.repeats import recorded_data

    assert recorded_data(path) is recorded


# Class 5, the TypeScript part: a Hugo/Go, Jinja or ERB template kept with a .ts suffix ------------

HUGO_TS = """const index = new FlexSearch.Document({
  document: {
    id: 'id',
    index: [
      { field: 'title' },
      { field: {{ if site.Params.doks.indexSummary }}'summary'{{ else }}'content'{{ end }} },
    ],
  },
});
{{ range $index, $page := (where .Site.Pages "Section" "docs") -}}
index.add({ id: {{ $index }}, href: "{{ .RelPermalink }}" });
{{ end -}}
"""


def test_a_template_with_a_ts_suffix_gets_the_marker_check_only(lint, tmp_path):
    write(tmp_path, {"assets/js/search.ts": HUGO_TS, "src/broken.ts": "export function f(a: number {\n  return a;\n}\n"})
    run = lint("check", "--no-cache", "--debug", "assets/js/search.ts", "src/broken.ts", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL321"], run.out
    assert "src/broken.ts" in run.lines[0]
    assert "templated TypeScript" in run.err


@pytest.mark.parametrize("name, text", [
    # pgadmin's templates/**: Jinja expressions, filters and comments in .js, .ts, .json and .sql
    ("web/templates/js/current_user.js", "define([], function() {\n  return {\n    'id': {{ user_id }},\n  };\n});\n"),
    ("web/templates/js/translations.js", "define(function () {\n  return {{ translations|tojson }};\n});\n"),
    ("web/templates/ts/user.ts", "export const user = {{ user|tojson }};\n"),
    ("web/templates/acl.json", "{# allowed privileges #}\n{\"table\": [\"a\", \"r\"]}\n"),
    ("web/templates/sql/default/create_listener.sql", "{### Create listener ###}\nSELECT * from pldbg_create_listener()\n"),
])
def test_jinja_expressions_and_comments_are_templates(lint, tmp_path, name, text):
    write(tmp_path, {name: text})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert run.code == 0 and ": RL" not in run.out, run.out


def test_a_vue_template_string_does_not_hide_a_syntax_error(lint, tmp_path):
    write(tmp_path, {"src/widget.js": "export default {\n  template: '<b>{{ count }}</b>',\n  data( {\n};\n"})
    assert "RL301" in lint("check", "--no-cache", ".", cwd=tmp_path).out


def test_template_like_text_in_a_string_does_not_hide_a_syntax_error(lint, tmp_path):
    # a Vue component in TypeScript: `{{ $t(...) }}` is text in its template string; the file is broken
    text = ("export default defineComponent({\n  template: `<button>{{ $t('save') }}</button>`,\n"
            "  setup(props: Props {\n    return {};\n  },\n});\n")
    write(tmp_path, {"src/Save.ts": text})
    run = lint("check", "--no-cache", "src/Save.ts", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL321"], run.out


def test_code_in_the_tests_of_a_project_in_another_language_is_data_for_its_tool(lint, tmp_path):
    """biome's crates/<crate>/tests/specs/**/*.js and ruff's crates/<crate>/resources/test/fixtures/*.py:
    the crate's tests are Rust (its Cargo.toml is the nearest manifest); the JavaScript and Python
    there are inputs for the parser, formatter or linter under test, invalid on purpose. A
    project's own test code (the nearest manifest of its language) is still checked, and
    conflict markers always are."""
    files = {"crates/js_formatter/Cargo.toml": "[package]\nname = \"js_formatter\"\n",
             "crates/js_formatter/tests/specs/js/babel-plugins/do-expressions.js": "let a = do { 1 };\n",
             "crates/js_formatter/tests/specs/ts/class.ts": "class A {\n  m() {}\n  m() {}\n}\n",
             "crates/linter/Cargo.toml": "[package]\nname = \"linter\"\n",
             "crates/linter/resources/test/fixtures/E999.py": "def f(:\n    pass\n",
             "crates/linter/resources/test/fixtures/markers.py": "<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> b\n",
             "package.json": "{\"name\": \"tooling\"}\n",
             "packages/app/package.json": "{\"name\": \"app\"}\n",
             "packages/app/tests/unit.test.js": "let a = do { 1 };\n",
             "pyproject.toml": "[project]\nname = \"x\"\n",
             "tests/test_app.py": "def f(:\n    pass\n"}
    write(tmp_path, files)
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines) == [
        "crates/linter/resources/test/fixtures/markers.py", "packages/app/tests/unit.test.js",
        "tests/test_app.py"], result.out


def test_javascript_specs_of_a_rails_app_are_its_own_code(lint, tmp_path):
    """A Rails app without a package.json runs its spec/javascripts/ with Jasmine: the Gemfile is
    the nearest manifest, and the specs are the project's code, not a tool's inputs."""
    write(tmp_path, {"Gemfile": "source 'https://rubygems.org'\n",
                     "spec/javascripts/tags_spec.js": 'var o = {"name": "a", "name": "b"};\n'})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == ["spec/javascripts/tags_spec.js"], result.out


# A run that moves a cursor it reads acts at a new place each time: a binary format written field by
# field (an NTLM message's security buffer is its length twice, then its offset; a vendored
# axios-ntlm in uptime-kuma), a parser stepping through a buffer. Not the same code twice.
CURSOR_JS = """function header(buf, name, at) {
  let pos = 8;
  buf.writeUInt16LE(name.length, pos);
  pos += 2;
  buf.writeUInt16LE(name.length, pos);
  pos += 2;
  buf.writeUInt32LE(at, pos);
  return buf;
}
"""
CURSOR_PY = """import struct


def header(buf, name, at):
    pos = 8
    struct.pack_into("<H", buf, pos, len(name))
    pos += 2
    struct.pack_into("<H", buf, pos, len(name))
    pos = pos + 2
    struct.pack_into("<H", buf, pos, len(name))
    pos = pos + 2
    struct.pack_into("<I", buf, pos, at)
    return buf
"""


@pytest.mark.parametrize("name, text", [("lib/ntlm.js", CURSOR_JS), ("src/ntlm.ts", CURSOR_JS),
                                        ("lib/ntlm.py", CURSOR_PY)])
def test_a_run_that_moves_a_cursor_it_reads_is_not_a_repeat(lint, tmp_path, name, text):
    assert _repeat_findings(lint, tmp_path, {name: text}) == []
    # the same doubled hunk without a cursor is still caught, and so is one whose step moves nothing it reads
    fixed = text.replace(", pos, ", ", 8, ").replace("(name.length, pos)", "(name.length, 8)")
    found = _repeat_findings(lint, tmp_path, {name: fixed.replace("pos", "total")})
    assert [(path, code) for path, code, _line in found] == [(name, "RL114" if name.endswith(".py") else "RL315")]


STEMMER_STEP = ("  lab2: {\n    if (!(base.in_grouping(g_v, 97, 251)))\n    {\n      break lab2;\n    }\n"
                "    if (!(base.in_grouping(g_v, 97, 251)))\n    {\n      break lab2;\n    }\n  }\n")


@pytest.mark.parametrize("header", [
    "// Generated from french.sbl by Snowball 3.0.1 - https://snowballstem.org/\n",  # sphinx's french-stemmer.js
    "// Code generated by protoc-gen-js. DO NOT EDIT.\n",
    "/* @generated */\n",
    "/**\n * This file is auto-generated by scripts/build.js\n */\n",
])
def test_repeats_in_a_file_its_header_says_is_generated_are_the_generators(lint, tmp_path, header):
    """The generator wrote the repeat (Snowball's stemmers test a grouping twice, each test moving
    the cursor): a repeat in generated code is its output, not a doubled hunk. Only the heuristics
    are quiet: its syntax and conflict markers are still checked."""
    text = header + "function step(base, g_v) {\n" + STEMMER_STEP + "}\n"
    assert _repeat_findings(lint, tmp_path, {"sphinx/search/french-stemmer.js": text}) == []


OPENAPI_CLIENT = ('# coding: utf-8\n\n"""\n    Kanidm\n\n    Generated by OpenAPI Generator (https://openapi-generator.tech)\n\n'
                  '    Do not edit the class manually.\n"""  # noqa: E501\n\nfrom pydantic import Field, StrictStr\n'
                  'from typing import Any, List\n\nfrom pydantic import StrictStr\nfrom typing import List\n\n\n'
                  'def f(x: StrictStr) -> List[Any]:\n    return [Field(x)]\n')


def test_imports_a_generator_wrote_twice_are_the_generators(lint, tmp_path):
    """openapi-generator's Python clients import the names every operation needs, then the ones this API's
    operations need (kanidm's pykanidm/kanidm_openapi_client/api/*.py: 170 of them): the generator's
    output, as its header says. The same imports by hand are still reported."""
    assert _repeat_findings(lint, tmp_path, {"client/api/account_api.py": OPENAPI_CLIENT}, codes=("RL113",)) == []
    by_hand = OPENAPI_CLIENT.replace("Generated by OpenAPI Generator (https://openapi-generator.tech)", "Our client")
    by_hand = by_hand.replace("Do not edit the class manually.", "Edit with care.")
    assert _repeat_findings(lint, tmp_path, {"client/api/account_api.py": by_hand}, codes=("RL113",)) == [
        ("client/api/account_api.py", "RL113", 14), ("client/api/account_api.py", "RL113", 15)]
    # django-oscar's migrations say "Generated by Django" and are edited by hand afterwards: an import written
    # twice there is a hand's
    migration = ("# Generated by Django 3.2 on 2021-05-01 10:00\n\nfrom django.conf import settings\n"
                 "from django.db import migrations\nfrom django.conf import settings\n\n\n"
                 "class Migration(migrations.Migration):\n    dependencies = [settings.AUTH_USER_MODEL]\n")
    assert _repeat_findings(lint, tmp_path, {"app/migrations/0001_initial.py": migration}, codes=("RL113",)) == [
        ("app/migrations/0001_initial.py", "RL113", 5)]


def test_the_same_repeat_by_hand_is_still_caught(lint, tmp_path):
    text = "// Stemmer steps, see README.\nfunction step(base, g_v) {\n" + STEMMER_STEP + "}\n"
    assert _repeat_findings(lint, tmp_path, {"sphinx/search/french-stemmer.js": text}) == [
        ("sphinx/search/french-stemmer.js", "RL315", 8)]


def test_a_numbered_test_data_folder_is_recorded_data():
    """argo-cd keeps a second and third test-data folder (reposerver/repository/testdata2/, testdata3/)."""
    from rebound_lint.languages.repeats import recorded_data

    assert recorded_data("reposerver/repository/testdata2/chart/values.yaml")
    assert recorded_data("reposerver/repository/testdata3/chart/values.yaml")
    assert not recorded_data("src/t2/values.yaml") and not recorded_data("src/data2/values.yaml")


@pytest.mark.parametrize("name", ["packages/solid/bench/bench.cjs", "benchmarks/signals.js", "benches/update.ts",
                                  "src/reactive.bench.ts", "perf/bench_update.py"])
def test_a_benchmark_repeats_on_purpose(lint, tmp_path, name):
    """A micro-benchmark warms up by running the same statements again and creates the same thing
    twice to measure it (solid's bench/bench.cjs: `createComputed(...)` twice in
    updateComputations1to2), as a test does: its repeats are deliberate."""
    if name.endswith(".py"):
        text = "def update(n, sources):\n    create_computed(sources[0])\n    create_computed(sources[0])\n"
    else:
        text = "function update(n, sources) {\n  createComputed(sources[0]);\n  createComputed(sources[0]);\n}\n"
    assert _repeat_findings(lint, tmp_path, {name: text}) == []
    other = "src/update.py" if name.endswith(".py") else "src/update.js"
    assert [code for _, code, _ in _repeat_findings(lint, tmp_path, {other: text})] in (["RL114"], ["RL315"])


# A repeat its author marked as meant ------------------------------------------------------------

def test_a_repeat_whose_comment_says_it_is_intended_is_the_authors_word(lint, tmp_path):
    """Jackett's indexer definitions apply a filter twice (`- name: htmldecode # double usage is
    intentional`): the comment on the repeat says what no kept half says. The same repeat without it,
    or with a comment about something else, is still reported."""
    meant = ("filters:\n  - name: querystring\n    args: f\n  - name: htmldecode\n"
             "  - name: htmldecode # double usage is intentional\n  - name: replace\n")
    files = {"defs/hdspace.yml": meant,
             "defs/other.yml": meant.replace(" # double usage is intentional", ""),
             "defs/third.yml": meant.replace("double usage is intentional", "decode the title"),
             "app/steps.js": "setup();\nrefresh(cache);\nrefresh(cache); // again, on purpose: the first warms it\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("defs/other.yml", "RL404", 5), ("defs/third.yml", "RL404", 5)]


# Twig (opencart's admin/view/javascript/*.js, filled in by PHP before the browser reads them) and Jinja
# put quotes inside a tag that sits in a JavaScript string: `'<h5>{{ text_title|escape('js') }}</h5>'`. The
# template engine runs first, so the tag's quotes are its own; read as JavaScript they end the string early.
@pytest.mark.parametrize("name, text", [
    ("admin/view/javascript/marketplace.js",
     "$('#a').on('click', function() {\n  var html = '<h5>{{ text_purchase|escape('js') }}</h5>';\n"
     "  $('#m').html(html);\n});\n"),
    ("catalog/view/javascript/filter.js",
     "$('#b').on('click', function() {\n  location = '{{ action|escape(\"js\") }}' + '&f=';\n});\n"
     .replace("'{{ action|escape(\"js\") }}'", "\"{{ action|escape(\"js\") }}\"")),
    ("static/js/app.ts", "export const title = '{% trans 'Welcome' %}';\n"),
])
def test_a_template_tags_own_quotes_inside_a_string_are_the_templates(lint, tmp_path, name, text):
    write(tmp_path, {name: text})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert run.code == 0 and ": RL" not in run.out, run.out


@pytest.mark.parametrize("text", [
    # AngularJS: a filter's quotes of the other kind are text in the string; the error elsewhere stands
    "export default {\n  template: '<b>{{ when | date:\"short\" }}</b>',\n  data( {\n};\n",
    # a tag with quotes outside any string, in a file broken elsewhere
    "const a = f('{{ x }}');\nconst b = g(;\n",
])
def test_a_template_looking_string_does_not_hide_a_syntax_error(lint, tmp_path, text):
    write(tmp_path, {"src/widget.js": text})
    assert "RL301" in lint("check", "--no-cache", ".", cwd=tmp_path).out


def test_a_comment_above_a_repeated_pair_that_says_why_is_the_authors_word(lint, tmp_path):
    """mattermost-mobile calls `router.dismissTo(route)` twice under a comment that says why ("one call
    only peels outer routes ... A second call then operates on the inner stack"): the comment block right
    above the first copy explains the pair, which no kept half of a conflict does for a copy it does not
    hold. The same pair under a comment about something else, or a commented statement doubled whole
    (the comment kept twice: both halves), is still reported."""
    meant = ("async function go(route) {\n  if (inStack(route)) {\n"
             "    // dismissTo only peels the outer navigator's routes.\n"
             "    // A second call then pops the inner stack down to the target.\n"
             "    router.dismissTo(route);\n    router.dismissTo(route);\n    router.setParams(route);\n  }\n}\n")
    files = {"app/navigation.ts": meant,
             "app/other.ts": meant.replace("A second call then pops", "Then it pops"),
             "app/doubled.ts": meant.replace("    router.dismissTo(route);\n    router.dismissTo(route);\n",
                                             "    router.dismissTo(route);\n    // A second call then pops the inner "
                                             "stack down to the target.\n    router.dismissTo(route);\n"),
             "app/steps.py": "def go(router, queue):\n    # flush twice: the first pass only queues\n"
                             "    router.flush(queue)\n    router.flush(queue)\n",
             "app/plain.py": "def go(router, queue):\n    # flush the queue\n    router.flush(queue)\n"
                             "    router.flush(queue)\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("app/doubled.ts", "RL315", 7), ("app/other.ts", "RL315", 6),
                                                       ("app/plain.py", "RL114", 4)]


def test_copies_of_a_statement_labelled_apart_by_their_comments_are_meant(lint, tmp_path):
    """Pillow's BlpImagePlugin writes two header fields of one value, `fp.write(struct.pack("<b", 0))  # alpha
    encoding` then the same with `# mips`; pdf.js's CFF writer adds a name as `// FullName`, then as
    `// FamilyName`: each copy says what it writes. Both halves of a conflict kept carry one comment twice,
    and a copy without a comment says nothing: those stay reported."""
    labelled = ('def save(fp):\n    fp.write(pack("<b", 1))\n    fp.write(pack("<b", 0))  # alpha encoding\n'
                '    fp.write(pack("<b", 0))  # mips\n    fp.write(pack("<II", 2, 3))\n')
    files = {"src/writer.py": labelled,
             "src/cff.js": "function f(strings, name) {\n  strings.add(name); // FullName\n"
                           "  strings.add(name); // FamilyName\n  return strings;\n}\n",
             "src/kept.py": labelled.replace("# mips", "# alpha encoding"),
             "src/half.py": labelled.replace("  # mips", "")}
    assert _repeat_findings(lint, tmp_path, files) == [("src/half.py", "RL114", 4), ("src/kept.py", "RL114", 4)]


def test_a_comment_just_above_a_repeated_run_that_says_it_is_meant_is_the_authors_word(lint, tmp_path):
    """great_expectations' docs snippet runs a checkpoint twice under `# run the checkpoint twice to create
    two validations`: the comment stands on its own line just above the first copy (or just above the
    repeat), not on the repeated line. A comment about something else there, or one with code between it
    and the run, says nothing."""
    meant = ("context = get_context()\n# run the checkpoint twice to create two validations\n"
             "context.run_checkpoint(checkpoint_name=name)\ncontext.run_checkpoint(checkpoint_name=name)\n")
    above_repeat = ("refresh(cache)\n// again, on purpose: the first call warms it\nrefresh(cache)\n")
    files = {"docs/snippets/validations.py": meant,
             "docs/snippets/other.py": meant.replace("twice to create two validations", "for the nightly run"),
             "docs/snippets/far.py": meant.replace("validations\n", "validations\nlog(name)\n"),
             "app/warm.js": above_repeat}
    assert _repeat_findings(lint, tmp_path, files) == [("docs/snippets/far.py", "RL114", 5),
                                                       ("docs/snippets/other.py", "RL114", 4)]


# A minified data file (dbt's docs/manifest.json, 2.6 MB on one line, SQL with `-- ` comments inside
# its strings): the "a comment says the repeat is meant" look reads the repeated line, and a pattern
# that backtracked over that line from every comment opener took minutes (RL013, "longer than 60 s").
MEANT_CHILD = """
import resource, sys, json
resource.setrlimit(resource.RLIMIT_CPU, (20, 21))
from pathlib import Path
from rebound_lint.config import load_config
from rebound_lint.runner import check_data
items = [{"raw_code": "select 1 -- note %d\\n" % i} for i in range(int(sys.argv[1]))]
doc = {"nodes": items, "deps": [{"name": "a", "v": 1}, {"name": "a", "v": 1}]}
if sys.argv[2] == "meant":
    doc["why"] = "# twice on purpose"
found = check_data("target/manifest.json", json.dumps(doc).encode(), "json", load_config(Path(sys.argv[3])))
print(sorted({f.code for f in found.findings}))
"""


@pytest.mark.parametrize("meant, expected", [("plain", "['RL413']"), ("meant", "[]")])
def test_meant_comment_look_is_linear_on_a_minified_line(tmp_path, meant, expected):
    """20,000 items on one line (about 800 KB): linear work is well under a second of CPU, the
    backtracking look took minutes. The child's CPU budget (20 s of its own time, not the wall
    clock) kills a quadratic look with SIGXCPU. The doubled item is still reported, and a comment
    opener followed by a word that says it is meant, on that line, still excuses it."""
    proc = subprocess.run([sys.executable, "-c", MEANT_CHILD, "20000", meant, str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
    assert proc.stdout.strip() == expected


def test_repeats_in_a_folder_named_generated_are_the_generators(lint, tmp_path):
    """trigger.dev's internal-packages/webhook-sources/src/generated/hookdeck-samples.json: sample payloads a
    script wrote, two of them identical. JSON carries no header to say so; its folder does (`generated/`,
    `__generated__/`). Its syntax and keys still count; the same repeat elsewhere is still reported."""
    items = '[\n  {"key": "a", "body": {"x": 1}},\n  {"key": "a", "body": {"x": 1}},\n  {"key": "b", "body": {"x": 2}}\n]\n'
    files = {"src/generated/samples.json": items, "src/__generated__/samples.json": items, "src/samples.json": items}
    assert [path for path, _code, _line in _repeat_findings(lint, tmp_path, files)] == ["src/samples.json"]


def test_a_repeat_annotated_apart_from_its_first_copy_is_the_authors_word(lint, tmp_path):
    """A copy with a comment block of its own right above it (terser's compressor calls `descend(node, this)`
    again under a comment on why the second call is needed), or each copy followed by a different comment
    (MDN's examples: `console.log(it.next().value);` then `// Expected output: Array [0, "a"]`, and again
    with `[1, "b"]`) was written twice on purpose. Copies carrying the same comments, none above the repeat,
    or the tail of the first copy's block (a hunk that began inside it) are still reported."""
    above = ("function walk(node, tw) {\n    // children first, so that the tree is whole\n    descend(node, tw);\n"
             "    // the old optimiser relies on a second pass over the replaced children\n    descend(node, tw);\n}\n")
    after = ("const it = list.entries();\n\nconsole.log(it.next().value);\n// Expected output: Array [0, \"a\"]\n\n"
             "console.log(it.next().value);\n// Expected output: Array [1, \"b\"]\n")
    run_after = ("rx.test(text);\n\nconsole.log(rx.lastIndex);\n// Expected output: 9\n\n"
                 "rx.test(text);\n\nconsole.log(rx.lastIndex);\n// Expected output: 19\n")
    files = {"lib/walk.js": above, "examples/entries.js": after, "examples/last_index.js": run_after,
             "lib/same_above.js": above.replace("the old optimiser relies on a second pass over the replaced children",
                                                "children first, so that the tree is whole"),
             "lib/none_above.js": above.replace("    // the old optimiser relies on a second pass over the replaced children\n", ""),
             "examples/same_after.js": after.replace("[1, \"b\"]", "[0, \"a\"]"),
             "lib/tail.py": "def walk(node):\n    # children first\n    # then the node\n    descend(node)\n"
                            "    # then the node\n    descend(node)\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("examples/same_after.js", "RL315", 6),
                                                       ("lib/none_above.js", "RL315", 4),
                                                       ("lib/same_above.js", "RL315", 5),
                                                       ("lib/tail.py", "RL114", 6)]


def test_a_section_banner_or_the_next_statements_header_does_not_annotate_a_repeat(lint, tmp_path):
    """Reviewed true on the dev half: flask-appbuilder's example config sets BABEL_DEFAULT_LOCALE again
    under a `# GLOBALS FOR APP Builder` banner, blank lines away from the first (a section's banner, not a
    note on the copy); DefectDojo's migration checks and removes twice, each copy under the same comment,
    the second followed by the next check's own header (not a comment on the copy). A comment annotates a
    copy only when it sits right between the two copies, or right after each with a blank line before the
    next."""
    banner = ('import os\nBASE = os.getcwd()\n# DATABASE = "mysql://x"\nLOCALE = "en"\n\n\n'
              '# ------------------------------\n# GLOBALS FOR APP Builder\n# ------------------------------\n'
              'LOCALE = "en"\nFOLDER = "translations"\n')
    header = ("def update(finding, old):\n    # Check if old is in the list and remove\n"
              "    if old in finding.found_by.all():\n        finding.found_by.remove(old.id)\n"
              "    # Check if old is in the list and remove\n"
              "    if old in finding.found_by.all():\n        finding.found_by.remove(old.id)\n"
              "    # Check if new is already in the list\n    finding.save()\n")
    files = {"examples/simpleview/config.py": banner, "dojo/db_migrations/0199_rename.py": header}
    assert _repeat_findings(lint, tmp_path, files) == [("dojo/db_migrations/0199_rename.py", "RL114", 6),
                                                       ("examples/simpleview/config.py", "RL114", 10)]


def test_a_sql_statement_annotated_apart_is_still_run_twice(lint, tmp_path):
    """In SQL the same statement twice does its work on the database twice (the same row inserted, the same
    hypertable made): a comment of its own above the copy changes nothing, RL214 stays."""
    files = {"db/021_flags.sql": "-- the flag for the new theme\nINSERT INTO flags VALUES ('dark_mode');\n"
                                 "-- and the flag for the beta\nINSERT INTO flags VALUES ('dark_mode');\n"}
    assert _repeat_findings(lint, tmp_path, files) == [("db/021_flags.sql", "RL214", 4)]
