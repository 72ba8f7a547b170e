"""yarn-lock-entries: a yarn (v1) lockfile merged whole, entry by entry.

git's hunks do not line up with a lockfile's entries (an entry's lines are matched with another's),
so this rule reads the three versions as yarn writes them, a list of entries keyed by their header
(`"a@^1", a@^1.2:`), and merges the entries, not the lines.

Proof of safety:
- The file must be yarn 1's own layout, exactly: the `# yarn lockfile v1` preamble, entries
  separated by one blank line, in yarn's order (sorted by the first range of the header, by code
  point, as yarn's `sortAlpha` does). Each version is re-written from its entries and must give back
  its own bytes, so nothing of the file is lost or re-formatted. LF only; yarn 2+ is declined.
- Each package name is owned by one side: the set of entries of a name (all its versions and ranges)
  may be changed by ours or by theirs, or changed identically by both; a name whose entries both
  sides changed differently (both bumped it, both re-pinned it) is declined. So every entry of the
  result is an entry one side wrote, unchanged, for a package the other side left as it was.
- Every range (`name@range`) is in at most one entry of the result: yarn resolves a range to one
  version, and a range two entries claim is a conflict.
- Entries that no longer serve anything are dropped as yarn drops them: a range that no entry of
  the result depends on and that neither side had at the top (a range no entry of that side depends
  on, i.e. one its package.json asked for) was only needed by an entry that a side upgraded or
  removed. If dropping would leave an entry with some of its ranges (a header to re-write), the
  file is declined.
The result is the entries both sides meant, in the order yarn itself writes them; whether the
package.json that goes with it agrees is that file's merge (its own rules, or a person).
"""
from __future__ import annotations

import re

from ..engine import Merge

RULE = "yarn-lock-entries"
PREAMBLE_MARK = "# yarn lockfile v1"
_DEP = re.compile(r'^    ("?)([^"\s]+)\1 ("?)([^"]*)\3$')
_SPEC = re.compile(r'\s*(?:"((?:[^"\\]|\\.)*)"|([^",\s][^",]*?))\s*(?:,|$)')


class NotYarn(Exception):
    pass


def _specs(header: str) -> list[str]:
    if not header.endswith(":") or header.startswith((" ", "#")):
        raise NotYarn(f"not an entry header: {header[:60]}")
    body, out, at = header[:-1], [], 0
    while at < len(body):
        match = _SPEC.match(body, at)
        if not match or match.end() == at:
            raise NotYarn(f"unreadable header: {header[:60]}")
        spec = match.group(1) if match.group(1) is not None else match.group(2)
        if "\\" in spec or "@" not in spec[1:]:
            raise NotYarn(f"unreadable range: {spec[:60]}")
        out.append(spec)
        at = match.end()
    if not out:
        raise NotYarn("an entry without a range")
    return out


def _name(spec: str) -> str:
    return spec[:spec.index("@", 1)]


def _refs(block: str) -> set[str]:
    """The ranges an entry depends on (dependencies and optionalDependencies)."""
    out, section = set(), False
    for line in block.split("\n")[1:]:
        if line.startswith("    "):
            if section:
                match = _DEP.match(line)
                if not match:
                    raise NotYarn(f"unreadable dependency: {line.strip()[:60]}")
                out.add(f"{match.group(2)}@{match.group(4)}")
        elif line.startswith("  ") and not line.startswith("   "):
            section = line.strip() in ("dependencies:", "optionalDependencies:")
        else:
            raise NotYarn(f"unexpected line in an entry: {line[:60]}")
    return out


