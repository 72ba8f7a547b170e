"""The resolver's commands with real git: the merge driver in real merges, rebases and cherry-picks
(a declined file is byte for byte what git writes without the driver), --install/--uninstall,
`resolve`, `rebase`, the resolutions record and `audit`'s recognition of it."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BASE, OURS, SEP, THEIRS, GitRepo

# Both sides change "a" to 2, written differently: the engine's same-data rule resolves it.
SAME_DATA = ('{"a": 1}\n', '{"a": 2}\n', '{ "a": 2 }\n')
SAME_DATA_RESULT = b'{"a": 2}\n'
# Both sides give "a" different values: a conflict for a person.
TWO_VALUES = ('{\n  "a": 1,\n  "b": 1\n}\n', '{\n  "a": 2,\n  "b": 1\n}\n', '{\n  "a": 3,\n  "b": 1\n}\n')
BIG_LINES = 5 * 1024 * 1024 // 24


def _big(value: str) -> str:
    lines = [f'  "key{index:08d}": {index},' for index in range(BIG_LINES)]
    return "{\n" + "\n".join(lines) + f'\n  "last": {value}\n}}\n'


def hostile() -> dict[str, tuple[str | bytes, str | bytes, str | bytes]]:
    """path -> (base, ours, theirs): conflicts no rule may resolve, each hostile in its own way."""
    return {
        "markers.py": (f"x = 1\ny = 1\n", f"x = 2\n{OURS} stale\ny = 1\n{SEP}\n{THEIRS} stale\n",
                       "x = 3\ny = 1\n"),
        "crlf.yaml": (b"a: 1\r\nb: 1\r\nc: 1\r\n", b"a: 1\r\nb: 2\r\nc: 1\r\n", b"a: 1\r\nb: 3\r\nc: 1\r\n"),
        "no_newline.toml": ("[t]\nname = \"x\"\nversion = \"1\"", "[t]\nname = \"x\"\nversion = \"2\"",
                            "[t]\nname = \"x\"\nversion = \"3\""),
        "binary.json": ('{"a": 1}\n', '{"a": 2}\n', b'\x00\x01\x02binary\x00'),
        "big.json": (_big("1"), _big("2"), _big("3")),
        "broken_base.json": ('{"a": 1,,\n"b": 1}\n', '{"a": 1,\n"b": 2}\n', '{"a": 1,\n"b": 3}\n'),
        "dir with space/ünïcode 文件.json": TWO_VALUES,
        "plain.json": TWO_VALUES,
        # git merge-file (Myers) and git's merges (ort: histogram) split this conflict differently
        "histogram.py": ("\nc\nc\n{\n", "c\n\nc\n", "c\n{\n"),
        "added.json": (None, '{"a": 2}\n', '{"a": 3}\n'),  # add/add: no base
    }


def _scenario(repo: GitRepo, files: dict, attributes: str = "") -> None:
    """main (ours) and side (theirs) from one base; HEAD on main."""
    base = {path: versions[0] for path, versions in files.items() if versions[0] is not None}
    if attributes:
        base[".gitattributes"] = attributes
    repo.commit(base, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({path: versions[2] for path, versions in files.items()}, "theirs: side's change")
    repo.git("checkout", "-q", "main")
    repo.commit({path: versions[1] for path, versions in files.items()}, "ours: main's change")


def _git(repo: GitRepo, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "REBOUND_LINT_MERGE_DRIVER"}
    return subprocess.run(["git", *args], cwd=repo.path, capture_output=True, env=env, timeout=300)


def _rl(repo: GitRepo, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run([sys.executable, "-m", "rebound_lint", *args], cwd=repo.path, capture_output=True,
                          env=env, timeout=300)


def _operate(repo: GitRepo, operation: str, style: str) -> tuple[subprocess.CompletedProcess, dict[str, bytes], set]:
    """Run the operation (merge side into main, cherry-pick side onto main, rebase side onto main);
    the work tree's files and the unmerged paths; then undo it."""
    config = ("-c", f"merge.conflictStyle={style}")
    if operation == "merge":
        proc = _git(repo, *config, "merge", "--no-edit", "side")
    elif operation == "cherry-pick":
        proc = _git(repo, *config, "cherry-pick", "side")
    else:
        _git(repo, "checkout", "-q", "side")
        proc = _git(repo, *config, "rebase", "main")
    files = {path: (repo.path / path).read_bytes() for path in _tracked(repo)}
    unmerged = {line.split("\t", 1)[1] for line in _git(repo, "ls-files", "-u", "-z").stdout.decode().split("\0") if line}
    if operation == "merge":
        _git(repo, "merge", "--abort")
        _git(repo, "reset", "-q", "--hard", "main@{0}")
    elif operation == "cherry-pick":
        _git(repo, "cherry-pick", "--abort")
    else:
        _git(repo, "rebase", "--abort")
        _git(repo, "checkout", "-q", "main")
    assert _git(repo, "status", "--porcelain").stdout == b""
    return proc, files, unmerged


