"""Real merge conflicts from public histories: the resolver's yardstick (issue 25, "The bar").

    python benchmarks/real_conflicts.py OUT REPO [REPO ...] [--per-repo 250] [--per-kind 60]
                                        [--per-merge 12] [--max-merges 4000] [--refs heads|all]

Each REPO is a git directory (a bare clone is enough; git writes the recomputed merges' objects
into it, so use a scratch clone, never a shared one), optionally named: `owner+name=/path/to/git`.
For every merge commit M with exactly two parents (newest first, by committer date, ties by sha),
`git merge-tree --write-tree` recomputes the merge the person faced; for every path git reports a
content conflict on (CONFLICT (contents) or (add/add)), it writes

    OUT/<repo>/<id>/base     stage 1 blob (absent for add/add)
    OUT/<repo>/<id>/ours     stage 2 blob (first parent)
    OUT/<repo>/<id>/theirs   stage 3 blob (second parent)
    OUT/<repo>/<id>/person   M:path, what the person committed (absent: the person deleted it)
    OUT/<repo>/<id>/meta.json

and one line per file to OUT/index.jsonl (the same fields as meta.json, plus `dir`). The id is the
merge's first 12 hex digits and the first 8 of the sha1 of the path, so it is stable across runs.

Caps keep one repository, one kind or one huge merge from dominating: at most --per-repo files from a
repository, --per-kind of one kind (or family: changelog, manifest, lockfile) in a repository, and
--per-merge from one merge. Binary files (a NUL byte in a side) and files over 5 MB are counted and
skipped; their counts go to OUT/summary.json. Deterministic: the same repositories at the same refs
give the same output.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rebound_lint.languages import kind_of  # noqa: E402

MAX_BYTES = 5 * 1024 * 1024
MARKER = re.compile(rb"(?m)^<<<<<<< ")
CONTENT_TYPES = ("CONFLICT (contents)", "CONFLICT (add/add)")  # ort reports add/add as (contents) too
CHANGELOG = re.compile(r"(?i)(changelog|changes|history|news|release[-_ ]?notes)([-_.][^/]*)?(\.(md|rst|txt|markdown))?")
MANIFESTS = {"package.json", "pyproject.toml", "setup.cfg", "setup.py", "cargo.toml", "go.mod", "gemfile",
             "composer.json", "pipfile", "chart.yaml", "environment.yml", "environment.yaml", "tox.ini"}
LOCKFILES = {"yarn.lock", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "poetry.lock", "cargo.lock",
             "go.sum", "gemfile.lock", "pipfile.lock", "uv.lock", "composer.lock", "requirements.lock", "bun.lock"}


def family_of(path: str, kind: str) -> str:
    """A coarser label than the kind for files whose kind says little: changelogs, manifests, lockfiles."""
    name = os.path.basename(path).lower()
    if name in LOCKFILES:
        return "lockfile"
    if kind == "requirements":
        return "requirements"
    if name in MANIFESTS:
        return "manifest"
    if CHANGELOG.fullmatch(name) or "changelog" in path.lower().split("/")[0:-1] or "changes" in path.lower().split("/")[0:-1]:
        return "changelog"
    return kind


class Git:
    def __init__(self, git_dir: str) -> None:
        self.git_dir = git_dir
        self._cat = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(["git", "--git-dir", self.git_dir, *args], capture_output=True)
        if check and result.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace')}")
        return result

    def blob(self, spec: str) -> bytes | None:
        """The object's bytes, or None when it does not exist (or is not a blob)."""
        self._cat.stdin.write(spec.encode() + b"\n")
        self._cat.stdin.flush()
        header = self._cat.stdout.readline().split()
        if len(header) != 3:  # "<spec> missing" or "ambiguous"
            return None
        size = int(header[2])
        data = self._cat.stdout.read(size)
        self._cat.stdout.read(1)
        return data if header[1] == b"blob" else None

    def size(self, spec: str) -> int | None:
        result = self.run("cat-file", "-s", spec, check=False)
        return int(result.stdout) if result.returncode == 0 else None

    def close(self) -> None:
        self._cat.stdin.close()
        self._cat.wait()


def merges(git: Git, refs: str, limit: int) -> list[tuple[str, str, str]]:
    """(merge, first parent, second parent), newest first; octopus merges are left out."""
    spec = ["--all"] if refs == "all" else ["--branches"]
    out = git.run("log", "--merges", "--format=%H %P %ct", *spec).stdout.decode().split("\n")
    rows = []
    for line in out:
        parts = line.split()
        if len(parts) == 4:
            rows.append((-int(parts[3]), parts[0], parts[1], parts[2]))
    rows.sort()
    return [(m, p1, p2) for _, m, p1, p2 in rows[:limit]]


def conflicts(git: Git, p1: str, p2: str) -> list[tuple[str, str, dict[int, str]]] | None:
    """[(path, conflict type, {stage: blob})] for the content conflicts of merging p2 into p1; None
    when git cannot recompute the merge."""
    result = git.run("merge-tree", "--write-tree", "-z", "--messages", p1, p2, check=False)
    if result.returncode == 0:
        return []
    if result.returncode != 1:
        return None
    fields = result.stdout.split(b"\0")
    index = 1  # fields[0] is the tree
    stages: dict[str, dict[int, str]] = {}
    while index < len(fields) and fields[index]:
        info, path = fields[index].split(b"\t", 1)
        mode, oid, stage = info.split()
        if mode != b"160000":  # a submodule's commit is no file
            stages.setdefault(path.decode("utf-8", "surrogateescape"), {})[int(stage)] = oid.decode()
        index += 1
    index += 1
    types: dict[str, str] = {}
    try:
        while index < len(fields) and fields[index]:
            count = int(fields[index])
            paths = [fields[index + 1 + n].decode("utf-8", "surrogateescape") for n in range(count)]
            kind = fields[index + 1 + count].decode()
            index += count + 3
            for path in paths:
                if kind in CONTENT_TYPES and path not in types:
                    types[path] = kind
    except (ValueError, IndexError):  # a free-form message (submodules): judge by the stages alone
        types = {path: CONTENT_TYPES[0] if 1 in found else CONTENT_TYPES[1] for path, found in stages.items()}
    return [(path, types[path], stages[path]) for path in sorted(stages)
            if path in types and 2 in stages[path] and 3 in stages[path]]


