"""Which files a run checks: paths and directories named, every tracked file, the files a change
touched since the merge-base (--base), staged blobs (--staged), a shard; with each file's marker
size and nested-project config."""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import re
from pathlib import Path

from . import git
from .config import CONFIG_FILE, SQLFLUFF_CONFIG, Config, config_from, config_in, find_config_file, sqlfluff_dialect
from .errors import UsageProblem
from .merges import markers
from .paths import VENDOR_DIRS, display_path, excluded_indices, is_excluded, matches, relative_to
from .repo import RepoView
from .runner import Item
from .store import looks

CONFIG_NAMES_AT_TOP = (CONFIG_FILE, "pyproject.toml")
CONFIG_NAMES = tuple(f"/{name}" for name in CONFIG_NAMES_AT_TOP)  # git paths use /
# the index entries a run of named paths lists besides theirs: every file _nested_configs and
# _sqlfluff_dialects look for in the index (git.index_state)
INDEX_GLOBS = tuple(f":(glob)**/{name}" for name in (*CONFIG_NAMES_AT_TOP, SQLFLUFF_CONFIG))

ALWAYS_SKIPPED_DIRS = {".git", "node_modules", ".hg", ".svn"}


def expand_paths(paths: list[Path], root: Path, exclude: tuple[str, ...], force_exclude: bool = False,
                 top: Path | None = None) -> list[Path]:
    """Files named explicitly, and files below named directories, minus excludes.

    An exclude that matches a named directory itself does not apply below it: asking
    for `fixtures/incident` checks it even though a whole-tree scan skips it.
    """
    return list(_expand(paths, root, exclude, force_exclude, top))


def _expand(paths: list[Path], root: Path, exclude: tuple[str, ...], force_exclude: bool,
            top: Path | None, named: set[Path] | None = None, origins: dict[Path, str | None] | None = None,
            chosen: bool = False) -> dict[Path, tuple[str, str]]:
    """expand_paths, each file with the directory its symbolic links must stay in (`bound`).
    `named` collects the paths named themselves (not found in a walk): a directory above one
    may be a link, so the runner compares its real path with the bound. `origins` (filled when
    given): each file's path as the vendored rules see it (below a named directory: relative to
    it, so naming `third_party/` checks it; a named file: relative to the root under
    force_exclude or when the tool `chosen` it, else None: asked for by name, it is checked)."""
    named = set() if named is None else named
    selected: dict[Path, tuple[str, str]] = {}
    seen: set[Path] = set()

    def add(path: Path, within: tuple[str, str], origin: str | None) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            selected[path] = within
            if origins is not None:
                origins[path] = origin

    for path in paths:
        origin = relative_to(path, root) if force_exclude or chosen else None
        try:
            os.lstat(path)
        except PermissionError:  # a directory above it is closed to us: the file is unreadable (RL011)
            add(path, bound(path, top), origin)
            named.add(path)
            continue
        except OSError:
            raise FileNotFoundError(f"no such file or directory: {path}") from None
        if _is_dir(path):
            if top is None and git.inside_git_dir(path):  # a bare repository, or a .git: git's, not ours
                raise GitDirectory(f"{path} is a git directory (a bare repository has no work tree): nothing to "
                                   f"check there")
            within = bound(path, top)
            if _escapes(path, within[0]):  # a link out of the tree, or into a git directory: never walked
                add(path, within, origin)
                named.add(path)
                continue
            active = tuple(p for p in exclude if not matches(relative_to(path, root), p))
            below = path.resolve()
            for found in _list_dir(path):
                if not is_excluded(relative_to(found, root), active):
                    add(found, within, relative_to(found, below))
        else:
            if not (force_exclude and is_excluded(relative_to(path, root), exclude)):
                add(path, bound(path, top), origin)
                named.add(path)
    return selected


class GitDirectory(Exception):
    pass


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link into a closed directory: not one we can walk
        return False


def _escapes(directory: Path, within: str) -> bool:
    """Whether a named directory's real path leaves `within` or enters a git directory."""
    real = os.path.realpath(directory)
    if not (real == within or real.startswith(within.rstrip(os.sep) + os.sep)):
        return True
    return ".git" in real[len(within):].split(os.sep)


