"""The same findings whatever the jobs, the cache and the sharding; a cache that is damaged,
unwritable or shared by concurrent runs changes nothing."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT, GitRepo

sys.path.insert(0, str(ROOT / "benchmarks"))
from gentree import generate  # noqa: E402

FILES = 160  # above the runner's pool threshold, so --jobs 2 really uses a pool


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """A generated tree with planted defects, committed, with one migration collision on top."""
    repo = GitRepo(tmp_path_factory.mktemp("tree") / "repo")
    planted = generate(repo.path, files=FILES, seed=11, defects=10)
    repo.write({"console/migrations/versions/0001_a.py": "x = 1\n", "console/migrations/versions/0001_b.py": "y = 2\n"})
    repo.commit(message="tree")
    return repo, planted


def _scan(repo: GitRepo, cache_dir, *args: str) -> list[dict]:
    """`check --all-files ARGS`; with `.` among ARGS, `check ARGS` (the whole tree by path: the
    per-file cache serves it, never a replay)."""
    env = {**os.environ, "REBOUND_LINT_CACHE_DIR": str(cache_dir)}
    whole = [] if "." in args else ["--all-files"]
    done = subprocess.run([sys.executable, "-m", "rebound_lint", "check", *whole, "--format", "json", *args],
                          cwd=repo.path, capture_output=True, text=True, env=env)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["findings"]


def test_cold_warm_jobs_and_shards_agree(tree, tmp_path):
    repo, planted = tree
    reference = _scan(repo, tmp_path / "unused", "--no-cache", "--jobs", "1")
    assert {(f["path"], f["code"]) for f in reference} >= set(planted) and len(planted) == 10
    assert any(f["code"] == "RL501" for f in reference)
    assert _scan(repo, tmp_path / "unused", "--no-cache", "--jobs", "2") == reference
    assert _scan(repo, tmp_path / "c", "--jobs", "2") == reference  # cold, fills the cache
    assert (tmp_path / "c" / "results.sqlite3").stat().st_size > 0
    assert _scan(repo, tmp_path / "c", "--jobs", "2") == reference  # warm: replayed
    assert _scan(repo, tmp_path / "c", "--jobs", "1", ".") == reference  # warm: per-file cache hits
    assert _scan(repo, tmp_path / "c", "--jobs", "2", ".") == reference
    shards = [_scan(repo, tmp_path / "c", "--shard", f"{k}/3") for k in (1, 2, 3)]
    assert sorted(map(_text, (f for shard in shards for f in shard))) == sorted(map(_text, reference))
    assert all(shards), "each of 3 shards of 10+ findings should have some"
    assert [f for f in shards[1] + shards[2] if f["code"].startswith("RL5")] == []  # repo-level: shard 1 only


def _text(finding: dict) -> str:
    return json.dumps(finding, sort_keys=True)


def test_a_warm_scan_of_an_unchanged_tree_reads_no_file_content(tree, tmp_path, lint, monkeypatch):
    """Audit hooks see every open(), also in the worker processes forked from this one (they
    write to an inherited descriptor): after one scan, the next opens none of the tree's files."""
    repo, _ = tree
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "c"))
    log = os.open(tmp_path / "opened.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    top, listening = str(repo.path), [True]

    def hook(event, args):  # audit hooks cannot be removed: this one goes quiet after the test
        if listening[0] and event == "open" and isinstance(args[0], str) and args[0].startswith(top) \
                and "/.git/" not in args[0]:
            os.write(log, args[0].encode("utf-8", "surrogateescape") + b"\n")

    def opened() -> list[str]:
        listening[0] = False
        try:
            # a directory opened for lookups (the replay's look for .gitattributes) is not content
            return [path for path in (tmp_path / "opened.log").read_text().splitlines() if not os.path.isdir(path)]
        finally:
            os.ftruncate(log, 0)
            listening[0] = True

    sys.addaudithook(hook)
    try:
        first = lint("check", "--all-files", "--jobs", "1", cwd=repo.path)
        assert len(opened()) >= FILES
        second = lint("check", "--all-files", "--jobs", "1", cwd=repo.path)  # replayed
        by_path = lint("check", ".", "--jobs", "1", cwd=repo.path)  # not replayed: the per-file cache
        opened = opened()
    finally:
        listening[0] = False
        os.close(log)
    assert second.lines == by_path.lines == first.lines and second.code == by_path.code == 1
    # config files and the repo-level checks' inputs (alembic files are read for their revision ids)
    repo_level = ("pyproject.toml", ".rebound-lint.toml", "/console/migrations/versions/")
    assert [p for p in opened if not any(part in p or p.endswith(part) for part in repo_level)] == []


def test_an_edited_file_is_rechecked_not_served_from_the_cache(tmp_path, lint, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "c"))
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"a.yaml": "a: 1\nb: 2\n"})
    assert lint("check", cwd=repo.path).code == 0
    repo.write({"a.yaml": "a: 1\na: 2\n"})
    assert lint("check", cwd=repo.path).lines == ["a.yaml:2:1: RL402 duplicate key 'a' (first defined on line 1)"]
    repo.write({"a.yaml": "a: 1\nb: 2\n"})
    assert lint("check", cwd=repo.path).code == 0


