"""YAML node helpers shared by the YAML and JSON checkers and the flag registry reader: composing
(never constructing: aliases are not expanded), walking nodes, key and item identities, and
back-to-back identical list items (RL404/RL413)."""
from __future__ import annotations

import functools
import io
import re
import warnings

from ..findings import Finding
from .repeats import BOTH_SIDES, repeated_runs

IDENTITY_FIELDS = ("id", "name", "key")  # the first one an item has
PLACEHOLDER_LISTS = 3  # lists of one document whose items share an identity: from here it is sample data

IDENTITY_IN_JSON = re.compile(r'\[\s*\{[^\]]*"(?:name|id|key)"\s*:')

C_DEPTH_LIMIT = 1000  # libyaml's composer recurses in C: about 25,000 levels crash an 8 MB stack

FLOW_BRACKETS = re.compile(r"[\[\]{}]")


def _line_start_run(width: int):
    """A run of indentation and block indicators at least `width` long at the start of a line."""
    return re.compile(r"^[ \t?:-]{%d}" % width, re.M)


WIDE_LINE_START = _line_start_run(C_DEPTH_LIMIT)

YAML_1_1 = re.compile(r"^%YAML[ \t]+1\.1\b", re.M)

def compose_all(text: str) -> list:
    """Composed with libyaml (ruamel.yaml.clib, 6x faster) when the nesting is shallow enough for
    its recursive C composer, which has no depth check and would crash; else in Python, whose
    RecursionError is a finding. libyaml does not pass a `%YAML 1.1` directive on to ruamel's
    resolver (`yes` stays a string), so such files take the Python parser, which does. The fast
    path never changes a verdict: libyaml rejects some YAML that the Python parser accepts (a URL
    in a flow mapping, `{tarball: https://host/x}` in pnpm-lock.yaml), so when libyaml fails the
    Python parser decides, and its error is the one raised."""
    pure = _may_nest_too_deep(text) or ("%YAML" in text and bool(YAML_1_1.search(text)))
    if not pure:
        try:
            return _compose_all(text, pure=False)
        except (RecursionError, MemoryError):
            raise
        except Exception:  # ruamel's YAMLError family and its reader errors: ask the Python parser
            pass
    return _compose_all(text, pure=True)


def _compose_all(text: str, pure: bool) -> list:
    composer_class = None if pure else _libyaml_composer()
    if composer_class is not None:
        composer = composer_class(io.StringIO(text))
        documents = []
        while composer.check_node():
            documents.append(composer.get_node())
        return documents
    from ruamel.yaml import YAML

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ReusedAnchorWarning and friends
        # the pure parser keeps its reader, scanner and resolver in the YAML object: a new one
        # each time, so no state (a %YAML directive, a half-read stream) reaches the next file
        yaml = YAML(typ="safe", pure=True)
        return [node for node in yaml.compose_all(io.StringIO(text)) if node is not None]


@functools.lru_cache(maxsize=1)
def _libyaml_composer():
    """libyaml's parser and composer (ruamel.yaml.clib's CParser, None without it), as ruamel's
    YAML(typ="safe").compose_all builds it, less what composing never uses: no YAML object, no
    constructor, and one class for every file (ruamel makes a class and a resolver per call). The
    C composer asks three methods of its class. Tags resolve at YAML 1.2, libyaml's version, as
    ruamel's resolver does; each resolved tag is one shared Tag object (ruamel makes a new one
    per node and decodes its name again on each first read), as ruamel's defaults already are."""
    from ruamel.yaml.main import CParser
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
    from ruamel.yaml.resolver import BaseResolver, implicit_resolvers
    from ruamel.yaml.tag import Tag

    if CParser is None:
        return None
    by_first_char: dict = {}  # (tag, regexp.match) pairs by the first character a match can start with
    for versions, tag, regexp, first_chars in implicit_resolvers:
        if (1, 2) in versions:
            shared_tag = Tag(suffix=tag)
            for char in first_chars:  # None (any first character) is no 1.2 resolver's
                # the compiled pattern's own match: ruamel's lazy regexp runs Python code per use
                by_first_char.setdefault(char, []).append((shared_tag, regexp.match))
    default_tags = {ScalarNode: BaseResolver.DEFAULT_SCALAR_TAG, SequenceNode: BaseResolver.DEFAULT_SEQUENCE_TAG,
                    MappingNode: BaseResolver.DEFAULT_MAPPING_TAG}

    class LibyamlComposer(CParser):
        def resolve(self, kind, value, implicit):
            """The tag of an untagged node: an implicit one a plain scalar's text matches, else
            the kind's default (ruamel's VersionedResolver.resolve, without path resolvers)."""
            if kind is ScalarNode and implicit[0]:
                for tag, match in by_first_char.get(value[:1], ()):
                    if match(value):
                        return tag
            return default_tags[kind]

        def descend_resolver(self, parent, index):  # path resolvers: none
            pass

        def ascend_resolver(self):
            pass

    return LibyamlComposer


