"""Both halves of a conflict kept, in code that still parses: each fingerprint fires, and each
look-alike written on purpose stays silent (fixtures/valid holds the look-alike files)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES, codes, findings_for

from rebound_lint.config import Config


def _lines(name: str, text: str, config: Config | None = None) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in findings_for(name, text, config)]


@pytest.mark.parametrize("text, expected", [
    ("def f():\n    return 1\n\n\ndef g():\n    return f()\n\n\ndef f():\n    return 2\n", [("RL111", 9)]),
    ("class A:\n    def m(self):\n        pass\n\n    def m(self, x):\n        pass\n", [("RL111", 5)]),
    ("class A:\n    pass\n\n\nclass A:\n    x = 1\n", [("RL111", 5)]),
    ("d = {\n    'a': 1,\n    'b': 2,\n    'a': 3,\n}\n", [("RL112", 4)]),
    ("d = {1: 'x', 1.0: 'y', True: 'z'}\n", [("RL112", 1), ("RL112", 1)]),
    ("d = {(1, 2): 'x', (1,2): 'y'}\n", [("RL112", 1)]),
    ("import os\nimport sys\nimport os\n", [("RL113", 3)]),
    ("from a import (\n    x,\n    y,\n    x,\n)\n", [("RL113", 1)]),
    ("def register(app):\n    app.register_blueprint(demo_bp)\n    app.register_blueprint(demo_bp)\n", [("RL114", 3)]),
    ("def f(app):\n    app.add(a)  # ours\n    app.add(b)\n    app.add(a)  # theirs\n    app.add(b)\n", [("RL114", 4)]),
    ("TIMEOUT = 30\nTIMEOUT = 30\n", [("RL114", 2)]),
    ("__all__ = ['a', 'b', 'a']\n", [("RL115", 1)]),
    ("__all__ = ['a']\n__all__ += ['b', 'a']\n", [("RL115", 2)]),
])
def test_python_fingerprints(text, expected):
    assert _lines("app.py", text) == expected


@pytest.mark.parametrize("text", [
    "if x:\n    def f(): pass\nelse:\n    def f(): pass\n",
    "try:\n    from a import f\nexcept ImportError:\n    def f(): pass\n",
    "class A:\n    @property\n    def p(self): return 1\n    @p.setter\n    def p(self, v): pass\n",
    "from typing import overload\n@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\ndef f(x): return x\n",
    "from functools import singledispatch\n@singledispatch\ndef f(x): pass\n@f.register\ndef _(x: int): pass\n@f.register\ndef _(x: str): pass\n",
    "import a.b\nimport a.c\n",
    "def f(it):\n    next(it)\n    next(it)\n    it.send(x)\n",
    "def f(out):\n    out.write('\\n')\n    out.write('\\n')\n",
    "def f(x):\n    x += 1\n    x += 1\n    y = g()\n    y = g()\n    return x, y\n",
    "for a in b:\n    push(a)\n    push(a)\n",
    "d = {'a': 1}\ne = {'a': 2}\n",
    "x = 1\nx = x\n",
])
def test_python_lookalikes(text):
    assert _lines("app.py", text) == []


NEWER = 'type Pair[T] = tuple[T, T]\nlabel = f"{", ".join(f"{n!r}" for n in ["a"])}"\n\n\n'  # 3.12 grammar


@pytest.mark.parametrize("text, expected", [
    ("def f[T](x: T) -> T:\n    return x\n\n\ndef f[T](x: T) -> T:\n    return x\n", [("RL111", 9)]),
    ("class Box[T]:\n    def get(self) -> T: ...\n\n    def get(self) -> T: ...\n", [("RL111", 8)]),
    ('d = {\n    "a": f"{d["x"]}",\n    "a": 2,\n}\n', [("RL112", 7)]),
    ("import os\nimport os\n", [("RL113", 6)]),
    ('def f(log):\n    log.info(f"{d["a"]}")\n    log.info(f"{d["a"]}")\n', [("RL114", 7)]),
    ("__all__ = ['Pair', 'Pair']\n", [("RL115", 5)]),
])
def test_python_fingerprints_in_grammar_newer_than_the_interpreter(text, expected):
    """Whatever the interpreter (libcst parses 3.12 grammar on 3.11), the same fingerprints."""
    assert _lines("app.py", NEWER + text) == expected


@pytest.mark.parametrize("text", [
    'def f(log):\n    log.info(f"{d["a"]}")\n    log.info(f"{d["b"]}")\n',  # f-strings differ
    'd = {f"{k["a"]}": 1, f"{k["a"]}": 2}\n',  # f-string keys are not constants
    "def f[T](x: T) -> T: ...\ndef g[T](x: T) -> T: ...\n",
])
def test_python_lookalikes_in_grammar_newer_than_the_interpreter(text):
    assert _lines("app.py", NEWER + text) == []


def test_python_repeats_in_tests_are_not_reported():
    text = "def test_cache():\n    resolve(ref)\n    resolve(ref)\n"
    assert _lines("tests/test_cache.py", text) == [] and _lines("app/cache.py", text) == [("RL114", 3)]


PREFILTER_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
from rebound_lint.languages.python.halves import rules_to_run
size = int(sys.argv[2])
text = {
    "banner comments": "import os\\n" + ("# " + "#" * 300 + "\\n") * (size // 300) + "x = 1\\nimport os\\n",
    "backslashes": "d = {'" + "\\\\" * size + "\\n",
    "spaces": "import" + " " * size + "os\\n",
}[sys.argv[1]]
print(sorted(rules_to_run(text)))
"""


