"""Noise that is not a finding (issue 24, class 8): the flag rules speak only where a registry is
configured or found, a `.rebound-lint.toml` written as `[tool.rebound-lint]` is read, and the
"both halves kept" suffix is a possibility, not an accusation. Real git, the real CLI."""
from __future__ import annotations

from conftest import findings_for, write

from rebound_lint.languages.repeats import BOTH_SIDES


def test_no_registry_no_flag_notice_on_plain_and_base_runs(git_repo, lint):
    git_repo.commit({"app.py": "x = 1\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"app.py": "x = 2\n"})
    for args in (("check",), ("check", "--base", "main")):
        result = lint(*args, cwd=git_repo.path)
        assert result.code == 0 and "flag" not in result.err and "feature_flags" not in result.err, (args, result.err)


def test_no_registry_is_one_short_line_under_all_files_naming_no_incident_path(git_repo, lint):
    git_repo.commit({"app.py": "x = 1\n"})
    result = lint("check", "--all-files", cwd=git_repo.path)
    lines = [line for line in result.err.splitlines() if "flag" in line]
    assert len(lines) == 1 and "backend_v2" not in lines[0] and len(lines[0]) < 140, lines
    assert "[tool.rebound-lint.flags] registry" in lines[0]


def test_the_incident_layout_is_still_found_without_configuration(git_repo, lint):
    git_repo.commit({"backend_v2/api/feature_flags.yaml": "flags:\n  a: {default: false}\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"backend_v2/api/feature_flags.yaml": "flags:\n  a: {default: false}\n  b: {default: true}\n"})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert result.code == 1 and any("RL601 new flag 'b'" in line for line in result.lines), result.out


def test_a_configured_registry_that_is_missing_is_said_even_without_all_files(git_repo, lint):
    git_repo.commit({".rebound-lint.toml": '[flags]\nregistry = "config/flags.yaml"\n', "app.py": "x = 1\n"})
    result = lint("check", cwd=git_repo.path)
    assert result.code == 0 and "config/flags.yaml" in result.err, result.err


def test_rebound_lint_toml_with_a_tool_table_is_read(git_repo, lint):
    git_repo.commit({".rebound-lint.toml": '[tool.rebound-lint]\nignore = ["RL111"]\n',
                     "app.py": "def f():\n    return 1\n\n\ndef f():\n    return 2\n"})
    result = lint("check", cwd=git_repo.path)
    assert result.code == 0 and "unknown key" not in result.err, result.out + result.err


def test_rebound_lint_toml_mixing_both_forms_says_what_to_write(tmp_path, lint):
    write(tmp_path, {".rebound-lint.toml": 'exclude = []\n[tool.rebound-lint]\nignore = ["RL111"]\n',
                     "a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 2 and "[tool.rebound-lint]" in result.err and "top level" in result.err, result.err
    write(tmp_path, {".rebound-lint.toml": '[tool.black]\nline-length = 100\n'})
    other = lint("check", "a.py", cwd=tmp_path)
    assert other.code == 2 and "tool: " in other.err and "top level" in other.err, other.err


def test_the_both_sides_suffix_is_a_possibility_not_an_accusation():
    assert "were both sides" not in BOTH_SIDES and "?" not in BOTH_SIDES
    found = findings_for("app.py", "def f():\n    return 1\n\n\ndef f():\n    return 2\n")
    assert [f.code for f in found] == ["RL111"] and found[0].message.endswith(BOTH_SIDES)
