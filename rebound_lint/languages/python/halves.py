"""Python: the fingerprints that keeping both halves of a conflict leaves in code that still parses.

RL111 a function or class defined twice in one statement list, the first never read before the
second replaces it (a read inside a function body runs later, so it does not count); overloads,
descriptor chains (`@p.setter`, `@total.expression`, `@w.inplace.setter` on a definition named `p`,
`total`, `w`), `register` decorators and `_` are fine; so are definitions in different if/try
branches and semgrep rule test targets, and, inside a test's function body, definitions whose creation
runs code handed the object (decorated, or a class with bases) and one-line definitions (a grammar
test's `def g(): yield 1`): the test's scenario; imports there are too (RL113). RL112 a dict literal with the same constant key twice. RL113 the same name
imported twice in one statement list. RL114 the same statement (or run of statements) repeated
back-to-back. RL115 a name listed twice in `__all__`.

A text prefilter decides first whether any fingerprint is possible; most files never get an AST.
"""
from __future__ import annotations

import ast
import re
from collections import Counter
from itertools import accumulate
from types import CodeType

from ...findings import Finding
from ..repeats import BOTH_SIDES, CONSUMING_METHODS, is_test_file, moves_a_cursor, repeated_runs

MAX_RUN_LINES = 200
DEF = re.compile(r"^([ \t]*)(?:async[ \t]+)?(?:def|class)[ \t]+(\w+)", re.M)
KEY_START = r"[{,]\s*"  # a dict key follows `{` or `,` (slices and annotations do not); comments are cut first
COMMENT = re.compile(r"#[^\n]*")
ALL_LIST = re.compile(r"__all__\s*(?::[^=\n]*)?\+?=\s*[\[(]([^\])]*)[\])]")
STRING = re.compile(r"""(['"])([^'"\n]*)\1""")
STATEMENT_START = re.compile(r"[A-Za-z_@]")
SIGNIFICANT = re.compile(r"^[ \t]*([^\s#](?:[^\n#]*[^\s#])?)", re.M)  # a line without indentation or comment
BLANK_OR_COMMENTS = re.compile(r"(?:[ \t\r\f\v]*(?:#[^\n]*)?\n)*[ \t\r\f\v]*(?:#[^\n]*)?")  # line by line: no backtracking
KEY_WINDOW = 60  # lines: two copies of a key in one literal sit in one conflict region
STRING_KEY = re.compile(KEY_START + r"""[rRbBuU]{0,2}(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*:(?!=)""")
OTHER_KEY = re.compile(KEY_START + r"(-?\d[\w.]*|True|False|None|\([^()\n]*\))\s*:(?!=)")
ALL_WINDOW = 20  # entries: a kept-both conflict region in __all__ is short
IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+(\([^)]*\)|(?:[^\n#;\\]|\\\n)+)", re.M)
STATEFUL_CALLS = {"next", "print", "sleep", "time.sleep", "asyncio.sleep", "gc.collect", "input"}  # repeated on purpose
SKIP_DECORATOR_ATTRS = {"setter", "getter", "deleter", "register", "overload"}
RULE_ID = r"[\w-]+(?:\.[\w-]+)*"
DOTTED_OR_DASHED_ID = r"\w+(?:[.-]\w+)+"  # an "# ok:" of ordinary prose names no rule
SEMGREP_ANNOTATION = re.compile(  # semgrep's rule tests: pattern-matched, never imported or run
    rf"^[ \t]*#[ \t]*(?:(?:todo|deep)?ruleid:[ \t]*{RULE_ID}|(?:todo|deep)?ok:[ \t]*{DOTTED_OR_DASHED_ID})"
    rf"(?:[ \t]*,[ \t]*{RULE_ID})*[ \t]*$", re.M)
GENERIC_SCOPE = "<generic parameters of "  # the code object that holds a PEP 695 generic's type parameters


def is_rule_test_target(text: str) -> bool:
    """A semgrep rule's test file (`# ruleid: <rule>` / `# ok: <rule>` annotations): code written
    to be matched by a pattern, never run, so no fingerprint in it is a defect."""
    return ("ruleid:" in text or "ok:" in text) and SEMGREP_ANNOTATION.search(text) is not None


# A static analyser's test cases annotate the code with what it must infer or report on the line below
# (jedi's test/completion/: `#? int()`, `#? ` for nothing; its goto and static-analysis cases: `#! 7
# import-error`): code written to be analysed, defining a name again to see which one is inferred.
ANALYSER_ANNOTATION = re.compile(r"^[ \t]*#(?:\?(?:[ \t]|$)|![ \t]+\d+[ \t])", re.M)
ANNOTATIONS_AT_LEAST = 3


def is_annotated_case(path: str, text: str) -> bool:
    """A test file whose code carries an analyser's expectations (ANALYSER_ANNOTATION, three or more)."""
    return ("#?" in text or "#!" in text) and is_test_file(path) \
        and len(ANALYSER_ANNOTATION.findall(text)) >= ANNOTATIONS_AT_LEAST


ALL_GROUPS = frozenset({"all", "defs", "keys", "imports", "runs"})  # what rules_to_run may ask for


def rules_to_run(text: str, code: CodeType | None = None) -> set[str]:
    """The rules that could fire, found without parsing: from the compiled code (two functions
    or classes of one name in one scope) and the text. Most files need none and get no AST."""
    needed = set()
    if "__all__" in text and _repeats([name for m in ALL_LIST.finditer(text) for name in STRING.findall(m.group(1))]):
        needed.add("all")
    if (code is None or _scope_with_repeated_name(code)) and _repeated_definition(text):
        needed.add("defs")
    stripped = COMMENT.sub("", text)  # a '#' inside a string cuts too much: only ever more candidates
    keys = [(m.group(2), m.start()) for m in STRING_KEY.finditer(stripped)]
    keys += [(_number_key(m.group(1)), m.start()) for m in OTHER_KEY.finditer(stripped)]
    if _near_repeats(keys, stripped):
        needed.add("keys")
    if _import_run_repeats(text):
        needed.add("imports")
    if _has_repeated_run(text):
        needed.add("runs")
    return needed


def _scope_with_repeated_name(code: CodeType) -> bool:
    """Whether any scope defines two functions or classes of one name (their bodies are code objects)."""
    stack = [code]
    while stack:
        scope = stack.pop()
        inner = [const for const in scope.co_consts if type(const) is CodeType]
        if len(inner) < 2 and not (inner and inner[0].co_name.startswith(GENERIC_SCOPE)):
            stack += inner  # no two names to compare here (most function bodies)
            continue
        while any(c.co_name.startswith(GENERIC_SCOPE) for c in inner):  # 3.12+: `def f[T]` is f inside one
            inner = [nested for c in inner for nested in
                     ([k for k in c.co_consts if isinstance(k, CodeType)] if c.co_name.startswith(GENERIC_SCOPE)
                      else [c])]
        names = [c.co_name for c in inner if not c.co_name.startswith("<")]
        if _repeats(names):
            return True
        stack += inner
    return False


def _import_run_repeats(text: str) -> bool:
    """A name imported twice within one run of import statements (only comments and blank lines between)."""
    previous_end, names = None, []
    for match in _import_statements(text):
        if previous_end is None or not BLANK_OR_COMMENTS.fullmatch(text, previous_end, match.start()):
            if _repeats([name for name in names if name]):
                return True
            names = []
        names += [_import_key(part) for part in match.group(1).strip("()").split(",")]
        previous_end = match.end()
    return _repeats([name for name in names if name])


def _import_statements(text: str):
    """IMPORT.finditer(text), tried only at the start of lines that hold `import` (every match
    has it on its first line): the engine alone tries every line start, 5x slower."""
    end, tried = 0, -1
    at = text.find("import")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if start >= end and start != tried:
            tried = start
            match = IMPORT.match(text, start)
            if match:
                yield match
                end = match.end()
        at = text.find("import", at + 6)


def _repeated_definition(text: str) -> bool:
    """The same def/class name twice at one indentation with no less indented line between
    (a line of a multi-line string at a lower indentation can hide a pair: a miss we accept)."""
    seen: dict[tuple[str, str], int] = {}
    for match in DEF.finditer(text):
        key = (match.group(1), match.group(2))
        if key in seen:
            between = text[seen[key]:match.start()].split("\n", 1)[-1]
            outdented = re.compile(rf"^(?!{re.escape(match.group(1))})[ \t]*[^\s]", re.M) if match.group(1) \
                else None
            if outdented is None or not outdented.search(between):
                return True
        seen[key] = match.end()
    return False


def _import_key(part: str) -> str:
    words = part.replace("\\\n", " ").split()
    return words[-1] if len(words) >= 3 and words[-2] == "as" else (words[0] if words else "")


def _number_key(token: str):
    """1, 1.0, 0x1 and True are one dict key to Python."""
    if token in ("True", "False"):
        return int(token == "True")
    try:
        value = float(int(token.replace("_", ""), 0)) if not any(c in token for c in ".eE") or \
            token.lower().startswith("0x") else float(token.replace("_", ""))
    except ValueError:
        return token.replace(" ", "")
    return int(value) if value.is_integer() else value


def _near_repeats(keys: list[tuple[str, int]], code: str) -> bool:
    """A key text seen twice within KEY_WINDOW lines."""
    last: dict[str, int] = {}
    for key, offset in sorted(keys, key=lambda item: item[1]):
        if key in last and code.count("\n", last[key], offset) <= KEY_WINDOW:
            return True
        last[key] = offset
    return False


def _repeats(items: list) -> bool:
    return len(set(items)) < len(items)


def _has_repeated_run(text: str) -> bool:
    """Some run of lines, starting with a statement, repeated back-to-back (among the 8 latest
    earlier places its first line had)."""
    lines = SIGNIFICANT.findall(text)
    counts = Counter(lines)
    repeated = {line for line, count in counts.items() if count > 1 and STATEMENT_START.match(line)}
    if not repeated:
        return False
    total = len(lines)
    # a line seen once cannot be in a repeated run: unique_before[p], how many are in lines[:p]
    unique_before = list(accumulate((counts[line] == 1 for line in lines), initial=0))
    seen: dict[str, list[int]] = {}
    for j, line in enumerate(lines):
        if line not in repeated:
            continue
        earlier = seen.get(line)
        if earlier is None:
            seen[line] = [j]
            continue
        for i in earlier[-8:]:  # a run of k lines from i, again from j
            k = j - i
            if k <= MAX_RUN_LINES and j + k <= total and unique_before[j + k] == unique_before[i] \
                    and lines[i:j] == lines[j:j + k]:
                return True
        earlier.append(j)
    return False


def check(path: str, text: str, tree: ast.Module, context: set[str] | None = None) -> list[Finding]:
    """The fingerprints in one module's tree. `context`: the rule groups the text prefilter
    (rules_to_run) says are possible; None for all of them."""
    needed = ALL_GROUPS if context is None else context
    findings: list[Finding] = []
    test = is_test_file(path)
    runs = "runs" in needed and not test  # tests repeat calls on purpose (idempotence)
    if needed & {"defs", "imports", "runs"}:
        for body, in_loop, in_function in _statement_lists(tree):
            if "defs" in needed:
                findings += _silenced(text, _duplicate_definitions(path, body, scenario=test and in_function), body)
            if "imports" in needed and not (test and in_function):  # a test body imports to exercise import
                findings += _silenced(text, _duplicate_imports(path, body), body)
            if runs and not in_loop:  # in a loop, the same call twice is usually a step of two
                findings += _repeated_statements(path, body)
    if "keys" in needed:
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                findings += _duplicate_keys(path, node)
    if "all" in needed:
        findings += _duplicate_all_entries(path, tree.body)
    return findings


# Other linters' suppressions of the very defect RL111/RL113 report (pyflakes F811 "redefinition of
# unused name", pylint's reimported/function-redefined, mypy's no-redef), named on the statement's lines,
# declare the repeat deliberate, which no kept half does. A bare `# noqa` names nothing: it stays flake8's,
# unless it stands on a test module's redefinition alone (BARE_NOQA below).
SILENCED = re.compile(r"#\s*(?:noqa\s*:[^#\n]*\bF811\b|pylint:\s*disable\s*=[^#\n]*\b(?:reimported|W0404|"
                      r"function-redefined|E0102)\b|type:\s*ignore\[[^\]\n]*\bno-redef\b)", re.I)
# ... and in a test module, where definitions are repeated on purpose (a registry's ambiguity tested),
# a bare `# noqa` on a redefinition's lines while the first definition's have none was put where flake8
# reported F811, and only there (luigi's test/cmdline_test.py: `class AmbiguousClass(luigi.Task):  # NOQA`,
# the second of two); a kept half copies its line's comment to both copies. Elsewhere a bare noqa may
# stand for any other defect of the line, and names nothing.
BARE_NOQA = re.compile(r"#\s*noqa\b(?!\s*:)", re.I)


def _silenced(text: str, findings: list[Finding], body: list[ast.stmt]) -> list[Finding]:
    """findings without those on a statement its author silenced for another linter (SILENCED)."""
    if not findings or (SILENCED.search(text) is None and BARE_NOQA.search(text) is None):
        return findings
    lines = text.splitlines()
    spans, earlier, latest = {}, {}, {}
    for node in body:
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])
        last = node.body[0].lineno - 1 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
            else (node.end_lineno or node.lineno)
        spans[node.lineno] = (first, max(first, last))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name in latest:
                earlier[node.lineno] = latest[node.name]
            latest[node.name] = node.lineno
    kept = []
    for finding in findings:
        first, last = spans.get(finding.line, (finding.line, finding.line))
        if any(SILENCED.search(line) for line in lines[first - 1:last]) or _disabled_above(lines, first):
            continue
        if finding.code == "RL111" and finding.line in earlier and is_test_file(finding.path) \
                and any(BARE_NOQA.search(line) for line in lines[first - 1:last]):
            was_first, was_last = spans[earlier[finding.line]]
            if not any(BARE_NOQA.search(line) for line in lines[was_first - 1:was_last]):
                continue
        kept.append(finding)
    return kept


