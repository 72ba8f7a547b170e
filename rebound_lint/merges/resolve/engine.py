"""The resolver's engine: git's own three-way line merge, split into conflict hunks, each hunk
offered to the rules (rules/), the whole result validated (validate.py); decline by default.

`merge_file` never raises on bad input and writes nothing. Its `data` is always complete: the
resolved file, or byte for byte what `git merge-file` writes with the same style, labels and
marker size (for a binary side, ours unchanged, as git's binary merge keeps it).

How a hunk is seen: git's merge is run once more with `--diff3` (whatever style the caller asked
for), so every conflict hunk comes with the base's lines; the text between hunks is git's merged text (the changes
only one side made, already applied). A side that already holds conflict markers declines the
file. Where the last hunk ends the file and a side lacks a final newline, git has added one before
its marker, and whether the resolved file keeps it is the person's (their editor's) choice: the
file is declined.

A caller that knows git's own merge stopped on the file (`resolve`: the index holds its stages; the
yardstick) says so with `conflicted=True`: where `git merge-file` then merges it cleanly, the two
merges disagree (ort diffs with histogram, merge-file with Myers; a virtual merge base) and no rule
vouches for the result, so it is declined.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field

from .. import markers

STYLES = ("merge", "diff3", "zdiff3")
MAX_BYTES = 8 * 1024 * 1024  # over this a side is declined without parsing (git's merge still runs)
MAX_RULE_BYTES = 1024 * 1024  # rules and validation parse files up to this size; larger: declined


@dataclass
class HunkResolution:
    """One resolved conflict hunk."""
    rule: str  # the rule's id, e.g. "same-change"
    why: str  # one line: why this is what both sides meant
    start_line: int  # 1-based line of the hunk in the result
    end_line: int  # inclusive; start_line > end_line when the hunk resolved to nothing


@dataclass
class MergeResult:
    status: str  # "clean", "resolved" or "declined"
    data: bytes  # what the driver writes to %A
    hunks: list[HunkResolution] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    conflicts: int = 0  # conflict hunks git's own merge had
    kind: str = ""  # the file's kind as `check` detects it


@dataclass
class Hunk:
    """One conflict hunk of git's diff3 merge: lines with their endings."""
    index: int
    ours: list[bytes]
    base: list[bytes]
    theirs: list[bytes]


@dataclass
class Resolution:
    """What a rule proposes for one hunk."""
    rule: str
    lines: list[bytes]
    why: str


@dataclass
class Merge:
    """Everything a rule may look at: the three inputs, the file's kind and git's merge split into
    merged text (lists of lines: common text and the changes only one side made) and hunks."""
    path: str
    kind: str
    base: bytes
    ours: bytes
    theirs: bytes
    segments: list  # list[bytes] lines in common, or Hunk

    @property
    def hunks(self) -> list[Hunk]:
        return [s for s in self.segments if isinstance(s, Hunk)]

    def text_with(self, choices: dict[int, list[bytes]], default: str = "ours") -> bytes:
        """The whole merged file: each hunk as `choices[index]`, else as its `default` side."""
        out: list[bytes] = []
        for segment in self.segments:
            if isinstance(segment, Hunk):
                out.extend(choices.get(segment.index, getattr(segment, default)))
            else:
                out.extend(segment)
        return b"".join(out)

    def before(self, hunk: Hunk) -> list[bytes]:
        """The common lines just before a hunk."""
        at = self.segments.index(hunk)
        return self.segments[at - 1] if at and not isinstance(self.segments[at - 1], Hunk) else []

    def after(self, hunk: Hunk) -> list[bytes]:
        at = self.segments.index(hunk)
        nxt = self.segments[at + 1] if at + 1 < len(self.segments) else []
        return nxt if not isinstance(nxt, Hunk) else []


def lines_of(data: bytes) -> list[bytes]:
    """Lines with their endings, split at LF only (a CR stays in its line, as git sees it)."""
    if not data:
        return []
    parts = data.split(b"\n")
    out = [part + b"\n" for part in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def git_merge(base: bytes, ours: bytes, theirs: bytes, *, style: str, labels: tuple[str, str, str],
              marker_size: int) -> tuple[int, bytes]:
    """`git merge-file -p` of the three texts: (exit status, output). The status is the number of
    conflicts (git caps it at 127), negative on an error (a binary side). The repository's and the
    user's configuration are kept out: the style is the one asked for."""
    flag = {"merge": [], "diff3": ["--diff3"], "zdiff3": ["--zdiff3"]}[style]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, LC_ALL="C")
    with tempfile.TemporaryDirectory(prefix="rebound-merge-") as directory:
        names = []
        for name, data in (("ours", ours), ("base", base), ("theirs", theirs)):
            target = os.path.join(directory, name)
            with open(target, "wb") as handle:
                handle.write(data)
            names.append(target)
        command = ["git", "-c", f"merge.conflictStyle={style}", "merge-file", "-p", *flag,
                   f"--marker-size={marker_size}",
                   "-L", labels[0], "-L", labels[1], "-L", labels[2], *names]
        done = subprocess.run(command, capture_output=True, cwd=directory, env=env)
    status = done.returncode if done.returncode < 128 else done.returncode - 256
    return status, done.stdout


