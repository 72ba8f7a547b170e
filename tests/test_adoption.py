"""Adopting rebound-lint on a real codebase: inline suppression, the baseline, only what a change
introduced (--base), severity and the exit policy. Real git repositories, the real CLI."""
from __future__ import annotations

import json

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo, write

LEGACY_APP = (
    "def create_app():\n    return 1\n\n\n"
    "def create_app():\n    return 2\n"
)


@pytest.fixture
def legacy(tmp_path):
    repo = GitRepo(tmp_path / "legacy")
    repo.commit({"app.py": LEGACY_APP, "config.yaml": "a: 1\nb: 2\na: 3\n"}, "legacy tree")
    return repo


def test_a_legacy_tree_is_adopted_with_a_baseline(legacy, lint):
    assert lint("check", cwd=legacy.path).code == 1
    made = lint("baseline", cwd=legacy.path)
    assert made.code == 0 and "2 findings in .rebound-lint-baseline.json" in made.out
    document = json.loads((legacy.path / ".rebound-lint-baseline.json").read_text())
    assert [(e["path"], e["code"]) for e in document["findings"]] == [("app.py", "RL111"), ("config.yaml", "RL402")]
    legacy.commit({}, "baseline")
    clean = lint("check", cwd=legacy.path)
    assert clean.code == 0 and clean.lines == [] and "(2 suppressed)" in clean.out
    shown = lint("check", "--show-suppressed", cwd=legacy.path)
    assert "app.py:5:1: RL111" in shown.out and "[suppressed: baseline]" in shown.out
    # lines inserted above a baselined finding: it moves, and stays suppressed
    (legacy.path / "app.py").write_text("import os\n\n\n" + LEGACY_APP)
    assert lint("check", cwd=legacy.path).code == 0
    # a new occurrence of the same problem in the same file is reported
    (legacy.path / "app.py").write_text("import os\n\n\n" + LEGACY_APP + "\n\ndef create_app():\n    return 3\n")
    new = lint("check", cwd=legacy.path)
    assert new.code == 1 and [line.split()[1] for line in new.lines] == ["RL111"]
    assert lint("check", "--no-baseline", cwd=legacy.path).code == 1


def test_baseline_prune_drops_what_no_longer_matches(legacy, lint):
    lint("baseline", cwd=legacy.path)
    (legacy.path / "config.yaml").write_text("a: 1\nb: 2\n")
    pruned = lint("baseline", "--prune", cwd=legacy.path)
    assert pruned.code == 0 and "1 finding in" in pruned.out
    document = json.loads((legacy.path / ".rebound-lint-baseline.json").read_text())
    assert [e["code"] for e in document["findings"]] == ["RL111"]


def test_a_baseline_never_accepts_conflict_markers(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"notes.txt": f"a\n{OURS} HEAD\nb\n{SEP}\nc\n{THEIRS} x\n"})
    assert "0 findings in" in lint("baseline", cwd=repo.path).out
    assert lint("check", cwd=repo.path).code == 1


def test_a_damaged_baseline_is_a_clear_error(legacy, lint):
    (legacy.path / ".rebound-lint-baseline.json").write_text("{not json")
    result = lint("check", cwd=legacy.path)
    assert result.code == 2 and ".rebound-lint-baseline.json: not a rebound-lint baseline" in result.err


@pytest.mark.parametrize("name, text", [
    ("a.py", "def f():\n    pass\n\n\ndef f():  # rebound-lint: ignore[RL111]\n    pass\n"),
    ("b.py", "def f():\n    pass\n\n\n# rebound-lint: ignore[RL111, RL113]\ndef f():\n    pass\n"),
    ("c.py", "def f():\n    pass\n\n\ndef f():  # noqa: E501, RL111\n    pass\n"),
    ("d.py", "# rebound-lint: skip-file\ndef f():\n    pass\n\n\ndef f():\n    pass\n"),
    ("e.yaml", "a: 1\na: 2  # rebound-lint: ignore[RL402]\n"),
    ("f.yaml", "a: 1\n# rebound-lint: ignore\na: 2\n"),
    ("g.sql", "CREATE TABLE t (a int, a int); -- rebound-lint: ignore[RL211]\n"),
    ("h.sql", "/* rebound-lint: ignore[RL2] */\nCREATE TABLE t (a int, a int);\n"),
    ("i.js", "const o = {\n  a: 1,\n  a: 2, // rebound-lint: ignore[RL311]\n};\n"),
    ("j.js", "const o = {\n  a: 1,\n  /* rebound-lint: ignore[RL311] */\n  a: 2,\n};\n"),
    ("k.md", f"Notes\n<!-- rebound-lint: ignore[RL001] -->\n{OURS} HEAD\nx\n{SEP}\ny\n{THEIRS} b\n"),
])
def test_inline_suppression_in_each_comment_syntax(tmp_path, lint, name, text):
    write(tmp_path, {name: text})
    result = lint("check", "--show-suppressed", name, cwd=tmp_path)
    assert result.code == 0, result.out
    assert "[suppressed: comment]" in result.out and "1 finding" not in result.out


