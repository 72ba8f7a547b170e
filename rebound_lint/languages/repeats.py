"""Back-to-back repeated runs in a sequence (statements, list items): the shape that keeping both
halves of a conflict leaves when both halves held the same lines.

A botched resolution doubles a hunk: a run repeated ONCE, in one place or a few. What repeats
otherwise is data, not a botch (recorded_repeats): a run that comes three times or more in a row
(repeated_runs skips it), a file where one repeat rule finds more than MANY_PLACES doubled runs
(a scanner's report kept verbatim, 136 identical exception items), and recorded data in test-data
folders (testdata/, __snapshots__/, golden/, a test folder's scans/ or data/, expected output), where
repeats are what the recorded tool wrote or the point of the test."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from . import context
from .test_inputs import TEST_DIR_PREFIX, TEST_DIRS, _listing, _words, excusing, is_test_file, test_dir_of  # noqa: F401  (halves modules import is_test_file here)
from .test_inputs import listed_in_manifest, tested_in_another_language, unnumbered

MAX_RUN = 10
# Methods that take the next item each time they are called (a list's pop, a stream's read, pexpect's
# expect, an array's splice, a wait for the next signal): the same call twice takes two, so its repeat
# is no fingerprint.
CONSUMING_METHODS = frozenset({"pop", "popleft", "popitem", "shift", "splice", "read", "readline", "readexactly",
                               "readuntil", "recv", "recv_into", "expect", "expect_exact", "skip", "advance", "wait"})
# A function whose name says it steps a cursor (meriyah's `advanceChar(parser)` twice over `#!`; `skipSpace(state)`,
# `nextToken(lexer)`, `consume(parser)`): each call does the next step, as a consuming method takes the next item
STEPPING_VERBS = frozenset({"advance", "skip", "consume", "next", "step", "eat",
                            "indent", "dedent", "outdent", "unindent"})  # one indentation level a call


def steps_a_cursor(name: str) -> bool:
    """Whether a function's name begins with a stepping verb (advanceChar, skip_space, nextToken, consume,
    dedent: each call moves a cursor or a level one step on)."""
    first = re.match(r"_*([a-z]+)", name)
    return first is not None and first.group(1) in STEPPING_VERBS


# A switch's case label is evaluated each time the switch tries it: one that changes state (`case p++:`,
# `case (i += 1):`, a fuzzer's or generator's way of numbering its arms) is a new value each time, so the
# same text twice is two different cases, no fingerprint of a doubled hunk. Strings are left out first
# (`case 'a--b':` twice is a repeat).
_QUOTED = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`""")
_CHANGES_STATE = re.compile(r"\+\+|--|(?:<<|>>>?|\*\*|&&|\|\||\?\?)=|(?<![=!<>])=(?![=>])|\byield\b")


def changes_state(label: str) -> bool:
    """Whether a case label's source updates or assigns something (`p++`, `--n`, `x = y`, `i += 1`)."""
    return _CHANGES_STATE.search(_QUOTED.sub("''", label)) is not None


# Every "both halves kept" finding ends with this: the rule saw the shape a conflict resolved by
# keeping both sides leaves, which is all it knows (most such files never were in a merge). A
# possibility, never an accusation: only the author knows how the repeat came about.
BOTH_SIDES = " (possibly both sides of a merge conflict kept)"

