"""`plan --check`: a hand-written (or generated) plan against the manifests and the policy.

A plan file is YAML or JSON, in any of these shapes (PRs as 123, "#123" or {number: 123}):

    steps:                      # in order
      - burst: [502, 479]
      - solo: 1764
    ---
    solo: [1764, 1770]          # phases in the order their keys appear
    bursts:
      - [593, 578]
      - [726, 536]
    ---
    {"steps": [{"kind": "burst", "prs": [{"number": 502}, ...]}, ...]}   # `plan --format json`
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding
from .manifests import PR, ManifestError
from . import Policy, both_add_migrations, shared_files


@dataclass(frozen=True)
class Entry:
    number: int
    line: int
    col: int


@dataclass
class PlannedStep:
    kind: str
    entries: list[Entry]
    label: str  # "burst 2 (step 9)", set once the whole plan is read


def read_plan(path: Path) -> list[PlannedStep]:
    from ruamel.yaml import YAML, YAMLError
    from ruamel.yaml.nodes import MappingNode

    try:
        text = path.read_text(encoding="utf-8")
        root = YAML(typ="safe", pure=True).compose(io.StringIO(text))
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read: {exc}") from None
    except YAMLError as exc:
        raise ManifestError(f"{path}: invalid YAML/JSON: {exc}".replace("\n", " ")) from None
    if not isinstance(root, MappingNode):
        raise ManifestError(f"{path}: a plan is a mapping with `steps:`, or `bursts:` and `solo:`")
    steps: list[PlannedStep] = []
    for key, value in root.value:
        name = key.value
        if name == "steps":
            for item in _items(value, path, "steps"):
                steps.append(_step(item, path))
        elif name == "bursts":
            for item in _items(value, path, "bursts"):
                prs = item.value[0][1] if isinstance(item, MappingNode) and item.value else item
                steps.append(PlannedStep("burst", _entries(prs, path), ""))
        elif name in ("solo", "solo_queue", "solo-queue"):
            for entry in _entries(value, path):
                steps.append(PlannedStep("solo", [entry], ""))
        elif name in ("blocked", "version", "notes", "title", "tool"):
            continue
        else:
            raise ManifestError(f"{path}:{key.start_mark.line + 1}: unknown key {name!r} (steps, bursts, solo, blocked)")
    counts = {"burst": 0, "solo": 0}
    for index, step in enumerate(steps, 1):
        counts[step.kind] += 1
        step.label = f"{step.kind} {counts[step.kind]} (step {index})"
    return steps


def _items(node, path: Path, what: str) -> list:
    from ruamel.yaml.nodes import SequenceNode

    if not isinstance(node, SequenceNode):
        raise ManifestError(f"{path}:{node.start_mark.line + 1}: `{what}` must be a list")
    return node.value


def _step(node, path: Path) -> PlannedStep:
    from ruamel.yaml.nodes import MappingNode

    if not isinstance(node, MappingNode):
        raise ManifestError(f"{path}:{node.start_mark.line + 1}: a step is `burst: [...]` or `solo: N`")
    fields = {key.value: value for key, value in node.value}
    if "kind" in fields:  # plan --format json
        kind = fields["kind"].value
        prs = fields.get("prs")
    else:
        kind = next((k for k in ("burst", "solo") if k in fields), None)
        prs = fields.get(kind) if kind else None
    if kind not in ("burst", "solo") or prs is None:
        raise ManifestError(f"{path}:{node.start_mark.line + 1}: a step is `burst: [...]` or `solo: N`")
    return PlannedStep(kind, _entries(prs, path), "")


def _entries(node, path: Path) -> list[Entry]:
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    nodes = node.value if isinstance(node, SequenceNode) else [node]
    entries = []
    for item in nodes:
        if isinstance(item, MappingNode):
            item = next((value for key, value in item.value if key.value == "number"), None)
        match = re.fullmatch(r"#?(\d+)", item.value.strip()) if isinstance(item, ScalarNode) else None
        if not match:
            where = f"{path}:{item.start_mark.line + 1}" if item is not None else str(path)
            raise ManifestError(f"{where}: expected a PR number")
        entries.append(Entry(int(match.group(1)), item.start_mark.line + 1, item.start_mark.column + 1))
    return entries


def check(plan_path: Path, display: str, prs: list[PR], policy: Policy) -> list[Finding]:
    steps = read_plan(plan_path)
    by_number = {pr.number: pr for pr in prs}
    findings: list[Finding] = []

    def report(entry: Entry, code: str, message: str) -> None:
        findings.append(Finding(display, entry.line, entry.col, code, message))

    position: dict[int, int] = {}
    for index, step in enumerate(steps):
        for entry in step.entries:
            if entry.number not in by_number:
                report(entry, "RL806", f"#{entry.number} is not in the manifests")
            elif entry.number in position:
                report(entry, "RL806", f"#{entry.number} is scheduled twice ({steps[position[entry.number]].label} "
                                       f"and {step.label})")
            else:
                position[entry.number] = index
    for index, step in enumerate(steps):
        known = [(entry, by_number[entry.number]) for entry in step.entries if entry.number in by_number]
        if step.kind == "burst" and len(known) > 1:
            _check_burst(known, step.label, policy, report)
        if step.kind == "solo" and len(known) > 1:
            for entry, _pr in known[1:]:
                report(entry, "RL806", f"a solo step holds one PR; #{entry.number} shares {step.label}")
        for entry, pr in known:
            if pr.blocked:
                report(entry, "RL805", f"#{pr.number} is blocked ({pr.blocked}) but scheduled in {step.label}")
            for dep in pr.depends_on:
                if dep not in by_number:
                    continue
                if dep not in position:
                    if not by_number[dep].blocked:
                        report(entry, "RL804", f"#{pr.number} depends on #{dep}, which the plan never schedules")
                    else:
                        report(entry, "RL805", f"#{pr.number} depends on blocked #{dep} but is scheduled")
                elif position[dep] >= index:
                    when = "in the same burst" if position[dep] == index else f"later ({steps[position[dep]].label})"
                    report(entry, "RL804", f"#{pr.number} is scheduled in {step.label} but depends on #{dep}, "
                                           f"which merges {when}")
    unplanned = [pr for pr in prs if pr.number not in position and not pr.blocked]
    if unplanned and steps and steps[0].entries:
        first = steps[0].entries[0]
        for pr in unplanned:
            findings.append(Finding(display, first.line, first.col, "RL807",
                                    f"#{pr.number} ({pr.title}) is in the manifests but neither scheduled nor blocked"))
    return sorted(findings)


def _check_burst(known: list[tuple[Entry, PR]], label: str, policy: Policy, report) -> None:
    for position, (entry, pr) in enumerate(known):
        solo = policy.solo_files(pr)
        if solo:
            report(entry, "RL802", f"#{pr.number} touches always-solo `{solo[0]}` but shares {label} with "
                                   f"{len(known) - 1} other PR{'s' if len(known) > 2 else ''}")
        for _other_entry, other in known[:position]:
            shared = shared_files(pr, other, policy)
            if shared:
                report(entry, "RL801", f"#{pr.number} and #{other.number} both touch `{shared[0]}` in {label}"
                       + (f" (+{len(shared) - 1} more shared)" if len(shared) > 1 else ""))
            elif both_add_migrations(pr, other, policy):
                report(entry, "RL803", f"#{pr.number} and #{other.number} both add a migration "
                                       f"({policy.migrations(pr)[0]}, {policy.migrations(other)[0]}) in {label}")