@pytest.mark.parametrize("name, text, code", [
    ("a.py", 'HELP = "# rebound-lint: ignore[RL111]"\n\n\ndef f():\n    pass\n\n\ndef f():\n    pass\n', "RL111"),
    ("b.py", "def f():\n    pass\n\n\ndef f():  # noqa\n    pass\n", "RL111"),  # a bare noqa is flake8's
    ("c.yaml", "a: 1\na: '# rebound-lint: ignore'\n", "RL402"),
    ("d.sql", "CREATE TABLE t (a int, a int, note text DEFAULT '-- rebound-lint: ignore');\n", "RL211"),
    ("e.js", "const o = {\n  a: 1,\n  a: '// rebound-lint: ignore',\n};\n", "RL311"),
    ("f.py", "".join(f"x{i} = {i}\n" for i in range(10)) + "# rebound-lint: skip-file\ndef f():\n    pass\n\n\ndef f():\n    pass\n", "RL111"),
])
def test_suppression_is_read_from_comments_only(tmp_path, lint, name, text, code):
    write(tmp_path, {name: text})
    result = lint("check", name, cwd=tmp_path)
    assert result.code == 1 and [line.split()[1] for line in result.lines] == [code], result.out


def test_an_unknown_code_in_a_suppression_comment_is_a_warning(tmp_path, lint):
    write(tmp_path, {"a.py": "x = compute()  # rebound-lint: ignore[RL9999]\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.lines == ["a.py:1:1: RL009 unknown rule code 'RL9999' in a suppression comment "
                            "(see `rebound-lint rules`)"]
    assert result.code == 0  # a warning
    assert lint("check", "--fail-on", "warning", "a.py", cwd=tmp_path).code == 1


def test_base_reports_the_new_duplicate_but_not_the_old_one_beside_it(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"app.py": LEGACY_APP})
    repo.git("checkout", "-q", "-b", "feature")
    repo.write({"app.py": "def register():\n    return 1\n\n\ndef register():\n    return 2\n\n\n" + LEGACY_APP})
    result = lint("check", "--base", "main", cwd=repo.path)
    assert result.code == 1
    assert [line.split()[:2] for line in result.lines] == [["app.py:5:1:", "RL111"]]
    everything = lint("check", "--base", "main", "--all-findings", cwd=repo.path)
    assert [line.split()[1] for line in everything.lines] == ["RL111", "RL111"]


def test_markers_are_reported_under_base_even_when_the_base_had_them(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    block = f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} b\n"
    repo.commit({"app.py": "y = 0\n" + block})
    repo.git("checkout", "-q", "-b", "feature")
    repo.write({"app.py": "y = 1\n" + block})
    result = lint("check", "--base", "main", cwd=repo.path)
    assert result.code == 1 and [line.split()[1] for line in result.lines] == ["RL001"]


def test_a_warning_only_run_exits_0_unless_told_to_fail_on_warnings(tmp_path, lint):
    write(tmp_path, {"a.py": "x = 1  # rebound-lint: ignore[RL9999]\n"})
    assert lint("check", "a.py", cwd=tmp_path).code == 0
    assert lint("check", "--fail-on", "warning", "a.py", cwd=tmp_path).code == 1
    write(tmp_path, {"b.yaml": "a: 1\na: 2\n"})
    assert lint("check", "b.yaml", cwd=tmp_path).code == 1
    assert lint("check", "--exit-zero", "b.yaml", cwd=tmp_path).code == 0


def test_configured_severity_changes_levels_exit_and_reports(tmp_path, lint):
    write(tmp_path, {
        ".rebound-lint.toml": '[severity]\nRL4 = "warning"\nRL402 = "warning"\nRL111 = "off"\n',
        "b.yaml": "a: 1\na: 2\n",
        "c.py": "def f():\n    pass\n\n\ndef f():\n    pass\n",
    })
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 0 and [line.split()[1] for line in result.lines] == ["RL402"]
    sarif = json.loads(lint("check", "--format", "sarif", ".", cwd=tmp_path).out)
    assert [r["level"] for r in sarif["runs"][0]["results"]] == ["warning"]
    github = lint("check", "--format", "github", ".", cwd=tmp_path)
    assert github.out.startswith("::warning file=b.yaml,line=2")
    document = json.loads(lint("check", "--format", "json", ".", cwd=tmp_path).out)
    assert document["findings"][0]["severity"] == "warning" and document["summary"]["warnings"] == 1


