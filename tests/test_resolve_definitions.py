"""The keep-both rules of issue 25's second round: test-definitions (Python test functions and
classes both sides added at one place) and sorted-names (names both sides added to a sorted
AUTHORS-like list). For each, a real merge it resolves and the look-alikes it must decline; real
`git merge-file` makes every conflict, and one real `git merge` is resolved by `rebound-lint resolve`."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import GitRepo, declined, resolved
from rebound_lint.merges.resolve.engine import Hunk, Merge
from rebound_lint.merges.resolve.rules.definitions import definitions


# --- test-definitions ----------------------------------------------------------------------------

TESTS_BASE = b'''import pytest

from app import parse


def test_parse_empty():
    assert parse("") == []


def test_parse_one():
    assert parse("a") == ["a"]
'''
OURS_TEST = b'''

def test_parse_two():
    assert parse("a b") == ["a", "b"]
'''
THEIRS_TEST = b'''

def test_parse_unicode():
    value = parse("\\u00e9")
    assert value == ["\\u00e9"]
'''


def test_tests_appended_on_both_sides_are_kept_ours_first():
    result = resolved(TESTS_BASE, TESTS_BASE + OURS_TEST, TESTS_BASE + THEIRS_TEST, "tests/test_parse.py")
    assert result.data == TESTS_BASE + OURS_TEST + THEIRS_TEST
    assert [h.rule for h in result.hunks] == ["test-definitions"]
    assert "test_parse_two" in result.hunks[0].why and "test_parse_unicode" in result.hunks[0].why
    ast.parse(result.data)


def test_methods_added_to_one_test_class_keep_the_class_gap():
    base = b"class TestParse:\n    def test_empty(self):\n        assert True\n\n\ndef helper():\n    return 1\n"
    ours = base.replace(b"assert True\n", b"assert True\n\n    def test_two(self):\n        assert 2\n")
    theirs = base.replace(b"assert True\n", b"assert True\n\n    def test_three(self):\n        assert 3\n")
    result = resolved(base, ours, theirs, "pkg/test_things.py")
    assert result.data == base.replace(b"assert True\n", b"assert True\n\n    def test_two(self):\n        assert 2\n"
                                                         b"\n    def test_three(self):\n        assert 3\n")
    assert "class TestParse" in result.hunks[0].why


def test_trailing_blank_lines_style_writes_the_files_gap_between_the_blocks():
    """Where each side's definitions end with the blank lines (git aligned the leading ones with the
    context), ours' trailing gap is not doubled nor dropped: the file's two blank lines separate them."""
    base = b"def test_a():\n    pass\n\n\ndef test_z():\n    pass\n"
    ours = b"def test_a():\n    pass\n\n\ndef test_b():\n    pass\n\n\ndef test_z():\n    pass\n"
    theirs = b"def test_a():\n    pass\n\n\ndef test_c():\n    pass\n\n\ndef test_z():\n    pass\n"
    result = resolved(base, ours, theirs, "test_order.py")
    assert result.data == (b"def test_a():\n    pass\n\n\ndef test_b():\n    pass\n\n\ndef test_c():\n    pass\n\n\n"
                           b"def test_z():\n    pass\n")


@pytest.mark.parametrize("path", ["app/parse.py", "tests/conftest.py", "src/pkg/models.py"])
def test_definitions_outside_test_modules_are_declined(path):
    """Library code orders definitions by meaning (a person's choice); conftest holds fixtures."""
    declined(TESTS_BASE, TESTS_BASE + OURS_TEST, TESTS_BASE + THEIRS_TEST, path)


@pytest.mark.parametrize("ours_add, theirs_add, why", [
    (OURS_TEST, b"\n\n@pytest.mark.slow\ndef test_parse_big():\n    assert parse('a' * 9)\n", "decorated"),
    (OURS_TEST, b"\n\ndef test_parse_two():\n    assert parse('a  b') == ['a', 'b']\n", "both sides defined"),
    (OURS_TEST, b"\n\nCASES = [1, 2]\n", None),  # a statement: not definitions only
    (OURS_TEST, b"\n\nif __name__ == '__main__':\n    test_parse_one()\n", None),
    (OURS_TEST, b"\n\ndef test_parse_one():\n    assert parse('b') == ['b']\n", "more than once"),
])
def test_definition_look_alikes_are_declined(ours_add, theirs_add, why):
    result = declined(TESTS_BASE, TESTS_BASE + ours_add, TESTS_BASE + theirs_add, "tests/test_parse.py")
    if why:
        assert why in " ".join(result.reasons)


@pytest.mark.parametrize("body, why", [
    (b"    data = load_fixture()\n", "computes a value"),
    (b"    @pytest.fixture\n    def item(self):\n        return 1\n", "is decorated"),
    (b"    register(1)\n", "runs a statement"),
])
def test_a_test_class_that_runs_something_when_defined_is_declined(body, why):
    theirs_add = b"\n\nclass TestMore:\n" + body + b"\n    def test_x(self):\n        assert 1\n"
    result = declined(TESTS_BASE, TESTS_BASE + OURS_TEST, TESTS_BASE + theirs_add, "tests/test_parse.py")
    assert why in " ".join(result.reasons)


def test_a_test_class_of_plain_attributes_and_methods_is_kept():
    theirs_add = (b"\n\nclass TestMore:\n    model = dict\n    fields = ['a', 'b']\n\n    @classmethod\n"
                  b"    def setup_class(cls):\n        cls.x = 1\n\n    def test_x(self):\n        assert self.x\n")
    result = resolved(TESTS_BASE, TESTS_BASE + OURS_TEST, TESTS_BASE + theirs_add, "tests/test_parse.py")
    assert result.data == TESTS_BASE + OURS_TEST + theirs_add


def test_a_name_the_other_side_defined_elsewhere_is_declined():
    """Theirs moved a helper test of the same name up the file: two definitions in the result."""
    theirs = TESTS_BASE.replace(b"def test_parse_empty", b"def test_parse_two():\n    assert 1\n\n\n"
                                                         b"def test_parse_empty") + THEIRS_TEST
    result = declined(TESTS_BASE, TESTS_BASE + OURS_TEST, theirs, "tests/test_parse.py")
    assert "also defined in the other side's file" in " ".join(result.reasons)


def test_definitions_inside_a_function_are_declined():
    base = b"def test_outer():\n    x = 1\n\n    assert x\n"
    ours = b"def test_outer():\n    x = 1\n\n    def inner_a():\n        return 1\n\n    assert x\n"
    theirs = b"def test_outer():\n    x = 1\n\n    def inner_b():\n        return 2\n\n    assert x\n"
    result = declined(base, ours, theirs, "test_closures.py")
    assert "inside a function" in " ".join(result.reasons)


def test_a_hunk_that_cuts_through_a_definition_is_declined():
    """Where the lines after the hunk belong to each side's last definition (git aligned a shared
    tail as common text), ours' test_b would lose its last line to theirs' test_c: declined. The
    hunk is the one git's line merge could write; the rule is asked directly."""
    before = [b"def test_a():\n", b"    one()\n"]
    after = [b"    shared()\n"]
    hunk = Hunk(0, [b"\n", b"\n", b"def test_b():\n", b"    two()\n"], [],
                [b"\n", b"\n", b"def test_c():\n", b"    three()\n"])
    merge = Merge("tests/test_cut.py", "python", b"".join(before + after), b"".join(before + hunk.ours + after),
                  b"".join(before + hunk.theirs + after), [before, hunk, after])
    answer = definitions(merge, hunk)
    assert isinstance(answer, str) and "neither side's text" in answer


def test_a_side_that_does_not_parse_is_declined():
    theirs = TESTS_BASE.replace(b'assert parse("a")', b'assert parse("a"') + THEIRS_TEST
    declined(TESTS_BASE, TESTS_BASE + OURS_TEST, theirs, "tests/test_parse.py")


def test_crlf_test_module_keeps_its_line_endings():
    crlf = lambda data: data.replace(b"\n", b"\r\n")  # noqa: E731
    result = resolved(crlf(TESTS_BASE), crlf(TESTS_BASE + OURS_TEST), crlf(TESTS_BASE + THEIRS_TEST), "test_p.py")
    assert result.data == crlf(TESTS_BASE + OURS_TEST + THEIRS_TEST)


# --- sorted-names --------------------------------------------------------------------------------

AUTHORS = b"Alice Archer\nBen Brook\nCarla Cruz\nDmitri Dane\nEve Elm\nFrank Fox\n"


def test_names_added_in_sorted_order_ours_sorting_first_are_kept():
    ours = AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nClaire Cole\n")
    theirs = AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nCyril Cox\n")
    result = resolved(AUTHORS, ours, theirs, "AUTHORS")
    assert result.data == AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nClaire Cole\nCyril Cox\n")
    assert [h.rule for h in result.hunks] == ["sorted-names"]


def test_names_whose_sorted_order_puts_theirs_first_are_declined():
    """Sorted says theirs first, git's union says ours first: people keep either."""
    ours = AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nCyril Cox\n")
    theirs = AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nClaire Cole\n")
    result = declined(AUTHORS, ours, theirs, "AUTHORS")
    assert "a person's choice" in " ".join(result.reasons)


@pytest.mark.parametrize("path, base, ours, theirs", [
    # unsorted list
    ("AUTHORS", b"Zed\nAmy\nKim\nBob\n", b"Zed\nAmy\nKim\nBob\nCid\n", b"Zed\nAmy\nKim\nBob\nDee\n"),
    # too short to show an order
    ("AUTHORS", b"Amy\nBob\n", b"Amy\nBob\nCid\n", b"Amy\nBob\nDee\n"),
    # the same name added on both sides at one place, with different spellings around it
    ("AUTHORS", AUTHORS, AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEwa Ek\n"),
     AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEwa Ek\nEzra Ezz\n").replace(b"Alice Archer\n", b"")),
    # a name theirs also has elsewhere in the file (moved)
    ("AUTHORS", AUTHORS, AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEwa Ek\n"),
     AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEzra Ezz\n") + b"\nThanks also to:\nEwa Ek\n"),
    # not a name list: a sorted list in any other text file (source code of other languages is text)
    ("docs/words.txt", AUTHORS, AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nClaire Cole\n"),
     AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nCyril Cox\n")),
    ("CODEOWNERS", b"/a/ @x\n/b/ @x\n/c/ @x\n/d/ @x\n", b"/a/ @x\n/b/ @x\n/ba/ @y\n/c/ @x\n/d/ @x\n",
     b"/a/ @x\n/b/ @x\n/bb/ @z\n/c/ @x\n/d/ @x\n"),
])
def test_name_list_look_alikes_are_declined(path, base, ours, theirs):
    declined(base, ours, theirs, path)


def test_bulleted_contributors_list_case_insensitive():
    base = b"# Contributors\n\n- adam\n- Bella\n- carl\n- Dora\n- erik\n"
    ours = base.replace(b"- Bella\n", b"- Bella\n- bert\n")
    theirs = base.replace(b"- Bella\n", b"- Bella\n- Bree\n")
    result = resolved(base, ours, theirs, "CONTRIBUTORS.md")
    assert result.data == base.replace(b"- Bella\n", b"- Bella\n- bert\n- Bree\n")
    assert "case-insensitive" in result.hunks[0].why


# --- a real merge, resolved by `rebound-lint resolve` ----------------------------------------------

def test_resolve_after_a_real_merge_keeps_both_sides_tests(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"tests/test_parse.py": TESTS_BASE.decode(), "AUTHORS": AUTHORS.decode()}, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({"tests/test_parse.py": (TESTS_BASE + THEIRS_TEST).decode(),
                 "AUTHORS": AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nCyril Cox\n").decode()}, "theirs")
    repo.git("checkout", "-q", "main")
    repo.commit({"tests/test_parse.py": (TESTS_BASE + OURS_TEST).decode(),
                 "AUTHORS": AUTHORS.replace(b"Carla Cruz\n", b"Carla Cruz\nClaire Cole\n").decode()}, "ours")
    merge = subprocess.run(["git", "merge", "-q", "side"], cwd=repo.path, capture_output=True)
    assert merge.returncode == 1
    done = subprocess.run([sys.executable, "-m", "rebound_lint", "resolve", "--add"], cwd=repo.path,
                          capture_output=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (repo.path / "tests/test_parse.py").read_bytes() == TESTS_BASE + OURS_TEST + THEIRS_TEST
    assert (repo.path / "AUTHORS").read_bytes() == AUTHORS.replace(b"Carla Cruz\n",
                                                                  b"Carla Cruz\nClaire Cole\nCyril Cox\n")
    assert repo.git("diff", "--name-only", "--diff-filter=U").split() == []


def test_the_installed_driver_resolves_both_in_a_real_merge(tmp_path):
    """AUTHORS-like files are among the file types --install names, so git runs the driver on them."""
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"tests/test_parse.py": TESTS_BASE.decode(), "AUTHORS": AUTHORS.decode()}, "base")
    repo.git("checkout", "-q", "-b", "side")
    repo.commit({"tests/test_parse.py": (TESTS_BASE + THEIRS_TEST).decode(),
                 "AUTHORS": AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEzra Ezz\n").decode()}, "theirs")
    repo.git("checkout", "-q", "main")
    repo.commit({"tests/test_parse.py": (TESTS_BASE + OURS_TEST).decode(),
                 "AUTHORS": AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEwa Ek\n").decode()}, "ours")
    install = subprocess.run([sys.executable, "-m", "rebound_lint", "merge-driver", "--install"], cwd=repo.path,
                             capture_output=True)
    assert install.returncode == 0, install.stderr
    merge = subprocess.run(["git", "merge", "-q", "--no-edit", "side"], cwd=repo.path, capture_output=True)
    assert merge.returncode == 0, merge.stdout + merge.stderr
    assert b"resolved by sorted-names" in merge.stderr and b"resolved by test-definitions" in merge.stderr
    assert (repo.path / "tests/test_parse.py").read_bytes() == TESTS_BASE + OURS_TEST + THEIRS_TEST
    assert (repo.path / "AUTHORS").read_bytes() == AUTHORS.replace(b"Eve Elm\n", b"Eve Elm\nEwa Ek\nEzra Ezz\n")


def test_blank_lines_git_aligned_with_the_context_are_written_between_the_blocks():
    """Where git matched the file's blank lines with the context (the sides' blocks hold none), the
    lines theirs' file has before its block separate the two: two blank lines, as written there."""
    before = [b"def test_a():\n", b"    pass\n", b"\n", b" \n"]
    after = [b"\n", b"\n", b"def test_z():\n", b"    pass\n"]
    hunk = Hunk(0, [b"def test_b():\n", b"    pass\n"], [], [b"def test_c():\n", b"    pass\n"])
    merge = Merge("test_gap.py", "python", b"".join(before + after), b"".join(before + hunk.ours + after),
                  b"".join(before + hunk.theirs + after), [before, hunk, after])
    answer = definitions(merge, hunk)
    assert answer.lines == [b"def test_b():\n", b"    pass\n", b"\n", b" \n", b"def test_c():\n", b"    pass\n"]
