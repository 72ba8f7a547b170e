"""Go modules: go.mod `require` lines and go.sum lines."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution
from .items import Item, Refused, is_sorted, lines, three_way, three_way_beside

REQUIRE_LINE = re.compile(rb"^[ \t]+([^\s/][^\s]*)[ \t]+(v[^\s]+)[ \t]*(//[ \t]*indirect[ \t]*)?(\r?\n)?$")
SUM_LINE = re.compile(rb"^([^\s]+)[ \t]+(v[^\s/]+)(/go\.mod)?[ \t]+(h1:[A-Za-z0-9+/=]+)(\r?\n)?$")
SEMVER = re.compile(r"^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


def semver_key(version: str):
    """Semantic-version precedence (build metadata such as +incompatible ignored); None when the
    text is not a semantic version."""
    match = SEMVER.match(version)
    if not match:
        return None
    major, minor, patch, pre, _ = match.groups()
    if pre is None:
        pre_key = (1,)
    else:
        pre_key = (0, *((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")))
    return int(major), int(minor), int(patch), pre_key


def _in_require_block(merge: Merge, hunk: Hunk) -> bool:
    """Whether the hunk sits inside a `require (` ... `)` block, in ours' version of the merge."""
    before: list[bytes] = []
    for segment in merge.segments:
        if segment is hunk:
            break
        before.extend(segment.ours if isinstance(segment, Hunk) else segment)
    for line in reversed(before):
        text = line.strip()
        if text == b")":
            return False
        if re.match(rb"^require[ \t]*\($", text):
            return True
        if text and not REQUIRE_LINE.match(line) and not text.startswith(b"//"):
            return False
    return False


def _context(raw: list[bytes], reverse: bool) -> list[Item]:
    """The require lines next to the hunk in the same block (for the order convention)."""
    out = []
    for line in (reversed(raw) if reverse else raw):
        match = REQUIRE_LINE.match(line)
        if not match:
            break
        path = match.group(1).decode("utf-8", "replace")
        out.append(Item(path, [line], sort_key=path))
    return list(reversed(out)) if reverse else out


def _require_items(raw: list[bytes]) -> list[Item]:
    items = []
    for line in raw:
        match = REQUIRE_LINE.match(line)
        if not match:
            raise Refused("not a require line")
        path = match.group(1).decode("utf-8")
        items.append(Item(path, [line], sort_key=path))
    return items


def require_lines(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """go-require: in a go.mod `require ( ... )` block, each side added or raised different modules.

    Proof: a require line states a module's minimum version, and Go's minimal version selection
    builds with the highest minimum any requirement states; the lines carry no order (go mod tidy
    sorts them). Keyed by module path, the merge is the base's lines with each side's additions and
    raises. Never resolved: a module both sides changed (the higher version is what Go would select,
    but on real merges people as often keep the lower one: not provably what both meant), an `// indirect` line added or changed (tidy computes those from the
    whole module graph, which the merge changes: on real merges people's tidied files raise them
    further), a module one side removed (tidy's judgement, not provably both
    sides'), a version lowered or not a semantic version, `// indirect` on one side only, anything
    outside a require block (go, toolchain, replace, exclude lines). Order: sorted, as go mod
    tidy keeps it, when every side is sorted; else ours' order."""
    if merge.kind != "go-mod":
        return None
    if not _in_require_block(merge, hunk):
        return "not inside a require ( ... ) block"
    try:
        base, ours, theirs = _require_items(hunk.base), _require_items(hunk.ours), _require_items(hunk.theirs)
        b = {i.key: i for i in base}
        for item in ours + theirs:
            if REQUIRE_LINE.match(item.lines[0]).group(3) and (item.key not in b or b[item.key].lines != item.lines):
                raise Refused(f"{item.key} is an // indirect requirement: its version is go mod tidy's to "
                              "compute from the whole build, not either side's")
        before = _context(merge.before(hunk), reverse=True)
        after = _context(merge.after(hunk), reverse=False)
        sort = is_sorted([before + ours + after, before + theirs + after])
        merged, what = three_way_beside(base, ours, theirs, before + after,
                                        "a module in the hunk is also required next to it", sort=sort)
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    order = "sorted, as go mod tidy keeps them" if sort else "ours' order"
    return Resolution("go-require", lines(merged), f"distinct modules: {what} ({order})")


def _sum_items(raw: list[bytes]) -> list[Item]:
    items = []
    for line in raw:
        match = SUM_LINE.match(line)
        if not match:
            raise Refused("not a go.sum line")
        module, version, gomod = match.group(1).decode(), match.group(2).decode(), bool(match.group(3))
        items.append(Item((module, version, gomod), [line], sort_key=(module, semver_key(version) or (), gomod)))
    return items


def sum_lines(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """go-sum: in go.sum, each side added checksum lines for different module versions.

    Proof: go.sum is a set of (module, version, hash) lines, which the go command sorts and reads
    as a set; a line is keyed by module and version (and /go.mod), and its hash is a fact about
    that version, never a choice. The union of both sides' additions holds every checksum either
    side's build verifies. Never resolved: one key with two hashes (a checksum mismatch), a line a
    side removed (tidy's judgement), two versions of one module added one on each side (go mod
    tidy keeps only the one go.mod selects: which, this file cannot tell). Sorted by module and version, as the go command writes it."""
    if merge.kind != "go-sum":
        return None
    try:
        base, ours, theirs = _sum_items(hunk.base), _sum_items(hunk.ours), _sum_items(hunk.theirs)
        for side in (base, ours, theirs):
            if any(a.order >= b.order for a, b in zip(side, side[1:])):
                raise Refused("the lines are not in the go command's order")
        merged, what = three_way(base, ours, theirs, sort=True, related=lambda a, b: a[0] == b[0])
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    return Resolution("go-sum", lines(merged), f"checksums of different module versions: {what}")
