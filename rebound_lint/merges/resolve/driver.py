"""git's merge-driver contract for the resolver: `rebound-lint merge-driver %O %A %B %L %P [%S %X %Y]`.

git runs the driver for every file both sides changed, in the work tree's top directory, with the
three versions in temporary files (%O base, %A ours, %B theirs), the conflict marker size (%L), the
file's path (%P) and, from git 2.44, the conflict labels (%S base, %X ours, %Y theirs; older git
passes the placeholders through as they are). The driver writes the merge to %A and exits 0 when
the merge is clean or every conflicting hunk was resolved by a rule and the whole result validates;
otherwise %A gets exactly what git's own merge writes (the configured merge.conflictStyle, %L-sized
markers, git's labels, and ort's histogram diff: ort_merge) and it exits 1, so git records a
conflict for a person. A file git's line merge would conflict on is never "clean" here, even where
the engine's `git merge-file` (Myers) merges it cleanly.

It never writes anywhere but %A and, for a resolution, one line of
`.git/rebound-lint/resolutions.jsonl` (records.py); it never prints a traceback: an internal error
writes git's own merge and exits 1 with one line on stderr, and so does a resolution it cannot
record. The git commands rebound-lint itself runs (`audit`, `plan` and the guard recompute git's
own merges) replace the driver's command with `git merge-file` (gitenv.py); a driver started with
REBOUND_LINT_MERGE_DRIVER=git anyway is git's own merge and records nothing.

Install: `rebound-lint merge-driver --install` (install.py)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import records

MODE_VAR = "REBOUND_LINT_MERGE_DRIVER"  # "git": git's own merge, no rule, no record
PLACEHOLDERS = ("%S", "%X", "%Y")  # what git before 2.44 passes for the labels it does not know
USAGE = "usage: rebound-lint merge-driver %O %A %B %L %P [%S %X %Y]  (or --install / --uninstall)"


@dataclass
class Repo:
    git_dir: Path | None
    common_dir: Path | None
    object_format: str
    conflict_style: str


def _env() -> dict[str, str]:
    return dict(os.environ, LC_ALL="C")


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], capture_output=True, env=_env())


def repo() -> Repo:
    """The repository git is merging in (the driver runs in its top directory, with git's environment)."""
    proc = _git("rev-parse", "--git-dir", "--git-common-dir", "--show-object-format")
    lines = proc.stdout.decode("utf-8", "surrogateescape").splitlines() if proc.returncode == 0 else []
    git_dir = Path(lines[0]).absolute() if len(lines) >= 3 else None
    common = Path(lines[1]).absolute() if len(lines) >= 3 else None
    object_format = lines[2].strip() if len(lines) >= 3 else "sha1"
    style = _git("config", "--get", "merge.conflictStyle")
    value = style.stdout.decode("utf-8", "replace").strip().lower() if style.returncode == 0 else ""
    return Repo(git_dir, common, object_format, value if value in ("diff3", "zdiff3") else "merge")


def labels(given: list[str], where: Repo, path: str = "", contents: tuple = ()) -> tuple[str, str, str]:
    """(ours, base, theirs) as git labels the markers: the labels git passed (%X %S %Y, git 2.44+),
    else git's own labels rebuilt from what a merge or rebase leaves in the environment and the git
    dir: `git merge NAME` (GITHEAD_<sha>=NAME; the base is the merge-base's short id, or "merged
    common ancestors" when there are several), `git rebase` (the commit being picked, from
    rebase-merge/done: "<short> (<subject>)" and "parent of <short> (<subject>)"); else HEAD, base,
    theirs (a cherry-pick on old git leaves no trace of its commit)."""
    known = [None if value in PLACEHOLDERS else value for value in (given + [None] * 3)[:3]]
    base, ours, theirs = known
    if base is not None and ours is not None and theirs is not None:
        return ours, base, theirs
    guessed, commits = _rebuilt_labels(where)
    if commits and path and len(contents) == 3:
        guessed = _with_paths(guessed, commits, path, contents, where.object_format)
    return (ours if ours is not None else guessed[0], base if base is not None else guessed[1],
            theirs if theirs is not None else guessed[2])


def _with_paths(names: tuple[str, str, str], commits: tuple[str, str, str], path: str, contents: tuple,
                object_format: str) -> tuple[str, str, str]:
    """git's labels when the file has another path on a side (a rename): every label becomes
    "label:path-on-that-side" (merge-ort's merge_3way). The path on each side is the one whose blob
    is that side's content; when that is not one path, the labels stay as they are."""
    ids = [None if data is None else records.blob_id(data, object_format) for data in contents]  # ours, base, theirs
    specs = "".join(f"{commit}:{path}\n" for commit in commits).encode("utf-8", "surrogateescape")
    found = subprocess.run(["git", "cat-file", "--batch-check=%(objectname)"], input=specs, capture_output=True,
                           env=_env()).stdout.decode().split("\n")
    if all(index < len(found) and found[index].strip() == ids[index] for index in range(3) if ids[index]):
        return names
    paths = []
    for index, commit in enumerate(commits):
        if ids[index] is None:
            return names
        if index < len(found) and found[index].strip() == ids[index]:
            paths.append(path)
            continue
        listing = _git("ls-tree", "-r", "-z", "--full-tree", commit).stdout.decode("utf-8", "surrogateescape")
        matches = [entry.split("\t", 1)[1] for entry in listing.split("\0")
                   if "\t" in entry and entry.split("\t", 1)[0].split()[2:3] == [ids[index]]]
        if len(matches) != 1:
            return names
        paths.append(matches[0])
    return tuple(f"{name}:{where}" for name, where in zip(names, paths))


def _rebuilt_labels(where: Repo) -> tuple[tuple[str, str, str], tuple[str, str, str] | None]:
    """(labels, the (ours, base, theirs) commits they name, when one commit each)."""
    heads = [(name[len("GITHEAD_"):], value) for name, value in os.environ.items() if name.startswith("GITHEAD_")]
    if len(heads) == 1:
        commit, name = heads[0]
        bases = _git("merge-base", "--all", "HEAD", commit).stdout.decode().split()
        if len(bases) == 1:
            return ("HEAD", _short(bases[0]), name), ("HEAD", bases[0], commit)
        if len(bases) > 1:
            return ("HEAD", "merged common ancestors", name), None
    if where.git_dir is not None:
        try:
            done = (where.git_dir / "rebase-merge" / "done").read_text("utf-8", "replace").splitlines()
        except OSError:
            done = []
        picked = [line.split() for line in done if line.strip() and not line.startswith("#")]
        if picked and len(picked[-1]) >= 2 and picked[-1][0] in ("pick", "p", "edit", "e", "reword", "r"):
            commit = picked[-1][1]
            subject = _git("log", "-1", "--format=%s", commit, "--")
            if subject.returncode == 0:
                theirs = f"{_short(commit)} ({subject.stdout.decode('utf-8', 'replace').strip()})"
                return ("HEAD", f"parent of {theirs}", theirs), ("HEAD", f"{commit}^", commit)
    return ("HEAD", "base", "theirs"), None


def _short(commit: str) -> str:
    proc = _git("rev-parse", "--short", commit)
    return proc.stdout.decode().strip() if proc.returncode == 0 else commit[:7]


def marker_size(value: str) -> int:
    from ..markers import DEFAULT_SIZE

    return int(value) if value.isdigit() and 0 < int(value) < 1 << 20 else DEFAULT_SIZE


def git_merge(base: bytes | None, ours: bytes, theirs: bytes, size: int, names: tuple[str, str, str],
              style: str) -> tuple[bytes, bool] | None:
    """What git's own merge writes, and whether it has a conflict: `git merge-file`, the line merge
    git's merges use (xdiff). None where git would not merge the text (a binary side): git's own
    merge then keeps ours and reports a conflict."""
    with tempfile.TemporaryDirectory(prefix="rebound-driver-") as directory:
        paths = []
        for name, data in (("ours", ours), ("base", base or b""), ("theirs", theirs)):
            target = Path(directory) / name
            target.write_bytes(data)
            paths.append(str(target))
        style_flag = {"diff3": ["--diff3"], "zdiff3": ["--zdiff3"]}.get(style, [])
        proc = subprocess.run(["git", "merge-file", "-p", *style_flag, f"--marker-size={size}",
                               "-L", names[0], "-L", names[1], "-L", names[2], *paths], capture_output=True, env=_env())
    if proc.returncode < 0 or proc.returncode > 127:
        return None
    return proc.stdout, proc.returncode > 0


def ort_merge(base: bytes | None, ours: bytes, theirs: bytes, size: int, names: tuple[str, str, str],
              style: str) -> tuple[bytes, bool] | None:
    """What git merge, rebase and cherry-pick write for this file without a driver, byte for byte:
    the ort strategy's line merge, whose diff is histogram (`git merge-file` diffs with Myers, and
    the two split some conflicts differently). Made by `git merge-tree` in a scratch repository
    (one file, three commits, no configuration or attributes but the style and marker size), the
    scratch branch names on the markers replaced by the labels. (merged bytes, conflicted), or
    None where git would not merge the text (a binary side) or the scratch merge failed."""
    token = f"rebound{os.getpid()}x{int.from_bytes(os.urandom(6), 'big'):x}"
    ours_ref, theirs_ref = f"{token}o", f"{token}t"
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, LC_ALL="C")
    stream = []
    for mark, data in ((1, base), (2, ours), (3, theirs)):
        if data is not None:
            stream += [b"blob\nmark :%d\ndata %d\n" % (mark, len(data)), data, b"\n"]
    for ref, mark, parent, blob in (("base", 10, None, 1 if base is not None else None), (ours_ref, 11, 10, 2),
                                    (theirs_ref, 12, 10, 3)):
        stream.append(b"commit refs/heads/%s\nmark :%d\ncommitter r <r@r> 0 +0000\ndata 0\n" % (ref.encode(), mark))
        if parent is not None:
            stream.append(b"from :%d\n" % parent)
        if blob is not None:
            stream.append(b"M 100644 :%d f\n" % blob)
        stream.append(b"\n")
    with tempfile.TemporaryDirectory(prefix="rebound-ort-") as directory:
        scratch = Path(directory) / "repo.git"
        steps = [["git", "init", "-q", "--bare", "--template=", str(scratch)]]
        for command in steps:
            if subprocess.run(command, capture_output=True, env=env).returncode != 0:
                return None
        (scratch / "info").mkdir(exist_ok=True)
        (scratch / "info" / "attributes").write_text(f"* conflict-marker-size={size}\n")
        marks = Path(directory) / "marks"
        imported = subprocess.run(["git", "-C", str(scratch), "fast-import", "--quiet", f"--export-marks={marks}"],
                                  input=b"".join(stream), capture_output=True, env=env)
        if imported.returncode != 0:
            return None
        merged = subprocess.run(["git", "-C", str(scratch), "-c", f"merge.conflictStyle={style}", "merge-tree",
                                 "--write-tree", "--no-messages", ours_ref, theirs_ref], capture_output=True, env=env)
        if merged.returncode not in (0, 1):
            return None
        tree = merged.stdout.split(b"\n", 1)[0].decode().strip()
        blob = subprocess.run(["git", "-C", str(scratch), "cat-file", "blob", f"{tree}:f"], capture_output=True, env=env)
        if blob.returncode != 0:
            return None
        base_id = next((line.split()[1] for line in marks.read_text().splitlines() if line.startswith(":10 ")), "")
    data = blob.stdout
    if merged.returncode == 1 and (b"\0" in ours[:8000] or b"\0" in theirs[:8000]):
        return None  # a binary conflict: git keeps ours
    if merged.returncode == 0:
        return data, False
    return _relabelled(data, size, {"<": (ours_ref, names[0]), ">": (theirs_ref, names[2])}, base_id, names[1]), True


