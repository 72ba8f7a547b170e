"""JSON: syntax errors and every duplicate object key (JSON-with-comments files tolerated)."""
from __future__ import annotations

import json
import re

from ..findings import Finding
from . import context
from .repeats import recorded_data
from .test_inputs import (DOCUMENTATION_DIRS, FIXTURE_DIRS, deliberately_invalid, excusing, in_test_dir,
                          quiet_on_deliberately_invalid)
from .yaml_nodes import repeated_items_in_json
from ..textpos import line_col

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|//[^\n]*|/\*.*?\*/', re.S)
TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*"|,(\s*[}\]])')  # a string first: its commas are its text
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
STRING_WITH_CONTROLS = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)  # a string, raw control characters and all
CONTROL = re.compile(r"[\x00-\x1f]")
# Jinja: {{ }}, {% %}, {# #}; ERB; a line template's code line (Mojo::Template's `% code`, `%= expr`, `%# comment`,
# which Mojolicious's JSONConfig renders first; Mako's and Mason's `% if`), found outside strings only
TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#(?s:.*?)#\}|<%(?!%)(?s:.*?)%>|(?m:^[ \t]*%(?:[ \t#=]|[a-z]+\b)[^\n]*)")
# (pyrightconfig.json: pyright's _parseJsonConfigFile reads it with jsonc-parser, allowTrailingComma on)
JSONC_NAMES = re.compile(r"^(tsconfig.*|jsconfig.*|devcontainer|\.devcontainer|.*\.jsonc|\.eslintrc|\.babelrc|"
                         r".*\.code-snippets|.*\.code-workspace|pyrightconfig)(\.json)?$")


# Editors' settings folders, read as VS Code reads its own: comments and trailing commas (Theia, built on
# VS Code's settings format: RustPython's .theia/settings.json; Zed's .zed/settings.json)
EDITOR_SETTINGS = ("/.vscode/", "/.theia/", "/.zed/")
# Files their tool reads with a JSON5 parser (babel: .babelrc, .babelrc.json, babel.config.json):
# unquoted keys, single quotes, trailing commas are valid there.
JSON5_NAMES = re.compile(r"^(\.babelrc(\.json)?|babel\.config\.json|.*\.json5)$")

NON_FINITE = re.compile(r"-?(?:NaN|Infinity)")


class _Duplicate(Exception):
    pass


class _NonFinite(Exception):
    """NaN, Infinity or -Infinity: Python's json reads them, RFC 8259 (and JSON.parse) does not."""


def _non_finite(name: str):
    raise _NonFinite(name)


def _loads(text: str, **hooks):
    """json.loads as JSON is: numbers left as text (a 5,000-digit integer is valid JSON, and
    Python's int() refuses it), NaN and Infinity refused."""
    return json.loads(text, parse_int=str, parse_float=str, parse_constant=_non_finite, **hooks)


def _non_finite_error(text: str, name: str) -> json.JSONDecodeError:
    """The syntax error for the first NaN/Infinity outside a string."""
    blanked = STRING.sub(lambda m: " " * len(m.group()), text)
    match = NON_FINITE.search(blanked)
    return json.JSONDecodeError(f"{name.lstrip('-')} is not JSON (RFC 8259 has no NaN or Infinity)", text,
                                match.start() if match else 0)


# JSON has no comments, so people write them as keys, one per note: "//" (npm's package.json
# convention, changesets' config), "// note", "#", "_comment", "__comment", "$comment". The same
# comment key again is the idiom, never a lost value (nothing reads them): not a duplicate.
COMMENT_KEY = re.compile(r"^(?://(?:[\s=*#-].*)?|#(?:\s.*)?|_{1,2}comment|\$comment)$", re.S)


def _reject_duplicates(pairs):
    keys = [key for key, _ in pairs if not COMMENT_KEY.match(key)]
    if len(keys) != len(set(keys)):
        raise _Duplicate
    return None


