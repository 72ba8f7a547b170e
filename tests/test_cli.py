import json
import os
import subprocess
import sys

import pytest
from conftest import OURS, ROOT, SEP, THEIRS, write

from rebound_lint import languages

CONFLICT = f"{OURS} HEAD\na = 1\n{SEP}\na = 2\n{THEIRS} b\n"


def test_exit_codes_and_sorted_text_output(tmp_path, lint):
    write(tmp_path, {"b.py": "def f(:\n", "a.txt": CONFLICT, "ok.py": "x = 1\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 1
    assert result.lines == [
        "a.txt:1:1: RL001 conflict block left in file (lines 1-5: \"" + OURS + " HEAD\" ... \"" + THEIRS + " b\")",
        "b.py:1:7: RL101 invalid syntax" if result.lines[1].endswith("invalid syntax") else result.lines[1],
    ]
    assert result.lines[1].startswith("b.py:1:")
    assert "3 files checked, 2 findings" in result.out
    clean = lint("check", "ok.py", cwd=tmp_path)
    assert clean.code == 0 and clean.lines == [] and "1 file checked, 0 findings" in clean.out


def test_json_format_is_stable_and_summary_goes_to_stderr(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n"})
    result = lint("check", "--format", "json", "a.yaml", cwd=tmp_path)
    document = json.loads(result.out)
    assert result.code == 1
    assert document["summary"]["findings"] == 1 and document["summary"]["files_checked"] == 1
    assert document["findings"] == [{
        "path": "a.yaml", "line": 2, "col": 1, "end_line": 2, "code": "RL402", "severity": "error",
        "message": "duplicate key 'a' (first defined on line 1)", "summary": "YAML duplicate mapping key",
    }]
    assert "1 file checked" in result.err


def test_output_file(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n"})
    result = lint("check", "--output", "report.txt", "a.yaml", cwd=tmp_path)
    assert result.code == 1 and result.out == ""
    assert (tmp_path / "report.txt").read_text().startswith("a.yaml:2:1: RL402")


def test_select_and_ignore(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n", "b.txt": CONFLICT})
    assert lint("check", "--select", "RL4", ".", cwd=tmp_path).lines[0].startswith("a.yaml")
    assert len(lint("check", "--select", "RL4", ".", cwd=tmp_path).lines) == 1
    assert lint("check", "--ignore", "RL402,RL001", ".", cwd=tmp_path).code == 0
    bad = lint("check", "--select", "RL999", ".", cwd=tmp_path)
    assert bad.code == 2 and "unknown rule code" in bad.err


def test_quiet_prints_findings_only(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n"})
    result = lint("check", "-q", "a.yaml", cwd=tmp_path)
    assert result.out.splitlines() == ["a.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]
    assert result.err == ""


def test_usage_errors_exit_2_with_one_line(tmp_path, lint):
    missing = lint("check", "nope.py", cwd=tmp_path)
    assert missing.code == 2 and missing.err.strip() == "rebound-lint: error: no such file or directory: nope.py"
    outside = lint("check", cwd=tmp_path)
    assert outside.code == 2 and "not a git repository" in outside.err and "Traceback" not in outside.err
    assert lint("check", "--format", "yaml", ".", cwd=tmp_path).code == 2
    assert lint("frobnicate", cwd=tmp_path).code == 2


def test_internal_error_exits_2_never_1(tmp_path, lint, monkeypatch):
    def explode(source, config):
        raise ValueError("checker bug")

    monkeypatch.setitem(languages.CHECKERS, "python", explode)
    write(tmp_path, {"a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 2
    assert "internal error: ValueError: checker bug" in result.err and "Traceback" not in result.err
    assert "Traceback" in lint("check", "--debug", "a.py", cwd=tmp_path).err


def test_no_paths_checks_every_tracked_file(git_repo, lint):
    git_repo.commit({"tracked.yaml": "a: 1\na: 2\n", "sub/ok.py": "x = 1\n"})
    git_repo.write({"untracked.yaml": "a: 1\na: 2\n"})
    result = lint("check", cwd=git_repo.path)
    assert result.code == 1
    assert [line.split(":")[0] for line in result.lines] == ["tracked.yaml"]
    assert "2 files checked" in result.out


def test_directories_skip_git_node_modules_and_excludes(tmp_path, lint):
    write(tmp_path, {
        "pyproject.toml": '[tool.rebound-lint]\nexclude = ["generated/", "*.snap"]\n',
        "node_modules/pkg/index.js": "let let = ;\n",
        "generated/x.py": "def (:\n",
        "tests/out.snap": CONFLICT,
        "src/ok.py": "x = 1\n",
    })
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 0 and "2 files checked" in result.out  # pyproject.toml and src/ok.py
    named_dir = lint("check", "generated", cwd=tmp_path)
    assert named_dir.code == 1  # a directory named explicitly is checked even if excluded
    named_file = lint("check", "tests/out.snap", cwd=tmp_path)
    assert named_file.code == 1
    assert lint("check", "--force-exclude", "tests/out.snap", cwd=tmp_path).code == 0


def test_config_ignores_and_per_file_ignores(tmp_path, lint):
    write(tmp_path, {
        ".rebound-lint.toml": 'ignore = ["RL412"]\n[per-file-ignores]\n"legacy/*" = ["RL4"]\n',
        "a.json": '{"a": 1, "a": 2}',
        "legacy/b.yaml": "a: 1\na: 2\n",
        "c.yaml": "a: 1\na: 2\n",
    })
    result = lint("check", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines] == ["c.yaml"]


@pytest.mark.parametrize("config, needle", [
    ('[tool.rebound-lint]\nsql-dialect = "oracle9"\n', "tool.rebound-lint.sql-dialect"),
    ('[tool.rebound-lint]\nmax-file-size = "big"\n', "tool.rebound-lint.max-file-size"),
    ('[tool.rebound-lint]\nexclud = []\n', "tool.rebound-lint.exclud: unknown key"),
    ('[tool.rebound-lint]\npython-version = "2.7"\n', "tool.rebound-lint.python-version"),
    ('[tool.rebound-lint]\nignore = ["RL9"]\n', "unknown rule code"),
    ('[[tool.rebound-lint.migrations]]\npath = "m"\npattern = "^\\\\d+_"\n', "named group"),
])
def test_invalid_config_is_a_clear_exit_2(tmp_path, lint, config, needle):
    write(tmp_path, {"pyproject.toml": config, "a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 2 and needle in result.err and "Traceback" not in result.err


def test_a_broken_pyproject_is_said_once_and_defaults_apply(tmp_path, lint):
    """Issue 19: pyproject.toml broken by a merge is a finding when it is checked (test_manifests);
    as the tool's config source it is said once and the defaults apply, never exit 2 without a
    finding. The tool's own .rebound-lint.toml broken is still a configuration error."""
    write(tmp_path, {"pyproject.toml": "[tool.rebound-lint\n", "a.py": "x = 1\n"})
    result = lint("check", "a.py", cwd=tmp_path)
    assert result.code == 0 and "pyproject.toml: invalid TOML" in result.err and "defaults apply" in result.err
    write(tmp_path, {".rebound-lint.toml": "[tool.rebound-lint\n"})
    own = lint("check", "a.py", cwd=tmp_path)
    assert own.code == 2 and "invalid TOML" in own.err and "Traceback" not in own.err


def test_python_target_comes_from_requires_python(tmp_path, lint):
    write(tmp_path, {"pyproject.toml": '[project]\nname = "x"\nrequires-python = ">=3.10"\n[tool.rebound-lint]\n',
                     "a.py": "type X = int\n"})
    assert lint("check", "a.py", cwd=tmp_path).code == 1
    write(tmp_path, {"pyproject.toml": '[project]\nname = "x"\nrequires-python = ">=3.12"\n[tool.rebound-lint]\n'})
    assert lint("check", "a.py", cwd=tmp_path).code == 0


def test_rules_lists_every_code(lint):
    result = lint("rules")
    assert result.code == 0
    assert "RL001" in result.out and "RL402" in result.out and "RL302" in result.out


def test_console_script_and_module_entry_points(tmp_path):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n"})
    exe = os.path.join(os.path.dirname(sys.executable), "rebound-lint")
    for command in ([exe], [sys.executable, "-m", "rebound_lint"]):
        proc = subprocess.run([*command, "check", "a.yaml"], cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 1 and "RL402" in proc.stdout, proc.stderr


def test_the_project_passes_its_own_check(lint):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    result = lint("check", cwd=ROOT)
    assert result.code == 0, result.out


def test_github_format_and_step_summary(tmp_path, lint, monkeypatch):
    summary_file = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary_file))
    write(tmp_path, {"a,b.yaml": "a: 1\na: 2\n", "c.txt": CONFLICT})
    result = lint("check", "--format", "github", ".", cwd=tmp_path)
    assert result.code == 1
    assert result.out.splitlines() == [
        "::error file=a%2Cb.yaml,line=2,col=1,title=RL402 YAML duplicate mapping key::"
        "RL402 duplicate key 'a' (first defined on line 1)",
        "::error file=c.txt,line=1,col=1,endLine=5,title=RL001 merge conflict block left in the file::"
        f"RL001 conflict block left in file (lines 1-5: \"{OURS} HEAD\" ... \"{THEIRS} b\")",
    ]
    table = summary_file.read_text()
    assert "| `a,b.yaml` | 2 | RL402 |" in table and "2 finding(s) in 2 file(s)" in table


def test_sarif_has_the_rule_catalogue_and_physical_locations(tmp_path, lint):
    write(tmp_path, {"a.yaml": "a: 1\na: 2\n", "b.txt": CONFLICT})
    result = lint("check", "--format", "sarif", ".", cwd=tmp_path)
    log = json.loads(result.out)
    assert result.code == 1 and log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"RL001", "RL402", "RL601"}
    first, second = run["results"]
    assert first["ruleId"] == "RL402" and rules[first["ruleIndex"]]["id"] == "RL402"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "a.yaml"}, "region": {"startLine": 2, "startColumn": 1}}
    assert second["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1, "endLine": 5}
    assert first["level"] == "error" and first["message"]["text"].startswith("duplicate key 'a'")


def _read_all(fd: int) -> str:
    """Everything written to a pty so far: one read() may return only part of it."""
    import select

    chunks = []
    while select.select([fd], [], [], 0.2)[0]:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the other end is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_progress_counter_draws_on_a_terminal_and_erases_itself():
    import pty

    from rebound_lint.progress import Progress

    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as terminal:
        progress = Progress(3, terminal, delay=0, enabled=True)
        for _ in range(3):
            progress.advance()
        progress.close()
    drawn = _read_all(master)
    os.close(master)
    assert "rebound-lint: 3/3 files (100%)" in drawn and drawn.endswith("\r")


def test_progress_only_on_a_terminal_and_never_in_ci(monkeypatch):
    import pty

    from rebound_lint.progress import wanted

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    master, slave = pty.openpty()
    read_end, write_end = os.pipe()
    with os.fdopen(slave, "w") as terminal, os.fdopen(write_end, "w") as pipe:
        assert wanted(terminal) and not wanted(pipe)
        monkeypatch.setenv("CI", "true")
        assert not wanted(terminal)
    os.close(master)
    os.close(read_end)


def test_all_files_scan_ends_with_totals_per_rule(git_repo, lint):
    git_repo.commit({"a.yaml": "a: 1\na: 2\nb: 1\nb: 2\n", "c.py": "def f(:\n"})
    result = lint("check", "--all-files", cwd=git_repo.path)
    assert result.code == 1
    assert "findings by rule:\n  RL402  2  YAML duplicate mapping key\n  RL101  1  Python syntax error\n" in result.out
    document = json.loads(lint("check", "--all-files", "--format", "json", cwd=git_repo.path).out)
    assert document["summary"]["by_rule"] == {"RL101": 1, "RL402": 2}