def _relabelled(data: bytes, size: int, sides: dict, base_id: str, base_label: str) -> bytes:
    """Marker lines of the scratch merge with the labels git would have written."""
    out = []
    for line in data.splitlines(keepends=True):
        body = line.rstrip(b"\r\n")
        ending = line[len(body):]
        head = body[:size + 1]
        for char, (token, label) in sides.items():
            if body == (char * size + " " + token).encode():
                line = (char * size + " " + label).encode("utf-8", "surrogateescape") + ending
        if head == b"|" * size + b" " and base_id:
            rest = body[size + 1:].decode("ascii", "replace")
            if len(rest) >= 4 and base_id.startswith(rest):
                line = ("|" * size + " " + base_label).encode("utf-8", "surrogateescape") + ending
        out.append(line)
    return b"".join(out)


def run(argv: list[str], err=None) -> int:
    """The driver: 0 merged (clean or resolved), 1 a conflict for a person, 2 a usage error (no file written)."""
    err = err or sys.stderr
    if len(argv) < 5 or any(not value for value in argv[:3]):
        _say(err, f"rebound-lint: {USAGE}")
        return 2
    base_file, ours_file, theirs_file, size_arg, path = argv[:5]
    size = marker_size(size_arg)
    try:
        base_data = Path(base_file).read_bytes()
        ours = Path(ours_file).read_bytes()
        theirs = Path(theirs_file).read_bytes()
    except OSError as exc:
        _say(err, f"rebound-lint: merge-driver: cannot read {exc.filename}: {exc.strerror}; left {path} to git's "
                  f"conflict handling")
        return 1
    base = base_data if base_data else None  # git passes an empty %O when both sides added the file
    try:
        where = repo()
        names = labels(argv[5:8], where, path, (ours, base, theirs))
    except Exception as exc:  # noqa: BLE001 -- the contract: never a traceback
        where, names = Repo(None, None, "sha1", "merge"), ("HEAD", "base", "theirs")
        _say(err, f"rebound-lint: merge-driver: {path}: {type(exc).__name__}: {exc}")
    if os.environ.get(MODE_VAR) == "git":
        return _as_git(base, ours, theirs, size, names, where.conflict_style, ours_file, path, err)
    try:
        from .engine import merge_file

        result = merge_file(base, ours, theirs, path, marker_size=size, labels=names,
                            conflict_style=where.conflict_style)
        status, data = result.status, result.data
        if status not in ("clean", "resolved", "declined") or not isinstance(data, bytes):
            raise ValueError(f"the engine answered {status!r}")
    except Exception as exc:  # noqa: BLE001 -- an engine failure is git's own merge, never a traceback
        _say(err, f"rebound-lint: merge-driver: {path}: internal error ({type(exc).__name__}: {exc}); "
              f"git's own merge written")
        return _as_git(base, ours, theirs, size, names, where.conflict_style, ours_file, path, err, quiet=True)
    if status == "clean" or (status == "declined" and result.conflicts):
        # the engine's line merge is `git merge-file` (Myers); git's merges diff with histogram
        own = _own(base, ours, theirs, size, names, where.conflict_style)
        if own is not None and own[1]:
            if status == "clean":
                _say(err, f"rebound-lint: {path}: left for a person: git's own merge (histogram diff) has a "
                          f"conflict here")
                _write(ours_file, own[0], path, err)
                return 1
            data = own[0]
    if status == "declined":
        if not _write(ours_file, data, path, err):
            return 1
        reasons = "; ".join(result.reasons[:3]) + ("; ..." if len(result.reasons) > 3 else "")
        _say(err, f"rebound-lint: {path}: left for a person ({result.conflicts} conflict"
                  f"{'s' if result.conflicts != 1 else ''}){': ' + reasons if reasons else ''}")
        return 1
    if not _write(ours_file, data, path, err):
        return 1
    if status == "resolved":
        try:
            if where.common_dir is None:
                raise OSError(0, "no git directory found")
            records.append(where.common_dir, records.entry(path, base, ours, theirs, data, result.hunks,
                                                           "merge-driver", where.object_format))
        except OSError as exc:
            # unrecorded, the resolution would pass as a person's: git's own merge instead
            _say(err, f"rebound-lint: {path}: cannot record the resolution in .git/{records.FILE.as_posix()} "
                      f"({exc.strerror}); git's own merge written")
            return _as_git(base, ours, theirs, size, names, where.conflict_style, ours_file, path, err, quiet=True)
    for hunk in result.hunks:
        _say(err, f"rebound-lint: {path}:{hunk.start_line}-{hunk.end_line}: resolved by {hunk.rule}: {hunk.why}")
    return 0


