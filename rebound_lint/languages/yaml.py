"""YAML: syntax errors and every duplicate key at any depth, from the composed node tree
(ruamel's constructor stops at the first duplicate; composing does not construct at all, so
aliases are never expanded and an alias bomb costs nothing). Templated files (ERB, Go/Helm, Jinja
syntax that is structure, not text in a scalar) and `# yamllint disable-file` files get conflict
markers only; yamllint's key-duplicates comments are honoured."""
from __future__ import annotations

import bisect
import re

from ..findings import Finding
from ..textpos import line_col
from . import authority
from .test_inputs import quiet_on_deliberately_invalid
from .yaml_nodes import EXAMPLE_KEYS, Shapes, canonical, compose_all, each_collection, repeated_items, tag_of

MERGE_TAG = "tag:yaml.org,2002:merge"
# Template syntax: Go/Helm and Jinja (`${{ }}` is a GitHub Actions expression, evaluated after
# parsing: not a template) and ERB (`<% %>`, `<%= %>`, possibly over several lines).
TEMPLATE = re.compile(r"(?<![$\\])\{\{.*?\}\}|\{%.*?%\}|^[ \t]*\{#|<%(?!%)(?s:.*?)%>", re.M)
TEMPLATE_OPENERS = ("{{", "{%", "{#", "<%")  # one starts every TEMPLATE match: a far quicker test
TEMPLATE_LINE = re.compile(r"^[ \t]*(\{\{|\{%|\{#|<%(?!%))", re.M)
# ... or, on the error's line, a {PLACEHOLDER} glued to text that a script substitutes before the YAML
# is read (cert-manager's make/config/bind/service.yaml: `clusterIP: {SERVICE_IP_PREFIX}.16`), or an
# @NAME@ or %NAME% placeholder (autoconf's and CMake's configure_file syntax, a script's sed: longhorn's
# dev/scale-test/statefulset.yaml, `name: @STS_NAME@`; Maven's resource filtering of a Spring Boot
# application.yml, `@project.version@`): `@` and `%` cannot start a plain scalar.
UNQUOTED_TEMPLATE = re.compile(r"""^[^'"#\n]*((?<!\$)\{\{|\{%|<%|\{[A-Z][A-Z0-9_]*\}(?=[\w.:/-])"""
                               r"""|(?<![\w@])@[A-Za-z_][\w.-]*@(?![\w@])|(?<![\w%])%[A-Za-z_]\w*%(?![\w%])"""
                               # ... or a ${name} placeholder (string.Template's, envsubst's: MagicPython renders its
                               # grammars/src/*.inc.syntax.yaml so, `${nested}` standing for several items, `a.${line}.b`
                               # in a flow mapping); not GitHub's ${{ }}
                               r"""|\$\{[A-Za-z_][\w.-]*\})""")
