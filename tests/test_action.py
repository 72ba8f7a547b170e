"""The composite action's check step, run by bash as a runner would, against real git repositories."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from ruamel.yaml import YAML


def _steps() -> dict[str, dict]:
    action = YAML(typ="safe").load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return {step["name"]: step for step in action["runs"]["steps"]}


def _run_check_step(cwd: Path, tmp_path: Path, **inputs: str) -> subprocess.CompletedProcess:
    step = _steps()["rebound-lint check"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    env.pop("GITHUB_BASE_REF", None)
    for name in ("base", "format", "output", "args"):
        env[f"INPUT_{name.upper()}"] = inputs.get(name, "github" if name == "format" else "")
    if "github_base_ref" in inputs:
        env["GITHUB_BASE_REF"] = inputs["github_base_ref"]
    return subprocess.run(["bash", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True)


def test_install_step_installs_the_action_checkout_into_a_venv():
    script = _steps()["Install rebound-lint"]["run"]
    assert 'pip" install --quiet "$GITHUB_ACTION_PATH[postgres]"' in script and "GITHUB_PATH" in script


def test_on_a_pull_request_the_check_is_against_the_base_branch(git_repo, tmp_path):
    git_repo.commit({"db/migrations/020_a.sql": "SELECT 1;\n", "pyproject.toml": (
        "[[tool.rebound-lint.migrations]]\npath = 'db/migrations'\npattern = '^(?P<prefix>\\d{3})_'\n")})
    git_repo.git("branch", "origin/main")  # stands in for the fetched remote-tracking branch
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"db/migrations/021_b.sql": "SELECT 2;\n", "app.py": "def f(:\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"db/migrations/021_c.sql": "SELECT 3;\n"})
    git_repo.git("branch", "-f", "origin/main", "main")
    git_repo.git("checkout", "-q", "feature")
    done = _run_check_step(git_repo.path, tmp_path, github_base_ref="main")
    assert done.returncode == 1, done.stderr
    assert "::error file=app.py,line=1" in done.stdout
    assert "::error file=db/migrations/021_b.sql" in done.stdout and "RL502" in done.stdout
    assert "| `app.py` | 1 | RL101 |" in (tmp_path / "summary.md").read_text()


def test_on_a_push_the_check_is_the_whole_tree_and_output_goes_to_a_file(git_repo, tmp_path):
    git_repo.commit({"a.yaml": "a: 1\na: 2\n"})
    done = _run_check_step(git_repo.path, tmp_path, format="sarif", output="out.sarif", args="--quiet")
    assert done.returncode == 1, done.stderr
    assert '"ruleId": "RL402"' in (git_repo.path / "out.sarif").read_text()
    assert _run_check_step(git_repo.path, tmp_path, args="--ignore RL402").returncode == 0
