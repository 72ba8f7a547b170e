"""Python: stdlib compile() first (fast, and it catches compile-time errors); libcst confirms
failures that may come from grammar newer than the running interpreter."""
from __future__ import annotations

import ast
import re
import sys
import warnings

from ... import workers
from ...findings import Finding
from ...textpos import line_col
from ..authority import NOTE
from . import concat, halves

TOO_DEEP = ("too many nested parentheses", "too many statically nested blocks", "too many levels of indentation")
MAX_LIBCST_DEPTH = 1000  # libcst's native parser slows down, then overflows its stack, past this
NEWEST = (99, 99)
OLDEST_FEATURE_VERSION = (3, 7) if sys.version_info >= (3, 13) else (3, 4)  # ast.parse's lowest feature_version
NEWER_GRAMMAR = re.compile(r"^\s*(type\s+\w+|(async\s+)?def\s+\w+\s*\[|class\s+\w+\s*\[)")
# Grammar of Python 3.12-3.15 as it shows anywhere in a file (read with re.M): PEP 695/696 type
# parameters and `type` statements, PEP 758 `except A, B:`, PEP 810 `lazy import`, PEP 750
# t-strings, and triple-quoted f-strings, whose quotes 3.11 may pair up differently (PEP 701).
NEWER_GRAMMAR_ANYWHERE = re.compile(
    r"^[ \t]*(?:type[ \t]+\w|(?:async[ \t]+)?def[ \t]+\w+[ \t]*\[|class[ \t]+\w+[ \t]*\["
    r"|except\*?[ \t]*[^(\s:][^:\n]*,|lazy[ \t]+(?:import|from)\b)"
    r"""|(?<![\w.'"])(?:[rR]?[fFtT]|[fFtT][rR])(?:'''|\"\"\")"""
    r"""|(?<![\w.'"])(?:[rR]?[tT]|[tT][rR])['"]""", re.M)
STRING_PREFIX = re.compile(r"""(?<![\w.'"])(?:[rR]?[fFtT]|[fFtT][rR])['"]""")  # an f- or t-string starts
T_STRING = re.compile(r"""(?<![\w.'"])(?:[rR]?[tT]|[tT][rR])['"]""")  # a PEP 750 t-string starts
NEWER_ONLY_MESSAGES = ("f-string", "t-string", "unpacking cannot be used in")  # PEP 701, 750, 798
# Above this, a module is generated: its AST would cost gigabytes and minutes, and the fingerprints
# of hand-merged code do not apply. Syntax is still checked (compile), markers too.
FINGERPRINT_MAX_LINES = 100_000


