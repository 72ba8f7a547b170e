"""How a per-file check reads anything besides its own bytes: a folder's listing, another file's
bytes, whether a file is there, the nearest file of a name in a folder or above it. Every such
read goes through here, for two reasons:

- it stays in the tree checked (the repository, or the directory named outside one: the
  runner's `Item.within`, else the configuration's root): no walk goes above it, and a path that
  resolves out of it (a symbolic link, `..`) is read as nothing;
- it is a dependency of the file being checked: (what kind of read, the path relative to the
  tree, what it saw). The per-file cache stores a result with its dependencies and uses it only
  while each still sees the same; a whole-tree run notes them as looks (store/looks.py), so a
  replay or a partial replay never stands for a result whose context changed.

What a read saw is a digest of the names listed or the bytes read (store/looks.py computes the
same, to check it later), "yes"/"no" for a file's presence; an absent file or folder is seen as
None, which is a dependency too (adding the file changes the verdict).

A check runs between begin() and end() (runner.check_file, runner.check_data); the reads it makes
are end()'s list. Functions whose result depends on reads keep their per-process memo through
`memo`, which hands the reads behind a memoised result to every later caller (the file that
used the memo depends on them as much as the first)."""
from __future__ import annotations

import os

from ..store import looks

OUTSIDE = looks.OUTSIDE
FILE, NAMES, IS_FILE = "tree-file", "tree-names", "tree-isfile"  # the kinds of read (looks.LOOKS' ops)
KINDS = frozenset({FILE, NAMES, IS_FILE})

_frames: list[tuple[str, dict]] = []  # (the tree's real path, {(kind, relative path): what was seen}), innermost last
_reals: dict[str, str] = {}  # directory -> its real path, once a run
_memos: list[dict] = []  # every memo's store, emptied by forget()


def begin(top) -> None:
    """Start collecting the reads of one file's check, bounded by the tree `top`."""
    _frames.append((real(str(top)), {}))


def end() -> list[list]:
    """The reads since the matching begin(): [[kind, relative path, what was seen], ...]."""
    _, seen = _frames.pop()
    return [[kind, rel, value] for (kind, rel), value in seen.items()]


def forget() -> None:
    """Drop every memo (a new run: the tree may have changed since the last)."""
    _reals.clear()
    for store in _memos:
        store.clear()


def real(directory: str) -> str:
    if directory not in _reals:
        _reals[directory] = os.path.realpath(directory)
    return _reals[directory]


def top() -> str:
    """The tree the current check reads in; outside any check, the working directory."""
    return _frames[-1][0] if _frames else real(os.getcwd())


def relative(path, tree: str) -> str | None:
    """path relative to the tree (a real path), '/'-separated ('' for the tree itself), its folders
    resolved; None when it is not in the tree."""
    absolute = os.path.abspath(path)
    parent, name = os.path.split(absolute)
    located = os.path.join(real(parent), name) if name else real(parent)
    if located == tree:
        return ""
    prefix = tree.rstrip(os.sep) + os.sep
    if not located.startswith(prefix):
        return None
    return located[len(prefix):].replace(os.sep, "/")


def located(path) -> str | None:
    """path with its folders resolved, when it is in the current tree; else None."""
    tree = top()
    rel = relative(path, tree)
    if rel is None:
        return None
    return os.path.join(tree, *rel.split("/")) if rel else tree


def _record(kind: str, rel: str, value: str | None) -> None:
    if _frames:
        _frames[-1][1].setdefault((kind, rel), value)


def _place(path) -> tuple[str, str, str] | None:
    """(the tree, path's relative path in it, path with its folders resolved), or None outside it."""
    tree = top()
    rel = relative(path, tree)
    if rel is None:
        return None
    return tree, rel, os.path.join(tree, *rel.split("/")) if rel else tree


def memo(size: int = 1024):
    """functools.lru_cache for a function of context reads: keyed by the tree as well, and every
    call, a hit too, records the reads the result was made from."""
    def wrap(function):
        store: dict = {}
        _memos.append(store)

        def memoised(*args):
            key = (top(), *args)
            hit = store.get(key)
            if hit is None:
                _frames.append((key[0], {}))
                try:
                    result = function(*args)
                finally:
                    _, seen = _frames.pop()
                    if _frames:
                        for entry, value in seen.items():
                            _frames[-1][1].setdefault(entry, value)
                if len(store) >= size:
                    store.pop(next(iter(store)))
                store[key] = (result, tuple(seen.items()))
                return result
            result, seen = hit
            if _frames:
                for entry, value in seen:
                    _frames[-1][1].setdefault(entry, value)
            return result

        memoised.__wrapped__ = function
        memoised.__doc__ = function.__doc__
        memoised.cache_clear = store.clear
        return memoised

    return wrap


@memo(4096)
def listing(directory) -> tuple[str, ...]:
    """The names in a folder of the tree, sorted (() for none, or outside the tree)."""
    place = _place(directory)
    if place is None:
        return ()
    tree, rel, path = place
    where = looks.in_tree(tree, path)
    names: tuple[str, ...] = ()
    if where is None or where == OUTSIDE:
        value = where
    else:
        value = None
        if os.path.isdir(path):
            try:
                names = tuple(sorted(os.listdir(path)))
                value = looks.names_digest(names)
            except OSError:
                names = ()
    _record(NAMES, rel, value)
    return names


def read(path) -> bytes | None:
    """A file of the tree's bytes, its first looks.TREE_READ_LIMIT at most; None when it is not a
    regular file in the tree, or unreadable."""
    place = _place(path)
    if place is None:
        return None
    tree, rel, located_path = place
    where = looks.in_tree(tree, located_path)
    data, value = None, where if where == OUTSIDE else None
    if where is not None and where != OUTSIDE and os.path.isfile(located_path):
        try:
            with open(located_path, "rb") as handle:
                data = handle.read(looks.TREE_READ_LIMIT)
            value = looks.digest(data)
        except OSError:
            data = None
    _record(FILE, rel, value)
    return data


def is_file(path) -> bool:
    """Whether a regular file of the tree is at path (its bytes unread)."""
    place = _place(path)
    if place is None:
        return False
    tree, rel, located_path = place
    value = looks.tree_isfile(f"{tree}\0{located_path}")
    _record(IS_FILE, rel, value)
    return value == "yes"


@memo(1024)
def nearest(directory, name: str) -> str | None:
    """The file `name` in directory or the nearest folder above it, never above the tree (its
    path, folders resolved), or None."""
    place = _place(directory)
    if place is None:
        return None
    tree, _, folder = place
    while True:
        candidate = os.path.join(folder, name)
        if is_file(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if folder == tree or parent == folder:
            return None
        folder = parent


def still_seen(kind: str, tree: str, rel: str, value, seen: dict) -> bool:
    """Whether a recorded read of the tree would see the same now (`seen`: this run's memo of looks)."""
    if kind not in KINDS or not isinstance(rel, str):
        return False
    where = spec(tree, rel)
    if (kind, where) not in seen:
        seen[(kind, where)] = looks.LOOKS[kind](where)
    return seen[(kind, where)] == value


def spec(tree: str, rel: str) -> str:
    """The look's argument for a read of the tree (store/looks.py: "TOP\\0PATH")."""
    return f"{tree}\0{os.path.join(tree, *rel.split('/')) if rel else tree}"