TEXT_STYLES = ("'", '"', "|", ">")  # quoted and block scalars: their content is text
# yamllint's own comments: `# yamllint disable-file`, and disable-line / disable / enable, with
# `rule:key-duplicates` (or no rule: all of them).
YAMLLINT_DISABLE_FILE = re.compile(r"\ufeff?[ \t]*#[ \t]*yamllint[ \t]+disable-file[ \t]*(\n|$)")  # the first line
YAMLLINT_DIRECTIVE = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*yamllint[ \t]+(disable-line|disable|enable)(?![\w-])([^\n]*)", re.M)
YAMLLINT_RULE = re.compile(r"rule:([\w-]+)")
YAMLLINT_DUPLICATES = ("RL402", "RL403")  # yamllint's key-duplicates (duplicated merge keys included)
# Files only Ansible reads, with PyYAML, which merges every `<<` of a mapping in turn: a role's or a test
# target's tasks, handlers, vars, defaults and meta (roles/x/tasks/main.yml, tests/integration/targets/x/
# tasks/), and playbooks/. Two merge keys there are how the file is meant (RL403 is not reported).
# An excerpt's elision: `...`, `....` or `…` alone on a line, indented (a document end marker is not), or
# four dots or more anywhere. Documentation snippets elide the parts they do not show; YAML has no such line
# inside a block, and no merge leaves one: a file that fails to parse and holds one is an excerpt.
ELISION = re.compile(r"^(?:[ \t]+(?:\.{3,}|\u2026)|\.{4,}|\u2026)[ \t]*$", re.M)
# A value that is a ##NAME## placeholder a script substitutes before the YAML is read (argo-cd's
# test/remote/argocd-remote-permissions.yaml: `namespace: ##NAMESPACE##`). As it stands YAML reads it as a
# comment and the value as empty, so items that differ once filled in look identical: no RL404 there.
PLACEHOLDER_COMMENT = re.compile(r"(?:^[ \t]*-|:)[ \t]+##[A-Za-z_]\w*##[ \t]*$", re.M)
ANSIBLE_FILE = re.compile(r"(?:^|/)(?:(?:roles|targets)/[^/]+/(?:tasks|handlers|vars|defaults|meta)|playbooks)/")
# GitLab's CI configuration, which GitLab reads with Ruby's Psych: it merges every `<<` of a mapping in turn too
# Cirrus CI's configuration: its reader keeps repeated top-level `task:`, `pipe:` and `*_builder:` keys, one task
# each, as its documentation writes them (wezterm's and PostgreSQL's .cirrus.yml, .cirrus.tasks.yml)
CIRRUS_FILE = re.compile(r"(?:^|/)\.cirrus(?:\.[\w-]+)*\.ya?ml$")
CIRRUS_TASK_KEY = re.compile(r"duplicate key '(?:\w+_)?(?:task|pipe|builder)'")


def _without_cirrus_tasks(source, findings: list) -> list:
    """findings less the top-level task keys a Cirrus CI file repeats on purpose (a --debug note)."""
    tasks = [f for f in findings if f.code == "RL402" and f.col == 1 and CIRRUS_TASK_KEY.match(f.message)]
    if tasks:
        source.note(f"{len(tasks)} repeated top-level task key(s): Cirrus CI reads each as a task of its own")
    return [f for f in findings if f not in tasks]


def _without_merge_keys_of_test_data(source, findings: list) -> list:
    """findings less RL403 in recorded test data (testdata/, golden/, ...): the input of the project's own loader
    under test, which may merge every `<<` in turn (a CI server's pipeline compiler, tested on pipelines with two
    merge keys). Which loader reads the file is RL403's whole question, and a test's input answers it. A real
    duplicate key (RL402) still counts."""
    from .repeats import recorded_data

    if not recorded_data(source.path):
        return findings
    merges = [f for f in findings if f.code == "RL403"]
    source.note(f"{len(merges)} RL403 not reported: two merge keys in recorded test data (the input of the "
                f"project's own loader under test; line {merges[0].line})")
    return [f for f in findings if f.code != "RL403"]


GITLAB_CI_FILE = re.compile(r"(?:^|/)(?:\.gitlab-ci\.ya?ml|\.gitlab/ci/.*\.ya?ml)$")


@quiet_on_deliberately_invalid
def check(source, config):
    return _check(source, config)


