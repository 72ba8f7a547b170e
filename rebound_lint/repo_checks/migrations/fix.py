"""`check --fix` / `--diff`: the one migration defect with a single right answer. A migration this
change adds whose number the base already took (RL502, RL503), or that makes two alembic heads
(RL515) or two Django leaves (RL517) once the base is merged, is renumbered after the base's
highest and re-parented onto the base's head: file name, `revision`/`down_revision` (and the
docstring's Revision ID/Revises lines) for alembic, `dependencies` for Django. Only files the
change added are touched; anything ambiguous (several heads on the base, a merge revision, a
branch of its own, a file the change did not add that refers to one it did) is left alone with
a message."""
from __future__ import annotations

import ast
import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import alembic, django
from .detect import detect
from .versioned import migration_of


@dataclass
class Edit:
    old: str  # path relative to the root
    new: str
    before: bytes
    after: bytes


class Plan:
    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self.messages: list[str] = []


def plan(view, config) -> Plan:
    """What --fix would change, and why not elsewhere; view: a RepoView with a base."""
    result = Plan()
    everything = detect(view, config)
    for found in everything:
        if not view.added_in(found.path):
            continue
        if found.framework == "django":
            _django(view, found, result, [f for f in everything if f.framework == "django" and f is not found])
        elif found.framework in ("alembic", "configured"):
            names = view.list_dir(found.path)
            revisions = alembic.revisions_in(view.read, found.path, [n for n in names if n.endswith(".py")])
            if revisions:
                _alembic(view, found, revisions, result)
            elif found.framework == "configured":
                _numbered(view, found.path, found.data.regex, result)
        elif found.framework == "numbered SQL":
            _numbered(view, found.path, re.compile(r"^(?P<prefix>\d+)[_-].+\.sql$", re.I), result)
    return result


def apply(root: Path, edits: list[Edit]) -> None:
    from ...errors import UsageProblem

    from ...paths import stays_inside

    bound = os.path.realpath(root)
    for edit in edits:
        if not (stays_inside((root / edit.new).parent, bound) and not os.path.islink(root / edit.new)):
            raise UsageProblem(f"--fix will not write {edit.new}: it leads outside the project")
        try:
            (root / edit.new).write_bytes(edit.after)
            if edit.new != edit.old:
                (root / edit.old).unlink()
        except OSError as exc:
            raise UsageProblem(f"--fix cannot write {edit.new}: {exc.strerror}") from None


def diff(edits: list[Edit]) -> str:
    out = []
    for edit in edits:
        header = [f"diff --git a/{edit.old} b/{edit.new}\n"]
        if edit.old != edit.new:
            header += [f"rename from {edit.old}\n", f"rename to {edit.new}\n"]
        before = edit.before.decode("utf-8", "surrogateescape").splitlines(keepends=True)
        after = edit.after.decode("utf-8", "surrogateescape").splitlines(keepends=True)
        out += header + list(difflib.unified_diff(before, after, f"a/{edit.old}", f"b/{edit.new}"))
    return "".join(out)


# --- numbered files with no graph -------------------------------------------------------------

def _free_numbers(taken: set[int], count: int, start_above: int) -> list[int]:
    numbers, candidate = [], start_above + 1
    while len(numbers) < count:
        if candidate not in taken:
            numbers.append(candidate)
        candidate += 1
    return numbers


def _renumbered(name: str, old: str, new: int) -> str:
    return str(new).zfill(len(old)) + name[len(old):]


def _numbered(view, directory, regex, result):
    """SQL (and other graph-less) files: the added migrations renumbered after the base's highest,
    in their order, when one of them collides with or sits below the base's numbers."""
    names = view.list_dir(directory)
    prefixes = {n: m.group("prefix") for n in names if (m := regex.search(n)) and m.group("prefix").isdigit()}
    on_tip = {n: m.group("prefix") for n in view.list_dir_at(view.tip, directory)
              if (m := regex.search(n)) and m.group("prefix").isdigit()}
    added = [n for n in view.added_in(directory) if n in prefixes and n not in on_tip]
    if not added or not on_tip:
        return
    highest = max(int(p) for p in on_tip.values())
    if all(int(prefixes[n]) > highest for n in added):
        return
    kept = {int(p) for n, p in prefixes.items() if n not in added} | {int(p) for p in on_tip.values()}
    # the files of one migration (up and down halves, per-dialect variants) move together
    migrations = sorted({(int(prefixes[n]), migration_of(n)) for n in added})
    number_of = dict(zip(migrations, _free_numbers(kept, len(migrations), max(kept))))
    for name in sorted(added, key=lambda n: (int(prefixes[n]), n)):
        new = _renumbered(name, prefixes[name], number_of[int(prefixes[name]), migration_of(name)])
        data = view.read(f"{directory}/{name}") or b""
        if new != name:
            if _exists(view, directory, new, result):
                return
            result.edits.append(Edit(f"{directory}/{name}", f"{directory}/{new}", data, data))
            result.messages.append(f"renamed {directory}/{name} -> {new} (after {view.base_ref}'s highest, "
                                   f"{str(highest).zfill(len(prefixes[name]))})")


