"""Conformance suites that say in a file which of their inputs are negative tests (issue 24, session 13's
probe of suites), and parsers' test assets named as test cases outside any test folder. Shapes reworked
from W3C suites (CSVW's tests/manifest-validation.jsonld: `"type": "csvt:NegativeValidationTest"`,
`"action": "test092-metadata.json"`; rdf-tests' Turtle manifests: `rdf:type rdft:TestTurtleNegativeSyntax;
mf:action <bad-01.ttl>`) and Hjson's Go port (assets/failJSON02_test.json beside pass1_test.json, the
JSON_checker cases its tests read from assets/). The same broken file stays reported when the suite lists it
as a positive test, when no manifest names it, and when its name does not say it is a test case.
Real CLI, real parsers, files in a temp dir."""
from __future__ import annotations

from conftest import findings_in_a_tree

BROKEN_JSON = '{\n  "rdfs:comment": "x",\n  "tableSchema": {"columns": [{"titles": "a",}]\n}\n'
VALID_JSON = '{"url": "tree-ops.csv"}\n'

_findings = findings_in_a_tree  # (lint, tmp_path, files)


def _jsonld_manifest(*entries: tuple[str, str, str]) -> str:
    rows = ",\n".join(f'    {{"id": "manifest#{case}", "type": "{kind}", "name": "x", "action": "{action}"}}'
                      for case, kind, action in entries)
    return '{\n  "@context": ["https://www.w3.org/ns/csvw"],\n  "id": "manifest",\n  "entries": [\n' + rows + "\n  ]\n}\n"


def test_an_input_a_jsonld_manifest_lists_as_a_negative_test_is_invalid_on_purpose(tmp_path, lint):
    files = {
        "tests/manifest-validation.jsonld": _jsonld_manifest(
            ("test092", "csvt:NegativeValidationTest", "test092-metadata.json"),
            ("test093", "csvt:PositiveValidationTest", "test093-metadata.json"),
            ("test094", "csvt:ToJsonTest", "test094-metadata.json")),
        "tests/test092-metadata.json": BROKEN_JSON,
        "tests/test093-metadata.json": BROKEN_JSON,  # a positive test's input must parse: reported
        "tests/test094-metadata.json": VALID_JSON,
        "tests/test095-metadata.json": BROKEN_JSON,  # named by no manifest: reported
    }
    assert _findings(lint, tmp_path, files) == [("tests/test093-metadata.json", "RL411"),
                                                ("tests/test095-metadata.json", "RL411")]


def test_a_manifest_that_names_the_input_by_its_path_or_url_counts_outside_test_folders(tmp_path, lint):
    files = {
        "suite/json/manifest.json": (
            '{"@graph": [{"@type": ["mf:NegativeSyntaxTest"],\n'
            '  "mf:action": {"@id": "https://example.org/suite/json/cases/bad-object.json"}},\n'
            ' {"@type": "mf:PositiveSyntaxTest", "mf:action": "cases/good-object.json"}]}\n'),
        "suite/json/cases/bad-object.json": BROKEN_JSON,
        "suite/json/cases/good-object.json": BROKEN_JSON,
    }
    assert _findings(lint, tmp_path, files) == [("suite/json/cases/good-object.json", "RL411")]


def test_an_input_a_turtle_manifest_lists_as_a_negative_test_is_invalid_on_purpose(tmp_path, lint):
    files = {
        "rdf/json-syntax/manifest.ttl": (
            "@prefix mf: <http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#> .\n"
            "@prefix rdft: <http://www.w3.org/ns/rdftest#> .\n\n"
            "<#bad-01> rdf:type rdft:TestJsonNegativeSyntax ;\n"
            '   mf:name    "bad-01" ;\n'
            "   mf:action  <object-01.json> .\n\n"
            "<#good-01> a rdft:TestJsonPositiveSyntax ;\n"
            "   mf:action  <object-02.json> .\n"),
        "rdf/json-syntax/object-01.json": BROKEN_JSON,
        "rdf/json-syntax/object-02.json": BROKEN_JSON,
    }
    assert _findings(lint, tmp_path, files) == [("rdf/json-syntax/object-02.json", "RL411")]


