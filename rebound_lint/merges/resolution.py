"""How a conflict was resolved: the conflict as git wrote it (common text and hunks of ours and
theirs) laid against the resolution a person (or a script) produced.

Each hunk gets a verdict: took ours, took theirs, both kept (ours then theirs, or theirs then
ours: the naive "strip the markers" resolution), resolved by hand, or markers left in.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .markers import DEFAULT_SIZE, line_marker

OURS_ONLY, THEIRS_ONLY = "took ours", "took theirs"
BOTH_OURS_FIRST, BOTH_THEIRS_FIRST = "both sides kept (ours then theirs)", "both sides kept (theirs then ours)"
BY_HAND, MARKERS, UNKNOWN = "resolved by hand", "conflict markers left in", "not found (the text around it changed)"
BOTH_KEPT = (BOTH_OURS_FIRST, BOTH_THEIRS_FIRST)
ADDITIONS = ": additions"  # appended to a both-kept verdict `audit` judged deliberate (no RL702)


@dataclass
class Hunk:
    ours: list[str]
    theirs: list[str]
    base: list[str] | None = None  # the base's lines (diff3 markers), None when unknown


@dataclass
class Region:
    """A hunk's resolution: 1-based lines of the resolved file (end inclusive; start > end when empty)."""
    start: int
    end: int
    verdict: str


@dataclass
class Conflict:
    segments: list = field(default_factory=list)  # list[str] (common lines) or Hunk, alternating

    @property
    def hunks(self) -> list[Hunk]:
        return [segment for segment in self.segments if isinstance(segment, Hunk)]


def parse(text: str, size: int = DEFAULT_SIZE) -> Conflict:
    """The 2-way (or diff3) marker text git wrote for one file, with markers of `size`."""
    conflict, common = Conflict(), []
    ours: list[str] | None = None
    theirs: list[str] | None = None
    in_base = False
    base: list[str] = []
    for line in text.split("\n"):
        marker = line_marker(line, size)
        if ours is None and marker == "open":
            conflict.segments.append(common)
            common, ours, in_base, base = [], [], False, []
        elif ours is not None and theirs is None and marker == "base":
            in_base, base = True, []
        elif ours is not None and theirs is None and marker == "separator":
            in_base_seen, theirs, in_base = in_base, [], False
        elif theirs is not None and marker == "close":
            conflict.segments.append(Hunk(ours, theirs, base if in_base_seen else None))
            ours = theirs = None
        elif theirs is not None:
            theirs.append(line)
        elif ours is not None:
            (base if in_base else ours).append(line)
        else:
            common.append(line)
    if ours is not None:  # unterminated: treat the rest as common text
        common = ours + (theirs or []) + common
    conflict.segments.append(common)
    return conflict


def regions(conflict: Conflict, resolved: str, size: int = DEFAULT_SIZE) -> list[Region]:
    """A verdict for each hunk, found by anchoring the common text in the resolution."""
    lines = resolved.split("\n")
    found: list[Region] = []
    segments = conflict.segments
    position = 0
    lost = False
    waiting: list[Region] = []  # regions past the point where the text was lost, not yet placed
    for index, segment in enumerate(segments):
        if not isinstance(segment, Hunk):
            if not lost and lines[position:position + len(segment)] == segment:
                position += len(segment)
                continue
            lost = True
            # once lost, no verdict can be trusted; each region is still placed where it lies, between
            # the common text before it and the common text after it (when found, in order)
            found_at = _find(lines, segment, position)
            if found_at is not None:
                for region in waiting:
                    region.end = found_at
                waiting = []
                position = found_at + len(segment)
            continue
        if lost:
            region = Region(position + 1, position, UNKNOWN)
            found.append(region)
            waiting.append(region)
            continue
        following = segments[index + 1] if index + 1 < len(segments) else []
        last = index + 2 >= len(segments)
        end = _resolution_end(lines, position, segment, following, last, size)
        if end is None:
            lost = True
            region = Region(position + 1, position, UNKNOWN)
            found.append(region)
            waiting.append(region)
            continue
        taken = lines[position:end]
        found.append(Region(position + 1, end, _verdict(segment, taken, size)))
        position = end
    if any(region.verdict == UNKNOWN for region in found):
        aligned = _aligned(conflict, lines, size)
        found = [again if region.verdict == UNKNOWN else region for region, again in zip(found, aligned)]
    return found