def _own(base, ours, theirs, size, names, style) -> tuple[bytes, bool] | None:
    try:
        return ort_merge(base, ours, theirs, size, names, style)
    except (OSError, ValueError, UnicodeError):
        return None


def _as_git(base, ours, theirs, size, names, style, ours_file, path, err, quiet=False) -> int:
    """git's own merge into %A: the line merge, or ours kept for a side git would not merge."""
    try:
        merged = _own(base, ours, theirs, size, names, style) or git_merge(base, ours, theirs, size, names, style)
    except OSError as exc:
        _say(err, f"rebound-lint: merge-driver: {path}: git merge-file failed ({exc}); ours left in place")
        return 1
    if merged is None:
        if not quiet:
            _say(err, f"rebound-lint: {path}: cannot merge binary files; ours left in place")
        return 1  # %A still holds ours, as git's binary merge leaves it
    data, conflicted = merged
    if not _write(ours_file, data, path, err):
        return 1
    return 1 if conflicted else 0


def _say(err, line: str) -> None:
    """One line on stderr, control characters escaped; never raises (a resolved %A must not turn
    into a conflict because a message could not be printed)."""
    from ...report.safe import visible

    try:
        err.write(visible(line) + "\n")
        err.flush()
    except Exception:  # noqa: BLE001
        pass


def _write(target: str, data: bytes, path: str, err) -> bool:
    try:
        with open(target, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        _say(err, f"rebound-lint: merge-driver: cannot write the merge of {path} to {target}: {exc.strerror}")
        return False
    return True


def main(argv: list[str]) -> None:
    """The console entry: exit with run's code; nothing escapes as a traceback."""
    try:
        code = run(argv)
    except BaseException as exc:  # noqa: BLE001
        if isinstance(exc, SystemExit):
            raise
        try:
            print(f"rebound-lint: merge-driver: internal error ({type(exc).__name__}); the file is left "
                  f"as a conflict", file=sys.stderr)
        except Exception:  # noqa: BLE001
            pass
        code = 1
    sys.exit(code)
