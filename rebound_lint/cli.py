"""The `rebound-lint` command: thin glue between options, selection, runner and reporters."""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import sys
import time
import traceback
from pathlib import Path

import click

from . import __version__, files, git, options, runner
from .store import cache, looks, replay
from .store.cache import Cache
from .merges import markers
from .repo_checks import flags, migrations
from .config import CONFIG_FILE, Config, ConfigError, config_from, config_in, find_config_file, load_config
from .findings import Finding
from .manifests import ManifestError
from .outcome import (EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, ReportOptions, emit, exit_code, finish_check,
                      summarize)
from .progress import Progress
from .repo import RepoView
from .report import FORMATS, render

CONFIG_NAMES_AT_TOP = (CONFIG_FILE, "pyproject.toml")
CONFIG_NAMES = tuple(f"/{name}" for name in CONFIG_NAMES_AT_TOP)  # git paths use /


class UsageProblem(Exception):
    """A user-facing error: one line on stderr, exit 2."""


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return options.rule_codes(values)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rebound-lint")
def cli() -> None:
    """Type-aware guard against botched merges: conflict markers, parse errors, both halves
    of a conflict kept, migration collisions and flag promotions; an audit of merges already
    made, and merge plans."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes (comma-separated).")
@click.option("--base", "base_ref", metavar="REF",
              help="Check files changed since the merge-base with REF, plus repo-level checks against it.")
@click.option("--all-files", is_flag=True, help="Every tracked file and every repo-level check (the scan of main).")
@click.option("--repo-only", is_flag=True, hidden=True, help="Only the repo-level checks (the repo-level hooks).")
@click.option("--staged", is_flag=True, help="Check the index (what the next commit holds) instead of the working tree.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per usable core).")
@click.option("--shard", metavar="K/N", callback=lambda ctx, param, value: _shard(value),
              help="Check the K-th of N disjoint parts of the files (by path hash); repo-level checks run in part 1.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--force-exclude", is_flag=True, help="Apply excludes to files named on the command line too.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--quiet", "-q", is_flag=True, help="No summary line and no notices.")
@click.option("--debug", is_flag=True, help="Notes on skipped files; tracebacks on internal errors.")
def check(paths, output_format, select, ignore, base_ref, all_files, repo_only, staged, jobs, shard, no_cache,
          force_exclude, output, quiet, debug) -> None:
    """Check PATHS (files or directories); with none, every file git tracks.

    Repo-level checks (migrations, flags) run on whole-project selections: no paths, --all-files,
    --base, or a directory that holds the project's root."""
    started = time.perf_counter()
    looks.record()
    select_codes, ignore_codes = _codes(select), _codes(ignore)
    if all_files and paths:
        raise click.UsageError("--all-files takes no paths")
    config = _load_config(paths)
    view = RepoView(config.root, base_ref, "index" if staged else "worktree")
    if base_ref:
        view.base  # resolve early: unknown refs and shallow clones fail before any work
    index = None if repo_only else git.index_state(config.root)
    if repo_only:
        items = []
    elif base_ref:
        selected = _changed_files(view, paths)
        items = _select(selected, config, force_exclude, index) if selected else []
    else:
        items = _select(paths, config, force_exclude, index)
    if staged and items:
        items = _staged_versions(items, index)
    if shard:
        items = [item for item in items if _shard_of(item.path, config.root, shard[1]) == shard[0]]
    store = None if no_cache or not items else Cache(cache.default_dir(config.root))
    progress = Progress(len(items)) if len(items) > 1 and not quiet else None
    try:
        result = runner.run(items, config, jobs, progress.advance if progress else None, store)
    finally:
        if progress:
            progress.close()
        if store:
            store.close()
    if store and store.problem:
        result.notes.append(store.problem)
    if (_whole_project(paths, config) or base_ref or repo_only) and (not shard or shard[0] == 1):
        result.findings.extend(_repo_checks(view, config, result))
    if index is not None:  # a merge, rebase or cherry-pick in progress: how were its conflicts resolved?
        from .merges.audit import guard

        whole = not (paths or base_ref or shard)
        result.findings.extend(guard(config.root, config, None if whole else {
            files.relative_to(item.path, index.top) for item in items}))
    result.findings.sort()
    options = ReportOptions(output_format, output, select_codes, ignore_codes, quiet, debug, all_files)
    if index is not None and not (paths or base_ref or staged or repo_only or no_cache or result.errors):
        replay.remember(replay.key(os.getcwd(), str(index.top), all_files, shard), index, looks.recorded(), result)
    sys.exit(finish_check(result.findings, result.notes, result.notices, result.errors, result.files_checked,
                          started, options))


