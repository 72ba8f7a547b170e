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

import heapq
import re
from collections import deque
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
    dependents: dict[int, list[int]] = {pr.number: [] for pr in prs}
    for number, needed in deps.items():
        for dep in needed:
            dependents[dep].append(number)
    blocked = _blocked(prs, deps, dependents)
    remaining = [pr for pr in prs if pr.number not in blocked]
    solo = {pr.number for pr in remaining if policy.solo_files(pr)}
    done: set[int] = set()
    missing = {pr.number: len(deps[pr.number]) for pr in remaining}  # dependencies not yet done
    ready_solo: list[int] = []  # a heap of manifest positions

    def finish(number: int) -> None:
        done.add(number)
        for waiting in dependents[number]:
            if waiting in missing:
                missing[waiting] -= 1
                if missing[waiting] == 0 and waiting in solo:
                    heapq.heappush(ready_solo, order[waiting])

    for pr in remaining:
        if pr.number in solo and not missing[pr.number]:
            heapq.heappush(ready_solo, order[pr.number])
    steps: list[Step] = []
    while remaining:
        group = _parallel_group(remaining, solo, deps, done, dependents)
        if group:
            steps += _bursts(group, deps, policy, order)
            for pr in group:
                finish(pr.number)
        progressed = False
        while ready_solo:
            pr = prs[heapq.heappop(ready_solo)]  # manifest order among the ready ones
            steps.append(Step("solo", [pr], {pr.number: _solo_reason(pr, policy, deps)}))
            finish(pr.number)
            progressed = True
        remaining = [pr for pr in remaining if pr.number not in done]
        if remaining and not group and not progressed:  # only a dependency cycle is left
            for pr in remaining:
                blocked[pr.number] = "dependency cycle: " + " → ".join(f"#{n}" for n in _cycle(pr.number, deps, done))
            remaining = []
    return Plan(steps, [(by_number[n], reason) for n, reason in sorted(blocked.items(), key=lambda i: order[i[0]])],
                notes)


def _blocked(prs: list[PR], deps: dict[int, list[int]], dependents: dict[int, list[int]]) -> dict[int, str]:
    """Blocked PRs, and every PR that depends on one (directly or not), naming the first blocked
    dependency."""
    blocked = {pr.number: pr.blocked for pr in prs if pr.blocked}
    queue = deque(blocked)
    while queue:
        for waiting in dependents[queue.popleft()]:
            if waiting not in blocked:
                first = next(d for d in deps[waiting] if d in blocked)
                blocked[waiting] = f"depends on blocked #{first}"
                queue.append(waiting)
    return blocked


def _parallel_group(remaining: list[PR], solo: set[int], deps, done: set[int], dependents) -> list[PR]:
    """The non-solo PRs whose dependencies are all done or in the group itself, without cycles."""
    candidates = {pr.number for pr in remaining if pr.number not in solo}
    missing = {n: sum(1 for d in deps[n] if d not in done) for n in candidates}
    queue = deque(n for n in candidates if not missing[n])
    group: set[int] = set()
    while queue:  # grow from what is ready: a PR joins once each dependency is done or in the group
        number = queue.popleft()
        group.add(number)
        for waiting in dependents[number]:
            if waiting in candidates:
                missing[waiting] -= 1
                if not missing[waiting]:
                    queue.append(waiting)
    return [pr for pr in remaining if pr.number in group]


EXACT_UP_TO = 300  # PRs in a group coloured by DSATUR; larger groups first-fit by weight (fast on 10,000)
MAX_REASONS = 5  # earlier bursts a PR clashes with, named in its reason


def _bursts(group: list[PR], deps, policy: Policy, order: dict[int, int]) -> list[Step]:
    """Bursts of a group: DSATUR colouring with dependencies (a PR's burst comes after its
    dependencies' bursts) on groups of a sprint's size; on larger groups a first-fit by weight,
    with bit sets of the bursts each file is in."""
    members = {pr.number: pr for pr in group}
    inside = {n: [d for d in deps[n] if d in members] for n in members}
    migrating = {n for n, pr in members.items() if policy.migrations(pr)}
    by_file: dict[str, list[int]] = {}
    for pr in group:  # manifest order
        for path in pr.files:
            by_file.setdefault(path, []).append(pr.number)
    exact = len(group) <= EXACT_UP_TO
    if exact:
        edges = _edges(group, by_file, migrating, policy, order)
        colour = _dsatur(members, edges, inside, order)
    else:
        colour = _first_fit(group, by_file, migrating, inside, order)
    groups: dict[int, list[PR]] = {}
    for number in sorted(members, key=lambda n: order[n]):
        groups.setdefault(colour[number], []).append(members[number])
    steps = _order_bursts(groups, inside)
    placed = {pr.number: index for index, step in enumerate(steps) for pr in step.prs}
    clash = _clash_from_edges(edges, steps) if exact else _clash_from_files(steps, by_file, migrating, members, policy)
    for index, step in enumerate(steps):
        for pr in step.prs:
            step.reasons[pr.number] = _burst_reason(pr, index, placed, inside, clash(pr, index))
    return steps


