import sys

import pytest
from conftest import codes, findings_for

from rebound_lint.config import Config

PY312 = Config(python_version=(3, 12))
PY313 = Config(python_version=(3, 13))
PY310 = Config(python_version=(3, 10))

MODERN = {
    "type alias": "type Pair[T] = tuple[T, T]\n",
    "generic function": "def first[T](xs: list[T]) -> T:\n    return xs[0]\n",
    "generic class with bound": "class Box[T: (int, str)]:\n    item: T\n",
    "nested f-string, same quotes": 'names = ["a"]\nx = f"{", ".join(f"{n!r}" for n in names)}"\n',
    "PEP 696 default": "def f[T = int](x: T) -> T:\n    return x\n",
    "match": "match p:\n    case {'x': x, **rest}:\n        pass\n",
    "except star": "try:\n    pass\nexcept* ValueError:\n    pass\n",
}


@pytest.mark.parametrize("source", MODERN.values(), ids=list(MODERN))
def test_modern_syntax_passes_whatever_the_interpreter(source):
    assert findings_for("m.py", source, PY313) == []  # PEP 696 defaults are 3.13 grammar: 3.12 rejects them
    assert findings_for("m.py", source, Config()) == []  # no target: newest grammar


def test_newer_grammar_is_an_error_when_the_project_targets_an_older_python():
    assert codes(findings_for("m.py", MODERN["type alias"], PY310)) == ["RL101"]


# python-version is the grammar target: newer grammar than it is RL101, also below the interpreter

WALRUS = "if (n := len(sys.argv)) > 1:\n    pass\n"
PEP695 = pytest.mark.skipif(sys.version_info < (3, 12), reason="the interpreter's compile() rejects 3.12 grammar")
OLDER = [
    pytest.param("match", MODERN["match"], (3, 9),
     "Pattern matching is only supported in Python 3.10 and greater (python-version 3.9)", 3, id="match"),
    pytest.param("walrus", WALRUS, (3, 7),
     "Assignment expressions are only supported in Python 3.8 and greater (python-version 3.7)", 1, id="walrus"),
    pytest.param("except star", MODERN["except star"], (3, 10),
     "Exception groups are only supported in Python 3.11 and greater (python-version 3.10)", 4, id="except star"),
    pytest.param("type alias", "type X = int\n", (3, 11),
                 "Type statement is only supported in Python 3.12 and greater (python-version 3.11)", 1, marks=PEP695,
                 id="type alias"),
    pytest.param("generic function", MODERN["generic function"], (3, 11),
                 "Type parameter lists are only supported in Python 3.12 and greater (python-version 3.11)", 1,
                 marks=PEP695, id="generic function"),
]


@pytest.mark.parametrize("name, source, version, message, line", OLDER)
def test_grammar_newer_than_python_version_is_a_syntax_error(name, source, version, message, line):
    found = findings_for("m.py", source, Config(python_version=version))
    assert [(f.code, f.message, f.line) for f in found] == [("RL101", message, line)]
    newer = (version[0], version[1] + 1)
    assert findings_for("m.py", source, Config(python_version=newer)) == []  # the version that brought it


def test_without_a_target_the_newest_grammar_is_accepted():
    for source in [*MODERN.values(), WALRUS]:
        assert findings_for("m.py", source, Config()) == []


def test_a_requires_python_target_says_where_it_came_from(tmp_path, lint):
    from conftest import write

    write(tmp_path, {"pyproject.toml": '[project]\nname = "x"\nrequires-python = ">=3.8"\n',
                     "a.py": MODERN["match"], "b.py": WALRUS})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert run.code == 0, run.out  # no [tool.rebound-lint]: no config, no target
    write(tmp_path, {"pyproject.toml": '[project]\nname = "x"\nrequires-python = ">=3.8"\n[tool.rebound-lint]\n'})
    run = lint("check", "--no-cache", ".", cwd=tmp_path)
    assert run.code == 1 and run.lines == [
        "a.py:3:13: RL101 Pattern matching is only supported in Python 3.10 and greater "
        "(python-version 3.8, from requires-python)"], run.out


def test_concatenated_halves_give_a_syntax_error_at_the_cause():
    text = (
        "def propose():\n"
        "    proposal = create(\n"
        "        strategy=1,\n"
        "def propose():\n"
        "    return 2\n"
    )
    for config in (PY312, PY310):
        found = findings_for("demo.py", text, config)
        assert codes(found) == ["RL101"]
        assert (found[0].line, found[0].col) == (2, 22)
        assert "never closed" in found[0].message


