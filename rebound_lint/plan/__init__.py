"""Merge plans: path-isolated bursts of PRs, a solo queue, and blocked PRs; and checks of a plan.

Policy (from the sprint that re-merged the incident's PRs):
- within a burst no two PRs touch the same file;
- a PR touching an always-solo file merges alone (the solo queue);
- PRs adding a migration are serialised: at most one a burst;
- a PR merges after the PRs it depends on; blocked PRs (and PRs depending on them) are never scheduled.

Heuristic: PRs that need no solo PR first are coloured into bursts with DSATUR (next, the PR with
the most distinct bursts among its conflicts, then the most conflicts, then manifest order; it
takes the lowest burst after its dependencies' bursts with no conflict). DSATUR is exact on
bipartite conflict graphs and near-optimal on the small, sparse graphs of a sprint. Then the solo
queue in dependency order (ties: manifest order), then the PRs that wait for a solo PR, and so on.
Bursts are ordered docs-only first and the widest blast radius last, as far as dependencies allow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from ..config import DEFAULT_SOLO, Config
from .manifests import PR

DOCS = re.compile(r"^(docs/|.*\.(md|rst|txt|adoc)$)")


@dataclass(frozen=True)
class Policy:
    solo: tuple[str, ...] = DEFAULT_SOLO
    migration_dirs: tuple[tuple[str, re.Pattern], ...] = ()
    clean_pairs: frozenset[frozenset[int]] = frozenset()  # PRs that share files yet merge cleanly (--git)

    @classmethod
    def from_config(cls, config: Config) -> Policy:
        return cls(config.plan_solo, tuple((m.path.rstrip("/"), m.regex) for m in config.migrations))

    def solo_files(self, pr: PR) -> list[str]:
        return [path for path in pr.files if any(fnmatchcase(path, glob) for glob in self.solo)]

    def migrations(self, pr: PR) -> list[str]:
        """Migration files the PR adds (every matching file it touches when additions are unknown)."""
        candidates = pr.added if pr.added is not None else pr.files
        found = []
        for path in candidates:
            directory, _, name = path.rpartition("/")
            if any(directory == mig_dir and regex.search(name) for mig_dir, regex in self.migration_dirs):
                found.append(path)
        return found


@dataclass
class Step:
    kind: str  # "burst" or "solo"
    prs: list[PR]
    reasons: dict[int, str] = field(default_factory=dict)  # why each PR is here (not earlier)


@dataclass
class Plan:
    steps: list[Step]
    blocked: list[tuple[PR, str]]
    notes: list[str]

    @property
    def bursts(self) -> list[Step]:
        return [step for step in self.steps if step.kind == "burst"]


def shared_files(a: PR, b: PR, policy: Policy) -> list[str]:
    """Files both touch, unless git merges the two cleanly and the policy lets it decide."""
    if frozenset((a.number, b.number)) in policy.clean_pairs:
        return []
    return sorted(set(a.files) & set(b.files))


def both_add_migrations(a: PR, b: PR, policy: Policy) -> bool:
    return bool(policy.migrations(a)) and bool(policy.migrations(b))


def conflicts(a: PR, b: PR, policy: Policy) -> str | None:
    """Why a and b cannot share a burst, or None."""
    shared = shared_files(a, b, policy)
    if shared:
        return f"shares `{shared[0]}`" + (f" (+{len(shared) - 1} more)" if len(shared) > 1 else "") + f" with #{b.number}"
    if both_add_migrations(a, b, policy):
        return f"adds a migration, as #{b.number} does"
    return None


def make_plan(prs: list[PR], policy: Policy) -> Plan:
    order = {pr.number: index for index, pr in enumerate(prs)}
    by_number = {pr.number: pr for pr in prs}
    notes = [f"#{pr.number} depends on #{dep}, which is not in the manifests: assumed merged"
             for pr in prs for dep in pr.depends_on if dep not in by_number]
    deps = {pr.number: [d for d in pr.depends_on if d in by_number] for pr in prs}
    blocked = _blocked(prs, deps)
    remaining = [pr for pr in prs if pr.number not in blocked]
    solo = {pr.number for pr in remaining if policy.solo_files(pr)}
    done: set[int] = set()
    steps: list[Step] = []
    while remaining:
        group = _parallel_group(remaining, solo, deps, done)
        if group:
            steps += _bursts(group, deps, policy, order)
            done |= {pr.number for pr in group}
            remaining = [pr for pr in remaining if pr.number not in done]
        progressed = False
        while True:
            ready = [pr for pr in remaining if pr.number in solo and all(d in done for d in deps[pr.number])]
            if not ready:
                break
            pr = ready[0]  # manifest order among the ready ones
            steps.append(Step("solo", [pr], {pr.number: _solo_reason(pr, policy, deps)}))
            done.add(pr.number)
            remaining.remove(pr)
            progressed = True
        if not group and not progressed:  # only a dependency cycle is left
            for pr in remaining:
                blocked[pr.number] = "dependency cycle: " + " → ".join(f"#{n}" for n in _cycle(pr.number, deps, done))
            remaining = []
    return Plan(steps, [(by_number[n], reason) for n, reason in sorted(blocked.items(), key=lambda i: order[i[0]])],
                notes)


def _blocked(prs: list[PR], deps: dict[int, list[int]]) -> dict[int, str]:
    blocked = {pr.number: pr.blocked for pr in prs if pr.blocked}
    changed = True
    while changed:
        changed = False
        for pr in prs:
            if pr.number not in blocked:
                waiting = [d for d in deps[pr.number] if d in blocked]
                if waiting:
                    blocked[pr.number] = f"depends on blocked #{waiting[0]}"
                    changed = True
    return blocked


def _parallel_group(remaining: list[PR], solo: set[int], deps, done: set[int]) -> list[PR]:
    """The non-solo PRs whose dependencies are all done or in the group itself, without cycles."""
    candidates = {pr.number for pr in remaining if pr.number not in solo}
    group: set[int] = set()
    changed = True
    while changed:  # grow from what is ready: a PR joins once each dependency is done or in the group
        changed = False
        for number in sorted(candidates - group):
            if all(d in done or d in group for d in deps[number]):
                group.add(number)
                changed = True
    return [pr for pr in remaining if pr.number in group]


def _bursts(group: list[PR], deps, policy: Policy, order: dict[int, int]) -> list[Step]:
    """DSATUR colouring with dependencies: a PR's burst comes after its dependencies' bursts."""
    members = {pr.number: pr for pr in group}
    edges: dict[int, dict[int, str]] = {n: {} for n in members}
    for a in group:
        for b in group:
            if a.number != b.number:
                why = conflicts(a, b, policy)
                if why:
                    edges[a.number][b.number] = why
    colour: dict[int, int] = {}
    inside = {n: [d for d in deps[n] if d in members] for n in members}
    while len(colour) < len(members):
        ready = [n for n in members if n not in colour and all(d in colour for d in inside[n])]
        pick = max(ready, key=lambda n: (len({colour[m] for m in edges[n] if m in colour}), len(edges[n]), -order[n]))
        lowest = max((colour[d] + 1 for d in inside[pick]), default=0)
        taken = {colour[m] for m in edges[pick] if m in colour}
        colour[pick] = next(c for c in range(lowest, len(members) + 1) if c not in taken)
    groups: dict[int, list[PR]] = {}
    for number in sorted(members, key=lambda n: order[n]):
        groups.setdefault(colour[number], []).append(members[number])
    steps = _order_bursts(groups, inside)
    placed = {pr.number: index for index, step in enumerate(steps) for pr in step.prs}
    for index, step in enumerate(steps):
        for pr in step.prs:
            step.reasons[pr.number] = _burst_reason(pr, index, steps, placed, edges, inside)
    return steps


def _order_bursts(groups: dict[int, list[PR]], inside) -> list[Step]:
    """Docs-only bursts first, widest blast radius last, never a burst before one it waits for."""
    burst_of = {pr.number: c for c, prs in groups.items() for pr in prs}
    needs = {c: {burst_of[d] for pr in prs for d in inside[pr.number]} for c, prs in groups.items()}
    ordered: list[int] = []
    while len(ordered) < len(groups):
        ready = [c for c in groups if c not in ordered and needs[c] <= set(ordered)]
        ordered.append(min(ready, key=lambda c: (not _docs_only(groups[c]), _blast_radius(groups[c]), c)))
    return [Step("burst", groups[c]) for c in ordered]


def _docs_only(prs: list[PR]) -> bool:
    return all(DOCS.match(path) for pr in prs for path in pr.files)


def _blast_radius(prs: list[PR]) -> int:
    """How many distinct directories the burst touches."""
    return len({path.rpartition("/")[0] for pr in prs for path in pr.files})


def _burst_reason(pr: PR, index: int, steps: list[Step], placed, edges, inside) -> str:
    reasons = [f"after #{d} (depends on it)" for d in inside[pr.number] if placed[d] == index - 1]
    for earlier in range(index):
        clash = next((edges[pr.number][other.number] for other in steps[earlier].prs if other.number in edges[pr.number]),
                     None)
        if clash:
            reasons.append(f"{clash} (burst {earlier + 1})")
    if not reasons:
        return "docs only" if _docs_only([pr]) else "no file shared with the burst"
    return "; ".join(reasons)


def _solo_reason(pr: PR, policy: Policy, deps) -> str:
    files = policy.solo_files(pr)
    reason = f"touches always-solo `{files[0]}`" + (f" (+{len(files) - 1} more)" if len(files) > 1 else "")
    if deps[pr.number]:
        reason += "; after " + ", ".join(f"#{d}" for d in deps[pr.number])
    return reason


def _cycle(start: int, deps, done: set[int]) -> list[int]:
    path, seen = [start], {start}
    while True:
        nxt = next((d for d in deps[path[-1]] if d not in done), None)
        if nxt is None:
            return path
        path.append(nxt)
        if nxt in seen:
            return path[path.index(nxt):]
        seen.add(nxt)
