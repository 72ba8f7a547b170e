"""JavaScript/JSX: esprima (the esprima-fork distribution) as a module with JSX, then as a
script for files with no ES module syntax (CommonJS).

esprima is authoritative for the early errors it names (redeclarations, strict-mode rules,
labels, `super`, private names: EARLY_ERROR), which it reports on a tree it did build. It is not
authoritative for the grammar past ES2017: its grammar errors ("Unexpected token", regular
expressions, escapes) are RL301 only when an independent parser rejects the file too, oxc or
tree-sitter-javascript with its first error on the same line; otherwise RL014, a note. See
docs/parsers.md."""
from __future__ import annotations

import re

from ...findings import Finding
from ...source import Source
from ...textpos import past_blanks_and_comments
from .. import authority
from . import fast, halves

ESM_SYNTAX = re.compile(r"^[ \t]*(import[ \t\n{*'\"]|export[ \t\n{*])", re.M)
# esprima's static-semantics errors, found on a tree it built: certain without a second opinion
EARLY_ERROR = re.compile(
    r"has already been declared|^Duplicate |may only have one constructor|More than one default clause|[Ss]trict mode"
    r"|^Octal literals|^Undefined label|^Illegal (continue|break|return|'use strict')|^Export '.*' is not defined"
    r"|^Private name|super\(\) is only valid|is forbidden in class field|^JSX attributes must only"
    r"|^Use of future reserved word|^Delete of an unqualified|^Assignment to eval|crement may not have eval"
    r"|functions can only be declared|^Label '|is disallowed as a lexically bound name"
)
# Template syntax that no JavaScript or TypeScript has: Go/Hugo actions ({{ if ... }}, {{ .Field }},
# {{ $x }}), Jinja statements ({% if %}), comments ({# #}) and expressions ({{ user_id }},
# {{ translations|tojson }}: pgadmin's templates/**/*.js), ERB and EJS (<% %>, <%= %>; EJS's <%- %>, <%_ _%>, <%# %>). Looked for only in a file that
# does not parse, outside strings and comments (`{{ $t('save') }}` in a Vue template string is text).
# Also a %NAME% or @NAME@ placeholder standing for a value or items, which a script fills in.
# Also front matter: a file that opens with a `---` line is rendered by a site generator (Jekyll,
# Eleventy, Hugo: terratest's docs/assets/js/*.js), Liquid inside. And Handlebars and Mustache, which
# build tools fill in before the file is JavaScript (ember-cli's lib/broccoli/app-config.js:
# `{{content-for 'config-module'}}`; generators' blueprints): a helper called with arguments or named
# with a hyphen, a block's `{{#if}}`, `{{/if}}`, `{{^x}}`, a partial `{{> name}}`, a comment `{{! }}`
# or a raw `{{{x}}}`. An expression's `{{` glued to `name=` is a JSX attribute's object
# (`style={{ color }}`), never a template's.
TEMPLATE = re.compile(r"\A\ufeff?---[ \t]*\r?\n"
                      r"|\{\{-?\s*(?:(?:if|else|end|range|with|define|template|block|partial)\b(?!\s*:)|\.\w|\$\w)"
                      r"|\{%-?\s*(?:if|for|end\w*|block|include|set|else|macro|extends)\b|<%=?\s|<%[-_#]"
                      r"|\{#|(?<![\w$-]=)\{\{-?\s*[A-Za-z_][\w.]*\s*(?:\|[^{}\n]*)?-?\}\}"
                      r"|(?<![\w$-]=)\{\{~?\s*[A-Za-z_@][\w.@/]*(?:-[\w.@/-]+\s*|\s+[A-Za-z_@(][^{}\n:,;]*?)~?\}\}"
                      r"|(?<![\w$-]=)\{\{~?[/^>!]|\{\{\{\s*[A-Za-z_@][\w.@-]*\s*\}\}\}"
                      # a %NAME% or @NAME@ placeholder where a value or an item goes, which a script replaces
                      # before anything runs (gatekeeper-library's sidebars-template.js: `%GENERAL_ITEMS%`; autoconf's
                      # and CMake's @VERSION@); between two operands `n%MAX%2` is modulo, and stays JavaScript
                      r"|(?:^|(?<=[\s(\[{,=:]))(?:%[A-Z][A-Z0-9_]*%|@[A-Z][A-Z0-9_]*@)(?=[\s,;)\]}]|$)", re.M)
