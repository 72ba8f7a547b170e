"""Import statements: Python and JavaScript/TypeScript import blocks and the names they import."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution
from .items import Item, Refused, three_way

PY_IMPORT = re.compile(r"^import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*$")
PY_FROM = re.compile(r"^from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\w+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*\w+(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*$")
JS_NAMED = re.compile(r"^import[ \t]+(type[ \t]+)?\{[ \t]*([\w$]+(?:[ \t]+as[ \t]+[\w$]+)?(?:[ \t]*,[ \t]*(?:type[ \t]+)?[\w$]+(?:[ \t]+as[ \t]+[\w$]+)?)*)[ \t]*,?[ \t]*\}[ \t]+from[ \t]+(['\"])([^'\"]+)\3[ \t]*(;?)[ \t]*$")
JS_DEFAULT = re.compile(r"^import[ \t]+(type[ \t]+)?([\w$]+|\*[ \t]+as[ \t]+[\w$]+)[ \t]+from[ \t]+(['\"])([^'\"]+)\3[ \t]*(;?)[ \t]*$")
JS_REQUIRE = re.compile(r"^(const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*require\((['\"])([^'\"]+)\3\)[ \t]*(;?)[ \t]*$")

JS_KINDS = ("javascript", "typescript")
LOOKS_LIKE_IMPORT = re.compile(rb"^[ \t]*(?:import[ \t]|from[ \t]|(?:const|let|var)[ \t][^=]*=[ \t]*require\()")


class Statement:
    """One import statement of one line: what it binds, and the text to write it back."""

    def __init__(self, key, names: list[str], text: str, eol: bytes, fmt) -> None:
        self.key, self.names, self.text, self.eol, self.fmt = key, names, text, eol, fmt


def _names(listing: str) -> list[str]:
    return [" ".join(part.split()) for part in listing.split(",") if part.strip()]


def _bound(name: str) -> str:
    """The name an import binds (`a as b` binds b; `import a.b` binds a)."""
    parts = name.split()
    return parts[-1] if len(parts) >= 3 and parts[-2] == "as" else parts[-1].split(".")[0]


def _python(line: bytes) -> Statement:
    text = line.decode("utf-8")
    eol = line[len(line.rstrip(b"\r\n")):]
    body = text.rstrip("\r\n")
    if body != body.lstrip():
        raise Refused("an indented import (inside a block, where order and conditions matter)")
    match = PY_FROM.match(body)
    if match:
        module = match.group(1)
        if module == "__future__":
            raise Refused("a __future__ import (it must come first)")
        names = _names(match.group(2))
        return Statement(("from", module), names, body, eol, lambda names, m=module: f"from {m} import {', '.join(names)}")
    match = PY_IMPORT.match(body)
    if match:
        names = _names(match.group(1))
        if len(names) != 1:
            raise Refused("several modules on one import line")
        return Statement(("import", names[0]), names, body, eol, None)
    raise Refused("not a one-line import statement")


def _js(line: bytes) -> Statement:
    text = line.decode("utf-8")
    eol = line[len(line.rstrip(b"\r\n")):]
    body = text.rstrip("\r\n")
    match = JS_NAMED.match(body)
    if match:
        kind, names, quote, module, semi = match.groups()
        head = "import " + (kind or "")
        inner = body[body.index("{") + 1:body.index("}")]
        spaced = inner.startswith(" ")
        trailing = inner.rstrip().endswith(",")

        def fmt(names, head=head, quote=quote, module=module, semi=semi, spaced=spaced, trailing=trailing):
            pad = " " if spaced else ""
            return f"{head}{{{pad}{', '.join(names)}{',' if trailing else ''}{pad}}} from {quote}{module}{quote}{semi}"

        return Statement(("named", bool(kind), module), _names(names), body, eol, fmt)
    match = JS_DEFAULT.match(body)
    if match:
        kind, name, _, module, _ = match.groups()
        return Statement(("default", bool(kind), module, " ".join(name.split())), [name], body, eol, None)
    match = JS_REQUIRE.match(body)
    if match:
        return Statement(("require", match.group(4), match.group(2)), [match.group(2)], body, eol, None)
    if body.lstrip().startswith("import ") and "from" not in body:
        raise Refused("a side-effect import (its order matters)")
    raise Refused("not a one-line import statement")


def _statements(lines: list[bytes], parse) -> list[Statement]:
    return [parse(line) for line in lines]


def _merge_names(base: Statement | None, ours: Statement, theirs: Statement) -> Statement:
    """One `from m import ...` (or `import {...} from 'm'`) both sides changed: ours' names plus the
    names theirs added, when neither side removed one."""
    if ours.fmt is None or theirs.fmt is None:
        raise Refused(f"both sides changed the import of {ours.key[1]}")
    known = set(base.names) if base else set()
    for side in (ours, theirs):
        if known - set(side.names):
            raise Refused(f"a side removed a name from the import of {ours.key[-1]}")
    added = [name for name in theirs.names if name not in ours.names]
    names = list(ours.names) + added
    for order in NAME_ORDERS:
        if all(s is None or s.names == sorted(s.names, key=order) for s in (base, ours, theirs)):
            names = sorted(names, key=order)
            break
    else:
        raise Refused(f"both sides changed the names of the import of {ours.key[-1]}, which keeps them in no "
                      "order this rule knows")
    text = ours.fmt(names)
    longest = max(len(s.text) for s in (base, ours, theirs) if s is not None)
    if len(text) > max(longest, 79):
        raise Refused(f"the import of {ours.key[-1]} would grow past the file's line length (a formatter wraps it)")
    return Statement(ours.key, names, text, ours.eol, ours.fmt)


def _by_type(name: str):
    """isort's order_by_type: CONSTANTS, then Classes, then the rest, each case-sensitively."""
    bound = name.split()[0]
    kind = 0 if bound.isupper() and len(bound) > 1 else 1 if bound[:1].isupper() else 2
    return kind, bound