def bound(path: Path, top: Path | None) -> tuple[str, str]:
    """The directory a named path's symbolic links must resolve inside: its repository (`top`,
    the run's, when the path is below it), else the directory named (a file's own directory)."""
    absolute = os.path.abspath(path)
    if top is not None and (absolute.startswith(f"{top}{os.sep}") or absolute == str(top)):
        return str(top), "the repository"
    directory = absolute if _is_dir(path) and not path.is_symlink() else os.path.dirname(absolute)
    try:
        return str(git.toplevel(Path(directory))), "the repository"
    except git.GitError:
        return os.path.realpath(directory), "the directory checked"


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


def whole_project(paths, config: Config) -> bool:
    if not paths:
        return True
    root = config.root.resolve()
    return any(_is_dir(p) and (p.resolve() == root or p.resolve() in root.parents) for p in paths)


def changed_files(view: RepoView, paths) -> list[Path]:
    """Files added, modified or renamed since the merge-base, under PATHS if any are given."""
    wanted = [p.resolve() for p in paths]
    selected = []
    for change in view.changes:
        if change.status == "D":
            continue
        path = view.root / change.path
        if not (path.is_file() or path.is_symlink()):
            continue
        resolved = path.resolve()
        if wanted and not any(resolved == w or w in resolved.parents for w in wanted):
            continue
        selected.append(path)
    return selected


def select(paths, config: Config, force_exclude: bool, index: git.IndexState | None,
           chosen: bool = False) -> list[Item]:
    """The files of a run. `chosen`: the paths are files the tool chose (--base's changes), not
    ones a person named, so the vendored rules apply to them as to a whole-tree run."""
    top = index.top if index else None
    named: set[Path] = set()
    origins: dict[Path, str | None] = {}
    if paths:
        try:
            bounds = _expand(list(paths), config.root, config.exclude, force_exclude, top, named, origins, chosen)
        except (FileNotFoundError, GitDirectory) as exc:
            raise UsageProblem(str(exc)) from None
        selected = list(bounds)
    else:
        cwd = Path.cwd()
        selected = tracked_files(cwd, config.exclude, index.changed | index.unverified if index else None)
        origins = {path: relative_to(path, cwd) for path in selected}
        bounds = None
    repository = (str(top or git.toplevel(Path.cwd())), "the repository") if selected and not paths else None
    sizes, vendored = _attributes(selected, config.root, None if config.include_vendored else origins)
    nested = _nested_configs(selected, config, index)
    nested = _sqlfluff_dialects(selected, config, nested, index)
    cwd = f"{Path.cwd()}{os.sep}"
    return [
        Item(path, display_path(path, cwd), sizes.get(path, markers.DEFAULT_SIZE) if sizes else
                    markers.DEFAULT_SIZE, nested.get(os.path.dirname(path)) if nested else None,
                    blob=index.blob_of(path) if index else None, within=bounds[path] if bounds else repository,
                    named=path in named, markers_only=vendored.get(path, "") if vendored else "",
                    made_elsewhere=index.made_elsewhere(path) if index and os.path.islink(path)
                    and not os.path.exists(path) else "")
        for path in selected
    ]


def vendored_notice(items: list[Item]) -> str | None:
    """The run's one line on the files it checked for conflict markers only (binary files and
    submodules, which no check reads, are not counted)."""
    from .languages import kind_of

    count = sum(1 for item in items
                if item.markers_only and kind_of(str(item.path)) != "binary" and not os.path.isdir(item.path))
    if not count:
        return None
    return (f"{count} vendored or generated file{'s' if count != 1 else ''} (vendor folders; linguist-vendored, "
            f"linguist-generated, -diff or binary in .gitattributes) got the conflict-marker check only; "
            f"include-vendored = true in the configuration, or linguist-vendored=false in .gitattributes, "
            f"checks them fully")


def _vendored(rel: str, origin: str | None, values: dict[str, str]) -> str:
    """Why a file gets the conflict-marker check only ("" when it gets every check): its
    attributes, else a vendor folder on its path (`origin`: as the selection saw it; None for a
    file named on the command line, which gets every check)."""
    if origin is None:
        return ""
    vendored_attribute = values.get("linguist-vendored")
    if vendored_attribute in ("set", "true"):
        return "vendored (linguist-vendored)"
    lockfile = LOCKFILE.search(rel) is not None  # generated by definition: their rules are written for that
    if values.get("linguist-generated") in ("set", "true") and not lockfile:
        return "generated (linguist-generated)"
    if values.get("diff") == "unset" and not lockfile:
        return "not diffed (-diff or binary in .gitattributes)"
    if vendored_attribute in ("unset", "false"):
        return ""
    folders = origin.split("/")[:-1]
    return next((f"vendored ({folder}/)" for folder in folders if folder in VENDOR_DIRS), "")


