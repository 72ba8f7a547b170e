"""Resolutions compared with the conflicts git produced: for merge commits already made (`audit`)
and for a merge, rebase or cherry-pick in progress (the guard `check` runs before the commit)."""
from __future__ import annotations

import difflib
import os
from collections import Counter
from fnmatch import fnmatchcase
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import baseline, git, runner
from ..paths import display_path, matches, stays_inside
from ..config import Config
from ..findings import Finding
from ..languages import checker_for, kind_of
from ..source import is_binary
from ..store import looks
from . import markers, resolution
from .state import in_progress

MARKER_CODES = ("RL001", "RL002", "RL003")


@dataclass
class FileReport:
    path: str  # top-level-relative
    regions: list[resolution.Region]
    deleted: bool = False


@dataclass
class MergeReport:
    sha: str
    subject: str
    files: list[FileReport] = field(default_factory=list)
    note: str | None = None


def require_merge_tree(root: Path) -> None:
    if git.version(root) < (2, 38):
        raise git.GitError("`audit` needs git 2.38 or newer (git merge-tree --write-tree); "
                           f"this git is {'.'.join(map(str, git.version(root)))}")


def default_revisions(root: Path) -> list[str]:
    """The merges on this branch since its upstream's merge-base, else the recent history."""
    upstream = git.upstream(root)
    if upstream:
        return [f"{git.merge_base(root, upstream, 'HEAD')}..HEAD"]
    return ["HEAD"]


def audit(root: Path, config: Config, revisions: list[str], max_count: int,
          progress=None) -> tuple[list[MergeReport], list[Finding]]:
    """`progress(total)`: a counter (progress.Progress), advanced once each merge is done."""
    require_merge_tree(root)
    top = git.toplevel(root)
    reports: list[MergeReport] = []
    findings: list[Finding] = []
    recorded = _resolver_records(top)
    for sha in _counted(git.merges(top, revisions, max_count), progress):
        report = MergeReport(sha, git.subject(top, sha))
        reports.append(report)
        parents = git.parents(top, sha)
        if len(parents) != 2:
            report.note = f"octopus merge of {len(parents)} parents: not recomputed"
            continue
        short = sha[:9]
        try:
            tree, stages = git.merge_tree_stages(top, parents[0], parents[1])
        except git.UnrelatedHistories:
            report.note = "a merge of unrelated histories (a subtree merge?): nothing to recompute"
            continue
        except git.GitError as exc:
            report.note = f"not recomputed: {exc}"
            continue
        conflicts, whole = _split_conflicts(top, tree, stages)
        report.files += whole_file_verdicts(top, sha, whole)
        sizes = marker_sizes(top, list(conflicts))
        committed = git.blobs_at(top, sha, sorted(conflicts)) if recorded is not None and conflicts else {}
        for path, conflict_text in sorted(conflicts.items()):
            result = git.show(top, sha, path)
            display = display_path(top / path)
            if result is None:
                report.files.append(FileReport(path, [], deleted=True))
                continue
            by_tool = _recorded(recorded, path, committed.get(path), stages.get(path, {}))
            if by_tool is not None:
                # the resolver proved and validated it (its record): its own verdict, no both-kept judging
                report.files.append(FileReport(path, by_tool))
                where = f"[merge {short} \"{report.subject}\"]"
                sides = _sides(top, stages.get(path, {}))
                findings += _result_findings(display, path, result, config, where, sizes.get(path, markers.DEFAULT_SIZE),
                                             _parent_keys(display, path, sides, config,
                                                          sizes.get(path, markers.DEFAULT_SIZE)), sides)
                continue
            size = sizes.get(path, markers.DEFAULT_SIZE)
            conflict = resolution.parse(_text(conflict_text), size)
            regions = resolution.regions(conflict, _text(result), size)
            report.files.append(FileReport(path, regions))
            where = f"[merge {short} \"{report.subject}\"]"
            sides = _sides(top, stages.get(path, {}))
            inherited = _parent_keys(display, path, sides, config, size)
            produced = _result_findings(display, path, result, config, where, size, inherited, sides)
            findings += produced
            if any(region.verdict in resolution.BOTH_KEPT for region in regions) and not union_safe(top, path, config):
                findings += _judge_both_kept(display, conflict, regions, produced, where,
                                             lambda: _bases(top, stages.get(path, {}), size),
                                             parsed=checker_for(kind_of(path, result[:256])) is not None,
                                             result=_text(result),
                                             recheck=lambda data: _result_findings(display, path, data, config, where,
                                                                                   size, inherited, sides),
                                             sides=sides)
        report.files.sort(key=lambda entry: entry.path)
    return reports, sorted(findings)