def _tracked(repo: GitRepo) -> list[str]:
    return [p for p in _git(repo, "ls-files", "-z").stdout.decode().split("\0") if p and (repo.path / p).is_file()]


def _labels_blanked(data: bytes, size: int = 7) -> bytes:
    """Marker lines with their labels removed (git before 2.44 passes a driver no labels, and a
    cherry-pick leaves the driver no trace of its commit)."""
    pattern = re.compile(rb"^(<{%d}|\|{%d}|>{%d})(?: [^\r\n]*)?(\r?)$" % (size, size, size), re.M)
    return pattern.sub(rb"\1\2", data)


def _git_version() -> tuple[int, int]:
    out = subprocess.run(["git", "version"], capture_output=True, text=True).stdout
    found = re.search(r"(\d+)\.(\d+)", out)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


@pytest.mark.parametrize("operation,style", [("merge", "merge"), ("merge", "diff3"), ("merge", "zdiff3"),
                                             ("rebase", "diff3"), ("cherry-pick", "merge")])
def test_the_driver_in_real_operations_resolves_or_writes_exactly_what_git_writes(tmp_path, operation, style):
    repo = GitRepo(tmp_path / "repo")
    files = {"resolvable.json": SAME_DATA, "sized/s.json": TWO_VALUES, **hostile()}
    _scenario(repo, files, attributes="sized/*.json conflict-marker-size=10\n")  # git passes the size in %L
    plain, plain_files, plain_unmerged = _operate(repo, operation, style)
    assert plain.returncode != 0 and "resolvable.json" in plain_unmerged

    installed = _rl(repo, "merge-driver", "--install")
    assert installed.returncode == 0, installed.stderr
    driven, driven_files, driven_unmerged = _operate(repo, operation, style)
    stderr = driven.stderr.decode("utf-8", "replace") + driven.stdout.decode("utf-8", "replace")
    assert "Traceback" not in stderr

    # the resolvable file: merged, not conflicted, explained
    assert "resolvable.json" not in driven_unmerged
    assert driven_files["resolvable.json"] == SAME_DATA_RESULT  # ours is main's text in all three
    assert re.search(r"rebound-lint: resolvable\.json:1-1: resolved by same-data: ", stderr)
    # every other conflict: exactly git's own, in the same places
    assert driven_unmerged == plain_unmerged - {"resolvable.json"}
    strict = _git_version() >= (2, 44) or operation != "cherry-pick"
    for path in sorted(plain_unmerged - {"resolvable.json"}):
        size = 10 if path.startswith("sized/") else 7
        if strict:
            assert driven_files[path] == plain_files[path], path
        else:
            assert _labels_blanked(driven_files[path], size) == _labels_blanked(plain_files[path], size), path
    assert driven_files["sized/s.json"].startswith(b"{\n" + b"<" * 10 + b" ")
    assert set(driven_files) == set(plain_files)  # nothing written in the work tree but the merged files

    # the record: one line, blob ids git agrees with
    record_file = repo.path / ".git" / "rebound-lint" / "resolutions.jsonl"
    records = [json.loads(line) for line in record_file.read_text().splitlines()]
    assert [r["path"] for r in records] == ["resolvable.json"]
    record = records[0]
    proc = subprocess.run(["git", "hash-object", "--no-filters", "--stdin"], input=driven_files["resolvable.json"],
                          capture_output=True, cwd=repo.path)
    assert record["result"] == proc.stdout.decode().strip()
    assert record["hunks"][0]["rule"] == "same-data" and record["by"] == "merge-driver"
    assert sorted(os.listdir(repo.path / ".git" / "rebound-lint")) == ["resolutions.jsonl"]


