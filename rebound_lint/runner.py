"""Runs the per-file checkers over the selected files: markers first, then the file's parser."""
from __future__ import annotations

import functools
import mmap
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import git, workers
from .decide import ignored_by, suppressed_inline
from .textpos import line_col
from .languages.repeats import recorded_repeats
from .languages.waivers import waived
from .source import Source, describe_os_error, is_binary, read_bytes
from .store import cache, looks
from .store.cache import Cache
from .languages import COST_RANK, checker_for, context, kind_of, opens_as_xml, unparsed_note
from .languages.test_inputs import (EXCUSES, NOT_UTF8_TEST_DATA, PARSE_ERRORS, SYNTAX_CODES, UTF8_SEQUENCE, excusing,
                                    in_test_dir, markers_under_test, no_excuses,
                                    quiet_code_syntax_errors)
from .merges import markers
from .config import Config
from .findings import Finding

MAX_PER_RULE = 20  # findings of one code reported one by one per file; the rest are counted
MIN_JOBS_CAP = 8  # --jobs is capped at twice the usable cores, and never below this
POOL_THRESHOLD = 48  # below this many files, one chunk (and at most one worker) per kind: runner.by_kind
GIT_DIR_NAME = ".git"
FORK_SERVER_FROM = 1000  # files: from here workers come from a fork server (_worker_context)


@dataclass(frozen=True)
class Item:
    path: Path
    display: str
    marker_size: int = markers.DEFAULT_SIZE
    config: Config | None = None  # a nested project's own config; None: the run's
    index_blob: str | None = None  # check this staged blob instead of the working-tree file (--staged)
    blob: str | None = None  # the content's blob id when known without reading (tracked, unmodified)
    within: tuple[str, str] | None = None  # (resolved directory, its name): a symlink must not lead out of it
    named: bool = False  # named on the command line: a directory above it may be a link too
    markers_only: str = ""  # why only conflict markers are checked: "vendored", "generated", ... (selection.py)
    made_elsewhere: str = ""  # why this dangling symbolic link points at what the checkout does not make


@dataclass
class FileResult:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (one line, traceback)
    checked: bool = True
    suppressed: list[Finding] = field(default_factory=list)  # by the file's own comments
    cacheable: bool = True  # False when its parser crashed, timed out or ran out of memory (RL013)
    content_id: str | None = None  # the blob id of the bytes actually parsed (a working-tree read)
    # what the check read besides the file (languages/context.py): [[kind, path relative to the tree, what it saw]]
    deps: list = field(default_factory=list)


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    files_checked: int = 0
    suppressed: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # this run's own (a damaged cache): never replayed
    # displays of the files whose result held more than findings (a note, a notice, an error) or
    # that were not checked: a partial replay (store/partial.py) never stands in for them
    noisy: set[str] = field(default_factory=set)

    def add(self, result: FileResult) -> None:
        self.findings.extend(result.findings)
        self.suppressed.extend(result.suppressed)
        self.notes.extend(result.notes)
        self.notices.extend(n for n in result.notices if n not in self.notices)
        self.errors.extend(result.errors)
        self.files_checked += result.checked


def check_file(item: Item, config: Config) -> FileResult:
    """Every per-file finding for one file (ignores not yet applied); never raises."""
    limit = config.worker_memory_limit  # the run's: one per worker
    tree = tree_of(item, config)
    config = item.config or config
    context.begin(tree)
    try:
        result = _check_file(item, config)
    except MemoryError:
        result = failed(item, config, f"ran out of memory: over {limit >> 20} MiB")
    except Exception as exc:  # a bug in a checker must not abort the run, nor pass silently
        import traceback  # here: its import (linecache, tokenize, textwrap) is a few ms of a hook's run

        result = FileResult(errors=[(f"{item.display}: internal error: {type(exc).__name__}: {exc}",
                                     traceback.format_exc())])
    finally:
        deps = context.end()
    result.deps = deps
    return result


def tree_of(item: Item, config: Config) -> str:
    """The tree a file's check may read context in (languages/context.py): the directory its
    symbolic links must stay in (its repository, or the directory named outside one), else the
    run's root. Never above it."""
    return item.within[0] if item.within else str(config.root)


