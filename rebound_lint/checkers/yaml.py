"""YAML: syntax errors and every duplicate key at any depth, from the composed node tree
(ruamel's constructor stops at the first duplicate; composing does not construct at all, so
aliases are never expanded and an alias bomb costs nothing)."""
from __future__ import annotations

import functools
import io
import re
import warnings

from ..findings import Finding
from ..textpos import line_col
from .repeats import equal_slices, repeated_runs

MERGE_TAG = "tag:yaml.org,2002:merge"
IDENTITY_FIELDS = ("id", "name", "key")  # the first one an item has
IDENTITY_IN_JSON = re.compile(r'\[\s*\{[^\]]*"(?:name|id|key)"\s*:')
C_DEPTH_LIMIT = 1000  # libyaml's composer recurses in C: about 25,000 levels crash an 8 MB stack
FLOW_BRACKETS = re.compile(r"[\[\]{}]")
LINE_START = re.compile(r"^[ \t?:-]+", re.M)
TEMPLATE_LINE = re.compile(r"^[ \t]*(\{\{|\{%|\{#)", re.M)
YAML_1_1 = re.compile(r"^%YAML[ \t]+1\.1\b", re.M)
UNQUOTED_TEMPLATE = re.compile(r"""^[^'"#\n]*(\{\{|\{%)""")


def check(source, config):
    text = source.text
    if _is_template(source.path, text):
        source.note("templated YAML (Helm/Jinja): conflict markers checked only")
        return []
    try:
        documents = _compose_all(text)
    except RecursionError:
        return [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
    except Exception as exc:  # ruamel's YAMLError family and its reader errors
        line, col = _error_position(exc, text)
        if UNQUOTED_TEMPLATE.search(_line(text, line)):
            source.note("unquoted template expression: conflict markers checked only")
            return []
        return [Finding(source.path, line, col, "RL401", _error_message(exc))]
    return list(duplicate_keys(source.path, documents, config.allow_multiple_merge_keys))


def _compose_all(text: str) -> list:
    """Composed with libyaml (ruamel.yaml.clib, 6x faster) when the nesting is shallow enough for
    its recursive C composer, which has no depth check and would crash; else in Python, whose
    RecursionError is a finding. libyaml does not pass a `%YAML 1.1` directive on to ruamel's
    resolver (`yes` stays a string), so such files take the Python parser, which does."""
    from ruamel.yaml import YAML

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ReusedAnchorWarning and friends
        pure = _nesting_bound(text) >= C_DEPTH_LIMIT or bool(YAML_1_1.search(text))
        yaml = YAML(typ="safe", pure=pure)
        if not pure:
            yaml.Resolver = _yaml_1_2_resolver()
        return [node for node in yaml.compose_all(io.StringIO(text)) if node is not None]


@functools.lru_cache(maxsize=1)
def _yaml_1_2_resolver():
    """ruamel's resolver, told the version libyaml composes at anyway (YAML 1.2). Its own
    lookup raises and catches an AttributeError for every scalar: a third of the compose time."""
    from ruamel.yaml.resolver import VersionedResolver

    class Yaml12Resolver(VersionedResolver):
        @property
        def processing_version(self):
            return (1, 2)

    return Yaml12Resolver


def _nesting_bound(text: str) -> int:
    """An upper bound of the nesting depth: flow brackets, plus the widest run of indentation and
    block indicators (`- - - x` nests on one line) that starts a line."""
    flow = 0
    if text.count("[") + text.count("{") >= C_DEPTH_LIMIT:
        depth = 0
        for bracket in FLOW_BRACKETS.finditer(text):
            depth += 1 if bracket.group() in "[{" else -1
            flow = max(flow, depth)
    block = max((len(m.group()) for m in LINE_START.finditer(text)), default=0)
    return flow + block


def duplicate_keys(path: str, documents: list, allow_multiple_merge_keys: bool = False):
    """Every duplicate key of every mapping (RL402, RL403), and repeated list items (RL404)."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    for node in each_node(documents):
        if isinstance(node, MappingNode):
            first_seen: dict = {}
            merges = []
            for key, _value in node.value:
                if _tag(key) == MERGE_TAG:
                    merges.append(key)
                    continue
                identity = key_identity(key)
                if identity is None:
                    continue
                if identity in first_seen:
                    first = first_seen[identity]
                    yield Finding(
                        path, key.start_mark.line + 1, key.start_mark.column + 1, "RL402",
                        f"duplicate key {key.value!r} (first defined on line {first.start_mark.line + 1})",
                    )
                else:
                    first_seen[identity] = key
            if len(merges) > 1 and not allow_multiple_merge_keys:
                for extra in merges[1:]:
                    yield Finding(
                        path, extra.start_mark.line + 1, extra.start_mark.column + 1, "RL403",
                        f"second merge key '<<' in one mapping (first on line {merges[0].start_mark.line + 1}); "
                        f"use '<<: [*a, *b]'",
                    )
        elif isinstance(node, SequenceNode):
            yield from repeated_items(path, node.value, "RL404")


def each_node(documents: list):
    """Every node once, depth first in document order (aliases are shared nodes: never twice)."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    seen_nodes: set[int] = set()
    stack = list(reversed(documents))
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        yield node
        if isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.append(value)
                if key_identity(key) is None:  # complex keys are nodes to look into too
                    stack.append(key)
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))


