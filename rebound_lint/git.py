"""Every git subprocess call in one place: `git -C DIR ...`, never through a shell."""
from __future__ import annotations

import functools
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import gitenv
from .store import looks


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
    env = gitenv.environment()
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
    return _toplevel(str(directory.absolute()))


def _toplevel(directory: str) -> Path:
    return _located(directory, gitenv.index_file())[0]


@functools.lru_cache(maxsize=64)
def _located(directory: str, index_variable: str | None) -> tuple[Path, str, Path, str]:
    """(top level, index file, git directory, common git directory) of the repository a directory
    is in: one `git rev-parse` a directory and run (a run never moves a repository;
    `index_variable`, the GIT_INDEX_FILE git is given, is part of the key)."""
    proc = run(Path(directory), "rev-parse", "--path-format=absolute", "--show-toplevel", "--git-path", "index",
               "--absolute-git-dir", "--git-common-dir", check=False)
    lines = proc.stdout.decode("utf-8", "surrogateescape").split("\n")
    if proc.returncode != 0 or len(lines) < 4:
        raise NotARepository(f"not a git repository: {directory} (pass paths to check, or run inside a repository)")
    return Path(lines[0]), lines[1], Path(lines[2]), lines[3]


def common_git_dir(path: Path) -> str:
    """The repository's common git directory (a worktree's is its main repository's), absolute."""
    return _located(str(Path(path).absolute()), gitenv.index_file())[3]


def is_repo(path: Path) -> bool:
    try:
        toplevel(path)
    except GitError:
        return False
    return True


def ls_files(root: Path, others: bool = False, pathspec: str = ".") -> list[str]:
    """Paths (relative to the top level) of files git tracks below root; with others, also
    untracked files that .gitignore does not ignore."""
    if not others and pathspec == "." and _LISTED:
        reused = _listed_from_index(root)
        if reused is not None:
            return reused
    extra = ["--cached", "--others", "--exclude-standard"] if others else []
    out = run(root, "ls-files", "-z", "--full-name", *extra, "--", pathspec).stdout
    return list(dict.fromkeys(p for p in out.decode("utf-8", "surrogateescape").split("\0") if p))  # unmerged: 3x


def index_file(root: Path) -> str:
    return _located(str(Path(root).absolute()), gitenv.index_file())[1]


def blob_ids(root: Path, listed: list[str] | None = None, pathspecs: tuple[str, ...] = (".",)
             ) -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    """Top-level-relative path -> blob id of the index entry (stage 0 only), the paths whose
    working-tree content git does not vouch for: symbolic links (the blob is the link, the
    content read is its target's) and assume-unchanged or skip-worktree entries (git diff-files
    does not look at them), among those the symbolic links git does look at (tag H), and the
    submodules (gitlinks); of the entries `pathspecs` match (`root`: the top level)."""
    out = run(root, "ls-files", "-s", "-v", "-z", "--full-name", "--", *pathspecs).stdout
    result, unverified, links, gitlinks = {}, set(), set(), set()
    for entry in out.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        tag, mode, blob, stage = meta.split()
        if listed is not None:
            listed.append(path)
        if mode == "160000":
            gitlinks.add(path)
        elif stage == "0":
            result[path] = blob
            if mode == "120000" or tag != "H":
                unverified.add(path)
            if mode == "120000" and tag == "H":
                links.add(path)
    return result, frozenset(unverified), frozenset(links), frozenset(gitlinks)


# Folders package managers fill on install: a link into one dangles until the install runs.
INSTALL_DIRS = frozenset({"site-packages", "dist-packages", "node_modules", "__pypackages__", "bower_components"})


