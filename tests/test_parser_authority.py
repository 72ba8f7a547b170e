"""Issue 24, class 1: a parse error from a parser that is not authoritative for the file's exact
language and version is an error only when an independent second parser confirms it; otherwise
it is RL014, a note (info) that never fails a run. docs/parsers.md says which parser is which."""
from pathlib import Path

import pytest
from conftest import write, codes, findings_for

TS_SAMPLE = Path(__file__).resolve().parent / "data" / "ts_corpus" / "excalidraw"

# Valid TypeScript that tree-sitter-typescript 0.23 rejects (seen in real front ends, issue 24).
TS_PARSER_GAPS = {
    "Button.tsx": ("import styled from 'styled-components';\n"
                   "export const Button = styled.button<{ primary: boolean }>`\n"
                   "  color: ${(props) => (props.primary ? 'white' : 'black')};\n`;\n"),
    "task.ts": "export interface Task {\n  id: string\n  in_progress: boolean\n}\n",
    "raw.ts": "export const pattern = String.raw`\\u{zz} \\xg \\u`;\n",
}


@pytest.mark.parametrize("name", sorted(TS_PARSER_GAPS))
def test_valid_typescript_that_tree_sitter_rejects_is_a_note(name):
    found = findings_for(name, TS_PARSER_GAPS[name])
    assert codes(found) == ["RL014"], found
    assert found[0].severity == "info"
    assert "tree-sitter-typescript rejects this" in found[0].message and "oxc accepts the file" in found[0].message


def test_a_note_never_fails_the_run(tmp_path, lint):
    for name, text in TS_PARSER_GAPS.items():
        (tmp_path / name).write_text(text)
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 0, result.out
    assert result.out.count("RL014") == len(TS_PARSER_GAPS)


def test_a_valid_file_tree_sitter_rejects_still_gets_the_both_halves_rules():
    """oxc accepts the file, so it is TypeScript: tree-sitter's tree (its error node aside) still
    holds the duplicate key and the doubled registration a conflict left elsewhere in it. Before,
    a file with one styled generic template was never looked at for them."""
    text = (TS_PARSER_GAPS["Button.tsx"] + "export const theme = {\n  color: 'white',\n  size: 1,\n  color: 'black',\n};\n"
            "export function install(app: App) {\n  app.use(theme);\n  app.use(theme);\n}\n")
    found = findings_for("Button.tsx", text)
    assert [(f.code, f.line) for f in found] == [("RL014", 2), ("RL311", 8), ("RL315", 12)], found
    # where oxc rejects the file, RL321 alone: a broken tree is not walked
    broken = text.replace("size: 1,", "size: 1,,")
    assert codes(findings_for("Button.tsx", broken)) == ["RL321"]


# tree-sitter-typescript 0.23 takes `${using}` in a template for a `using` declaration and then
# trips on backquotes in a comment: its recovery closes the class early and puts the methods'
# statements side by side at the top level (mikro-orm's SchemaHelper.ts, reduced and reworked):
# two methods' `const trimmed` looked like one scope's. What holds the error is not compared.
TORN_CLASS = """export abstract class Dialect {
  indexSql(table: string): string {
    let sql = `create ${idx.unique ? 'unique ' : ''}index ${name} on ${table}${using}`;
    if (idx.unique && idx.deferred) {
    }
  }
  protected splitAnd(s: string): string[] {
    while (i < s.length) {
      if (open) {
        // doubled: `'` → `''`, `"` → `""`, `` ` `` → ```` `` ````, `]` → `]]`.
        open = c;
      }
      if (level === 0 && /\\s/.test(c)) {
        if (m) {
        }
      }
    }
  }
  /**
   */
  dropHook(table: Table, hook: Hook): string {
    if (hook.events.length > 1) {
      return hook.events
        .map(event => `drop trigger if exists ${this.quote(`${hook.name}_${event}`)}`)
    }
  }
  protected normalizeBody(body: string): string {
    const trimmed = strip(body).trim();
  }
  protected wrapBody(body: string): string {
    const trimmed = strip(body).trim();
    if (schema && schema !== this.defaultSchema()) {
    }
  }
}
"""


def test_what_the_parsers_recovery_put_together_is_not_compared():
    found = findings_for("helper.ts", TORN_CLASS)
    assert codes(found) == ["RL014"], found


def _both_halves(text: str, line_of: str, other: str) -> str:
    """Both halves of a conflict kept: the line starting with `line_of`, then `other` after it."""
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith(line_of))
    return "".join(lines[:at + 1] + [other] + lines[at + 1:])


def test_botched_real_typescript_is_still_an_error():
    """A real excalidraw file whose function head was edited on both sides, both halves kept:
    tree-sitter rejects it, oxc confirms, so it stays RL321 (an error)."""
    text = (TS_SAMPLE / "packages" / "math" / "src" / "vector.ts").read_text()
    assert findings_for("vector.ts", text) == []
    botched = _both_halves(text, "export function vectorScale(",
                           "export function vectorScale(v: Vector, factor: number): Vector {\n")
    found = findings_for("vector.ts", botched)
    assert codes(found) == ["RL321"], found
    assert found[0].severity == "error" and "(oxc: " in found[0].message


def test_unbalanced_braces_and_missing_commas_are_confirmed():
    assert codes(findings_for("a.ts", "export const o = {\n  a: 1\n  b: 2,\n};\n")) == ["RL321"]
    assert codes(findings_for("a.tsx", "export function f() {\n  if (x) {\n    return <div/>;\n}\n")) == ["RL321"]


# JavaScript: esprima (ES2017 and some later syntax) is the arbiter of tree-sitter's doubts, and
# oxc confirms its grammar errors; its early errors (redeclarations, strict mode) stand alone.
JS_PARSER_GAPS = {
    "decorated.js": "@observer\nexport class Store {}\n",
    "using.js": "export function f() {\n  using res = open();\n  return res;\n}\n",
}


@pytest.mark.parametrize("name", sorted(JS_PARSER_GAPS))
def test_modern_javascript_esprima_rejects_is_a_note(name):
    found = findings_for(name, JS_PARSER_GAPS[name])
    assert codes(found) == ["RL014"], found
    assert "esprima rejects this" in found[0].message


def test_javascript_grammar_errors_confirmed_by_oxc_stay_errors():
    found = findings_for("a.js", "const o = {\n  a: 1\n  b: 2 };\nexport { o };\n")
    assert codes(found) == ["RL301"] and found[0].line == 3
    assert codes(findings_for("b.jsx", "export const A = () => (\n  <div>\n);\n")) == ["RL301"]


def test_javascript_early_errors_need_no_second_opinion():
    """oxc's parser does not report these (its semantic pass does): esprima's word is enough."""
    assert codes(findings_for("a.js", "let a = 1;\nlet a = 2;\n")) == ["RL302"]
    assert codes(findings_for("a.mjs", "import x from 'y';\nwith (x) {}\n")) == ["RL301"]
    assert codes(findings_for("a.js", "var t = require('t');\nlet let = 1;\n")) == ["RL301"]


