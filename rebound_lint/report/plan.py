"""A merge plan as Markdown (for the dispatch comment) or JSON (which `plan --check` reads back)."""
from __future__ import annotations

from ..plan import Plan
from .envelope import document
from .safe import markdown_code, markdown_text

MAX_FILES_SHOWN = 4


def markdown(plan: Plan) -> str:
    bursts = len(plan.bursts)
    solos = len(plan.steps) - bursts
    scheduled = sum(len(step.prs) for step in plan.steps)
    out = [f"# Merge plan: {scheduled} PRs in {bursts} burst{'s' if bursts != 1 else ''} and "
           f"{solos} solo merge{'s' if solos != 1 else ''}; {len(plan.blocked)} blocked", ""]
    out += ["Within a burst no two PRs touch the same file; wait for a burst's merge wave before the next step. "
            "A solo PR merges alone, on a fresh main.", ""]
    burst_number = 0
    solo_rows: list[str] = []

    def flush_solo() -> None:
        if solo_rows:
            out.extend(["## Solo queue", "", "| order | PR | title | files | why solo |", "| --- | --- | --- | --- | --- |",
                        *solo_rows, ""])
            solo_rows.clear()

    solo_number = 0
    for step in plan.steps:
        if step.kind == "solo":
            solo_number += 1
            pr = step.prs[0]
            solo_rows.append(f"| {solo_number} | #{pr.number} | {_cell(pr.title)} | {_files(pr.files)} | "
                             f"{_cell(step.reasons[pr.number])} |")
            continue
        flush_solo()
        burst_number += 1
        size = f"{len(step.prs)} PRs in parallel" if len(step.prs) > 1 else "1 PR"
        out += [f"## Burst {burst_number} ({size})", "",
                "| PR | title | files | why in this burst |", "| --- | --- | --- | --- |"]
        out += [f"| #{pr.number} | {_cell(pr.title)} | {_files(pr.files)} | {_cell(step.reasons[pr.number])} |"
                for pr in step.prs]
        out.append("")
    flush_solo()
    if plan.blocked:
        out += ["## Blocked (not scheduled)", "", "| PR | title | reason |", "| --- | --- | --- |"]
        out += [f"| #{pr.number} | {_cell(pr.title)} | {_cell(reason)} |" for pr, reason in plan.blocked]
        out.append("")
    if plan.notes:
        out += ["## Notes", "", *[f"- {_cell(note)}" for note in plan.notes], ""]
    return "\n".join(out)


def as_json(plan: Plan) -> str:
    return document(
        steps=[{"kind": step.kind,
                "prs": [{"number": pr.number, "title": pr.title, "files": list(pr.files),
                         "why": step.reasons[pr.number]} for pr in step.prs]} for step in plan.steps],
        blocked=[{"number": pr.number, "title": pr.title, "reason": reason} for pr, reason in plan.blocked],
        notes=plan.notes,
    )


def _files(files: tuple[str, ...]) -> str:
    shown = ", ".join(markdown_code(path) for path in files[:MAX_FILES_SHOWN])
    return shown + (f" +{len(files) - MAX_FILES_SHOWN} more" if len(files) > MAX_FILES_SHOWN else "")


def _cell(text: str) -> str:
    """A title, a reason or a note: from PR authors and the tree, so escaped (report/safe.py)."""
    return markdown_text(text)
