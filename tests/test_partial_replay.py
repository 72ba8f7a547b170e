"""A whole-tree `check` with a few tracked files modified since the last clean run checks only
those files again (store/partial.py) and reports exactly what a `--no-cache` run does; whatever
it cannot reproduce exactly gets the full run."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import GitRepo

from rebound_lint.store import partial, replay

MIGRATIONS = "db/migrations"
TREE = {
    "app.py": "def main():\n    return 1\n",
    "lib/util.py": "import os\n\n\ndef here():\n    return os.getcwd()\n",
    "settings.yaml": "a: 1\nb: 2\n",
    "web/index.js": "export const a = 1;\n",
    f"{MIGRATIONS}/001_init.sql": "CREATE TABLE t (id int);\n",
    f"{MIGRATIONS}/002_more.sql": "ALTER TABLE t ADD COLUMN c int;\n",
}
PARTIAL_NOTE = "every file but"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "cache"))
    made = GitRepo(tmp_path / "repo")
    made.commit(TREE)
    monkeypatch.chdir(made.path)
    return made


def partly_replayed(lint, *args: str) -> bool:
    """Whether `check ARGS` was answered by a partial replay; its report must be a fresh run's."""
    fresh = lint("check", "--no-cache", "--debug", *args)
    run = lint("check", "--debug", *args)
    assert (run.code, run.lines) == (fresh.code, fresh.lines), (run.out, fresh.out)
    return PARTIAL_NOTE in run.err


@pytest.mark.parametrize("edit", [
    "a new syntax error", "a conflict block", "a fix", "a suppressed finding", "a duplicate key", "nothing (touched)",
])
def test_one_modified_file_is_checked_again_alone(repo, lint, edit):
    repo.commit({"web/index.js": "export const a = 1;\n<<<<<<< HEAD\n"})  # a finding elsewhere is kept
    assert lint("check").code == lint("check", "--all-files").code == 1  # the clean tree's runs, remembered
    if edit == "a new syntax error":
        repo.write({"app.py": "def main(:\n"})
    elif edit == "a conflict block":
        repo.write({"lib/util.py": "<<<<<<< HEAD\nA = 1\n=======\nA = 2\n>>>>>>> side\n"})
    elif edit == "a fix":
        repo.write({"web/index.js": "export const a = 1;\n"})
    elif edit == "a suppressed finding":
        repo.write({"app.py": "def main(:  # rebound-lint: ignore[RL101]\n"})
    elif edit == "a duplicate key":
        repo.write({"settings.yaml": "a: 1\na: 2\n"})
    else:
        os.utime(repo.path / "app.py", (1, 1))
    assert partly_replayed(lint)
    assert partly_replayed(lint, "--all-files", "--format", "json", "--show-suppressed")
    codes = {"a new syntax error": 1, "a conflict block": 1, "a fix": 0, "a suppressed finding": 1,
             "a duplicate key": 1, "nothing (touched)": 1}
    assert lint("check").code == codes[edit]


def test_the_remembered_findings_of_the_modified_file_are_replaced(repo, lint):
    repo.commit({"app.py": "def main(:\n", "settings.yaml": "a: 1\na: 2\n"})
    lint("check")
    repo.write({"app.py": "def main():\n    return 2\n"})
    assert partly_replayed(lint, "--format", "json")
    findings = json.loads(lint("check", "--format", "json").out)["findings"]
    assert [(f["path"], f["code"]) for f in findings] == [("settings.yaml", "RL402")]