def test_a_data_file_named_as_a_failing_test_case_is_invalid_on_purpose_in_any_folder(tmp_path, lint):
    files = {
        "assets/failJSON02_test.json": '["Unclosed array"\n',
        "assets/fail_object_test.json": '{"a" 1}\n',
        "assets/pass1_test.json": '[1, 2]\n',
        "assets/pass2_test.json": '[3]\n',
        "assets/pass3_test.json": '{"a": 1}\n',
        "assets/pass4_test.json": '{"b": 2}\n',
        # a test case not named as failing, and a failing name that is no test case: reported
        "assets/charset_test.json": '{"a": 1,,}\n',
        "assets/fail_over.json": '{"a" 1}\n',
    }
    assert _findings(lint, tmp_path, files) == [("assets/charset_test.json", "RL411"),
                                                ("assets/fail_over.json", "RL411")]


def test_a_test_folder_named_for_a_json_library_holds_its_parser_inputs(tmp_path, lint):
    # yyjson's test/data/json/test_yyjson/: the reader's extensions, each file tagged with the flag it needs
    files = {
        "test/data/json/test_fastjsonx/num_hex(ext_num).json": "[0x1F, 0xff]\n",
        "test/data/json/test_fastjsonx/str_unquoted(str_uq).json": "{a: 1}\n",
        "test/data/json/test_fastjsonx/plain.json": "[1, 2]\n",
        # a test folder named for something else, and a format folder below a test folder: checked
        "test/data/json/test_api/config.json": "{a: 1}\n",
        "src/test/resources/json/config.json": "{a: 1}\n",
    }
    assert _findings(lint, tmp_path, files) == [("src/test/resources/json/config.json", "RL411"),
                                                ("test/data/json/test_api/config.json", "RL411")]


def test_an_example_named_for_the_error_it_shows_is_invalid_on_purpose(tmp_path, lint):
    # jsoncpp's example/readFromStream/errorFormat.json: the input its example reads to print a parse error
    files = {
        "example/readFromStream/errorFormat.json": '{\n    1: "value"\n}\n',
        "example/readFromStream/settings.json": '{\n    1: "value"\n}\n',
    }
    assert _findings(lint, tmp_path, files) == [("example/readFromStream/settings.json", "RL411")]


def test_a_raw_control_character_in_a_string_is_named_in_a_whole_sentence():
    # csvw's experiments/.../cambornedata.csv-metadata.json: a line break pasted inside a string. Python's json says
    # "Invalid control character at" and puts the place after it: the finding's message must not end in "at".
    from conftest import findings_for

    [finding] = findings_for("metadata/source.json", '{\n  "rdf:value": "first line\nsecond line"\n}\n')
    assert (finding.code, finding.line) == ("RL411", 2)
    assert finding.message == "Invalid control character (a raw line break) inside a string: JSON wants it escaped"
    [finding] = findings_for("metadata/tabbed.json", '{"a": "x\ty"}\n')
    assert finding.message == "Invalid control character (a raw tab) inside a string: JSON wants it escaped"


def test_an_attribute_repeated_within_one_line_of_xml_is_a_lenient_readers_dialect(tmp_path, lint):
    # chroma's lexers/embedded/*.xml: `<push state="#pop" state="formal_part"/>`, a list of states Go's
    # encoding/xml reads (it does not refuse a repeated attribute). A merge keeps whole lines, so it never
    # writes one within a line; a repeated attribute on lines of their own (both halves of a conflict over
    # an attribute kept) and any other error after it are still reported.
    lexer = ('<lexer>\n  <rules>\n    <state name="root">\n      <rule pattern="\\(">\n'
             '        <token type="Punctuation"/>\n        <push state="#pop" state="formal_part"/>\n'
             '      </rule>\n    </state>\n  </rules>\n</lexer>\n')
    files = {
        "lexers/embedded/ada.xml": lexer,
        "lexers/embedded/broken.xml": lexer.replace("</rules>", "</rule>"),
        "app/src/main/res/layout/main.xml": ('<LinearLayout\n    android:layout_width="match_parent"\n'
                                             '    android:layout_width="wrap_content"\n    android:orientation="vertical" />\n'),
    }
    assert _findings(lint, tmp_path, files) == [("app/src/main/res/layout/main.xml", "RL471"),
                                                ("lexers/embedded/broken.xml", "RL471")]