def _disabled_above(lines: list[str], line: int) -> bool:
    """A `# pylint: disable=` line of its own above `line` in a block that has not ended before it
    (pylint's own-line disable lasts to the end of the block it is in)."""
    floor = None  # the least indentation of the code lines walked so far, upwards
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        stripped = text.lstrip()
        if not stripped:
            continue
        indent = len(text) - len(stripped)
        if stripped.startswith("#"):
            if "pylint" in stripped and SILENCED.search(stripped) and (floor is None or indent <= floor):
                return True
            continue
        floor = indent if floor is None else min(floor, indent)
    return False


def _statement_lists(tree: ast.Module):
    """Every list of statements (bodies, else/finally branches, handlers, match cases), and
    whether it runs inside a loop; expressions are never walked."""
    stack: list[tuple[list, bool, bool]] = [(tree.body, False, False)]
    while stack:
        body, in_loop, in_function = stack.pop()
        yield body, in_loop, in_function
        for node in body:
            loop = in_loop or isinstance(node, (ast.For, ast.AsyncFor, ast.While))
            function = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for name in ("body", "orelse", "finalbody"):
                child = getattr(node, name, None)
                if child and isinstance(child, list) and isinstance(child[0], ast.stmt):
                    stack.append((child, loop, function))
            for holder in getattr(node, "handlers", ()) or getattr(node, "cases", ()):
                stack.append((holder.body, loop, function))


