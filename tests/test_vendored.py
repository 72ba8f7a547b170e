"""Vendored and generated code (issue 24, class 3): not the project's to fix. The usual vendor
folders and files `.gitattributes` marks `linguist-vendored`, `linguist-generated`, `-diff` or
`binary` get the conflict-marker check only (a marker is a defect anywhere), with one notice
saying how many and how to include them. Real git repositories, the real CLI."""
from __future__ import annotations

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo

BROKEN = "def f(:\n    return 1\n"  # RL101 wherever it is parsed
BLOCK = f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} other\n"


def _vendored_notices(run) -> list[str]:
    return [line for line in run.err.splitlines() if "vendored" in line]


@pytest.mark.parametrize("folder", ["vendor", "third_party", "deps", "external", "_vendor", "bower_components",
                                    "src/third_party/zlib",
                                    "src/main/webapp/assets/vendors/jsdifflib", "lib/extern"])
def test_vendor_folders_get_the_marker_check_only(git_repo, lint, folder):
    git_repo.commit({f"{folder}/old/script.py": BROKEN, f"{folder}/conflicted.py": BLOCK, "app.py": "x = 1\n"})
    run = lint("check", cwd=git_repo.path)
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL001"], run.out
    assert run.lines[0].startswith(f"{folder}/conflicted.py:1:1: RL001")
    notices = _vendored_notices(run)
    assert len(notices) == 1 and "2 " in notices[0] and "include-vendored" in notices[0], run.err
    assert "linguist-vendored=false" in notices[0]


def test_gitattributes_vendored_generated_and_undiffed(git_repo, lint):
    git_repo.commit({
        ".gitattributes": ("lib/** linguist-vendored\nsrc/gen_pb2.py linguist-generated=true\n"
                           "data/blob.py -diff\nassets/min.py binary\n"),
        "lib/legacy.py": BROKEN, "src/gen_pb2.py": BROKEN, "data/blob.py": BROKEN, "assets/min.py": BROKEN,
        "src/app.py": BROKEN,
    })
    run = lint("check", cwd=git_repo.path)
    assert [line.split(":")[0] for line in run.lines] == ["src/app.py"], run.out
    assert len(_vendored_notices(run)) == 1 and "4 " in _vendored_notices(run)[0]


def test_linguist_vendored_false_and_the_config_key_include_them(git_repo, lint):
    git_repo.commit({"vendor/ours/script.py": BROKEN, "vendor/theirs/script.py": BROKEN})
    assert lint("check", cwd=git_repo.path).lines == []
    git_repo.commit({".gitattributes": "vendor/ours/** linguist-vendored=false\n"})
    run = lint("check", cwd=git_repo.path)
    assert [line.split(":")[0] for line in run.lines] == ["vendor/ours/script.py"], run.out
    git_repo.commit({".rebound-lint.toml": "include-vendored = true\n"})
    run = lint("check", cwd=git_repo.path)
    assert sorted(line.split(":")[0] for line in run.lines) == ["vendor/ours/script.py", "vendor/theirs/script.py"]
    assert _vendored_notices(run) == []


def test_an_untracked_gitattributes_change_is_seen_by_the_replay(git_repo, lint):
    git_repo.commit({"lib/legacy.py": BROKEN, "app.py": "x = 1\n"})
    info = git_repo.path / ".git" / "info" / "attributes"
    first = lint("check", cwd=git_repo.path)
    assert first.code == 1
    assert "replayed" in lint("check", "--debug", cwd=git_repo.path).err  # nothing changed: replayed
    info.parent.mkdir(exist_ok=True)
    info.write_text("lib/** linguist-vendored\n")
    after = lint("check", "--debug", cwd=git_repo.path)
    assert after.code == 0 and after.lines == [] and "replayed" not in after.err, after.out + after.err
    assert "replayed" in lint("check", "--debug", cwd=git_repo.path).err
    info.write_text("")
    again = lint("check", cwd=git_repo.path)
    assert again.code == 1 and [line.split(":")[0] for line in again.lines] == ["lib/legacy.py"]