def test_the_driver_called_directly_exit_codes_and_no_traceback(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"a.json": "{}\n"}, "base")
    for name, text in (("o", TWO_VALUES[0]), ("a", TWO_VALUES[1]), ("b", TWO_VALUES[2])):
        (tmp_path / name).write_text(text)
    usage = _rl(repo, "merge-driver", str(tmp_path / "o"))
    assert usage.returncode == 2 and b"usage" in usage.stderr and b"Traceback" not in usage.stderr
    missing = _rl(repo, "merge-driver", str(tmp_path / "nope"), str(tmp_path / "a"), str(tmp_path / "b"), "7", "a.json")
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1 and b"cannot read" in missing.stderr
    assert (tmp_path / "a").read_text() == TWO_VALUES[1]  # untouched
    declined = _rl(repo, "merge-driver", str(tmp_path / "o"), str(tmp_path / "a"), str(tmp_path / "b"), "9",
                   "a.json", "%S", "%X", "%Y")
    assert declined.returncode == 1 and b"left for a person" in declined.stderr
    assert (tmp_path / "a").read_bytes().count(b"<" * 9 + b" HEAD\n") == 1
    # labels passed by git 2.44+ (%S %X %Y) are used as given
    (tmp_path / "a").write_text(TWO_VALUES[1])
    labelled = _rl(repo, "merge-driver", str(tmp_path / "o"), str(tmp_path / "a"), str(tmp_path / "b"), "7",
                   "a.json", "the base", "mine", "yours")
    assert labelled.returncode == 1
    text = (tmp_path / "a").read_text()
    assert f"{OURS} mine\n" in text and f"{THEIRS} yours\n" in text
    # clean: both sides' changes merge by lines, exit 0, no output
    (tmp_path / "o").write_text("a = 1\n\n\n\nb = 1\n")
    (tmp_path / "a").write_text("a = 2\n\n\n\nb = 1\n")
    (tmp_path / "b").write_text("a = 1\n\n\n\nb = 2\n")
    clean = _rl(repo, "merge-driver", str(tmp_path / "o"), str(tmp_path / "a"), str(tmp_path / "b"), "7", "c.py")
    assert clean.returncode == 0 and clean.stderr == b""
    assert (tmp_path / "a").read_text() == "a = 2\n\n\n\nb = 2\n"
    assert not (repo.path / ".git" / "rebound-lint").exists()  # nothing recorded: nothing was resolved


def test_rebound_lints_own_recomputations_stay_gits_merge_where_the_driver_is_installed(tmp_path, lint):
    """audit recomputes each merge with git merge-tree, which runs merge drivers: with the driver
    installed it must still see git's own conflict, and the driver records nothing for it."""
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA})
    assert _rl(repo, "merge-driver", "--install").returncode == 0
    merged = _git(repo, "merge", "--no-edit", "side")
    assert merged.returncode == 0, merged.stderr  # resolved by the driver: git commits the merge
    record_file = repo.path / ".git" / "rebound-lint" / "resolutions.jsonl"
    assert len(record_file.read_text().splitlines()) == 1
    result = lint("audit", "--format", "json", cwd=repo.path)
    assert result.code == 0, result.err
    merges = json.loads(result.out)["merges"]
    assert merges[0]["files"] == [{"path": "resolvable.json", "deleted": False, "regions": [
        {"start": 1, "end": 1, "verdict": "resolved by rebound-lint (rule same-data)"}]}]
    assert len(record_file.read_text().splitlines()) == 1  # the audit's merge-tree recorded nothing
    text = lint("audit", cwd=repo.path)
    assert "resolvable.json:1: resolved by rebound-lint (rule same-data)" in text.out