def _edges(group: list[PR], by_file, migrating: set[int], policy: Policy,
           order: dict[int, int]) -> dict[int, dict[int, str]]:
    """Who cannot share a burst with whom, and why; only PRs that share a file or both add a
    migration are compared."""
    members = {pr.number: pr for pr in group}
    edges: dict[int, dict[int, str]] = {}
    for a in group:
        near = {m for path in a.files for m in by_file[path]}
        if a.number in migrating:
            near |= migrating
        near.discard(a.number)
        found = {}
        for b in sorted(near, key=order.__getitem__):  # manifest order
            why = conflicts(a, members[b], policy)
            if why:
                found[b] = why
        edges[a.number] = found
    return edges


def _dsatur(members: dict[int, PR], edges, inside, order: dict[int, int]) -> dict[int, int]:
    """Next, the PR with the most distinct bursts among its conflicts, then the most conflicts,
    then manifest order; it takes the lowest burst after its dependencies' with no conflict."""
    colour: dict[int, int] = {}
    while len(colour) < len(members):
        ready = [n for n in members if n not in colour and all(d in colour for d in inside[n])]
        pick = max(ready, key=lambda n: (len({colour[m] for m in edges[n] if m in colour}), len(edges[n]), -order[n]))
        lowest = max((colour[d] + 1 for d in inside[pick]), default=0)
        taken = {colour[m] for m in edges[pick] if m in colour}
        colour[pick] = next(c for c in range(lowest, len(members) + 1) if c not in taken)
    return colour


def _first_fit(group: list[PR], by_file, migrating: set[int], inside, order: dict[int, int]) -> dict[int, int]:
    """Heaviest first (the most other PRs on its files), as dependencies allow; each PR takes the
    lowest burst after its dependencies' that none of its files (nor, for a migration, another
    migration) is in. Bursts in use are bit sets, per file."""
    weight = {pr.number: sum(len(by_file[path]) - 1 for path in pr.files)
              + (len(migrating) - 1 if pr.number in migrating else 0) for pr in group}
    waiting_on = {pr.number: len(inside[pr.number]) for pr in group}
    dependents: dict[int, list[int]] = {pr.number: [] for pr in group}
    for number, needed in inside.items():
        for dep in needed:
            dependents[dep].append(number)
    ready = [(-weight[n], order[n], n) for n, count in waiting_on.items() if not count]
    heapq.heapify(ready)
    in_file: dict[str, int] = {}
    in_migrations = 0
    colour: dict[int, int] = {}
    members = {pr.number: pr for pr in group}
    while ready:
        _, _, number = heapq.heappop(ready)
        pr = members[number]
        lowest = max((colour[d] + 1 for d in inside[number]), default=0)
        used = (1 << lowest) - 1
        for path in pr.files:
            used |= in_file.get(path, 0)
        if number in migrating:
            used |= in_migrations
        chosen = (~used & (used + 1)).bit_length() - 1  # the lowest free burst
        colour[number] = chosen
        bit = 1 << chosen
        for path in pr.files:
            in_file[path] = in_file.get(path, 0) | bit
        if number in migrating:
            in_migrations |= bit
        for waiting in dependents[number]:
            waiting_on[waiting] -= 1
            if not waiting_on[waiting]:
                heapq.heappush(ready, (-weight[waiting], order[waiting], waiting))
    return colour


