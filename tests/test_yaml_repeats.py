"""RL404/RL413: only a run of list items repeated identically (the whole item, recursively) is a
both-halves-kept repeat; items that share a name, id or key but differ elsewhere are not."""
import pytest
from conftest import codes, findings_for


def _lines(name, text):
    return [(f.code, f.line) for f in findings_for(name, text)]


@pytest.mark.parametrize("name, text", [
    # ansible: `name:` is a label; one label, two modules
    ("tasks.yml", "- name: install package\n  package: {name: jq}\n  when: os != 'Darwin'\n"
                  "- name: install package\n  command: brew install jq\n  when: os == 'Darwin'\n"),
    # records identified by several fields
    ("vars.yml", "c:\n  - {namespace: ns1, name: name1, version: 0.0.1}\n  - {namespace: ns1, name: name1, version: 0.0.2}\n"),
    ("base.yml", "ini:\n- section: defaults\n  key: pipelining\n- section: connection\n  key: pipelining\n"),
    # Helm: one chart twice under different aliases
    ("Chart.yaml", "dependencies:\n  - name: redis\n    version: 17.0.0\n    alias: cache\n"
                   "  - name: redis\n    version: 17.0.0\n    alias: queue\n"),
    ("requirements.yaml", "dependencies:\n  - {name: redis, version: 17.0.0, alias: cache}\n"
                          "  - {name: redis, version: 17.0.0, alias: queue}\n"),
    # a run of three keys, then the same keys with more settings
    ("c.yml", "keyed_groups:\n  - key: a\n  - key: b\n  - key: a\n    separator: ''\n  - key: b\n    prefix: x\n"),
    # same identity, a nested difference
    ("d.yml", "- name: a\n  args: {x: [1, 2]}\n- name: a\n  args: {x: [1, 3]}\n"),
    # the same text, a different resolved type
    ("e.yml", "- {name: a, port: 80}\n- {name: a, port: '80'}\n"),
    ("u.json", '{"u": [\n {"id": 1},\n {"id": 1, "x": 2}\n]}\n'),
    ("p.json", '[{"name": "a", "version": "1"}, {"name": "a", "version": "2"}]\n'),
])
def test_items_sharing_an_identity_but_differing_elsewhere_are_not_repeats(name, text):
    assert findings_for(name, text) == []


@pytest.mark.parametrize("name, text, expected", [
    # both halves of a conflict kept, both had added the same env var
    ("deploy.yaml", "env:\n  - name: TIMEOUT\n    value: '45'\n  - name: TIMEOUT\n    value: '45'\n", [("RL404", 4)]),
    # formatting and comments differ, the item is the same
    ("deploy.yaml", "env:\n  - {name: TIMEOUT, value: '45'}  # ours\n  - name: TIMEOUT\n    # theirs\n    value: \"45\"\n",
     [("RL404", 3)]),
    # a run of two, nested structure included
    ("ci.yml", "steps:\n  - {id: a, with: {k: [1, 2]}}\n  - {id: b, run: y}\n  - {id: a, with: {k: [1, 2]}}\n  - {id: b, run: y}\n",
     [("RL404", 4)]),
    # same value spelled differently: 0x10 is 16
    ("n.yml", "- {id: 1, port: 0x10}\n- {id: 1, port: 16}\n", [("RL404", 2)]),
    ("tasks.yml", "- name: install package\n  package: {name: jq}\n- name: install package\n  package: {name: jq}\n",
     [("RL404", 3)]),
    ("u.json", '{"u": [\n {"id": 1, "x": [2]},\n {"id": 1, "x": [2]}\n]}\n', [("RL413", 3)]),
    # scalars beside the items (lists of scalars alone are never looked into)
    ("args.yml", "- --verbose\n- --verbose\n- {name: x, v: 1}\n- {name: x, v: 1}\n- [a]\n", [("RL404", 4)]),
])
def test_identical_repeats_are_still_caught(name, text, expected):
    assert _lines(name, text) == expected


