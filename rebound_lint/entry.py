"""The `rebound-lint` executable: a whole-tree `check` whose inputs have not changed is replayed
(replay.py) before the CLI and the parsers are even imported; everything else goes to the CLI."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    if argv is None:
        utf8_mode()
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["check"]:
        from .store.replay import replay

        if argv is None:  # the console script: it ends with exit_now once the report is out
            from .store.cache import leave_open_at_exit

            leave_open_at_exit()

        try:
            code = replay(args[1:])
        except OSError as exc:  # writing the report (--output) failed
            sys.stderr.write(f"rebound-lint: error: {exc}\n")
            sys.exit(2)
        except KeyboardInterrupt:
            sys.stderr.write("rebound-lint: interrupted\n")
            sys.exit(2)
        if code is not None:
            if argv is None:
                exit_now(code)
            sys.exit(code)
        from .options import check_request

        request = check_request(args[1:], []) if "--" not in args else None
        if request is not None:  # options alone, read exactly as the CLI reads them (the hooks' lean path): no click
            from .hooks import run_request

            code = run_request(request)
            if argv is None:
                exit_now(code)
            sys.exit(code)
    if args[:1] == ["merge-driver"] and len(args) > 1 and not {"--install", "--uninstall", "-h", "--help"} & set(args[1:]):
        from .merges.resolve.driver import main as driver_main  # git runs it for every merged file: no click

        driver_main(args[1:])
    from .cli import main as cli_main

    cli_main(args)


def exit_now(code: int) -> None:
    """The console script after a replay or a check: output flushed, the interpreter's teardown
    skipped (a few ms of a replay's 40; nothing is left to release: no thread, no child (the
    workers have ended), no temporary file; the result cache's connection is left open on purpose,
    store.cache.leave_open_at_exit). A flush that fails takes the ordinary exit, which reports it
    as before. So does a run that loaded multiprocessing (a fork server's run): its exit handlers
    remove what it made (the server's socket directory)."""
    import os

    if "multiprocessing" in sys.modules:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def utf8_mode() -> None:
    """A console script started where file names are not UTF-8 to Python (LC_ALL=C with
    PYTHONUTF8=0: an ASCII filesystem encoding) runs again in UTF-8 mode, once: git names files
    in UTF-8, and under ASCII every non-ASCII name was skipped or an internal error."""
    import os

    if sys.flags.utf8_mode or os.name != "posix" or sys.getfilesystemencoding().lower() in ("utf-8", "utf8"):
        return
    if os.environ.get("REBOUND_LINT_UTF8_AGAIN") or not getattr(sys, "orig_argv", None):
        return
    environment = dict(os.environ, PYTHONUTF8="1", REBOUND_LINT_UTF8_AGAIN="1")
    try:
        os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], environment)
    except OSError:  # cannot run again: go on as we are
        return