STRING_OR_COMMENT = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|//[^\n]*|/\*.*?\*/""", re.S)


# A file's first statement in JScript .NET or ActionScript 3 (comments and blank lines before it skipped)
# (`(?:\.[\w.]+)?`, not `*`: the same strings, since `[\w.]+` takes the dots too, and no choice of where to split them)
OTHER_LANGUAGE_HEAD = re.compile(r"package(?:\s+[\w.]+)?\s*\{|import\s+System(?:\.[\w.]+)?\s*;")


def _first_statement_at(text: str) -> int:
    """Where the first statement starts: past a BOM, blank lines and comments (one pass, no backtracking)."""
    return past_blanks_and_comments(text, 1 if text.startswith("\ufeff") else 0, "//")


def other_language(text: str) -> bool:
    """Whether the first statement is a package block or `import System;`: JScript .NET or ActionScript."""
    return OTHER_LANGUAGE_HEAD.match(text, _first_statement_at(text)) is not None


def template_syntax(text: str):
    """The first template construct outside strings and comments (a re.Match), or a template tag whose own
    quotes end the string it sits in (quoted_tag), or None."""
    return TEMPLATE.search(STRING_OR_COMMENT.sub(lambda m: " " * len(m.group()), text)) or quoted_tag(text)


# A template tag on one line (Twig, Jinja, Liquid, Django `{{ }}` and `{% %}`; ERB and EJS `<% %>`) that holds
# a quote: Twig in opencart's admin/view/javascript/*.js, `'<h5>{{ text_title|escape('js') }}</h5>'`, filled in
# by PHP before the browser reads the file. The engine runs first, so the tag's quotes are its own; read as
# JavaScript, one of the quote that opened the string ends it early. Only then: a tag in a string of the other
# quote (AngularJS's `'{{ when | date:"short" }}'`) is text, and the file is judged as JavaScript.
QUOTED_TAG = re.compile(r"""\{\{[^{}\n]*?['"][^{}\n]*?\}\}|\{%[^%\n]*?['"][^%\n]*?%\}|<%[^%\n]*?['"][^%\n]*?%>""")


def quoted_tag(text: str):
    """The first template tag whose own quotes end the JavaScript string it sits in (a re.Match), or None."""
    if "{{" not in text and "{%" not in text and "<%" not in text:
        return None
    for tag in QUOTED_TAG.finditer(text):
        line_start = text.rfind("\n", 0, tag.start()) + 1
        quote = _open_quote(text[line_start:tag.start()])
        if quote is not None and quote in tag.group():
            return tag
    return None


def _open_quote(before: str) -> str | None:
    """The quote of the string still open at the end of `before` (one line), or None."""
    quote, i = None, 0
    while i < len(before):
        ch = before[i]
        if quote is not None:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif before.startswith("//", i):
            return None
        i += 1
    return quote
# esprima-python reads `export v from './x'` (babel's export-default-from proposal, no standard's) as
# exports without a name, then calls the second one a duplicate of the first: "Duplicate export 'None'".
# No source names an export None that way: it is esprima's gap, a grammar error, which needs a second opinion.
NAMELESS_EXPORT = re.compile(r"^Duplicate export 'None'$")
DUPLICATE = re.compile(
    r"has already been declared|^Duplicate |may only have one constructor|More than one default clause"
)
MINIFIED_LINE = 5000  # a line this long means generated code
CJS_WRAPPER = "(function (exports, require, module, __filename, __dirname) {"  # same line: positions kept