def _counted(shas: list[str], progress):
    """The merges, the counter advanced as each one's turn ends (whichever way its loop went on)."""
    counter = progress(len(shas)) if progress else None
    try:
        for index, sha in enumerate(shas):
            if counter and index:
                counter.advance()
            yield sha
        if counter and shas:
            counter.advance()
    finally:
        if counter:
            counter.close()


RESOLVED_BY_TOOL = "resolved by rebound-lint"


def _resolver_records(top: Path) -> dict[str, list[dict]] | None:
    """The resolver's records (.git/rebound-lint/resolutions.jsonl), by result blob id; None: none."""
    from .resolve import records

    proc = git.run(top, "rev-parse", "--git-common-dir", check=False)
    if proc.returncode != 0:
        return None
    common = Path(proc.stdout.decode("utf-8", "surrogateescape").strip())
    found: dict[str, list[dict]] = {}
    for record in records.read(common if common.is_absolute() else top / common):
        found.setdefault(record["result"], []).append(record)
    return found or None


def _recorded(recorded: dict[str, list[dict]] | None, path: str, blob: str | None,
              stages: dict[int, str]) -> list[resolution.Region] | None:
    """The regions of a file the merge committed exactly as the resolver wrote it for these two
    sides ("resolved by rebound-lint (rule R)" per resolved hunk), or None."""
    from .resolve import records

    if not recorded or blob is None:
        return None
    sides = {stages.get(2), stages.get(3)}
    for record in reversed(recorded.get(blob, [])):
        if record.get("path") == path and {record.get("ours"), record.get("theirs")} == sides:
            regions = []
            for hunk in record["hunks"]:
                if isinstance(hunk, dict) and isinstance(hunk.get("start"), int) and isinstance(hunk.get("end"), int):
                    regions.append(resolution.Region(hunk["start"], hunk["end"],
                                                     f"{RESOLVED_BY_TOOL} (rule {hunk.get('rule')})"))
            return regions or [resolution.Region(1, 1, f"{RESOLVED_BY_TOOL} (rule "
                                                       f"{', '.join(records.rules_of(record)) or 'none'})")]
    return None


def content_conflicts(top: Path, ours: str, theirs: str) -> dict[str, bytes]:
    """Paths with a content conflict when merging the two commits, and the marker text git wrote."""
    tree, stages = git.merge_tree_stages(top, ours, theirs)
    return _split_conflicts(top, tree, stages)[0]


def _split_conflicts(top: Path, tree: str, stages: dict[str, dict[int, str]]):
    """(text conflicts: path -> the marker text git wrote, whole-file conflicts: path -> (kind,
    stage blobs)): binary files, modify/delete and rename conflicts have no markers to compare."""
    texts: dict[str, bytes] = {}
    whole: dict[str, tuple[str, dict[int, str]]] = {}
    for path, blobs in stages.items():
        if {2, 3} <= set(blobs):
            text = git.show(top, tree, path)
            if text is not None and not is_binary(text):
                texts[path] = text
            else:
                whole[path] = ("binary conflict", blobs)
        elif 1 in blobs and (2 in blobs) != (3 in blobs):
            whole[path] = ("modify/delete conflict", blobs)
        elif 2 in blobs or 3 in blobs:
            whole[path] = ("rename conflict", blobs)
        # stage 1 alone: the base path of a rename on both sides, reported at the new paths
    return texts, whole


def whole_file_verdicts(top: Path, sha: str, whole: dict[str, tuple[str, dict[int, str]]]) -> list[FileReport]:
    """A verdict for each conflict git resolves a whole file at a time, from the blob the merge
    committed: one side's, the base's, another (by hand), or none (deleted)."""
    committed = git.blobs_at(top, sha, sorted(whole), submodules=True)
    reports = []
    for path, (kind, blobs) in sorted(whole.items()):
        blob = committed.get(path)
        if blob is None:
            reports.append(FileReport(path, [], deleted=True))
            continue
        if blob.startswith("commit:"):  # a submodule: the merge kept one side's commit, or another
            kind, blob = "submodule conflict", blob[len("commit:"):]
        verdict = (resolution.OURS_ONLY if blob == blobs.get(2) else resolution.THEIRS_ONLY if blob == blobs.get(3)
                   else "kept the base version" if blob == blobs.get(1) else resolution.BY_HAND)
        reports.append(FileReport(path, [resolution.Region(1, 1, f"{kind}: {verdict}")]))
    return reports


def both_kept_findings(display: str, path: str, regions: list[resolution.Region], top: Path, config: Config,
                       where: str) -> list[Finding]:
    if not any(region.verdict in resolution.BOTH_KEPT for region in regions) or union_safe(top, path, config):
        return []
    return [Finding(display, region.start, 1, "RL702",
                    f"{where} conflict resolved with {region.verdict}, lines {region.start}-{region.end}: "
                    f"check that both halves belong", end_line=region.end)
            for region in regions if region.verdict in resolution.BOTH_KEPT]


