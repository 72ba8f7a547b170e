"""The hooks' entry points run `check` without the CLI (issue 26, speed where users wait: click
was the largest import of a hook's run) and load only what the files they are given need; what
they cannot read exactly as the CLI would goes to the CLI. Every process of a real run is
watched (`python -X importtime` reports the workers' imports too), and the lean path is compared
with the CLI's run of the same options, output and exit code."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import OURS, THEIRS, GitRepo

from rebound_lint import options

HEAVY = ("click", "sqlglot", "pglast", "ruamel", "tree_sitter", "esprima", "oxc_python", "libcst", "yaml12")


def hook_run(repo: GitRepo, tmp_path, hook: str, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """A hook's console entry point on ARGS, as pre-commit runs it; (the run, the top-level
    packages among HEAVY that any of its processes imported)."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           f"import sys; from rebound_lint.hooks import {hook}; sys.exit({hook}(sys.argv[1:]))", *args],
                          cwd=repo.path, env=env, capture_output=True, text=True)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()
             if line.startswith("import time:")}
    done.stderr = "".join(line + "\n" for line in done.stderr.splitlines() if not line.startswith("import time:"))
    return done, names & set(HEAVY)


def cli_run(repo: GitRepo, tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache-cli"))
    return subprocess.run([sys.executable, "-c", "import sys; from rebound_lint.cli import main; main(sys.argv[1:])",
                           *args], cwd=repo.path, env=env, capture_output=True, text=True)


@pytest.fixture
def repo(tmp_path):
    made = GitRepo(tmp_path / "repo")
    made.commit({
        "app.py": "def main():\n    return 1\n",
        "broken.py": "def f(:\n    pass\n",
        "settings.yaml": "a: 1\n",
        "notes.md": f"text\n{OURS} HEAD\na\n=======\nb\n{THEIRS} other\n",
    })
    return made


def test_the_hook_on_a_python_file_imports_neither_click_nor_another_parser(repo, tmp_path):
    done, heavy = hook_run(repo, tmp_path, "everything", "app.py")
    assert done.returncode == 0, done.stderr
    assert heavy <= {"libcst"}, heavy


def test_the_python_hook_on_a_python_file_imports_no_click(repo, tmp_path):
    done, heavy = hook_run(repo, tmp_path, "python", "app.py", "broken.py")
    assert done.returncode == 1 and "broken.py:1:" in done.stdout, done.stdout + done.stderr
    assert heavy <= {"libcst"}, heavy


def test_the_hook_on_a_yaml_and_a_markdown_file_loads_the_yaml_parser_only(repo, tmp_path):
    done, heavy = hook_run(repo, tmp_path, "everything", "settings.yaml", "notes.md")
    assert done.returncode == 1 and "RL001" in done.stdout, done.stdout + done.stderr
    assert "click" not in heavy and heavy <= {"ruamel", "yaml12"}, heavy


def timeless(text: str) -> str:
    """Output without the run's own duration."""
    return re.sub(r'( in |"seconds": )[0-9.]+', r"\1T", text)


@pytest.mark.parametrize("given, paths", [
    ([], ["app.py", "broken.py", "notes.md"]),
    (["--format", "json"], ["app.py", "broken.py"]),
    (["--format=github", "--select", "RL1"], ["broken.py", "notes.md"]),
    (["--ignore=RL001,RL002", "--fail-on", "warning", "--exit-zero"], ["notes.md", "broken.py"]),
    (["-q", "--jobs", "1", "--no-cache", "--show-suppressed"], ["broken.py"]),
    (["--no-show-source", "--color", "always", "--shard", "1/1"], ["broken.py", "app.py"]),
    ([], ["missing.py"]),  # a usage error: exit 2, the CLI's message
    (["--"], ["--exit-zero"]),  # a path, not an option: no such file
])
def test_the_lean_path_reports_exactly_what_the_cli_does(repo, tmp_path, given, paths):
    done, heavy = hook_run(repo, tmp_path, "everything", *given, *paths)
    cli = cli_run(repo, tmp_path, "check", "--force-exclude", *[g for g in given if g != "--"], "--", *paths)
    assert (done.returncode, timeless(done.stdout), timeless(done.stderr)) == \
        (cli.returncode, timeless(cli.stdout), timeless(cli.stderr))
    assert done.returncode == 2 or "click" not in heavy  # an error message goes through click.echo, as the CLI's


@pytest.mark.parametrize("args", [
    ["--select", "RL9999", "app.py"],  # unknown code: click's usage message
    ["--jobs", "-1", "app.py"],
    ["--format", "xml", "app.py"],
    ["--frobnicate", "app.py"],
    ["--shard", "3/2", "app.py"],
    ["--base", "", "app.py"],
])
def test_what_the_lean_path_cannot_read_goes_to_the_cli(repo, tmp_path, args):
    done, heavy = hook_run(repo, tmp_path, "everything", *args)
    cli = cli_run(repo, tmp_path, "check", "--force-exclude", *args[:-1], "--", args[-1])
    assert done.returncode == cli.returncode == 2
    assert done.stderr == cli.stderr and done.stderr.strip()


def test_the_option_table_is_the_clis():
    """Every option of cli.check, by every spelling, sets the same Request keyword the same way."""
    from rebound_lint.cli import check

    values, flags = {}, {}
    for param in check.params:
        if getattr(param, "param_type_name", "") != "option":
            continue
        if param.is_flag:
            flags.update({name: (param.name, True) for name in param.opts})
            flags.update({name: (param.name, False) for name in param.secondary_opts})
        else:
            values.update({name: param.name for name in param.opts})
        if getattr(param.type, "choices", None):
            assert tuple(sorted(param.type.choices)) == tuple(sorted(options.CHOICES[param.name]))
    assert options.CHECK_VALUES == values
    assert {k: v for k, v in options.CHECK_FLAGS.items() if k not in ("-h", "--help")} == flags
    assert {p.name for p in check.params if getattr(p.type, "choices", None)} == set(options.CHOICES)


@pytest.mark.parametrize("args", [
    ["-qj2"], ["-j2"], ["--output", "report.txt"], ["-o", "x"], ["--fix"], ["--diff"], ["--help"], ["-h"],
    ["--quiet=1"], ["--all-files"], ["--select"], ["--jobs", "two"], ["--color", "AUTO"],
])
def test_check_request_leaves_to_the_cli_what_only_it_does(args):
    assert options.check_request(args, ["a.py"]) is None


def test_check_request_builds_what_the_cli_builds():
    from pathlib import Path

    made = options.check_request(["--select", "rl1", "--select=RL2", "--jobs", "3", "--no-show-source", "--show-source",
                                  "--format", "json", "--format", "text", "--base", "main"], ["a.py", "b"])
    assert made == {"select": ("RL1", "RL2"), "ignore": (), "jobs": 3, "show_source": True, "output_format": "text",
                    "base_ref": "main", "paths": (Path("a.py"), Path("b"))}


def _pid(task) -> tuple:
    return task, os.getpid()


def test_a_few_files_go_to_one_worker_per_kind_side_by_side():
    """A hook's few files: each kind's files in one chunk (its parser imported once), the kinds
    in up to `jobs` real worker processes at once."""
    import multiprocessing
    from pathlib import Path

    from rebound_lint import runner, workers

    names = ["a.sql", "b.py", "c.sql", "d.yaml", "e.py", "f.yaml", "g.md"]
    tasks = [runner.Item(Path(name), name) for name in names]
    chunks = runner.by_kind(tasks)
    assert chunks == [[0, 2], [1, 4], [3, 5], [6]]
    got: dict[int, tuple] = {}
    workers.run(names, _pid, multiprocessing.get_context("fork"), 2, 1, got.__setitem__, chunks=chunks)
    by_name = dict(got.values())
    assert sorted(by_name) == sorted(names)
    assert by_name["a.sql"] == by_name["c.sql"] and by_name["b.py"] == by_name["e.py"]
    assert len(set(by_name.values())) == 2 and os.getpid() not in by_name.values()


def test_forked_workers_are_started_without_multiprocessing_side_by_side():
    """runner's start method below the fork server's threshold (workers.Forked): real child
    processes, one chunk per kind, up to `jobs` at once, as multiprocessing's fork context."""
    from pathlib import Path

    from rebound_lint import runner, workers

    assert runner._worker_context(10) is workers.Forked
    names = ["a.sql", "b.py", "c.sql", "d.yaml", "e.py", "f.yaml", "g.md"]
    chunks = runner.by_kind([runner.Item(Path(name), name) for name in names])
    got: dict[int, tuple] = {}
    workers.run(names, _pid, workers.Forked, 2, 1, got.__setitem__, chunks=chunks)
    by_name = dict(got.values())
    assert sorted(by_name) == sorted(names)
    assert by_name["a.sql"] == by_name["c.sql"] and by_name["b.py"] == by_name["e.py"]
    assert len(set(by_name.values())) == 2 and os.getpid() not in by_name.values()


def _big(task) -> bytes:
    return task * (3 << 20)  # a result larger than a pipe holds: sent while the parent reads


def test_forked_workers_pass_results_larger_than_a_pipe_holds():
    from rebound_lint import workers

    got: dict[int, bytes] = {}
    workers.run([b"a", b"b", b"c"], _big, workers.Forked, 2, 1, got.__setitem__)
    assert got == {0: b"a" * (3 << 20), 1: b"b" * (3 << 20), 2: b"c" * (3 << 20)}


def all_imports(repo: GitRepo, tmp_path, hook: str, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """A hook's run as hook_run makes it; (the run, every module any of its processes imported)."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache-all"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           f"import sys; from rebound_lint.hooks import {hook}; sys.exit({hook}(sys.argv[1:]))", *args],
                          cwd=repo.path, env=env, capture_output=True, text=True)
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return done, names


def test_a_hook_on_a_few_files_imports_neither_multiprocessing_nor_identifys_matcher(repo, tmp_path):
    """Issue 26: a hook's ten files waited on multiprocessing's imports (its workers are forked
    by workers.Forked) and on identify.identify's (typing, a vendored list of licences), where
    identify's tables are all the file kinds need."""
    repo.commit({"db/a.sql": "CREATE TABLE t (id int,;\n", "x.yaml": "a: 1\na: 2\n", "README": "text\n",
                 "Dockerfile.dev": "FROM x\n", "web/z.js": "let x = ;\n"})
    done, names = all_imports(repo, tmp_path, "everything", "db/a.sql", "x.yaml", "app.py", "broken.py", "notes.md",
                              "README", "Dockerfile.dev", "web/z.js")
    assert done.returncode == 1 and "broken.py:1:" in done.stdout and "x.yaml:2:1: RL402" in done.stdout, done.stdout
    assert "multiprocessing" not in names and "identify.identify" not in names
    assert "identify.extensions" in names  # the tables: the kinds are still identify's


def test_a_hook_run_ends_without_folding_the_caches_log_in_and_the_next_run_reads_it(repo, tmp_path):
    """Closing the result cache checkpointed its WAL into the database, with an fdatasync, on the
    way out of every hook run (issue 26): the console script ends with the log left for the next
    connection, which reads the results from it."""
    import sqlite3

    from rebound_lint.store import cache

    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache-wal"))
    script = "import sys; from rebound_lint.hooks import everything; sys.exit(everything())"
    first = subprocess.run([sys.executable, "-c", script, "app.py", "broken.py", "settings.yaml"], cwd=repo.path,
                           env=env, capture_output=True, text=True)
    assert first.returncode == 1 and "broken.py:1:" in first.stdout, first.stdout + first.stderr
    database = tmp_path / "cache-wal" / cache.FILE_NAME
    assert Path(f"{database}-wal").stat().st_size > 0  # not checkpointed on the way out
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM results").fetchone() == (3,)
    again = subprocess.run([sys.executable, "-c", script, "app.py", "broken.py", "settings.yaml"], cwd=repo.path,
                           env=env, capture_output=True, text=True)
    assert (again.returncode, timeless(again.stdout)) == (first.returncode, timeless(first.stdout))


def test_file_kinds_from_identifys_tables_are_identifys_tags():
    from identify import extensions, identify

    from rebound_lint import languages

    names = [*extensions.NAMES, *(f"{name}.xenial" for name in extensions.NAMES)]
    names += [f"x.{ext}" for ext in [*extensions.EXTENSIONS, *extensions.EXTENSIONS_NEED_BINARY_CHECK]]
    names += [f"UPPER.{ext.upper()}" for ext in extensions.EXTENSIONS] + ["noext", "x.", ".hidden", "a.b.unknownext"]
    assert all(languages._tags(name) == identify.tags_from_filename(name) for name in names)


def test_a_mixed_hook_run_finds_the_same_with_one_job_and_with_several(repo, tmp_path):
    repo.commit({"db/a.sql": "CREATE TABLE t (id int,;\n", "db/b.sql": "SELECT 1;\n", "x.yaml": "a: 1\na: 2\n",
                 "y.py": "def f(:\n", "z.js": "let x = ;\n"})
    names = ["db/a.sql", "db/b.sql", "x.yaml", "y.py", "z.js", "app.py", "notes.md", "settings.yaml"]
    one, _ = hook_run(repo, tmp_path, "everything", "--jobs", "1", "--no-cache", *names)
    several, _ = hook_run(repo, tmp_path, "everything", "--jobs", "4", "--no-cache", *names)
    assert one.returncode == several.returncode == 1
    assert timeless(one.stdout) == timeless(several.stdout) and one.stdout.count(": RL") >= 5, one.stdout


def test_the_cache_drops_expired_entries_without_reading_every_row(tmp_path):
    """Every run that stores a result also drops the entries not written for MAX_AGE: through an
    index on the write time, not a scan of a cache that holds every file of the tree (and more)."""
    import sqlite3
    import time

    from rebound_lint.store import cache

    store = cache.Cache(tmp_path)
    store.put_many({f"old{n}": cache.CLEAN for n in range(50)})
    store.close()
    db = sqlite3.connect(tmp_path / cache.FILE_NAME)
    db.execute("UPDATE results SET written = ?", (int(time.time()) - cache.MAX_AGE - 10,))
    db.commit()
    plan = " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN DELETE FROM results WHERE written < 5"))
    db.close()
    assert "USING" in plan and "INDEX" in plan, plan
    store = cache.Cache(tmp_path)
    store.put_many({"new": cache.CLEAN})
    assert set(store.get_many(["new", "old1", "old2"])) == {"new"}
    store.close()


