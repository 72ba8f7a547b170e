"""The language registry: one row per language says which files are its own (identify tags, file
suffixes, shebang words), where its checker lives, how costly it is to parse and which parser
libraries it uses. Nothing else in the tool names a language.

A row may also own files by name (`names`: regexes for the file name, or for its directory and
name, matched whole against the path's last two components), for files such as `yarn.lock` or
`requirements/dev.txt` that identify gives no tag of their own; names are matched before tags,
with one compiled pattern (about a microsecond a path).

A language's checker is a module of this package with `check(source, config) ->
Iterable[Finding]`, imported on first use: a warm run served from the cache imports no parser
front end at all. A row without a module is a kind whose files get the marker check only."""
from __future__ import annotations

import functools
import importlib
import os


class Language:
    __slots__ = ("kind", "tags", "suffixes", "shebang_words", "module", "cost_rank", "libraries", "unparsed", "names")

    def __init__(self, kind: str, tags: tuple[str, ...], *, module: str | None, cost_rank: int = 99,
                 suffixes: tuple[str, ...] = (), shebang_words: tuple[str, ...] = (),
                 libraries: tuple[str, ...] = (), unparsed: str = "", names: tuple[str, ...] = ()) -> None:
        self.kind, self.tags, self.suffixes, self.shebang_words = kind, tags, suffixes, shebang_words
        self.module, self.cost_rank, self.libraries, self.unparsed = module, cost_rank, libraries, unparsed
        self.names = names


# In matching order: the first row with one of a file's identify tags (or suffixes) owns it.
LANGUAGES: tuple[Language, ...] = (
    Language("python", ("python", "pyi"), module="python", cost_rank=2, shebang_words=("python",),
             libraries=("libcst",)),
    Language("sql", ("sql",), module="sql", cost_rank=1, libraries=("sqlglot", "pglast")),
    Language("javascript", ("jsx", "javascript"), module="javascript", cost_rank=0, shebang_words=("node",),
             libraries=("esprima", "tree_sitter", "tree_sitter_javascript", "oxc_python")),
    Language("yaml", ("yaml",), module="yaml", cost_rank=3, libraries=("ruamel.yaml", "_ruamel_yaml", "yaml12")),
    Language("json", ("json",), module="json", cost_rank=4, libraries=("ruamel.yaml", "_ruamel_yaml")),
    Language("typescript", ("ts", "tsx"), module="typescript", cost_rank=1, suffixes=(".mts", ".cts"),
             libraries=("tree_sitter", "tree_sitter_typescript", "oxc_python")),
    # Dependency manifests, lockfiles and config formats (languages/manifests/).
    Language("requirements", (), module="manifests.requirements", cost_rank=5, libraries=("packaging",),
             names=(r"(requirements|constraints)[^/]*\.(txt|in)", r"[^/]*[-_.](requirements|constraints)\.(txt|in)",
                    r"requirements/[^/]+\.(txt|in)")),
    Language("yarn-lock", (), module="manifests.yarnlock", cost_rank=5, names=(r"yarn\.lock",),
             libraries=("ruamel.yaml", "_ruamel_yaml")),
    Language("package-lock", (), module="manifests.packagelock", cost_rank=4,
             names=(r"(package-lock|npm-shrinkwrap)\.json",), libraries=("ruamel.yaml", "_ruamel_yaml")),
    Language("toml", ("toml",), module="manifests.tomlfile", cost_rank=6, libraries=("tomli",)),
    Language("go-mod", ("go-mod",), module="manifests.gomod", cost_rank=7),
    Language("go-sum", ("go-sum",), module="manifests.gosum", cost_rank=7),
    Language("gemfile-lock", ("gemfile-lock",), module="manifests.gemfilelock", cost_rank=7),
    Language("ini", ("ini", "editorconfig"), module="manifests.inifile", cost_rank=7),
    Language("xml", ("xml",), module="manifests.xmlfile", cost_rank=6, libraries=("defusedxml",)),
)
BY_KIND: dict[str, Language] = {language.kind: language for language in LANGUAGES}
_SHEBANG_KINDS = frozenset(language.kind for language in LANGUAGES if language.shebang_words)  # scripts' kinds
CHECKERS: dict = {}  # kind -> check, filled on first use (tests may put their own here)
COST_RANK = {language.kind: language.cost_rank for language in LANGUAGES}  # slowest parsers first: a short tail
# Every library whose build goes into the tool's build id (store/build.py), plus identify (file kinds).
LIBRARIES = tuple(dict.fromkeys(["identify", *(name for language in LANGUAGES for name in language.libraries)]))