def union_safe(top: Path, path: str, config: Config) -> bool:
    """Files where keeping both sides is the intended resolution: `merge=union` in .gitattributes,
    or a `union-safe` glob (changelogs and release notes by default), matched case-insensitively: a
    glob without a slash against the file's name, one with a slash (`debian/changelog`,
    `changelogs/fragments/`) from the top."""
    folded = path.lower()
    name = folded.rsplit("/", 1)[-1]
    if any(fnmatchcase(name, glob.lower()) if "/" not in glob else matches(folded, glob.lower())
           for glob in config.union_safe):
        return True
    return git.check_attr(top, "merge", [path]).get(path) == "union"


def marker_sizes(top: Path, paths: list[str]) -> dict[str, int]:
    """`conflict-marker-size` of each path that sets one (git writes markers of that size)."""
    if not paths:
        return {}
    values = git.check_attr(top, "conflict-marker-size", paths)
    sizes = {path: markers.size_from_attribute(value) for path, value in values.items()}
    return {path: size for path, size in sizes.items() if size != markers.DEFAULT_SIZE}


def _result_findings(display: str, path: str, data: bytes, config: Config, where: str,
                     size: int = markers.DEFAULT_SIZE, inherited: set[tuple[str, str]] | None = None,
                     sides: list[bytes] | None = None) -> list[Finding]:
    """The committed result's own findings, markers as RL701; a finding whose code and line
    fingerprint either parent's version of the file already had (`inherited`) is not the merge's.
    `sides`: both parents' versions, when both have the file (a test input that parsed in both
    and fails in the result was broken by the merge, whatever its folder says)."""
    kind = kind_of(path, data[:256])
    if sides and len(sides) == 2:
        result = runner.check_data_against(display, data, kind, config, sides, "in both parents of the merge", size)
    else:
        result = runner.check_data(display, data, kind, config, size)
    lines = baseline.line_texts(data)
    out = []
    for finding in result.findings:
        if (inherited and finding.code not in MARKER_CODES
                and (finding.code, baseline.fingerprint(finding.code, baseline.line_at(lines, finding.line))) in inherited):
            continue
        code = "RL701" if finding.code in MARKER_CODES else finding.code
        out.append(Finding(finding.path, finding.line, finding.col, code, f"{where} {finding.message}",
                           end_line=finding.end_line))
    return out


def _sides(top: Path, blobs: dict[int, str]) -> list[bytes]:
    """Both parents' versions of a conflicted file (stages 2 and 3) that git can read."""
    out = []
    for stage in (2, 3):
        if stage in blobs:
            try:
                out.append(git.cat_blob(top, blobs[stage]))
            except git.GitError:
                continue
    return out


def _parent_keys(display: str, path: str, sides: list[bytes], config: Config, size: int) -> set[tuple[str, str]]:
    """(code, line fingerprint) of the findings in both parents' versions of a conflicted file."""
    keys: set[tuple[str, str]] = set()
    for data in sides:
        lines = baseline.line_texts(data)
        for finding in runner.check_data(display, data, kind_of(path, data[:256]), config, size).findings:
            keys.add((finding.code, baseline.fingerprint(finding.code, baseline.line_at(lines, finding.line))))
    return keys


def _bases(top: Path, blobs: dict[int, str], size: int) -> list[resolution.Hunk]:
    """The conflict's hunks with the base's lines (`git merge-file --diff3` of the three stages)."""
    import subprocess
    import tempfile

    if 2 not in blobs or 3 not in blobs:
        return []
    with tempfile.TemporaryDirectory(prefix="rebound-diff3-") as directory:
        names = []
        for stage in (2, 1, 3):
            target = Path(directory) / str(stage)
            try:
                target.write_bytes(git.cat_blob(top, blobs[stage]) if stage in blobs else b"")
            except git.GitError:
                return []
            names.append(str(target))
        proc = subprocess.run(["git", "merge-file", "-p", "--diff3", f"--marker-size={size}", *names],
                              capture_output=True)
    if proc.returncode < 0:
        return []
    return resolution.parse(_text(proc.stdout), size).hunks


KEY = re.compile(r"""^\s*(?:(?:async\s+)?def\s+(\w+)|class\s+(\w+)|(?:export\s+)?(?:const|let|var|function)\s+(\w+)"""
                 r"""|(?!-\s)([\w.'"\[\]$-]+)\s*(?::(?!:)|=(?!=)))""")  # "- key:" starts a new list item


def _key(line: str) -> str | None:
    """What a line defines or sets: a def/class/const name, an assignment target, a mapping key."""
    found = KEY.match(line)
    if not found:
        return None
    key = next(group for group in found.groups() if group)
    return key.strip("'\"") or None


