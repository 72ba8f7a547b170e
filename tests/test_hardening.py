"""Issue 17: one bad file never loses the run, nothing outside the tree is read (reproducers as tests)."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BASE, OURS, ROOT, SEP, THEIRS, GitRepo, codes, findings_for, write


# --- 3: markers in files whose lines end in CR only --------------------------------------------

def test_markers_in_a_cr_only_file():
    text = f"x = 1\r{OURS} HEAD\ry = 2\r{SEP}\ry = 3\r{THEIRS} br\r"
    found = findings_for("a.py", text)
    assert codes(found) == ["RL001"]
    assert (found[0].line, found[0].end_line) == (2, 6)
    assert codes(findings_for("notes.txt", f"intro\r{THEIRS} br\r")) == ["RL002"]


def test_cr_only_file_without_markers_and_look_alikes_stay_silent():
    assert findings_for("a.py", "x = 1\ry = 2\r") == []
    assert findings_for("notes.txt", f"Title\r{SEP}\rtext {OURS} inline\r") == []
    # a CR inside a LF file is not a line break (git's own view of lines)
    assert findings_for("notes.txt", f"a\n b\r{OURS} HEAD\n") == []


# --- 14: a cache with the wrong schema is rebuilt; a read-only cache is read --------------------

def _cache_with_entries(directory):
    from rebound_lint.findings import Finding
    from rebound_lint.store.cache import Cache, encode

    store = Cache(directory)
    entries = {f"k{i}": encode([Finding("a.py", i + 1, 1, "RL101", "bad")], [], [], True) for i in range(5)}
    entries["clean"] = encode([], [], [], True)
    store.put_many(entries)
    store.close()
    return list(entries)


@pytest.mark.parametrize("schema", ["CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT)",
                                    "CREATE TABLE results (k TEXT, v TEXT, w INTEGER)",
                                    "CREATE VIEW results AS SELECT 1 AS key, 2 AS value, 3 AS written"])
def test_a_cache_with_the_wrong_schema_is_rebuilt(tmp_path, schema):
    from rebound_lint.store.cache import FILE_NAME, Cache

    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute(schema)
    keys = _cache_with_entries(tmp_path)
    store = Cache(tmp_path)
    assert sorted(store.get_many(keys)) == sorted(keys)
    assert store.problem is None
    store.close()


def test_a_cache_with_the_wrong_schema_is_rebuilt_by_a_run(tmp_path, lint, monkeypatch):
    from rebound_lint.store.cache import FILE_NAME

    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "c").mkdir()
    with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
        db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT)")
    write(tmp_path / "w", {"a.yaml": "a: 1\na: 2\n", "b.py": "x = 1\n"})
    first = lint("check", "--debug", "--jobs", "1", ".", cwd=tmp_path / "w")
    assert first.code == 1 and "cache write skipped" not in first.err and "cache unavailable" not in first.err
    with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 2


def _make_read_only(paths: list[Path]) -> None:
    """Read-only even for root (which file modes do not stop): the immutable attribute."""
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
            pytest.skip(f"running as root and cannot make files immutable here: {done.stderr.strip()}")


def _make_writable(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for path in paths:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_cache_is_read(tmp_path):
    from rebound_lint.store.cache import Cache

    directory = tmp_path / "ro"
    keys = _cache_with_entries(directory)
    paths = [*directory.iterdir(), directory]
    _make_read_only(paths)
    try:
        with pytest.raises(OSError):
            (directory / "probe").write_text("x")
        store = Cache(directory)
        assert sorted(store.get_many(keys)) == sorted(keys)
        store.put_many({"new": ""})  # skipped, and said so for --debug
        assert store.problem and "read-only" in store.problem
        store.close()
    finally:
        _make_writable(paths)


# --- 7: symbolic links that leave the tree are never read ---------------------------------------

SECRET = "s3cr3t_token_from_the_ci_machine"


def _outside(tmp_path):
    outside = tmp_path / "outside"
    write(outside, {"passwd.sql": f"root:x:0:0:{SECRET}:/root:/bin/bash\n",
                    "settings.yaml": f"{SECRET}: 1\n{SECRET}: 2\n"})
    return outside


def test_links_out_of_the_repository_are_not_read(tmp_path, lint):
    outside = _outside(tmp_path)
    repo = GitRepo(tmp_path / "repo")
    repo.write({"real/dup.yaml": "a: 1\na: 2\n", "app.py": "x = 1\n"})
    (repo.path / "passwd.sql").symlink_to(outside / "passwd.sql")
    (repo.path / "conf.yaml").symlink_to(outside / "settings.yaml")
    (repo.path / "alias.yaml").symlink_to("real/dup.yaml")  # inside the repository: read as before
    repo.commit()
    for args in (("check",), ("check", "--all-files"), ("check", "."), ("check", "passwd.sql", "conf.yaml", "alias.yaml"),
                 ("check", "--format", "json", "--no-cache", ".")):
        run = lint(*args, cwd=repo.path)
        assert SECRET not in run.out + run.err, args
        assert run.code == 1, (args, run.out, run.err)
        assert "RL201" not in run.out and "conf.yaml" not in run.out, args
        assert "alias.yaml" in run.out and "RL402" in run.out, args
    debug = lint("check", "--debug", "--no-cache", "passwd.sql", cwd=repo.path)
    assert debug.code == 0 and SECRET not in debug.out + debug.err
    assert "passwd.sql: symbolic link to a file outside the repository: not read" in debug.err


def test_links_out_of_a_named_directory_outside_a_repository_are_not_read(tmp_path, lint):
    outside = _outside(tmp_path)
    tree = tmp_path / "tree"
    write(tree, {"real/dup.yaml": "a: 1\na: 2\n"})
    (tree / "passwd.sql").symlink_to(outside / "passwd.sql")
    (tree / "alias.yaml").symlink_to(tree / "real" / "dup.yaml")
    run = lint("check", "--no-cache", str(tree), cwd=tmp_path)
    assert SECRET not in run.out + run.err and "RL201" not in run.out
    assert "alias.yaml" in run.out and run.code == 1
    run = lint("check", "--no-cache", "--debug", "passwd.sql", cwd=tree)
    assert SECRET not in run.out + run.err and run.code == 0
    assert "outside the directory checked: not read" in run.err


def test_a_symlink_loop_named_on_the_command_line_is_unreadable(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    (repo.path / "loop").symlink_to("loop")
    (repo.path / "a.yaml").write_text("a: 1\n")
    for cwd in (repo.path, tmp_path / "plain"):
        cwd.mkdir(exist_ok=True)
        if not (cwd / "loop").is_symlink():
            (cwd / "loop").symlink_to("loop")
        run = lint("check", "--no-cache", "loop", cwd=cwd)
        assert run.code == 1 and "internal error" not in run.err, run.err
        assert run.lines == ["loop:1:1: RL011 symbolic link loop (points to 'loop')"]


# --- 8: submodules and links to directories are not files ---------------------------------------

def test_submodules_and_links_to_directories_are_skipped(tmp_path, lint):
    library = GitRepo(tmp_path / "library")
    library.commit({"lib.py": "x = 1\n"})
    repo = GitRepo(tmp_path / "repo")
    repo.write({"docs/guide.md": "# Guide\n", "app.py": "x = 1\n"})
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.path), "vendor/lib")
    (repo.path / "docs-link").symlink_to("docs")
    repo.commit()
    for args in (("check",), ("check", "--all-files"), ("check", "."), ("check", "--no-cache", ".")):
        run = lint(*args, cwd=repo.path)
        assert (run.code, run.lines) == (0, []), (args, run.out, run.err)
    debug = lint("check", "--debug", "--no-cache", "--all-files", cwd=repo.path)
    assert "RL011" not in debug.out and debug.code == 0
    # a changed submodule (new commit checked out) and an unchanged one look alike
    library.commit({"lib.py": "x = 2\n"})
    repo.git("-C", "vendor/lib", "pull", "-q")
    run = lint("check", cwd=repo.path)
    assert (run.code, run.lines) == (0, []), run.out + run.err


# --- 1: a parser crash, hang or runaway memory costs its file, never the run ---------------------

DEEP_SQL = "SELECT " + "+".join(["1"] * 50000) + ";\n"  # pglast segfaults on it


def _crash_tree(root, files=1):
    write(root, {"crash.sql": f"{OURS} HEAD\nSELECT 1;\n{SEP}\nSELECT 2;\n{THEIRS} br\n" + DEEP_SQL,
                 "dup.yaml": "a: 1\na: 2\n", "ok.sql": "SELECT 1;\n"})
    write(root, {f"more/f{i}.yaml": f"k: {i}\nk: {i}\n" for i in range(files)})


def test_a_parser_crash_is_a_finding_on_its_file_with_one_job(tmp_path, lint):
    _crash_tree(tmp_path)
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert run.code == 1, run.err
    assert "crash.sql:1:1: RL013 the parser crashed on this file (killed by SIGSEGV); nothing in it but conflict " \
           "markers was checked" in run.lines
    assert any(line.startswith("crash.sql:1:1: RL001 conflict block") for line in run.lines)
    assert "dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)" in run.lines
    assert "more/f0.yaml:2:1: RL402 duplicate key 'k' (first defined on line 1)" in run.lines
    assert len(run.lines) == 4 and "internal error" not in run.err


def test_a_parser_crash_in_a_pool_loses_nothing_else(tmp_path, lint):
    _crash_tree(tmp_path, files=80)
    (tmp_path / "crash2.sql").write_text(DEEP_SQL)
    run = lint("check", "--no-cache", "--jobs", "2", ".", cwd=tmp_path)
    assert run.code == 1, run.err
    assert sorted(line.split(":")[0] for line in run.lines if " RL013 " in line) == ["crash.sql", "crash2.sql"]
    assert sum(" RL402 " in line for line in run.lines) == 81
    assert "84 files checked" in run.out


def test_a_crash_is_not_cached_nor_replayed(git_repo, lint):
    git_repo.commit({"crash.sql": DEEP_SQL, "a.yaml": "a: 1\n"})
    first = lint("check", cwd=git_repo.path)
    assert [line.split(": ")[1] for line in first.lines] == ["RL013 the parser crashed on this file (killed by SIGSEGV)"
                                                             "; nothing in it but conflict markers was checked"]
    from rebound_lint.store import replay

    assert replay.replay([]) is None  # the next run tries the file again
    second = lint("check", cwd=git_repo.path)
    assert second.lines == first.lines


def test_a_file_past_the_time_limit_is_a_finding(tmp_path, lint, monkeypatch):
    from rebound_lint import workers

    monkeypatch.setattr(workers, "FILE_TIME_LIMIT", 0.5)
    write(tmp_path, {"slow.py": "x = 1\n" * 90000, "dup.yaml": "a: 1\na: 2\n"})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert run.code == 1
    assert run.lines == ["dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)",
                         "slow.py:1:1: RL013 the parser crashed on this file (took longer than 0.5 s); nothing in "
                         "it but conflict markers was checked"]


def _memory_tree(root, limit: str = "300MiB"):
    write(root, {".rebound-lint.toml": f'worker-memory-limit = "{limit}"\n',
                 "big.py": f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} br\n" + "x = 1\n" * 400_000,
                 "dup.yaml": "a: 1\na: 2\n", "clean.py": "x = 1\n"})


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_needs_more_memory_than_a_worker_may_have_is_rl013(tmp_path, jobs):
    _memory_tree(tmp_path)
    write(tmp_path, {f"more/f{i}.yaml": f"k: {i}\nk: {i}\n" for i in range(60)})  # enough for a pool
    run = subprocess.run([sys.executable, "-m", "rebound_lint", "check", "--no-cache", "--jobs", jobs, "."],
                         cwd=tmp_path, capture_output=True, text=True)
    lines = run.stdout.splitlines()
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "big.py:1:1: RL013 the parser crashed on this file (ran out of memory: over 300 MiB); nothing in it " \
           "but conflict markers was checked" in lines, run.stdout
    assert any(line.startswith("big.py:1:1: RL001 conflict block") for line in lines)
    assert not any(" RL012 " in line or " RL101 " in line for line in lines)
    assert "dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)" in lines
    assert sum(" RL402 " in line for line in lines) == 61
    assert not any(line.startswith("clean.py") for line in lines)


def test_the_smallest_memory_limit_still_leaves_room_for_the_python_parsers_stack(tmp_path):
    """libcst confirms Python syntax errors in a thread with a big stack, which counts against
    worker-memory-limit: under the smallest limit the stack shrinks to fit, so the file still
    gets its syntax error."""
    write(tmp_path, {".rebound-lint.toml": 'worker-memory-limit = "128MiB"\n', "bad.py": "def f(:\n    pass\n"})
    run = subprocess.run([sys.executable, "-m", "rebound_lint", "check", "--no-cache", "--jobs", "1", "."],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1 and run.stdout.splitlines()[0] == "bad.py:1:7: RL101 invalid syntax", run.stdout


def test_deep_nesting_is_still_too_deep_not_out_of_memory(tmp_path, lint):
    # Python's parser overflows its stack on the second and third (a MemoryError, bare on 3.11)
    write(tmp_path, {".rebound-lint.toml": 'worker-memory-limit = "300MiB"\n',
                     "deep.py": "x = " + "[" * 5000 + "]" * 5000 + "\n", "minus.py": "x = " + "-" * 100000 + "1\n",
                     "nots.py": "x = " + "not " * 20000 + "1\n"})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert run.lines == ["deep.py:1:1: RL012 nesting too deep to parse", "minus.py:1:1: RL012 nesting too deep to parse",
                         "nots.py:1:1: RL012 nesting too deep to parse"]


def test_the_limit_is_what_one_file_may_add_to_a_worker_forked_from_a_big_parent(tmp_path, lint):
    ballast = bytearray(400 << 20)  # the run's process holds more than the limit; its forked workers share it
    write(tmp_path, {".rebound-lint.toml": 'worker-memory-limit = "300MiB"\n', "dup.yaml": "a: 1\na: 2\n",
                     "clean.py": "x = 1\n"})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert run.lines == ["dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"], run.out
    del ballast


@pytest.mark.parametrize("value, problem", [
    ('"lots"', 'expected a size such as "512MiB" or "4GiB"'),
    ("12", "at least 128 MiB"), ('"1KiB"', "at least 128 MiB"), ("true", 'expected a size such as "512MiB"'),
])
def test_a_bad_worker_memory_limit_is_a_one_line_usage_error(tmp_path, lint, value, problem):
    write(tmp_path, {".rebound-lint.toml": f"worker-memory-limit = {value}\n", "a.py": "x = 1\n"})
    run = lint("check", ".", cwd=tmp_path)
    assert run.code == 2 and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert ".rebound-lint.toml: worker-memory-limit: " in run.err and problem in run.err, run.err


# --- 4: findings per rule per file are capped -----------------------------------------------------

def test_findings_of_one_rule_in_one_file_are_capped_with_a_count(tmp_path, lint):
    # (a run repeated many times is data, never reported: RL111 is the rule a generated file trips here)
    write(tmp_path, {"gen.py": "".join(f"def f{i}():\n    pass\ndef f{i}():\n    pass\n" for i in range(1000)), "keys.yaml": "".join(f"k{i}: 1\nk{i}: 2\n" for i in range(30)),
                     "twenty.yaml": "".join(f"k{i}: 1\nk{i}: 2\n" for i in range(20))})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    gen = [line for line in run.lines if line.startswith("gen.py:")]
    assert len(gen) == 21 and all(" RL111 " in line for line in gen)
    assert "gen.py:83:1: RL111 980 more RL111 findings in this file from here on, not shown one by one " \
           "(the first 20 are)" in gen
    keys = [line for line in run.lines if line.startswith("keys.yaml:")]
    assert len(keys) == 21 and keys[-1] == ("keys.yaml:42:1: RL402 10 more RL402 findings in this file from here "
                                            "on, not shown one by one (the first 20 are)")
    twenty = [line for line in run.lines if line.startswith("twenty.yaml:")]
    assert len(twenty) == 20 and not any("more RL402" in line for line in twenty)
    assert "62 findings" in run.out


def test_the_cap_applies_to_conflict_blocks_too():
    block = f"{OURS} HEAD\na\n{SEP}\nb\n{THEIRS} br\n"
    found = findings_for("notes.txt", block * 25)
    assert codes(found) == ["RL001"] * 21
    assert found[-1].message.startswith("5 more RL001 findings") and found[-1].line == 101


# --- 11: a killed run leaves no process behind ----------------------------------------------------

def _session(sid: int) -> list[int]:
    """Processes of a session (a run started in its own keeps its workers, fork server and resource
    tracker there, also once they are orphaned)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                found.append(int(entry))
    return found


