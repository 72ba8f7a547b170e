"""The SQL checker's syntax tree, built from libpg_query's JSON (languages/sql/tree.py), is the
tree pglast's parse_sql builds: every node of the same class, every attribute equal and of the
same type (enum members and character positions included), and every error the same. Checked on
a catalogue of the raw parser's node kinds, the SQL fixtures, and generated mutations of them."""
import random
from pathlib import Path

import pytest
from conftest import FIXTURES

from rebound_lint.languages import sql
from rebound_lint.languages.sql import tree

pglast = pytest.importorskip("pglast")
from pglast import ast, parser  # noqa: E402

NODE_KINDS = Path(__file__).parent / "data" / "sql" / "node_kinds.sql"
SOURCES = [NODE_KINDS] + sorted((FIXTURES / "valid" / "sql").glob("*.sql")) + sorted(FIXTURES.rglob("*.sql"))
NOISE = [";", "(", ")", ",", "'", '"', "$$", " ", "\n", "SELECT", "1", "--", "/*", "é", "::", "[", "]"]


def _difference(ours, theirs):
    """Where the two trees differ (None: nowhere): classes, attribute values and their types.
    Iterative: the deep trees below are deeper than Python's recursion limit."""
    stack = [(ours, theirs, "tree")]
    while stack:
        ours, theirs, where = stack.pop()
        if type(ours) is not type(theirs):
            return f"{where}: {type(ours).__name__} / {type(theirs).__name__}"
        if isinstance(ours, ast.Node):
            stack += [(getattr(ours, name), getattr(theirs, name), f"{where}.{name}") for name in type(ours).__slots__]
        elif isinstance(ours, tuple):
            if len(ours) != len(theirs):
                return f"{where}: {len(ours)} / {len(theirs)} items"
            stack += [(a, b, f"{where}[{i}]") for i, (a, b) in enumerate(zip(ours, theirs))]
        elif ours != theirs:
            return f"{where}: {ours!r} / {theirs!r}"
    return None


def _outcome(parse, text):
    try:
        return "ok", parse(text)
    except Exception as exc:  # noqa: BLE001 - the error is part of the outcome compared
        return "error", (type(exc), exc.args)


def _texts():
    texts = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        texts += [text, sql.prepare(text).text]
    rng = random.Random(17)
    for _ in range(400):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(NOISE) + text[at + rng.randint(0, 2):]
        texts.append(text)
    return texts


def test_the_tree_from_json_is_parse_sqls_tree():
    verdicts, built = set(), 0
    for text in _texts():
        ours, theirs = _outcome(lambda t: tree.parse_sql(parser, t), text), _outcome(parser.parse_sql, text)
        assert ours[0] == theirs[0], text
        if ours[0] == "error":
            assert ours == theirs, text
        else:
            assert _difference(ours[1], theirs[1]) is None, (_difference(ours[1], theirs[1]), text)
            built += len(tree._from_json(parser, text))  # the JSON way, not its fall-back, made them
        verdicts.add(ours[0])
    assert verdicts == {"ok", "error"} and built > 400


def test_the_catalogue_holds_most_node_kinds():
    """node_kinds.sql exercises the rules for (nearly) every class the raw parser makes."""
    kinds = set()

    def visit(value):
        if isinstance(value, ast.Node):
            kinds.add(type(value).__name__)
            for attribute in type(value).__slots__:
                visit(getattr(value, attribute))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    visit(tree._from_json(parser, NODE_KINDS.read_text(encoding="utf-8")))
    assert len(kinds) > 200


@pytest.mark.parametrize("text", [
    "SELECT merge_action();",  # a node with a field pglast leaves out (MergeSupportFunc.msftype)
    "SELECT " + "1 + " * 20000 + "1;",  # libpg_query's JSON writer refuses this depth; parse_sql builds it
    "SELECT " + "(" * 300 + "ARRAY[" * 400 + "1" + "]" * 400 + ")" * 300 + ";",  # too deep for json.loads
])
def test_what_the_json_way_cannot_build_parse_sql_builds(text):
    ours, theirs = _outcome(lambda t: tree.parse_sql(parser, t), text), _outcome(parser.parse_sql, text)
    assert ours[0] == theirs[0] == "ok" and _difference(ours[1], theirs[1]) is None
    with pytest.raises(Exception):
        tree._from_json(parser, text)


@pytest.mark.parametrize("text", ["", "SELECT 1;", "€ 0.01", "-- 中文注释\nSELECT '表' AS \"列\";\n",
                                  "SELECT 'é😀x', 'ß';\n" * 3, "😀", "a\u0301b\U0010ffff"])
def test_positions_are_pglasts_displacements(text):
    """tree.Positions maps a UTF-8 byte offset to a character index as pglast's Displacements does (None
    outside the text), by bisection: Displacements scans a tuple of every multi-byte character's bytes
    per call, which made a 1.2 MB schema with Chinese comments take 20 s."""
    ours, theirs = tree.Positions(text), parser.Displacements(text)
    for offset in range(-2, len(text.encode("utf-8")) + 3):
        assert ours(offset) == theirs(offset), offset
