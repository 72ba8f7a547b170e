"""What the checked tree holds on purpose: test files (which repeat statements deliberately) and
deliberately invalid test inputs (a parser's test suite: fail14.json, duplicate.ini, invalid.yaml
under test/ or fixtures/), whose parse errors and duplicates are the point, not a defect."""
from __future__ import annotations

import contextlib
import functools
import re

from ..findings import Finding
from . import context

# Documentation folders: a page of examples there is for readers, not a loader (JSON's commented
# examples one after another, YAML's alternatives each introduced by a comment of its own).
DOCUMENTATION_DIRS = frozenset({"doc", "docs", "documentation"})

# Tests repeat statements on purpose (idempotence, building several items): a test directory
# (tests/, test/, spec/, specs/, __tests__/, __mocks__/, cypress/, e2e/, or one named for tests:
# type-tests/, integration-tests/, unit_tests/, tests-e2e/, e2e_playwright/, playwright-e2e/: streamlit's
# end-to-end apps render the same element twice for the test beside them to compare) or a test file name (Python test_x.py,
# x_test.py, conftest.py; JavaScript and TypeScript x.test.js, x.spec.tsx, x_spec.js, x-test.mjs,
# x.cy.ts, and stories, x.stories.tsx, also with the environment or kind after the word: vitest's
# x.test.browser.tsx, type tests x.test-d.ts, x.spec.e2e.ts). The one definition for every language.
# Benchmarks too: a micro-benchmark warms up by running the same statements again and builds the
# same thing twice to measure it (solid's bench/bench.cjs): bench/, benches/, benchmark(s)/ folders,
# x.bench.ts (vitest's bench mode), x.benchmark.js, Python's bench_x.py and x_bench.py. Any case: cython's
# Cython/Build/Tests/, a .NET-minded Test/ folder. A space separates words too (meson's `test cases/`), and
# unittests/ and testcases/ are test folders in one word; a module named test, tests or spec is one.
TEST_FILE = re.compile(r"(^|/)([^/]*[-_ ])?(tests?|specs?)([-_ ][^/]*)?/|(^|/)(__tests__|__mocks__|cypress)/"
                       r"|(^|/)(unittests?|testcases)/"
                       r"|(^|/)([^/]*[-_])?e2e([-_][^/]*)?/"
                       r"|(^|/)(bench|benches|benchmark|benchmarks|__benchmarks__)/"
                       r"|(^|/)(test_[^/]*|[^/]*_test|tests?|conftest|bench_[^/]*|[^/]*_bench)\.pyi?$"
                       # a module named for what it is alone (Django's app/tests.py, an example's test.ts)
                       r"|(^|/)(tests?|specs?)\.[cm]?[jt]sx?$"
                       r"|[._-](test|spec|cy|stories|bench|benchmark)(-d|\.[a-z0-9]+)*\.[cm]?[jt]sx?$", re.I)


def is_test_file(path: str) -> bool:
    """Whether path looks like a test file, where RL114/RL315 (repeated statements) stay silent."""
    return TEST_FILE.search(path.replace("\\", "/")) is not None


# Deliberately invalid test inputs: a file whose name, or a folder below the test directory, says so.
TEST_DIRS = frozenset({"test", "tests", "testdata", "test_data", "test-data", "testing", "fixtures", "fixture",
                       "__fixtures__", "__tests__", "spec", "specs", "testcases", "test_cases", "test-cases",
                       "unittests", "unit_tests", "t",  # t/: Perl's and Test::Nginx's (apisix, kong)
                       # test doubles' folders (kratos: session/stub/jwk.es512.broken.json)
                       "stub", "stubs", "mock", "mocks", "fake", "fakes"})
TEST_DIR_PREFIX = re.compile(r"^tests?[-_ ]")  # test_x/, tests-e2e/, and meson's `test cases/` (a name with a space)
# ... and a test project named for the project it tests (.NET's Jackett.Test/, App.UnitTests/, Api.IntegrationTests/),
# or test data named after its topic (terrascan's pkg/http-server/k8s_testdata/, e2e_fixtures/, api-tests/)
TEST_DIR_SUFFIX = re.compile(r"[._ -](?:tests?|unit[-_ ]?tests?|integration[-_ ]?tests?|specs?|testdata|test[-_]data"
                             r"|fixtures)$")
# ... and a second or third one of a name (argo-cd's reposerver/repository/testdata2/, testdata3/; fixtures2/),
# for names of four letters or more: t2/ or T7537/ (an issue number) is not t/.
NUMBERED = re.compile(r"^(?P<name>[a-z_-]{4,}?)\d+$")


def unnumbered(folder: str) -> str:
    """A folder's lower-case name without a trailing number (testdata2 -> testdata; t2 stays t2)."""
    match = NUMBERED.match(folder)
    return match["name"] if match else folder
INVALID_WORD = re.compile(r"^(fail|fails|failing|failure|failed|invalid|bad|broken|malformed|illformed|corrupt|corrupted|"
                          r"illegal|wrong|unparsable|unparseable|erroneous|dup|dups|dupe|dupes|duplicate|"
                          r"duplicates|duplicated|error|errors|mismatch|mismatched|reject|rejected|negative|"
                          # the sad path of a happy/sad pair of cases (trivy's testdata/sad/, sad.json), and what
                          # a name calls input that is no format at all (cfn_nag's test_templates/.../rubbish.json)
                          # and a case of what the tool does not support, to be ignored (trivy's unsupported_protocol/)
                          r"sad|rubbish|garbage|junk|gibberish|nonsense|bogus|unsupported|"
                          # cut short or wrong for the error it must give (go-task's testdata/includes_incorrect/incomplete.yml)
                          r"incorrect|incomplete|torture|"
                          # a document made to break its reader: an attack (nifi's multiline_xxe_file.xml), or
                          # the malformation it has (unclosed_tag.xml, truncated.yaml)
                          r"malicious|evil|exploit|xxe|unclosed|unterminated|truncated|unbalanced)\d*$")
# ... or glued to other words, as Go's test folders and files are named (helm's lint/rules/testdata/
# invalidchartfile/, badvaluesfile/, anotherbadchartfile/; opentelemetry-operator's testdata/agentbadconf.yaml):
# one of the unmistakable words followed by at least three letters, less the words that only begin like one
# (invalidate, invalidation; badge, badger, badminton).
GLUED_INVALID = re.compile(r"^[a-z]*?(?:invalid(?!at)|bad(?!ge|ger|minton)|broken|malformed|illformed|"
                           r"corrupt(?:ed)?|illegal|unparsable|unparseable)[a-z]{3,}$"
                           # ... or the error itself, glued (searxng's tests/unit/settings/syntaxerror_settings.yml)
                           r"|^(?:syntax|parse|parser|parsing|decode|decoding|load|loading|scanner|lexer)errors?$"
                           # ... or glued last, after the topic (telegraf's redfish testdata/dell/dell_chassisinvalid.json
                           # beside dell_chassis.json): only the words no other word ends in (unbroken, sinbad do)
                           r"|^[a-z]{3,}?(?:invalid|malformed|illformed|corrupt(?:ed)?|illegal|unparsable|unparseable)$")
# ... or a phrase: black's tests/data/jupyter/notebook_which_cant_be_parsed.ipynb; the file's suffix is the
# phrase's last word (datamodel-code-generator's tests/data/openapi/not.json: "not json")
UNPARSABLE_PHRASE = re.compile(r"\b(cant|cannot|can not|not|does not|doesnt|wont|will not) ?(be )?(parsed?|loaded?|decoded?)\b"
                               # ... or says what it is not (ruff's not_json.ipynb), or that a key repeats on
                               # purpose (JSONTestSuite's test_transform/object_same_key_same_value.json)
                               r"|\bnot (a |an )?(json|yaml|yml|toml|xml|valid)\b|\b(same|repeated) (key|keys|name|names)\b"
                               # ... or the shape it is not, where its reader wants one (harlequin's
                               # keymaps_not_array.toml, profile_not_table.toml: the error their tests expect)
                               r"|\bnot (a |an )?(array|arrays|table|tables|list|object|mapping|map|dict)\b")
# A parser's conformance suite, wherever it is vendored: most of its inputs are invalid on purpose.
CONFORMANCE_SUITES = frozenset({"yaml-test-suite", "jsontestsuite", "json-test-suite", "test262", "toml-test",
                                "json-schema-test-suite", "xmlconf", "xml-test-suite", "xmlts", "sqllogictest",
                                "test262-parser-tests",
                                # RFC 6902's shared suite, vendored by JSON Patch implementations (cJSON's
                                # tests/json-patch-tests/: `"op"` twice in a patch whose "error" says so)
                                "json-patch-tests"})
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
CODE_SYNTAX_ERRORS = re.compile(r"(^|[-_])(syntax|parse|parsing)[-_]?errors?($|[-_])")  # babel's parsing-errors/
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
    # jest's way of naming a test folder, `__tests__`, for any of them (`__test-support__`, `__mocks__`)
    folders = [part.lower().strip("_") if part.startswith("__") and part.endswith("__") else part.lower()
               for part in parts[:-1]]
    in_suite = any(folder in CONFORMANCE_SUITES for folder in folders)
    return parts, in_suite, next((i for i, folder in enumerate(folders)
                                  if folder in TEST_DIRS or TEST_DIR_PREFIX.match(folder) or TEST_DIR_SUFFIX.search(folder)
                                  or (folder[-1:].isdigit() and unnumbered(folder) in TEST_DIRS)), None)


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
    if in_suite or _suite_says_invalid(parts):
        return True
    if _named_for_its_broken_code(parts[-1]):
        return True  # anywhere: a demonstration's broken file (bad-syntax-worker.js, broken-js-test.js)
    if test_at is None:
        return _invalid_example(parts)  # an example of what a tool rejects, named so (more-examples/x_invalid2.sql)
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
    if any(CODE_SYNTAX_ERRORS.search(folder.lower())
           or any(CODE_INVALID_WORD.match(word) or GLUED_INVALID.match(word) for word in _words(folder))
           for folder in below):
        return True
    return _expected_error_above(parts, test_at)