def test_audit_does_not_credit_the_resolver_with_a_persons_different_resolution(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA})
    assert _rl(repo, "merge-driver", "--install").returncode == 0
    assert _git(repo, "merge", "--no-edit", "side").returncode == 0
    repo.git("reset", "-q", "--hard", "HEAD^")  # a person redoes the merge without the driver
    assert _rl(repo, "merge-driver", "--uninstall").returncode == 0
    assert _git(repo, "merge", "--no-edit", "side").returncode != 0
    repo.commit({"resolvable.json": '{"a": 2}  \n'}, "merge by hand")
    merges = json.loads(lint("audit", "--format", "json", cwd=repo.path).out)["merges"]
    verdicts = [region["verdict"] for f in merges[0]["files"] for region in f["regions"]]
    assert verdicts and not any("rebound-lint" in verdict for verdict in verdicts)


def test_install_uninstall_round_trip_is_byte_identical(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"CHANGELOG.md": "# log\n", "a.py": "x = 1\n", ".gitattributes": "CHANGELOG.md merge=union\n"}, "base")
    config = repo.path / ".git" / "config"
    with config.open("a") as handle:
        handle.write("# a comment the user wrote\n[alias]\n\tco = checkout\n")
    attributes = repo.path / ".git" / "info" / "attributes"
    for before in (None, b"*.bin binary", b"*.md diff=markdown\n"):  # absent, no final newline, ordinary
        if before is None:
            attributes.unlink(missing_ok=True)
        else:
            attributes.write_bytes(before)
        config_before = config.read_bytes()
        first = _rl(repo, "merge-driver", "--install")
        assert first.returncode == 0 and b"nothing committed" in first.stdout
        installed_config, installed_attributes = config.read_bytes(), attributes.read_bytes()
        assert b'[merge "rebound-lint"]' in installed_config
        check = repo.git("check-attr", "merge", "--", "a.py", "CHANGELOG.md", "x/y/requirements-dev.txt")
        assert "a.py: merge: rebound-lint" in check
        assert "CHANGELOG.md: merge: union" in check  # the repository's own choice is kept
        assert "requirements-dev.txt: merge: rebound-lint" in check
        again = _rl(repo, "merge-driver", "--install")  # idempotent
        assert again.returncode == 0 and config.read_bytes() == installed_config
        assert attributes.read_bytes() == installed_attributes
        assert repo.git("status", "--porcelain") == ""  # nothing to commit
        removed = _rl(repo, "merge-driver", "--uninstall")
        assert removed.returncode == 0, removed.stderr
        assert config.read_bytes() == config_before
        assert (attributes.read_bytes() if attributes.exists() else None) == before
        twice = _rl(repo, "merge-driver", "--uninstall")
        assert twice.returncode == 0 and b"not installed" in twice.stdout
        assert config.read_bytes() == config_before