def check(source, config):
    data = source.data
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SyntaxWarning (invalid escapes, ...) is not our business
        try:
            code = compile(data, source.path, "exec", dont_inherit=True)
        except SyntaxError as exc:
            error = exc
        except RecursionError:
            return [_too_deep(source.path, 1)]
        except MemoryError as exc:
            workers.raise_unless_stack_overflow(exc)
            return [_too_deep(source.path, 1)]
        except ValueError as exc:  # "source code string cannot contain null bytes" before 3.11.4
            return [_at_nul(source, str(exc))]
        else:
            tree, older = _older_grammar(source, config)
            if older is not None:
                return [older]
            tree_of = _once(lambda: tree or _parsed(data))  # both checks may need it: parsed once
            return _duplicates(source, code, tree_of) + _concatenated(source, tree_of)
        if "null bytes" in (error.msg or ""):  # no parser reads past it (libcst would take the file as clean)
            return [_at_nul(source, error.msg)]
        try:
            ast.parse(data)
            parsed_here = True
        except SyntaxError:
            parsed_here = False
        except RecursionError:
            return [_too_deep(source.path, 1)]
        except MemoryError as exc:
            workers.raise_unless_stack_overflow(exc)
            return [_too_deep(source.path, 1)]

    message = error.msg or "invalid syntax"
    line, col = error.lineno or 1, error.offset or 1
    if "codec can't decode" in message or "encoding problem" in message or "unknown encoding" in message:
        return [Finding(source.path, line, col, "RL010", f"not valid in the file's encoding: {message}")]
    if any(text in message for text in TOO_DEEP):
        return [_too_deep(source.path, line)]
    python2 = _python2(data, error)
    if python2:  # compile() is authoritative for Python 3 only: a Python 2 script is not a broken one
        return [Finding(source.path, line, col, NOTE, f"Python 2 source ({python2}): compile() judges Python 3, so this "
                                                      "file's syntax is not checked (not a broken Python 3 file)")]
    if _async_as_a_name(error):  # ... and for today's Python 3 only: async and await are keywords since 3.7
        return [Finding(source.path, line, col, NOTE, "Python 3.6 or older source (`async` or `await` used as a name): "
                                                      "compile() judges Python 3.7 or newer, so this file's syntax is "
                                                      "not checked (not a broken file of today's Python)")]
    control = CONTROL_CHARACTER.match(message)
    if control is not None and (int(control.group(1), 16) < 0x20 or int(control.group(1), 16) == 0x7F):
        # no editor, and no merge, writes a raw control character into code: keystrokes recorded for a
        # REPL or terminal test (MicroPython's tests/feature_check/repl_emacs_check.py: Ctrl-B)
        return [Finding(source.path, line, col, NOTE, f"{message}: a control character in the code, as a terminal "
                                                      "session's keystrokes hold: not a Python module, not checked")]
    cython = CYTHON_STATEMENT.search(data)
    if cython is not None:  # Cython's language in a .py file: compile() is no judge of it
        at_line = data.count(b"\n", 0, cython.start()) + 1
        return [Finding(source.path, line, col, NOTE, f"Cython source (`{cython.group(1).decode()}` on line {at_line}) "
                                                      "kept as a .py file: compile() judges Python, so this file's "
                                                      "syntax is not checked (not a broken Python file)")]
    magic = _ipython_magic(data)
    if magic is not None:  # IPython's language in a .py file: with its magics read as statements, it compiles
        return [Finding(source.path, line, col, NOTE, f"IPython source (`{magic[1]}` on line {magic[0]}): magics and "
                                                      "shell escapes are not Python; with them read as statements the "
                                                      "rest compiles, so this is not a broken Python file")]
    if parsed_here:  # the grammar is fine: it is a compile-time error
        if message.endswith("outside function") and _plpython_body(data):
            return [Finding(source.path, line, col, NOTE,
                            f"{message}: a PL/Python function body kept as a .py file? Not a Python module, so "
                            "not checked as one")]
        manifest = _micropython_manifest(source.path)
        if manifest is not None:  # MicroPython's compiler is not CPython's (an async generator may return a value)
            return [Finding(source.path, line, col, NOTE,
                            f"{message}: MicroPython source ({manifest}, its package manifest): compile() judges "
                            "CPython's compile-time rules, not MicroPython's, so this is not reported")]
        if "outside" in message and _compiles_for_an_async_runner(data):
            return [Finding(source.path, line, col, NOTE,
                            f"{message}: the file awaits at the top level, as code for an async runner does "
                            "(Pyodide, IPython, `python -m asyncio`), where it compiles: not checked as a module")]
        return [Finding(source.path, line, col, "RL102", message)]
    target = config.python_version or NEWEST
    if sys.version_info[:2] >= target:
        return [Finding(source.path, line, col, "RL101", message)]
    trusted = not NEWER_GRAMMAR.search(error.text or "") and "f-string" not in message \
        and not T_STRING.search(error.text or "")  # compile() older than 3.14 knows no t-string
    if trusted and not _may_be_newer_grammar(data, error):
        return [Finding(source.path, line, col, "RL101", message)]
    return _confirm_with_libcst(source, config, (line, col, message), trusted)


# An IPython line magic (`%matplotlib inline`, `x = %time f()`) or shell escape (`!pip install x`,
# `files = !ls`) standing as a statement: no Python statement opens with `%name` or `!`.
IPYTHON_MAGIC = re.compile(rb"^([ \t]*)(?:[A-Za-z_][\w.]*[ \t]*=[ \t]*)?(%%?[A-Za-z]\w*|!(?!=)[^\n]*)[^\n]*", re.M)


