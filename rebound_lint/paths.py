"""Paths as the tool shows and matches them: relative to the project root with '/', relative to
the working directory for display, and gitignore-like patterns (excludes, per-file ignores)."""
from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from fnmatch import fnmatchcase
from pathlib import Path

# Folders that hold other projects' code by convention (linguist's vendor list, package managers'
# install folders): their files get the conflict-marker check only (selection.py), and no
# migration directory is looked for in them.
VENDOR_DIRS = frozenset({"vendor", "vendors", "_vendor", "vendored", "third_party", "third-party", "thirdparty",
                         "3rdparty", "deps", "extern", "external", "externals", "node_modules", "bower_components",
                         "jspm_packages"})


def matches(rel: str, pattern: str) -> bool:
    """gitignore-like: 'name/' or 'name' matches any path component; 'a/b/' anchors at the root."""
    parts = rel.strip("/").split("/")
    pat = pattern.strip("/")
    if not pat:
        return False
    if "/" in pat:
        return any(fnmatchcase("/".join(parts[:i]), pat) for i in range(1, len(parts) + 1))
    return any(fnmatchcase(part, pat) for part in parts)


def is_excluded(rel: str, patterns: tuple[str, ...] | list[str]) -> bool:
    simple, bracketed = _compiled_patterns(tuple(patterns))
    return (simple.search(rel.strip("/")) is not None) or any(matches(rel, pattern) for pattern in bracketed)


def excluded_indices(rels: list[str], patterns: tuple[str, ...]) -> set[int]:
    """Which of many relative paths the patterns exclude, in one regex pass over all of them."""
    joined = "\n".join(rels)
    present = tuple(p for p in patterns if "[" in p or _literal_part(p) in joined)  # cheap: a substring test each
    simple, bracketed = _compiled_patterns(present)
    hits: set[int] = set()
    if simple.pattern != "(?!)":
        starts = list(itertools.accumulate((len(rel) + 1 for rel in rels[:-1]), initial=0))
        multiline = re.compile(simple.pattern, re.M)  # `.` stops at a newline: one path a line
        hits = {bisect.bisect_right(starts, match.start()) - 1 for match in multiline.finditer(joined)}
    if bracketed:
        hits |= {index for index, rel in enumerate(rels) if any(matches(rel, p) for p in bracketed)}
    return hits


def _literal_part(pattern: str) -> str:
    """The longest wildcard-free piece of a pattern: a path it matches contains it."""
    return max(re.split(r"[*?]", pattern.strip("/")), key=len)


@functools.lru_cache(maxsize=64)
def _compiled_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern, tuple[str, ...]]:
    """Patterns without character classes as one regex with the semantics of `matches` (one
    search a path instead of one fnmatch a pattern and component); the rare `[...]` ones as they are."""
    alternatives, bracketed = [], []
    for pattern in patterns:
        pat = pattern.strip("/")
        if "[" in pat:
            bracketed.append(pattern)
        elif pat:
            escaped = re.escape(pat)
            if "/" in pat:  # matched against whole leading paths, where fnmatch's * and ? cross slashes
                alternatives.append("^" + escaped.replace(r"\*", ".*").replace(r"\?", ".") + "(?:/|$)")
            else:  # matched against one component
                alternatives.append("(?:^|/)" + escaped.replace(r"\*", "[^/\n]*").replace(r"\?", "[^/\n]") + "(?:/|$)")
    return re.compile("|".join(alternatives) if alternatives else r"(?!)", re.S), tuple(bracketed)


def relative_to(path: Path, root: Path) -> str:
    """The path relative to root (a resolved directory), with '/'. A path spelled below root is
    taken as spelled (no symlink resolution: a few stat calls per component saved on every
    file of a big selection); any other is resolved first."""
    spelled, prefix = os.fspath(path), f"{root}{os.sep}"
    # already absolute and normal below root (as tracked files are spelled): abspath would not
    # change it, and it costs a big selection more than the rest of this function
    normal = spelled.startswith(prefix) and f"{os.sep}." not in spelled and os.sep * 2 not in spelled \
        and not spelled.endswith(os.sep)
    absolute = spelled if normal else os.path.abspath(path)
    if absolute.startswith(prefix):
        return absolute[len(prefix):].replace(os.sep, "/")
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def display_path(path: Path, cwd_prefix: str | None = None) -> str:
    """Relative to the working directory where possible, as linters print paths.
    `cwd_prefix`: the working directory plus a separator, for the common case of a path below it."""
    if cwd_prefix and str(path).startswith(cwd_prefix):
        return str(path)[len(cwd_prefix):]
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") and path.is_absolute() else rel


def stays_inside(path, bound: str) -> bool:
    """Whether PATH's real path (every symbolic link resolved) is BOUND (a resolved directory) or
    below it, and not in a git directory there: what the tool may read or write for a project."""
    real = os.path.realpath(path)
    if real != bound and not real.startswith(bound.rstrip(os.sep) + os.sep):
        return False
    return ".git" not in real[len(bound):].split(os.sep)