def check(source, config, fast_path=True):
    text = source.text
    if source.path.endswith((".min.js", ".min.mjs", ".min.cjs")) or _has_minified_line(text):
        source.note("minified/generated JavaScript: conflict markers checked only")
        return []
    # tree-sitter and its early-error pass; esprima for whatever they cannot call clean. A `#!`
    # past the first line is a syntax error that tree-sitter accepts: esprima judges such files.
    if fast_path and "#!" not in text.lstrip("\ufeff")[1:]:
        found = fast.check(source)
        if found is not None:
            return found
    import esprima

    # JSX grammar is entered only at a '<' token: without one the plain parser gives the same
    # tree and errors, about 11% faster (esprima validates its own parser's trees on a fast path)
    options = {"jsx": "<" in text, "tolerant": False}
    text = _without_hashbang(text)
    parsed_text = text
    tree, error = _parse(esprima, esprima.parseModule, text, options)
    if error and not ESM_SYNTAX.search(text):  # CommonJS or a classic script: sloppy mode applies
        tree, error = _parse(esprima, esprima.parseScript, text, options)
        if error and "Illegal return" in (getattr(error, "message", "") or ""):  # Node wraps CommonJS in a function
            parsed_text = CJS_WRAPPER + text + "\n})"
            tree, error = _parse(esprima, esprima.parseScript, parsed_text, options)
            if error and getattr(error, "lineNumber", None) == 1 and getattr(error, "column", None):
                error.column = max(1, error.column - len(CJS_WRAPPER))
    if error is None:
        return halves.check(source.path, parsed_text, tree)
    message = re.sub(r"^Line \d+: ", "", getattr(error, "message", None) or str(error))
    if NAMELESS_EXPORT.match(message):  # esprima read `export v from` (a babel proposal) and lost the names
        message = "Unexpected token from (an export esprima could not name)"
    code = "RL302" if DUPLICATE.search(message) else "RL301"
    if "resource limit" in message:
        code = "RL012"
    line = getattr(error, "lineNumber", None) or 1
    col = getattr(error, "column", None) or 1
    if code == "RL301" and not EARLY_ERROR.search(message):
        plain = v8_natives_as_calls(text)
        if plain is not None:  # run with `node --allow-natives-syntax`: V8's intrinsics read as calls
            source.note("V8 natives syntax (%Name(...) calls, for node --allow-natives-syntax): read as plain calls")
            return check(Source(source.path, plain.encode("utf-8"), source.kind, source.notes, source.notices, plain),
                         config, fast_path=False)
    if code == "RL301":
        template = template_syntax(text)
        if template:  # a Hugo/Go, Jinja or ERB template with a .js suffix: not JavaScript until rendered
            source.note(f"templated JavaScript ({template.group()[:40]!r} on line {text.count(chr(10), 0, template.start()) + 1}):"
                        " conflict markers checked only")
            return []
    if code == "RL301":
        read_so = _preprocessed(source, text)
        if read_so is not None:  # a preprocessor's source, or a mongosh script: not ECMAScript as it stands
            return [] if read_so is True else check(
                Source(source.path, read_so.encode("utf-8"), source.kind, source.notes, source.notices, read_so),
                config, fast_path=False)
    if code == "RL301" and not EARLY_ERROR.search(message) and _class_body(esprima, text, options):
        # methods or fields with no class around them: a patch's or a page's excerpt, never a module a merge broke
        source.note("a class body's excerpt (it parses inside `class { ... }`): not a module, conflict markers "
                    "checked only")
        return []
    if code == "RL301" and other_language(text):
        # JScript .NET (jsc.exe) and ActionScript 3 open with a package block or `import System;`: no
        # ECMAScript does, and no merge writes one as a file's first statement
        return [authority.unconfirmed(source.path, line, col, "esprima", message, "no parser here",
                                      "reads JScript .NET or ActionScript, the file's language (a package block or "
                                      "`import System;` first)")]
    if code == "RL301" and (not EARLY_ERROR.search(message) or "reserved word" in message):
        # Flow is a language of its own: esprima's and oxc's grammar errors say nothing of it, nor
        # its reserved-word errors (`interface` is a Flow declaration, to esprima a future reserved
        # word in strict mode); an early error on a tree esprima built (a redeclaration, an export
        # of nothing) is one in Flow too
        flow = flow_typed(source.path, text)
        if flow:
            return [authority.unconfirmed(source.path, line, col, "esprima", message, "no parser here",
                                          f"reads Flow, the file's language: {flow}")]
    if code == "RL301" and not EARLY_ERROR.search(message):
        second = _second_opinion(text, line)
        if second is not None:
            return [authority.unconfirmed(source.path, line, col, "esprima", message, *second)]
        proposals = babel_proposals(source.path, text, line)
        if proposals:  # the syntax those plugins add (do-expressions, pipelines, function.sent) is no standard's
            return [authority.unconfirmed(source.path, line, col, "esprima", message, "no parser here",
                                          f"reads the syntax of the babel proposal plugins its project's babel "
                                          f"configuration names: {proposals}")]
    return [Finding(source.path, line, col, code, message)]


