"""Numbering schemes that reuse numbers on purpose (issue 24, class 7): the collision rule (RL501)
tells a new collision from one the project has lived with. With --base, a collision whose files
both exist at the base is not this change's; without one, git history (both files added long
ago, or many collisions in the folder) says the same, and a reported collision says how to
configure a folder that reuses numbers on purpose. Real git repositories (commits dated in the
past), the real CLI."""
from __future__ import annotations

import os
import subprocess

from conftest import GitRepo

OLD = "2023-01-15T12:00:00+00:00"
LATER = "2023-03-01T12:00:00+00:00"
HINT = "per-file-ignores"


def commit_at(repo: GitRepo, files: dict, when: str | None = None, message: str = "change") -> None:
    repo.write(files)
    repo.git("add", "-A")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo.path, check=True, env=env, capture_output=True)


def rl501(run) -> list[str]:
    return [line for line in run.lines if " RL501 " in line]


def test_a_collision_both_files_have_lived_with_for_long_is_not_reported(git_repo, lint):
    commit_at(git_repo, {"db/migrations/001_init.sql": "SELECT 1;\n", "db/migrations/002_a.sql": "SELECT 1;\n",
                         "db/migrations/002_b.sql": "SELECT 1;\n"}, OLD)
    commit_at(git_repo, {"app.py": "x = 1\n"})  # HEAD is today
    # old, but nothing was added to the folder since: a replica of a bad merge stays reported
    assert len(rl501(lint("check", "--all-files", cwd=git_repo.path))) == 1
    commit_at(git_repo, {"db/migrations/0025_more.sql": "SELECT 1;\n"}, LATER)  # the folder grew on top of it
    commit_at(git_repo, {"app.py": "x = 2\n"})
    assert rl501(lint("check", "--all-files", cwd=git_repo.path)) == []
    # a new collision in the same folder is reported, and says how to accept a scheme
    commit_at(git_repo, {"db/migrations/003_a.sql": "SELECT 1;\n", "db/migrations/003_b.sql": "SELECT 1;\n"})
    found = rl501(lint("check", "--all-files", cwd=git_repo.path))
    assert len(found) == 1 and "version 003" in found[0] and HINT in found[0] and "db/migrations/*" in found[0], found
    # one old file and one new one: a new collision
    commit_at(git_repo, {"db/migrations/001_again.sql": "SELECT 1;\n"})
    found = rl501(lint("check", "--all-files", cwd=git_repo.path))
    assert sorted(line.split(" version ")[1][:3] for line in found) == ["001", "003"], found


def test_a_configured_directory_follows_the_same_rule(git_repo, lint):
    config = '[[migrations]]\npath = "m"\npattern = \'^(?P<prefix>\\d{4})_\'\n'
    commit_at(git_repo, {".rebound-lint.toml": config, "m/0001_a.py": "", "m/0001_b.py": ""}, OLD)
    commit_at(git_repo, {"m/0002_c.py": ""}, LATER)
    commit_at(git_repo, {"app.py": "x = 1\n"})
    assert rl501(lint("check", cwd=git_repo.path)) == []
    git_repo.git("checkout", "-q", "-b", "feature")
    commit_at(git_repo, {"m/0003_x.py": ""})
    assert rl501(lint("check", "--base", "main", cwd=git_repo.path)) == []  # at the base already: not this change's
    commit_at(git_repo, {"m/0003_y.py": ""})
    found = rl501(lint("check", "--base", "main", cwd=git_repo.path))
    assert len(found) == 1 and "0003" in found[0] and HINT not in found[0], found


def test_with_base_a_collision_both_files_had_at_the_base_is_not_reported(git_repo, lint):
    commit_at(git_repo, {"db/migrations/001_a.sql": "SELECT 1;\n", "db/migrations/001_b.sql": "SELECT 1;\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    commit_at(git_repo, {"db/migrations/002_c.sql": "SELECT 1;\n"})
    run = lint("check", "--base", "main", cwd=git_repo.path)
    assert rl501(run) == [], run.out


def test_many_collisions_in_a_shallow_clone_are_a_scheme(tmp_path, lint):
    origin = GitRepo(tmp_path / "origin")
    commit_at(origin, {f"db/migrations/{n:03d}_{side}.sql": "SELECT 1;\n" for n in (1, 2, 3) for side in "ab"}, OLD)
    commit_at(origin, {"app.py": "x = 1\n"})
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{origin.path}", str(clone)], check=True,
                   capture_output=True)
    assert rl501(lint("check", "--all-files", cwd=clone)) == []
    # one collision alone in a shallow clone: history cannot tell, so it is reported
    single = GitRepo(tmp_path / "single")
    commit_at(single, {"db/migrations/001_a.sql": "SELECT 1;\n", "db/migrations/001_b.sql": "SELECT 1;\n"}, OLD)
    commit_at(single, {"app.py": "x = 1\n"})
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{single.path}", str(shallow)], check=True,
                   capture_output=True)
    found = rl501(lint("check", "--all-files", cwd=shallow))
    assert len(found) == 1 and HINT in found[0], found


def test_a_fresh_mass_collision_is_still_reported_in_a_full_clone(git_repo, lint):
    commit_at(git_repo, {"db/migrations/000_init.sql": "SELECT 1;\n"}, OLD)
    commit_at(git_repo, {f"db/migrations/{n:03d}_{side}.sql": "SELECT 1;\n" for n in (1, 2, 3) for side in "ab"})
    assert len(rl501(lint("check", "--all-files", cwd=git_repo.path))) == 3


def test_a_folder_of_mostly_unnumbered_sql_is_not_a_migration_directory(git_repo, lint):
    commit_at(git_repo, {
        "docs/migrating/examples/schema.sql": "SELECT 1;\n", "docs/migrating/examples/seed.sql": "SELECT 1;\n",
        "docs/migrating/examples/views.sql": "SELECT 1;\n", "docs/migrating/examples/01_step.sql": "SELECT 1;\n",
        "docs/migrating/examples/01_other.sql": "SELECT 1;\n",
        "db/migrations/001_init.sql": "SELECT 1;\n", "db/migrations/002_users.sql": "SELECT 1;\n",
        "db/migrations/README.sql": "SELECT 1;\n",
    })
    listed = lint("migrations", cwd=git_repo.path).out
    assert "db/migrations/" in listed and "examples" not in listed, listed
    assert rl501(lint("check", "--all-files", cwd=git_repo.path)) == []


def test_a_replay_notices_time_moving_on_through_a_new_commit(git_repo, lint):
    commit_at(git_repo, {"db/migrations/001_a.sql": "SELECT 1;\n", "db/migrations/001_b.sql": "SELECT 1;\n"},
              "2026-01-01T00:00:00+00:00")
    commit_at(git_repo, {"db/migrations/002_c.sql": "SELECT 1;\n"}, "2026-01-02T00:00:00+00:00")
    assert len(rl501(lint("check", cwd=git_repo.path))) == 1  # a day old: new
    assert len(rl501(lint("check", cwd=git_repo.path))) == 1  # (replayed)
    git_repo.git("commit", "-q", "--allow-empty", "-m", "months later")  # HEAD today: the index is unchanged
    assert rl501(lint("check", cwd=git_repo.path)) == []