@dataclass(frozen=True)
class IndexState:
    """What git knows of the working tree without reading it: top-level-relative paths."""
    top: Path
    staged: dict[str, str]  # blob id of each tracked file as the index holds it
    changed: set[str]  # tracked files modified or deleted in the working tree
    unverified: frozenset[str] = frozenset()  # tracked files whose content git does not vouch for (blob_ids)
    index_digest: str = ""  # of the index file as these were read ('' if it changed meanwhile)
    links: frozenset[str] = frozenset()  # the symbolic links among unverified (git diff-files sees the link)
    gitlinks: frozenset[str] = frozenset()  # submodule paths
    # False when the index was listed for a run's named paths only (index_state): `staged`, `unverified`,
    # `links` and `gitlinks` then hold theirs and the tracked config files only
    complete: bool = True

    def made_elsewhere(self, path: Path) -> str:
        """Why a dangling symbolic link points at something the checkout does not make, else '': into
        a submodule that is not checked out (a plain clone leaves its directory empty), into what an
        install or build step makes (a virtualenv's site-packages, node_modules), or into a path git
        ignores. A merge breaks a link by changing it or its target, both of which git holds. A link
        to a link is followed (biome's fuzz corpora: parse_jsx -> parse_all -> a git-ignored folder)."""
        link, seen = os.path.abspath(path), set()
        while True:
            try:
                target = os.readlink(link)
            except OSError:
                return ""
            link = os.path.normpath(os.path.join(os.path.dirname(link), target))
            if link in seen or self.relative(Path(link)) is None or not os.path.islink(link):
                break  # a loop, a link out of the repository (never read), or the end of the chain
            seen.add(link)
        rel = self.relative(Path(link))
        if rel is None:
            return ""
        staged, gitlinks = (self.staged, self.gitlinks) if self.complete else _whole_index(self.top)
        for gitlink in gitlinks:
            if (rel == gitlink or rel.startswith(f"{gitlink}/")) and not os.path.lexists(
                    os.path.join(self.top, gitlink, ".git")):
                return f"into the submodule {gitlink}, which is not checked out"
        made = next((part for part in rel.split("/")[:-1] if part in INSTALL_DIRS), None)
        if made is not None:
            return f"into {made}/, made by an install or build step"
        if rel not in staged and run(self.top, "check-ignore", "-q", "--", rel, check=False).returncode == 0:
            return f"into {rel}, a path git ignores (made by an install or build step)"
        return ""

    def relative(self, path: Path) -> str | None:
        """The path relative to the top level, or None outside it."""
        text, prefix = str(path), f"{self.top}{os.sep}"
        if not text.startswith(prefix):
            text = os.path.abspath(text)
            if not text.startswith(prefix):
                return None
        return text[len(prefix):].replace(os.sep, "/")

    def blob_of(self, path: Path) -> str | None:
        """The blob id of the file's content when the working tree holds what the index does."""
        rel = self.relative(path)
        return None if rel is None or rel in self.changed or rel in self.unverified else self.staged.get(rel)


def index_state(root: Path, named: tuple = (), also: tuple[str, ...] = ()) -> IndexState | None:
    """None outside a work tree (or without git). `named`: the paths a run checks, when it checks
    only those (and what is below them): git then lists the index entries of those paths and of
    the pathspecs `also` (the config files a selection looks for) and compares the stat data of
    those files only, not of the whole tree (IndexState.blob_of is only asked of them)."""
    try:
        top = toplevel(root)
    except GitError:
        return None
    path = index_file(top)
    before = looks.file_digest(path)  # sha256 of the index file: equal digests, equal index
    listed: list[str] = []
    limit = pathspecs(top, named)
    comparing = _started(top, *_diff_files(limit))  # side by side with the listing: neither reads the other
    try:
        staged, unverified, links, gitlinks = blob_ids(top, listed, (".",) if limit is None else (*limit, *also))
        changed = _names(_finished(comparing))
    finally:
        if comparing.poll() is None:  # the listing failed: the comparison is not waited for
            comparing.kill()
            comparing.communicate()
    digest = before if before and looks.file_digest(path) == before else ""
    if digest and limit is None:  # what `git ls-files` would list while the index holds these bytes (ls_files)
        _LISTED[str(top)] = (digest, list(dict.fromkeys(listed)))
    return IndexState(top, staged, changed, unverified, digest, links, gitlinks, limit is None)