def _aligned(conflict: Conflict, lines: list[str], size: int) -> list[Region]:
    """A verdict for each hunk where the text around it changed in the resolution: the common
    text is aligned with the resolution by a diff (difflib), each hunk's resolution lies between
    the nearest common lines the diff matched on either side, and in it one looks for the halves."""
    import difflib

    common: list[str] = []
    hunk_at: list[int] = []  # for each hunk, how many common lines come before it
    for segment in conflict.segments:
        if isinstance(segment, Hunk):
            hunk_at.append(len(common))
        else:
            common += segment
    where = [-1] * len(common)  # common line -> resolved line (-1: not matched)
    matcher = difflib.SequenceMatcher(None, common, lines, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            where[block.a + offset] = block.b + offset
    out = []
    for hunk, before in zip(conflict.hunks, hunk_at):
        # blank lines match anywhere: only lines with text in them anchor a hunk
        low = next((where[at] + 1 for at in range(before - 1, -1, -1) if where[at] >= 0 and common[at].strip()), 0)
        high = next((where[at] for at in range(before, len(common)) if where[at] >= 0 and common[at].strip()),
                    len(lines))
        high = max(high, low)
        out.append(_within(hunk, lines, low, high, size))
    return out


def _within(hunk: Hunk, lines: list[str], low: int, high: int, size: int) -> Region:
    """The hunk's verdict from the resolved lines[low:high] (which may hold changed text around it)."""
    window = lines[low:high]
    if any(line_marker(line, size) in ("open", "close", "separator") for line in window):
        return Region(low + 1, high, MARKERS)
    for verdict, kept in ((BOTH_OURS_FIRST, hunk.ours + hunk.theirs), (BOTH_THEIRS_FIRST, hunk.theirs + hunk.ours)):
        at = _index(window, kept) if hunk.ours and hunk.theirs else None
        if at is not None:
            return Region(low + at + 1, low + at + len(kept), verdict)
    ours_at, theirs_at = _index(window, hunk.ours), _index(window, hunk.theirs)
    if hunk.ours and ours_at is not None and (not hunk.theirs or theirs_at is None):
        return Region(low + ours_at + 1, low + ours_at + len(hunk.ours), OURS_ONLY)
    if hunk.theirs and theirs_at is not None and (not hunk.ours or ours_at is None):
        return Region(low + theirs_at + 1, low + theirs_at + len(hunk.theirs), THEIRS_ONLY)
    if not hunk.ours and theirs_at is None:
        return Region(low + 1, low, OURS_ONLY)  # ours added nothing here and theirs is gone
    if not hunk.theirs and ours_at is None:
        return Region(low + 1, low, THEIRS_ONLY)
    while low < high and not lines[low].strip():  # blank lines around it are the common text's
        low += 1
    while high > low and not lines[high - 1].strip():
        high -= 1
    return Region(low + 1, high, BY_HAND)


def _index(window: list[str], part: list[str]) -> int | None:
    """Where `part` starts as a run of lines in `window` (None: nowhere, or part is empty)."""
    if not part:
        return None
    for at in range(len(window) - len(part) + 1):
        if window[at] == part[0] and window[at:at + len(part)] == part:
            return at
    return None


def _find(lines: list[str], segment: list[str], start: int) -> int | None:
    """Where common text occurs first at or after `start`, if it has a line with any text in it."""
    if not any(line.strip() for line in segment):
        return None
    first = segment[0]
    for at in range(start, len(lines) - len(segment) + 1):
        if lines[at] == first and lines[at:at + len(segment)] == segment:
            return at
    return None


def _resolution_end(lines: list[str], start: int, hunk: Hunk, following: list[str], last: bool,
                    size: int) -> int | None:
    """Where the hunk's resolution ends: the next common text starts there (and, for the last
    one, runs to the end). Of several places, the one giving a recognisable verdict wins."""
    candidates = []
    if last:
        end = len(lines) - len(following)
        if end >= start and lines[end:] == following:
            candidates.append(end)
    else:
        for end in range(start, len(lines) - len(following) + 1):
            if lines[end:end + len(following)] == following:
                candidates.append(end)
    if not candidates:
        return None
    for end in candidates:
        if _verdict(hunk, lines[start:end], size) != BY_HAND:
            return end
    return candidates[0]


def _verdict(hunk: Hunk, taken: list[str], size: int) -> str:
    if any(line_marker(line, size) in ("open", "close", "separator") for line in taken):
        return MARKERS
    if taken == hunk.ours:
        return OURS_ONLY
    if taken == hunk.theirs:
        return THEIRS_ONLY
    if taken == hunk.ours + hunk.theirs:
        return BOTH_OURS_FIRST
    if taken == hunk.theirs + hunk.ours:
        return BOTH_THEIRS_FIRST
    return BY_HAND