# A name that says the file's own code is broken: an invalid word, then "syntax", "code" or the file's own
# language (MDN's bad-syntax-worker.js, broken-js-test.js; invalid_code.ts). A name with an invalid word
# alone names a topic (broken-links.js, bad-request.js), and invalid-json-error.js is code about JSON.
OWN_LANGUAGE_WORDS = {".js": ("js", "javascript"), ".mjs": ("js", "javascript"), ".cjs": ("js", "javascript"),
                      ".jsx": ("js", "jsx", "javascript"), ".ts": ("ts", "typescript"), ".tsx": ("ts", "tsx", "typescript"),
                      ".mts": ("ts", "typescript"), ".cts": ("ts", "typescript"), ".py": ("py", "python"),
                      ".sql": ("sql",)}
BROKEN_CODE_WORD = re.compile(r"^(invalid|bad|broken|malformed|illformed|corrupt|corrupted|illegal|unparsable|"
                              r"unparseable|wrong)$")


def _named_for_its_broken_code(name: str) -> bool:
    import os

    stem, suffix = os.path.splitext(name)
    own = ("syntax", "code", *OWN_LANGUAGE_WORDS.get(suffix.lower(), ()))
    words = _words(stem)
    return any(BROKEN_CODE_WORD.match(word) and following in own for word, following in zip(words, words[1:]))


def _expected_error_above(parts: list[str], test_at: int) -> bool:
    """A file with the expected error in the input's folder or one above it, below the test directory."""
    return any(_expects_an_error("/".join(parts[:end]) or ".", parts[-1])
               for end in range(len(parts) - 1, test_at + 1, -1))


# A parser's or linter's conformance suite: an input in a test folder beside a file of the same stem that
# holds its expected output (sqlfluff's test/fixtures/dialects/ansi/x.sql beside x.yml, a .out, an .ast,
# or a snapshot of what the tool prints for it: insta's x.ts.snap, biome's tests/specs).
# MicroPython's tests/: x.py beside x.py.exp, what the run must print.
# pygments' tests/examplefiles/<lexer>/x.py beside x.py.output, the tokens its lexer must give.
EXPECTED_OUTPUT = frozenset({".yml", ".yaml", ".json", ".out", ".output", ".expected", ".txt", ".ast", ".snap", ".exp"})
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
    stem, ext = os.path.splitext(name)
    if ext and VERDICT.match(stem):
        cases = _verdict_cases(folder or ".", ext.lower())
        if cases is not None:
            return cases
    snapshots = _snapshot_case(folder or ".", name, siblings)
    if snapshots is not None:
        return snapshots
    if not in_test_dir(path):
        return None
    stem, suffix = os.path.splitext(name)
    recorded = _recorded_output_of(name, siblings)
    if recorded is not None:
        return recorded
    if "golden" in _words(name):  # Go's golden files: the expected output itself (goose's 01.up.golden.sql)
        return name
    golden = next((sibling for sibling in siblings if "golden" in _words(sibling)), None)
    if golden is not None:  # an input beside its golden outputs (goose's testdata/test02/input.sql)
        return golden
    own = _own_expected_output(name, siblings)
    if own is not None:
        return own
    baseline = _baseline_elsewhere(path)
    if baseline is not None:
        return baseline
    corpus = _corpus_expected_output(folder or ".", suffix.lower())
    if corpus is not None:
        return corpus
    if "__snapshots__" in siblings:
        snapshot = _snapshot_naming(os.path.join(folder, "__snapshots__") if folder else "__snapshots__", name)
        if snapshot is not None:
            return snapshot
    return _pair(name, siblings, TRANSFORM_ROLES)


# A case whose recorded result lies in a sibling folder of results, under its own name (TypeScript-TmLanguage's
# tests/cases/X.ts beside tests/baselines/X.baseline.txt, what the grammar gave each token; TypeScript's own
# tests/cases/compiler/x.ts beside tests/baselines/reference/x.js and x.errors.txt): the case exists to be
# compared with what the tool under test makes of it; so is pgFormatter's t/test-files/exN.sql beside the
# expected/ folder that holds exN.sql, what the formatter must print. Only below a test folder, never for a test module
# (the harness), and only when a file of the case's name is there.
BASELINE_FOLDERS = frozenset({"results", "expected", "expectations", "baselines", "baseline", "golden", "goldens"})


def _baseline_elsewhere(path: str) -> str | None:
    """The recorded result of the case at path in a results folder beside one of its folders, or None."""
    parts, _, test_at = test_dir_of(path)
    if test_at is None or TEST_MODULE_NAME.search(parts[-1]):
        return None
    stem = parts[-1].split(".", 1)[0].lower()
    if not stem:
        return None
    # a results folder in the case's own folder (pgFormatter's t/test-files/expected/exN.sql), then one beside the
    # case's folder and each folder above it, below the test folder
    for end in range(len(parts), test_at + 1, -1):
        if end == len(parts) and end - 2 <= test_at:
            continue  # a file in the test folder itself, beside its results/: the harness's own
        parent = "/".join(parts[:end - 1]) or "."
        for folder, names in _results_beside(parent, parts[end - 1]):
            found = next((name for name in names if name.lower().startswith(stem + ".")), None)
            if found is not None:
                return f"{folder}/{found}"
    return None


