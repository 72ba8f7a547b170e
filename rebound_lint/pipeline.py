"""The check pipeline, without click: select -> run per file -> repo checks -> guard -> decide
-> remember -> report. The CLI, the hooks and the tests build a Request and call `check`."""
from __future__ import annotations

import os
import time
from pathlib import Path

from . import decide, git, runner, selection
from .config import Config, load_config
from .errors import UsageProblem
from .findings import Finding
from .merges import markers
from .paths import relative_to
from .progress import Progress
from .repo import RepoView
from .report.finish import ReportOptions, finish_check
from .store import cache, looks, replay
from .store.cache import Cache


class Request:
    """What one `check` run is asked to do (the `check` command's options, parsed)."""

    __slots__ = ("paths", "output_format", "select", "ignore", "base_ref", "all_files", "repo_only", "staged",
                 "jobs", "shard", "no_cache", "force_exclude", "output", "quiet", "debug", "fail_on", "exit_zero",
                 "color", "show_source", "show_suppressed", "no_baseline", "all_findings")

    def __init__(self, paths: tuple[Path, ...] = (), *, output_format: str = "text", select: tuple[str, ...] = (),
                 ignore: tuple[str, ...] = (), base_ref: str | None = None, all_files: bool = False,
                 repo_only: bool = False, staged: bool = False, jobs: int = 0,
                 shard: tuple[int, int] | None = None, no_cache: bool = False, force_exclude: bool = False,
                 output: Path | None = None, quiet: bool = False, debug: bool = False, fail_on: str = "error",
                 exit_zero: bool = False, color: str = "auto", show_source: bool | None = None,
                 show_suppressed: bool = False, no_baseline: bool = False, all_findings: bool = False) -> None:
        if all_files and paths:
            raise UsageProblem("--all-files takes no paths")
        self.paths, self.output_format, self.select, self.ignore = tuple(paths), output_format, select, ignore
        self.base_ref, self.all_files, self.repo_only, self.staged = base_ref, all_files, repo_only, staged
        self.jobs, self.shard, self.no_cache, self.force_exclude = jobs, shard, no_cache, force_exclude
        self.output, self.quiet, self.debug = output, quiet, debug
        self.fail_on, self.exit_zero, self.color, self.show_source = fail_on, exit_zero, color, show_source
        self.show_suppressed, self.no_baseline, self.all_findings = show_suppressed, no_baseline, all_findings