@quiet_on_deliberately_invalid
def check(source, config):
    return _check(source)


def _check(source):
    text = source.text
    if not text.strip().lstrip("\ufeff"):
        source.note("empty JSON file (a placeholder): nothing to parse")
        return []
    found, error = _judged(source.path, text)  # RecursionError: the runner's RL012
    if found is not None:
        return found
    shaped = _other_shape(source, text, error)  # JSON Lines, a stream of documents, a leading # line
    if shaped is not None:
        return shaped
    if _a_notice(text):
        source.note("not JSON but a notice in prose (no bracket, brace or quote: a sentence left in place of the file, "
                    "such as where it moved): nothing to parse")
        return []
    if recorded_data(source.path) and _a_notice(text, words=1):
        source.note("a plain-text body in recorded test data (no bracket, brace or quote: what a server sent, "
                    "recorded under the folder's suffix): nothing to parse")
        return []
    stripped = strip_comments(text)
    if stripped != text and (_is_jsonc_file(source.path) or _has_comment(text)):
        try:
            found, _ = _judged(source.path, stripped)
        except RecursionError:
            found = None
        if found is not None:
            source.note("JSON with comments")
            return found
        examples = _documentation_examples(source, text, stripped)
        if examples is not None:
            return examples
    importer = _jsonnet_importer(source.path)
    if importer is not None:
        return _as_jsonnet(source, text, error, importer)
    if _is_json5_file(source.path):
        as_json = json5_as_json(text)
        if as_json is not None:
            found = _judged_as(source, as_json, "JSON5 (its reader, Babel's, reads JSON5): checked as JSON5")
            if found is not None:
                return found
    if EXPO_CONFIG_NAMES.match(source.path.replace("\\", "/").rsplit("/", 1)[-1]):
        as_json = json5_as_json(text)
        if as_json is not None and _expo_config(as_json):
            found = _judged_as(source, as_json, "Expo's app config (Expo reads app.json with JSON5): checked as JSON5")
            if found is not None:
                return found
    if JSON5_NAMES.match(source.path.replace("\\", "/").rsplit("/", 1)[-1]):
        judged = _as_json5(source, text, error)
        if judged is not None:
            return judged
    if YAML_READ_NAMES.match(source.path.replace("\\", "/").rsplit("/", 1)[-1]):
        found = _with_trailing_commas(source, text, "{} read by a YAML parser, which allows a trailing comma in a flow "
                                                    "collection (RL411 on line {} not reported): the rest checked")
        if found is not None:
            return found
    if excusing() and _in_test_data(source.path):
        found = _with_trailing_commas(source, text)
        if found is not None:
            return found
    blanked = STRING.sub(lambda m: " " * len(m.group()), text)
    if PLACEHOLDER.search(blanked):
        return _with_placeholders(source, text, blanked)
    template = TEMPLATE.search(blanked)
    if template:
        source.note(f"templated JSON ({template.group().splitlines()[0]!r} on line {line_col(text, template.start())[0]},"
                    f" outside any string): conflict markers checked only")
        return []
    line, col, message = _same_on_every_python(text, error)
    return [Finding(source.path, line, col, "RL411", message)]


NOTICE_START = re.compile(r"\A\ufeff?\s*[A-Za-z]")
WORD = re.compile(r"[A-Za-z]{2,}")


JSON_WORDS = frozenset({"true", "false", "null"})


def _a_notice(text: str, words: int = 3) -> bool:
    """Whether the file is text instead of JSON (\"This file has moved to ...\"; in recorded test data, a plain
    body such as `OK`): it starts with a letter, holds `words` words or more, not one of JSON's brackets,
    braces or quotes, which any JSON document, and any merge or edit of one, keeps, and more than JSON's own
    words and numbers (`true` and `false` on two lines are both halves of a conflict kept)."""
    if not NOTICE_START.match(text) or any(c in text for c in '{}[]"'):
        return False
    tokens = text[:4096].split()
    return len(WORD.findall(text[:4096])) >= words and not all(
        token in JSON_WORDS or NUMBER_TOKEN.fullmatch(token) for token in tokens)