_WHOLE: dict[tuple[str, str], tuple[dict[str, str], frozenset[str]]] = {}


def _whole_index(top: Path) -> tuple[dict[str, str], frozenset[str]]:
    """(blob ids, gitlinks) of the whole index, for the rare question a run of named paths asks
    of a path it did not name (where a dangling symbolic link points); listed once while the
    index file holds the same bytes."""
    key = (str(top), looks.file_digest(index_file(top)) or "")
    if not key[1] or key not in _WHOLE:
        staged, _, _, gitlinks = blob_ids(top)
        if key[1]:
            _WHOLE[key] = (staged, gitlinks)
        return staged, gitlinks
    return _WHOLE[key]


# top level -> (digest of the index file, every path it holds in its order): the listing index_state
# read, which `git ls-files` of the same index bytes repeats (the selection and the repo-level
# checks asked git again, two calls of a whole-tree run)
_LISTED: dict[str, tuple[str, list[str]]] = {}


def _listed_from_index(root: Path) -> list[str] | None:
    """ls_files(root) from index_state's listing, when the index file still holds the bytes it
    was read from; None to ask git."""
    try:
        top = toplevel(root)
    except GitError:
        return None
    known = _LISTED.get(str(top))
    if known is None or looks.file_digest(index_file(top)) != known[0]:
        return None
    real, top_real = os.path.realpath(root), os.path.realpath(top)
    if real == top_real:
        return list(known[1])
    if not real.startswith(top_real + os.sep):
        return None
    prefix = real[len(top_real) + 1:].replace(os.sep, "/") + "/"
    return [path for path in known[1] if path.startswith(prefix)]


MAX_PATHSPECS = 256  # more named paths than this: one look at the whole tree is as quick


def pathspecs(root: Path, named: tuple = ()) -> list[str] | None:
    """Literal pathspecs (relative to the top level `root`) for the named paths, or None for the
    whole tree: none named, the top level itself, one outside it (or spelled through a link), or
    more than MAX_PATHSPECS of them."""
    if not named or len(named) > MAX_PATHSPECS:
        return None
    limit: list[str] = []
    prefix = f"{root}{os.sep}"
    for path in named:
        absolute = os.path.abspath(path)
        if absolute == str(root) or not absolute.startswith(prefix):  # outside, or through a link: the whole tree
            return None
        limit.append(":(literal)" + absolute[len(prefix):].replace(os.sep, "/"))  # a name is never a glob
    return limit


def modified_paths(root: Path, named: tuple = ()) -> set[str]:
    """Tracked paths whose working-tree content differs from the index (`root`: the top level);
    with `named` paths, only those (and what is below them), when each is inside the top level."""
    return _names(run(root, *_diff_files(pathspecs(root, named))).stdout)


def _diff_files(limit: list[str] | None) -> list[str]:
    return ["diff-files", "--name-only", "-z", *(["--", *limit] if limit else [])]


def _names(out: bytes) -> set[str]:
    return {p for p in out.decode("utf-8", "surrogateescape").split("\0") if p}