def near_duplicates(hunk: resolution.Hunk, whole: resolution.Hunk | None = None, result: str | None = None,
                    sides: list[str] | None = None) -> str | None:
    """Why the two halves look like one thing done two ways (None: two different additions).
    `whole`: the diff3 hunk holding this one (with the base's lines and the text both sides share);
    `result`: the committed file's text and `sides`: both parents' (where a base line stands twice
    now, or an import is still used)."""
    ours_keys = {_key(line): line.strip() for line in _outermost(hunk.ours) if _key(line)}
    for line in _outermost(hunk.theirs):
        key = _key(line)
        if key and key in ours_keys and ours_keys[key] != line.strip():
            return f"both halves set {key!r}"
    single = min(len([line for line in half if line.strip()]) for half in (hunk.ours, hunk.theirs)) == 1
    for mine in hunk.ours if single else ():  # a line against a block of lines like it (blocks: two branches)
        for other in hunk.theirs:
            if _one_line_two_ways(mine, other):
                return f"the halves are one line written two ways ({mine.strip()[:40]!r}, {other.strip()[:40]!r})"
    why = _one_comment_two_ways(hunk)
    if why:
        return why
    whole = whole or hunk
    base = whole.base or []
    # A side that is mostly new text: its likeness to a base line is chance (netbox 6b101d2c4), so
    # only the base line itself, kept verbatim, counts there; a side that holds the line verbatim
    # holds it whatever else it adds.
    new_text = [len(half) > len(base) + 3 for half in (whole.ours, whole.theirs)]
    kept = set(base)
    for line in base:
        # the base line's closest line on each side: two different ones (an edit each, an edit and
        # the line as it was, an edit and nothing, or the line as it was and a replacement of it)
        # are the line done two ways, both kept. Another base line is no edit of this one, and a
        # side that only deleted lines replaced nothing (each side deleting a different line keeps
        # the base when both are kept: redash 178dfa59c), unless it put the line elsewhere: then
        # it stands twice. An import one side replaced and the other kept is a botch when nothing
        # in the merged file uses it any more (paperless-ngx 67b9977d5, removed by its people
        # "missed from merge") or it stands twice; one still used is needed (says less).
        found = [_closest(line, [c for c in half if c == line or c not in kept]) for half in (whole.ours, whole.theirs)]
        found = [None if mostly_new and closest != line else closest for closest, mostly_new in zip(found, new_text)]
        mine, other = found
        if mine == other or not ((mine is not None and mine in hunk.ours) or (other is not None and other in hunk.theirs)):
            continue
        edited = any(closest is not None and closest != line for closest in found)
        # both sides mostly new: which run "kept" the line is chance (netbox 1d63a30b7, 6b101d2c4)
        replaced = not all(new_text) and any(closest is None and any(c.strip() and c not in kept for c in half)
                                             for closest, half in zip(found, (whole.ours, whole.theirs)))
        twice = _stands_twice(line, result, sides)
        if not edited and IMPORT.match(line) and not line.lstrip().startswith("#include"):
            if replaced or twice:
                added = [c for closest, half in zip(found, (whole.ours, whole.theirs)) if closest is None
                         for c in half if c not in kept]
                why = twice or _bound_again(line, added) or _unused_import(line, result)
                if why:
                    return f"one side replaced the import {line.strip()[:60]!r}, the other kept it: {why}"
            continue
        if edited:
            return f"both halves change the base line {line.strip()[:60]!r} differently"
        if replaced:
            return f"one side replaced the base line {line.strip()[:60]!r}, the other kept it: both stand"
        if twice and _substantial(line):
            return f"the base line {line.strip()[:60]!r} {twice}: one side moved it, the other kept it in place"
    return None


def _stands_twice(line: str, result: str | None, sides: list[str] | None) -> str | None:
    """'stands N times' when the merged file holds the line more often than either parent does."""
    if result is None or not sides or len(sides) != 2:
        return None
    text = line.strip()
    count = sum(1 for other in result.split("\n") if other.strip() == text)
    if count > max(sum(1 for other in side.split("\n") if other.strip() == text) for side in sides):
        return f"it stands {count} times"
    return None


IMPORTED = re.compile(r"^\s*(?:from\s+[\w.]+\s+import\s+(?P<py>[^#;]+)|import\s+(?P<js>(?:type\s+)?[\w${}\s,*]+?)\s+from\s"
                      r"|import\s+(?P<mod>[\w.]+(?:\s+as\s+\w+)?)\s*$)")


def _imported_names(line: str) -> list[str]:
    """The names an import line binds (Python's `from x import a, b as c` and `import x.y`,
    JavaScript's `import d, { a, b as c } from '...'`); [] when it cannot be told."""
    found = IMPORTED.match(line)
    if not found:
        return []
    text = found.group("py") or found.group("js") or found.group("mod") or ""
    if found.group("mod"):
        parts = text.split()
        return [parts[-1] if len(parts) == 3 else parts[0].split(".")[0]]
    if "(" in text and ")" not in text or text.strip().endswith("\\"):
        return []  # an import continued on the next lines: not every name is on this one
    names = []
    for item in re.sub(r"^\s*type\s+|[{}()*]", " ", text).split(","):
        words = item.split()
        if words and re.fullmatch(r"[A-Za-z_$][\w$]*", words[-1]):
            names.append(words[-1])
    return names