NUMBER_TOKEN = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?,?")


# A placeholder a script fills in before the file is read (envsubst, sed, Terraform's templatefile, a
# Gradle or Maven filter): `${NAME}` outside any string. JSON has no `$` outside strings and a merge
# writes none, so the file is a template; where each one stands for a whole value, the rest is JSON.
# The other spellings of one, where a whole value goes: autoconf's and CMake's `@NAME@`, a batch file's `%NAME%`,
# a test's `__name__` (httpie's session fixtures: `"domain": __host__`, replaced by json.dumps(host)).
PLACEHOLDER = re.compile(r"\$\{[^{}\n]+\}|(?<=[:\[,])[ \t]*(?:@[A-Za-z_][\w.-]*@|%[A-Za-z_]\w*%|__[A-Za-z]\w*?__)"
                         r"(?=[ \t]*[,\]}\r\n])")


def _with_placeholders(source, text: str, blanked: str) -> list:
    """The findings of a file with `${...}` placeholders outside strings: each read as a value of
    its own length (a number), the rest checked; when that is not JSON (a placeholder that stands
    for several members), a template: conflict markers only."""
    spans = [m.span() for m in PLACEHOLDER.finditer(blanked)]
    valued = "".join(text[end:start] + "0".ljust(stop - start)
                     for (_, end), (start, stop) in zip([(0, 0), *spans], spans)) + text[spans[-1][1]:]
    placeholder = PLACEHOLDER.search(blanked)
    line = line_col(text, placeholder.start())[0]
    found = _judged_as(source, valued, f"placeholders filled in before the file is read ({placeholder.group().strip()!r} on "
                                       f"line {line}, outside any string): each read as a value, the rest checked")
    if found is not None:
        return found
    source.note(f"templated JSON ({placeholder.group().strip()!r} on line {line}, outside any string): conflict markers "
                "checked only")
    return []


def _documentation_examples(source, text: str, stripped: str) -> list | None:
    """The findings of a documentation folder's page of examples, or None: commented JSON documents one
    after another (alternatives, each introduced by a comment), for readers, not a loader. Each is still
    checked for duplicate keys. Without comments, two documents may be both halves of a whole file kept."""
    folders = source.path.replace("\\", "/").lower().split("/")[:-1]
    if not _has_comment(text) or not DOCUMENTATION_DIRS.intersection(folders):
        return None
    documents = _documents(stripped)
    if documents is None:
        return None
    source.note(f"{documents} commented JSON examples in a documentation file: each checked")
    return _stream_duplicates(source.path, stripped)


def _as_json5(source, text: str, error) -> list | None:
    """A JSON5 file json rejects: JSON5 is a subset of JavaScript's expressions, so when oxc rejects
    the text as one, it is broken for certain (None: the RL411 stands); when oxc reads it, or cannot
    say, json's error is no verdict on JSON5: an RL014 note. No JSON5 parser here reads its keys."""
    from .authority import oxc_rejects, unconfirmed

    rejects, why = oxc_rejects(f"(\n{text}\n)", "script")
    if rejects:
        return None
    line, col, message = _same_on_every_python(text, error)
    return [unconfirmed(source.path, line, col, "Python's json", message, "oxc",
                        why or "reads it as a JavaScript expression, as JSON5 (what babel reads this file as) is")]


