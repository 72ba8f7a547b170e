"""What a `check` run looked at besides the files git's index names: config files, migration
directories, the merge state. While recording, each look is noted with what it saw; a replay
of the run's result (replay.py) is valid only while every look still sees the same."""
from __future__ import annotations

import os
import stat

try:  # blake2b without hashlib, whose import loads OpenSSL (3 ms of a replay's 30)
    from _blake2 import blake2b
except ImportError:  # not CPython
    from hashlib import blake2b

_seen: dict[str, str | None] | None = None  # "op\0path" -> what was seen (a digest, a flag, or None)
_spoiled: str | None = None  # why this run's result cannot be replayed


def record() -> None:
    """Start noting (the `check` command's main process only)."""
    global _seen, _spoiled
    _seen, _spoiled = {}, None


def spoil(reason: str) -> None:
    """This run depends on something a replay cannot re-check."""
    global _spoiled
    if _seen is not None and _spoiled is None:
        _spoiled = reason


def recorded() -> dict[str, str | None] | None:
    """Every look noted since record(), or None when the run cannot be replayed."""
    return None if _seen is None or _spoiled else dict(_seen)


def file(path) -> None:
    """Note a file's content (read or only looked for)."""
    _note("file", path)


def directory(path) -> None:
    """Note the names of the files directly in a directory."""
    _note("dir", path)


def exists(path) -> None:
    _note("exists", path)


def is_file(path) -> None:
    """Note whether a path is a file (its content unread)."""
    _note("isfile", path)


def absent(directory: str, names: list[str]) -> None:
    """Note that none of these paths (relative to an absolute directory, '/'-separated) exists:
    one look for many, which a replay checks with one system call each."""
    if _seen is not None:
        joined = "\0".join([directory, *sorted(names)])
        _seen[f"absent\0{joined}"] = _none_exist(joined)


def still_seen(seen: dict[str, str | None]) -> bool:
    """Whether every noted look would see the same now."""
    for entry, before in seen.items():
        op, _, path = entry.partition("\0")
        if op not in LOOKS or LOOKS[op](path) != before:
            return False
    return True


def _note(op: str, path) -> None:
    if _seen is not None:
        absolute = os.path.abspath(path)
        _seen[f"{op}\0{absolute}"] = LOOKS[op](absolute)


def digest(data: bytes) -> str:
    """The digest every look and replay key uses."""
    return blake2b(data, digest_size=32).hexdigest()


def file_digest(path: str) -> str | None:
    if not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as handle:
            return digest(handle.read())
    except OSError:
        return None


def _dir_digest(path: str) -> str | None:
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries if entry.is_file())
    except OSError:
        return None
    return digest("\0".join(names).encode("utf-8", "surrogateescape"))


def _none_exist(joined: str) -> str:
    """"none" when no path exists, else "some" (DIRECTORY\0NAME\0NAME...: names relative to it,
    looked up from an open descriptor of it, so the kernel does not walk its path every time)."""
    directory, *names = joined.split("\0")
    access, exists = os.access, os.F_OK
    try:
        descriptor = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return "some"  # the tree itself is gone or unreadable: never a replay
    try:
        if os.access in os.supports_dir_fd:
            found = any(access(name, exists, dir_fd=descriptor) for name in names)
        else:
            found = any(access(os.path.join(directory, name), exists) for name in names)
    finally:
        os.close(descriptor)
    return "some" if found else "none"


def _exists(path: str) -> str:
    return "yes" if os.path.exists(path) else "no"


def _is_file(path: str) -> str:
    return "yes" if os.path.isfile(path) else "no"


def link(spec: str) -> str | None:
    """A tracked symbolic link ("TOP\0PATH": the tree and the link in it): where it points and
    what is there (the digest of the file a run read through it, "dir", "dangling", or "outside"
    for a target out of the tree, which a run never reads). git diff-files sees the link itself
    change, not this."""
    top, _, path = spec.partition("\0")
    try:
        target = os.readlink(path)
    except OSError:
        return None
    resolved = _resolved(path)
    if resolved is None:
        return f"{target}\0dangling"
    real, mode = resolved
    if not (real == top or real.startswith(top.rstrip(os.sep) + os.sep)):
        return f"{target}\0outside"
    if stat.S_ISREG(mode):
        return f"{target}\0{file_digest(path)}"
    return f"{target}\0{'dir' if stat.S_ISDIR(mode) else 'dangling'}"


