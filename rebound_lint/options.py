"""Values of `check`'s options, parsed one way for the CLI (which turns a ValueError into a
usage error) and for a replay (which leaves anything invalid to the CLI). No click here."""
from __future__ import annotations

from collections.abc import Iterable


def rule_codes(values: Iterable[str]) -> tuple[str, ...]:
    """Comma-separated rule codes or prefixes, upper-cased; ValueError names an unknown one."""
    from .rules import is_known_prefix

    codes = tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())
    for code in codes:
        if not is_known_prefix(code):
            raise ValueError(f"unknown rule code {code!r} (see `rebound-lint rules`)")
    return codes


def shard(value: str) -> tuple[int, int]:
    """K/N with 1 <= K <= N; ValueError says what is wrong."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise ValueError(f"expected K/N such as 2/4, got {value!r}") from None
    if not 1 <= k <= n:
        raise ValueError(f"K must be between 1 and N, got {value!r}")
    return k, n


# `check`'s options as argv spells them (cli.py's click declarations are the authority;
# tests/test_hook_fast_path.py keeps these equal to them): name -> the keyword of
# pipeline.Request it sets, and for a flag the value it sets. VALUES take a value.
CHECK_VALUES = {"--format": "output_format", "--select": "select", "--ignore": "ignore", "--base": "base_ref",
                "--jobs": "jobs", "-j": "jobs", "--shard": "shard", "--output": "output", "-o": "output",
                "--fail-on": "fail_on", "--color": "color"}
CHECK_FLAGS = {"--all-files": ("all_files", True), "--repo-only": ("repo_only", True), "--staged": ("staged", True),
               "--no-cache": ("no_cache", True), "--force-exclude": ("force_exclude", True),
               "--quiet": ("quiet", True), "-q": ("quiet", True), "--debug": ("debug", True),
               "--exit-zero": ("exit_zero", True), "--show-source": ("show_source", True),
               "--no-show-source": ("show_source", False), "--show-suppressed": ("show_suppressed", True),
               "--no-baseline": ("no_baseline", True), "--all-findings": ("all_findings", True),
               "--fix": ("fix", True), "--diff": ("show_diff", True), "-h": ("help", True),
               "--help": ("help", True)}
CHOICES = {"output_format": ("github", "json", "sarif", "text"), "fail_on": ("error", "warning", "info"),
           "color": ("auto", "always", "never")}
# what only the CLI does (a usage message, a rewrite of migrations, the help): never on the lean path
CLI_ONLY = frozenset({"output", "fix", "show_diff", "help"})


def check_request(options: list[str], paths: list[str]) -> dict | None:
    """The keywords of pipeline.Request for `check OPTIONS -- PATHS` exactly as the CLI would
    build them, without click (the hooks' entry points: click is the largest import of a hook's
    run); None for anything the CLI must handle itself: an option spelled in a way this does not
    read (`-qj2`, `-j2`), an invalid value (the CLI's usage error says what is wrong), --output,
    --fix, --diff, --help, --all-files with paths, or an empty --base."""
    from pathlib import Path

    found: dict = {}
    lists: dict[str, list[str]] = {"select": [], "ignore": []}
    position = 0
    while position < len(options):
        arg = options[position]
        name, has_value, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in CHECK_VALUES:
            if not has_value:
                position += 1
                if position >= len(options):
                    return None
                value = options[position]
            field = CHECK_VALUES[name]
            if field in lists:
                lists[field].append(value)
            else:
                found[field] = value
        elif name in CHECK_FLAGS and not has_value:
            field, flag = CHECK_FLAGS[name]
            found[field] = flag
        else:
            return None
        position += 1
    if CLI_ONLY & found.keys():
        return None
    for field, allowed in CHOICES.items():
        if field in found and found[field] not in allowed:
            return None
    try:
        found["select"], found["ignore"] = rule_codes(lists["select"]), rule_codes(lists["ignore"])
        if "shard" in found:
            found["shard"] = shard(found["shard"])
    except ValueError:
        return None
    if "jobs" in found:
        if not (found["jobs"].isascii() and found["jobs"].isdigit()):
            return None
        found["jobs"] = int(found["jobs"])
    if "base_ref" in found and not found["base_ref"].strip():
        return None
    if found.get("all_files") and paths:
        return None
    return {**found, "paths": tuple(Path(path) for path in paths)}
