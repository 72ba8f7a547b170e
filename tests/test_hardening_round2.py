"""Issue 26: hardening, second round (reproducers as tests, one section per numbered item).
Nothing here touches a system file: device nodes and FIFOs are made in temp dirs."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo, codes, findings_for, lines_run, needs_pglast, write

DUP = "a: 1\na: 2\n"  # RL402


def _run(cwd: Path, *args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_", "PRE_COMMIT"))}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "rebound_lint", *args], cwd=cwd, capture_output=True, text=True,
                          env=environment, timeout=timeout)


# --- 1: --output writes devices, FIFOs and links in place; only a regular file is replaced ------

def _null_device(path: Path) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with open(path, "wb") as probe:
            probe.write(b"probe")
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path


def _tree(tmp_path: Path) -> Path:
    write(tmp_path / "w", {"dup.yaml": DUP})
    return tmp_path / "w"


@pytest.mark.parametrize("command", [["check", "--no-cache", "."], ["check", "."], ["audit"]])
def test_output_to_a_device_writes_it_in_place(tmp_path, command):
    device = _null_device(tmp_path / "null")
    GitRepo(tmp_path / "w").commit({"dup.yaml": DUP})
    done = _run(tmp_path / "w", *command, "-o", str(device))
    assert done.returncode in (0, 1), done.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)  # still the device, not a regular file
    link = tmp_path / "stdout-like"
    link.symlink_to(device)
    done = _run(tmp_path / "w", *command, "-o", str(link))
    assert done.returncode in (0, 1), done.stderr
    assert link.is_symlink() and stat.S_ISCHR(os.stat(link).st_mode)


def test_output_to_a_fifo_is_read_by_its_reader(tmp_path):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    done = _run(_tree(tmp_path), "check", "--no-cache", "--format", "json", ".", "-o", str(fifo))
    reader.join(30)
    assert done.returncode == 1, done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and '"RL402"' in got[0]


def test_output_to_a_pipe_as_a_proc_fd(tmp_path):
    """`-o >(cat)`: the shell names a pipe as /dev/fd/N."""
    tree = _tree(tmp_path)
    read, written = os.pipe()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_", "PRE_COMMIT"))}
    proc = subprocess.Popen([sys.executable, "-m", "rebound_lint", "check", "--no-cache", ".", "-o",
                             f"/dev/fd/{written}"], cwd=tree, pass_fds=[written], env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(written)
    with os.fdopen(read) as pipe:
        report = pipe.read()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert "RL402" in report and "internal error" not in err


def test_output_through_a_link_replaces_the_linked_file_and_keeps_the_link(tmp_path):
    tree = _tree(tmp_path)
    real = tmp_path / "reports" / "real.txt"
    real.parent.mkdir()
    real.write_text("old report\n")
    real.chmod(0o640)
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    done = _run(tree, "check", "--no-cache", ".", "-o", str(link))
    assert done.returncode == 1, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "RL402" in real.read_text()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.txt"]  # no temporary file left


# --- 2: a file name is never an option of a hook ------------------------------------------------

BLOCK = f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} br\n"
HOSTILE_NAMES = ["--exit-zero", "--select=RL009", "--ignore=RL", "-q", "--output=stolen.txt", "--format=json",
                 "--fail-on=never", "--version", "--help", "--", "-"]


def _hook(tmp_path: Path, script: str, *argv: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_", "PRE_COMMIT"))}
    return subprocess.run([str(Path(sys.executable).parent / script), *argv], cwd=tmp_path, capture_output=True,
                          text=True, env=environment, timeout=120)


@pytest.mark.parametrize("script, bad, content, code", [
    ("rebound-conflict-markers", "bad.txt", BLOCK, "bad.txt:1:1: RL001"),
    ("rebound-python", "bad.py", "def f(:\n", "bad.py:1:7: RL101"),
    ("rebound-yaml", "bad.yaml", DUP, "bad.yaml:2:1: RL402"),
    ("rebound-lint-hook", "bad.py", BLOCK, "bad.py:1:1: RL001"),
    ("rebound-sql", "bad.sql", "SELEC 1 FROM;\n", "bad.sql:1:1: RL201")])
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_file_name_never_switches_a_hook_off(tmp_path, script, bad, content, code, name):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({name: BLOCK, bad: content})
    done = _hook(repo.path, script, name, bad)  # what pre-commit runs: entry, then the file names
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert code in done.stdout
    assert not (repo.path / "stolen.txt").exists()
    if script in ("rebound-conflict-markers", "rebound-lint-hook") and name not in ("--", "-"):
        assert f"{name}:1:1: RL001" in done.stdout


def test_hook_options_from_args_still_work_before_the_file_names(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"dup.yaml": DUP, "--exit-zero": BLOCK})
    assert _hook(repo.path, "rebound-yaml", "--exit-zero", "dup.yaml").returncode == 1  # a file: never an option
    assert _hook(repo.path, "rebound-yaml", "--ignore", "RL402", "dup.yaml").returncode == 0
    assert _hook(repo.path, "rebound-yaml", "--ignore=RL402", "-q", "dup.yaml").returncode == 0
    assert _hook(repo.path, "rebound-yaml", "--fail-on", "info", "dup.yaml").returncode == 1
    unknown = _hook(repo.path, "rebound-yaml", "--no-such-option", "dup.yaml")
    assert unknown.returncode == 2, unknown.stderr


# --- 3: nothing outside the repository's real root is read: links to directories, .git ----------

SECRET = "s3cr3t_from_outside_the_tree"


def _outside_dir(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    write(outside, {"keys.yaml": f"{SECRET}: 1\n{SECRET}: 2\n", "notes.txt": f"{OURS} {SECRET}\n",
                    "deeper/more.json": f'{{"{SECRET}": 1, "{SECRET}": 2}}\n'})
    return outside


def test_links_to_directories_outside_are_never_walked(tmp_path):
    outside = _outside_dir(tmp_path)
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"ok.yaml": "a: 1\n"})
    base = repo.git("rev-parse", "HEAD").strip()
    (repo.path / "ext").symlink_to(outside)
    (repo.path / "rel").symlink_to("../outside")
    (repo.path / "g").symlink_to(".git")
    repo.commit({"dup.yaml": DUP})
    for args in (["ext"], ["rel"], ["ext/"], ["ext/keys.yaml"], ["rel/deeper"], ["rel/deeper/more.json"], ["g"],
                 ["g/"], ["--base", base], ["--base", base, "ext"], ["."], ["--all-files"], [],
                 ["--show-source", "ext", "rel", "dup.yaml"]):
        for cache in (["--no-cache"], []):
            done = _run(repo.path, "check", *cache, *args)
            assert SECRET not in done.stdout + done.stderr, args
            assert "internal error" not in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
            assert "HEAD" not in done.stdout and "objects/" not in done.stdout, (args, done.stdout)  # the git dir
            assert done.returncode in (0, 1), (args, done.stderr)
    assert _run(repo.path, "check", "--base", base).returncode == 1  # dup.yaml is still found
    debug = _run(repo.path, "check", "--no-cache", "--debug", "ext/keys.yaml")
    assert "outside the repository: not read" in debug.stderr, debug.stderr
    assert not list((repo.path / ".git").glob("**/rebound-lint*/**/*ext*"))


def test_repo_level_checks_never_read_a_link_out_of_the_tree(tmp_path):
    outside = tmp_path / "outside"
    write(outside, {"flags.yaml": f"flags:\n  a: {{default: false}}\n  {SECRET}: {{default: true}}\n"})
    repo = GitRepo(tmp_path / "repo")
    registry = "backend_v2/api/feature_flags.yaml"
    repo.commit({registry: "flags:\n  a: {default: false}\n"})
    repo.git("checkout", "-q", "-b", "feature")
    (repo.path / registry).unlink()
    (repo.path / registry).symlink_to(outside / "flags.yaml")
    repo.commit()
    for args in (["--base", "main"], ["--base", "main", "--repo-only"], ["--all-files"]):
        done = _run(repo.path, "check", *args)
        assert SECRET not in done.stdout + done.stderr, args
        assert "Traceback" not in done.stderr and done.returncode in (0, 1), (args, done.stderr)


def test_migration_fix_and_diff_never_read_a_link_out_of_the_tree(tmp_path):
    from test_migration_frameworks import revision

    versions = "console/migrations/versions"
    outside = tmp_path / "outside"
    write(outside, {"0037_promote_demo_session.py": revision("0037", "0036", doc=SECRET)})
    repo = GitRepo(tmp_path / "repo")
    repo.commit({f"{versions}/0035_a.py": revision("0035", None), f"{versions}/0036_b.py": revision("0036", "0035")})
    repo.git("checkout", "-q", "-b", "pr")
    (repo.path / versions / "0037_promote_demo_session.py").symlink_to(outside / "0037_promote_demo_session.py")
    repo.commit()
    repo.git("checkout", "-q", "main")
    repo.commit({f"{versions}/0037_promote_passkey.py": revision("0037", "0036")})
    repo.git("checkout", "-q", "pr")
    for args in (["--diff"], ["--fix"], []):
        done = _run(repo.path, "check", "--base", "main", *args)
        assert SECRET not in done.stdout + done.stderr, (args, done.stdout)
        assert "Traceback" not in done.stderr, done.stderr
        copied = [p for p in (repo.path / versions).iterdir() if not p.is_symlink() and SECRET in p.read_text()]
        assert copied == [], args


# --- 4: a file edited during a run never poisons the cache -----------------------------------------

def _items_of(repo: GitRepo):
    from rebound_lint import git, selection
    from rebound_lint.config import load_config

    config = load_config(repo.path)
    index = git.index_state(config.root)
    return config, selection.select([], config, False, index)


def test_an_edit_during_a_run_is_cached_under_the_bytes_parsed(git_repo, monkeypatch, tmp_path):
    from rebound_lint import runner
    from rebound_lint.store.cache import Cache

    monkeypatch.chdir(git_repo.path)
    git_repo.commit({"a.yaml": "k: 1\n", "b.yaml": DUP})
    store = Cache(tmp_path / "cache")
    config, items = _items_of(git_repo)
    assert {item.display for item in items} == {"a.yaml", "b.yaml"} and all(item.blob for item in items)
    runner.run([item for item in items if item.display == "a.yaml"], config, 1, None, store)  # a.yaml: a hit next

    def edit_b() -> None:  # called for the cache hit, after the keys were taken, before b.yaml is read
        (git_repo.path / "b.yaml").write_text("a: 1\n")

    edited = runner.run(items, config, 1, edit_b, store)
    assert edited.findings == []  # what the file held when it was read
    (git_repo.path / "b.yaml").write_text(DUP)  # back to the content the index vouches for
    config, items = _items_of(git_repo)
    again = runner.run(items, config, 1, None, store)
    store.close()
    assert codes(again.findings) == ["RL402"], again.findings


# --- 5: hooks read the index git gives them (GIT_INDEX_FILE), as `git commit -a` does ------------

def _commit_a_with_hook(repo: GitRepo, command: str) -> subprocess.CompletedProcess:
    hook = repo.path / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec {command}\n")
    hook.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    return subprocess.run(["git", "commit", "-a", "-q", "-m", "edit"], cwd=repo.path, capture_output=True, text=True,
                          env=env)


def test_commit_a_checks_what_it_commits(git_repo):
    git_repo.commit({"conf.yaml": "a: 1\n"})
    git_repo.write({"conf.yaml": DUP})  # modified, not staged: `commit -a` stages it in .git/index.lock
    done = _commit_a_with_hook(git_repo, f"{Path(sys.executable).parent / 'rebound-lint'} check --staged")
    assert done.returncode != 0, done.stdout + done.stderr
    assert "conf.yaml:2:1: RL402" in done.stdout + done.stderr
    assert git_repo.git("rev-list", "--count", "HEAD").strip() == "1"


def test_commit_a_runs_the_flag_hook_on_what_it_commits(tmp_path):
    upstream = GitRepo(tmp_path / "upstream")
    registry = "backend_v2/api/feature_flags.yaml"
    upstream.commit({registry: "flags:\n  a: {default: false}\n"})
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(upstream.path), str(clone)], check=True, capture_output=True)
    repo = GitRepo(clone)
    repo.write({registry: "flags:\n  a: {default: false}\n  b: {default: true}\n"})
    done = _commit_a_with_hook(repo, str(Path(sys.executable).parent / "rebound-flags"))
    assert done.returncode != 0, done.stdout + done.stderr
    assert "RL601 new flag 'b'" in done.stdout + done.stderr


# --- 6: a revision given by the user is never an option of git ---------------------------------

@pytest.mark.parametrize("args", [["audit", "--", "--output=victim.txt"], ["audit", "--", "--output=victim.txt", "HEAD"],
                                  ["check", "--base=--output=victim.txt"], ["check", "--base", "--output=victim.txt"],
                                  ["plan", "--git", "--output=victim.txt"],
                                  ["plan", "--git", "HEAD", "--base", "--output=victim.txt"]])
def test_a_revision_that_looks_like_an_option_never_reaches_git_as_one(git_repo, args):
    git_repo.commit({"a.txt": "x\n", "victim.txt": "precious\n"})
    done = _run(git_repo.path, *args)
    assert (git_repo.path / "victim.txt").read_text() == "precious\n", (args, done.stderr)
    assert done.returncode == 2 and "Traceback" not in done.stderr, (args, done.stderr)
    assert not any(p.name.startswith("--") for p in git_repo.path.iterdir())


# --- 7: the replay sees every place git reads attributes from -------------------------------------

def _block(size: int) -> str:
    return f"{'<' * size} HEAD\na\n{'=' * size}\nb\n{'>' * size} br\n"


@pytest.mark.parametrize("where", ["core.attributesFile in .git/config", "core.attributesFile in ~/.gitconfig",
                                   "XDG_CONFIG_HOME changed", "XDG attributes appear"])
def test_the_replay_sees_user_attribute_sources(git_repo, lint, monkeypatch, tmp_path, where):
    from rebound_lint.store import replay

    home, xdg, other = tmp_path / "home", tmp_path / "xdg", tmp_path / "xdg2"
    for directory in (home, xdg, other):
        directory.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    attributes = tmp_path / "my-attributes"
    if where == "core.attributesFile in .git/config":
        git_repo.git("config", "core.attributesFile", str(attributes))
    git_repo.commit({"docs/a.md": "intro\n" + _block(10)})
    assert lint("check", cwd=git_repo.path).code == 0
    assert replay.replay(["--quiet"]) == 0  # nothing sets a size: replayed
    line = "*.md conflict-marker-size=10\n"
    if where == "core.attributesFile in .git/config":
        attributes.write_text(line)
    elif where == "core.attributesFile in ~/.gitconfig":
        attributes.write_text(line)
        (home / ".gitconfig").write_text(f"[core]\n\tattributesFile = {attributes}\n")
    elif where == "XDG_CONFIG_HOME changed":
        write(other, {"git/attributes": line})
        monkeypatch.setenv("XDG_CONFIG_HOME", str(other))
    else:
        write(xdg, {"git/attributes": line})
    assert replay.replay([]) is None, where
    run = lint("check", cwd=git_repo.path)
    assert run.code == 1 and run.lines[0].startswith("docs/a.md:2:1: RL001"), (where, run.out)


# --- 8: positions in a long text are found from an index, not counted from the start -----------

def test_line_col_from_the_index_agrees_with_counting():
    import random

    from rebound_lint import textpos

    def counted(text, offset):
        newline = "\n" if isinstance(text, str) else b"\n"
        offset = max(0, min(offset, len(text)))
        return text.count(newline, 0, offset) + 1, offset - (text.rfind(newline, 0, offset) + 1) + 1

    long_text = "ab\ncd\u00e9\n\n" * 5000 + "tail"
    for text in (long_text, long_text.encode(), "\n" * 20000, "x" * 20000, "short\ntext"):
        offsets = [*range(-2, 40), len(text) - 1, len(text), len(text) + 5,
                   *(random.randrange(len(text)) for _ in range(2000))]
        assert [textpos.line_col(text, o) for o in offsets] == [counted(text, o) for o in offsets]
    other = "z\n" * 20000  # a second long text is never answered from the first one's index
    assert textpos.line_col(other, 3) == (2, 2) and textpos.line_col(long_text, 3) == (2, 1)


def _seed(statements: int) -> str:
    rows = "".join(f"INSERT INTO t (id, n) VALUES ({i}, 'user{i}');\n" for i in range(statements))
    return rows + "INSERT INTO t (id, n) VALUES (0, 'again');\n" * 2


def test_a_seed_file_of_many_statements_is_checked_within_the_limit(tmp_path, lint):
    """20,000 INSERTs took 18 s (positions counted from the start of the file for each statement,
    and the garbage collector walking the growing tree); linear, they take about 2. Under the
    product's own limit (FILE_TIME_LIMIT, 60 s): the work itself is counted below, the wall time
    is benchmarks' (a 12 s limit here failed on a loaded machine)."""
    write(tmp_path, {"seed.sql": _seed(20000)})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert "RL013" not in run.out, run.out
    assert run.lines and run.lines[0].startswith("seed.sql:20002:1: RL214"), run.out


