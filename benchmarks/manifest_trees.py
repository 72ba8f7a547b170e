"""Precision of the manifest, lockfile, TOML, INI and XML checkers on real repositories.

    python benchmarks/manifest_trees.py GIT_DIR_OR_WORK_TREE... [--history N]

For each repository, every file at HEAD whose kind is one of those checkers' (requirements,
TOML, yarn.lock, package-lock.json, go.mod, go.sum, Gemfile.lock, INI, XML) is checked through
the real per-file path (markers, then the language's checker), read from git objects, so bare
mirrors work. With --history N, up to N distinct historical versions of such files per kind and
repository are checked as well (`git rev-list --all --objects`): merges that went wrong in the
past show up there. Prints each finding (path@blob:line:col: CODE message) and the counts; every
finding is to be read by hand: a real defect, a deliberately broken test fixture, or a false alarm.
"""
from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from rebound_lint.config import Config  # noqa: E402
from rebound_lint.languages import kind_of  # noqa: E402
from rebound_lint.runner import check_data  # noqa: E402
from rebound_lint.source import is_binary  # noqa: E402

KINDS = {"requirements", "toml", "yarn-lock", "package-lock", "go-mod", "go-sum", "gemfile-lock", "ini", "xml"}
MAX_SIZE = 5_000_000


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True).stdout


def blobs_at_head(repo: str):
    for record in filter(None, git(repo, "ls-tree", "-r", "-z", "HEAD").split(b"\0")):
        meta, name = record.split(b"\t", 1)
        _mode, kind, sha = meta.split()
        if kind == b"blob":
            yield name.decode("utf-8", "replace"), sha.decode()


def blobs_in_history(repo: str, per_kind: int):
    counts: collections.Counter = collections.Counter()
    for line in git(repo, "rev-list", "--all", "--objects").decode("utf-8", "replace").splitlines():
        sha, _, name = line.partition(" ")
        kind = kind_of(name) if name else ""
        if kind in KINDS and counts[kind] < per_kind:
            counts[kind] += 1
            yield name, sha


def check(repo: str, blobs, seen: set, files: collections.Counter, findings: collections.Counter) -> None:
    todo = [(name, sha, kind_of(name)) for name, sha in blobs if sha not in seen]
    todo = [(name, sha, kind) for name, sha, kind in todo if kind in KINDS]
    proc = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for name, sha, kind in todo:
        seen.add(sha)
        proc.stdin.write(sha.encode() + b"\n")
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        if len(header) < 3 or header[1] != b"blob":
            continue
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)
        if is_binary(data) or len(data) > MAX_SIZE:
            continue
        files[kind] += 1
        result = check_data(name, data, kind, Config())
        for finding in result.findings:
            findings[finding.code] += 1
            print(f"{os.path.basename(repo.rstrip('/'))}/{finding.path}@{sha[:8]}:{finding.line}:{finding.col}: "
                  f"{finding.code} {finding.message}")
        for error, _trace in result.errors:
            findings["internal error"] += 1
            print(f"INTERNAL ERROR {error}")
    proc.stdin.close()
    proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repos", nargs="+")
    parser.add_argument("--history", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    files: collections.Counter = collections.Counter()
    findings: collections.Counter = collections.Counter()
    for repo in args.repos:
        seen: set = set()
        check(repo, blobs_at_head(repo), seen, files, findings)
        if args.history:
            check(repo, blobs_in_history(repo, args.history), seen, files, findings)
    print(f"files checked: {sum(files.values())} {dict(sorted(files.items()))}")
    print(f"findings: {sum(findings.values())} {dict(sorted(findings.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
