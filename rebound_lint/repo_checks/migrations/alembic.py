"""alembic: revisions read with ast (never imported) and the revision graph: duplicate ids,
unknown parents, heads (and heads once merged with the base), cycles."""
from __future__ import annotations

import ast
import configparser
import posixpath
import re
from typing import NamedTuple

from ...findings import Finding

REVISION_HINT = re.compile(rb"^(revision|down_revision)\s*(:[^=\n]*)?=", re.M)
FIELDS = ("revision", "down_revision", "branch_labels", "depends_on")
NAME = "alembic"


class Revision(NamedTuple):
    revision: str
    downs: list  # the down_revision ids (several for a merge revision)
    line: int  # of `revision = ...`
    down_line: int
    labels: tuple = ()  # branch_labels
    depends: tuple = ()  # depends_on: revision ids or branch labels
    depends_line: int = 0


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [item for item in value if isinstance(item, str)]
    return []


def read_revisions(source: bytes) -> Revision | None:
    """The revision a module declares at module level (read with ast, never imported), or None."""
    if not REVISION_HINT.search(source):
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # the per-file Python check reports it
    values, lines = {}, {}
    for name, value, line in module_assignments(tree):
        if name in FIELDS:
            try:
                values[name] = ast.literal_eval(value)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                values[name] = None
            lines[name] = line
    revision = values.get("revision")
    if not isinstance(revision, str) or "down_revision" not in values:
        return None
    return Revision(revision, _strings(values["down_revision"]), lines["revision"], lines["down_revision"],
                    tuple(_strings(values.get("branch_labels"))), tuple(_strings(values.get("depends_on"))),
                    lines.get("depends_on", 0))


def module_assignments(tree: ast.Module):
    """(name, value node, line) of each module-level `name = value` or `name: T = value`."""
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                yield target.id, value, node.lineno


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
    referenced = {down for parsed in revisions.values() for down in parsed.downs}
    return sorted(name for name, parsed in revisions.items()
                  if parsed.revision not in referenced and by_id[parsed.revision] == name)


def _unlabelled(heads: list[str], revisions: dict, by_id: dict) -> list[str]:
    """The heads that are not the tip of a branch of their own: a head whose own line of
    revisions (the ancestors no other head shares) declares branch_labels is a named branch,
    upgraded with `alembic upgrade <label>@head` or `heads`, so it does not compete."""
    if len(heads) < 2:
        return heads

    def ancestors(name):
        seen, todo = set(), [revisions[name].revision]
        while todo:
            revision = todo.pop()
            if revision in seen or revision not in by_id:
                continue
            seen.add(revision)
            todo.extend(revisions[by_id[revision]].downs)
        return seen

    lines = {head: ancestors(head) for head in heads}
    result = []
    for head in heads:
        shared = set().union(*(lines[other] for other in heads if other != head))
        if not any(revisions[by_id[revision]].labels for revision in lines[head] - shared):
            result.append(head)
    return result


def gained_on_base(view, directory, names) -> dict:
    """The alembic revisions of the files the base's tip gained since the merge-base and this
    tree does not have: what a merge brings in."""
    gained = set(view.list_dir_at(view.tip, directory)) - set(view.list_dir_at(view.base, directory))
    return revisions_in(lambda path: view.read_at(view.tip, path), directory,
                      sorted(name for name in gained - set(names) if name.endswith(".py")))