def repeated_runs(length: int, same: Callable[[int, int, int], bool], accept: Callable[[int, int], bool],
                  max_run: int = MAX_RUN) -> Iterator[tuple[int, int]]:
    """(i, k) for each run items[i:i+k] repeated at items[i+k:i+2k], shortest run first, left to
    right, never overlapping; `same(a, b, k)` compares items[a:a+k] with items[b:b+k] and
    `accept(i, k)` says whether such a repetition matters."""
    i = 0
    while i < length:
        for k in range(1, min(max_run, (length - i) // 2) + 1):
            if same(i, i + k, k) and accept(i, k):
                end = i + 2 * k
                while end + k <= length and same(end - k, end, k):  # a third copy, and more: data
                    end += k
                if end == i + 2 * k:
                    yield i, k
                i = end - 1
                break
        i += 1


# A test case's definition (jasmine, mocha, jest, vitest) as a statement's source: in a test file,
# where other repeats are deliberate, the same test case twice in a row (title and body) runs one
# test twice and is still a doubled hunk.
TEST_CASE = re.compile(r"""^(?:it|test|specify|describe|context)(?:\.(?:only|skip|concurrent))*\s*\(\s*['"`]""")


# ... but a case with an empty body, or none (`it('x', () => {})`, `test.todo('x')`), runs nothing: a
# test framework's own tests register such a case twice on purpose, to see the duplicate refused.
EMPTY_CASE = re.compile(r"""(?:\{\s*\}\s*\)|^[\w.]+\s*\(\s*(['"`])(?:(?!\1).)*\1\s*\))\s*;?$""")


def test_cases(keys: list) -> Callable[[int, int], bool]:
    """repeated_runs' `accept` for a test file: a run made of test case definitions only, not all
    of them empty."""
    return lambda i, k: all(TEST_CASE.match(key) is not None for key in keys[i:i + k]) \
        and not all(EMPTY_CASE.search(key) is not None for key in keys[i:i + k])


# A statement that moves a cursor (JavaScript, TypeScript and Python source): `pos += 2`, `i++`, `--n`,
# `offset = offset + 4`, `self.depth -= 1`.
NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"  # a name or an attribute path (self.depth)
CURSOR_STEP = re.compile(rf"^\s*(?:(?:\+\+|--)\s*({NAME})|({NAME})\s*(?:\+\+|--|(?:\*\*|//|<<|>>>?|[-+*/%&|^])="
                         rf"|=\s*\2\s*(?:\*\*|//|<<|>>>?|[-+*/%&|^])(?!=)))")


def moves_a_cursor(sources: list[str]) -> bool:
    """Whether a run of statements (their source) steps a variable that another statement of the run
    reads: `write(buf, pos); pos += 2` twice writes two fields, at two places (a binary format
    written field by field, a parser stepping through a buffer). Each copy acts at a new place:
    not the same code twice."""
    for at, source in enumerate(sources):
        step = CURSOR_STEP.match(source)
        if step is None:
            continue
        name = re.compile(rf"(?<![\w$.]){re.escape(step.group(1) or step.group(2))}(?![\w$])")
        if any(name.search(other) for index, other in enumerate(sources) if index != at):
            return True
    return False


def reads_its_target(target: str, value: str) -> bool:
    """Whether an assignment's value (its source) reads the very name or attribute path it assigns
    (JavaScript and TypeScript; Python's halves ask the same of its tree): `m = m.default ?? m`,
    `node = node.parentNode`, `a.b = a.b * 2`. Such an assignment is a step, as `x += 1` is: done
    twice, it goes two steps (unwraps two levels, climbs two parents), not the same thing twice."""
    target = re.sub(r"\s+", "", target)
    if not re.fullmatch(NAME, target):
        return False  # a destructuring pattern, a computed slot (buffer[o++]): not a simple target
    path = r"\s*\??\.\s*".join(re.escape(part) for part in target.split("."))  # a.b, a?.b, a . b
    return re.search(rf"(?<![\w$.]){path}(?![\w$])", _QUOTED.sub("''", value)) is not None


def equal_slices(keys: list) -> Callable[[int, int, int], bool]:
    return lambda a, b, k: keys[a:a + k] == keys[b:b + k]


# The rules that report a run repeated back-to-back (Python, SQL, JS/TS, YAML, JSON).
REPEAT_RULES = frozenset({"RL114", "RL214", "RL315", "RL404", "RL413"})
MANY_PLACES = 4  # doubled runs one rule finds in one file, at most, for a botch (real naive resolutions: 1-2)
# Folders that hold recorded data wherever they are: inputs and expected outputs of tests (Go's
# testdata/, which the go tool never builds), snapshots, golden files, recorded HTTP cassettes. Not
# fixtures/: a fixture is often a sample project (this repository's incident replica is one), whose
# doubled hunks are what a test must see.
RECORDED_DIRS = frozenset({"testdata", "test_data", "test-data", "__snapshots__", "snapshots", "golden", "goldens",
                           "golden_files", "goldenfiles", "expected", "expected_output", "expected-output",
                           "cassettes",
                           # a fuzzer's or checker's corpus of sample inputs (ruff's ty resources/corpus/)
                           "corpus", "corpora"})
# ... and below a test folder (unittests/scans/<tool>/report.json, tests/data/...)
RECORDED_BELOW_TESTS = frozenset({"scans", "scan", "data", "samples", "examples", "reports", "responses", "outputs", "inputs",
                                  "input", "output", "recordings", "resources"})
# ... and, wherever it is, a folder whose name says test data in two words: a testing word and a data
# word (sigma's regression_data/, conformance-samples/, test_vectors/)
TESTING_WORDS = frozenset({"test", "tests", "testing", "regression", "regressions", "conformance"})
DATA_WORDS = frozenset({"data", "samples", "vectors", "inputs", "cases", "recordings"})
# ... and a folder below a test folder named for data (pylint's tests/regrtest_data/, sample_data/)
# (black's and ruff's cases/x.py.expect: what the formatter must print)
EXPECTED_OUTPUT = re.compile(r"^(expected|output|stdout|golden)([-_.].*)?$|[-_.](expect|expected|golden|snap)(\.|$)",
                             re.I)


def recorded_data(path: str) -> bool:
    """Whether path is recorded test data: under a test-data folder (testdata/, __snapshots__/,
    golden/, expected/, ...), or below a test folder in scans/, data/, samples/ ..., or an
    expected-output file (output.sql, expected.json, x.golden, x.snap) in a test folder."""
    parts, _, test_at = test_dir_of(path)
    folders, name = [part.lower() for part in parts[:-1]], parts[-1].lower()
    if any(folder in RECORDED_DIRS or _named_test_data(folder)
           or (folder[-1:].isdigit() and unnumbered(folder) in RECORDED_DIRS) for folder in folders):
        return True
    if IN_OUT.match(name) and _paired(path):
        return True
    if test_at is None:
        return False
    # words of the folder as written: pyright's tests/benchmarkData/ is "benchmark data"
    return any(folder.lower() in RECORDED_BELOW_TESTS or "data" in _words(folder) for folder in parts[test_at + 1:-1]) \
        or EXPECTED_OUTPUT.search(name) is not None or named_as_expected(path) \
        or _for_a_foreign_tool(path, parts, test_at)


def _named_test_data(folder: str) -> bool:
    """A folder named for test data in two words (regression_data, test-vectors, conformance_samples)."""
    words = set(_words(folder))
    return bool(words & TESTING_WORDS) and bool(words & DATA_WORDS)


SAMPLE_PROJECT_DIRS = frozenset({"fixtures", "fixture", "__fixtures__"})
# The manifest that says which language a folder's project is written in, and the code files that
# are that language's own (a project runs its tests in its own language).
MANIFESTS = {"package.json": "javascript", "deno.json": "javascript", "deno.jsonc": "javascript",
             "pyproject.toml": "python", "setup.py": "python", "setup.cfg": "python",
             "Cargo.toml": "rust", "go.mod": "go", "pom.xml": "jvm", "build.gradle": "jvm",
             "build.gradle.kts": "jvm", "Gemfile": "ruby", "composer.json": "php"}
# Projects that never run JavaScript or Python as their own tests (their test runners are cargo's and
# go's). A Ruby, PHP, Java or Python project often has JavaScript tests of its own front end
# (a Rails app's spec/javascripts/, run by Jasmine): no verdict there.
FOREIGN_OWNERS = frozenset({"rust", "go"})
OWN_LANGUAGE = {".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
                ".ts": "javascript", ".tsx": "javascript", ".mts": "javascript", ".cts": "javascript",
                ".py": "python", ".pyi": "python"}


def _for_a_foreign_tool(path: str, parts: list[str], test_at: int) -> bool:
    """A JavaScript, TypeScript or Python file in a test folder of a project written in another
    language (the nearest manifest above it: biome's and ruff's crates have a Cargo.toml): that
    project's tests are in its own language, so this file is an input for the parser, formatter
    or linter under test, not code the project runs. `parts`, `test_at`: test_dir_of(path), a test folder."""
    import os

    language = OWN_LANGUAGE.get(os.path.splitext(path)[1].lower())
    if language is None:
        return False
    if parts[test_at].lower() in SAMPLE_PROJECT_DIRS:
        return False  # fixtures/ often holds whole sample projects (this repository's incident replica)
    # the project that owns the test folder: a manifest inside the test folder is a fixture's
    # (ruff's resources/test/fixtures/isort/pyproject.toml configures the case, in a Rust crate)
    owner = _project_language(os.path.abspath("/".join(parts[:test_at]) or "."))
    if owner in FOREIGN_OWNERS and owner != language:
        return True
    return tested_in_another_language(parts, test_at, language)


@context.memo(1024)
def _project_language(directory: str) -> str | None:
    """The language of the nearest manifest in directory or above it, never above the tree checked."""
    import os

    folder = context.located(directory)
    if folder is None:
        return None
    names = set(context.listing(folder))
    found = [language for manifest, language in MANIFESTS.items() if manifest in names]
    if found:
        return found[0] if len(set(found)) == 1 else None  # two ecosystems side by side: no verdict
    parent = os.path.dirname(folder)
    if folder == context.top() or parent == folder:
        return None
    return _project_language(parent)


# A test's input and its expected output side by side, wherever the folder is (jaeger's
# fixture/otlp2jaeger-in.json and -out.json, cases/parse.input.json and .expected.json): the pair is the test.
# Data formats only: sign-in.tsx beside sign-out.tsx, fade-in.js beside fade-out.js are code.
IN_OUT = re.compile(r"^(.+?)([-_.])(in|input|out|output|expected)(\.(?:json|jsonl|ya?ml|toml|xml))$", re.I)
PAIRS = {"in": ("out", "output", "expected"), "input": ("output", "out", "expected")}
PAIRS.update({"out": ("in", "input"), "output": ("input", "in"), "expected": ("input", "in")})


def _paired(path: str) -> bool:
    """Whether the file is a test input (x-in.json, x.input.json) whose expected output (x-out.json,
    x.expected.json; same stem, separator and suffix) is beside it, or that output beside its input."""
    import os

    folder, name = os.path.split(path.replace("\\", "/"))
    stem, separator, role, suffix = IN_OUT.match(name).groups()
    listing = _listing(folder or ".")
    return any(f"{stem}{separator}{other}{suffix}".lower() in (entry.lower() for entry in listing)
               for other in PAIRS[role.lower()])


# A test definition beside the file names it as an expected output: pgadmin's tests/pg/default/
# test_foreign_servers.json says "expected_msql_file": "alter_comment_version_msql.sql".
EXPECTED_KEY = re.compile(r"""["']?[\w-]*expected[\w-]*["']?\s*:\s*["']([^"'\n]+)["']""", re.I)
DEFINITION_SUFFIXES = (".json", ".yaml", ".yml")
MAX_DEFINITION_BYTES = 4 * 1024 * 1024


def named_as_expected(path: str) -> bool:
    import os

    folder, name = os.path.split(path.replace("\\", "/"))
    return name in _expected_names(folder or ".")


@context.memo(512)
def _expected_names(folder: str) -> frozenset[str]:
    """The file names the test definitions in folder give as expected outputs."""
    import os

    names: set[str] = set()
    for entry in _listing(folder):  # the folder listing test_inputs keeps
        if entry.lower().endswith(DEFINITION_SUFFIXES):
            data = context.read(os.path.join(folder, entry))  # a dependency of the file asking
            if data is None:
                continue
            text = data[:MAX_DEFINITION_BYTES].decode("utf-8", "replace")
            if "expected" in text.lower():
                names.update(os.path.basename(value) for value in EXPECTED_KEY.findall(text))
    return frozenset(names)


FIXTURE_DIRS = frozenset({"fixtures", "fixture", "__fixtures__"})


def fixture_data(path: str) -> bool:
    """Whether path lies in a fixtures folder below a test folder (spec/fixtures/, test/fixtures/files/):
    the tests' input. For data files only: code there may be helpers the tests import."""
    folders = [part.lower() for part in path.replace("\\", "/").split("/")[:-1]]
    at = next((index for index, folder in enumerate(folders) if folder in FIXTURE_DIRS), None)
    return at is not None and any(folder in TEST_DIRS or TEST_DIR_PREFIX.match(folder) for folder in folders[:at])


# What a generated file says in its first lines (Go's `Code generated ... DO NOT EDIT.`, `@generated`,
# "Generated from x by Snowball", "auto-generated by"): nobody merges its repeats by hand.
GENERATED_HEADER = re.compile(rb"@generated\b|\b(?:auto-?generated|generated (?:by|from|with|using))\b"
                              rb"|\bdo not (?:edit|modify)\b", re.I)


# ... and what else a generator repeats, in a file that says it is not to be edited by hand: imports written
# twice (openapi-generator's Python clients import the names every operation needs, then those this API's do).
# A generated file people go on editing (Django's "Generated by Django" migrations) keeps them: a hand wrote those.
GENERATOR_REPEATS = frozenset({"RL113"})
NOT_BY_HAND = re.compile(rb"\bdo not (?:edit|modify)\b|\bdon'?t (?:edit|modify)\b|@generated\b", re.I)


# A folder named for generated output (trigger.dev's src/generated/hookdeck-samples.json, Relay's __generated__/):
# a data file there carries no header to say it, its folder does
GENERATED_FOLDERS = frozenset({"generated", "__generated__"})


def generated_folder(path: str) -> bool:
    return any(part.lower() in GENERATED_FOLDERS for part in path.replace("\\", "/").split("/")[:-1])


def says_generated(data: bytes) -> bool:
    """Whether the file's first 1,024 bytes say it is generated (GENERATED_HEADER)."""
    return GENERATED_HEADER.search(data[:1024]) is not None


# A test harness's assertion, below a test folder: the state the tool under test must produce (chainsaw's
# pod-assert.yaml, kuttl's 01-assert.yaml, Go's want.json). Two identical items there are what that tool
# makes (a foreach mutation that replaces each item with the same one), not a doubled hunk.
ASSERTION_WORDS = frozenset({"assert", "asserts", "assertion", "assertions", "expectation", "expectations", "want"})


# A data file named as a test (an Ansible test playbook: ansible-lint's test_skip_inside_yaml.yml runs a task
# twice and counts the warnings; x_test.yml, x-test.yml): a test repeats on purpose, as a test module does.
TEST_DATA_NAME = re.compile(r"(?:^|/)(?:test_[^/]*|[^/]*[_-]tests?)\.ya?ml$", re.I)


def asserted_state(path: str) -> bool:
    """Whether path is a test's assertion file (a word of its name says so) below a test folder."""
    parts, _, test_at = test_dir_of(path)
    return test_at is not None and any(word in ASSERTION_WORDS for word in _words(parts[-1].rsplit(".", 1)[0]))


# A comment on the repeated line that says the repeat is meant (Jackett's `- name: htmldecode # double usage is
# intentional`): the author's word, which no half kept from a conflict carries for its copy.
# Two looks, each linear: the first comment opener on the line, then a word after it. One pattern with
# `[^\n]*` between them backtracked over the rest of the line from every opener: minutes on a minified
# file whose one line holds thousands of `-- ` or `// ` (dbt's 2.6 MB manifest.json).
COMMENT_OPENER = re.compile(r"(?:#|//|--|/\*)\s")
MEANT_WORDS = re.compile(r"\b(?:intentional(?:ly)?|intended|on purpose|deliberate(?:ly)?|"
                         r"(?:not|no) (?:a )?(?:mistake|typo|duplicate|dup)|twice)\b", re.I)


def says_meant(line: str) -> bool:
    """Whether line holds a comment whose words say a repeat is meant (`# intentional`, `// twice`)."""
    opener = COMMENT_OPENER.search(line)
    return opener is not None and MEANT_WORDS.search(line, opener.end()) is not None


# every repeat rule's message names its first copy; a duplicate-key or -member rule's says "first defined on line"
FIRST_ON_LINE = re.compile(r"\(first (?:defined )?on line (\d+)\)")
COMMENT_LINE = re.compile(r"^\s*(?://|#|--|/\*|\*)")
COMMENTS_ABOVE = 3  # comment lines read above a copy


def _comments_above(lines: list, line: int, most: int | None = None) -> list[int]:
    """The comment lines right above 1-based `line`, nearest first (at most `most` of them)."""
    found = []
    above = line - 1
    while 0 < above <= len(lines) and (most is None or len(found) < most) and COMMENT_LINE.match(lines[above - 1]):
        found.append(above)
        above -= 1
    return found


def _said_lines(finding, lines: list) -> list[int]:
    """The lines whose comment may say a repeat is meant: the repeated line, and the comment lines just
    above it and just above its first copy (`# run the checkpoint twice ...` before two identical calls)."""
    first = FIRST_ON_LINE.search(finding.message)
    found = [finding.line, *_comments_above(lines, finding.line, COMMENTS_ABOVE)]
    if first:
        found += _comments_above(lines, int(first.group(1)), COMMENTS_ABOVE)
    return found


# A comment block right above the first of a repeated pair that explains the second (mattermost-mobile:
# "one call only peels outer routes ... A second call then operates on the inner stack").
SAYS_AGAIN = re.compile(r"\b(?:(?:a |the )?second (?:call|time|pass|run|invocation)|call(?:ed|ing)? (?:it |this )?"
                        r"again|(?:runs?|calls?|called|invoked?) (?:it |this )?twice)\b", re.I)


def _explained_above(lines: list[str], finding) -> bool:
    """Whether the comment lines right above the first copy of a repeated statement say the repeat is
    meant, with nothing but the first copy between them and the repeat: a pair kept from two halves of a
    conflict either has no such comment or has it twice (above each copy)."""
    at = _first_copy(lines, finding)
    if at is None or any(COMMENT_LINE.match(line) for line in lines[at:finding.line - 1]):
        return False
    text = " ".join(_comment_text(lines, reversed(_comments_above(lines, at))))
    return bool(text) and (SAYS_AGAIN.search(text) is not None or says_meant("# " + text))


def _first_copy(lines: list[str], finding) -> int | None:
    """The line of the first copy a repeat's message names, when it lies in the file above the repeat."""
    first = FIRST_ON_LINE.search(finding.message)
    at = int(first.group(1)) if first else 0
    return at if 0 < at < finding.line <= len(lines) else None


# A repeated statement that the author annotated apart from its first copy: a comment block of its own right
# above it (terser's compressor: `descend(node, this);`, then a comment on why "the following replacement
# call" is needed, then the same call), or a different comment right after each copy (MDN's examples:
# `console.log(it.next().value);` then `// Expected output: Array [0, "a"]`, and again with `[1, "b"]`).
# Halves kept from a conflict carry the same comments with each copy: above the repeat, none, the same
# block, or the end of the first copy's block (a hunk that began inside it). Python and JavaScript/TypeScript
# only: a data file's entries are introduced by comments as a matter of form, and a SQL statement run twice
# (the same INSERT, the same DDL) does its work on the database twice whatever a comment says (RL214 stays).
INTRODUCED_RULES = frozenset({"RL114", "RL315"})


def _comment_text(lines: list[str], numbers) -> list[str]:
    return [lines[number - 1].strip().lstrip("/#-*").strip() for number in numbers]


def _introduced_anew(lines: list[str], finding) -> bool:
    """Whether the repeat's own comments (right above it, or right after each copy) differ from its first copy's."""
    at, repeat = _first_copy(lines, finding), finding.line
    if finding.code not in INTRODUCED_RULES or at is None:
        return False
    above = _comments_above(lines, repeat)
    own = _comment_text(lines, reversed(above))
    theirs = _comment_text(lines, reversed(_comments_above(lines, at)))
    if own and own == theirs[-len(own):]:
        return False  # each copy under the same comment: both halves of a conflict kept
    if own and min(above) > 1 and lines[min(above) - 2].strip():
        return True  # a note of its own right between the two copies (a banner blank lines away is a section's)
    # the comment after each copy: the first copy's code lines, then its trailing comment, a blank line before
    # the repeat (a comment touching the repeat is the repeat's own header); as many code lines from the
    # repeat on, then the repeat's
    span = [number for number in range(at, repeat) if lines[number - 1].strip()]
    code = [number for number in span if not COMMENT_LINE.match(lines[number - 1])]
    if not code or span[-1] == code[-1] or span[-1] == repeat - 1:
        return False
    after_first = _comment_text(lines, [number for number in span if number > code[-1]])
    numbers = [number for number in range(repeat, len(lines) + 1) if lines[number - 1].strip()]
    repeat_code = [number for number in numbers if not COMMENT_LINE.match(lines[number - 1])][:len(code)]
    if len(repeat_code) < len(code):
        return False
    after_repeat = []
    for number in numbers:
        if number <= repeat_code[-1]:
            continue
        if not COMMENT_LINE.match(lines[number - 1]):
            break
        after_repeat.append(number)
    return bool(after_repeat) and _comment_text(lines, after_repeat) != after_first


# A comment at a line's end, after a blank: its text (a statement's label, `# mips`, `// FamilyName`)
TRAILING_COMMENT = re.compile(r"[ \t]+(?:#|//|--)[ \t]*(\S[^\n]*)$")


def _labelled_apart(lines: list[str], finding) -> bool:
    """Whether a repeated statement on one line and its first copy carry comments at their ends that differ,
    the code before them the same (`fp.write(pack("<b", 0))  # alpha encoding`, then `... # mips`): each copy
    says what it does. Both halves of a conflict kept carry the same comment twice."""
    at = _first_copy(lines, finding)
    if finding.code not in INTRODUCED_RULES or at is None or not finding.message.startswith("the same statement"):
        return False
    one, two = lines[at - 1].strip(), lines[finding.line - 1].strip()
    label_one, label_two = TRAILING_COMMENT.search(one), TRAILING_COMMENT.search(two)
    return (label_one is not None and label_two is not None and label_one.group(1) != label_two.group(1)
            and one[:label_one.start()].rstrip() == two[:label_two.start()].rstrip())


def _unless_marked_meant(source, findings: list) -> list:
    """findings less the repeats whose own line, or a comment line just above it or above its first copy,
    says they are meant (says_meant), or whose first copy a comment block right above explains
    (_explained_above; a --debug note)."""
    repeats = [finding for finding in findings if finding.code in REPEAT_RULES]
    if not repeats:
        return findings
    try:
        lines = source.text.splitlines()
    except (UnicodeDecodeError, ValueError):
        return findings
    said: dict[int, bool] = {}  # each line looked at once: a minified file's findings all sit on its one line

    def meant_at(line: int) -> bool:
        if line not in said:
            said[line] = 0 < line <= len(lines) and says_meant(lines[line - 1])
        return said[line]

    meant = [finding for finding in repeats
             if any(meant_at(line) for line in _said_lines(finding, lines)) or _explained_above(lines, finding)
             or _introduced_anew(lines, finding) or _labelled_apart(lines, finding)]
    if not meant:
        return findings
    source.note(f"{len(meant)} repeat(s) not reported: a comment on the repeated line, right above the first "
                f"copy, or one of its own right above the repeat or at each copy's end says it is meant "
                f"(line {meant[0].line})")
    return [finding for finding in findings if finding not in meant]


def recorded_repeats(source, findings: list, code: bool = False) -> list:
    """findings less those that are data, not a botch (a --debug note says which and why): in
    recorded test data, every finding of a code file (Python, JS, TS, SQL there is input for the
    project's formatter, linter or code generator, never run: it repeats, redefines and fails to
    parse on purpose; conflict markers are checked apart) and the repeats of a data file (whose
    syntax and keys still count: tests read it with a standard reader); the repeats of a file whose
    header says it is generated (the generator wrote them); elsewhere, every one of a
    repeat rule that finds more than MANY_PLACES doubled runs in the file (a hidden count: the
    capped "N more" line included)."""
    recorded = bool(findings) and recorded_data(source.path)
    fixture = bool(findings) and not code and not recorded and (
        fixture_data(source.path) or listed_in_manifest(source.path.replace("\\", "/").split("/")))
    generated = bool(findings) and not recorded and not fixture and (says_generated(source.data)
                                                                     or generated_folder(source.path))
    asserted = bool(findings) and not code and not recorded and not fixture and asserted_state(source.path)
    named_test = bool(findings) and not code and TEST_DATA_NAME.search(source.path.replace("\\", "/")) is not None
    if recorded and code and excusing():  # runner.check_data_against may ask for every finding
        codes = sorted({finding.code for finding in findings})
        source.note(f"{', '.join(codes)} not reported: code in recorded test data (a test-data folder or "
                    "an expected output) is input for the tool under test: conflict markers checked only")
        return []
    findings = _unless_marked_meant(source, findings)
    counts: dict[str, int] = {}
    for finding in findings:
        if finding.code in REPEAT_RULES or (generated and finding.code in GENERATOR_REPEATS
                                            and NOT_BY_HAND.search(source.data[:1024])):
            counts[finding.code] = counts.get(finding.code, 0) + 1
    if recorded:
        quiet, why = set(counts), "recorded test data (a test-data folder or an expected output)"
    elif fixture:
        quiet, why = set(counts), ("data in a test folder's fixtures, or a suite's input its manifest lists "
                                   "(the tests' input)")
    elif generated:
        quiet, why = set(counts), "its header or folder says the file is generated: repeats are the generator's"
    elif asserted:
        quiet, why = set(counts), "a test's assertion (the state the tool under test must produce)"
    elif named_test:
        quiet, why = set(counts), "a test (named test_x or x_test: tests repeat on purpose)"
    else:
        quiet = {code for code, count in counts.items() if count > MANY_PLACES}
        why = f"repeated in more than {MANY_PLACES} places: data, not one doubled hunk"
    if not quiet:
        return findings
    source.note(f"{', '.join(f'{counts[code]} {code}' for code in sorted(quiet))} not reported: {why}")
    return [finding for finding in findings if finding.code not in quiet]