# babel's configuration files (the nearest wins, as a .babelrc does for its package), and the plugins
# that add syntax no standard has yet (@babel/plugin-proposal-do-expressions, syntax-pipeline-operator)
BABEL_CONFIGS = (".babelrc", ".babelrc.json", ".babelrc.js", ".babelrc.cjs", ".babelrc.mjs", "babel.config.js",
                 "babel.config.json", "babel.config.cjs", "babel.config.mjs", "babel.config.ts")
PROPOSAL_PLUGIN = re.compile(r"""["'`]((?:@babel/)?(?:babel-)?(?:plugin-)?(?:proposal|syntax)-([a-z0-9-]+))["'`]""")
MAX_CONFIG_BYTES = 256 * 1024
# The syntax each proposal adds that oxc does not read, as it looks on the line of the error: only
# an error at that syntax is the proposal's (a file of such a project broken elsewhere stays RL301).
# Decorators, class fields and the like are left out: oxc reads them, so their errors are real.
PROPOSAL_SYNTAX = {
    "do-expressions": r"\bdo\s*\{", "async-do-expressions": r"\basync\s+do\s*\{",
    "pipeline-operator": r"\|>", "function-bind": r"::", "function-sent": r"\bfunction\s*\.\s*sent\b",
    "throw-expressions": r"[=(,:?&|]\s*throw\b", "partial-application": r"[(,]\s*\?\s*[,)]",
    "export-default-from": r"^\s*export\s+[A-Za-z_$][\w$]*\s*(?:,|from\b)",
    "optional-chaining-assign": r"\?\.[\w$.\[\]]*\s*=(?!=)", "destructuring-private": r"#[A-Za-z_$][\w$]*\s*:",
}


def babel_proposals(path: str, text: str, line: int) -> str:
    """The proposal (or syntax) plugins the nearest babel configuration at or above the file names
    whose syntax stands on the error's line (or the one before), within the tree checked ("" when
    none): a project compiled with them writes syntax that esprima and oxc, parsers of the standard,
    reject."""
    import os

    from .. import context

    lines = text.splitlines()
    near = "\n".join(lines[max(0, line - 2):line])
    if not near.strip():
        return ""

    folder = context.located(os.path.dirname(os.path.abspath(path)))
    tree = context.top()
    while folder is not None:
        names = set(context.listing(folder))
        config = next((name for name in BABEL_CONFIGS if name in names), None)
        if config is not None:
            data = context.read(os.path.join(folder, config)) or b""
            named = PROPOSAL_PLUGIN.findall(data[:MAX_CONFIG_BYTES].decode("utf-8", "replace"))
            found = sorted({plugin for plugin, proposal in named if proposal in PROPOSAL_SYNTAX
                            and re.search(PROPOSAL_SYNTAX[proposal], near, re.M)})
            return f"{', '.join(found[:3])} ({config})" if found else _unmistakable_proposal(near)
        parent = os.path.dirname(folder)
        if folder == tree or parent == folder:
            break
        folder = parent
    return _unmistakable_proposal(near)


