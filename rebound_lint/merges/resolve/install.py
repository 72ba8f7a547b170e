"""`rebound-lint merge-driver --install` / `--uninstall`: the driver in this repository only.

Install writes two things, both local (nothing committed): `merge.rebound-lint.name`,
`merge.rebound-lint.driver` and `merge.rebound-lint.recursive = text` (the virtual merge-base of a
criss-cross merge is git's own text merge, as without the driver) in the repository's config
(`git config --local`), and one block of lines
in `info/attributes` of the common git dir naming the file types the driver handles. A tracked
file that the repository's own `.gitattributes` already gives a merge driver (`merge=union`, a
custom driver, `-merge`) keeps it: the block ends with a line for that file restoring its value
(info/attributes outranks .gitattributes). Uninstall removes exactly what install wrote: the
config keys when they still hold what install set, and the block (with the newline install had to
add before it, or the whole file when install created it); everything else stays byte for byte."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from ...errors import UsageProblem

NAME = "rebound-lint"
DESCRIPTION = "rebound-lint: resolves only what it can prove, else git's own conflict"
PATTERNS = ("*.py", "*.pyi", "*.js", "*.jsx", "*.mjs", "*.cjs", "*.ts", "*.tsx", "*.mts", "*.cts",
            "*.json", "*.yaml", "*.yml", "*.toml", "*.sql",
            "requirements*.txt", "requirements*.in", "constraints*.txt", "*-requirements.txt",
            "**/requirements/*.txt", "**/requirements/*.in",
            "yarn.lock", "go.mod", "go.sum", "CHANGELOG*", "CHANGES*", "HISTORY*", "NEWS*",
            "AUTHORS*", "CONTRIBUTORS*", "MAINTAINERS*", "THANKS*", "CREDITS*")
BEGIN = "# rebound-lint merge driver: `rebound-lint merge-driver --uninstall` removes these lines"
CREATED, JOINED = " (it created this file)", " (and the newline before them)"
END = "# end of the rebound-lint merge driver"
SAFE_PATH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+@%,=~")


def command_line() -> str:
    """The driver's command: this interpreter running this rebound-lint (so it works without
    rebound-lint on PATH, in the venv or pipx install that ran --install)."""
    return f"{shlex.quote(sys.executable)} -m rebound_lint merge-driver %O %A %B %L %P %S %X %Y"


def _git(top: Path, *args: str, check: bool = True, input: bytes | None = None) -> subprocess.CompletedProcess:
    from ... import gitenv

    proc = subprocess.run(["git", "-C", str(top), *args], capture_output=True, input=input, env=gitenv.environment())
    if check and proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageProblem(f"git {args[0]} failed: {lines[-1] if lines else proc.returncode}")
    return proc


def _where(start: Path) -> tuple[Path, Path]:
    proc = _git(start, "rev-parse", "--git-path", "info/attributes", check=False)
    if proc.returncode != 0:
        raise UsageProblem(f"not a git repository: {start} (run merge-driver --install inside one)")
    attributes = Path(proc.stdout.decode("utf-8", "surrogateescape").strip())
    return start, attributes if attributes.is_absolute() else start / attributes


def _config(top: Path, key: str) -> str | None:
    proc = _git(top, "config", "--local", "--get", key, check=False)
    return proc.stdout.decode("utf-8", "surrogateescape").rstrip("\n") if proc.returncode == 0 else None


def _ours(value: str | None) -> bool:
    return value is not None and "merge-driver" in value and ("rebound_lint" in value or "rebound-lint" in value)


def install(start: Path) -> list[str]:
    """Install; returns what it did, one line each."""
    top, attributes = _where(start)
    said = []
    driver = _config(top, f"merge.{NAME}.driver")
    if driver is not None and not _ours(driver):
        raise UsageProblem(f"merge.{NAME}.driver is already set to {driver!r}; not overwritten")
    wanted = command_line()
    if driver != wanted:
        _git(top, "config", "--local", f"merge.{NAME}.driver", wanted)
        said.append(f"set merge.{NAME}.driver in the repository's config: {wanted}")
    if _config(top, f"merge.{NAME}.name") is None:
        _git(top, "config", "--local", f"merge.{NAME}.name", DESCRIPTION)
    if _config(top, f"merge.{NAME}.recursive") is None:  # merging several merge-bases: git's own text merge
        _git(top, "config", "--local", f"merge.{NAME}.recursive", "text")
    try:
        before = attributes.read_bytes() if attributes.exists() else None
    except OSError as exc:
        raise UsageProblem(f"cannot read {attributes}: {exc.strerror}") from None
    if before is not None and _block(before) is not None:
        said.append(f"{attributes} already names the file types (left as it is)")
        return said or ["already installed"]
    kept, unrestorable = _existing_drivers(top)
    header = BEGIN + (CREATED if before is None else JOINED if before and not before.endswith(b"\n") else "")
    lines = [header, *(f"{pattern} merge={NAME}" for pattern in PATTERNS),
             *(f"/{path} {_attribute(value)}" for path, value in kept), END]
    text = ("\n" if before and not before.endswith(b"\n") else "") + "\n".join(lines) + "\n"
    try:
        attributes.parent.mkdir(parents=True, exist_ok=True)
        with open(attributes, "ab") as handle:
            handle.write(text.encode("utf-8", "surrogateescape"))
    except OSError as exc:
        raise UsageProblem(f"cannot write {attributes}: {exc.strerror}") from None
    said.append(f"added merge={NAME} for {len(PATTERNS)} file patterns to {attributes} (local: nothing committed)")
    if kept:
        said.append(f"kept the merge driver .gitattributes gives {len(kept)} file{'s' if len(kept) != 1 else ''}: "
                    + ", ".join(f"{path} ({_attribute(value)})" for path, value in kept[:5])
                    + (", ..." if len(kept) > 5 else ""))
    for path, value in unrestorable:
        said.append(f"note: {path} has {_attribute(value)} in .gitattributes, but its name cannot be written "
                    f"as an attributes pattern: the driver now handles it")
    return said


def _attribute(value: str) -> str:
    return "-merge" if value == "unset" else "merge" if value == "set" else f"merge={value}"


def _existing_drivers(top: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Tracked files matching the driver's patterns that already have a merge attribute (before install)."""
    from fnmatch import fnmatchcase

    files = [p for p in _git(top, "ls-files", "-z").stdout.decode("utf-8", "surrogateescape").split("\0") if p]
    names = [p for p in files if any(fnmatchcase(p.rsplit("/", 1)[-1], pattern) or fnmatchcase(p, pattern.replace("**/", "*"))
                                     for pattern in PATTERNS)]
    if not names:
        return [], []
    data = "\0".join(names).encode("utf-8", "surrogateescape") + b"\0"
    fields = _git(top, "check-attr", "-z", "--stdin", "merge", input=data).stdout.decode("utf-8", "surrogateescape").split("\0")
    kept, unrestorable = [], []
    for index in range(0, len(fields) - 2, 3):
        path, _attr, value = fields[index:index + 3]
        if value != "unspecified":
            (kept if set(path) <= SAFE_PATH else unrestorable).append((path, value))
    return kept, unrestorable