def _check(source, config):
    text = source.text
    if YAMLLINT_DISABLE_FILE.match(text):
        source.note("`# yamllint disable-file`: conflict markers checked only")
        return []
    if _in_chart_templates(source.path, text):
        source.note("templated YAML (a templates/ directory, with {{ or {%): conflict markers checked only")
        return []
    try:
        documents, error = compose_all(text), None
    except RecursionError:
        raise  # the runner runs the checker again with room to recurse, then says RL012
    except MemoryError:
        raise  # the runner's RL013
    except Exception as exc:  # ruamel's YAMLError family and its reader errors
        documents, error = None, exc
    template = _template_outside_scalars(text, documents) if documents is not None else _template_in_broken(text, error)
    if template is not None:
        rendered = _shape_kept(text)
        if rendered is not None:
            source.note("Jinja that keeps the YAML's shape ({% set %} lines, {{ expressions }} inside values): "
                        "duplicate keys checked with each expression as a placeholder")
            return list(_templated_duplicates(source.path, text, rendered))
        source.note(f"templated YAML ({template[0]!r} on line {line_col(text, template[1])[0]}, outside any quoted"
                    f" or block scalar): conflict markers checked only")
        return []
    if error is not None:
        elided = ELISION.search(text)
        if elided is not None:
            source.note(f"an excerpt with elisions ({elided.group().strip()!r} on line "
                        f"{line_col(text, elided.start())[0]}): not YAML as it stands; conflict markers checked only")
            return []
        parts = concatenated_part(source.path)
        if parts is not None:
            source.note(f"a part of a file a script puts together ({parts}): not YAML on its own; conflict markers "
                        "checked only")
            return []
        return [_syntax_error(source.path, text, error)]
    slashed = source.path.replace("\\", "/")
    merges_all = ANSIBLE_FILE.search(slashed) is not None or GITLAB_CI_FILE.search(slashed) is not None  # PyYAML, Psych
    if "#@" in text and YTT_ANNOTATION.search(text):
        source.note("a ytt template (`#@` annotations): duplicates checked within each block, with each computed"
                    " value as a placeholder")
        findings = _ytt_duplicates(source.path, text, config.allow_multiple_merge_keys or merges_all)
    else:
        alternatives: list = []
        findings = list(duplicate_keys(source.path, documents, config.allow_multiple_merge_keys or merges_all, text,
                                       alternatives))
        if alternatives:
            source.note(f"{len(alternatives)} repeated key(s) each introduced by a comment of its own in a documentation"
                        " folder: alternatives shown one after another, not reported")
    if findings and CIRRUS_FILE.search(slashed):
        findings = _without_cirrus_tasks(source, findings)
    if any(f.code == "RL403" for f in findings):
        findings = _without_merge_keys_of_test_data(source, findings)
    if findings and "yamllint" in text:
        disabled = _yamllint_disabled_lines(text, documents)
        kept = [f for f in findings if not (f.code in YAMLLINT_DUPLICATES and f.line in disabled)]
        if len(kept) < len(findings):
            source.note(f"{len(findings) - len(kept)} duplicate key(s) under `# yamllint disable` comments not reported")
        findings = kept
    if any(f.code == "RL404" for f in findings) and "##" in text:
        placeholder = PLACEHOLDER_COMMENT.search(text)
        if placeholder is not None:
            source.note(f"values are ##NAME## placeholders a script fills in (line {line_col(text, placeholder.start())[0]};"
                        " YAML reads them as comments): repeated list items (RL404) not reported")
            findings = [f for f in findings if f.code != "RL404"]
    return findings


# Parts of one file that a script puts together with cat (wekan's restore/docker-start.yml,
# docker-middle-example.yml, docker-end.yml -> docker-compose.yml): the name says which part, and a sibling
# with the same base names another. A later part is an indented continuation, no document on its own; its
# parse error is a note (a part that parses is checked as usual, duplicate keys included).
PART = re.compile(r"^(?P<base>.+?)[-_.](?P<part>start|begin|head|header|top|middle|body|end|tail|footer|bottom)"
                  r"(?:[-_.][\w-]*)?\.(?P<suffix>ya?ml)$", re.I)


def concatenated_part(path: str) -> str | None:
    """The sibling parts, when path's name says it is a part of a concatenated file and another part is there."""
    import os

    from . import context

    folder, name = os.path.split(path)
    match = PART.match(name)
    if match is None:
        return None
    others = sorted(sibling for sibling in context.listing(folder or ".")
                    if sibling != name and (other := PART.match(sibling)) is not None
                    and other["base"].lower() == match["base"].lower() and other["part"].lower() != match["part"].lower())
    return ", ".join([name, *others][:4]) if others else None


