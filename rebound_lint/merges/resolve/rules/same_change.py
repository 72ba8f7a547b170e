"""Both sides made the same change."""
from __future__ import annotations

from ..engine import Hunk, Merge, Resolution
from ..validate import Unparsed, data_kind, parse_data


def identical(merge: Merge, hunk: Hunk) -> Resolution | None:
    """same-change: ours and theirs replaced the base's lines with the same text.

    Proof: both sides wrote these exact bytes in place of the same base lines, so the result that
    keeps them once is what each side meant; keeping them twice or dropping them is what neither
    meant. (git's own merge treats most identical changes as clean; what reaches this rule is a
    hunk git could not align, such as overlapping edits that end up the same.)"""
    if hunk.ours == hunk.theirs:
        return Resolution("same-change", list(hunk.ours), "both sides made the identical change")
    return None


def same_data(merge: Merge, hunk: Hunk) -> Resolution | str | None:
    """same-data: in a JSON, YAML or TOML file, ours' text and theirs' text of the hunk differ only
    in formatting: the data they hold is the same.

    Proof: the whole merged file (git's merged text, every hunk as one side) is parsed four times:
    every hunk as ours, then this one as theirs; every hunk as theirs, then this one as ours. The
    rule applies only when each pair parses to equal data (the same keys, values and types; list
    order counts). Then the choice of text changes nothing either side meant, in either side's
    context; ours' text is kept (theirs' where the texts differ only in blanks at a line's end and
    only theirs' has none, as the base has none: the file's own layout). A parser failure on any
    of the three inputs, or a duplicate key, and the rule does not apply; nor when the hunk's
    comments differ (data that is the same can still say something else: a comment naming the
    version a file was copied from). Lockfiles a tool writes whole (package-lock.json,
    pnpm-lock.yaml, poetry.lock, ...) are left alone."""
    kind = data_kind(merge)
    if kind is None:
        return None
    try:
        parse_data(kind, merge.base)
        parse_data(kind, merge.ours), parse_data(kind, merge.theirs)
        ours_file, theirs_file = (parse_data(kind, merge.text_with({}, side)) for side in ("ours", "theirs"))
        swapped_ours = parse_data(kind, merge.text_with({hunk.index: hunk.theirs}, "ours"))
        swapped_theirs = parse_data(kind, merge.text_with({hunk.index: hunk.ours}, "theirs"))
    except Unparsed:
        return None
    if _same(ours_file, swapped_ours) and _same(theirs_file, swapped_theirs):
        if _comments(hunk.ours) != _comments(hunk.theirs):
            return "the same data, but the comments differ (a comment is meant too)"
        lines, which = _in_the_files_layout(merge, hunk)
        return Resolution("same-data", lines, f"both sides hold the same {merge.kind.upper()} data here "
                                              f"(only the formatting differs); {which} text kept")
    return None


def _trailing_blanks(lines: list[bytes]) -> bool:
    return any(line.rstrip(b"\r\n") != line.rstrip(b"\r\n").rstrip(b" \t") for line in lines)


def _in_the_files_layout(merge: Merge, hunk: Hunk) -> tuple[list[bytes], str]:
    """Ours' text, unless the two texts differ only in blanks after a line's end and only theirs'
    keeps the base's layout of ending no line in blanks: then theirs' (the file's own layout, which
    is what every person kept on the yardstick; an editor or formatter strips such blanks)."""
    strip = lambda lines: [line.rstrip(b"\r\n").rstrip(b" \t") for line in lines]  # noqa: E731
    if (strip(hunk.ours) == strip(hunk.theirs) and _trailing_blanks(hunk.ours) and not _trailing_blanks(hunk.theirs)
            and merge.base and not _trailing_blanks(merge.base.split(b"\n"))):
        return list(hunk.theirs), "theirs' (no blanks at a line's end, as the file has none)"
    return list(hunk.ours), "ours'"


def _comments(lines: list[bytes]) -> list[bytes]:
    """Every '#' comment's text in the lines, blanks folded (a '#' inside a string counts too:
    stricter, never looser)."""
    out = []
    for line in lines:
        at = line.find(b"#")
        if at >= 0:
            out.append(b" ".join(line[at:].split()))
    return out


def _same(a, b) -> bool:
    """Equal data with equal types (1 and True and 1.0 are different values)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b
