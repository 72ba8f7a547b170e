"""The checked project as repo-level checkers see it: its files now (working tree, index or
HEAD) and, with a base, at the merge-base and what this change adds."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import git
from .paths import stays_inside
from .store import looks


@dataclass
class RepoView:
    root: Path  # the config root; every path below is relative to it, with '/'
    base_ref: str | None = None
    target: str = "worktree"  # "worktree", "index" or "head"

    @cached_property
    def top(self) -> Path | None:
        try:
            return git.toplevel(self.root)
        except git.NotARepository:
            return None

    @cached_property
    def prefix(self) -> str:
        """The root's path below the git top level ('' at the top)."""
        if self.top is None:
            return ""
        rel = self.root.resolve().relative_to(self.top.resolve()).as_posix()
        return "" if rel == "." else rel + "/"

    @cached_property
    def base(self) -> str | None:
        """The merge-base commit of base_ref and HEAD."""
        if self.base_ref is None:
            return None
        if self.top is None:
            raise git.GitError(f"--base needs a git repository; {self.root} is not in one")
        return git.merge_base(self.top, self.base_ref)

    @cached_property
    def tip(self) -> str | None:
        """The base ref's own commit (what the branch will land on)."""
        if self.base is None:
            return None
        return git.resolve(self.top, self.base_ref)

    def list_dir_at(self, commit: str, directory: str) -> list[str]:
        return self._git_list(commit, directory)

    def list_tree_at(self, commit: str, directory: str) -> list[str]:
        """Paths of every file below directory at commit, relative to it."""
        directory = self.prefix + directory.strip("/") + "/"
        out = git.run(self.top, "ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", commit, "--", directory,
                      check=False)
        if out.returncode != 0:
            return []
        return sorted(p[len(directory):] for p in out.stdout.decode("utf-8", "surrogateescape").split("\0")
                      if p.startswith(directory))

    # --- now ---------------------------------------------------------------------------

    @cached_property
    def bound(self) -> str:
        """The real path every working-tree read must stay inside: the repository's top (else the
        root). A tracked symbolic link to a file or directory elsewhere is never followed."""
        return os.path.realpath(self.top if self.top is not None else self.root)

    def list_dir(self, directory: str) -> list[str]:
        if self.target == "worktree" or self.top is None:
            looks.directory(self.root / directory)
            if not stays_inside(self.root / directory, self.bound):
                return []
            try:
                entries = os.scandir(self.root / directory)
            except OSError:
                return []
            with entries:
                return sorted(e.name for e in entries if e.is_file() and stays_inside(e.path, self.bound))
        ref = "HEAD" if self.target == "head" else None
        return self._git_list(ref, directory)

    @cached_property
    def tracked(self) -> list[str]:
        """Every file of the project as git tracks it at the target (the index for the working
        tree and the index, HEAD's tree for "head"), relative to the root; without git, a walk.
        What repo-level checks discover layouts from: a replay is keyed on the index, so this
        needs no look of its own."""
        if self.top is None:
            return _walk(self.root)
        cut = len(self.prefix)
        if self.target == "head":
            out = git.run(self.top, "ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", "HEAD", "--",
                          self.prefix or ".", check=False)
            listed = out.stdout.decode("utf-8", "surrogateescape").split("\0") if out.returncode == 0 else []
        else:
            listed = git.ls_files(self.root)
        return sorted(p[cut:] for p in listed if p and p.startswith(self.prefix))

    def read(self, path: str) -> bytes | None:
        if self.target == "worktree" or self.top is None:
            looks.file(self.root / path)
            if not stays_inside(self.root / path, self.bound):
                return None
            try:
                return (self.root / path).read_bytes()
            except OSError:
                return None
        return git.show(self.top, "HEAD" if self.target == "head" else ":", self.prefix + path)

    # --- base --------------------------------------------------------------------------

    def base_read(self, path: str) -> bytes | None:
        return self.read_at(self.base, path) if self.base else None

    def read_at(self, commit: str, path: str) -> bytes | None:
        return git.show(self.top, commit, self.prefix + path)

    @cached_property
    def changes(self) -> list[git.Change]:
        """Changes since the merge-base, paths relative to the root (outside it: dropped)."""
        if not self.base:
            return []
        result = []
        for change in git.changes(self.top, self.base, self.target):
            if change.path.startswith(self.prefix):
                old = change.old_path[len(self.prefix):] if change.old_path else None
                result.append(git.Change(change.status, change.path[len(self.prefix):], old))
        return result

    def added_in(self, directory: str) -> list[str]:
        """Names of files this change adds (or renames into) directly inside directory."""
        directory = directory.strip("/") + "/"
        return sorted(
            c.path[len(directory):] for c in self.changes
            if c.status in "ARC" and c.path.startswith(directory) and "/" not in c.path[len(directory):]
        )

    def _git_list(self, ref: str | None, directory: str) -> list[str]:
        """File names directly inside directory at ref (None: the index)."""
        directory = self.prefix + directory.strip("/")
        if ref is not None:
            return git.list_dir(self.top, ref, directory)
        inside = [p[len(directory) + 1:] for p in git.ls_files(self.top, pathspec=directory + "/")]
        return sorted(name for name in inside if name and "/" not in name)


SKIPPED_IN_WALK = {".git", "node_modules", ".hg", ".svn", ".venv", "venv", "__pycache__", ".tox"}


def _walk(root: Path) -> list[str]:
    found = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_IN_WALK)
        rel = Path(directory).relative_to(root).as_posix()
        found += [name if rel == "." else f"{rel}/{name}" for name in filenames]
    return sorted(found)