@cli.command()
@click.option("--explain", "explain_code", metavar="CODE", help="Why the rule exists, with a bad and a good example.")
@click.option("--markdown", is_flag=True, help="The rule table and every rule with its examples, as Markdown (the README's rule sections).")
def rules(explain_code, markdown) -> None:
    """List every rule code with its summary."""
    from . import rules as catalogue

    if explain_code:
        code = explain_code.strip().upper()
        if code not in catalogue.RULES:
            raise click.BadParameter(f"unknown rule code {explain_code!r} (see `rebound-lint rules`)",
                                     param_hint="--explain")
        click.echo(catalogue.explain(code), nl=False)
    elif markdown:
        click.echo(catalogue.markdown_table() + "\n" + catalogue.markdown(), nl=False)
    else:
        for rule in catalogue.CATALOGUE:
            click.echo(f"{rule.code}  {rule.summary}")


@cli.command(name="audit")
@click.argument("revisions", nargs=-1, metavar="[REV-RANGE]...")
@click.option("--max-count", "-n", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many merge commits (newest first).")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--quiet", "-q", is_flag=True, help="Findings only: no per-merge verdicts, no summary.")
def audit_command(revisions, max_count, output_format, output, quiet) -> None:
    """Recompute each merge commit in REV-RANGE with `git merge-tree` and compare the committed
    resolution of every conflicted file with the conflict's two sides: markers left in (RL701),
    both sides kept verbatim (RL702), and the result's own findings. Default range: the merges on
    this branch since its upstream's merge-base, else the last --max-count merges."""
    from .merges import audit

    started = time.perf_counter()
    config = _load_config(())
    top = git.toplevel(config.root)
    reports, findings = audit.audit(top, config, list(revisions) or audit.default_revisions(top), max_count)
    summary = {"merges_checked": len(reports), **summarize(findings, sum(len(r.files) for r in reports),
                                                         time.perf_counter() - started)}
    if output_format == "json":
        report = _audit_json(reports, findings, summary)
    elif output_format == "text" and not quiet:
        report = _audit_text(reports) + render("text", findings, summary)
    else:
        report = render(output_format, findings, summary)
    emit(report, output)
    if not quiet:
        click.echo(f"{len(reports)} merge{'s' if len(reports) != 1 else ''} audited, {len(findings)} finding"
                   f"{'s' if len(findings) != 1 else ''} in {summary['seconds']:.2f}s", err=True)
    sys.exit(exit_code(summary))


def _audit_text(reports) -> str:
    lines = []
    for report in reports:
        lines.append(f"merge {report.sha[:9]} {report.subject}" + (f" ({report.note})" if report.note else ""))
        if not report.files and not report.note:
            lines.append("  no conflicts to resolve")
        for entry in report.files:
            if entry.deleted:
                lines.append(f"  {entry.path}: resolved by deleting the file")
            for region in entry.regions:
                span = (f"{region.start}-{region.end}" if region.end > region.start else
                        f"{region.start}" if region.end == region.start else f"{region.start} (nothing kept)")
                lines.append(f"  {entry.path}:{span}: {region.verdict}")
    return "\n".join(lines) + ("\n" if lines else "")


def _audit_json(reports, findings, summary) -> str:
    import json as json_module

    document = {
        "version": 1,
        "tool": {"name": "rebound-lint", "version": __version__},
        "summary": summary,
        "merges": [{"sha": r.sha, "subject": r.subject, "note": r.note,
                    "files": [{"path": f.path, "deleted": f.deleted,
                               "regions": [{"start": g.start, "end": g.end, "verdict": g.verdict} for g in f.regions]}
                              for f in r.files]} for r in reports],
        "findings": [f.to_dict() for f in findings],
    }
    return json_module.dumps(document, indent=2, ensure_ascii=False) + "\n"


@cli.command(name="plan")
@click.argument("manifests", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--git", "git_refs", multiple=True, metavar="REF",
              help="A PR branch (repeatable): its files are what it changed since the merge-base with --base.")
@click.option("--base", "base_ref", default="HEAD", show_default=True, metavar="REF", help="With --git: the target branch.")
@click.option("--check", "plan_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Check this plan (YAML or JSON) against the manifests instead of making one.")
@click.option("--format", "output_format", type=click.Choice(["markdown", "json", "text", "github", "sarif"]),
              help="A plan: markdown (default) or json. --check: text (default), json, github or sarif.")
@click.option("--allow-clean-overlaps", is_flag=True,
              help="With --git: PRs that touch the same file but merge cleanly with each other may share a burst.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the output here.")