def test_severity_config_is_validated(tmp_path, lint):
    write(tmp_path, {".rebound-lint.toml": '[severity]\nRL402 = "fatal"\n', "a.yaml": "a: 1\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 2 and "severity.RL402: expected one of error, warning, off" in result.err


def test_text_on_a_terminal_has_colour_and_the_source_line(tmp_path, lint):
    write(tmp_path, {"b.yaml": "a: 1\na: 2\n"})
    plain = lint("check", "b.yaml", cwd=tmp_path)
    assert "\x1b[" not in plain.out and " | " not in plain.out
    shown = lint("check", "--color", "always", "--show-source", "b.yaml", cwd=tmp_path)
    assert "\x1b[31;1mRL402\x1b[0m" in shown.out
    assert "  2 | a: 2\n    | \x1b[31m^\x1b[0m" in shown.out


def test_control_characters_in_messages_cannot_forge_a_finding(tmp_path, lint):
    write(tmp_path, {"nl.sql": 'CREATE TABLE "t\n/etc/app.py:1:1: RL001 forged finding\n" (a int, a int);\n'})
    result = lint("check", "nl.sql", cwd=tmp_path)
    assert len(result.lines) == 1 and "\\n/etc/app.py:1:1: RL001 forged" in result.lines[0]


def test_reports_stay_valid_with_a_file_name_that_is_not_utf8(tmp_path, lint):
    import os

    repo = GitRepo(tmp_path / "repo")
    name = os.fsdecode(b"bad\xff\xfe.yaml")
    (repo.path / name).write_text("a: 1\na: 2\n")
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "odd name")
    document = json.loads(lint("check", "--format", "json", cwd=repo.path).out)
    assert document["findings"][0]["path"] == "bad\\xff\\xfe.yaml"
    sarif = json.loads(lint("check", "--format", "sarif", cwd=repo.path).out)
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] \
        == "bad%FF%FE.yaml"
    assert "bad\\xff\\xfe.yaml:2:1: RL402" in lint("check", cwd=repo.path).out
    report = tmp_path / "report.json"
    report.write_text("the previous report\n")
    assert lint("check", "--format", "json", "-o", str(report), cwd=repo.path).code == 1
    assert json.loads(report.read_text())["findings"][0]["code"] == "RL402"


def test_an_unwritable_output_fails_before_the_scan_and_keeps_the_old_report(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\n"})
    missing = lint("check", "-o", str(tmp_path / "no" / "such" / "dir" / "r.txt"), "a.yaml", cwd=tmp_path)
    assert missing.code == 2 and "no such directory" in missing.err
    assert lint("check", "-o", str(tmp_path), "a.yaml", cwd=tmp_path).code == 2


def test_github_output_and_step_summary_cannot_be_injected(tmp_path, lint, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write(tmp_path, {"x|`![i](e.png)`.yaml": "a: 1\na: 2 \x1b]0;owned\x07\n"})
    result = lint("check", "--format", "github", ".", cwd=tmp_path)
    assert "\x1b" not in result.out and "\x07" not in result.out
    table = summary.read_text()
    row = next(line for line in table.splitlines() if "RL401" in line)
    assert row.count(" | ") == 3  # the path's `|` cannot add a cell
    assert row.startswith("| ``x\\|`![i](e.png)`.yaml`` |")  # code: no image, no link
    assert "\x1b" not in table and "\x07" not in table


@pytest.mark.parametrize("files, message", [
    ({".rebound-lint.toml": b"ignore = ['RL\xff']\n"}, ".rebound-lint.toml: not valid UTF-8"),
    ({".rebound-lint.toml": "python-version = 3.10\n"}, "python-version: expected a version string"),
    ({"pyproject.toml": '[project]\nrequires-python = "three and up"\n[tool.rebound-lint]\n'},
     "project.requires-python: not a version specifier"),
])
def test_invalid_configuration_is_a_one_line_error_naming_file_and_key(tmp_path, lint, files, message):
    write(tmp_path, {**files, "a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 2 and message in result.err and len(result.err.strip().splitlines()) == 1, result.err


@pytest.mark.parametrize("config, key", [
    ('[[migrations]]\npath = "../../../etc"\npattern = "^(?P<prefix>\\\\d+)_"\n', "migrations[0].path"),
    ('[flags]\nregistry = "/etc/passwd"\n', "flags.registry"),
    ('baseline = "../elsewhere.json"\n', "baseline"),
])
def test_configured_paths_never_leave_the_project(tmp_path, lint, config, key):
    write(tmp_path, {".rebound-lint.toml": config, "a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 2 and f"{key}: expected a path inside the project" in result.err, result.err
