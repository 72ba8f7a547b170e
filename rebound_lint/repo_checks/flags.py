"""A flag added to the registry needs a promotion migration added in the same change. The
registry is YAML (the default), JSON, or a Python module (read with ast, never imported)."""
from __future__ import annotations

import ast
import re

from ..findings import Finding
from .migrations import next_free


def check_repo(view, config, display):
    flags_config = config.flags
    registry = flags_config.registry
    if view.base is None:
        return
    now = load_flags(view.read(registry), flags_config.key, registry)
    if now is None:
        return
    before = load_flags(view.base_read(registry), flags_config.key, registry) or {}
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


PYTHON_NAMES = ("FLAGS", "FEATURE_FLAGS", "FEATURES", "flags", "feature_flags")


def load_flags(data: bytes | None, key: str | None, path: str = ""):
    """flag name -> (line, canonical value) from the registry, or None if it does not load."""
    if data is None:
        return None
    if path.endswith((".py", ".pyi")):
        return _python_flags(data, key)
    if path.endswith(".json"):
        return _json_flags(data, key)
    return _yaml_flags(data, key)


def _yaml_flags(data: bytes, key: str | None):
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


def _json_flags(data: bytes, key: str | None):
    """JSON is YAML to the composer, which keeps each key's line; json itself when it is not."""
    found = _yaml_flags(data, key)
    if found is not None:
        return found
    import json

    try:
        text = data.decode("utf-8-sig")
        mapping = json.loads(text)
    except (ValueError, RecursionError):
        return None  # a broken registry is the JSON checker's finding, not ours
    if not isinstance(mapping, dict):
        return None
    for part in key.split(".") if key else ():
        mapping = mapping.get(part)
        if not isinstance(mapping, dict):
            return None
    if not key and isinstance(mapping.get("flags"), dict):
        mapping = mapping["flags"]
    result = {}
    for name, value in mapping.items():
        match = re.search(r'"%s"\s*:' % re.escape(json.dumps(name)[1:-1]), text)
        result[name] = (text.count("\n", 0, match.start()) + 1 if match else 1, json.dumps(value, sort_keys=True))
    return result


def _python_flags(data: bytes, key: str | None):
    """The flags of a module-level dict (a literal or dict(...)) named by key (dotted into nested
    dicts), else the first of PYTHON_NAMES."""
    try:
        module = ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # the Python checker reports it
    values = {}
    for node in module.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
        for target in targets:
            if isinstance(target, ast.Name):
                values[target.id] = node.value
    parts = key.split(".") if key else []
    name = parts[0] if parts else next((n for n in PYTHON_NAMES if n in values), None)
    node = values.get(name) if name else None
    for part in parts[1:]:
        node = dict((k, (line, v)) for k, line, v in _entries(node)).get(part, (0, None))[1] if node else None
    if node is None or _entries(node) is None:
        return None
    return {k: (line, ast.dump(v)) for k, line, v in _entries(node)}


def _entries(node):
    """(key, line, value node) of a dict literal or a dict(...) call with keywords; None otherwise."""
    if isinstance(node, ast.Dict):
        return [(k.value, k.lineno, v) for k, v in zip(node.keys, node.values)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict" and not node.args:
        return [(k.arg, k.lineno, k.value) for k in node.keywords if k.arg]
    return None


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