def test_install_refuses_to_overwrite_another_driver_and_usage_errors(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.git("config", "merge.rebound-lint.driver", "my-own-driver %O %A %B")
    config_before = (repo.path / ".git" / "config").read_bytes()
    refused = _rl(repo, "merge-driver", "--install")
    assert refused.returncode == 2 and b"already set" in refused.stderr
    left = _rl(repo, "merge-driver", "--uninstall")
    assert left.returncode == 0 and b"not rebound-lint's" in left.stdout
    assert (repo.path / ".git" / "config").read_bytes() == config_before
    both = _rl(repo, "merge-driver", "--install", "--uninstall")
    assert both.returncode == 2
    outside = subprocess.run([sys.executable, "-m", "rebound_lint", "merge-driver", "--install"], cwd=tmp_path,
                             capture_output=True, env={k: v for k, v in os.environ.items() if not k.startswith("GIT_")})
    assert outside.returncode == 2 and b"not a git repository" in outside.stderr


def _conflicted_merge(tmp_path) -> GitRepo:
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA, "app.py": ("x = 1\n", "x = 2\n", "x = 3\n")})
    assert _git(repo, "merge", "side").returncode == 1
    return repo


def test_resolve_dry_run_writes_nothing(tmp_path):
    repo = _conflicted_merge(tmp_path)
    before = {p: (repo.path / p).read_bytes() for p in ("resolvable.json", "app.py")}
    index = (repo.path / ".git" / "index").read_bytes()
    proc = _rl(repo, "resolve", "--dry-run")
    out = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr
    assert "resolvable.json: would resolve (1 hunk)" in out and "app.py: left for a person" in out
    assert {p: (repo.path / p).read_bytes() for p in before} == before
    assert (repo.path / ".git" / "index").read_bytes() == index
    assert not (repo.path / ".git" / "rebound-lint").exists()


def test_resolve_writes_resolved_files_leaves_the_rest_and_stages_with_add(tmp_path):
    repo = _conflicted_merge(tmp_path)
    app = (repo.path / "app.py").read_bytes()
    one = _rl(repo, "resolve", "resolvable.json")
    assert one.returncode == 0, one.stdout + one.stderr
    assert (repo.path / "resolvable.json").read_bytes() == SAME_DATA_RESULT
    assert "resolvable.json" in repo.git("diff", "--name-only", "--diff-filter=U")  # written, not staged
    everything = _rl(repo, "resolve", "--add")  # resolvable.json has no markers now: left; app.py left
    assert everything.returncode == 1
    assert (repo.path / "app.py").read_bytes() == app
    repo.git("checkout", "-m", "--", "resolvable.json")  # git's conflict again
    staged = _rl(repo, "resolve", "--add")
    assert staged.returncode == 1 and b"1 file resolved, 1 left for a person" in staged.stdout
    assert repo.git("diff", "--name-only", "--diff-filter=U").split() == ["app.py"]
    assert repo.git("show", ":resolvable.json").encode() == SAME_DATA_RESULT
    records = (repo.path / ".git" / "rebound-lint" / "resolutions.jsonl").read_text().splitlines()
    assert [json.loads(line)["by"] for line in records] == ["resolve", "resolve"]


def test_resolve_usage_errors(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"a.json": "{}\n"}, "base")
    calm = _rl(repo, "resolve")
    assert calm.returncode == 2 and b"no conflicted files" in calm.stderr
    repo = _conflicted_merge(tmp_path / "other")
    unknown = _rl(repo, "resolve", "nothere.json")
    assert unknown.returncode == 2 and b"no conflict to resolve" in unknown.stderr
    both = _rl(repo, "resolve", "--dry-run", "--add")
    assert both.returncode == 2


def test_resolve_leaves_a_file_merge_file_merges_cleanly_but_git_stopped_on(tmp_path):
    """git's merge (ort: histogram diff) conflicts on split.txt, `git merge-file` (Myers) merges it
    cleanly: the two disagree, so `resolve` leaves it, for the engine's reason (merge_file's
    `conflicted`), and writes nothing."""
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"split.txt": ("a\n\nc\n\n}\n", "a\n\n}\nc\na\n\n", "a\n\nc\n\n")})
    assert _git(repo, "merge", "side").returncode == 1
    marked = (repo.path / "split.txt").read_bytes()
    proc = _rl(repo, "resolve", "--add")
    assert proc.returncode == 1
    assert b"split.txt: left for a person: git merge-file merges this file without a conflict, but git's own " \
           b"merge stopped on it" in proc.stdout
    assert (repo.path / "split.txt").read_bytes() == marked
    assert repo.git("diff", "--name-only", "--diff-filter=U").split() == ["split.txt"]