def test_aliases_compare_by_what_they_point_to_and_stay_cheap():
    text = "base: &b {image: app, tag: '1'}\nother: &o {image: app, tag: '2'}\n" \
           "jobs:\n  - {name: j, <<: *b}\n  - {name: j, <<: *b}\n  - {name: k, <<: *b}\n  - {name: k, <<: *o}\n"
    assert _lines("a.yml", text) == [("RL404", 5)]
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 12):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append("items:\n  - {id: 1, v: *l}\n  - {id: 1, v: *l}\n")
    assert codes(findings_for("bomb.yaml", "\n".join(lines) + "\n")) == ["RL404"]


def test_a_recursive_alias_does_not_hang():
    assert findings_for("r.yaml", "- &a {id: 1, self: *a}\n- {id: 1, self: 2}\n") == []


@pytest.mark.parametrize("name, wrap", [("src/test/provider/example.json", "json"), ("example.yaml", "yaml")])
def test_an_identity_that_names_items_in_many_lists_is_a_placeholder(name, wrap):
    """A schema's generated example fills every list with the same sample item ("name": "foobar"):
    that name identifies nothing, so two such items in a row are sample data. An identity used
    in one or two lists still tells a doubled item."""
    import json

    item = {"name": "foobar", "weight": 42}
    sample = {f"service{i}": {"servers": [item, item]} for i in range(4)}
    text = json.dumps(sample, indent=2) if wrap == "json" else "\n".join(
        f"service{i}:\n  servers:\n    - name: foobar\n      weight: 42\n    - name: foobar\n      weight: 42"
        for i in range(4)) + "\n"
    assert findings_for(name, text) == []
    doubled = {"a": {"servers": [item, item]}, "b": {"servers": [{"name": "other", "weight": 1}]}}
    text = json.dumps(doubled, indent=2) if wrap == "json" else (
        "a:\n  servers:\n    - name: foobar\n      weight: 42\n    - name: foobar\n      weight: 42\n"
        "b:\n  servers:\n    - name: other\n      weight: 1\n")
    assert codes(findings_for(name, text)) == ["RL413" if wrap == "json" else "RL404"]


DOUBLED_ENV = ("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: busybox\n    env:\n"
               "    - name: DUMMY_2\n      value: dummy-2\n    - name: DUMMY_2\n      value: dummy-2\n")


@pytest.mark.parametrize("name", [
    "test/conformance/chainsaw/mutate/foreach/remove-and-add/pod-assert.yaml",  # chainsaw
    "testing/kuttl/e2e/cluster-pause/01-assert.yaml",                            # kuttl
    "test/e2e/upgrade/02-errors.yaml",                                           # kuttl: must not exist
    "tests/e2e/policies/expected-resource.yaml",
])
def test_a_test_assertion_holds_the_state_the_tool_makes(name):
    """An assertion file of a Kubernetes test harness (chainsaw, kuttl) is the state the operator
    or policy under test must produce: two identical items there are what the tool makes (kyverno's
    foreach mutation replaces both env entries with DUMMY_2), not a doubled hunk."""
    assert findings_for(name, DOUBLED_ENV) == []


@pytest.mark.parametrize("name", [
    "test/conformance/chainsaw/mutate/foreach/remove-and-add/pod.yaml",  # the resource the test applies
    "deploy/assert.yaml",                                                # not in a test folder
    "test/e2e/assertions/helpers.js.yaml",
])
def test_other_files_of_a_test_keep_their_repeats(name):
    assert codes(findings_for(name, DOUBLED_ENV)) == ["RL404"]


PLACEHOLDER_SUBJECTS = ("kind: ClusterRoleBinding\nsubjects:\n- kind: ServiceAccount\n  name: ##CONTROLLERSANAME##\n"
                        "  namespace: ##NAMESPACE##\n- kind: ServiceAccount\n  name: ##SERVERSANAME##\n"
                        "  namespace: ##NAMESPACE##\n")


