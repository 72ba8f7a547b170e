
import pytest
from conftest import FIXTURES, codes, findings_for, lines_run

from rebound_lint.config import Config

VALID = sorted(p for p in (FIXTURES / "valid" / "yaml").rglob("*") if p.is_file())


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_yaml_passes(path):
    rel = path.relative_to(FIXTURES / "valid").as_posix()
    assert findings_for(rel, path.read_bytes()) == []


def test_every_duplicate_at_every_depth_is_reported_with_both_lines():
    text = (
        "flags:\n"
        "  demo_propose: {owner: growth}\n"
        "  demo_session:\n"
        "    owner: growth\n"
        "    owner: identity\n"
        "  demo_propose: {owner: growth}\n"
        "list:\n"
        "  - a: 1\n"
        "    a: 2\n"
        "flags: {}\n"
    )
    found = findings_for("feature_flags.yaml", text)
    assert [(f.code, f.line) for f in found] == [("RL402", 10), ("RL402", 5), ("RL402", 6), ("RL402", 9)] or \
        sorted((f.line, f.message) for f in found) == [
            (5, "duplicate key 'owner' (first defined on line 4)"),
            (6, "duplicate key 'demo_propose' (first defined on line 2)"),
            (9, "duplicate key 'a' (first defined on line 8)"),
            (10, "duplicate key 'flags' (first defined on line 1)"),
        ]


def test_keys_compare_by_resolved_tag_and_value():
    assert findings_for("a.yaml", "1: a\n'1': b\n") == []
    assert codes(findings_for("a.yaml", "1: a\n0x1: b\n")) == ["RL402"]
    assert codes(findings_for("a.yaml", "null: a\n~: b\n")) == ["RL402"]
    assert codes(findings_for("a.yaml", "true: a\nTrue: b\n")) == ["RL402"]
    assert findings_for("a.yaml", "a: 1\n!!str b: 2\nb: 3\n") != []


def test_a_yaml_1_1_directive_resolves_keys_as_yaml_1_1():
    """`yes` is a boolean in YAML 1.1 and a string in 1.2 (the default)."""
    assert codes(findings_for("a.yaml", "%YAML 1.1\n---\nyes: a\ntrue: b\n")) == ["RL402"]
    assert findings_for("a.yaml", "yes: a\ntrue: b\n") == []
    assert findings_for("a.yaml", "%YAML 1.2\n---\nyes: a\ntrue: b\n") == []


def test_each_document_is_its_own_mapping():
    assert findings_for("a.yaml", "a: 1\n---\na: 2\n") == []
    assert codes(findings_for("a.yaml", "a: 1\n---\na: 2\na: 3\n")) == ["RL402"]


def test_merge_keys():
    assert findings_for("a.yaml", "b: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n") == []
    two = "a: &a {x: 1}\nb: &b {y: 1}\nm:\n  <<: *a\n  <<: *b\n"
    assert codes(findings_for("a.yaml", two)) == ["RL403"]
    assert findings_for("a.yaml", two, Config(allow_multiple_merge_keys=True)) == []


def test_two_merge_keys_are_a_warning_and_silent_where_ansible_reads_the_file():
    """PyYAML (so Ansible) and eemeli/yaml merge every `<<` of a mapping in turn; go-yaml v3 and ruamel.yaml
    reject the second. community.postgresql's integration tests write `<<: *defaults` ... `<<: *rule1` in
    one task: healthy for the only loader that reads it. A file of an Ansible role or test target
    (roles/x/tasks/, tests/integration/targets/x/tasks/, handlers/, playbooks/) is Ansible's."""
    from rebound_lint.rules import RULES

    assert RULES["RL403"].severity == "warning"
    task = ("- name: create one rule\n  community.postgresql.postgresql_pg_hba:\n    <<: *defaults\n"
            "    state: present\n    <<: *rule0\n")
    text = "- set_fact:\n    defaults: &defaults {create: true}\n    rule0: &rule0 {contype: host}\n" + task
    for path in ("tests/integration/targets/postgresql_pg_hba/tasks/bulk_rules.yml", "roles/db/tasks/main.yml",
                 "roles/db/handlers/main.yaml", "playbooks/site.yml"):
        assert findings_for(path, text) == [], path
    assert codes(findings_for("deploy/tasks.yml", text)) == ["RL403"]
    assert codes(findings_for("ci/tasks/main.yml", text)) == ["RL403"]  # tasks/ alone is no Ansible role