def plan_command(manifests, git_refs, base_ref, plan_file, output_format, allow_clean_overlaps, output) -> None:
    """Path-isolated merge bursts from PR manifests (a JSON/YAML list, or directories of
    `gh pr view N --json number,title,files,body,labels` outputs), or check a hand-written plan."""
    from . import manifests as manifest_io
    from . import plan, plan_check, plan_report

    if not manifests and not git_refs:
        raise click.UsageError("give manifest files or directories, or --git REF for each PR branch")
    config = _load_config(manifests[:1] if manifests else ())
    prs = manifest_io.load(list(manifests))
    if git_refs:
        prs += manifest_io.from_git(config.root, list(git_refs), base_ref)
    policy = plan.Policy.from_config(config)
    if allow_clean_overlaps:
        if not git_refs:
            raise click.UsageError("--allow-clean-overlaps needs --git: it asks git whether two PR branches merge")
        policy = dataclasses.replace(policy, clean_pairs=_clean_pairs(config.root, prs))
    if plan_file:
        output_format = output_format or "text"
        if output_format == "markdown":
            raise click.UsageError("--check reports findings: --format text, json, github or sarif")
        findings = plan_check.check(plan_file, files.display_path(plan_file), prs, policy)
        emit(render(output_format, findings, summarize(findings, 1, 0.0)), output)
        sys.exit(EXIT_FINDINGS if findings else EXIT_CLEAN)
    output_format = output_format or "markdown"
    if output_format not in ("markdown", "json"):
        raise click.UsageError("a plan is written as --format markdown or json")
    made = plan.make_plan(prs, policy)
    emit(plan_report.markdown(made) if output_format == "markdown" else plan_report.as_json(made), output)


def _clean_pairs(root: Path, prs) -> frozenset:
    """Pairs of PR branches that share a file but merge with each other without a conflict."""
    from_git = [pr for pr in prs if pr.commit]
    return frozenset(frozenset((a.number, b.number)) for i, a in enumerate(from_git) for b in from_git[i + 1:]
                     if set(a.files) & set(b.files) and git.merges_cleanly(root, a.commit, b.commit))


@cli.group(name="cache")
def cache_group() -> None:
    """The result cache (under .git/rebound-lint/ in a repository; REBOUND_LINT_CACHE_DIR overrides)."""


@cache_group.command(name="dir")
def cache_dir() -> None:
    """Print where this project's cache lives."""
    click.echo(cache.default_dir(_load_config(()).root))


@cache_group.command(name="clean")
def cache_clean() -> None:
    """Remove this project's cached results."""
    directory = cache.default_dir(_load_config(()).root)
    try:
        removed = cache.clean(directory)
    except OSError as exc:
        raise UsageProblem(f"cannot remove the cache in {directory}: {exc.strerror}") from None
    click.echo(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} from {directory}")


def _whole_project(paths, config: Config) -> bool:
    if not paths:
        return True
    root = config.root.resolve()
    return any(p.is_dir() and (p.resolve() == root or p.resolve() in root.parents) for p in paths)


def _changed_files(view: RepoView, paths) -> list[Path]:
    """Files added, modified or renamed since the merge-base, under PATHS if any are given."""
    wanted = [p.resolve() for p in paths]
    selected = []
    for change in view.changes:
        if change.status == "D":
            continue
        path = view.root / change.path
        if not (path.is_file() or path.is_symlink()):
            continue
        resolved = path.resolve()
        if wanted and not any(resolved == w or w in resolved.parents for w in wanted):
            continue
        selected.append(path)
    return selected


def _repo_checks(view: RepoView, config: Config, result: runner.RunResult) -> list[Finding]:
    def display(rel: str) -> str:
        return files.display_path(view.root / rel)

    found = list(migrations.check_repo(view, config, display))
    if view.base is None:
        looks.is_file(view.root / config.flags.registry)
        if (view.root / config.flags.registry).is_file():
            result.notices.append("the new-flag rule (RL601) needs --base REF to know what this change adds")
    else:
        found.extend(flags.check_repo(view, config, display))
    return [f for f in found if not runner.ignored_by(config, Path(f.path), f.code)]


def _load_config(paths) -> Config:
    start = paths[0] if paths else Path.cwd()
    if not start.exists() and not start.is_symlink():
        raise UsageProblem(f"no such file or directory: {start}")
    return load_config(start)