# `import 'x.json'` in Jsonnet (not `importstr`/`importbin`, which read text or bytes): Jsonnet reads the
# file as Jsonnet, a superset of JSON (trailing commas, unquoted keys, single quotes, comments).
JSONNET_IMPORT = re.compile(r"(?<![\w$])import\s*(['\"])((?:(?!\1)[^\\\n]|\\.)*\.json)\1")
JSONNET_SUFFIXES = (".jsonnet", ".libsonnet")
SKIPPED_FOLDERS = frozenset({".git", "node_modules"})
JSONNET_WALK_LIMIT = 20000  # folders: past that the tree is not walked further (the file stays strict JSON)


def _jsonnet_importer(path: str) -> str | None:
    """The Jsonnet file of the tree (relative path) that imports this .json file, or None. Jsonnet resolves an
    import from the importing file's folder, then from its library paths (`-J vendor`): a path that is not
    relative (no leading `./`, `../`) is matched by its ending too."""
    target = context.located(path)
    if target is None:
        return None
    rel = context.relative(target, context.top())
    if not rel:
        return None
    relative_to, suffixes = _jsonnet_imports()
    if rel in relative_to:
        return relative_to[rel]
    for suffix, importer in suffixes.items():
        if rel == suffix or rel.endswith("/" + suffix):
            return importer
    return None


@context.memo(16)
def _jsonnet_imports() -> tuple[dict[str, str], dict[str, str]]:
    """Every .json file the tree's Jsonnet files import: ({path relative to the tree: importer},
    {library-path import: importer}). Read only when a .json file is not JSON (a cold path)."""
    import os

    tree = context.top()
    relative_to: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    pending, seen = [""], set()
    while pending and len(seen) < JSONNET_WALK_LIMIT:
        folder = pending.pop()
        absolute = os.path.join(tree, *folder.split("/")) if folder else tree
        real = os.path.realpath(absolute)
        if real in seen:
            continue
        seen.add(real)
        for name in context.listing(absolute):
            rel = f"{folder}/{name}" if folder else name
            full = os.path.join(absolute, name)
            if name.endswith(JSONNET_SUFFIXES):
                data = context.read(full)
                if data is None:
                    continue
                for match in JSONNET_IMPORT.finditer(data.decode("utf-8", "replace")):
                    imported = match.group(2)
                    joined = os.path.normpath(os.path.join(folder, imported)).replace(os.sep, "/")
                    if not joined.startswith("../"):
                        relative_to.setdefault(joined, rel)
                    if not imported.startswith(("./", "../", "/")):
                        suffixes.setdefault(imported, rel)
            elif name not in SKIPPED_FOLDERS and "." not in name[:1] and os.path.isdir(full):
                pending.append(rel)
    return relative_to, suffixes


def _as_jsonnet(source, text: str, error, importer: str) -> list:
    """The findings of a .json file a Jsonnet file imports: Jsonnet reads it as Jsonnet. Its JSON5-like
    liberties (the ones JSON5 shares with Jsonnet) are rewritten to JSON and the rest checked, duplicate keys
    too (a duplicate field is an error in Jsonnet as well); beyond those (a Jsonnet expression) no parser here
    can say: an RL014 note, never an error."""
    from .authority import unconfirmed

    as_json = json5_as_json(text)
    if as_json is not None:
        found = _judged_as(source, as_json, f"read by Jsonnet (imported by {importer}), which reads JSON with trailing "
                                            "commas, unquoted keys, single quotes and comments: the rest checked")
        if found is not None:
            return found
    line, col, message = _same_on_every_python(text, error)
    return [unconfirmed(source.path, line, col, "Python's json", message, "no Jsonnet parser",
                        f"is installed to read it as {importer} does, as Jsonnet")]


def _in_test_data(path: str) -> bool:
    """Whether path is test data of the tree checked: in a test folder (the folders above the tree,
    such as a temporary directory named for a test, are not the project's), not among fixtures,
    which are often sample projects whose manifests their own strict tools read (composer.json), nor
    a deliberately invalid input, which test_inputs excuses whole."""
    rel = context.relative(path, context.top()) or path
    folders = [folder.lower() for folder in rel.replace("\\", "/").split("/")[:-1]]
    return in_test_dir(rel) and not any(folder in FIXTURE_DIRS for folder in folders) \
        and not deliberately_invalid(rel)