def _duplicate_definitions(path: str, body: list[ast.stmt], scenario: bool = False) -> list[Finding]:
    """`scenario`: body runs inside a test's function, where a definition whose creation runs code
    that may keep it (a decorator: a listener registered; a class's bases and keywords: a subclass
    hook, pickling by name) is the test's action, not a dead copy."""
    first: dict[str, int] = {}  # name -> index of its latest definition in body
    findings = []
    for index, node in enumerate(body):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        at = first.get(node.name)
        first[node.name] = index
        if at is None or _throwaway(node.name) or _is_variant(node) or _is_variant(body[at]):
            continue
        if _reads(node.name, [*body[at + 1:index], *_evaluated_first(node)]):
            continue  # the first definition served before the second replaced it: redefined on purpose
        if _served_by_a_call(node.name, body, at, index):
            continue  # ... through a function of this scope called in between (a script: define, run, redefine)
        if _registered_apart(body[at], node):
            continue  # each copy handed to its own decorator (two routes, two hooks): the first may live on there
        if scenario and _acts_when_created(body[at]):
            continue  # a test's scenario: creating the first copy was the point
        if scenario and _one_line(body[at]) and _one_line(node):
            continue  # a grammar test defines each form once, on one line (CPython's test_grammar.py)
        earlier = body[at]
        kind = "class" if isinstance(node, ast.ClassDef) else "function"
        findings.append(Finding(path, node.lineno, node.col_offset + 1, "RL111",
                                f"{kind} {node.name!r} defined again in the same scope (first defined on line "
                                f"{earlier.lineno}){BOTH_SIDES}"))
    return findings


