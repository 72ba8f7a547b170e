"""Django: every `<app>/migrations/` package holding NNNN_name.py files. The graph comes from
each `Migration` class's `dependencies`, `run_before` and `replaces`, read with ast (never
imported). Django orders migrations by that graph, not by their numbers, so two files of one
number are fine once a merge migration joins them; what it refuses is an app with two leaf
nodes ("Conflicting migrations detected", which `makemigrations --merge` fixes), and a
dependency on a migration of the app that does not exist."""
from __future__ import annotations

import ast
import posixpath
import re
from collections import Counter
from typing import NamedTuple

from ...findings import Finding

NAME = "django"
NUMBERED = re.compile(r"^(?P<number>\d{4})_\w+\.py$")


class Node(NamedTuple):
    name: str  # the module name, without .py
    dependencies: tuple  # ((app_label, name), ...)
    run_before: tuple
    replaces: tuple
    line: int  # of `dependencies = ...` (else of the class)


def detect(tree):
    found = []
    for directory, names in tree.dirs.items():
        if posixpath.basename(directory) != "migrations" or "__init__.py" not in names:
            continue
        if any(NUMBERED.match(n) for n in names):
            app = posixpath.dirname(directory)
            label = _apps_label(tree, app) or posixpath.basename(app) or "(root)"
            found.append((directory, f"Django app {label!r}: {directory}/ is a package of NNNN_name.py migrations",
                          label))
    return found


def _apps_label(tree, app: str) -> str | None:
    """AppConfig.label from <app>/apps.py, when one is written there as a string."""
    data = tree.read(posixpath.join(app, "apps.py")) if tree.has(posixpath.join(app, "apps.py")) else None
    if not data or b"label" not in data:
        return None
    try:
        module = ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    for node in module.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if (isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "label"
                                                         for t in item.targets)
                        and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)):
                    return item.value.value
    return None


CLASS = re.compile(rb"^class Migration\b", re.M)
FIELDS = (b"dependencies", b"replaces", b"run_before")
ASSIGN = re.compile(rb"[ \t]*(?::[^=\n]*)?=[ \t]*")
OPEN, CLOSE = b"([{", b")]}"
INTERESTING = re.compile(rb"[][(){}#'\"]")
STRINGS = re.compile(b"|".join((  # a string literal from its opening quote: triple quotes first
    rb'"""(?:[^"\\]|\\.|"(?!""))*"""',
    rb"'''(?:[^'\\]|\\.|'(?!''))*'''",
    rb'"(?:[^"\\\n]|\\.)*"',
    rb"'(?:[^'\\\n]|\\.)*'",
)), re.S)


def read_migration(source: bytes, name: str) -> Node | None:
    """The Migration class of a migration module, or None when it has none (or does not parse:
    the per-file Python check reports that). The three lists are cut out of the text and parsed
    alone when that is unambiguous (a large project has thousands of migrations); else the
    whole module is parsed."""
    start = CLASS.search(source)
    if start is None:
        return None
    quick = _quick(source, start.end())
    if quick is None:
        return _parsed(source, name)
    fields, line = quick
    return Node(name, fields.get("dependencies", ()), fields.get("run_before", ()), fields.get("replaces", ()), line)


def _quick(source: bytes, after: int):
    fields, line = {}, None
    for word in FIELDS:
        at = source.find(word, after)
        while at >= 0:
            line_start = source.rfind(b"\n", 0, at) + 1
            assign = ASSIGN.match(source, at + len(word))
            if at > line_start and not source[line_start:at].strip() and assign:
                field = word.decode()
                if field in fields:
                    return None  # twice: let the parser decide
                end = _bracketed(source, assign.end())
                if end is None:
                    return None
                try:
                    value = ast.parse(source[assign.end():end].decode("utf-8"), mode="eval").body
                except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
                    return None
                fields[field] = _pairs(value)
                if field == "dependencies":
                    line = source.count(b"\n", 0, at) + 1
            at = source.find(word, at + len(word))
    if line is None:
        line = source.count(b"\n", 0, after) + 1
    return fields, line


def _bracketed(source: bytes, at: int) -> int | None:
    """The end of the bracketed expression starting at `at` (strings and comments skipped)."""
    if at >= len(source) or source[at] not in OPEN:
        return None
    depth, size = 0, len(source)
    match = INTERESTING.search(source, at)
    while match is not None:
        i = match.start()
        char = source[i]
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1
        elif char == 35:  # '#'
            newline = source.find(b"\n", i)
            i = size if newline < 0 else newline
        else:  # a string: jump to its end
            string = STRINGS.match(source, i)
            if string is None:
                return None
            i = string.end() - 1
        match = INTERESTING.search(source, i + 1)
    return None


def _parsed(source: bytes, name: str) -> Node | None:
    try:
        module = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    for node in module.body:
        if isinstance(node, ast.ClassDef) and node.name == "Migration":
            fields, line = {}, node.lineno
            for item in node.body:
                if isinstance(item, ast.Assign):
                    targets, value = item.targets, item.value
                elif isinstance(item, ast.AnnAssign) and item.value is not None:
                    targets, value = [item.target], item.value
                else:
                    continue
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("dependencies", "run_before", "replaces"):
                        fields[target.id] = _pairs(value)
                        if target.id == "dependencies":
                            line = item.lineno
            return Node(name, fields.get("dependencies", ()), fields.get("run_before", ()),
                        fields.get("replaces", ()), line)
    return None