def extract(name: str, git_dir: str, out: Path, args, stats: Counter, index) -> None:
    git = Git(git_dir)
    head = git.run("rev-parse", "HEAD", check=False).stdout.decode().strip()
    per_kind: Counter = Counter()
    taken = 0
    started = time.monotonic()
    scanned = 0
    for merge, p1, p2 in merges(git, args.refs, args.max_merges):
        if taken >= args.per_repo:
            break
        scanned += 1
        found = conflicts(git, p1, p2)
        if found is None:
            stats[f"{name}:merge-tree failed"] += 1
            continue
        if found:
            stats[f"{name}:merges with content conflicts"] += 1
        in_merge = 0
        for path, conflict_type, blobs in found:
            if taken >= args.per_repo or in_merge >= args.per_merge:
                break
            sizes = {label: git.size(blobs[stage]) for label, stage in (("base", 1), ("ours", 2), ("theirs", 3))
                     if stage in blobs}
            if max(size or 0 for size in sizes.values()) > MAX_BYTES:
                stats["skipped: over 5 MB"] += 1
                continue
            sides = {label: git.blob(blobs[stage]) for label, stage in (("base", 1), ("ours", 2), ("theirs", 3))
                     if stage in blobs}
            if any(b"\0" in data for data in sides.values() if data is not None):
                stats["skipped: binary"] += 1
                continue
            kind = kind_of(path, sides["ours"][:128])
            family = family_of(path, kind)
            if per_kind[family] >= args.per_kind:
                stats["skipped: kind cap"] += 1
                continue
            person = git.blob(f"{merge}:{path}")
            if person is not None and len(person) > MAX_BYTES:
                stats["skipped: over 5 MB"] += 1
                continue
            if person is not None and b"\0" in person:
                stats["skipped: binary"] += 1
                continue
            ident = f"{merge[:12]}-{hashlib.sha1(path.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
            folder = out / name / ident
            folder.mkdir(parents=True, exist_ok=True)
            for label, data in (*sides.items(), ("person", person)):
                if data is not None:
                    (folder / label).write_bytes(data)
            meta = {"repo": name, "id": ident, "merge": merge, "parents": [p1, p2], "path": path, "kind": kind,
                    "family": family, "conflict": "content" if "base" in sides else "add/add",
                    "sizes": {label: (len(data) if data is not None else None)
                              for label, data in (("base", sides.get("base")), ("ours", sides["ours"]),
                                                  ("theirs", sides["theirs"]), ("person", person))},
                    "person_deleted": person is None,
                    # several merge bases: git merged them into a virtual one, which may hold markers itself
                    "base_has_markers": bool(sides.get("base") and MARKER.search(sides["base"]))}
            (folder / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
            index.append({**meta, "dir": f"{name}/{ident}"})
            per_kind[family] += 1
            stats[f"kind:{kind}"] += 1
            stats[f"family:{family}"] += 1
            taken += 1
            in_merge += 1
    git.close()
    stats[f"{name}:files"] = taken
    stats[f"{name}:merges scanned"] = scanned
    print(f"{name}: {taken} files from {scanned} merges in {time.monotonic() - started:.0f}s (HEAD {head[:12]})",
          file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("repos", nargs="+", help="git directories, optionally NAME=PATH")
    parser.add_argument("--per-repo", type=int, default=250)
    parser.add_argument("--per-kind", type=int, default=60, help="per repository and kind (or family)")
    parser.add_argument("--per-merge", type=int, default=12)
    parser.add_argument("--max-merges", type=int, default=4000, help="newest merges looked at per repository")
    parser.add_argument("--refs", choices=("heads", "all"), default="all")
    parser.add_argument("--append", action="store_true", help="add to OUT's index instead of starting afresh")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stats: Counter = Counter()
    for spec in args.repos:
        name, _, path = spec.rpartition("=")
        name = name or Path(path).name.removesuffix(".git")
        if not args.append and (out / name).exists():
            shutil.rmtree(out / name)
        index: list[dict] = []
        extract(name, path, out, args, stats, index)
        index_path = out / "index.jsonl"
        lock = open(out / ".lock", "w")
        fcntl.flock(lock, fcntl.LOCK_EX)  # several runs may fill one OUT, a repository each
        rows = []
        if index_path.exists():
            rows = [row for row in map(json.loads, index_path.read_text().splitlines()) if row["repo"] != name]
        rows.extend(index)
        rows.sort(key=lambda row: (row["repo"], row["dir"]))
        index_path.write_text("".join(json.dumps(row, sort_keys=True) + "\n" for row in rows))
        summary_path = out / "summary.json"
        summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        summary[name] = {key.removeprefix(name + ":"): value for key, value in sorted(stats.items())}
        summary_path.write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n")
        lock.close()
        stats.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