# The proposals whose syntax no standard JavaScript has and no merge of it writes, outside strings and
# comments (a `do {` may open a do-while loop, `default: throw` and `a ? this.#x : y` are standard, and
# `a?.b = 1` is standard JavaScript's early error: those
# proposals need the configuration's word). A file
# that uses them is compiled by a toolchain that reads them (eslint-plugin-import's tests/files/, parsed
# with babel's proposals by the tests' own parser options), wherever that is configured.
UNMISTAKABLE = ("pipeline-operator", "function-sent", "partial-application", "export-default-from",
                "async-do-expressions")


def _unmistakable_proposal(near: str) -> str:
    blanked = STRING_OR_COMMENT.sub(lambda m: " " * len(m.group()), near)
    found = [proposal for proposal in UNMISTAKABLE if re.search(PROPOSAL_SYNTAX[proposal], blanked, re.M)]
    return f"{', '.join(found)} (syntax of a babel proposal, whatever the configuration)" if found else ""


# V8's intrinsic calls (`%OptimizeFunctionOnNextCall(fn)`), which `node --allow-natives-syntax`
# accepts: benchmarks and engine tests. Only where JavaScript's `%` (remainder) cannot stand: at the
# start of a line or after a token that ends no operand.
V8_NATIVE = re.compile(r"(?:^|(?<=[(\[{,;=!?:&|])|(?<=\breturn)|(?<=\btypeof))([ \t]*)%([ \t]*[A-Z][A-Za-z0-9_]*[ \t]*\()", re.M)


# A preprocessor's directive standing at the start of a line, where no ECMAScript statement opens with `#word`
# (a class's private field `#x = 1;` is followed by `=`, `;` or `(`): Adobe ExtendScript's (`#target photoshop`,
# `#include "json2.js"`, `#targetengine "session"`), and C's or Mozilla's build preprocessor's (`#ifdef X`,
# `#filter substitution`). Conditionals and substitutions change the code itself: such a file is judged by
# its markers only. ExtendScript's and `#include` lines only add to the file: they are read as blank lines.
DIRECTIVE = re.compile(r"^#[ \t]*(target|targetengine|include|includepath|script|strict|engine|ifdef|ifndef|if|elif|"
                       r"else|endif|define|undef|filter|unfilter|expand|literal|error|pragma)(?:[ \t]+[^=;(\n][^\n]*|[ \t]*)$",
                       re.M)
ADDING_DIRECTIVES = frozenset({"target", "targetengine", "include", "includepath", "script", "strict", "engine"})
# mongosh's shell helpers, which are no JavaScript (`use admin`, `show collections`), in a script that uses
# the shell's `db` (a Docker image's mongo-init.js): read as blank lines
MONGOSH_HELPER = re.compile(r"^[ \t]*(?:use[ \t]+[\w.$-]+|show[ \t]+(?:dbs|databases|collections|tables|users|roles|"
                            r"profile|logs?)\b[^\n;]*)[ \t]*;?[ \t]*$", re.M)
MONGOSH_DB = re.compile(r"(?<![\w$.])db\.[A-Za-z_$]")