def _read(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """(preamble, [(header, entry text)]) of a yarn 1 lockfile in yarn's own layout, or NotYarn."""
    if b"\r" in data:
        raise NotYarn("CR line endings")
    text = data.decode("utf-8")
    head, sep, rest = text.partition("\n\n\n")
    if not sep or PREAMBLE_MARK not in head.split("\n") or any(
            not line.startswith("#") for line in head.split("\n")):
        raise NotYarn("not yarn 1's preamble")
    if not rest.endswith("\n") or rest.endswith("\n\n"):
        raise NotYarn("not yarn's ending")
    entries = []
    for block in rest[:-1].split("\n\n"):
        header = block.split("\n", 1)[0]
        _specs(header)
        entries.append((header, block))
    if _write(head, entries) != data:
        raise NotYarn("not in yarn's own layout")
    keys = [_specs(header)[0] for header, _ in entries]
    if keys != sorted(keys) or len(set(keys)) != len(keys):
        raise NotYarn("entries not in yarn's order")
    return head, entries


def _write(head: str, entries) -> bytes:
    return (head + "\n\n\n" + "\n\n".join(block for _, block in entries) + "\n").encode("utf-8")


def _by_name(entries: dict[str, str]) -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for header, block in entries.items():
        for spec in _specs(header):
            out.setdefault(_name(spec), set()).add(block)
    return {name: frozenset(blocks) for name, blocks in out.items()}


def _top(entries: list[tuple[str, str]]) -> set[str]:
    wanted = set()
    for _, block in entries:
        wanted |= _refs(block)
    return {spec for header, _ in entries for spec in _specs(header)} - wanted


def merge_entries(base: bytes, ours: bytes, theirs: bytes) -> tuple[bytes | None, str]:
    """The merged lockfile, or (None, why it is declined)."""
    try:
        (hb, eb), (ho, eo), (ht, et) = _read(base), _read(ours), _read(theirs)
        if ho != ht and ho != hb and ht != hb:
            return None, "both sides changed the lockfile's preamble"
        head = ho if ht == hb else ht
        B, O, T = dict(eb), dict(eo), dict(et)
        if len(B) != len(eb) or len(O) != len(eo) or len(T) != len(et):
            return None, "an entry header twice in one version"
        nb, no, nt = _by_name(B), _by_name(O), _by_name(T)
        for name in sorted(set(no) | set(nt) | set(nb)):
            b, o, t = nb.get(name), no.get(name), nt.get(name)
            if o != b and t != b and o != t:
                return None, f"both sides changed the entries of {name}"
        merged: dict[str, str] = {}
        for header in set(B) | set(O) | set(T):
            b, o, t = B.get(header), O.get(header), T.get(header)
            value = o if o == t or t == b else t if o == b else None
            if value is None and o is not None and t is not None:
                return None, f"both sides changed the entry {header[:60]}"  # defensive: caught by name above
            if value is not None:
                merged[header] = value
        owner: dict[str, str] = {}
        for header in merged:
            for spec in _specs(header):
                if spec in owner:
                    return None, f"the range {spec} is in two entries"
                owner[spec] = header
        top = _top(eo) | _top(et)
        while True:
            wanted = set()
            for block in merged.values():
                wanted |= _refs(block)
            dropped = False
            for header in list(merged):
                specs = _specs(header)
                keep = [s for s in specs if s in wanted or s in top]
                if len(keep) == len(specs):
                    continue
                if keep:
                    return None, f"{header[:60]}: some of its ranges are no longer needed (yarn would re-write it)"
                del merged[header]
                dropped = True
            if not dropped:
                break
        order = sorted(merged, key=lambda header: _specs(header)[0])
        return _write(head, [(h, merged[h]) for h in order]), ""
    except NotYarn as exc:
        return None, f"not a yarn 1 lockfile in yarn's layout: {exc}"
    except UnicodeDecodeError:
        return None, "not UTF-8"


def whole_file(merge: Merge) -> tuple[bytes, str] | str | None:
    """The whole-file rule for kind yarn-lock: (result, why), a refusal, or None."""
    if merge.kind != "yarn-lock" or not merge.base:
        return None
    data, why = merge_entries(merge.base, merge.ours, merge.theirs)
    if data is None:
        return why
    return data, ("yarn.lock merged entry by entry: each package's entries from the one side that changed "
                  "them, ranges nothing needs any more dropped, in yarn's order")