def _throwaway(name: str) -> bool:
    """`_`, `__`, ...: a name made only of underscores says nothing will call it by name (singledispatch's
    `@f.register def _`, marimo's `@app.cell def __` notebook cells); its decorator keeps each copy."""
    return not name.strip("_")


def _is_variant(node: ast.stmt) -> bool:
    """@overload, @x.setter/getter/deleter, @f.register, and any descriptor chain rooted at the
    definition's own name (@total.expression, @w.inplace.setter, @w.comparator on `def total`,
    `def w`: SQLAlchemy hybrids and the like): several definitions on purpose."""
    for decorator in getattr(node, "decorator_list", []):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in SKIP_DECORATOR_ATTRS:
            return True
        root = target
        while isinstance(root, ast.Attribute):
            root = root.value
        if root is not target and isinstance(root, ast.Name) and root.id == getattr(node, "name", None):
            return True
    return False


def _registered_apart(first: ast.stmt, second: ast.stmt) -> bool:
    """Whether the first copy was handed to a decorator call the second was not (`@router.get("/items")`
    then `@router.get("/items/{id}")`, `@receiver(post_save, sender=A)` then `sender=B`): a call given what
    to register the function as keeps it there, so nothing says the first is dead. A bare decorator
    (`@hybrid_property`, a plugin marker) wraps or marks the copy it is given, which the name then loses.
    Both halves of a conflict kept carry the same decorators (or one side's edit of them: then they
    differ, and this says less)."""
    after = {ast.dump(decorator) for decorator in getattr(second, "decorator_list", [])}
    if not after:
        return False  # a second copy with no decorator: a kept half below the shared one (netbox's graphql types)
    return any(isinstance(decorator, ast.Call) and (decorator.args or decorator.keywords)
               and ast.dump(decorator) not in after for decorator in getattr(first, "decorator_list", []))


