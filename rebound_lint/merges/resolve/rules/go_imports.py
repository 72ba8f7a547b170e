"""Go source files: the import specs of an `import ( ... )` block (go-imports)."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution
from .items import Item, Refused, is_sorted, lines, three_way

# one import spec a line, as gofmt writes them inside `import (`: a tab, an optional package name,
# the quoted import path, an optional line comment
SPEC = re.compile(rb'^\t(?:([A-Za-z_][A-Za-z0-9_]*|\.)[ \t]+)?"([^"\\\s]+)"[ \t]*(//[^\n]*)?(\r?\n)$')
OPEN = re.compile(rb"^import[ \t]*\([ \t]*\r?\n$")


def is_go(path: str) -> bool:
    return path.endswith(".go")


def _in_import_block(merge: Merge, hunk: Hunk) -> bool:
    """Whether the hunk sits inside an `import (` ... `)` block, in ours' version of the merge:
    going up from the hunk, only import specs, blank lines and comments before `import (`."""
    before: list[bytes] = []
    for segment in merge.segments:
        if segment is hunk:
            break
        before.extend(segment.ours if isinstance(segment, Hunk) else segment)
    for line in reversed(before):
        if OPEN.match(line):
            return True
        text = line.strip()
        if text and not SPEC.match(line) and not text.startswith(b"//"):
            return False
    return False


def _items(raw: list[bytes], side: str) -> list[Item]:
    items = []
    for line in raw:
        match = SPEC.match(line)
        if not match:
            raise Refused(f"{side}: not one import spec a line")
        name, path = match.group(1), match.group(2).decode("utf-8")
        if name in (b"_", b"."):
            raise Refused(f"{side}: a blank or dot import ({path}): imported for its effect or its names, "
                          "not one name")
        items.append(Item(path, [line], sort_key=path))
    return items


def _context(raw: list[bytes], reverse: bool) -> list[Item]:
    """The import specs next to the hunk in the same group (up to a blank line)."""
    out = []
    for line in (reversed(raw) if reverse else raw):
        match = SPEC.match(line)
        if not match:
            break
        path = match.group(2).decode("utf-8", "replace")
        out.append(Item(path, [line], sort_key=path))
    return list(reversed(out)) if reverse else out


def package_names(path: str, name: bytes | None) -> set[str]:
    """The names a file may use an import by: its explicit name, else the names its path suggests
    (the last element; before a `/vN` major version the one before; without a `go-` prefix, a
    `-go`/`.go` suffix or a `.vN` suffix (gopkg.in); dashes and dots dropped). A package's own
    name may differ from all of them: used only where more candidates make the rule refuse more."""
    if name:
        return {name.decode()}
    parts = path.split("/")
    last = parts[-1]
    if re.fullmatch(r"v\d+", last) and len(parts) > 1:
        last = parts[-2]
    out = {last}
    for stem in list(out):
        stem = re.sub(r"\.v\d+$", "", stem)
        out.add(stem)
        for cut in (re.sub(r"^go-", "", stem), re.sub(r"[-.]go$", "", stem)):
            out.add(cut)
    out |= {re.sub(r"[-.]", "", x) for x in out} | {x.replace("-", "_") for x in out}
    return {x for x in out if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", x)}


def _code_outside(merge: Merge, hunk: Hunk) -> bytes:
    """The result's lines outside this hunk as far as they are known: git's merged text, and both
    sides' lines of every other hunk (a name either could use counts as used)."""
    out = []
    for segment in merge.segments:
        if segment is hunk:
            continue
        out.extend(segment.ours + segment.theirs if isinstance(segment, Hunk) else segment)
    return b"".join(line for line in out if not SPEC.match(line))


def go_imports(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """go-imports: in a Go file's `import ( ... )` block, each side added different packages.

    Proof: an import spec binds one package name for the file; the block's order carries no meaning
    to the compiler, and gofmt sorts each group (specs between blank lines) by import path, so a
    sorted group has exactly one place for each path. Keyed by import path, the merge is the base's
    specs with each side's additions; the result is sorted where every side's group (the hunk and
    the specs next to it) is. Never resolved: a spec either side removed or changed (the other
    side's new code may use it), blank (`_`) and dot imports, a path both sides added with two
    names, blank lines or comments in the hunk (groups are the file's layout), an unsorted group
    where both sides added at one place, anything outside an import block."""
    if not is_go(merge.path):
        return None
    if not _in_import_block(merge, hunk):
        return None
    try:
        base = _items(hunk.base, "base")
        ours = _items(hunk.ours, "ours")
        theirs = _items(hunk.theirs, "theirs")
        before = _context(merge.before(hunk), reverse=True)
        after = _context(merge.after(hunk), reverse=False)
        sort = is_sorted([before + ours + after, before + theirs + after])
        merged, what = three_way(base, ours, theirs, sort=sort, removals=True, union_at_one_place=True)
        kept = {item.key for item in merged}
        base_keys = {item.key for item in base}
        code = _code_outside(merge, hunk)
        # the compiler rejects a file that imports a package it does not use, or uses one it does
        # not import: a package one side removed may go only if nothing in the result uses it, and a
        # package a side added must be used by the result (else that side's use of it is gone)
        for item in base + merged:
            names = package_names(item.key, SPEC.match(item.lines[0]).group(1))
            used = [n for n in sorted(names) if re.search(rb"(?<![\w.])" + n.encode() + rb"\.", code)]
            if item.key not in kept and used:
                raise Refused(f"{item.key} was removed by one side, but the file still uses {used[0]}.")
            if item.key not in base_keys and not used:
                raise Refused(f"{item.key} was added by one side, but nothing left in the file uses it")
        if {item.key for item in before + after} & {item.key for item in merged}:
            raise Refused("a package in the hunk is also imported next to it")
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    order = "sorted by path, as gofmt keeps the group" if sort else "ours' order"
    return Resolution("go-imports", lines(merged), f"distinct packages: {what} ({order})")
