"""The resolver's record of its own work: one JSON line per resolved file in
`.git/rebound-lint/resolutions.jsonl` (the common git dir, so every worktree shares it), written by
the merge driver and `resolve`, read by `audit` (a merge whose committed file is a recorded result
was resolved by rebound-lint) and `rebase` (what this run resolved).

A line: {"time", "path", "base", "ours", "theirs", "result" (blob ids; base null for add/add),
"hunks": [{"rule", "why", "start", "end"}], "by" (merge-driver | resolve), "run" (a rebase's id, or
null)}. Lines that do not parse are skipped: the file is append-only and a reader never fails on it."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

FILE = Path("rebound-lint") / "resolutions.jsonl"
RUN_VAR = "REBOUND_LINT_RUN"  # set by `rebound-lint rebase` for the git it runs: its records carry it


def blob_id(data: bytes, object_format: str = "sha1") -> str:
    """The id git gives `data` as a blob (what `git hash-object` prints), without running git."""
    import hashlib

    digest = hashlib.sha256 if object_format == "sha256" else hashlib.sha1
    return digest(b"blob %d\0" % len(data) + data).hexdigest()


def entry(path: str, base: bytes | None, ours: bytes, theirs: bytes, result: bytes, hunks, by: str,
          object_format: str = "sha1") -> dict:
    return {
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "path": path,
        "base": None if base is None else blob_id(base, object_format),
        "ours": blob_id(ours, object_format),
        "theirs": blob_id(theirs, object_format),
        "result": blob_id(result, object_format),
        "hunks": [{"rule": hunk.rule, "why": hunk.why, "start": hunk.start_line, "end": hunk.end_line}
                  for hunk in hunks],
        "by": by,
        "run": os.environ.get(RUN_VAR) or None,
    }


def append(common_dir: Path, record: dict) -> Path:
    """Append one record (one write of one line, O_APPEND: concurrent writers never interleave a line)."""
    target = common_dir / FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8", "surrogateescape")
    descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line)
    finally:
        os.close(descriptor)
    return target


def read(common_dir: Path) -> list[dict]:
    """Every record that parses, oldest first ([] when there is no file)."""
    try:
        raw = (common_dir / FILE).read_bytes()
    except OSError:
        return []
    out = []
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8", "surrogateescape"))
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("result"), str) and isinstance(record.get("hunks"), list):
            out.append(record)
    return out


def by_result(common_dir: Path) -> dict[str, dict]:
    """result blob id -> the newest record that produced it."""
    return {record["result"]: record for record in read(common_dir)}


def rules_of(record: dict) -> list[str]:
    """The record's rules, each once, in the order of its hunks."""
    return list(dict.fromkeys(str(hunk.get("rule")) for hunk in record["hunks"] if isinstance(hunk, dict)))
