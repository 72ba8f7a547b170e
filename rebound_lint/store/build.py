"""Which build of the tool and its parsers produced a result: part of every cache key. Plain
os calls only: a replayed run (store/replay.py) checks a remembered build too, and pathlib
costs an import."""
from __future__ import annotations

import os
import sys

from .. import __version__
from .looks import digest

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # rebound_lint/
_build: str | None = None


def tool_build() -> str:
    """This tool's version, the interpreter's, where each parser library is installed, and the
    stamps (build_stamps) of its own files and of those installs: an edited checkout or an
    upgrade gives another build."""
    global _build
    if _build is None:
        parts = [__version__, sys.version, *(f"{name}={origin}" for name, origin in _library_origins().items()),
                 *(f"{path}:{stamp}" for path, stamp in build_stamps())]
        _build = digest("\n".join(parts).encode("utf-8", "surrogateescape"))
    return _build


def build_stamps() -> list[list[str]]:
    """[path, size:mtime] of every .py file of this package and of each directory in it (adding a
    file changes one), of each parser library's install (found the way import finds it, without
    importing; an upgrade rewrites it), and of the directories on sys.path but the first (installing
    a library there, one that was missing or one that shadows another, changes them). A replay compares
    these (still_current) instead of searching again."""
    stamps = _source_stamps(PACKAGE)
    stamps += [[origin, _stamp(origin)] for origin in dict.fromkeys(_library_origins().values()) if origin]
    # not sys.path[0]: the script's directory or the working directory, which differs by how the
    # tool was started, and must not change the build (the per-file cache is keyed by it)
    stamps += [[entry, _stamp(entry)] for entry in dict.fromkeys(sys.path[1:]) if entry and os.path.isdir(entry)]
    return stamps


def still_current(stamps) -> bool:
    """Whether build_stamps() would give these again: one stat a path, no search."""
    try:
        return bool(stamps) and all(_stamp(path) == stamp for path, stamp in stamps)
    except (TypeError, ValueError):  # a damaged memo
        return False


def _source_stamps(directory: str) -> list[list[str]]:
    """The stamps of the directory and, in a stable order, of every .py file and directory under
    it (scandir: one system call a file)."""
    stamps, subdirectories = [[directory, _stamp(directory)]], []
    with os.scandir(directory) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.endswith(".py") and entry.is_file():
                info = entry.stat()
                stamps.append([entry.path, f"{info.st_size}:{info.st_mtime_ns}"])
            elif entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                subdirectories.append(entry.path)
    for subdirectory in subdirectories:
        stamps += _source_stamps(subdirectory)
    return stamps


_origins: dict[str, str | None] = {}


def _library_origins() -> dict[str, str | None]:
    """Where each parser library would be loaded from (None: not installed), searched once a
    process: the build id and the stamps a run remembers both need them."""
    if not _origins:
        from ..languages import LIBRARIES

        _origins.update((name, _origin(name)) for name in LIBRARIES)
    return _origins


def _origin(dotted: str) -> str | None:
    """Where a module would be loaded from, found the way import finds it, without importing."""
    from importlib.machinery import PathFinder

    spec, search = None, None
    for part in dotted.split("."):
        spec = PathFinder.find_spec(part, search)
        if spec is None:
            return None
        search = spec.submodule_search_locations
    if spec.origin and spec.origin != "namespace":
        return spec.origin
    return next(iter(spec.submodule_search_locations or ()), None)


def _stamp(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return "missing"
    return f"{info.st_size}:{info.st_mtime_ns}"