def test_values_that_are_placeholder_comments_are_not_compared():
    """argo-cd's test/remote/argocd-remote-permissions.yaml: a script replaces ##NAMESPACE## and the
    like before kubectl reads it; as it stands YAML reads each as a comment, so the items' values are
    all empty and look identical."""
    assert findings_for("test/remote/permissions.yaml", PLACEHOLDER_SUBJECTS) == []
    assert findings_for("deploy/permissions.yaml", PLACEHOLDER_SUBJECTS) == []


def test_a_section_comment_does_not_hide_a_doubled_item():
    text = ("## Service accounts ##\nsubjects:\n- kind: ServiceAccount\n  name: controller  ##NOTE##\n"
            "- kind: ServiceAccount\n  name: controller  ##NOTE##\n")
    assert codes(findings_for("deploy/permissions.yaml", text)) == ["RL404"]
    doubled = PLACEHOLDER_SUBJECTS.replace("##SERVERSANAME##", "server").replace("##CONTROLLERSANAME##", "server")
    assert codes(findings_for("deploy/permissions.yaml", doubled.replace("##NAMESPACE##", "argocd"))) == ["RL404"]


TWO_TASKS = ("- hosts: localhost\n  tasks:\n    - name: Test no-free-form # <-- 3\n"
             "      ansible.builtin.command: creates=B chmod 644 A # noqa: no-free-form\n"
             "    - name: Test no-free-form # <-- 4\n"
             "      ansible.builtin.command: creates=B chmod 644 A # noqa: no-free-form\n")


@pytest.mark.parametrize("name", ["examples/playbooks/test_skip_inside_yaml.yml", "playbooks/skip_test.yaml",
                                  "roles/x/tests/idempotence-test.yml"])
def test_a_yaml_file_named_as_a_test_repeats_on_purpose(name):
    """ansible-lint's examples/playbooks/test_skip_inside_yaml.yml runs one task twice and counts the
    warnings (# <-- 3, # <-- 4): a test repeats on purpose, as a test module does (RL114, RL315)."""
    assert findings_for(name, TWO_TASKS) == []


@pytest.mark.parametrize("name", ["playbooks/site.yml", "playbooks/latest.yml", ".github/workflows/test.yml",
                                  "playbooks/contest_x.yml"])
def test_other_playbooks_keep_their_repeats(name):
    assert codes(findings_for(name, TWO_TASKS)) == ["RL404"]


# An OpenAPI or JSON Schema document's example value is sample data: example generators fill an array
# of items with copies of the item's own example (swagger's ExampleBuilder: `tags: [{id: 1, name: name},
# {id: 1, name: name}]`, written out again in every generated server's swagger.yaml/json).
EXAMPLE_YAML = ("components:\n  schemas:\n    Pet:\n      type: object\n      example:\n        name: doggie\n"
                "        tags:\n          - name: name\n            id: 1\n          - name: name\n            id: 1\n")
EXAMPLE_JSON = ('{"definitions": {"Pet": {"type": "object", "example": {\n  "tags": [ {\n    "name": "name",\n'
                '    "id": 1\n  }, {\n    "name": "name",\n    "id": 1\n  } ]\n}}}}\n')


@pytest.mark.parametrize("name, text", [
    ("api/swagger.yaml", EXAMPLE_YAML),
    ("api/openapi.yaml", EXAMPLE_YAML.replace("      example:\n", "      examples:\n        one:\n          value:\n")
     .replace("\n        ", "\n            ").replace("            one:", "        one:").replace("            value:", "          value:")),
    ("public/swagger.json", EXAMPLE_JSON),
])
def test_repeated_items_in_an_example_value_are_sample_data(name, text):
    assert findings_for(name, text) == []


def test_repeated_items_beside_an_example_are_still_caught():
    text = EXAMPLE_YAML + "  parameters:\n    - name: limit\n      in: query\n    - name: limit\n      in: query\n"
    assert _lines("api/swagger.yaml", text) == [("RL404", 15)]
    json_text = EXAMPLE_JSON.replace('"example"', '"items"')
    assert _lines("public/swagger.json", json_text) == [("RL413", 5)]