def _bound_again(line: str, added: list[str]) -> str | None:
    """'NAME is imported twice' when the replacing side's new imports bind a name this one binds."""
    names = set(_imported_names(line))
    again = [name for other in added if IMPORT.match(other) for name in _imported_names(other) if name in names]
    return f"{', '.join(sorted(set(again)))} is imported twice" if again else None


def _unused_import(line: str, result: str | None) -> str | None:
    """'nothing in the merged file uses NAME' when no line but imports names what it binds."""
    names = _imported_names(line)
    if result is None or not names:
        return None
    code = "\n".join(other for other in result.split("\n") if not IMPORT.match(other))
    if any(re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", code) for name in names):
        return None
    return f"nothing in the merged file uses {', '.join(names)}"


COMMENT = re.compile(r"^\s*(?:#|--|//|/\*|\*)\s*(\S.*)$")
MARKS = {"todo", "fixme", "note", "xxx", "hack", "see", "the", "a", "an"}


def _one_comment_two_ways(hunk: resolution.Hunk) -> str | None:
    """Each half one comment line, four words or more, on one subject (the same first word, a
    name): the code after them described twice, in other words (citus a1ab60f5ad01)."""
    halves = [[line for line in half if line.strip()] for half in (hunk.ours, hunk.theirs)]
    if any(len(half) != 1 for half in halves):
        return None
    texts = [COMMENT.match(half[0]) for half in halves]
    if not all(texts):
        return None
    words = [found.group(1).split() for found in texts]
    first = words[0][0].lower()
    if (min(len(w) for w in words) < 4 or first != words[1][0].lower() or first in MARKS
            or not re.fullmatch(r"[a-z_][\w.]{2,}", first) or words[0] == words[1]):
        return None
    return f"one comment written two ways ({halves[0][0].strip()[:40]!r}, {halves[1][0].strip()[:40]!r})"


IMPORT = re.compile(r"^\s*(import|from|using|require|include|#include|@import|use)\b")
NAME = re.compile(r"[A-Za-z_]\w*")


def shared_line(hunk: resolution.Hunk, whole: resolution.Hunk | None, common: set[str]) -> str | None:
    """Why the halves are one change made twice: a line both hold, with some substance (six
    characters or more, two names or more: not `}`, `else:`, `END;`), that is a line of the base
    both sides kept (kept twice now), or that the rest of the file never has (not an idiom it
    repeats, such as an assertion every test ends with). Two additions rarely share such a line;
    the halves of one edit made two ways nearly always do (the `set ...; select ...;` a migration
    step opens with, the import both sides added). A line of the base is the same line in either
    quoting and with or without its trailing comma (a formatter's pass over one half: redash
    19962dcc884f, every runner of a list twice)."""
    mine = {line.strip() for line in hunk.ours if _substantial(line) or PINNED.fullmatch(line.strip())}
    if not mine:
        return None
    base = {line.strip() for line in (whole.base or ())} if whole is not None else set()
    plain_base = {_plain(line) for line in base}
    plain_mine = {_plain(line): line for line in mine}
    for line in hunk.theirs:
        text = line.strip()
        if text in mine and (text in base or text not in common) and (_substantial(line) or text in base):
            return f"both halves hold the line {text[:60]!r}"
        plain = _plain(text)
        if text not in mine and plain in plain_mine and plain in plain_base and _substantial(line):
            return f"both halves hold the base line {text[:60]!r} (one of them requoted)"
    return None


PINNED = re.compile(r"[A-Za-z][\w.\-\[\],]*\s*(?:===?|~=|>=|<=|!=)\s*[\w.*+\-]+")  # a pinned requirement: pyodbc==4.0.28


def _plain(text: str) -> str:
    """A line with its quotes made one kind and its trailing comma dropped."""
    return text.strip().replace('"', "'").rstrip(",").rstrip()


# A half's words, layout aside: its names and numbers, without the punctuation, quotes and
# brackets that differ between a one-line and a many-line way of writing one statement.
TOKEN = re.compile(r"[A-Za-z_$][\w$]*|\d+(?:\.\d+)?")
RESTATED_MIN_TOKENS, RESTATED_MIN_NAMES = 6, 2


def restated(hunk: resolution.Hunk) -> str | None:
    """Why the halves hold one statement twice: the shorter half's words stand whole, in order, in
    the other's (one side laid it out anew, or extended it, while the other kept or edited it: a job
    scheduled twice, a list written twice). Two additions of one pattern differ in a name, so
    neither stands inside the other. Needs some substance: six tokens or more, two names or more."""
    ours, theirs = (TOKEN.findall(" ".join(half)) for half in (hunk.ours, hunk.theirs))
    shorter, longer = sorted((ours, theirs), key=len)
    if len(shorter) < RESTATED_MIN_TOKENS or len(set(NAME.findall(" ".join(shorter)))) < RESTATED_MIN_NAMES:
        return None
    if f" {' '.join(shorter)} " not in f" {' '.join(longer)} ":
        return None
    text = next(line.strip() for line in (hunk.ours if shorter is ours else hunk.theirs) if line.strip())
    return f"one half restates the other ({text[:60]!r} stands in both)"


def _substantial(line: str) -> bool:
    text = line.strip()
    return len(text) >= 6 and len(NAME.findall(text)) >= 2


LONE_STRING = re.compile(r"""(?:'[^'\\]*'|"[^"\\]*")\s*,?""")
WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|\S")  # camelCase and snake_case apart


def _one_line_two_ways(mine: str, other: str) -> bool:
    """Two lines alike but for one small edit (a value, a name): not two imports, and not two
    items of one pattern (the same word replaced at every difference: phoneLink / anchorLink)."""
    one, two = mine.strip(), other.strip()
    if len(one) < 12 or len(two) < 12 or one == two or IMPORT.match(one) or IMPORT.match(two):
        return False
    if LONE_STRING.fullmatch(one) and LONE_STRING.fullmatch(two):
        return False  # two items of a list of names ('runner.memsql_ds', / 'runner.jql',: redash 469b041a2)
    if _key(mine) and _key(other) and not _one_key(_key(mine), _key(other)):
        return False  # two keys set: two items (allow_phone_link / allow_anchor_link)
    if _likeness(one, two) < 0.85:
        return False
    if len(one) + len(two) > EXACT_UP_TO:  # long lines: the words of the edited middle only
        prefix, suffix = _common_ends(one, two)
        one, two = one[prefix:len(one) - suffix], two[prefix:len(two) - suffix]
        if len(one) + len(two) > EXACT_UP_TO:
            return False  # edits scattered over a long line: not one small edit (says less)
    words_one, words_two = WORDS.findall(one), WORDS.findall(two)
    changes = [(tuple(words_one[i1:i2]), tuple(words_two[j1:j2]))
               for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, words_one, words_two, autojunk=False).get_opcodes()
               if tag != "equal"]
    return not (len(changes) >= 2 and len(set(changes)) == 1)


