"""Issue 24, session 11's probe of Python ecosystems (a code generator's golden files, Odoo modules,
a workflow tool's tests, Cython, an analyser's and a formatter's test cases, Python 2 remnants): files
whose role the checkers misread, each with the look-alike that must keep its finding. Shapes reworked
from datamodel-code-generator (a `.json` input that says it is not JSON; an expected output named
`constraints_*.txt`), OCA's server-tools (a MIME type split at its hyphen), luigi (`# NOQA` on the
redefinition only), aiohttp (a gzip body split among a message's lines), streamlit (an e2e app that
must fail to compile; e2e_playwright/), cython (Tests/, Cython in .py, cimports, CPython's vendored
test_grammar.py and test_tstring.py), jedi (`#?` annotations), autopep8 (Python 2 inputs, bad_encoding.py)
python-future (a guarded `del L[-1]` twice), MicroPython (x.py beside x.py.exp, keys and imports written
three times, define-run-redefine scripts, REPL keystrokes) and RustPython (.theia/settings.json). Real CLI,
real parsers, files in a temp dir."""
from __future__ import annotations

from conftest import codes, findings_for, findings_in_a_tree, write

_findings = findings_in_a_tree  # (lint, tmp_path, files)


# A test input whose name says what it is not: not.json is "not json" -----------------------------------

def test_a_test_input_named_not_json_is_invalid_on_purpose(tmp_path, lint):
    # (braces: a sentence alone in a .json file is a notice left in place of the file, a note wherever it is)
    files = {"tests/data/openapi/not.json": "{This is not JSON!}\n",
             "tests/data/yaml/not-yaml.yml": "key: [unclosed\n",
             "tests/data/openapi/notes.json": "{This is not JSON!}\n",  # "notes" says nothing
             "config/not.json": "{This is not JSON!}\n"}  # outside a test folder: the project's own file
    assert _findings(lint, tmp_path, files) == [("config/not.json", "RL411"),
                                                ("tests/data/openapi/notes.json", "RL411")]


# ... or the shape it is not (harlequin's tests/data/unit_tests/config/keymaps_not_array.toml: one table
# declared four times where its loader wants an array of tables, the error its test expects)
def test_a_test_input_named_for_the_shape_it_is_not_is_invalid_on_purpose(tmp_path, lint):
    twice = "[keymaps.arrows]\nkeys = 'w'\n\n[keymaps.arrows]\nkeys = 'a'\n"
    files = {"tests/data/config/keymaps_not_array.toml": twice,
             "tests/data/config/profile-not-a-table.toml": "[a]\nb = 1\n[a]\nc = 2\n",
             "tests/data/config/keymaps_notarray.toml": twice,  # no phrase
             "config/keymaps_not_array.toml": twice}  # outside a test folder: the project's own file
    assert _findings(lint, tmp_path, files) == [("config/keymaps_not_array.toml", "RL422"),
                                                ("tests/data/config/keymaps_notarray.toml", "RL422")]


# A file named like a constraints file that holds no requirement, only prose --------------------------

def test_a_golden_text_named_constraints_that_holds_only_prose_is_not_a_requirements_file():
    text = "No neutral-layer pydantic_base imports.\n"
    assert findings_for("tests/data/expected/model/constraints_boundary.txt", text) == []
    assert findings_for("constraints.txt", "See docs/install.rst for the pinned versions.\n") == []


def test_a_requirements_file_of_one_broken_requirement_is_still_reported():
    assert codes(findings_for("requirements.txt", "django=4.2\n")) == ["RL431"]
    assert codes(findings_for("constraints.txt", "celery >= 5.3 , < 6\nflask [async] ==\n")) == ["RL431"]
    # prose beside real requirements: pip refuses the prose line, and the file is pip's
    assert codes(findings_for("requirements.txt", "celery==5.3.6\nthen install the rest by hand\n")) == ["RL431"]


# RL116: a value split at a hyphen inside a word --------------------------------------------------------

MIME_SPLIT = ("HEADERS = [\n"
              "    (\n"
              "        'Content-Type',\n"
              "        'application/vnd.openxmlformats-'\n"
              "        'officedocument.spreadsheetml.sheet',\n"
              "    ),\n"
              "    ('Content-Length', size),\n"
              "]\n")