def _start_big_run(tmp_path):
    write(tmp_path / "tree", {f"pkg/m{i}.py": "x = 1\ny = 2\n" * 1500 for i in range(1100)})
    env = {**os.environ, "REBOUND_LINT_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.Popen([sys.executable, "-m", "rebound_lint", "check", "--no-cache", "--jobs", "2", "."],
                           cwd=tmp_path / "tree", env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_session(run.pid)) < 4 and time.monotonic() < deadline:  # the run, a fork server, two workers
        time.sleep(0.1)
    assert len(_session(run.pid)) >= 4, "the run never started its workers"
    return run


def _gone_within(sid: int, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while _session(sid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _session(sid)


# A big run's workers come from multiprocessing's fork server, a small run's from a plain fork (workers.Forked).
STARTS = pytest.mark.parametrize("start", [pytest.param("big", id="fork-server"), pytest.param("small", id="forked")])


def _start(start: str, tmp_path):
    return _start_big_run(tmp_path) if start == "big" else _start_small_run(tmp_path)


@STARTS
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_end_every_child(tmp_path, how, start):
    run = _start(start, tmp_path)
    try:
        run.send_signal(how)
        _, err = run.communicate(timeout=30)
        assert run.returncode == 2 and b"interrupted" in err, err
        assert _gone_within(run.pid, 5) == []
    finally:
        for pid in _session(run.pid):
            os.kill(pid, signal.SIGKILL)


@STARTS
def test_workers_of_a_run_killed_with_sigkill_exit_soon(tmp_path, start):
    run = _start(start, tmp_path)
    try:
        run.kill()
        run.wait(timeout=10)
        assert _gone_within(run.pid, 5) == []
    finally:
        for pid in _session(run.pid):
            os.kill(pid, signal.SIGKILL)


def _start_small_run(tmp_path):
    """A run of a few files (a hook's): its workers are forked without multiprocessing (workers.Forked)."""
    files = {f"m{i}.py": "x = 1\n" * 20_000 for i in range(40)}  # one worker's chunk, file after file
    write(tmp_path / "tree", {**files, "a.yaml": "a: 1\n", "b.sql": "SELECT 1;\n"})
    env = {**os.environ, "REBOUND_LINT_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.Popen([sys.executable, "-m", "rebound_lint", "check", "--no-cache", "--jobs", "2", "."],
                           cwd=tmp_path / "tree", env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           start_new_session=True)
    deadline, seen = time.monotonic() + 60, set()
    while time.monotonic() < deadline:  # a worker seen twice (a git call is the run's command till its exec)
        now = set(_workers_of(run.pid))
        if now & seen:
            return run
        seen = now
        time.sleep(0.05)
    raise AssertionError("the run never started its workers")


def _workers_of(pid: int) -> list[int]:
    """The processes of a run's session forked from it (its command line; not its git calls)."""
    def command(of: int) -> bytes | None:
        try:
            with open(f"/proc/{of}/cmdline", "rb") as handle:
                return handle.read()
        except OSError:
            return None

    own = command(pid)
    return [other for other in _session(pid) if other != pid and command(other) == own]




# --- 2: conflict-marker-size from every attribute source, as git reads it -------------------------

def _block(size: int) -> str:
    return f"{'<' * size} HEAD\na\n{'=' * size}\nb\n{'>' * size} br\n"


def test_a_zero_marker_size_does_not_hide_git_s_own_markers(git_repo, lint):
    git_repo.commit({".gitattributes": "* conflict-marker-size=0\n", "a.txt": "x\n" + _block(7)})
    for args in (("check",), ("check", "--all-files"), ("check", "a.txt")):
        assert lint(*args, cwd=git_repo.path).lines[0].startswith("a.txt:2:1: RL001 conflict block"), args


@pytest.mark.parametrize("where", ["docs/.gitattributes", ".git/info/attributes", "global"])
def test_marker_sizes_from_every_attribute_source(git_repo, lint, monkeypatch, tmp_path, where):
    git_repo.commit({"docs/a.md": "intro\n" + _block(10), "b.md": "ok\n"})
    line = "*.md conflict-marker-size=10\n"
    if where == "global":
        home = tmp_path / "home"
        write(home, {".config/git/attributes": line})
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        write(git_repo.path, {where: line})
    for args in (("check",), ("check", "--all-files"), ("check", "docs"), ("check", "docs/a.md")):
        run = lint(*args, cwd=git_repo.path)
        assert run.code == 1 and run.lines[0].startswith("docs/a.md:2:1: RL001 conflict block"), (args, run.out)


def test_a_non_default_size_still_finds_default_markers_and_odd_values_do_not_crash(git_repo, lint):
    git_repo.commit({".gitattributes": "big.txt conflict-marker-size=99999999999999999999\n"
                                       "ten.txt conflict-marker-size=10\nodd.txt conflict-marker-size=+12x\n",
                     "big.txt": _block(7), "ten.txt": _block(10) + "mid\n" + _block(7),
                     "odd.txt": _block(12), "quiet.txt": "<" * 12 + " not a marker\n"})
    run = lint("check", "--all-files", cwd=git_repo.path)
    assert run.code == 1 and "internal error" not in run.err
    assert [line.split(": ")[0] for line in run.lines] == ["big.txt:1:1", "odd.txt:1:1", "ten.txt:1:1", "ten.txt:7:1"]


def test_marker_size_values_as_git_reads_them():
    from rebound_lint.merges.markers import size_from_attribute

    assert [size_from_attribute(v) for v in ("10", " 9", "+12x", "0", "-3", "set", "unset", "unspecified", "",
                                             "99999999999999999999", "4294967306", "abc")] == \
        [10, 9, 12, 7, 7, 7, 7, 7, 7, 7, 10, 7]


def test_a_new_attribute_source_is_seen_by_the_replay(git_repo, lint):
    from rebound_lint.store import replay

    git_repo.commit({"docs/a.md": "intro\n" + _block(10)})
    assert lint("check", cwd=git_repo.path).code == 0
    assert replay.replay(["--quiet"]) == 0  # nothing sets a size: replayed
    write(git_repo.path, {".git/info/attributes": "*.md conflict-marker-size=10\n"})
    assert replay.replay([]) is None
    assert lint("check", cwd=git_repo.path).code == 1


@pytest.mark.parametrize("where", [".gitattributes", "docs/.gitattributes", "docs/deep/er/.gitattributes"])
def test_an_untracked_gitattributes_anywhere_up_the_tree_is_seen_by_the_replay(git_repo, lint, where):
    from rebound_lint.store import replay

    git_repo.commit({"docs/deep/er/a.md": "intro\n" + _block(10), "docs/b.md": "b\n", "c.py": "x = 1\n"})
    assert lint("check", cwd=git_repo.path).code == 0
    assert replay.replay(["--quiet"]) == 0
    write(git_repo.path, {where: "*.md conflict-marker-size=10\n"})  # untracked: git diff-files is silent
    assert replay.replay([]) is None
    assert lint("check", cwd=git_repo.path).code == 1


# --- 13: audit: unrelated histories, whole-file conflicts, regions each at their own line ---------

def _audit_lines(run):
    return [line for line in run.out.splitlines() if line.startswith(("  ", "merge "))]


def test_audit_skips_a_merge_of_unrelated_histories_and_goes_on(git_repo, lint):
    git_repo.commit({"a.txt": "one\n"}, message="root")
    git_repo.git("checkout", "-q", "--orphan", "vendor")
    git_repo.git("rm", "-rfq", ".")
    git_repo.commit({"vendor/lib.txt": "lib\n"}, message="vendor root")
    git_repo.git("checkout", "-q", "main")
    git_repo.git("merge", "-q", "--allow-unrelated-histories", "-m", "Subtree merge", "vendor")
    git_repo.git("checkout", "-q", "-b", "side")
    git_repo.commit({"a.txt": "one\nside\n"}, message="side")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"a.txt": "one\nmain\n"}, message="main")
    git_repo.git("merge", "-q", "side", check=False)
    (git_repo.path / "a.txt").write_text("one\nmain\nside\n")
    git_repo.commit(message="Merge side")
    run = lint("audit", cwd=git_repo.path)
    assert run.code != 2, run.err
    lines = _audit_lines(run)
    assert any(line.startswith("merge ") and "Subtree merge" in line and "unrelated histories" in line
               for line in lines), run.out
    assert "  a.txt:2-3: both sides kept (ours then theirs): additions" in lines


