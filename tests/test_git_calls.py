"""The git subprocesses a check runs (issue 26, speed where users wait): one call where there
were several, and a run of named files asks git about those files, not the whole tree. Each is
counted with GIT_TRACE in a real run, and each saving is checked not to cost a finding."""
from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
from conftest import GitRepo


def traced(repo: GitRepo, tmp_path, args: list[str], command: str = "check", cache_in_git_dir: bool = False
           ) -> tuple[subprocess.CompletedProcess, list[str]]:
    """A run of the console entry point `command` (rebound-lint's `check`, or a hook) and the git
    commands it ran, as `git SUBCOMMAND ARGS` lines. `cache_in_git_dir`: the cache where a user's
    is (under the repository's git directory), not in REBOUND_LINT_CACHE_DIR."""
    trace = tmp_path / "git-trace"
    trace.unlink(missing_ok=True)
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache"), GIT_TRACE=str(trace))
    if cache_in_git_dir:
        del env["REBOUND_LINT_CACHE_DIR"]
    script = ("import sys; from rebound_lint.entry import main; main(sys.argv[1:])" if command == "check" else
              f"import sys; from rebound_lint.hooks import {command}; sys.exit({command}(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, *(["check"] if command == "check" else []), *args],
                          cwd=repo.path, env=env, capture_output=True, text=True)
    calls = [line.split("trace: built-in: ", 1)[1] for line in trace.read_text().splitlines()
             if "trace: built-in: git " in line]
    return done, calls


@pytest.fixture
def repo(tmp_path):
    made = GitRepo(tmp_path / "repo")
    made.commit({f"pkg/m{n}.py": f"X = {n}\n" for n in range(20)} | {"[a].py": "Y = 1\n", "a.py": "Z = 1\n"})
    return made


def test_a_run_of_named_files_compares_only_them_with_the_index(repo, tmp_path):
    names = [f"pkg/m{n}.py" for n in range(10)]
    done, calls = traced(repo, tmp_path, names)
    assert done.returncode == 0, done.stderr
    diff_files = [call for call in calls if call.startswith("git diff-files")]
    assert len(diff_files) == 1 and all(f"':(literal){name}'" in diff_files[0] or f":(literal){name}" in diff_files[0]
                                        for name in names), diff_files
    assert "pkg/m10.py" not in diff_files[0]


def test_a_named_file_modified_after_a_cached_run_is_read_again(repo, tmp_path):
    """The file's index blob must not vouch for it once git compared only the named paths (one
    whose name is a glob to git, passed literally; a directory, for the files below it)."""
    assert traced(repo, tmp_path, ["[a].py", "a.py"])[0].returncode == 0  # cached: the index's blobs
    repo.write({"[a].py": "def f(:\n"})
    done, _ = traced(repo, tmp_path, ["[a].py"])
    assert done.returncode == 1 and "[a].py:1:" in done.stdout and "RL101" in done.stdout, done.stdout + done.stderr
    repo.write({"[a].py": "Y = 1\n", "pkg/m1.py": "def g(:\n"})
    done, _ = traced(repo, tmp_path, ["pkg"])  # a named directory: the files below it
    assert done.returncode == 1 and "pkg/m1.py:1:" in done.stdout, done.stdout + done.stderr


def test_the_hook_on_ten_files_runs_one_rev_parse_and_no_git_command_twice(repo, tmp_path):
    names = [f"pkg/m{n}.py" for n in range(10)]
    repo.write({name: f"X = {n} + 1\n" for n, name in enumerate(names)})
    repo.git("add", "--", *names)
    done, calls = traced(repo, tmp_path, names, command="everything")
    assert done.returncode == 0, done.stderr
    by_subcommand = Counter(call.split()[1] for call in calls)
    assert by_subcommand["rev-parse"] == 1 and max(by_subcommand.values()) == 1, calls


