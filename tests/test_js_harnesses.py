"""What session 11's probe of JavaScript/TypeScript ecosystems found (issue 24): files whose role makes
their syntax errors and repeats the point, or whose reader is not the one their suffix suggests,
recognised by that role, not by one repository's names; each look-alike that is the project's own code
keeps its findings. Shapes reworked from a JavaScript parser's fixtures (x.js beside x.tree.json,
x.tokens.json or x.failure.json), a minifier's case files (labelled `input:` and `expect:` blocks), a
build tool's Handlebars-templated .js files (`{{content-for 'x'}}`), a fuzzer's switch of `case p++:`
arms, generators' EJS templates, Docusaurus's _category_.json and Expo's app.json, a verdict corpus's
ok/ and not-ok/, a migration runner's :NAME placeholders in PL/pgSQL bodies, Flow libdefs and
proposals' syntax, twoslash's multi-file fixtures and recorded results, an ESLint plugin's rule demos
and YAML parts a script concatenates. Real CLI, real parsers, files in a temp dir."""
from __future__ import annotations

from conftest import findings_in_a_tree, write

BROKEN_JS = "const a = ;\n"

_findings = findings_in_a_tree  # (lint, tmp_path, files)


# A parser's fixtures: the input beside what the parser must give for it, under a name of its role -------