def test_a_word_split_at_its_hyphen_is_one_value():
    assert findings_for("report.py", MIME_SPLIT) == []


def test_items_that_end_with_a_hyphen_keep_the_lost_comma_finding():
    text = "PREFIXES = [\n    'x-',\n    'api-'\n    'internal-',\n]\n"
    assert codes(findings_for("prefixes.py", text)) == ["RL116"]
    text = "NAMES = [\n    'a',\n    'b'\n    'c',\n]\n"
    assert codes(findings_for("names.py", text)) == ["RL116"]


# RL111: a bare `# noqa` on a test module's redefinition alone -------------------------------------------------------

def test_a_redefinition_whose_line_alone_carries_a_bare_noqa_is_deliberate():
    text = ("import luigi\n\n\nclass Ambiguous(luigi.Task):\n    pass\n\n\n"
            "class Ambiguous(luigi.Task):  # NOQA\n    pass\n")
    assert findings_for("test/cmdline_test.py", text) == []
    text = "def helper():\n    return 1\n\n\ndef helper():  # noqa\n    return 2\n"
    assert findings_for("tests/test_helpers.py", text) == []
    # in the project's own code a bare noqa may stand for any other defect of its line: it names nothing
    # (tests/test_python_halves.py::test_a_suppression_of_another_defect_does_not_excuse_a_repeat)
    assert codes(findings_for("app/helpers.py", text)) == ["RL111"]


def test_a_bare_noqa_on_both_copies_is_what_a_kept_half_carries():
    """Both sides had `# noqa` on the line (a long signature): keeping both halves copies it, so it
    says nothing about the repeat."""
    text = ("def handler(request, a_long_parameter_name, another_long_one):  # noqa\n    return 1\n\n\n"
            "def handler(request, a_long_parameter_name, another_long_one):  # noqa\n    return 2\n")
    assert codes(findings_for("app/views.py", text)) == ["RL111"]
    text = "class Ambiguous(Task):\n    pass\n\n\nclass Ambiguous(Task):\n    pass\n"
    assert codes(findings_for("test/cmdline_test.py", text)) == ["RL111"]


# RL116: a binary value split over lines among text items --------------------------------------------------

GZIP_SPLIT = ("PARTS = [\n"
              "    b'Content-Type: text/plain',\n"
              "    b'Content-Encoding: gzip',\n"
              "    b'',\n"
              "    b'\\x1f\\x8b\\x08\\x00\\x00\\x00\\x00\\x00\\x00\\x03K\\xcc())'\n"
              "    b'\\xe0\\x02\\x00\\xd6\\x90\\xe2O\\x08\\x00\\x00\\x00',\n"
              "    b'--boundary--',\n"
              "]\n")


def test_a_binary_value_split_among_text_items_is_one_value():
    """aiohttp's multipart tests: a gzip body, split over two lines, among the text lines of a message."""
    assert findings_for("tests/test_multipart.py", GZIP_SPLIT) == []


def test_binary_items_that_lost_their_comma_are_still_reported():
    text = "MAGIC = [\n    b'\\x89PNG',\n    b'\\xff\\xd8\\xff'\n    b'\\x00\\x00\\x01\\x00',\n]\n"
    assert codes(findings_for("magic.py", text)) == ["RL116"]
    text = "PARTS = [\n    b'Content-Type: text/plain',\n    b'Content-Length: 28'\n    b'\\x00\\x8b',\n]\n"
    assert codes(findings_for("parts.py", text)) == ["RL116"]


# A syntax error its author marked for the linters: `# noqa: E999` -----------------------------------------

def test_a_syntax_error_on_a_line_that_silences_e999_is_deliberate(tmp_path, lint):
    """streamlit's e2e_playwright/compilation_error_dialog.py: an app that must fail to compile, its broken
    line marked `# noqa: E999` (flake8's and pycodestyle's code for a syntax error)."""
    files = {"e2e/compilation_error.py": "import streamlit as st\n\n123 foo  # noqa: E999\n",
             "app/broken.py": "def f(:  # pylint: disable=syntax-error\n    pass\n",
             "app/other.py": "import os\n\n123 foo  # noqa: E501\n",  # another defect's suppression
             "app/below.py": "# noqa: E999\nx = 1\n\n123 foo\n"}  # not on the error's line
    assert _findings(lint, tmp_path, files) == [("app/below.py", "RL101"), ("app/other.py", "RL101")]