def _ipython_magic(data: bytes) -> tuple[int, str] | None:
    """(line, text) of the first IPython magic or shell escape when the file compiles with each such
    line read as `pass` (its indentation kept), else None."""
    first = IPYTHON_MAGIC.search(data)
    if first is None:
        return None
    if not _compiles_for_an_async_runner(IPYTHON_MAGIC.sub(lambda match: match.group(1) + b"pass", data)):
        return None  # IPython runs top-level await too
    shown = first.group(2).decode("utf-8", "replace").split()[0][:40]
    return data.count(b"\n", 0, first.start()) + 1, shown


# MicroPython's package manifest (micropython-lib: manifest.py beside the package's modules), a script of
# its own functions: metadata(...), module("x.py"), package("x"), require("y")
MICROPYTHON_MANIFEST = re.compile(rb"^(?:metadata|module|package)\(", re.M)  # a package's: what it is, what it holds
MANIFEST_LEVELS = 3  # the file's folder and two above it (a package's modules below its manifest)


def _micropython_manifest(path: str) -> str | None:
    """The tree-relative path of the MicroPython manifest.py in the file's folder or one of the two above
    it, or None."""
    import os

    from .. import context

    folder = os.path.dirname(path)
    for _ in range(MANIFEST_LEVELS):
        candidate = os.path.join(folder, "manifest.py")
        if "manifest.py" in context.listing(folder or "."):
            if MICROPYTHON_MANIFEST.search(context.read(candidate) or b""):
                return candidate.replace("\\", "/")
        if not folder:
            break
        folder = os.path.dirname(folder)
    return None


def _compiles_for_an_async_runner(data: bytes) -> bool:
    """Whether the file compiles with top-level await allowed (an await, `async for` or `async with`
    outside a function): what Pyodide's runPythonAsync, IPython and `python -m asyncio` run."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "<async runner>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    return True


PYTHON2_SHEBANG = re.compile(rb"\A(?:\xef\xbb\xbf)?#![^\n]*\bpython2(?:\.\d+)?\b")
# What compile() says at a Python 2 construct, and what the line shows there
PYTHON2_SIGNS = (
    ("Missing parentheses in call to 'print'", None, "print statement"),
    ("Missing parentheses in call to 'exec'", None, "exec statement"),
    ("leading zeros in decimal integer literals", re.compile(r"(?<![\w.])0[0-7]+(?![\w.])"), "octal literal like 0777"),
    ("invalid decimal literal", re.compile(r"(?<![\w.])\d+[lL](?!\w)"), "long literal like 10L"),
    ("invalid hexadecimal literal", re.compile(r"(?<![\w.])0[xX][0-9a-fA-F]+[lL](?!\w)"), "long literal like 0xFFL"),
    ("invalid syntax", re.compile(r"`[^`\n]+`"), "backquotes"),
    ("invalid syntax", re.compile(r"^\s*raise\s+[\w.]+\s*,"), "`raise E, message`"),
    ("invalid syntax", re.compile(r"<>"), "the `<>` operator"),
    ("invalid syntax", re.compile(r"""(?<![\w'"])[uU][rR]['"]"""), "a `ur''` string"),
    # tuple parameters (PEP 3113 removed them): `def f((a, b)):`, `lambda (k, v): k`
    ("Function parameters cannot be parenthesized", re.compile(r"^\s*(?:async\s+)?def\s+\w+\s*\(\s*(?:\w+\s*,\s*)*\(\s*\w+\s*,"),
     "tuple parameters"),
    ("Lambda expression parameters cannot be parenthesized", re.compile(r"\blambda\s*\(\s*\w+\s*,"),
     "tuple parameters"),
    # `except (A, B), e:`: a parenthesised tuple, then the name Python 2 binds (not PEP 758's `except A, B:`)
    ("multiple exception types must be parenthesized", re.compile(r"^\s*except\s*\([^()]*\)\s*,\s*\w+\s*:"),
     "`except (A, B), e:`"),
)
# Python 2 took a tab for 8 columns, so a file indented with both is Python 3's TabError only: with a
# print statement of a literal elsewhere in the file (compile() stops before it), the file is Python 2's.
PRINT_STATEMENT = re.compile(rb"""^[ \t]*print[ \t]+(?:[rRuUbB]{0,2}['"]|>>)""", re.M)
CONTROL_CHARACTER = re.compile(r"invalid non-printable character U\+([0-9A-Fa-f]{4})")
# A statement only Cython has (cdef, cpdef, ctypedef, cimport), at the start of a line: a .py file that
# holds Cython source (cython's Doc/ slides, a tests/errors/ case); Cython's pure Python mode parses as Python
CYTHON_STATEMENT = re.compile(rb"^[ \t]*((?:cdef|cpdef|ctypedef)[ \t]+(?:class[ \t]+|extern[ \t]+|public[ \t]+|"
                              rb"inline[ \t]+|readonly[ \t]+)?\w+|cimport[ \t]+\w+|from[ \t]+[\w.]+[ \t]+cimport\b)",
                              re.M)