def _preprocessed(source, text: str) -> str | bool | None:
    """For a file that does not parse: True when a preprocessor's conditionals make it no JavaScript until
    preprocessed (noted: markers only), the text with ExtendScript's directives or mongosh's helpers
    blanked (noted: to be checked as JavaScript), or None."""
    directives = list(DIRECTIVE.finditer(text))  # a hashbang is a comment by now (_without_hashbang)
    helpers = list(MONGOSH_HELPER.finditer(text)) if MONGOSH_DB.search(text) else []
    if not directives and not helpers:
        return None
    first = min(directives + helpers, key=lambda m: m.start())
    shown = f"{first.group().strip()[:40]!r} on line {text.count(chr(10), 0, first.start()) + 1}"
    if any(m.group(1) not in ADDING_DIRECTIVES for m in directives):
        source.note(f"preprocessed JavaScript ({shown}: a preprocessor's conditionals or substitutions): "
                    "conflict markers checked only")
        return True
    what = "preprocessor directives" if directives else "mongosh's shell helpers"
    source.note(f"{what} ({shown}) read as blank lines; the rest checked as JavaScript")
    chars = list(text)
    for m in directives + helpers:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def v8_natives_as_calls(text: str) -> str | None:
    """The text with each V8 intrinsic call outside strings and comments made a plain call of the
    same length (`%` becomes a space), or None when it has none."""
    blanked = STRING_OR_COMMENT.sub(lambda m: " " * len(m.group()), text)
    spots = [m.end(1) for m in V8_NATIVE.finditer(blanked)]
    if not spots:
        return None
    chars = list(text)
    for spot in spots:
        chars[spot] = " "
    return "".join(chars)