@context.memo(512)
def _results_beside(parent: str, folder: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(results folder, its names) for each folder of recorded results beside parent/folder (and its reference/)."""
    found = []
    for sibling in sorted(_listing(parent)):
        if sibling == folder or sibling.lower() not in BASELINE_FOLDERS:
            continue
        where = f"{parent}/{sibling}" if parent != "." else sibling
        found.append((where, tuple(_listing(where))))
        found.append((f"{where}/reference", tuple(_listing(f"{where}/reference"))))
    return tuple(found)


# A test case's recorded output beside its input (helmfile's testdata/snapshot/<case>/: input.yaml.gotmpl beside
# output.yaml and output-helm4.yaml, what the command printed, log lines included): the test compares its text.
RECORDED_OUTPUT_WORDS = frozenset({"output", "expected", "stdout"})


def _recorded_output_of(name: str, siblings: tuple[str, ...]) -> str | None:
    """The input beside name, when name is a recorded output (its first word output, expected or stdout)."""
    words = _words(name.rsplit(".", 1)[0])
    if not words or words[0] not in RECORDED_OUTPUT_WORDS:
        return None
    return next((sibling for sibling in siblings if _words(sibling)[:1] == ["input"]), None)


def _own_expected_output(name: str, siblings: tuple[str, ...]) -> str | None:
    return _own_output_in(name, _outputs_by_base(siblings))


# ... or one whose name says its role before that suffix: a JavaScript parser's fixtures (esprima's, Flow's:
# x.js beside x.tree.json, x.tokens.json or x.failure.json, what the parser must give for it; x.ast.json,
# x.errors.txt, x.expected.json, x.output.txt elsewhere). The role word is what makes it an output:
# x.schema.json or x.config.json beside x.js is no such thing.
OUTPUT_ROLE = frozenset({"tree", "ast", "cst", "tokens", "failure", "failures", "error", "errors", "expected",
                         "expect", "output", "out", "result", "results", "stdout", "stderr", "golden", "snap",
                         "snapshot", "baseline"})


def _outputs_by_base(siblings: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """The siblings that may hold an expected output, by base name: {base: [(suffix, sibling)]}
    (x.tree.json is also under x, as `.tree.json`)."""
    import os

    outputs: dict[str, list[tuple[str, str]]] = {}
    for sibling in siblings:
        base, other = os.path.splitext(sibling)
        if other.lower() in EXPECTED_OUTPUT or OUTPUT_SUFFIX.match(other):
            outputs.setdefault(base, []).append((other.lower(), sibling))
            stem, role = os.path.splitext(base)
            if stem and role[1:].lower() in OUTPUT_ROLE:
                outputs.setdefault(stem, []).append(((role + other).lower(), sibling))
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


# A checker's cases named by the verdict it must give (checkov's cdk_integration_tests/src/typescript/<Check>/:
# pass.ts beside fail.ts, fail2.ts, fail__2__.ts), anywhere: a folder whose files of one suffix are all so named,
# with both verdicts, holds inputs for a scanner, linter or policy engine, never run as the project's code.
VERDICT = re.compile(r"^(?P<role>pass|passed|passing|good|compliant|fail|failed|failing|bad|noncompliant|"
                     r"non[-_]compliant)(?:[-_.]*\d+[-_]*)?$", re.I)
PASSING = frozenset({"pass", "passed", "passing", "good", "compliant"})


@context.memo(1024)
def _verdict_cases(folder: str, suffix: str) -> str | None:
    """What makes folder a checker's cases for files of suffix (all named by a verdict, both verdicts
    there), or None."""
    names = [name for name in _listing(folder) if name.lower().endswith(suffix)]
    verdicts = [VERDICT.match(name[:-len(suffix)]) for name in names]
    if len(names) < 2 or not all(verdicts):
        return None
    if {verdict["role"].lower() in PASSING for verdict in verdicts} != {True, False}:
        return None
    return f"{len(names)} {suffix} cases named by the verdict a checker must give ({', '.join(sorted(names)[:3])})"


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


# A snapshot harness's case folder (typescript-eslint's ast-spec fixtures/<case>/: fixture.ts alone beside
# snapshots/, which holds what each parser gives for it): the input exists to be snapshotted, wherever the
# harness keeps it. Not Jest's __snapshots__/, named for the test module that wrote them (a component
# beside its test's snapshots is code: _snapshot_naming), nor a folder with other code beside the input.
SNAPSHOT_FOLDERS = ("snapshots",)
CODE_SUFFIXES = frozenset({".py", ".pyi", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".sql"})


def _snapshot_case(folder: str, name: str, siblings: tuple[str, ...]) -> str | None:
    """The snapshots folder beside the code file `name` when `name` is the only code in its folder and
    that folder holds snapshots, else None."""
    import os

    if os.path.splitext(name)[1].lower() not in CODE_SUFFIXES:
        return None
    found = next((sibling for sibling in siblings if sibling in SNAPSHOT_FOLDERS), None)
    if found is None or any(os.path.splitext(sibling)[1].lower() in CODE_SUFFIXES
                            for sibling in siblings if sibling != name):
        return None
    return f"{found}/" if _listing(f"{folder}/{found}") else None


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


# ... or, in a test folder, a comment that names the file's own format as broken (pyright's
# tests/samples/project5/pyrightconfig.json: `// Bad json`)
SAYS_BAD_FORMAT = re.compile(r"(?://|#|/\*)[ \t]*(?:bad|invalid|broken|malformed|corrupt(?:ed)?)[ \t]+"
                             r"(?:json|jsonc|yaml|yml|toml|xml|ini|config)\b", re.I)


# ... or, in a test folder, a comment that says the file should raise a syntax error (a linter's test
# notebook: `# This should trigger MB005 - syntax error with star import hint`). Looked for only on the
# lines that name a syntax or parse error, each searched left to right once.
NAMES_SYNTAX_ERROR = re.compile(r"\b(?:syntax|pars(?:e|ing))[ \t]+errors?\b", re.I)
COMMENT_OPENER = re.compile(r"//|#|/\*|--")
EXPECTING = re.compile(r"\b(?:should|must|will|expected[ \t]+to|expects?)\b", re.I)
FAILING = re.compile(r"\b(?:trigger|raise|produce|cause|give|report|fail|throw|yield)", re.I)


def says_it_should_fail(text: str) -> bool:
    """Whether a comment line says the file should raise a syntax (or parse) error: a comment opener,
    then `should` (must, will, expected to), then `trigger` (raise, produce, ...), then the error."""
    for found in NAMES_SYNTAX_ERROR.finditer(text):
        line = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
        comment = COMMENT_OPENER.search(line)
        expecting = comment and EXPECTING.search(line, comment.end())
        if expecting and FAILING.search(line, expecting.end()):
            return True
    return False


def says_it_is_invalid(source) -> bool:
    """Whether a file says in its text that it is invalid on purpose (anywhere: vite's
    playground/tsconfig-json-load-error/has-error/tsconfig.json, `// this config is deliberately
    malformed to test how vite handles broken tsconfig`, is a test app outside any test folder; in a
    test folder, a comment such as `// Bad json` or `# should trigger a syntax error` too)."""
    try:
        text = source.text
    except (UnicodeDecodeError, ValueError):
        return False
    return SAYS_INVALID.search(text) is not None or (in_test_dir(source.path) and (
        SAYS_BAD_FORMAT.search(text) is not None or says_it_should_fail(text)))


# The phrases of the notes that excuse a file's findings as a test input's (matched by
# runner.check_data_against, which re-checks such a file when git shows it parsed before).
EXCUSES = (": deliberately invalid test input (", ": a conformance-suite input, ",
           " not reported: code in recorded test data ",  # languages/repeats.recorded_repeats
           ": a trailing comma in test data (",  # languages/json.py
           ": test data not in UTF-8 (",  # runner._findings (NOT_UTF8_TEST_DATA)
           ": a template's source, ",  # TEMPLATE_SOURCE
           ": the project's own syntax check leaves it out (")  # OWN_CHECK_LEFT_OUT
NOT_UTF8_TEST_DATA = "test data not in UTF-8 (a charset test's input?: "
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


# A folder named for a harness's expected output, in two words or more (Liquibase's test harness:
# change/expectedSql/<database>/x.sql, the SQL the tool must generate, one statement a line; expectedSnapshot/,
# the objects it must find; `expected_output/`, `expected-results/`): the name is the role wherever the folder
# is. `expected/` alone is a results folder only below a test folder (RECORDED_RESULTS); `expectedly/` is no name
# of two words.
def expected_folder(path: str) -> str | None:
    """The folder of recorded expected output the file lies in, by its name, or None."""
    for folder in path.replace("\\", "/").split("/")[:-1]:
        words = _words(folder)
        if len(words) >= 2 and words[0] == "expected":
            return folder
    return None


def quiet_code_syntax_errors(source, findings: list) -> list:
    """A code file's syntax errors dropped (a --debug note) when it is a deliberately invalid test
    input; its other findings, and conflict markers (checked apart), stay. A conformance-suite input
    (its expected output beside it) is data for the parser under test, not the project's code: every
    finding of its parser and its both-halves rules (parse errors, deliberate repeats) is a note."""
    if not _excusing[-1]:
        return findings
    sibling = expected_output(source.path) if findings else None
    case = suite_case(source.path) if findings and sibling is None else None
    if findings and sibling is None and case is None and source.kind == "sql" and in_test_dir(source.path):
        case = harness_directives(source)
    if findings and sibling is None and case is None and source.kind in ("javascript", "typescript"):
        case = several_files(source) or lint_rule_demo(source) \
            or (labelled_cases(source) if in_test_dir(source.path) else None)
    if findings and sibling is None and case is None:
        case = syntax_test(source) or recorded_scopes(source)
    if findings and sibling is None and case is None and expected_folder(source.path) is not None:
        case = f"a harness's recorded expected output in {expected_folder(source.path)}/"
    if sibling is not None or case is not None:
        codes = ", ".join(sorted({f.code for f in findings}))
        where = f"its expected output in {sibling}" if sibling is not None else case
        source.note(f"a conformance-suite input, {where} ({codes} on line "
                    f"{findings[0].line} not reported): conflict markers checked only")
        return []
    if not any(f.code in SYNTAX_CODES for f in findings):
        # a code file no codec reads (autopep8's test/bad_encoding.py: a coding cookie of no codec), named
        # or placed as an invalid input: as deliberate as a syntax error there
        unreadable = [f for f in findings if f.code == "RL010"]
        if unreadable and deliberately_invalid_code(source.path):
            source.note(f"deliberately invalid test input (RL010 on line {unreadable[0].line} not reported): "
                        "conflict markers checked only")
            return [f for f in findings if f.code != "RL010"]
        return findings
    why = _syntax_error_meant(source, next(f for f in findings if f.code in SYNTAX_CODES))
    if why is None:
        return findings
    source.note(why)
    return [f for f in findings if f.code not in SYNTAX_CODES]


def _syntax_error_meant(source, first) -> str | None:
    """The note that says why a code file's syntax error (first: its first one) is meant, or None: a
    linter's suppression of it on its line, an editor test's cursor there, a generator's templates
    folder, or a deliberately invalid test input."""
    where = f"{first.code} on line {first.line}"
    if source.kind == "python" and _silenced_syntax_error(source, first.line):
        return (f"deliberately invalid test input ({where} not reported: its comment silences the syntax error "
                "for the linters, `# noqa: E999`): conflict markers checked only")
    if _at_a_cursor_marker(source, first.line):
        return f"an editor test's input: {where}, where a cursor marker stands, not reported"
    folder = template_folder(source.path)
    if folder is not None:
        return (f"{TEMPLATE_SOURCE}below {folder}/ ({where} not reported: the template language's syntax?): "
                "conflict markers checked only")
    if deliberately_invalid_code(source.path) or says_it_is_invalid(source):
        return f"deliberately invalid test input ({where} not reported): conflict markers checked only"
    hook = left_out_of_own_syntax_check(source)
    if hook is not None:
        return _own_check_note(hook, [first.code], first.line)
    return None


# The project's own syntax check leaves the file out on purpose: pre-commit-hooks' check-json, check-yaml,
# check-toml, check-xml and check-ast, each with an `exclude` pattern in .pre-commit-config.yaml at the top of
# the tree that matches the file's path (great_expectations excludes its `"beta" : [...]` data file from
# check-json). The project has said the file is not that format as written. Only a hook's own exclude: the
# top-level one leaves files out of every hook (vendored, generated) and says nothing about their syntax.
OWN_SYNTAX_HOOKS = {"check-json": "json", "check-yaml": "yaml", "check-toml": "toml", "check-xml": "xml",
                    "check-ast": "python"}
OWN_CHECK_LEFT_OUT = "the project's own syntax check leaves it out ("
PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"


def left_out_of_own_syntax_check(source) -> str | None:
    """The pre-commit hook (check-json, ...) for the file's kind whose `exclude` matches its path, or None."""
    import os

    tree = context.top()
    rel = context.relative(source.path, tree)
    if not rel:
        return None
    for hook, pattern in _own_syntax_excludes(os.path.join(tree, PRE_COMMIT_CONFIG)):
        if OWN_SYNTAX_HOOKS[hook] == source.kind and pattern.search(rel):
            return hook
    return None