def _exists(view, directory, new, result) -> bool:
    if view.read(f"{directory}/{new}") is not None or new in view.list_dir_at(view.tip, directory):
        result.messages.append(f"left {directory}/ alone: {new} already exists")
        return True
    return False


# --- alembic ------------------------------------------------------------------------------------

def _chain(added: dict, parent_of) -> list[str] | None:
    """The added migrations as one line, root first (each with one parent, at most one child
    among them), or None."""
    children: dict[str, list[str]] = {}
    roots = []
    for name in added:
        parent = parent_of(name)
        if parent is None:
            return None
        owner = next((n for n in added if n != name and added[n] == parent), None)
        if owner is None:
            roots.append(name)
        else:
            children.setdefault(owner, []).append(name)
    if len(roots) != 1 or any(len(c) > 1 for c in children.values()):
        return None
    order = [roots[0]]
    while order[-1] in children:
        order.append(children[order[-1]][0])
    return order if len(order) == len(added) else None


def _alembic(view, found, ours, result):
    directory = found.path
    names = view.list_dir(directory)
    added_names = [n for n in view.added_in(directory) if n in ours]
    tip_names = view.list_dir_at(view.tip, directory)
    tip = alembic.revisions_in(lambda p: view.read_at(view.tip, p), directory,
                               [n for n in tip_names if n.endswith(".py")])
    added_names = [n for n in added_names if n not in tip]
    if not added_names or not tip:
        return
    added = {n: ours[n] for n in added_names}
    where = f"{directory}/"
    by_id = {parsed.revision: name for name, parsed in tip.items()}
    tip_heads = alembic._unlabelled(alembic._heads(tip, by_id), tip, by_id)
    width = alembic.numbered_width({**{n: r for n, r in ours.items()}, **tip}) if found.framework == "alembic" \
        else _configured_width(found, ours)
    number = (lambda n: int(m.group(1)) if (m := re.match(rf"^(\d{{{width}}})_", n)) else None) if width \
        else (lambda n: None)
    tip_numbers = {number(n) for n in tip} - {None}
    collides = any(number(n) is not None and (number(n) in tip_numbers or number(n) < max(tip_numbers, default=0))
                   for n in added)
    ids = {parsed.revision for parsed in added.values()}
    duplicate = ids & set(by_id)
    if len(tip_heads) != 1:
        if collides or duplicate:
            result.messages.append(f"left {where} alone: {view.base_ref} has {len(tip_heads)} alembic heads, so "
                                   f"there is no one revision to sit on")
        return
    head = tip[tip_heads[0]].revision
    gained = alembic.gained_on_base(view, directory, names)
    merged = {**{n: r for n, r in gained.items() if n not in ours}, **ours}
    merged_ids = {}
    for name, parsed in sorted(merged.items()):
        merged_ids.setdefault(parsed.revision, name)
    heads = alembic._unlabelled(alembic._heads(merged, merged_ids), merged, merged_ids)
    split = len(heads) > 1 and any(h in added for h in heads) and any(h not in ours for h in heads)
    if not (collides or duplicate or split):
        return  # what check --base reports here is not this fix's to make
    if found.framework == "alembic" and found.data and len(found.data) > 1:
        result.messages.append(f"left {where} alone: its revisions share a graph with "
                               f"{', '.join(d + '/' for d in found.data if d != directory)}; fix by hand")
        return
    order = _chain({n: r.revision for n, r in added.items()},
                   lambda n: added[n].downs[0] if len(added[n].downs) == 1 and not added[n].labels else None)
    root_parent = added[order[0]].downs[0] if order else None
    if order is None:
        result.messages.append(f"left {where} alone: the migrations this change adds are not one line of "
                               f"revisions (a merge revision, a branch label or several roots)")
        return
    if root_parent not in by_id:
        result.messages.append(f"left {where} alone: {order[0]} sits on {root_parent!r}, which {view.base_ref} "
                               f"does not have")
        return
    others = [n for n, r in ours.items() if n not in added and (set(r.downs) | set(r.depends)) & ids]
    if others:
        result.messages.append(f"left {where} alone: {', '.join(sorted(others))} (not added by this change) "
                               f"refers to a revision it adds")
        return
    renames, new_ids = {}, {}
    if collides:
        if any(number(n) is None for n in order):
            result.messages.append(f"left {where} alone: not every migration this change adds is numbered")
            return
        kept = {number(n) for n in ours if n not in added} - {None} | tip_numbers
        for name, number in zip(order, _free_numbers(kept, len(order), max(kept))):
            new = _renumbered(name, name[:width], number)
            renames[name] = new
            revision = added[name].revision
            if revision.startswith(name[:width]):
                new_ids[revision] = new[:width] + revision[width:]
    if set(ids) - set(new_ids) & set(by_id):
        result.messages.append(f"left {where} alone: revision ids {', '.join(sorted(duplicate))} are also on "
                               f"{view.base_ref}; give them new ids by hand")
        return
    for name in order:
        parsed = added[name]
        new_name = renames.get(name, name)
        if new_name != name and _exists(view, directory, new_name, result):
            return
        before = view.read(f"{directory}/{name}") or b""
        down = head if name == order[0] else new_ids.get(parsed.downs[0], parsed.downs[0])
        changes = {}
        if parsed.revision in new_ids:
            changes["revision"] = (parsed.revision, new_ids[parsed.revision])
        if down != parsed.downs[0]:
            changes["down_revision"] = (parsed.downs[0], down)
        after = _rewrite_alembic(before, changes)
        if after is None:
            result.messages.append(f"left {where}{name} alone: its revision or down_revision is not a plain string")
            return
        result.edits.append(Edit(f"{directory}/{name}", f"{directory}/{new_name}", before, after))
        said = [f"{field} {old!r} -> {new!r}" for field, (old, new) in changes.items()]
        result.messages.append(f"{'renamed' if new_name != name else 'rewrote'} {directory}/{name}"
                               f"{' -> ' + new_name if new_name != name else ''}: {', '.join(said) or 'renamed'}"
                               f"{' (the head of ' + view.base_ref + ')' if 'down_revision' in changes and name == order[0] else ''}")