def writable_report(output: Path) -> None:
    """Fail before the scan, not after it, when the report cannot be written there."""
    directory = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise UsageProblem(f"--output {output}: is a directory")
    if not directory.is_dir():
        raise UsageProblem(f"--output {output}: no such directory {directory}")
    if not os.access(directory, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise UsageProblem(f"--output {output}: not writable")


def load_project_config(paths) -> Config:
    """The configuration of the project the first path (or the working directory) is in."""
    start = paths[0] if paths else Path.cwd()
    try:
        os.lstat(start)
    except PermissionError:  # in a directory closed to us: the project is the one that directory is in
        start = start.absolute().parent
        while not os.access(start, os.X_OK) and start != start.parent:
            start = start.parent
    except OSError:
        raise UsageProblem(f"no such file or directory: {start}") from None
    if start.is_symlink() and not os.path.exists(start):  # broken or a loop: the project is the one its directory is in
        start = start.absolute().parent
    return load_config(start)


def check(request: Request) -> int:
    """Run a check and report it; the exit code."""
    started = time.perf_counter()
    if request.output is not None:
        writable_report(request.output)
    config, result, suppressed = run(request)
    options = ReportOptions(request.output_format, request.output, request.select, request.ignore, request.quiet,
                            request.debug, request.all_files, request.fail_on, request.exit_zero, request.color,
                            request.show_source, request.show_suppressed)
    return finish_check(result.findings, result.notes, result.notices, result.errors, result.files_checked,
                        started, options, suppressed, result.warnings)


def run(request: Request, baseline: bool = True) -> tuple[Config, runner.RunResult, list[tuple[Finding, str]]]:
    """Every finding of a check, decided (severity, new-vs-base, the baseline unless told not
    to), with the suppressed ones and why; --select/--ignore are the report's to apply."""
    looks.record()
    paths, base_ref, shard = request.paths, request.base_ref, request.shard
    config = load_project_config(paths)
    if config.notice:
        looks.spoil("the configuration could not be read")
    view = RepoView(config.root, base_ref, "index" if request.staged else "worktree")
    if base_ref:
        view.base  # resolve early: unknown refs and shallow clones fail before any work
    # a run of named paths asks git about those only (--base chooses its files from the index)
    index = None if request.repo_only else git.index_state(config.root, () if base_ref else tuple(paths),
                                                         selection.INDEX_GLOBS)
    if index is not None and not (paths or base_ref or request.staged) and (request.no_cache or not cache.exists(
            config.root)):
        runner.start_fork_server(len(index.staged))  # a cold whole-tree run: most files will be checked
    items = _items(request, config, view, index)
    result = _run_files(items, config, request)
    _broken_test_inputs(result, items, config, view if base_ref else None, index)
    if result.findings:  # a folder of files that mostly fail one parser is a parser's test corpus
        from .languages.test_inputs import invalid_corpora

        result.findings, corpora = invalid_corpora(result.findings, [item.display for item in items])
        result.notes.extend(corpora)
    vendored = selection.vendored_notice(items)
    if vendored:
        result.notices.append(vendored)
    if config.notice:
        result.notices.insert(0, config.notice)
    not_per_file: set[str] = set()  # paths with a repo-level or merge finding: a partial replay leaves them be
    if (selection.whole_project(paths, config) or base_ref or request.repo_only) and (not shard or shard[0] == 1):
        from . import repo_checks

        repo_findings = decide.configured(repo_checks.run(
            view, config, result.notices, result.notes, announce=request.all_files or request.repo_only,
            wanted=lambda code: _wanted(code, request)), config)
        not_per_file.update(f.path for f in repo_findings)
        result.findings.extend(repo_findings)
    if index is not None and _merging(index.top):  # how were the conflicts of the merge in progress resolved?
        from .merges.audit import guard

        whole = not (paths or base_ref or shard)
        merge_findings = guard(config.root, config, None if whole else {
            relative_to(item.path, index.top) for item in items})
        not_per_file.update(f.path for f in merge_findings)
        result.findings.extend(merge_findings)
    result.findings = decide.with_severity(sorted(result.findings), config)
    suppressed = [(finding, "comment") for finding in result.suppressed]
    if base_ref and not request.all_findings:
        result.findings, old = decide.new_since_base(result.findings, items, view, config, runner.check_data)
        suppressed += [(finding, "on the merge-base") for finding in old]
    if baseline and not request.no_baseline:
        from .baseline import BaselineError

        try:
            result.findings, accepted = decide.baselined(result.findings, config)
        except BaselineError as exc:  # a merge broke it, say: every finding shows (its own RL001 too), exit 2
            result.errors.append((f"{exc}; nothing was suppressed by it", ""))
            accepted = []
        suppressed += [(finding, "baseline") for finding in accepted]
    suppressed.sort(key=lambda pair: pair[0])
    if index is not None and not (paths or base_ref or request.staged or request.repo_only or request.no_cache
                                  or request.no_baseline or not baseline or result.errors):
        replay.remember(replay.key(os.getcwd(), str(index.top), request.all_files, shard), index, looks.recorded(),
                        result, suppressed, _plain(items, result, not_per_file))
    return config, result, suppressed


def _merging(top: Path) -> bool:
    """Whether a merge, rebase or cherry-pick is in progress (the guard's audit module is imported
    only then); the places looked at are noted for a replay either way."""
    from .merges.state import in_progress

    try:
        return in_progress(top) is not None
    except git.GitError:
        return False


def _plain(items: list[runner.Item], result: runner.RunResult, not_per_file: set[str]) -> list[str]:
    """The displays of the files a partial replay (store/partial.py) may check again alone: tracked
    and unmodified (a blob id: no symbolic link, so none into a submodule or an install, nothing
    git does not vouch for), the run's own config, the default marker size, every check (not
    vendored), nothing but findings in their result, and no repo-level or merge finding at their path."""
    noisy = result.noisy | not_per_file
    return [item.display for item in items
            if item.blob and item.config is None and item.marker_size == markers.DEFAULT_SIZE
            and not item.markers_only and not item.named and not item.index_blob
            and item.display not in noisy]


def _broken_test_inputs(result: runner.RunResult, items: list[runner.Item], config: Config, view: RepoView | None,
                        index) -> None:
    """Re-check each file excused as a deliberately invalid test input against what git shows it
    was: its --base version, else both sides of a merge, rebase or cherry-pick in progress. One
    that parsed there and fails now was broken by this change (runner.check_data_against)."""
    from .decide import ignored_by
    from .languages import kind_of
    from .languages.test_inputs import EXCUSES
    from .source import read_bytes

    excused = [note for note in result.notes if any(excuse in note for excuse in EXCUSES)]
    chosen = [item for item in items if any(note.startswith(item.display + ": ") for note in excused)] if excused else []
    if not chosen:
        return
    state = None
    if view is None:
        if index is None:
            return
        from .merges.state import in_progress

        state = in_progress(index.top)
        if state is None:
            return
    for item in chosen:
        if view is not None:
            before = [view.read_at(view.base, relative_to(item.path, view.root))]
            where = "at the base"
        else:
            rel = relative_to(item.path, index.top)
            before = [git.show(index.top, "HEAD", rel), git.show(index.top, state[1], rel)]
            where = f"in both sides of the {state[0]}"
        if any(version is None for version in before):  # added by the change: nothing to compare with
            continue
        try:
            data = git.cat_blob(config.root, item.index_blob) if item.index_blob else read_bytes(item.path)
        except (OSError, git.GitError):
            continue
        own = item.config or config
        checked = runner.check_data_against(item.display, data, kind_of(str(item.path), data[:256]), own, before, where,
                                            item.marker_size)
        if not any(note.startswith(f"{item.display}: in a test folder of invalid inputs") for note in checked.notes):
            continue
        result.findings = [f for f in result.findings if f.path != item.display] + [
            f for f in checked.findings if not ignored_by(own, item.path, f.code)]
        result.notes = [note for note in result.notes if not note.startswith(item.display + ": ")] + checked.notes
    result.findings.sort()


def write_baseline(request: Request, prune: bool = False) -> tuple[int, Path]:
    """Write the project's baseline from a check's findings (with `prune`: keep only the entries
    still matched by one); (findings written, the file)."""
    from . import baseline
    from .store import looks as _looks

    config, result, _ = run(request, baseline=False)
    if result.errors:
        raise UsageProblem("the check failed, so no baseline was written: " + result.errors[0][0])
    path = config.root / config.baseline
    findings = [f for f in result.findings if f.code not in baseline.MARKER_CODES]
    keys = baseline.keys(findings, lambda display: relative_to(Path(display), config.root), baseline.Lines())
    if prune:
        _, matched = baseline.split(findings, keys, baseline.load(path))
        keep = {id(f) for f in matched}
        keys = [key for finding, key in zip(findings, keys) if id(finding) in keep]
        findings = matched
    _looks.spoil("writes the baseline")
    return baseline.write(path, findings, keys), path


def _wanted(code: str, request: Request) -> bool:
    """Whether the run reports any rule whose code starts with `code` (--select/--ignore)."""
    from .rules import CATALOGUE

    return any(rule.code.startswith(code) and decide.selected([_Probe(rule.code)], request.select, request.ignore)
               for rule in CATALOGUE)


class _Probe:
    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code


def _items(request: Request, config: Config, view: RepoView, index) -> list[runner.Item]:
    if request.repo_only:
        return []
    if request.base_ref:
        changed = selection.changed_files(view, request.paths)
        items = selection.select(changed, config, request.force_exclude, index, chosen=True) if changed else []
    else:
        items = selection.select(request.paths, config, request.force_exclude, index)
    if request.staged and items:
        items = selection.staged_versions(items, index)
    if request.shard:
        part, count = request.shard
        items = [item for item in items if selection.shard_of(item.path, config.root, count) == part]
    return items


def _run_files(items: list[runner.Item], config: Config, request: Request) -> runner.RunResult:
    store = None if request.no_cache or not items else Cache(cache.default_dir(config.root))
    progress = Progress(len(items)) if len(items) > 1 and not request.quiet else None
    try:
        result = runner.run(items, config, request.jobs, progress.advance if progress else None, store)
    finally:
        if progress:
            progress.close()
        if store:
            store.close()
    if store and store.problem:
        result.notes.append(store.problem)
    if store and store.warning:
        result.warnings.append(store.warning)
    return result
