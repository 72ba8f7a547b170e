"""Migration directories: prefix collisions (in the tree and against the base), names that
miss the pattern, and the alembic revision graph (read with ast, never imported)."""
from __future__ import annotations

import ast
import re
from collections import defaultdict

from ..findings import Finding

REVISION_HINT = re.compile(rb"^(revision|down_revision)\s*(:[^=\n]*)?=", re.M)


def check_repo(view, config, display):
    """display(rel_path) -> the path as printed."""
    for directory in config.migrations:
        names = view.list_dir(directory.path)
        if not names:
            continue
        regex = directory.regex
        prefixes = {name: m.group("prefix") for name in names if (m := regex.search(name))}
        yield from _unmatched(directory, names, prefixes, display)
        against_base = list(_against_base(view, directory, prefixes, display)) if view.base is not None else []
        yield from against_base
        covered = {prefixes[f.path.rsplit("/", 1)[-1]] for f in against_base if f.code == "RL502"}
        yield from _collisions(directory, prefixes, display, skip=covered)
        revisions = _revisions(view.read, directory, [n for n in names if n.endswith(".py")])
        theirs = _gained_on_base(view, directory, names) if view.base is not None else {}
        yield from _alembic_graph(revisions, directory, display, theirs, view.base_ref)


def next_free(prefixes, width: int) -> str:
    numbers = [int(p) for p in prefixes if p.isdigit()]
    return str((max(numbers) if numbers else 0) + 1).zfill(width)


def _unmatched(directory, names, prefixes, display):
    for name in names:
        if name not in prefixes and name[:1].isdigit():
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL504",
                          f"migration file name does not match the pattern {directory.pattern!r} of {directory.path}/")


def _collisions(directory, prefixes, display, skip=()):
    groups = defaultdict(list)
    for name, prefix in prefixes.items():
        groups[prefix].append(name)
    allowed = set(directory.allow)
    for prefix, group in sorted(groups.items()):
        if len(group) < 2 or prefix in skip or all(name in allowed for name in group):
            continue
        group.sort()
        new = [name for name in group if name not in allowed]
        for name in new if len(new) < len(group) else group[1:]:
            others = ", ".join(n for n in group if n != name)
            yield Finding(
                display(f"{directory.path}/{name}"), 1, 1, "RL501",
                f"migration prefix {prefix} is also used by {others}; "
                f"renumber to {next_free(prefixes.values(), len(prefix))} (next free)",
            )


def _against_base(view, directory, prefixes, display):
    regex = directory.regex
    on_base = {name: m.group("prefix") for name in view.list_dir_at(view.tip, directory.path)
               if (m := regex.search(name))}
    if not on_base:
        return
    highest = max(on_base.values(), key=lambda p: int(p) if p.isdigit() else -1)
    for name in view.added_in(directory.path):
        prefix = prefixes.get(name)
        if prefix is None or name in on_base:
            continue
        pool = list(on_base.values()) + [p for n, p in prefixes.items() if n != name]
        fix = next_free(pool, len(prefix))
        taken = sorted(n for n, p in on_base.items() if p == prefix)
        if taken:
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL502",
                          f"migration prefix {prefix} is already taken on {view.base_ref} by {', '.join(taken)}; "
                          f"renumber to {fix} (next free)")
        elif prefix.isdigit() and highest.isdigit() and int(prefix) < int(highest):
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL503",
                          f"migration prefix {prefix} is below {view.base_ref}'s highest ({highest}); "
                          f"renumber to {fix} (next free)")


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


def _revisions(read, directory, py_names) -> dict:
    """File name -> read_revisions() of each alembic migration among py_names; read(path) -> bytes."""
    revisions = {}
    for name in py_names:
        data = read(f"{directory.path}/{name}")
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


def _gained_on_base(view, directory, names) -> dict:
    """The alembic revisions of the files the base's tip gained since the merge-base and this
    tree does not have: what a merge brings in."""
    gained = set(view.list_dir_at(view.tip, directory.path)) - set(view.list_dir_at(view.base, directory.path))
    return _revisions(lambda path: view.read_at(view.tip, path), directory,
                      sorted(name for name in gained - set(names) if name.endswith(".py")))


def _alembic_graph(ours, directory, display, theirs=None, base_ref=None):
    """The revision graph of this tree's migrations, merged with those the base gained (with
    --base): duplicate ids, unknown parents, heads, cycles. Findings sit at this tree's files."""
    theirs = {name: parsed for name, parsed in (theirs or {}).items() if name not in ours}
    merged = {**theirs, **ours}
    if not ours:
        return
    where = lambda name, line: (display(f"{directory.path}/{name}"), line)  # noqa: E731
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
                              f"down_revision {down!r} names no revision in {directory.path}/")
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
