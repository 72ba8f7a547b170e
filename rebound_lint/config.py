"""[tool.rebound-lint] from pyproject.toml or .rebound-lint.toml: typed defaults and validation."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from .store import looks
from .options import rule_codes

CONFIG_FILE = ".rebound-lint.toml"
SQL_DIALECTS = {
    "postgres", "mysql", "sqlite", "bigquery", "snowflake", "tsql", "oracle", "duckdb",
    "redshift", "spark", "hive", "trino", "presto", "clickhouse", "databricks", "athena",
    "teradata", "doris", "starrocks", "drill", "materialize", "risingwave", "prql",
    "h2", "hsqldb", "derby", "db2", "cockroachdb",  # no grammar of their own here: their parse errors are notes
}
SQL_DIALECT_ALIASES = {"postgresql": "postgres", "mariadb": "mysql", "sqlite3": "sqlite", "mssql": "tsql",
                       "sqlserver": "tsql"}


class ConfigError(Exception):
    """An invalid configuration; the message names the file and the key."""


class BrokenToml(ConfigError):
    """A config file that is not valid TOML."""


BROKEN = "\0broken"  # marks a pyproject.toml that could not be read as TOML


@dataclass(frozen=True)
class MigrationDir:
    path: str
    pattern: str
    allow: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern)


@dataclass(frozen=True)
class FlagsConfig:
    registry: str = "backend_v2/api/feature_flags.yaml"
    promotion_dir: str = "console/migrations/versions"
    promotion_pattern: str = r"^\d{4}_promote_{flag}\.py$"
    key: str | None = None  # dotted path to the mapping of flags; None: find it
    configured: bool = False  # the registry was named in the configuration (else: the default layout, if present)


DEFAULT_SOLO = (
    "backend_v2/api/__init__.py",
    "backend_v2/api/feature_flags.yaml",
    "backend_v2/app.py",
    "console/migrations/versions/00*_*.py",
    "frontend/trademaster_ui/package.json",
)

# matched case-insensitively (merges/audit.py union_safe): changelog, news and release-note layouts
DEFAULT_UNION_SAFE = ("CHANGELOG*", "CHANGES*", "HISTORY*", "NEWS*", "*.changelog", "debian/changelog",
                      "changelogs/fragments/", "changelog.d/", "RELEASE_NOTES*", "RELEASE-NOTES*", "RELEASENOTES*")

BASELINE_FILE = ".rebound-lint-baseline.json"
SEVERITY_LEVELS = ("error", "warning", "off")

DEFAULT_MIGRATIONS = (
    MigrationDir("console/migrations/versions", r"^(?P<prefix>\d{4})_"),
    MigrationDir("backend_v2/db/migrations", r"^(?P<prefix>\d{3})_.*\.sql$"),
)


@dataclass(frozen=True)
class Config:
    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    notice: str = ""  # said once by the run: a pyproject.toml whose TOML is broken, so defaults apply
    python_version: tuple[int, int] | None = None  # the grammar target
    python_version_from: str = ""  # "requires-python" when the target is project.requires-python's
    sql_dialect: str = "postgres"
    sql_dialect_set: bool = False  # sql-dialect configured: a file with no other sign is in it for certain
    sql_dialect_from: str = ""  # where a set dialect comes from when not our sql-dialect (a .sqlfluff file)
    sql_dialects: tuple[tuple[str, str], ...] = ()  # (glob, dialect) from sql-dialects, the first match wins
    exclude: tuple[str, ...] = ("node_modules/", ".venv/", "venv/", ".tox/", "__pycache__/")
    include_vendored: bool = False  # vendor folders and vendored/generated/-diff files get every check, not markers only
    max_file_size: int = 5 * 1024 * 1024
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    allow_multiple_merge_keys: bool = False
    migrations: tuple[MigrationDir, ...] = DEFAULT_MIGRATIONS
    flags: FlagsConfig = field(default_factory=FlagsConfig)
    plan_solo: tuple[str, ...] = DEFAULT_SOLO  # globs of files whose PRs merge alone
    union_safe: tuple[str, ...] = DEFAULT_UNION_SAFE  # globs where keeping both sides of a conflict is fine
    severity: tuple[tuple[str, str], ...] = ()  # (code or prefix, "error" | "warning" | "off"), longest first
    baseline: str = BASELINE_FILE  # relative to the root
    worker_memory_limit: int = 4 << 30  # bytes of data a worker may have while checking a file (else RL013)

    def cache_key(self) -> str:
        """The settings that change per-file results, as a stable string."""
        return repr((self.python_version, self.python_version_from, self.sql_dialect, self.allow_multiple_merge_keys,
                     self.max_file_size, self.sql_dialect_set, self.sql_dialects, self.sql_dialect_from))


SQLFLUFF_CONFIG = ".sqlfluff"


def sqlfluff_dialect(path) -> str | None:
    """The SQL dialect a `.sqlfluff` file sets (`[sqlfluff]` `dialect = ansi`), as a name of ours;
    None when it sets none, names one we do not know, or cannot be read. A SQL linter's config is
    the project's own word on the dialect of the SQL below it (sqlfluff's configs nest: one that
    sets no dialect leaves its parent's)."""
    import configparser

    from .languages.sql.dialect import ALIASES

    looks.file(path)
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
        value = parser.get("sqlfluff", "dialect", fallback=None)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    return ALIASES.get(value.strip().lower()) if value else None


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    """Nearest .rebound-lint.toml, or pyproject.toml with [tool.rebound-lint], from start upward."""
    for candidate in _upward(start):
        found = config_in(candidate)
        if found is not None:
            return found
    return None