@context.memo(16)
def _own_syntax_excludes(path: str) -> tuple:
    """((hook id, compiled exclude), ...) of the syntax hooks in a pre-commit config (() when it is not
    there or does not parse)."""
    data = context.read(path)
    if not data:
        return ()
    try:
        from ruamel.yaml import YAML

        document = YAML(typ="safe", pure=True).load(data.decode("utf-8"))
    except Exception:  # noqa: BLE001 - any failure to read the config: nothing excused
        return ()
    found = []
    repos = document.get("repos") if isinstance(document, dict) else None
    for repo in repos if isinstance(repos, list) else ():
        hooks = repo.get("hooks") if isinstance(repo, dict) else None
        for hook in hooks if isinstance(hooks, list) else ():
            if not isinstance(hook, dict) or hook.get("id") not in OWN_SYNTAX_HOOKS:
                continue
            exclude = hook.get("exclude")
            if isinstance(exclude, str) and exclude.strip():
                try:
                    found.append((hook["id"], re.compile(exclude)))
                except (re.error, RecursionError, OverflowError):
                    continue
    return tuple(found)


def _own_check_note(hook: str, codes: list, line: int) -> str:
    return (f"{OWN_CHECK_LEFT_OUT}{hook}'s exclude in {PRE_COMMIT_CONFIG}; {', '.join(sorted(set(codes)))} on line "
            f"{line} not reported): not that format as written, on purpose; conflict markers checked only")


# A generator keeps the files it renders below a templates folder (grammars-v4's StringTemplate sources
# with `<name>` holes, a Yeoman generator's EJS): what fails to parse there is written in the template
# language. What parses is still checked (a key given twice is a defect of every rendering). A Maven archetype's
# archetype-resources/ is one by its fixed name: Maven renders every file there with Velocity (`#set( ... )`).
TEMPLATE_DIRS = frozenset({"templates", "template", "_templates", "__templates__", "archetype-resources"})
TEMPLATE_SOURCE = "a template's source, "
# the codes by which a format refuses a file (a requirement line the template fills in too)
TEMPLATE_SYNTAX = frozenset({"RL431"})  # and PARSE_ERRORS


def template_folder(path: str) -> str | None:
    """The templates folder above the file, or None: one of TEMPLATE_DIRS, or a folder whose name ends in
    the word templates (doc-templates/, create-extension-templates/, email_templates/; GitHub's
    ISSUE_TEMPLATE/, whose issue forms GitHub reads as they are, is not one)."""
    return next((part for part in path.replace("\\", "/").split("/")[:-1]
                 if part.lower() in TEMPLATE_DIRS or _words(part)[-1:] == ["templates"]), None)


# An editor's or language server's test input marks where the cursor stands (ty's completion cases:
# `Kada<CURSOR: Kadabra>`; IntelliJ's testData: `x.<caret>`; `<selection>`): the code around it is
# incomplete on purpose, and the marker itself is no syntax of any language checked here.
CURSOR_MARKER = re.compile(r"<(caret|cursor|selection)\b[^>\n]*/?>", re.I)


# A syntax error its author silenced for the linters on its own line (flake8's and pycodestyle's E999,
# pylint's syntax-error, E0001): code that must fail to compile (streamlit's e2e app that shows the
# compilation error dialog, `123 foo  # noqa: E999`). No kept half of a conflict carries that comment.
SILENCED_SYNTAX_ERROR = re.compile(r"#\s*(?:noqa\s*:[^#\n]*\bE999\b|pylint:\s*disable\s*=[^#\n]*"
                                   r"\b(?:syntax-error|E0001)\b)", re.I)


def _silenced_syntax_error(source, line: int) -> bool:
    """Whether the syntax error's line holds a linter's suppression of a syntax error."""
    return _line_holds(source, line, SILENCED_SYNTAX_ERROR)


def _at_a_cursor_marker(source, line: int) -> bool:
    """Whether the syntax error's line holds a cursor marker."""
    return _line_holds(source, line, CURSOR_MARKER)


def _line_holds(source, line: int, pattern: re.Pattern) -> bool:
    """Whether the file's line (1-based) matches pattern somewhere; False for text that is not UTF-8."""
    try:
        lines = source.text.splitlines()
    except (UnicodeDecodeError, ValueError):
        return False
    return 0 < line <= len(lines) and pattern.search(lines[line - 1]) is not None


def deliberately_invalid(path: str) -> bool:
    """A test input meant to be rejected. Under a test or fixture directory (test, tests, testdata,
    fixtures, spec, __tests__, test_*, test-errors, ...): a name that says so in one of its words
    (fail*, invalid, bad, broken, malformed, corrupt, illegal, wrong, duplicate, error(s), mismatch, torture,
    ...: fail14.json, invalid.json, config-invalid.yaml, badSyntax.yaml, duplicate.ini; not
    badge.json or failover.yml; or first in a glued name: testdata/invalidchartfile/, not
    invalidation/), in the file's name or a folder's below the test directory
    (testdata/syntax_errors/q.sql, tests/invalid/x.toml, test-errors/a.yaml), or a sibling that
    holds the expected error (stderr.txt, expected_error.txt, *.err). Anywhere: a parser's
    conformance suite (yaml-test-suite, JSONTestSuite, test262, toml-test, ...)."""
    parts, in_suite, test_at = test_dir_of(path)
    if in_suite or _suite_says_invalid(parts) or negative_in_manifest(parts):
        return True
    if test_at is None:
        stem = parts[-1].rsplit(".", 1)[0]
        return _invalid_example(parts) or any(SELF_MALFORMED.match(word) for word in _words(stem)) \
            or SELF_INVALID.fullmatch(stem.lower()) is not None or _failing_case_by_name(stem)
    if any(folder.lower() in PARSER_DIRS for folder in parts[test_at + 1:-1]):
        return True  # a parser's inputs, below a test folder: they test what it accepts beyond the standard
    if _format_library_tests(parts, test_at):
        return True  # the tests of a module named for the file's format: its parser's inputs
    if parts[test_at].lower() in MODULE_DATA and any(folder.lower() in READER_DIRS for folder in parts[:test_at]):
        # the data folder of a module named for reading files (trivy's dependency/parser/python/pip/testdata/,
        # renovate's manager/gitlabci/__fixtures__/, syft's cataloger/python/test-fixtures/); not a harness's
        # own files in a test folder of one (babel's packages/parser/test/fixtures/x/options.json)
        return True
    names = [parts[-1].rsplit(".", 1)[0], *parts[test_at:-1]]
    # the phrase may end in the suffix: not.json, not-a.yaml say what the file is not
    if any(INVALID_WORD.match(word) or GLUED_INVALID.match(word) for name in names for word in _words(name)) \
            or any(UNPARSABLE_PHRASE.search(" ".join(_words(name))) for name in [parts[-1], *names]):
        return True
    if any(word in RECORDED_RESPONSES for name in [*parts[test_at + 1:-1], parts[-1].rsplit(".", 1)[0]]
           for word in _words(name)):
        return True  # what a server sent, recorded: an error page or plain text under the format's suffix
    if any(word in FUZZ_WORDS for name in names for word in _words(name)):
        return True  # a fuzzer's input, kept as a regression test: made to break parsers
    if any(folder.lower() in RECORDED_RESULTS for folder in parts[test_at + 1:-1]):
        return True  # what the tool under test wrote, recorded (an error's text under .json when it threw)
    return _expected_error_above(parts, test_at)


# A data file named as a test case, wherever it is (Hjson's Go port keeps JSON_checker's cases in assets/:
# failJSON02_test.json beside pass1_test.json and comments_test.hjson, read by its tests): the name says both
# that it is a test case (a word `test`, as a test module's name has it) and, with the words above, that the
# case fails. A name with only one of them is checked (charset_test.json, fail_over.json).
CASE_WORDS = frozenset({"test", "tests", "testcase", "testcases"})


def _failing_case_by_name(stem: str) -> bool:
    words = _words(stem)
    return any(word in CASE_WORDS for word in words) and any(INVALID_WORD.match(word) for word in words)


# A conformance suite's manifest (the W3C's: CSVW's tests/manifest-validation.jsonld, rdf-tests' manifest.ttl;
# JSON-LD's and SHACL's the same way) lists each input as the `action` of a test whose type says whether a
# processor must accept it (`csvt:NegativeValidationTest`, `rdft:TestTurtleNegativeSyntax`, `mf:NegativeSyntaxTest11`):
# an input of a negative test is invalid on purpose, whatever its name. Manifests are read from the input's
# folder and the two above it; an input they list as a positive test, or do not list, is checked.
MANIFEST_NAME = re.compile(r"^(?:[\w.-]*[-_.])?manifest(?:[-_.][\w.-]*)?\.(?:jsonld|json|ttl)$", re.I)
NEGATIVE_TYPE = re.compile(r"negative|invalid|malformed", re.I)
MANIFEST_LEVELS = 3
MAX_MANIFEST_BYTES = 4_000_000


def negative_in_manifest(parts: list[str]) -> bool:
    """Whether a conformance-suite manifest in the file's folder or one of the two above lists it as the
    input of a negative test."""
    return _in_manifest(parts, True)


def listed_in_manifest(parts: list[str]) -> bool:
    """Whether such a manifest lists it as the input of any test (a suite's crafted case: its repeats are the
    case, as a fixture's are)."""
    return _in_manifest(parts, False)


def _in_manifest(parts: list[str], negative: bool) -> bool:
    for up in range(1, min(MANIFEST_LEVELS, len(parts)) + 1):
        folder = "/".join(parts[:-up]) or "."
        names = [name for name in _listing(folder) if MANIFEST_NAME.match(name) and "/".join(parts[-up:]) != name]
        relative = "/".join(parts[-up:])
        if any(relative in _actions(f"{folder}/{name}" if folder != "." else name, negative) for name in names):
            return True
    return False