@pytest.mark.parametrize("shape", ["banner comments", "backslashes", "spaces"])
def test_python_prefilter_never_backtracks(shape):
    """Inputs that made the prefilter's regular expressions backtrack (300,000 characters: linear
    work is about 0.02 s of CPU, quadratic work minutes or more). The child has a CPU budget of 20 s, its
    own CPU time, not the wall clock: a backtracking pattern is killed by SIGXCPU and fails here
    instead of stalling the suite, however loaded the machine. Speed is benchmarks/scan_bench.py's."""
    child = PREFILTER_CHILD.replace("CPU_SECONDS", "20")
    proc = subprocess.run([sys.executable, "-c", child, shape, "300000"], capture_output=True, text=True)
    assert proc.returncode == 0, (shape, proc.returncode, proc.stderr[-2000:])
    assert proc.stdout.strip() == "[]", (shape, proc.stdout)


@pytest.mark.parametrize("text, expected", [
    ("export const D = { timeout: 30, retries: 2, timeout: 45 };\n", [("RL311", 1)]),
    ("export const D = { 'a': 1, a: 2, 1: 'x', '1': 'y' };\n", [("RL311", 1), ("RL311", 1)]),
    ("class S {\n  load(a) {}\n  load(a, b) {}\n}\n", [("RL312", 3)]),
    ("class S {\n  get x() { return 1; }\n  get x() { return 2; }\n}\n", [("RL312", 3)]),
    ("const e = <div className=\"a\" id=\"b\" className=\"c\" />;\n", [("RL313", 1)]),
    ("switch (t) {\n  case 'a': break;\n  case 'b': break;\n  case 'a': break;\n}\n", [("RL314", 4)]),
    ("app.use(router);\napp.use(router);\n", [("RL315", 2)]),
    ("import './a.css';\nimport './a.css';\n", [("RL315", 2)]),
    ("function f() {\n  app.use(a);\n  app.use(b);\n  app.use(a);\n  app.use(b);\n}\n", [("RL315", 4)]),
])
def test_javascript_fingerprints(text, expected):
    assert _lines("app.jsx", text) == expected


@pytest.mark.parametrize("text", [
    "const o = { get x() { return 1; }, set x(v) {} };\n",
    "const o = { [k]: 1, [k]: 2, ...a, ...a };\n",
    "class A {\n  static m() {}\n  m() {}\n  get p() { return 1; }\n  set p(v) {}\n}\n",
    "const e = <input {...p} {...p} />;\n",
    "switch (t) { case A: break; case B: break; default: break; }\n",
    "it.next();\nit.next();\nlog('x');\nlog('x');\ni++;\ni++;\n",
    "for (const x of xs) { push(x); push(x); }\n",
    "exports.a = a;\nexports.b = a;\nexports.a = a;\nexports.b = a;\n",
])
def test_javascript_lookalikes(text):
    assert _lines("app.jsx", text) == []


@pytest.mark.parametrize("text, expected", [
    ("CREATE TABLE t (\n  id int,\n  user_id bigint,\n  user_id bigint\n);\n", [("RL211", 4)]),  # the second definition
    ("CREATE TABLE t (id int);\nCREATE TABLE t (id int, x int);\n", [("RL212", 2)]),
    ("CREATE INDEX i ON t (a);\nCREATE INDEX i ON t (a, b);\n", [("RL212", 2)]),
    ("CREATE TYPE mood AS ENUM ('a');\nCREATE TYPE mood AS ENUM ('a', 'b');\n", [("RL212", 2)]),
    ("CREATE OR REPLACE FUNCTION f(a int) RETURNS int AS $$ SELECT a $$ LANGUAGE sql;\n"
     "CREATE OR REPLACE FUNCTION f(a int) RETURNS int AS $$ SELECT a + 1 $$ LANGUAGE sql;\n", [("RL212", 2)]),
    ("ALTER TABLE o ADD COLUMN region text;\nALTER TABLE o ADD COLUMN region text NOT NULL;\n", [("RL213", 2)]),
    ("CREATE TABLE o (id int, region text);\nALTER TABLE o ADD COLUMN region text;\n", [("RL213", 2)]),
    ("SELECT create_hypertable('e', 'ts');\nSELECT create_hypertable('e', 'ts');\n", [("RL214", 2)]),
    ("INSERT INTO flags VALUES ('dark_mode');\n-- again\nINSERT INTO flags VALUES ('dark_mode');\n", [("RL214", 3)]),
])
def test_sql_fingerprints(text, expected):
    assert _lines("021_x.sql", text) == expected


