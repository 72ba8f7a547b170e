"""What the checked tree holds on purpose: test files (which repeat statements deliberately) and
deliberately invalid test inputs (a parser's test suite: fail14.json, duplicate.ini, invalid.yaml
under test/ or fixtures/), whose parse errors and duplicates are the point, not a defect."""
from __future__ import annotations

import contextlib
import functools
import re

from ..findings import Finding
from . import context

# Tests repeat statements on purpose (idempotence, building several items): a test directory
# (tests/, test/, spec/, specs/, __tests__/, __mocks__/, cypress/, e2e/, or one named for tests:
# type-tests/, integration-tests/, unit_tests/, tests-e2e/) or a test file name (Python test_x.py,
# x_test.py, conftest.py; JavaScript and TypeScript x.test.js, x.spec.tsx, x_spec.js, x-test.mjs,
# x.cy.ts, and stories, x.stories.tsx, also with the environment or kind after the word: vitest's
# x.test.browser.tsx, type tests x.test-d.ts, x.spec.e2e.ts). The one definition for every language.
# Benchmarks too: a micro-benchmark warms up by running the same statements again and builds the
# same thing twice to measure it (solid's bench/bench.cjs): bench/, benches/, benchmark(s)/ folders,
# x.bench.ts (vitest's bench mode), x.benchmark.js, Python's bench_x.py and x_bench.py.
TEST_FILE = re.compile(r"(^|/)([^/]*[-_])?(tests?|specs?)([-_][^/]*)?/|(^|/)(__tests__|__mocks__|cypress|e2e)/"
                       r"|(^|/)(bench|benches|benchmark|benchmarks|__benchmarks__)/"
                       r"|(^|/)(test_[^/]*|[^/]*_test|conftest|bench_[^/]*|[^/]*_bench)\.pyi?$"
                       r"|[._-](test|spec|cy|stories|bench|benchmark)(-d|\.[a-z0-9]+)*\.[cm]?[jt]sx?$")


def is_test_file(path: str) -> bool:
    """Whether path looks like a test file, where RL114/RL315 (repeated statements) stay silent."""
    return TEST_FILE.search(path.replace("\\", "/")) is not None


# Deliberately invalid test inputs: a file whose name, or a folder below the test directory, says so.
TEST_DIRS = frozenset({"test", "tests", "testdata", "test_data", "test-data", "testing", "fixtures", "fixture",
                       "__fixtures__", "__tests__", "spec", "specs", "testcases", "test_cases", "test-cases",
                       "unittests", "unit_tests", "t",  # t/: Perl's and Test::Nginx's (apisix, kong)
                       # test doubles' folders (kratos: session/stub/jwk.es512.broken.json)
                       "stub", "stubs", "mock", "mocks", "fake", "fakes"})
TEST_DIR_PREFIX = re.compile(r"^tests?[-_]")
INVALID_WORD = re.compile(r"^(fail|fails|failing|failure|failed|invalid|bad|broken|malformed|illformed|corrupt|corrupted|"
                          r"illegal|wrong|unparsable|unparseable|erroneous|dup|dups|dupe|dupes|duplicate|"
                          r"duplicates|duplicated|error|errors|mismatch|mismatched|reject|rejected|negative)\d*$")
# ... or a phrase: black's tests/data/jupyter/notebook_which_cant_be_parsed.ipynb
UNPARSABLE_PHRASE = re.compile(r"\b(cant|cannot|can not|not|does not|doesnt|wont|will not) ?(be )?(parsed?|loaded?|decoded?)\b")
# A parser's conformance suite, wherever it is vendored: most of its inputs are invalid on purpose.
CONFORMANCE_SUITES = frozenset({"yaml-test-suite", "jsontestsuite", "json-test-suite", "test262", "toml-test",
                                "json-schema-test-suite", "xmlconf", "xml-test-suite", "xmlts", "sqllogictest",
                                "test262-parser-tests"})
