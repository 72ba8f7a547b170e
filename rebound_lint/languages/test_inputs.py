"""What the checked tree holds on purpose: test files (which repeat statements deliberately) and
deliberately invalid test inputs (a parser's test suite: fail14.json, duplicate.ini, invalid.yaml
under test/ or fixtures/), whose parse errors and duplicates are the point, not a defect."""
from __future__ import annotations

import functools
import re

from ..findings import Finding

# Tests repeat statements on purpose (idempotence, building several items): a test directory
# (tests/, test/, spec/, specs/, __tests__/, cypress/, e2e/) or a test file name (Python test_x.py,
# x_test.py, conftest.py; JavaScript x.test.js, x.spec.jsx, x_spec.js, x-test.mjs, x.cy.js)
TEST_FILE = re.compile(r"(^|/)(tests?|specs?|__tests__|cypress|e2e)/"
                       r"|(^|/)(test_[^/]*|[^/]*_test|conftest)\.pyi?$"
                       r"|[._-](test|spec|cy)\.[cm]?jsx?$")


def is_test_file(path: str) -> bool:
    """Whether path looks like a test file, where RL114/RL315 (repeated statements) stay silent."""
    return TEST_FILE.search(path.replace("\\", "/")) is not None


# Deliberately invalid test inputs: a file whose name says so, in a test or fixture directory.
TEST_DIRS = frozenset({"test", "tests", "testdata", "test_data", "test-data", "testing", "fixtures", "fixture",
                       "__fixtures__", "__tests__", "spec", "specs", "testcases", "test_cases", "test-cases",
                       "unittests", "unit_tests"})
TEST_DIR_PREFIX = re.compile(r"^tests?[-_]")
INVALID_WORD = re.compile(r"^(fail|fails|failing|failure|failed|invalid|bad|broken|malformed|corrupt|corrupted|"
                          r"illegal|wrong|unparsable|unparseable|erroneous|dup|dups|dupe|dupes|duplicate|"
                          r"duplicates|duplicated)\d*$")


def deliberately_invalid(path: str) -> bool:
    """A test input meant to be rejected: under a test or fixture directory (test, tests, testdata,
    fixtures, spec, __tests__, test_*, ...), with a name that says so in one of its words (fail*,
    invalid, bad, broken, malformed, corrupt, illegal, wrong, duplicate, ...: fail14.json,
    invalid.json, config-invalid.yaml, badSyntax.yaml, duplicate.ini; not badge.json or failover.yml)."""
    parts = path.replace("\\", "/").split("/")
    if not any(part.lower() in TEST_DIRS or TEST_DIR_PREFIX.match(part.lower()) for part in parts[:-1]):
        return False
    stem = parts[-1].rsplit(".", 1)[0]
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"[^A-Za-z0-9]+", " ", stem)).lower().split()
    return any(INVALID_WORD.match(word) for word in words)


def quiet_on_deliberately_invalid(check):
    """A data-format checker whose findings on a deliberately invalid test input become a --debug
    note (conflict markers are checked before, separately, and still reported)."""
    @functools.wraps(check)
    def checked(source, config):
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
        if findings and deliberately_invalid(source.path):
            source.note(f"deliberately invalid test input ({', '.join(sorted({f.code for f in findings}))} on line"
                        f" {findings[0].line} not reported): conflict markers checked only")
            return []
        return findings

    return checked