def shard_of(path: Path, root: Path, count: int) -> int:
    """1..count, from the path relative to the project root, so every machine agrees."""
    rel = relative_to(path, root)
    return int.from_bytes(hashlib.sha1(rel.encode("utf-8", "surrogateescape")).digest()[:8], "big") % count + 1


def staged_versions(items: list[Item], index: git.IndexState | None) -> list[Item]:
    """Each selected file as the index holds it; files with nothing staged are not part of a commit."""
    if index is None:
        raise UsageProblem("--staged needs a git repository")
    staged = []
    for item in items:
        blob = index.staged.get(index.relative(item.path) or "")
        if blob:
            staged.append(dataclasses.replace(item, index_blob=blob))
    return staged


def _nested_configs(selected: list[Path], config: Config, index: git.IndexState | None) -> dict[str, Config]:
    """Directories below the run's root that hold their own config (a sub-project): its files
    are parsed with it (python-version, sql-dialect, ignores); excludes stay the run's. In a
    repository, only directories where git or the selection has a config file are looked at."""
    root = str(config.root)
    nearest: dict[str, Config | None] = {root: None}
    candidates = None
    if index is not None:
        tracked = (f"{index.top}{os.sep}{rel}" for rel in itertools.chain(index.staged, index.changed)
                   if rel.endswith(CONFIG_NAMES) or rel in CONFIG_NAMES_AT_TOP)
        chosen = (os.path.abspath(path) for path in selected if path.name in CONFIG_NAMES_AT_TOP)
        candidates = {os.path.dirname(path) for path in itertools.chain(tracked, chosen)}

    def config_for(directory: str) -> Config | None:  # an absolute path below the root
        if directory not in nearest:
            found = config_in(Path(directory)) if candidates is None or directory in candidates else None
            nearest[directory] = config_from(found, Path(directory)) if found else config_for(os.path.dirname(directory))
        return nearest[directory]

    below_root = candidates is None or any(c.startswith(root + os.sep) for c in candidates)
    by_dir: dict[str, Config] = {}
    for directory in {os.path.dirname(path) for path in map(str, selected)}:
        absolute = os.path.abspath(directory)
        if absolute.startswith(root + os.sep):
            if not below_root:  # no config file below the root: every directory there uses the run's
                continue
            own = config_for(absolute)
        else:  # outside the project (or reached through a symlink): its own lookup
            found = find_config_file(Path(directory or "."))
            own = config_from(found, Path(directory or ".")) if found and found[0].parent.resolve() != config.root \
                else None
        if own is not None:
            by_dir[directory] = own
    return by_dir


def _sqlfluff_dialects(selected: list[Path], config: Config, nested: dict[str, Config],
                       index: git.IndexState | None) -> dict[str, Config]:
    """`nested` with the dialect of the nearest `.sqlfluff` that sets one, at or above each SQL file's
    directory up to the run's root, for the directories whose config sets no sql-dialect of its own
    (the project's word on its SQL: sqlfluff's test fixtures in ansi and duckdb, a dbt project in
    snowflake). In a repository only tracked .sqlfluff files count."""
    root = str(config.root)
    if index is not None:
        top = str(index.top)
        tracked = {os.path.dirname(f"{top}{os.sep}{rel}".replace("/", os.sep))
                   for rel in itertools.chain(index.staged, index.changed)
                   if rel == SQLFLUFF_CONFIG or rel.endswith("/" + SQLFLUFF_CONFIG)}
        if not tracked:
            return nested
    else:
        tracked = None
    found: dict[str, tuple[str, str] | None] = {}

    def nearest(directory: str) -> tuple[str, str] | None:  # (dialect, the file's path from the root)
        if directory not in found:
            here = None
            if tracked is None or directory in tracked:
                candidate = os.path.join(directory, SQLFLUFF_CONFIG)
                dialect = sqlfluff_dialect(candidate) if tracked is not None or os.path.isfile(candidate) else None
                if dialect is not None:
                    here = (dialect, relative_to(Path(candidate), config.root))
            parent = os.path.dirname(directory)
            if here is None and directory != root and parent != directory and directory.startswith(root + os.sep):
                here = nearest(parent)
            found[directory] = here
        return found[directory]

    out = dict(nested)
    for directory in {os.path.dirname(str(path)) for path in selected if path.suffix.lower() == ".sql"}:
        own = nested.get(directory) or config
        if own.sql_dialect_set:
            continue
        absolute = os.path.abspath(directory)
        if absolute != root and not absolute.startswith(root + os.sep):
            continue
        named = nearest(absolute)
        if named is not None:
            out[directory] = dataclasses.replace(own, sql_dialect=named[0], sql_dialect_set=True,
                                                 sql_dialect_from=named[1])
    return out


