"""Per-file results keyed by (content, path, kind-relevant config, tool version), in SQLite.

Content is named by its git blob id: taken from the index for tracked files the working tree has
not modified (a warm scan reads no file content at all), else hashed the way git hashes a blob, so
both routes give the same key. The cache is an optimisation only: a missing, corrupt, locked or
read-only cache never fails a run or changes its result; it is skipped or rebuilt.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import time
from pathlib import Path

from .. import git
from .location import REPLAY_FILE, cache_dir
from ..findings import Finding
from .build import tool_build

FILE_NAME = "results.sqlite3"
MAX_AGE = 30 * 24 * 3600  # entries not written for this long are dropped on the next write
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8  # primary result codes (an extended code's low byte)
BATCH = 500  # keys per SELECT (SQLite's bound-parameter limit is 999 on old builds)
# The layout of a stored value, part of every key: 2 stores what a result read besides its file
# (its dependencies, languages/context.py). An entry of another layout is never looked up, so never
# misread; it is dropped once MAX_AGE passes.
VALUE_FORMAT = 2


def blob_id(data: bytes) -> str:
    """git hash-object of data."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def default_dir(root: Path) -> Path:
    """Under the repository's git dir (shared by its worktrees), else the user cache dir (location.py)."""
    return Path(cache_dir(lambda: _common_git_dir(root)))


def exists(root: Path) -> bool:
    """Whether the project has a cache yet (a run without one checks every file)."""
    return (default_dir(root) / FILE_NAME).exists()


_GIT_DIRS: dict[Path, str] = {}  # asked of git once a process


def _common_git_dir(root: Path) -> str | None:
    if root not in _GIT_DIRS:
        try:
            _GIT_DIRS[root] = git.common_git_dir(root)  # the rev-parse that found the top level named it
        except git.NotARepository:  # no work tree (a bare repository, a git directory): git's own answer
            try:
                _GIT_DIRS[root] = git.run(root, "rev-parse", "--path-format=absolute",
                                          "--git-common-dir").stdout.decode().strip()
            except git.GitError:
                return None  # not remembered: the directory may become a repository
        except git.GitError:
            return None  # not remembered: the directory may become a repository
    return _GIT_DIRS[root]


@functools.lru_cache(maxsize=64)
def settings_digest(config_key: str) -> str:
    """The tool and the per-file settings, hashed once a run (not once a file)."""
    return hashlib.sha256(f"{VALUE_FORMAT}\0{tool_build()}\0{config_key}".encode()).hexdigest()[:20]


def entry_key(content_id: str, display: str, marker_size: int, config_key: str) -> str:
    # A file name that is not UTF-8 keeps its bytes (as \\xNN): sqlite stores valid UTF-8 only.
    name = display.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return f"{settings_digest(config_key)}:{content_id}:{marker_size}:{name}"