def _one_line(node: ast.stmt) -> bool:
    """A definition whose body stands on its own line: `def g(): yield 1`."""
    return node.body[0].lineno == node.lineno == node.end_lineno


def _acts_when_created(node: ast.stmt) -> bool:
    """Whether defining node runs code that is handed the new object: a decorator, or a class's
    bases and keywords (a metaclass, `__init_subclass__`)."""
    if isinstance(node, ast.ClassDef):
        return bool(node.decorator_list or node.bases or node.keywords)
    return bool(getattr(node, "decorator_list", None))


def _evaluated_first(node: ast.stmt) -> list[ast.AST]:
    """The parts of a definition that run before its name is bound: decorators, default values,
    base classes and keywords (annotations are left out: they may never be evaluated)."""
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *(keyword.value for keyword in node.keywords)]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        return [*getattr(node, "decorator_list", ()), *node.args.defaults,
                *(default for default in node.args.kw_defaults if default is not None)]
    return []


def _reads(name: str, nodes: list[ast.AST]) -> bool:
    """Whether running `nodes` reads `name` right away: function and lambda bodies run later (by
    then the second definition has replaced the first), so only their decorators and defaults
    count; class bodies run at once."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Name):
            if node.id == name and isinstance(node.ctx, ast.Load):
                return True
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            stack += _evaluated_first(node)
        elif isinstance(node, ast.ClassDef):
            stack += [*_evaluated_first(node), *node.body]
        else:
            stack.extend(ast.iter_child_nodes(node))
    return False


def _served_by_a_call(name: str, body: list[ast.stmt], at: int, index: int) -> bool:
    """Whether a statement between body[at] and body[index] calls, right away, a function of this scope
    whose body reads `name`, itself or through another such function (MicroPython's tests: `def gen()`,
    `def gen2(): yield from gen()`, `next(gen2())`, then `def gen()` again)."""
    functions = {node.name: node for node in body[:index]
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    if not functions:
        return False
    readers, grew = set(), True
    while grew:  # the functions that read name, directly or by calling one that does
        grew = False
        for function_name, function in functions.items():
            if function_name in readers or function_name == name:
                continue
            names = {sub.id for sub in ast.walk(function) if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load)}
            if name in names or names & readers:
                readers.add(function_name)
                grew = True
    return bool(readers) and any(_reads(reader, body[at + 1:index]) for reader in readers)


def _duplicate_imports(path: str, body: list[ast.stmt]) -> list[Finding]:
    """Within one run of import statements (a conflict inside an import block); an import repeated
    after other code (re-imported on purpose, e.g. around lazy loading) is not reported, nor a name
    given twice within one statement on one line (no merge writes that)."""
    first: dict[str, int] = {}
    findings, run_names, run_findings = [], [], []
    for node in body + [None]:  # None closes the last run
        if node is None or not isinstance(node, (ast.Import, ast.ImportFrom)):
            if not _thrice(run_names):  # a name three times or more: the run imports it again on purpose
                findings += run_findings
            run_names, run_findings = [], []
        if node is None:
            break
        if isinstance(node, ast.Import):
            bound = [alias.asname or alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            bound = [alias.asname or alias.name for alias in node.names if alias.name != "*"]
            if (node.module or "").split(".")[:2] == ["cython", "cimports"]:
                # Cython's pure Python mode: a cimport binds the C-level name at compile time, beside the
                # module a plain import binds (`from cython.cimports.cpython import array`, `import array`)
                bound = [f"{name} (cimported)" for name in bound]
        else:
            first = {}
            continue
        run_names += [name.split(".")[0] for name in bound]
        own: set[str] = set()
        for name in bound:
            if name in own and node.lineno == getattr(node, "end_lineno", node.lineno):
                # twice within one line (strictyaml's vendored ruamel: `import Any, Optional, List, Optional`):
                # a merge keeps whole lines, so this is no trace of both halves kept
                continue
            own.add(name)
            if name in first:
                run_findings.append(Finding(path, node.lineno, node.col_offset + 1, "RL113",
                                            f"{name!r} imported again (first imported on line {first[name]}){BOTH_SIDES}"))
            else:
                first[name] = node.lineno
    return findings


def _repeated_statements(path: str, body: list[ast.stmt]) -> list[Finding]:
    shapes = [(type(node), getattr(node, "end_lineno", 0) - node.lineno, _head(node)) for node in body]
    dumps: dict[int, str] = {}

    def same(a: int, b: int, k: int) -> bool:  # cheap shapes first, AST dumps only when they agree
        if shapes[a:a + k] != shapes[b:b + k]:
            return False
        for offset in range(k):
            for index in (a + offset, b + offset):
                if index not in dumps:
                    dumps[index] = ast.dump(body[index])
            if dumps[a + offset] != dumps[b + offset]:
                return False
        return True

    findings = []
    for i, k in repeated_runs(len(body), same, lambda i, k: any(_meaningful(node, k) for node in body[i:i + k])
                              and not all(_removes_an_item(node) for node in body[i:i + k])
                              and not moves_a_cursor([ast.unparse(node) for node in body[i:i + k]])):
        again = body[i + k]
        what = "statement" if k == 1 else f"run of {k} statements"
        findings.append(Finding(path, again.lineno, again.col_offset + 1, "RL114",
                                f"the same {what} repeated back-to-back (first on line {body[i].lineno}){BOTH_SIDES}",
                                end_line=getattr(body[i + 2 * k - 1], "end_lineno", None)))
    return findings


def _removes_an_item(node: ast.stmt) -> bool:
    """`del x[i]`, a call that takes the next item (`.pop()`), or an `if` that does only that: each run
    removes another item (python-future's datetime: `if L[-1] == 0: del L[-1]` twice drops two zeros)."""
    if isinstance(node, ast.Delete):  # not `del d["key"]`: the second raises KeyError
        return all(isinstance(target, ast.Subscript) and not (isinstance(target.slice, ast.Constant)
                                                              and isinstance(target.slice.value, str))
                   for target in node.targets)
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return isinstance(node.value.func, ast.Attribute) and node.value.func.attr in CONSUMING_METHODS
    if isinstance(node, ast.If) and not node.orelse:
        return all(_removes_an_item(sub) for sub in node.body)
    return False


def _head(node: ast.stmt) -> str:
    """What a statement starts with: its function name, or its assignment target, or nothing."""
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return _dotted(node.value.func)
    if isinstance(node, ast.Assign) and node.targets:
        return _dotted(node.targets[0])
    return ""


def _dotted(node: ast.expr) -> str:
    parts = []
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        parts.append(node.attr if isinstance(node, ast.Attribute) else "[]")
        node = node.value
    parts.append(getattr(node, "id", "?"))
    return ".".join(reversed(parts))


def _meaningful(node: ast.stmt, run: int = 1) -> bool:
    """Statements whose repetition is a fingerprint, not a habit: calls with a non-constant
    argument, returns, raises, compound statements, and (repeated alone) assignments of values
    that do not change between runs. Not: pass, docstrings, augmented assignments, yields, asserts,
    calls without arguments."""
    if isinstance(node, (ast.Pass, ast.Break, ast.Continue, ast.AugAssign, ast.Import, ast.ImportFrom,
                         ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal, ast.Assert)):
        return False
    if isinstance(node, (ast.With, ast.AsyncWith)):
        # entering a context twice is a test of re-entry; a context that is a name or a call with
        # constants only (a timer, a lock) around statements none of which is a fingerprint (printing
        # what it timed) is the block run again on purpose, as each statement alone would be
        return any(isinstance(item.context_expr, ast.Call) and _meaningful_call(item.context_expr) for item in node.items) \
            and not all(isinstance(sub, ast.Pass) for sub in node.body) \
            or any(_meaningful(sub) for sub in node.body)
    if isinstance(node, ast.Expr):
        value = node.value
        return isinstance(value, ast.Call) and _meaningful_call(value)
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        if run > 1:  # a repeated block of plain assignments is how generated alias tables look
            return False
        value = node.value
        if value is None or any(isinstance(sub, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr))
                                for sub in ast.walk(value)):
            return False
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        assigned = {sub.id for target in targets for sub in ast.walk(target) if isinstance(sub, ast.Name)}
        return not any(isinstance(sub, ast.Name) and sub.id in assigned for sub in ast.walk(value))
    return True


