"""Which build of the tool and its parsers produced a result: part of every cache key. Plain
os calls only: a replayed run (store/replay.py) computes this too, and pathlib costs an import."""
from __future__ import annotations

import functools
import os
import sys
from importlib.machinery import PathFinder

from .. import __version__
from .looks import digest



@functools.lru_cache(maxsize=1)
def tool_build() -> str:
    """This tool's version, the interpreter's, its own files' sizes and mtimes (an edited
    checkout invalidates the cache), and where each parser library is installed, with its size
    and mtime (an upgrade rewrites them). Found without importing the libraries."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # rebound_lint/
    parts = [__version__, sys.version, *_source_stamps(package)]
    from ..languages import LIBRARIES

    for name in LIBRARIES:
        origin = _origin(name)
        parts.append(f"{name}={_stamp(origin) if origin else 'none'}")
    return digest("\n".join(parts).encode("utf-8", "surrogateescape"))


def _source_stamps(directory: str) -> list[str]:
    """path:size:mtime of every .py file under directory, in a stable order (scandir: one
    system call a file)."""
    stamps, subdirectories = [], []
    with os.scandir(directory) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.endswith(".py") and entry.is_file():
                info = entry.stat()
                stamps.append(f"{entry.path}:{info.st_size}:{info.st_mtime_ns}")
            elif entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                subdirectories.append(entry.path)
    for subdirectory in subdirectories:
        stamps += _source_stamps(subdirectory)
    return stamps


def _origin(dotted: str) -> str | None:
    """Where a module would be loaded from, found the way import finds it, without importing."""
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
        return f"{path}:missing"
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"
