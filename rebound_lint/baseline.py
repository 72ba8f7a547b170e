"""Findings identified by what they point at rather than where: a fingerprint of the rule code
and the finding's own line content (whitespace folded), so that edits elsewhere in a file never
change it. Two uses, both applied by decide.py's callers in the pipeline:

- the baseline file (`rebound-lint baseline`): findings a team accepted when adopting the tool
  on a legacy tree, matched by path, code and fingerprint, one entry per occurrence (a new
  occurrence of the same problem in the same file is still reported);
- new-vs-base (`check --base`): a finding that the same file already had at the merge-base is
  not this change's doing.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from .findings import Finding

FORMAT = 1
MARKER_CODES = ("RL001", "RL002", "RL003")  # a marker is a live defect wherever it is: never filtered


class BaselineError(Exception):
    """An unreadable or malformed baseline file (exit 2, naming the file)."""


def fingerprint(code: str, line_text: str) -> str:
    folded = " ".join(line_text.split())
    return hashlib.sha1(f"{code}\0{folded}".encode("utf-8", "surrogateescape")).hexdigest()[:16]


def line_texts(data: bytes | None) -> list[str]:
    if data is None:
        return []
    return data.decode("utf-8", "replace").split("\n")


def line_at(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


class Lines:
    """The lines of the files findings point at, read once each: regular files only, never through
    a symbolic link. `limit`: read at most this many bytes of a file, and skip binary ones (the
    source shown under a finding); None: whole files (fingerprints)."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self._files: dict[str, list[str] | None] = {}

    def __call__(self, path: str, number: int) -> str:
        """The line's text, "" when there is none."""
        return self.get(path, number) or ""

    def get(self, path: str, number: int) -> str | None:
        if path not in self._files:
            self._files[path] = self._read(path)
        lines = self._files[path]
        return lines[number - 1] if lines and 0 < number <= len(lines) else None

    def _read(self, path: str) -> list[str] | None:
        try:
            if os.path.islink(path) or not os.path.isfile(path):
                return None
            with open(path, "rb") as handle:
                data = handle.read() if self.limit is None else handle.read(self.limit)
        except OSError:
            return None
        if self.limit is not None and b"\0" in data[:8000]:
            return None
        return line_texts(data)


def keys(findings: list[Finding], rel_of, lines: Lines) -> list[tuple[str, str, str]]:
    """(root-relative path, code, fingerprint) of each finding."""
    return [(rel_of(f.path), f.code, fingerprint(f.code, lines(f.path, f.line))) for f in findings]


def load(path: Path) -> Counter:
    """The baseline's entries as a multiset of (path, code, fingerprint); empty when absent."""
    if not path.is_file():  # asked with a stat: a warm run opens no file it does not need
        return Counter()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror}") from None
    try:
        document = json.loads(raw)
        entries = document["findings"]
        counted = Counter()
        for entry in entries:
            key = (entry["path"], entry["code"], entry["fingerprint"])
            if not all(isinstance(part, str) for part in key) or not isinstance(entry.get("count", 1), int):
                raise TypeError
            counted[key] += entry.get("count", 1)
        return counted
    except (ValueError, TypeError, KeyError, AttributeError):
        raise BaselineError(f"{path}: not a rebound-lint baseline (regenerate it with `rebound-lint baseline`)") \
            from None


def split(findings: list[Finding], found_keys: list[tuple[str, str, str]], accepted: Counter
          ) -> tuple[list[Finding], list[Finding]]:
    """(still reported, matched by `accepted`): each accepted entry matches one finding, in order;
    marker findings are never matched."""
    remaining = Counter(accepted)
    kept, matched = [], []
    for finding, key in zip(findings, found_keys):
        if finding.code not in MARKER_CODES and remaining[key] > 0:
            remaining[key] -= 1
            matched.append(finding)
        else:
            kept.append(finding)
    return kept, matched


def write(path: Path, findings: list[Finding], found_keys: list[tuple[str, str, str]]) -> int:
    """Write the baseline (sorted and stable, one entry per path, code and fingerprint with a
    count and the first message, for review); the number of findings it holds."""
    counted = Counter(found_keys)
    messages: dict[tuple[str, str, str], str] = {}
    for finding, key in zip(findings, found_keys):
        messages.setdefault(key, finding.message)
    entries = [{"path": key[0], "code": key[1], "fingerprint": key[2], "count": counted[key],
                "message": messages[key]} for key in sorted(counted)]
    from . import __version__

    document = {"version": FORMAT, "tool": {"name": "rebound-lint", "version": __version__}, "findings": entries}
    from .report.finish import write_file  # a link or a device at the path is kept, as for --output

    write_file(path, (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8"))
    return sum(counted.values())
