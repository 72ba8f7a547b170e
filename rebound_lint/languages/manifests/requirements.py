"""pip requirements and constraints files, read the way pip reads them: comments stripped, `\\`
continuations joined, options (`-r`, `-c`, `-e`, `--hash`, index options) told apart from
requirements, and each requirement parsed with `packaging`'s PEP 508 grammar (RL431). The same
project (PEP 503 names) required twice with different specifiers, URLs or extras is RL432,
unless their environment markers cannot both hold: an environment where both do is the proof, or
unless the file is pybuild-deps' output (one isolated build environment per package)."""
from __future__ import annotations

import itertools
import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

# A path followed by whitespace and more words (helm's search output: `testing/alpine\t0.2.0\t2.3.4\tDeploy a
# basic ...`): pip would look for a file of that whole name; it counts as a line that is not a requirement.
WORDS_AFTER_PATH = re.compile(r"\S\s+\S")
COMMENT = re.compile(r"(^|\s+)#.*$")
# A sentence: three or more words, none of the characters a requirement's specifier, extras, marker
# or URL needs (datamodel-code-generator's tests/data/expected/model/constraints_boundary.txt, an
# expected output that says "No neutral-layer pydantic_base imports.").
PROSE = re.compile(r"^[A-Za-z][^\s<>=!~;@\[\]()]*(?:\s+[^\s<>=!~;@\[\]()]+){2,}$")
ENV_VAR = re.compile(r"\$\{([A-Z0-9_]+)\}")
URL_SCHEMES = {"http", "https", "file", "ftp"}
VCS = {"git", "hg", "svn", "bzr"}
ARCHIVE = re.compile(r"\.(whl|zip|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma|tar)$", re.I)
# pip's requirements-file options (pip/_internal/req/req_file.py): those taking a value, then flags.
VALUE_OPTIONS = {"-i", "--index-url", "--extra-index-url", "-c", "--constraint", "-r", "--requirement",
                 "-e", "--editable", "-f", "--find-links", "--no-binary", "--only-binary", "--trusted-host",
                 "--use-feature", "--hash", "--global-option", "--config-settings", "--install-option"}
