"""A file the project's own syntax check leaves out on purpose (issue 24, class 5: data that is not what its
suffix says). pre-commit-hooks' check-json, check-yaml, check-toml, check-xml and check-ast take an `exclude`
pattern; a project that excludes a file from its own JSON check has said the file is not JSON as written
(great_expectations' tests/test_sets/fixed_distributional_test_dataset.json: `"beta" : [...]` lines without
the braces, excluded from check-json beside invalid_json_file.json). Its parse error is a note; the same
error in a file the hook still checks, or one left out by the top-level `exclude` (vendored, generated:
nothing said about its syntax), is still reported, and conflict markers are checked everywhere."""
from __future__ import annotations

from conftest import OURS, SEP, THEIRS, findings_in_a_tree

PRE_COMMIT = """\
exclude: ^generated/
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-ast
        exclude: ^scripts/py2/
      - id: check-json
        exclude: invalid_json_file.json|tests/test_sets/fixed_dataset.json
      - id: check-yaml
        exclude: docs/.*|tests/fixtures/bad_yml/great_expectations\\.yml
"""
NOT_JSON = '"beta" : [5.85, 5.21, 5.07],\n"chi2" : [168.3, 139.0, 201.7],\n'
NOT_YAML = "datasources:\n  - name: a\n    broken: [1, 2\n"


def test_a_file_left_out_of_the_projects_own_syntax_check_is_not_an_error(lint, tmp_path):
    files = {
        ".pre-commit-config.yaml": PRE_COMMIT,
        "tests/test_sets/fixed_dataset.json": NOT_JSON,
        "tests/fixtures/bad_yml/great_expectations.yml": NOT_YAML,
        "docs/snippets/config.yml": NOT_YAML,
        "scripts/py2/old.py": "def f(:\n    pass\n",
    }
    assert findings_in_a_tree(lint, tmp_path, files) == []


def test_the_same_errors_where_the_hook_still_checks_are_reported(lint, tmp_path):
    files = {
        ".pre-commit-config.yaml": PRE_COMMIT,
        "tests/test_sets/other_dataset.json": NOT_JSON,  # the hook checks it
        "tests/fixtures/good_yml/great_expectations.yml": NOT_YAML,
        "generated/data.json": NOT_JSON,  # the top-level exclude says nothing about its syntax
        "app/old.py": "def f(:\n    pass\n",
    }
    assert findings_in_a_tree(lint, tmp_path, files) == [
        ("app/old.py", "RL101"), ("generated/data.json", "RL411"),
        ("tests/fixtures/good_yml/great_expectations.yml", "RL401"), ("tests/test_sets/other_dataset.json", "RL411")]


def test_no_pre_commit_config_or_one_that_does_not_parse_excuses_nothing(lint, tmp_path):
    files = {".pre-commit-config.yaml": "repos: [\n", "tests/test_sets/fixed_dataset.json": NOT_JSON}
    assert ("tests/test_sets/fixed_dataset.json", "RL411") in findings_in_a_tree(lint, tmp_path, files)


def test_conflict_markers_in_a_left_out_file_are_still_reported(lint, tmp_path):
    botched = f"{OURS} HEAD\n{NOT_JSON}{SEP}\n{NOT_JSON}{THEIRS} feature\n"
    files = {".pre-commit-config.yaml": PRE_COMMIT, "tests/test_sets/fixed_dataset.json": botched}
    assert ("tests/test_sets/fixed_dataset.json", "RL001") in findings_in_a_tree(lint, tmp_path, files)