@pytest.mark.parametrize("text", [
    "CREATE TABLE IF NOT EXISTS t (id int);\nCREATE TABLE IF NOT EXISTS t (id int);\n",
    "CREATE INDEX IF NOT EXISTS i ON t (a);\nCREATE INDEX IF NOT EXISTS i ON t (a);\n",
    "ALTER TABLE o ADD COLUMN IF NOT EXISTS r text;\nALTER TABLE o ADD COLUMN IF NOT EXISTS r text;\n",
    "CREATE TABLE x (a int);\nDROP TABLE x;\nCREATE TABLE x (a int, b int);\n",
    "ALTER TABLE o ADD COLUMN r text;\nALTER TABLE o DROP COLUMN r;\nALTER TABLE o ADD COLUMN r int;\n",
    "CREATE FUNCTION f(a int) RETURNS int AS $$ SELECT a $$ LANGUAGE sql;\n"
    "CREATE FUNCTION f(a text) RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n",
    "BEGIN;\nCOMMIT;\nBEGIN;\nCOMMIT;\nSELECT 1;\nSELECT 1;\nSET search_path = a;\nSET search_path = a;\n",
])
def test_sql_lookalikes(text):
    assert _lines("022_x.sql", text) == []


@pytest.mark.parametrize("name, text, expected", [
    ("k.yaml", "env:\n  - name: A\n    value: '1'\n  - name: A\n    value: '1'\n", [("RL404", 4)]),
    ("k.yaml", "steps:\n  - {id: a, run: x}\n  - {id: b, run: y}\n  - {id: a, run: x}\n  - {id: b, run: y}\n",
     [("RL404", 4)]),
    ("u.json", '{"u": [\n {"id": 1, "x": 2},\n {"id": 1, "x": 2}\n]}\n', [("RL413", 3)]),
])
def test_list_item_fingerprints(name, text, expected):
    assert _lines(name, text) == expected


@pytest.mark.parametrize("name, text", [
    ("k.yaml", "env:\n  - name: A\n  - name: B\n  - name: A\n"),
    ("k.yaml", "ports: [80, 80]\nsteps:\n  - run: make\n  - run: make\n"),
    ("u.json", '{"tags": [{"x": 1}, {"x": 1}], "ids": [1, 1]}\n'),
    # same identity, different items: not a both-halves repeat (RL404/RL413 need identical items)
    ("k.yaml", "env:\n  - name: A\n    value: '1'\n  - name: A\n    value: '2'\n"),
    ("k.yaml", "steps:\n  - {id: a, run: x}\n  - {id: b, run: y}\n  - {id: a, run: x2}\n  - {id: b, run: y2}\n"),
    ("u.json", '{"u": [\n {"id": 1},\n {"id": 1, "x": 2}\n]}\n'),
])
def test_list_item_lookalikes(name, text):
    assert _lines(name, text) == []


def test_the_valid_fixtures_hold_every_lookalike_and_stay_clean(lint):
    result = lint("check", str(FIXTURES / "valid"))
    assert result.code == 0, result.out
    assert codes(findings_for("x.py", (FIXTURES / "valid/python/duplicates_on_purpose.py").read_text())) == []


@pytest.mark.parametrize("path", ["spec/cache_spec.py", "e2e/test_flow.py", "pkg/cache_test.py", "tests/unit/cache.py",
                                  # a module named test or tests itself: Django's app/tests.py
                                  "shop/tests.py"])
def test_python_and_javascript_share_one_notion_of_a_test_file(path):
    text = "def test_cache():\n    resolve(ref)\n    resolve(ref)\n"
    assert _lines(path, text) == []
    assert _lines("pkg/contest.py", text) == _lines("pkg/spectrum.py", text) == [("RL114", 3)]
    assert _lines("pkg/latest.py", text) == _lines("pkg/tests_helper_data.py", text) == [("RL114", 3)]


@pytest.mark.parametrize("path", ["app/src/sandbox/hovercard/test.ts", "packages/store/src/test.tsx", "lib/spec.js",
                                  "lib/tests.mjs"])
def test_a_javascript_module_named_test_itself_is_a_test(path):
    """ariakit's packages/ariakit-store/src/test.ts bumps a store's count twice to see a listener called
    twice: a test's steps."""
    text = "function run(store, inc) {\n  store.setState(\"count\", inc);\n  store.setState(\"count\", inc);\n}\n"
    assert _lines(path, text) == []
    assert _lines("lib/latest.ts", text) == [("RL315", 3)]
