"""`audit` reports: each merge with the verdict of every conflict region, as text or JSON."""
from __future__ import annotations

from collections import Counter

from .envelope import document
from .safe import visible


def has_something_to_say(report, flagged: set[str]) -> bool:
    """A merge worth a line by default: a note, a conflict with a verdict, or a finding."""
    return bool(report.note or report.files or report.sha[:9] in flagged)


def text(reports, verbose: bool = False, findings=()) -> str:
    """The merges with something to say (every merge with `verbose`), each with its regions."""
    flagged = {_merge_of(finding) for finding in findings}
    lines = []
    for report in reports:
        if not verbose and not has_something_to_say(report, flagged):
            continue
        lines.append(f"merge {report.sha[:9]} {visible(report.subject)}"
                     + (f" ({visible(report.note)})" if report.note else ""))
        if not report.files and not report.note:
            lines.append("  no conflicts to resolve")
        for entry in report.files:
            path = visible(entry.path)  # a file name or subject from the history: escaped, as in every report
            if entry.deleted:
                lines.append(f"  {path}: resolved by deleting the file")
            for region in entry.regions:
                span = (f"{region.start}-{region.end}" if region.end > region.start else
                        f"{region.start}" if region.end == region.start else f"{region.start} (nothing kept)")
                lines.append(f"  {path}:{span}: {visible(region.verdict)}")
    return "\n".join(lines) + ("\n" if lines else "")


def counts(reports) -> dict:
    """Merges, conflicted merges, conflicted files, regions and verdicts (the summary's audit part)."""
    verdicts: Counter = Counter()
    conflicted = files = regions = 0
    for report in reports:
        if report.files:
            conflicted += 1
        for entry in report.files:
            files += 1
            if entry.deleted:
                verdicts["resolved by deleting the file"] += 1
            for region in entry.regions:
                regions += 1
                verdicts[region.verdict] += 1
    return {"merges_checked": len(reports), "conflicted_merges": conflicted, "conflicted_files": files,
            "regions": regions, "verdicts": dict(sorted(verdicts.items(), key=lambda item: (-item[1], item[0])))}


def summary_line(summary: dict) -> str:
    merges = summary["merges_checked"]
    verdicts = ", ".join(f"{count} {verdict}" for verdict, count in summary.get("verdicts", {}).items())
    by_rule = ", ".join(f"{count} {code}" for code, count in summary.get("by_rule", {}).items())
    findings = summary["findings"]
    return (f"{merges} merge{'s' if merges != 1 else ''} audited, {summary.get('conflicted_merges', 0)} with "
            f"conflicts, {summary.get('regions', 0)} region{'s' if summary.get('regions', 0) != 1 else ''}"
            + (f" ({verdicts})" if verdicts else "")
            + f"; {findings} finding{'s' if findings != 1 else ''}" + (f" ({by_rule})" if by_rule else "")
            + f" in {summary['seconds']:.2f}s\n")


def _merge_of(finding) -> str:
    """The short sha in a finding's "[merge abc123456 ...]" prefix."""
    message = finding.message
    return message[7:16] if message.startswith("[merge ") else ""


def json(reports, findings, summary) -> str:
    return document(
        summary=summary,
        merges=[{"sha": r.sha, "subject": r.subject, "note": r.note,
                 "files": [{"path": f.path, "deleted": f.deleted,
                            "regions": [{"start": g.start, "end": g.end, "verdict": g.verdict} for g in f.regions]}
                           for f in r.files]} for r in reports],
        findings=[f.to_dict() for f in findings],
    )