# End-to-end test folders named with a qualifier: e2e_playwright/, e2e-tests/, playwright-e2e/ -------------

E2E_APP = "import streamlit as st\n\nst.code(code)\nst.code(code)\nst.code(other)\n"


def test_an_app_in_an_end_to_end_test_folder_repeats_calls_on_purpose():
    """streamlit's e2e_playwright/st_code.py renders the same element twice for its test to compare."""
    for path in ("e2e_playwright/st_code.py", "frontend/playwright-e2e/app.py", "e2e-apps/st_code.py"):
        assert findings_for(path, E2E_APP) == [], path


def test_the_same_repeat_in_the_projects_own_code_is_reported():
    assert codes(findings_for("app/pages/st_code.py", E2E_APP)) == ["RL114"]
    assert codes(findings_for("e2ekit/render.py", E2E_APP)) == ["RL114"]


# Python 2 remnants: constructs only Python 2 reads -----------------------------------------------------
# (autopep8's test/e101_example.py and vectors_example.py, cython's tests/errors/e_tuple_args_T692.py)

PY2_TUPLE_PARAMETERS = "def func((a, b)):\n    return a + b\n"
PY2_EXCEPT_TUPLE = "try:\n    go()\nexcept (KeyError, ValueError), e:\n    print(e)\n"
PY2_MIXED_TABS = ("class V:\n    def __init__(self, *args):\n\tl = len(args)\n        if not l:\n            pass\n\n"
                  "def test():\n    print 'Testing V vector class...'\n")


def test_python_2_constructs_compile_stops_at_are_notes():
    for text in (PY2_TUPLE_PARAMETERS, PY2_EXCEPT_TUPLE, PY2_MIXED_TABS):
        found = findings_for("scripts/old.py", text)
        assert [(f.code, f.severity) for f in found] == [("RL014", "info")], (text, found)
        assert "Python 2 source" in found[0].message


def test_mixed_tabs_in_a_python_3_file_are_still_an_error():
    """A merge of a side indented with tabs into one indented with spaces: TabError, in a file that
    shows no other Python 2 construct."""
    text = "class V:\n    def __init__(self, *args):\n\tl = len(args)\n        if not l:\n            print('no')\n"
    assert codes(findings_for("app/vectors.py", text)) == ["RL101"]
    assert codes(findings_for("app/f.py", "def f(a, (b)):\n    return a\n")) == ["RL101"]


# Test folders written with a capital: Tests/, Test/ -----------------------------------------------------

def test_a_capitalised_tests_folder_holds_tests():
    """cython's Cython/Build/Tests/TestCyCache.py compiles twice to see the cache used."""
    text = "def test_cache(self):\n    compile_it(a_pyx, cache=self.cache_dir)\n    compile_it(a_pyx, cache=self.cache_dir)\n"
    assert findings_for("Cython/Build/Tests/TestCyCache.py", text) == []
    assert codes(findings_for("Cython/Build/Dependencies.py", text)) == ["RL114"]
    assert codes(findings_for("Cython/Build/Testsuite/cache.py", text)) == ["RL114"]


# Cython in a .py file, and Cython's pure-Python-mode cimports -------------------------------------------

def test_cython_source_kept_as_a_py_file_is_not_python():
    """cython's Doc/s5/ep2008/stupidlowercase.py: `def f(char* s):` then `cdef Py_ssize_t i`."""
    text = "def stupid_lower_case(char* s):\n    cdef Py_ssize_t size, i\n    size = len(s)\n"
    found = findings_for("Doc/slides/stupidlowercase.py", text)
    assert [(f.code, f.severity) for f in found] == [("RL014", "info")] and "Cython" in found[0].message
    text = "cdef int i\n\ndef func():\n    cdef int j = 0\n    return j\n"
    assert [f.code for f in findings_for("Doc/slides/cdefs.py", text)] == ["RL014"]


def test_a_python_syntax_error_that_is_not_cython_is_reported():
    assert codes(findings_for("app/f.py", "def cdef_value(x):\n    return x +\n")) == ["RL101"]
    assert codes(findings_for("app/g.py", "# cdef is Cython's\ndef f(:\n    pass\n")) == ["RL101"]


