"""Shared helpers: run the real CLI in-process, write files, build real git repositories."""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from rebound_lint import entry
from rebound_lint.config import Config
from rebound_lint.languages.sql import pglast_parser_or_none
from rebound_lint.runner import check_data

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# pglast (PostgreSQL's own parser) is the optional `postgres` extra. Tests of what only it can say skip
# without it; tests of the sqlglot fallback skip with it (.ci/run runs them in a venv without pglast).
HAVE_PGLAST = pglast_parser_or_none() is not None
needs_pglast = pytest.mark.skipif(not HAVE_PGLAST, reason="needs pglast, PostgreSQL's own parser (pip install "
                                  "'.[postgres]'): without it PostgreSQL files are read by sqlglot, certain errors only")
without_pglast = pytest.mark.skipif(HAVE_PGLAST, reason="tests the fallback when pglast is not installed: "
                                    ".ci/run runs it in the plain install's venv")

# Conflict markers are built, never written literally, so this repository passes its own check.
OURS, BASE, SEP, THEIRS = "<" * 7, "|" * 7, "=" * 7, ">" * 7


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """The finding lines of text output (not the summary)."""
        return [line for line in self.out.splitlines() if re.match(r"^\S.*:\d+:\d+: RL\d{3} ", line)]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or write the user's cache; repositories made in tests keep theirs in .git."""
    previous = os.environ.get("REBOUND_LINT_CACHE_DIR")
    os.environ["REBOUND_LINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("REBOUND_LINT_CACHE_DIR", None)
    else:
        os.environ["REBOUND_LINT_CACHE_DIR"] = previous


@pytest.fixture
def lint(capsys, monkeypatch):
    """Run `rebound-lint ARGS` through its real entry point, in a working directory."""

    def run(*args: str, cwd: Path | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            entry.main(list(args))
        captured = capsys.readouterr()
        return Run(exit_info.value.code, captured.out, captured.err)

    return run


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def findings_in_a_tree(lint, root: Path, files: dict[str, str | bytes]) -> list[tuple[str, str]]:
    """(path, code) of every error and warning `check` gives for files written into a git repository at
    root (a tree: listings above a folder are read), sorted; notes left out."""
    import json

    write(root, files)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    run = lint("check", "--no-cache", "--format", "json", *sorted(files), cwd=root)
    assert run.code in (0, 1), run.err
    return sorted((f["path"], f["code"]) for f in json.loads(run.out)["findings"] if f["severity"] != "info")


def findings_for(name: str, content: str | bytes, config: Config | None = None, kind: str | None = None):
    """Per-file findings for content as if it were a file called name."""
    from rebound_lint.languages import kind_of

    data = content.encode("utf-8") if isinstance(content, str) else content
    config = config or Config()
    return check_data(name, data, kind or kind_of(name), config).findings


def lines_run(function, *args, only_file: str | None = None):
    """(function(*args), how many Python lines it executed; with only_file, only that module's):
    the work a test can compare on any machine, where a clock would measure the machine."""
    import sys

    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def calls(frame, event, arg):
        return local if only_file is None or frame.f_code.co_filename == only_file else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = function(*args)
    finally:
        sys.settrace(previous)
    return result, count


def codes(findings) -> list[str]:
    return [f.code for f in findings]


class GitRepo:
    """A real git repository in a temp dir."""

    def __init__(self, path: Path):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        # what `git config` would write, without three more git processes per repository (the suite
        # makes hundreds): an identity, and no signing
        with open(path / ".git" / "config", "a", encoding="utf-8") as config:
            config.write("[user]\n\temail = dev@example.com\n\tname = Dev\n[commit]\n\tgpgsign = false\n")

    def git(self, *args: str, check: bool = True) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        proc = subprocess.run(["git", *args], cwd=self.path, capture_output=True, text=True, env=env)
        if check and proc.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
        return proc.stdout

    def write(self, files: dict[str, str | bytes]) -> None:
        write(self.path, files)

    def commit(self, files: dict[str, str | bytes] | None = None, message: str = "change") -> str:
        if files:
            self.write(files)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, "--allow-empty")
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def git_repo(tmp_path):
    return GitRepo(tmp_path / "repo")


def resolved(base, ours, theirs, path):
    """The resolver engine's result for a merge it must resolve."""
    from rebound_lint.merges.resolve.engine import merge_file

    result = merge_file(base, ours, theirs, path)
    assert result.status == "resolved", result.reasons
    return result


def declined(base, ours, theirs, path):
    """The resolver engine's result for a merge it must leave for a person."""
    from rebound_lint.merges.resolve.engine import merge_file

    result = merge_file(base, ours, theirs, path)
    assert result.status == "declined", (result.status, result.data)
    return result
