"""alembic: revisions read with ast (never imported) and the revision graph: duplicate ids,
unknown parents, heads (and heads once merged with the base), cycles."""
from __future__ import annotations

import ast
import re

from ...findings import Finding

REVISION_HINT = re.compile(rb"^(revision|down_revision)\s*(:[^=\n]*)?=", re.M)


def read_revisions(source: bytes):
    """(revision, [down_revisions], line) from module-level assignments, or None."""
    if not REVISION_HINT.search(source):
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # the per-file Python check reports it
    values, lines = {}, {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                try:
                    values[target.id] = ast.literal_eval(value)
                except (ValueError, SyntaxError, TypeError):
                    values[target.id] = None
                lines[target.id] = node.lineno
    revision = values.get("revision")
    if not isinstance(revision, str) or "down_revision" not in values:
        return None
    down = values["down_revision"]
    downs = [down] if isinstance(down, str) else [d for d in down if isinstance(d, str)] \
        if isinstance(down, (tuple, list)) else []
    return revision, downs, lines["revision"], lines["down_revision"]


def revisions_in(read, directory, py_names) -> dict:
    """File name -> read_revisions() of each alembic migration among py_names; read(path) -> bytes."""
    revisions = {}
    for name in py_names:
        data = read(f"{directory}/{name}")
        parsed = read_revisions(data) if data else None
        if parsed:
            revisions[name] = parsed
    return revisions


def _heads(revisions: dict, by_id: dict) -> list[str]:
    """File names of the revisions no other names as its parent (a duplicated id counts once,
    at by_id's file)."""
    referenced = {down for _revision, downs, *_rest in revisions.values() for down in downs}
    return sorted(name for name, (revision, *_rest) in revisions.items()
                  if revision not in referenced and by_id[revision] == name)


def gained_on_base(view, directory, names) -> dict:
    """The alembic revisions of the files the base's tip gained since the merge-base and this
    tree does not have: what a merge brings in."""
    gained = set(view.list_dir_at(view.tip, directory)) - set(view.list_dir_at(view.base, directory))
    return revisions_in(lambda path: view.read_at(view.tip, path), directory,
                      sorted(name for name in gained - set(names) if name.endswith(".py")))


def graph_findings(ours, directory, display, theirs=None, base_ref=None):
    """The revision graph of this tree's migrations, merged with those the base gained (with
    --base): duplicate ids, unknown parents, heads, cycles. Findings sit at this tree's files."""
    theirs = {name: parsed for name, parsed in (theirs or {}).items() if name not in ours}
    merged = {**theirs, **ours}
    if not ours:
        return
    where = lambda name, line: (display(f"{directory}/{name}"), line)  # noqa: E731
    label = lambda name: f"{name}, on {base_ref}" if name in theirs else name  # noqa: E731
    by_id = {}
    for name, (revision, _downs, line, _dline) in sorted(merged.items()):
        if revision not in by_id:
            by_id[revision] = name
        elif name in ours or by_id[revision] in ours:
            at, other = (name, by_id[revision]) if name in ours else (by_id[revision], name)
            yield Finding(*where(at, merged[at][2]), 1, "RL511",
                          f"alembic revision {revision!r} is also declared by {label(other)}")
    for name, (revision, downs, _line, dline) in sorted(ours.items()):
        for down in downs:
            if down not in by_id:
                yield Finding(*where(name, dline), 1, "RL513",
                              f"down_revision {down!r} names no revision in {directory}/")
    heads = _heads(merged, by_id)
    mine, on_base = [h for h in heads if h in ours], [h for h in heads if h in theirs]
    if len(heads) > 1 and mine and on_base:  # each side alone has one head; the merge has more
        listed = ", ".join(f"{merged[n][0]} ({label(n)})" for n in heads)
        hint = f"point down_revision at {merged[on_base[0]][0]!r}" if len(on_base) == 1 else "add a merge revision"
        for name in mine:
            yield Finding(*where(name, merged[name][3]), 1, "RL515",
                          f"merged with {base_ref}, the alembic graph has {len(heads)} heads: {listed}; {hint}")
    elif len(mine) > 1:
        listed = ", ".join(f"{merged[n][0]} ({n})" for n in mine)
        yield Finding(*where(mine[-1], merged[mine[-1]][2]), 1, "RL512",
                      f"{len(mine)} alembic heads: {listed}; point one down_revision at the other, "
                      f"or add a merge revision")
    yield from _cycles(merged, by_id, where, set(ours))


def _cycles(revisions, by_id, where, ours):
    """Each cycle through one of `ours` once, reported at the lexically first of them in it."""
    parents = {rev: [d for d in downs if d in by_id] for name, (rev, downs, *_r) in revisions.items()
               if by_id.get(rev) == name}
    state, reported = {}, set()
    for start in sorted(parents):
        if state.get(start):
            continue
        stack = [(start, iter(parents[start]))]
        path = [start]
        state[start] = 1  # on the current path
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                cycle = path[path.index(child):]
                key = frozenset(cycle)
                mine = [by_id[r] for r in cycle if by_id[r] in ours]
                if key not in reported and mine:
                    reported.add(key)
                    first = min(mine)
                    yield Finding(*where(first, revisions[first][2]), 1, "RL514",
                                  "cycle in the alembic revision graph: " + " -> ".join(cycle + [child]))
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(parents[child])))