def graph_findings(ours, directory, display, theirs=None, base_ref=None, place=None):
    """The revision graph of this tree's migrations, merged with those the base gained (with
    --base): duplicate ids, unknown parents, heads, cycles. Findings sit at this tree's files.
    Keys are file names in directory, or paths when directory is "" (several version
    locations, named together by place)."""
    theirs = {name: parsed for name, parsed in (theirs or {}).items() if name not in ours}
    merged = {**theirs, **ours}
    if not ours:
        return
    where = lambda name, line: (display(f"{directory}/{name}" if directory else name), line)  # noqa: E731
    place = place or f"{directory}/"
    label = lambda name: f"{name}, on {base_ref}" if name in theirs else name  # noqa: E731
    by_id = {}
    for name, parsed in sorted(merged.items()):
        if parsed.revision not in by_id:
            by_id[parsed.revision] = name
        elif name in ours or by_id[parsed.revision] in ours:
            at, other = (name, by_id[parsed.revision]) if name in ours else (by_id[parsed.revision], name)
            yield Finding(*where(at, merged[at].line), 1, "RL511",
                          f"alembic revision {parsed.revision!r} is also declared by {label(other)}")
    labels = {label_ for parsed in merged.values() for label_ in parsed.labels}
    for name, parsed in sorted(ours.items()):
        for down in parsed.downs:
            if down not in by_id:
                yield Finding(*where(name, parsed.down_line), 1, "RL513",
                              f"down_revision {down!r} names no revision in {place}")
        for dependency in parsed.depends:
            if dependency not in by_id and dependency not in labels and "@" not in dependency:
                yield Finding(*where(name, parsed.depends_line), 1, "RL513",
                              f"depends_on {dependency!r} names no revision or branch label in {place}")
    heads = _unlabelled(_heads(merged, by_id), merged, by_id)
    mine, on_base = [h for h in heads if h in ours], [h for h in heads if h in theirs]
    if len(heads) > 1 and mine and on_base:  # each side alone has one head; the merge has more
        listed = ", ".join(f"{merged[n].revision} ({label(n)})" for n in heads)
        hint = (f"point down_revision at {merged[on_base[0]].revision!r}" if len(on_base) == 1
                else "add a merge revision")
        for name in mine:
            yield Finding(*where(name, merged[name].down_line), 1, "RL515",
                          f"merged with {base_ref}, the alembic graph has {len(heads)} heads: {listed}; {hint}")
    elif len(mine) > 1:
        listed = ", ".join(f"{merged[n].revision} ({n})" for n in mine)
        yield Finding(*where(mine[-1], merged[mine[-1]].line), 1, "RL512",
                      f"{len(mine)} alembic heads: {listed}; point one down_revision at the other, "
                      f"or add a merge revision")
    yield from _cycles(merged, by_id, where, set(ours))


def _cycles(revisions, by_id, where, ours):
    """Each cycle through one of `ours` once, reported at the lexically first of them in it."""
    parents = {parsed.revision: [d for d in parsed.downs if d in by_id] for name, parsed in revisions.items()
               if by_id.get(parsed.revision) == name}
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
                    yield Finding(*where(first, revisions[first].line), 1, "RL514",
                                  "cycle in the alembic revision graph: " + " -> ".join(cycle + [child]))
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(parents[child])))


# --- detection and the check of a detected versions directory ----------------------------

NUMBERED = re.compile(r"^(?P<prefix>\d{1,6})_")
SEPARATORS = {"space": " ", "comma": ",", "colon": ":", "semicolon": ";", "newline": "\n", "os": ":"}


def detect(tree):
    """(versions directory, why, None) for each alembic.ini's locations, a root pyproject.toml's
    [tool.alembic], and each env.py that imports alembic beside a versions/ directory."""
    found = []
    for path in tree.paths:
        if posixpath.basename(path) == "alembic.ini":
            found += _from_ini(tree, path)
    if tree.has("pyproject.toml"):
        found += _from_pyproject(tree)
    for directory, names in tree.dirs.items():
        if "env.py" in names:
            versions = posixpath.join(directory, "versions")
            data = tree.read(posixpath.join(directory, "env.py")) or b""
            if versions in tree.dirs and b"alembic" in data:
                found.append((versions, f"{posixpath.join(directory, 'env.py')} (alembic) beside versions/", None))
    return found


def _from_ini(tree, ini: str):
    data = tree.read(ini)
    parser = configparser.RawConfigParser(strict=False)
    try:
        parser.read_string((data or b"").decode("utf-8", "replace"))
    except configparser.Error:
        return []
    if not parser.has_section("alembic"):
        return []
    here = posixpath.dirname(ini)
    section = dict(parser.items("alembic"))
    return _locations(tree, here, ini, section.get("script_location", ""), section.get("version_locations", ""),
                      section.get("version_path_separator", ""))