def test_resolve_after_a_cherry_pick(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA, "notes.txt": ("a\n", "a\n", "b\n")})
    assert _git(repo, "cherry-pick", "side").returncode != 0
    proc = _rl(repo, "resolve", "--add")
    assert proc.returncode == 0, proc.stdout
    assert _git(repo, "-c", "core.editor=true", "cherry-pick", "--continue").returncode == 0
    assert repo.git("show", "HEAD:resolvable.json").encode() == SAME_DATA_RESULT
    assert repo.git("show", "HEAD:notes.txt") == "b\n"


def _config_state(repo: GitRepo) -> tuple[bytes, bool]:
    return (repo.path / ".git" / "config").read_bytes(), (repo.path / ".git" / "info" / "attributes").exists()


def test_rebase_resolves_what_it_can_prove_and_leaves_the_config_as_it_was(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA, "notes.txt": ("a\n", "a\n", "b\n")})
    repo.git("checkout", "-q", "side")
    state = _config_state(repo)
    proc = _rl(repo, "rebase", "main")
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()
    assert "resolved 1 conflict hunk in 1 file" in out and "resolvable.json: same-data" in out
    assert repo.git("log", "--format=%s", "main..HEAD").splitlines() == ["theirs: side's change"]
    assert repo.git("show", "HEAD:resolvable.json") == '{"a": 2}\n'  # ours in a rebase is main's text
    assert _config_state(repo) == state
    record = json.loads((repo.path / ".git" / "rebound-lint" / "resolutions.jsonl").read_text())
    assert record["run"].startswith("rebase-")


def test_rebase_stops_for_a_person_at_a_conflict_it_cannot_prove(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"app.py": ("x = 1\n", "x = 2\n", "x = 3\n")})
    repo.git("checkout", "-q", "side")
    state = _config_state(repo)
    proc = _rl(repo, "rebase", "main")
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "stopped at" in out and "left for a person" in out and "  app.py" in out
    assert (repo.path / ".git" / "rebase-merge").is_dir()
    assert _config_state(repo) == state
    busy = _rl(repo, "rebase", "main")
    assert busy.returncode == 2 and b"already in progress" in busy.stderr


def test_rebase_stops_at_a_commit_that_introduces_a_finding(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"app.py": "x = 1\n"}, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({"good.py": "y = 1\n"}, "a fine commit")
    repo.commit({"bad.py": "def f(:\n"}, "a commit with a syntax error")
    repo.commit({"later.py": "z = 1\n"}, "a later commit")
    repo.git("checkout", "-q", "main")
    repo.commit({"other.py": "w = 1\n"}, "main moves on")
    repo.git("checkout", "-q", "side")
    proc = _rl(repo, "rebase", "main")
    assert proc.returncode == 1, proc.stdout
    assert "stopped after" in proc.stdout.decode() and "a commit with a syntax error" in proc.stdout.decode()
    assert repo.git("log", "-1", "--format=%s") == "a commit with a syntax error\n"
    unknown = _rl(repo, "rebase", "no-such-branch")
    assert unknown.returncode == 2


def test_rebase_renumbers_the_branchs_colliding_migration_in_a_commit_of_its_own(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"migrations/0001_init.sql": "CREATE TABLE a (id int);\n"}, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({"migrations/0002_add_b.sql": "CREATE TABLE b (id int);\n"}, "add b")
    repo.git("checkout", "-q", "main")
    repo.commit({"migrations/0002_add_c.sql": "CREATE TABLE c (id int);\n"}, "add c")
    repo.git("checkout", "-q", "side")
    proc = _rl(repo, "rebase", "main")
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()
    assert "0002_add_b.sql -> 0003_add_b.sql" in out
    assert repo.git("log", "--format=%s", "main..HEAD").splitlines()[0].startswith("Renumber this branch's migrations")
    assert sorted(repo.git("ls-files", "migrations").split()) == [
        "migrations/0001_init.sql", "migrations/0002_add_c.sql", "migrations/0003_add_b.sql"]
    assert repo.git("status", "--porcelain") == ""


