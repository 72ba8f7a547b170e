"""Deliberately invalid test inputs (a file whose name says so, under a test or fixture directory)
and yamllint's own suppression comments: no parse-error or duplicate finding, a --debug note.
Conflict markers are checked before, separately, and stay."""
import pytest
from conftest import OURS, SEP, THEIRS, codes, findings_for, write

from rebound_lint.config import Config
from rebound_lint.languages import kind_of
from rebound_lint.runner import check_data


def _notes(name, text):
    return check_data(name, text.encode(), kind_of(name), Config()).notes


@pytest.mark.parametrize("name, text", [
    # the JSON_checker suite: "it must reject all of the fail*.json files"
    ("test/integration/targets/uri/files/fail1.json", '["Unclosed array"'),
    ("test/integration/targets/uri/files/fail14.json", '["Illegal backslash escape: \\x15"]'),
    ("test/integration/targets/uri/files/fail24.json", '["\ttab\tcharacter\tin\tstring\t"]'),
    ("test/integration/targets/dataloader/vars/invalid.json", "{ }}\n"),
    ("tests/data/fail11.json", '{"Illegal expression": 1 + 2}'),
    ("tests/fixtures/config-invalid.yaml", "a: [1, 2\nb: 3\n"),
    ("spec/fixtures/files/malformed_manifest.yml", "a:\n  b: 1\n c: 2\n"),
    ("src/__tests__/testdata/broken.json", '{"a": 1,}'),
    ("pkg/parser/testdata/badSyntax.yaml", "- a\nb: c\n"),
    ("tests/data/duplicate_keys.yml", "a: 1\na: 2\n"),
    ("tests/data/dup-ids.json", '{"a": 1, "a": 2}'),
    ("test/unit/parsing/yaml/invalid_duplicate_items.yml", "- {id: 1}\n- {id: 1}\n"),
    # test doubles' folders (kratos: session/stub/jwk.es512.broken.json)
    ("session/stub/jwk.es512.broken.json", '{"keys": [}'),
    ("internal/mocks/invalid.yaml", "a: [1, 2\nb: 3\n"),
    ("pkg/fakes/malformed.json", '{"a": 1,}'),
])
def test_deliberately_invalid_test_inputs_get_no_parse_finding(name, text):
    assert findings_for(name, text) == []
    assert any("deliberately invalid" in note for note in _notes(name, text))


@pytest.mark.parametrize("name, text, expected", [
    ("src/config/fail.json", '["Unclosed array"', "RL411"),          # not under a test directory
    ("tests/data/config.json", '["Unclosed array"', "RL411"),        # a test input, not named invalid
    ("tests/badge.json", '{"a": 1 "b": 2}', "RL411"),                # "badge" is not "bad"
    ("test/integration/failover.yml", "a: 1\na: 2\n", "RL402"),       # "failover" is not "fail"
    ("tests/data/invalid_report.yml.j2", "a: 1\na: 2\n", None),      # not a YAML kind
    ("contest/data/invalid-entry.json", "{ }}", "RL411"),            # "contest" is not a test directory (a topic)
    ("ci/fixtures.yml", "a: 1\na: 2\n", "RL402"),                    # a file named fixtures, not in one
    ("stubborn/invalid-entry.json", "{ }}", "RL411"),                # "stubborn" is not a stub directory (a topic)
    ("session/stub/config.json", '["Unclosed array"', "RL411"),     # a stub, not named invalid
])
def test_lookalikes_are_still_reported(name, text, expected):
    assert codes(findings_for(name, text)) == ([expected] if expected else [])


def test_conflict_markers_in_an_invalid_fixture_are_still_reported():
    text = f'{OURS} ours\n["a"]\n{SEP}\n["b"]\n{THEIRS} theirs\n'
    assert "RL001" in codes(findings_for("test/files/fail3.json", text))


PLAYBOOK = ("- hosts: localhost\n  gather_facts: false\n  vars:\n    foo: bar\n"
            "    foo: baz  # yamllint disable rule:key-duplicates\n  tasks:\n    - debug: {msg: '{{ foo }}'}\n")