def _pairs(value) -> tuple:
    """(app_label, name) tuples of a list literal; calls such as swappable_dependency() skipped."""
    if not isinstance(value, (ast.List, ast.Tuple)):
        return ()
    pairs = []
    for element in value.elts:
        if (isinstance(element, (ast.Tuple, ast.List)) and len(element.elts) == 2
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in element.elts)):
            pairs.append((element.elts[0].value, element.elts[1].value))
    return tuple(pairs)


def nodes_in(read, directory: str, names) -> dict[str, Node]:
    """Module name -> Node of each migration module among the file names."""
    nodes = {}
    for file_name in names:
        if not file_name.endswith(".py") or file_name[0] in "_~":
            continue
        data = read(f"{directory}/{file_name}")
        node = read_migration(data, file_name[:-3]) if data else None
        if node:
            nodes[node.name] = node
    return nodes


def label_of(nodes: dict[str, Node], default: str) -> str:
    """The label the app's own migrations use for it (apps.py may rename it in code we do not
    read); the directory's app name when none refers to another."""
    labels = Counter(app for node in nodes.values() for app, name in node.dependencies if name in nodes)
    if not labels or default in labels:
        return default
    best, count = labels.most_common(1)[0]
    return best if count > 1 or len(labels) == 1 else default


def leaves(nodes: dict[str, Node], label: str) -> list[str]:
    """Django's leaf nodes of one app: migrations no other migration of the app depends on, with
    squashed migrations standing in for the ones they replace (as on a fresh database)."""
    replaced = {}
    for node in nodes.values():
        for app, name in node.replaces:
            if app == label and name in nodes and name != node.name:
                replaced[name] = node.name
    live = {name: node for name, node in nodes.items() if name not in replaced}
    has_child = set()
    for node in live.values():
        for app, name in node.dependencies:
            if app == label:
                has_child.add(replaced.get(name, name))
        for app, name in node.run_before:
            if app == label and replaced.get(name, name) in live:
                has_child.add(node.name)
    return sorted(name for name in live if name not in has_child)


def check(view, found, display):
    names = view.list_dir(found.path)
    ours = nodes_in(view.read, found.path, names)
    if not ours:
        return
    label = label_of(ours, found.data)
    where = lambda name: display(f"{found.path}/{name}.py")  # noqa: E731
    added = {n[:-3] for n in view.added_in(found.path)} if view.base is not None else set()
    theirs = {}
    if view.base is not None:
        gained = set(view.list_dir_at(view.tip, found.path)) - set(view.list_dir_at(view.base, found.path))
        theirs = {name: node for name, node in nodes_in(lambda p: view.read_at(view.tip, p), found.path,
                                                        sorted(gained - set(names))).items() if name not in ours}
    known = set(ours) | set(theirs) | {name for node in (*ours.values(), *theirs.values())
                                       for app, name in node.replaces if app == label}
    dangling = False
    for name, node in sorted(ours.items()):
        if view.base is not None and name not in added:
            continue
        for app, dependency in node.dependencies:
            if app == label and dependency not in known and not dependency.startswith("__"):
                dangling = True  # the leaves it leaves behind are this finding's consequence
                yield Finding(where(name), node.line, 1, "RL518",
                              f"dependency ({app!r}, {dependency!r}) names no migration in {found.path}/")
    if dangling:
        return
    merged = leaves({**theirs, **ours}, label)  # with --base: as the merge will have it
    mine, on_base = [n for n in merged if n in ours], [n for n in merged if n in theirs]
    if mine and on_base:
        listed = ", ".join(f"{n} (on {view.base_ref})" if n in theirs else n for n in merged)
        hint = (f"make it depend on ({label!r}, {on_base[0]!r}) instead" if len(on_base) == 1
                else f"run `manage.py makemigrations --merge {label}` after merging")
        for name in mine:
            if view.base is None or name in added:
                yield Finding(where(name), ours[name].line, 1, "RL517",
                              f"merged with {view.base_ref}, Django app {label!r} has {len(merged)} leaf "
                              f"migrations: {listed}; {hint}")
    elif len(mine) > 1 and (view.base is None or added & set(mine)):
        at = mine[-1]
        yield Finding(where(at), ours[at].line, 1, "RL516",
                      f"Django app {label!r} has {len(mine)} leaf migrations: {', '.join(mine)}; make one depend "
                      f"on the other, or run `manage.py makemigrations --merge {label}`")
    if view.base is not None and len(merged) > 1:
        yield from _taken(view, found, names, added, display)


def _taken(view, found, names, added, display):
    """RL502: a migration this change adds whose number the base's tip already uses, while the
    merged app has several leaves (after a merge migration, equal numbers are harmless)."""
    on_tip = [n for n in view.list_dir_at(view.tip, found.path) if NUMBERED.match(n)]
    numbers = [NUMBERED.match(n).group("number") for n in on_tip] + \
        [m.group("number") for n in names if (m := NUMBERED.match(n))]
    for file_name in sorted(names):
        match = NUMBERED.match(file_name)
        if not match or file_name[:-3] not in added or file_name in on_tip:
            continue
        taken = sorted(n for n in on_tip if n.startswith(match.group("number") + "_"))
        if taken:
            from .prefix import next_free

            yield Finding(display(f"{found.path}/{file_name}"), 1, 1, "RL502",
                          f"migration number {match.group('number')} is already taken on {view.base_ref} by "
                          f"{', '.join(taken)}; renumber to {next_free(numbers, 4)} (next free)")