# YAML: ruamel.yaml rejects some valid YAML 1.2; saphyr (py-yaml12, the whole yaml-test-suite)
# is the second opinion.
SPEC_7_2 = "{\n  foo : !!str,\n  !!str : bar,\n}\n"  # YAML 1.2.2, example 7.2: empty content
SPEC_7_21 = "- [ YAML : separate ]\n- [ : empty key entry ]\n- [ {JSON: like}:adjacent ]\n"  # example 7.21


@pytest.mark.parametrize("text", [SPEC_7_2, SPEC_7_21], ids=["7.2", "7.21"])
def test_the_yaml_specs_own_examples_are_not_errors(text):
    found = findings_for("spec.yaml", text)
    assert codes(found) == ["RL014"], found
    assert "ruamel.yaml rejects this" in found[0].message and "saphyr" in found[0].message


def test_yaml_errors_saphyr_confirms_stay_errors():
    assert codes(findings_for("a.yaml", "a: 1\n b: 2\n  - c\n")) == ["RL401"]
    assert codes(findings_for("a.yaml", "key: [1, 2\nother: 3\n")) == ["RL401"]
    assert codes(findings_for("a.yaml", "a:\n\t- b\n")) == ["RL401"]


def test_an_undefined_alias_is_certain_but_libfyaml_path_aliases_are_a_note():
    assert codes(findings_for("a.yaml", "a: 1\nb: *nope\n")) == ["RL401"]
    found = findings_for("a.yaml", "base: &base {x: 1}\ncopy: */base/x\n")
    assert codes(found) == ["RL014"] and "libfyaml" in found[0].message


def test_duplicate_keys_stay_errors():
    assert codes(findings_for("a.yaml", "a: 1\nb: 2\na: 3\n")) == ["RL402"]


def test_the_second_opinion_never_expands_aliases():
    """An alias bomb with a syntax error: saphyr would expand it for ever; it sees plain scalars."""
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    text = "\n".join(lines) + "\nbroken: [1, 2\n"
    assert codes(findings_for("bomb.yaml", text)) == ["RL401"]


# Python: compile() is authoritative for Python 3 (of the target version), not for Python 2.
PYTHON2 = {
    "print statement": "import sys\n\nprint 'usage: %s file' % sys.argv[0]\n",
    "exec statement": "code = open('x').read()\nexec code\n",
    "backquotes": "def show(x):\n    return `x`\n",
    "octal": "import os\nos.chmod('run.sh', 0755)\n",
    "long": "LIMIT = 2147483648L\n",
    # a hexadecimal long (jsonnet's case_studies: a UUID epoch offset, `0x01b21dd213814000L`)
    "hexadecimal long": "import time\nEPOCH = (time.time() - 0x01B21DD2L) * 100\n",
    "raise with a comma": "def fail():\n    raise ValueError, 'bad'\n",
    "not-equal": "if a <> b:\n    pass\n",
    "shebang": "#!/usr/bin/python2.7\nimport foo\nif x:\nfoo()\n",
}


@pytest.mark.parametrize("name", sorted(PYTHON2))
def test_a_python2_script_is_a_note_not_a_broken_python3_file(name):
    found = findings_for("tools/legacy.py", PYTHON2[name])
    assert codes(found) == ["RL014"], found
    assert found[0].message.startswith("Python 2 source")


def test_python3_errors_that_look_nothing_like_python2_stay_errors():
    assert codes(findings_for("a.py", "def f(:\n    pass\n")) == ["RL101"]
    assert codes(findings_for("a.py", 's = "`a`" +\n')) == ["RL101"]  # backquotes in a string are not Python 2
    assert codes(findings_for("a.py", "x = 0x1G\n")) == ["RL101"]  # a bad hex digit is no Python 2 long
    assert codes(findings_for("a.py", "x = 1\nfrom __future__ import annotations\n")) == ["RL102"]


# Python 3.6 and older: `async` and `await` were names (a keyword argument `async=True`, tornado's and
# swagger-codegen's generated clients of 2017), keywords since 3.7. compile() judges today's grammar.
OLD_PYTHON3 = {
    "keyword argument": "def f(params):\n    return g(x=1,\n             async=params.get('async'))\n",
    "assignment": "async = True\n",
    "parameter": "def call(url, async=False):\n    pass\n",
    "attribute": "if self.async:\n    pass\n",
}


@pytest.mark.parametrize("name", sorted(OLD_PYTHON3))
def test_async_as_a_name_is_python_3_6_source_a_note(name):
    found = findings_for("client/api.py", OLD_PYTHON3[name])
    assert codes(found) == ["RL014"], found
    assert found[0].message.startswith("Python 3.6 or older source")


def test_a_broken_async_construct_stays_an_error():
    assert codes(findings_for("a.py", "async def f(:\n    pass\n")) == ["RL101"]
    assert codes(findings_for("a.py", "async with x as:\n    pass\n")) == ["RL101"]


def test_a_plpython_body_kept_as_py_is_a_note():
    body = "rv = plpy.execute('SELECT 1 AS x')\nreturn rv[0]['x']\n"
    found = findings_for("sql/functions/answer.py", body)
    assert codes(found) == ["RL014"] and "PL/Python" in found[0].message
    assert codes(findings_for("sql/double.py", "return args[0] * 2\n")) == ["RL014"]
    # a module that defines functions and returns at the top level is broken Python
    assert codes(findings_for("app.py", "def f():\n    pass\nreturn 1\n")) == ["RL102"]


# Class 4: deliberately invalid test inputs, recognised by folder, by a conformance suite's name,
# by a sibling that holds the expected error, and by siblings that mostly fail the same parser.
@pytest.mark.parametrize("path, text", [
    ("tests/invalid/config.toml", "[a]\nx = \n"),
    ("tests/test-errors/flow.yaml", "key: [1, 2\n"),
    ("yaml/test-errors/E76Z.yaml", "key: [1, 2\n"),
    ("spec/fixtures/bad/payload.json", "{\"a\": 1,,}\n"),
    ("third_party/yaml-test-suite/src/2CMS.yaml", "this\n is\n  invalid: x\n"),
    ("vendor/JSONTestSuite/test_parsing/n_array_extra_comma.json", "[1,,]\n"),
    ("internal/endtoend/testdata/syntax_errors/postgresql/query/typo.sql", "selectt 1;\n"),
    ("tests/fixtures/invalid/module.py", "def f(:\n    pass\n"),
    ("test/fixtures/broken/app.ts", "export const a = {\n  b: 1\n  c: 2,\n};\n"),
    ("tests/torture/input0.json", "0 12 true\n[0,01,[12]]\n"),  # a torture test's pathological input (jq's)
    ("sql/plsql/more-examples/slash_separated_invalid2.sql", "select 1 from dual\n\nselect 2 from dual\n"),
    ("examples/broken/app.py", "def f(:\n    pass\n"),
    # .NET's test projects are named for the project they test: Jackett.Test/, App.UnitTests/
    ("src/Jackett.Test/Common/Utils/Invalid-RSS.xml", "<rss><channel>\x01</channel></rss>\n"),
    ("src/App.UnitTests/Data/invalid-order.json", "{\"a\": 1,,}\n"),
    ("tests/unit/settings/syntaxerror_settings.yml", "a: b\n c: d\n  e\n"),  # a glued "syntax error"
])
def test_deliberately_invalid_inputs_by_folder_are_not_findings(path, text):
    assert findings_for(path, text) == []