def _syntax_error(path: str, text: str, error) -> Finding:
    """RL401 when ruamel's error is certain, else RL014 (a note). ruamel.yaml is not authoritative
    for YAML 1.2: it rejects some of the spec's own examples (7.2, 7.21: empty plain and flow
    scalars, implicit keys in flow sequences). A character outside YAML's printable set (the
    reader's error) and an undefined alias are certain (the spec's rules, not grammar), except libfyaml's `*/path` alias extension (a note); a grammar error is confirmed
    by saphyr (py-yaml12), which passes the whole yaml-test-suite, on the text with every alias
    made a plain scalar of the same length (so no alias is ever expanded: no alias bomb)."""
    line, col = _error_position(error, text)
    message = _error_message(error)
    if type(error).__name__ == "ReaderError":  # a character YAML does not allow (c-printable): the spec's, not ruamel's
        return Finding(path, line, col, "RL401", message)
    if message.startswith("found undefined alias"):
        name = message.split("alias", 1)[1].strip().strip("'\"")
        if name.startswith("/") or "/" in name:
            return Finding(path, line, col, authority.NOTE,
                           f"`*{name}` is libfyaml's path alias, an extension YAML 1.2 does not have: "
                           "not checked as YAML (ruamel.yaml rejects it)")
        return Finding(path, line, col, "RL401", message)
    rejects, said = _saphyr_rejects(text)
    if rejects:
        return Finding(path, line, col, "RL401", message)
    return authority.unconfirmed(path, line, col, "ruamel.yaml", message, "saphyr (py-yaml12)", said)


ALIAS = re.compile(r"(?:(?<=^)|(?<=[\s\[{,]))\*(?=[^\s,\[\]{}])", re.M)


def _saphyr_rejects(text: str) -> tuple[bool, str]:
    """(True, "") when saphyr rejects the YAML's grammar, else (False, what it said)."""
    try:
        import yaml12
    except Exception:  # not installed, or a binary that does not load here
        return False, "is not installed"
    try:
        yaml12.parse_yaml(ALIAS.sub("x", text), multi=True)
    except RecursionError:
        raise
    except Exception as exc:
        if str(exc).startswith("YAML parse error"):
            return True, ""
        return False, "accepts its grammar"  # a value it would not construct (`!!int abc`): not syntax
    return False, "accepts the file"


def _yamllint_disabled_lines(text: str, documents: list) -> set[int]:
    """Lines where yamllint's key-duplicates rule is disabled by a comment (a `#` outside scalars)."""
    spans = sorted({(node.start_mark.index, node.end_mark.index, True) for node in _scalars(documents)})
    starts = [span[0] for span in spans]
    lines = text.split("\n")
    directives: dict[int, list] = {}
    for match in YAMLLINT_DIRECTIVE.finditer(text):
        if _span_at(spans, starts, match.start()) is not None:
            continue  # inside a string
        rules = YAMLLINT_RULE.findall(match.group(2))
        if rules and "key-duplicates" not in rules:
            continue
        line = text.count("\n", 0, match.start()) + 1
        alone = not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
        directives.setdefault(line, []).append((match.group(1), alone))
    disabled, off = set(), False
    for line in range(1, len(lines) + 1):
        for kind, alone in directives.get(line, ()):
            if kind == "disable":
                off = True
            elif kind == "enable":
                off = False
            else:
                disabled.add(line + 1 if alone else line)
        if off:
            disabled.add(line)
    return disabled


def _template_outside_scalars(text: str, documents: list) -> tuple[str, int] | None:
    """The first template expression that is YAML structure rather than text: not inside a quoted
    or block scalar, not in a comment, and not in the middle of a plain scalar (`msg: hi {{ x }}`
    is YAML that a tool templates after parsing); a line of a plain scalar that starts with one
    (`{{- if .x }}` folded into a value) is structure."""
    if not any(opener in text for opener in TEMPLATE_OPENERS) or not TEMPLATE.search(text):
        return None
    spans = sorted({(node.start_mark.index, node.end_mark.index, node.style in TEXT_STYLES)
                    for node in _scalars(documents) if node.end_mark.index > node.start_mark.index})
    starts = [span[0] for span in spans]
    for match in TEMPLATE.finditer(text):
        at = match.start()
        while at < match.end() and text[at] in " \t":
            at += 1
        span = _span_at(spans, starts, at)
        line_start = text.rfind("\n", 0, at) + 1
        if span is not None:
            if span[2] or text[line_start:at].strip():
                continue  # text: a quoted or block scalar, or the middle of a plain scalar's line
        elif _in_comment(text, line_start, at, spans, starts):
            continue
        return match.group().split("\n", 1)[0], match.start()
    return None


