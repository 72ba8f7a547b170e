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
    return found


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