def test_syntax_error_in_a_file_with_new_grammar_is_located_by_libcst():
    text = "type X = int\n\ndef f(:\n    pass\n"
    found = findings_for("m.py", text, PY312)
    assert codes(found) == ["RL101"]
    assert found[0].line >= 3


@pytest.mark.parametrize("text, needle", [
    ("x = 1\nfrom __future__ import annotations\n", "__future__"),
    # a top-level return in a file that defines something (issue 24: a bare body is PL/Python's, a note)
    ("def f():\n    pass\nreturn 1\n", "outside function"),
    ("def f(a, a):\n    pass\n", "duplicate argument"),
])
def test_compile_time_errors(text, needle):
    found = findings_for("m.py", text, PY310)
    assert codes(found) == ["RL102"] and needle in found[0].message


def test_late_future_import_is_caught_on_the_libcst_path_too():
    text = '"""Doc."""\nfrom __future__ import annotations\ntype X = int\nfrom __future__ import division\n'
    found = findings_for("m.py", text, PY312)
    if sys.version_info >= (3, 12):
        assert codes(found) == ["RL102"]
    else:
        assert codes(found) == ["RL102"] and found[0].line == 4


def test_docstring_then_future_import_is_fine():
    assert findings_for("m.py", '"""Doc."""\nfrom __future__ import annotations\ntype X = int\n', PY312) == []