def entry_run(repo: GitRepo, tmp_path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`rebound-lint ARGS` through its console entry point, with its cache kept apart."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache-entry"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "import sys; from rebound_lint.entry import main; main(sys.argv[1:])", *args],
                          cwd=repo.path, env=env, capture_output=True, text=True)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()
             if line.startswith("import time:")}
    done.stderr = "".join(line + "\n" for line in done.stderr.splitlines() if not line.startswith("import time:"))
    return done, names & set(HEAVY)


@pytest.mark.parametrize("args", [("check", "--all-files"), ("check", "--all-files", "--format", "json"),
                                  ("check", "--all-files", "--no-cache", "--select", "RL1")])
def test_the_console_checks_a_tree_it_cannot_replay_without_click(repo, tmp_path, args):
    """`rebound-lint check --all-files` with a file modified (no replay: the partial replay or the
    full run) reads its options as the hooks do, without the CLI, and says exactly what the CLI
    says; anything else (paths, --help) still goes to the CLI."""
    (repo.path / "app.py").write_text("def main():\n    return 2\n")
    done, heavy = entry_run(repo, tmp_path, *args)
    assert "click" not in heavy, heavy
    cli = cli_run(repo, tmp_path, *args)
    timeless = lambda out: re.sub(r"\d+\.\d+", "T", out)  # noqa: E731  (the seconds a run took)
    assert (done.returncode, timeless(done.stdout), timeless(done.stderr)) == \
        (cli.returncode, timeless(cli.stdout), timeless(cli.stderr))
    helped, heavy = entry_run(repo, tmp_path, "check", "--help")
    assert helped.returncode == 0 and "click" in heavy and "Usage" in helped.stdout


def _alarm_left(name: str) -> int:
    import signal

    return signal.alarm(0)


def test_each_file_in_a_worker_runs_under_an_alarm_past_the_time_limit():
    """A run killed with SIGKILL cannot end a worker stuck in a native parse, and the worker's parent
    watch needs the GIL that parse holds: an alarm set for each file, past FILE_TIME_LIMIT, ends such
    an orphan by SIGALRM's default action (the run itself ends a live worker at the limit)."""
    from rebound_lint import workers

    got: dict[int, int] = {}
    workers.run(["a.py", "b.py"], _alarm_left, workers.Forked, 1, 2, got.__setitem__)
    limit = int(workers.FILE_TIME_LIMIT + workers.ORPHAN_GRACE)
    assert sorted(got) == [0, 1] and all(limit - 5 <= left <= limit for left in got.values()), got