def test_a_test_module_about_errors_is_still_checked():
    """A test module's name is its topic: tests/test_errors.py with a syntax error is broken."""
    assert codes(findings_for("tests/test_errors.py", "def f(:\n    pass\n")) == ["RL101"]
    assert codes(findings_for("tests/errors/test_api.py", "def f(:\n    pass\n")) == ["RL101"]
    assert codes(findings_for("src/invalid/x.yaml", "key: [1, 2\n")) == ["RL401"]  # not under a test folder
    # not a test project (a name that is only the verdict, invalid.json, says it anywhere: the control names a topic)
    assert codes(findings_for("src/Latest.Release/invalid-order.json", "{,}\n")) == ["RL411"]


def test_a_sibling_with_the_expected_error_marks_a_folder_of_invalid_inputs(tmp_path, lint):
    case = tmp_path / "internal" / "tests" / "typo" / "query"  # (testdata/ is data for tests: see below)
    case.mkdir(parents=True)
    (case / "query.sql").write_text("SELECT 1;\nselectt 2;\n")
    (case.parent / "stderr.txt").write_text("query/query.sql:2:1: syntax error at or near \"selectt\"\n")
    (case.parent / "query.sql").write_text("selectt 2;\n")
    result = lint("check", ".", cwd=tmp_path)
    assert "typo/query.sql" not in result.out and result.code == 0, result.out
    # the same folder without the expected error is checked
    (case.parent / "stderr.txt").unlink()
    assert "typo/query.sql:1:1: RL201" in lint("check", "--no-cache", ".", cwd=tmp_path).out


def test_a_case_whose_own_configuration_expects_an_error_holds_invalid_inputs(tmp_path, lint):
    """rolldown's tests/esbuild/loader/loader_json_with_big_int/: `_config.json` says `"expectError": true`
    beside `data.json`, `{"invalid": [123n]}`, which the bundler must reject. The same input in a case that
    expects no error, or with no such configuration, is reported."""
    base = "crates/rolldown/tests/esbuild/loader/"
    files = {base + "big_int/_config.json": '{\n  "config": {"input": [{"name": "entry", "import": "entry.js"}]},\n'
                                            '  "expectError": true\n}\n',
             base + "big_int/data.json": '{\n\t"invalid": [123n]\n}\n',
             base + "big_int_ok/_config.json": '{\n  "expectError": false\n}\n',
             base + "big_int_ok/data.json": '{\n\t"n": [123n]\n}\n',
             base + "plain/data.json": '{\n\t"n": [123n]\n}\n'}
    write(tmp_path, files)
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted(line.split(":")[0] for line in result.lines if ": RL" in line)
    assert reported == [base + "big_int_ok/data.json", base + "plain/data.json"], result.out