@pytest.mark.parametrize("case", [
    "deleted", "now a symbolic link", "too many", "a repo-level finding at its path", "makes a corpus",
    "a corpus already", "vendored",
])
def test_what_a_partial_replay_cannot_reproduce_gets_the_full_run(repo, lint, case):
    if case == "a repo-level finding at its path":  # two migrations on one number: RL501 names both files
        repo.commit({f"{MIGRATIONS}/002_other.sql": "SELECT 1;\n"})
    elif case in ("makes a corpus", "a corpus already"):
        bad = 4 if case == "a corpus already" else 3
        repo.commit({f"data/{n}.json": "{" if n < bad else "{}" for n in range(6)})
    elif case == "vendored":
        repo.commit({"vendor/lib.py": "x = 1\n"})
    elif case == "too many":
        repo.commit({f"pkg/m{n}.py": "x = 1\n" for n in range(partial.MAX_FILES + 1)})
    lint("check")
    lint("check", "--all-files")
    if case == "deleted":
        (repo.path / "app.py").unlink()
    elif case == "now a symbolic link":
        (repo.path / "app.py").unlink()
        os.symlink("lib/util.py", repo.path / "app.py")
    elif case == "too many":
        repo.write({f"pkg/m{n}.py": "x = 2\n" for n in range(partial.MAX_FILES + 1)})
    elif case == "a repo-level finding at its path":
        repo.write({f"{MIGRATIONS}/002_other.sql": "SELECT 2;\n"})
    elif case == "makes a corpus":  # a fourth failing file of six: the folder is a corpus of invalid inputs
        repo.write({"data/3.json": "{"})
    elif case == "a corpus already":
        repo.write({"data/4.json": "{"})
    elif case == "vendored":
        repo.write({"vendor/lib.py": "x = (\n"})
    assert not partly_replayed(lint)
    assert not partly_replayed(lint, "--all-files")


def test_a_partial_replay_leaves_the_memo_of_the_clean_tree(repo, lint):
    lint("check")
    repo.write({"app.py": "def main(:\n"})
    assert partly_replayed(lint)
    repo.write({"app.py": TREE["app.py"]})
    run = lint("check", "--debug")  # clean again (the index's stat data is stale: git reads the file)
    assert "replayed the result of an earlier run" in run.err and run.code == 0
    repo.commit({"app.py": "def main(:\n"})  # a new index: the memo no longer holds
    assert not replay.replay([]) and lint("check").code == 1


def test_one_modified_file_runs_no_git_but_the_replays_two_and_loads_no_cli(repo, tmp_path):
    """In a fresh interpreter, as users run it: after a clean run, one modified Python file is
    checked with the replay's two git calls (the whole-tree selection runs eight more) and without
    click, the selection, the repo-level checks or another kind's parser."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache"))
    heavy = ("click", "rebound_lint.cli", "rebound_lint.selection", "rebound_lint.repo_checks", "sqlglot", "pglast",
             "ruamel.yaml", "tree_sitter", "esprima", "oxc_python", "libcst")
    script = ("import sys; from rebound_lint.entry import main\n"
              "try:\n    main(['check'])\nfinally:\n"
              f"    print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)\n")
    first = subprocess.run([sys.executable, "-c", script], cwd=repo.path, env=env, capture_output=True, text=True)
    assert first.returncode == 0 and "'rebound_lint.selection'" in first.stderr  # a full run, not replayed
    repo.write({"app.py": "def main(:\n"})
    trace = tmp_path / "git-trace"
    second = subprocess.run([sys.executable, "-c", script], cwd=repo.path, capture_output=True, text=True,
                            env=dict(env, GIT_TRACE=str(trace)))
    assert second.returncode == 1 and "app.py:1:" in second.stdout
    assert second.stderr.strip().endswith("[]"), second.stderr
    calls = [line for line in trace.read_text().splitlines() if "trace: built-in: git" in line]
    assert len(calls) == 2, calls


def test_from_a_subdirectory_the_files_below_it_are_checked_again_alone(repo, lint, monkeypatch):
    monkeypatch.chdir(repo.path / "lib")
    lint("check")
    repo.write({"lib/util.py": "def here(:\n"})
    assert partly_replayed(lint)
    repo.write({"app.py": "def main(:\n"})  # outside the run's files: the full run decides
    assert not partly_replayed(lint)


@pytest.mark.parametrize("damage", [[["a list"]], "not a list", [None]])
def test_a_damaged_list_of_plain_files_gets_the_full_run(repo, lint, tmp_path, damage):
    import marshal

    lint("check")
    memo = tmp_path / "cache" / replay.FILE_NAME
    stored = marshal.loads(memo.read_bytes())
    for entry in stored["entries"].values():
        entry["plain"] = damage
    memo.write_bytes(marshal.dumps(stored))
    assert replay.replay([]) is not None  # the clean tree is still replayed
    repo.write({"app.py": "def main(:\n"})
    assert not partly_replayed(lint)