TURTLE_STATEMENT = re.compile(r"(?:[^\s\"<>]|<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|\s)+?\.(?=\s|$)")
TURTLE_TYPE = re.compile(r"(?:\ba|rdf:type|<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type>)\s+([^\s;,]+)")
TURTLE_ACTION = re.compile(r"\baction>?\s+<([^<>\s]+)>")


@context.memo(256)
def _actions(path: str, negative: bool) -> frozenset[str]:
    """The inputs a manifest lists for its negative tests (or, negative false, for any test), as paths relative
    to its folder (an action given as a URL or absolute path counts by its tail: every tail of it is in the set)."""
    import json

    data = context.read(path)
    if not data or len(data) > MAX_MANIFEST_BYTES:
        return frozenset()
    text = data.decode("utf-8", "replace")
    actions: list[str] = []
    if path.lower().endswith(".ttl"):
        for statement in TURTLE_STATEMENT.findall(text):
            if not negative or any(NEGATIVE_TYPE.search(kind) for kind in TURTLE_TYPE.findall(statement)):
                actions.extend(TURTLE_ACTION.findall(statement))
    else:
        try:
            tree = json.loads(text)
        except ValueError:
            return frozenset()
        stack = [tree]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                kinds = [node.get(key) for key in ("type", "@type", "rdf:type")]
                kinds = [kind for value in kinds for kind in (value if isinstance(value, list) else [value])
                         if isinstance(kind, str)]
                if kinds and (not negative or any(NEGATIVE_TYPE.search(kind) for kind in kinds)):
                    for key, value in node.items():
                        if key.rsplit(":", 1)[-1] in ("action", "input"):
                            for item in value if isinstance(value, list) else [value]:
                                item = item.get("@id") if isinstance(item, dict) else item
                                if isinstance(item, str):
                                    actions.append(item)
                stack.extend(node.values())
    tails = set()
    for action in actions:
        pieces = [piece for piece in action.split("#", 1)[0].split("?", 1)[0].split("/") if piece not in ("", ".")]
        tails.update("/".join(pieces[i:]) for i in range(len(pieces)))
    return frozenset(tails)


# A test folder of a module named for the file's format, the test folder itself or a folder above it (YamlDotNet's
# YamlDotNet.Test/files/, Newtonsoft.Json.Tests/, jackson-dataformat-yaml/src/test/, snakeyaml/src/test/): that
# module is the format's parser or writer, and its tests' inputs are what it accepts beyond the spec (YamlDotNet
# reads forward aliases) or must reject. A format's name inside a word counts (snakeyaml, pyyaml, jsonpath),
# but for INI's (mini, admin). A format folder below a test folder (src/test/resources/yaml/) is a project's
# test data grouped by format, not this.
FORMAT_NAMES = {".yaml": ("yaml",), ".yml": ("yaml", "yml"), ".json": ("json",), ".jsonc": ("json",),
                ".json5": ("json5",), ".toml": ("toml",), ".xml": ("xml",), ".ini": ()}
WHOLE_WORD_FORMATS = {".ini": ("ini",)}


def _format_library_tests(parts: list[str], test_at: int) -> bool:
    suffix = "." + parts[-1].rsplit(".", 1)[-1].lower() if "." in parts[-1] else ""
    inside, whole = FORMAT_NAMES.get(suffix, ()), WHOLE_WORD_FORMATS.get(suffix, ())
    # ... and a test folder below it named for such a module (yyjson's test/data/json/test_yyjson/: its reader's
    # extensions, NaN, hex numbers, unquoted keys, one file a flag); a plain format folder there is not one
    folders = [*parts[:test_at + 1], *(folder for folder in parts[test_at + 1:-1]
                                       if TEST_DIR_PREFIX.match(folder.lower()) or TEST_DIR_SUFFIX.search(folder.lower()))]
    return any(any(name in word for name in inside) or word in whole
               for folder in folders for word in _words(folder) if word not in TEST_WORDS)


TEST_WORDS = frozenset({"test", "tests"})


# A data file whose own name says it is malformed, wherever it is (cloudformation-guard's
# guard/resources/validate/malformed-template.yaml: a Rust crate's test data lives in resources/, which no
# name marks as a test folder). Only the words nothing healthy is named for: `invalid` and `bad` name
# topics (invalid-hosts.yaml), and code is never excused this way. A name that is nothing but the verdict
# (pgweb's data/invalid.toml, invalid2.json) names no topic: the file is the invalid case of a test. Not
# `bad` or `broken` alone: a project's own checks name the file they must reject so (bad.yaml).
SELF_INVALID = re.compile(r"invalid\d*")
SELF_MALFORMED = re.compile(r"^(malformed|illformed|corrupt|corrupted|unparsable|unparseable)\d*$")


# Examples and samples (outside a test folder) of what a tool rejects, when their name or a folder's below
# examples/ says so with an unmistakable word (ansible-lint's examples/broken/, examples/yamllint/invalid.yml,
# its tests' inputs): an example of an invalid file. Other examples are checked as the project's files.
EXAMPLE_DIRS = frozenset({"examples", "example", "samples", "sample"})
# ... or the error it shows (jsoncpp's example/readFromStream/errorFormat.json: the input its example reads to print
# a parse error)
EXAMPLE_INVALID_WORD = re.compile(r"^(invalid|bad|broken|malformed|illformed|corrupt|corrupted|illegal|unparsable|"
                                  r"unparseable|error|errors|erroneous)\d*$")
# A parser's own test inputs, in a folder below a test folder named for it (checkov's tests/cloudformation/parser/:
# JSON with triple-quoted strings, which its parser accepts), or in the test folder of a package named for it
# (Go's testdata/ there: trivy's pkg/dependency/parser/python/pip/testdata/: `django==5.*.*`, `>=1.0.0` alone, lines its parser
# skips on purpose): what the parser accepts beyond the standard, or must survive.
PARSER_DIRS = frozenset({"parser", "parsers", "parsing", "lexer", "tokenizer"})
# ... and the data folder beside the code of a module that reads a format (Go's testdata/, Jest's __fixtures__/,
# syft's test-fixtures/), below a folder named for such modules: a parser, or what dependency scanners call the
# module that reads one ecosystem's files (trivy's parser/ and analyzer/, renovate's manager/, syft's cataloger/,
# osv-scanner's extractor/). Their inputs are what the reader must survive, odd or broken on purpose.
READER_DIRS = PARSER_DIRS | {"parsers", "extractor", "extractors", "cataloger", "catalogers", "manager", "managers",
                             "analyzer", "analyzers"}
# testcases/ too: a parser's folder of cases, each its input beside the expected output (telegraf's
# plugins/parsers/xpath/testcases/<case>/: XML with several roots, protobuf text under .json)
MODULE_DATA = frozenset({"testdata", "__fixtures__", "test-fixtures", "test_fixtures", "testcases", "test_cases",
                         "test-cases"})


def _invalid_example(parts: list[str]) -> bool:
    for folder in parts[:-1]:  # a folder of invalid examples by its own name (Gateway API's hack/invalid-examples/)
        words = _words(folder)
        if any(word in EXAMPLE_DIRS for word in words) and any(EXAMPLE_INVALID_WORD.match(word) for word in words):
            return True
    at = next((i for i, folder in enumerate(parts[:-1])
               if folder.lower() in EXAMPLE_DIRS or any(word in EXAMPLE_DIRS for word in _words(folder))), None)
    if at is None:
        return False
    names = [parts[-1].rsplit(".", 1)[0], *parts[at + 1:-1]]
    return any(EXAMPLE_INVALID_WORD.match(word) or GLUED_INVALID.match(word) for name in names for word in _words(name))


# A fuzzer's input kept as a regression test's data, by its name or a folder's below the test folder
# (jackson-dataformats-text's src/test/resources/data/fuzz-65918.yaml, `- - - ...` nested past any
# loader's depth; oss-fuzz's clusterfuzz-testcase-minimized-*): made to break parsers. Data files only: a
# fuzz harness is code and is checked (deliberately_invalid_code does not read these words).
FUZZ_WORDS = frozenset({"fuzz", "fuzzer", "fuzzing", "fuzzed", "clusterfuzz", "ossfuzz"})
# A recorded server response below a test folder, by its folder or its own name (dependabot's
# private_registry_responses/, registry_api/jason_response.json; VCR's cassettes/): the bytes are the
# server's, not a file the project writes.
RECORDED_RESPONSES = frozenset({"response", "responses", "cassette", "cassettes"})
# ... and what the tool under test wrote, in a folder of its recorded results below a test folder (twoslash's
# test/results/x.json beside test/fixtures/, the output the harness compares; TypeScript's
# tests/baselines/reference/): its text is the tool's, an error message under .json when the case throws.
# Only the folder says so (tests/results.json is a file a person writes). A merge that breaks one that
# parsed on both sides is still reported (runner.check_data_against).
RECORDED_RESULTS = frozenset({"results", "expected", "expectations", "baselines", "baseline", "golden", "goldens"})


# A test case's own configuration file (rolldown's `_config.json`, a harness's options.json or test.yaml) that
# says the case must fail: `"expectError": true`, `expect_error: true`, `shouldFail: true`, `"throws": true`
CASE_CONFIG = re.compile(r"^[._]?(?:config|options|test|case|meta|fixture)(?:[._-][\w-]+)?\.(?:json|jsonc|ya?ml|toml)$",
                         re.I)
