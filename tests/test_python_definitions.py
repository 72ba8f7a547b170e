"""RL111 precision: a function or class defined twice in one scope is reported only when the first
definition is dead (nothing read it before the second replaced it) and the second is not a variant
(a descriptor chain such as SQLAlchemy's hybrid properties). The same verdicts on every interpreter,
whether `ast` parses the file (3.12+ grammar on 3.12+) or libcst does (3.12+ grammar on 3.11)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from conftest import findings_for

from rebound_lint.languages.python import halves


def _lines(name: str, text: str) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in findings_for(name, text)]


# 3.12 grammar at the top: on 3.10/3.11 the rest of the file goes through libcst and the downgrade
NEWER = 'type Pair[T] = tuple[T, T]\nlabel = f"{", ".join(f"{n!r}" for n in ["a"])}"\n\n\n'
PREFIXES = pytest.mark.parametrize("prefix", ["", NEWER], ids=["ast", "newer-grammar"])


def _shift(prefix: str, expected: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [(code, line + prefix.count("\n")) for code, line in expected]


# --- a helper redefined on purpose after its first use (ansible's unit tests) ---------------------

PATCHED_TWICE = '''\
from unittest.mock import patch


def test_executor_polls_until_finished(executor, loader):
    def _fake_action(*args, **kwargs):
        return FakeAction(result=dict(stdout=""))

    with patch.object(loader, "get", _fake_action):
        assert executor.run()["stdout"] == ""

    def _fake_action(*args, **kwargs):
        return FakeAction(result=dict(finished=1))

    with patch.object(loader, "get", _fake_action):
        assert executor.run()["finished"] == 1
'''

DECORATOR_USE = '''\
from unittest.mock import patch


def _ismount(path):
    return path == b"/"


@patch("os.path.ismount", side_effect=_ismount)
def test_root_is_a_mount_point(ismount):
    assert find_mount_point(b"/srv") == b"/"


def _ismount(path):
    return path in (b"/", b"/srv")


@patch("os.path.ismount", side_effect=_ismount)
def test_nested_mount_point(ismount):
    assert find_mount_point(b"/srv/data") == b"/srv"
'''

CLASS_BODY_USE = '''\
def _default_port():
    return 8080


class Settings:
    port = _default_port()


def _default_port():
    return 9090
'''

COMPREHENSION_USE = '''\
def _key(item):
    return item.name


NAMES = sorted(ITEMS, key=_key)
ORDERED = [_key(item) for item in ITEMS]


def _key(item):
    return item.rank
'''


@PREFIXES
@pytest.mark.parametrize("text", [PATCHED_TWICE, DECORATOR_USE, CLASS_BODY_USE, COMPREHENSION_USE],
                         ids=["patched twice", "used by a decorator", "used in a class body", "used by a comprehension"])
def test_a_definition_used_before_it_is_replaced_is_not_a_duplicate(prefix, text):
    assert _lines("tests/units/test_executor.py", prefix + text) == []
    assert _lines("app/helpers.py", prefix + text) == []


KEPT_BOTH = '''\
def record_consent(user_id, granted):
    return {"user_id": user_id, "granted": granted}


def record_consent(user_id, granted, source="settings"):
    return {"user_id": user_id, "granted": granted, "source": source}
'''

USED_ONLY_LATER = '''\
def _fake_action(*args, **kwargs):
    return FakeAction(result=dict(stdout=""))


def _fake_action(*args, **kwargs):
    return FakeAction(result=dict(finished=1))


with patch.object(loader, "get", _fake_action):
    run()
'''

USED_ONLY_INSIDE_A_FUNCTION = '''\
def _fake_action():
    return 1


def test_run():  # runs after the module is loaded: it calls the second _fake_action
    assert _fake_action() == 2


def _fake_action():
    return 2
'''

USED_ONLY_BEFORE = '''\
HANDLERS = {}
register = HANDLERS.setdefault


def handle():
    return 1


def handle():
    return 2


class handle_twice:
    pass
'''

NAME_ONLY_ASSIGNED = '''\
def build():
    return 1


build_count = 0
result = None


def build():
    return 2
'''


@PREFIXES
@pytest.mark.parametrize("text, expected", [
    (KEPT_BOTH, [("RL111", 5)]),
    (USED_ONLY_LATER, [("RL111", 5)]),
    (USED_ONLY_INSIDE_A_FUNCTION, [("RL111", 9)]),
    (USED_ONLY_BEFORE, [("RL111", 9)]),
    (NAME_ONLY_ASSIGNED, [("RL111", 9)]),
], ids=["kept both", "used only after both", "used only in a function body", "unrelated code between",
        "other names between"])
def test_a_dead_first_definition_is_still_a_duplicate(prefix, text, expected):
    assert _lines("app/consent.py", prefix + text) == _shift(prefix, expected)


def test_a_test_defined_twice_is_still_reported_in_test_files():
    """The first test never runs: a real defect, test file or not."""
    text = "def test_login():\n    assert login()\n\n\ndef test_login():\n    assert login('x')\n"
    assert _lines("tests/test_auth.py", text) == [("RL111", 5)]


# --- a name made only of underscores is a throwaway by convention (marimo's notebooks: every cell is
# `@app.cell def __(...)`, registered by its decorator and never called by name) -----------------------

NOTEBOOK_CELLS = '''\
import marimo

app = marimo.App()


@app.cell
def __():
    import marimo as mo
    return (mo,)


@app.cell
def __(mo):
    mo.md("# Title")
    return
'''


@PREFIXES
def test_functions_named_only_with_underscores_are_throwaways(prefix):
    assert _lines("docs/apps/intro.py", prefix + NOTEBOOK_CELLS) == []
    assert _lines("docs/apps/intro.py", prefix + NOTEBOOK_CELLS.replace("def __(", "def ___(")) == []


@PREFIXES
def test_a_name_that_only_starts_with_underscores_is_still_a_duplicate(prefix):
    assert _lines("app/cells.py", prefix + NOTEBOOK_CELLS.replace("def __(", "def __cell(")) == \
        _shift(prefix, [("RL111", 13)])


# --- a test's own scenario: local definitions whose creation is the action (SQLAlchemy's tests) ---------
# Inside a test's function body, a definition whose creation runs code that may keep it (a decorator
# that registers a listener; a class whose base's hooks see each subclass, or that pickling finds by
# name) is the scenario itself, even when the name is bound again before it is read.

LOCAL_SCENARIO = '''\
def test_flush_then_commit(sess, to_flush):
    @event.listens_for(sess, "after_flush_postexec")
    def add_another(session, ctx):
        session.add(to_flush.pop(0))

    @event.listens_for(sess, "after_commit")
    def add_another(session):
        to_flush.clear()

    sess.commit()


class TestPickle:
    def test_row_pickles_across_implementations(self, dump_cls, load_cls):
        for loads, dumps in picklers():
            class Row(dump_cls):
                pass

            state = dumps(Row())

            class Row(load_cls):
                pass

            row = loads(state)

            class Row(dump_cls):
                pass

            assert isinstance(loads(dumps(row)), dump_cls)
'''

PLAIN_LOCAL = "def test_a():\n    def helper():\n        return 1\n\n    def helper():\n        return 2\n\n    helper()\n"


def test_local_definitions_that_act_when_created_in_a_test_are_the_scenario():
    assert _lines("test/orm/test_transaction.py", LOCAL_SCENARIO) == []
    # not a test: the classes are still reported; the two listeners went to two registrations (two events),
    # which keep each copy, anywhere (test_python_halves: copies handed to different registrations)
    assert sorted(_lines("app/events.py", LOCAL_SCENARIO)) == [("RL111", 26)]
    assert _lines("tests/test_helpers.py", PLAIN_LOCAL) == [("RL111", 5)]  # nothing ran: the first is dead
    module_level = "@pytest.fixture\ndef user():\n    return 1\n\n\n@pytest.fixture\ndef user():\n    return 2\n"
    assert _lines("tests/conftest.py", module_level) == [("RL111", 7)]  # a test module's own scope: still


# --- descriptor chains: SQLAlchemy hybrid properties and the like -----------------------------------

HYBRID = '''\
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property


class Shipment(Base):
    @hybrid_property
    def total(self):
        return self.subtotal + self.shipping

    @total.expression
    def total(cls):
        return cls.subtotal + cls.shipping

    @hybrid_property
    def weight(self) -> float:
        return self.grams / 1000

    @weight.inplace.setter
    def weight(self, value: float) -> None:
        self.grams = value * 1000

    @weight.inplace.expression
    @classmethod
    def weight(cls):
        return cls.grams / 1000

    @weight.comparator
    def weight(cls):
        return WeightComparator(cls.grams)

    @weight.update_expression
    def weight(cls, value):
        return [(cls.grams, value * 1000)]

    @hybrid_method
    def heavier_than(self, grams):
        return self.grams > grams

    @heavier_than.expression
    def heavier_than(cls, grams):
        return cls.grams > grams

    @heavier_than.overload
    def heavier_than(self, grams: int) -> bool: ...
'''

DESCRIPTOR_LOOKALIKES = '''\
class Shipment(Base):
    @hybrid_property
    def total(self):
        return self.subtotal + self.shipping

    @hybrid_property
    def total(self):
        return self.subtotal + self.shipping + self.tax

    @hybrid_property
    def weight(self):
        return self.grams / 1000

    @volume.expression
    def weight(cls):
        return cls.grams / 1000
'''


@PREFIXES
def test_descriptor_chain_variants_are_not_duplicates(prefix):
    assert _lines("app/models.py", prefix + HYBRID) == []


@PREFIXES
def test_descriptor_lookalikes_are_still_duplicates(prefix):
    """Both halves of a hybrid property kept; a chain rooted at another name is no variant of this one."""
    assert _lines("app/models.py", prefix + DESCRIPTOR_LOOKALIKES) == _shift(prefix, [("RL111", 7), ("RL111", 15)])


# --- PEP 695 generics: the same verdict on 3.11 (libcst) and 3.12+ (ast) ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("def first[T](xs: list[T]) -> T:\n    return xs[0]\n\n\ndef first[T](xs: list[T]) -> T:\n    return xs[-1]\n",
     [("RL111", 5)]),
    ("class Box[T]:\n    item: T\n\n\nclass Box[T]:\n    item: T | None\n", [("RL111", 5)]),
    ("async def fetch[T](url: str) -> T: ...\n\n\nasync def fetch[T](url: str, retries: int) -> T: ...\n",
     [("RL111", 4)]),
    ("class Repo:\n    def get[T](self, key: T) -> T: ...\n    def get[T](self, key: T, default: T) -> T: ...\n",
     [("RL111", 3)]),
    ("def first[T](xs: list[T]) -> T:\n    return xs[0]\n\n\nclass first[T]:\n    pass\n", [("RL111", 5)]),
])
def test_generic_duplicates_are_found_whatever_the_interpreter(text, expected):
    assert _lines("app/generic.py", text) == expected


@pytest.mark.parametrize("text", [
    "def first[T](xs: list[T]) -> T:\n    return xs[0]\n\n\ndef last[T](xs: list[T]) -> T:\n    return xs[-1]\n",
    "def first[T](xs: list[T]) -> T:\n    return xs[0]\n\n\nHEAD = first([1])\n\n\n"
    "def first[T](xs: list[T]) -> T:\n    return xs[1]\n",
    "class Box[T]:\n    pass\n\n\nclass Crate[T]:\n    pass\n",
])
def test_generic_lookalikes_whatever_the_interpreter(text):
    assert _lines("app/generic.py", text) == []


def test_a_use_inside_a_newer_f_string_counts_as_a_use():
    """On 3.11 the downgrade turns f-strings into names: the names they read must survive."""
    text = NEWER + ('def _fmt(x):\n    return str(x)\n\n\nBANNER = f"{_fmt(VERSION)!r:>{WIDTH}} {"-" * 3}"\n\n\n'
                    'def _fmt(x):\n    return repr(x)\n')
    assert _lines("app/banner.py", text) == []
    dead = text.replace("_fmt(VERSION)", "fmt(VERSION)")
    assert _lines("app/banner.py", dead) == [("RL111", 12)]


# --- semgrep rule test targets: pattern-matched, never imported or run ------------------------------

SEMGREP_TARGET = '''\
# Should match when logging an exception.
def test_log_exception():
    try:
        do_something()
    except Exception as exc:
        # ruleid: exception-object-in-logger-extra
        logger.info("Failed", extra={"error": exc})


# Should match when the exception is renamed.
def test_log_exception():
    try:
        do_something()
    except Exception as err:
        # ruleid: exception-object-in-logger-extra
        logger.warning("Failed", extra={"error": err})


def test_ok():
    # ok: exception-object-in-logger-extra
    logger.info("Failed", extra={"error": str(exc)})
'''


def test_semgrep_rule_test_targets_get_no_fingerprints():
    assert _lines(".semgrep/security/logging/exception-in-extra.py", SEMGREP_TARGET) == []


def test_semgrep_targets_still_get_syntax_errors_and_plain_files_their_fingerprints():
    assert [code for code, _ in _lines(".semgrep/rule.py", SEMGREP_TARGET + "def broken(:\n")] == ["RL101"]
    plain = SEMGREP_TARGET.replace("# ruleid:", "# rule:").replace("# ok:", "# fine:")
    assert _lines(".semgrep/security/logging/exception-in-extra.py", plain) == [("RL111", 11)]
    # "ok:" in an ordinary comment is no annotation
    chatty = plain.replace("# fine: exception-object-in-logger-extra", "# ok: the message is a plain string")
    assert _lines("app/log.py", chatty) == [("RL111", 11)]


def test_debug_says_why_a_semgrep_target_gets_no_fingerprints(tmp_path, lint):
    (tmp_path / "rule.py").write_text(SEMGREP_TARGET)
    result = lint("check", "--debug", "rule.py", cwd=tmp_path)
    assert result.code == 0 and "rule.py: semgrep rule test target" in result.err


IMPORT_TEXTS = [
    "import a\nimport b\n",
    "from x import (a,\n    b)\nimport a\n",
    "import a; import b\nimport c \\\n  , d\n\nimport e\n",
    "x = 'import'\nfrom important import y\n  import z  # import w\n",
    "def f():\n    from . import a as b, c\n    import importlib\nimportimport\n",
    "import a \\\nimport b\nfrom m import (\n  a, # x\n)\n",
    "",
    "imp" "ort\n",
]


@given(st.lists(st.sampled_from(["import a", "from b import (c,\n d)", "from e import f as g", "x = 1", "#", " ",
                                 "\n", ";", "\\\n", "important", "(", ")", "\t", "import"]), max_size=30))
def test_import_statements_are_those_finditer_gives(parts):
    text = "".join(parts)
    assert [m.span() for m in halves._import_statements(text)] == [m.span() for m in halves.IMPORT.finditer(text)]


def test_import_statements_on_examples_and_own_sources():
    from pathlib import Path
    own = [p.read_text("utf-8") for p in Path(halves.__file__).parents[2].rglob("*.py")]
    for text in IMPORT_TEXTS + own:
        assert [m.span() for m in halves._import_statements(text)] == [m.span() for m in halves.IMPORT.finditer(text)]


def _repeated_run_reference(text: str) -> bool:
    """The plain form of halves._has_repeated_run: every earlier place of a repeated first line tried."""
    from collections import Counter
    lines = halves.SIGNIFICANT.findall(text)
    repeated = {line for line, count in Counter(lines).items() if count > 1 and halves.STATEMENT_START.match(line)}
    seen: dict[str, list[int]] = {}
    for j, line in enumerate(lines):
        if line in repeated:
            for i in seen.get(line, [])[-8:]:
                k = j - i
                if k <= halves.MAX_RUN_LINES and lines[i:j] == lines[j:j + k]:
                    return True
            seen.setdefault(line, []).append(j)
    return False


@given(st.lists(st.sampled_from(["x = 1", "f()", "def g():", "    return 2", ")", "# c", "", "y  # c", "@d",
                                 "class A:", "    pass", "\tf()", "if x:"]), max_size=40))
def test_repeated_run_prefilter_is_the_plain_search(lines):
    text = "\n".join(lines)
    assert halves._has_repeated_run(text) == _repeated_run_reference(text)


def test_repeated_run_prefilter_on_own_sources():
    from pathlib import Path
    for path in Path(halves.__file__).parents[2].rglob("*.py"):
        text = path.read_text("utf-8")
        assert halves._has_repeated_run(text) == _repeated_run_reference(text), path