# IPython's language in a .py file (a notebook exported as a script, a Spyder or IPython session file) ----

def test_ipython_magics_and_shell_escapes_in_a_py_file_are_ipython():
    """`%matplotlib inline`, `!pip install x`, `files = !ls`, `%timeit f()` in a block: IPython, not
    Python; with them read as statements the rest compiles, so the file is not a broken module."""
    text = ("%matplotlib inline\nimport numpy as np\n!pip install pandas\nfiles = !ls data\n\n"
            "def f():\n    %timeit np.ones(3)\n    return 1\n")
    found = findings_for("notebooks/analysis.py", text)
    assert [(f.code, f.severity) for f in found] == [("RL014", "info")] and "IPython" in found[0].message, found


def test_a_syntax_error_beside_ipython_magics_is_still_reported():
    text = "%matplotlib inline\nimport numpy as np\n\ndef f(:\n    return 1\n"
    assert codes(findings_for("notebooks/analysis.py", text)) == ["RL101"]
    assert codes(findings_for("app/calc.py", "total = (price\n% rate\n")) == ["RL101"]
    assert codes(findings_for("app/calc.py", "total = price\n% rate\n")) == ["RL101"]


# MicroPython packages (micropython-lib: each package folder has a manifest.py of metadata(), module(),
# package(), require() calls) ---------------------------------------------------------------------------

ASYNC_RETURN = ("import asyncio\n\n\nclass AIOESPNow:\n    async def arecv(self):\n"
                "        yield asyncio.core._io_queue.queue_read(self)\n        return self.recv(0)\n")
MANIFEST = 'metadata(description="asyncio support", version="0.1.0")\n\nmodule("aioespnow.py")\n'


def test_a_compile_error_cpython_alone_makes_is_a_note_in_a_micropython_package(tmp_path, lint):
    """MicroPython's compiler lets an async generator return a value (its coroutines are generators):
    compile() judges CPython's rules, not the package's language. A grammar error stays the file's; a
    folder without MicroPython's manifest (or with a manifest.py that is a plain script) is Python."""
    found = findings_in_a_tree(lint, tmp_path, {
        "micropython/aioespnow/manifest.py": MANIFEST,
        "micropython/aioespnow/aioespnow.py": ASYNC_RETURN,
        "micropython/aioespnow/broken.py": "def f(:\n    pass\n",
        "app/aioespnow.py": ASYNC_RETURN,
        "tools/manifest.py": "import os\nprint(os.getcwd())\n",
        "tools/agen.py": ASYNC_RETURN})
    assert found == [("app/aioespnow.py", "RL102"), ("micropython/aioespnow/broken.py", "RL101"),
                     ("tools/agen.py", "RL102")], found


def test_a_cimport_and_an_import_of_one_name_are_two_namespaces():
    """cython's docs/examples/tutorial/array/clone.py: the C-level array cimported, the Python
    module imported, under one name (pure Python mode)."""
    text = "from cython.cimports.cpython import array\nimport array\n\nx = array.array('i', [1])\n"
    assert findings_for("docs/examples/tutorial/array/clone.py", text) == []
    text = "from cython.cimports.libc import math\nfrom cython.cimports.libc import math\n"
    assert codes(findings_for("docs/examples/twice.py", text)) == ["RL113"]
    assert codes(findings_for("app/twice.py", "import array\nimport array\n")) == ["RL113"]


# A static analyser's annotated test cases (jedi's `#?` and `#!` lines) -----------------------------------

JEDI_CASE = ("def func(a):\n    #? int()\n    return a\n\nfunc(1)\n\n"
             "# Again the same function, but with no call.\ndef func(a):\n    #?\n    return a\n\n"
             "def func(a):\n    #? float()\n    return a\n\n#? float()\nfunc(1.0)\n")


def test_an_analysers_annotated_cases_redefine_on_purpose():
    assert findings_for("test/completion/dynamic_params.py", JEDI_CASE) == []
    text = "#! 7 import-error\nimport not_existing\n#! 7 import-error\nimport not_existing\n#! 1 name-error\nx\n"
    assert findings_for("test/static_analysis/imports.py", text) == []


