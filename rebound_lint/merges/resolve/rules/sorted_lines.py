"""Name lists (AUTHORS, CONTRIBUTORS, ...) kept in alphabetical order, to which both sides added
names at one place."""
from __future__ import annotations

import re

from ..engine import Hunk, Merge, Resolution, lines_of
from .items import Item, Refused, three_way_beside

RULE = "sorted-names"
# Files that are lists of people by nature. Any other text file is left alone: the kind "text"
# also holds source code of languages rebound-lint does not parse, prose, and files where order
# means something (CODEOWNERS: the last matching line wins; ignore files: a `!` line reverses an
# earlier one).
NAME_LISTS = re.compile(r"(?:^|/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|THANKS|CREDITS)(?:\.(?:md|rst|txt))?$", re.I)
# One entry a line: its indent and bullet (the frame, the same on every line of the list), then the text.
ENTRY = re.compile(rb"^([ \t]*(?:[-*+][ \t]+)?)(\S(?:[^\r\n]*\S)?)[ \t]*(\r?\n)?$")
WINDOW = 5  # entries of the list before and after the hunk whose order is looked at
MIN_RUN = 4  # entries a side's window must hold (context and its additions) to show an order

ORDERS = (
    ("byte order", lambda text: text),
    ("case-insensitive order", lambda text: text.casefold()),
)


def _entry(line: bytes, frame: bytes | None) -> tuple[bytes, str]:
    """(the frame, the entry's text) of one list line; Refused when the line is not an entry of
    the list (blank, another frame, a heading, a comment, markup)."""
    match = ENTRY.match(line)
    if not match:
        raise Refused("not one entry a line")
    own, text = match.group(1), match.group(2)
    if frame is not None and own != frame:
        raise Refused("lines of another indent or bullet")
    if text[:1] in b"#<>|=`[.:!" or b"\t" in text or (len(set(text)) == 1 and text[:1] in b"-=~^*+"):
        raise Refused("a heading, comment or markup line among the entries")
    return own, text.decode("utf-8")


def _run(lines: list[bytes], frame: bytes, reverse: bool) -> list[str]:
    """The entries of the list that continue the hunk's, just before (reverse) or after it."""
    out = []
    for line in (reversed(lines) if reverse else lines):
        try:
            out.append(_entry(line, frame)[1])
        except (Refused, UnicodeDecodeError):
            break
    return list(reversed(out)) if reverse else out


def names(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """sorted-names: in an AUTHORS, CONTRIBUTORS, MAINTAINERS, THANKS or CREDITS file, both sides
    added one-line entries at one place of a list that is kept sorted there, and the sorted place
    of the entries is ours' then theirs' (git's union order).

    Proof: such a file is a set of names, one a line: no tool reads its order. Around the hunk, the
    list (up to five entries on each side of it, and each side's additions: at least four in all)
    has one frame (indent and bullet) and is strictly sorted on ours and on theirs (in byte order or
    case-insensitively; where both hold, both must give the same result), so each side put its
    entries at their sorted places, and the result is the base's entries plus both sides'
    additions, sorted. Where that order is not ours' entries then theirs' (theirs' sort first, or
    the two interleave), the hunk is declined: on the yardstick people kept git's union order as
    often as the sorted one there (5 and 3 of 8), so which is a person's choice. Each added entry
    is new: not in the list next to the hunk, nor anywhere else in either side's file (an entry
    moved by one side), nor added by both. No removal or edit is accepted."""
    if merge.kind != "text" or not NAME_LISTS.search(merge.path):
        return None
    if hunk.base or not hunk.ours or not hunk.theirs:
        return None  # not additions at one place on both sides
    try:
        frame = None
        parsed = []
        for side in (hunk.base, hunk.ours, hunk.theirs):
            texts = []
            for line in side:
                frame, text = _entry(line, frame)
                texts.append(text)
            parsed.append(texts)
    except (Refused, UnicodeDecodeError):
        return None  # not a list of one-line entries: this rule has nothing to say
    try:
        before = _run(merge.before(hunk), frame, True)
        after = _run(merge.after(hunk), frame, False)
        windows = [before[-WINDOW:] + side + after[:WINDOW] for side in parsed[1:]]
        if any(len(window) < MIN_RUN for window in windows):
            raise Refused(f"a list of fewer than {MIN_RUN} entries says nothing about its order")
        orders = [(name, key) for name, key in ORDERS
                  if all(all(key(a) < key(b) for a, b in zip(window, window[1:])) for window in windows)]
        if not orders:
            raise Refused("the list keeps its entries in no order this rule knows: where each side's entry "
                          "goes is a person's choice")
        beside = [Item(text, []) for text in before + after]
        results = []
        for name, key in orders:
            items = [[Item(text, [line], key(text)) for text, line in zip(texts, side)]
                     for texts, side in zip(parsed, (hunk.base, hunk.ours, hunk.theirs))]
            merged, what = three_way_beside(*items, beside, "an added entry is already in the list", sort=True)
            results.append(merged)
        if any([i.key for i in r] != [i.key for i in results[0]] for r in results):
            raise Refused("the sides' entries sort differently in byte order and case-insensitively")
        merged = results[0]
        if [item.key for item in merged] != parsed[1] + parsed[2]:
            raise Refused("the sorted place of the entries is not ours' then theirs' (git's union order): "
                          "people keep either, which is a person's choice")
        _added_once(merge, parsed)
    except Refused as exc:
        return str(exc)
    return Resolution(RULE, [line for item in merged for line in item.lines],
                      f"names added on both sides to a list kept sorted ({orders[0][0]}), ours' sorting "
                      f"first: {what}")


def _added_once(merge: Merge, parsed: list[list[str]]) -> None:
    """Refused when an entry a side added stands anywhere else in either side's file."""
    counts = []
    for data in (merge.ours, merge.theirs):
        seen: dict[str, int] = {}
        for line in lines_of(data):
            match = ENTRY.match(line)
            if match:
                text = match.group(2).decode("utf-8", "replace")
                seen[text] = seen.get(text, 0) + 1
        counts.append(seen)
    for own, side in ((0, parsed[1]), (1, parsed[2])):
        for text in side:
            if counts[own].get(text, 0) != 1 or counts[1 - own].get(text, 0) != 0:
                raise Refused(f"{text!r} also stands elsewhere in a side's file")