EXACT_UP_TO = 2000  # characters of two lines together: beyond this, difflib's quadratic matcher is not run


def _likeness(one: str, two: str) -> float:
    """difflib's ratio for lines of ordinary length. For long ones (minified bundles: a 100 KB
    line took difflib minutes) a lower bound found in linear time: the common prefix and suffix
    (matching blocks both), which measure one edit in the middle. Long lines alike only in
    scattered places count as unlike: the audit says less, never more."""
    if len(one) + len(two) <= EXACT_UP_TO:
        return difflib.SequenceMatcher(None, one, two, autojunk=False).ratio()
    prefix, suffix = _common_ends(one, two)
    return 2.0 * (prefix + suffix) / (len(one) + len(two))


def _common_ends(one: str, two: str) -> tuple[int, int]:
    """The lengths of the common prefix and of the common suffix after it (never overlapping)."""
    prefix = len(os.path.commonprefix([one, two]))
    room = min(len(one), len(two)) - prefix
    suffix = len(os.path.commonprefix([one[:prefix - 1:-1] if prefix else one[::-1],
                                       two[:prefix - 1:-1] if prefix else two[::-1]]))
    return prefix, min(suffix, room)


def _one_key(one: str, two: str) -> bool:
    """Whether two keys are one key renamed at its end (created_at / created_at_alt, x_3_new / x_3_alt),
    rather than two keys of one pattern (allow_phone_link / allow_anchor_link)."""
    words_one = [word for word in WORDS.findall(one) if word.isalnum()]
    words_two = [word for word in WORDS.findall(two) if word.isalnum()]
    return words_one == words_two or (bool(words_one) and bool(words_two) and (
        words_one[:-1] == words_two[:-1] or words_one == words_two[:-1] or words_two == words_one[:-1]))


def _outermost(lines: list[str]) -> list[str]:
    """The lines at a half's smallest indentation (an assignment inside a block it adds is not a key)."""
    texts = [line for line in lines if line.strip()]
    if not texts:
        return []
    least = min(len(line) - len(line.lstrip()) for line in texts)
    return [line for line in texts if len(line) - len(line.lstrip()) == least]


IMPORT_SOURCE = re.compile(r"""^\s*from\s+([\w.]+)\s+import\b|\bfrom\s+(['"])(.+?)\2|^\s*import\s+([\w.]+)\s*$""")


