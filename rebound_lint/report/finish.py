"""How a command ends: findings decided (decide.py) and reported, the summary line, the exit code.
No click here, so that a replayed `check` (store/replay.py) ends exactly as a full one without
loading the CLI."""
from __future__ import annotations

import sys
import time

from ..decide import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, exit_code, selected
from ..findings import ERROR, INFO, WARNING, Finding
from . import render

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "ReportOptions", "emit", "write_file", "finish_check", "summarize"]


class ReportOptions:
    """How a check run is reported. A plain class: importing typing for a NamedTuple would cost a
    replayed run (store/replay.py) more than the rest of its imports together."""

    __slots__ = ("output_format", "output", "select", "ignore", "quiet", "debug", "all_files", "fail_on",
                 "exit_zero", "color", "show_source", "show_suppressed")

    def __init__(self, output_format: str = "text", output=None, select: tuple[str, ...] = (),
                 ignore: tuple[str, ...] = (), quiet: bool = False, debug: bool = False, all_files: bool = False,
                 fail_on: str = ERROR, exit_zero: bool = False, color: str = "auto", show_source: bool | None = None,
                 show_suppressed: bool = False):
        self.output_format, self.output = output_format, output  # output: a pathlib.Path, or None for stdout
        self.select, self.ignore = select, ignore
        self.quiet, self.debug, self.all_files = quiet, debug, all_files
        self.fail_on, self.exit_zero = fail_on, exit_zero  # the exit policy (decide.exit_code)
        self.color, self.show_source = color, show_source  # "auto" | "always" | "never"; None: on a terminal
        self.show_suppressed = show_suppressed


def finish_check(findings: list[Finding], notes: list[str], notices: list[str], errors: list[tuple[str, str]],
                 files_checked: int, started: float, options: ReportOptions,
                 suppressed: list[tuple[Finding, str]] = (), warnings: list[str] = ()) -> int:
    """Report a check run's sorted findings; the exit code. `suppressed`: (finding, why) pairs
    that a suppression comment or the baseline silenced. `warnings`: what went wrong around the
    check without changing its result (a damaged cache), shown even with --quiet; not the exit code's."""
    findings = selected(findings, options.select, options.ignore)
    suppressed = [(f, why) for f, why in suppressed if selected([f], options.select, options.ignore)]
    elapsed = time.perf_counter() - started
    summary = summarize(findings, files_checked, elapsed)
    summary["suppressed"] = len(suppressed)
    if options.output_format == "text":
        from . import text

        terminal = options.output is None and _interactive(sys.stdout)
        style = text.Style(color=_colour(options.color, terminal),
                           source=terminal if options.show_source is None else options.show_source)
        listed, folded = findings, []
        if not options.debug and options.fail_on != INFO:  # a note that can fail the run is always listed
            listed, folded = text.fold_notes(findings)
        report = text.render(listed, summary, style) + "".join(line + "\n" for line in folded)
        if options.show_suppressed:
            report += text.suppressed(suppressed)
    else:
        report = render(options.output_format, findings, summary)
    emit(report, options.output)
    if options.debug:
        for note in notes:
            echo_err(f"note: {note}")
    for warning in warnings:
        echo_err(f"warning: {warning}")
    if not options.quiet:
        for notice in notices:
            echo_err(f"notice: {notice}")
    for line, trace in errors:
        echo_err(f"rebound-lint: {line}")
        if options.debug:
            echo_err(trace)
    aside = options.output_format != "text" or options.output is not None  # the report owns stdout
    if not options.quiet and options.all_files and findings:
        _echo(rule_table(summary["by_rule"]), sys.stderr if aside else sys.stdout)
    if not options.quiet:
        quiet_ones = f" ({len(suppressed)} suppressed)" if suppressed else ""
        line = (f"{files_checked} file{'s' if files_checked != 1 else ''} checked, "
                f"{len(findings)} finding{'s' if len(findings) != 1 else ''}{quiet_ones} in {elapsed:.2f}s\n")
        _echo(line, sys.stderr if aside else sys.stdout)
    return EXIT_ERROR if errors else exit_code(summary, options.fail_on, options.exit_zero)


def _interactive(stream) -> bool:
    """A person reads this stream: a terminal, and neither pre-commit nor CI is running us."""
    import os

    if os.environ.get("PRE_COMMIT") or os.environ.get("CI"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _colour(choice: str, terminal: bool) -> bool:
    import os

    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return terminal


def summarize(findings: list[Finding], files_checked: int, seconds: float) -> dict:
    """The counts every report carries (the JSON document's `summary`)."""
    counts: dict[str, int] = {}  # no collections.Counter: its import is 2 ms of a replay
    by_rule: dict[str, int] = {}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
        by_rule[finding.code] = by_rule.get(finding.code, 0) + 1
    return {
        "files_checked": files_checked,
        "findings": len(findings),
        "errors": counts.get(ERROR, 0),
        "warnings": counts.get(WARNING, 0),
        "info": counts.get(INFO, 0),
        "by_rule": {code: by_rule[code] for code in sorted(by_rule)},
        "seconds": round(seconds, 3),
    }


def rule_table(by_rule: dict[str, int]) -> str:
    """The operator scan's per-rule totals, most frequent first."""
    from ..rules import summary

    rows = sorted(by_rule.items(), key=lambda item: (-item[1], item[0]))
    width = len(str(max(by_rule.values())))
    return "findings by rule:\n" + "".join(f"  {code}  {count:>{width}}  {summary(code)}\n" for code, count in rows)


def emit(text: str, output) -> None:
    """The report: to --output when given, else stdout. A regular file (or a link to one) is
    written to a temporary file beside the link's target and renamed over it, so a failed run
    never destroys the previous report and the link stays a link; anything else that exists (a
    device such as /dev/null, /dev/stdout, a FIFO, a shell's `>(cat)`) is written in place, never
    replaced."""
    if not output:
        _echo(text, sys.stdout)
        return
    write_file(output, text.encode("utf-8", "backslashreplace"))


def write_file(output, data: bytes) -> None:
    """Write DATA at OUTPUT as emit() describes (also the baseline's writer)."""
    import os
    import stat

    try:
        mode = os.stat(output).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(output, "wb") as stream:
            stream.write(data)
        return
    target = os.path.realpath(output)
    directory, name = os.path.split(target)
    temporary = os.path.join(directory, f".{name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "xb") as stream:
            stream.write(data)
        if mode is not None:
            os.chmod(temporary, stat.S_IMODE(mode))
        os.replace(temporary, target)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)


def echo_err(line: str) -> None:
    _echo(line + "\n", sys.stderr)


def _echo(text: str, stream) -> None:
    if text:
        try:
            stream.write(text)
        except UnicodeEncodeError:  # a file name that is not UTF-8, on a stream that is strict
            stream.write(text.encode(stream.encoding or "utf-8", "backslashreplace").decode(stream.encoding or "utf-8"))
        stream.flush()