# Names PL/Python gives a function body: the plpy module, trigger data, the shared dictionaries
PLPYTHON_NAMES = re.compile(rb"\b(?:plpy\.\w|TD\[|SD\[|GD\[)")


def _python2(data: bytes, error: SyntaxError) -> str:
    """The Python 2 construct compile() stopped at ("" for none): a python2 shebang, or a
    construct only Python 2 has where compile() stopped (print and exec statements, backquotes,
    0777, 10L, 0xFFL, `raise E, msg`, `<>`, ur'', tuple parameters, `except (A, B), e:`), or tabs and spaces
    mixed in a file with a print statement. `except E, e:` is not one: it is Python 3.14's
    `except A, B:` (PEP 758), which libcst judges."""
    if PYTHON2_SHEBANG.match(data):
        return "a python2 shebang"
    message, text, at = error.msg or "", error.text or "", (error.offset or 1) - 1
    for start, sign, what in PYTHON2_SIGNS:
        if message.startswith(start) and (sign is None or any(
                match.start() <= at <= match.end() for match in sign.finditer(text))):  # where compile() stopped
            return what
        if message.startswith(start) and start.endswith("parenthesized") and sign is not None \
                and sign.search(text) is not None:  # compile() points into the parentheses, past the match
            return what
    if message.startswith("inconsistent use of tabs and spaces") and PRINT_STATEMENT.search(data):
        return "tabs and spaces mixed, and a print statement"
    return ""


# `async` or `await` where compile() stopped, not opening an async construct: a name, as before Python 3.7
ASYNC_AS_A_NAME = re.compile(r"(?<!\w)(?:async|await)\b(?![ \t]+(?:def|for|with)\b)")


def _async_as_a_name(error: SyntaxError) -> bool:
    """Whether compile()'s "invalid syntax" stopped at `async` or `await` used as a name (a keyword
    argument, a parameter, an attribute, an assignment: Python 3.6 and older allowed them)."""
    if not (error.msg or "").startswith("invalid syntax") or not error.text:
        return False
    at = (error.offset or 1) - 1
    return any(match.start() <= at <= match.end() + 2 for match in ASYNC_AS_A_NAME.finditer(error.text))


def _plpython_body(data: bytes) -> bool:
    """A top-level `return` or `yield` in a file that is a PL/Python function body: it uses
    plpy or the trigger and shared dictionaries, or defines nothing (a bare body)."""
    return PLPYTHON_NAMES.search(data) is not None or re.search(rb"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]",
                                                                data, re.M) is None


def _may_be_newer_grammar(data: bytes, error: SyntaxError) -> bool:
    """Whether a file compile() rejects could be valid Python newer than this interpreter, for
    libcst to judge. Its text says so: an f- or t-string on the line compile() stopped at, or
    anywhere a construct that can move where it stops. Without one, compile()'s error stands
    and libcst (a 0.27 s import a worker) is not loaded."""
    if error.text is None or any(text in (error.msg or "") for text in NEWER_ONLY_MESSAGES):
        return True
    if STRING_PREFIX.search(error.text):
        return True
    return NEWER_GRAMMAR_ANYWHERE.search(data.decode("utf-8", "replace")) is not None