def config_in(directory: Path) -> tuple[Path, dict] | None:
    own = directory / CONFIG_FILE
    looks.file(own)
    if own.is_file():
        return own, _read_toml(own)
    pyproject = directory / "pyproject.toml"
    looks.file(pyproject)
    if pyproject.is_file():
        try:
            data = _read_toml(pyproject)
        except BrokenToml as exc:  # a merge broke it: a finding on the file, not the tool's failure
            return pyproject, {BROKEN: str(exc)}
        if "rebound-lint" in data.get("tool", {}):
            return pyproject, data
    return None


def load_config(start: Path) -> Config:
    return config_from(find_config_file(start), start)


def config_from(found: tuple[Path, dict] | None, start: Path) -> Config:
    """The Config of a find_config_file() result; defaults rooted at the repository without one."""
    if found is None:
        root = _git_root(start) or (start if start.is_dir() else start.parent)
        return Config(root=root.resolve())
    path, data = found
    if BROKEN in data:
        return Config(root=path.parent.resolve(), source=path,
                      notice=f"{data[BROKEN]}; its [tool.rebound-lint] settings (if any) were not read: defaults apply")
    if path.name == CONFIG_FILE:
        table, prefix = _own_table(data, path)
    else:
        table, prefix = data["tool"]["rebound-lint"], "tool.rebound-lint."
    requires = data.get("project", {}).get("requires-python") if path.name == "pyproject.toml" else None
    return parse_config(table, path, prefix, requires)


def _own_table(data: dict, path: Path) -> tuple[dict, str]:
    """A .rebound-lint.toml's settings: at its top level, or (as pyproject.toml writes them) in a
    [tool.rebound-lint] table; one form per file."""
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return data, ""
    what = (f"{path}: tool: .rebound-lint.toml takes its settings at the top level (or all of them in one "
            f"[tool.rebound-lint] table)")
    if set(tool) != {"rebound-lint"} or not isinstance(tool["rebound-lint"], dict):
        raise ConfigError(f"{what}; other tools' tables belong in their own files")
    if set(data) != {"tool"}:
        raise ConfigError(f"{what}, not both: move {', '.join(sorted(set(data) - {'tool'}))} into one of them")
    return tool["rebound-lint"], "tool.rebound-lint."


