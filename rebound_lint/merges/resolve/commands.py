"""`resolve` and `rebase`: thin commands over the engine (engine.merge_file) and the merge driver.

resolve: after a merge, rebase or cherry-pick stopped on conflicts, the engine over each conflicted
path's index stages (1 base, 2 ours, 3 theirs). A file the rules resolve is written to the work tree
(through the path's checkout filters, as git would write it) and, with --add, staged; every other
file is left exactly as it is. Exit 0 all resolved, 1 some left for a person, 2 usage.

rebase: `git rebase --exec CHECK UPSTREAM [BRANCH]` with the driver configured for that one git
command (GIT_CONFIG_* variables and an attributes file of its own: the repository's config is not
touched). CHECK is `check --base HEAD^` after each replayed commit: a commit whose changes introduce
a finding stops the rebase. The migration collisions a replayed commit can have with the new base
(RL502/RL503/RL515/RL517) are skipped there and fixed once the whole branch is replayed: `check --fix`'s
logic against UPSTREAM, committed as one commit of its own on top of the branch (a separate commit,
not an amend: the branch's commits stay as their author wrote them, and the fix is one reviewable
step), then checked."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ... import git, gitenv
from ...errors import UsageProblem
from .. import markers
from . import records

MIGRATION_CODES = ("RL502", "RL503", "RL515", "RL517")  # what `check --fix` renumbers or re-parents
EXIT_RESOLVED, EXIT_LEFT, EXIT_USAGE = 0, 1, 2


def _out(line: str = "") -> None:
    from ...report.safe import visible

    sys.stdout.write(visible(line) + "\n")


def _err(line: str) -> None:
    from ...report.safe import visible

    sys.stderr.write(f"rebound-lint: {visible(line)}\n")


# --- resolve --------------------------------------------------------------------------------------

@dataclass
class Conflicted:
    path: str  # top-level-relative
    stages: dict[int, tuple[str, str]] = field(default_factory=dict)  # stage -> (mode, blob)


def unmerged_entries(top: Path) -> dict[str, Conflicted]:
    out = git.run(top, "ls-files", "-u", "-z", "--full-name").stdout.decode("utf-8", "surrogateescape")
    found: dict[str, Conflicted] = {}
    for entry in out.split("\0"):
        if not entry:
            continue
        meta, _, path = entry.partition("\t")
        mode, blob, stage = meta.split()
        found.setdefault(path, Conflicted(path)).stages[int(stage)] = (mode, blob)
    return found


def _wanted(top: Path, start: Path, paths: list[Path], conflicted: dict[str, Conflicted]) -> list[str]:
    if not paths:
        return sorted(conflicted)
    chosen: list[str] = []
    for given in paths:
        absolute = (start / given).absolute()
        try:
            relative = Path(os.path.normpath(absolute)).relative_to(top).as_posix()
        except ValueError:
            raise UsageProblem(f"{given} is outside the repository {top}") from None
        relative = "" if relative == "." else relative
        matched = [p for p in conflicted if p == relative or not relative or p.startswith(relative + "/")]
        if not matched:
            raise UsageProblem(f"{given} has no conflict to resolve (see `git status`)")
        chosen += [p for p in matched if p not in chosen]
    return sorted(chosen)


def _conflict_style(top: Path) -> str:
    proc = git.run(top, "config", "--get", "merge.conflictStyle", check=False)
    value = proc.stdout.decode("utf-8", "replace").strip().lower()
    return value if value in ("diff3", "zdiff3") else "merge"


def _object_format(top: Path) -> str:
    proc = git.run(top, "rev-parse", "--show-object-format", check=False)
    return proc.stdout.decode().strip() or "sha1" if proc.returncode == 0 else "sha1"


def _worktree_bytes(top: Path, path: str, data: bytes) -> bytes:
    """data (the blob's form) as git checks it out at path: eol conversion, smudge filters."""
    blob = git.run(top, "hash-object", "-w", "--no-filters", "--stdin", input=data).stdout.decode().strip()
    proc = git.run(top, "cat-file", "--filters", f"--path={path}", blob, check=False)
    return proc.stdout if proc.returncode == 0 else data


def resolve(start: Path, paths: list[Path], *, dry_run: bool = False, stage: bool = False) -> int:
    from .engine import merge_file
    from ..audit import marker_sizes

    top = git.toplevel(start)
    conflicted = unmerged_entries(top)
    if not conflicted:
        raise UsageProblem("no conflicted files: `resolve` runs after a merge, rebase or cherry-pick stopped on "
                           "conflicts")
    chosen = _wanted(top, start, paths, conflicted)
    sizes = marker_sizes(top, chosen)
    style = _conflict_style(top)
    common = Path(git.run(top, "rev-parse", "--git-common-dir").stdout.decode("utf-8", "surrogateescape").strip())
    common = common if common.is_absolute() else top / common
    object_format = _object_format(top)
    resolved = left = 0
    verb = "would resolve" if dry_run else "resolved"
    for path in chosen:
        entry = conflicted[path]
        why = _not_mergeable(entry)
        if why is None:
            size = sizes.get(path, markers.DEFAULT_SIZE)
            current = top / path
            try:
                on_disk = current.read_bytes()
            except OSError:
                on_disk = None
            if on_disk is None or not markers.may_have_markers(on_disk, size):
                why = "no conflict markers in the work tree file (resolved by hand already?)"
        if why is None:
            base = git.cat_blob(top, entry.stages[1][1]) if 1 in entry.stages else None
            ours, theirs = git.cat_blob(top, entry.stages[2][1]), git.cat_blob(top, entry.stages[3][1])
            try:
                result = merge_file(base, ours, theirs, path, marker_size=size, labels=("HEAD", "base", "theirs"),
                                    conflict_style=style, conflicted=True)
            except Exception as exc:  # noqa: BLE001 -- an engine failure leaves the file to a person
                why = f"internal error in the resolver ({type(exc).__name__}: {exc})"
            else:
                if result.status == "resolved":
                    _out(f"{path}: {verb} ({len(result.hunks)} hunk{'s' if len(result.hunks) != 1 else ''})")
                    for hunk in result.hunks:
                        _out(f"  {path}:{hunk.start_line}-{hunk.end_line}: {hunk.rule}: {hunk.why}")
                    if not dry_run:
                        _write_resolution(top, path, result.data, stage)
                        records.append(common, records.entry(path, base, ours, theirs, result.data, result.hunks,
                                                             "resolve", object_format))
                    resolved += 1
                    continue
                why = "; ".join(result.reasons) or "no rule proves a resolution"
        _out(f"{path}: left for a person: {why}")
        left += 1
    _out(f"{resolved} file{'s' if resolved != 1 else ''} {verb}, {left} left for a person"
         + (" (dry run: nothing written)" if dry_run else "")
         + (f"; stage them with `git add` or rerun with --add" if resolved and not stage and not dry_run else ""))
    return EXIT_LEFT if left else EXIT_RESOLVED


def _not_mergeable(entry: Conflicted) -> str | None:
    stages = entry.stages
    if 2 not in stages or 3 not in stages:
        return "deleted on one side, changed on the other"
    modes = {mode for mode, _ in stages.values()}
    if modes & {"120000", "160000"}:
        return "a symlink or submodule conflict"
    if stages[2][0] != stages[3][0]:
        return "the two sides give the file different modes"
    return None


def _write_resolution(top: Path, path: str, data: bytes, stage: bool) -> None:
    target = top / path
    try:
        target.write_bytes(_worktree_bytes(top, path, data))
    except OSError as exc:
        raise UsageProblem(f"cannot write {path}: {exc.strerror}") from None
    if stage:
        git.run(top, "add", "--", path)


# --- rebase ---------------------------------------------------------------------------------------

def _in_progress(git_dir: Path) -> str | None:
    for name, what in (("rebase-merge", "a rebase"), ("rebase-apply", "a rebase or am"), ("MERGE_HEAD", "a merge"),
                       ("CHERRY_PICK_HEAD", "a cherry-pick"), ("REVERT_HEAD", "a revert")):
        if (git_dir / name).exists():
            return what
    return None


def _self() -> str:
    return f"{shlex.quote(sys.executable)} -m rebound_lint"


def rebase(start: Path, upstream: str, branch: str | None) -> int:
    from . import install

    top = git.toplevel(start)
    git_dir = git.absolute_git_dir(top)
    busy = _in_progress(git_dir)
    if busy:
        raise UsageProblem(f"{busy} is already in progress: finish or abort it first")
    for ref in (upstream, branch):
        if ref is not None and git.run(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
                                       check=False).returncode != 0:
            raise UsageProblem(f"not a commit git knows: {ref}")
    upstream_commit = git.resolve(top, upstream)
    common = Path(git.run(top, "rev-parse", "--git-common-dir").stdout.decode("utf-8", "surrogateescape").strip())
    common = common if common.is_absolute() else top / common
    run_id = f"rebase-{int(time.time())}-{os.getpid()}"
    check = f"{_self()} check --base HEAD^ --ignore {','.join(MIGRATION_CODES)} --quiet"
    with tempfile.TemporaryDirectory(prefix="rebound-rebase-") as directory:
        attributes = Path(directory) / "attributes"
        attributes.write_text(install.run_attributes(top), "utf-8", "surrogateescape")
        env = install.environment_for_run(attributes)
        env[records.RUN_VAR] = run_id
        proc = subprocess.run(["git", "-C", str(top), "rebase", "--exec", check, upstream, *([branch] if branch else [])],
                              env=env)
    done = [record for record in records.read(common) if record.get("run") == run_id]
    if proc.returncode != 0:
        if _in_progress(git_dir) is None:
            _err("git rebase did not start (see git's message above)")
            return EXIT_USAGE
        return _stopped(top, git_dir, done, upstream)
    _report_resolved(done)
    return _fix_migrations(top, upstream, upstream_commit)


def _report_resolved(done: list[dict]) -> None:
    hunks = sum(len(record["hunks"]) for record in done)
    if not done:
        _out("rebound-lint rebase: no conflict needed resolving")
        return
    _out(f"rebound-lint rebase: resolved {hunks} conflict hunk{'s' if hunks != 1 else ''} in {len(done)} file"
         f"{'s' if len(done) != 1 else ''} (recorded in .git/{records.FILE.as_posix()}):")
    for record in done:
        _out(f"  {record['path']}: {', '.join(records.rules_of(record))}")


def _stopped(top: Path, git_dir: Path, done: list[dict], upstream: str) -> int:
    _report_resolved(done)
    conflicted = sorted(unmerged_entries(top))
    head = (git_dir / "REBASE_HEAD")
    commit = head.read_text("ascii", "replace").strip() if head.is_file() else ""
    described = git.run(top, "log", "-1", "--format=%h %s", commit or "HEAD", "--", check=False).stdout.decode(
        "utf-8", "replace").strip()
    if conflicted:
        _out(f"rebound-lint rebase: stopped at {described}: {len(conflicted)} conflicted file"
             f"{'s' if len(conflicted) != 1 else ''} left for a person:")
        for path in conflicted:
            _out(f"  {path}")
        _out("resolve them by hand (the resolver could not prove them safe), `git add` them, then "
             "`git rebase --continue` (or `git rebase --abort`)")
    else:
        _out(f"rebound-lint rebase: stopped after {described}: its changes have findings (above), or git stopped "
             f"it; fix, `git commit --amend`, then `git rebase --continue` (or `git rebase --abort`)")
    _out(f"once the rebase is done, `rebound-lint check --base {upstream} --fix` renumbers the branch's migrations "
         f"that collide with it (the remaining commits are checked as they replay; the driver is not in force)")
    return EXIT_LEFT


def _fix_migrations(top: Path, upstream: str, upstream_commit: str) -> int:
    from ...repo_checks.migrations import fix

    made = fix.fix_worktree(top, upstream_commit, write=True)
    for message in made.messages:
        _out(f"rebound-lint rebase: {message}")
    if made.edits:
        paths = sorted({edit.old for edit in made.edits} | {edit.new for edit in made.edits})
        git.run(top, "add", "-A", "--", *paths)
        git.run(top, "commit", "--no-verify", "-q", "-m",
                f"Renumber this branch's migrations after the rebase onto {upstream}\n\n"
                "Made by `rebound-lint rebase` (the `check --fix` logic):\n"
                + "".join(f"- {message}\n" for message in made.messages))
        _out(f"rebound-lint rebase: committed the migration fix on top: "
             + git.run(top, "log", "-1", "--format=%h %s").stdout.decode("utf-8", "replace").strip())
    left = subprocess.run([sys.executable, "-m", "rebound_lint", "check", "--base", upstream_commit, "--quiet",
                           "--select", ",".join(MIGRATION_CODES)], cwd=top, env=gitenv.environment())
    if left.returncode != 0:
        _out("rebound-lint rebase: the rebase is done, but migration findings are left for a person (above)")
        return EXIT_LEFT
    _out("rebound-lint rebase: done")
    return EXIT_RESOLVED
