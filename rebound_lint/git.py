"""Every git subprocess call in one place: `git -C DIR ...`, never through a shell."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """A git problem the user can act on; the message is one clear line."""


class NotARepository(GitError):
    pass


@dataclass(frozen=True)
class Change:
    status: str  # A, M, D, R, C, T
    path: str  # new path for renames
    old_path: str | None = None


def run(cwd: Path, *args: str, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    for var in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(var, None)  # pre-commit and hooks set these; we always address the repo by -C
    try:
        proc = subprocess.run(["git", "-C", str(cwd), *args], input=input, capture_output=True, env=env)
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    if check and proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc


def toplevel(path: Path) -> Path:
    directory = path if path.is_dir() else path.parent
    proc = run(directory, "rev-parse", "--show-toplevel", check=False)
    if proc.returncode != 0:
        raise NotARepository(f"not a git repository: {directory} (pass paths to check, or run inside a repository)")
    return Path(proc.stdout.decode().strip())


def is_repo(path: Path) -> bool:
    try:
        toplevel(path)
    except GitError:
        return False
    return True


def ls_files(root: Path, others: bool = False, pathspec: str = ".") -> list[str]:
    """Paths (relative to the top level) of files git tracks below root; with others, also
    untracked files that .gitignore does not ignore."""
    extra = ["--cached", "--others", "--exclude-standard"] if others else []
    out = run(root, "ls-files", "-z", "--full-name", *extra, "--", pathspec).stdout
    return [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]


def blob_ids(root: Path) -> dict[str, str]:
    """Top-level-relative path -> blob id of the index entry (stage 0 only)."""
    out = run(root, "ls-files", "-s", "-z", "--full-name", "--", ".").stdout
    result = {}
    for entry in out.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        mode, blob, stage = meta.split()
        if stage == "0" and mode != "160000":
            result[path] = blob
    return result


@dataclass(frozen=True)
class IndexState:
    """What git knows of the working tree without reading it: top-level-relative paths."""
    top: Path
    blobs: dict[str, str]  # blob id of each tracked file the working tree has not changed
    changed: set[str]  # tracked files modified or deleted in the working tree

    def blob_of(self, path: Path) -> str | None:
        text, prefix = str(path), f"{self.top}{os.sep}"
        if not text.startswith(prefix):
            text = os.path.abspath(text)
            if not text.startswith(prefix):
                return None
        return self.blobs.get(text[len(prefix):].replace(os.sep, "/"))


def index_state(root: Path) -> IndexState | None:
    """None outside a work tree (or without git)."""
    try:
        top = toplevel(root)
    except GitError:
        return None
    blobs, changed = blob_ids(top), modified_paths(top)
    for path in changed:
        blobs.pop(path, None)
    return IndexState(top, blobs, changed)


def modified_paths(root: Path) -> set[str]:
    """Tracked paths whose working-tree content differs from the index."""
    out = run(root, "diff-files", "--name-only", "-z").stdout
    return {p for p in out.decode("utf-8", "surrogateescape").split("\0") if p}


def is_shallow(root: Path) -> bool:
    return run(root, "rev-parse", "--is-shallow-repository").stdout.decode().strip() == "true"


def resolve(root: Path, ref: str) -> str:
    proc = run(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}", check=False)
    if proc.returncode != 0:
        raise GitError(f"unknown git ref {ref!r} (fetch it first, e.g. `git fetch origin {ref.split('/')[-1]}`)")
    return proc.stdout.decode().strip()


def merge_base(root: Path, base: str, head: str = "HEAD") -> str:
    base_sha = resolve(root, base)
    head_sha = resolve(root, head)
    proc = run(root, "merge-base", base_sha, head_sha, check=False)
    if proc.returncode == 0:
        return proc.stdout.decode().strip()
    if is_shallow(root):
        raise GitError(
            f"shallow clone: the history has no merge-base of {base} and {head}; "
            f"fetch more history, e.g. `git fetch --unshallow` or `git fetch --deepen=200`, "
            f"or check out with fetch-depth: 0"
        )
    raise GitError(f"{base} and {head} have no common history (no merge-base)")


def changes(root: Path, base_commit: str, target: str = "worktree") -> list[Change]:
    """Files added/modified/renamed/deleted from base_commit to the working tree, the index, HEAD
    ("head") or any other commit."""
    args = ["diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-textconv"]
    if target == "index":
        args += ["--cached", base_commit]
    elif target == "worktree":
        args += [base_commit]
    else:
        args += [base_commit, "HEAD" if target == "head" else target]
    out = run(root, *args, "--").stdout.decode("utf-8", "surrogateescape").split("\0")
    result, i = [], 0
    while i < len(out) and out[i]:
        status = out[i][0]
        if status in "RC":
            result.append(Change(status, out[i + 2], out[i + 1]))
            i += 3
        else:
            result.append(Change(status, out[i + 1]))
            i += 2
    if target == "worktree":  # untracked files are additions too
        untracked = run(root, "ls-files", "-z", "--others", "--exclude-standard", "--full-name").stdout
        result += [Change("A", p) for p in untracked.decode("utf-8", "surrogateescape").split("\0") if p]
    return result


def show(root: Path, ref: str, path: str) -> bytes | None:
    """Content of path at ref (`:path` for the index), or None where it does not exist."""
    spec = f":{path}" if ref == ":" else f"{ref}:{path}"
    proc = run(root, "show", spec, check=False)
    return proc.stdout if proc.returncode == 0 else None


def merges_cleanly(root: Path, one: str, other: str) -> bool:
    """Whether the two commits merge without a conflict (`git merge-tree --write-tree`, git 2.38+)."""
    proc = run(root, "merge-tree", "--write-tree", "--name-only", one, other, check=False)
    if proc.returncode in (0, 1):
        return proc.returncode == 0
    message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    if any("write-tree" in line or "usage:" in line for line in message):
        raise GitError("git merge-tree --write-tree needs git 2.38 or newer")
    raise GitError(f"git merge-tree failed: {message[-1] if message else proc.returncode}")


def cat_blob(root: Path, blob: str) -> bytes:
    return run(root, "cat-file", "blob", blob).stdout


def list_dir(root: Path, ref: str, directory: str) -> list[str]:
    """File names directly inside directory at ref."""
    proc = run(root, "ls-tree", "-z", "--name-only", "--full-tree", ref, "--", directory.rstrip("/") + "/", check=False)
    if proc.returncode != 0:
        return []
    names = proc.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted(os.path.basename(n) for n in names if n)


def check_attr(root: Path, attribute: str, paths: list[str]) -> dict[str, str]:
    """path -> value of a gitattribute, for paths where it is set."""
    if not paths:
        return {}
    data = "\0".join(paths).encode("utf-8", "surrogateescape") + b"\0"
    out = run(root, "check-attr", "-z", "--stdin", attribute, input=data).stdout
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    result = {}
    for i in range(0, len(fields) - 2, 3):
        path, _attr, value = fields[i : i + 3]
        if value not in ("unspecified", "unset", "set"):
            result[path] = value
    return result
