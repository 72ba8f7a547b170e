"""Inputs of editors' and highlighters' own tests (issue 24, session 12's probe of systems and editor
tooling): syntax-highlighting tests (Sublime Text's and vscode-tmgrammar-test's `SYNTAX TEST` files,
TextMate grammar tests that record the scopes of each token in the file itself or as a baseline in a
sibling folder), and code samples in the test folder of a project whose own tests are written in another
language (a Neovim plugin's Lua specs beside folders of Python and JavaScript to indent). Each is odd,
incomplete or repeated on purpose; each look-alike that is the project's own code keeps its findings.
Shapes reworked from docs.rs's vendored Sublime packages, MagicPython, TypeScript-TmLanguage and
nvim-treesitter. Real CLI, real parsers, files in a git repository in a temp dir."""
from __future__ import annotations

from conftest import findings_in_a_tree

BROKEN_PY = "def f(:\n    pass\n"
BROKEN_JS = "if (a) {\n  b();\n"
DOUBLED_PY = "def a():\n    return 1\n\n\ndef a():\n    return 2\n"

_findings = findings_in_a_tree  # (lint, tmp_path, files)


# `SYNTAX TEST` files -------------------------------------------------------------------------------

def test_a_syntax_test_file_is_a_highlighters_input_in_any_language(tmp_path, lint):
    """Sublime Text runs every file whose first line says `SYNTAX TEST "Packages/X/X.sublime-syntax"`
    against that syntax (vscode-tmgrammar-test reads the same header): the code below it exercises the
    highlighter, invalid on purpose, and its assertion comments follow each line."""
    files = {
        "assets/syntaxes/Packages/Python/syntax_test_python.py":
            '# SYNTAX TEST "Packages/Python/Python.sublime-syntax"\n\nx = "unterminated\n#   ^ string.quoted\n',
        "assets/syntaxes/Packages/JSON/syntax_test_json.json":
            '// SYNTAX TEST "Packages/JSON/JSON.sublime-syntax"\n{"a": 1, "a": 2}\n',
        "assets/syntaxes/Packages/SQL/syntax_test_sql.sql":
            '-- SYNTAX TEST "Packages/SQL/SQL.sublime-syntax"\nSELECT 1\nSELECT 2;\n',
        "assets/syntaxes/Extras/TOML/syntax_test_toml.toml":
            '# SYNTAX TEST "Packages/TOML/TOML.sublime-syntax"\n[a]\nb = 1\n[a]\nc = 2\n',
        "grammar/test/sample.test.ts": '// SYNTAX TEST "source.ts" "generics"\nconst a = <T,>(x: T => x;\n',
        "assets/syntaxes/Packages/XML/syntax_test_xml.xml":
            '<!-- SYNTAX TEST "Packages/XML/XML.sublime-syntax" -->\n<a><b></a>\n',
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_file_that_only_mentions_a_syntax_test_is_still_checked(tmp_path, lint):
    files = {
        # not on the first line, and no syntax named: the project's own code
        "tools/run_syntax_tests.py": '"""Run the SYNTAX TEST files."""\n' + BROKEN_PY,
        "data/config.json": '{"comment": "SYNTAX TEST \\"x\\"", "a": 1, "a": 2}\n',
        "src/app.py": '# SYNTAX TEST is what we call our grammar checks\n' + BROKEN_PY,
    }
    assert _findings(lint, tmp_path, files) == [
        ("data/config.json", "RL412"), ("src/app.py", "RL101"), ("tools/run_syntax_tests.py", "RL101")]


# TextMate grammar tests -----------------------------------------------------------------------------

SCOPES = ("\n\n\n"
          "def           : meta.function.python, source.python, storage.type.function.python\n"
          "f             : entity.name.function.python, meta.function.python, source.python\n"
          "(             : meta.function.parameters.python, source.python\n"
          ":             : invalid.illegal.python, source.python\n"
          "pass          : keyword.control.flow.python, source.python\n")


def test_a_grammar_test_that_records_each_tokens_scopes_below_its_code_is_data(tmp_path, lint):
    """MagicPython's test/<topic>/x.py: the code, then the scopes the grammar must give each token
    (`token : scope, source.python`), in the same file."""
    files = {"test/illegals/backticks.py": BROKEN_PY + SCOPES,
             "test/functions/redefined.py": DOUBLED_PY + SCOPES}
    assert _findings(lint, tmp_path, files) == []


def test_a_module_with_a_few_annotated_lines_is_still_code(tmp_path, lint):
    files = {"test/test_scopes.py": BROKEN_PY + "x : source.python\n",  # one line: no record of scopes
             "src/app.py": DOUBLED_PY + "# a : source.python, meta.x\n"}
    assert _findings(lint, tmp_path, files) == [("src/app.py", "RL111"), ("test/test_scopes.py", "RL101")]


def test_a_case_whose_baseline_is_in_a_sibling_results_folder_is_data(tmp_path, lint):
    """TypeScript-TmLanguage's tests/cases/X.ts beside tests/baselines/X.baseline.txt (TypeScript's own
    tests/cases/compiler/x.ts beside tests/baselines/reference/x.js): the case exists to be compared with
    what the tool gave for it."""
    files = {"tests/cases/Issue1.ts": "function f() {}\nfunction f() {}\n",
             "tests/cases/Issue2.tsx": "const a = <C<number>/>;\n",
             "tests/baselines/Issue1.baseline.txt": "original file\n",
             "tests/baselines/Issue2.baseline.txt": "original file\n",
             "tests/cases/compiler/enums.ts": "enum E { A, A }\nlet x = ;\n",
             "tests/baselines/reference/enums.js": "var E;\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_module_without_its_name_in_the_results_folder_is_still_code(tmp_path, lint):
    files = {"tests/cases/Issue1.ts": "function f() {}\nfunction f() {}\n",
             "tests/baselines/Issue9.baseline.txt": "original file\n",
             # a harness's own module: its name is no case's
             "tests/test.ts": "let x = ;\n",
             "tests/results/test.txt": "ok\n",
             # outside a test folder, a results folder is an app's
             "src/cases/report.ts": "let x = ;\n",
             "src/results/report.json": "{}\n"}
    assert _findings(lint, tmp_path, files) == [
        ("src/cases/report.ts", "RL321"), ("tests/cases/Issue1.ts", "RL322"), ("tests/test.ts", "RL321")]


# A test folder whose tests are in another language ----------------------------------------------------

def test_code_samples_beside_specs_in_another_language_are_the_tools_inputs(tmp_path, lint):
    """nvim-treesitter's tests/indent/: python_spec.lua beside python/, javascript_spec.lua beside ecma/,
    with no manifest to say the project is Lua's: the specs are the tests, and the Python and
    JavaScript below are samples to indent and highlight, incomplete on purpose."""
    files = {"lua/plugin/init.lua": "return {}\n",
             "tests/indent/python_spec.lua": "describe('indent python', function() end)\n",
             "tests/indent/javascript_spec.lua": "describe('indent js', function() end)\n",
             "tests/indent/python/control_flow.py": "try:\n\nexcept E:\n    pass\n",
             "tests/indent/python/return_dedent.py": DOUBLED_PY,
             "tests/indent/ecma/if_else.js": BROKEN_JS,
             "tests/query/highlights_spec.lua": "describe('highlights', function() end)\n",
             "tests/query/injections_spec.lua": "describe('injections', function() end)\n",
             "tests/query/highlights/python/pattern_matching.py": "match x:\n    case a, b: int:\n        pass\n"}
    assert _findings(lint, tmp_path, files) == []


def test_code_in_a_test_folder_whose_tests_are_in_its_own_language_is_still_code(tmp_path, lint):
    files = {"tests/lua/init_spec.lua": "describe('x', function() end)\n",
             "tests/lua/other_spec.lua": "describe('y', function() end)\n",
             # the test folder's own Python tests are beside the Lua ones: no verdict
             "tests/python/test_app.py": BROKEN_PY,
             "tests/python/helpers.py": DOUBLED_PY,
             # a folder of Python tests, with a sample of another language's
             "spec/test_bindings.py": "def test_x():\n    pass\n",
             "spec/conftest.py": "\n",
             "spec/support/sample.py": BROKEN_PY,
             # one spec of another language is not a folder of them
             "test/one_spec.rb": "describe 'x' do end\n",
             "test/sample.js": BROKEN_JS}
    assert _findings(lint, tmp_path, files) == [
        ("spec/support/sample.py", "RL101"), ("test/sample.js", "RL301"),
        ("tests/python/helpers.py", "RL111"), ("tests/python/test_app.py", "RL101")]


# YAML with ${name} placeholders ------------------------------------------------------------------------

def test_yaml_broken_where_a_dollar_brace_placeholder_stands_is_a_template(tmp_path, lint):
    """MagicPython's grammars/src/regexp.inc.syntax.yaml, which a script renders with string.Template
    (`${prefix}regexp-character-set:`, `${nested}` standing for several items, `string.${line}.python`
    inside a flow mapping), as envsubst renders a manifest: YAML only once filled in."""
    files = {"grammars/src/regexp.inc.syntax.yaml":
             "${prefix}regexp-base:\n  patterns:\n    - include: '#a'\n    ${nested}\n\n${prefix}regexp-set:\n"
             "  patterns: []\n",
             "grammars/src/fstring.inc.syntax.yaml":
             "fstring:\n  captures:\n    '1': {name: storage.type.string.python\n"
             "                string.quoted.${line}.python}\n",
             # a placeholder that is a plain scalar is YAML as it stands: its keys still count
             "deploy/app.yaml": "image: ${IMAGE}\nreplicas: 1\nimage: ${IMAGE}\n",
             # an error away from any placeholder is still one
             "deploy/job.yaml": "name: ${NAME}\nspec:\n  a: [1, 2\n  b: 3\n"}
    assert _findings(lint, tmp_path, files) == [("deploy/app.yaml", "RL402"), ("deploy/job.yaml", "RL401")]


# Test folders by other names -------------------------------------------------------------------------

def test_unittests_and_a_test_folder_named_with_a_space_are_test_folders(tmp_path, lint):
    """meson's unittests/ (a test adds the same library twice to see it deduplicated) and its `test cases/`
    folder (`test cases/failing/<n> cargo toml error/.../Cargo.toml`, a key twice on purpose)."""
    repeated = ("def test_dedup(self):\n    l = []\n    l.append('-lbar')\n    check(l)\n"
                "    l.append('-lbar')\n    check(l)\n")
    files = {"unittests/internaltests.py": repeated,
             "test cases/failing/135 cargo toml error/subprojects/foo-rs/Cargo.toml":
                 '[package]\nname = "foo"\nversion = "0.1.0"\nname = "bar"\n',
             # the project's own code, and its data in a test folder no word calls invalid, still count
             "mesonbuild/build.py": "def f(self):\n    create = False\n    create = False\n    return create\n",
             "test cases/common/1 trivial/data.json": '{"a": 1, "a": 2}\n'}
    assert _findings(lint, tmp_path, files) == [
        ("mesonbuild/build.py", "RL114"), ("test cases/common/1 trivial/data.json", "RL412")]


def test_a_test_folder_between_double_underscores_is_a_test_folder(tmp_path, lint):
    """jest's naming (`__tests__`, `__fixtures__`, `__mocks__`) for other test folders: jhipster's
    lib/jdl/core/__test-support__/files/.jhipster/BadEntity.json, a fixture named bad on purpose. A folder
    named so that is no test word (`__pycache__`-like `__init__`) is not one."""
    # (a brace: a sentence alone in a .json file is a notice left in place of the file, a note wherever it is)
    files = {"lib/jdl/core/__test-support__/files/app/.jhipster/BadEntity.json": "{Not an entity\n",
             "lib/jdl/core/__internals__/files/BadEntity.json": "{Not an entity\n"}
    assert _findings(lint, tmp_path, files) == [("lib/jdl/core/__internals__/files/BadEntity.json", "RL411")]


def test_requirements_in_the_tests_of_a_typescript_extension_are_a_sample(tmp_path, lint):
    """vscode-python's src/test/pipRequirements/example-requirements.txt: every form of a requirement line,
    contradicting pins included, for the extension's requirements grammar; its tests are TypeScript."""
    pins = "project > 2.0.0\nproject~=1.0.0\n--no-links\n"
    files = {"src/test/api.test.ts": "test('a', () => {});\n",
             "src/test/startupTelemetry.unit.test.ts": "test('b', () => {});\n",
             "src/test/pipRequirements/example-requirements.txt": pins,
             # a Python project's tests: its requirements are its own
             "tests/test_app.py": "def test_a():\n    pass\n",
             "tests/test_cli.py": "def test_b():\n    pass\n",
             "tests/requirements.txt": pins,
             "requirements.txt": pins}
    found = _findings(lint, tmp_path, files)
    assert {path for path, _ in found} == {"requirements.txt", "tests/requirements.txt"}, found


def test_a_case_beside_a_results_folder_holding_its_name_is_data(tmp_path, lint):
    """pgFormatter's t/test-files/exN.sql beside t/test-files/expected/exN.sql, what the formatter must
    print for it: inputs of other dialects, objects created twice, broken statements, on purpose."""
    files = {"t/test-files/ex1.sql": "CREATE TABLE a (x int);\nCREATE TABLE a (x int);\n",
             "t/test-files/ex2.sql": "SELECT 1 FROM t WHERE;\n",
             "t/test-files/expected/ex1.sql": "CREATE TABLE a (x int);\n",
             "t/test-files/expected/ex2.sql": "SELECT 1 FROM t WHERE;\n",
             # a file whose name the results folder does not hold is checked
             "t/test-files/setup.sql": "SELECT 1 FROM t WHERE;\n"}
    assert _findings(lint, tmp_path, files) == [("t/test-files/setup.sql", "RL201")]


# A syntax test of the grammar's conflict-marker rules ------------------------------------------------

ASSERTED = ('# SYNTAX TEST "Packages/Python/Python.sublime-syntax"\n\n'
            "<<<<<<< HEAD\n# <- meta.block.conflict.begin.diff punctuation.section.block.begin.diff\n"
            "#       ^^^^ meta.block.conflict.begin.diff entity.name.section.diff\n\n"
            "=======\n# <- meta.block.conflict.separator.diff punctuation.section.block.diff\n\n"
            ">>>>>>> master\n# <- meta.block.conflict.end.diff punctuation.section.block.end.diff\n")
REAL_CONFLICT = "x = 1\n<<<<<<< HEAD\ny = 2\n=======\ny = 3\n>>>>>>> topic\n"


def test_markers_a_syntax_test_asserts_the_scopes_of_are_its_subject(tmp_path, lint):
    """Sublime's Packages test how each grammar highlights conflict markers (Python/tests/
    syntax_test_conflicts.py, and the same in 30 more languages): every marker line is followed by
    the assertion of its own scopes. A real conflict in the same file is still one, and so are
    asserted markers in a file that is no syntax test."""
    files = {"Python/tests/syntax_test_conflicts.py": ASSERTED,
             "Perl/syntax_test_perl.pl": ASSERTED.replace("Python/Python", "Perl/Perl"),
             "Python/tests/syntax_test_strings.py": ASSERTED + REAL_CONFLICT,
             "docs/markers.py": ASSERTED.split("\n", 1)[1]}
    assert _findings(lint, tmp_path, files) == [("Python/tests/syntax_test_strings.py", "RL001"),
                                                ("docs/markers.py", "RL001")]


def test_syntax_test_headers_with_options_and_other_comment_openers(tmp_path, lint):
    files = {"JavaScript/tests/syntax_test_indent.js":
                 '// SYNTAX TEST reindent-unchanged "Packages/JavaScript/JavaScript.sublime-syntax"\nlet x = ;\n',
             "JavaScript/tests/syntax_test_shebang.ts":
                 '#!ts-node SYNTAX TEST "Packages/JavaScript/TypeScript.sublime-syntax"\nlet x = ;\n',
             "OCaml/syntax_test_ml.ml": ASSERTED.replace('# SYNTAX TEST "Packages/Python/Python.sublime-syntax"',
                                                         '(* SYNTAX TEST "Packages/OCaml/OCaml.sublime-syntax" *)')
                                                .replace("# <-", "(* <-").replace("#       ^", "(*      ^"),
             # a call that prints the words is code
             "tools/report.py": 'print("SYNTAX TEST "x"")\nlet x = ;\n'}
    assert _findings(lint, tmp_path, files) == [("tools/report.py", "RL101")]
