"""Back-to-back repeated runs in a sequence (statements, list items): the shape that keeping both
halves of a conflict leaves when both halves held the same lines.

A botched resolution doubles a hunk: a run repeated ONCE, in one place or a few. What repeats
otherwise is data, not a botch (recorded_repeats): a run that comes three times or more in a row
(repeated_runs skips it), a file where one repeat rule finds more than MANY_PLACES doubled runs
(a scanner's report kept verbatim, 136 identical exception items), and recorded data in test-data
folders (testdata/, __snapshots__/, golden/, a test folder's scans/ or data/, expected output), where
repeats are what the recorded tool wrote or the point of the test."""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterator

from .test_inputs import _listing, _words, excusing, is_test_file, test_dir_of  # noqa: F401  (halves modules import is_test_file here)

MAX_RUN = 10
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
                           "cassettes"})
# ... and below a test folder (unittests/scans/<tool>/report.json, tests/data/...)
RECORDED_BELOW_TESTS = frozenset({"scans", "scan", "data", "samples", "reports", "responses", "outputs", "inputs",
                                  "input", "output", "recordings", "resources"})
# ... and a folder below a test folder named for data (pylint's tests/regrtest_data/, sample_data/)
EXPECTED_OUTPUT = re.compile(r"^(expected|output|stdout|golden)([-_.].*)?$|[-_.](expected|golden|snap)(\.|$)", re.I)


def recorded_data(path: str) -> bool:
    """Whether path is recorded test data: under a test-data folder (testdata/, __snapshots__/,
    golden/, expected/, ...), or below a test folder in scans/, data/, samples/ ..., or an
    expected-output file (output.sql, expected.json, x.golden, x.snap) in a test folder."""
    parts, _, test_at = test_dir_of(path)
    folders, name = [part.lower() for part in parts[:-1]], parts[-1].lower()
    if any(folder in RECORDED_DIRS for folder in folders):
        return True
    if test_at is None:
        return False
    return any(folder in RECORDED_BELOW_TESTS or "data" in _words(folder) for folder in folders[test_at + 1:]) \
        or EXPECTED_OUTPUT.search(name) is not None or named_as_expected(path)


# A test definition beside the file names it as an expected output: pgadmin's tests/pg/default/
# test_foreign_servers.json says "expected_msql_file": "alter_comment_version_msql.sql".
EXPECTED_KEY = re.compile(r"""["']?[\w-]*expected[\w-]*["']?\s*:\s*["']([^"'\n]+)["']""", re.I)
DEFINITION_SUFFIXES = (".json", ".yaml", ".yml")
MAX_DEFINITION_BYTES = 4 * 1024 * 1024


def named_as_expected(path: str) -> bool:
    import os

    folder, name = os.path.split(path.replace("\\", "/"))
    return name in _expected_names(folder or ".")


@functools.lru_cache(maxsize=512)
def _expected_names(folder: str) -> frozenset[str]:
    """The file names the test definitions in folder give as expected outputs."""
    import os

    names: set[str] = set()
    for entry in _listing(folder):  # the folder listing test_inputs keeps
        if entry.lower().endswith(DEFINITION_SUFFIXES):
            try:
                with open(os.path.join(folder, entry), "rb") as handle:
                    text = handle.read(MAX_DEFINITION_BYTES).decode("utf-8", "replace")
            except OSError:
                continue
            if "expected" in text.lower():
                names.update(os.path.basename(value) for value in EXPECTED_KEY.findall(text))
    return frozenset(names)


def recorded_repeats(source, findings: list, code: bool = False) -> list:
    """findings less those that are data, not a botch (a --debug note says which and why): in
    recorded test data, every finding of a code file (Python, JS, TS, SQL there is input for the
    project's formatter, linter or code generator, never run: it repeats, redefines and fails to
    parse on purpose; conflict markers are checked apart) and the repeats of a data file (whose
    syntax and keys still count: tests read it with a standard reader); elsewhere, every one of a
    repeat rule that finds more than MANY_PLACES doubled runs in the file (a hidden count: the
    capped "N more" line included)."""
    recorded = bool(findings) and recorded_data(source.path)
    if recorded and code and excusing():  # runner.check_data_against may ask for every finding
        codes = sorted({finding.code for finding in findings})
        source.note(f"{', '.join(codes)} not reported: code in recorded test data (a test-data folder or "
                    "an expected output) is input for the tool under test: conflict markers checked only")
        return []
    counts: dict[str, int] = {}
    for finding in findings:
        if finding.code in REPEAT_RULES:
            counts[finding.code] = counts.get(finding.code, 0) + 1
    if recorded:
        quiet, why = set(counts), "recorded test data (a test-data folder or an expected output)"
    else:
        quiet = {code for code, count in counts.items() if count > MANY_PLACES}
        why = f"repeated in more than {MANY_PLACES} places: data, not one doubled hunk"
    if not quiet:
        return findings
    source.note(f"{', '.join(f'{counts[code]} {code}' for code in sorted(quiet))} not reported: {why}")
    return [finding for finding in findings if finding.code not in quiet]
