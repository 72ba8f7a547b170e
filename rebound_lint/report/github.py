"""GitHub Actions workflow commands, plus a findings table in $GITHUB_STEP_SUMMARY (GitHub shows
only about ten annotations of a kind per step; the table shows them all)."""
from __future__ import annotations

import os

from ..rules import summary as rule_summary
from .safe import utf8, visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    """The workflow-command escaping (%, CR, LF), then every other control character shown as an
    escape: ESC or BEL from a file's content must not reach the log raw."""
    return visible(utf8(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings, summary) -> str:
    lines = []
    for f in findings:
        props = f"file={_property(f.path)},line={f.line},col={f.col}"
        if f.end_line and f.end_line != f.line:
            props += f",endLine={f.end_line}"
        props += f",title={_property(f.code + ' ' + rule_summary(f.code))}"
        lines.append(f"::{LEVELS.get(f.severity, 'error')} {props}::{_data(f.code + ' ' + f.message)}")
    write_step_summary(findings, summary)
    return "\n".join(lines) + ("\n" if lines else "")


def write_step_summary(findings, summary) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    out = [f"### rebound-lint: {summary['findings']} finding(s) in {summary['files_checked']} file(s)", ""]
    if findings:
        out += ["| file | line | rule | message |", "| --- | --- | --- | --- |"]
        for f in findings:
            out.append(f"| {_cell_code(f.path)} | {f.line} | {f.code} | {_cell(f.message)} |")
    try:
        with open(target, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write("\n".join(out) + "\n\n")
    except OSError:
        pass  # the annotations are already printed; a summary we cannot write is not a failure


MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~"


def _cell(text: str) -> str:
    """Markdown table cell text: every Markdown character escaped, so a message cannot inject
    links, images, HTML or table cells."""
    return "".join(f"\\{char}" if char in MARKDOWN_SPECIAL else char for char in visible(text))


def _cell_code(text: str) -> str:
    """A path as inline code: backticks in it cannot close the span (the longest run plus one
    opens and closes it), and `|` cannot split the table."""
    text = visible(text).replace("|", "\\|")
    longest = max((len(chunk) for chunk in _backtick_runs(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _backtick_runs(text: str):
    run = ""
    for char in text:
        if char == "`":
            run += char
        elif run:
            yield run
            run = ""
    if run:
        yield run