def _meaningful_call(value: ast.Call) -> bool:
    """A call whose repetition is a fingerprint: one given a value that is not a constant, that does not
    advance as it runs, of a function not repeated on purpose (print, next, sleep) nor of a method that
    takes the next item each time (repeats.CONSUMING_METHODS)."""
    if _dotted(value.func) in STATEFUL_CALLS or (isinstance(value.func, ast.Attribute)
                                                 and value.func.attr in CONSUMING_METHODS):
        return False
    given = [*value.args, *(kw.value for kw in value.keywords)]
    return any(not _constant_like(arg) for arg in given) and not any(_advances(arg) for arg in given)


def _constant_like(node: ast.expr) -> bool:
    """A constant, or a call given nothing (`self.new_line()`: the same thing made each time, as
    a constant is): two calls handing it on repeat on purpose (a blank line is two new lines)."""
    return isinstance(node, ast.Constant) or (isinstance(node, ast.Call) and not node.args and not node.keywords)


def _advances(node: ast.expr) -> bool:
    """An argument whose value differs each time it is computed: an await, a yield, an assignment
    expression, or next() on an iterator (the same call twice then does two things)."""
    return any(isinstance(sub, (ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr))
               or (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in ("next", "anext"))
               for sub in ast.walk(node))


def _duplicate_keys(path: str, node: ast.Dict) -> list[Finding]:
    first: dict = {}
    findings = []
    for key, given_node in zip(node.keys, node.values):
        if key is None:  # **spread
            continue
        value = _constant(key)
        if value is _NOT_CONSTANT:
            continue
        # 1, True and 1.0 are one key at run time: written differently with the same value, a test
        # lists spellings of one input on purpose (django-rest-framework's test_fields.py: 1: True,
        # True: True); with different values one is lost
        spelled = (type(value).__name__, repr(value))
        given = _constant(given_node)
        given = ast.dump(given_node) if given is _NOT_CONSTANT else given
        try:
            if value in first and key.lineno - first[value][0] <= KEY_WINDOW and (
                    first[value][1] == spelled or first[value][2] != given):
                written = ast.unparse(key)
                was = first[value][3]
                what = (f"dict key {written} appears twice in one literal" if was == written else
                        f"dict key {written} is key {was} again (equal at run time: one value is lost)")
                findings.append(Finding(path, key.lineno, key.col_offset + 1, "RL112",
                                        f"{what} (first on line {first[value][0]}){BOTH_SIDES}"))
            else:
                first[value] = (key.lineno, spelled, given, ast.unparse(key))
        except TypeError:  # unhashable: not a valid key anyway
            continue
    if findings and _thrice(ast.dump(key) for key in node.keys if key is not None):
        return []  # a key written three times or more: on purpose (a conflict's two halves double once)
    return findings


