"""The `main(argv) -> int` entry points that .pre-commit-hooks.yaml names.

Per-file hooks run `rebound-lint check` on the files pre-commit passes, limited to their own
rule codes. Repo-level hooks take no file names: they find the base themselves
(PRE_COMMIT_FROM_REF on pre-push, else the branch's upstream) and skip, saying why, without one.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from . import git
from .cli import EXIT_CLEAN, EXIT_ERROR, main as cli_main

FILE_LEVEL = ("RL010", "RL011", "RL012")
NULL_SHA = "0" * 40


def _run(argv: list[str]) -> int:
    try:
        cli_main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    return EXIT_CLEAN


def _per_file(codes: tuple[str, ...], argv: list[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return _run(["check", "--force-exclude", "--select", ",".join(codes), *args])


def conflict_markers(argv: list[str] | None = None) -> int:
    return _per_file(("RL00", "RL011", "RL702"), argv)  # RL702: the guard during a merge or rebase


def python(argv: list[str] | None = None) -> int:
    return _per_file(("RL1", *FILE_LEVEL), argv)


def sql(argv: list[str] | None = None) -> int:
    return _per_file(("RL2", *FILE_LEVEL), argv)


def javascript(argv: list[str] | None = None) -> int:
    return _per_file(("RL3", *FILE_LEVEL), argv)


def yaml(argv: list[str] | None = None) -> int:
    return _per_file(("RL4", *FILE_LEVEL), argv)


def everything(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return _run(["check", "--force-exclude", *args])


def hook_base(cwd: Path) -> tuple[str | None, str, str]:
    """(base ref, target, where it came from) for a repo-level hook."""
    from_ref = os.environ.get("PRE_COMMIT_FROM_REF") or os.environ.get("PRE_COMMIT_SOURCE")
    to_ref = os.environ.get("PRE_COMMIT_TO_REF") or os.environ.get("PRE_COMMIT_ORIGIN")
    if from_ref and to_ref and from_ref != NULL_SHA:
        return from_ref, "head", "PRE_COMMIT_FROM_REF"
    upstream = git.upstream(cwd)
    if upstream:
        return upstream, "index", f"the upstream branch {upstream}"
    return None, "index", ""


def _repo_level(codes: tuple[str, ...], argv: list[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        base, target, origin = hook_base(Path.cwd())
    except git.GitError as exc:
        print(f"rebound-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if base is None:
        if "RL6" in codes:
            print("rebound-lint: no base to compare with (no PRE_COMMIT_FROM_REF, no upstream branch): "
                  "the new-flag check is skipped; set one with `git branch --set-upstream-to origin/main`",
                  file=sys.stderr)
            return EXIT_CLEAN
        return _run(["check", "--repo-only", "--select", ",".join(codes), *args])
    staged = ["--staged"] if target == "index" else []
    print(f"rebound-lint: comparing with {origin}", file=sys.stderr)
    return _run(["check", "--repo-only", "--base", base, *staged, "--select", ",".join(codes), *args])


def migrations(argv: list[str] | None = None) -> int:
    return _repo_level(("RL5",), argv)


def flags(argv: list[str] | None = None) -> int:
    return _repo_level(("RL6",), argv)