def _import_source(line: str) -> str | None:
    """What an import line imports from: `from X import`, JavaScript's `from 'x'`, `import x.y`."""
    found = IMPORT_SOURCE.search(line)
    return next((group for group in (found.group(1), found.group(3), found.group(4)) if group), None) if found else None


def _closest(line: str, candidates: list[str]) -> str | None:
    """The candidate most like `line` (at least 0.6 alike), if any. Every import looks like every
    other: an import is edited only by an import from the same module (or, where that cannot be
    told, one 0.85 alike); one import deleted and another added is no edit of it."""
    best, score = None, 0.6
    if IMPORT.match(line):
        source = _import_source(line)
        if source is None:
            score = 0.85
        else:
            candidates = [c for c in candidates if _import_source(c) == source]
    if len(line.strip()) < 4:
        return None
    for candidate in candidates:
        if len(candidate.strip()) < 4:
            continue
        ratio = _likeness(line.strip(), candidate.strip())
        if ratio >= score:
            best, score = candidate, ratio
    return best


def _judge_both_kept(display: str, conflict: resolution.Conflict, regions: list[resolution.Region],
                     produced: list[Finding], where: str, bases, parsed: bool = False, result: str | None = None,
                     recheck=None, sides: list[bytes] | None = None) -> list[Finding]:
    """RL702 for a both-kept region that looks like a botch: near-duplicate halves, a line both
    halves hold (in code and data formats: `parsed`), a finding the merge introduced inside it,
    or one anywhere in the file that either half alone does not give (`recheck`: the result's
    own findings for other bytes, `result`: its text); the others become the verdict "both sides
    kept: additions"."""
    out = []
    tried = 0
    texts = [_text(side) for side in sides] if sides else None
    with_base: list[resolution.Hunk] | None = None
    common: set[str] | None = None
    kept = [(hunk, region) for hunk, region in zip(conflict.hunks, regions) if region.verdict in resolution.BOTH_KEPT]
    for hunk, region in kept:
        if with_base is None:
            with_base = bases()
        whole = _holding(hunk, with_base)
        why = near_duplicates(hunk, whole, result, texts)
        if why is None and parsed:
            if common is None:
                common = {line.strip() for segment in conflict.segments if not isinstance(segment, resolution.Hunk)
                          for line in segment}
            why = shared_line(hunk, whole, common) or restated(hunk)
        inside = [f for f in produced if region.start <= f.line <= max(region.end, region.start)]
        if why is None and inside:
            why = f"the kept lines have {', '.join(sorted({f.code for f in inside}))}"
        if why is None:
            first, second = (hunk.ours, hunk.theirs) if region.verdict == resolution.BOTH_OURS_FIRST else (hunk.theirs, hunk.ours)
            why = lost_comma(_before(conflict, hunk) + first, second)
        if why is None and recheck is not None and result is not None and tried < MAX_RECHECKED:
            if any(f.code != "RL701" for f in produced):
                tried += 1
                why = _caused_by_both(hunk, region, [other for other in kept if other[1] is not region], result,
                                      produced, recheck)
        if why is None:
            region.verdict += resolution.ADDITIONS
            continue
        out.append(Finding(display, region.start, 1, "RL702",
                           f"{where} conflict resolved with {region.verdict}, lines {region.start}-{region.end}: "
                           f"{why}; check that both halves belong", end_line=region.end))
    return out


def lost_comma(first: list[str], second: list[str]) -> str | None:
    """Why the kept halves run two strings together: the first half ends with a lone string item
    without a comma (a list's last item), the second starts with another, and the item before the
    first's last has its comma (a list of items, not one string split over lines). Python, SQL and
    C join two adjacent strings into one: the list silently loses an item (citus 820a1a9a5db7)."""
    lines = [line.strip() for line in first if line.strip()]
    starts = [line.strip() for line in second if line.strip()]
    if len(lines) < 2 or not starts:
        return None
    last, previous, next_ = lines[-1], lines[-2], starts[0]
    if (LONE_STRING.fullmatch(last) and not last.endswith(",") and LONE_STRING.fullmatch(previous)
            and previous.endswith(",") and LONE_STRING.fullmatch(next_)):
        return f"nothing separates the strings {last[:40]} and {next_[:40]} where the halves meet (a comma lost)"
    return None


def _before(conflict: resolution.Conflict, hunk: resolution.Hunk) -> list[str]:
    """The last line of common text before the hunk (a list item the halves continue), if any."""
    for index, segment in enumerate(conflict.segments):
        if segment is hunk:
            previous = conflict.segments[index - 1] if index else []
            lines = [line for line in previous if line.strip()] if not isinstance(previous, resolution.Hunk) else []
            return lines[-1:]
    return []


MAX_RECHECKED = 4  # both-kept regions of one file re-checked with one half (two or three checks each)


