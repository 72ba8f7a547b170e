"""Changelogs: entries (or release sections) both sides added at the same place."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution, lines_of
from .items import Item, Refused, is_sorted, three_way

NAME = re.compile(r"(?:^|/)(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES|Changelog|Changes|History|News|"
                  r"changelog|changes|history|news)(?:\.(?:md|markdown|rst|txt|adoc))?$")
BULLET = re.compile(rb"^([ \t]*)([-*+]|\d+[.)])[ \t]+\S")
ATX = re.compile(rb"^(#{1,6})[ \t]+\S")
UNDERLINE = re.compile(rb"^([=\-~^*+#])\1{2,}[ \t]*\r?\n?$")
VERSION = re.compile(rb"(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def is_changelog(path: str) -> bool:
    return NAME.search(path) is not None


def _heading(lines: list[bytes], at: int) -> bytes | None:
    """The heading's level marker when a heading starts at `at` (ATX `#`, or a title line with an
    underline of =, -, ~, ^ under it), else None."""
    match = ATX.match(lines[at])
    if match:
        return match.group(1)
    if at + 1 < len(lines) and lines[at].strip() and not BULLET.match(lines[at]) and UNDERLINE.match(lines[at + 1]):
        return lines[at + 1][:1] * 3
    return None


def _version(line: bytes):
    match = VERSION.search(line)
    return tuple(int(g or 0) for g in match.groups()) if match else None


def _split(lines: list[bytes], level: str) -> list[Item]:
    """A side's hunk as entries: each from a bullet at the hunk's first bullet's indent (level
    "entry") or from a heading (level "section") to the next one; blank lines go with the entry
    before them. Text before the first entry refuses."""
    items: list[Item] = []
    indent = None
    for at, line in enumerate(lines):
        starts = False
        if level == "section":
            starts = _heading(lines, at) is not None and not (at > 0 and UNDERLINE.match(line) and items
                                                                and items[-1].lines[-1] is lines[at - 1])
        else:
            match = BULLET.match(line)
            if match and (indent is None or match.group(1) == indent):
                indent = match.group(1)
                starts = True
            elif _heading(lines, at) is not None:
                raise Refused("a heading among the entries")
        if starts:
            items.append(Item(b" ".join(line.split()), [line]))
        elif items:
            items[-1].lines.append(line)
        elif line.strip():
            raise Refused("text before the first entry")
        else:
            raise Refused("a blank line before the first entry")
    for item in items:
        item.key = (item.key, b"".join(item.lines).strip())  # an entry is its whole text
    return items


def _sort_text(line: bytes) -> bytes:
    return b" ".join(re.sub(rb"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", b"", line, count=1).split()).lower()


def _entries_before(lines: list[bytes]) -> list[Item]:
    """The single-line entries just before the hunk (back to a heading or a blank line)."""
    out = []
    for line in reversed(lines):
        if not BULLET.match(line):
            break
        out.insert(0, Item(line, [line]))
    return out


def _entries_after(lines: list[bytes]) -> list[Item]:
    out = []
    for line in lines:
        if not BULLET.match(line):
            break
        out.append(Item(line, [line]))
    return out


def entries(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """changelog-entries: in a changelog, both sides added entries (or whole release sections) at
    the same place, and changed nothing else there.

    Proof: each side's hunk reads, line for line, as whole entries (a bullet and the lines under
    it) or whole sections (a heading and everything to the next heading), and neither side
    removed or edited an entry the base had: the set of entries is the base's plus ours' plus
    theirs', each added by one side, and a changelog records each once. Only where the list keeps
    its entries sorted (the entries around the hunk and each side's, at least three, in order of
    their text, as lists of module names are) does the order follow from the file; everywhere
    else which side's entries go first is a person's choice (on real merges people pick either,
    about half and half), and the hunk is declined, as are release sections added by both sides.
    An entry edited or removed by either side, text that is not a whole entry, an entry whose
    text runs on past the hunk: declined."""
    if not is_changelog(merge.path) or merge.kind not in ("text",):
        return None
    try:
        sides = (hunk.base, hunk.ours, hunk.theirs)
        sectioned = any(_heading(side, at) is not None for side in sides for at in range(len(side)))
        level = "section" if sectioned else "entry"
        base, ours, theirs = (_split(side, level) for side in sides)
        if not ours or not theirs:
            raise Refused("one side added nothing")
        after = [line for line in merge.after(hunk)]
        following = next((at for at, line in enumerate(after) if line.strip()), None)
        if level == "section":
            if following is not None and _heading(after, following) is None:
                raise Refused("the section's text runs on past the hunk")
        elif following is not None and not (BULLET.match(after[following]) or _heading(after, following)):
            raise Refused("an entry's text runs on past the hunk")
        if level == "section":
            return release_sections(merge, hunk)
        before = _entries_before(merge.before(hunk))
        after_items = _entries_after(after)
        for item in before + base + ours + theirs + after_items:
            item.sort_key = _sort_text(item.lines[0])
        sort = is_sorted([before + ours + after_items, before + theirs + after_items])
        if not sort:
            raise Refused("entries that keep no order: which side's go first is a person's choice")
        merged, what = three_way(base, ours, theirs, sort=True)
    except Refused as exc:
        return str(exc)
    out = [line for item in merged for line in item.lines]
    if out and not out[-1].endswith(b"\n"):
        return "the last entry has no final newline"
    return Resolution("changelog-entries", out, f"both sides added {'release sections' if level == 'section' else 'entries'}"
                                                 f" here: kept all, sorted as the list keeps them")


def _sections(lines: list[bytes], marker: bytes) -> list[tuple[tuple, list[bytes]]]:
    """A side's hunk as release sections [(version, lines)]: each from a heading of `marker`'s level
    with a version to the next one (an unreleased placeholder with only its sub-headings too),
    ending in a blank line. Anything else refuses."""
    out: list[tuple[tuple, list[bytes]]] = []
    for at, line in enumerate(lines):
        if _heading(lines, at) == marker:
            version = _version(line)
            if version is None:
                raise Refused("a release heading without a version")
            out.append((version, [line]))
        elif out:
            out[-1][1].append(line)
        else:
            raise Refused("text before the first release heading")
    for version, section in out:
        if section[-1].strip():
            raise Refused("a release section that does not end in a blank line")
    return out


def _blank_run(section: list[bytes]) -> int:
    """How many blank lines end a release section."""
    count = 0
    for line in reversed(section):
        if line.strip():
            break
        count += 1
    return count


def _release_headings(lines: list[bytes], marker: bytes) -> list:
    """The versions of the headings of `marker`'s level that have one (a note's own heading at that
    level, "# Upgrading", is not a release)."""
    versions = (_version(line) for at, line in enumerate(lines) if _heading(lines, at) == marker)
    return [version for version in versions if version is not None]


REFERENCE = re.compile(r"(?<![\w&])#\d+\b|https?://\S+?/(?:pull|issues|merge_requests)/\d+")


def _references(entries: set[str]) -> set[str]:
    """The pull-request and issue references of entries (`#7691`, a .../pull/7691 link): one change
    both sides cite, in whatever words, is one change."""
    return {match.group().rsplit("/", 1)[-1].lstrip("#") for entry in entries for match in REFERENCE.finditer(entry)}


def _entries_of(sections) -> set[str]:
    """The entry lines of release sections: not their headings (`### Fixes`), RST underlines or blank
    lines, which both sides may well share."""
    return {line.strip().decode("utf-8", "replace") for _, section in sections for line in section[1:]
            if line.strip().strip(b"-=~^*+#`'\".:_ ") and not line.lstrip().startswith(b"#")}


def release_sections(merge: Merge, hunk: Hunk) -> Resolution | str:
    """changelog-releases: both sides added whole release sections at the same place of a
    changelog that lists its releases newest first.

    Proof: the base's lines of the hunk are empty (neither side edited or removed anything there),
    each side's hunk reads as whole release sections (a heading of one level with a version, at
    least one line of text, a blank line before the next heading), and the heading that follows the
    hunk is a release heading of the same level. Every release heading of that level in the whole
    result has a version, and those versions are all different; the file's own order decides
    where each section goes: the base's releases, each side's and the result's are in strictly
    descending version order, so the only order that keeps the file's rule puts each section by
    its version. No text is written that a side did not write; a version two sections claim, a
    heading without a version, a file whose releases are not newest first (by date, say), an
    entry both sides list (kept twice, one fix would be in two releases), or sections that end in
    different runs of blank lines (re-ordered, they would space the releases unevenly; pip's
    person evened them out): declined. (On the yardstick people kept both sides' releases by
    version in 43 of the 45 files this rule resolves; in the other two they dropped a placeholder
    release, or re-wrapped a line and re-spaced the releases while resolving, which no rule can
    know.)"""
    if hunk.base:
        return "a side edited or removed text the base had among the release sections"
    try:
        first = next((at for at, line in enumerate(hunk.ours) if line.strip()), None)
        marker = _heading(hunk.ours, first) if first is not None else None
        if marker is None:
            raise Refused("ours' text does not start with a release heading")
        ours, theirs = _sections(hunk.ours, marker), _sections(hunk.theirs, marker)
        spacing = {_blank_run(section) for _, section in ours + theirs}
        if len(spacing) > 1:
            raise Refused("the sides' release sections end in different runs of blank lines: how the merged "
                          "releases are spaced is a person's choice")
        ours_entries, theirs_entries = _entries_of(ours), _entries_of(theirs)
        shared = (ours_entries & theirs_entries) or (_references(ours_entries) & _references(theirs_entries))
        if shared:
            raise Refused(f"the same entry in both sides' releases ({min(shared)[:60]!r}): which release "
                          "lists it is a person's choice")
        after = merge.after(hunk)
        following = next((at for at, line in enumerate(after) if line.strip()), None)
        if following is None or _heading(after, following) != marker or _version(after[following]) is None:
            raise Refused("no earlier release's heading follows the sections")
        merged = sorted(ours + theirs, key=lambda section: section[0], reverse=True)
        out = [line for _, section in merged for line in section]
        for side in (merge.base, merge.ours, merge.theirs):
            versions = _release_headings(lines_of(side), marker)
            if versions != sorted(set(versions), reverse=True):
                raise Refused("the file does not list its releases newest first, each once")
        result = merge.text_with({hunk.index: out})
        versions = _release_headings(lines_of(result), marker)
        if versions != sorted(set(versions), reverse=True):
            raise Refused("the releases of both sides do not fall into one newest-first order (a version twice)")
    except Refused as exc:
        return str(exc)
    return Resolution("changelog-releases", out, "both sides added release sections here: kept all, newest "
                                                 "first, as the file lists its releases")