def split(output: bytes, marker_size: int) -> list | None:
    """git's diff3 output as segments (common lines, Hunk), or None when it does not read as one
    (nested or unclosed markers)."""
    segments: list = []
    common: list[bytes] = []
    state, ours, base, theirs = "common", [], [], []
    count = 0
    for line in lines_of(output):
        text = line[:-1] if line.endswith(b"\n") else line
        kind = markers.line_marker(text.decode("latin-1"), marker_size) if text[:1] in b"<>|=" and text else None
        if state == "common":
            if kind == "open":
                segments.append(common)
                common, ours, base, theirs, state = [], [], [], [], "ours"
            elif kind in ("close",):
                return None
            else:
                common.append(line)
        elif state == "ours":
            if kind == "base":
                state = "base"
            elif kind in ("open", "close", "separator"):
                return None
            else:
                ours.append(line)
        elif state == "base":
            if kind == "separator":
                state = "theirs"
            elif kind is not None:
                return None
            else:
                base.append(line)
        else:
            if kind == "close":
                segments.append(Hunk(count, ours, base, theirs))
                count += 1
                state = "common"
            elif kind is not None:
                return None
            else:
                theirs.append(line)
    if state != "common":
        return None
    segments.append(common)
    return segments


def merge_file(base: bytes | None, ours: bytes, theirs: bytes, path: str, *, marker_size: int = 7,
               labels: tuple[str, str, str] = ("ours", "base", "theirs"), conflict_style: str = "diff3",
               config=None, conflicted: bool = False) -> MergeResult:
    """Merge three versions of the file at `path` (its kind detected as `check` does). `base` None:
    both sides added the file (an empty base). `conflicted`: git's own merge stopped on this file
    (a clean `git merge-file` merge is then declined, its text returned as it is). Never raises on
    bad input; writes nothing."""
    if conflict_style not in STYLES:
        conflict_style = "merge"
    if marker_size < 1:
        marker_size = markers.DEFAULT_SIZE
    base = b"" if base is None else base
    try:
        status, output = git_merge(base, ours, theirs, style=conflict_style, labels=labels, marker_size=marker_size)
    except OSError as exc:  # no git, no temporary directory: ours unchanged, as a conflict
        return MergeResult("declined", ours, reasons=[f"git merge-file could not run: {exc}"], conflicts=1)
    if status < 0:
        return MergeResult("declined", ours, reasons=["binary file: git keeps ours and leaves it to a person"],
                           conflicts=1)
    if status == 0 and conflicted:
        return MergeResult("declined", output, conflicts=0, kind=kind_for(path, output), reasons=[
            "git merge-file merges this file without a conflict, but git's own merge stopped on it (the two "
            "diff it differently): no rule vouches for either, left to a person"])
    if status == 0:
        return _clean(base, ours, theirs, path, output, marker_size, labels, conflict_style, config)
    declined = MergeResult("declined", output, conflicts=status)
    try:
        return _resolve(base, ours, theirs, path, marker_size, labels, declined, config)
    except RecursionError:
        declined.reasons.append("nesting too deep to parse")
        return declined
    except MemoryError:
        declined.reasons.append("ran out of memory")
        return declined


def kind_for(path: str, data: bytes) -> str:
    from ...languages import kind_of

    return kind_of(path, data[:256])


