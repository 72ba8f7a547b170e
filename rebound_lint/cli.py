"""The `rebound-lint` command: click and argv only. Each command turns its options into a call
to the engine (pipeline.py for `check`) and a renderer (report/)."""
from __future__ import annotations

import dataclasses
import os
import sys
import time
import traceback
from pathlib import Path

import click

from . import __version__, decide, git, options
from .config import ConfigError
from .errors import ManifestError, UsageProblem
from .paths import display_path
from .pipeline import Request, load_project_config
from .report import FORMATS, render
from .report.finish import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, emit, summarize
from .store import cache


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return options.rule_codes(values)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _version(ctx, _param, value) -> None:
    """--version: this tool's, and which PostgreSQL parser a run uses (pglast is an optional extra)."""
    if not value or ctx.resilient_parsing:
        return
    import importlib.metadata

    from .languages.sql import pglast_parser_or_none

    if pglast_parser_or_none() is None:
        postgres = "sqlglot, certain errors only (pglast not installed: pip install 'rebound-lint[postgres]')"
    else:
        try:
            postgres = f"pglast {importlib.metadata.version('pglast')} (the postgres extra, GPL-3.0-or-later)"
        except importlib.metadata.PackageNotFoundError:  # importable without metadata (a source tree)
            postgres = "pglast (the postgres extra, GPL-3.0-or-later)"
    click.echo(f"rebound-lint, version {__version__}\nPostgreSQL files read by: {postgres}")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version, and which parser reads PostgreSQL files, and exit.")
def cli() -> None:
    """Type-aware guard against botched merges: conflict markers, parse errors, both halves
    of a conflict kept, migration collisions and flag promotions; an audit of merges already
    made, and merge plans."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: RL011
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
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit 1 when a finding of this severity or above remains.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still means the tool failed).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in text output (auto: on a terminal, unless NO_COLOR is set).")
@click.option("--show-source/--no-show-source", default=None,
              help="The offending source line under each finding (default: on a terminal).")
@click.option("--show-suppressed", is_flag=True, help="Also list findings that a comment or the baseline suppressed.")
@click.option("--no-baseline", is_flag=True, help="Ignore the project's baseline file.")
@click.option("--all-findings", is_flag=True,
              help="With --base: also report findings the files already had at the merge-base.")
@click.option("--fix", is_flag=True, help="With --base: renumber and re-parent the migrations this change added that "
                                          "collide with the base (RL502/RL503/RL515/RL517), then check.")
@click.option("--diff", "show_diff", is_flag=True, help="With --base: print what --fix would change; write nothing.")
def check(paths, output_format, select, ignore, base_ref, all_files, repo_only, staged, jobs, shard, no_cache,
          force_exclude, output, quiet, debug, fail_on, exit_zero, color, show_source, show_suppressed, no_baseline,
          all_findings, fix, show_diff) -> None:
    """Check PATHS (files or directories); with none, every file git tracks.

    Repo-level checks (migrations, flags) run on whole-project selections: no paths, --all-files,
    --base, or a directory that holds the project's root."""
    from .pipeline import check as run_check

    if all_files and paths:
        raise click.UsageError("--all-files takes no paths")
    if base_ref is not None and not base_ref.strip():  # an unset CI variable: never a whole-tree check in disguise
        raise click.UsageError("--base needs a ref (a branch, tag or commit); it was given an empty string")
    if fix or show_diff:
        from .repo_checks.migrations import fix as migration_fix

        if not base_ref:
            raise click.UsageError("--fix and --diff need --base REF: they renumber against the base")
        if staged:
            raise click.UsageError("--fix and --diff work on the working tree: drop --staged")
        made = migration_fix.fix_worktree(paths[0] if paths else Path.cwd(), base_ref, write=not show_diff)
        for message in made.messages:
            click.echo(f"rebound-lint: {message}", err=True)
        if show_diff:
            click.echo(migration_fix.diff(made.edits), nl=False)
            sys.exit(EXIT_FINDINGS if made.edits else EXIT_CLEAN)
    sys.exit(run_check(Request(
        paths, output_format=output_format, select=_codes(select), ignore=_codes(ignore), base_ref=base_ref,
        all_files=all_files, repo_only=repo_only, staged=staged, jobs=jobs, shard=shard, no_cache=no_cache,
        force_exclude=force_exclude, output=output, quiet=quiet, debug=debug, fail_on=fail_on, exit_zero=exit_zero,
        color=color, show_source=show_source, show_suppressed=show_suppressed, no_baseline=no_baseline,
        all_findings=all_findings)))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: RL011
@click.option("--prune", is_flag=True, help="Only drop entries that no longer match a finding; add none.")
def baseline(paths, prune) -> None:
    """Accept today's findings in PATHS (default: every tracked file) into the project's baseline
    file (`.rebound-lint-baseline.json` at the project root, or `baseline` in the config), so
    that `check` reports only new ones. Conflict markers are never accepted."""
    from .pipeline import write_baseline

    written, path = write_baseline(Request(paths, no_baseline=True, quiet=True), prune)
    click.echo(f"{written} finding{'s' if written != 1 else ''} in {display_path(path)}")


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


@cli.command(name="migrations")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def migrations_command(output_format) -> None:
    """List the migration directories the migration rules check: the framework, where, and what
    it was recognised by (configured entries first)."""
    from .repo_checks.migrations import listing

    click.echo(listing(Path.cwd(), output_format), nl=False)