class Cache:
    def __init__(self, directory: Path):
        self.path = directory / FILE_NAME
        self.problem: str | None = None  # why the cache was skipped, for --debug
        self.warning: str | None = None  # the cache was damaged or unusable: rebuilt or bypassed (one line, always shown)
        self._db: sqlite3.Connection | None = None
        self.read_only = False
        self.locked = False  # another run holds it: skipped quietly (concurrent runs are normal)

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self.problem:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except sqlite3.OperationalError as exc:  # locked, read-only, cannot open: read it if it can be read
            self._db = self._open_read_only(exc)
            self.locked = _code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # not a database, or damaged: rebuild once
            self._db = self._rebuild(exc)
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"cache unavailable ({self.path}): {exc}"
            self._bypassed(exc)
        return self._db

    def _bypassed(self, exc: Exception) -> None:
        self.warning = (f"the result cache {self.path} is unusable ({_reason(exc)}) and was bypassed: every file "
                        f"was checked; `rebound-lint cache clean` or removing it lets the next run rebuild it")

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # no fsync at each commit (about 20 ms of a hook's run on a virtual disk): in WAL mode a
            # crash can lose the last results, never damage the file, and a lost result is checked again
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "written INTEGER NOT NULL)")
            _check_schema(db)
            # every write drops the expired entries (_write): found by this index, not by reading every row
            db.execute("CREATE INDEX IF NOT EXISTS results_written ON results (written)")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _open_read_only(self, exc: Exception) -> sqlite3.Connection | None:
        """A cache this process may not write (a read-only directory or file, a shared CI cache):
        read it all the same; writes are skipped. `immutable` when even the WAL's shared-memory
        file cannot be made (nothing can write there, so nothing changes under the reader)."""
        if not self.path.is_file():
            self.problem = f"cache unavailable ({self.path}): {exc}"
            self._bypassed(exc)  # a directory in its place, or a directory that cannot hold it
            return None
        uri = self.path.absolute().as_uri()
        for mode in ("mode=ro", "mode=ro&immutable=1"):
            try:
                db = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=2.0, isolation_level=None)
            except sqlite3.Error:
                continue
            try:
                _check_schema(db)
                db.execute("SELECT key FROM results LIMIT 1").fetchall()
            except sqlite3.Error:
                db.close()
                continue
            self.read_only = True
            return db
        self.problem = f"cache unavailable ({self.path}): {exc}"
        self._bypassed(exc)
        return None

    def _rebuild(self, exc: Exception) -> sqlite3.Connection | None:
        """A damaged cache (not a database, damaged pages, a foreign layout): removed and made again,
        once a run; the run says so in one warning line."""
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            db = self._open()
        except (OSError, sqlite3.Error) as again:
            self.problem = f"cache unusable ({self.path}): {exc}; {again}"
            self._bypassed(exc)
            return None
        self.warning = (f"the result cache {self.path} was damaged ({_reason(exc)}) and was rebuilt: "
                        f"every file was checked again")
        return db

    def get_many(self, keys: list[str]) -> dict[str, dict]:
        db = self._connect()
        found: dict[str, dict] = {}
        if db is None:
            return found
        try:
            for start in range(0, len(keys), BATCH):
                chunk = keys[start:start + BATCH]
                rows = db.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                for key, value in rows:
                    decoded = _decode(value)
                    if decoded is not None:
                        found[key] = decoded
        except sqlite3.OperationalError as exc:
            self.problem = f"cache read failed ({self.path}): {exc}"
            if _code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED):
                self._bypassed(exc)
            return {}
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged pages: start again
            self.close()
            self._db = self._rebuild(exc)
            return {}
        return found

    def put_many(self, entries: dict[str, dict | str]) -> None:
        db = self._connect()
        if db is None or not entries:
            return
        if self.read_only:
            self.problem = f"cache write skipped ({self.path}): the cache is read-only"
            if not self.locked:
                self._not_stored(len(entries))
            return
        now = int(time.time())
        rows = [(key, value if value == CLEAN else json.dumps(value, separators=(",", ":")), now)
                for key, value in entries.items()]
        try:
            self._write(db, rows, now)
        except sqlite3.OperationalError as exc:  # locked by a concurrent run, read-only, disk full: skip
            self.problem = f"cache write skipped ({self.path}): {exc}"
            _rollback(db)
            if _code(exc) == SQLITE_READONLY:  # SQLite opened it read-only, silently
                self._not_stored(len(entries))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged page the reads did not touch: start again
            _rollback(db)
            self.close()
            self._db = db = self._rebuild(exc) if self.warning is None else None
            if db is not None:
                try:
                    self._write(db, rows, now)
                except sqlite3.Error as again:
                    self.problem = f"cache write skipped ({self.path}): {again}"
                    _rollback(db)

    def _not_stored(self, count: int) -> None:
        """A read-only cache (a shared CI cache; one a `sudo` run left behind): read, and a run with new
        results says once that they were not stored (every later run would check those files again)."""
        self.warning = (f"the result cache {self.path} is read-only: it was read, but this run's {count} new "
                        f"result{'s were' if count != 1 else ' was'} not stored")

    @staticmethod
    def _write(db: sqlite3.Connection, rows: list, now: int) -> None:
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT OR REPLACE INTO results (key, value, written) VALUES (?, ?, ?)", rows)
        db.execute("DELETE FROM results WHERE written < ?", (now - MAX_AGE,))
        db.execute("COMMIT")

    def close(self) -> None:
        if self._db is not None:
            if _leave_open:
                _LEFT_OPEN.append(self._db)
            else:
                self._db.close()
            self._db: sqlite3.Connection | None = None