def test_audit_gives_binary_modify_delete_and_rename_conflicts_a_verdict(git_repo, lint):
    git_repo.commit({"img.bin": b"\x00base\x00", "gone.txt": "keep\n", "old.txt": "text\n" * 5}, message="base")
    git_repo.git("checkout", "-q", "-b", "side")
    git_repo.write({"img.bin": b"\x00theirs\x00"})
    git_repo.git("rm", "-q", "gone.txt")
    git_repo.git("mv", "old.txt", "b.txt")
    git_repo.commit(message="side")
    git_repo.git("checkout", "-q", "main")
    git_repo.write({"img.bin": b"\x00ours\x00", "gone.txt": "keep\nmore\n"})
    git_repo.git("mv", "old.txt", "a.txt")
    git_repo.commit(message="main")
    git_repo.git("merge", "-q", "side", check=False)
    git_repo.git("checkout", "--theirs", "img.bin")
    git_repo.git("add", "img.bin", "gone.txt", "a.txt")
    git_repo.git("rm", "-q", "--cached", "b.txt", check=False)
    (git_repo.path / "b.txt").unlink(missing_ok=True)
    git_repo.git("rm", "-q", "--cached", "old.txt", check=False)
    git_repo.commit(message="Merge side")
    run = lint("audit", cwd=git_repo.path)
    lines = _audit_lines(run)
    assert "  no conflicts to resolve" not in lines, run.out
    assert "  img.bin:1: binary conflict: took theirs" in lines, run.out
    assert "  gone.txt:1: modify/delete conflict: took ours" in lines, run.out
    assert "  a.txt:1: rename conflict: took ours" in lines, run.out
    assert "  b.txt: resolved by deleting the file" in lines, run.out