def parse_config(table: dict, path: Path, prefix: str = "", requires_python: str | None = None) -> Config:
    where = f"{path}: "

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}{prefix}{key}: {problem}")

    known = {
        "python-version", "sql-dialect", "sql-dialects", "exclude", "extend-exclude", "max-file-size", "ignore",
        "per-file-ignores", "allow-multiple-merge-keys", "migrations", "flags", "plan", "union-safe",
        "severity", "baseline", "worker-memory-limit", "include-vendored",
    }
    for key in table:
        if key not in known:
            raise fail(key, f"unknown key (known: {', '.join(sorted(known))})")

    kwargs: dict = {"root": path.parent.resolve(), "source": path}
    if "python-version" in table:
        kwargs["python_version"] = _version(table["python-version"], fail)
    elif requires_python:
        kwargs["python_version"] = _lowest_version(requires_python, path)
        kwargs["python_version_from"] = "requires-python"
    if "sql-dialect" in table:
        kwargs["sql_dialect"] = _sql_dialect(table["sql-dialect"], "sql-dialect", fail)
        kwargs["sql_dialect_set"] = True
    if "sql-dialects" in table:
        value = table["sql-dialects"]
        if not isinstance(value, dict):
            raise fail("sql-dialects", 'expected a table of glob = dialect, such as {"db/mysql/**" = "mysql"}')
        globs = []
        for glob, dialect in value.items():
            if not glob.strip("/"):
                raise fail(f"sql-dialects.{glob!r}", "expected a glob such as \"db/mysql/**\"")
            globs.append((glob, _sql_dialect(dialect, f"sql-dialects.{glob!r}", fail)))
        kwargs["sql_dialects"] = tuple(globs)
    exclude = list(Config.exclude)
    if "exclude" in table:
        exclude = _str_list(table["exclude"], "exclude", fail)
    if "extend-exclude" in table:
        exclude += _str_list(table["extend-exclude"], "extend-exclude", fail)
    kwargs["exclude"] = tuple(exclude)
    if "max-file-size" in table:
        size = table["max-file-size"]
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise fail("max-file-size", f"expected a positive number of bytes, got {size!r}")
        kwargs["max_file_size"] = size
    if "ignore" in table:
        kwargs["ignore"] = tuple(_codes(table["ignore"], "ignore", fail))
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise fail("per-file-ignores", "expected a table of glob = [codes]")
        kwargs["per_file_ignores"] = tuple(
            (glob, tuple(_codes(codes, f"per-file-ignores.{glob}", fail))) for glob, codes in value.items()
        )
    if "include-vendored" in table:
        flag = table["include-vendored"]
        if not isinstance(flag, bool):
            raise fail("include-vendored", f"expected true or false, got {flag!r}")
        kwargs["include_vendored"] = flag
    if "allow-multiple-merge-keys" in table:
        flag = table["allow-multiple-merge-keys"]
        if not isinstance(flag, bool):
            raise fail("allow-multiple-merge-keys", f"expected true or false, got {flag!r}")
        kwargs["allow_multiple_merge_keys"] = flag
    if "migrations" in table:
        kwargs["migrations"] = _migrations(table["migrations"], fail)
    if "flags" in table:
        kwargs["flags"] = _flags(table["flags"], fail)
    if "union-safe" in table:
        kwargs["union_safe"] = tuple(_str_list(table["union-safe"], "union-safe", fail))
    if "plan" in table:
        kwargs["plan_solo"] = _plan_solo(table["plan"], fail)
    if "severity" in table:
        kwargs["severity"] = _severity(table["severity"], fail)
    if "baseline" in table:
        baseline = table["baseline"]
        if not isinstance(baseline, str) or not baseline.strip():
            raise fail("baseline", f"expected a file path inside the project, got {baseline!r}")
        kwargs["baseline"] = _inside_project(baseline, "baseline", fail)
    if "worker-memory-limit" in table:
        kwargs["worker_memory_limit"] = _memory_size(table["worker-memory-limit"], fail)
    return Config(**kwargs)


def _sql_dialect(value, key: str, fail) -> str:
    name = value.lower() if isinstance(value, str) else None
    name = SQL_DIALECT_ALIASES.get(name, name)
    if name not in SQL_DIALECTS:
        raise fail(key, f"expected one of {', '.join(sorted(SQL_DIALECTS | set(SQL_DIALECT_ALIASES)))}, got {value!r}")
    return name