def _duplicates(source, code, tree_of) -> list[Finding]:
    """RL111-RL115, on the `ast` tree that tree_of() makes (None: no tree), made only when the
    text and the compiled code (if any) hint at a fingerprint."""
    if source.data.count(b"\n") > FINGERPRINT_MAX_LINES:
        source.note(f"over {FINGERPRINT_MAX_LINES:,} lines (generated?): both-halves fingerprints not checked")
        return []
    text = source.data.decode("utf-8", "replace")
    needed = halves.rules_to_run(text, code)
    if not needed:
        return []
    if halves.is_rule_test_target(text):
        source.note("semgrep rule test target (# ruleid:/# ok: annotations): never run, "
                    "both-halves fingerprints not checked")
        return []
    if halves.is_annotated_case(source.path, text):
        source.note("a static analyser's test case (`#?`/`#!` annotations of what it must infer): code written to "
                    "be analysed, both-halves fingerprints not checked")
        return []
    tree = tree_of()
    return halves.check(source.path, text, tree, needed) if tree is not None else []


def _concatenated(source, tree_of) -> list[Finding]:
    """RL116, on the tree tree_of() makes only for files whose text has a string literal ending
    one line and starting the next."""
    text = source.data.decode("utf-8", "replace")
    if not concat.maybe(text):
        return []
    return concat.check(source.path, text, tree_of())


def _once(make):
    """make(), called on first use only."""
    made = []

    def value():
        if not made:
            made.append(make())
        return made[0]
    return value


def _older_grammar(source, config) -> tuple[ast.Module | None, Finding | None]:
    """A file that compiled here, parsed again as Python of the target when the target is older
    than the interpreter: (its tree, None), or (None, RL101 naming the version) for grammar newer
    than the target (`match` under 3.9). (None, None) when there is no older target, or the file
    is generated (too big to parse twice)."""
    target = config.python_version
    if target is None or target >= sys.version_info[:2]:
        return None, None
    if source.data.count(b"\n") > FINGERPRINT_MAX_LINES:
        source.note(f"over {FINGERPRINT_MAX_LINES:,} lines (generated?): grammar not checked against python-version")
        return None, None
    try:
        return ast.parse(source.data, feature_version=max(target, OLDEST_FEATURE_VERSION)), None
    except SyntaxError as exc:
        origin = f", from {config.python_version_from}" if config.python_version_from else ""
        return None, Finding(source.path, exc.lineno or 1, exc.offset or 1, "RL101",
                             f"{exc.msg} (python-version {target[0]}.{target[1]}{origin})")
    except (ValueError, RecursionError):  # it compiled: never fail a clean file on these
        return None, None
    except MemoryError as exc:
        workers.raise_unless_stack_overflow(exc)
        return None, None


def _parsed(data: bytes) -> ast.Module | None:
    try:
        return ast.parse(data)
    except (SyntaxError, ValueError):  # compiled, so this does not happen; never fail a clean file on it
        return None
    except MemoryError as exc:
        workers.raise_unless_stack_overflow(exc)
        return None


