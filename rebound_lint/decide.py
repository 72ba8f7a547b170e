"""The one decision engine: which findings are reported and what the run's exit code is.
Per-file ignores from configuration, `--select`/`--ignore`, and the exit policy live here and
nowhere else. No click and nothing heavy: a replayed run (store/replay.py) decides here too."""
from __future__ import annotations

from .findings import Finding

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def ignored_by(config, path, code: str) -> bool:
    """`ignore` and `per-file-ignores` of the file's config (config.Config; path: a Path)."""
    if config.ignore and code.startswith(config.ignore):
        return True
    if not config.per_file_ignores:
        return False
    from .paths import matches, relative_to

    rel = relative_to(path, config.root)
    return any(code.startswith(codes) and matches(rel, glob) for glob, codes in config.per_file_ignores)


def configured(findings: list[Finding], config) -> list[Finding]:
    """Findings the configuration does not ignore (their paths as displayed: relative to the
    working directory)."""
    from pathlib import Path

    return [f for f in findings if not ignored_by(config, Path(f.path), f.code)]


def selected(findings: list[Finding], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[Finding]:
    """`--select` and `--ignore` (codes or prefixes)."""
    return [f for f in findings
            if (not select or f.code.startswith(select)) and not (ignore and f.code.startswith(ignore))]


def exit_code(summary: dict) -> int:
    """Errors and warnings fail; information alone does not."""
    return EXIT_FINDINGS if summary["errors"] or summary["warnings"] else EXIT_CLEAN