def test_the_work_on_a_seed_file_grows_linearly_with_its_statements():
    """Four times the statements, about four times the Python lines the check runs (measured: 3.98);
    work per statement that grows with the file (15-16 times) fails. What C code does inside one
    line is not counted: that is benchmarks' to time."""
    findings_for("warm.sql", "SELECT 1;\n")  # imports and first-use set-up are not the file's work
    counted = []
    for statements in (500, 2000):
        found, count = lines_run(findings_for, "seed.sql", _seed(statements))
        assert [(f.code, f.line) for f in found] == [("RL214", statements + 2)]
        counted.append(count)
    assert counted[1] < 6 * counted[0], counted


# --- 9: pathological data: huge dotted keys, huge integers, NaN -----------------------------------

DIGITS = "9" * 5000


def test_a_dotted_key_of_100000_parts_is_too_deep_not_a_crash(tmp_path, lint):
    """Under the product's own time limit (minutes and gigabytes before: RL013 or a crash)."""
    write(tmp_path, {"deep.toml": "ok = 1\n" + ".".join(["a"] * 100_000) + " = 1\n",
                     "inline.toml": "x = {" + ".".join(["b"] * 100_000) + " = 1}\n", "dup.yaml": DUP})
    run = lint("check", "--no-cache", "--jobs", "1", ".", cwd=tmp_path)
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert run.lines == ["deep.toml:2:1: RL012 a dotted key of 100000 parts: nesting too deep to parse",
                         "dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)",
                         "inline.toml:1:6: RL012 a dotted key of 100000 parts: nesting too deep to parse"], run.out


