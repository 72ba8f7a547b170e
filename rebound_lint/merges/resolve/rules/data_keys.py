"""Disjoint mapping keys in JSON, YAML and TOML files."""
from __future__ import annotations

import json
import re

from ..engine import Hunk, Merge, Resolution
from ..validate import data_kind
from .items import Item, Refused, is_sorted, three_way_beside

JSON_MEMBER = re.compile(rb'^([ \t]*)"((?:[^"\\]|\\.)*)"[ \t]*:[ \t]*(.*?)(,?)[ \t]*(\r?\n)?$', re.S)
YAML_KEY = re.compile(rb"^([ ]*)([A-Za-z0-9_$@/][A-Za-z0-9_.$@/ -]*?|\"[^\"\n]*\"|'[^'\n]*')[ ]*:(?:[ ]+(.*?))?[ \t]*(\r?\n)?$", re.S)
TOML_KEY = re.compile(rb"^([ \t]*)([A-Za-z0-9_-]+|\"[^\"\n]*\")[ \t]*=[ \t]*(.*?)[ \t]*(\r?\n)?$", re.S)


def _json_items(lines: list[bytes], indent: bytes | None) -> tuple[list[Item], bytes | None, list[bool]]:
    """Single-line members of one JSON object: (items without their commas, indent, commas)."""
    items, commas = [], []
    for line in lines:
        match = JSON_MEMBER.match(line)
        if not match:
            raise Refused("not one JSON member a line")
        if indent is not None and match.group(1) != indent:
            raise Refused("members at two depths")
        indent = match.group(1)
        value = match.group(3)
        try:
            json.loads(value)
        except ValueError:
            raise Refused("a value that spans lines") from None
        key = json.loads(b'"' + match.group(2) + b'"')
        end = match.group(5) or b""
        items.append(Item(key, [match.group(1) + b'"' + match.group(2) + b'": ' + value + b"\x00" + end
                                if False else line.rstrip(b"\r\n").rstrip(b",").rstrip() + end]))
        commas.append(bool(match.group(4)))
    return items, indent, commas


def _yaml_items(lines: list[bytes], indent: bytes | None) -> tuple[list[Item], bytes | None]:
    """Entries of one block mapping: a `key:` line at the mapping's indent and the more indented
    lines under it. A comment, a list item, an anchor, an alias, a tag or a block scalar at the
    mapping's indent refuses."""
    items: list[Item] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            raise Refused("a blank line in the hunk")
        own = line[:len(line) - len(line.lstrip(b" "))]
        if indent is not None and len(own) > len(indent) and items:
            items[-1].lines.append(line)
            continue
        match = YAML_KEY.match(line)
        if not match or stripped.startswith((b"#", b"- ", b"? ")):
            raise Refused("not a YAML mapping entry")
        if indent is not None and match.group(1) != indent:
            raise Refused("entries at two depths")
        indent = match.group(1)
        value = (match.group(3) or b"").strip()
        if value[:1] in (b"&", b"*", b"!", b"|", b">") or b" #" in value:
            raise Refused("an anchor, alias, tag, block scalar or comment")
        key = match.group(2).strip(b"\"'").decode("utf-8")
        items.append(Item(key, [line]))
    return items, indent


def _toml_items(lines: list[bytes], indent: bytes | None) -> tuple[list[Item], bytes | None]:
    items = []
    for line in lines:
        match = TOML_KEY.match(line)
        if not match:
            raise Refused("not one TOML key = value a line")
        value = match.group(3)
        if value[:1] in (b"[", b"{") and not value.rstrip().endswith((b"]", b"}")) or value.startswith((b'"""', b"'''")):
            raise Refused("a value that spans lines")
        if indent is not None and match.group(1) != indent:
            raise Refused("keys at two depths")
        indent = match.group(1)
        items.append(Item(match.group(2).strip(b'"').decode("utf-8"), [line]))
    return items, indent


def _context_items(kind: str, lines: list[bytes], indent: bytes, reverse: bool) -> list[Item]:
    """The entries of the same mapping next to the hunk (for its order convention)."""
    out: list[Item] = []
    run = list(reversed(lines)) if reverse else list(lines)
    for line in run:
        if kind == "yaml":
            own = line[:len(line) - len(line.lstrip(b" "))]
            if line.strip() and len(own) > len(indent):
                continue
        pattern = {"json": JSON_MEMBER, "yaml": YAML_KEY, "toml": TOML_KEY}[kind]
        match = pattern.match(line)
        if not match or match.group(1) != indent or line.strip().startswith(b"#"):
            break
        try:
            key = json.loads(b'"' + match.group(2) + b'"') if kind == "json" else match.group(2).strip(b"\"'").decode()
        except (ValueError, UnicodeDecodeError):
            break
        out.append(Item(key, [line]))
    return list(reversed(out)) if reverse else out


# Mappings whose entries are independent packages (npm, composer, Poetry, Cargo, pubspec): there a
# key one side changed and a key the other changed are two facts. Elsewhere (a project's metadata,
# a tool's settings, a scripts table) two keys changed side by side often belong together (a
# version and requires-python, testpaths and norecursedirs): only additions of new keys are merged.
DEPENDENCY_MAPS = re.compile(r"(?:^|\.)(?:(?:dev|peer|optional|bundled|build|target\.[^.]+\.)?[dD]ependencies|"
                             r"devDependencies|peerDependencies|optionalDependencies|resolutions|overrides|"
                             r"require|require-dev|dev_dependencies|dependency_overrides|"
                             r"group\.[^.]+\.dependencies|dev-dependencies|build-dependencies)$")