def _started(cwd: Path, *args: str) -> subprocess.Popen:
    """git ARGS started as `run` runs it, not waited for (_finished)."""
    try:
        proc = subprocess.Popen(["git", "-C", str(cwd), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=gitenv.environment())
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    proc.subcommand = args[0]
    return proc


def _finished(proc: subprocess.Popen) -> bytes:
    """The stdout of a command _started, once it exits; GitError as `run` raises it."""
    out, err = proc.communicate()
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {proc.subcommand} failed: {message[-1] if message else proc.returncode}")
    return out


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
    proc = run(root, "merge-base", "--end-of-options", base_sha, head_sha, check=False)
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
        args += ["--cached", "--end-of-options", base_commit]
    elif target == "worktree":
        args += ["--end-of-options", base_commit]
    else:
        args += ["--end-of-options", base_commit, "HEAD" if target == "head" else target]
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
    proc = run(root, "show", "--no-ext-diff", "--no-textconv", "--end-of-options", spec, check=False)
    return proc.stdout if proc.returncode == 0 else None


def merges_cleanly(root: Path, one: str, other: str) -> bool:
    """Whether the two commits merge without a conflict (`git merge-tree --write-tree`, git 2.38+)."""
    return not merge_tree(root, one, other)[1]


def cat_blob(root: Path, blob: str) -> bytes:
    return run(root, "cat-file", "blob", "--end-of-options", blob).stdout


def list_dir(root: Path, ref: str, directory: str) -> list[str]:
    """File names directly inside directory at ref."""
    proc = run(root, "ls-tree", "-z", "--name-only", "--full-tree", "--end-of-options", ref, "--", directory.rstrip("/") + "/", check=False)
    if proc.returncode != 0:
        return []
    names = proc.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted(os.path.basename(n) for n in names if n)


def check_attr(root: Path, attribute: str, paths: list[str]) -> dict[str, str]:
    """path -> value of a gitattribute, for paths where it is set to a value."""
    return {path: values[attribute] for path, values in check_attrs(root, (attribute,), paths).items()
            if values.get(attribute, "set") not in ("unset", "set")}


def check_attrs(root: Path, attributes: tuple[str, ...], paths: list[str]) -> dict[str, dict[str, str]]:
    """path -> {attribute: "set", "unset" or its value} for the attributes specified for it, in
    one `git check-attr --stdin` call."""
    if not paths:
        return {}
    data = "\0".join(paths).encode("utf-8", "surrogateescape") + b"\0"
    out = run(root, "check-attr", "-z", "--stdin", *attributes, input=data).stdout
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    result: dict[str, dict[str, str]] = {}
    for i in range(0, len(fields) - 2, 3):
        path, attr, value = fields[i : i + 3]
        if value != "unspecified":
            result.setdefault(path, {})[attr] = value
    return result


# --- merges: what git would have produced, to compare a resolution with -----------------------

def version(root: Path) -> tuple[int, int]:
    out = run(root, "version").stdout.decode("utf-8", "replace")
    match = re.search(r"(\d+)\.(\d+)", out)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def merge_tree(root: Path, ours: str, theirs: str) -> tuple[str, dict[str, set[int]]]:
    """Git's own merge of two commits without touching the work tree: (tree id, conflicted path ->
    its index stages). Content conflicts have stages 2 and 3; the tree holds their marker text."""
    tree, stages = merge_tree_stages(root, ours, theirs)
    return tree, {path: set(blobs) for path, blobs in stages.items()}


class UnrelatedHistories(GitError):
    pass


def merge_tree_stages(root: Path, ours: str, theirs: str) -> tuple[str, dict[str, dict[int, str]]]:
    """merge_tree, with the blob id of each conflicted path's stages (1 base, 2 ours, 3 theirs)."""
    proc = run(root, "-c", "merge.conflictStyle=merge", "merge-tree", "--write-tree", "--no-messages",
               "--end-of-options", ours, theirs, check=False)
    if proc.returncode not in (0, 1):
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        if any("write-tree" in line or "usage:" in line for line in message):
            raise GitError("git merge-tree --write-tree needs git 2.38 or newer")
        if any("unrelated histories" in line for line in message):
            raise UnrelatedHistories("the two sides have no common history")
        raise GitError(f"git merge-tree failed: {message[-1] if message else proc.returncode}")
    lines = proc.stdout.decode("utf-8", "surrogateescape").split("\n")
    conflicted: dict[str, dict[int, str]] = {}
    for line in lines[1:]:
        if not line.strip():
            break
        meta, _, path = line.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[2].isdigit():
            conflicted.setdefault(_unquote(path), {})[int(parts[2])] = parts[1]
    return lines[0].strip(), conflicted


def blobs_at(root: Path, commit: str, paths: list[str], submodules: bool = False) -> dict[str, str]:
    """path -> blob id at commit, for the paths that exist there (one git call); with
    `submodules`, a submodule's commit id too (prefixed "commit:")."""
    if not paths:
        return {}
    out = run(root, "ls-tree", "-z", "--full-tree", "--end-of-options", commit, "--", *paths).stdout
    found = {}
    for entry in out.decode("utf-8", "surrogateescape").split("\0"):
        meta, _, path = entry.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob":
            found[path] = parts[2]
        elif len(parts) == 3 and parts[1] == "commit" and submodules:
            found[path] = f"commit:{parts[2]}"
    return found


def merge_file(ours: bytes, base: bytes, theirs: bytes, labels: tuple[str, str, str]) -> bytes:
    """`git merge-file -p` of three versions (2-way markers), for a commit applied onto another
    (rebase, cherry-pick) where the base is the applied commit's parent."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="rebound-merge-") as directory:
        names = []
        for name, data in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = Path(directory) / name
            path.write_bytes(data)
            names.append(str(path))
        proc = subprocess.run(["git", "merge-file", "-p", "-L", labels[0], "-L", labels[1], "-L", labels[2], *names],
                              capture_output=True)
    if proc.returncode < 0:
        raise GitError(f"git merge-file failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout


def merges(root: Path, revisions: list[str], max_count: int) -> list[str]:
    args = ["rev-list", "--merges", f"--max-count={max_count}", "--end-of-options", *revisions, "--"]
    proc = run(root, *args, check=False)
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"not a revision range git knows: {' '.join(revisions)}"
                       + (f" ({message[-1]})" if message else ""))
    return proc.stdout.decode().split()


def parents(root: Path, commit: str) -> list[str]:
    return run(root, "rev-list", "--parents", "-n", "1", "--end-of-options", commit, "--").stdout.decode().split()[1:]


def subject(root: Path, commit: str) -> str:
    return run(root, "log", "-1", "--format=%s", "--end-of-options", commit, "--").stdout.decode("utf-8", "replace").strip()


def inside_git_dir(path: Path) -> bool:
    """Whether a directory is a git directory or inside one (a bare repository, .git)."""
    try:
        proc = run(path, "rev-parse", "--is-inside-git-dir", check=False)
    except GitError:
        return False
    return proc.returncode == 0 and proc.stdout.strip() == b"true"


def config_path(root: Path, name: str) -> str | None:
    """A path-valued git config setting (`~` expanded), or None where it is not set."""
    proc = run(root, "config", "--path", "--get", name, check=False)
    return proc.stdout.decode("utf-8", "surrogateescape").strip() or None if proc.returncode == 0 else None


def config_includes(root: Path, config_file: str) -> list[tuple[str, str]]:
    """(key, path) of each include.path and includeIf.<condition>.path of one config file, as git
    reads them (`~` expanded; a relative path is relative to that file, for the caller to join);
    [] for a file git cannot read."""
    proc = run(root, "config", "--file", config_file, "--null", "--path", "--get-regexp",
               r"^include(if\..*)?\.path$", check=False)
    if proc.returncode != 0:
        return []
    found = []
    for entry in proc.stdout.decode("utf-8", "surrogateescape").split("\0"):
        key, _, value = entry.partition("\n")
        if key and value:
            found.append((key, value))
    return found


def upstream(root: Path) -> str | None:
    proc = run(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}", check=False)
    return proc.stdout.decode().strip() or None if proc.returncode == 0 else None


def absolute_git_dir(root: Path) -> Path:
    return _located(str(Path(root).absolute()), gitenv.index_file())[2]


def unmerged(root: Path) -> set[str]:
    """Top-level-relative paths still unmerged in the index."""
    out = run(root, "ls-files", "-u", "-z", "--full-name").stdout.decode("utf-8", "surrogateescape")
    return {entry.split("\t", 1)[1] for entry in out.split("\0") if entry}


def _unquote(path: str) -> str:
    """git quotes unusual paths ("a\\tb"); undo the C-style quoting."""
    if len(path) >= 2 and path[0] == path[-1] == '"':
        return path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode(
            "utf-8", "surrogateescape")
    return path