def test_a_nested_untracked_gitattributes_is_seen_by_the_replay(git_repo, lint):
    git_repo.commit({"lib/legacy.py": BROKEN, "app.py": "x = 1\n"})
    git_repo.git("config", "core.excludesFile", "/dev/null")
    (git_repo.path / ".git" / "info" / "exclude").write_text("lib/.gitattributes\n")
    assert lint("check", cwd=git_repo.path).code == 1
    (git_repo.path / "lib" / ".gitattributes").write_text("*.py linguist-generated\n")
    after = lint("check", cwd=git_repo.path)
    assert after.code == 0 and after.lines == [], after.out + after.err


def test_base_and_named_files_under_force_exclude_follow_the_same_rule(git_repo, lint):
    git_repo.commit({"app.py": "x = 1\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"third_party/pkg/mod.py": BROKEN, "app.py": "x = 2\n"})
    assert lint("check", "--base", "main", cwd=git_repo.path).lines == []
    assert lint("check", "--force-exclude", "third_party/pkg/mod.py", cwd=git_repo.path).lines == []
    git_repo.commit({".gitattributes": "gen/** linguist-generated\n", "gen/api.py": BROKEN})
    assert lint("check", "--force-exclude", "gen/api.py", cwd=git_repo.path).lines == []
    assert len(lint("check", "gen/api.py", cwd=git_repo.path).lines) == 1
    named = lint("check", "third_party/pkg/mod.py", cwd=git_repo.path)  # asked for by name: checked
    assert [line.split(": ")[1].split()[0] for line in named.lines] == ["RL101"]
    directory = lint("check", "third_party", cwd=git_repo.path)  # the vendor folder named itself: checked
    assert [line.split(": ")[1].split()[0] for line in directory.lines] == ["RL101"]


def test_vendored_migrations_are_not_the_project_s(git_repo, lint):
    git_repo.commit({"third_party/lib/migrations/001_a.sql": "SELECT 1;\n",
                     "third_party/lib/migrations/001_b.sql": "SELECT 1;\n"})
    assert "RL501" not in lint("check", "--all-files", cwd=git_repo.path).out


def test_pre_commit_hook_on_a_vendored_file(tmp_path):
    """The real pre-commit: a commit touching a vendored Python 2 file passes the python hook;
    a conflict block there still fails the marker hook."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists():
        pytest.skip("pre-commit is not installed")
    tool = Path(sys.executable).parent
    repo = GitRepo(tmp_path / "repo")
    config = ("repos:\n- repo: local\n  hooks:\n"
              f"  - id: rebound-python\n    name: python\n    entry: {tool / 'rebound-python'}\n"
              "    language: system\n    types: [python]\n    require_serial: true\n"
              f"  - id: rebound-conflict-markers\n    name: markers\n    entry: {tool / 'rebound-conflict-markers'}\n"
              "    language: system\n    types: [text]\n    require_serial: true\n")
    repo.write({".pre-commit-config.yaml": config, "vendor/legacy/script.py": BROKEN})
    repo.git("add", "-A")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PATH"] = f"{tool}{os.pathsep}{env.get('PATH', '')}"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")  # never the user's, nor another worker's
    ok = subprocess.run([str(tool / "pre-commit"), "run"], cwd=repo.path, capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    repo.write({"vendor/legacy/script.py": BROKEN + BLOCK})
    repo.git("add", "-A")
    bad = subprocess.run([str(tool / "pre-commit"), "run"], cwd=repo.path, capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "RL001" in bad.stdout and "RL101" not in bad.stdout, bad.stdout + bad.stderr


def test_lockfiles_marked_generated_keep_their_checks_and_binaries_are_not_counted(git_repo, lint):
    lock = ('# yarn lockfile v1\n\n\nleft-pad@^1.0.0:\n  version "1.3.0"\n  resolved "https://r/left-pad-1.3.0.tgz"\n'
            '\nleft-pad@^1.0.0:\n  version "1.3.0"\n  resolved "https://r/left-pad-1.3.0.tgz"\n')
    git_repo.commit({".gitattributes": "*.lock linguist-generated -diff\n*.png binary\ngen/** linguist-generated\n",
                     "yarn.lock": lock, "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00", "gen/api.py": BROKEN})
    run = lint("check", cwd=git_repo.path)
    assert [line.split(":")[0] for line in run.lines] == ["yarn.lock"], run.out
    notices = _vendored_notices(run)
    assert len(notices) == 1 and notices[0].startswith("notice: 1 vendored or generated file "), notices