@pytest.mark.parametrize("damage", ["garbage", "truncated", "bad rows"])
def test_a_corrupt_cache_changes_nothing_and_is_rebuilt(tree, tmp_path, damage):
    repo, _ = tree
    reference = _scan(repo, tmp_path / "c", "--jobs", "1")
    database = tmp_path / "c" / "results.sqlite3"
    if damage == "garbage":
        database.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        database.write_bytes(database.read_bytes()[:3000])
    else:
        with sqlite3.connect(database) as db:
            db.execute("UPDATE results SET value = CASE WHEN rowid % 2 THEN '{\"f\": [[1]]}' ELSE 'not json' END")
    assert _scan(repo, tmp_path / "c", "--jobs", "1") == reference
    assert _scan(repo, tmp_path / "c", "--jobs", "1") == reference


def test_an_unwritable_cache_changes_nothing(tree, tmp_path):
    repo, _ = tree
    reference = _scan(repo, tmp_path / "unused", "--no-cache")
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    assert _scan(repo, blocker / "cache") == reference
    read_only = tmp_path / "ro"
    _scan(repo, read_only)
    os.chmod(read_only / "results.sqlite3", 0o444)
    os.chmod(read_only, 0o555)
    try:
        assert _scan(repo, read_only) == reference
        assert _scan(repo, read_only, "--jobs", "1") == reference
    finally:
        os.chmod(read_only, 0o755)


def test_concurrent_runs_sharing_a_cache_agree(tree, tmp_path):
    repo, _ = tree
    reference = _scan(repo, tmp_path / "unused", "--no-cache")
    env = {**os.environ, "REBOUND_LINT_CACHE_DIR": str(tmp_path / "shared")}
    command = [sys.executable, "-m", "rebound_lint", "check", "--all-files", "--format", "json", "--jobs", "1"]
    runs = [subprocess.Popen(command, cwd=repo.path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    outputs = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [1, 1, 1, 1], [err for _, err in outputs]
    assert all(json.loads(out)["findings"] == reference for out, _ in outputs)
    assert _scan(repo, tmp_path / "shared") == reference


def test_workers_from_a_fork_server_find_the_same(tree, lint, monkeypatch):
    """Big runs take their workers from a fork server; the tree here is small, so lower the bar."""
    from rebound_lint import runner

    repo, _ = tree
    reference = lint("check", "--all-files", "--no-cache", "--jobs", "1", cwd=repo.path)
    monkeypatch.setattr(runner, "FORK_SERVER_FROM", 0)
    assert runner._worker_context(FILES).get_start_method() == "forkserver"
    pooled = lint("check", "--all-files", "--no-cache", "--jobs", "2", cwd=repo.path)
    assert (pooled.code, pooled.lines) == (reference.code, reference.lines) and len(reference.lines) >= 10


def test_workers_from_a_fork_server_started_elsewhere_find_relative_paths(tmp_path, lint, monkeypatch):
    """A fork server keeps the working directory it started in; files named relative to a later
    one must still be the files checked."""
    from rebound_lint import runner

    monkeypatch.setattr(runner, "FORK_SERVER_FROM", 0)
    for name in ("first", "second"):
        for i in range(60):
            (tmp_path / name / f"f{i}.yaml").parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name / f"f{i}.yaml").write_text("a: 1\na: 2\n" if name == "second" else "a: 1\n")
    names = [f"f{i}.yaml" for i in range(60)]
    assert lint("check", "--no-cache", "--jobs", "2", *names, cwd=tmp_path / "first").code == 0
    second = lint("check", "--no-cache", "--jobs", "2", *names, cwd=tmp_path / "second")
    assert second.code == 1 and len(second.lines) == 60


def test_shard_is_validated(lint, tmp_path):
    assert lint("check", "--shard", "4/3", ".", cwd=tmp_path).code == 2
    assert lint("check", "--shard", "x", ".", cwd=tmp_path).code == 2


def test_cache_dir_and_clean(tmp_path, lint, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "a.yaml").write_text("a: 1\n")
    lint("check", ".", cwd=tmp_path)
    assert lint("cache", "dir", cwd=tmp_path).out.strip() == str(tmp_path / "c")
    result = lint("cache", "clean", cwd=tmp_path)
    assert result.code == 0 and "removed" in result.out and not (tmp_path / "c" / "results.sqlite3").exists()


def test_inside_a_repository_the_cache_lives_in_the_git_dir(tmp_path, monkeypatch):
    from rebound_lint.store import cache

    monkeypatch.delenv("REBOUND_LINT_CACHE_DIR")
    repo = GitRepo(tmp_path / "repo")
    assert cache.default_dir(repo.path) == (repo.path / ".git" / "rebound-lint").resolve()


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity on this platform")
def test_the_default_jobs_follow_the_cores_this_process_may_use():
    probe = ("import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}); "
             "from rebound_lint.runner import usable_cores; print(usable_cores())")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip() == "1"


@pytest.mark.parametrize(("files", "cores"), [
    ({"cpu.max": "200000 100000\n"}, 2),
    ({"cpu.max": "150000 100000\n"}, 2),  # 1.5 CPUs: two workers
    ({"cpu.max": "max 100000\n"}, None),
    ({"cpu/cpu.cfs_quota_us": "300000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 3),
    ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
    ({}, None),
])
def test_a_cgroup_cpu_quota_caps_the_default_jobs(tmp_path, files, cores):
    from rebound_lint.runner import cgroup_cpu_quota

    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert cgroup_cpu_quota(str(tmp_path)) == cores
