"""Test inputs of infrastructure tools (issue 24, session 11's probe of infrastructure repositories):
a dependency scanner's parsers (trivy: `happy/` and `sad/` cases, a package named for its parser
holding the inputs it must cope with), a template checker's corpus (cfn_nag: `rubbish.json`). Each
look-alike that is the project's own file still gets its findings. Shapes reworked, not copied.
Real CLI, real parsers, files in a temp dir."""
from __future__ import annotations

from conftest import findings_in_a_tree, write

BROKEN_JSON = '{\n  "name": "x",\n  oops\n}\n'
BROKEN_TOML = "[\n"
ODD_REQUIREMENTS = "keyring >= 4.1.1  # at least\ndjango==5.*.*  # a wildcard twice, skipped by the scanner\n"

_findings = findings_in_a_tree  # (lint, tmp_path, files)


def test_the_sad_path_cases_of_a_scanners_tests_are_invalid_on_purpose(tmp_path, lint):
    files = {
        "pkg/analyzer/nodejs/npm/testdata/happy/package-lock.json": '{"name": "x", "lockfileVersion": 3}\n',
        "pkg/analyzer/nodejs/npm/testdata/sad/package-lock.json": BROKEN_JSON,
        "pkg/analyzer/nodejs/pkg/testdata/sad.json": BROKEN_JSON,
        "pkg/python/pylock/testdata/sad.toml": BROKEN_TOML,
        # a case the analyzer must ignore: what it does not support need not be well-formed
        "pkg/analyzer/nodejs/yarn/testdata/unsupported_protocol/yarn.lock": '  left-pad@unsupported:~1.3.0:\n  version "1.3.0"',
    }
    assert _findings(lint, tmp_path, files) == []


