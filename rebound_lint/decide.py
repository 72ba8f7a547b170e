"""The one decision engine: which findings are reported, at what severity, and what the run's
exit code is. Inline suppression comments, per-file ignores from configuration, the severity
table, `--select`/`--ignore`, and the exit policy live here and nowhere else. No click and
nothing heavy at import: a replayed run (store/replay.py) decides here too."""
from __future__ import annotations

from .findings import ERROR, INFO, WARNING, Finding

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
RANK = {ERROR: 2, WARNING: 1, INFO: 0}  # --fail-on compares by this


def ignored_by(config, path, code: str) -> bool:
    """`ignore` and `per-file-ignores` of the file's config (config.Config; path: a Path)."""
    if config.ignore and code.startswith(config.ignore):
        return True
    if not config.per_file_ignores:
        return False
    from .paths import relative_to

    prefixes = _ignored_here(config.per_file_ignores, relative_to(path, config.root))
    return bool(prefixes) and code.startswith(prefixes)


_BY_TABLE: dict[int, tuple] = {}  # id(per-file-ignores table) -> (the table, its globs by codes, prefixes by path)


def _ignored_here(table: tuple, rel: str) -> tuple[str, ...]:
    """The code prefixes per-file-ignores gives one path: its globs matched once per path and
    table (one regex a group of globs with the same codes), not once per finding and entry (2,000
    entries took 89 s)."""
    from .paths import is_excluded

    known = _BY_TABLE.get(id(table))
    if known is None or known[0] is not table:
        groups: dict[tuple[str, ...], list[str]] = {}
        for glob, codes in table:
            groups.setdefault(codes, []).append(glob)
        known = _BY_TABLE[id(table)] = (table, [(codes, tuple(globs)) for codes, globs in groups.items()], {})
    by_path = known[2]
    if rel not in by_path:
        by_path[rel] = tuple(prefix for codes, globs in known[1] if is_excluded(rel, globs) for prefix in codes)
    return by_path[rel]


def configured(findings: list[Finding], config) -> list[Finding]:
    """Findings the configuration does not ignore (their paths as displayed: relative to the
    working directory)."""
    from pathlib import Path

    return [f for f in findings if not ignored_by(config, Path(f.path), f.code)]


def selected(findings: list[Finding], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[Finding]:
    """`--select` and `--ignore` (codes or prefixes)."""
    return [f for f in findings
            if (not select or f.code.startswith(select)) and not (ignore and f.code.startswith(ignore))]


def suppressed_inline(findings: list[Finding], data: bytes, kind: str, path: str
                      ) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """(kept, suppressed, RL009 findings) for one file's findings and its comments' directives
    (suppression.py): `rebound-lint: ignore[...]`, `skip-file`, and Python's `noqa: RL...`."""
    from .suppression import read
    from .rules import is_known_prefix

    directives = read(data, kind, path, is_known_prefix)
    if directives is None:
        return findings, [], []
    kept, suppressed = [], []
    for finding in findings:
        (suppressed if directives.ignores(finding.line, finding.code) else kept).append(finding)
    unknown = [Finding(path, line, 1, "RL009", f"unknown rule code {code!r} in a suppression comment "
                                             f"(see `rebound-lint rules`)") for line, code in directives.unknown]
    return kept, suppressed, unknown


def with_severity(findings: list[Finding], config) -> list[Finding]:
    """Each finding at the severity `[tool.rebound-lint.severity]` gives its code (the most
    specific code or prefix wins; "off" drops it), else the catalogue's default."""
    if not config.severity:
        return findings
    out = []
    for finding in findings:
        level = next((level for prefix, level in config.severity if finding.code.startswith(prefix)), None)
        if level is None or level == finding.severity:
            out.append(finding)
        elif level != "off":
            out.append(Finding(finding.path, finding.line, finding.col, finding.code, finding.message, level,
                               finding.end_line))
    return out


def new_since_base(findings: list[Finding], items, view, config, check_data) -> tuple[list[Finding], list[Finding]]:
    """(introduced, already there): a per-file finding whose code and line content the same file
    (its old path, if renamed) already had at the merge-base is not this change's doing.
    Conflict markers are never filtered: a marker on the base is a live defect too.
    `check_data`: the runner's per-file check, run on the base's version of each file."""
    from .baseline import MARKER_CODES, fingerprint, line_at, line_texts, split
    from .languages import kind_of
    from .paths import relative_to

    by_display = {item.display: item for item in items}
    touched = {f.path for f in findings if f.code not in MARKER_CODES and f.path in by_display}
    if not touched or view.top is None:
        return findings, []
    renamed = {change.path: change.old_path for change in view.changes if change.old_path}
    from collections import Counter

    old_keys: Counter = Counter()
    for display in touched:
        item = by_display[display]
        rel = relative_to(item.path, view.root)
        old = view.read_at(view.base, renamed.get(rel, rel))
        if old is None:  # added by this change: everything in it is new
            continue
        lines = line_texts(old)
        own = item.config or config
        for finding in check_data(display, old, kind_of(str(item.path), old[:256]), own, item.marker_size).findings:
            old_keys[(display, finding.code, fingerprint(finding.code, line_at(lines, finding.line)))] += 1
    lines_now = _current_lines(by_display, view.top)
    keys = [(f.path, f.code, fingerprint(f.code, lines_now(f.path, f.line))) for f in findings]
    return split(findings, keys, old_keys)


def _current_lines(by_display, top):
    """Line reader for the checked content: the staged blob under --staged, else the file."""
    from .baseline import Lines, line_at, line_texts

    on_disk = Lines()
    staged: dict[str, list[str]] = {}

    def line(display: str, number: int) -> str:
        item = by_display.get(display)
        if item is None or not item.index_blob:
            return on_disk(display, number)
        if display not in staged:
            from . import git

            try:
                staged[display] = line_texts(git.cat_blob(top, item.index_blob))
            except git.GitError:
                staged[display] = []
        return line_at(staged[display], number)

    return line


def baselined(findings: list[Finding], config) -> tuple[list[Finding], list[Finding]]:
    """(reported, accepted by the project's baseline file)."""
    from pathlib import Path

    from .baseline import Lines, keys, load, split
    from .paths import relative_to
    from .store import looks

    path = config.root / config.baseline
    looks.file(path)
    accepted = load(path)
    if not accepted:
        return findings, []
    return split(findings, keys(findings, lambda display: relative_to(Path(display), config.root), Lines()), accepted)


def exit_code(summary: dict, fail_on: str = ERROR, exit_zero: bool = False) -> int:
    """1 when a finding at or above `fail_on` remains (error by default: a warning asks a
    question and does not fail the run unless asked to); 0 with `exit_zero`."""
    if exit_zero:
        return EXIT_CLEAN
    counts = {ERROR: summary["errors"], WARNING: summary["warnings"], INFO: summary["info"]}
    return EXIT_FINDINGS if any(counts[level] for level in counts if RANK[level] >= RANK[fail_on]) else EXIT_CLEAN
