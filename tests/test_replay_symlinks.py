"""A tracked symbolic link no longer sends every run back to the full path: the replay notes where
each link points and what is there, and replays only while both hold. Every case compares with
a `--no-cache` run of the same tree."""
from __future__ import annotations

import os

import pytest
from conftest import GitRepo

from rebound_lint.store import replay

TREE = {"app.py": "def main():\n    return 1\n", "settings.yaml": "a: 1\n", "conf/base.yaml": "x: 1\n"}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "cache"))
    made = GitRepo(tmp_path / "repo")
    made.write(TREE)
    monkeypatch.chdir(made.path)
    return made


def replayed(*args: str) -> bool:
    return replay.replay(list(args)) is not None


def fresh(lint, *args: str):
    return lint("check", "--no-cache", *args)


def test_an_unchanged_link_out_of_the_tree_is_replayed_and_its_target_never_read(repo, lint, tmp_path):
    """A link out of the tree is never read (issue 17: a pull request could have the CI machine's
    files printed), so its target's content is no part of the result: neither is it noted."""
    outside = tmp_path / "shared.yaml"
    outside.write_text("a: 1\n")
    os.symlink(outside, repo.path / "linked.yaml")
    repo.commit()
    assert lint("check", "--all-files").code == 0
    assert replayed("--all-files")
    outside.write_text("a: 1\na: 2\n")  # git sees no change: the link is what it tracks
    assert replayed("--all-files")  # nothing read through the link: the result stands
    run = lint("check", "--all-files", "--no-cache")
    assert run.code == 0 and run.lines == []
    os.remove(repo.path / "linked.yaml")
    os.symlink(repo.path / "conf" / "base.yaml", repo.path / "linked.yaml")  # retargeted into the tree
    assert not replayed("--all-files")


def test_a_link_inside_the_tree_is_replayed_and_follows_its_target(repo, lint):
    os.symlink("conf/base.yaml", repo.path / "current.yaml")
    repo.commit()
    lint("check", "--all-files")
    assert replayed("--all-files")
    repo.write({"conf/base.yaml": "x: 1\nx: 2\n"})
    assert not replayed("--all-files")
    run = lint("check", "--all-files")
    assert "current.yaml:2:1: RL402" in run.out and "conf/base.yaml:2:1: RL402" in run.out


def test_a_retargeted_link_is_not_replayed(repo, lint):
    repo.write({"conf/other.yaml": "y: 1\ny: 2\n"})
    os.symlink("conf/base.yaml", repo.path / "current.yaml")
    repo.commit()
    lint("check", "--all-files")
    assert replayed("--all-files")
    os.remove(repo.path / "current.yaml")
    os.symlink("conf/other.yaml", repo.path / "current.yaml")
    assert not replayed("--all-files")
    assert "current.yaml:2:1: RL402" in lint("check", "--all-files").out
    repo.commit()  # retargeted and committed: a new run, then a replay of it
    first = lint("check", "--all-files")
    assert replayed("--all-files")
    again = lint("check", "--all-files")
    assert (again.code, again.lines) == (first.code, first.lines) == (fresh(lint, "--all-files").code,
                                                                      fresh(lint, "--all-files").lines)


def test_a_link_whose_target_goes_is_not_replayed(repo, lint, tmp_path):
    outside = tmp_path / "shared.yaml"
    outside.write_text("a: 1\n")
    os.symlink(outside, repo.path / "linked.yaml")
    repo.commit()
    lint("check", "--all-files")
    assert replayed("--all-files")
    outside.unlink()
    assert not replayed("--all-files")
    broken = lint("check", "--all-files")
    assert "linked.yaml" in broken.out and "broken symbolic link" in broken.out
    assert (broken.code, broken.lines) == (fresh(lint, "--all-files").code, fresh(lint, "--all-files").lines)
    outside.write_text("a: 1\n")  # back: the run is full again, then replayed
    lint("check", "--all-files")
    assert replayed("--all-files")


def test_a_dangling_link_is_a_finding_and_never_replayed(repo, lint, tmp_path):
    os.symlink(tmp_path / "nowhere.yaml", repo.path / "gone.yaml")
    repo.commit()
    first = lint("check", "--all-files")
    assert first.code == 1 and "gone.yaml:1:1: RL011 broken symbolic link" in first.out
    assert not replayed("--all-files")  # unreadable files are never remembered
    (tmp_path / "nowhere.yaml").write_text("a: 1\na: 2\n")
    assert "gone.yaml" not in lint("check", "--all-files").out  # now a link out of the tree: never read


def test_an_assume_unchanged_file_is_still_never_replayed(repo, lint):
    repo.commit()
    repo.git("update-index", "--assume-unchanged", "settings.yaml")
    lint("check", "--all-files")
    assert not replayed("--all-files")


def test_a_links_target_is_resolved_as_realpath_resolves_it(tmp_path):
    """The replay resolves a link through the kernel (O_PATH): the same answer as
    os.path.realpath for a file, a directory, a chain through a linked directory, a dangling
    link and a loop."""
    from rebound_lint.store.looks import _resolved

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "f.txt").write_text("x\n")
    (tmp_path / "dirlink").symlink_to("real")
    cases = {"file": "real/f.txt", "dir": "real", "chain": "dirlink/f.txt", "gone": "real/none.txt", "loop": "loop"}
    for name, target in cases.items():
        (tmp_path / name).symlink_to(target)
    for name in ("file", "dir", "chain"):
        path = str(tmp_path / name)
        assert _resolved(path) == (os.path.realpath(path), os.stat(path).st_mode), name
    assert _resolved(str(tmp_path / "gone")) is None and _resolved(str(tmp_path / "loop")) is None