SIZE_UNITS = {"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}
MIN_WORKER_MEMORY = 128 << 20  # below this a worker cannot start its parsers


def _memory_size(value, fail) -> int:
    """A size such as "512MiB" or "4GiB" (KiB, MiB, GiB, TiB), or a number of bytes; at least
    MIN_WORKER_MEMORY."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    else:
        match = re.fullmatch(r"\s*(\d+)\s*(KiB|MiB|GiB|TiB)\s*", value) if isinstance(value, str) else None
        if match is None:
            raise fail("worker-memory-limit", f'expected a size such as "512MiB" or "4GiB", got {value!r}')
        size = int(match.group(1)) * SIZE_UNITS[match.group(2)]
    if size < MIN_WORKER_MEMORY:
        raise fail("worker-memory-limit", f"expected at least {MIN_WORKER_MEMORY >> 20} MiB, got {value!r}")
    return size


def _inside_project(path: str, key: str, fail) -> str:
    """A configured path must stay inside the project: nothing outside the tree is ever read."""
    parts = path.replace("\\", "/").split("/")
    if path.startswith(("/", "\\")) or ".." in parts or (len(path) > 1 and path[1] == ":"):
        raise fail(key, f"expected a path inside the project, got {path!r}")
    if ".git" in parts:  # the git directory is git's: a baseline written there replaced .git/config
        raise fail(key, f"expected a path inside the project, outside .git, got {path!r}")
    return path


def _severity(value, fail) -> tuple[tuple[str, str], ...]:
    """{code or prefix: "error" | "warning" | "off"}, longest prefix first (the most specific wins)."""
    if not isinstance(value, dict):
        raise fail("severity", 'expected a table such as {RL702 = "error", RL4 = "warning"}')
    levels = []
    for code, level in value.items():
        if not isinstance(level, str) or level.lower() not in SEVERITY_LEVELS:
            raise fail(f"severity.{code}", f"expected one of {', '.join(SEVERITY_LEVELS)}, got {level!r}")
        try:
            found = rule_codes([code])
        except ValueError as exc:
            raise fail(f"severity.{code}", str(exc)) from None
        if len(found) != 1:  # "" or "RL1,RL2"
            raise fail(f"severity.{code!r}", "expected one rule code or prefix per key, such as RL702 or RL4")
        prefix = found[0]
        levels.append((prefix, level.lower()))
    return tuple(sorted(levels, key=lambda item: -len(item[0])))


def _read_toml(path: Path) -> dict:
    try:
        info = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    return _read_toml_cached(path, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=256)
def _read_toml_cached(path: Path, mtime_ns: int, size: int) -> dict:
    import tomllib  # on first use: it imports typing, string and datetime, which a project without a config never needs

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise BrokenToml(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
                          f"TOML files are UTF-8") from None
    except ValueError:  # an integer longer than Python converts: not a 64-bit TOML integer
        raise BrokenToml(f"{path}: invalid TOML: an integer too long to be 64-bit") from None
    except RecursionError:
        raise BrokenToml(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _git_root(start: Path) -> Path | None:
    for candidate in _upward(start):
        if (candidate / ".git").exists():
            return candidate
    return None


def _upward(start: Path):
    """start's directory, then each parent up to and including the one that holds `.git`. The
    path as spelled, never resolved: a link out of the tree must not make its target's
    directory (and a config file there) the project's."""
    start = Path(os.path.abspath(start))
    directory = start if start.is_dir() and not start.is_symlink() else start.parent
    for candidate in (directory, *directory.parents):
        looks.exists(candidate / ".git")
        top = (candidate / ".git").exists()
        yield candidate
        if top:
            return


def _version(value, fail) -> tuple[int, int]:
    """A string such as "3.12". A TOML float is refused: `3.10` would be read as 3.1."""
    match = re.fullmatch(r"(\d+)\.(\d+)", value.strip()) if isinstance(value, str) else None
    if not match or match.group(1) != "3":
        hint = " (a string: a TOML number 3.10 is 3.1)" if isinstance(value, float) else ""
        raise fail("python-version", f'expected a version string such as "3.12"{hint}, got {value!r}')
    return int(match.group(1)), int(match.group(2))


REQUIRES_CLAUSE = re.compile(r"\s*(?:~=|===|==|!=|<=|>=|<|>)\s*\d+(?:\.\d+)*(?:\.\*)?[A-Za-z0-9.+!-]*\s*")


def _lowest_version(spec, path: Path) -> tuple[int, int] | None:
    """The lowest Python a `requires-python` specifier allows (its >=, ~= or == bound)."""
    if not isinstance(spec, str) or not all(REQUIRES_CLAUSE.fullmatch(clause) for clause in spec.split(",")):
        raise ConfigError(f"{path}: project.requires-python: not a version specifier such as \">=3.10\": {spec!r}")
    match = re.search(r"(?:>=|~=|==)\s*(\d+)\.(\d+)", spec)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _str_list(value, key: str, fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise fail(key, f"expected a list of strings, got {value!r}")
    return value


def _codes(value, key: str, fail) -> list[str]:
    try:
        return list(rule_codes(_str_list(value, key, fail)))
    except ValueError as exc:
        raise fail(key, str(exc)) from None


def _migrations(value, fail) -> tuple[MigrationDir, ...]:
    if not isinstance(value, list):
        raise fail("migrations", "expected an array of tables ([[tool.rebound-lint.migrations]])")
    dirs = []
    for index, entry in enumerate(value):
        key = f"migrations[{index}]"
        if not isinstance(entry, dict):
            raise fail(key, "expected a table with path and pattern")
        unknown = set(entry) - {"path", "pattern", "allow"}
        if unknown:
            raise fail(f"{key}.{sorted(unknown)[0]}", "unknown key (known: path, pattern, allow)")
        path, pattern = entry.get("path"), entry.get("pattern")
        if not isinstance(path, str) or not path:
            raise fail(f"{key}.path", "expected a directory path")
        _inside_project(path, f"{key}.path", fail)
        if not isinstance(pattern, str):
            raise fail(f"{key}.pattern", "expected a regular expression")
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise fail(f"{key}.pattern", f"invalid regular expression: {exc}") from None
        if "prefix" not in compiled.groupindex:
            raise fail(f"{key}.pattern", "needs a named group (?P<prefix>...)")
        allow = _str_list(entry.get("allow", []), f"{key}.allow", fail)
        dirs.append(MigrationDir(path.strip("/"), pattern, tuple(allow)))
    return tuple(dirs)


def _plan_solo(value, fail) -> tuple[str, ...]:
    """[plan] solo = [...] replaces the always-solo globs; extend-solo adds to them."""
    if not isinstance(value, dict):
        raise fail("plan", "expected a table")
    for key in value:
        if key not in ("solo", "extend-solo"):
            raise fail(f"plan.{key}", "unknown key (known: extend-solo, solo)")
    solo = list(_str_list(value["solo"], "plan.solo", fail)) if "solo" in value else list(DEFAULT_SOLO)
    if "extend-solo" in value:
        solo += _str_list(value["extend-solo"], "plan.extend-solo", fail)
    return tuple(solo)


def _flags(value, fail) -> FlagsConfig:
    if not isinstance(value, dict):
        raise fail("flags", "expected a table")
    names = {"registry": "registry", "promotion-dir": "promotion_dir",
             "promotion-pattern": "promotion_pattern", "key": "key"}
    kwargs = {}
    for key, item in value.items():
        if key not in names:
            raise fail(f"flags.{key}", f"unknown key (known: {', '.join(names)})")
        if not isinstance(item, str):
            raise fail(f"flags.{key}", f"expected a string, got {item!r}")
        kwargs[names[key]] = item
        if key in ("registry", "promotion-dir"):
            _inside_project(item, f"flags.{key}", fail)
    kwargs["configured"] = "registry" in value
    pattern = kwargs.get("promotion_pattern", FlagsConfig.promotion_pattern)
    if "{flag}" not in pattern:
        raise fail("flags.promotion-pattern", "must contain {flag}")
    try:
        re.compile(pattern.replace("{flag}", "x"))
    except re.error as exc:
        raise fail("flags.promotion-pattern", f"invalid regular expression: {exc}") from None
    return FlagsConfig(**kwargs)