def _check_file(item: Item, config: Config) -> FileResult:
    path, display = item.path, item.display
    result = FileResult()
    leaves = _leaves(item)
    if leaves:
        result.notes.append(f"{display}: {leaves}")
        result.checked = False
        return result
    if item.made_elsewhere and not item.index_blob and not os.path.exists(path):
        # a plain clone leaves a submodule empty, an install fills site-packages: the link dangles till then
        result.notes.append(f"{display}: symbolic link {item.made_elsewhere}: skipped")
        result.checked = False
        return result
    kind = kind_of(str(path))
    if kind == "binary":
        result.notes.append(f"{display}: binary file skipped")
        result.checked = False
        return result
    try:
        if item.index_blob:
            data = git.cat_blob(config.root, item.index_blob)
        else:
            size = os.stat(path).st_size
            if size > config.max_file_size:
                if item.markers_only:
                    result.checked = False
                else:
                    result.notices.append(
                        f"files over max-file-size ({config.max_file_size} bytes) get the marker check only")
                result.notes.append(f"{display}: {size} bytes, over max-file-size: conflict markers checked only")
                found, _ = markers.check_bytes(display, _read_large(path, item.marker_size), item.marker_size)
                result.findings = capped(found)
                return result
            data = read_bytes(path)
            result.content_id = cache.blob_id(data)  # the cache key: what was parsed, not what was listed
    except git.GitError as exc:
        result.errors.append((f"{display}: cannot read the staged version: {exc}", ""))
        return result
    except OSError as exc:
        if os.path.isdir(path):  # a submodule (gitlink), or a symbolic link to a directory: no file to check
            what = "symbolic link to a directory" if os.path.islink(path) else "directory (a submodule)"
            result.notes.append(f"{display}: {what} skipped")
            result.checked = False
            return result
        described = describe_os_error(path, exc)
        if described.startswith("broken symbolic link") and in_test_dir(display):
            # a file-system library's test data holds links that dangle on purpose; its tests read the link
            result.notes.append(f"{display}: {described}, in test data (a test input of link handling): "
                                f"not reported")
            result.checked = False
            return result
        result.findings.append(Finding(display, 1, 1, "RL011", described))
        return result
    if is_binary(data):
        result.notes.append(f"{display}: binary file (NUL bytes) skipped")
        result.checked = False
        return result
    if item.markers_only:  # not the project's code to fix; a conflict marker is a defect anywhere
        result.notes.append(f"{display}: {item.markers_only}: conflict markers checked only")
        result.findings = capped(markers.check_bytes(display, data, item.marker_size)[0])
        result.checked = False
        return result
    if len(data) > config.max_file_size:  # a large staged blob: markers only
        found, _ = markers.check_bytes(display, data, item.marker_size)
        result.findings = capped(found)
        return result
    if kind == "text" or data.startswith(b"#!") or opens_as_xml(data[:64]):
        kind = kind_of(str(path), data[:256])  # shebang scripts, a suffix their interpreter or an XML head contradicts
    return _check_data(display, data, kind, config, item.marker_size, result)


def check_data(display: str, data: bytes, kind: str, config: Config,
               marker_size: int = markers.DEFAULT_SIZE) -> FileResult:
    """Markers, then the kind's parser, on bytes already read, in this process (audit, and
    --base's look at the base version); a check that runs out of memory is RL013 with the
    file's conflict markers, as in a worker."""
    context.begin(config.root)
    try:
        return _check_data(display, data, kind, config, marker_size, FileResult())
    except MemoryError:
        found, _ = markers.check_bytes(display, data, marker_size)
        return FileResult(findings=capped(found) + [_crashed(display, "ran out of memory")], cacheable=False)
    finally:
        context.end()


# A parser's "does not parse" codes: a version with none of them parsed (test_inputs.PARSE_ERRORS,
# the code kinds' syntax codes, undecodable and too deeply nested files).
DOES_NOT_PARSE = PARSE_ERRORS | SYNTAX_CODES | {"RL010", "RL012"}


