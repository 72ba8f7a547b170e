"""GitHub Actions workflow commands, plus a findings table in $GITHUB_STEP_SUMMARY (GitHub shows
only about ten annotations of a kind per step; the table shows them all)."""
from __future__ import annotations

import os

from ..rules import summary as rule_summary
from .safe import markdown_code, markdown_text, utf8, visible

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


_cell, _cell_code = markdown_text, markdown_code  # report/safe.py: the one Markdown escaping