def _caused_by_both(hunk: resolution.Hunk, region: resolution.Region,
                    others: list[tuple[resolution.Hunk, resolution.Region]], result: str, produced: list[Finding],
                    recheck) -> str | None:
    """Why a finding the merge introduced is this region's doing: the committed text is exactly
    both halves of a conflicting hunk, and with either half alone in their place the file no
    longer has it. Neither parent had it, one half does not give it: keeping both did. The file's
    other both-kept regions (`others`) are kept to their ours half meanwhile, so that their own
    findings neither hide this one's (a parser reports its first error only) nor pass for it."""
    lines = result.split("\n")

    def codes(replaced: list[tuple[resolution.Region, list[str]]]) -> Counter:
        text = list(lines)
        for where, half in sorted(replaced, key=lambda pair: -pair[0].start):  # bottom up: line numbers hold
            text[where.start - 1:where.end] = half
        found = recheck("\n".join(text).encode("utf-8", "surrogateescape"))
        return Counter(f.code for f in found if f.code != "RL701")

    reduced = [(other_region, other_hunk.ours) for other_hunk, other_region in others]
    own = codes(reduced) if reduced else Counter(f.code for f in produced if f.code != "RL701")
    for half in (hunk.ours, hunk.theirs):
        alone = codes(reduced + [(region, half)])
        gone = sorted(code for code in own if alone[code] < own[code])
        if gone:
            first = next((f for f in produced if f.code == gone[0]), None)
            at = f" (line {first.line})" if first is not None and not reduced else ""
            return f"the merged file has {', '.join(gone)}{at} that neither parent had and one half alone does not give"
    return None


def _holding(hunk: resolution.Hunk, diff3: list[resolution.Hunk]) -> resolution.Hunk | None:
    """The diff3 hunk that holds this (zealously trimmed) 2-way hunk."""
    for candidate in diff3:
        if _holds(candidate.ours, hunk.ours) and _holds(candidate.theirs, hunk.theirs):
            return candidate
    # diff3 split it (a line both sides left alone in between): the diff3 hunks it overlaps, as one
    mine, other = {line for line in hunk.ours if line.strip()}, {line for line in hunk.theirs if line.strip()}
    parts = [candidate for candidate in diff3 if mine & set(candidate.ours) or other & set(candidate.theirs)]
    if not parts:
        return None
    return resolution.Hunk([line for part in parts for line in part.ours], [line for part in parts for line in part.theirs],
                           [line for part in parts for line in part.base or ()])


def _holds(outer: list[str], inner: list[str]) -> bool:
    if not inner:
        return True
    return any(outer[at:at + len(inner)] == inner for at in range(len(outer) - len(inner) + 1))


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


# --- the guard: a merge, rebase or cherry-pick in progress --------------------------------------

def guard(root: Path, config: Config, wanted: set[str] | None) -> list[Finding]:
    """RL702 for each conflicted path whose resolution (staged, or in the work tree while still
    unmerged) keeps both sides verbatim. `wanted`: top-level-relative paths to look at (None: all)."""
    try:
        top = git.toplevel(root)
        state = in_progress(top)
    except git.GitError:
        return []
    if state is None:
        return []
    operation, commit, base = state
    try:
        conflicts = _conflicts(top, commit, base)
    except git.GitError:  # unrelated histories: nothing git would have written to compare with
        return []
    unmerged = git.unmerged(top)
    findings = []
    for path, conflict_text in sorted(conflicts.items()):
        if wanted is not None and path not in wanted:
            continue
        if path in unmerged:
            if not stays_inside(top / path, os.path.realpath(top)):  # a link out of the tree: never read
                continue
            try:
                resolved = (top / path).read_bytes()
            except OSError:
                continue
        else:
            resolved = git.show(top, ":", path)
            if resolved is None:  # resolved by deleting the file
                continue
        regions = resolution.regions(resolution.parse(_text(conflict_text)), _text(resolved))
        findings += both_kept_findings(display_path(top / path), path, regions, top, config,
                                       f"[{operation} of {commit[:9]} in progress]")
    return findings


def _conflicts(top: Path, commit: str, base: str | None) -> dict[str, bytes]:
    """Conflicted paths and the marker text git produced for them."""
    if base is None:
        if git.version(top) < (2, 38):
            return {}
        return content_conflicts(top, "HEAD", commit)
    out = {}
    for path in (change.path for change in git.changes(top, base, commit)):
        ours, older, theirs = git.show(top, "HEAD", path), git.show(top, base, path), git.show(top, commit, path)
        if ours is None or older is None or theirs is None or ours == older or ours == theirs:
            continue
        merged = git.merge_file(ours, older, theirs, ("HEAD", "base", commit[:9]))
        if any(markers.line_marker(line) == "separator" for line in _text(merged).split("\n")):
            out[path] = merged
    return out