def test_without_the_annotations_or_outside_tests_the_redefinition_is_reported():
    plain = JEDI_CASE.replace("#?", "#")
    # (the first copy is called before the second: only the third replaces one nothing read)
    assert codes(findings_for("test/completion/dynamic_params.py", plain)) == ["RL111"]
    assert codes(findings_for("app/dynamic_params.py", JEDI_CASE)) == ["RL111"]


# A test input whose name says its encoding is bad ---------------------------------------------------------

def test_a_code_test_input_named_for_its_bad_encoding_is_invalid_on_purpose(tmp_path, lint):
    """autopep8's test/bad_encoding.py: a coding cookie no codec has, read by a test of the reader."""
    files = {"test/bad_encoding.py": "# -*- coding: zlatin-1 -*-\nx = 1\n",
             "app/settings.py": "# -*- coding: zlatin-1 -*-\nx = 1\n"}
    assert _findings(lint, tmp_path, files) == [("app/settings.py", "RL010")]


# A guarded removal repeated: each copy removes the next item ----------------------------------------------

def test_a_guarded_delete_repeated_removes_two_items():
    """python-future's backports/datetime.py: drop up to two trailing zeros."""
    text = ("def state(self):\n    L = [self.h, self.m, self.s]\n    if L[-1] == 0:\n        del L[-1]\n"
            "    if L[-1] == 0:\n        del L[-1]\n    return L\n")
    assert findings_for("src/backports/datetime.py", text) == []
    text = "def state(self):\n    if self.ready:\n        self.publish(L)\n    if self.ready:\n        self.publish(L)\n"
    assert codes(findings_for("src/app.py", text)) == ["RL114"]
    text = "def drop(config):\n    del config['debug']\n    del config['debug']\n"  # the second raises KeyError
    assert codes(findings_for("src/config.py", text)) == ["RL114"]


# t-strings (PEP 750) judged by a libcst that reads only some of their prefixes -------------------------------

TSTRINGS = ('import sys\n\nInterpolation = type(t"{1}".interpolations[0])\n\n\ndef test_raw(path):\n'
            '    a = rt"{path}\\\\Documents"\n    b = tr"{path}\\\\Documents"\n    return a, b\n')


def test_a_t_string_prefix_libcst_does_not_read_is_a_note_not_an_error():
    """cython's tests/run/test_tstring.py (from CPython's): `tr"..."` is a raw t-string in Python 3.14;
    libcst 1.9 reads `rt"..."` only. Where compile() is older than 3.14, libcst is the only judge, and its
    refusal on a t-string's line confirms nothing."""
    import sys

    found = findings_for("tests/run/test_tstring.py", TSTRINGS)
    if sys.version_info >= (3, 14):
        assert found == []
    else:
        assert [(f.code, f.severity) for f in found] == [("RL014", "info")], found


def test_a_broken_line_without_a_t_string_in_a_file_with_one_is_still_reported():
    text = 'x = t"{1}"\n\n\ndef f(:\n    pass\n'
    assert codes(findings_for("app/t.py", text)) == ["RL101"]


# A grammar test's body: one-line definitions and imports, each form once (CPython's test_grammar.py, vendored) --

GRAMMAR_TEST = ("import unittest\n\n\nclass GrammarTests(unittest.TestCase):\n"
                "    def test_yield(self):\n"
                "        def g(): yield 1\n        def g(): yield from ()\n        def g(): x = yield 1\n\n"
                "    def test_import(self):\n"
                "        import sys\n        import time, sys\n        from sys import path, argv\n"
                "        from sys import (path, argv,)\n")


def test_a_grammar_tests_one_line_definitions_and_imports_are_its_scenario():
    assert findings_for("tests/run/test_grammar.py", GRAMMAR_TEST) == []


def test_multi_line_definitions_in_a_test_body_and_one_liners_outside_tests_are_reported():
    text = ("def test_handler():\n    def handler(x):\n        return x\n\n    def handler(x):\n        return x + 1\n\n"
            "    assert handler(1) == 2\n")
    assert codes(findings_for("tests/test_handlers.py", text)) == ["RL111"]
    text = "def g(): yield 1\ndef g(): yield 2\n"
    assert codes(findings_for("app/gen.py", text)) == ["RL111"]
    text = "import sys\nimport time, sys\n"
    assert codes(findings_for("tests/test_imports.py", text)) == ["RL113"]  # the module's own imports


# MicroPython's test harness: x.py beside x.py.exp, its expected output --------------------------------------