def check_data_against(display: str, data: bytes, kind: str, config: Config, before: list[bytes], where: str,
                       marker_size: int = markers.DEFAULT_SIZE) -> FileResult:
    """check_data, where git shows what the file was: a file excused as a deliberately invalid
    test input (by its folder, its name, its siblings) whose every earlier version in `before`
    (both parents of a merge, the --base version) parsed, and that fails to parse now, was not
    committed invalid on purpose: this change broke it. Then its findings stand, those the
    earlier versions had aside (by code and line), and a note says why. `where`: "in both parents", "at the base"."""
    from . import baseline

    result = check_data(display, data, kind, config, marker_size)
    if not before or not any(excuse in note for note in result.notes for excuse in EXCUSES):
        return result
    with no_excuses():
        earlier = [check_data(display, old, kind, config, marker_size) for old in before]
        if any(f.code in DOES_NOT_PARSE for old in earlier for f in old.findings):
            return result  # invalid before too: deliberate, as its place says
        now = check_data(display, data, kind, config, marker_size)
    if not any(f.code in DOES_NOT_PARSE for f in now.findings):
        return result  # it still parses: what the excuse dropped is its place's business
    had = set()
    for old, version in zip(earlier, before):
        lines = baseline.line_texts(version)
        had |= {(f.code, baseline.fingerprint(f.code, baseline.line_at(lines, f.line))) for f in old.findings}
    lines = baseline.line_texts(data)
    now.findings = [f for f in now.findings if f.code in baseline.MARKER_CODES
                    or (f.code, baseline.fingerprint(f.code, baseline.line_at(lines, f.line))) not in had]
    now.notes = [note for note in now.notes if not any(excuse in note for excuse in EXCUSES)]
    now.notes.append(f"{display}: in a test folder of invalid inputs, but it parsed {where}: this change broke it, "
                     "its findings reported")
    return now


def _check_data(display: str, data: bytes, kind: str, config: Config, marker_size: int,
                result: FileResult) -> FileResult:
    """Markers, then the kind's parser, on bytes already read; parser errors on lines a
    conflict block covers are dropped (the block is the finding). The file's own suppression
    comments are applied last (decide.py). MemoryError is the caller's."""
    found = _findings(display, data, kind, config, marker_size, result)
    kept, suppressed, unknown = suppressed_inline(found, data, kind, display)
    result.findings.extend(kept + unknown)
    result.suppressed.extend(suppressed)
    return result


CODE_KINDS = frozenset({"python", "javascript", "typescript", "sql"})


# Template syntax in a folder's or the file's own name (cookiecutter's {{cookiecutter.project_slug}}/, copier's
# {{ name }}/, atmos's scaffolds/x/{{.Config.namespace}}/; a Freemarker or Velocity code generator's
# code-template/java/${bussiPackage}/${entityName}Mapper.xml): a scaffold, rendered before any parser reads it.
TEMPLATED_PATH = re.compile(r"\{\{[^/]*?\}\}|\{%[^/]*?%\}|\$\{[A-Za-z_][\w.-]*\}")


# Python's default recursion limit (1,000 frames) is a parser's limit, not the file's: tomllib and ruamel
# recurse once a nesting level or more, and a valid file nested a thousand deep (a conformance suite's)
# overflows it. Such a file is read again with this limit, in a thread with a large stack.
DEEP_RECURSION = 5_000  # 1,000 levels of an inline table take tomllib about 3,500 frames