def test_the_hook_finds_its_cache_in_the_git_dir_without_another_rev_parse(repo, tmp_path):
    """As a user runs it (no REBOUND_LINT_CACHE_DIR): the one `rev-parse` also names the common
    git directory, where the cache lives."""
    names = [f"pkg/m{n}.py" for n in range(3)]
    repo.write({name: f"X = {n} + 2\n" for n, name in enumerate(names)})
    repo.git("add", "--", *names)
    done, calls = traced(repo, tmp_path, names, command="everything", cache_in_git_dir=True)
    assert done.returncode == 0, done.stderr
    by_subcommand = Counter(call.split()[1] for call in calls)
    assert by_subcommand["rev-parse"] == 1 and max(by_subcommand.values()) == 1, calls
    assert (repo.path / ".git" / "rebound-lint" / "results.sqlite3").is_file()


def test_a_whole_tree_run_lists_the_index_once(repo, tmp_path):
    repo.commit({"db/migrations/001_init.sql": "CREATE TABLE t (id int);\n"})
    done, calls = traced(repo, tmp_path, ["--no-cache"])
    assert done.returncode == 0, done.stderr
    by_subcommand = Counter(call.split()[1] for call in calls)
    assert by_subcommand["ls-files"] == 1 and max(by_subcommand.values()) == 1, calls


def test_the_index_listing_is_reused_only_while_the_index_holds_the_same_bytes(repo):
    from rebound_lint import git

    git.index_state(repo.path)
    assert "a.py" in git.ls_files(repo.path) and git.ls_files(repo.path / "pkg")[:1] == ["pkg/m0.py"]
    repo.git("rm", "-q", "--cached", "a.py")
    repo.write({"pkg/new.py": "N = 1\n"})
    repo.git("add", "pkg/new.py")
    assert "a.py" not in git.ls_files(repo.path) and "pkg/new.py" in git.ls_files(repo.path / "pkg")


def test_a_run_of_named_files_lists_only_their_index_entries_and_the_config_files(repo, tmp_path):
    """The hook on a few files of a large tree: `git ls-files` names them (and the tracked config
    files a selection looks for), never the whole index; a nested project's config and a
    `.sqlfluff` above a named file still apply, as in a run that lists everything (`check .`)."""
    repo.commit({"sub/.rebound-lint.toml": 'ignore = ["RL101"]\n', "sub/app.py": "def f(:\n",
                 "top.py": "def g(:\n", ".sqlfluff": "[sqlfluff]\ndialect = mysql\n",
                 "db/q.sql": "SELECT `a` FROM t;\n"})
    named = ["top.py", "sub/app.py", "db/q.sql", "pkg/m1.py"]  # the first names the run's project
    done, calls = traced(repo, tmp_path, named, command="everything")
    listings = [call for call in calls if call.startswith("git ls-files")]
    assert len(listings) == 1 and "':(literal)sub/app.py'" in listings[0] and not listings[0].endswith(" -- ."), calls
    assert done.returncode == 1 and "top.py:1:" in done.stdout and "sub/app.py" not in done.stdout, done.stdout
    assert "db/q.sql" not in done.stdout, done.stdout  # MySQL's backquotes, by the .sqlfluff above it
    whole, calls = traced(repo, tmp_path, ["--no-cache", "."], command="everything")
    assert [call for call in calls if call.startswith("git ls-files")][0].endswith(" -- .")
    assert [line for line in whole.stdout.splitlines() if line.startswith(tuple(named))] == \
        [line for line in done.stdout.splitlines() if line.startswith(tuple(named))]


def test_a_dangling_link_named_alone_is_still_judged_against_the_whole_index(repo, tmp_path):
    """Where a dangling symbolic link points (here into a submodule a plain clone leaves empty) is
    asked of the whole index, also when the run listed only the named paths."""
    head = repo.git("rev-parse", "HEAD").strip()
    repo.git("update-index", "--add", "--cacheinfo", f"160000,{head},vendor/lib")
    os.symlink("vendor/lib/index.js", repo.path / "lib.js")
    repo.git("add", "lib.js")
    repo.git("commit", "-qm", "a submodule and a link into it")
    done, _ = traced(repo, tmp_path, ["--debug", "lib.js"], command="everything")
    assert done.returncode == 0 and "RL011" not in done.stdout, done.stdout + done.stderr
    assert "into the submodule vendor/lib, which is not checked out" in done.stdout + done.stderr