def test_a_deep_but_real_dotted_key_is_still_checked():
    assert codes(findings_for("a.toml", "a.b.c.d.e.f.g = 1\nx.y = 1\nx.y = 2\n")) == ["RL422"]
    assert findings_for("a.toml", 'v = "' + ".".join(["1"] * 1000) + '"\n') == []  # dots in a string


def test_huge_integers_keep_the_file_s_other_findings(tmp_path, lint):
    write(tmp_path, {"big.json": '{"a": 1, "b": ' + DIGITS + ', "a": 2}\n',
                     "big.toml": f"a = {DIGITS}\nb = 1\nb = 2\n",
                     "only.toml": f"a = {DIGITS}\n",
                     "fine.json": '{"n": ' + DIGITS + "}\n",
                     "big.yaml": f"a: {DIGITS}\nb: 1\nb: 2\n"})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert "internal error" not in run.err and run.code == 1, run.err
    assert run.lines == [
        "big.json:1:5017: RL412 duplicate key 'a' (first defined on line 1)",
        "big.toml:1:5: RL421 an integer of 5000 digits: TOML integers are 64-bit",
        "big.toml:3:1: RL422 key b defined twice (first on line 2)",
        "big.yaml:3:1: RL402 duplicate key 'b' (first defined on line 2)",
        "only.toml:1:5: RL421 an integer of 5000 digits: TOML integers are 64-bit"], run.out