def _with_room_to_recurse(checker, source, config, covered, display) -> list[Finding]:
    """The checker's findings on a file that overflowed the default recursion limit, read again with
    DEEP_RECURSION frames; RL012 when even that is not enough."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, DEEP_RECURSION))
    try:
        return [f for f in workers.in_big_stack(checker, source, config) if not _inside(f.line, covered)]
    except RecursionError:
        return [Finding(display, 1, 1, "RL012", "nesting too deep to parse")]
    finally:
        sys.setrecursionlimit(previous)


def _findings(display: str, data: bytes, kind: str, config: Config, marker_size: int,
              result: FileResult) -> list[Finding]:
    marker_findings, covered = markers.check_bytes(display, data, marker_size)
    marker_findings, asserted = markers_under_test(data, marker_findings, marker_size)
    if asserted:
        result.notes.append(f"{display}: {asserted} conflict block(s) not reported: a syntax test asserts the scopes of "
                            "each of their marker lines (the grammar's conflict-marker rules under test)")
    checker = checker_for(kind)
    templated = TEMPLATED_PATH.search(display) if checker is not None and "{" in display else None
    if templated is not None:
        result.notes.append(f"{display}: a scaffold's template ({templated.group()} in its path): conflict markers "
                            "checked only")
        return capped(marker_findings)
    if checker is None:
        if unparsed_note(kind):
            result.notes.append(f"{display}: {unparsed_note(kind)}")
        return capped(marker_findings)
    if marker_findings:  # parse one side of each block, to see errors outside them
        data = markers.ours_only(data, marker_size)
    source = Source(display, data, kind)
    try:
        parsed = [f for f in checker(source, config) if not _inside(f.line, covered)]
    except UnicodeDecodeError as exc:
        line, col = line_col(data, exc.start)
        parsed = [Finding(display, line, col, "RL010", f"not valid UTF-8: byte 0x{data[exc.start]:02x} ({exc.reason})")]
        if excusing() and in_test_dir(display) and not UTF8_SEQUENCE.search(data):  # wholly in GBK, cp1251 ...
            source.note(f"{NOT_UTF8_TEST_DATA}RL010 on line {line} not reported): conflict markers checked only")
            parsed = []
    except RecursionError:
        parsed = _with_room_to_recurse(checker, source, config, covered, display)
    parsed = capped(recorded_repeats(source, waived(source, parsed), code=kind in CODE_KINDS))
    if parsed and kind in CODE_KINDS:  # data formats quiet their own (test_inputs.quiet_on_deliberately_invalid)
        parsed = quiet_code_syntax_errors(source, parsed)
    result.notes.extend(source.notes)
    result.notices.extend(source.notices)
    return capped(marker_findings) + parsed


def run(items: list[Item], config: Config, jobs: int = 0, progress: Callable[[], None] | None = None,
        store: Cache | None = None) -> RunResult:
    """Check items: cached results first, the rest in a process pool when there are enough of
    them. Findings and notes come out in the same order whatever the jobs and the cache.
    `progress` is called once a file is done."""
    most = max(MIN_JOBS_CAP, 2 * usable_cores())
    asked, jobs = jobs, min(jobs or usable_cores(), most)  # --jobs 10000 must not start hundreds of workers
    results: list[FileResult | None] = [None] * len(items)
    context.forget()  # a new run: what earlier ones read may have changed
    trees: dict[str, str] = {}  # the real path of each tree the files' context is read in
    ids = [_content_id(item, config) for item in items] if store else [None] * len(items)
    keys = [_entry_key(item, config, content_id) for item, content_id in zip(items, ids)]
    if store:
        hits = store.get_many([key for key in keys if key])
        seen: dict = {}  # each dependency looked at once a run
        for index, key in enumerate(keys):
            if key in hits:
                stored = hits[key]
                if stored["d"] and not _deps_hold(items[index], config, stored, trees, seen):
                    continue  # something it read has changed: checked again
                results[index] = FileResult(stored["f"], stored["n"], stored["N"], checked=stored["c"],
                                            suppressed=stored["s"], deps=stored["d"])
                if progress:
                    progress()
    todo = [index for index, result in enumerate(results) if result is None]
    todo.sort(key=lambda index: COST_RANK.get(kind_of(str(items[index].path)), len(COST_RANK)))
    if todo:
        _check_in_workers(items, todo, config, jobs, results, progress)
    if any(not results[i].cacheable for i in todo):
        looks.spoil("a file's parser crashed, timed out or ran out of memory")  # try it again next time
    for i in todo:  # a file edited while the run went on: its result belongs to the bytes parsed
        parsed = results[i].content_id
        if keys[i] and parsed and parsed != ids[i]:
            keys[i] = _entry_key(items[i], config, parsed)
            looks.spoil("a file changed while it was being checked")
    for item, result in zip(items, results):  # what each verdict read is a look of the run (replay.py)
        if result.deps:
            tree = _real_tree(item, config, trees)
            for kind, rel, value in result.deps:
                looks.saw(kind, context.spec(tree, rel), value)
    if store:
        store.put_many({keys[i]: cache.encode(results[i].findings, results[i].notes, results[i].notices,
                                              results[i].checked, results[i].suppressed, results[i].deps,
                                              _where(items[i], config, trees) if results[i].deps else "")
                        for i in todo if keys[i] and not results[i].errors and results[i].cacheable})
    outcome = RunResult()
    if asked > most:
        outcome.notes.append(f"--jobs {asked}: at most {most} worker processes (twice the usable cores, at least "
                             f"{MIN_JOBS_CAP})")
    for item, result in zip(items, results):
        own = item.config or config
        result.findings = [f for f in result.findings if not ignored_by(own, item.path, f.code)]
        if result.notes or result.notices or result.errors or not result.checked:
            outcome.noisy.add(item.display)
        outcome.add(result)
    outcome.findings.sort()
    return outcome


def _real_tree(item: Item, config: Config, trees: dict[str, str]) -> str:
    tree = tree_of(item, config)
    if tree not in trees:
        trees[tree] = os.path.realpath(tree)
    return trees[tree]


def _where(item: Item, config: Config, trees: dict[str, str]) -> str:
    """The file's place in its tree: its dependencies are stored relative to the tree, which is
    another one when the same file is checked as part of another (a folder named outside a
    repository), and then they do not apply."""
    return context.relative(item.path, _real_tree(item, config, trees)) or ""


def _deps_hold(item: Item, config: Config, stored: dict, trees: dict[str, str], seen: dict) -> bool:
    """Whether every read a cached result was made from would see the same now."""
    tree = _real_tree(item, config, trees)
    if stored["w"] != _where(item, config, trees):
        return False
    try:
        return all(context.still_seen(kind, tree, rel, value, seen) for kind, rel, value in stored["d"])
    except (TypeError, ValueError):  # a damaged entry
        return False


def usable_cores() -> int:
    """The cores this process may use: its CPU affinity (a cpuset can allow fewer than the machine
    has), capped by a cgroup CPU quota (a container limited to 2 CPUs on a 64-core node)."""
    try:
        cores = len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on every platform
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota()
    return max(1, min(cores, quota)) if quota else cores


def cgroup_cpu_quota(root: str = "/sys/fs/cgroup") -> int | None:
    """CPUs allowed by the cgroup CPU quota (v2 `cpu.max`, v1 `cpu.cfs_quota_us`), rounded up;
    None when there is none or it cannot be read."""
    def read(name: str) -> str | None:
        try:
            with open(os.path.join(root, name), encoding="ascii") as handle:
                return handle.read().strip()
        except (OSError, ValueError):
            return None

    v2 = read("cpu.max")
    if v2:
        quota, _, period = v2.partition(" ")
    else:
        quota, period = read("cpu/cpu.cfs_quota_us") or "", read("cpu/cpu.cfs_period_us") or ""
    try:
        quota_us, period_us = int(quota), int(period)
    except ValueError:  # "max", -1 or unreadable: no quota
        return None
    if quota_us <= 0 or period_us <= 0:
        return None
    return -(-quota_us // period_us)


def _worker_context(files: int):
    """How workers start. Forked from this process, they pay copy-on-write and allocation faults
    that grow with the parsing they do (about 1 s of system time, 0.4 s of wall time, on a
    5,000-file scan on 2 cores); from a fork server they do not, but starting the server costs
    about 40 ms, more than it saves below about 1,000 files. Forked workers are started by
    workers.Forked, without multiprocessing (its imports and machinery were a tenth of a hook's
    run on ten files)."""
    if files < FORK_SERVER_FROM and hasattr(os, "fork"):
        return workers.Forked
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def start_fork_server(files: int) -> None:
    """Start the fork server now, when a run is about to check `files` files (about; most are not
    cached): it starts, and imports this module, on another core while this process still
    selects the files, instead of after it. Each worker forked from it imports its parsers on
    first use, as before (preloading them in the server saved nothing)."""
    if files < FORK_SERVER_FROM:
        return
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    forkserver.set_forkserver_preload([__name__])
    try:
        forkserver.ensure_running()
    except OSError:  # no room for a process: the workers start it (or fail) the usual way
        pass


def _check_in_workers(items: list[Item], todo: list[int], config: Config, jobs: int, results: list,
                      progress) -> None:
    """Each file in a worker process (workers.py), also with one job: a parser that crashes, hangs
    or runs out of memory costs its file (RL013), never the run. Below POOL_THRESHOLD files (a
    hook's run, a few modified files) the files of one kind go to one worker, so that each parser
    is imported once, and the kinds to up to `jobs` workers side by side (by_kind)."""
    tasks = [items[index] for index in todo]
    if len(todo) >= POOL_THRESHOLD:
        count, chunks = jobs, None
        chunk = max(1, min(64, len(todo) // (count * 8)))
    else:
        chunks = by_kind(tasks)
        count, chunk = min(jobs, len(chunks)), 1

    def deliver(position: int, result) -> None:
        if isinstance(result, workers.Failure):
            result = failed(tasks[position], config, result.why)
        results[todo[position]] = result
        if progress:
            progress()

    workers.run(tasks, functools.partial(check_file, config=config), _worker_context(len(todo)), count, chunk,
                deliver, config.worker_memory_limit, chunks)


def by_kind(tasks: list[Item]) -> list[list[int]]:
    """The positions of the tasks, one chunk per kind (by name: what a file's path says), in the
    order of their first task (the runner sorts the slowest parsers first). A kind's parser is
    imported on its first file, tens of milliseconds for some (pglast, ruamel.yaml): one worker
    pays it once, and the other kinds' imports go on meanwhile in another."""
    chunks: dict[str, list[int]] = {}
    for position, item in enumerate(tasks):
        chunks.setdefault(kind_of(str(item.path)), []).append(position)
    return list(chunks.values())


def failed(item: Item, config: Config, why: str) -> FileResult:
    """RL013 for a file whose check did not finish, with the conflict markers found without a parser."""
    own = item.config or config
    result = FileResult(cacheable=False)
    try:
        if _leaves(item) is None and kind_of(str(item.path)) != "binary":
            data = git.cat_blob(own.root, item.index_blob) if item.index_blob else read_bytes(item.path)
            if not is_binary(data):
                result.findings, _ = markers.check_bytes(item.display, data, item.marker_size)
    except (OSError, git.GitError):
        pass
    except MemoryError:  # still out of memory (the same worker): the finding alone, never a traceback
        data, result.findings = None, []
    result.findings.append(_crashed(item.display, why))
    return result


def _crashed(display: str, why: str) -> Finding:
    return Finding(display, 1, 1, "RL013", f"the parser crashed on this file ({why}); "
                                           "nothing in it but conflict markers was checked")


def _content_id(item: Item, config: Config) -> str | None:
    """The content's blob id before the run (from git when known, else hashed), for the cache
    lookup; a file whose check parses other bytes is stored under theirs (run)."""
    content_id = item.index_blob or item.blob
    if content_id is None:
        if _leaves(item):
            return None
        try:
            if os.stat(item.path).st_size > (item.config or config).max_file_size:
                return None
            content_id = cache.blob_id(read_bytes(item.path))
        except OSError:
            return None  # checked, and reported, the normal way
    return content_id


def _entry_key(item: Item, config: Config, content_id: str | None) -> str | None:
    """The cache key: content id, path, settings (the kind follows from the path and the content)."""
    if content_id is None:
        return None
    own = item.config or config
    return cache.entry_key(content_id, item.display, item.marker_size,
                           own.cache_key() + ("\0markers only" if item.markers_only else ""))


def _leaves(item: Item) -> str | None:
    """Why a file is not read: its real path (through a symbolic link to it, or, for a path
    named on the command line, to a directory above it) resolves outside the repository (or the
    directory named, outside a repository), or into a git directory; a pull request could
    otherwise have the files of the machine that checks it printed in its findings. A broken
    link is left to RL011."""
    if item.within is None or item.index_blob:
        return None
    link = os.path.islink(item.path)
    if not (link or item.named):
        return None
    directory, name = item.within
    real = os.path.realpath(item.path)
    inside = real == directory or real.startswith(directory.rstrip(os.sep) + os.sep)
    if inside and GIT_DIR_NAME not in real[len(directory):].split(os.sep):
        return None
    if not os.path.exists(real):
        return None
    if inside:
        return "resolves into a git directory: not read"
    return f"symbolic link to a file outside {name}: not read" if link else \
        f"leads through a symbolic link outside {name}: not read"


def capped(findings: Iterable[Finding], most: int | None = None) -> list[Finding]:
    """The first `most` findings of each code in one file, then one finding with that code that
    counts the rest (a pathological file must not print half a million lines, nor hold them)."""
    most = MAX_PER_RULE if most is None else most
    kept: list[Finding] = []
    seen: dict[str, int] = {}
    first_over: dict[str, Finding] = {}
    for finding in findings:
        count = seen.get(finding.code, 0) + 1
        seen[finding.code] = count
        if count <= most:
            kept.append(finding)
        elif count == most + 1:
            first_over[finding.code] = finding
    for code, first in first_over.items():
        more = seen[code] - most
        kept.append(Finding(first.path, first.line, first.col, code,
                            f"{more} more {code} finding{'s' if more > 1 else ''} in this file from here on, not "
                            f"shown one by one (the first {most} are)"))
    return kept


def _inside(line: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= line <= end for start, end in ranges)


def _read_large(path: Path, marker_size: int) -> bytes:
    """A large file's bytes for the marker scan, mapped rather than read when nothing is there."""
    with open(path, "rb") as handle:
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # empty file
            return b""
        with mapped:
            sizes = {marker_size, markers.DEFAULT_SIZE}
            if not any(markers.may_have_markers(mapped, size) for size in sizes):
                return b""
            return mapped[:]
