"""A whole-tree `check` whose inputs have not changed is replayed; any change to what it depends
on gives a full run. Every case compares with a `--no-cache` run of the same tree."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys

import pytest
from conftest import GitRepo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebound_lint.store import replay

MIGRATIONS = "backend_v2/db/migrations"
CLEAN_TREE = {
    "app.py": "def main():\n    return 1\n",
    "settings.yaml": "a: 1\nb: 2\n",
    f"{MIGRATIONS}/001_init.sql": "CREATE TABLE t (id int);\n",
    f"{MIGRATIONS}/002_more.sql": "ALTER TABLE t ADD COLUMN c int;\n",
}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "cache"))
    made = GitRepo(tmp_path / "repo")
    made.commit(CLEAN_TREE)
    monkeypatch.chdir(made.path)
    return made


def replayed(*args: str) -> bool:
    """Whether `check ARGS` would be answered from the memo (nothing is printed when not)."""
    return replay.replay(list(args)) is not None


def same_as_a_fresh_run(lint, *args: str):
    """Runs through the entry point (the second may replay the first) report what a --no-cache
    run does."""
    fresh = lint("check", "--no-cache", *args)
    for _ in range(2):
        run = lint("check", *args)
        assert (run.code, run.lines) == (fresh.code, fresh.lines)
    return run


def test_an_unchanged_tree_is_replayed_with_the_same_report(repo, lint, capsys):
    repo.write({"settings.yaml": "a: 1\na: 2\n"})
    repo.commit()
    first = lint("check", "--all-files")
    assert first.code == 1 and first.lines == ["settings.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]
    capsys.readouterr()
    assert replayed("--all-files")
    replay_out = capsys.readouterr()
    assert replay_out.out.splitlines()[:1] == first.lines
    second = lint("check", "--all-files")
    assert (second.code, second.lines) == (first.code, first.lines)
    assert "4 files checked, 1 finding" in second.out
    assert "note: replayed the result of an earlier run" in lint("check", "--all-files", "--debug").err
    assert "findings by rule:" in second.out  # --all-files' table, as the full run prints it


def test_report_options_apply_to_a_replay(repo, lint):
    repo.commit({"settings.yaml": "a: 1\na: 2\n", "app.py": "def f(:\n"})
    lint("check")
    assert replayed("--format", "json", "--select", "RL4")
    run = lint("check", "--format=json", "--select", "rl4", "--jobs", "2")
    document = json.loads(run.out)
    assert [f["code"] for f in document["findings"]] == ["RL402"] and run.code == 1
    assert lint("check", "--ignore", "RL1,RL4").code == 0
    report = repo.path.parent / "report.sarif"
    assert replayed("--output", str(report), "--format", "sarif")
    replayed_report = json.loads(report.read_text())
    lint("check", "--no-cache", "-o", str(report), "--format", "sarif")
    assert replayed_report == json.loads(report.read_text())


@pytest.mark.parametrize("change", [
    "edit", "stage", "commit", "delete", "untracked migration", "config", "merge",
])
def test_a_change_to_any_input_gives_a_full_run(repo, lint, change):
    lint("check")
    assert replayed()
    if change == "edit":
        repo.write({"settings.yaml": "a: 1\na: 3\n"})
    elif change == "stage":
        repo.write({"settings.yaml": "a: 1\na: 3\n"})
        repo.git("add", "settings.yaml")
    elif change == "commit":
        repo.commit({"settings.yaml": "a: 1\na: 3\n"})
    elif change == "delete":
        (repo.path / "app.py").unlink()
    elif change == "untracked migration":  # the repo-level check lists the directory, tracked or not
        repo.write({f"{MIGRATIONS}/002_other.sql": "SELECT 1;\n"})
    elif change == "config":  # an untracked config still configures the run
        repo.write({".rebound-lint.toml": 'exclude = ["settings.yaml"]\n'})
    elif change == "merge":
        repo.git("checkout", "-q", "-b", "side")
        repo.commit({"app.py": "def main():\n    return 2\n"})
        repo.git("checkout", "-q", "main")
        repo.commit({"app.py": "def main():\n    return 3\n"})
        repo.git("merge", "side", check=False)
        repo.write({"app.py": "def main():\n    return 3\n\ndef main():\n    return 2\n"})
        repo.git("add", "app.py")
    assert replayed() == (change == "edit")  # an edit: only that file is checked again (test_partial_replay.py)
    run = same_as_a_fresh_run(lint)
    expected = {"edit": 1, "stage": 1, "commit": 1, "delete": 0, "untracked migration": 1, "config": 0, "merge": 1}
    assert run.code == expected[change], run.out
    # a clean tree is remembered again; a modified file or a merge in progress is not (the edit
    # leaves the clean tree's memo, which a partial replay uses)
    assert replayed() == (change in ("edit", "stage", "commit", "untracked migration", "config"))


def test_cache_clean_forgets_the_memo(repo, lint, tmp_path):
    lint("check")
    assert replayed()
    assert "removed 2 files" in lint("cache", "clean").out  # the results database and the memo
    assert not replayed()


def test_the_working_directory_and_the_shard_are_part_of_the_key(repo, lint, monkeypatch):
    lint("check")
    assert not replayed("--shard", "1/2")
    lint("check", "--shard", "1/2")
    assert replayed("--shard", "1/2") and not replayed("--shard", "2/2")
    monkeypatch.chdir(repo.path / MIGRATIONS)
    assert not replayed()
    lint("check")
    assert replayed()


def test_runs_that_cannot_be_replayed_are_not_remembered(repo, lint):
    lint("check", "--no-cache")
    assert not replayed()
    lint("check", "app.py")  # paths: not a whole-tree run
    assert not replayed() and not replayed("app.py")
    repo.write({"app.py": "def main():\n    return 2\n"})
    lint("check")  # a modified file: its content is not in the index
    assert not replayed()


def test_an_unreadable_file_is_never_replayed(repo, lint):
    (repo.path / "app.py").chmod(0)
    try:
        if os.access(repo.path / "app.py", os.R_OK):
            pytest.skip("running as a user who can read anything")
        assert [line.split(" ")[1] for line in lint("check").lines] == ["RL011"]
        assert not replayed()
    finally:
        (repo.path / "app.py").chmod(0o644)
    assert lint("check").code == 0


def test_a_tracked_symlink_is_never_replayed(repo, lint, tmp_path):
    target = repo.path / "local" / "settings.yaml"  # an ignored file (a link out of the repository is never read)
    target.parent.mkdir()
    target.write_text("a: 1\n")
    (repo.path / ".gitignore").write_text("local/\n")
    os.symlink("local/settings.yaml", repo.path / "linked.yaml")
    repo.commit()
    assert lint("check").code == 0
    target.write_text("a: 1\na: 2\n")  # git sees no change: the link is what it tracks
    assert not replayed()
    assert lint("check").lines == ["linked.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]


def test_marker_size_attributes_are_never_replayed(repo, lint):
    repo.commit({".gitattributes": "*.md conflict-marker-size=9\n", "notes.md": "# Notes\n"})
    lint("check")
    assert not replayed()


def test_a_damaged_or_unwritable_memo_changes_nothing(repo, lint, tmp_path, monkeypatch):
    memo = tmp_path / "cache" / replay.FILE_NAME
    reference = lint("check", "--no-cache")
    lint("check")
    whole = memo.read_bytes()
    for damage in (whole[: len(whole) // 2], whole[:-1] + b"\xff", b"\xff\xfe", b"", marshal.dumps([]),
                   marshal.dumps({"format": 1, "entries": {"x": 1}}), marshal.dumps({"format": 99, "entries": {}})):
        memo.write_bytes(damage)
        assert not replayed()
        assert lint("check").lines == reference.lines
    entries = marshal.loads(memo.read_bytes())["entries"]
    for entry in entries.values():
        entry["findings"] = [["x", "not a line", 1, "RL001", "m", "error", None]]
    memo.write_bytes(marshal.dumps({"format": 1, "entries": entries}))
    assert not replayed()
    blocked = tmp_path / "a file, not a directory"
    blocked.write_text("")
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(blocked))  # nothing can be written below it
    assert lint("check").lines == lint("check").lines == reference.lines
    assert not replayed()


def test_the_installed_command_replays_without_loading_the_cli_or_a_parser(repo, tmp_path):
    """In a fresh interpreter, as users run it: the second run imports neither click nor any parser."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache"))
    # nor, beyond what the interpreter had at start-up, a module that costs a replay milliseconds
    heavy = ('click', 'esprima', 'ruamel.yaml', 'pglast', 'libcst', 'sqlite3', 'hashlib', 'collections', 'functools',
             'importlib', 'typing', 'subprocess')
    script = ("import sys; before = set(sys.modules); from rebound_lint.entry import main\n"
              "try:\n    main(['check'])\nfinally:\n"
              f"    print(sorted(m for m in {heavy!r} if m in sys.modules and m not in before), file=sys.stderr)\n")
    runs = [subprocess.run([sys.executable, "-c", script], cwd=repo.path, env=env, capture_output=True, text=True)
            for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0]
    # the first run is a full one (its cache opened; without click: its options read as the CLI reads them)
    assert "'sqlite3'" in runs[0].stderr and runs[1].stderr.strip().endswith("[]"), runs[1].stderr