def _prepare(base: bytes, ours: bytes, theirs: bytes, path: str, marker_size: int) -> tuple[Merge | None, str]:
    """The merge split into hunks with the base's lines, or (None, why not)."""
    from ...source import is_binary

    if any(is_binary(side) for side in (base, ours, theirs)):
        return None, "binary file"
    if max(len(base), len(ours), len(theirs)) > MAX_RULE_BYTES:
        return None, f"over {MAX_RULE_BYTES >> 20} MiB: left to a person"
    for name, side in (("base", base), ("ours", ours), ("theirs", theirs)):
        if markers.may_have_markers(side, marker_size) or markers.may_have_markers(side, markers.DEFAULT_SIZE):
            if markers.find_blocks(side, marker_size) or markers.find_blocks(side, markers.DEFAULT_SIZE):
                return None, f"{name} already holds conflict markers"
    status, output = git_merge(base, ours, theirs, style="diff3", labels=("ours", "base", "theirs"),
                               marker_size=marker_size)
    if status < 0:
        return None, "git merge-file failed"
    segments = split(output, marker_size)
    if segments is None:
        return None, "git's merge output does not read as conflict blocks"
    merge = Merge(path, kind_for(path, ours or theirs), base, ours, theirs, segments)
    if not segments[-1] and any(side and not side.endswith(b"\n") for side in (ours, theirs)):
        # git added the newline a side's last line lacks before its marker: whether the resolution
        # keeps it is the person's (their editor's) choice, not a rule's
        return None, ("the last hunk ends a side without a final newline: whether the file ends with one is "
                      "a person's choice")
    return merge, ""


def _resolve(base, ours, theirs, path, marker_size, labels, declined: MergeResult, config) -> MergeResult:
    from . import validate
    from .rules import resolve_file, resolve_hunk

    merge, why = _prepare(base, ours, theirs, path, marker_size)
    if merge is None:
        declined.reasons.append(why)
        return declined
    declined.kind = merge.kind
    whole = resolve_file(merge)
    if isinstance(whole, str):
        declined.reasons.append(whole)
        return declined
    if whole is not None:  # a whole-file rule: one resolution spanning the file
        rule, data, why = whole
        hunks = [HunkResolution(rule, why, 1, len(lines_of(data)))]
    else:
        choices: dict[int, Resolution] = {}
        for hunk in merge.hunks:
            resolution, why = resolve_hunk(merge, hunk)
            if resolution is None:
                declined.reasons.append(f"hunk {hunk.index + 1}: {why}")
            else:
                choices[hunk.index] = resolution
        if declined.reasons:
            return declined
        data, hunks = _assemble(merge, choices)
    if validate.data_kind(merge):  # the output must parse to the structure both sides' changes make
        problem = validate.same_structure(merge.kind, base or _EMPTY[merge.kind], ours, theirs, data)
        if problem:
            declined.reasons.append(f"validation: {problem}")
            return declined
    finding = validate.new_finding(merge, data, marker_size, config)
    if finding:
        declined.reasons.append(f"validation: {finding}")
        return declined
    if merge.kind in ("python", "javascript", "typescript"):
        from .rules.imports import imported_twice

        twice = imported_twice(merge, data)
        if twice:
            declined.reasons.append(f"validation: {twice}")
            return declined
    return MergeResult("resolved", data, hunks, conflicts=declined.conflicts, kind=merge.kind)


_EMPTY = {"json": b"{}", "toml": b"", "yaml": b""}  # an added file's base, as data


def _assemble(merge: Merge, choices: dict[int, Resolution]) -> tuple[bytes, list[HunkResolution]]:
    out: list[bytes] = []
    hunks: list[HunkResolution] = []
    line = 1
    for segment in merge.segments:
        if isinstance(segment, Hunk):
            chosen = choices[segment.index]
            hunks.append(HunkResolution(chosen.rule, chosen.why, line, line + len(chosen.lines) - 1))
            out.extend(chosen.lines)
            line += len(chosen.lines)
        else:
            out.extend(segment)
            line += len(segment)
    return b"".join(out), hunks


def _clean(base, ours, theirs, path, output, marker_size, labels, style, config) -> MergeResult:
    """git's line merge had no conflict: keep it unless validation finds a defect neither side had,
    which becomes a conflict block around the offending change."""
    from ...source import is_binary
    from . import validate

    if output in (ours, theirs) or is_binary(output) or len(output) > MAX_RULE_BYTES:
        return MergeResult("clean", output, kind=kind_for(path, output))
    merge = Merge(path, kind_for(path, output), base, ours, theirs, [lines_of(output)])
    found = validate.new_findings(merge, output, marker_size, config)
    if merge.kind in ("python", "javascript", "typescript"):
        from .rules.imports import bound_twice_at_top

        twice = bound_twice_at_top(merge, output)
        if twice:  # git kept one side's import block and the other's one-line import of the same name
            message, numbers = twice
            found.append(validate.Mark(numbers[-1], "import-twice",
                                       message + "".join(f" (line {n})" for n in numbers[:-1])))
    if not found:
        return MergeResult("clean", output, kind=merge.kind)
    data = validate.mark_around(base, ours, theirs, output, found, marker_size, labels, style)
    reasons = [f"git's line merge is clean, but line {f.line}: {f.code} {f.message} (neither side had it)"
               for f in found]
    return MergeResult("declined", data, reasons=reasons, conflicts=0, kind=merge.kind)