def _select(paths, config: Config, force_exclude: bool, index: git.IndexState | None) -> list[runner.Item]:
    if paths:
        try:
            selected = files.expand_paths(list(paths), config.root, config.exclude, force_exclude)
        except FileNotFoundError as exc:
            raise UsageProblem(str(exc)) from None
    else:
        selected = files.tracked_files(Path.cwd(), config.exclude, index.changed | index.unverified if index else None)
    sizes = _marker_sizes(selected, config.root)
    nested = _nested_configs(selected, config, index)
    cwd = f"{Path.cwd()}{os.sep}"
    return [
        runner.Item(path, files.display_path(path, cwd), sizes.get(path, markers.DEFAULT_SIZE) if sizes else
                    markers.DEFAULT_SIZE, nested.get(os.path.dirname(path)) if nested else None,
                    blob=index.blob_of(path) if index else None)
        for path in selected
    ]


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        return options.shard(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _shard_of(path: Path, root: Path, count: int) -> int:
    """1..count, from the path relative to the project root, so every machine agrees."""
    rel = files.relative_to(path, root)
    return int.from_bytes(hashlib.sha1(rel.encode("utf-8", "surrogateescape")).digest()[:8], "big") % count + 1


def _staged_versions(items: list[runner.Item], index: git.IndexState | None) -> list[runner.Item]:
    """Each selected file as the index holds it; files with nothing staged are not part of a commit."""
    if index is None:
        raise UsageProblem("--staged needs a git repository")
    staged = []
    for item in items:
        blob = index.staged.get(index.relative(item.path) or "")
        if blob:
            staged.append(dataclasses.replace(item, index_blob=blob))
    return staged


def _nested_configs(selected: list[Path], config: Config, index: git.IndexState | None) -> dict[str, Config]:
    """Directories below the run's root that hold their own config (a sub-project): its files
    are parsed with it (python-version, sql-dialect, ignores); excludes stay the run's. In a
    repository, only directories where git or the selection has a config file are looked at."""
    root = str(config.root)
    nearest: dict[str, Config | None] = {root: None}
    candidates = None
    if index is not None:
        tracked = (f"{index.top}{os.sep}{rel}" for rel in itertools.chain(index.staged, index.changed)
                   if rel.endswith(CONFIG_NAMES) or rel in CONFIG_NAMES_AT_TOP)
        chosen = (os.path.abspath(path) for path in selected if path.name in CONFIG_NAMES_AT_TOP)
        candidates = {os.path.dirname(path) for path in itertools.chain(tracked, chosen)}

    def config_for(directory: str) -> Config | None:  # an absolute path below the root
        if directory not in nearest:
            found = config_in(Path(directory)) if candidates is None or directory in candidates else None
            nearest[directory] = config_from(found, Path(directory)) if found else config_for(os.path.dirname(directory))
        return nearest[directory]

    below_root = candidates is None or any(c.startswith(root + os.sep) for c in candidates)
    by_dir: dict[str, Config] = {}
    for directory in {os.path.dirname(path) for path in map(str, selected)}:
        absolute = os.path.abspath(directory)
        if absolute.startswith(root + os.sep):
            if not below_root:  # no config file below the root: every directory there uses the run's
                continue
            own = config_for(absolute)
        else:  # outside the project (or reached through a symlink): its own lookup
            found = find_config_file(Path(directory or "."))
            own = config_from(found, Path(directory or ".")) if found and found[0].parent.resolve() != config.root \
                else None
        if own is not None:
            by_dir[directory] = own
    return by_dir


def _marker_sizes(selected: list[Path], root: Path) -> dict[Path, int]:
    """conflict-marker-size from .gitattributes, asked of git only where it is mentioned."""
    attributes = root / ".gitattributes"
    looks.file(attributes)
    try:
        mentioned = attributes.is_file() and "conflict-marker-size" in attributes.read_text("utf-8", "replace")
    except OSError:
        mentioned = False
    if not mentioned or not selected or not git.is_repo(root):
        return {}
    looks.spoil("conflict-marker-size comes from git attributes, which may live outside the tree")
    by_rel = {files.relative_to(path, root): path for path in selected}
    values = git.check_attr(root, "conflict-marker-size", list(by_rel))
    return {by_rel[rel]: int(value) for rel, value in values.items() if value.isdigit() and rel in by_rel}


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure that is not a finding exits 2, never 1."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("REBOUND_LINT_DEBUG"))
    try:
        cli.main(args=args, prog_name="rebound-lint", standalone_mode=False)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (EXIT_CLEAN if exc.code is None else EXIT_ERROR)
        sys.exit(code)
    except click.exceptions.Abort:
        click.echo("rebound-lint: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except (UsageProblem, ConfigError, git.GitError, ManifestError) as exc:
        click.echo(f"rebound-lint: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("rebound-lint: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"rebound-lint: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_CLEAN)