def test_a_test_script_beside_its_exp_expected_output_is_a_case(tmp_path, lint):
    files = {"tests/cmdline/repl_autoindent.py": "if 1:\nprint(1)\n",
             "tests/cmdline/repl_autoindent.py.exp": "MicroPython \\\n>>> if 1:\n",
             "tests/cmdline/cmd_showbc.py": "def f():\n    return 1\n\n\ndef f():\n    return 2\n",
             "tests/cmdline/cmd_showbc.py.exp": "File cmdline/cmd_showbc.py, code block 'f'\n",
             "tests/basics/loops.py": "if 1:\nprint(1)\n",  # no expected output beside it
             "src/app.py": "if 1:\nprint(1)\n", "src/app.exp": "exports\n"}  # not under a test folder
    assert _findings(lint, tmp_path, files) == [("src/app.py", "RL101"), ("tests/basics/loops.py", "RL101")]


# A key or a name three times or more: data, not a doubled hunk (a conflict doubles once) ---------------------

def test_a_key_or_an_import_three_times_is_deliberate():
    text = "def f():\n    f([1, 2], {1: 1, 1: 1, 1: 1, 1: 1, 1: f.X})\n"
    assert findings_for("tests/misc/print_exception.py", text) == []
    text = ("import builtins\nbuiltins.__import__ = custom_import\nimport a\nimport a.b\nfrom a import a\n"
            "from a.b import a, b\nfrom .a import a\n")
    assert findings_for("tests/basics/builtin_override.py", text) == []


def test_a_key_or_an_import_twice_is_still_reported():
    assert codes(findings_for("app/m.py", "X = {\n    'a': 1,\n    'a': 2,\n}\n")) == ["RL112"]
    assert codes(findings_for("app/n.py", "import os\nimport sys\nimport os\n")) == ["RL113"]


# RL111: the first copy served through a call made before the redefinition ------------------------------------

SERVED = ("def gen():\n    yield 1\n\n\ndef gen2():\n    print((yield from gen()))\n\n\n"
          "g = gen2()\nprint(next(g))\n\n\ndef gen():\n    yield 2\n\n\ndef gen2():\n    yield from gen()\n\n\n"
          "print(list(gen2()))\n")


def test_a_definition_served_through_a_call_before_it_is_replaced_is_not_dead():
    """MicroPython's tests/basics/gen_yield_from_throw.py: a script that defines, runs, and defines again."""
    assert findings_for("tests/basics/gen_yield_from_throw.py", SERVED) == []
    text = ("async def task():\n    print('start')\n\n\nasync def main():\n    await task()\n\n\n"
            "asyncio.run(main())\n\n\nasync def task():\n    print('again')\n")
    assert findings_for("tests/extmod/asyncio_exception.py", text) == []


def test_a_call_that_reads_nothing_of_the_first_copy_leaves_it_dead():
    text = ("def handler():\n    return 1\n\n\ndef setup():\n    return 2\n\n\nsetup()\n\n\n"
            "def handler():\n    return 3\n")
    assert codes(findings_for("app/hooks.py", text)) == ["RL111"]


# A REPL session's keystrokes kept as .py: control characters in the code ---------------------------------------

def test_control_characters_in_the_code_are_a_terminal_session_not_a_module():
    found = findings_for("tests/feature_check/repl_emacs_check.py", "# Check for emacs keys in REPL\nt = \x02\n")
    assert [(f.code, f.severity) for f in found] == [("RL014", "info")], found
    assert codes(findings_for("app/broken.py", "def f(:\n    pass\n")) == ["RL101"]


# Editors that read their folder's settings as JSON with comments, as VS Code does --------------------------------

def test_an_editors_settings_folder_is_read_as_json_with_comments():
    """RustPython's .theia/settings.json: a trailing comma, which Theia (VS Code's settings format) reads."""
    text = '{\n    "cpp.buildConfigurations": [\n        {"name": ""},\n    ]\n}\n'
    for path in (".theia/settings.json", ".zed/settings.json", ".vscode/settings.json"):
        assert findings_for(path, text) == [], path
    assert codes(findings_for("config/settings.json", text)) == ["RL411"]
    assert codes(findings_for(".theia/settings.json", '{\n  "a": 1\n  "b": 2\n}\n')) == ["RL411"]
