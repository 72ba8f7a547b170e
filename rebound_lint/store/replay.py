"""Replays the last whole-tree `check` when nothing it depended on has changed.

A `check` of every tracked file (no paths, no --base, no --staged) remembers its result with
what it depended on: the tool build, the options that choose files, the working directory, the
index (the bytes of git's index file: every tracked path and blob id) and each other file or
directory it looked at (configs, migration directories, the merge state; looks.py). The next
such run whose index, clean working tree (`git diff-files` empty) and looks all match prints
that result again: two git calls run side by side instead of a scan, and neither the CLI nor
any parser is imported. With a few tracked files modified and everything else the same, only
those files are checked again (partial.py). Anything else (other options, deleted files, files git does not
vouch for, a merge in progress, a damaged memo) gets the full run, which uses the per-file cache."""
from __future__ import annotations

import marshal
import os
import sys
import time

from .. import __version__
from .location import REPLAY_FILE, cache_dir

FILE_NAME = REPLAY_FILE
FORMAT = 6  # 3: blake2b digests, "absent" looks; 4: the build checked by its stamps; 5: "plain" files;
# 6: what per-file checks read besides their file (the "tree-*" looks, languages/context.py)
KEEP = 8  # entries: a few working directories and option sets of one repository
OTHER_BUILDS_KEPT = 2  # entries of other builds of the tool (an upgrade leaves the old ones behind)
VALUE_OPTIONS = {"--format", "--select", "--ignore", "--jobs", "-j", "--shard", "--output", "-o", "--fail-on", "--color"}
FLAGS = {"--all-files": ("all_files", True), "--quiet": ("quiet", True), "-q": ("quiet", True),
         "--debug": ("debug", True), "--exit-zero": ("exit_zero", True), "--show-source": ("show_source", True),
         "--no-show-source": ("show_source", False), "--show-suppressed": ("show_suppressed", True)}
GIT_FILES_ENV = ("HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM",
                 "GIT_ATTR_NOSYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_INDEX_FILE")
CHOICES = {"--fail-on": ("fail_on", ("error", "warning", "info")), "--color": ("color", ("auto", "always", "never"))}


def replay(args: list[str]) -> int | None:
    """The exit code of a replayed `check ARGS`, after printing its report; None when the full
    run is needed (nothing printed then)."""
    started = time.perf_counter()
    if not hasattr(os, "posix_spawnp"):
        return None
    running: list[tuple[int, int]] = []
    try:
        options = _parse(args)
        if options is None:
            return None
        # git first: its two calls (the longer one stats every tracked file) run while this
        # process imports and reads the memo
        located = _start(running, "rev-parse", "--path-format=absolute", "--show-toplevel", "--git-common-dir",
                         "--git-path", "index")
        modified = _start(running, "diff-files", "--name-only", "-z", "--", ":/")
        found = _remembered(options, running, located, modified)
    except Exception:  # a replay is an optimisation: any surprise means the full run
        return None
    finally:
        for pid, fd in running:  # only what returned early left behind
            os.close(fd)
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    if found is None:
        return None
    found, top, modified = found
    if modified:  # a few tracked files modified since: only they are checked again
        from .partial import partial

        return partial(found, options, top, modified, started)
    from ..findings import Finding
    from ..report.finish import ReportOptions, finish_check

    entry, report_options = found, ReportOptions(**options["report"])
    findings = [Finding.from_row(row) for row in entry["findings"]]
    suppressed = [(Finding.from_row(row[:7]), row[7]) for row in entry["suppressed"]]
    if None in findings or any(finding is None for finding, _ in suppressed):
        return None
    notes = entry["notes"] + ["replayed the result of an earlier run: nothing it depended on has changed "
                              "(`rebound-lint cache clean` forgets it)"]
    return finish_check(findings, notes, entry["notices"], [], entry["files_checked"], started, report_options,
                        suppressed)


def key(cwd: str, top: str, all_files: bool, shard: tuple[int, int] | None) -> str:
    """What chooses the files and their settings, besides the index and the looks."""
    from .build import PACKAGE
    from .looks import digest

    # the install (its files and libraries) is checked against the entry's stamps, not hashed here:
    # computing the build id costs a replay a search of sys.path for every library
    # the environment that chooses git's config and attributes files (where a marker size can be set)
    chosen = [f"{name}={os.environ.get(name, '')}" for name in GIT_FILES_ENV]
    try:  # and the config entries GIT_CONFIG_COUNT gives (core.attributesFile, an include among them)
        count = min(int(os.environ.get("GIT_CONFIG_COUNT") or 0), 1000)
    except ValueError:
        count = 0
    chosen += [f"{os.environ.get(f'GIT_CONFIG_KEY_{n}', '')}={os.environ.get(f'GIT_CONFIG_VALUE_{n}', '')}"
               for n in range(count)]
    parts = [str(FORMAT), __version__, sys.version, PACKAGE, *sys.path, cwd, str(top), str(all_files), repr(shard),
             *chosen]
    return digest("\0".join(parts).encode("utf-8", "surrogateescape"))