def _configured_width(found, ours) -> int | None:
    widths = {len(m.group("prefix")) for n in ours if (m := found.data.regex.search(n)) and m.group("prefix").isdigit()}
    return widths.pop() if len(widths) == 1 else None


def _rewrite_alembic(source: bytes, changes: dict) -> bytes | None:
    """source with the module-level string assigned to each field replaced (quotes kept), and the
    docstring's `Revision ID:`/`Revises:` lines following."""
    if not changes:
        return source
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    spans = []
    for name, value, _line in alembic.module_assignments(tree):
        if name in changes:
            old, new = changes[name]
            if not (isinstance(value, ast.Constant) and value.value == old):
                return None
            spans.append((value, new))
    if len(spans) != len(changes):
        return None
    out = _replace_constants(source, spans)
    docstring = {"revision": rb"Revision ID:", "down_revision": rb"Revises:"}
    for field, (old, new) in changes.items():
        out = re.sub(rb"(?m)^(%s[ \t]*)%s([ \t]*)$" % (docstring[field], re.escape(old.encode())),
                     lambda m: m.group(1) + new.encode() + m.group(2), out, count=1)
    return out


def _replace_constants(source: bytes, spans) -> bytes:
    """Each string Constant node replaced by the new value in the node's own quotes."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    out = source
    for node, new in sorted(spans, key=lambda item: (item[0].lineno, item[0].col_offset), reverse=True):
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[node.end_lineno - 1] + node.end_col_offset
        text = out[start:end]
        quote = text[-1:] if text[-1:] in (b"'", b'"') else b"'"
        out = out[:start] + quote + new.encode() + quote + out[end:]
    return out


# --- Django -------------------------------------------------------------------------------------

def _django(view, found, result, other_apps):
    directory = found.path
    names = view.list_dir(directory)
    ours = django.nodes_in(view.read, directory, names)
    label = django.label_of(ours, found.data)
    tip_names = view.list_dir_at(view.tip, directory)
    tip = django.nodes_in(lambda p: view.read_at(view.tip, p), directory, tip_names)
    added = {n[:-3]: ours[n[:-3]] for n in view.added_in(directory) if n[:-3] in ours and n[:-3] not in tip}
    if not added or not tip:
        return
    where = f"{directory}/"
    tip_leaves = django.leaves(tip, label)
    numbers = {name: m.group("number") for name in ours if (m := django.NUMBERED.match(name + ".py"))}
    tip_numbers = {int(m.group("number")) for name in tip if (m := django.NUMBERED.match(name + ".py"))}
    merged_leaves = django.leaves({**tip, **ours}, label)
    if len(merged_leaves) < 2 or not set(merged_leaves) & set(added):
        return  # one leaf once merged: equal numbers are harmless, check --base reports nothing
    if len(tip_leaves) != 1:
        result.messages.append(f"left {where} alone: app {label!r} has {len(tip_leaves)} leaf migrations on "
                               f"{view.base_ref}, so there is no one migration to depend on")
        return
    leaf = tip_leaves[0]

    def parent(name):
        own = [dep for app, dep in added[name].dependencies if app == label]
        plain = not added[name].replaces and not any(app == label for app, _ in added[name].run_before)
        return own[0] if len(own) == 1 and plain else None

    order = _chain({n: n for n in added}, parent)
    if order is None:
        result.messages.append(f"left {where} alone: the migrations this change adds to app {label!r} are not "
                               f"one line (a merge migration, a squash, run_before or several roots)")
        return
    if parent(order[0]) not in tip:
        result.messages.append(f"left {where} alone: {order[0]} depends on {parent(order[0])!r}, which "
                               f"{view.base_ref} does not have")
        return
    others = sorted(n for n, node in ours.items() if n not in added
                    and any(app == label and dep in added for app, dep in node.dependencies))
    if others:
        result.messages.append(f"left {where} alone: {', '.join(others)} (not added by this change) depends on a "
                               f"migration it adds")
        return
    renames = {}
    if all(name in numbers for name in order):
        kept = {int(numbers[n]) for n in ours if n not in added and n in numbers} | tip_numbers
        start = max(kept, default=0)
        if any(int(numbers[n]) <= max(tip_numbers, default=0) for n in order):
            renames = {name: _renumbered(name, numbers[name], number)
                       for name, number in zip(order, _free_numbers(kept, len(order), start))}
    for app in other_apps if renames else ():
        for other, node in django.nodes_in(view.read, app.path, view.list_dir(app.path)).items():
            if any(dep_app == label and dep in renames for dep_app, dep in node.dependencies):
                result.messages.append(f"left {where} alone: {app.path}/{other}.py depends on a migration it "
                                       f"would rename; renumber by hand")
                return
    for name in order:
        new_name = renames.get(name, name)
        if new_name != name and _exists(view, directory, new_name + ".py", result):
            return
        before = view.read(f"{directory}/{name}.py") or b""
        old_parent = parent(name)
        new_parent = leaf if name == order[0] else renames.get(old_parent, old_parent)
        after = _rewrite_dependency(before, label, old_parent, new_parent) if new_parent != old_parent else before
        if after is None:
            result.messages.append(f"left {where}{name}.py alone: its dependencies are not a plain list of tuples")
            return
        result.edits.append(Edit(f"{directory}/{name}.py", f"{directory}/{new_name}.py", before, after))
        result.messages.append(
            f"{'renamed' if new_name != name else 'rewrote'} {directory}/{name}.py"
            f"{' -> ' + new_name + '.py' if new_name != name else ''}: "
            + (f"depends on ({label!r}, {new_parent!r})" + (f" (the leaf of {view.base_ref})" if name == order[0] else "")
               if new_parent != old_parent else "renamed"))


def _rewrite_dependency(source: bytes, label: str, old: str, new: str) -> bytes | None:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    spans = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Migration":
            for item in node.body:
                if isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "dependencies"
                                                        for t in item.targets):
                    for element in getattr(item.value, "elts", []):
                        parts = getattr(element, "elts", [])
                        if (len(parts) == 2 and all(isinstance(p, ast.Constant) for p in parts)
                                and parts[0].value == label and parts[1].value == old):
                            spans.append((parts[1], new))
    return _replace_constants(source, spans) if len(spans) == 1 else None


def fix_worktree(start: Path, base_ref: str, write: bool) -> Plan:
    """Plan the fixes of the project start is in against base_ref, and make them when write."""
    from ...config import load_config
    from ...repo import RepoView

    config = load_config(start)
    view = RepoView(config.root, base_ref, "worktree")
    view.base  # an unknown ref fails here, before any work
    made = plan(view, config)
    if write:
        apply(config.root, made.edits)
    return made
