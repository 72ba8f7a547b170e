"""The `main(argv) -> int` entry points that .pre-commit-hooks.yaml names.

Per-file hooks run `rebound-lint check` on the files pre-commit passes, limited to their own
rule codes. Repo-level hooks take no file names: they find the base themselves
(PRE_COMMIT_FROM_REF on pre-push, else the branch's upstream) and skip, saying why, without one;
a PRE_COMMIT_FROM_REF that names no commit here is an error (exit 2), never a skip.

A per-file hook's run goes to the check pipeline without the CLI (click is the largest import a
hook's run had, issue 26) whenever options.check_request reads its options exactly as the CLI
would; anything else (an option spelled otherwise, an invalid value, --help) goes to the CLI.
"""
from __future__ import annotations

import os
import sys

from .entry import exit_now, utf8_mode
from .errors import UsageProblem
from .report.finish import EXIT_CLEAN, EXIT_ERROR

NULL_SHA = "0" * 40


def _run(argv: list[str]) -> int:
    from .cli import main as cli_main

    try:
        cli_main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    return EXIT_CLEAN


def _check(options: list[str], paths: list[str], console: bool = False) -> int:
    """`check OPTIONS -- PATHS`: the pipeline itself when options.check_request reads the options,
    else the CLI. Ends as the CLI's main ends: every failure that is not a finding exits 2 with one
    line on stderr (cli.main's messages, through click.echo, imported then). From the console
    script (`console`), the process ends here once the report is flushed (entry.exit_now)."""
    from .options import check_request

    if console:
        from .store.cache import leave_open_at_exit

        leave_open_at_exit()
    request = check_request(options, paths)
    code = _run(["check", *options, "--", *paths]) if request is None else run_request(request)
    if console:
        exit_now(code)
    return code


def run_request(request: dict) -> int:
    """The pipeline on options.check_request's keywords, ending as the CLI's main ends."""
    debug = request.get("debug", False) or bool(os.environ.get("REBOUND_LINT_DEBUG"))
    from . import git
    from .config import ConfigError
    from .errors import ManifestError

    try:
        from .pipeline import Request, check

        return check(Request(**request))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (EXIT_CLEAN if exc.code is None else EXIT_ERROR)
    except (UsageProblem, ConfigError, git.GitError, ManifestError) as exc:
        _error(f"rebound-lint: error: {exc}")
    except (EOFError, KeyboardInterrupt):  # as click reports them (a blank line, then its Abort's message)
        _error("")
        _error("rebound-lint: interrupted")
    except Exception as exc:
        if debug:
            import traceback

            traceback.print_exc()
        _error(f"rebound-lint: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
    return EXIT_ERROR


def _error(message: str) -> None:
    import click

    click.echo(message, err=True)


def split_hook_argv(args: list[str]) -> tuple[list[str], list[str]]:
    """(options, paths) of what pre-commit runs: the hook's entry, the user's `args`, then the
    file names. A file name is never an option, even one called `--exit-zero`: options are read
    from the front only while they are options of `check` (with their values); the first
    element that is `--`, that names an existing file (pre-commit passes only files that exist),
    or that does not start with `-` begins the paths, and everything after it is a path. An
    unknown option that names no file stays an option, so `check` rejects it (exit 2)."""
    from .options import CHECK_VALUES

    options: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            index += 1
            break
        if not arg.startswith("-") or arg == "-" or os.path.lexists(arg):
            break
        options.append(arg)
        index += 1
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        if name in CHECK_VALUES and "=" not in arg and index < len(args):
            options.append(args[index])
            index += 1
    return options, args[index:]


def _per_file(hook: str, argv: list[str] | None, *extra: str) -> int:
    """`check` limited to the codes the catalogue (rules.py) gives this hook. When pre-commit
    names the base (pre-push, or `--from-ref`), only what the pushed change introduced counts."""
    if argv is None:
        utf8_mode()
    options, paths = split_hook_argv(list(sys.argv[1:] if argv is None else argv))
    from_ref, to_ref = os.environ.get("PRE_COMMIT_FROM_REF"), os.environ.get("PRE_COMMIT_TO_REF")
    base = ["--base", from_ref] if from_ref and to_ref and from_ref != NULL_SHA else []
    from .rules import hook_codes

    return _check(["--force-exclude", "--select", ",".join(hook_codes(hook)), *base, *extra, *options], paths,
                  console=argv is None)


def conflict_markers(argv: list[str] | None = None) -> int:
    # RL702 too: the guard during a merge or rebase. Its question (were both sides meant?) must be
    # answered before the commit, so here a warning fails the hook.
    return _per_file("conflict-markers", argv, "--fail-on", "warning")


def python(argv: list[str] | None = None) -> int:
    return _per_file("python", argv)


def sql(argv: list[str] | None = None) -> int:
    return _per_file("sql", argv)


def javascript(argv: list[str] | None = None) -> int:
    return _per_file("javascript", argv)


def yaml(argv: list[str] | None = None) -> int:
    return _per_file("yaml", argv)


def manifests(argv: list[str] | None = None) -> int:
    return _per_file("manifests", argv)


def everything(argv: list[str] | None = None) -> int:
    if argv is None:
        utf8_mode()
    options, paths = split_hook_argv(list(sys.argv[1:] if argv is None else argv))
    return _check(["--force-exclude", *options], paths, console=argv is None)


def hook_base(cwd) -> tuple[str | None, str, str]:
    """(base ref, target, where it came from) for a repo-level hook (`cwd`: a pathlib.Path)."""
    from . import git

    from_ref = os.environ.get("PRE_COMMIT_FROM_REF") or os.environ.get("PRE_COMMIT_SOURCE")
    if from_ref and from_ref != NULL_SHA:  # a new branch's push has nothing on the remote to compare with
        name = "PRE_COMMIT_FROM_REF" if os.environ.get("PRE_COMMIT_FROM_REF") else "PRE_COMMIT_SOURCE"
        try:
            git.resolve(cwd, from_ref)
        except git.NotARepository:
            raise
        except git.GitError:
            raise git.GitError(f"{name} {from_ref!r} is not a commit in this repository: the repo-level checks "
                               f"cannot compare with it (fetch it first: `git fetch`)") from None
        return from_ref, "head", name
    upstream = git.upstream(cwd)
    if upstream:
        return upstream, "index", f"the upstream branch {upstream}"
    return None, "index", ""


def _repo_level(hook: str, argv: list[str] | None) -> int:
    from pathlib import Path

    from . import git
    from .rules import hook_codes

    if argv is None:
        utf8_mode()
    codes = hook_codes(hook)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        base, target, origin = hook_base(Path.cwd())
    except git.GitError as exc:
        print(f"rebound-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if base is None:
        if hook == "flags":
            print("rebound-lint: no base to compare with (no PRE_COMMIT_FROM_REF, no upstream branch): "
                  "the new-flag check is skipped; set one with `git branch --set-upstream-to origin/main`",
                  file=sys.stderr)
            return EXIT_CLEAN
        return _run(["check", "--repo-only", "--select", ",".join(codes), *args])
    staged = ["--staged"] if target == "index" else []
    print(f"rebound-lint: comparing with {origin}", file=sys.stderr)
    return _run(["check", "--repo-only", "--base", base, *staged, "--select", ",".join(codes), *args])


def migrations(argv: list[str] | None = None) -> int:
    return _repo_level("migrations", argv)


def flags(argv: list[str] | None = None) -> int:
    return _repo_level("flags", argv)