def _may_nest_too_deep(text: str) -> bool:
    """Whether an upper bound of the nesting depth reaches C_DEPTH_LIMIT: flow brackets, plus the
    widest run of indentation and block indicators (`- - - x` nests on one line) that starts a
    line, looked for at the width still needed (one regex search, no line-by-line measuring)."""
    flow = 0
    if text.count("[") + text.count("{") >= C_DEPTH_LIMIT:
        depth = 0
        for bracket in FLOW_BRACKETS.finditer(text):
            depth += 1 if bracket.group() in "[{" else -1
            flow = max(flow, depth)
    needed = C_DEPTH_LIMIT - flow
    if needed <= 0:
        return True
    wide = WIDE_LINE_START if needed == C_DEPTH_LIMIT else _line_start_run(needed)
    return wide.search(text) is not None


def each_collection(documents: list):
    """Every mapping and sequence once, depth first in document order (aliases are shared nodes:
    never twice); scalars, which hold no nodes, are left out."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    seen_nodes: set[int] = set()
    stack = [node for node in reversed(documents) if not isinstance(node, ScalarNode)]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        yield node
        if isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                if not isinstance(value, ScalarNode):
                    stack.append(value)
                if not isinstance(key, ScalarNode):  # complex keys are nodes to look into too
                    stack.append(key)
        elif isinstance(node, SequenceNode):
            stack.extend(item for item in reversed(node.value) if not isinstance(item, ScalarNode))


# An OpenAPI or JSON Schema document's example values are sample data: example generators fill an array with
# copies of its item's own example (swagger's ExampleBuilder), so identical items there repeat on purpose.
EXAMPLE_KEYS = frozenset({"example", "examples", "x-example", "x-examples"})


def in_examples(documents: list) -> set[int]:
    """The ids of the collections below a key named example, examples, x-example or x-examples."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    values = [value for node in each_collection(documents) if isinstance(node, MappingNode)
              for key, value in node.value
              if isinstance(key, ScalarNode) and key.value in EXAMPLE_KEYS and not isinstance(value, ScalarNode)]
    return {id(node) for node in each_collection(values)} if values else set()