def test_a_config_file_with_a_huge_integer_is_a_notice_not_an_internal_error(tmp_path, lint):
    write(tmp_path, {"pyproject.toml": f"[project]\nname = 'x'\nversion = {DIGITS}\n", "dup.yaml": DUP})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert "internal error" not in run.err and run.code == 1, run.err
    assert "dup.yaml:2:1: RL402" in run.out


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant):
    found = findings_for("data.json", '{\n  "a": 1,\n  "b": ' + constant + "\n}\n")
    assert [(f.code, f.line, f.col) for f in found] == [("RL411", 3, 8)]
    assert constant.lstrip("-") in found[0].message and "RFC 8259" in found[0].message
    assert findings_for("data.json", '{"a": "NaN", "b": "-Infinity"}\n') == []  # strings are fine


def test_nan_in_test_data_is_a_note_and_its_duplicates_still_count():
    """tomlkit's tests/examples/json/0.5.0.json: Infinity, as Python's json (which its tests use)
    writes it. Never a merge's doing: a note there; a duplicate key beside it is still found."""
    data = '{"inf": {"type": "float", "value": Infinity}, "s": "NaN"}\n'
    assert findings_for("tests/examples/json/0.5.0.json", data) == []
    assert [f.code for f in findings_for("tests/examples/json/0.5.0.json", data.replace('"s"', '"inf"'))] == ["RL412"]
    assert [f.code for f in findings_for("config/limits.json", data)] == ["RL411"]


# --- 10: resources and environment ----------------------------------------------------------------