# Files their tool reads with a YAML parser, whatever the suffix: Docusaurus reads a docs folder's
# _category_.json with js-yaml (as it does _category_.yml). JSON is YAML's flow style, where a trailing
# comma is allowed; that is the one departure from JSON excused, the rest (duplicate keys too) is checked.
YAML_READ_NAMES = re.compile(r"^_category_\.json$")


def _with_trailing_commas(source, text: str, why: str = "") -> list | None:
    """The findings of test data whose trailing commas are its only departure from JSON, or None.
    Such a file is read by a lenient reader (jsonc-parser, JSON5: angular-cli's workspace test
    cases) or is invalid on purpose (jest's jest-preset.json, for a test that expects JSON.parse's
    error): either way not a defect of the file as committed. Its duplicate keys still count, and
    git's earlier versions bring the error back when a change brought the comma
    (runner.check_data_against: the note's phrase is one of test_inputs.EXCUSES)."""
    blanked = STRING.sub(lambda m: "s" * len(m.group()), text)  # a string stays a value, its commas none
    commas = [match.start() for match in TRAILING_COMMA.finditer(blanked) if match.group(1) is not None]
    if not commas:
        return None
    chars = list(text)
    for at in commas:
        chars[at] = " "
    line = line_col(text, commas[0])[0]
    if why:
        return _judged_as(source, "".join(chars), why.format(source.path.replace("\\", "/").rsplit("/", 1)[-1], line))
    return _judged_as(source, "".join(chars), f"a trailing comma in test data (RL411 on line {line} not reported: "
                                              "a lenient reader's input, or an invalid one on purpose): the rest checked")


LEADING_HASH_LINES = re.compile(r"\A\ufeff?(?:[ \t]*#[^\n]*\n)+")


def _other_shape(source, text: str, error: json.JSONDecodeError) -> list | None:
    """The findings of data that is JSON in another shape on purpose, or None: JSON Lines or a
    stream of documents in test data, or three and more JSON Lines anywhere (json.loads stops
    with "Extra data"; every document parses: their duplicate keys still count), and a leading
    `#` comment line that the loader strips."""
    if error.msg.startswith("Extra data"):
        documents = _documents(text)
        one_per_line = documents is not None and documents == sum(1 for line in text.splitlines() if line.strip())
        # Two documents may be both halves of a conflict over a whole file: only test data (in a
        # test folder or a folder of recorded data), or three and more JSON Lines, is a stream on purpose.
        if documents is not None and (in_test_dir(source.path) or (one_per_line and documents >= 3)
                                      or recorded_data(source.path)):
            source.note(f"{documents} JSON documents in one file (JSON Lines or a stream): each checked")
            return _stream_duplicates(source.path, text)
    if error.msg.endswith("(RFC 8259 has no NaN or Infinity)") and in_test_dir(source.path):
        # a lenient reader's extension (Python's json) in the project's own test data, never a merge's
        # artefact: its tests read it with that reader. Checked as JSON with each constant as a number.
        finite = NON_FINITE.sub(lambda m: "0".ljust(len(m.group())),
                                STRING.sub(lambda m: "\0" * len(m.group()), text))
        finite = "".join(original if mine == "\0" else mine for original, mine in zip(text, finite))
        return _judged_as(source, finite, "NaN or Infinity in test data (Python's json reads them; RFC 8259 does "
                                          "not): the rest checked")
    if error.msg.startswith("Invalid control character") and in_test_dir(source.path) \
            and not deliberately_invalid(source.path):  # JSON_checker's fail24.json is refused on purpose
        # a raw tab or line break inside a string (SQL pasted into a recorded response): RFC 8259 wants it
        # escaped, lenient readers (fastjson, json with strict=False) take it, and no merge writes one
        escaped = STRING_WITH_CONTROLS.sub(lambda m: CONTROL.sub(" ", m.group()), text)
        return _judged_as(source, escaped, "a raw control character inside a string of test data (a lenient "
                                           "reader's input; RFC 8259 wants it escaped): the rest checked")
    hashes = LEADING_HASH_LINES.match(text)
    if hashes:
        blanked = re.sub(r"[^\n]", " ", hashes.group()) + text[hashes.end():]
        return _judged_as(source, blanked, "leading `#` comment lines (stripped by the file's loader): the rest "
                                           "checked as JSON")
    if error.pos == len(text) - len(text.lstrip("\ufeff \t\r\n")) and BLOCK_YAML.match(text):
        return _as_yaml(source, text)
    return None