NAME_ORDERS = (_by_type, lambda name: name.split()[0].lower(), lambda name: name.split()[0])


def _sort_keys(statement: Statement, python: bool):
    """isort's (and most sorters') order: plain imports before from-imports, then by module,
    case-insensitive; for JS, by module specifier."""
    if python:
        return (0 if statement.key[0] == "import" else 1, statement.key[1].lower())
    return (statement.key[-2 if statement.key[0] in ("default",) else -1] if statement.key[0] != "named"
            else statement.key[2]).lower()


def _as_items(statements: list[Statement]) -> list[Item]:
    return [Item(s.key, [s.text.encode("utf-8") + s.eol]) for s in statements]


def import_block(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """imports: each side added different import statements to an import block, or added different
    names to one `from m import ...` / `import {...} from 'm'`.

    Proof: every line of the hunk, on every side, is a one-line import at the module's top level
    (Python) or an ES import / require binding (JS, TS); such a block binds names and, apart from
    side effects, its order carries no meaning. The set of imports is then the base's, less what
    each side removed, plus what each side added; this rule accepts no removal at all (a side may
    have removed an import that the other side's new code uses elsewhere in the file), so the
    result is the base plus both sides' additions, and every name either side's code imports is
    still bound, each by one statement (a name bound twice, by two statements, declines). One
    statement both sides extended gets the union of its names. Order: sorted (isort's order for
    Python, by module for JS) when the block is sorted on every side; else additions at different
    places keep their places, and additions at one place decline. Never: __future__ imports,
    side-effect imports (`import './x.css'`), indented imports, multi-line statements, comments."""
    python = merge.kind == "python"
    if not python and merge.kind not in JS_KINDS:
        return None
    parse = _python if python else _js
    if not all(LOOKS_LIKE_IMPORT.match(line) for side in (hunk.base, hunk.ours, hunk.theirs) for line in side):
        return None  # not an import block: this rule has nothing to say
    try:
        base, ours, theirs = (_statements(side, parse) for side in (hunk.base, hunk.ours, hunk.theirs))
        if python and all(len(st.names) == 1 for side in (base, ours, theirs) for st in side if st.key[0] == "from"):
            for side in (base, ours, theirs):  # one name a line (reorder-python-imports, isort's force_single_line)
                for st in side:
                    if st.key[0] == "from":
                        st.key, st.fmt = ("from", st.key[1], st.names[0]), None
        if not ours or not theirs:
            raise Refused("a side emptied the block")
        b = {s.key: s for s in base}
        o = {s.key: s for s in ours}
        t = {s.key: s for s in theirs}
        if len(b) != len(base) or len(o) != len(ours) or len(t) != len(theirs):
            raise Refused("one module imported twice on a side")
        for key in set(o) & set(t):
            if o[key].text != t[key].text and (key not in b or (o[key].text != b[key].text and t[key].text != b[key].text)):
                merged = _merge_names(b.get(key), o[key], t[key])
                o[key] = t[key] = merged
        ours = [o[s.key] for s in ours]
        theirs = [t[s.key] for s in theirs]
        for key, statement in list(o.items()) + list(t.items()):
            if key in b and statement.text != b[key].text and statement.fmt is not None:
                if set(b[key].names) - set(statement.names):
                    raise Refused(f"a side removed a name from the import of {key[-1]}")
        near = _context(merge.before(hunk), parse, True) + _context(merge.after(hunk), parse, False)
        singles = [st for st in near if st.key[0] == "from"]
        if python and len(singles) >= 2 and all(len(st.names) == 1 for st in singles):
            if any(len(st.names) > 1 for side in (ours, theirs) for st in side if st.key[0] == "from"):
                raise Refused("the file imports one name a line, and a side wrote several on one")
        runs = [before + side + after for before, after in [(_context(merge.before(hunk), parse, True),
                                                              _context(merge.after(hunk), parse, False))]
                for side in (ours, theirs)]
        sort = all(len(run) >= 3 and all(_sort_keys(x, python) <= _sort_keys(y, python) for x, y in zip(run, run[1:]))
                   for run in runs)
        items = [_as_items(side) for side in (base, ours, theirs)]
        for group in items:
            for item, statement in zip(group, base if group is items[0] else ours if group is items[1] else theirs):
                item.sort_key = _sort_keys(statement, python)
        merged, what = three_way(*items, sort=sort)
        bound: dict[str, object] = {}
        by_key = {**b, **o, **t}
        context_keys = {s.key for run in runs for s in run} - set(by_key)
        for item in merged:
            if item.key in context_keys:
                raise Refused("a module imported in the hunk is also imported next to it")
            for name in by_key[item.key].names:
                if bound.setdefault(_bound(name), item.key) != item.key:
                    raise Refused(f"{_bound(name)} imported by two statements")
        elsewhere = _bound_elsewhere(merge, hunk, python)
        for item in merged:
            for name in by_key[item.key].names:
                if _bound(name) in elsewhere:
                    raise Refused(f"{_bound(name)} is also imported elsewhere in the file")
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    order = "sorted, as the block keeps them" if sort else "each addition at its own place"
    return Resolution("imports", [line for item in merged for line in item.lines],
                      f"imports added on both sides: {what} ({order})")


ANY_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+\S+[ \t]+)?import[ \t]+\(?([^#\r\n]*)")
ANY_NAME = re.compile(rb"^[ \t]*([A-Za-z_$][\w$]*)(?:[ \t]+as[ \t]+([A-Za-z_$][\w$]*))?[ \t]*,?[ \t]*\)?[ \t]*$")


def _bound_elsewhere(merge: Merge, hunk: Hunk, python: bool) -> set[str]:
    """Names imported anywhere else in the merged file (every other hunk as ours and as theirs):
    an import moved into a TYPE_CHECKING block, a function, or another line by one side."""
    names: set[str] = set()
    for segment in merge.segments:
        if segment is hunk:
            continue
        sides = (segment.ours, segment.theirs) if isinstance(segment, Hunk) else (segment,)
        for lines in sides:
            names.update(imported_names(lines))
    names.discard("")
    return names


def imported_names(lines: list[bytes]) -> list[str]:
    """Every name the import statements of these lines bind, once per binding (one-line and
    bracketed imports, Python and JS/TS)."""
    return [name for name, _ in bindings(lines)]


def bindings(lines: list[bytes], top_level: bool = False) -> list[tuple[str, int]]:
    """(name, 1-based line) for every binding of the import statements of these lines; with
    `top_level`, only statements that start a line (not an import inside a function or a block)."""
    names: list[tuple[str, int]] = []
    inside = False
    for number, line in enumerate(lines, 1):
        match = ANY_IMPORT.match(line)
        if match and (not top_level or line[:1] not in b" \t"):
            listing = match.group(1)
            inside = listing.rstrip().endswith((b"(", b"{")) or (b"{" in listing and b"}" not in listing)
            for part in re.split(rb"[,{}]", listing):
                part = part.strip().strip(b"()")
                if b" from " in part:
                    part = part.split(b" from ")[0]
                words = part.split()
                if words:
                    names.append((_bound(b" ".join(words).decode("utf-8", "replace")).strip("*"), number))
        elif inside:
            if line.strip().startswith((b")", b"}")):
                inside = False
                continue
            for part in line.split(b","):
                words = part.split()
                if words:
                    names.append((_bound(b" ".join(words).decode("utf-8", "replace")), number))
    return [(name, number) for name, number in names if name and name not in ("type", "typeof")]  # `import type {`


def imported_twice(merge: Merge, data: bytes) -> str | None:
    """A name the result's imports bind more often than ours' or theirs' do (git's clean part of
    the merge kept one side's import block and the other's one-line import of the same names)."""
    from collections import Counter

    from ..engine import lines_of

    result = Counter(imported_names(lines_of(data)))
    sides = Counter(imported_names(lines_of(merge.ours))) | Counter(imported_names(lines_of(merge.theirs)))
    for name, count in result.items():
        if count > sides[name]:
            return f"{name} is imported {count} times, more than either side imports it"
    return None


def bound_twice_at_top(merge: Merge, data: bytes) -> tuple[str, list[int]] | None:
    """For a clean line merge: a name the result's top-level imports bind more often than ours' or
    theirs' top-level imports do, with the lines that bind it; or None."""
    from collections import Counter

    from ..engine import lines_of

    found = bindings(lines_of(data), top_level=True)
    result = Counter(name for name, _ in found)
    sides = Counter(name for name, _ in bindings(lines_of(merge.ours), top_level=True)) | Counter(
        name for name, _ in bindings(lines_of(merge.theirs), top_level=True))
    for name, count in result.items():
        if count > sides[name]:
            return (f"{name} is imported {count} times, more than either side imports it",
                    [number for bound, number in found if bound == name])
    return None


def _context(lines: list[bytes], parse, reverse: bool) -> list[Statement]:
    out = []
    for line in (reversed(lines) if reverse else lines):
        try:
            out.append(parse(line))
        except (Refused, UnicodeDecodeError):
            break
    return list(reversed(out)) if reverse else out


NAME_LINE = re.compile(rb"^([ \t]+)((?:type[ \t]+)?[A-Za-z_$][\w$]*(?:[ \t]+as[ \t]+[A-Za-z_$][\w$]*)?|\"[\w.$-]+\"|'[\w.$-]+'),[ \t]*(\r?\n)?$")
PY_OPENER = re.compile(rb"^(?:from[ \t]+\.*[\w.]*[ \t]+import[ \t]+\(|__all__[ \t]*(?::[^=]*)?(?:=|\+=)[ \t]*[\[(])[ \t]*\r?\n?$")
JS_OPENER = re.compile(rb"^(?:import|export)[ \t]+(?:type[ \t]+)?\{[ \t]*\r?\n?$")


def _opener(merge: Merge, hunk: Hunk, indent: bytes) -> bytes | None:
    """The line that opens the bracketed list the hunk is in (ours' version), or None."""
    before: list[bytes] = []
    for segment in merge.segments:
        if segment is hunk:
            break
        before.extend(segment.ours if isinstance(segment, Hunk) else segment)
    for line in reversed(before[-2000:]):
        own = line[:len(line) - len(line.lstrip(b" \t"))]
        if line.strip() and len(own) < len(indent):
            return line
        if line.strip() and not NAME_LINE.match(line):
            return None
    return None


def _list_items(lines: list[bytes], indent: bytes | None) -> tuple[list[Item], bytes | None]:
    items = []
    for line in lines:
        match = NAME_LINE.match(line)
        if not match:
            raise Refused("not one name a line")
        if indent is not None and match.group(1) != indent:
            raise Refused("names at two indents")
        indent = match.group(1)
        name = match.group(2).decode("utf-8")
        items.append(Item(name.strip("\"'"), [line]))
    return items, indent


def name_list(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """import-names: both sides added different names to one bracketed list of imported names
    (`from m import (` ... `)`, `import {` ... `} from 'm'`) or of `__all__`, one name a line.

    Proof: such a list is a set of names: importing or exporting a name twice, or in another
    order, changes nothing, so the result holds the base's names plus each side's additions. No
    removal is accepted (a side may drop an import the other side's new code uses), nor a name
    another statement of the file already imports. Order: the list must be sorted on every side
    (isort's order by type, or alphabetical) and stays so; an unsorted list is declined, since
    where each name goes is then a person's choice."""
    python = merge.kind == "python"
    if not python and merge.kind not in JS_KINDS:
        return None
    if not all(NAME_LINE.match(line) for side in (hunk.base, hunk.ours, hunk.theirs) for line in side):
        return None  # not a list of names: this rule has nothing to say
    try:
        base, indent = _list_items(hunk.base, None)
        ours, indent = _list_items(hunk.ours, indent)
        theirs, indent = _list_items(hunk.theirs, indent)
        if not ours or not theirs or indent is None:
            raise Refused("a side emptied the list")
        opener = _opener(merge, hunk, indent)
        if opener is None or not (PY_OPENER if python else JS_OPENER).match(opener.strip(b" \t") if not python else opener):
            raise Refused("not inside an import's or __all__'s bracketed list")
        before = _list_context(merge.before(hunk), indent, True)
        after = _list_context(merge.after(hunk), indent, False)
        for order in NAME_ORDERS:
            runs = [before + side + after for side in (ours, theirs)]
            if all(len(run) >= 3 and all(order(a.key) <= order(b.key) for a, b in zip(run, run[1:])) for run in runs):
                break
        else:
            raise Refused("the list keeps its names in no order this rule knows")
        for group in (base, ours, theirs):
            for item in group:
                item.sort_key = order(item.key)
        merged, what = three_way(base, ours, theirs, sort=True)
        if {i.key for i in before + after} & {i.key for i in merged}:
            raise Refused("a name in the hunk is also listed next to it")
        if not opener.lstrip().startswith(b"__all__"):
            elsewhere = _bound_elsewhere(merge, hunk, python) - {i.key for i in before + after}
            for item in merged:
                if _bound(item.key) in elsewhere and item not in base:
                    raise Refused(f"{_bound(item.key)} is also imported elsewhere in the file")
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    return Resolution("import-names", [line for item in merged for line in item.lines],
                      f"names added to one list on both sides: {what} (sorted, as the list keeps them)")


def _list_context(lines: list[bytes], indent: bytes, reverse: bool) -> list[Item]:
    out = []
    for line in (reversed(lines) if reverse else lines):
        match = NAME_LINE.match(line)
        if not match or match.group(1) != indent:
            break
        out.append(Item(match.group(2).decode("utf-8", "replace").strip("\"'"), [line]))
    return list(reversed(out)) if reverse else out