VENDORED_ATTRIBUTES = ("linguist-vendored", "linguist-generated", "diff")
# Lockfiles are generated by definition and often marked so (`*.lock linguist-generated -diff`);
# the lockfile rules (RL44x) are written for exactly that, so the marks do not narrow their check.
LOCKFILE = re.compile(r"(?:^|/)(?:yarn\.lock|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|poetry\.lock|"
                      r"uv\.lock|Cargo\.lock|Gemfile\.lock|Pipfile\.lock|composer\.lock|go\.sum)$")


def _attributes(selected: list[Path], root: Path,
                origins: dict[Path, str | None] | None) -> tuple[dict[Path, int], dict[Path, str]]:
    """Each file's conflict-marker-size as git resolves it (every .gitattributes, the repository's
    info/attributes, the user's attributes file) and, unless `origins` is None (include-vendored),
    why it gets the marker check only (_vendored), in one `git check-attr --stdin` call. A run
    where some file has a marker size is not replayed (the attributes may live outside the tree);
    else the places an attribute could appear are noted, so a replay sees one appear or change."""
    if not selected:
        return {}, {}
    if not git.is_repo(root):
        vendored = {path: why for path in selected if (why := _vendored("", (origins or {}).get(path), {}))} \
            if origins is not None else {}
        return {}, vendored
    by_rel: dict[str, Path] = {}
    for path in selected:
        rel = relative_to(path, root)
        if not (rel.startswith("/") or rel == ".." or rel.startswith("../")):
            by_rel[rel] = path
    wanted = ("conflict-marker-size", *VENDORED_ATTRIBUTES) if origins is not None else ("conflict-marker-size",)
    try:
        values = git.check_attrs(root, wanted, list(by_rel))
    except git.GitError:
        values = {}
    sized = {rel: found["conflict-marker-size"] for rel, found in values.items()
             if found.get("conflict-marker-size", "set") not in ("set", "unset")}
    if sized:
        looks.spoil("conflict-marker-size comes from git attributes, which may live outside the tree")
    else:
        _note_attribute_sources(root, by_rel)
    sizes = {by_rel[rel]: markers.size_from_attribute(value) for rel, value in sized.items() if rel in by_rel}
    vendored: dict[Path, str] = {}
    if origins is not None:
        for path in selected:
            rel = relative_to(path, root)
            why = _vendored(rel, origins.get(path), values.get(rel, {}))
            if why:
                vendored[path] = why
    return {path: size for path, size in sizes.items() if size != markers.DEFAULT_SIZE}, vendored


def _note_attribute_sources(root: Path, by_rel: dict[str, Path]) -> None:
    """Where a conflict-marker-size could be set for these files: a .gitattributes in each of their
    directories up to the top, info/attributes, the user's attributes file (a replay re-checks them)."""
    if looks.recorded() is None:
        return
    top = str(git.toplevel(root))
    directories, directory = {top}, str(root)
    while directory not in directories and directory.startswith(f"{top}{os.sep}"):  # the root up to the top
        directories.add(directory)
        directory = os.path.dirname(directory)
    below: set[str] = set()  # directories below the root, relative to it ('/'-separated)
    for rel in by_rel:
        directory = rel.rpartition("/")[0]
        while directory and directory not in below:
            below.add(directory)
            directory = directory.rpartition("/")[0]
    directories.update(os.path.join(str(root), *directory.split("/")) for directory in below)
    candidates = [os.path.join(directory, ".gitattributes") for directory in directories]
    present = [path for path in candidates if os.access(path, os.F_OK)]
    for path in present:
        looks.file(path)
    looks.absent(top, [path[len(top) + 1:].replace(os.sep, "/")  # every candidate is below the top
                       for path in set(candidates) - set(present)])
    common = _common_git_dir(Path(top))
    if common is not None:
        looks.file(common / "info" / "attributes")
    _note_user_attribute_sources(top, common)