def test_a_folder_where_most_files_fail_one_parser_is_a_corpus(tmp_path, lint):
    corpus = tmp_path / "cases"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"case{i}.json").write_text("{\"a\": 1,,}\n" if i else "{\"a\": 1}\n")
    result = lint("check", "--debug", ".", cwd=tmp_path)
    assert result.code == 0 and "RL411" not in result.out, result.out
    assert "a corpus of invalid inputs" in result.err
    # one broken file among healthy siblings is a finding
    for i in range(1, 4):
        (corpus / f"case{i}.json").write_text("{\"a\": 1}\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert result.code == 1 and "case4.json:1:9: RL411" in result.out, result.out


def test_a_corpus_counts_every_way_its_format_rejects_a_file(tmp_path, lint):
    """iarna's toml-spec-tests keep 54 invalid files in errors/: most fail to parse (RL421), the rest
    redefine a key or table (RL422), which tomllib rejects as well. Both are the format refusing the
    file: together they make the folder a corpus of invalid inputs."""
    corpus = tmp_path / "errors"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"syntax-{i}.toml").write_text("a = \n")
        (corpus / f"table-{i}.toml").write_text("[fruit]\na = 1\n[fruit]\nb = 2\n")
    (corpus / "ok.toml").write_text("a = 1\n")
    result = lint("check", "--debug", "--no-cache", ".", cwd=tmp_path)
    assert result.code == 0 and "RL42" not in result.out, result.out
    # a redefinition among healthy siblings is a finding
    for i in range(3):
        (corpus / f"syntax-{i}.toml").write_text("a = 1\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert result.code == 1 and result.out.count(" RL422 ") == 3, result.out


# Class 5: data that is not what its suffix says, on purpose.
def test_json_lines_and_document_streams_in_test_data_are_checked_per_document():
    lines = '{"id": 1, "severity": "low"}\n{"id": 2, "severity": "high"}\n'
    assert findings_for("unittests/scans/nuclei/many_findings.json", lines) == []
    stream = '{\n  "config": {"v": 1}\n}\n{\n  "finding": {"id": 2}\n}\n'
    assert findings_for("unittests/scans/govulncheck/issue.json", stream) == []
    assert findings_for("data/events.json", lines + '{"id": 3}\n') == []  # three JSON Lines anywhere
    # a folder named for test data wherever it is (sigma's regression_data/: each rule's events as an
    # event-log dumper prints them, one pretty-printed document after another)
    assert findings_for("regression_data/rules/windows/proc_x/0b9a.json", stream) == []
    found = findings_for("regression_data/rules/x/1.json", '{"id": 1}\n{"id": 2, "id": 3}\n')
    assert codes(found) == ["RL412"] and found[0].line == 2
    # duplicate keys inside a document still count
    found = findings_for("tests/scans/x.json", '{"id": 1}\n{"id": 2, "id": 3}\n')
    assert codes(found) == ["RL412"] and found[0].line == 2


def test_two_documents_outside_test_data_may_be_both_halves_of_a_conflict():
    both = '{\n  "name": "app",\n  "version": "1.2.0"\n}\n{\n  "name": "app",\n  "version": "1.3.0"\n}\n'
    assert codes(findings_for("package.json", both)) == ["RL411"]
    assert codes(findings_for("config/settings.json", '{"a": 1}\n{"a": 2}\n')) == ["RL411"]


def test_a_leading_hash_comment_line_is_stripped_like_its_loader_does():
    assert findings_for("config/data.json", "# generated by make data\n{\"a\": 1}\n") == []
    assert codes(findings_for("config/data.json", "# generated\n{\"a\": 1,, }\n")) == ["RL411"]
    assert codes(findings_for("config/data.json", "# generated\n{\"a\": 1, \"a\": 2}\n")) == ["RL412"]


def test_a_go_template_with_a_js_suffix_is_not_javascript():
    hugo = ("const index = new FlexSearch.Document({\n"
            "  document: {\n"
            "    field: {{ if site.Params.indexSummary }}'summary'{{ else }}'content'{{ end }}\n"
            "  },\n});\nconst limit = {{ .searchLimit }};\n")
    assert findings_for("docs/assets/js/flexsearch.js", hugo) == []
    # JSX's double braces are not a template
    assert codes(findings_for("a.jsx", "const A = () => <div style={{ end: 0 }}>\n")) == ["RL301"]


def test_xml_test_data_in_a_legacy_encoding_is_a_charset_tests_input():
    latin1 = "<?xml version=\"1.0\"?>\n<rss><title>Caf\u00e9</title></rss>\n".encode("latin-1")
    assert findings_for("internal/reader/testdata/no_encoding_ISO-8859-1.xml", latin1) == []
    assert codes(findings_for("config/feed.xml", latin1)) == ["RL471"]  # not test data: an error
    broken = b"<?xml version=\"1.0\"?>\n<rss><title>x</rss>\n"
    assert codes(findings_for("internal/reader/testdata/feed.xml", broken)) == ["RL471"]


def test_xml_test_data_that_is_not_xml_from_its_first_byte_is_another_shape():
    """An export a lenient importer reads (a Go raw string's backquote left before the declaration,
    unquoted attributes): test data in another shape on purpose. A merge never puts text before a
    file's first line of markup, so outside test data, and for a tag broken later on, it stays RL471."""
    export = b"`<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<export>\n  <thread id=247937687/>\n</export>\n"
    assert findings_for("backend/app/migrator/testdata/export.xml", export) == []
    assert codes(findings_for("config/export.xml", export)) == ["RL471"]  # not test data: an error
    broken = b"<?xml version=\"1.0\"?>\n<export>\n  <thread id=247937687/>\n</export>\n"
    assert codes(findings_for("backend/app/migrator/testdata/export.xml", broken)) == ["RL471"]
    both = b"<?xml version=\"1.0\"?>\n<export><a/></export>\n<export><b/></export>\n"
    assert codes(findings_for("backend/app/migrator/testdata/export.xml", both)) == ["RL471"]


def test_a_control_character_in_xml_test_data_is_a_recorded_documents():
    """Radarr's recorded indexer feeds (src/X.Test/Files/Indexers/*.xml) hold a BEL from the site's
    ASCII art: XML 1.0 forbids it, the reader under test strips it, and no merge writes one. In test
    data a note, with the rest checked (a broken tag still counts); in the project's own XML RL471."""
    feed = b"<?xml version=\"1.0\"?>\n<rss><channel><item><description>\x07 group info &amp; rules\x1b" \
           b"</description></item></channel></rss>\n"
    assert findings_for("src/Core.Test/Files/Indexers/feed.xml", feed) == []
    broken = feed.replace(b"</item>", b"")
    assert codes(findings_for("src/Core.Test/Files/Indexers/feed.xml", broken)) == ["RL471"]
    assert codes(findings_for("src/Core/Resources/feed.xml", feed)) == ["RL471"]  # not test data: an error
    utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>x</a>\n".encode("utf-16")
    assert findings_for("src/Core.Test/Files/utf16.xml", utf16) == []


def test_characters_yaml_does_not_allow_are_certain():
    """saphyr is lenient about control characters; YAML's printable set is the spec's, so ruamel's
    reader error needs no second opinion."""
    assert codes(findings_for("a.yaml", "a: 1\nb: 2 \x1b]0;x\x07\n")) == ["RL401"]


def test_deep_nesting_never_crashes_the_second_opinion():
    """oxc recurses natively: it runs on a big stack, and is not asked past 20,000 brackets."""
    for depth, expected in ((15_000, "RL321"), (30_000, "RL014")):
        text = "export const x = " + "(" * depth + "1" + ")" * (depth - 1) + ";\n"
        found = findings_for("deep.ts", text)
        assert codes(found) == [expected], found


# A parser's or linter's conformance suite: an input beside a file of the same stem holding its expected
# output (sqlfluff's test/fixtures/dialects/<dialect>/x.sql beside x.yml) is not code of the project.
def test_an_input_beside_its_expected_output_is_a_conformance_input(tmp_path, lint):
    case = tmp_path / "test" / "fixtures" / "dialects" / "postgres"
    case.mkdir(parents=True)
    (case / "create_table.sql").write_text("CREATE TABLE t (a int);\nCREATE TABLE t (a int);\n")
    (case / "select.sql").write_text("SELECT FROM WHERE;\n")
    (case / "markers.sql").write_text("<<<<<<< HEAD\nSELECT 1;\n=======\nSELECT 2;\n>>>>>>> b\n")
    for stem in ("create_table", "select", "markers"):
        (case / f"{stem}.yml").write_text("file:\n  statement: {}\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert "create_table.sql" not in result.out and "select.sql" not in result.out, result.out
    assert "markers.sql:1:1: RL001" in result.out  # conflict markers are always checked
    # without the expected outputs the same files are the project's SQL
    for stem in ("create_table", "select"):
        (case / f"{stem}.yml").unlink()
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert "create_table.sql:2:1: RL212" in result.out and "select.sql:1:" in result.out, result.out


def test_a_transform_fixture_pair_is_data_for_the_transform(tmp_path, lint):
    """A codemod's fixtures (typeorm's x-duplicate-keys.input.ts beside x-duplicate-keys.output.ts,
    jscodeshift's __testfixtures__): the input and its expected output are data for the transform
    under test, duplicate keys included on purpose; a lone input is still the project's code."""
    case = tmp_path / "test" / "transforms" / "fixtures" / "column"
    case.mkdir(parents=True)
    text = "export const c = {\n  options: 1,\n  options: 2,\n};\n"
    for name in ("dup-keys.input.ts", "dup-keys.output.ts", "lone.input.ts"):
        (case / name).write_text(text)
    (case / "markers.input.ts").write_text("<<<<<<< HEAD\nconst a = 1;\n=======\nconst a = 2;\n>>>>>>> b\n")
    (case / "markers.output.ts").write_text("const a = 1;\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert "dup-keys." not in result.out, result.out
    assert "markers.input.ts:1:1: RL001" in result.out  # conflict markers are always checked
    assert "lone.input.ts:3:3: RL311" in result.out  # no expected output beside it


def test_a_test_input_that_says_it_is_invalid_is_invalid_on_purpose(tmp_path, lint):
    """eslint's fixtures: `# intentionally invalid YML`, `function( {}   // intentional syntax error`;
    vite's playground tsconfig that says it is deliberately malformed; without the comment a file is
    still reported."""
    files = {
        "tests/fixtures/bin/.eslintrc.yml": "# intentionally invalid YML\nrules:\n  semi: error\nyoda: error\n  quotes: error\n",
        "tests/fixtures/glob/sub/index.js": "function( {}   // intentional syntax error\n",
        "tests/fixtures/glob/sub/load.js": "module.exports = /* deliberately invalid */\n",
        "tests/fixtures/glob/sub/plain.js": "function( {}\n",
        "src/loader.js": "function( {}\n",
        "playground/load-error/has-error/tsconfig.json": "{\n  // this config is deliberately malformed to test how vite handles broken tsconfig\n  \"compilerOptions\": {\n",
        "tests/fixtures/glob/sub/marked.js": "// intentional syntax error\n<<<<<<< HEAD\na();\n=======\nb();\n>>>>>>> x\n",
    }
    write(tmp_path, files)
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted(line.split(":")[0] for line in result.lines if ": RL" in line)
    assert reported == ["src/loader.js", "tests/fixtures/glob/sub/marked.js", "tests/fixtures/glob/sub/plain.js"], result.out


def test_a_test_input_that_says_it_should_raise_a_syntax_error_is_invalid_on_purpose(tmp_path, lint):
    """A linter's test notebook (marimo's tests/_lint/test_files/star_import.py: `# This should trigger
    MB005 - syntax error with star import hint` above a star import in a function): in a test folder, a
    comment that says the file should raise a syntax error says it is invalid on purpose. Outside a
    test folder, or with no such comment, the error is reported."""
    body = "def cell():\n    {}\n    from math import *\n    return sin(pi)\n"
    says = "# This should trigger MB005 - syntax error with star import hint"
    write(tmp_path, {
        "tests/_lint/test_files/star_import.py": body.format(says),
        "tests/_lint/test_files/unsaid.py": body.format("# a star import"),
        "tests/_lint/test_files/js_case.js": "// expected to raise a parse error\nfunction( {}\n",
        "app/cells.py": body.format(says),
    })
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted(line.split(":")[0] for line in result.lines if ": RL" in line)
    assert reported == ["app/cells.py", "tests/_lint/test_files/unsaid.py"], result.out


@pytest.mark.parametrize("name", ["tests/fixtures/shallow-glob/subdir/broken.js",
                                  "tests/fixtures/unmatched-patterns/failing.js",
                                  "tests/fixtures/exit-on-fatal-error/fatal-error.js",
                                  "tests/fixtures/config-file/js/.eslintrc.broken.js"])
def test_a_fixture_named_invalid_is_invalid_on_purpose(tmp_path, lint, name):
    """A fixture (not a test module) whose own name says it fails; a test module's name names its
    topic (broken.test.js tests something broken) and says nothing."""
    write(tmp_path, {name: "var foo  1\n", "tests/unit/broken.test.js": "var foo  1\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["tests/unit/broken.test.js"], result.out


def test_code_in_go_testdata_is_data(tmp_path, lint):
    """golang-migrate's source/httpfs/testdata/duplicates/1_foobar.up.sql holds `1 up`: data a Go
    test reads (the go tool never builds testdata/), not SQL the project runs."""
    write(tmp_path, {"source/httpfs/testdata/duplicates/1_foobar.up.sql": "1 up\n",
                     "migrations/1_foobar.up.sql": "1 up\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["migrations/1_foobar.up.sql"], result.out


def test_an_input_named_in_a_sibling_snapshot_is_a_formatter_input(tmp_path, lint):
    """prettier's tests/format/flow/_errors_/: inputs that do not parse on purpose, each named by a key
    of __snapshots__/format.test.js.snap; a Jest component beside its own test's snapshot is code."""
    write(tmp_path, {
        "tests/format/flow/_errors_/function-async.js": "async function f() {\n  await;\n",
        "tests/format/flow/_errors_/format.test.js": "runFormatTest(import.meta, ['flow']);\n",
        "tests/format/flow/_errors_/__snapshots__/format.test.js.snap":
            "// Jest Snapshot v1\n\nexports[`function-async.js format 1`] = `\n\"parser\": \"flow\"\n`;\n",
        "tests/format/flow/_errors_/markers.js": "<<<<<<< HEAD\na();\n=======\nb();\n>>>>>>> x\n",
        "tests/format/yaml/flow-mapping/alias-key.yml": "{ &a foo: 1, *a : 2, foo: 3 }\n",
        "tests/format/yaml/flow-mapping/__snapshots__/format.test.js.snap":
            "exports[`alias-key.yml format 1`] = `\n...\n`;\n",
        "config/app.yml": "{ foo: 1, foo: 3 }\n",
        "src/components/__tests__/Button.js": "export const Button = () => {\n",
        "src/components/__tests__/__snapshots__/Button.test.js.snap":
            "exports[`Button renders 1`] = `<button />`;\n",
    })
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted(line.split(":")[0] for line in result.lines if ": RL" in line)
    assert reported == ["config/app.yml", "src/components/__tests__/Button.js",
                        "tests/format/flow/_errors_/markers.js"], result.out


def test_a_linter_rule_example_pair_is_data(tmp_path, lint):
    """pylint's doc/data/messages/<rule>/bad.py beside good.py: a linter's documented examples of a
    defect; a lone bad.py is the project's code."""
    write(tmp_path, {"doc/data/messages/n/not-in-loop/bad.py": "def f():\n    continue\n",
                     "doc/data/messages/n/not-in-loop/good.py": "def f():\n    continue\n",
                     "tools/bad.py": "def f():\n    continue\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["tools/bad.py"], result.out


def test_a_folder_of_inputs_most_with_expected_output_is_a_corpus(tmp_path, lint):
    """pylint's tests/functional/: x.py beside x.txt (the messages it must give); a case that must
    give none has no .txt, and is an input all the same."""
    files = {f"tests/functional/ext/yield/case_{i}.py": "def f():\n    pass\ndef f():\n    pass\n" for i in range(4)}
    files.update({f"tests/functional/ext/yield/case_{i}.txt": "function-redefined:3:0\n" for i in range(3)})
    files["tests/functional/ext/yield/missing_yield_doc.py"] = "def g():\n    pass\ndef g():\n    pass\n"
    files["tests/unit/helpers.py"] = "def g():\n    pass\ndef g():\n    pass\n"
    write(tmp_path, files)
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["tests/unit/helpers.py"], result.out


def test_a_data_input_named_unparsable_in_a_phrase_is_invalid_on_purpose():
    assert findings_for("tests/data/jupyter/notebook_which_cant_be_parsed.ipynb", "\n{ bad\n") == []
    assert codes(findings_for("tests/data/jupyter/notebook_which_parses.ipynb", "\n{ bad\n")) == ["RL411"]


def test_perl_style_t_folder_is_a_test_folder(tmp_path, lint):
    """apisix's t/secret/conf/invalid.json (Test::Nginx keeps its tests in t/)."""
    # (the control names a topic: a name that is only the verdict, invalid.json, says it anywhere)
    write(tmp_path, {"t/secret/conf/invalid-secret.json": "\n{ bad\n", "conf/invalid-secret.json": "\n{ bad\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["conf/invalid-secret.json"], result.out


def test_a_sibling_outside_a_test_folder_is_no_expected_output(tmp_path, lint):
    case = tmp_path / "db"
    case.mkdir()
    (case / "schema.sql").write_text("CREATE TABLE t (a int);\nCREATE TABLE t (a int);\n")
    (case / "schema.yml").write_text("tables: [t]\n")
    assert "schema.sql:2:1: RL212" in lint("check", "--no-cache", ".", cwd=tmp_path).out


def test_inputs_beside_golden_files_are_conformance_inputs(tmp_path, lint):
    """goose's sqlparser testdata: input.sql (missing a ';' on purpose, inside StatementBegin/End)
    beside the golden statements the parser must split it into."""
    case = tmp_path / "internal" / "sqlparser" / "tests" / "valid-up" / "test09"  # (testdata/ is data anyway)
    case.mkdir(parents=True)
    (case / "input.sql").write_text("create table t ( id int );\nupdate rows set value = now()\n\n"
                                    "DROP TABLE IF EXISTS t;\n")
    (case / "01.up.golden.sql").write_text("update rows set value = now()\nDROP TABLE t;\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert result.code == 0 and "RL201" not in result.out, result.out
    (case / "01.up.golden.sql").unlink()
    assert "input.sql:4:1: RL201" in lint("check", "--no-cache", ".", cwd=tmp_path).out


# acorn-walk's walk.d.ts: a mapped type in an intersection tree-sitter rejects, and ambient consts
# without initializers, valid in a declaration file; oxc (which has no declaration-file mode) says
# "Missing initializer in const declaration" of them, which is no second opinion there.
WALK_D_TS = """export type SimpleVisitors<TState> = {
  [type in AnyNode["type"]]?: (node: Extract<AnyNode, { type: type }>, state: TState) => void
} & {
  [type in keyof AggregateType]?: (node: AggregateType[type], state: TState) => void
}

export const base: RecursiveVisitors<any>
"""


def test_a_declaration_file_ambient_const_is_no_second_opinion():
    assert codes(findings_for("acorn-walk/src/walk.d.ts", WALK_D_TS)) == ["RL014"]
    # in a .ts module the same const is a syntax error oxc is right about
    assert codes(findings_for("src/walk.ts", WALK_D_TS)) == ["RL321"]
    # and a real syntax error in a declaration file is still confirmed
    assert codes(findings_for("src/walk.d.ts", WALK_D_TS + "export function (\n")) == ["RL321"]


def _many_gaps(root, count):
    for i in range(count):
        (root / f"task{i}.ts").write_text(TS_PARSER_GAPS["task.ts"].replace("Task", f"Task{i}"))


def test_many_notes_of_one_rule_are_one_summary_line(tmp_path, lint):
    """Issue 24 (noise): a parser's limit hit in 108 files printed 108 note lines. Past
    NOTES_LISTED notes of one rule the text report gives one line that counts them and says how
    to list them; --debug lists every one; machine formats keep every finding."""
    _many_gaps(tmp_path, 7)
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 0, result.out
    assert result.lines == [], result.out
    summary = [line for line in result.out.splitlines() if line.startswith("RL014")]
    assert len(summary) == 1, result.out
    assert "7 files" in summary[0] and "--debug" in summary[0], summary
    assert "7 files checked, 7 findings" in result.out  # the count is unchanged
    listed = lint("check", ".", "--debug", cwd=tmp_path)
    assert len([line for line in listed.lines if " RL014 " in line]) == 7, listed.out
    assert not [line for line in listed.out.splitlines() if line.startswith("RL014")]
    import json
    document = json.loads(lint("check", ".", "--format", "json", cwd=tmp_path).out)
    assert [f["code"] for f in document["findings"]] == ["RL014"] * 7


def test_notes_that_fail_the_run_are_all_listed(tmp_path, lint):
    """With --fail-on info a note fails the run: every one is listed, never folded into a count."""
    _many_gaps(tmp_path, 7)
    result = lint("check", ".", "--fail-on", "info", cwd=tmp_path)
    assert result.code == 1
    assert len([line for line in result.lines if " RL014 " in line]) == 7, result.out


def test_a_few_notes_are_listed_one_a_line(tmp_path, lint):
    _many_gaps(tmp_path, 5)
    result = lint("check", ".", cwd=tmp_path)
    assert len([line for line in result.lines if " RL014 " in line]) == 5, result.out


# Flow's annotations only: `import type` says Flow by itself (javascript.FLOW_ONLY; test_js_harnesses.py)
FLOW_TYPED = 'import { Node } from "react";\nexport function f(x: ?number): string {\n  return String(x);\n}\n'


def test_flow_typed_javascript_is_not_judged_by_javascript_parsers(tmp_path, lint):
    """Flow is a language of its own (React Native apps, Facebook's projects): an @flow pragma, or a
    .flowconfig in the project (all=true needs no pragma), makes esprima's and oxc's errors notes."""
    write(tmp_path, {"app/src/a.js": "// @flow strict\n" + FLOW_TYPED, "lib/b.js": FLOW_TYPED,
                     "lib/c.js": "/**\n * Copyright\n * @flow\n */\n" + FLOW_TYPED})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines if ": RL30" in line) == ["lib/b.js"], result.out
    (tmp_path / "lib" / ".flowconfig").write_text("[options]\nall=true\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line for line in result.lines if ": RL30" in line] == [], result.out
    assert "reads Flow" in lint("check", "--no-cache", "--fail-on", "info", ".", cwd=tmp_path).out


def test_bad_and_good_among_other_modules_are_no_example_pair(tmp_path, lint):
    """A project's own bad.py beside good.py and other modules is code; pylint's pair is alone in its folder."""
    write(tmp_path, {"app.py": "x = 1\n", "good.py": "y = 1\n", "bad.py": "def f(:\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["bad.py"], result.out


def test_an_input_beside_its_own_snapshot_is_a_test_input(tmp_path, lint):
    """A parser's or linter's spec folder where each input sits beside the snapshot of what the
    tool must print for it (insta's x.ts.snap: biome's tests/specs/<rule>/invalid.ts and
    invalid.ts.snap): the inputs fail and repeat on purpose. Without the snapshot, the file is
    the project's code."""
    case = tmp_path / "crates" / "analyzer" / "tests" / "specs" / "noDuplicateKeys"
    case.mkdir(parents=True)
    (case / "members.ts").write_text("const o = {\n  a: 1,\n  a: 2,\n};\nlet x = ;\n")
    (case / "members.ts.snap").write_text("# Snapshot\n```ts\nconst o = { a: 1, a: 2 };\n```\n")
    vendored = tmp_path / "crates" / "json_formatter" / "tests" / "specs" / "prettier" / "json"
    vendored.mkdir(parents=True)
    (vendored / "positive-number.json").write_text("+123\n")  # prettier's own case: what it prints
    (vendored / "positive-number.json.prettier-snap").write_text("+123\n")
    alone = tmp_path / "crates" / "analyzer" / "tests" / "specs" / "noUnusedLabels"
    alone.mkdir(parents=True)
    (alone / "members.ts").write_text("const o = {\n  a: 1,\n  a: 2,\n};\nlet x = ;\n")
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == [
        "crates/analyzer/tests/specs/noUnusedLabels/members.ts"], result.out


def test_a_recorded_server_response_is_what_the_server_sent(tmp_path, lint):
    """dependabot's spec/fixtures/private_registry_responses/not_found.json holds "Invalid url.", and
    packagist_responses/*.json an HTML error page: recorded responses of a server, named for the
    format asked for; the test feeds them to the code under test as they came. A project's own
    JSON fixture beside them is still checked."""
    write(tmp_path, {"cargo/spec/fixtures/private_registry_responses/not_found.json": "Invalid url.\n",
                     "composer/spec/fixtures/packagist_responses/dep.json": "<!DOCTYPE html>\n<html></html>\n",
                     "hex/spec/fixtures/registry_api/jason_response.json": '{"updated_at": 1, "updated_at": 2}\n',
                     "composer/spec/fixtures/projects/app/composer.json": '{"require": {"a": "1",}}\n',
                     "python/spec/fixtures/setup_files/illformed_req.py": "reqs = ['a==1'\n        'b==2']\nx = (\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == ["composer/spec/fixtures/projects/app/composer.json"], \
        result.out


def test_code_in_a_glued_invalid_folder_is_invalid_on_purpose():
    """Go's test folders glue their words (helm's testdata/invalidchartfile/); code there too."""
    assert findings_for("pkg/lint/tests/badtemplatefile/hook.py", "def f(:\n    pass\n") == []
    assert codes(findings_for("pkg/lint/tests/invalidation/hook.py", "def f(:\n    pass\n")) == ["RL101"]


CDK_STACK = ("export class Stack1 extends cdk.Stack {\n  constructor(scope: any) {\n    super(scope);\n  }\n}\n"
             "const app = new cdk.App();\n")


def test_a_folder_of_passing_and_failing_cases_is_data_for_a_checker(tmp_path, lint):
    """checkov's cdk_integration_tests/src/typescript/<Check>/: pass.ts beside fail.ts, fail2.ts or
    fail__2__.ts, the inputs of a policy scanner (each holds two variants side by side, so a class is
    declared twice); never compiled. A folder whose files of one suffix are all named by a verdict
    (pass, fail, good, bad, compliant, noncompliant; numbered), with both verdicts, is a checker's
    cases. A pass.ts alone, or beside other code, is the project's."""
    doubled = CDK_STACK + CDK_STACK
    write(tmp_path, {"integration/src/typescript/CloudfrontEncryption/pass.ts": doubled,
                     "integration/src/typescript/CloudfrontEncryption/fail__2__.ts": doubled,
                     "integration/src/typescript/S3Acls/pass.ts": doubled,
                     "integration/src/typescript/S3Acls/fail.ts": doubled,
                     "integration/src/typescript/S3Acls/fail_2.ts": doubled,
                     "integration/src/python/S3Acls/pass.py": "def f(:\n",
                     "integration/src/python/S3Acls/fail__1__.py": "def f(:\n",
                     "src/checks/pass.ts": doubled,
                     "src/steps/pass.ts": doubled, "src/steps/fail.ts": doubled, "src/steps/retry.ts": doubled})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted({line.split(":")[0] for line in result.lines if ": RL" in line})
    assert reported == ["src/checks/pass.ts", "src/steps/fail.ts", "src/steps/pass.ts", "src/steps/retry.ts"], result.out


def test_code_in_examples_below_a_test_folder_is_data(tmp_path, lint):
    """checkov's tests/common/sca/reachability/nodejs/examples/babel/babel_config/babel.config.js holds
    a JSON object (what its reachability scanner reads), not JavaScript: examples below a test folder are
    the tests' inputs, like samples/ and inputs/. Top-level examples/ are the project's code."""
    write(tmp_path, {"tests/sca/nodejs/examples/babel/babel.config.js": '{\n  "plugins": ["a"]\n}\n',
                     "examples/babel.config.js": '{\n  "plugins": ["a"]\n}\n'})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["examples/babel.config.js"], result.out


# A micro-benchmark run with `node --allow-natives-syntax` (solid's bench, Node's own tests) calls
# V8's intrinsics: `%OptimizeFunctionOnNextCall(fn)` is V8's syntax, not JavaScript's.
V8_NATIVES = """function bench(fn) {
  fn(1);
  fn(2);
  %PrepareFunctionForOptimization(fn);
      % OptimizeFunctionOnNextCall(fn);
  const status = %GetOptimizationStatus(fn);
  return [status, 10 %Math.max(1, 2)];
}
module.exports = bench;
"""


def test_v8_natives_syntax_is_read_as_plain_calls(tmp_path, lint):
    """Its intrinsic calls are read as plain calls of the same length: the file is no error, and
    what a conflict does elsewhere in it is still seen."""
    assert codes(findings_for("bench/bench.cjs", V8_NATIVES)) == []
    # (outside bench/, where repeats are deliberate)
    doubled = V8_NATIVES.replace("  fn(2);\n", "  register(fn, { name: 'bench' });\n" * 2)
    assert codes(findings_for("scripts/optimize.cjs", doubled)) == ["RL315"]
    broken = V8_NATIVES.replace("return [status", "return [status,,,)")
    assert codes(findings_for("bench/bench.cjs", broken)) == ["RL301"]
    # a `%` that is JavaScript's remainder stays one: `a\n% b(c)` parses, `x = % f()` does not
    assert codes(findings_for("b.js", "const x = 7 % f();\n")) == []
    assert codes(findings_for("b.js", "const x = % f();\n")) == ["RL301"]


def test_flow_syntax_that_esprima_calls_an_early_error_is_a_note():
    """`interface` opens a Flow declaration; esprima, reading JavaScript, calls it a future reserved
    word in strict mode, an early error. In a Flow file that says nothing either: a note. A
    redeclaration is one in Flow too and stays reported."""
    flow = "// @flow strict-local\n\nexport interface IDisposable {\n  dispose(): mixed;\n}\n"
    found = findings_for("src/types.js", flow)
    assert codes(found) == ["RL014"], found
    assert "reads Flow" in found[0].message
    doubled = "// @flow\nlet handler = 1;\nlet handler = 2;\nexport default handler;\n"
    assert codes(findings_for("src/h.js", doubled)) == ["RL302"]


def test_a_test_module_among_fixtures_is_a_test_runners_input(tmp_path, lint):
    """A test runner's own tests run fixture test files (vitest's test/e2e/fixtures/reporters/):
    there a test module is an input, and its name says what it is made to do
    (with-syntax-error.test.js); the project's own test module's name still names its topic."""
    write(tmp_path, {"test/e2e/fixtures/reporters/with-syntax-error.test.js": "test('x', () => {\n  expect(1\n})\n",
                     "test/e2e/fixtures/reporters/ok.test.js": "test('x', () => {\n  expect(1\n})\n",
                     "test/unit/reporter-with-error.test.js": "test('x', () => {\n  expect(1\n})\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.lines if ": RL" in line) == [
        "test/e2e/fixtures/reporters/ok.test.js", "test/unit/reporter-with-error.test.js"], result.out


def test_an_early_error_is_the_point_of_an_invalid_input(tmp_path, lint):
    """A bundler's integration fixture in a folder named invalid (parcel's
    test/integration/transpilation-invalid/index.js declares a private name twice to see the error
    reported): a redeclaration is a parse error there like any other. Elsewhere it stays RL302."""
    twice = "class X {\n  #x() {}\n  #x() {}\n}\nconsole.log(X);\n"
    write(tmp_path, {"test/integration/transpilation-invalid/index.js": twice,
                     "test/integration/transpilation/index.js": twice})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == [
        "test/integration/transpilation/index.js"], result.out
    # an early error on a tree esprima built is one in Flow too
    assert codes(findings_for("src/e.js", "// @flow\nexport {Test};\n")) == ["RL301"]


# A test of decorators (lit's decorators-modern tests, reworked): a line marked @ts-expect-error
# holds a TypeScript error on purpose, which oxc reports like tsc; tree-sitter's own gap is elsewhere.
EXPECTED_TS_ERROR = """class E {
  // @ts-expect-error 'accessor' modifier cannot be used with 'declare' modifier.
  declare accessor foo: number;
}
class F extends E {
  @property({type: Number})
  override accessor foo: number = 2;
}
"""


def test_an_error_the_file_expects_does_not_confirm_another_parsers_error():
    """oxc's only objection is on a line the file marks @ts-expect-error: it confirms nothing about
    tree-sitter's error on another line. Without the mark, oxc's objection stands."""
    found = findings_for("property_test.ts", EXPECTED_TS_ERROR)
    assert codes(found) == ["RL014"], found
    unmarked = EXPECTED_TS_ERROR.replace("  // @ts-expect-error 'accessor' modifier cannot be used with 'declare' modifier.\n", "")
    assert codes(findings_for("property_test.ts", unmarked)) == ["RL321"]
    broken = EXPECTED_TS_ERROR.replace("= 2;", "= 2;;)")
    assert codes(findings_for("property_test.ts", broken)) == ["RL321"]


FLOW_ANNOTATED = "'use strict';\n\nmodule.exports = function (j: string, d: string): string {\n  return j + d;\n};\n"


@pytest.mark.parametrize("config", [
    ("babel.config.js", "module.exports = {\n  presets: ['@babel/preset-flow'],\n};\n"),
    (".babelrc", '{\n  "plugins": ["@babel/plugin-transform-flow-strip-types"]\n}\n'),
    ("package.json", '{\n  "dependencies": {\n    "@babel/preset-flow": "^7.0.0"\n  }\n}\n'),
])
def test_javascript_whose_toolchain_strips_flow_is_flow(tmp_path, lint, config):
    """jest's e2e projects annotate their JavaScript with Flow types and strip them with Babel's Flow
    preset, named in their babel.config.js, .babelrc, or their package.json's dependencies; no
    @flow pragma, no .flowconfig. A project whose toolchain has no Flow is judged as JavaScript."""
    name, text = config
    write(tmp_path, {f"e2e/coverage/{name}": text, "e2e/coverage/src/covered.js": FLOW_ANNOTATED,
                     "e2e/plain/babel.config.js": "module.exports = {presets: ['@babel/preset-env']};\n",
                     "e2e/plain/covered.js": FLOW_ANNOTATED})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL30" in line] == ["e2e/plain/covered.js"], result.out


@pytest.mark.parametrize("name", ["e2e/transform/no-babel-jest/__tests__/failsWithSyntaxError.test.js",
                                  "test/cases/has_a_parse_error.test.ts", "tests/fails-to-parse.spec.js"])
def test_a_test_module_whose_name_says_it_does_not_parse(tmp_path, lint, name):
    """jest's failsWithSyntaxError.test.js is run to see jest report its syntax error: a name that says
    the file itself fails to parse is no topic. A name that only mentions errors still is."""
    broken = "const f = (a: string) => null;\n"
    write(tmp_path, {name: broken, "tests/error-reporting.test.js": broken})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL3" in line] == ["tests/error-reporting.test.js"], result.out


@pytest.mark.parametrize("text", [
    # atomic-red-team's T1127 LibHello.js, compiled with jsc.exe: JScript .NET's packages and classes
    "package LibHello {\n    class Hello {\n        function say() {\n            var d = new Date();\n        }\n    }\n}\n",
    "import System;\nimport System.Windows.Forms;\nvar form : Form = new Form();\n",
    # ActionScript 3 in a .js file
    "package com.example {\n    public class Main {\n    }\n}\n",
])
def test_jscript_net_and_actionscript_in_a_js_file_are_not_ecmascript(text):
    found = findings_for("atomics/T1127/src/LibHello.js", text)
    assert codes(found) == ["RL014"] and all(f.severity == "info" for f in found), found


def test_a_package_word_elsewhere_is_still_javascript():
    assert codes(findings_for("src/app.js", "var x = 1;\npackage LibHello {\n}\n")) == ["RL301"]
    assert codes(findings_for("src/app.js", "import System from 'system'\nconst a = {\n")) == ["RL301"]


# A preprocessor's source kept as JavaScript: Adobe ExtendScript's directives (`#target photoshop`,
# `#include "json2.js"`, `#targetengine "session"`) and C's or Mozilla's conditionals (`#ifdef`, `#endif`):
# no ECMAScript statement opens a line with `#word`. A mongosh script's shell helpers (`use admin`).

def test_extendscript_directives_are_read_as_such_and_the_rest_is_checked():
    text = '#target photoshop\n#include "lib/json2.js"\napp.preferences.rulerUnits = Units.PIXELS;\nalert(app.name);\n'
    found = findings_for("scripts/export.jsx", text)
    assert codes(found) == [] and not any(f.severity != "info" for f in found), found
    broken = '#targetengine "session"\nvar w = new Window("dialog";\n'
    assert codes(findings_for("scripts/panel.jsx", broken)) == ["RL301"]


def test_conditional_preprocessor_directives_make_a_file_not_javascript_until_preprocessed():
    text = ("#filter substitution\n#ifdef MOZ_OFFICIAL\nconst channel = 'release';\n#else\n"
            "const channel = 'nightly';\n#endif\npref('app.update.channel', channel);\n")
    assert codes(findings_for("browser/app/profile/channel.js", text)) == []


def test_a_hash_word_inside_code_is_still_a_syntax_error():
    assert codes(findings_for("src/app.js", "var x = 1;\n  #target photoshop\n")) == ["RL301"]
    assert codes(findings_for("src/app.js", "var x = #include;\n")) == ["RL301"]


def test_mongosh_helpers_are_read_as_such_and_the_rest_is_checked():
    text = 'use admin\ndb.createUser({user: "app", pwd: "x", roles: ["readWrite"]});\nshow collections\n'
    assert codes(findings_for("docker/mongo-init.js", text)) == []
    assert codes(findings_for("docker/mongo-init.js", text + "db.users.insertOne({a: 1);\n")) == ["RL301"]
    assert codes(findings_for("src/hooks.js", "use strict\nconst a = 1;\n")) == ["RL301"]  # no db. here


def test_a_file_that_is_a_class_bodys_excerpt_is_not_a_module():
    """docsy's theme/assets/_cache/bootstrap/scrollspy-method.js: one method of bootstrap's ScrollSpy,
    kept to patch, with no class around it. A file that parses as the body of a class (methods, fields)
    is an excerpt, never a module a merge broke: a note. A file that does not parse that way either
    is still reported."""
    method = "  _initialize() {\n    this._links = new Map()\n    for (const a of this._all()) {\n      this._links.set(a, 1)\n    }\n  }\n"
    found = findings_for("theme/assets/_cache/bootstrap/scrollspy-method.js", method)
    assert codes(found) == [], found
    assert codes(findings_for("src/scrollspy.js", method + "  refresh( {\n  }\n")) == ["RL301"]
    assert codes(findings_for("src/module.js", "const a = 1;\n  refresh() {\n  }\n")) == ["RL301"]


OTHER_LANGUAGE_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, (20, 21))
from rebound_lint.languages.javascript import other_language
banner = "// @noflow\\n\\n" + "//////////////////////////////\\n// example\\n//////////////////////////////\\n\\n" * 50
print(other_language(banner + "function f(a: A1 | A2) {}\\n"), other_language(banner + "package LibHello {\\n}\\n"),
      other_language("import System" + ".ab" * 60 + "("), other_language("import System.Windows.Forms;\\n"))
"""


def test_the_other_language_look_is_linear_on_comment_banners():
    """prettier's flow-repo tests open with `//////` banners and blank lines: the look for a package block
    skips them in one pass (a backtracking pattern took minutes there: RL013). The child's CPU budget (its
    own time, not the wall clock) kills a backtracking look with SIGXCPU."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", OTHER_LANGUAGE_CHILD], capture_output=True, text=True)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
    assert proc.stdout.split() == ["False", "True", "False", "True"]
