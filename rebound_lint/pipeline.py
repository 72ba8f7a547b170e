"""The check pipeline, without click: select -> run per file -> repo checks -> guard -> decide
-> remember -> report. The CLI, the hooks and the tests build a Request and call `check`."""
from __future__ import annotations

import os
import time
from pathlib import Path

from . import decide, git, repo_checks, runner, selection
from .config import Config, load_config
from .errors import UsageProblem
from .paths import relative_to
from .progress import Progress
from .repo import RepoView
from .report.finish import ReportOptions, finish_check
from .store import cache, looks, replay
from .store.cache import Cache


class Request:
    """What one `check` run is asked to do (the `check` command's options, parsed)."""

    __slots__ = ("paths", "output_format", "select", "ignore", "base_ref", "all_files", "repo_only", "staged",
                 "jobs", "shard", "no_cache", "force_exclude", "output", "quiet", "debug")

    def __init__(self, paths: tuple[Path, ...] = (), *, output_format: str = "text", select: tuple[str, ...] = (),
                 ignore: tuple[str, ...] = (), base_ref: str | None = None, all_files: bool = False,
                 repo_only: bool = False, staged: bool = False, jobs: int = 0,
                 shard: tuple[int, int] | None = None, no_cache: bool = False, force_exclude: bool = False,
                 output: Path | None = None, quiet: bool = False, debug: bool = False) -> None:
        if all_files and paths:
            raise UsageProblem("--all-files takes no paths")
        self.paths, self.output_format, self.select, self.ignore = tuple(paths), output_format, select, ignore
        self.base_ref, self.all_files, self.repo_only, self.staged = base_ref, all_files, repo_only, staged
        self.jobs, self.shard, self.no_cache, self.force_exclude = jobs, shard, no_cache, force_exclude
        self.output, self.quiet, self.debug = output, quiet, debug


def load_project_config(paths) -> Config:
    """The configuration of the project the first path (or the working directory) is in."""
    start = paths[0] if paths else Path.cwd()
    if not start.exists() and not start.is_symlink():
        raise UsageProblem(f"no such file or directory: {start}")
    if start.is_symlink() and not start.exists():  # broken or a loop: the project is the one its directory is in
        start = start.absolute().parent
    return load_config(start)


def check(request: Request) -> int:
    """Run a check and report it; the exit code."""
    started = time.perf_counter()
    looks.record()
    paths, base_ref, shard = request.paths, request.base_ref, request.shard
    config = load_project_config(paths)
    view = RepoView(config.root, base_ref, "index" if request.staged else "worktree")
    if base_ref:
        view.base  # resolve early: unknown refs and shallow clones fail before any work
    index = None if request.repo_only else git.index_state(config.root)
    items = _items(request, config, view, index)
    result = _run_files(items, config, request)
    if (selection.whole_project(paths, config) or base_ref or request.repo_only) and (not shard or shard[0] == 1):
        result.findings.extend(decide.configured(repo_checks.run(view, config, result.notices), config))
    if index is not None:  # a merge, rebase or cherry-pick in progress: how were its conflicts resolved?
        from .merges.audit import guard

        whole = not (paths or base_ref or shard)
        result.findings.extend(guard(config.root, config, None if whole else {
            relative_to(item.path, index.top) for item in items}))
    result.findings.sort()
    if index is not None and not (paths or base_ref or request.staged or request.repo_only or request.no_cache
                                  or result.errors):
        replay.remember(replay.key(os.getcwd(), str(index.top), request.all_files, shard), index, looks.recorded(),
                        result)
    options = ReportOptions(request.output_format, request.output, request.select, request.ignore, request.quiet,
                            request.debug, request.all_files)
    return finish_check(result.findings, result.notes, result.notices, result.errors, result.files_checked,
                        started, options)


def _items(request: Request, config: Config, view: RepoView, index) -> list[runner.Item]:
    if request.repo_only:
        return []
    if request.base_ref:
        changed = selection.changed_files(view, request.paths)
        items = selection.select(changed, config, request.force_exclude, index) if changed else []
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
    return result