def remember(run_key: str, index, seen: dict | None, result, suppressed=(), plain=()) -> None:
    """Store a whole-tree run's result for replay, when one can be trusted: a clean working tree,
    no tracked file whose content git does not vouch for (git.blob_ids) but symbolic links, each
    noted with what it points to (looks.link), every look recorded."""
    links = getattr(index, "links", frozenset())
    if seen is None or index.changed or index.unverified - links or not index.index_digest:
        return
    if links:
        from .looks import link

        seen = dict(seen)
        for rel in links:
            spec = f"{index.top}\0{os.path.join(str(index.top), rel)}"  # the tree, and the link in it
            seen[f"link\0{spec}"] = link(spec)
    if any(f.code == "RL011" for f in result.findings):  # unreadable: permissions, not content
        return
    from .build import build_stamps, tool_build
    from .cache import default_dir

    entry = {
        "build": tool_build(),
        "stamps": build_stamps(),
        "index": index.index_digest,
        "seen": seen,
        "files_checked": result.files_checked,
        "findings": [f.to_row() for f in result.findings],
        "suppressed": [[*f.to_row(), why] for f, why in suppressed],
        "notes": result.notes,
        "notices": result.notices,
        "plain": list(plain),  # the files a partial replay may check again alone (partial.py)
    }
    try:
        directory = default_dir(index.top)
        entries = _load(os.path.join(directory, REPLAY_FILE))
        entries.pop(run_key, None)
        others = [key for key, kept in entries.items() if not isinstance(kept, dict)
                  or kept.get("build") != entry["build"]]  # an older install's (or another's, in turn)
        for key in others[:-OTHER_BUILDS_KEPT]:  # dropped first: every replay loads the whole memo
            del entries[key]
        entries[run_key] = entry
        while len(entries) > KEEP:
            entries.pop(next(iter(entries)))
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f".{REPLAY_FILE}.{os.getpid()}"
        temporary.write_bytes(marshal.dumps({"format": FORMAT, "entries": entries}))
        os.replace(temporary, directory / REPLAY_FILE)
    except OSError:  # read-only or full: the next run is a full one, nothing else changes
        pass


def _parse(args: list[str]) -> dict | None:
    """The options of the `check` runs a replay can stand for; None for any other (ValueError for
    a value the CLI would refuse)."""
    report: dict = {}
    all_files, shard, position = False, None, 0
    while position < len(args):
        arg = args[position]
        name, has_value, value = arg.partition("=") if arg.startswith("--") else (arg, False, "")
        if name in VALUE_OPTIONS:
            if not has_value:
                position += 1
                if position >= len(args):
                    return None
                value = args[position]
            if name == "--format":
                from ..report import FORMATS

                if value not in FORMATS:
                    return None
                report["output_format"] = value
            elif name in ("--select", "--ignore"):
                from ..options import rule_codes

                field = "select" if name == "--select" else "ignore"
                report[field] = report.get(field, ()) + rule_codes([value])
            elif name in ("--jobs", "-j"):
                if not value.isdigit():
                    return None
            elif name == "--shard":
                from ..options import shard as parse_shard

                shard = parse_shard(value)
            elif name in CHOICES:
                field, allowed = CHOICES[name]
                if value not in allowed:
                    return None
                report[field] = value
            else:
                if not value or os.path.isdir(value):
                    return None  # the CLI's usage error
                from pathlib import Path

                report["output"] = Path(value)
        elif arg in FLAGS and not has_value:
            field, value = FLAGS[arg]
            if field == "all_files":
                all_files = True
            else:
                report[field] = value
        else:
            return None  # paths, --base, --staged, --no-cache, --help, ...: the full run
        position += 1
    report["all_files"] = all_files
    report["debug"] = report.get("debug", False) or bool(os.environ.get("REBOUND_LINT_DEBUG"))
    return {"report": report, "all_files": all_files, "shard": shard}


def _remembered(options: dict, running: list, located: tuple[int, int], modified: tuple[int, int]) -> dict | None:
    """The remembered entry when it still holds: git's two answers (`located`, `modified`) agree
    with it and so does every look."""
    from .looks import file_digest, still_seen

    where = _output(running, located)
    if where is None:
        return None
    top, common, index_file = where.decode("utf-8", "surrogateescape").splitlines()[:3]
    directory = cache_dir(lambda: common)
    entry = _load(os.path.join(directory, REPLAY_FILE)).get(
        key(os.getcwd(), top, options["all_files"], options["shard"]))
    if not _well_formed(entry) or file_digest(index_file) != entry["index"]:
        return None
    from .build import still_current

    if not still_current(entry.get("stamps")) or not still_seen(entry["seen"]):
        return None
    changed = _output(running, modified)  # the looks were checked while git ran
    return None if changed is None else (entry, top, changed)


def _start(running: list, *args: str) -> tuple[int, int]:
    """git ARGS, run as git.run runs it, its stdout on a pipe (os.posix_spawnp: the subprocess
    module alone costs a replay a quarter of its time to import)."""
    from ..gitenv import environment

    env = environment()
    read, write = os.pipe()
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        pid = os.posix_spawnp("git", ["git", *args], env,
                              file_actions=[(os.POSIX_SPAWN_DUP2, write, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    except OSError:
        os.close(read)
        raise
    finally:
        os.close(write)
        os.close(devnull)
    running.append((pid, read))
    return pid, read


def _output(running: list, started: tuple[int, int]) -> bytes | None:
    """The command's whole stdout once it exits, or None if it failed."""
    pid, fd = started
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    running.remove(started)
    return b"".join(chunks) if os.waitstatus_to_exitcode(status) == 0 else None


def _load(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            data = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):  # missing, damaged, or another Python's
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def _well_formed(entry) -> bool:
    if not isinstance(entry, dict) or not entry.get("index"):
        return False
    try:
        return (isinstance(entry["index"], str) and isinstance(entry["seen"], dict)
                and isinstance(entry["files_checked"], int)
                and all(isinstance(n, str) for n in entry["notes"] + entry["notices"])
                and isinstance(entry["findings"], list)
                and all(isinstance(row, list) and len(row) == 8 and isinstance(row[7], str)
                        for row in entry["suppressed"]))
    except (KeyError, TypeError):
        return False