def test_rebound_lints_own_merges_never_start_the_driver(tmp_path, lint):
    """audit's git merge-tree runs the configured driver for every file both sides changed: for
    rebound-lint's own git commands it is replaced by git's own line merge (no Python per file)."""
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"app.py": ("x = 1\n", "x = 2\n", "x = 3\n")})
    assert _git(repo, "merge", "side").returncode == 1
    repo.commit({"app.py": "x = 2\n"}, "merge by hand")
    started = tmp_path / "driver-started"
    repo.git("config", "merge.rebound-lint.driver", f"touch '{started}'; exit 0")
    (repo.path / ".git" / "info" / "attributes").write_text("*.py merge=rebound-lint\n")
    result = lint("audit", "--format", "json", cwd=repo.path)
    assert result.code == 0, result.err
    assert not started.exists()
    files = json.loads(result.out)["merges"][0]["files"]
    assert files == [{"path": "app.py", "deleted": False, "regions": [{"start": 1, "end": 1, "verdict": "took ours"}]}]


def test_a_line_merge_git_calls_clean_with_a_key_added_twice_becomes_a_conflict(tmp_path):
    """The incident: both branches add the flag `beta`, at different lines, with different values;
    git's line merge is clean and the registry gets the key twice. With the driver, a conflict."""
    repo = GitRepo(tmp_path / "repo")
    base = "flags:\n  alpha: true\n  middle: false\n  zeta: true\n"
    ours = "flags:\n  alpha: true\n  beta: true\n  middle: false\n  zeta: true\n"
    theirs = "flags:\n  alpha: true\n  middle: false\n  beta: false\n  zeta: true\n"
    _scenario(repo, {"flags.yaml": (base, ours, theirs)})
    plain = _git(repo, "merge", "--no-commit", "side")
    assert plain.returncode == 0 and (repo.path / "flags.yaml").read_text().count("beta") == 2
    _git(repo, "merge", "--abort")
    assert _rl(repo, "merge-driver", "--install").returncode == 0
    driven = _git(repo, "merge", "side")
    assert driven.returncode == 1
    assert b"RL402" in driven.stderr + driven.stdout
    assert _git(repo, "ls-files", "-u").stdout.count(b"flags.yaml") == 3
    merged = (repo.path / "flags.yaml").read_text()
    assert f"{OURS} HEAD\n  beta: true\n{SEP}\n{THEIRS} side\n" in merged
    assert not (repo.path / ".git" / "rebound-lint").exists()


def test_resolve_from_a_subdirectory_writes_the_checkout_form_and_audit_credits_it(tmp_path, lint):
    """A path relative to the working directory; `eol=crlf` files get CRLF in the work tree (as git
    checks them out) and LF in the index; the committed merge is recognised by `audit`."""
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"conf/resolvable.json": SAME_DATA, "conf/app.py": ("x = 1\n", "x = 2\n", "x = 3\n")},
              attributes="*.json text eol=crlf\n")
    assert _git(repo, "merge", "side").returncode == 1
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    proc = subprocess.run([sys.executable, "-m", "rebound_lint", "resolve", "--add", "resolvable.json"],
                          cwd=repo.path / "conf", capture_output=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (repo.path / "conf" / "resolvable.json").read_bytes() == SAME_DATA_RESULT.replace(b"\n", b"\r\n")
    assert _git(repo, "show", ":conf/resolvable.json").stdout == SAME_DATA_RESULT
    repo.write({"conf/app.py": "x = 2\n"})
    repo.git("add", "conf/app.py")
    repo.git("commit", "-q", "--no-edit")
    merges = json.loads(lint("audit", "--format", "json", cwd=repo.path).out)["merges"]
    verdicts = {f["path"]: [r["verdict"] for r in f["regions"]] for f in merges[0]["files"]}
    assert verdicts == {"conf/app.py": ["took ours"],
                        "conf/resolvable.json": ["resolved by rebound-lint (rule same-data)"]}


def test_rebase_refuses_a_dirty_work_tree_and_changes_nothing(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"app.py": ("x = 1\n", "x = 2\n", "x = 3\n")})
    repo.git("checkout", "-q", "side")
    repo.write({"app.py": "x = 4\n"})
    state = _config_state(repo)
    proc = _rl(repo, "rebase", "main")
    assert proc.returncode == 2 and b"did not start" in proc.stderr
    assert (repo.path / "app.py").read_text() == "x = 4\n" and _config_state(repo) == state


