"""A check loads only the parsers its files need (issue 26, speed where users wait): every
process of the run, workers included, as `python -X importtime` reports its imports."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import GitRepo

from rebound_lint.languages.sql import dialect

PARSERS = ("sqlglot", "pglast", "ruamel", "tree_sitter", "esprima", "oxc_python", "libcst", "yaml12")


def imported(repo: GitRepo, tmp_path, *args: str) -> set[str]:
    """The top-level packages among PARSERS that any process of `rebound-lint check ARGS` imported."""
    env = dict(os.environ, REBOUND_LINT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "import sys; from rebound_lint.entry import main; main(sys.argv[1:])", "check", *args],
                          cwd=repo.path, env=env, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()
             if line.startswith("import time:")}
    return names & set(PARSERS)


@pytest.fixture
def repo(tmp_path):
    made = GitRepo(tmp_path / "repo")
    made.commit({
        "app.py": "def main():\n    return 1\n",
        "db/migrations/001_init.sql": "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\n",
        "db/migrations/002_bad.sql": "CREATE TABLE u (id int,;\n",
        "settings.yaml": "a: 1\n",
    })
    return made


def test_a_python_file_loads_no_other_parser(repo, tmp_path):
    assert imported(repo, tmp_path, "app.py") <= {"libcst"}


def test_a_postgresql_file_that_parses_loads_pglast_not_sqlglot(repo, tmp_path):
    assert imported(repo, tmp_path, "db/migrations/001_init.sql") == {"pglast"}


def test_a_postgresql_file_that_fails_asks_sqlglot_whether_it_is_another_dialect(repo, tmp_path):
    assert {"pglast", "sqlglot"} <= imported(repo, tmp_path, "db/migrations/002_bad.sql")


def test_the_dialects_listed_from_sqlglots_install_are_its_registrys():
    assert dialect.SQLGLOT == dialect._sqlglot_registry() and "postgres" in dialect.SQLGLOT