# Jinja that cannot change a YAML file's shape (conda-forge's recipes): `{% set x = ... %}` and `{# ... #}`
# alone on their lines, and `{{ expr }}` after other text on its line (a value, an item, part of a URL),
# each rendering to one scalar. Not: block tags (if, for, macro), an expression alone on a line (it may
# render to several lines), whitespace control (`{{-`, `-%}`: it joins lines), Go templates (`{{ .Values }}`,
# `{{ if }}`), ERB.
JINJA_LINE_TAG = re.compile(r"^[ \t]*(?:\{%[ \t]*set[ \t][^\n%]*%\}|\{#[^\n#]*#\})(?:[ \t]*\{#[^\n#]*#\})*[ \t]*$", re.M)
JINJA_EXPRESSION = re.compile(r"\{\{(?!-)[^\n{}]*(?<!-)\}\}")
GO_TEMPLATE_START = re.compile(r"^\{\{[ \t]*(?:[.$]|(?:if|else|end|range|with|define|template|include|block)\b|/\*)")
PLACEHOLDER_SAFE = re.compile(r"[^A-Za-z0-9_.()'\"/+*=|<>~%-]")  # what may stay of an expression in a plain scalar
CONDA_SELECTOR = re.compile(r"[ \t]#[ \t]*\[([^\]\n]+)\][ \t]*$")


def _shape_kept(text: str) -> str | None:
    """text with its Jinja made placeholders of the same length (set lines and comments blanked, an
    expression a plain run of its own characters), when the Jinja cannot change the YAML's shape and
    the result parses; else None."""
    if "<%" in text:
        return None

    def expression(match) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if GO_TEMPLATE_START.match(match.group()) or not text[line_start:match.start()].strip():
            raise ValueError  # Go's syntax, or alone at a line's start: structure
        return PLACEHOLDER_SAFE.sub("_", match.group())

    blanked = JINJA_LINE_TAG.sub(lambda m: " " * len(m.group()), text)
    try:
        rendered = JINJA_EXPRESSION.sub(expression, blanked)
    except ValueError:
        return None
    if any(opener in rendered for opener in TEMPLATE_OPENERS):  # a block tag, whitespace control, a multi-line tag
        return None
    return rendered


def _templated_duplicates(path: str, text: str, rendered: str):
    """Duplicate keys (RL402, RL403) of a shape-keeping Jinja template, read from its rendering with
    placeholders: a duplicate whose keys differ in the source (two expressions) is not one."""
    try:
        documents = compose_all(rendered)
    except RecursionError:
        raise
    except Exception:  # not YAML even so: the template decides, no verdict here
        return
    for finding, first, key in _duplicate_pairs(path, documents):
        if finding.code != "RL402" or text[first.start_mark.index:first.end_mark.index] == \
                text[key.start_mark.index:key.end_mark.index] and not _selected_apart(text, first, key):
            yield finding


# ytt (Carvel) keeps its template language in comments: `#@ if`, `#@ def`, `#@ end` lines, and annotations
# after a key or an item (`key: #@ expr`, `- #@ expr`). The file parses as YAML, but YAML's mappings are
# not ytt's: keys in two functions or two branches never meet, `_: #@ template.replace(x)` splices a map in
# (any number of them), and a computed value reads as empty.
YTT_ANNOTATION = re.compile(r"(?:^|(?<=[ \t]))#@", re.M)
YTT_CONTROL = re.compile(r"^[ \t]*#@[ \t]*(?:if|elif|else|for|def|end|while)\b", re.M)
YTT_VALUE = re.compile(r"(?<=[:-][ \t])([ \t]*)#@([^\n]*)$", re.M)  # a value an annotation computes
FIRST_LINE = re.compile(r"first (?:defined )?on line (\d+)")


