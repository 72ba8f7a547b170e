"""Go modules: go.mod `require` lines (go.sum: a refusal)."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution
from .items import Item, Refused, is_sorted, lines, three_way_beside

REQUIRE_LINE = re.compile(rb"^[ \t]+([^\s/][^\s]*)[ \t]+(v[^\s]+)[ \t]*(//[ \t]*indirect[ \t]*)?(\r?\n)?$")
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


def sum_lines(merge: Merge, hunk: Hunk) -> str | None:
    """go.sum: every hunk left to the go command and a person (a refusal).

    go.sum is a set of (module, version, hash) lines that the go command writes sorted; a hunk git
    conflicts on there is both sides' new lines meeting at one place (a side that removed or
    replaced a line refuses any merge: tidy's judgement). The union of both sides' lines, sorted,
    verifies every build either side made, and the rule that wrote it (`go-sum`, git history:
    rules/golang.py up to e977f23) was measured on the yardstick: the person's bytes in 1 of 3
    files; in the other 2 people kept git's union order (ours', then theirs'), not the go command's,
    and nothing in the three versions told them apart. Which order the file keeps is the person's
    (or `go mod tidy`'s) to decide."""
    if merge.kind != "go-sum":
        return None
    return ("go.sum: both sides' checksum lines meet here; sorted (the go command's order) or in git's "
            "union order is a person's or `go mod tidy`'s choice")
