"""pip requirement files: distinct packages added, changed or removed by each side."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution
from .items import Item, Refused, is_sorted, lines, three_way_beside

NAME = re.compile(r"([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$")


def key_of(line: bytes) -> Item:
    """A requirement line as an item: its key is the package's normalised name with the
    environment marker (`numpy; python_version < "3.9"` and the same package for other Pythons
    are two entries); a comment or an option line is keyed by its whole text."""
    text = line.decode("utf-8").strip()
    if not text:
        raise Refused("a blank line in the hunk (where it goes is not a fact about any package)")
    if text.startswith("#"):
        return Item(("comment", text), [line], sort_key=None)
    if text.startswith("-"):
        return Item(("line", text), [line])
    bare = re.split(r"\s+#", text, maxsplit=1)[0].strip()
    if "://" in bare or "@" in bare.split(";")[0] or bare.startswith((".", "/")):
        return Item(("line", text), [line])
    match = NAME.match(bare)
    if not match:
        raise Refused(f"not a requirement line: {text[:60]}")
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    marker = ""
    if ";" in match.group(3):
        marker = " ".join(match.group(3).split(";", 1)[1].split())
    return Item((name, marker), [line], sort_key=(name, marker))


def related(a, b) -> bool:
    """Two packages that go together: one's name is the other's plus a suffix (`strawberry-graphql`
    and `strawberry-graphql-django`), or they share their first word (`pytest` and `pytest-cov`,
    `django-x` and `django-y` do: a plugin's release follows its host's)."""
    if not (isinstance(a, tuple) and isinstance(b, tuple)) or a[0] in ("comment", "line") or b[0] in ("comment", "line"):
        return False
    x, y = a[0], b[0]
    return x.startswith(y + "-") or y.startswith(x + "-") or x.split("-")[0] == y.split("-")[0]


def _items(raw: list[bytes]) -> list[Item]:
    return [key_of(line) for line in raw]


def _context(merge: Merge, hunk: Hunk) -> tuple[list[Item], list[Item]]:
    """The requirement lines just before and after the hunk (up to a blank line or a comment)."""
    before, after = [], []
    for line in reversed(merge.before(hunk)):
        try:
            item = key_of(line)
        except (Refused, UnicodeDecodeError):
            break
        if not isinstance(item.key[0], str) or item.key[0] in ("comment", "line"):
            break
        before.insert(0, item)
    for line in merge.after(hunk):
        try:
            item = key_of(line)
        except (Refused, UnicodeDecodeError):
            break
        if item.key[0] in ("comment", "line"):
            break
        after.append(item)
    return before, after


def requirement_lines(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """requirements-lines: in a pip requirements file, each side added, changed or removed
    requirement lines of different packages.

    Proof: a requirements file is a set of requirements, one package (with its environment
    marker) a line, whose order pip ignores. Each side's hunk is read as such a set, keyed by the
    normalised package name and marker; ours' changes are the keys it added, removed or changed
    against the base, theirs' likewise. When no key is touched by both sides (other than the
    identical change), the result - the base with both sides' changes and additions - holds every
    change each side made and nothing else. A package both sides touched differently (both bumped
    it, one removed it while the other changed it, both added it with two specifiers) is never
    resolved; nor a hunk where a side removed a line (people often keep it: on real merges, a
    removal is not provably what both sides meant), nor two related packages changed one on each
    side (a package and its plugin: `strawberry-graphql` and `strawberry-graphql-django`). Order: the file's convention - sorted by name where
    the run of lines around the hunk is sorted in every version, else ours' order with theirs'
    additions after the line they follow in theirs. A blank line, a line that is not a requirement,
    comment or option, or a package listed twice declines the hunk."""
    if merge.kind != "requirements":
        return None
    try:
        base, ours, theirs = _items(hunk.base), _items(hunk.ours), _items(hunk.theirs)
        before, after = _context(merge, hunk)
        packages = [[i for i in side if i.key[0] not in ("comment", "line")] for side in (base, ours, theirs)]
        if len(packages[1]) != len(ours) or len(packages[2]) != len(theirs) or len(packages[0]) != len(base):
            sort = False
        else:
            sort = is_sorted([before + side + after for side in (ours, theirs)])
        merged, what = three_way_beside(base, ours, theirs, before + after,
                                        "a package in the hunk is also listed next to it", sort=sort, related=related)
    except Refused as exc:
        return str(exc)
    except UnicodeDecodeError:
        return "not UTF-8"
    order = "sorted by name, as the file keeps them" if sort else "ours' order"
    return Resolution("requirements-lines", lines(merged), f"distinct packages: {what} ({order})")