# A YAML block document: its first line (after blank, comment and `---` lines) an unquoted `key:` or a `- ` item.
BLOCK_YAML = re.compile(r"\A\ufeff?(?:[ \t]*(?:#[^\n]*|---[ \t]*)?\r?\n)*(?:[A-Za-z_][\w.-]*:(?:[ \t]|\r?$)|- )", re.M)


def _as_yaml(source, text: str) -> list | None:
    """The findings of a YAML block document kept with a .json suffix (a loader that reads JSON with a YAML
    parser, as liquibase's does), or None when it is not YAML either. A merge of JSON keeps JSON's
    braces: a file that is block YAML from its first line is YAML on purpose. Its duplicate keys count."""
    from .yaml_nodes import compose_all

    try:
        documents = compose_all(text)
    except RecursionError:
        raise
    except Exception:  # not YAML either: the JSON error stands
        return None
    if not documents or not all(type(node).__name__ in ("MappingNode", "SequenceNode") for node in documents):
        return None
    from .yaml import duplicate_keys

    source.note("a YAML document with a .json suffix (its loader reads YAML): checked as YAML")
    return list(duplicate_keys(source.path, documents))


def _judged_as(source, text: str, note: str) -> list | None:
    """The findings of text, a same-length rewrite of the file, when it is JSON (with note), else None."""
    try:
        found, _ = _judged(source.path, text)
    except RecursionError:
        return None
    if found is not None:
        source.note(note)
    return found


def _documents(text: str) -> int | None:
    """How many JSON documents text is, one after another (at least two), or None if it is not that."""
    decoder = json.JSONDecoder()
    at, count, end = 0, 0, len(text)
    while True:
        while at < end and text[at] in " \t\r\n":
            at += 1
        if at >= end:
            return count if count > 1 else None
        try:
            _value, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            return None
        count += 1


def _stream_duplicates(path: str, text: str) -> list:
    """The duplicate keys of a stream of documents that each parse ([] when no object repeats a key)."""
    decoder = json.JSONDecoder(object_pairs_hook=_reject_duplicates)
    at, end = 0, len(text)
    try:
        while True:
            while at < end and text[at] in " \t\r\n":
                at += 1
            if at >= end:
                return []
            _value, at = decoder.raw_decode(text, at)
    except _Duplicate:
        return list(duplicate_keys(path, text))


def _same_on_every_python(text: str, error: json.JSONDecodeError) -> tuple[int, int, str]:
    """The error as Python 3.11 and 3.12 word and place it. Python 3.13's json reports a trailing
    comma at the comma ("Illegal trailing comma before end of ..."); the findings must not depend
    on the interpreter, so the error is put back where the older ones put it: at the closing
    bracket, as a missing property name or value. A raw control character in a string is named,
    since json's own message ("Invalid control character at") reads cut short."""
    if error.msg.startswith("Illegal trailing comma"):
        after = len(text) - len(text[error.pos + 1:].lstrip(" \t\r\n"))
        if after < len(text) and text[after] in "}]":
            line, col = line_col(text, after)
            return line, col, ("Expecting property name enclosed in double quotes" if text[after] == "}"
                               else "Expecting value")
    if error.msg.startswith("Invalid control character"):
        # Python's json says "Invalid control character at" and puts the place after it: name the character
        char = text[error.pos] if error.pos < len(text) else ""
        kind = CONTROL_NAMES.get(char, f"U+{ord(char):04X}" if char else "a control character")
        return error.lineno, error.colno, f"Invalid control character ({kind}) inside a string: JSON wants it escaped"
    return error.lineno, error.colno, error.msg