def test_yamllint_key_duplicates_directives_are_honoured():
    assert findings_for("test/integration/targets/yaml_parsing/playbook.yml", PLAYBOOK) == []
    assert findings_for("playbook.yml", PLAYBOOK) == []
    # disable-line: that line only (on the line, or alone on the line before)
    text = "a: 1\na: 2  # yamllint disable-line rule:key-duplicates\nb: 1\nb: 2\n"
    assert [(f.code, f.line) for f in findings_for("x.yaml", text)] == [("RL402", 4)]
    text = "a: 1\n# yamllint disable-line rule:key-duplicates\na: 2\nb: 1\nb: 2\n"
    assert [(f.code, f.line) for f in findings_for("x.yaml", text)] == [("RL402", 5)]
    # disable ... enable: the lines in between; every rule when none is named
    text = "a: 1\na: 2\n# yamllint disable\nb: 1\nb: 2\n# yamllint enable\nc: 1\nc: 2\n"
    assert [(f.code, f.line) for f in findings_for("x.yaml", text)] == [("RL402", 2), ("RL402", 8)]
    # another rule disabled: duplicates stay
    text = "a: 1\na: 2  # yamllint disable-line rule:line-length\n"
    assert codes(findings_for("x.yaml", text)) == ["RL402"]
    # in a string it is text, not a directive
    text = "a: 1\na: '# yamllint disable rule:key-duplicates'\n"
    assert codes(findings_for("x.yaml", text)) == ["RL402"]
    # syntax errors cannot be disabled (yamllint neither)
    assert codes(findings_for("x.yaml", "# yamllint disable\na: [1\n")) == ["RL401"]


def test_yamllint_disable_file_means_markers_only():
    assert findings_for("x.yaml", "# yamllint disable-file\na: 1\na: 2\nb: [1\n") == []
    assert any("yamllint disable-file" in note for note in _notes("x.yaml", "# yamllint disable-file\na: 1\na: 2\n"))


def test_yamllint_disable_file_counts_on_the_first_line_only():
    assert codes(findings_for("x.yaml", "a: 1\n# yamllint disable-file\na: 2\n")) == ["RL402"]


@pytest.mark.parametrize("name, text", [
    # helm's pkg/chart/v2/lint/rules/testdata/: Go test folders glue their words together
    ("pkg/lint/rules/testdata/invalidchartfile/Chart.yaml", "name: x\napiVersion: v2\napiVersion: v1\n"),
    ("pkg/lint/rules/testdata/badvaluesfile/values.yaml", "a: [1, 2\nb: 3\n"),
    ("pkg/lint/rules/testdata/anotherbadchartfile/Chart.yaml", "a: 1\na: 2\n"),
    ("tests/data/malformedmanifest/app.json", '{"a": 1,}'),
    # opentelemetry-operator's cmd/operator-opamp-bridge/internal/config/testdata/agentbadconf.yaml
    ("internal/config/testdata/agentbadconf.yaml", "endpoint: x\ncaps:\n  a: true\n  b:\n  false\n  c\n    d: 1\n"),
    # probe s13: a metrics agent's redfish testdata/dell/dell_chassisinvalid.json beside dell_chassis.json: the
    # verdict glued at the end of the name
    ("plugins/inputs/redfish/testdata/dell/dell_chassisinvalid.json", '}\n{\n  "a": 1\n}\n'),
    ("plugins/inputs/redfish/testdata/hp/hp_thermalmalformed.json", '{\n  a: 1\n}\n'),
])
def test_a_test_folder_whose_glued_name_says_invalid_holds_invalid_inputs(name, text):
    assert findings_for(name, text) == []
    assert any("deliberately invalid" in note for note in _notes(name, text))