def _block(data: bytes) -> tuple[int, int, str] | None:
    """(start, end, header) byte offsets of install's block (end after its last newline), or None."""
    lines = data.split(b"\n")
    offset, start, header = 0, None, ""
    for line in lines:
        text = line.decode("utf-8", "surrogateescape")
        if start is None and text.startswith(BEGIN):
            start, header = offset, text
        elif start is not None and text == END:
            end = offset + len(line) + 1
            return start, min(end, len(data)), header
        offset += len(line) + 1
    return None


def uninstall(start: Path) -> list[str]:
    top, attributes = _where(start)
    said = []
    driver = _config(top, f"merge.{NAME}.driver")
    if _ours(driver):
        _git(top, "config", "--local", "--unset", f"merge.{NAME}.driver")
        said.append(f"removed merge.{NAME}.driver from the repository's config")
        if _config(top, f"merge.{NAME}.name") == DESCRIPTION:
            _git(top, "config", "--local", "--unset", f"merge.{NAME}.name")
        if _config(top, f"merge.{NAME}.recursive") == "text":
            _git(top, "config", "--local", "--unset", f"merge.{NAME}.recursive")
    elif driver is not None:
        said.append(f"left merge.{NAME}.driver alone: {driver!r} is not rebound-lint's")
    try:
        data = attributes.read_bytes() if attributes.exists() else None
    except OSError as exc:
        raise UsageProblem(f"cannot read {attributes}: {exc.strerror}") from None
    found = _block(data) if data is not None else None
    if found is not None:
        begin, end, header = found
        if header.endswith(JOINED) and begin > 0 and data[begin - 1:begin] == b"\n":
            begin -= 1
        rest = data[:begin] + data[end:]
        try:
            if header.endswith(CREATED) and not rest:
                attributes.unlink()
            else:
                attributes.write_bytes(rest)
        except OSError as exc:
            raise UsageProblem(f"cannot write {attributes}: {exc.strerror}") from None
        said.append(f"removed the driver's lines from {attributes}")
    return said or ["not installed: nothing to remove"]


def environment_for_run(attributes_file: Path) -> dict[str, str]:
    """For `rebound-lint rebase`: the driver configured for one git command only (GIT_CONFIG_*
    variables), its attributes in a file of its own; the repository's config is left as it was."""
    from ... import gitenv

    env = dict(os.environ)
    for var in gitenv.DROPPED:
        env.pop(var, None)
    pairs = [(f"merge.{NAME}.name", DESCRIPTION), (f"merge.{NAME}.driver", command_line()),
             (f"merge.{NAME}.recursive", "text"),
             ("core.attributesFile", str(attributes_file))]
    try:
        count = int(env.get("GIT_CONFIG_COUNT") or 0)
    except ValueError:
        count = 0
    for index, (key, value) in enumerate(pairs, start=count):
        env[f"GIT_CONFIG_KEY_{index}"], env[f"GIT_CONFIG_VALUE_{index}"] = key, value
    env["GIT_CONFIG_COUNT"] = str(count + len(pairs))
    return env


def run_attributes(top: Path) -> str:
    """The attributes file's text for one run: the driver's patterns, then the user's own
    core.attributesFile (replaced for the run, so copied; later lines win within a file, so the
    user's own merge settings still win). The repository's .gitattributes and info/attributes
    outrank this file: a merge driver they set stays in force."""
    proc = _git(top, "config", "--get", "--path", "core.attributesFile", check=False)
    own = proc.stdout.decode("utf-8", "surrogateescape").strip() if proc.returncode == 0 else ""
    if not own:
        xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
        own = os.path.join(xdg, "git", "attributes")
    try:
        theirs = Path(own).read_text("utf-8", "surrogateescape")
    except OSError:
        theirs = ""
    return "".join(f"{pattern} merge={NAME}\n" for pattern in PATTERNS) + theirs + ("\n" if theirs and not theirs.endswith("\n") else "")
