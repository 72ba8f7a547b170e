"""Diesel's migrations (Rust): migrations/<version>_<name>/up.sql and down.sql, the version the directory's
name up to its first `_`, its dashes dropped (diesel migration generate writes 2018-01-14-171611_create_users/;
its setup writes 00000000000000_diesel_initial_setup/). A project for several databases keeps one such folder
per database (vaultwarden's migrations/mysql/, postgresql/, sqlite/): each is its own sequence. Real git
repositories, the real CLI."""
from __future__ import annotations

import json


def _tree(versions: dict[str, list[str]]) -> dict[str, str]:
    files = {}
    for folder, names in versions.items():
        for name in names:
            files[f"{folder}/{name}/up.sql"] = "CREATE TABLE t_%s (id int);\n" % name.split("_", 1)[0].replace("-", "")
            files[f"{folder}/{name}/down.sql"] = "DROP TABLE t_%s;\n" % name.split("_", 1)[0].replace("-", "")
    return files


def test_diesel_folders_are_found_one_per_database(git_repo, lint):
    names = ["00000000000000_diesel_initial_setup", "2018-01-14-171611_create_tables", "2018-02-17-205753_orgs"]
    git_repo.commit({"diesel.toml": "[print_schema]\nfile = \"src/schema.rs\"\n",
                     **_tree({"migrations/mysql": names, "migrations/sqlite": names, "app/migrations": names[:2]})})
    listed = lint("migrations", "--format", "json", cwd=git_repo.path)
    assert {entry["path"]: entry["framework"] for entry in json.loads(listed.out)} == {
        "migrations/mysql": "diesel", "migrations/sqlite": "diesel", "app/migrations": "diesel"}, listed.out
    assert lint("check", cwd=git_repo.path).lines == []  # the same versions in two databases' folders: no clash


def test_two_diesel_migrations_of_one_version_are_reported(git_repo, lint):
    names = ["2018-01-14-171611_create_tables", "2018-02-17-205753_orgs"]
    git_repo.commit(_tree({"migrations/sqlite": names}))
    git_repo.commit(_tree({"migrations/sqlite": ["2018-02-17-205753_invites"]}))
    result = lint("check", cwd=git_repo.path)
    assert result.code == 1
    assert [line.split(": ", 1)[1].split("; if ")[0] for line in result.lines] == [
        "RL501 diesel migration version 20180217205753 is also used by 2018-02-17-205753_invites; "
        "give it a timestamp after 20180217205753"], result.out
    assert result.lines[0].startswith("migrations/sqlite/2018-02-17-205753_orgs/up.sql:1:1:")