def repeated_items(path: str, items: list, code: str, shapes: "Shapes | None" = None):
    """A list of mappings where a run of items with an identity (name:, id: or key:) comes twice
    in a row, item for item identical (the whole node: tags and canonical values, recursively;
    comments and formatting aside): both halves of a conflict in the list kept. Items that only
    share a name, id or key are no repeat: an ansible task's `name:` is a label, and records are
    often identified by several fields (name and version, key and section, a Helm alias)."""
    identities = [item_identity(item) for item in items]
    if len(set(identities)) == len(identities) or not any(identities):
        return  # no identity twice; or none at all (a list of scalars), when no run is accepted
    shapes = shapes or Shapes()

    def same(a: int, b: int, k: int) -> bool:
        return identities[a:a + k] == identities[b:b + k] and \
            all(shapes.of(items[a + j]) == shapes.of(items[b + j]) for j in range(k))

    def accept(i: int, k: int) -> bool:
        # an identity that names items in several lists of the document is a placeholder of sample
        # data (a schema's example filled with "name": "foobar"), not what tells one item from another
        return all(identity is not None and shapes.lists_naming(identity) < PLACEHOLDER_LISTS
                   for identity in identities[i:i + k])

    for i, k in repeated_runs(len(items), same, accept):
        again = items[i + k]
        field, value = identities[i + k]
        what = f"list item with {field}: {value}" if k == 1 else f"run of {k} list items from {field}: {value}"
        yield Finding(path, again.start_mark.line + 1, again.start_mark.column + 1, code,
                      f"{what} repeated back-to-back, identical (first on line {items[i].start_mark.line + 1})"
                      f"{BOTH_SIDES}")


class Shapes:
    """Each node's shape as a small int, equal for equal nodes: a scalar by its resolved tag and
    canonical value, a collection by its tag and its children's shapes in order. Hash-consed and
    memoised per node, computed without recursion, so aliases (an alias bomb) and deep nesting
    cost one visit per node; a node inside its own alias never equals anything."""

    _PENDING = object()

    def __init__(self, documents: list | None = None):
        self._memo: dict = {}
        self._table: dict = {}
        self._documents = documents or []
        self._naming: dict | None = None

    def lists_naming(self, identity) -> int:
        """In how many lists of the documents an item has this identity (counted once, when asked)."""
        if self._naming is None:
            from ruamel.yaml.nodes import SequenceNode

            self._naming = {}
            for node in each_collection(self._documents):
                if isinstance(node, SequenceNode):
                    for named in {item_identity(item) for item in node.value} - {None}:
                        self._naming[named] = self._naming.get(named, 0) + 1
        return self._naming.get(identity, 1)

    def _intern(self, signature) -> int:
        return self._table.setdefault(signature, len(self._table))

    def of(self, root) -> int:
        from ruamel.yaml.nodes import MappingNode, ScalarNode

        memo, pending = self._memo, self._PENDING
        stack = [root]
        while stack:
            node = stack[-1]
            key = id(node)
            state = memo.get(key)
            if state is not None and state is not pending:
                stack.pop()
                continue
            tag = tag_of(node)
            if isinstance(node, ScalarNode):
                memo[key] = self._intern(("scalar", tag, canonical(tag, node.value)))
                stack.pop()
                continue
            mapping = isinstance(node, MappingNode)
            children = [child for pair in node.value for child in pair] if mapping else list(node.value)
            if state is None:
                memo[key] = pending
                stack.extend(child for child in reversed(children) if id(child) not in memo)
                continue
            parts = tuple(("cycle", id(child)) if memo[id(child)] is pending else memo[id(child)]
                          for child in children)
            memo[key] = self._intern(("mapping" if mapping else "sequence", tag, parts))
            stack.pop()
        return memo[id(root)]


def repeated_items_in_json(path: str, text: str) -> list:
    """RL413 for JSON that parsed: JSON is YAML, and YAML's nodes carry positions."""
    from ruamel.yaml.nodes import SequenceNode

    if not IDENTITY_IN_JSON.search(text):
        return []
    try:
        documents = compose_all(text)
    except MemoryError:
        raise
    except Exception:  # JSON that YAML reads differently (tabs, odd escapes): no verdict
        return []
    shapes = Shapes(documents)
    samples = in_examples(documents) if '"example' in text or '"x-example' in text else set()
    return [finding for node in each_collection(documents) if isinstance(node, SequenceNode)
            and id(node) not in samples for finding in repeated_items(path, node.value, "RL413", shapes)]


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


def canonical(tag: str, value: str):
    """The value a scalar of this resolved tag stands for (1, 0x1 and 1_0 compare as ints)."""
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


def tag_of(node) -> str:
    tag = node.tag
    return str(getattr(tag, "value", tag))