# Flow's pragma, in the comments that open the file: // @flow, /* @flow strict */, @noflow
LEADING_COMMENTS = re.compile(r"\A(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
FLOW_PRAGMA = re.compile(r"@(?:no)?flow\b")


# Syntax only Flow has, in a JavaScript file (TypeScript's look-alikes are in .ts files, checked apart): type
# imports and exports (`import type {A}`, `import typeof X from`, `import {type A}`, `export type A =`),
# declarations (`declare module`, `declare export`, `opaque type`). No standard JavaScript, and no merge of
# it, writes these (`import type from './x'` is a default import named type, and is not matched).
FLOW_ONLY = re.compile(r"^[ \t]*(?:import[ \t]+type(?:of)?[ \t]+(?:\{|\*|[A-Za-z_$][\w$]*[ \t]*(?:,|from\b))"
                       r"|import[ \t]*\{[^}\n]*\btype(?:of)?[ \t]+[A-Za-z_$]"
                       r"|export[ \t]+type[ \t]*(?:\{|[A-Za-z_$][\w$]*[ \t]*[=<])"
                       r"|declare[ \t]+(?:module|export|function|class|var|let|const|type|opaque)\b"
                       r"|opaque[ \t]+type\b)", re.M)


def flow_typed(path: str, text: str) -> str:
    """Why the file is Flow-typed JavaScript ("" if it is not): an @flow pragma at its top, or a
    .flowconfig in its folder or one above it within the repository (Flow's `all=true` projects
    annotate files without a pragma)."""
    if FLOW_PRAGMA.search(LEADING_COMMENTS.match(text[:8192]).group()):
        return "an @flow pragma"
    if "flow-typed" in path.replace("\\", "/").split("/")[:-1]:
        return "a library definition in flow-typed/, which Flow reads as declarations"
    only = FLOW_ONLY.search(STRING_OR_COMMENT.sub(lambda m: " " * len(m.group()), text))
    if only:
        return f"Flow's own syntax ({only.group().strip()[:40]!r} on line {text.count(chr(10), 0, only.start()) + 1})"
    import os

    from ..context import nearest

    # within the tree checked, never above it (a dependency of this file's cached result)
    folder = os.path.dirname(os.path.abspath(path))
    config = nearest(folder, ".flowconfig")
    if config:
        return "a .flowconfig in its project"
    return _flow_in_toolchain(folder)


# The file's toolchain strips Flow's types: Babel's Flow preset or plugin in the nearest Babel
# configuration or among the nearest package.json's dependencies (jest's e2e projects), flow-bin,
# or React Native's Babel preset (which strips Flow).
BABEL_CONFIGS = ("babel.config.js", "babel.config.cjs", "babel.config.mjs", "babel.config.json", ".babelrc",
                 ".babelrc.js", ".babelrc.cjs", ".babelrc.mjs", ".babelrc.json", "package.json")
FLOW_TOOLCHAIN = re.compile(rb"""preset-flow\b|flow-strip-types|plugin-syntax-flow|["']flow-bin["']"""
                            rb"|metro-react-native-babel-preset|@react-native/babel-preset")


def _flow_in_toolchain(folder: str) -> str:
    from ..context import nearest, read

    for name in BABEL_CONFIGS:
        config = nearest(folder, name)
        data = read(config) if config else None
        if data and FLOW_TOOLCHAIN.search(data):
            return f"its toolchain strips Flow's types ({FLOW_TOOLCHAIN.search(data).group().decode().strip(chr(34) + chr(39))} in {name})"
    return ""


def _second_opinion(text: str, line: int) -> tuple[str, str] | None:
    """None when an independent parser confirms esprima's grammar error: oxc rejects the text in
    every way esprima tried it (a module with JSX; for a file without ES module syntax also a
    script and a CommonJS body). Only where oxc cannot judge (not installed) does
    tree-sitter-javascript confirm, with its first error on the same line: its gaps in new
    syntax are esprima's too, so it is the weaker witness. Else (who, what it said) for the note."""
    ways = [("jsx", text)] if ESM_SYNTAX.search(text) else [("jsx", text), ("script", text),
                                                             ("jsx", CJS_WRAPPER + text + "\n})")]
    for source_type, variant in ways:
        rejects, said = authority.oxc_rejects(variant, source_type)
        if rejects is None:
            if fast.first_error_line(text) == line:
                return None
            return "oxc", f"{said}, and tree-sitter-javascript does not fail on that line"
        if not rejects:
            if "class" in text and authority.oxc_nameless_class(variant, source_type, line):
                return None  # oxc's own tree holds a class declaration with no name: its parser left that to a later pass
            return "oxc", "accepts the file"
    return None


# A class member's head, as the first thing in a file: a method (`_initialize() {`, `static async *load(`,
# `get size(`, `#step(`); a statement keyword there (`if (x) {`, `for (`) opens a statement, not a method named so
MEMBER_HEAD = re.compile(r"(?:(?:static|async|get|set)\s+|\*\s*)*(#?[A-Za-z_$][\w$]*)\s*\(")
STATEMENT_WORDS = frozenset({"if", "for", "while", "switch", "do", "try", "with", "return", "function", "catch",
                             "var", "let", "const", "class", "import", "export", "await", "yield", "new", "typeof",
                             "delete", "void", "throw", "super", "this"})


def _class_body(esprima, text: str, options) -> bool:
    """Whether the text opens with a method and parses, as a whole, as the body of a class (esprima)."""
    head = MEMBER_HEAD.match(text, _first_statement_at(text))
    if head is None or head.group(1) in STATEMENT_WORDS:
        return False
    wrapped = "class Excerpt {" + text + "\n}\n"  # on the first line: positions kept
    return _parse(esprima, esprima.parseModule, wrapped, options)[1] is None


def _without_hashbang(text: str) -> str:
    """A leading `#!` line (a Node script's hashbang) made a `//` comment of the same length, so
    every parse and wrapper accepts it and positions stay the same; a `#!` anywhere else stays an error."""
    start = 1 if text.startswith("\ufeff") else 0
    return text[:start] + "//" + text[start + 2:] if text.startswith("#!", start) else text


def _parse(esprima, parse, text, options):
    """(tree, None) when text parses, else (None, esprima's error); RecursionError is the runner's RL012."""
    try:
        return parse(text, options), None
    except esprima.Error as exc:
        return None, exc
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - esprima's own assertion (`${}`): a stop, not its verdict
        return None, _Stopped(f"esprima stopped on an internal check ({type(exc).__name__}: {exc})",
                              fast.first_error_line(text) or 1)


class _Stopped:
    """esprima's failure inside: its message, at tree-sitter's first error line (esprima says none).
    Only an independent parser's rejection makes it a finding (_second_opinion)."""

    def __init__(self, message: str, line: int):
        self.message, self.lineNumber, self.column = message, line, 1


def _has_minified_line(text: str) -> bool:
    return len(text) > MINIFIED_LINE and any(len(line) > MINIFIED_LINE for line in text.splitlines())