CONTROL_NAMES = {"\n": "a raw line break", "\r": "a raw carriage return", "\t": "a raw tab"}


# Files whose reader takes JSON5 (unquoted keys, single-quoted strings, comments, trailing commas,
# hexadecimal and signed numbers): Babel reads its JSON configuration with json5.
JSON5_NAMES = re.compile(r"^(\.babelrc(\.json)?|babel\.config\.json|.*\.json5)$")
JSON5_TOKEN = re.compile(r"""(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(?P<comment>//[^\n]*|/\*.*?\*/)"""
                         r"|(?P<number>[+-]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity|NaN))"
                         r"|(?P<name>[A-Za-z_$][\w$]*)(?=\s*:)", re.S)


# Expo reads its static app config with JSON5 (@expo/config's getStaticConfig: JsonFile.read(path,
# { json5: true })): an app.json or app.config.json whose top level is {"expo": {...}}. Another tool's
# app.json (Heroku's) is JSON.
EXPO_CONFIG_NAMES = re.compile(r"^app(\.config)?\.json$")


def _expo_config(as_json: str) -> bool:
    try:
        data = json.loads(as_json)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and isinstance(data.get("expo"), dict)


def _is_json5_file(path: str) -> bool:
    return bool(JSON5_NAMES.match(path.replace("\\", "/").rsplit("/", 1)[-1]))


def json5_as_json(text: str) -> str | None:
    """JSON5 text rewritten as JSON on the same lines (columns may move): comments blanked, keys
    quoted, single-quoted strings double-quoted, numbers made JSON numbers, trailing commas dropped;
    None when a string spans lines (a JSON5 line continuation). What JSON5 does not allow either is
    left as it is, for json to reject."""
    def rewrite(match):
        token = match.group()
        if match.group("comment"):
            return re.sub(r"[^\n]", " ", token)
        if match.group("name"):
            return json.dumps(token)
        if match.group("number"):
            sign, digits = ("-" if token[0] == "-" else ""), token.lstrip("+-")
            if digits in ("Infinity", "NaN"):
                return sign + "0"
            if digits[:2].lower() == "0x":
                return sign + str(int(digits, 16))
            if digits.startswith("."):
                digits = "0" + digits
            if digits.endswith(".") or ".e" in digits.lower():
                digits = digits.replace(".", ".0", 1)
            return sign + digits
        if token.startswith("'"):
            inner = re.sub(r"\\(.)", lambda m: m.group(1) if m.group(1) in "'" else m.group(), token[1:-1])
            return '"' + re.sub(r'(?<!\\)((?:\\\\)*)"', r'\1\\"', inner) + '"'
        return token

    if re.search(r"\\\r?\n", text):
        return None
    return without_trailing_commas(JSON5_TOKEN.sub(rewrite, text), "")


def _is_jsonc_file(path: str) -> bool:
    """Files that tools read as JSON with comments and trailing commas."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(JSONC_NAMES.match(name)) or any(folder in f"/{path}" for folder in EDITOR_SETTINGS) \
        or _contributed_to_vscode(path)


def _contributed_to_vscode(path: str) -> bool:
    """A file that the nearest package.json, a VS Code extension's manifest (`engines.vscode`),
    names under `contributes` (a theme, icon theme, snippets, a language configuration): VS Code
    reads those with its JSON-with-comments reader, which takes comments and trailing commas. The
    manifest is looked for in the file's folder and above, within the tree checked (context.py:
    never above it; the manifest is a dependency of the file's cached result)."""
    import os

    target = context.located(path)
    manifest = context.nearest(os.path.dirname(os.path.abspath(path)), "package.json") if target else None
    return manifest is not None and os.path.normpath(target) in _vscode_contributions(manifest)