@pytest.mark.parametrize("name, text, expected", [
    ("pkg/cache/testdata/invalidation/config.yaml", "a: 1\na: 2\n", "RL402"),  # invalidation is a topic
    ("tests/data/badges/shields.json", '{"a": 1 "b": 2}', "RL411"),                 # badges are not bad
    ("tests/data/failover/config.yaml", "a: 1\na: 2\n", "RL402"),             # failover is not a failure
    ("tests/data/errorpages/site.json", '{"a": 1 "b": 2}', "RL411"),                # error pages are not errors
    ("src/invalidchartfile/Chart.yaml", "a: 1\na: 2\n", "RL402"),             # not under a test folder
    ("tests/data/sinbad/config.yaml", "a: 1\na: 2\n", "RL402"),               # a word that ends in "bad"
    ("tests/data/reinvalidated/config.yaml", "a: 1\na: 2\n", "RL402"),
    ("tests/data/unbroken/config.yaml", "a: 1\na: 2\n", "RL402"),           # unbroken is healthy
    ("src/data/dell_chassisinvalid.json", '{"a": 1 "b": 2}', "RL411"),           # not under a test folder
])
def test_glued_lookalikes_are_still_reported(name, text, expected):
    assert codes(findings_for(name, text)) == [expected]


@pytest.mark.parametrize("name, text", [
    # ansible-lint's examples/ are its tests' inputs: examples/broken/, examples/yamllint/invalid.yml
    ("examples/broken/load-failure-invalid.yml", "- hosts: all\n  tasks:\n? x\n"),
    ("examples/broken/yaml-with-tabs/tabs.yaml", "a: [1, 2\nb: 3\n"),
    ("examples/yamllint/invalid.yml", "foo: 1\nfoo: 2\n"),
    ("docs/samples/bad-config.json", '{"a": 1,}'),
    ("grammar/more-examples/separated_invalid2.json", '{"a": 1,}'),  # a folder whose words say examples
    # a parser's inputs below a test folder (checkov's tests/cloudformation/parser/: triple-quoted strings)
    ("tests/cloudformation/parser/success_triple_quotes_string.json", '{"a": """x"""}\n'),
    ("test/unit/parsing/yaml/anchors.yml", "a: [1, 2\nb: 3\n"),
])
def test_examples_and_parser_inputs_that_say_so_are_invalid_on_purpose(name, text):
    assert findings_for(name, text) == []


@pytest.mark.parametrize("name, text, expected", [
    ("examples/config.yml", "foo: 1\nfoo: 2\n", "RL402"),             # an example, not named invalid
    ("examples/k8s/deployment.yaml", "a: [1, 2\nb: 3\n", "RL401"),
    ("src/parser/config.json", '{"a": 1,}', "RL411"),                 # the parser's code, not its tests' input
    ("tests/config.json", '{"a": 1 "b": 2}', "RL411"),
])
def test_other_examples_and_test_data_are_still_checked(name, text, expected):
    assert codes(findings_for(name, text)) == [expected]


HELMFILE_OUTPUT = ("Pulled: localhost:5000/myrepo/raw:0.1.0\nDigest: sha256:0123\n"
                   "Building dependency release=no-envs, chart=../charts/raw-0.0.1\n"
                   "Templating release=no-envs, chart=../charts/raw-0.0.1\n---\n# Source: raw/templates/resources.yaml\n"
                   "apiVersion: v1\nkind: ConfigMap\n")


@pytest.mark.parametrize("name", ["test/e2e/template/testdata/snapshot/oci_pull/output.yaml",
                                  "test/e2e/template/testdata/snapshot/oci_pull/output-helm4.yaml",
                                  "tests/cases/render/expected.yaml"])
def test_a_recorded_output_beside_its_input_is_text(tmp_path, lint, name):
    """helmfile's test/e2e/template/helmfile/testdata/snapshot/<case>/: input.yaml.gotmpl beside
    output.yaml and output-helm4.yaml, what `helmfile template` printed (log lines, then YAML). The
    test compares the text; it is not YAML a reader loads."""
    import os

    folder = os.path.dirname(name)
    write(tmp_path, {name: HELMFILE_OUTPUT, f"{folder}/input.yaml.gotmpl": "releases: []\n",
                     "tests/cases/other/output.yaml": HELMFILE_OUTPUT})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if ": RL" in line] == ["tests/cases/other/output.yaml"], result.out
