"""PR manifests for `plan`: a JSON/YAML list, a directory of `gh pr view --json` outputs, or git refs."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import git
from ..errors import ManifestError

DEPENDS = re.compile(r"(?:depends on|after|blocked by|requires)\s+((?:#\d+[\s,and&]*)+)", re.I)


@dataclass(frozen=True)
class PR:
    number: int
    title: str
    files: tuple[str, ...]
    depends_on: tuple[int, ...] = ()
    blocked: str | None = None  # the reason, when the PR must not be scheduled
    added: tuple[str, ...] | None = None  # files the PR adds, when known (from git); None: unknown
    commit: str | None = None  # the PR branch's tip, when read from git


def load(paths: list[Path]) -> list[PR]:
    """PRs from files and directories, in the order given (that order breaks ties in the plan)."""
    prs: list[PR] = []
    for path in paths:
        if path.is_dir():
            for item in sorted(path.glob("*.json"), key=_natural):
                prs.append(_from_entry(_read(item), item, 0))
        else:
            data = _read(path)
            entries = data.get("prs", data.get("pull_requests")) if isinstance(data, dict) else data
            if isinstance(data, dict) and entries is None and "number" in data:
                entries = [data]
            if not isinstance(entries, list):
                raise ManifestError(f"{path}: expected a list of PRs (or a mapping with `prs:`)")
            prs.extend(_from_entry(entry, path, index) for index, entry in enumerate(entries, 1))
    seen: set[int] = set()
    for pr in prs:
        if pr.number in seen:
            raise ManifestError(f"PR #{pr.number} appears in the manifests twice")
        seen.add(pr.number)
    return prs


def from_git(root: Path, refs: list[str], base: str) -> list[PR]:
    """One PR a branch ref: its files are what it changed since the merge-base with base."""
    prs = []
    for index, ref in enumerate(refs, 1):
        commit = git.resolve(root, ref)
        merge_base = git.merge_base(root, base, commit)
        changes = git.changes(root, merge_base, commit)
        digits = re.findall(r"\d+", ref)
        number = int(digits[-1]) if digits else index
        subject = git.run(root, "log", "-1", "--format=%s", "--end-of-options", commit, "--").stdout.decode("utf-8", "replace").strip()
        prs.append(PR(number, subject or ref, tuple(sorted({c.path for c in changes} | {c.old_path for c in changes
                                                                                   if c.old_path})),
                      added=tuple(sorted(c.path for c in changes if c.status in ("A", "C", "R"))), commit=commit))
    return prs


def _read(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read: {exc}") from None
    try:
        if path.suffix == ".json":
            try:
                return json.loads(text)
            except ValueError as exc:
                raise ManifestError(f"{path}: invalid JSON: {exc}") from None
        from ruamel.yaml import YAML, YAMLError

        try:
            return YAML(typ="safe", pure=True).load(text)
        except YAMLError as exc:
            raise ManifestError(f"{path}: invalid YAML: {exc}".replace("\n", " ")) from None
    except RecursionError:
        raise ManifestError(f"{path}: nests too deeply to read (a manifest is a list of PRs)") from None


def _from_entry(entry, path: Path, index: int) -> PR:
    where = f"{path}" + (f": entry {index}" if index else "")
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: expected a mapping with number, title and files")
    number = _number(entry.get("number"), where)
    files = entry.get("files")
    if not isinstance(files, list) or not files:
        raise ManifestError(f"{where} (#{number}): `files` must be a non-empty list")
    paths = tuple(sorted({_file_path(item, where) for item in files}))
    depends = entry.get("depends_on", entry.get("depends-on", []))
    depends = [depends] if isinstance(depends, (int, str)) else depends
    if not isinstance(depends, list):
        raise ManifestError(f"{where} (#{number}): `depends_on` must be a list of PR numbers")
    numbers = [_number(item, where) for item in depends]
    if number in numbers:
        raise ManifestError(f"{where}: PR #{number} depends on itself")
    body = entry.get("body")
    if isinstance(body, str):  # gh output: "Depends on #1764" in the description
        numbers += [int(n) for match in DEPENDS.finditer(body) for n in re.findall(r"#(\d+)", match.group(1))]
    return PR(number, str(entry.get("title", "")).strip(), paths, tuple(dict.fromkeys(n for n in numbers if n != number)),
              _blocked(entry))


def _blocked(entry: dict) -> str | None:
    blocked = entry.get("blocked")
    if isinstance(blocked, str) and blocked.strip():
        return blocked.strip()
    if blocked is True:
        return "marked blocked"
    labels = entry.get("labels") or []
    names = {label.get("name", "") if isinstance(label, dict) else str(label) for label in labels}
    if "blocked" in {name.lower() for name in names}:
        return "labelled blocked"
    return None


def _number(value, where: str) -> int:
    given = value
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and re.fullmatch(r"#?\d{1,18}", value.strip()):
        value = int(value.strip().lstrip("#"))
    if not isinstance(value, int) or value < 1:
        shown = repr(given) if len(repr(given)) <= 60 else f"{repr(given)[:60]}..."
        raise ManifestError(f"{where}: PR numbers are positive integers (or '#123'), got {shown}"
                            f"{' (a JSON or YAML boolean)' if isinstance(given, bool) else ''}")
    return value


def _file_path(item, where: str) -> str:
    path = item.get("path") if isinstance(item, dict) else item
    if not isinstance(path, str) or not path.strip():
        raise ManifestError(f"{where}: each file is a path (or gh's {{path: ...}}), got {item!r}")
    path = path.strip()
    while path.startswith("./"):
        path = path[2:]
    return path


def _natural(path: Path):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]