@cli.command(name="audit")
@click.argument("revisions", nargs=-1, metavar="[REV-RANGE]...")
@click.option("--max-count", "-n", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many merge commits (newest first).")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--quiet", "-q", is_flag=True, help="Findings only: no per-merge verdicts, no summary.")
@click.option("--verbose", "-v", is_flag=True, help="Every merge, also those without a conflict.")
@click.option("--progress/--no-progress", default=None,
              help="A merge counter on stderr (default: on a terminal, for text output, after a second).")
def audit_command(revisions, max_count, output_format, output, quiet, verbose, progress) -> None:
    """Recompute each merge commit in REV-RANGE with `git merge-tree` and compare the committed
    resolution of every conflicted file with the conflict's two sides: markers left in (RL701),
    both sides kept verbatim (RL702), and the result's own findings. Default range: the merges on
    this branch since its upstream's merge-base, else the last --max-count merges."""
    from .merges import audit
    from .report import audit as audit_report

    started = time.perf_counter()
    config = load_project_config(())
    top = git.toplevel(config.root)
    from .progress import Progress, wanted

    shown = wanted(sys.stderr) and output_format == "text" if progress is None else progress
    counter = (lambda total: Progress(total, delay=0.0 if progress else 1.0, enabled=True, unit="merges")) \
        if shown else None
    reports, findings = audit.audit(top, config, list(revisions) or audit.default_revisions(top), max_count,
                                    counter)
    summary = {**audit_report.counts(reports), **summarize(findings, sum(len(r.files) for r in reports),
                                                           time.perf_counter() - started)}
    if output_format == "json":
        report = audit_report.json(reports, findings, summary)
    elif output_format == "text" and not quiet:
        report = (audit_report.text(reports, verbose, findings) + render("text", findings, summary)
                  + audit_report.summary_line(summary))
    else:
        report = render(output_format, findings, summary)
    emit(report, output)
    sys.exit(decide.exit_code(summary))


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
    from . import plan
    from .plan import check as plan_check
    from .plan import manifests as manifest_io
    from .report import plan as plan_report

    if not manifests and not git_refs:
        raise click.UsageError("give manifest files or directories, or --git REF for each PR branch")
    config = load_project_config(manifests[:1] if manifests else ())
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
        findings = plan_check.check(plan_file, display_path(plan_file), prs, policy)
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


@cli.command(name="merge-driver", context_settings={"ignore_unknown_options": True})
@click.argument("files", nargs=-1, metavar="%O %A %B %L %P [%S %X %Y]")
@click.option("--install", is_flag=True, help="Configure the driver in this repository (.git/config and "
                                              ".git/info/attributes; nothing committed).")
@click.option("--uninstall", is_flag=True, help="Remove exactly what --install wrote.")
def merge_driver_command(files, install, uninstall) -> None:
    """git's merge driver: writes the merge to %A; exit 0 when git's merge is clean or every
    conflict was resolved by a rule and the result validates, else git's own conflict and exit 1.
    One stderr line per resolved hunk; each resolution is recorded in .git/rebound-lint/resolutions.jsonl."""
    if install and uninstall:
        raise click.UsageError("--install or --uninstall, not both")
    if install or uninstall:
        if files:
            raise click.UsageError("--install and --uninstall take no files")
        from .merges.resolve import install as installer

        for line in (installer.install if install else installer.uninstall)(Path.cwd()):
            click.echo(f"rebound-lint: {line}")
        sys.exit(EXIT_CLEAN)
    from .merges.resolve import driver

    sys.exit(driver.run(list(files)))


@cli.command(name="resolve")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be resolved; write nothing.")
@click.option("--add", "stage", is_flag=True, help="Stage each resolved file (git add).")
def resolve_command(paths, dry_run, stage) -> None:
    """After a merge, rebase or cherry-pick stopped on conflicts: resolve the conflicted PATHS
    (default: all) that the rules can prove safe, from the index's stages; files left for a person
    are not touched. Exit 0 all resolved, 1 some left for a person."""
    from .merges.resolve import commands

    if dry_run and stage:
        raise click.UsageError("--dry-run writes nothing: drop --add")
    sys.exit(commands.resolve(Path.cwd(), list(paths), dry_run=dry_run, stage=stage))


@cli.command(name="rebase")
@click.argument("upstream")
@click.argument("branch", required=False)
def rebase_command(upstream, branch) -> None:
    """`git rebase UPSTREAM [BRANCH]` with the merge driver (for this run only), `check` of every
    replayed commit's changes, then the branch's own migrations that collide with the new base
    renumbered or re-parented (`check --fix`), as one commit of their own on top. Stops for a person
    at the first conflict it cannot prove safe or the first commit that introduces a finding.
    Exit 0 done, 1 stopped for a person (or findings left), 2 usage."""
    from .merges.resolve import commands

    sys.exit(commands.rebase(Path.cwd(), upstream, branch))


@cli.group(name="cache")
def cache_group() -> None:
    """The result cache (under .git/rebound-lint/ in a repository; REBOUND_LINT_CACHE_DIR overrides)."""


@cache_group.command(name="dir")
def cache_dir() -> None:
    """Print where this project's cache lives."""
    click.echo(cache.default_dir(load_project_config(()).root))


@cache_group.command(name="clean")
def cache_clean() -> None:
    """Remove this project's cached results."""
    directory = cache.default_dir(load_project_config(()).root)
    try:
        removed = cache.clean(directory)
    except OSError as exc:
        raise UsageProblem(f"cannot remove the cache in {directory}: {exc.strerror}") from None
    click.echo(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} from {directory}")


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        return options.shard(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


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