def test_a_highlighters_sample_beside_its_dot_output_golden_file_is_data(tmp_path, lint):
    # pygments' tests/examplefiles/<lexer>/x.<ext> beside x.<ext>.output, the tokens its lexer must give: samples
    # odd on purpose (a class redefined, TOML that reuses a table's name, XML with junk after the root)
    files = {
        "tests/examplefiles/python/linecontinuation.py": "class Spam:\n    pass\n\n\nclass Spam:\n    pass\n",
        "tests/examplefiles/python/linecontinuation.py.output": "'class'       Keyword\n",
        "tests/examplefiles/toml/example.toml": "[products]\nname = 'a'\n\n[[products]]\nname = 'b'\n",
        "tests/examplefiles/toml/example.toml.output": "'[' Keyword\n",
        "tests/examplefiles/xml/xml_example.xml": "<a/>\n<b/>\n",
        "tests/examplefiles/xml/xml_example.xml.output": "'<a' Name.Tag\n",
        # no golden file beside it: checked
        "tests/examplefiles/python/unrecorded.py": "def f(:\n    pass\n",
    }
    assert _findings(lint, tmp_path, files) == [("tests/examplefiles/python/unrecorded.py", "RL101")]


def test_a_harness_case_file_is_not_a_script_by_its_shebang(tmp_path, lint):
    # Prism's tests/languages/javascript/hashbang_feature.test: the sample (a `#!/usr/bin/env node` line, code),
    # a line of dashes, then the tokens the highlighter must give. The `.test` suffix names a harness's case.
    case = ("#!/usr/bin/env node\nconsole.log(1);\n\n"
            "----------------------------------------------------\n\n[\n\t[\"hashbang\", \"#!/usr/bin/env node\"]\n]\n")
    files = {
        "tests/languages/javascript/hashbang_feature.test": case,
        "scripts/release": "#!/usr/bin/env node\nconst a = ;\n",  # a script without a suffix: checked
    }
    assert _findings(lint, tmp_path, files) == [("scripts/release", "RL301")]


def test_a_name_repeated_within_one_line_of_imports_is_no_sign_of_a_merge():
    # strictyaml's vendored ruamel: `from typing import Any, Dict, Optional, List, Union, Optional  # NOQA`. A merge
    # keeps whole lines, so a repeat inside one line is no trace of both halves; one on lines of its own is.
    from conftest import findings_for

    same_line = "from typing import Any, Optional, List, Optional  # NOQA\n\nx: Any = None\n"
    assert [f.code for f in findings_for("pkg/anchor.py", same_line)] == []
    two_lines = "from typing import Any, Optional\nfrom typing import Optional\n\nx: Any = None\n"
    assert [(f.code, f.line) for f in findings_for("pkg/compat.py", two_lines)] == [("RL113", 2)]
    wrapped = "from typing import (\n    Any,\n    Optional,\n    Optional,\n)\n\nx: Any = None\n"
    assert [f.code for f in findings_for("pkg/wrapped.py", wrapped)] == ["RL113"]


def test_repeats_in_any_input_a_manifest_lists_are_the_tests_subject(tmp_path, lint):
    """JSON-LD's tests/expand/pr23-in.jsonld gives one context twice on purpose ("Allows redefinition of
    protected alias term with same definition"), listed as a positive test's input: a suite's inputs are
    crafted cases, their repeats the case (no RL413), as a fixture's are. Its duplicate keys are still
    reported, and the same repeat in a file no manifest lists still is."""
    twice = '{\n  "@context": [{\n    "@version": 1.1,\n    "id": "@id"\n  }, {\n    "@version": 1.1,\n    "id": "@id"\n  }],\n  "id": "x"\n}\n'
    files = {
        "tests/expand-manifest.jsonld": '{"@id": "", "sequence": [\n'
                                        '  {"@id": "#tpr23", "@type": ["jld:PositiveEvaluationTest", "jld:ExpandTest"],\n'
                                        '   "input": "expand/pr23-in.jsonld", "expect": "expand/pr23-out.jsonld"},\n'
                                        '  {"@id": "#tpr24", "@type": ["jld:PositiveEvaluationTest", "jld:ExpandTest"],\n'
                                        '   "input": "expand/pr24-in.jsonld", "expect": "expand/pr24-out.jsonld"}\n]}\n',
        "tests/expand/pr23-in.jsonld": twice,
        "tests/expand/pr24-in.jsonld": '{"id": "x", "id": "y"}\n',
        "tests/expand/pr99-in.jsonld": twice,
    }
    assert _findings(lint, tmp_path, files) == [("tests/expand/pr24-in.jsonld", "RL412"),
                                                ("tests/expand/pr99-in.jsonld", "RL413")]