def test_audit_places_each_lost_region_at_its_own_line(git_repo, lint):
    base = ["head\n"] + [f"section {i}\n" + "".join(f"body {i}.{j}\n" for j in range(8)) + f"value = {i}\n"
                         for i in range(5)]
    git_repo.commit({"conf.txt": "".join(base)}, message="base")
    git_repo.git("checkout", "-q", "-b", "side")
    git_repo.commit({"conf.txt": "".join(base).replace("value = ", "value = theirs ")}, message="side")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"conf.txt": "".join(base).replace("value = ", "value = ours ")}, message="main")
    git_repo.git("merge", "-q", "side", check=False)
    resolved = "".join(base).replace("value = ", "value = ours ").replace("head\n", "a new head\n")
    (git_repo.path / "conf.txt").write_text(resolved)  # took ours, and changed the first line
    git_repo.git("add", "conf.txt")
    git_repo.commit(message="Merge side")
    lines = [line for line in _audit_lines(lint("audit", cwd=git_repo.path)) if line.startswith("  conf.txt:")]
    assert len(lines) == 5 and len(set(lines)) == 5, lines
    starts = [int(line.split(":")[1].split("-")[0].split()[0]) for line in lines]
    assert starts == sorted(starts) and starts[-1] > 40
    assert all(line.endswith(": took ours") for line in lines), lines  # aligned by a diff, not lost


