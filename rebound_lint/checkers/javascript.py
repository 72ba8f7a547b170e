"""JavaScript/JSX: esprima (the esprima-fork distribution) as a module with JSX, then as a
script for files with no ES module syntax (CommonJS)."""
from __future__ import annotations

import re

from ..findings import Finding

ESM_SYNTAX = re.compile(r"^[ \t]*(import[ \t\n{*'\"]|export[ \t\n{*])", re.M)
DUPLICATE = re.compile(
    r"has already been declared|^Duplicate |may only have one constructor|More than one default clause"
)
MINIFIED_LINE = 5000
CJS_WRAPPER = "(function (exports, require, module, __filename, __dirname) {"  # same line: positions kept  # a line this long means generated code


def check(source, config):
    import esprima

    text = source.text
    if source.path.endswith((".min.js", ".min.mjs", ".min.cjs")) or _has_minified_line(text):
        source.note("minified/generated JavaScript: conflict markers checked only")
        return []
    options = {"jsx": True, "tolerant": False}
    try:
        esprima.parseModule(text, options)
        return []
    except esprima.Error as exc:
        error = exc
    except RecursionError:
        return [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
    if not ESM_SYNTAX.search(text):  # CommonJS or a classic script: sloppy mode applies
        try:
            esprima.parseScript(text, options)
            return []
        except esprima.Error as exc:
            error = exc
        except RecursionError:
            return [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
        if "Illegal return" in (getattr(error, "message", "") or ""):  # Node runs CommonJS inside a function
            try:
                esprima.parseScript(CJS_WRAPPER + text + "\n})", options)
                return []
            except esprima.Error as exc:
                error = exc
                if getattr(exc, "lineNumber", None) == 1 and getattr(exc, "column", None):
                    exc.column = max(1, exc.column - len(CJS_WRAPPER))
            except RecursionError:
                return [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
    message = re.sub(r"^Line \d+: ", "", getattr(error, "message", None) or str(error))
    code = "RL302" if DUPLICATE.search(message) else "RL301"
    if "resource limit" in message:
        code = "RL012"
    line = getattr(error, "lineNumber", None) or 1
    col = getattr(error, "column", None) or 1
    return [Finding(source.path, line, col, code, message)]


def _has_minified_line(text: str) -> bool:
    return len(text) > MINIFIED_LINE and any(len(line) > MINIFIED_LINE for line in text.splitlines())