def _clash_from_edges(edges, steps: list[Step]):
    """clash(pr, index): (earlier burst, why) for each earlier burst holding a PR it conflicts with
    (the first such PR in the burst's order)."""
    placed = {pr.number: index for index, step in enumerate(steps) for pr in step.prs}
    position = {pr.number: spot for step in steps for spot, pr in enumerate(step.prs)}

    def clash(pr: PR, index: int) -> list[tuple[int, str]]:
        first: dict[int, tuple[int, str]] = {}
        for other, why in edges[pr.number].items():
            burst = placed[other]
            if burst < index and (burst not in first or position[other] < first[burst][0]):
                first[burst] = (position[other], why)
        return [(burst, first[burst][1]) for burst in sorted(first)]

    return clash


def _clash_from_files(steps: list[Step], by_file, migrating: set[int], members: dict[int, PR], policy: Policy):
    """clash() for a large group, from bit sets of the bursts (in order) each file is in."""
    placed = {pr.number: index for index, step in enumerate(steps) for pr in step.prs}
    in_file: dict[str, int] = {}
    first_in: dict[tuple[str, int], int] = {}  # (file, burst) -> the first PR there touching it
    for path, numbers in by_file.items():
        bits = 0
        for number in numbers:  # manifest order, as each burst lists its PRs
            burst = placed[number]
            bits |= 1 << burst
            first_in.setdefault((path, burst), number)
        in_file[path] = bits
    in_migrations = 0
    first_migration: dict[int, int] = {}
    for index, step in enumerate(steps):
        for pr in step.prs:
            if pr.number in migrating:
                in_migrations |= 1 << index
                first_migration.setdefault(index, pr.number)
    position = {pr.number: spot for step in steps for spot, pr in enumerate(step.prs)}

    def clash(pr: PR, index: int) -> list[tuple[int, str]]:
        earlier = 0
        for path in pr.files:
            earlier |= in_file[path]
        if pr.number in migrating:
            earlier |= in_migrations
        earlier &= (1 << index) - 1
        found = []
        while earlier and len(found) <= MAX_REASONS:
            burst = (earlier & -earlier).bit_length() - 1
            earlier &= earlier - 1
            candidates = [first_in[(path, burst)] for path in pr.files if (path, burst) in first_in]
            if pr.number in migrating and burst in first_migration:
                candidates.append(first_migration[burst])
            for other in sorted(set(candidates), key=position.__getitem__):
                why = conflicts(pr, members[other], policy)
                if why:
                    found.append((burst, why))
                    break
        more = bin(earlier).count("1")
        if more:
            found.append((-1, f"{more} more earlier burst{'s' if more > 1 else ''}"))
        return found

    return clash


def _order_bursts(groups: dict[int, list[PR]], inside) -> list[Step]:
    """Docs-only bursts first, widest blast radius last, never a burst before one it waits for."""
    burst_of = {pr.number: c for c, prs in groups.items() for pr in prs}
    needs = {c: {burst_of[d] for pr in prs for d in inside[pr.number]} - {c} for c, prs in groups.items()}
    needed_by: dict[int, list[int]] = {c: [] for c in groups}
    for c, needed in needs.items():
        for other in needed:
            needed_by[other].append(c)
    key = {c: (not _docs_only(groups[c]), _blast_radius(groups[c]), c) for c in groups}
    waiting = {c: len(needed) for c, needed in needs.items()}
    ready = [key[c] for c in groups if not waiting[c]]
    heapq.heapify(ready)
    ordered: list[int] = []
    while ready:
        c = heapq.heappop(ready)[2]
        ordered.append(c)
        for other in needed_by[c]:
            waiting[other] -= 1
            if not waiting[other]:
                heapq.heappush(ready, key[other])
    return [Step("burst", groups[c]) for c in ordered]


def _docs_only(prs: list[PR]) -> bool:
    return all(DOCS.match(path) for pr in prs for path in pr.files)


def _blast_radius(prs: list[PR]) -> int:
    """How many distinct directories the burst touches."""
    return len({path.rpartition("/")[0] for pr in prs for path in pr.files})


def _burst_reason(pr: PR, index: int, placed, inside, clashes: list[tuple[int, str]]) -> str:
    reasons = [f"after #{d} (depends on it)" for d in inside[pr.number] if placed[d] == index - 1]
    shown = [(burst, why) for burst, why in clashes if burst >= 0]
    reasons += [f"{why} (burst {burst + 1})" for burst, why in shown[:MAX_REASONS]]
    more = len(shown) - MAX_REASONS + sum(int(why.split()[0]) for burst, why in clashes if burst < 0)
    if more > 0:
        reasons.append(f"and {more} more earlier burst{'s' if more > 1 else ''}")
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
