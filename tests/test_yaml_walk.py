"""The walks over composed YAML and the duplicate-key shortcut give what the plain, general ways
give, on varied composed trees (real-world-like files, typed keys, aliases, generated mutations)."""
import pytest
from test_yaml_fastpath import IMPLICIT_TAGS, SEEDS, SNIPPETS, _mutations

from rebound_lint.languages import yaml as yaml_checker
from rebound_lint.languages.yaml_nodes import compose_all, each_collection

TYPED_KEYS = ("a: 1\na: 2\n1: x\n0x1: y\n'1': z\n+1: w\n~: a\nnull: b\n'': c\ntrue: d\nTrue: e\n'true': f\n"
              "<<: {p: 1}\n<<: {q: 2}\n'<<': g\n1.0: h\n1e0: i\n2024-01-31: j\n2024-01-31: k\n? [x]\n: l\n? [x]\n: m\n"
              "n: &n {o: 1, o: 2}\np: [*n, *n, {o: 3, !!str o: 4, !x o: 5, !x o: 6}]\nA: 3\nB: 4\n\"B\": 5\n")


def _documents():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + SNIPPETS
    texts += [IMPLICIT_TAGS, TYPED_KEYS, "plain\n", "--- a\n--- [b]\n"]
    for text in texts + list(_mutations(600, seed=11)):
        try:
            yield compose_all(text)
        except Exception:
            continue


def _every_node(documents):
    """Each node once, in document order: the plain recursive walk."""
    seen, order = set(), []

    def visit(node):
        if id(node) in seen:
            return
        seen.add(id(node))
        order.append(node)
        if node.id == "mapping":
            for key, value in node.value:
                visit(key)
                visit(value)
        elif node.id == "sequence":
            for item in node.value:
                visit(item)

    for document in documents:
        visit(document)
    return order


def test_each_collection_is_every_collection_once_in_document_order():
    checked = 0
    for documents in _documents():
        nodes = _every_node(documents)
        assert [id(n) for n in each_collection(documents)] == [id(n) for n in nodes if n.id != "scalar"]
        assert {id(n) for n in yaml_checker._scalars(documents)} == {id(n) for n in nodes if n.id == "scalar"}
        checked += 1
    assert checked > 300


def test_plain_string_keys_shortcut_finds_what_resolving_every_tag_finds(monkeypatch):
    """duplicate_keys compares keys with ruamel's shared plain-string tag by their text alone;
    with that tag object swapped out, every key takes the general tag-and-canonical-value way."""
    from ruamel.yaml.resolver import BaseResolver
    from ruamel.yaml.tag import Tag

    trees = list(_documents())
    shortcut = [list(yaml_checker.duplicate_keys("f.yaml", d)) for d in trees]
    monkeypatch.setattr(BaseResolver, "DEFAULT_SCALAR_TAG", Tag(suffix="tag:yaml.org,2002:str"))
    general = [list(yaml_checker.duplicate_keys("f.yaml", d)) for d in trees]
    assert shortcut == general
    typed = list(yaml_checker.duplicate_keys("f.yaml", compose_all(TYPED_KEYS)))
    assert [(f.code, f.line) for f in typed] == [
        ("RL402", 2), ("RL402", 4), ("RL402", 6), ("RL402", 8), ("RL402", 11), ("RL402", 17), ("RL402", 19),
        ("RL402", 28), ("RL403", 14), ("RL402", 24), ("RL402", 25), ("RL402", 25)]
    assert sum(len(findings) for findings in shortcut) > 20