# A file beside the input that holds the error it must give: the folder is a test of failures.
EXPECTED_ERROR = re.compile(r"^(stderr(\.txt)?|expected[-_.]?(error|errors|stderr)[^/]*|[^/]*\.(err|stderr))$", re.I)


def in_test_dir(path: str) -> bool:
    """Whether a folder of path is a test or fixture directory (tests/, testdata/, fixtures/, test_x/, ...)."""
    return test_dir_of(path)[2] is not None


def _words(name: str) -> list[str]:
    """A name's words: fail14.json -> fail14 json; badSyntax -> bad syntax; syntax_errors -> syntax errors."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"[^A-Za-z0-9]+", " ", name)).lower().split()


# In code (Python, JS, TS, SQL) a test module's name often names its topic (test_errors.py,
# duplicate.test.ts): there only a folder says so, with the stronger words.
CODE_INVALID_WORD = re.compile(r"^(fail|fails|failing|invalid|bad|broken|malformed|illformed|corrupt|corrupted|illegal|"
                               r"unparsable|unparseable)\d*$")
CODE_SYNTAX_ERRORS = re.compile(r"(^|[-_])syntax[-_]?errors?($|[-_])")
CODE_SYNTAX_NAME = re.compile(r"^(syntax[-_]?errors?|invalid[-_]syntax|bad[-_]syntax)([-_.\d]|$)")
# RL302: a redeclaration is an early error, so the file does not parse (parcel's transpilation-invalid/)
# ... or a phrase that says the file itself does not parse, a test module's name included (jest's
# e2e/transform/no-babel-jest/__tests__/failsWithSyntaxError.test.js)
SELF_UNPARSABLE = re.compile(r"\b(?:(?:fails?|failing) (?:to (?:parse|compile)|with (?:an? )?(?:syntax|parse) errors?)"
                             r"|(?:with|has|have|having) (?:an? )?(?:syntax|parse) errors?)\b")
SYNTAX_CODES = frozenset({"RL101", "RL102", "RL201", "RL301", "RL302", "RL321", "RL014"})


def test_dir_of(path: str) -> tuple[list[str], bool, int | None]:
    """(the path's parts, whether it lies in a parser's conformance suite, the index of its first test
    directory or None)."""
    parts = path.replace("\\", "/").split("/")
    folders = [part.lower() for part in parts[:-1]]
    in_suite = any(folder in CONFORMANCE_SUITES for folder in folders)
    return parts, in_suite, next((i for i, folder in enumerate(folders)
                                  if folder in TEST_DIRS or TEST_DIR_PREFIX.match(folder)), None)


# A test module's own name names its topic (test_errors.py, broken.test.js test something broken).
TEST_MODULE_NAME = re.compile(r"^(test_.*|.*_test|conftest)\.pyi?$|[._-](test|spec|cy|stories)\.[cm]?[jt]sx?$", re.I)
FIXTURE_DIRS = frozenset({"fixtures", "fixture", "__fixtures__"})
# Data for tests wherever it is: the go tool never builds testdata/.
DATA_FOR_TESTS = frozenset({"testdata"})


def deliberately_invalid_code(path: str) -> bool:
    """A code file (Python, JS, TS, SQL) meant not to parse: a conformance suite, an expected-error
    sibling, data for tests (Go's testdata/), a folder below a test directory named invalid, bad,
    broken, malformed, failing, syntax_errors, ..., or a fixture (not a test module) whose own name
    says it fails (tests/fixtures/broken.js, failing.js, fatal-error.js; test_errors.py is a test
    about errors, not an invalid input)."""
    parts, in_suite, test_at = test_dir_of(path)
    if in_suite or test_at is None:
        return in_suite
    below = parts[test_at:-1]
    name = parts[-1]
    if CODE_SYNTAX_NAME.match(name.rsplit(".", 1)[0].lower()) \
            or SELF_UNPARSABLE.search(" ".join(_words(name.rsplit(".", 1)[0]))):
        return True
    if any(folder.lower() in DATA_FOR_TESTS for folder in parts[test_at:-1]):
        return True
    # a test module's name names its topic, but among fixtures it is a test runner's input (vitest's
    # test/e2e/fixtures/reporters/with-syntax-error.test.js), named for what it is made to do
    among_fixtures = any(folder.lower() in FIXTURE_DIRS for folder in below)
    if (among_fixtures or not TEST_MODULE_NAME.search(name)) \
            and any(INVALID_WORD.match(word) for word in _words(name.rsplit(".", 1)[0])):
        return True
    if any(CODE_SYNTAX_ERRORS.search(folder.lower()) or any(CODE_INVALID_WORD.match(word) for word in _words(folder))
           for folder in below):
        return True
    return _expected_error_above(parts, test_at)


def _expected_error_above(parts: list[str], test_at: int) -> bool:
    """A file with the expected error in the input's folder or one above it, below the test directory."""
    return any(_expects_an_error("/".join(parts[:end]) or ".") for end in range(len(parts) - 1, test_at + 1, -1))


# A parser's or linter's conformance suite: an input in a test folder beside a file of the same stem that
# holds its expected output (sqlfluff's test/fixtures/dialects/ansi/x.sql beside x.yml, a .out, an .ast,
# or a snapshot of what the tool prints for it: insta's x.ts.snap, biome's tests/specs).
EXPECTED_OUTPUT = frozenset({".yml", ".yaml", ".json", ".out", ".expected", ".txt", ".ast", ".snap"})
# ... or a suffix that says so in a word: x.json.prettier-snap (what prettier prints), x.sql.pg-out
OUTPUT_SUFFIX = re.compile(r"^\.[\w-]*[-_](snap|snapshot|out|output|expected|golden)$", re.I)


def expected_output(path: str) -> str | None:
    """The sibling holding the expected output of the test input at path (x.yml beside x.sql, or
    x.sql.out; any golden file, by Go's convention: 01.up.golden.sql beside input.sql), or None; only
    under a test or fixture directory."""
    import os

    folder, name = os.path.split(path)
    siblings = _listing(folder or ".")
    example = _pair(name, siblings, EXAMPLE_ROLES)
    suffix = os.path.splitext(name)[1].lower()
    if example is not None and sum(os.path.splitext(s)[1].lower() == suffix for s in siblings) == 2:
        return example  # a linter's documented example of a defect beside the fixed one, alone in its folder
    if not in_test_dir(path):
        return None
    stem, suffix = os.path.splitext(name)
    if "golden" in _words(name):  # Go's golden files: the expected output itself (goose's 01.up.golden.sql)
        return name
    golden = next((sibling for sibling in siblings if "golden" in _words(sibling)), None)
    if golden is not None:  # an input beside its golden outputs (goose's testdata/test02/input.sql)
        return golden
    own = _own_expected_output(name, siblings)
    if own is not None:
        return own
    corpus = _corpus_expected_output(folder or ".", suffix.lower())
    if corpus is not None:
        return corpus
    if "__snapshots__" in siblings:
        snapshot = _snapshot_naming(os.path.join(folder, "__snapshots__") if folder else "__snapshots__", name)
        if snapshot is not None:
            return snapshot
    return _pair(name, siblings, TRANSFORM_ROLES)


def _own_expected_output(name: str, siblings: tuple[str, ...]) -> str | None:
    return _own_output_in(name, _outputs_by_base(siblings))


def _outputs_by_base(siblings: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """The siblings that may hold an expected output, by base name: {base: [(suffix, sibling)]}."""
    import os

    outputs: dict[str, list[tuple[str, str]]] = {}
    for sibling in siblings:
        base, other = os.path.splitext(sibling)
        if other.lower() in EXPECTED_OUTPUT or OUTPUT_SUFFIX.match(other):
            outputs.setdefault(base, []).append((other.lower(), sibling))
    return outputs


def _own_output_in(name: str, outputs: dict[str, list[tuple[str, str]]]) -> str | None:
    """The sibling holding name's expected output (x.yml beside x.sql, or x.sql.out), or None."""
    import os

    stem, suffix = os.path.splitext(name)
    for base in (stem, name):
        for other, sibling in outputs.get(base, ()):
            if other != suffix.lower():
                return sibling
    return None


CORPUS_AT_LEAST = 3  # inputs with their expected output beside them, for a folder to be a corpus


@context.memo(1024)
def _corpus_expected_output(folder: str, suffix: str) -> str | None:
    """A folder of a linter's or parser's cases (pylint's tests/functional/: x.py beside x.txt, the
    messages it must give): when most files of this suffix have their expected output beside them,
    the others are cases too (one that must give nothing has no .txt)."""
    if not suffix:
        return None
    siblings = _listing(folder)
    inputs = [name for name in siblings if name.lower().endswith(suffix)]
    outputs = _outputs_by_base(siblings)  # once a folder: a folder of thousands stays linear
    with_output = [name for name in inputs if _own_output_in(name, outputs) is not None]
    if len(with_output) >= CORPUS_AT_LEAST and 2 * len(with_output) > len(inputs):
        return f"{len(with_output)} of the folder's {len(inputs)} {suffix} cases beside their expected output"
    return None


# A Jest snapshot's keys: exports[`ambient.js format 1`] records the output for the input ambient.js
# (prettier's tests/format/**: a formatter's inputs, beside the snapshot of what it must print).
SNAPSHOT_KEY = re.compile(r"^exports\[`([^`\s]+)[\s`]", re.M)
MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024


def _snapshot_naming(snapshots: str, name: str) -> str | None:
    """The snapshot file in snapshots/ whose keys name the input file name, or None."""
    for snapshot in _listing(snapshots):
        if snapshot.endswith(".snap") and name in _snapshot_keys(f"{snapshots}/{snapshot}"):
            return f"__snapshots__/{snapshot}"
    return None


@context.memo(256)
def _snapshot_keys(path: str) -> frozenset[str]:
    data = context.read(path)
    if data is None:
        return frozenset()
    return frozenset(SNAPSHOT_KEY.findall(data[:MAX_SNAPSHOT_BYTES].decode("utf-8", "replace")))


# Pairs of files that are data for what they test: a transform's fixtures (a codemod's, a compiler
# plugin's: x.input.ts beside x.output.ts; jscodeshift's __testfixtures__, typeorm's codemod), and a
# linter's documented examples of a rule (pylint's doc/data/messages/<rule>/bad.py beside good.py).
TRANSFORM_ROLES = {"input": "output", "output": "input"}
EXAMPLE_ROLES = {"bad": "good", "good": "bad"}
PAIRED = re.compile(r"^(?:(?P<stem>.+)(?P<sep>[._-]))?(?P<role>[a-z]+)(?P<suffix>\.[^.]+)$", re.I)


def _pair(name: str, siblings: tuple[str, ...], roles: dict[str, str]) -> str | None:
    match = PAIRED.match(name)
    if match is None or match["role"].lower() not in roles:
        return None
    if match["stem"] is None and roles is TRANSFORM_ROLES:  # a bare input.sql: golden/expected rules decide
        return None
    other = roles[match["role"].lower()]
    wanted = f"{match['stem'] or ''}{match['sep'] or ''}{other}{match['suffix']}".lower()
    return next((sibling for sibling in siblings if sibling.lower() == wanted), None)


_listing = context.listing  # a folder's names, read (and recorded as a dependency) through languages/context.py


# A test input that says it is invalid on purpose, in a comment (eslint's fixtures:
# `# intentionally invalid YML`, `function( {}   // intentional syntax error`).
SAYS_INVALID = re.compile(r"\b(intentional(?:ly)?|deliberate(?:ly)?|purposely|purposefully|on purpose)\b[^\n]{0,40}?"
                          r"\b(invalid|syntax errors?|broken|malformed|unparsable|unparseable|parse errors?)\b"
                          r"|\b(invalid|syntax errors?|broken|malformed)\b[^\n]{0,40}?\b(on purpose|intentional(?:ly)?|"
                          r"deliberate(?:ly)?)\b", re.I)


def says_it_is_invalid(source) -> bool:
    """Whether a file says in its text that it is invalid on purpose (anywhere: vite's
    playground/tsconfig-json-load-error/has-error/tsconfig.json, `// this config is deliberately
    malformed to test how vite handles broken tsconfig`, is a test app outside any test folder)."""
    try:
        return SAYS_INVALID.search(source.text) is not None
    except (UnicodeDecodeError, ValueError):
        return False


# The phrases of the notes that excuse a file's findings as a test input's (matched by
# runner.check_data_against, which re-checks such a file when git shows it parsed before).
EXCUSES = (": deliberately invalid test input (", ": a conformance-suite input, ",
           " not reported: code in recorded test data ",  # languages/repeats.recorded_repeats
           ": a trailing comma in test data (")  # languages/json.py
_excusing = [True]


def excusing() -> bool:
    """False within no_excuses()."""
    return _excusing[-1]


@contextlib.contextmanager
def no_excuses():
    """Within it, no file is excused as a test input: every finding of its parser stands (used to
    re-check a file that parsed in both parents of a merge, or at --base, and fails now)."""
    _excusing.append(False)
    try:
        yield
    finally:
        _excusing.pop()


def quiet_code_syntax_errors(source, findings: list) -> list:
    """A code file's syntax errors dropped (a --debug note) when it is a deliberately invalid test
    input; its other findings, and conflict markers (checked apart), stay. A conformance-suite input
    (its expected output beside it) is data for the parser under test, not the project's code: every
    finding of its parser and its both-halves rules (parse errors, deliberate repeats) is a note."""
    if not _excusing[-1]:
        return findings
    sibling = expected_output(source.path) if findings else None
    if sibling is not None:
        codes = ", ".join(sorted({f.code for f in findings}))
        source.note(f"a conformance-suite input, its expected output in {sibling} ({codes} on line "
                    f"{findings[0].line} not reported): conflict markers checked only")
        return []
    if not any(f.code in SYNTAX_CODES for f in findings) or not (deliberately_invalid_code(source.path)
                                                                 or says_it_is_invalid(source)):
        return findings
    dropped = [f for f in findings if f.code in SYNTAX_CODES]
    source.note(f"deliberately invalid test input ({dropped[0].code} on line {dropped[0].line} not reported): "
                "conflict markers checked only")
    return [f for f in findings if f.code not in SYNTAX_CODES]


def deliberately_invalid(path: str) -> bool:
    """A test input meant to be rejected. Under a test or fixture directory (test, tests, testdata,
    fixtures, spec, __tests__, test_*, test-errors, ...): a name that says so in one of its words
    (fail*, invalid, bad, broken, malformed, corrupt, illegal, wrong, duplicate, error(s), mismatch,
    ...: fail14.json, invalid.json, config-invalid.yaml, badSyntax.yaml, duplicate.ini; not
    badge.json or failover.yml), in the file's name or a folder's below the test directory
    (testdata/syntax_errors/q.sql, tests/invalid/x.toml, test-errors/a.yaml), or a sibling that
    holds the expected error (stderr.txt, expected_error.txt, *.err). Anywhere: a parser's
    conformance suite (yaml-test-suite, JSONTestSuite, test262, toml-test, ...)."""
    parts, in_suite, test_at = test_dir_of(path)
    if in_suite or test_at is None:
        return in_suite
    names = [parts[-1].rsplit(".", 1)[0], *parts[test_at:-1]]
    if any(INVALID_WORD.match(word) for name in names for word in _words(name)) \
            or any(UNPARSABLE_PHRASE.search(" ".join(_words(name))) for name in names):
        return True
    if any(word in RECORDED_RESPONSES for name in [*parts[test_at + 1:-1], parts[-1].rsplit(".", 1)[0]]
           for word in _words(name)):
        return True  # what a server sent, recorded: an error page or plain text under the format's suffix
    return _expected_error_above(parts, test_at)


# A recorded server response below a test folder, by its folder or its own name (dependabot's
# private_registry_responses/, registry_api/jason_response.json; VCR's cassettes/): the bytes are the
# server's, not a file the project writes.
RECORDED_RESPONSES = frozenset({"response", "responses", "cassette", "cassettes"})


def _expects_an_error(directory: str) -> bool:
    """Whether a test folder holds a file with the error its inputs must give (sqlc's stderr.txt)."""
    return any(EXPECTED_ERROR.match(name) for name in _listing(directory))


def quiet_on_deliberately_invalid(check):
    """A data-format checker whose findings on a deliberately invalid test input become a --debug
    note (conflict markers are checked before, separately, and still reported)."""
    @functools.wraps(check)
    def checked(source, config):
        if not _excusing[-1]:
            return list(check(source, config))
        try:
            findings = list(check(source, config))
        except UnicodeDecodeError:
            if not deliberately_invalid(source.path):
                raise
            findings = [Finding(source.path, 1, 1, "RL010", "not valid UTF-8")]
        except RecursionError:
            if not deliberately_invalid(source.path):
                raise
            findings = [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
        if findings and (deliberately_invalid(source.path) or says_it_is_invalid(source)
                         or expected_output(source.path) is not None):
            source.note(f"deliberately invalid test input ({', '.join(sorted({f.code for f in findings}))} on line"
                        f" {findings[0].line} not reported): conflict markers checked only")
            return []
        return findings

    return checked


# Each parser's "does not parse" codes: a folder where most files get the same one is a corpus
# of invalid inputs (a parser's test suite), not files broken by a merge.
PARSE_ERRORS = frozenset({"RL101", "RL201", "RL301", "RL321", "RL401", "RL411", "RL421", "RL442", "RL451", "RL461",
                          "RL471"})
CORPUS_MIN_FAILING = 4  # and more than half of the folder's files of that suffix


def invalid_corpora(findings: list, displays: list[str]) -> tuple[list, list[str]]:
    """(findings without the parse errors of invalid-input corpora, a note per such folder). A
    folder is one when at least CORPUS_MIN_FAILING of its checked files with one suffix, and
    more than half of them, fail with the same parse-error code."""
    import os
    from collections import defaultdict

    if not any(f.code in PARSE_ERRORS for f in findings):
        return findings, []
    sizes: dict = defaultdict(int)
    for display in displays:
        sizes[(os.path.dirname(display), os.path.splitext(display)[1].lower())] += 1
    failing: dict = defaultdict(set)
    for f in findings:
        if f.code in PARSE_ERRORS:
            failing[(os.path.dirname(f.path), os.path.splitext(f.path)[1].lower(), f.code)].add(f.path)
    quiet, notes = set(), []
    for (folder, suffix, code), paths in sorted(failing.items()):
        size = sizes.get((folder, suffix), 0)
        if len(paths) >= CORPUS_MIN_FAILING and 2 * len(paths) > size:
            quiet.update((path, code) for path in paths)
            notes.append(f"{folder or '.'}/: {len(paths)} of {size} {suffix or 'extensionless'} files fail to parse "
                         f"({code}): a corpus of invalid inputs, their parse errors not reported")
    return [f for f in findings if (f.path, f.code) not in quiet], notes