FLAG_OPTIONS = {"--no-index", "--prefer-binary", "--require-hashes", "--pre"}
SAMPLES = {  # values every marker variable is tried at, besides those the markers name
    "python_version": ["2.7", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"],
    "sys_platform": ["linux", "win32", "darwin"], "platform_system": ["Linux", "Windows", "Darwin"],
    "os_name": ["posix", "nt"], "platform_machine": ["x86_64", "aarch64", "arm64", "AMD64"],
    "implementation_name": ["cpython", "pypy"], "platform_python_implementation": ["CPython", "PyPy"],
}
# conda's package specs, which `conda create --file requirements.txt` reads: a channel before the name
# (pip never takes `::`), and pins with one `=` (`numpy=1.26`, `scipy=1.11.*`)
CONDA_CHANNEL = re.compile(r"^[A-Za-z0-9_.-]+::[A-Za-z0-9_.-]")
CONDA_PIN = re.compile(r"^[A-Za-z0-9_.-]+\s*=[^=]")
# pybuild-deps' output (the requirements-build.txt Hermeto/Cachi2 prefetch): the build requirements of every
# sdist, each built in its own isolated environment, so one build tool may be pinned at several versions;
# pip never installs it as one environment. Its header names the command, as pip-compile's does.
SEVERAL_BUILD_ENVIRONMENTS = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*?#\s+pybuild-deps\s+compile\b")
MAX_ENVIRONMENTS = 5000  # per pair of markers
FILE_BUDGET = 50000  # marker evaluations per file: past it, pairs go unproved (no finding), never slow


def logical_lines(text: str):
    """(line number, text) for each logical line, continuations joined and comments dropped, as pip."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start, parts = i + 1, []
        while True:
            line = lines[i]
            i += 1
            if line.endswith("\\") and not COMMENT.search(line):
                parts.append(line[:-1])
                if i < len(lines):
                    continue
            else:
                parts.append(line)
            break
        joined = COMMENT.sub("", "".join(parts)).strip()
        if joined:
            yield start, joined


def _split_options(line: str) -> tuple[str, list[str]]:
    """pip's break_args_options: the requirement, then the options after it."""
    tokens = line.split(" ")
    for index, token in enumerate(tokens):
        if token.startswith("-"):
            return " ".join(tokens[:index]).strip(), [t for t in tokens[index:] if t]
    return line, []


def _option_problem(options: list[str]) -> str | None:
    """What pip's option parser would refuse (an unknown option, a value missing); pip ignores
    file-wide options that follow a requirement, so they are not a problem."""
    i = 0
    while i < len(options):
        token = options[i]
        name, has_value = (token.split("=", 1)[0], True) if token.startswith("--") and "=" in token else (token, False)
        if not name.startswith("--") and len(name) > 2 and name[:2] in VALUE_OPTIONS:
            name, has_value = name[:2], True  # -rfile.txt
        if name.startswith("--") and name not in VALUE_OPTIONS | FLAG_OPTIONS:
            matches = [known for known in VALUE_OPTIONS | FLAG_OPTIONS if known.startswith(name)]
            name = matches[0] if len(matches) == 1 else name  # optparse takes unique prefixes
        if name in VALUE_OPTIONS:
            if not has_value:
                i += 1
                if i >= len(options):
                    return f"option {name} needs a value"
        elif name not in FLAG_OPTIONS:
            return f"unknown option {name}"
        i += 1
    return None


def _is_url(text: str) -> bool:
    """pip's is_url: a scheme it knows, before the first colon."""
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    return scheme in URL_SCHEMES or scheme.split("+", 1)[0] in VCS


def _local_or_url(name: str) -> bool:
    """What pip installs as a path, an archive or a URL rather than as a named requirement."""
    if _is_url(name) or name.startswith(".") or "/" in name or "\\" in name:
        return True
    return bool(ARCHIVE.search(name)) and not re.match(r"^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*@", name)


def _conda_specs(lines: list[str]) -> bool:
    """Whether the file's logical lines are written for conda, not pip: a `channel::name` line, or at
    least two one-`=` pins and no pip `==` pin (one `=` among pip's pins is a typo pip refuses)."""
    if any(CONDA_CHANNEL.match(line) for line in lines):
        return True
    return sum(CONDA_PIN.match(line) is not None for line in lines) >= 2 and not any("==" in line for line in lines)


@quiet_on_deliberately_invalid
def check(source, config):
    from packaging.markers import InvalidMarker, Marker
    from packaging.requirements import InvalidRequirement, Requirement
    from packaging.utils import canonicalize_name

    numbered = list(logical_lines(source.text))
    if _conda_specs([line for _, line in numbered]):
        source.note("conda package specs (`channel::name`, `name=version`), not pip requirements: not checked")
        return []
    findings: list[Finding] = []
    seen: dict[str, list[tuple[int, Requirement, object]]] = {}
    valid = invalid = columns = prose = options_seen = 0
    for number, line in numbered:
        line = ENV_VAR.sub("x", line)
        requirement_text, options = _split_options(line)
        problem = _option_problem(options)
        if problem:
            findings.append(Finding(source.path, number, 1, "RL431", problem))
            continue
        if not requirement_text:  # an option line: -r, -c, -e, --index-url, ...
            options_seen += 1
            continue
        # pip's parse_req_from_line: environment markers split off first ("; " after a URL).
        separator = "; " if _is_url(requirement_text) else ";"
        name, _, marker_text = requirement_text.partition(separator)
        name, marker_text = name.strip(), marker_text.strip()
        if _local_or_url(name):
            if WORDS_AFTER_PATH.search(name) and not _is_url(name):
                columns += 1  # a path with more words after it: a table's row or prose, no line pip reads
            continue
        try:
            requirement = Requirement(name)
            marker = Marker(marker_text) if marker_text else None
        except (InvalidRequirement, InvalidMarker) as exc:
            invalid += 1
            prose += PROSE.match(requirement_text) is not None
            findings.append(Finding(source.path, number, 1, "RL431",
                                    f"not a valid requirement: {str(exc).splitlines()[0]}"))
            continue
        valid += 1
        if requirement.marker is not None:
            marker = requirement.marker if marker is None else Marker(f"({requirement.marker}) and ({marker})")
        seen.setdefault(canonicalize_name(requirement.name), []).append((number, requirement, marker))
    if invalid + columns >= 3 and invalid + columns > valid:
        source.note(f"{invalid + columns} of {valid + invalid + columns} lines are not requirements: not a requirements "
                    "file, not checked")
        return []
    if prose and prose == invalid and not (valid or options_seen or columns):
        # only a name says it is pip's: a file of sentences and no requirement is a text (an expected
        # output, a note) whose name ends in constraints.txt, never a requirements file a merge broke
        source.note(f"{prose} line{'s' if prose > 1 else ''} of prose and no requirement: not a requirements "
                    "file, not checked")
        return []
    if SEVERAL_BUILD_ENVIRONMENTS.match(source.text):
        source.note("pybuild-deps output: one build environment per package, so one project pinned twice is "
                    "meant; conflicting pins (RL432) not checked")
        return sorted(findings)
    budget = [FILE_BUDGET]
    for entries in seen.values():
        for index, (number, requirement, marker) in enumerate(entries):
            for first_number, first, first_marker in entries[:index]:
                clash = _clash(first, requirement)
                if clash and _can_both_hold(first_marker, marker, budget):
                    findings.append(Finding(source.path, number, 1, "RL432",
                                            f"{requirement.name} required again as {_show(requirement)}; line "
                                            f"{first_number} requires {_show(first)}: {clash} (both halves of a "
                                            f"merge kept?)"))
                    break
    return sorted(findings)


def _show(requirement) -> str:
    return f"@ {requirement.url}" if requirement.url else str(requirement.specifier) or "(any version)"


def _clash(a, b) -> str:
    """Why two requirements of one project cannot both be met ("" when they can, or may)."""
    if a.url or b.url:
        return "two different URLs" if a.url and b.url and a.url != b.url else ""
    if a.specifier == b.specifier:
        return ""
    from packaging.version import InvalidVersion, Version

    candidates: set[Version] = set()
    for specifier in (*a.specifier, *b.specifier):
        text = specifier.version.replace(".*", "")
        for step in (0, 1, -1):
            try:
                candidates.add(Version(_bump(text, step)))
            except InvalidVersion:
                return ""  # a version packaging cannot order: no proof either way
        for extra in (text + ".1", _below(text)):  # just above, and just below (under an x.y.0 cap: 1.2.999999)
            try:
                candidates.add(Version(extra))
            except InvalidVersion:
                pass
    if any(a.specifier.contains(v, prereleases=True) and b.specifier.contains(v, prereleases=True)
           for v in candidates):
        return ""
    pinned = any(s.operator in ("==", "===") and "*" not in s.version for s in (*a.specifier, *b.specifier))
    return "the pins cannot both hold" if pinned else "no version satisfies both"


def _can_both_hold(a, b, budget: list[int]) -> bool:
    """Whether some environment satisfies both markers (None: always): tried over the values they name."""
    if a is None or b is None:
        return True
    values: dict[str, set[str]] = {}
    for marker in (a, b):
        for variable, value in _comparisons(marker._markers):
            values.setdefault(variable, set()).add(value)
    choices = {}
    for variable, named in values.items():
        candidates = set(SAMPLES.get(variable, [])) | named
        if variable.endswith("version"):
            candidates |= {_bump(value, step) for value in named for step in (1, -1)} | {"0", "99"}
        if variable == "extra":
            candidates.add("")
        choices[variable] = sorted(candidates)
    total = 1
    for candidates in choices.values():
        total *= len(candidates)
    if total > MAX_ENVIRONMENTS or total > budget[0]:
        return False  # too many to try: no proof that they overlap, so no finding
    names = list(choices)
    budget[0] -= total
    for combination in itertools.product(*(choices[n] for n in names)):
        environment = dict(zip(names, combination))
        try:
            if a.evaluate(environment) and b.evaluate(environment):
                return True
        except MemoryError:
            raise
        except Exception:  # an undefined comparison for this sample: try the next
            continue
    return False


def _comparisons(markers):
    """(variable, literal) pairs of a marker's parsed form."""
    for item in markers:
        if isinstance(item, list):
            yield from _comparisons(item)
        elif isinstance(item, tuple) and len(item) == 3:
            left, _op, right = item
            for variable, value in ((left, right), (right, left)):
                if type(variable).__name__ == "Variable" and type(value).__name__ == "Value":
                    yield variable.value, value.value


def _below(version: str) -> str:
    """A version just below version's release (1.3.0 -> 1.2.999999, 2 -> 1.999999), or "" below 0."""
    parts = version.split(".")
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].isdigit() and int(parts[index]) > 0:
            return ".".join(parts[:index] + [str(int(parts[index]) - 1), "999999"])
        if not parts[index].isdigit():
            return ""
    return ""


def _bump(version: str, step: int) -> str:
    parts = version.split(".")
    if parts[-1].isdigit():
        parts[-1] = str(max(0, int(parts[-1]) + step))
    return ".".join(parts)