_O_PATH = getattr(os, "O_PATH", None)


def _resolved(path: str) -> tuple[str, int] | None:
    """(the path with every link in it resolved, the mode of what is there), or None when nothing
    is. On Linux the kernel resolves it (an O_PATH descriptor and its /proc name: three system
    calls, where os.path.realpath makes one a component, in Python)."""
    if _O_PATH is not None:
        try:
            descriptor = os.open(path, _O_PATH | os.O_CLOEXEC)
        except FileNotFoundError:
            return None
        except OSError:  # a loop, a permission: let the portable way say what it is
            descriptor = None
        if descriptor is not None:
            try:
                return os.readlink(f"/proc/self/fd/{descriptor}"), os.fstat(descriptor).st_mode
            except OSError:  # no /proc
                pass
            finally:
                os.close(descriptor)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return os.path.realpath(path), mode


OUTSIDE = "outside"  # what a tree look sees where the path resolves out of the tree: nothing is read there


def in_tree(top: str, path: str) -> tuple[int, str] | str | None:
    """(the mode of what is at path, its real path) when it resolves inside the tree `top` (a real
    path), OUTSIDE when it resolves out of it (through a symbolic link, or `..`), None when nothing
    is there."""
    try:  # stat and realpath, never open(): looking for a file is not reading it (not even O_PATH)
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    real = os.path.realpath(path)
    if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
        return mode, real
    return OUTSIDE


def names_digest(names) -> str:
    """The digest of a folder's listing: every name in it, sorted (files, folders, links alike)."""
    return digest("\0".join(sorted(names)).encode("utf-8", "surrogateescape"))


TREE_READ_LIMIT = 16 << 20  # bytes of a context file read at most (a hostile 2 GB package.json costs nothing)


def tree_file(spec: str) -> str | None:
    """"TOP\0PATH": the digest of the regular file at PATH (its first TREE_READ_LIMIT bytes, all a
    check reads of it), OUTSIDE when it resolves out of TOP (never read), None when there is no
    regular file (a per-file check's context: languages/context.py)."""
    return _read_in_tree(spec, stat.S_ISREG, _head_digest)


def tree_names(spec: str) -> str | None:
    """"TOP\0PATH": names_digest of the folder at PATH, OUTSIDE when it resolves out of TOP, None
    when there is no folder."""
    return _read_in_tree(spec, stat.S_ISDIR, lambda path: names_digest(os.listdir(path)))


def _read_in_tree(spec: str, is_kind, read) -> str | None:
    """read(PATH) of "TOP\0PATH" when PATH, inside TOP, is of the kind is_kind (a stat mode test)
    says; OUTSIDE when it resolves out of TOP, None when it is not there, not of that kind, or unreadable."""
    top, _, path = spec.partition("\0")
    where = in_tree(top, path)
    if where is None or where == OUTSIDE:
        return where
    if not is_kind(where[0]):
        return None
    try:
        return read(path)
    except OSError:
        return None


def _head_digest(path: str) -> str:
    with open(path, "rb") as handle:
        return digest(handle.read(TREE_READ_LIMIT))


def tree_isfile(spec: str) -> str | None:
    """"TOP\0PATH": "yes" when a regular file is at PATH inside TOP, OUTSIDE when PATH resolves out of
    it, else "no"."""
    top, _, path = spec.partition("\0")
    where = in_tree(top, path)
    if where == OUTSIDE:
        return where
    return "yes" if where is not None and stat.S_ISREG(where[0]) else "no"


def saw(op: str, spec: str, value: str | None) -> None:
    """Note what a per-file check saw (languages/context.py: a worker read it, so the look is not
    taken again here); two files that saw the same path differently mean it changed during the run."""
    if _seen is None:
        return
    entry = f"{op}\0{spec}"
    if _seen.setdefault(entry, value) != value:
        spoil("a file changed while it was being checked")


LOOKS = {"file": file_digest, "dir": _dir_digest, "exists": _exists, "isfile": _is_file,
         "link": link, "absent": _none_exist,
         "tree-file": tree_file, "tree-names": tree_names, "tree-isfile": tree_isfile}  # op -> what it sees