# --- a hostile tree (contents, links, git edge cases) in every output format ----------------------

def _hostile_tree(tmp_path) -> Path:
    outside = _outside(tmp_path)
    library = GitRepo(tmp_path / "library")
    library.commit({"lib.py": "x = 1\n"})
    repo = GitRepo(tmp_path / "repo")
    repo.write({
        "crash.sql": DEEP_SQL,
        "cr.py": f"x = 1\r{OURS} HEAD\ry = 2\r{SEP}\ry = 3\r{THEIRS} br\r",
        "many.py": "".join(f"def f{i}():\n    pass\ndef f{i}():\n    pass\n" for i in range(50)),
        "deep.py": "x = " + "[" * 5000 + "]" * 5000 + "\n",
        "deep.json": "[" * 100000 + "]" * 100000,
        "nul.txt": b"a\x00b",
        "latin.py": b"name = 'Caf\xe9'\n",
        "empty.yaml": "",
        "docs/.gitattributes": "*.md conflict-marker-size=10\n",
        "docs/a.md": _block(10),
        ".gitattributes": "huge.txt conflict-marker-size=99999999999999999999\n",
        "huge.txt": _block(7),
    })
    (repo.path / "passwd.sql").symlink_to(outside / "passwd.sql")
    (repo.path / "loop").symlink_to("loop")
    (repo.path / "docs-link").symlink_to("docs")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.path), "vendor/lib")
    repo.commit()
    return repo.path