def _without_root_powers(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """As root, but without the capabilities that let root read any file: permissions apply."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_", "PRE_COMMIT"))}
    if os.geteuid() != 0:
        command = args
    else:
        probe = subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", "true"],
                               capture_output=True)
        if probe.returncode != 0:
            pytest.skip("setpriv cannot drop capabilities here")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment, timeout=120)


@pytest.mark.parametrize("script", ["rebound-lint", "rebound-yaml", "rebound-lint-hook"])
@pytest.mark.parametrize("locked", ["directory", "file"])
def test_an_unreadable_file_named_is_rl011_and_loses_nothing_else(tmp_path, script, locked):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"dup.yaml": DUP, "locked/a.yaml": "a: 1\n"})
    target = repo.path / "locked" if locked == "directory" else repo.path / "locked" / "a.yaml"
    target.chmod(0)
    try:
        command = [str(Path(sys.executable).parent / script)] + (["check", "--no-cache"] if script == "rebound-lint"
                                                                 else [])
        for order in (["dup.yaml", "locked/a.yaml"], ["locked/a.yaml", "dup.yaml"]):
            done = _without_root_powers([*command, *order], repo.path)
            assert done.returncode == 1, (order, done.stdout, done.stderr)
            assert "dup.yaml:2:1: RL402" in done.stdout
            assert "locked/a.yaml:1:1: RL011" in done.stdout, done.stdout
    finally:
        target.chmod(0o755)


def test_jobs_is_capped(tmp_path, lint):
    from rebound_lint.runner import MIN_JOBS_CAP, usable_cores

    write(tmp_path, {f"f{i}.yaml": f"k: {i}\n" for i in range(60)} | {"dup.yaml": DUP})
    run = lint("check", "--no-cache", "--debug", "--jobs", "10000", ".", cwd=tmp_path)
    most = max(MIN_JOBS_CAP, 2 * usable_cores())
    assert run.code == 1 and run.lines == ["dup.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]
    assert f"note: --jobs 10000: at most {most} worker processes" in run.err


def test_a_damaged_cache_row_or_page_costs_a_miss_never_the_run_nor_the_cache(tmp_path, lint, monkeypatch):
    import random
    import sqlite3

    from rebound_lint.store.cache import FILE_NAME

    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(cache_dir))
    write(tmp_path / "w", {f"f{i}.yaml": f"k{i}: 1\nk{i}: 2\n" for i in range(120)})
    first = lint("check", "-q", ".", cwd=tmp_path / "w")
    assert first.code == 1 and len(first.lines) == 120
    with sqlite3.connect(cache_dir / FILE_NAME) as db:  # one row whose text is not UTF-8
        db.execute("UPDATE results SET value = CAST(x'7b22ff22' AS TEXT) WHERE key LIKE '%:f7.yaml'")
    damaged = lint("check", "-q", "--debug", ".", cwd=tmp_path / "w")
    assert damaged.lines == first.lines and "internal error" not in damaged.err
    again = lint("check", "-q", "--debug", ".", cwd=tmp_path / "w")
    assert again.lines == first.lines and "cache read failed" not in again.err, again.err  # the row was replaced
    good = (cache_dir / FILE_NAME).read_bytes()
    for seed in range(6):  # damaged pages anywhere in the file
        data = bytearray(good)
        chooser = random.Random(seed)
        for _ in range(40):
            data[chooser.randrange(100, len(data))] = chooser.randrange(256)
        (cache_dir / FILE_NAME).write_bytes(bytes(data))
        for suffix in ("-wal", "-shm"):
            Path(f"{cache_dir / FILE_NAME}{suffix}").unlink(missing_ok=True)
        for _ in range(2):
            run = lint("check", "-q", ".", cwd=tmp_path / "w")
            assert run.code == 1 and run.lines == first.lines and "internal error" not in run.err, (seed, run.err)


@pytest.mark.parametrize("script, args", [("rebound-lint", ["check", "--no-cache"]),
                                          ("rebound-lint", ["check", "--no-cache", "."]),
                                          ("rebound-yaml", ["caf\u00e9.yaml", "plain.yaml"])])
def test_a_c_locale_without_utf8_mode_still_checks_non_ascii_names(git_repo, script, args):
    git_repo.commit({"caf\u00e9.yaml": DUP, "plain.yaml": DUP})
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "LC_", "LANG"))}
    environment.update(LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    done = subprocess.run([str(Path(sys.executable).parent / script), *args], cwd=git_repo.path, capture_output=True,
                          env=environment, timeout=120)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert done.returncode == 1 and "internal error" not in err, err
    assert "caf\u00e9.yaml:2:1: RL402" in out and "plain.yaml:2:1: RL402" in out, out


def test_a_baseline_with_conflict_markers_shows_its_own_rl001(git_repo, lint):
    baseline = f'{{\n{OURS} HEAD\n  "version": 1,\n{SEP}\n  "version": 2,\n{THEIRS} br\n  "findings": []\n}}\n'
    git_repo.commit({".rebound-lint-baseline.json": baseline, "dup.yaml": DUP})
    for args in (["check"], ["check", "--all-files"], ["check", "."], ["check", "dup.yaml"]):
        run = lint(*args, cwd=git_repo.path)
        assert run.code == 2 and "internal error" not in run.err, (args, run.err)  # a configuration error
        assert "dup.yaml:2:1: RL402" in run.out, args
        assert "not a rebound-lint baseline" in run.err and "nothing was suppressed by it" in run.err, args
        if args != ["check", "dup.yaml"]:
            assert ".rebound-lint-baseline.json:2:1: RL001" in run.out, (args, run.out)


# --- 11: output: every message capped, the plan's Markdown escaped --------------------------------

@pytest.mark.parametrize("output_format", ["text", "json", "github", "sarif"])
def test_every_message_is_capped(tmp_path, output_format):
    from rebound_lint.findings import MAX_MESSAGE

    write(tmp_path, {"open.sql": "SELECT $$" + "x" * 1_000_000 + "\n", "dup.yaml": DUP})
    done = _run(tmp_path, "check", "--no-cache", "--format", output_format, ".",
                env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")})
    assert done.returncode == 1, done.stderr
    assert max(map(len, done.stdout.splitlines())) < 3 * MAX_MESSAGE + 2000, output_format  # SARIF: rules too
    assert "more characters)" in done.stdout and "RL201" in done.stdout
    if output_format == "github":
        assert max(map(len, (tmp_path / "summary.md").read_text().splitlines())) < 3 * MAX_MESSAGE


def test_the_plan_markdown_escapes_titles_paths_and_notes(tmp_path, lint):
    evil = "x | y ![img](https://evil.example/p.png) <script>alert(1)</script> \x1b]0;owned\x07 [link](javascript:x)"
    manifest = tmp_path / "prs.json"
    import json

    manifest.write_text(json.dumps({"prs": [
        {"number": 1, "title": evil, "files": ["a|b`c`.py", "![i](x).md"]},
        {"number": 2, "title": "ok", "files": ["a|b`c`.py"]},
        {"number": 3, "title": evil, "files": ["z.py"], "blocked": evil}]}))
    run = lint("plan", str(manifest), cwd=tmp_path)
    assert run.code == 0, run.err
    text = run.out
    assert "\x1b" not in text and "\x07" not in text
    prose = __import__("re").sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", text)  # code spans show text as it is
    assert "![" not in prose.replace("\\![", "") and "](" not in prose.replace("\\]\\(", "")
    assert "<script>" not in prose
    lines, width, rows = text.splitlines(), None, 0
    for before, line in zip(["", *lines], lines):
        cells = len(__import__("re").findall(r"(?<!\\)\|", line)) - 1
        if line.startswith("| ---"):
            width = before.count("|") - 1
        elif line.startswith("| ") and width is not None:
            assert cells == width, line  # no `|` from a title or a path splits a cell
            rows += 1
        elif not line.startswith("|"):
            width = None
    assert rows == 3


# --- 12: low, each seen twice ---------------------------------------------------------------------

@pytest.mark.parametrize("term, coloured", [("dumb", False), ("xterm-256color", True)])
def test_term_dumb_gets_no_colour(tmp_path, term, coloured):
    import pty

    write(tmp_path, {"dup.yaml": DUP})
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "PRE_COMMIT", "TERM")
                   and not k.startswith(("GIT_", "GITHUB_"))}
    environment["TERM"] = term
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "rebound_lint", "check", "--no-cache", "."], cwd=tmp_path,
                            stdout=follower, stderr=subprocess.PIPE, env=environment)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(60)
    os.close(leader)
    out = b"".join(chunks).decode()
    assert "RL402" in out
    assert ("\x1b[" in out) is coloured, out


def test_a_relative_xdg_cache_home_is_ignored(tmp_path):
    tree = tmp_path / "tree"
    write(tree, {"dup.yaml": DUP})
    for _ in range(2):
        done = _run(tree, "check", ".", env={"XDG_CACHE_HOME": "cache-here", "HOME": str(tmp_path / "home"),
                                              "REBOUND_LINT_CACHE_DIR": ""})
        assert done.returncode == 1 and "1 file checked" in done.stdout, done.stdout
    assert sorted(p.name for p in tree.iterdir()) == ["dup.yaml"]
    assert (tmp_path / "home" / ".cache" / "rebound-lint").is_dir()


@pytest.mark.parametrize("config, needle", [
    ('[severity]\n"" = "off"\n', "one rule code or prefix per key"),
    ('[severity]\n"RL1,RL2" = "off"\n', "one rule code or prefix per key"),
    ('baseline = ".git/config"\n', "outside .git"),
    ('baseline = "sub/.git/x.json"\n', "outside .git")])
def test_bad_settings_are_clear_one_line_errors_and_never_touch_git(git_repo, lint, config, needle):
    git_repo.commit({"dup.yaml": DUP})
    before = (git_repo.path / ".git" / "config").read_bytes()
    git_repo.write({".rebound-lint.toml": config})
    for args in (["check"], ["baseline"]):
        run = lint(*args, cwd=git_repo.path)
        assert run.code == 2 and needle in run.err and "internal error" not in run.err, (args, run.err)
        assert "unpack" not in run.err
    assert (git_repo.path / ".git" / "config").read_bytes() == before


@pytest.mark.parametrize("args", [["check", "--base", ""], ["check", "--base="], ["check", "--base", "  ", "."]])
def test_an_empty_base_is_a_usage_error(git_repo, lint, args):
    git_repo.commit({"dup.yaml": DUP})
    run = lint(*args, cwd=git_repo.path)
    assert run.code == 2 and "--base needs a ref" in run.err, run.err


@pytest.mark.parametrize("value, shown", [("true", "got True (a JSON or YAML boolean)"), ('"x"', "got 'x'"),
                                          ("0", "got 0"), ('"' + "9" * 5000 + '"', "...")])
def test_a_bad_pr_number_is_named_as_given(tmp_path, lint, value, shown):
    manifest = tmp_path / "m.json"
    manifest.write_text('{"prs": [{"number": ' + value + ', "title": "x", "files": ["a"]}]}')
    run = lint("plan", str(manifest), cwd=tmp_path)
    assert run.code == 2 and shown in run.err and "internal error" not in run.err, run.err
    assert len(run.err) < 400


# --- audit speed: long minified lines ------------------------------------------------------------

def _cpu_bounded(probe: str, cpu_seconds: int = 60) -> subprocess.CompletedProcess:
    """Run a probe in a child that may use cpu_seconds of CPU (its own, not the wall clock: a loaded
    machine does not make it fail); past that SIGXCPU ends it and the test fails. Never a timing."""
    limit = f"import resource\nresource.setrlimit(resource.RLIMIT_CPU, ({cpu_seconds}, {cpu_seconds + 1}))\n"
    return subprocess.run([sys.executable, "-c", limit + probe], capture_output=True, text=True)


AUDIT_PROBE = """
import random, sys, time
from rebound_lint.merges import audit, resolution
random.seed(1)
body = "".join(random.choice("abcdefghij(){};+,.") for _ in range(100_000))
one_edit = (body[:50_000] + "f(1);" + body[50_000:], body[:50_000] + "f(2);" + body[50_000:])
other = "".join(random.choice("klmnopqrst[]<>:-*/") for _ in range(100_000))
unrelated = "".join(random.choice("uvwxyz0123") for _ in range(100_000))
for ours, theirs, base in ((*one_edit, body), (one_edit[0], other, unrelated)):
    hunk = resolution.Hunk(ours=[ours + "\\n"], base=[base + "\\n"], theirs=[theirs + "\\n"])
    print(repr(audit.near_duplicates(hunk)))
"""


def test_audit_of_100_kb_lines_is_bounded_and_still_judges(tmp_path):
    from rebound_lint.merges import resolution

    assert {"ours", "base", "theirs"} <= set(resolution.Hunk.__dataclass_fields__)
    done = _cpu_bounded(AUDIT_PROBE)  # was minutes
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert "the halves are one line written two ways" in first, first  # one value set two ways: kept twice
    assert second == "None", second  # two different bundles: two additions, not one line two ways


def test_the_exact_ratio_still_decides_ordinary_lines():
    from rebound_lint.merges.audit import _likeness, _one_line_two_ways

    assert _one_line_two_ways("timeout_seconds = 30  # default", "timeout_seconds = 45  # default")
    assert not _one_line_two_ways("allow_phone_link = True", "allow_anchor_link = True")
    long_one = "var a=" + "1," * 3000 + "0;"
    assert _likeness(long_one, long_one.replace("1,0", "2,0")) > 0.99
    assert _likeness(long_one, "x" * len(long_one)) == 0.0


def test_audit_progress_on_stderr_with_the_flag_never_in_the_report(git_repo):
    git_repo.commit({"a.txt": "a\nb\nc\n"}, message="base")
    for name in ("x", "y"):
        git_repo.git("checkout", "-q", "-b", name, "main")
        git_repo.commit({f"{name}.txt": name + "\n"}, message=name)
        git_repo.git("checkout", "-q", "main")
        git_repo.git("merge", "-q", "--no-ff", "--no-edit", name)
    done = _run(git_repo.path, "audit", "--progress")
    assert done.returncode == 0, done.stderr
    assert "2/2 merges (100%)" in done.stderr and "merges (" not in done.stdout
    as_json = _run(git_repo.path, "audit", "--progress", "--format", "json")
    __import__("json").loads(as_json.stdout)
    quiet = _run(git_repo.path, "audit")  # not a terminal: no counter unless asked
    assert "merges (" not in quiet.stderr


PER_FILE_PROBE = """
import sys
from pathlib import Path
from rebound_lint.config import Config
from rebound_lint.decide import ignored_by
from rebound_lint.findings import Finding
table = tuple((f"gen/part{i}/*.yaml", ("RL402",)) for i in range(2000)) + (("docs/**", ("RL4",)), ("x?.sql", ("RL2",)))
config = Config(root=Path("/p"), per_file_ignores=table)
hits = [ignored_by(config, Path(f"/p/{path}"), code) for path in (f"gen/part{i % 2500}/a.yaml" for i in range(20000))
        for code in ("RL402",)]
print(sum(hits), ignored_by(config, Path("/p/docs/a/b.yaml"), "RL411"), ignored_by(config, Path("/p/x1.sql"), "RL201"),
      ignored_by(config, Path("/p/x12.sql"), "RL201"), ignored_by(config, Path("/p/gen/part1/a.yaml"), "RL401"))
"""


def test_per_file_ignores_cost_paths_not_findings_times_entries():
    done = _cpu_bounded(PER_FILE_PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["16000", "True", "True", "False", "False"]


def test_a_bare_repository_is_never_walked_nor_written(tmp_path):
    bare = tmp_path / "b.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    (bare / "info" / "dup.yaml").write_text(DUP)  # would be a finding if the git dir were walked
    before = sorted(str(p.relative_to(bare)) for p in bare.rglob("*"))
    for args in (["check", "."], ["check", "--no-cache", "."], ["check", str(bare)]):
        done = _run(bare if args[-1] == "." else tmp_path, *args)
        assert done.returncode == 2 and "is a git directory" in done.stderr, (args, done.stdout, done.stderr)
        assert "RL402" not in done.stdout
    assert sorted(str(p.relative_to(bare)) for p in bare.rglob("*")) == before
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"ok.yaml": "a: 1\n"})
    (repo.path / ".git" / "dup.yaml").write_text(DUP)
    for args in (["check", ".git"], ["check", ".git/"]):
        done = _run(repo.path, *args)
        assert "RL402" not in done.stdout and done.returncode in (0, 2), (args, done.stdout, done.stderr)


def test_audit_gives_a_submodule_conflict_the_side_the_merge_kept(tmp_path, lint):
    library = GitRepo(tmp_path / "library")
    library.commit({"lib.txt": "0\n"})
    repo = GitRepo(tmp_path / "repo")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.path), "lib")
    repo.commit(message="base")
    base = library.git("rev-parse", "HEAD").strip()
    shas = {}
    for branch, content in (("side", "side\n"), ("main", "main\n")):
        repo.git("checkout", "-q", branch) if branch == "main" else repo.git("checkout", "-q", "-b", branch)
        sub = GitRepo.__new__(GitRepo)
        sub.path = repo.path / "lib"
        sub.git("checkout", "-q", "-B", f"work-{branch}", base)  # two commits, neither contains the other
        sub.git("-c", "user.email=d@e", "-c", "user.name=D", "commit", "-q", "--allow-empty", "-m", content)
        shas[branch] = sub.git("rev-parse", "HEAD").strip()
        repo.git("add", "lib")
        repo.git("commit", "-q", "-m", f"lib on {branch}")
    repo.git("merge", "-q", "side", check=False)  # a submodule conflict
    repo.git("update-index", "--cacheinfo", f"160000,{shas['main']},lib")  # keep ours: main's commit
    repo.git("commit", "-q", "--no-edit", "-m", "merge side")
    run = lint("audit", "--format", "json", cwd=repo.path)
    import json

    files = [f for m in json.loads(run.out)["merges"] for f in m["files"]]
    assert [f["path"] for f in files] == ["lib"], files
    assert not files[0]["deleted"], files
    assert "submodule conflict: took ours" in json.dumps(files[0]), files


# --- 7, follow-up: attribute sources named through git config includes and the environment -------

@pytest.mark.parametrize("where", ["include in ~/.gitconfig", "includeIf gitdir in ~/.gitconfig",
                                   "include of an include in .git/config", "include path changed",
                                   "includeIf onbranch", "GIT_CONFIG_VALUE_0 changed", "include in GIT_CONFIG_KEY_0"])
def test_the_replay_sees_attribute_files_named_through_includes(git_repo, lint, monkeypatch, tmp_path, where):
    """core.attributesFile set in a file that a git config includes ([include], [includeIf], an include
    of an include, relative paths), on a branch condition, or by GIT_CONFIG_COUNT/KEY/VALUE: a marker
    size set there after a run is never missed by the replay of that run. Real git, real config files."""
    from rebound_lint.store import replay

    home, xdg = tmp_path / "home", tmp_path / "xdg"
    home.mkdir()
    xdg.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    for name in ("GIT_CONFIG_COUNT", "GIT_CONFIG_KEY_0", "GIT_CONFIG_VALUE_0", "GIT_CONFIG_PARAMETERS"):
        monkeypatch.delenv(name, raising=False)
    attributes = tmp_path / "my-attributes"
    attributes.write_text("*.md conflict-marker-size=10\n")
    sets_it = f"[core]\n\tattributesFile = {attributes}\n"
    git_dir = git_repo.path / ".git"
    if where == "include in ~/.gitconfig":
        (home / ".gitconfig").write_text("[include]\n\tpath = ~/extra.inc\n")  # not there yet
    elif where == "includeIf gitdir in ~/.gitconfig":
        (home / ".gitconfig").write_text(f'[includeIf "gitdir:{git_repo.path}/"]\n\tpath = conf/extra.inc\n')
    elif where == "include of an include in .git/config":
        git_repo.git("config", "include.path", "first.inc")  # relative to .git/
        (git_dir / "first.inc").write_text(f"[include]\n\tpath = {tmp_path}/second.inc\n")
        (tmp_path / "second.inc").write_text("[user]\n\tname = Someone\n")
    elif where == "include path changed":
        (tmp_path / "empty.inc").write_text("")
        (tmp_path / "full.inc").write_text(sets_it)
        git_repo.git("config", "include.path", str(tmp_path / "empty.inc"))
    elif where == "includeIf onbranch":
        (home / "branch.inc").write_text(sets_it)
        (home / ".gitconfig").write_text('[includeIf "onbranch:other"]\n\tpath = branch.inc\n')
    elif where == "GIT_CONFIG_VALUE_0 changed":
        for name, value in (("GIT_CONFIG_COUNT", "1"), ("GIT_CONFIG_KEY_0", "core.attributesFile"),
                            ("GIT_CONFIG_VALUE_0", str(tmp_path / "none-yet"))):
            monkeypatch.setenv(name, value)
    else:
        (tmp_path / "env.inc").write_text("")
        for name, value in (("GIT_CONFIG_COUNT", "1"), ("GIT_CONFIG_KEY_0", "include.path"),
                            ("GIT_CONFIG_VALUE_0", str(tmp_path / "env.inc"))):
            monkeypatch.setenv(name, value)
    git_repo.commit({"docs/a.md": "intro\n" + _block(10)})
    first = lint("check", cwd=git_repo.path)
    assert first.code == 0, first.out
    assert replay.replay(["--quiet"]) == 0  # nothing sets a size yet: replayed
    if where == "include in ~/.gitconfig":
        (home / "extra.inc").write_text(sets_it)
    elif where == "includeIf gitdir in ~/.gitconfig":
        write(home, {"conf/extra.inc": sets_it})
    elif where == "include of an include in .git/config":
        (tmp_path / "second.inc").write_text(sets_it)
    elif where == "include path changed":
        (tmp_path / "empty.inc").write_text(f"[include]\n\tpath = {tmp_path}/full.inc\n")
    elif where == "includeIf onbranch":
        git_repo.git("checkout", "-q", "-b", "other")  # the same commit and index: only the branch differs
    elif where == "GIT_CONFIG_VALUE_0 changed":
        monkeypatch.setenv("GIT_CONFIG_VALUE_0", str(attributes))
    else:
        (tmp_path / "env.inc").write_text(sets_it)
    assert replay.replay([]) is None, where
    run = lint("check", cwd=git_repo.path)
    assert run.code == 1 and run.lines[0].startswith("docs/a.md:2:1: RL001"), (where, run.out)


DUMPED_FUNCTION = """CREATE OR REPLACE FUNCTION f1() RETURNS int AS $$
#option dump
BEGIN
  RETURN 1;
END;
$$ LANGUAGE plpgsql;
"""


@needs_pglast
def test_a_plpgsql_option_dump_never_reaches_the_report(tmp_path):
    """plpgsql_check's regression suite holds functions with `#option dump`: libpg_query then prints the
    function's execution tree on the C stdout, which ended up inside `--format json` (a lost report).
    Worker or not, nothing but the report is written to stdout."""
    import json

    write(tmp_path, {"sql/dump.sql": DUMPED_FUNCTION, "sql/broken.sql": "SELEC 1;\n"})
    for jobs in ("1", "2"):
        run = _run(tmp_path, "check", "--no-cache", "--jobs", jobs, "--format", "json", ".")
        report = json.loads(run.stdout)
        assert [f["path"] for f in report["findings"]] == ["sql/broken.sql"]


@needs_pglast
def test_a_plpgsql_option_dump_prints_nothing_in_process(capfd):
    """audit, the merge driver and --base check files in their own process: the same guard there."""
    from conftest import findings_for

    assert findings_for("sql/dump.sql", DUMPED_FUNCTION) == []
    out, _err = capfd.readouterr()
    assert out == ""
