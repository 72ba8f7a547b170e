"""A flag added to the registry needs a promotion migration added in the same change."""
from __future__ import annotations

import re

from ..findings import Finding
from .migrations import next_free


def check_repo(view, config, display):
    flags_config = config.flags
    registry = flags_config.registry
    if view.base is None:
        return
    now = load_flags(view.read(registry), flags_config.key)
    if now is None:
        return
    before = load_flags(view.base_read(registry), flags_config.key) or {}
    added = [name for name in now if name not in before]
    removed = [name for name in before if name not in now]
    renamed = {}
    for old in removed:
        for new in added:
            if new not in renamed and before[old][1] is not None and before[old][1] == now[new][1]:
                renamed[new] = old
                break
    for new, old in sorted(renamed.items()):
        yield Finding(display(registry), now[new][0], 1, "RL603", f"flag {old!r} renamed to {new!r}")
    for old in removed:
        if old not in renamed.values():
            yield Finding(display(registry), 1, 1, "RL602", f"flag {old!r} removed (was on line {before[old][0]})")
    promotion_dir = flags_config.promotion_dir.strip("/")
    added_migrations = view.added_in(promotion_dir)
    for name in added:
        if name in renamed:
            continue
        pattern = re.compile(flags_config.promotion_pattern.replace("{flag}", re.escape(name)))
        if any(pattern.search(m) for m in added_migrations):
            continue
        if any(_mentions(view.read(f"{promotion_dir}/{m}"), name) for m in added_migrations):
            continue
        expected = _expected_name(view, config, promotion_dir, name)
        yield Finding(
            display(registry), now[name][0], 1, "RL601",
            f"new flag {name!r} has no promotion migration in this change: add {promotion_dir}/{expected}",
        )


def load_flags(data: bytes | None, key: str | None):
    """flag name -> (line, canonical value) from the registry, or None if it does not load."""
    if data is None:
        return None
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    from ..languages.yaml_nodes import compose_all

    try:
        documents = compose_all(data.decode("utf-8-sig"))
    except Exception:  # a broken registry is the YAML checker's finding, not ours
        return None
    if not documents or not isinstance(documents[0], MappingNode):
        return None
    mapping = documents[0]
    if key:
        for part in key.split("."):
            mapping = _child(mapping, part)
            if mapping is None:
                return None
    else:
        flags = _child(mapping, "flags")
        mapping = flags if flags is not None else mapping
    return {
        k.value: (k.start_mark.line + 1, _fingerprint(v))
        for k, v in mapping.value if isinstance(k, ScalarNode)
    }


def _child(mapping, name):
    from ruamel.yaml.nodes import MappingNode

    for k, v in mapping.value:
        if getattr(k, "value", None) == name and isinstance(v, MappingNode):
            return v
    return None


def _fingerprint(node):
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if isinstance(node, ScalarNode):
        return node.value
    if isinstance(node, SequenceNode):
        return tuple(_fingerprint(n) for n in node.value)
    if isinstance(node, MappingNode):
        return tuple(sorted((str(getattr(k, "value", "")), _fingerprint(v)) for k, v in node.value))
    return None


def _mentions(data: bytes | None, flag: str) -> bool:
    return bool(data) and re.search(rb"""['"]%s['"]""" % re.escape(flag.encode()), data) is not None


def _expected_name(view, config, promotion_dir, flag):
    prefixes, width = [], 4
    for directory in config.migrations:
        if directory.path.strip("/") == promotion_dir:
            names = set(view.list_dir(promotion_dir)) | set(view.list_dir_at(view.tip, promotion_dir))
            prefixes = [m.group("prefix") for n in names if (m := directory.regex.search(n))]
            width = len(prefixes[0]) if prefixes else width
    return f"{next_free(prefixes, width)}_promote_{flag}.py"