def test_an_input_beside_its_expected_tree_tokens_or_failure_is_data(tmp_path, lint):
    base = "test/fixtures/ES6/arrow-function"
    files = {
        f"{base}/rest-without-arrow.js": "(...a) + 1\n",
        f"{base}/rest-without-arrow.failure.json": '{"index": 7, "description": "Unexpected token +"}\n',
        f"{base}/duplicate-key.js": "({ x: 1, x: 2 })\n",
        f"{base}/duplicate-key.tree.json": '{"type": "Program"}\n',
        "test/fixtures/tokenize/single-slash.js": "/\n",
        "test/fixtures/tokenize/single-slash.tokens.json": '[{"type": "Punctuator"}]\n',
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_broken_input_beside_an_unrelated_json_is_still_reported(tmp_path, lint):
    files = {
        "test/fixtures/app/index.js": BROKEN_JS,
        "test/fixtures/app/index.schema.json": '{"type": "object"}\n',  # not a role of an expected output
        "test/fixtures/app/other.js": BROKEN_JS,
        "test/fixtures/app/another.tree.json": '{"type": "Program"}\n',  # another stem's
    }
    assert _findings(lint, tmp_path, files) == [("test/fixtures/app/index.js", "RL301"),
                                                ("test/fixtures/app/other.js", "RL301")]


# A switch whose case labels count as they are tried: `case p++:` is a new value each time -----------

FUZZER_SWITCH = """\
function pick(n) {
  var p = 0;
  switch (n) {
    case p++:
      return "a";
    case p++:
    case p++:
      return "b";
    case (p += 1):
      return "c";
    case (p += 1):
      return "d";
  }
}
"""
DOUBLED_CASE = "function f(n) {\n  switch (n) {\n    case 'a--b':\n      return 1;\n    case 'a--b':\n      return 2;\n  }\n}\n"


def test_case_labels_that_change_state_are_not_repeats(tmp_path, lint):
    files = {"src/fuzz.js": FUZZER_SWITCH, "src/fuzz.ts": FUZZER_SWITCH.replace("(n)", "(n: number)"),
             # esprima's path: a `#!` past the first line sends the file there
             "src/fuzz.cjs": FUZZER_SWITCH + "// #!\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_doubled_case_label_is_still_reported(tmp_path, lint):
    files = {"src/a.js": DOUBLED_CASE, "src/a.ts": DOUBLED_CASE.replace("(n)", "(n: string)"),
             "src/a.cjs": DOUBLED_CASE + "// #!\n"}
    assert _findings(lint, tmp_path, files) == [("src/a.cjs", "RL314"), ("src/a.js", "RL314"), ("src/a.ts", "RL314")]


# A minifier's case files: labelled blocks, each an input and what the tool must make of it -----------

def _case(name: str, body: str, expect: str) -> str:
    return f"{name}: {{\n    options = {{\n        unused: true,\n    }}\n    input: {{\n{body}    }}\n    expect: {{\n{expect}    }}\n" \
           "    expect_stdout: \"PASS\"\n}\n\n"


MINIFIER_CASES = (_case("duplicate_key", "        var o = { a: 1, a: 2 };\n", "        var o = { a: 2 };\n")
                  + _case("redeclared", "        \"use strict\";\n        class A {}\n        var A;\n",
                          "        class A {}\n")
                  + _case("exponent", "        console.log(-4 ** 2);\n", "        console.log((-4) ** 2);\n"))


def test_a_minifiers_case_file_is_data(tmp_path, lint):
    assert _findings(lint, tmp_path, {"test/compress/objects.js": MINIFIER_CASES}) == []


def test_a_case_file_with_one_or_two_cases_is_data_among_case_files(tmp_path, lint):
    """terser's test/compress/ holds dozens of files with one or two cases (issue-1770.js: a key given twice
    on purpose; issue-12.js: `input: { ... }` on one line, a setter without a parameter): alone, too few
    cases to be sure; beside case files that are sure, a file of the same shape is one of them."""
    one_line = "getter: {\n    input: { a = { set foo () {} } }\n    expect: { a = { set foo () {} } }\n}\n"
    files = {"test/compress/objects.js": MINIFIER_CASES, "test/compress/more.js": MINIFIER_CASES,
             "test/compress/most.js": MINIFIER_CASES,
             "test/compress/issue-17.js": _case("numeric_keys", "        var o = { 42: 1, 42: 2 };\n", "        var o = { 42: 2 };\n"),
             "test/compress/issue-12.js": one_line}
    assert _findings(lint, tmp_path, files) == []


def test_a_lone_small_case_file_keeps_its_findings(tmp_path, lint):
    """Without sibling case files to say so, one or two labelled blocks are too few: still reported."""
    files = {"test/compress/issue-17.js": _case("numeric_keys", "        var o = { 42: 1, 42: 2 };\n",
                                                 "        var o = { 42: 2 };\n")}
    assert _findings(lint, tmp_path, files) == [("test/compress/issue-17.js", "RL311")]


def test_a_test_module_with_input_and_expected_properties_keeps_its_findings(tmp_path, lint):
    table = ("const cases = [\n" + "".join(f"  {{\n    input: {{ a: {i} }},\n    expected: {{ a: {i}, a: 2 }},\n  }},\n"
                                          for i in range(3)) + "];\n")
    files = {"test/compress/table.test.js": table,
             "test/compress/broken.spec.js": "describe: {\n  input: {\n    x()\n  }\n}\nconst a = ;\n"}
    assert _findings(lint, tmp_path, files) == [("test/compress/broken.spec.js", "RL301")] \
        + [("test/compress/table.test.js", "RL311")] * 3


# Handlebars and Mustache tags in a .js file a build tool fills in ------------------------------------

def test_handlebars_helper_calls_make_a_js_file_a_template(tmp_path, lint):
    files = {
        # ember-cli's lib/broccoli/*.js: concatenated into the app after content-for is filled in
        "lib/broccoli/app-config.js": "define('{{MODULE_PREFIX}}/config/environment', [], function() {\n"
                                      "  {{content-for 'config-module'}}\n});\n",
        "lib/broccoli/app-prefix.ts": "'use strict';\n\n{{content-for 'app-prefix'}}\n",
        "blueprints/page/files/route.js": "export default {\n  {{#if withModel}}\n  model() {},\n  {{/if}}\n};\n",
        "blueprints/page/files/partial.js": "{{> header}}\nexport const name = '{{name}}';\n",
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_broken_jsx_file_with_double_braces_is_still_reported(tmp_path, lint):
    files = {"src/Row.jsx": "export const Row = () => <li style={{ color: 'red' }}>{a b}</li>;\n",
             "src/Cell.jsx": "export const Cell = ({ a }) => <td style={{ a }}>{a</td>;\n"}
    assert _findings(lint, tmp_path, files) == [("src/Cell.jsx", "RL301"), ("src/Row.jsx", "RL301")]


# Docusaurus reads a docs folder's _category_.json with a YAML parser (js-yaml): a trailing comma is fine

def test_a_docusaurus_category_file_with_a_trailing_comma_is_valid(tmp_path, lint):
    files = {"docs/02-installation/_category_.json": '{\n    "label": "Installation",\n}\n',
             "docs/03-guides/_category_.json": '{\n  "label": "Guides",\n  "position": 3,\n}\n'}
    assert _findings(lint, tmp_path, files) == []


def test_a_docusaurus_category_file_broken_otherwise_or_with_a_key_twice_is_reported(tmp_path, lint):
    files = {"docs/a/_category_.json": '{\n  "label": "A"\n  "position": 1,\n}\n',
             "docs/b/_category_.json": '{\n  "label": "B",\n  "label": "C",\n}\n',
             "docs/c/category.json": '{\n  "label": "C",\n}\n'}
    assert _findings(lint, tmp_path, files) == [("docs/a/_category_.json", "RL411"),
                                                ("docs/b/_category_.json", "RL412"),
                                                ("docs/c/category.json", "RL411")]


# A corpus split by verdict into ok/ and not-ok/ (valid/ and not-valid/, ...) --------------------------

def test_a_not_ok_folder_beside_an_ok_folder_holds_invalid_inputs(tmp_path, lint):
    files = {"test/import/ok/sample.json": '{"activities": []}\n',
             "test/import/not-ok/unexpected-format.json": "<invalid>\n",
             "test/import/non_valid/broken.json": '{"a": }\n',
             "test/import/valid/fine.json": '{"a": 1}\n'}
    assert _findings(lint, tmp_path, files) == []


def test_a_not_ok_folder_alone_says_nothing_by_itself(tmp_path, lint):
    files = {"data/not-ok/unexpected-format.json": "<invalid>\n"}
    assert _findings(lint, tmp_path, files) == [("data/not-ok/unexpected-format.json", "RL411")]


# A migration runner's :NAME placeholder, used outside function bodies and inside them alike ----------

from conftest import needs_pglast  # noqa: E402

RUNNER_SCHEMA = """\
create table :APP_SCHEMA.job_queues (queue_name text primary key, job_count int not null);
create function :APP_SCHEMA.jobs__decrease_job_queue_count() returns trigger as $$
declare
  v_new_job_count int;
begin
  update :APP_SCHEMA.job_queues
    set job_count = job_queues.job_count - 1
    where queue_name = old.queue_name
    returning job_count into v_new_job_count;
  return old;
end;
$$ language plpgsql;
"""


@needs_pglast
def test_a_runners_placeholder_inside_a_body_is_the_same_placeholder(tmp_path, lint):
    assert _findings(lint, tmp_path, {"sql/000001.sql": RUNNER_SCHEMA}) == []


@needs_pglast
def test_a_body_broken_elsewhere_is_still_reported(tmp_path, lint):
    broken = RUNNER_SCHEMA.replace("  return old;\n", "  return old\n  if then;\n")
    # a name the file never uses as a placeholder is not one inside a body either
    stray = RUNNER_SCHEMA.replace("update :APP_SCHEMA.job_queues", "update :OTHER.job_queues")
    assert _findings(lint, tmp_path, {"sql/000001.sql": broken, "sql/000002.sql": stray}) == [
        ("sql/000001.sql", "RL201"), ("sql/000002.sql", "RL201")]


# EJS's other tags: <%- raw output %>, <%_ whitespace-slurping _%>, <%# comment %> ---------------------

def test_ejs_raw_output_and_comment_tags_make_a_file_a_template(tmp_path, lint):
    files = {"generators/app/templates/config.js": "module.exports = <%- JSON.stringify(config, null, 2) %>;\n",
             "generators/app/templates/index.ts": "<%_ if (withRouter) { _%>\nimport { Router } from 'x';\n<%_ } _%>\n"
                                                 "export const app = (<%# the name %>);\n"}
    assert _findings(lint, tmp_path, files) == []


# Expo reads its app config (app.json, app.config.json: {"expo": {...}}) with JSON5 ---------------------

def test_an_expo_app_config_is_read_as_json5(tmp_path, lint):
    files = {"stickersmash/app.json": '{\n  "expo": {\n    "name": "S",\n    "ios": {\n      "supportsTablet": true,\n'
                                      '    },\n  }\n}\n'}
    assert _findings(lint, tmp_path, files) == []


def test_an_app_json_that_is_no_expo_config_or_is_broken_as_json5_too_is_reported(tmp_path, lint):
    files = {"heroku/app.json": '{\n  "name": "api",\n  "stack": "heroku-22",\n}\n',
             "mobile/app.json": '{\n  "expo": {\n    "name": "S"\n    "slug": "s"\n  }\n}\n',
             "twice/app.json": '{\n  "expo": {\n    "name": "S",\n    "name": "T",\n  }\n}\n'}
    assert _findings(lint, tmp_path, files) == [("heroku/app.json", "RL411"), ("mobile/app.json", "RL411"),
                                                ("twice/app.json", "RL412")]


# Flow without a pragma: flow-typed/ library definitions and Flow-only syntax; babel proposals' syntax -----

def test_flow_library_definitions_and_flow_only_syntax_are_flow(tmp_path, lint):
    files = {
        "flow-typed/npm/vitest_vx.x.x.js": "declare var describe: (name: string, fn: () => void) => void;\n",
        "tests/files/with-flow-typed/flow-typed/npm/lib_v1.x.x.js": "declare module 'lib' {}\n",
        "tests/files/flow/flow-0.js": "import { type FooType } from './flow-2';\nexport const a = 1;\n",
        "tests/files/flow/flow-3.js": "import type { FooType } from './flow-4';\nexport type Bar = FooType;\n",
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_proposals_unmistakable_syntax_is_not_a_syntax_error_and_esprimas_nameless_export_is_no_duplicate(
        tmp_path, lint):
    files = {"tests/files/default-export-from.js": "export default from './bar'\n",
             "tests/files/issue-195/Endpoints.js": "export Bookings from './Bookings';\nexport Users from './Users';\n",
             "src/pipe.js": "const out = value |> double(%);\n"}
    assert _findings(lint, tmp_path, files) == []


def test_standard_javascript_broken_beside_look_alikes_is_still_reported(tmp_path, lint):
    files = {"src/type.js": "import type from './type';\nconst a = ;\n",  # a default import named type
             "src/loop.js": "do {\n  x++;\n} while (x < 3\n",
             "src/text.js": "const s = 'a |> b';\nconst t = ;\n",
             "src/dup.js": "export const a = 1;\nexport { a };\n"}
    assert _findings(lint, tmp_path, files) == [("src/dup.js", "RL302"), ("src/loop.js", "RL301"),
                                                ("src/text.js", "RL301"), ("src/type.js", "RL301")]


# Several files in one: TypeScript's test format (twoslash, the compiler's tests/cases): `// @filename: x` ----

def test_a_file_of_several_files_is_a_harness_case(tmp_path, lint):
    files = {
        "test/fixtures/multiFileErrors.ts": "// @filename: sum.ts\nexport function sum(a: number, b: number) {\n"
                                            "  return a + b\n}\n\n// @filename: error.ts\n// @errors: 2345\n"
                                            "import { sum } from './sum'\nfunction sum() {}\n",
        "test/fixtures/tests/jsx.ts": "// @filename: index.tsx\nexport const hello = () => <h1>Hello</h1>\n",
        "test/fixtures/importsModules.ts": "// @filename: Component.tsx\nexport function Hello() {\n  return <div/>\n}\n\n"
                                           "// @filename: index.ts\nimport { Hello } from './Component'\n",
    }
    assert _findings(lint, tmp_path, files) == []


def test_one_filename_comment_naming_the_file_itself_excuses_nothing(tmp_path, lint):
    files = {"src/util.ts": "// @filename: util.ts\nexport const a = ;\n",
             "test/fixtures/one.ts": "// @filename: one.ts\nexport const a = ;\n"}
    assert _findings(lint, tmp_path, files) == [("src/util.ts", "RL321"), ("test/fixtures/one.ts", "RL321")]


# What the tool under test wrote, recorded in a results/ (expected/, baselines/, golden/) folder of a test ----

def test_a_recorded_result_that_is_not_json_is_what_the_tool_wrote(tmp_path, lint):
    files = {"packages/twoslasher/test/results/unknown_extension.json": "---\n\n## Unknown extension given\n",
             "packages/twoslasher/test/fixtures/throws/unknown_extension.herjk": "x\n",
             "test/baselines/reference/error.json": "error TS1005: ';' expected.\n"}
    assert _findings(lint, tmp_path, files) == []


def test_test_data_that_is_no_recorded_result_keeps_its_findings(tmp_path, lint):
    files = {"test/data/config.json": '{"a": }\n', "test/results.json": '{"a": }\n',
             "src/results/summary.json": '{"a": }\n'}
    assert _findings(lint, tmp_path, files) == [("src/results/summary.json", "RL411"), ("test/data/config.json", "RL411"),
                                                ("test/results.json", "RL411")]


# An ESLint plugin's own rule inputs: a file that turns on the package's own rule to show what it reports -----

def test_an_eslint_plugins_rule_demo_is_input_for_its_rule(tmp_path, lint):
    files = {
        "packages/eslint-plugin-mobx/package.json": '{"name": "eslint-plugin-mobx", "version": "1.0.0"}\n',
        "packages/eslint-plugin-mobx/preview/missing-observer.js": '/* eslint mobx/missing-observer: "error" */\n\n'
                                                                   "function notCmp() {}\nconst notCmp = () => {}\n",
        "packages/eslint-plugin-mobx/preview/make-observable.js": '/* eslint mobx/exhaustive-make-observable: "error" */\n'
                                                                  "makeObservable({\n  set c() { },\n});\n",
        "packages/scoped/package.json": '{"name": "@acme/eslint-plugin"}\n',
        "packages/scoped/demo/a.js": '// eslint @acme/no-thing: "error"\nlet a = 1;\nlet a = 2;\n',
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_file_that_configures_another_plugins_rule_keeps_its_findings(tmp_path, lint):
    files = {
        "packages/eslint-plugin-mobx/package.json": '{"name": "eslint-plugin-mobx"}\n',
        "packages/eslint-plugin-mobx/src/rule.js": '/* eslint react/no-danger: "off" */\nlet a = 1;\nlet a = 2;\n',
        "app/package.json": '{"name": "app"}\n',
        "app/src/index.js": '/* eslint mobx/missing-observer: "error" */\nlet a = 1;\nlet a = 2;\n',
    }
    assert _findings(lint, tmp_path, files) == [("app/src/index.js", "RL302"),
                                                ("packages/eslint-plugin-mobx/src/rule.js", "RL302")]


# Parts of one file that a script concatenates (docker-start.yml + docker-middle.yml + docker-end.yml) --------

def test_the_end_part_of_a_concatenated_file_is_a_fragment(tmp_path, lint):
    files = {"restore/docker-start.yml": "services:\n\n  app:\n    image: x\n    environment:\n",
             "restore/docker-end.yml": "      - WITH_API=true\n    volumes:\n      - data:/data\n\nvolumes:\n  data:\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_broken_file_named_like_a_part_without_its_other_parts_is_reported(tmp_path, lint):
    files = {"deploy/compose-end.yml": "      - WITH_API=true\n    volumes:\n      - data:/data\n",
             "other/docker-start.yml": "services:\n  app:\n    image: x\n    image: y\n",
             "other/docker-end.yml": "volumes:\n  data:\n"}
    assert _findings(lint, tmp_path, files) == [("deploy/compose-end.yml", "RL401"), ("other/docker-start.yml", "RL402")]


# A language server's diagnostics case (svelte's language-tools: fixtures/<case>/input.svelte beside
# expectedv2.json, with the modules the input imports): the expected output's name carries the harness's
# version or variant (expectedv2, expected-svelte5, output_v3); every code file of the folder is input
def test_a_case_folder_whose_expected_output_name_has_a_variant(tmp_path, lint):
    files = {"test/fixtures/autotypings/input.svelte": "<script>let a = 1;</script>\n",
             "test/fixtures/autotypings/expectedv2.json": "[]\n",
             "test/fixtures/autotypings/$types.d.ts": "export interface PageLoadEvent<> {\n    a: boolean;\n}\n",
             "test/fixtures/generic/input.svelte": "<script>let a = 1;</script>\n",
             "test/fixtures/generic/expected-svelte5.ts": "export const a = ;\n"}
    assert _findings(lint, tmp_path, files) == []


def test_an_input_beside_a_file_only_named_like_expected_output_keeps_its_findings(tmp_path, lint):
    files = {"test/fixtures/forms/input.ts": "export const a = ;\n",
             "test/fixtures/forms/expectations.md": "notes\n",
             # a test helpers' folder whose modules are named for what they help with, not a case's roles
             "test/helpers/input_widgets.js": "export const a = ;\n", "test/helpers/output_format.js": "export const b = 1;\n",
             "src/forms/input.ts": "export const b = ;\n", "src/forms/expectedv2.json": "[]\n"}
    assert _findings(lint, tmp_path, files) == [("src/forms/input.ts", "RL321"), ("test/fixtures/forms/input.ts", "RL321"),
                                                ("test/helpers/input_widgets.js", "RL301")]


# A demonstration's deliberately broken file, outside any test folder, whose own name says its code is broken
# (MDN's web-workers/worker-playground/bad-syntax-worker.js, loaded to show a worker's error event; its
# learning area's cross-browser-testing/javascript/broken-js-test.js, a page to debug): the words say what
# the file is, an invalid word then "syntax", "code" or the file's own language
def test_a_file_named_for_its_own_broken_syntax_is_a_demonstration(tmp_path, lint):
    files = {"web-workers/worker-playground/bad-syntax-worker.js": "for (let i = 0; i < 3; i++) {\n  go(i);\n",
             "cross-browser-testing/javascript/broken-js-test.js": "function f() {\n  alert('x');\n",
             "lessons/invalid_code.ts": "export const a = ;\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_file_whose_name_only_holds_an_invalid_word_keeps_its_findings(tmp_path, lint):
    files = {"lib/broken-links.js": "export const a = ;\n", "src/bad-request.js": "export const a = ;\n",
             "src/syntax-highlighter.js": "export const a = ;\n", "src/invalid-json-error.js": "export const a = ;\n"}
    assert _findings(lint, tmp_path, files) == [(name, "RL301") for name in sorted(files)]