def test_a_linked_worktree_records_in_the_common_git_dir(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _scenario(repo, {"resolvable.json": SAME_DATA})
    assert _rl(repo, "merge-driver", "--install").returncode == 0
    repo.git("worktree", "add", "-q", "-b", "other", str(tmp_path / "linked"), "main")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    merged = subprocess.run(["git", "merge", "--no-edit", "side"], cwd=tmp_path / "linked", capture_output=True, env=env)
    assert merged.returncode == 0, merged.stderr
    records = (repo.path / ".git" / "rebound-lint" / "resolutions.jsonl").read_text().splitlines()
    assert [json.loads(line)["path"] for line in records] == ["resolvable.json"]
    assert (tmp_path / "linked" / "resolvable.json").read_bytes() == SAME_DATA_RESULT


def test_a_resolution_that_cannot_be_recorded_is_gits_own_merge(tmp_path):
    """Outside a repository there is no record to write: unrecorded, a resolution would pass as a
    person's, so the driver writes git's own conflict and exits 1, with one line on stderr."""
    for name, text in (("o", SAME_DATA[0]), ("a", SAME_DATA[1]), ("b", SAME_DATA[2])):
        (tmp_path / name).write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_CEILING_DIRECTORIES"] = str(tmp_path.parent)
    proc = subprocess.run([sys.executable, "-m", "rebound_lint", "merge-driver", "o", "a", "b", "7", "x.json",
                           "base", "ours", "theirs"], cwd=tmp_path, capture_output=True, env=env)
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [
        "rebound-lint: x.json: cannot record the resolution in .git/rebound-lint/resolutions.jsonl "
        "(no git directory found); git's own merge written"]
    assert (tmp_path / "a").read_text() == f'{OURS} ours\n{{"a": 2}}\n{SEP}\n{{ "a": 2 }}\n{THEIRS} theirs\n'


@pytest.mark.parametrize("operation", ["merge", "rebase"])
def test_a_renamed_file_gets_gits_labels_with_each_sides_path(tmp_path, operation):
    """A file renamed on one side: git labels every marker "label:path-on-that-side"; the driver
    rebuilds that on git before 2.44, so its conflict is still git's own, byte for byte."""
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"conf/old.json": TWO_VALUES[0], "keep.txt": "k\n"}, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({"conf/old.json": TWO_VALUES[2]}, "theirs")
    repo.git("checkout", "-q", "main")
    repo.git("mv", "conf/old.json", "conf/new.json")
    repo.commit({"conf/new.json": TWO_VALUES[1]}, "ours renames")
    plain, plain_files, plain_unmerged = _operate(repo, operation, "diff3")
    assert _rl(repo, "merge-driver", "--install").returncode == 0
    driven, driven_files, driven_unmerged = _operate(repo, operation, "diff3")
    assert plain_unmerged == driven_unmerged == {"conf/new.json"}
    assert b":conf/old.json" in plain_files["conf/new.json"]
    assert driven_files["conf/new.json"] == plain_files["conf/new.json"]