EXPECTS_FAILURE = re.compile(r"[\"']?(?:expect(?:ed|s)?[-_ ]?(?:error|errors|failure|fail|to[-_ ]?fail)"
                             r"|should[-_ ]?(?:fail|error|throw)|throws)[\"']?[ \t]*[:=][ \t]*(?:true|yes)\b", re.I)
MAX_CASE_CONFIG = 64 * 1024


def _expects_an_error(directory: str, own: str = "") -> bool:
    """Whether a test folder holds a file with the error its inputs must give (sqlc's stderr.txt), or a case
    configuration that says they must fail (not the file `own` itself: a configuration must parse)."""
    names = _listing(directory)
    # ... or the yaml-test-suite's data layout (vendored by YAML libraries: libfyaml's test/reflection-data/
    # <ID>/<NN>/): an empty `error` file beside the case's in.yaml when a parser must reject it
    if any(EXPECTED_ERROR.match(name) for name in names) or ("error" in names and "in.yaml" in names):
        return True
    for name in names:
        if CASE_CONFIG.match(name) and name != own:
            data = context.read(f"{directory}/{name}" if directory != "." else name) or b""
            if len(data) <= MAX_CASE_CONFIG and EXPECTS_FAILURE.search(data.decode("utf-8", "replace")):
                return True
    return False


# A test module by its name, in the languages whose tests sit beside their samples (busted's and RSpec's
# x_spec.lua, x_spec.rb; Go's x_test.go; test_x.c; JUnit's XTest.java; XCTest's XTests.swift; ExUnit's
# x_test.exs), and the language each suffix is. A .bats or .vader file is a test whatever its name.
TEST_MODULE_STEM = re.compile(r"^test_.|.[_.-](?:test|tests|spec)$|.(?:Test|Tests|Spec)$")
TEST_LANGUAGES = {".lua": "lua", ".rb": "ruby", ".go": "go", ".rs": "rust", ".java": "jvm", ".kt": "jvm",
                  ".scala": "jvm", ".groovy": "jvm", ".swift": "swift", ".c": "c", ".cc": "c", ".cpp": "c",
                  ".cxx": "c", ".zig": "zig", ".nim": "nim", ".hs": "haskell", ".ex": "elixir", ".exs": "elixir",
                  ".erl": "erlang", ".jl": "julia", ".dart": "dart", ".php": "php", ".cs": "dotnet", ".fs": "dotnet",
                  ".ml": "ocaml", ".clj": "clojure", ".cr": "crystal", ".vim": "vim", ".sh": "shell",
                  ".py": "python", ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
                  ".ts": "javascript", ".tsx": "javascript", ".mts": "javascript", ".cts": "javascript"}
ALWAYS_TESTS = {".bats": "shell", ".vader": "vim"}
TEST_MODULES_AT_LEAST = 2


def tested_in_another_language(parts: list[str], test_at: int, language: str) -> bool:
    """Whether the nearest folder holding test modules, from the file's folder up to the test folder, holds
    at least two, all in languages other than the file's (nvim-treesitter's tests/indent/: python_spec.lua
    and 40 more beside python/ and ecma/, samples to indent, with no manifest to say the project is Lua's):
    the file is a sample for the tool those tests drive. Where the file's own language has a test there,
    or one test of another stands alone, no verdict. `language`: python or javascript (TypeScript's too)."""
    for end in range(len(parts) - 1, test_at, -1):
        languages, count = _test_modules_in("/".join(parts[:end]))
        if count:
            return count >= TEST_MODULES_AT_LEAST and language not in languages
    return False


@context.memo(1024)
def _test_modules_in(folder: str) -> tuple[frozenset[str], int]:
    """(the languages of the test modules in folder, how many there are)."""
    import os

    languages, count = set(), 0
    for name in _listing(folder):
        stem, suffix = os.path.splitext(name)
        language = ALWAYS_TESTS.get(suffix.lower())
        if language is None and TEST_MODULE_STEM.search(stem):
            language = TEST_LANGUAGES.get(suffix.lower())
        if language is not None:
            languages.add(language)
            count += 1
    return frozenset(languages), count


# A requirements file is Python's: in the tests of a project tested in another language (vscode-python's
# src/test/pipRequirements/example-requirements.txt beside TypeScript tests) it is a sample for that project's
# tool, every form of a requirement line, contradicting pins included.
ECOSYSTEM_OF = {"requirements": "python"}


def _sample_of_another_ecosystem(source) -> bool:
    language = ECOSYSTEM_OF.get(source.kind)
    if language is None:
        return False
    parts, _, test_at = test_dir_of(source.path)
    return test_at is not None and tested_in_another_language(parts, test_at, language)