@context.memo(256)
def _vscode_contributions(manifest: str) -> frozenset[str]:
    """The paths (folders resolved) a package.json contributes when it is a VS Code extension
    manifest; empty if it is not."""
    import os

    data = context.read(manifest)
    if data is None:
        return frozenset()
    try:
        data = json.loads(data[:1 << 20])
    except (ValueError, RecursionError):
        return frozenset()
    if not (isinstance(data, dict) and isinstance(data.get("engines"), dict) and "vscode" in data["engines"]):
        return frozenset()
    directory = os.path.dirname(manifest)
    named: set[str] = set()
    pending = [data.get("contributes")]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, str) and value.lower().endswith((".json", ".jsonc")) and "://" not in value:
            named.add(os.path.normpath(os.path.join(directory, value)))
    return frozenset(named)


def _has_comment(text: str) -> bool:
    return any(m.group().startswith("/") for m in TOKEN.finditer(text))


def _load(text: str) -> None:
    _loads(text, object_pairs_hook=_reject_duplicates)


def _judged(path: str, text: str) -> tuple[list | None, json.JSONDecodeError | None]:
    """(its findings, None) for text that is JSON: repeated items, or its duplicate keys; (None,
    the syntax error) for text that is not, also when a duplicate key came before the error."""
    try:
        _load(text)
        return repeated_items_in_json(path, text), None
    except _Duplicate:
        error = _rest_error(text)
        return (list(duplicate_keys(path, text)), None) if error is None else (None, error)
    except json.JSONDecodeError as exc:
        return None, exc
    except _NonFinite as exc:
        return None, _non_finite_error(text, str(exc))


def _rest_error(text: str) -> json.JSONDecodeError | None:
    """The syntax error of a document whose first duplicate key stopped _load before it read the
    rest, or None when the whole of it is JSON (only then may its keys be scanned)."""
    try:
        _loads(text)
    except json.JSONDecodeError as exc:
        return exc
    except _NonFinite as exc:
        return _non_finite_error(text, str(exc))
    return None


def strip_comments(text: str) -> str:
    """Comments and trailing commas blanked to spaces, so positions stay where they were."""
    def blank(match):
        token = match.group()
        return re.sub(r"[^\n]", " ", token) if token.startswith("/") else token

    without_comments = TOKEN.sub(blank, text)
    return without_trailing_commas(without_comments, " ")


def without_trailing_commas(text: str, blank: str) -> str:
    """Each comma before a closing bracket replaced by `blank`; strings kept as they are."""
    return TRAILING_COMMA.sub(lambda m: m.group() if m.group(1) is None else blank + m.group(1), text)


def duplicate_keys(path: str, text: str):
    """Keys of each object with their positions, from a token scan of (valid) JSON."""
    stack: list[dict | None] = []
    expect_key = False
    for match in TOKEN.finditer(text):
        token = match.group()
        if token == "{":
            stack.append({})
            expect_key = True
        elif token == "[":
            stack.append(None)
            expect_key = False
        elif token in "}]":
            if stack:
                stack.pop()
            expect_key = False
        elif token == ",":
            expect_key = bool(stack) and stack[-1] is not None
        elif token.startswith('"') and expect_key:
            key = json.loads(token)
            seen = stack[-1]
            line, col = line_col(text, match.start())
            if COMMENT_KEY.match(key):
                pass
            elif key in seen:
                yield Finding(path, line, col, "RL412", f"duplicate key {key!r} (first defined on line {seen[key]})")
            else:
                seen[key] = line
            expect_key = False