def _ytt_duplicates(path: str, text: str, allow_multiple_merge_keys: bool) -> list[Finding]:
    """Duplicate keys and repeated items (RL402-RL404) of a ytt template: read with each computed value
    a placeholder of its own characters, and reported only where no control line (`#@ if`, `else`,
    `for`, `def`, `end`) stands between the two, and no `template.replace` splices either in."""
    rendered = YTT_VALUE.sub(lambda m: m.group(1) + "__" + PLACEHOLDER_SAFE.sub("_", m.group(2)), text)
    try:
        documents = compose_all(rendered)
    except RecursionError:
        raise
    except Exception:  # not YAML once the annotations are values: ytt decides, no verdict here
        return []
    controls = [text.count("\n", 0, match.start()) + 1 for match in YTT_CONTROL.finditer(text)]
    lines = text.split("\n")
    found = []
    for finding, first, _key in _duplicate_pairs(path, documents, allow_multiple_merge_keys, items=True):
        if first is not None:
            start = first.start_mark.line + 1
        else:  # a repeated run of items: where the first run starts is in the message
            said = FIRST_LINE.search(finding.message)
            start = int(said.group(1)) if said else finding.line
        if any(start < line < finding.line for line in controls):
            continue  # two branches or two functions: never one mapping or one list in ytt's output
        if any("template.replace(" in lines[line - 1] for line in (start, finding.line) if 0 < line <= len(lines)):
            continue
        found.append(finding)
    return found


def _selected_apart(text: str, first, key) -> bool:
    """Two keys whose lines carry different conda-build selectors (`url: a  # [win]`, `url: b  # [not win]`):
    conda-build keeps the lines whose selector holds before it reads the YAML, so at most one is there."""
    def selector(node):
        line = _line(text, node.start_mark.line + 1)
        match = CONDA_SELECTOR.search(line)
        return match.group(1).strip() if match else None

    mine, theirs = selector(first), selector(key)
    return mine is not None and theirs is not None and mine != theirs


def _scalars(documents: list):
    """Every scalar node, mapping keys included (an aliased one more than once)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    yield from (node for node in documents if isinstance(node, ScalarNode))
    for node in each_collection(documents):
        children = [child for pair in node.value for child in pair] if isinstance(node, MappingNode) else node.value
        yield from (child for child in children if isinstance(child, ScalarNode))


def _span_at(spans: list, starts: list, at: int):
    """The scalar whose span holds `at` (scalars are leaves: their spans never overlap)."""
    i = bisect.bisect_right(starts, at) - 1
    return spans[i] if i >= 0 and at < spans[i][1] else None


def _in_comment(text: str, line_start: int, at: int, spans: list, starts: list) -> bool:
    """A `#` before `at` on its line, at the line start or after a blank, outside any scalar."""
    for hash_at in range(line_start, at):
        if text[hash_at] == "#" and (hash_at == line_start or text[hash_at - 1] in " \t") \
                and _span_at(spans, starts, hash_at) is None:
            return True
    return False


def _template_in_broken(text: str, error) -> tuple[str, int] | None:
    """A file that does not parse is a template if a line starts with template syntax, or the
    error's own line holds template syntax outside quotes."""
    match = TEMPLATE_LINE.search(text)
    if match:
        return match.group(1), match.start(1)
    line, _col = _error_position(error, text)
    row = _line(text, line)
    match = UNQUOTED_TEMPLATE.search(row)
    offset = sum(len(part) + 1 for part in text.split("\n")[:line - 1])
    if match:
        return match.group(1), offset + match.start(1)
    # the error's line inside a tag that spans lines (an ERB call over several lines, rails's fixtures:
    # `blob: <%= FixtureSet.blob(` / `  filename: "a.jpg",` / `) %>`): the template replaces those lines
    if "<%" in text:
        for tag in TEMPLATE.finditer(text):
            if tag.start() < offset <= tag.end() and "\n" in tag.group():
                return tag.group()[:2], tag.start()
    # the template runs before YAML is read: quotes inside its tag are the template language's
    # (`"<%= ENV["KEY"] %>"`), and they end YAML's quoted scalar early
    for tag in TEMPLATE.finditer(row):
        if "'" in tag.group() or '"' in tag.group():
            return tag.group()[:2], offset + tag.start()
    return None


def duplicate_keys(path: str, documents: list, allow_multiple_merge_keys: bool = False, text: str | None = None,
                   alternatives: list | None = None):
    """Every duplicate key of every mapping (RL402, RL403), and repeated list items (RL404). With the
    file's text, two keys under different conda-build selectors are not a duplicate, nor, in a
    documentation folder, a key introduced by a comment of its own (appended to `alternatives`)."""
    documented = text is not None and "#" in text and _in_documentation(path)
    introductions: dict[int, list[str]] = {}  # id(first key) -> the comments above it and each repeat so far
    for finding, first, key in _duplicate_pairs(path, documents, allow_multiple_merge_keys, items=True):
        if text is None or finding.code != "RL402" or "#" not in text:
            yield finding
        elif _selected_apart(text, first, key):
            continue
        elif documented and _introduced_anew(text, first, key, introductions):
            if alternatives is not None:
                alternatives.append(finding)
        else:
            yield finding


