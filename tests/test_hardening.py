"""Issue 17: one bad file never loses the run, nothing outside the tree is read (reproducers as tests)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BASE, OURS, ROOT, SEP, THEIRS, codes, findings_for, write


# --- 3: markers in files whose lines end in CR only --------------------------------------------

def test_markers_in_a_cr_only_file():
    text = f"x = 1\r{OURS} HEAD\ry = 2\r{SEP}\ry = 3\r{THEIRS} br\r"
    found = findings_for("a.py", text)
    assert codes(found) == ["RL001"]
    assert (found[0].line, found[0].end_line) == (2, 6)
    assert codes(findings_for("notes.txt", f"intro\r{THEIRS} br\r")) == ["RL002"]


def test_cr_only_file_without_markers_and_look_alikes_stay_silent():
    assert findings_for("a.py", "x = 1\ry = 2\r") == []
    assert findings_for("notes.txt", f"Title\r{SEP}\rtext {OURS} inline\r") == []
    # a CR inside a LF file is not a line break (git's own view of lines)
    assert findings_for("notes.txt", f"a\n b\r{OURS} HEAD\n") == []


# --- 14: a cache with the wrong schema is rebuilt; a read-only cache is read --------------------

def _cache_with_entries(directory):
    from rebound_lint.findings import Finding
    from rebound_lint.store.cache import Cache, encode

    store = Cache(directory)
    entries = {f"k{i}": encode([Finding("a.py", i + 1, 1, "RL101", "bad")], [], [], True) for i in range(5)}
    entries["clean"] = encode([], [], [], True)
    store.put_many(entries)
    store.close()
    return list(entries)


@pytest.mark.parametrize("schema", ["CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT)",
                                    "CREATE TABLE results (k TEXT, v TEXT, w INTEGER)",
                                    "CREATE VIEW results AS SELECT 1 AS key, 2 AS value, 3 AS written"])
def test_a_cache_with_the_wrong_schema_is_rebuilt(tmp_path, schema):
    from rebound_lint.store.cache import FILE_NAME, Cache

    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute(schema)
    keys = _cache_with_entries(tmp_path)
    store = Cache(tmp_path)
    assert sorted(store.get_many(keys)) == sorted(keys)
    assert store.problem is None
    store.close()


def test_a_cache_with_the_wrong_schema_is_rebuilt_by_a_run(tmp_path, lint, monkeypatch):
    from rebound_lint.store.cache import FILE_NAME

    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "c").mkdir()
    with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
        db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT)")
    write(tmp_path / "w", {"a.yaml": "a: 1\na: 2\n", "b.py": "x = 1\n"})
    first = lint("check", "--debug", "--jobs", "1", ".", cwd=tmp_path / "w")
    assert first.code == 1 and "cache write skipped" not in first.err and "cache unavailable" not in first.err
    with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 2


def _make_read_only(paths: list[Path]) -> None:
    """Read-only even for root (which file modes do not stop): the immutable attribute."""
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
            pytest.skip(f"running as root and cannot make files immutable here: {done.stderr.strip()}")


def _make_writable(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for path in paths:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_cache_is_read(tmp_path):
    from rebound_lint.store.cache import Cache

    directory = tmp_path / "ro"
    keys = _cache_with_entries(directory)
    paths = [*directory.iterdir(), directory]
    _make_read_only(paths)
    try:
        with pytest.raises(OSError):
            (directory / "probe").write_text("x")
        store = Cache(directory)
        assert sorted(store.get_many(keys)) == sorted(keys)
        store.put_many({"new": ""})  # skipped, and said so for --debug
        assert store.problem and "read-only" in store.problem
        store.close()
    finally:
        _make_writable(paths)