def test_two_merge_keys_are_silent_where_gitlab_reads_the_file():
    """GitLab reads its CI configuration with Ruby's Psych, which merges every `<<` of a mapping in turn:
    `.gitlab-ci.yml`, and the files it includes from `.gitlab/ci/` (renovate's fixtures showed the shape)."""
    text = (".defaults: &defaults\n  retry: 2\n.gpu: &gpu\n  tags: [gpu]\ntrain:\n  <<: *defaults\n"
            "  <<: *gpu\n  script: [make train]\n")
    for path in (".gitlab-ci.yml", "services/api/.gitlab-ci.yml", ".gitlab/ci/build.gitlab-ci.yml", ".gitlab/ci/jobs.yml"):
        assert findings_for(path, text) == [], path
    assert codes(findings_for("ci/jobs.yml", text)) == ["RL403"]


def test_two_merge_keys_in_recorded_test_data_are_the_loaders_input():
    """Probe s13 (a CI server's compiler/native/testdata/ and internal/testdata/ pipelines): a project whose own
    YAML loader merges every `<<` of a mapping in turn (with a warning of its own) keeps pipelines with two
    merge keys in its test data, to test that loader. Recorded test data is the tests' input: RL403 (which loader
    reads the file is the question) is not reported there; a real duplicate key (RL402) still is."""
    text = ("x: &a {image: alpine}\ny: &b {ruleset: {event: push}}\nsteps:\n  - name: alpha\n    <<: *a\n"
            "    <<: *b\n    commands: [echo alpha]\n")
    for path in ("compiler/native/testdata/steps_anchor.yml", "internal/testdata/top_level.yml",
                 "pkg/loader/golden/pipeline.yaml"):
        assert findings_for(path, text) == [], path
    assert codes(findings_for("ci/pipeline.yml", text)) == ["RL403"]
    doubled = text.replace("commands: [echo alpha]\n", "commands: [echo alpha]\n    commands: [echo beta]\n")
    assert codes(findings_for("internal/testdata/top_level.yml", doubled)) == ["RL402"]


@pytest.mark.parametrize("text", [
    # external-secrets' docs/snippets/, included into the docs' pages: manifests with their dull parts elided
    "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
    "      - name: server\n        env:\n        ...\n      - name: sync\n        image: sync:1.5\n",
    "....\nspec:\n  provider:\n    conjur:\n      url: https://conjur.example\n",
    "...\nspec:\n  ...\n  template:\n    ...\n    spec:\n      containers:\n        ...\n",
    "spec:\n  containers:\n    \u2026\n  volumes: []\n",
])
def test_an_excerpt_with_elisions_is_not_parsed(text):
    assert findings_for("docs/snippets/deployment.yaml", text) == []


def test_an_elision_does_not_excuse_other_breakage_where_the_file_parses_or_has_no_elision():
    assert codes(findings_for("a.yaml", "a: 1\n...\n---\nb: [1, 2\n")) == ["RL401"]  # `...` ends a document
    assert codes(findings_for("a.yaml", "spec:\n  a: 1\n   b: 2\n")) == ["RL401"]
    assert codes(findings_for("a.yaml", "spec:\n  a: '...'\n  a: 2\n")) == ["RL402"]


def _alias_bomb(levels: int) -> str:
    """levels + 1 lists, each of nine aliases to the one before: 9 ** levels scalars if expanded."""
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_cheap():
    """Aliases are never expanded: the work grows with the text, not with 9 ** levels. Two levels
    to five adds 27 aliases (measured: 1.5 times the lines run); expanded, 9 ** 3 = 729 times the
    scalars. Then the full bomb (11 levels: 31 billion scalars if expanded) passes clean."""
    findings_for("warm.yaml", "a: [1]\n")  # imports and first-use set-up are not the bomb's work
    small, large = (lines_run(findings_for, "bomb.yaml", _alias_bomb(levels)) for levels in (2, 5))
    assert small[0] == large[0] == []
    assert large[1] < 3 * small[1], (small[1], large[1])
    assert findings_for("bomb.yaml", _alias_bomb(11)) == []


def test_syntax_error_position():
    found = findings_for("a.yaml", "a: [1, 2\nb: 3\n")
    assert codes(found) == ["RL401"] and found[0].line == 2


def test_not_utf8():
    found = findings_for("a.yaml", b"a: 1\nb: '\xff'\n")
    assert codes(found) == ["RL010"] and found[0].line == 2


