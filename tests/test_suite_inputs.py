"""Parsers', compilers' and linters' own test suites (issue 24, session 10's probe of suites): inputs
that are invalid, repeated or unusual on purpose, recognised by the role their place gives them, not
by one repository's names. Each look-alike that is the project's own code still gets its findings.
Shapes reworked from babel (case folders: input.js beside output.*, options.json that declares the
error it throws), ruff (valid/ beside invalid/, ok/ beside err/, a fuzzing corpus/, a fixture's own
pyproject.toml inside a Rust crate's test folder, black's x.py.expect), parso (pycodestyle's cases
named by the code they exercise), JSONTestSuite (y_/n_/i_ files), pyright (benchmarkData/) and
sqlglot (`#` directive lines between statements). Real CLI, real parsers, files in a temp dir."""
from __future__ import annotations

from conftest import findings_in_a_tree, write

BROKEN_JS = "const a = ;\n"
BROKEN_PY = "def f(:\n    pass\n"
DOUBLED_PY = "def f():\n    return 1\n\n\ndef f():\n    return 2\n"

_findings = findings_in_a_tree  # (lint, tmp_path, files)


# babel's case folders ---------------------------------------------------------------------------

def test_a_compiler_case_folder_input_beside_its_output_is_data(tmp_path, lint):
    files = {
        "packages/parser/test/fixtures/es2015/arrow/input.js": BROKEN_JS,
        "packages/parser/test/fixtures/es2015/arrow/output.json": '{"type": "File"}\n',
        "packages/plugin/test/fixtures/do-expr/basic/input.js": "let x = do { 1 };\n",
        "packages/plugin/test/fixtures/do-expr/basic/exec.js": "expect(do { 1 }).toBe(1);\n",
        "packages/plugin/test/fixtures/do-expr/basic/output.js": "let x = 1;\n",
        "packages/parser/test/fixtures/core/throws/input.js": BROKEN_JS,
        "packages/parser/test/fixtures/core/throws/options.json": '{"throws": "Unexpected token (1:10)"}\n',
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_broken_file_in_a_test_folder_without_a_case_beside_it_is_still_reported(tmp_path, lint):
    files = {
        "packages/app/test/fixtures/project/src/index.js": BROKEN_JS,
        "packages/app/test/fixtures/project/package.json": '{"name": "x"}\n',
        # the harness's own options file must stay valid, even beside an input that throws
        "packages/parser/test/fixtures/core/throws/input.js": BROKEN_JS,
        "packages/parser/test/fixtures/core/throws/options.json": '{"throws": "Unexpected token (1:10)",}\n',
    }
    assert _findings(lint, tmp_path, files) == [
        ("packages/app/test/fixtures/project/src/index.js", "RL301"),
        ("packages/parser/test/fixtures/core/throws/options.json", "RL411")]


def test_a_parsing_errors_folder_holds_invalid_inputs(tmp_path, lint):
    files = {"packages/core/test/fixtures/api/parsing-errors/only-syntax/file.js": BROKEN_JS}
    assert _findings(lint, tmp_path, files) == []


# ruff's parser resources and linter fixtures --------------------------------------------------------

def test_valid_beside_invalid_folders_are_a_parser_corpus(tmp_path, lint):
    files = {
        "crates/parser/resources/invalid/expressions/await.py": BROKEN_PY,
        "crates/parser/resources/valid/statement/function.py": DOUBLED_PY,
        "crates/parser/resources/inline/err/params.py": BROKEN_PY,
        "crates/parser/resources/inline/ok/params.py": DOUBLED_PY,
    }
    assert _findings(lint, tmp_path, files) == []


def test_an_invalid_folder_without_its_valid_counterpart_says_nothing_by_itself(tmp_path, lint):
    files = {"app/invalid/handlers.py": BROKEN_PY, "app/valid_users.py": DOUBLED_PY}
    assert _findings(lint, tmp_path, files) == [("app/invalid/handlers.py", "RL101"),
                                                ("app/valid_users.py", "RL111")]


def test_a_fuzzing_corpus_is_data(tmp_path, lint):
    files = {"crates/semantic/resources/corpus/10_if_invalid.py": BROKEN_PY,
             "crates/semantic/resources/corpus/25_same_name.py": DOUBLED_PY}
    assert _findings(lint, tmp_path, files) == []


def test_a_fixture_manifest_inside_a_rust_crates_test_folder_does_not_make_it_a_python_project(tmp_path, lint):
    files = {
        "crates/linter/Cargo.toml": '[package]\nname = "linter"\n',
        "crates/linter/resources/test/fixtures/isort/pyproject.toml": "[tool.isort]\nprofile = 'black'\n",
        "crates/linter/resources/test/fixtures/isort/skip.py": DOUBLED_PY,
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_python_projects_own_test_fixture_keeps_its_findings(tmp_path, lint):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "tests/fixtures/isort/skip.py": DOUBLED_PY}
    assert _findings(lint, tmp_path, files) == [("tests/fixtures/isort/skip.py", "RL111")]


def test_a_formatters_expected_output_with_a_python_shebang_is_data(tmp_path, lint):
    files = {"tests/cases/fmtonoff.py.expect": "#!/usr/bin/env python3\nprint(*)\n"}
    assert _findings(lint, tmp_path, files) == []


# parso's pycodestyle cases --------------------------------------------------------------------------

def test_a_folder_of_lint_cases_named_by_their_codes_is_data(tmp_path, lint):
    files = {
        "test/normalizer_issue_files/E10.py": "if True:\n\tx = 1\n        y = 2\n",
        "test/normalizer_issue_files/E30.py": "#: E301+4\n" + DOUBLED_PY,
        "test/normalizer_issue_files/E30not.py": DOUBLED_PY,
        "test/normalizer_issue_files/E70.py": "#: E701\nif a: b\n",
        "test/normalizer_issue_files/python.py": DOUBLED_PY,
    }
    assert _findings(lint, tmp_path, files) == []


def test_one_file_named_like_a_code_is_not_a_corpus(tmp_path, lint):
    files = {"tests/V1.py": DOUBLED_PY, "tests/helpers.py": "x = 1\n", "tests/more.py": "y = 2\n"}
    assert _findings(lint, tmp_path, files) == [("tests/V1.py", "RL111")]


# JSONTestSuite's y_/n_/i_ convention ---------------------------------------------------------------

def test_a_json_suites_must_reject_and_implementation_defined_inputs_are_data(tmp_path, lint):
    files = {
        **{f"test_parsing/y_ok_{i}.json": "[1]\n" for i in range(3)},
        **{f"test_parsing/n_bad_{i}.json": "[1,]\n" for i in range(3)},
        "test_parsing/i_string_iso_latin_1.json": b'["\xe9"]\n',
        "test_parsing/n_structure_open_array.json": "[" * 3,
        "test_transform/object_same_key_same_value.json": '{"a": 1, "a": 1}\n',
        "tests/jupyter/not_json.ipynb": "this is not json\n",
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_lone_n_prefixed_file_is_checked(tmp_path, lint):
    files = {"config/n_workers.json": "[1,]\n", "config/y_axis.json": "[1]\n"}
    assert _findings(lint, tmp_path, files) == [("config/n_workers.json", "RL411")]


# pyright's benchmarkData ----------------------------------------------------------------------------

def test_a_camel_case_data_folder_below_tests_is_recorded_data(tmp_path, lint):
    files = {"src/tests/benchmarkData/large_class.py": "obj = 1\nobj.  # completion trigger point\n",
             "src/tests/sampleData/imports.py": "import os\nimport os\n"}
    assert _findings(lint, tmp_path, files) == []


# sqlglot's fixtures: `#` lines between statements -----------------------------------------------------

def test_hash_comment_lines_say_the_sql_is_not_postgresql(tmp_path, lint):
    from rebound_lint.languages.sql.dialect import from_syntax

    assert from_syntax("# execute: true\nSELECT a FROM t;\n")[0] == "mysql"
    assert from_syntax("SELECT data\n  #>> '{a,b}' FROM t;\n") is None  # jsonb's operator
    assert from_syntax('#include "udfs/x.sql"\nSELECT 1;\n') is None  # the C preprocessor's
    files = {"tests/fixtures/optimizer/q.sql": "# execute: true\nWITH a AS (SELECT 1 AS x)\n"
                                               "SELECT x FROM a FULL OUTER JOIN b USING (x) LIMIT 100;\n"}
    assert _findings(lint, tmp_path, files) == []


def test_postgresql_with_a_hash_line_in_a_body_stays_postgresql(tmp_path, lint):
    files = {"db/f.sql": "CREATE FUNCTION f() RETURNS int AS $$\n# a PL/Python comment\nreturn 1\n$$ "
                         "LANGUAGE plpython3u;\nSELEC 1;\n"}
    assert _findings(lint, tmp_path, files) == [("db/f.sql", "RL201")]


def test_a_folder_of_mysql_files_gives_its_dialect_to_a_plain_sibling(tmp_path, lint):
    mysql = "CREATE TABLE t{n} (id INT AUTO_INCREMENT PRIMARY KEY);\n"
    files = {f"db/schema/{n}.sql": mysql.format(n=n) for n in range(3)}
    files["db/schema/queries.sql"] = "SELECT * FROM x LEFT OUTER JOIN z;\n"  # no ON: MySQL's grammar, not PostgreSQL's
    assert _findings(lint, tmp_path, files) == []


def test_a_plain_file_among_postgresql_siblings_is_still_postgresql(tmp_path, lint):
    files = {f"db/schema/{n}.sql": f"CREATE TABLE t{n} (id bigserial PRIMARY KEY);\n" for n in range(3)}
    files["db/schema/mysql_one.sql"] = "CREATE TABLE m (id INT AUTO_INCREMENT PRIMARY KEY);\n"
    files["db/schema/queries.sql"] = "SELECT * FROM x LEFT OUTER JOIN z;\n"
    assert _findings(lint, tmp_path, files) == [("db/schema/queries.sql", "RL201")]


def test_a_sql_harness_case_list_in_a_test_folder_is_data(tmp_path, lint):
    case = ("# title: create with cte\nWITH c AS (SELECT b FROM y) CREATE TABLE s AS SELECT * FROM c;\n"
            "WITH c AS (SELECT y.b AS b FROM y AS y) CREATE TABLE s AS SELECT c.b AS b FROM c AS c;\n\n")
    files = {"tests/fixtures/optimizer/qualify_ddl.sql": case * 3}
    assert _findings(lint, tmp_path, files) == []


def test_the_same_doubled_create_in_a_plain_test_script_is_reported(tmp_path, lint):
    script = "# set up\nCREATE TABLE s (a int);\nCREATE TABLE s (a int);\n"
    files = {"tests/setup/schema.sql": script}
    assert _findings(lint, tmp_path, files) == [("tests/setup/schema.sql", "RL212")]


# ty's completion evaluation: an editor test's input marks the cursor ---------------------------------

def test_a_syntax_error_at_a_cursor_marker_is_an_editor_tests_input(tmp_path, lint):
    files = {"crates/eval/truth/scope/main.py": "import os\n\nKada<CURSOR: Kadabra>\n",
             "plugin/testData/completion/Basic.py": "def f():\n    x.<caret>\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_syntax_error_away_from_the_cursor_marker_is_reported(tmp_path, lint):
    files = {"src/app.py": "# press <caret> here\ndef f(:\n    pass\n"}
    assert _findings(lint, tmp_path, files) == [("src/app.py", "RL101")]


def test_a_case_compiled_with_the_plugins_its_suites_options_name_is_data(tmp_path, lint):
    files = {
        "packages/decorators/test/fixtures/legacy/options.json": '{"plugins": [["proposal-decorators", {}]]}\n',
        "packages/decorators/test/fixtures/legacy/numeric-props/exec.js": "const o = {\n  @dec 1: 2\n};\n",
        "packages/flow/test/fixtures/strip/options.json": '{"plugins": ["transform-flow-strip-types"]}\n',
        "packages/flow/test/fixtures/strip/alias/input.js": "type T = number;\nconst a: T = 1;\n",
    }
    assert _findings(lint, tmp_path, files) == []


def test_options_that_name_no_plugin_excuse_nothing(tmp_path, lint):
    files = {"packages/app/test/fixtures/site/options.json": '{"port": 8080}\n',
             "packages/app/test/fixtures/site/page/index.js": BROKEN_JS}
    assert _findings(lint, tmp_path, files) == [("packages/app/test/fixtures/site/page/index.js", "RL301")]


# .babelrc is JSON5 ----------------------------------------------------------------------------------

def test_a_babelrc_in_json5_is_not_a_json_error(tmp_path, lint):
    files = {"test/fixtures/config/.babelrc": "{\n  extends: './base.babelrc',\n  plugins: ['./one',],\n}\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_babelrc_no_javascript_parser_reads_is_an_error(tmp_path, lint):
    files = {".babelrc": "{\n  plugins: ['./one'\n  presets: []\n}\n",
             "config.json": "{\n  plugins: ['./one']\n}\n"}
    assert _findings(lint, tmp_path, files) == [(".babelrc", "RL411"), ("config.json", "RL411")]


def test_a_test_config_that_calls_itself_bad_json_is_invalid_on_purpose(tmp_path, lint):
    files = {"src/tests/samples/project5/pyrightconfig.json": '{\n    "files": [\n        // Bad json\n}\n',
             "config/settings.json": '{\n    "files": [\n        // Bad json\n}\n'}
    assert _findings(lint, tmp_path, files) == [("config/settings.json", "RL411")]


# babel's proposal plugins: syntax no standard parser reads ------------------------------------------

DO_EXPRESSION = "export default function Page() {\n  const x = do { if (a) { 1 } else { 2 } };\n  return x;\n}\n"


def test_javascript_compiled_with_a_babel_proposal_plugin_is_not_a_syntax_error(tmp_path, lint):
    files = {"fixtures/nextjs/.babelrc": '{"presets": ["@babel/preset-env"],\n'
                                         ' "plugins": ["@babel/plugin-proposal-do-expressions"]}\n',
             "fixtures/nextjs/pages/index.js": DO_EXPRESSION}
    assert _findings(lint, tmp_path, files) == []


def test_a_babel_config_without_proposals_excuses_nothing(tmp_path, lint):
    files = {"app/.babelrc": '{"presets": ["@babel/preset-env", "@babel/preset-react"]}\n',
             "app/pages/index.js": DO_EXPRESSION}
    assert _findings(lint, tmp_path, files) == [("app/pages/index.js", "RL301")]


def test_a_syntax_error_away_from_the_proposals_syntax_is_still_reported(tmp_path, lint):
    files = {"fixtures/nextjs/.babelrc": '{"plugins": ["@babel/plugin-proposal-do-expressions",'
                                         ' "@babel/plugin-proposal-decorators"]}\n',
             "fixtures/nextjs/pages/index.js": "export default function Page() {\n  const x = ;\n}\n"}
    assert _findings(lint, tmp_path, files) == [("fixtures/nextjs/pages/index.js", "RL301")]


def test_a_case_folder_of_one_input_beside_its_snapshots_is_data(tmp_path, lint):
    """typescript-eslint's ast-spec: packages/ast-spec/src/<node>/fixtures/<case>/fixture.ts alone beside
    snapshots/ (1-TSESTree-AST.shot, 2-Babel-Error.shot: what each parser gives for it), invalid cases
    under _error_/, valid ones declaring a method twice on purpose. The input exists to be snapshotted:
    data for the parsers under test, wherever the harness keeps it. A component beside a test and
    that test's __snapshots__/ is code, and still checked."""
    from conftest import write

    base = "packages/ast-spec/src/declaration/ClassDeclaration/fixtures"
    write(tmp_path, {
        f"{base}/_error_/missing-body/fixture.ts": "class Foo;\n",
        f"{base}/_error_/missing-body/snapshots/1-TSESTree-Error.shot": "exports[`error`] = `TSError`;\n",
        f"{base}/method-twice/fixture.ts": "class X {\n  method<const T>() {}\n  method<const T>() {}\n}\n",
        f"{base}/method-twice/snapshots/1-TSESTree-AST.shot": "exports[`AST`] = `Program`;\n",
        "src/Button/Button.tsx": "export const Button = ( => 1;\n",
        "src/Button/Button.test.tsx": "it('renders', () => {});\n",
        "src/Button/__snapshots__/Button.test.tsx.snap": "exports[`renders 1`] = `<button/>`;\n",
    })
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == ["src/Button/Button.tsx"], result.out


# tree-sitter grammars ---------------------------------------------------------------------------

GRAMMAR = {"grammar.js": "module.exports = grammar({ name: 'python', rules: {} });\n",
           "tree-sitter.json": '{"grammars": [{"name": "python", "scope": "source.python"}]}\n'}
GRAMMAR_INPUTS = {
    "examples/python3-grammar.py": DOUBLED_PY,  # a grammar test copies CPython's: f defined again and again
    "examples/python3.8_grammar.py": BROKEN_PY,
    "test/highlight/pattern_matching.py": "x, match: str = 2, 'a'\n#   ^ variable\n",
}


def test_a_grammars_examples_and_tests_are_its_parsers_inputs(tmp_path, lint):
    """A tree-sitter grammar's repository (grammar.js beside tree-sitter.json) keeps files of its
    language under examples/ and test/ for the parser it builds: inputs, valid or not, never code
    the project runs. Its own scripts and bindings are still its code."""
    files = {**GRAMMAR, **GRAMMAR_INPUTS, "bindings/python/tree_sitter_python/__init__.py": DOUBLED_PY}
    assert _findings(lint, tmp_path, files) == [("bindings/python/tree_sitter_python/__init__.py", "RL111")]


def test_examples_without_a_grammar_beside_them_are_code(tmp_path, lint):
    files = {"grammar.js": GRAMMAR["grammar.js"], **GRAMMAR_INPUTS}
    assert _findings(lint, tmp_path, files) == [("examples/python3-grammar.py", "RL111"),
                                                ("examples/python3.8_grammar.py", "RL101"),
                                                ("test/highlight/pattern_matching.py", "RL101")]


# A JavaScript implementation's own tests ---------------------------------------------------------

# An engine that runs test262 (jerryscript's tests/test262-excludelist.xml, rhino's tests/testsrc/test262.properties,
# quickjs's test262.conf at its root) tests the language itself: keys, members and cases given twice, early errors
# and the legacy syntax it supports (E4X, JavaScript 1.7's `let` blocks) are written on purpose.
ENGINE_TESTS = {
    "tests/jerry/object-property-redefinition.js": "var o = { a: 1, a: 2 };\nassert(o.a === 2);\n",
    "tests/jerry/switch-case.js": "switch (x) {\n  case 1: break;\n  case 1: assert(false);\n}\n",
    "tests/jerry/class-fields.js": "class A {\n  a = 1;\n  a = 2;\n}\n",
    "tests/jerry/fail/regression-test-issue-1.js": "var o = { $: 1, $: 2 };\n",
    "tests/testsrc/tests/js1_7/block/regress-1.js": "let (x = 1) { print(x); }\n",
}
ENGINE_CODE = {  # the engine's own scripts, outside its tests, are still its code
    "tools/runners/util.js": "var o = { a: 1, a: 2 };\n",
}


def test_a_javascript_engines_tests_are_inputs_for_the_engine(tmp_path, lint):
    files = {"tests/test262-excludelist.xml": "<excludeList></excludeList>\n", **ENGINE_TESTS, **ENGINE_CODE}
    assert _findings(lint, tmp_path, files) == [("tools/runners/util.js", "RL311")]
    nested = {"tests/testsrc/test262.properties": "built-ins/Array\n",
              "tests/testsrc/tests/js1_7/block/regress-1.js": "let (x = 1) { print(x); }\n",
              "tests/testsrc/jstests/es6/keys.js": "var o = { a: 1, a: 2 };\n",
              "tests/other/keys.js": "var o = { a: 1, a: 2 };\n"}  # beside the folder that runs it: not its input
    assert _findings(lint, tmp_path / "nested", nested) == [("tests/other/keys.js", "RL311")]


def test_javascript_tests_without_test262_beside_them_are_code(tmp_path, lint):
    """An application's tests hold its own code: a key written twice there is a defect."""
    files = {"tests/conformance.txt": "test262 is not run here\n", **ENGINE_TESTS}
    found = _findings(lint, tmp_path, files)
    assert ("tests/jerry/object-property-redefinition.js", "RL311") in found
    assert ("tests/jerry/switch-case.js", "RL314") in found
    assert ("tests/jerry/class-fields.js", "RL312") in found


# A generator's templates --------------------------------------------------------------------------

def test_code_below_a_templates_folder_that_does_not_parse_is_a_templates_source(tmp_path, lint):
    """A generator keeps the files it renders under templates/ (grammars-v4's StringTemplate sources
    `st.Test.py` with `<name>` holes; a Yeoman generator's): a syntax error there is the template
    language's, a note. What parses is still checked (a key given twice stays a defect), and so is
    code outside such a folder."""
    files = {
        "_scripts/templates/Python3/st.Test.py": "import <parser_name>\n\ndef main(argv):\n    pass\n",
        "_scripts/templates/TypeScript/st.Test.ts": "import { <x.GrammarName> } from './<x.GrammarName>.js';\n",
        "_scripts/templates/Python3/st.requirements.txt": "antlr4-python3-runtime==<antlr_version>\n",
        "_scripts/templates/TypeScript/st.package.json": '{"scripts": {"a": "x"}, "scripts": {"b": "y"}}\n',
        "_scripts/templates/TypeScript/st.tsconfig.json": '{"compilerOptions": {<if(x)>"strict": true<endif>}}\n',
        "_scripts/generate.py": "import <parser_name>\n",
    }
    assert _findings(lint, tmp_path, files) == [("_scripts/generate.py", "RL101"),
                                                ("_scripts/templates/TypeScript/st.package.json", "RL412")]


FREEMARKER_YAML = 'name: "[#if !base?starts_with("Camel")]Camel [/#if][=base]"\nid: [=artifactIdBase]\n'


def test_a_folder_named_for_its_templates_is_a_templates_folder(tmp_path, lint):
    """A folder whose name ends in the word templates (doc-templates/, create-extension-templates/,
    email_templates/) holds a generator's sources as templates/ does (FreeMarker's `[#if]`, `[=x]`):
    a parse error there is a note; what parses is still checked. GitHub's ISSUE_TEMPLATE/ holds
    issue forms GitHub reads as they are: still checked."""
    files = {
        "tooling/doc-templates/bits.yml": "cqNativeSupported: [=nativeSupported?then('true', 'false')]\n",
        "tooling/create-extension-templates/quarkus-extension.yaml": FREEMARKER_YAML,
        "tooling/create-extension-templates/keys.yaml": "a: 1\na: 2\n",
        ".github/ISSUE_TEMPLATE/bug.yml": "name: Bug\nbody: [a, b\n",
        "tooling/templated/bits.yml": "cqNativeSupported: [=nativeSupported?then('true', 'false')]\n",
    }
    assert _findings(lint, tmp_path, files) == [(".github/ISSUE_TEMPLATE/bug.yml", "RL401"),
                                                ("tooling/create-extension-templates/keys.yaml", "RL402"),
                                                ("tooling/templated/bits.yml", "RL401")]


VELOCITY_XML = ("#set( $symbol_pound = '#' )\n#set( $symbol_dollar = '$' )\n"
                "<configuration>\n  <logger name=\"${package}\" level=\"INFO\"/>\n</configuration>\n")
VELOCITY_JSON = '#set( $symbol_dollar = \'$\' )\n{"name": "${artifactId}", "version": "${version}"}\n'


def test_a_maven_archetypes_resources_are_velocity_templates(tmp_path, lint):
    """Maven renders every file below an archetype's archetype-resources/ with Velocity (`#set( ... )`
    lines, `${artifactId}`) to make the new project: what does not parse there is the template
    language's. What parses is still checked, and so is the same file outside such a folder."""
    root = "archetypes/service/src/main/resources/archetype-resources"
    files = {
        f"{root}/src/main/resources/logback.xml": VELOCITY_XML,
        f"{root}/package.json": VELOCITY_JSON,
        f"{root}/config.json": '{"a": 1, "a": 2}\n',
        "src/main/resources/logback.xml": VELOCITY_XML,
    }
    assert _findings(lint, tmp_path, files) == [(f"{root}/config.json", "RL412"),
                                                ("src/main/resources/logback.xml", "RL471")]


def test_the_test_inputs_of_a_library_named_for_the_format_are_its_parsers_inputs(tmp_path, lint):
    """YamlDotNet's YamlDotNet.Test/files/ hold YAML its tests load: a forward alias (`- *first` before
    `&first`, an extension YamlDotNet reads), a %TAG directive used past its document. A test folder of a
    module named for the file's format (YamlDotNet.Test, Newtonsoft.Json.Tests, jackson-dataformat-yaml's
    src/test/, snakeyaml's) holds what that parser accepts beyond the spec or must reject: notes. A test
    folder of another module, and a format folder below a test folder, are still checked."""
    forward = "- *first\n- another scalar\n- &first a scalar\n"
    files = {"YamlDotNet.Test/files/forward-alias.yaml": forward,
             "src/Newtonsoft.Json.Tests/Documentation/trailing.json": '{"a": 1,,}\n',
             "jackson-dataformat-yaml/src/test/resources/data/alias.yaml": forward,
             "Service.Tests/files/forward-alias.yaml": forward,
             "src/test/resources/yaml/case2.yaml": "root:\n  key1: a\n  key1: b\n"}
    assert findings_in_a_tree(lint, tmp_path, files) == [("Service.Tests/files/forward-alias.yaml", "RL401"),
                                                        ("src/test/resources/yaml/case2.yaml", "RL402")]