_leave_open = False
_LEFT_OPEN: list[sqlite3.Connection] = []


def leave_open_at_exit() -> None:
    """For a process that ends with os._exit once its report is out (a console script's run): the
    caches it closes stay open. Closing the last connection checkpoints the WAL into the database
    file, with an fdatasync (14 ms of a hook's run on ten files, where users wait); left open, the
    WAL keeps the run's commits, written as every commit is under synchronous=NORMAL, and the next
    connection reads them; SQLite's automatic checkpoint folds them in during a later commit. A
    process that ends the ordinary way closes them then, as before."""
    global _leave_open
    _leave_open = True


def _rollback(db: sqlite3.Connection) -> None:
    try:
        db.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _code(exc: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (0 when Python does not say)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _reason(exc: Exception) -> str:
    """SQLite's or the system's words, on one short line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


COLUMNS = [("key", "TEXT"), ("value", "TEXT"), ("written", "INTEGER")]


def _check_schema(db: sqlite3.Connection) -> None:
    """A `results` table of another layout (an older or foreign file) is a damaged cache: rebuilt.
    So is a schema whose damaged bytes are not even text (Python cannot decode what SQLite read)."""
    try:
        columns = [(row[1], row[2].upper()) for row in db.execute("PRAGMA table_info(results)")]
        kind = db.execute("SELECT type FROM sqlite_master WHERE name = 'results'").fetchone()
    except UnicodeDecodeError as exc:
        raise sqlite3.DatabaseError(f"damaged schema: {exc}") from None
    if columns != COLUMNS or kind != ("table",):
        raise sqlite3.DatabaseError(f"unexpected cache layout: {columns}")


CLEAN = ""  # the stored value of the commonest result: checked, nothing found, nothing noted


def encode(findings: list[Finding], notes: list[str], notices: list[str], checked: bool,
           suppressed: list[Finding] = (), deps: list = (), where: str = "") -> dict | str:
    """A result as stored; `deps`: what its check read besides the file ([kind, path relative to the
    tree, what it saw]; runner._deps_hold checks them on a hit), `where`: the file's path in that tree."""
    if checked and not (findings or notes or notices or suppressed or deps):
        return CLEAN
    return {"f": [f.to_row() for f in findings], "n": notes, "N": notices, "c": checked,
            "s": [f.to_row() for f in suppressed], "d": [list(dep) for dep in deps], "w": where}


def _decode(value: str) -> dict | None:
    """The stored result, or None (a miss) for anything damaged, or stored without its dependencies."""
    if value == CLEAN:
        return {"f": [], "n": [], "N": [], "c": True, "s": [], "d": [], "w": ""}
    try:
        data = json.loads(value)
        rows, notes, notices, deps, where = data["f"], data["n"], data["N"], data["d"], data["w"]
        if not (isinstance(rows, list) and isinstance(notes, list) and isinstance(notices, list)
                and isinstance(where, str) and isinstance(deps, list)
                and all(isinstance(dep, list) and len(dep) == 3 and isinstance(dep[0], str) and isinstance(dep[1], str)
                        and (dep[2] is None or isinstance(dep[2], str)) for dep in deps)):
            return None
        findings = [Finding.from_row(row) for row in rows]
        suppressed = [Finding.from_row(row) for row in data.get("s", [])]
        if None in findings or None in suppressed:
            return None
        if not all(isinstance(text, str) for text in notes + notices):
            return None
        return {"f": findings, "n": notes, "N": notices, "c": bool(data["c"]), "s": suppressed, "d": deps,
                "w": where}
    except (ValueError, TypeError, KeyError):
        return None


def clean(directory: Path) -> list[Path]:
    """Remove the cache files and the replay memo; returns what was removed."""

    removed = []
    for path in [Path(f"{directory / FILE_NAME}{suffix}") for suffix in ("", "-wal", "-shm")] + [directory / REPLAY_FILE]:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
