"""Which files to check, what type each is, and reading them without ever crashing."""
from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from . import git

ALWAYS_SKIPPED_DIRS = {".git", "node_modules", ".hg", ".svn"}
BINARY_SNIFF = 8000  # git's own heuristic: a NUL in the first 8000 bytes means binary



@dataclass
class Source:
    """One file to check: its display path, raw bytes and detected kind."""

    path: str
    data: bytes
    kind: str
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    _text: str | None = None

    @property
    def text(self) -> str:
        """UTF-8 text (a BOM dropped); raises UnicodeDecodeError."""
        if self._text is None:
            self._text = self.data.decode("utf-8-sig")
        return self._text

    def note(self, message: str) -> None:
        """A detail shown with --debug."""
        self.notes.append(f"{self.path}: {message}")

    def notice(self, message: str) -> None:
        """A run-wide message shown once, whatever the verbosity."""
        self.notices.append(message)


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:BINARY_SNIFF]


def read_bytes(path: Path) -> bytes:
    """Read a regular file; OSError (with a readable strerror) for everything else."""
    info = os.stat(path)  # follows symlinks; a broken one raises FileNotFoundError
    if not stat.S_ISREG(info.st_mode):
        raise OSError(0, "not a regular file")
    with open(path, "rb") as handle:
        return handle.read()


def describe_os_error(path: Path, exc: OSError) -> str:
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link (points to {os.readlink(path)!r})"
    return f"cannot read file: {exc.strerror or exc}"


# --- selection -------------------------------------------------------------------------


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
    absolute, prefix = os.path.abspath(path), f"{root}{os.sep}"
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


def expand_paths(paths: list[Path], root: Path, exclude: tuple[str, ...], force_exclude: bool = False) -> list[Path]:
    """Files named explicitly, and files below named directories, minus excludes.

    An exclude that matches a named directory itself does not apply below it: asking
    for `fixtures/incident` checks it even though a whole-tree scan skips it.
    """
    selected: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            selected.append(path)

    for path in paths:
        if path.is_dir():
            active = tuple(p for p in exclude if not matches(relative_to(path, root), p))
            for found in _list_dir(path):
                if not is_excluded(relative_to(found, root), active):
                    add(found)
        elif path.exists() or path.is_symlink():
            if not (force_exclude and is_excluded(relative_to(path, root), exclude)):
                add(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return selected


def _list_dir(top: Path) -> list[Path]:
    """Inside a git work tree, what git sees (tracked, plus untracked not ignored); else a walk."""
    try:
        listed = git.ls_files(top, others=True)
    except git.GitError:  # not a repository, or no git at all: walk
        listed = []
    if not listed:
        return list(_walk(top))
    base = git.toplevel(top)
    found = (base / rel for rel in listed if not (set(rel.split("/")) & ALWAYS_SKIPPED_DIRS))
    return sorted((p for p in found if p.is_symlink() or p.is_file()), key=lambda p: p.as_posix())


def _walk(top: Path):
    for directory, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if d not in ALWAYS_SKIPPED_DIRS)
        for name in sorted(filenames):
            yield Path(directory) / name


def tracked_files(root: Path, exclude: tuple[str, ...], changed: set[str] | None = None) -> list[Path]:
    """Every file git tracks under root, minus excludes; files the working tree deleted are
    skipped. `changed`: top-level-relative paths git reports as modified or deleted (the rest
    exist as tracked, so only these are looked at)."""
    top = git.toplevel(root)
    try:
        prefix = root.resolve().relative_to(top).as_posix()
    except ValueError:
        prefix = "."
    cut = 0 if prefix == "." else len(prefix) + 1
    listed = git.ls_files(root)
    skipped = excluded_indices([rel[cut:] for rel in listed], (*exclude, *ALWAYS_SKIPPED_DIRS))
    found = []
    for index, rel in enumerate(listed):
        if index in skipped:
            continue
        path = top / rel
        if changed is None or rel in changed:
            if not (path.is_symlink() or path.is_file()):
                continue
        found.append(path)
    return found
