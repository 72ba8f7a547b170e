"""YAML: syntax errors and every duplicate key at any depth, from the composed node tree
(ruamel's constructor stops at the first duplicate; composing does not construct at all, so
aliases are never expanded and an alias bomb costs nothing)."""
from __future__ import annotations

import re

from ..findings import Finding
from ..textpos import line_col
from .yaml_nodes import Shapes, compose_all, each_node, key_identity, repeated_items, tag_of

MERGE_TAG = "tag:yaml.org,2002:merge"
TEMPLATE_LINE = re.compile(r"^[ \t]*(\{\{|\{%|\{#)", re.M)
UNQUOTED_TEMPLATE = re.compile(r"""^[^'"#\n]*(\{\{|\{%)""")


def check(source, config):
    text = source.text
    if _is_template(source.path, text):
        source.note("templated YAML (Helm/Jinja): conflict markers checked only")
        return []
    try:
        documents = compose_all(text)
    except RecursionError:
        return [Finding(source.path, 1, 1, "RL012", "nesting too deep to parse")]
    except Exception as exc:  # ruamel's YAMLError family and its reader errors
        line, col = _error_position(exc, text)
        if UNQUOTED_TEMPLATE.search(_line(text, line)):
            source.note("unquoted template expression: conflict markers checked only")
            return []
        return [Finding(source.path, line, col, "RL401", _error_message(exc))]
    return list(duplicate_keys(source.path, documents, config.allow_multiple_merge_keys))








def duplicate_keys(path: str, documents: list, allow_multiple_merge_keys: bool = False):
    """Every duplicate key of every mapping (RL402, RL403), and repeated list items (RL404)."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    shapes = Shapes()
    for node in each_node(documents):
        if isinstance(node, MappingNode):
            first_seen: dict = {}
            merges = []
            for key, _value in node.value:
                if tag_of(key) == MERGE_TAG:
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
            yield from repeated_items(path, node.value, "RL404", shapes)
















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
