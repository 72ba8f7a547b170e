"""A damaged result cache never costs the run (issue 26 item 10): whatever happened to the SQLite
file (a page overwritten, the file cut mid-page, its header zeroed, a foreign WAL, a directory in
its place, no permission to write it), the findings are complete and correct, the exit code comes
from the findings only, and one warning line says the cache was unusable and was rebuilt or
bypassed. Real repositories, real SQLite files damaged on disk, the real CLI."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rebound_lint.store.cache import FILE_NAME
from rebound_lint.store.location import REPLAY_FILE

PAGE = 4096
FILES = {f"conf/f{i:03}.yaml": f"name: f{i}\nvalue: {i}\nvalue: {i + 1}\n" for i in range(150)}  # RL402 each
FILES.update({f"src/m{i:03}.py": f"def f{i}():\n    return {i}\n" for i in range(150)})
FILES["src/broken.py"] = "def g(:\n    pass\n"


@pytest.fixture
def filled(git_repo, tmp_path, monkeypatch, lint):
    """A repository whose cache is full: (run, the reference run without any cache, the cache file)."""
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(cache_dir))
    git_repo.commit(FILES)
    reference = lint("check", "--no-cache", cwd=git_repo.path)
    assert reference.code == 1 and len(reference.lines) == 151
    assert lint("check", cwd=git_repo.path).lines == reference.lines  # fills the cache
    database = cache_dir / FILE_NAME
    assert database.stat().st_size > 8 * PAGE

    def run(*options: str):
        try:
            (cache_dir / REPLAY_FILE).unlink(missing_ok=True)  # a replay never opens the SQLite file: a full run
        except PermissionError:  # an unwritable cache directory, where no memo is written either
            pass
        return lint("check", *options, cwd=git_repo.path)

    return run, reference, database


def warnings(result) -> list[str]:
    return [line for line in result.err.splitlines() if line.startswith("warning:")]


def healthy(database: Path) -> int:
    """The rows of a cache SQLite reads without complaint."""
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


def damaged_then_rebuilt(filled, damage) -> str:
    run, reference, database = filled
    for suffix in ("-wal", "-shm"):  # a finished run leaves none; the damage is in the file itself
        assert not Path(f"{database}{suffix}").exists()
    damage(database)
    first = run()
    assert (first.code, first.lines) == (reference.code, reference.lines), first.err
    assert "internal error" not in first.err and "Traceback" not in first.err
    said = warnings(first)
    assert len(said) == 1 and "rebuilt" in said[0], first.err
    assert healthy(database) == len(FILES)  # rebuilt and filled again by that same run
    second = run()
    assert (second.code, second.lines, warnings(second)) == (reference.code, reference.lines, [])
    return said[0]


def overwrite_a_middle_page(database: Path) -> None:
    pages = database.stat().st_size // PAGE
    with open(database, "r+b") as handle:
        handle.seek(pages // 2 * PAGE)
        handle.write(bytes((7 * i + 13) % 256 for i in range(PAGE)))  # garbage, the same every time


def test_a_page_overwritten_with_garbage(filled):
    said = damaged_then_rebuilt(filled, overwrite_a_middle_page)
    assert said.startswith("warning: the result cache ") and "malformed" in said


def test_the_file_truncated_mid_page(filled):
    damaged_then_rebuilt(filled, lambda database: os.truncate(database, database.stat().st_size // PAGE // 2 * PAGE + 1000))


def test_the_header_zeroed(filled):
    def zero_header(database: Path) -> None:
        with open(database, "r+b") as handle:
            handle.write(bytes(100))

    assert "not a database" in damaged_then_rebuilt(filled, zero_header)


def test_the_whole_file_garbage(filled):
    damaged_then_rebuilt(filled, lambda database: database.write_bytes(b"\x5a\xa5" * (database.stat().st_size // 2)))


def test_a_damaged_page_found_only_when_writing(tmp_path):
    """Reads that miss the damaged page succeed, the write that needs it fails: the cache is rebuilt
    then, with the warning, instead of staying damaged for every later run (each one silently paying
    for a full check). On the cache itself: a run reads every key, so a CLI run finds it reading."""
    from rebound_lint.store.cache import CLEAN, Cache

    store = Cache(tmp_path)
    keys = [f"k:{i:04}" for i in range(300)]
    store.put_many({key: {"f": [], "n": [f"a note on {key} " * 3], "N": [], "c": True, "s": [], "d": [], "w": ""}
                    for key in keys})
    store.close()
    database = tmp_path / FILE_NAME
    pages = database.stat().st_size // PAGE
    with open(database, "r+b") as handle:  # the last leaf, where the keys after "k:0299" go
        handle.seek((pages - 1) * PAGE)
        handle.write(bytes((5 * i + 3) % 256 for i in range(PAGE)))
    store = Cache(tmp_path)
    assert len(store.get_many(keys[:100])) == 100 and store.warning is None  # those pages are whole
    store.put_many({"k:new": CLEAN})
    assert store.warning is not None and "rebuilt" in store.warning and "malformed" in store.warning
    assert store.get_many(["k:new", keys[0]]) == {"k:new": {"f": [], "n": [], "N": [], "c": True, "s": [], "d": [], "w": ""}}
    store.close()
    assert healthy(database) == 1


def test_a_foreign_wal_and_shared_memory_file(filled):
    """A -wal whose header and checksums are not this database's is ignored by SQLite (its frames are
    never applied), a garbage -shm is rebuilt from the WAL: the cache is still good, so no warning."""
    run, reference, database = filled
    rows = healthy(database)
    Path(f"{database}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(range(256)) * 40)
    Path(f"{database}-shm").write_bytes(bytes((3 * i) % 256 for i in range(32768)))
    result = run()
    assert (result.code, result.lines, warnings(result)) == (reference.code, reference.lines, []), result.err
    assert healthy(database) == rows


def test_a_directory_in_place_of_the_file(filled):
    """Never removed (it is not ours to delete): bypassed, with the warning, on every run."""
    run, reference, database = filled
    database.unlink()
    (database / "keep").mkdir(parents=True)
    for _ in range(2):
        result = run()
        assert (result.code, result.lines) == (reference.code, reference.lines), result.err
        said = warnings(result)
        assert len(said) == 1 and "bypassed" in said[0] and str(database) in said[0], result.err
    assert (database / "keep").is_dir()


def test_quiet_keeps_the_warning(filled, lint, git_repo):
    """--quiet drops notices and the summary, not the one line saying the cache was rebuilt."""
    run, reference, database = filled
    overwrite_a_middle_page(database)
    (database.parent / REPLAY_FILE).unlink(missing_ok=True)
    result = lint("check", "--quiet", cwd=git_repo.path)
    assert result.lines == reference.lines and len(warnings(result)) == 1


def _immutable(path: Path, on: bool) -> bool:
    """chattr +i / -i: what makes a file or directory unwritable even to root (tests run as root here,
    where a chmod stops nothing). False where chattr is missing or the file system refuses it."""
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def unwritable():
    made: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0 and sys.platform != "win32":
            path.chmod(0o555 if path.is_dir() else 0o444)
            made.append(path)
            return
        if not _immutable(path, True):
            pytest.skip("cannot make a path unwritable to root here (chattr +i refused)")
        made.append(path)

    yield make
    for path in made:
        _immutable(path, False)
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.mark.parametrize("what", ["file", "directory"])
def test_a_read_only_cache_is_read_and_says_when_results_were_not_stored(filled, git_repo, unwritable, what):
    """Read all the same (a shared, read-only CI cache is a real set-up): a run it fully serves says
    nothing; a run with new results it cannot store says so in one warning line (a cache left
    read-only by a `sudo` run would otherwise cost every later run a full check, silently)."""
    run, reference, database = filled
    (database.parent / REPLAY_FILE).unlink()
    unwritable(database if what == "file" else database.parent)
    served = run()
    assert (served.code, served.lines, warnings(served)) == (reference.code, reference.lines, []), served.err
    git_repo.commit({"conf/new.yaml": "a: 1\na: 2\n"})
    for _ in range(2):
        result = run()
        assert result.code == 1 and len(result.lines) == 152 and "Traceback" not in result.err
        said = warnings(result)
        assert len(said) == 1 and "read-only" in said[0] and "not stored" in said[0], result.err


def test_a_cache_locked_by_another_run_is_no_warning(filled, git_repo):
    """Concurrent runs are normal: one that cannot write for another's lock skips the write quietly
    (a --debug note), its findings whole."""
    run, reference, database = filled
    git_repo.commit({"conf/new.yaml": "a: 1\na: 2\n"})  # a new result to write
    other = sqlite3.connect(database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another run writing
        result = run("--debug")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 1 and len(result.lines) == 152 and warnings(result) == [], result.err
    assert "cache write skipped" in result.err and "database is locked" in result.err