def repeated_items(path: str, items: list, code: str):
    """A list of mappings where a run of items with the same identity (name:, id: or key:) comes
    twice in a row: both halves of a conflict in the list kept."""
    identities = [item_identity(item) for item in items]
    for i, k in repeated_runs(len(items), equal_slices(identities),
                              lambda i, k: all(identity is not None for identity in identities[i:i + k])):
        again = items[i + k]
        field, value = identities[i + k]
        what = f"list item with {field}: {value}" if k == 1 else f"run of {k} list items from {field}: {value}"
        yield Finding(path, again.start_mark.line + 1, again.start_mark.column + 1, code,
                      f"{what} repeated back-to-back (first on line {items[i].start_mark.line + 1})"
                      f" (were both sides of a conflict kept?)")


def repeated_items_in_json(path: str, text: str) -> list:
    """RL413 for JSON that parsed: JSON is YAML, and YAML's nodes carry positions."""
    from ruamel.yaml.nodes import SequenceNode

    if not IDENTITY_IN_JSON.search(text):
        return []
    try:
        documents = _compose_all(text)
    except Exception:  # JSON that YAML reads differently (tabs, odd escapes): no verdict
        return []
    return [finding for node in each_node(documents) if isinstance(node, SequenceNode)
            for finding in repeated_items(path, node.value, "RL413")]


def item_identity(item):
    """(identity field, value) of a mapping item: its id, else name, else key (scalars only)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    if not isinstance(item, MappingNode):
        return None
    fields = {key.value: value for key, value in item.value if isinstance(key, ScalarNode)}
    for field in IDENTITY_FIELDS:
        value = fields.get(field)
        if isinstance(value, ScalarNode):
            return field, value.value
    return None


def key_identity(key):
    """(resolved tag, canonical value) for scalar keys; None for complex keys."""
    from ruamel.yaml.nodes import ScalarNode

    if not isinstance(key, ScalarNode):
        return None
    tag = _tag(key)
    return tag, _canonical(tag, key.value)


def _canonical(tag: str, value: str):
    kind = tag.rsplit(":", 1)[-1]
    try:
        if kind == "null":
            return None
        if kind == "bool":
            return value.lower() in ("true", "yes", "on", "y")
        if kind == "int":
            cleaned = value.replace("_", "").lower()
            sign = -1 if cleaned.startswith("-") else 1
            cleaned = cleaned.lstrip("+-")
            if cleaned.startswith("0o"):
                return sign * int(cleaned[2:], 8)
            return sign * int(cleaned, 0) if cleaned.startswith(("0x", "0b")) else sign * int(cleaned, 10)
        if kind == "float":
            return float(value.replace("_", "").lower().replace(".inf", "inf").replace(".nan", "nan"))
    except ValueError:
        pass
    return value


def _tag(node) -> str:
    tag = node.tag
    return str(getattr(tag, "value", tag))


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


def _is_template(path: str, text: str) -> bool:
    parts = path.replace("\\", "/").split("/")
    if "templates" in parts[:-1] and ("{{" in text or "{%" in text):
        return True  # a Helm chart's templates/ directory
    return bool(TEMPLATE_LINE.search(text))