@functools.lru_cache(maxsize=1)
def _names():
    """One pattern for every row that owns files by name (a named group per row), compiled on first use."""
    import re

    rows = [(f"k{index}", language) for index, language in enumerate(LANGUAGES) if language.names]
    pattern = "|".join(f"(?P<{group}>{'|'.join(f'(?:{name})' for name in language.names)})" for group, language in rows)
    return re.compile(f"(?:[^/]*/)?(?:{pattern})"), {group: language.kind for group, language in rows}


def checker_for(kind: str):
    """The kind's `check` function, or None for kinds that get the marker check only."""
    if kind not in CHECKERS:
        language = BY_KIND.get(kind)
        if language is None or language.module is None:
            return None
        CHECKERS[kind] = importlib.import_module(f"{__name__}.{language.module}").check
    return CHECKERS[kind]


def unparsed_note(kind: str) -> str:
    """What --debug says of a file of a kind that has no parser yet ("" for none)."""
    language = BY_KIND.get(kind)
    return language.unparsed if language else ""


# Template languages' suffixes: the file renders to code (its shebang is the output's), it is not code.
# So is a configure-style input (`gen.py.in` with `#!@PYTHON@`, `_bounded.pyx.in`): substituted, then built.
TEMPLATE_SUFFIXES = frozenset({".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".template", ".erb", ".mustache",
                               ".hbs", ".handlebars", ".liquid", ".njk", ".ejs", ".mako", ".tt", ".in",
                               # ... and a test harness's case file: the sample (its `#!` line the sample's), then
                               # what the tool must give for it (Prism's tests/languages/<lang>/x.test, sqllogictest's)
                               ".test"})
# Template compilers that name their templates `<name>.<compiler>.<output suffix>`: Twirl (Play,
# sbt-twirl: `feed.scala.xml`, `menu.scala.js`, `mail.scala.txt`) and Rocker (`item.rocker.json`) compile
# the file into a function that renders the output; it opens with the template's signature
# (`@(items: List[Item])`, `@args (...)`), not with what the suffix names.
TEMPLATE_INFIXES = frozenset({".scala", ".rocker"})
# identify's tags that say what a file is made of, not which language it is written in
_NOT_A_LANGUAGE = frozenset({"text", "plain-text", "binary"})


def kind_of(path: str, head: bytes = b"") -> str:
    """A registry kind, binary, or text."""
    slashed = path.replace(os.sep, "/") if os.sep != "/" else path
    slash = slashed.rfind("/")
    tail = slashed[slashed.rfind("/", 0, slash) + 1:] if slash > 0 else slashed  # names look at two components at most
    pattern, kinds = _names()
    match = pattern.fullmatch(tail)
    if match:
        return kinds[match.lastgroup]
    name = os.path.basename(path)
    if not any(part in _identify_names() for part in (name, *name.split("."))):  # decided by the extension alone
        extension = os.path.splitext(name)[1].lower()
        if extension in TEMPLATE_SUFFIXES:  # module.j2 opening with `#!/usr/bin/env python` renders Python
            return "text"
        stem = name[:len(name) - len(extension)]
        if "." in stem[1:] and os.path.splitext(stem)[1].lower() in TEMPLATE_INFIXES:  # feed.scala.xml: Twirl's
            return "text"
        kind = _kind_by_extension(extension)
        if kind in _CODE_KINDS and opens_as_xml(head):  # Qt Linguist's translations are `.ts` files
            return "xml"
        if kind == "text" and head:  # a suffix that names a language (.pyx, .sh) decides; a shebang only names the rest
            return _kind_from_tags(_tags(f"x{extension}"), head)
        return _interpreter_says(kind, head)
    return _kind_from_tags(_tags(name), head)


# kinds no file of which can open with an XML declaration: one that does is XML whatever its suffix says
_CODE_KINDS = frozenset({"python", "javascript", "typescript", "json", "sql"})