def _confirm_with_libcst(source, config, fallback, trust_fallback):
    """The interpreter is older than the target grammar: only libcst's verdict counts.

    When libcst fails too, compile()'s message is kept unless the line it stopped at uses
    newer grammar: it names the cause ("'(' was never closed") where libcst names a symptom.
    """
    if _bracket_depth(source.data) > MAX_LIBCST_DEPTH:
        return [_too_deep(source.path, fallback[0])]
    import libcst

    version = config.python_version
    parser_config = libcst.PartialParserConfig(
        **({"python_version": f"{version[0]}.{version[1]}"} if version and _libcst_knows(version) else {})
    )
    try:
        module = workers.in_big_stack(libcst.parse_module, source.data, config=parser_config)
    except libcst.ParserSyntaxError as exc:
        if trust_fallback:
            return [Finding(source.path, fallback[0], fallback[1], "RL101", fallback[2])]
        line, col = exc.raw_line, exc.raw_column + 1
        where = re.search(r"error at (\d+):(\d+)", exc.message)
        if where:
            line, col = int(where.group(1)), int(where.group(2)) + 1
        text = re.sub(r"^parser error: error at \d+:\d+: ", "", exc.message).strip()
        lines = source.data.decode("utf-8", "replace").splitlines()
        if 0 < line <= len(lines) and T_STRING.search(lines[line - 1]):
            # libcst reads t-strings only in part (1.9: `rt"..."` but not `tr"..."`; CSTLogicError on
            # concatenated ones): its refusal on a t-string's line is its own gap as likely as the file's
            return [Finding(source.path, line, col, NOTE,
                            f"{text or 'invalid syntax'}: libcst, the only judge of Python newer than "
                            f"{sys.version_info[0]}.{sys.version_info[1]} here, rejects a line with a t-string, "
                            "which it reads only in part: not confirmed")]
        return [Finding(source.path, line, col, "RL101", text or "invalid syntax")]
    except RecursionError:
        return [_too_deep(source.path, fallback[0])]
    except MemoryError:
        raise  # the runner's RL013
    except Exception as exc:  # libcst raises bare exceptions on some tokenizer errors
        if type(exc).__name__ == "CSTLogicError":  # it parsed, then broke building its tree: its own gap
            return [Finding(source.path, fallback[0], fallback[1], NOTE,
                            f"{fallback[2]}: compile() of Python {sys.version_info[0]}.{sys.version_info[1]} rejects "
                            f"this, which may be newer grammar, and libcst, which judges newer Python, failed "
                            f"internally ({exc}): not confirmed")]
        return [Finding(source.path, fallback[0], fallback[1], "RL101", f"{fallback[2]} ({exc})")]
    from . import downgrade  # only libcst parses this here: the newer grammar is cut out for `ast`

    return list(_late_future_imports(source.path, module)) + _duplicates(
        source, None, lambda: downgrade.ast_of(module))


def _late_future_imports(path, module):
    """compile() would reject these; libcst does not, so check them on the libcst path. Positions
    (a codegen of the whole module, seconds on a big stub) are resolved only for a file that has one."""
    import libcst

    late, seen_other = [], False
    for index, statement in enumerate(module.body):
        small = statement.body if isinstance(statement, libcst.SimpleStatementLine) else []
        is_future = bool(small) and all(
            isinstance(s, libcst.ImportFrom) and isinstance(s.module, libcst.Name) and s.module.value == "__future__"
            for s in small
        )
        is_docstring = index == 0 and len(small) == 1 and isinstance(small[0], libcst.Expr) \
            and isinstance(small[0].value, (libcst.SimpleString, libcst.ConcatenatedString))
        if is_future and seen_other:
            late.append(statement)
        elif not is_future and not is_docstring:
            seen_other = True
    if not late:
        return
    from libcst.metadata import MetadataWrapper, PositionProvider

    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    for statement in late:
        start = positions[statement].start
        yield Finding(path, start.line, start.column + 1, "RL102",
                      "from __future__ imports must occur at the beginning of the file")


def _libcst_knows(version) -> bool:
    from libcst._parser.types.config import KNOWN_PYTHON_VERSION_STRINGS

    return f"{version[0]}.{version[1]}" in KNOWN_PYTHON_VERSION_STRINGS


def _bracket_depth(data: bytes) -> int:
    """Upper bound of bracket nesting (strings not excluded: cheap and conservative)."""
    depth = deepest = 0
    for byte in data:
        if byte in (40, 91, 123):
            depth += 1
            if depth > deepest:
                deepest = depth
        elif byte in (41, 93, 125) and depth:
            depth -= 1
    return deepest


def _at_nul(source, message: str) -> Finding:
    """RL101 at the first NUL byte of a file that Python refuses for it."""
    line, col = line_col(source.data, source.data.index(b"\0")) if b"\0" in source.data else (1, 1)
    return Finding(source.path, line, col, "RL101", message)


def _too_deep(path, line):
    return Finding(path, line, 1, "RL012", "nesting too deep to parse")