def test_a_sad_name_outside_test_data_is_the_projects_file(tmp_path, lint):
    files = {"config/sad/settings.json": BROKEN_JSON, "themes/sad.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == [("config/sad/settings.json", "RL411"), ("themes/sad.json", "RL411")]


def test_a_file_its_name_calls_rubbish_is_invalid_on_purpose(tmp_path, lint):
    files = {"spec/test_templates/json/structural/rubbish.json": "I am not JSON at all\n",
             "spec/fixtures/garbage.yaml": "a: [1\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_test_input_named_as_an_attack_or_a_malformation_is_invalid_on_purpose(tmp_path, lint):
    """nifi's lookup-services tests/resources/multiline_xxe_file.xml (an XML external-entity attack written
    across lines), an unclosed or truncated document: made to break a reader. Outside a test folder the
    same name is the project's file."""
    xxe = '<?xml version="1.0"?>\n<!DOCTYPE root [\n  <!\n  ENTITY sp SYSTEM "http://127.0.0.1:8897">\n  %sp;\n]>\n<root/>\n'
    files = {"src/test/resources/multiline_xxe_file.xml": xxe,
             "src/test/resources/malicious-payload.json": '{"a": \n',
             "src/test/resources/unclosed_tag.xml": "<a><b></a>\n",
             "src/test/resources/truncated.yaml": "a: [1\n",
             "conf/xxe_defaults.xml": xxe}
    assert _findings(lint, tmp_path, files) == [("conf/xxe_defaults.xml", "RL471")]


def test_the_test_data_of_a_parser_package_is_its_input(tmp_path, lint):
    files = {"pkg/dependency/parser/python/pip/testdata/requirements_compatible.txt": ODD_REQUIREMENTS}
    assert _findings(lint, tmp_path, files) == []


def test_the_test_data_of_another_package_is_still_checked(tmp_path, lint):
    files = {"pkg/deploy/python/testdata/requirements.txt": ODD_REQUIREMENTS}
    assert _findings(lint, tmp_path, files) == [("pkg/deploy/python/testdata/requirements.txt", "RL431")]


LATIN1_SPEC = "paths:\n  /items:\n    get:\n      description: Cu\u00e1ntos art\u00edculos devolver\n".encode("latin-1")


def test_test_data_wholly_in_a_legacy_encoding_is_a_charset_tests_input(tmp_path, lint):
    # swagger-parser's src/test/resources/issue-1119.yaml: a spec in Latin-1, read by a test of encodings
    files = {"modules/parser-v3/src/test/resources/issue-1119.yaml": LATIN1_SPEC}
    assert _findings(lint, tmp_path, files) == []


def test_a_legacy_half_pasted_into_utf8_test_data_is_still_reported(tmp_path, lint):
    mixed = "title: Caf\u00e9\n".encode("utf-8") + LATIN1_SPEC
    files = {"modules/parser-v3/src/test/resources/mixed.yaml": mixed, "config/spec.yaml": LATIN1_SPEC}
    assert _findings(lint, tmp_path, files) == [("config/spec.yaml", "RL010"),
                                                ("modules/parser-v3/src/test/resources/mixed.yaml", "RL010")]


DEEP_YAML = "  " + "- " * 3000 + "x\n"  # a fuzzer's minimised crash: nesting no loader survives


def test_a_fuzzers_input_kept_as_test_data_is_invalid_on_purpose(tmp_path, lint):
    # jackson-dataformats-text's yaml/src/test/resources/data/fuzz-65918.yaml, beside the test that reads it
    files = {"yaml/src/test/resources/data/fuzz-65918.yaml": DEEP_YAML,
             "src/test/resources/clusterfuzz-testcase-minimized-YAMLFuzzer-5068.yaml": "a: [1\n",
             "tests/fuzzing/crashes/case.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == []


def test_a_fuzz_harness_and_fuzz_named_files_outside_tests_are_still_checked(tmp_path, lint):
    files = {"tests/fuzz/fuzz_parser.py": "def f(:\n    pass\n", "config/fuzz.yaml": "a: [1\n"}
    assert _findings(lint, tmp_path, files) == [("config/fuzz.yaml", "RL401"), ("tests/fuzz/fuzz_parser.py", "RL101")]


def test_a_data_file_its_own_name_calls_malformed_is_invalid_on_purpose_anywhere(tmp_path, lint):
    # cloudformation-guard's guard/resources/validate/malformed-template.yaml: a Rust crate's test data lives in
    # resources/, which no name marks as a test folder; the file's own name says what it is
    files = {"guard/resources/validate/malformed-template.yaml": "Resources:\n  Bucket:\n    Type: x\n  a: b: c\n",
             "data/corrupted_index.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == []


def test_a_data_file_whose_whole_name_is_invalid_is_invalid_on_purpose_anywhere(tmp_path, lint):
    # pgweb's data/invalid.toml (its bookmark manager's test reads it to see the error): a name that is nothing
    # but the verdict names no topic (invalid-hosts.yaml does); code is never excused this way
    files = {"data/invalid.toml": "invalid encoding", "data/invalid2.json": BROKEN_JSON,
             "data/invalid.py": "def f(:\n    pass\n", "data/bad.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == [("data/bad.json", "RL411"), ("data/invalid.py", "RL101")]


def test_weaker_words_and_code_outside_test_folders_are_still_checked(tmp_path, lint):
    files = {"config/invalid-hosts.yaml": "a: b: c\n", "guard/resources/malformed_rules.py": "def f(:\n    pass\n"}
    assert _findings(lint, tmp_path, files) == [("config/invalid-hosts.yaml", "RL401"),
                                                ("guard/resources/malformed_rules.py", "RL101")]


SIDEBAR_TEMPLATE = """module.exports = {
  docs: [
    {
      type: 'category',
      items: [
%GENERAL_ITEMS%
      ],
    },
  ],
  version: @VERSION@,
};
"""


def test_javascript_with_placeholders_a_script_fills_in_is_a_template():
    # gatekeeper-library's scripts/website/sidebars-template.js: generate.go replaces %GENERAL_ITEMS%
    from conftest import findings_for

    assert findings_for("scripts/website/sidebars-template.js", SIDEBAR_TEMPLATE) == []


def test_modulo_between_operands_is_no_placeholder():
    from conftest import codes, findings_for

    assert codes(findings_for("src/ring.js", "let r = n%MAX%2;\nlet = ;\n")) == ["RL301"]
    assert codes(findings_for("src/items.js", "const items = [\n  'a',,, ]]\n")) == ["RL301"]


def test_incorrect_and_incomplete_test_inputs_are_invalid_on_purpose(tmp_path, lint):
    # go-task's testdata/includes_incorrect/incomplete.yml: a Taskfile cut short for the error it must give
    files = {"testdata/includes_incorrect/incomplete.yml": "version: '3'\ntasks:\n  default:\n    cmds:\n      - 'echo\n",
             "testdata/cft/incorrectTypesTemplate.yml": "a: [1\n"}
    assert _findings(lint, tmp_path, files) == []


def test_a_folder_named_for_test_data_after_a_topic_is_a_test_folder(tmp_path, lint):
    # terrascan's pkg/http-server/k8s_testdata/invalid.json
    # (a name that is only the verdict, invalid.json, says it anywhere: the control names a topic too)
    files = {"pkg/http-server/k8s_testdata/invalid-pod.json": BROKEN_JSON,
             "pkg/http-server/k8s_data/invalid-pod.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == [("pkg/http-server/k8s_data/invalid-pod.json", "RL411")]


def test_the_json_patch_conformance_suite_repeats_keys_on_purpose(tmp_path, lint):
    # json-patch-tests (RFC 6902's shared suite, vendored by its implementations: cJSON's tests/json-patch-tests/)
    case = ('[\n  { "comment": "duplicate ops",\n    "doc": { "foo": "bar" },\n'
            '    "patch": [ { "op": "add", "path": "/baz", "value": "qux", "op": "remove" } ],\n'
            '    "error": "patch has two \'op\' members" }\n]\n')
    files = {"tests/json-patch-tests/tests.json": case, "tests/patches/tests.json": case}
    assert _findings(lint, tmp_path, files) == [("tests/patches/tests.json", "RL412")]


def test_a_yaml_test_suite_case_marked_error_is_invalid_on_purpose(tmp_path, lint):
    # the yaml-test-suite's data layout, vendored by YAML libraries (libfyaml's test/reflection-data/<ID>/<NN>/):
    # in.yaml beside test.event, and an empty `error` file when a parser must reject it
    files = {"test/reflection-data/015KEPW/05/in.yaml": "%YAML 1.2\nYES\n",
             "test/reflection-data/015KEPW/05/error": "",
             "test/reflection-data/015KEPW/05/test.event": "+STR\n",
             "test/reflection-data/015KEPW/04/in.yaml": "%YAML 1.2\nYES\n",
             "test/reflection-data/015KEPW/04/test.event": "+STR\n"}
    assert _findings(lint, tmp_path, files) == [("test/reflection-data/015KEPW/04/in.yaml", "RL401")]


def test_the_fixtures_of_a_module_that_reads_a_format_are_its_inputs(tmp_path, lint):
    # renovate's lib/modules/manager/<name>/__fixtures__/ (a manager extracts dependencies from its format's files),
    # syft's cataloger/<eco>/test-fixtures/, osv-scanner's extractor/<eco>/testdata/: inputs the reader must survive
    files = {"lib/modules/manager/gitlabci/__fixtures__/gitlab-ci.4.yaml": "include:\n  - local: a.yml\n\ntest: test:\n",
             "lib/modules/manager/pip_requirements/__fixtures__/requirements4.txt": "--default-timeout 60\nrequests==2.0\n",
             "syft/pkg/cataloger/python/test-fixtures/requires/requirements.txt": ODD_REQUIREMENTS,
             "extractor/filesystem/language/python/requirements/testdata/odd.txt": ODD_REQUIREMENTS}
    assert _findings(lint, tmp_path, files) == []


def test_the_test_cases_folder_of_a_parser_holds_its_inputs(tmp_path, lint):
    # probe s13: a metrics agent's plugins/parsers/xpath/testcases/<case>/ (the case's config, its input and
    # expected.out beside the parser's code): XML with two root elements and protobuf text under .json, both
    # inputs the parser must read as they are. The same files in another module's testcases/ stay findings.
    xml = '<?xml version="1.0"?>\n<Gateway>\n  <Name>Main</Name>\n</Gateway>\n\n<Bus>\n  <Mode>busy</Mode>\n</Bus>\n'
    text = 'system_id: "ST-1"\ncomponent_id: 0\ndata_gpbkv {\n  name: "x"\n}\n'
    files = {"plugins/parsers/xpath/testcases/multisensor.xml": xml,
             "plugins/parsers/xpath/testcases/protobuf_issue/data.json": text,
             "plugins/outputs/http/testcases/multisensor.xml": xml,
             "plugins/outputs/http/testcases/case/data.json": text}
    assert _findings(lint, tmp_path, files) == [("plugins/outputs/http/testcases/case/data.json", "RL411"),
                                                ("plugins/outputs/http/testcases/multisensor.xml", "RL471")]


def test_the_fixtures_of_other_modules_are_still_checked(tmp_path, lint):
    files = {"lib/modules/config/__fixtures__/settings.yaml": "a: b: c\n",
             "src/manager/test/fixtures/options.json": BROKEN_JSON}
    assert _findings(lint, tmp_path, files) == [("lib/modules/config/__fixtures__/settings.yaml", "RL401"),
                                                ("src/manager/test/fixtures/options.json", "RL411")]


def test_a_folder_named_invalid_examples_holds_invalid_examples(tmp_path, lint):
    # Gateway API's hack/invalid-examples/ (vendored by consul-k8s): each manifest breaks a rule on purpose,
    # here a header match given twice
    route = ("kind: HTTPRoute\nspec:\n  rules:\n  - matches:\n    - headers:\n      - name: foo\n        value: a\n"
             "      - name: foo\n        value: a\n")
    files = {"hack/invalid-examples/v1beta1/httproute/duplicate-header-match.yaml": route,
             "deploy/examples/httproute.yaml": route}
    assert _findings(lint, tmp_path, files) == [("deploy/examples/httproute.yaml", "RL404")]