def test_a_hostile_tree_in_every_output_format(tmp_path, lint):
    import json as jsonlib

    root = _hostile_tree(tmp_path)
    text = lint("check", "--no-cache", "--all-files", cwd=root)
    assert text.code == 1 and "internal error" not in text.err and "Traceback" not in text.err + text.out
    assert SECRET not in text.out + text.err
    found = {(line.split(":")[0], line.split(": ")[1].split()[0]) for line in text.lines}
    assert {("crash.sql", "RL013"), ("cr.py", "RL001"), ("many.py", "RL111"), ("docs/a.md", "RL001"),
            ("huge.txt", "RL001"), ("latin.py", "RL010"), ("loop", "RL011")} <= found, text.out
    assert not any(path in ("passwd.sql", "docs-link", "vendor/lib") for path, _ in found)
    assert sum(path == "many.py" for path, _ in found) == 1 and len([l for l in text.lines if "many.py" in l]) == 21
    for output_format in ("json", "sarif", "github"):
        run = lint("check", "--no-cache", "--all-files", "--format", output_format, cwd=root)
        assert run.code == 1 and "internal error" not in run.err and SECRET not in run.out + run.err, output_format
        if output_format != "github":
            jsonlib.loads(run.out)
        else:
            assert "crash.sql" in run.out and "RL013" in run.out