def _in_documentation(path: str) -> bool:
    from .test_inputs import DOCUMENTATION_DIRS

    return not DOCUMENTATION_DIRS.isdisjoint(path.replace("\\", "/").lower().split("/")[:-1])


def _introduced_anew(text: str, first, key, introductions: dict) -> bool:
    """Whether the repeating key has a comment of its own directly above it, unlike the one above the
    key's first occurrence and each repeat before it: documentation's way to show another way to
    write a setting. A whole block kept twice repeats its comment too; a key kept twice without one
    has none."""
    seen = introductions.setdefault(id(first), [_comment_above(text, first.start_mark.line)])
    comment = _comment_above(text, key.start_mark.line)
    anew = bool(comment) and comment not in seen
    seen.append(comment)
    return anew


def _comment_above(text: str, line: int) -> str:
    """The comment lines directly above line (0-based), stripped and joined; "" when there are none."""
    lines = text.split("\n", line)[:line] if line else []
    block = []
    for row in reversed(lines):
        row = row.strip()
        if not row.startswith("#"):
            break
        block.append(row.lstrip("#").strip())
    return "\n".join(reversed(block)).strip()


def _duplicate_pairs(path: str, documents: list, allow_multiple_merge_keys: bool = False, items: bool = False):
    """(finding, first key node, repeating key node) for each duplicate key (RL402, RL403) and, with
    items, (finding, None, None) for each repeated list item (RL404)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
    from ruamel.yaml.resolver import BaseResolver

    plain_string = BaseResolver.DEFAULT_SCALAR_TAG  # the tag both composers give most keys, shared
    plain_string_text = str(plain_string)
    shapes = Shapes(documents)
    samples: set[int] = set()  # collections below an example value, found as their mapping is reached (preorder)
    for node in each_collection(documents):
        if isinstance(node, MappingNode):
            first_seen: dict = {}
            merges = []
            for key, _value in node.value:
                if not isinstance(key, ScalarNode):  # a complex key: no identity to compare
                    continue
                if items and key.value in EXAMPLE_KEYS and not isinstance(_value, ScalarNode):
                    samples.update(id(inner) for inner in each_collection([_value]))
                if key.ctag is plain_string:  # a string is its own canonical value
                    identity = (plain_string_text, key.value)
                else:
                    tag = tag_of(key)
                    if tag == MERGE_TAG:
                        merges.append(key)
                        continue
                    identity = (tag, canonical(tag, key.value))
                if identity in first_seen:
                    first = first_seen[identity]
                    yield Finding(
                        path, key.start_mark.line + 1, key.start_mark.column + 1, "RL402",
                        f"duplicate key {key.value!r} (first defined on line {first.start_mark.line + 1})",
                    ), first, key
                else:
                    first_seen[identity] = key
            if len(merges) > 1 and not allow_multiple_merge_keys:
                for extra in merges[1:]:
                    yield Finding(
                        path, extra.start_mark.line + 1, extra.start_mark.column + 1, "RL403",
                        f"second merge key '<<' in one mapping (first on line {merges[0].start_mark.line + 1}); "
                        f"use '<<: [*a, *b]'",
                    ), merges[0], extra
        elif items and isinstance(node, SequenceNode) and id(node) not in samples:
            yield from ((finding, None, None) for finding in repeated_items(path, node.value, "RL404", shapes))
















def _error_position(exc, text: str) -> tuple[int, int]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return mark.line + 1, mark.column + 1
    position = getattr(exc, "position", None)  # ReaderError: a character offset
    return line_col(text, position) if isinstance(position, int) else (1, 1)


def _error_message(exc) -> str:
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if problem:
        return f"{problem} ({context})" if context else str(problem)
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _line(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _in_chart_templates(path: str, text: str) -> bool:
    parts = path.replace("\\", "/").split("/")
    return "templates" in parts[:-1] and ("{{" in text or "{%" in text)