def opens_as_xml(head: bytes) -> bool:
    """Whether the bytes open with an XML declaration (`<?xml ...?>`, after a BOM or blank space)."""
    stripped = head.lstrip(b"\xef\xbb\xbf").lstrip()
    return stripped.startswith(b"<?xml") and stripped[5:6] in (b" ", b"\t", b"\r", b"\n", b"?")


@functools.lru_cache(maxsize=1)
def _identify_names():
    """identify's names that decide a file's tags by more than its extension. identify is loaded
    on first use: the build id (store/build.py), which a replayed run computes, reads this module."""
    from identify import extensions

    return extensions.NAMES


def _tags(name: str) -> set[str]:
    """identify.identify.tags_from_filename(name), read from identify's tables (identify.extensions)
    alone: identify.identify also imports typing, shlex and a vendored list of licence texts, a
    tenth of a hook's start-up imports (tests/test_lazy_imports.py keeps the two equal)."""
    from identify import extensions

    ext = os.path.splitext(name)[1]
    tags: set[str] = set()
    for part in [name, *name.split(".")]:  # "Dockerfile.xenial" is a Dockerfile
        if part in extensions.NAMES:
            tags.update(extensions.NAMES[part])
            break
    if ext:
        ext = ext[1:].lower()
        if ext in extensions.EXTENSIONS:
            tags.update(extensions.EXTENSIONS[ext])
        elif ext in extensions.EXTENSIONS_NEED_BINARY_CHECK:
            tags.update(extensions.EXTENSIONS_NEED_BINARY_CHECK[ext])
    return tags


@functools.lru_cache(maxsize=512)
def _kind_by_extension(ext: str) -> str:
    for language in LANGUAGES:
        if ext in language.suffixes:
            return language.kind
    return _kind_from_tags(_tags(f"x{ext}"), b"")


def _kind_from_tags(tags: set[str], head: bytes) -> str:
    for language in LANGUAGES:
        if any(tag in tags for tag in language.tags):
            return _interpreter_says(language.kind, head)
    if "binary" in tags:
        return "binary"
    if tags - _NOT_A_LANGUAGE:  # Cython's `#!python` atop a .pyx, a Makefile: their language, unchecked here
        return "text"
    return _kind_from_shebang(head)


# interpreters of languages without a checker here: a script they run is theirs whatever its suffix
FOREIGN_INTERPRETERS = frozenset({"ruby", "jruby", "perl", "php", "lua", "luajit", "tclsh", "wish", "rscript",
                                  "julia", "elixir", "escript", "guile", "racket", "osascript", "pwsh", "groovy"})


def _interpreter_says(kind: str, head: bytes) -> str:
    """The kind a file's `#!` line gives when it names an interpreter of another language than its suffix
    does: Bundler's binstub for a gem's executable `gprof2dot.py` is Ruby, a `.py` run by perl is Perl.
    The interpreter decides what the file is. A shell (`#!/bin/sh` before a sh/Python polyglot), a runner
    (`env -S uv run`) or an interpreter nobody knows leaves the suffix's kind."""
    if not head.startswith(b"#!") or kind not in _SHEBANG_KINDS:
        return kind
    interpreter = _interpreter(head)
    if interpreter in FOREIGN_INTERPRETERS:
        return "text"
    for language in LANGUAGES:
        if language.kind != kind and interpreter in language.shebang_words:
            return language.kind
    return kind


def _interpreter(head: bytes) -> str:
    """The program a `#!` line runs (through env, its options and assignments skipped), version digits
    dropped, lower-case: '#!/usr/bin/env -S python3.11 -u' -> 'python'."""
    words = head.split(b"\n", 1)[0][2:].decode("latin-1").split()
    if words and os.path.basename(words[0]) == "env":
        words = [word for word in words[1:] if not word.startswith("-") and "=" not in word]
    program = os.path.basename(words[0]).lower() if words else ""
    return program.rstrip("0123456789.")


def _kind_from_shebang(head: bytes) -> str:
    if head.startswith(b"#!"):
        first = head.split(b"\n", 1)[0].decode("latin-1")
        for language in LANGUAGES:
            if any(word in first for word in language.shebang_words):
                return language.kind
    return "text"