def test_running_out_of_memory_outside_a_worker_is_rl013_too(tmp_path):
    """audit and --base check files in the run's own process: under a data limit (ulimit -d), a file
    that needs more is RL013 with its markers, not a traceback nor 'too deep'."""
    script = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_DATA, (300 << 20, resource.RLIM_INFINITY))\n"
        "from rebound_lint.config import Config\n"
        "from rebound_lint.runner import check_data\n"
        f"data = ('{OURS} HEAD\\nx = 1\\n{SEP}\\nx = 2\\n{THEIRS} br\\n' + 'x = 1\\n' * 400_000).encode()\n"
        "for f in check_data('big.py', data, 'python', Config()).findings:\n"
        "    print(f.line, f.code, f.message)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[1] for line in lines] == ["RL001", "RL013"], lines
    assert lines[1] == "1 RL013 the parser crashed on this file (ran out of memory); nothing in it but conflict " \
                       "markers was checked"


def test_valid_nesting_a_thousand_deep_is_read_not_too_deep(tmp_path, lint):
    """iarna's toml-spec-tests hold valid files nested 1,000 deep (values/qa-array-inline-nested-1000.toml
    and its .yaml twin): tomllib and ruamel recurse once a level or more and overflow Python's default
    recursion limit, which is the parser's limit, not a defect of the file. The checker is run again
    with room to recurse; nesting far deeper is still RL012, and a broken deep file is still broken."""
    write(tmp_path, {
        "deep.toml": "a = " + "[" * 1000 + "1" + "]" * 1000 + "\n",
        "deep-table.toml": "a = " + "{b = " * 1000 + "1" + "}" * 1000 + "\n",
        "deep.yaml": "a: " + "[" * 1000 + "1" + "]" * 1000 + "\n",
        "deep.json": "[" * 1000 + "1" + "]" * 1000 + "\n",
        "deeper.toml": "a = " + "[" * 100000 + "1" + "]" * 100000 + "\n",
        "broken.toml": "a = " + "[" * 1000 + "1" + "]" * 999 + "\n",
    })
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] + " " + line.split(":")[0] for line in run.lines] == [
        "RL421 broken.toml", "RL012 deeper.toml"], run.out