def test_encodings():
    assert findings_for("m.py", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n") == []
    assert findings_for("m.py", b"\xef\xbb\xbfx = 1\n") == []
    found = findings_for("m.py", b"x = 1\ny = '\xff'\n")
    assert codes(found) == ["RL010"] and found[0].line == 2


def test_stub_files_are_python():
    assert codes(findings_for("m.pyi", "def f(x: int) -> str: ...\ndef g(:\n")) == ["RL101"]


def test_invalid_escape_warnings_are_not_findings(capfd):
    assert findings_for("m.py", "x = '\\d'\n") == []
    assert "SyntaxWarning" not in capfd.readouterr().err


@pytest.mark.parametrize("text", [
    "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n",
    "type X = int\nx = " + "[" * 3000 + "]" * 3000 + "\n",
    "x = " + " + ".join(["1"] * 100000) + "\n",
])
def test_deep_nesting_is_a_finding_not_a_crash(text):
    assert codes(findings_for("deep.py", text, PY312)) == ["RL012"]


def test_a_generated_size_module_gets_syntax_checked_but_no_fingerprints():
    """Issue 17, item 4: 150,000 repeated `x = 1` lines once took minutes and gigabytes for an AST
    whose fingerprints do not apply to generated code; the syntax is still checked."""
    from rebound_lint.source import Source
    from rebound_lint.languages.python import check

    source = Source("gen.py", b"x = 1\n" * 150_000, "python")
    assert list(check(source, Config())) == [] and "fingerprints not checked" in source.notes[0]
    broken = Source("gen.py", b"x = 1\n" * 150_000 + b"def f(:\n", "python")
    assert [f.code for f in check(broken, Config())] == ["RL101"]


def test_a_nul_byte_is_a_syntax_error_at_its_place():
    found = findings_for("m.py", b"x = 1\ny = '\x00'\n", PY310)
    assert [(f.code, f.line, f.col) for f in found] == [("RL101", 2, 6)]
    assert "null bytes" in found[0].message
    assert codes(findings_for("m.py", b"x = 1\ny = '\x00'\n", Config())) == ["RL101"]


# A syntax error is only sent to libcst (a 0.27 s import per worker) when the file could be valid
# newer Python: grammar newer than the interpreter's shows in its text.
NO_NEWER_GRAMMAR = {
    "unclosed brace, f-string elsewhere": 'def f(x):\n    return f"{x}"\n\ndef g():\n    return {{1: 2}\n',
    "unclosed paren": "print((1, 2)\n",
    "bad indent": "def f():\nreturn 1\n",
}
MAYBE_NEWER_GRAMMAR = {
    "f-string on the error line": 'x = f"{d["k"]}" +\n',
    "triple-quoted f-string earlier": 'x = f"""\n{y}\n"""\ndef f(:\n    pass\n',
    "type statement elsewhere": "def f(:\n    pass\ntype X = int\n",
    "generic function elsewhere": "def f(:\n    pass\ndef g[T](x: T) -> T:\n    return x\n",
    "t-string": 'x = t"{y}" +\n',
    "except without brackets": "try:\n    pass\nexcept A, B:\n    pass\nprint((\n",
    "lazy import": "lazy import json\nprint((\n",
    "unpacking in a comprehension": "x = [*a for a in b]\nprint((\n",
}


def _imports_libcst(source: str) -> bool:
    import subprocess
    probe = ("import sys; from rebound_lint.languages import python; from rebound_lint.config import Config; "
             "from rebound_lint.source import Source; "
             "found = python.check(Source('m.py', sys.stdin.buffer.read(), 'python'), Config()); "
             "assert found, 'no finding'; print('libcst' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], input=source.encode(), capture_output=True, check=True)
    return done.stdout.strip() == b"True"


@pytest.mark.skipif(sys.version_info >= (3, 15), reason="libcst knows no grammar newer than 3.15")
@pytest.mark.parametrize("source", NO_NEWER_GRAMMAR.values(), ids=list(NO_NEWER_GRAMMAR))
def test_a_syntax_error_in_plain_python_needs_no_libcst(source):
    assert not _imports_libcst(source)


@pytest.mark.skipif(sys.version_info >= (3, 15), reason="libcst knows no grammar newer than 3.15")
@pytest.mark.parametrize("source", MAYBE_NEWER_GRAMMAR.values(), ids=list(MAYBE_NEWER_GRAMMAR))
def test_a_syntax_error_near_newer_grammar_asks_libcst(source):
    assert _imports_libcst(source)


@pytest.mark.parametrize("source", NO_NEWER_GRAMMAR.values(), ids=list(NO_NEWER_GRAMMAR))
def test_plain_python_syntax_errors_keep_their_message_and_place(source):
    try:
        compile(source, "m.py", "exec")
    except SyntaxError as exc:
        expected = (exc.lineno, exc.offset, exc.msg)
    found = findings_for("m.py", source, Config())
    assert [(f.code, f.line, f.col, f.message) for f in found] == [("RL101", *expected)]


# Python 3.14's t-strings concatenated (`t"a " t"{b}"`, SQLAlchemy's tests of its tstring()): the
# running interpreter's compile() predates them, and libcst, which decides for newer grammar, parses
# the file and then fails building its tree (its CSTLogicError, "Logic error!": its own gap, not a
# verdict on the file). A second opinion that breaks confirms nothing: a note, never RL101.
TSTRINGS = ('def test_join(status, a):\n    stmt = tstring(\n        t"select a from t where s = {status} "\n'
            '        t"and a = {a}"\n    )\n    return stmt\n')


def test_a_second_opinion_that_fails_internally_confirms_nothing():
    found = findings_for("test/sql/test_tstrings_py314.py", TSTRINGS)
    assert [f for f in found if f.severity != "info"] == []
    if sys.version_info < (3, 14):
        assert codes(found) == ["RL014"] and "libcst" in found[0].message
    broken = TSTRINGS.replace('{a}"\n    )', '{a}"\n    ')  # an unclosed bracket: libcst rejects it itself
    assert codes(findings_for("m.py", broken)) == ["RL101"]


def test_the_libcst_path_resolves_positions_only_for_a_late_future_import():
    """numpy's _core/umath.pyi (600 KB, `type X[T] = ...` that Python 3.11 cannot compile) took 13 s of
    CPU on the libcst path, 5 of them resolving every node's position for a check that found nothing:
    a file without a late __future__ import resolves none."""
    import libcst
    from libcst.metadata import MetadataWrapper

    from rebound_lint.languages.python import _late_future_imports

    resolved = []
    original = MetadataWrapper.resolve
    MetadataWrapper.resolve = lambda self, provider: resolved.append(provider) or original(self, provider)
    try:
        clean = libcst.parse_module("from __future__ import annotations\ntype X = int\n")
        assert list(_late_future_imports("m.py", clean)) == [] and resolved == []
        late = libcst.parse_module("type X = int\nfrom __future__ import annotations\n")
        assert [f.line for f in _late_future_imports("m.py", late)] == [2] and len(resolved) == 1
    finally:
        MetadataWrapper.resolve = original