_INCLUDE = re.compile(r"include(if\..*)?\.path$", re.IGNORECASE)


def _environment_config() -> list[tuple[str, str]]:
    """The (key, value) pairs GIT_CONFIG_COUNT/KEY_n/VALUE_n give git, lowercased keys."""
    env = os.environ
    try:
        count = min(int(env.get("GIT_CONFIG_COUNT") or 0), 1000)
    except ValueError:
        return []
    return [(env.get(f"GIT_CONFIG_KEY_{n}", "").lower(), env.get(f"GIT_CONFIG_VALUE_{n}", "")) for n in range(count)]


def _note_user_attribute_sources(top: str, common: Path | None) -> None:
    """The attributes files outside the tree: core.attributesFile (else the XDG one) and the
    system's, with every git config file that could set core.attributesFile (a replay re-checks
    them; the environment that chooses them is part of the replay's key)."""
    env = os.environ
    home = env.get("HOME")
    xdg = env.get("XDG_CONFIG_HOME") or (os.path.join(home, ".config") if home else None)
    configs = [env.get("GIT_CONFIG_SYSTEM") or "/etc/gitconfig"]
    if env.get("GIT_CONFIG_GLOBAL"):
        configs.append(env["GIT_CONFIG_GLOBAL"])
    else:
        configs += [os.path.join(home, ".gitconfig")] if home else []
        configs += [os.path.join(xdg, "git", "config")] if xdg else []
    if common is not None:
        configs += [str(common / "config"), str(common / "config.worktree")]
    given = _environment_config()  # GIT_CONFIG_KEY_n/VALUE_n (their values are part of the replay's key)
    configs += [path for key, path in given if _INCLUDE.match(key) and os.path.isabs(path)]
    mentioned = any("attributesfile" in key or _INCLUDE.match(key) for key, _path in given)
    if "include" in env.get("GIT_CONFIG_PARAMETERS", "").lower():  # `git -c include.path=...`: not parsed here
        looks.spoil("a git config include given in GIT_CONFIG_PARAMETERS")
    seen: set[str] = set()
    on_branch = False
    while configs and len(seen) < 64:  # every config file, and every file they include, to any depth
        config = configs.pop(0)
        if config in seen:
            continue
        seen.add(config)
        looks.file(config)
        try:
            with open(config, "rb") as handle:
                text = handle.read().lower()
        except OSError:
            continue
        mentioned = mentioned or b"attributesfile" in text or b"include" in text
        if b"include" in text:  # [include] and [includeIf "..."] paths: noted, and read in turn
            for key, path in git.config_includes(Path(top), config):
                on_branch = on_branch or ".onbranch:" in key
                configs.append(path if os.path.isabs(path) else os.path.join(os.path.dirname(config), path))
    if on_branch:  # [includeIf "onbranch:..."]: the branch checked out chooses the config
        head = git.run(Path(top), "rev-parse", "--path-format=absolute", "--git-path", "HEAD", check=False)
        if head.returncode == 0:
            looks.file(head.stdout.decode("utf-8", "surrogateescape").strip())
        else:
            looks.spoil("an includeIf onbranch: condition, and no HEAD to watch")
    if not env.get("GIT_ATTR_NOSYSTEM"):
        looks.file("/etc/gitattributes")
    configured = git.config_path(Path(top), "core.attributesFile") if mentioned else None
    if configured:
        looks.file(configured if os.path.isabs(configured) else os.path.join(top, configured))
    elif xdg:
        looks.file(os.path.join(xdg, "git", "attributes"))


def _common_git_dir(top: Path) -> Path | None:
    """The repository's (common) git directory, without a git call: .git, or where a worktree's
    .git file points (and its commondir)."""
    dot = top / ".git"
    if dot.is_dir():
        return dot
    try:
        text = dot.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("gitdir:"):
        return None
    git_dir = top / text[len("gitdir:"):].strip()
    try:
        common = (git_dir / "commondir").read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return git_dir
    return git_dir / common