def test_helm_and_jinja_templates_are_not_parsed():
    helm = "metadata:\n  name: {{ .Release.Name }}\n  name: x\n{{- if .Values.x }}\n"
    assert findings_for("chart/templates/svc.yaml", helm) == []
    assert findings_for("role.yml", "{% for x in y %}\n- a: {{ x }}\n{% endfor %}\n") == []


def test_quoted_templates_are_yaml_and_checked():
    text = "vars:\n  dir: \"/srv/{{ app }}\"\n  dir: \"/opt/{{ app }}\"\n"
    assert codes(findings_for("play.yml", text)) == ["RL402"]


def test_deep_nesting_is_a_finding():
    assert codes(findings_for("deep.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n")) == ["RL012"]


@pytest.mark.parametrize("text", [
    "[" * 30000 + "]" * 30000, "- " * 30000 + "x\n", "{a: " * 30000 + "1" + "}" * 30000,
    "a:\n" + "".join(" " * depth + f"k{depth}:\n" for depth in range(1, 1200)) + " " * 1200 + "x: 1\n",
])
def test_nesting_that_would_crash_libyaml_is_parsed_in_python(text):
    """libyaml's C composer recurses without a check (30,000 levels crash the process); such
    files take the Python parser, whose RecursionError is RL012."""
    assert set(codes(findings_for("deep.yaml", text))) <= {"RL012", "RL401"}


CIRRUS = ("env:\n  CIRRUS_CLONE_DEPTH: 1\n\ntask:\n  name: Linux\n  container:\n    image: rust:latest\n"
          "  build_script: cargo build\n\ntask:\n  name: macOS\n  macos_instance:\n    image: sonoma\n"
          "  build_script: cargo build\n\ndocker_builder:\n  name: image\ndocker_builder:\n  name: other\n")


def test_cirrus_ci_reads_each_top_level_task_of_one_name_as_a_task():
    """Cirrus CI keeps repeated top-level `task:` (and `pipe:`, `docker_builder:`) keys, one task each, as
    its documentation writes them (wezterm's and PostgreSQL's .cirrus.yml). A key repeated inside a task,
    or a repeated `env:`, is still a duplicate."""
    assert findings_for(".cirrus.yml", CIRRUS) == []
    assert findings_for("ci/.cirrus.tasks.yml", CIRRUS) == []
    inner = CIRRUS.replace("  name: macOS\n", "  name: macOS\n  name: macOS 14\n")
    assert [(f.code, f.line) for f in findings_for(".cirrus.yml", inner)] == [("RL402", 12)]
    twice_env = CIRRUS + "env:\n  A: 1\n"
    assert [(f.code, f.line) for f in findings_for(".cirrus.yml", twice_env)] == [("RL402", 20)]
    assert [f.code for f in findings_for("config/tasks.yml", CIRRUS)] == ["RL402", "RL402"]  # no Cirrus file


# A documentation folder's annotated reference: each alternative way to write a setting follows the
# other, introduced by a comment of its own (a deploy tool's configuration docs, which its site renders
# and its validator reads as examples). Both halves of a conflict kept repeat a key with no comment of
# its own, or with the same comment twice: those stay reported, and outside documentation every duplicate is.
DOCUMENTED_ALTERNATIVES = """\
# Builder
#
# The build driver to use, defaults to `docker-container`:
builder:
  driver: docker
  #
  # To use a remote build service, set the driver to:
  driver: cloud org/builder

# A registry on localhost
registry:
  server: localhost:5555

# Docker Hub: a reference to a secret is looked up in the environment
registry:
  username: someone
"""


def test_alternatives_each_introduced_by_a_comment_in_a_documentation_folder():
    for name in ("lib/tool/configuration/docs/builder.yml", "doc/config/builder.yaml"):
        assert codes(findings_for(name, DOCUMENTED_ALTERNATIVES)) == [], name


def test_a_repeat_without_its_own_comment_is_still_a_duplicate_in_documentation():
    kept_both = ("# The registry\nregistry:\n  server: a\n# The registry\nregistry:\n  server: b\n",  # the comment twice
                 "# The registry\nregistry:\n  server: a\nregistry:\n  server: b\n",  # none above the repeat
                 "registry:\n  server: a\n  # the local one\n  server: b\n  # the local one\n  server: c\n")
    for text in kept_both:
        assert "RL402" in codes(findings_for("docs/config/registry.yml", text)), text


def test_commented_alternatives_outside_documentation_are_duplicates():
    assert codes(findings_for("config/deploy.yml", DOCUMENTED_ALTERNATIVES)) == ["RL402", "RL402"]