OPERATIONS = st.lists(st.sampled_from([
    "edit app.py badly", "edit app.py well", "stage", "commit", "new migration 002", "new migration 003",
    "remove migration", "config excludes yaml", "drop config", "duplicate yaml key", "check",
]), min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_any_sequence_of_changes_reports_what_a_fresh_run_does(tmp_path_factory, lint, operations):
    root = tmp_path_factory.mktemp("seq")
    repo = GitRepo(root / "repo")
    repo.commit(CLEAN_TREE)
    cwd, cache = os.getcwd(), os.environ.get("REBOUND_LINT_CACHE_DIR")
    os.environ["REBOUND_LINT_CACHE_DIR"] = str(root / "cache")
    os.chdir(repo.path)
    try:
        for operation in operations:
            if operation == "edit app.py badly":
                repo.write({"app.py": "def main(:\n"})
            elif operation == "edit app.py well":
                repo.write({"app.py": "def main():\n    return 2\n"})
            elif operation == "stage":
                repo.git("add", "-A")
            elif operation == "commit":
                repo.commit()
            elif operation.startswith("new migration"):
                repo.write({f"{MIGRATIONS}/{operation[-3:]}_extra.sql": "SELECT 1;\n"})
            elif operation == "remove migration":
                (repo.path / MIGRATIONS / "002_more.sql").unlink(missing_ok=True)
            elif operation == "config excludes yaml":
                repo.write({".rebound-lint.toml": 'exclude = ["*.yaml"]\n'})
            elif operation == "drop config":
                (repo.path / ".rebound-lint.toml").unlink(missing_ok=True)
            elif operation == "duplicate yaml key":
                repo.write({"settings.yaml": "a: 1\na: 2\n"})
            for args in ((), ("--all-files",)):
                same_as_a_fresh_run(lint, *args)
                if repo.git("diff-files", "--name-only") == "":  # clean: replayed (else maybe partly)
                    assert replayed(*args)
    finally:
        os.chdir(cwd)
        if cache is not None:
            os.environ["REBOUND_LINT_CACHE_DIR"] = cache


@pytest.mark.parametrize("flag", ["--assume-unchanged", "--skip-worktree"])
def test_entries_git_does_not_look_at_are_read_not_trusted(repo, lint, flag):
    """git diff-files is silent about these files: neither the cache nor a replay may vouch for them."""
    assert lint("check").code == 0
    repo.git("update-index", flag, "settings.yaml")
    repo.write({"settings.yaml": "a: 1\na: 2\n"})
    assert repo.git("diff-files", "--name-only") == ""
    assert not replayed()
    assert lint("check").lines == ["settings.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]
    assert lint("check", "--all-files").lines == lint("check", "--no-cache").lines


def test_an_upgrade_leaves_at_most_two_entries_of_other_builds(repo, lint, tmp_path):
    """Every replay loads the whole memo: entries of builds that are gone (an upgrade, a reinstall)
    are dropped first when a run is remembered, the two newest kept."""
    memo = tmp_path / "cache" / replay.FILE_NAME
    memo.parent.mkdir(parents=True, exist_ok=True)
    stale = {f"old{n}": {"build": f"build-{n}", "index": "x", "seen": {}} for n in range(5)}
    memo.write_bytes(marshal.dumps({"format": replay.FORMAT, "entries": stale}))
    assert lint("check").code == 0
    entries = marshal.loads(memo.read_bytes())["entries"]
    assert [key for key in entries if key.startswith("old")] == ["old3", "old4"]
    assert len(entries) == 3 and replayed()


def test_a_changed_install_is_never_replayed(repo, lint, tmp_path, monkeypatch):
    """The replay checks the install against the stamps the run recorded: a package file edited
    or added (an editable checkout), a library rewritten (an upgrade) or a library installed on
    sys.path each give a full run."""
    from rebound_lint.store import build

    package, site = tmp_path / "pkg", tmp_path / "site"
    (package / "sub").mkdir(parents=True)
    site.mkdir()
    (package / "a.py").write_text("A = 1\n")
    (package / "sub" / "b.py").write_text("B = 1\n")
    (site / "lib.py").write_text("L = 1\n")
    monkeypatch.setattr(build, "PACKAGE", str(package))
    monkeypatch.setattr(sys, "path", [sys.path[0], str(site), *sys.path[1:]])
    monkeypatch.setattr(build, "_build", None)
    assert lint("check").code == 0 and replayed()
    stamps = build.build_stamps()
    assert build.still_current(stamps)

    def bump(path):
        info = os.stat(path)
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))

    for change in (lambda: bump(package / "sub" / "b.py"), lambda: (package / "sub" / "c.py").write_text("C = 1\n"),
                   lambda: (site / "newlib").mkdir()):
        change()
        assert not build.still_current(stamps) and not replayed()
        stamps = build.build_stamps()
        assert lint("check").code == 0 and replayed()
    assert not build.still_current([["/nowhere", "1:2"]]) and not build.still_current(None)


def test_the_build_does_not_depend_on_how_the_tool_was_started(monkeypatch, tmp_path):
    """sys.path[0] is the script's directory, or the working directory under `python -m`: the
    per-file cache is keyed by the build, which must not change with it."""
    from rebound_lint.store import build

    monkeypatch.setattr(build, "_build", None)
    first = build.tool_build()
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path[1:]])
    monkeypatch.setattr(build, "_build", None)
    assert build.tool_build() == first