def _thrice(items) -> bool:
    """Whether any hashable item comes three times or more."""
    from collections import Counter as _Counter

    counts = _Counter()
    for item in items:
        if item is _NOT_CONSTANT:
            continue
        try:
            counts[item] += 1
        except TypeError:
            continue
    return any(count >= 3 for count in counts.values())


_NOT_CONSTANT = object()


def _constant(node: ast.expr):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        items = tuple(_constant(item) for item in node.elts)
        return _NOT_CONSTANT if _NOT_CONSTANT in items else items
    return _NOT_CONSTANT


def _duplicate_all_entries(path: str, body: list[ast.stmt]) -> list[Finding]:
    first: dict[str, tuple[int, int]] = {}  # name -> (line, position in the list)
    findings, position = [], 0
    for node in body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if not any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            continue
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            first, position = {}, 0  # a plain assignment starts the list again
        value = getattr(node, "value", None)
        for item in getattr(value, "elts", []):
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                position += 1
                earlier = first.get(item.value)
                if earlier and position - earlier[1] <= ALL_WINDOW:
                    findings.append(Finding(path, item.lineno, item.col_offset + 1, "RL115",
                                            f"{item.value!r} listed twice in __all__ (first on line {earlier[0]}){BOTH_SIDES}"))
                else:
                    first[item.value] = (item.lineno, position)
    return findings