def _from_pyproject(tree):
    """alembic 1.16+: [tool.alembic] in the root pyproject.toml."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        table = tomllib.loads((tree.read("pyproject.toml") or b"").decode("utf-8", "replace"))
    except (tomllib.TOMLDecodeError, ValueError):
        return []
    alembic = table.get("tool", {}).get("alembic")
    if not isinstance(alembic, dict):
        return []
    script, versions = alembic.get("script_location", ""), alembic.get("version_locations", "")
    return _locations(tree, "", "pyproject.toml [tool.alembic]", script if isinstance(script, str) else "",
                      versions, str(alembic.get("path_separator", alembic.get("version_path_separator", ""))))


def _locations(tree, here: str, source: str, script: str, versions, separator: str):
    found = []
    if not isinstance(script, str):
        script = ""
    if not isinstance(versions, (str, list)):
        versions = ""
    if versions:
        if isinstance(versions, str):
            split = SEPARATORS.get(separator.strip())
            parts = versions.split(split) if split else re.split(r"[ ,]+", versions)
        else:
            parts = [v for v in versions if isinstance(v, str)]
        written = versions if isinstance(versions, str) else " ".join(parts)
        directories = tuple(dict.fromkeys(d for part in parts if (d := _resolve(tree, here, part)) is not None))
        found += [(directory, f"{source}: version_locations = {written}", directories) for directory in directories]
    elif script.strip():
        directory = _resolve(tree, here, script)
        if directory is not None:
            found.append((posixpath.join(directory, "versions") if directory else "versions",
                          f"{source}: script_location = {script.strip()}", None))
    return found


def _resolve(tree, here: str, location: str) -> str | None:
    """A location of alembic's configuration as a directory relative to the root, or None when
    it points outside the project."""
    location = location.strip().replace("%(here)s", here or ".")
    if not location:
        return None
    if ":" in location and not location.startswith("/"):  # package resource: "myapp:migrations"
        package, _, rest = location.partition(":")
        candidates = [posixpath.join(package.replace(".", "/"), rest),
                      posixpath.join("src", package.replace(".", "/"), rest)]
        location = next((c for c in candidates if any(d == c or d.startswith(c + "/") for d in tree.dirs)),
                        candidates[0])
    elif not posixpath.isabs(location):  # relative to the ini file, where alembic is run
        location = posixpath.join(here, location) if here else location
    normal = posixpath.normpath(location)
    if normal.startswith("..") or posixpath.isabs(normal):
        return None
    return "" if normal == "." else normal


def numbered_width(revisions: dict) -> int | None:
    """The width of the number every revision file's name starts with when the names carry the
    revision ids' numbers (0037_x.py declaring '0037...'); None for hash-named revisions
    (ae1027a6acf_x.py) or mixed names, where file names mean nothing to alembic."""
    widths = set()
    for name, parsed in revisions.items():
        match = NUMBERED.match(name)
        if not match or not parsed.revision.startswith(match.group("prefix")):
            return None
        widths.add(len(match.group("prefix")))
    return widths.pop() if len(widths) == 1 else None


def check(view, found, display):
    names = view.list_dir(found.path)
    if not names:
        return
    revisions = revisions_in(view.read, found.path, [n for n in names if n.endswith(".py")])
    width = numbered_width(revisions)
    if width:  # numbered names: a number twice, or one the base took, is a collision to renumber
        from ...config import MigrationDir
        from . import prefix

        directory = MigrationDir(found.path, rf"^(?P<prefix>\d{{{width}}})_.*\.py$")
        prefixes = {name: m.group("prefix") for name in revisions if (m := directory.regex.search(name))}
        against = list(prefix.against_base(view, directory, prefixes, display, out_of_order=False)) \
            if view.base is not None else []
        yield from against
        covered = {prefixes[f.path.rsplit("/", 1)[-1]] for f in against if f.code == "RL502"}
        yield from prefix.collisions(directory, prefixes, display, skip=covered, view=view)
    group = found.data or (found.path,)
    if len(group) == 1:
        theirs = gained_on_base(view, found.path, names) if view.base is not None else {}
        yield from graph_findings(revisions, found.path, display, theirs, view.base_ref)
    elif found.path == group[0]:  # one graph over every version location, reported once
        ours, theirs = {}, {}
        for directory in group:
            listed = view.list_dir(directory)
            ours.update((f"{directory}/{n}", r) for n, r in revisions_in(
                view.read, directory, [n for n in listed if n.endswith(".py")]).items())
            if view.base is not None:
                theirs.update((f"{directory}/{n}", r) for n, r in gained_on_base(view, directory, listed).items())
        yield from graph_findings(ours, "", display, theirs, view.base_ref, place=", ".join(f"{d}/" for d in group))