JSON_OPENER = re.compile(rb'^[ \t]*"((?:[^"\\]|\\.)*)"[ \t]*:[ \t]*\{[ \t]*\r?\n?$')
YAML_OPENER = re.compile(rb"^[ ]*([A-Za-z0-9_.-]+)[ ]*:[ \t]*\r?\n?$")
TOML_TABLE = re.compile(rb"^[ \t]*\[([^\[\]]+)\][ \t]*(?:#.*)?\r?\n?$")


def parent_of(kind: str, merge: Merge, hunk: Hunk, indent: bytes) -> str | None:
    """The name of the mapping the hunk's entries are in (a TOML table's dotted name), from the
    lines before the hunk in ours' version of the merge; None when it is not found."""
    before: list[bytes] = []
    for segment in merge.segments:
        if segment is hunk:
            break
        before.extend(segment.ours if isinstance(segment, Hunk) else segment)
    for line in reversed(before[-5000:]):
        if kind == "toml":
            match = TOML_TABLE.match(line)
            if match:
                return match.group(1).decode("utf-8", "replace").replace('"', "").replace(" ", "")
            continue
        if not line.strip():
            continue
        own = line[:len(line) - len(line.lstrip(b" \t"))]
        if len(own) >= len(indent):
            continue
        match = (JSON_OPENER if kind == "json" else YAML_OPENER).match(line)
        return match.group(1).decode("utf-8", "replace") if match else None
    return None


def _related(a, b) -> bool:
    """Two packages that go together: the same npm scope (`@babel/types`, `@babel/traverse`), or a
    name that is the other's plus a suffix, or the same first word (`eslint`, `eslint-plugin-x`)."""
    a, b = str(a).lower(), str(b).lower()
    if a.startswith("@") and b.startswith("@"):
        return a.split("/")[0] == b.split("/")[0]
    word = re.compile(r"[-_.]")
    return a.startswith(b) or b.startswith(a) or word.split(a)[0] == word.split(b)[0]


def disjoint_keys(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """data-keys: in a JSON, YAML or TOML mapping, each side added or changed different keys.

    Proof: the hunk's lines on every side are entries of one mapping (one key a line, or for YAML
    a key with the block under it), keyed by the key; a mapping's entries carry no order. When
    no key is touched by both sides (the same change excepted) and neither side removed one, the
    merged entries - the base's with ours' and theirs' changes and additions - hold what each
    side meant. The whole result is then parsed and must equal the structural three-way merge of
    the parsed base, ours and theirs (engine.py): a key given two values, a list both sides
    edited, a parse failure on any input all decline the file. Changes to existing keys are merged
    only in dependency maps (package.json `dependencies`, `[tool.poetry.dependencies]`, ...), and
    not for two related packages (one npm scope, one name prefix); elsewhere keys changed side by
    side often belong together (`version` and `requires-python`), so only new keys are merged
    there. Text and comments come from the
    inputs line by line, never re-serialised; JSON commas follow the object's last member. Order:
    sorted when every version keeps the mapping's entries sorted, else ours' order with theirs'
    additions after the entry they follow in theirs. Where both sides added keys at one place of
    a sorted mapping, sorted must also be git's union order there (ours' keys, then theirs'):
    else which order is a person's choice (people append as often as they sort), declined."""
    kind = data_kind(merge)
    if kind is None:
        return None
    try:
        if kind == "json":
            base, indent, c_b = _json_items(hunk.base, None)
            ours, indent, c_o = _json_items(hunk.ours, indent)
            theirs, indent, c_t = _json_items(hunk.theirs, indent)
            lasts = {c[-1] for c in (c_b, c_o, c_t) if c}
            if len(lasts) > 1 or any(not all(c[:-1]) for c in (c_b, c_o, c_t)):
                raise Refused("the hunk's commas do not read as one run of members")
            trailing = lasts.pop() if lasts else True
        elif kind == "yaml":
            base, indent = _yaml_items(hunk.base, None)
            ours, indent = _yaml_items(hunk.ours, indent)
            theirs, indent = _yaml_items(hunk.theirs, indent)
        else:
            base, indent = _toml_items(hunk.base, None)
            ours, indent = _toml_items(hunk.ours, indent)
            theirs, indent = _toml_items(hunk.theirs, indent)
        if indent is None or not ours or not theirs:
            raise Refused("nothing to merge key by key")
        before = _context_items(kind, merge.before(hunk), indent, reverse=True)
        after = _context_items(kind, merge.after(hunk), indent, reverse=False)
        sort = is_sorted([before + ours + after, before + theirs + after])
        base_keys = {i.key for i in base}
        parent = parent_of(kind, merge, hunk, indent)
        dependencies = parent is not None and DEPENDENCY_MAPS.search(parent) is not None
        if not dependencies and any(i.key in base_keys for i in ours + theirs if i not in base):
            changed = [i.key for i in ours + theirs if i.key in base_keys and
                       i.lines != next(b.lines for b in base if b.key == i.key)]
            if changed:
                raise Refused(f"{changed[0]!r} changed in {parent or 'a mapping'}, not a dependency map: "
                              "only new keys are merged there")
        merged, what = three_way_beside(base, ours, theirs, before + after, "a key in the hunk is also next to it",
                                        sort=sort, related=_related if dependencies else None,
                                        union_at_one_place=True)
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    out: list[bytes] = []
    for number, item in enumerate(merged):
        lines = list(item.lines)
        if kind == "json":
            line = lines[0]
            end = line[len(line.rstrip(b"\r\n")):]
            comma = b"," if number < len(merged) - 1 or trailing else b""
            lines = [line.rstrip(b"\r\n") + comma + end]
        out.extend(lines)
    order = "sorted, as the mapping keeps them" if sort else "ours' order"
    return Resolution("data-keys", out, f"different keys on each side: {what} ({order})")
