"""`audit` reports: each merge with the verdict of every conflict region, as text or JSON."""
from __future__ import annotations

from .envelope import document


def text(reports) -> str:
    lines = []
    for report in reports:
        lines.append(f"merge {report.sha[:9]} {report.subject}" + (f" ({report.note})" if report.note else ""))
        if not report.files and not report.note:
            lines.append("  no conflicts to resolve")
        for entry in report.files:
            if entry.deleted:
                lines.append(f"  {entry.path}: resolved by deleting the file")
            for region in entry.regions:
                span = (f"{region.start}-{region.end}" if region.end > region.start else
                        f"{region.start}" if region.end == region.start else f"{region.start} (nothing kept)")
                lines.append(f"  {entry.path}:{span}: {region.verdict}")
    return "\n".join(lines) + ("\n" if lines else "")


def json(reports, findings, summary) -> str:
    return document(
        summary=summary,
        merges=[{"sha": r.sha, "subject": r.subject, "note": r.note,
                 "files": [{"path": f.path, "deleted": f.deleted,
                            "regions": [{"start": g.start, "end": g.end, "verdict": g.verdict} for g in f.regions]}
                           for f in r.files]} for r in reports],
        findings=[f.to_dict() for f in findings],
    )