# A multi-byte UTF-8 sequence. Test data with none, that is not UTF-8, is wholly in a legacy encoding
# (swagger-parser's src/test/resources/issue-1119.yaml, a spec in Latin-1 for a test of encodings): the input
# of a charset test (runner._findings says so in a note, for every kind). A Latin-1 half pasted into a UTF-8
# file (RL010's case) usually leaves UTF-8 beside it.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                           rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                           rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


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
                raise  # runner._findings: RL010, or a note for test data wholly in a legacy encoding
            findings = [Finding(source.path, 1, 1, "RL010", "not valid UTF-8")]
        except RecursionError:
            if not deliberately_invalid(source.path):
                raise
            findings = [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
        folder = template_folder(source.path) if findings else None
        refused = [f for f in findings if f.code in PARSE_ERRORS or f.code in TEMPLATE_SYNTAX] if folder else []
        if refused:
            source.note(f"{TEMPLATE_SOURCE}below {folder}/ ({refused[0].code} on line {refused[0].line} not reported:"
                        " the template language's syntax?): conflict markers checked only")
            findings = [f for f in findings if f not in refused]
        refused = [f for f in findings if f.code in PARSE_ERRORS]
        hook = left_out_of_own_syntax_check(source) if refused else None
        if hook is not None:
            source.note(_own_check_note(hook, [f.code for f in refused], refused[0].line))
            findings = [f for f in findings if f not in refused]
        if findings and (deliberately_invalid(source.path) or says_it_is_invalid(source)
                         or expected_output(source.path) is not None or syntax_test(source) is not None
                         or expected_folder(source.path) is not None
                         or _sample_of_another_ecosystem(source)):
            source.note(f"deliberately invalid test input ({', '.join(sorted({f.code for f in findings}))} on line"
                        f" {findings[0].line} not reported): conflict markers checked only")
            return []
        return findings

    return checked


# Each parser's "does not parse" codes: a folder where most files of one suffix fail is a corpus
# of invalid inputs (a parser's test suite), not files broken by a merge.
PARSE_ERRORS = frozenset({"RL101", "RL201", "RL301", "RL321", "RL401", "RL411", "RL421", "RL442", "RL451", "RL461",
                          "RL471"})
# ... and the other ways a format refuses a file: a TOML key or table defined twice, which tomllib
# rejects as it rejects a syntax error (a conformance suite's errors/ holds both)
FORMAT_REJECTS = PARSE_ERRORS | {"RL422"}
CORPUS_MIN_FAILING = 4  # and more than half of the folder's files of that suffix


def invalid_corpora(findings: list, displays: list[str]) -> tuple[list, list[str]]:
    """(findings without the rejections of invalid-input corpora, a note per such folder). A
    folder is one when at least CORPUS_MIN_FAILING of its checked files with one suffix, and
    more than half of them, are refused by their format (FORMAT_REJECTS, whichever code)."""
    import os
    from collections import defaultdict

    if not any(f.code in FORMAT_REJECTS for f in findings):
        return findings, []
    sizes: dict = defaultdict(int)
    for display in displays:
        sizes[(os.path.dirname(display), os.path.splitext(display)[1].lower())] += 1
    failing: dict = defaultdict(set)
    codes: dict = defaultdict(set)
    for f in findings:
        if f.code in FORMAT_REJECTS:
            group = (os.path.dirname(f.path), os.path.splitext(f.path)[1].lower())
            failing[group].add(f.path)
            codes[group].add(f.code)
    quiet, notes = set(), []
    for (folder, suffix), paths in sorted(failing.items()):
        size = sizes.get((folder, suffix), 0)
        if len(paths) >= CORPUS_MIN_FAILING and 2 * len(paths) > size:
            quiet.update(paths)
            notes.append(f"{folder or '.'}/: {len(paths)} of {size} {suffix or 'extensionless'} files fail to parse "
                         f"({', '.join(sorted(codes[(folder, suffix)]))}): a corpus of invalid inputs, their parse "
                         "errors not reported")
    return [f for f in findings if not (f.path in quiet and f.code in FORMAT_REJECTS)], notes


# A parser's corpus split by verdict into sibling folders (ruff's resources/valid/ beside invalid/,
# inline/ok/ beside inline/err/; toml-test's valid/ and invalid/): a folder of one pair, wherever it
# is, holds inputs for the parser under test. The rejecting side is invalid on purpose; code on
# either side is data (the accepting side's inputs repeat definitions on purpose too).
# (Not success/failure or accept/reject: an application's routes and pages come in such pairs.)
VERDICT_FOLDERS = {"valid": "invalid", "ok": "err", "pass": "fail", "passing": "failing", "good": "bad"}
VERDICT_FOLDERS.update({rejecting: accepting for accepting, rejecting in list(VERDICT_FOLDERS.items())})
REJECTING = frozenset({"invalid", "err", "fail", "failing", "bad"})
# JSONTestSuite's convention, wherever the suite is vendored (nst_json_testsuite/, test_parsing/):
# y_ must be accepted, n_ rejected, i_ is up to the implementation.
VERDICT_PREFIX = re.compile(r"^([yni])_", re.I)
SUITE_AT_LEAST = 3  # files of each verdict, y_ and n_, for a folder to follow that convention


# ... or the accepting word negated (ghostfolio's test/import/ok/ beside not-ok/; valid/ beside non-valid/)
NEGATED_VERDICT = re.compile(r"^(?:not|non)[-_]?(valid|ok|pass|passing|good)$")


def verdict_folder(parts: list[str]) -> tuple[str, bool] | None:
    """(the folder, whether it is the rejecting side) when a folder of the path is one of a
    valid/invalid, ok/err, pass/fail ... pair of siblings (or ok/not-ok); else None. Only the
    listings are read."""
    for index in range(len(parts) - 2, -1, -1):
        name = parts[index].lower()
        other = VERDICT_FOLDERS.get(name)
        negated = NEGATED_VERDICT.match(name)
        if other is None and negated is None and name not in VERDICT_FOLDERS.values():
            continue
        siblings = {entry.lower() for entry in _listing("/".join(parts[:index]) or ".")}
        if other is not None and other in siblings:
            return "/".join(parts[:index + 1]), name in REJECTING
        if negated is not None and negated.group(1) in siblings:
            return "/".join(parts[:index + 1]), True
        if name not in REJECTING and any(NEGATED_VERDICT.match(sibling) and NEGATED_VERDICT.match(sibling).group(1) == name
                                         for sibling in siblings):
            return "/".join(parts[:index + 1]), False
    return None


def _suite_says_invalid(parts: list[str]) -> bool:
    """A suite's convention says this input is rejected on purpose: the rejecting folder of a
    valid/invalid pair, or an n_ or i_ file among y_ and n_ siblings (JSONTestSuite's)."""
    pair = verdict_folder(parts)
    if pair is not None and pair[1]:
        return True
    match = VERDICT_PREFIX.match(parts[-1])
    if match is None or match.group(1).lower() == "y":
        return False
    return _follows_verdict_prefixes("/".join(parts[:-1]) or ".", parts[-1].rsplit(".", 1)[-1].lower())


@context.memo(512)
def _follows_verdict_prefixes(folder: str, suffix: str) -> bool:
    counts = {"y": 0, "n": 0}
    for entry in _listing(folder):
        match = VERDICT_PREFIX.match(entry)
        if match is not None and match.group(1).lower() in counts and entry.lower().endswith("." + suffix):
            counts[match.group(1).lower()] += 1
    return min(counts.values()) >= SUITE_AT_LEAST


# A compiler's or transform's case folder (babel's test/fixtures/<suite>/<case>/: input.js beside
# output.js or output.json, an exec.js run after the transform, an options.json whose "throws" names
# the error the input must give): every code file there is input for the tool under test. The expected
# output's name may carry the harness's version or variant (svelte's language-tools: expectedv2.json,
# expected-svelte5.ts; output_v3.js).
CASE_ROLE = re.compile(r"^(input|output|expected)(?:[-_]?v?\d+|[-_][a-z]+\d+)?\.", re.I)  # not input_widgets.py
# ... or an options.json (the case's or its suite's) that names the plugins or presets the case is
# compiled with: its code is written in the syntax they add (decorators, do-expressions, Flow).
HARNESS_OPTIONS = re.compile(rb'"(throws|plugins|presets)"\s*:')
# A linter's cases named by the rule code each exercises (pycodestyle's testsuite and parso's
# normalizer_issue_files/: E10.py, E30not.py; ruff's fixtures: PLR0913.py, B006_1.py).
RULE_CODE_NAME = re.compile(r"^[A-Z]{1,5}\d{2,4}(?!\d)")


def suite_case(path: str) -> str | None:
    """Why a code file is a case of a tool's own test suite (all its findings are notes), or None:
    either folder of a valid/invalid pair; under a test folder, a compiler's case folder (input and
    output beside each other, or an options.json declaring the error it throws) or a folder of
    cases named by the lint rule code each exercises."""
    parts, _, test_at = test_dir_of(path)
    pair = verdict_folder(parts)
    if pair is not None:
        return f"in {pair[0]}/ of a parser's corpus split by verdict"
    grammar = _grammar_input(parts)
    if grammar is not None:
        return grammar
    if test_at is None:
        return None
    engine = _javascript_implementation(parts)
    if engine is not None:
        return engine
    folder = "/".join(parts[:-1]) or "."
    return _case_folder(folder) or _rule_code_cases(folder, parts[-1].rsplit(".", 1)[-1].lower())


# A JavaScript implementation (an engine, or a parser) that runs test262, the language's conformance suite,
# says so by a file or folder named for it (jerryscript's tests/test262-excludelist.xml, rhino's
# tests/testsrc/test262.properties, quickjs's test262.conf at its root, a test262/ submodule): the JavaScript
# under its test folders is input for what it builds, testing the language itself (a key, member or case given
# twice, early errors, legacy syntax the engine supports: E4X, JavaScript 1.7). Its other code is still code.
JAVASCRIPT_SUFFIXES = (".js", ".mjs", ".cjs")


def _javascript_implementation(parts: list[str]) -> str | None:
    if not parts[-1].lower().endswith(JAVASCRIPT_SUFFIXES):
        return None
    for end in range(len(parts)):  # the root, then each folder down to the file's
        folder = "/".join(parts[:end]) or "."
        marker = _test262_marker(folder)
        if marker is not None:
            where = f"{folder}/{marker}" if folder != "." else marker
            return f"a test input of a JavaScript implementation that runs test262 ({where})"
    return None


@context.memo(1024)
def _test262_marker(folder: str) -> str | None:
    return next((name for name in sorted(_listing(folder)) if "test262" in name.lower()), None)


# A tree-sitter grammar's repository (grammar.js beside tree-sitter.json, or the grammar.json it generates
# in src/) keeps files of its language under these folders for the parser it builds: its examples and
# its highlight, tag and corpus tests, valid or not. Its bindings and scripts elsewhere are its code.
GRAMMAR_INPUT_DIRS = frozenset({"examples", "example", "test", "tests"})


def _grammar_input(parts: list[str]) -> str | None:
    for index in range(len(parts) - 2, -1, -1):
        if parts[index].lower() in GRAMMAR_INPUT_DIRS and _is_grammar_root("/".join(parts[:index]) or "."):
            return f"an input of the tree-sitter grammar in {'/'.join(parts[:index]) or '.'}/ (under {parts[index]}/)"
    return None


@context.memo(256)
def _is_grammar_root(folder: str) -> bool:
    listing = _listing(folder)
    return "grammar.js" in listing and ("tree-sitter.json" in listing
                                        or "grammar.json" in _listing(f"{folder}/src" if folder != "." else "src"))


@context.memo(1024)
def _case_folder(folder: str) -> str | None:
    listing = _listing(folder)
    roles = {match.group(1).lower() for match in map(CASE_ROLE.match, listing) if match is not None}
    if "input" in roles and roles & {"output", "expected"}:
        return "a compiler's test case (input and expected output side by side)"
    import os

    for options_in in (folder, os.path.dirname(folder)):  # the case's own options, then its suite's
        if "options.json" not in _listing(options_in or "."):
            continue
        data = context.read(f"{options_in}/options.json" if options_in else "options.json")
        found = HARNESS_OPTIONS.search(data[:MAX_SNAPSHOT_BYTES]) if data is not None else None
        if found is not None and found.group(1) == b"throws":
            return "a test case whose options.json declares the error it throws"
        if found is not None:
            return "a compiler's test case, compiled with the plugins or presets its options.json names"
    return None


@context.memo(512)
def _rule_code_cases(folder: str, suffix: str) -> str | None:
    named = [entry for entry in _listing(folder) if entry.lower().endswith("." + suffix)]
    coded = [entry for entry in named if RULE_CODE_NAME.match(entry)]
    if len(coded) >= SUITE_AT_LEAST and 2 * len(coded) > len(named):
        return f"one of a linter's cases, {len(coded)} of the folder's {len(named)} named by a rule code"
    return None


# A test harness's per-case directive lines between SQL statements (sqlglot's fixtures: `# title: ...`,
# `# dialect: spark`, `# execute: false`): the file is a list of cases the harness reads one by one,
# input and expected output in turn, never a script a database runs. `#` opens no line of SQL that
# PostgreSQL reads, and a MySQL comment is prose, not `# key: value` again and again.
DIRECTIVE_LINE = re.compile(r"^#[ \t]*[a-z_]+:[ \t]", re.M)
DIRECTIVES_AT_LEAST = 3


# A minifier's or compressor's case file (UglifyJS's and terser's test/compress/*.js): each case a
# labelled block at the top level, `name: {`, holding an `input: { ... }` block followed by `expect: { ... }`,
# `expect_exact:` or `expect_stdout:`. The harness reads the cases one by one; the inputs are odd on purpose
# (keys twice, redeclarations, syntax a target rejects). A block closed on its own line followed by an
# `expect...:` label is no object literal (that would need a comma), and no module's code is a row of
# labelled blocks at column 0.
# The block may close at the end of its own line (`input: { a = 1 }`): no comma before the label either.
# A file with fewer cases (one or two: terser's issue-1770.js) is one of them when its folder holds at least
# as many files that are case files on their own count: the harness's folder, not a module that happens to
# hold a labelled block.
CASE_LABEL = re.compile(r"^[A-Za-z_$][\w$]*[ \t]*:[ \t]*\{[ \t]*\r?$", re.M)
EXPECT_AFTER_BLOCK = re.compile(r"\}[ \t]*\r?\n[ \t]*(?:expect|expected|output)(?:_\w+)?[ \t]*:", re.M)
LABELLED_CASES_AT_LEAST = 3


def labelled_cases(source) -> str | None:
    """Why a JavaScript or TypeScript file in a test folder is a minifier's case file, or None."""
    import os

    try:
        text = source.text
    except (UnicodeDecodeError, ValueError):
        return None
    cases, expects = _case_counts(text)
    if min(cases, expects) >= LABELLED_CASES_AT_LEAST:
        return f"a minifier's case file ({cases} labelled cases, each an input block and what it must give)"
    if min(cases, expects) >= 1:
        folder, name = os.path.split(source.path)
        beside = _case_files_in(folder or ".", os.path.splitext(name)[1].lower())
        if len(beside - {name}) >= LABELLED_CASES_AT_LEAST:
            return (f"a minifier's case file ({cases} labelled case(s), each an input block and what it must give,"
                    f" beside {len(beside - {name})} case files of its folder)")
    return None


def _case_counts(text: str) -> tuple[int, int]:
    return len(CASE_LABEL.findall(text)), len(EXPECT_AFTER_BLOCK.findall(text))


@context.memo(256)
def _case_files_in(folder: str, suffix: str) -> frozenset[str]:
    """The files of folder with that suffix that are minifier case files on their own count."""
    found = set()
    for name in _listing(folder):
        if not name.lower().endswith(suffix):
            continue
        data = context.read(f"{folder}/{name}" if folder != "." else name)
        text = data.decode("utf-8", "replace") if data is not None else ""
        if min(_case_counts(text)) >= LABELLED_CASES_AT_LEAST:
            found.add(name)
    return frozenset(found)


# Several files in one, TypeScript's test format (its compiler's tests/cases, twoslash's fixtures and
# snippets): `// @filename: name` lines open each virtual file, written in its own name's language (JSX in
# index.tsx inside a .ts file) and declaring what the others declare too. Two such lines, or one naming a
# file of another suffix, say so; a header comment naming the file itself does not.
FILENAME_DIRECTIVE = re.compile(r"^[ \t]*//[ \t]*@filename:[ \t]*(\S+)", re.M | re.I)


def several_files(source) -> str | None:
    """Why a JavaScript or TypeScript file holds several virtual files, or None."""
    import os

    try:
        text = source.text
    except (UnicodeDecodeError, ValueError):
        return None
    names = FILENAME_DIRECTIVE.findall(text)
    own = os.path.splitext(source.path)[1].lower()
    if len(names) >= 2 or any(os.path.splitext(name)[1].lower() != own for name in names):
        return f"several files in one, TypeScript's test format ({len(names)} `// @filename:` line(s))"
    return None


# An ESLint plugin's own rule inputs (eslint-plugin-mobx's preview/*.js): a file that turns on a rule of the
# very plugin its package is, in an ESLint configuration comment at its top (`/* eslint mobx/missing-observer:
# "error" */` in the package eslint-plugin-mobx; `@acme/x` in @acme/eslint-plugin), exists to show what that
# rule reports: its code is wrong on purpose (a name declared twice, a setter without a parameter). A file
# configuring another plugin's rule, or outside such a package, is the project's code.
ESLINT_RULE_COMMENT = re.compile(r"^[ \t]*(?:/\*|//)[ \t]*eslint[ \t]+((?:@[\w.-]+/)?[\w.-]+|@[\w.-]+)/[\w-]+[ \t]*:",
                                 re.M)
ESLINT_PLUGIN_PACKAGE = re.compile(r"^(?:(@[\w.-]+)/)?eslint-plugin(?:-([\w.-]+))?$")


def lint_rule_demo(source) -> str | None:
    """Why a JavaScript or TypeScript file is an input for its own ESLint plugin's rule, or None."""
    import json
    import os

    try:
        head = "\n".join(source.text.splitlines()[:20])
    except (UnicodeDecodeError, ValueError):
        return None
    plugins = set(ESLINT_RULE_COMMENT.findall(head))
    if not plugins:
        return None
    manifest = context.nearest(os.path.dirname(os.path.abspath(source.path)), "package.json")
    data = context.read(manifest) if manifest else None
    try:
        name = json.loads(data).get("name", "") if data else ""
    except (ValueError, AttributeError):
        return None
    match = ESLINT_PLUGIN_PACKAGE.match(name) if isinstance(name, str) else None
    if match is None:
        return None
    scope, short = match.group(1), match.group(2)
    own = f"{scope}/{short}" if scope and short else (scope or short)
    if own in plugins:
        return f"an input for a rule of its own ESLint plugin ({name}), turned on at its top"
    return None


# A syntax-highlighting test (Sublime Text's syntax tests, vscode-tmgrammar-test's): the first line, a
# comment in the file's own language, says `SYNTAX TEST "Packages/X/X.sublime-syntax"` (or a scope name,
# `"source.ts"`), and the highlighter is run over the code below it, each line followed by comments that
# assert its scopes. The code exercises the grammar, incomplete, invalid or repeated on purpose (docs.rs
# vendors Sublime's packages with their tests), in every language and format: every finding is a note.
SYNTAX_TEST_HEADER = re.compile(r'^\ufeff?[ \t]*(?:\'|[^\w\s"\'{}\[\]][^\s"\'{}\[\]]{0,15})[ \t]*'  # the comment's opener (`(*`, `#!node`)
                                r'SYNTAX TEST(?:[ \t]+[\w-]+)*[ \t]+"[^"\n]+"')  # options: `reindent-unchanged`


# ... and such a test of how a grammar highlights conflict markers (Sublime's Packages: Python/tests/
# syntax_test_conflicts.py, and the like in thirty languages): each marker line is followed by the assertion of
# its own scopes, `# <- meta.block.conflict.begin.diff`, in the test's comment syntax. A merge puts a marker
# before its halves' own lines, never before assertions of that marker's scopes, and a block is left out only
# when its every opening and closing marker line is so asserted, one of them naming a conflict scope: a real
# conflict in the same file is still reported (separator and base lines may stand inside a string under test).
ASSERTION_LINE = re.compile(r"^[ \t]*\S{1,4}[ \t]*(?:<-|\^+|@+)")  # a scope (`<-`, `^^^`) or symbol (`@`) assertion
NAMES_CONFLICT = re.compile(r"\bconflict\b", re.I)
MARKER_CODES = frozenset({"RL001", "RL002", "RL003"})


def markers_under_test(data: bytes, findings: list, size: int) -> tuple[list, int]:
    """(findings less the conflict blocks a syntax test asserts the scopes of, how many were left out)."""
    from ..merges.markers import line_marker

    if not findings or not _syntax_test_header(data):
        return findings, 0
    lines = data.decode("utf-8", "replace").splitlines()

    def assertions(number: int) -> list[str]:  # the run of assertion lines below line `number`
        run = []
        while number < len(lines) and ASSERTION_LINE.match(lines[number]):
            run.append(lines[number])
            number += 1
        return run

    def asserted(block) -> bool:
        marked = [number for number in range(block.line, min(block.end_line or block.line, len(lines)) + 1)
                  if line_marker(lines[number - 1], size) in ("open", "close")]
        runs = [assertions(number) for number in marked]
        return bool(runs) and all(runs) and any(NAMES_CONFLICT.search(line) for run in runs for line in run)

    kept = [finding for finding in findings if finding.code not in MARKER_CODES or not asserted(finding)]
    return kept, len(findings) - len(kept)


def _syntax_test_header(data: bytes) -> bool:
    first = data[:512].split(b"\n", 1)[0]
    return b"SYNTAX TEST" in first and SYNTAX_TEST_HEADER.match(first.decode("utf-8", "replace")) is not None


def syntax_test(source) -> str | None:
    """Why a file is a syntax-highlighting test's input (its first line a `SYNTAX TEST "..."` comment), or None."""
    if _syntax_test_header(source.data):
        return "a syntax-highlighting test's input (its first line says `SYNTAX TEST`)"
    return None


# A TextMate grammar's test that records, below its code, the scopes the grammar must give each token
# (MagicPython's test/<topic>/x.py: `def           : meta.function.python, source.python, storage.type...`),
# one line a token, each list holding the grammar's root scope (`source.x`, `text.x`). The code above is
# the grammar's input, odd or broken on purpose; no module holds such lines.
SCOPE_LINE = re.compile(r"^[^\n]*?[ \t]:[ \t]+(?:[\w+-]+(?:\.[\w+-]+)+,[ \t]*)*(?:source|text)\.[\w+-]+(?:\.[\w+-]+)*"
                        r"(?:,[ \t]*[\w+-]+(?:\.[\w+-]+)+)*[ \t]*$", re.M)
SCOPE_LINES_AT_LEAST = 2  # a test of one token (`# abc type: def` recorded as its comment's two scope lines)


def recorded_scopes(source) -> str | None:
    """Why a code file is a TextMate grammar test that records its tokens' scopes, or None."""
    try:
        text = source.text
    except (UnicodeDecodeError, ValueError):
        return None
    if "source." not in text and "text." not in text:
        return None
    count = sum(1 for _ in zip(range(SCOPE_LINES_AT_LEAST), SCOPE_LINE.finditer(text)))
    if count >= SCOPE_LINES_AT_LEAST:
        return "a grammar test's input, the scopes of its tokens recorded below it (`token : scope, source.x`)"
    return None


def harness_directives(source) -> str | None:
    """Why a SQL file in a test folder is a harness's case list, or None."""
    try:
        count = len(DIRECTIVE_LINE.findall(source.text))
    except (UnicodeDecodeError, ValueError):
        return None
    if count >= DIRECTIVES_AT_LEAST:
        return f"a test harness's case list ({count} `# key: value` directive lines between its statements)"
    return None
