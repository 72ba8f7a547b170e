"""The libyaml fast path never changes a verdict: whatever ruamel's pure-Python parser accepts is
accepted, whatever it rejects is rejected, and the composed trees are the same. Checked on the
real-world-like files in fixtures/valid/yaml and on generated mutations of them (a fixed seed)."""
import io
import random
import re
import warnings

import pytest
from conftest import FIXTURES, codes, findings_for

from rebound_lint.languages.yaml_nodes import C_DEPTH_LIMIT, _may_nest_too_deep, compose_all, tag_of

SEEDS = sorted(p for p in (FIXTURES / "valid" / "yaml").rglob("*") if p.is_file() and "templates" not in p.parts)
SNIPPETS = [
    "resolution: {tarball: https://codeload.github.com/o/r/tar.gz/abc}\n",
    "ports: [\"80:80\", 443:443, {a: b:c}]\nurl: {u: http://x:8080/p?q=1#f}\n",
    "a: &x {k: [1, 2]}\nb: *x\nc: !!str 3\nd: !custom {e: f}\n? [g, h]\n: i\n",
    "%YAML 1.1\n---\nyes: no\non: off\n...\n---\nx: 0777\n",
    "- [a, b]: c\n- {? d: e, f}\n- 'it''s'\n- \"esc \\t \\u00e9\"\n- |+\n  keep\n\n- >2-\n   indented\n",
    "k: v # comment\nt: 'a\n  b'\nplain: multi\n  line\n",
]
PROPERTY_QUIRK = re.compile(r"[&!]\S*:(\s|$)|(^|\s)!(\s|$)", re.M)
NOISE = list(":{}[],#&*!|>'\"%@`-? \t\n") + ["https://h.test/x/y:1", ": ", "- ", "{", "}", "'", '"']


def _shape(node, seen):
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    position = (node.start_mark.line, node.start_mark.column)
    if node.id == "scalar":
        return ("scalar", tag_of(node), node.value, position if node.value else None)
    if node.id == "sequence":
        return ("sequence", tag_of(node), position, tuple(_shape(n, seen) for n in node.value))
    return ("mapping", tag_of(node), position, tuple((_shape(k, seen), _shape(v, seen)) for k, v in node.value))


def _verdict(compose, text):
    try:
        documents = compose(text)
    except RecursionError:
        return ("too deep",)
    except Exception:
        return ("error",)
    seen = {}
    return ("ok", tuple(_shape(d, seen) for d in documents))


def _pure(text):
    from ruamel.yaml import YAML

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [n for n in YAML(typ="safe", pure=True).compose_all(io.StringIO(text)) if n is not None]


def _mutations(count, seed=20260101):
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + SNIPPETS
    for _ in range(count):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            lines = text.split("\n")
            op = rng.randrange(6)
            at = rng.randrange(len(text) + 1)
            row = rng.randrange(len(lines))
            if op == 0:
                text = text[:at] + rng.choice(NOISE) + text[at:]
            elif op == 1:
                text = text[:at] + text[at + 1:]
            elif op == 2:
                text = text[:at] + rng.choice(NOISE) + text[at + 1:]
            elif op == 3:
                lines.insert(row, lines[row])
                text = "\n".join(lines)
            elif op == 4:
                del lines[row]
                text = "\n".join(lines)
            else:
                lines[row] = " " * rng.randint(1, 3) + lines[row] if rng.random() < .5 else lines[row][1:]
                text = "\n".join(lines)
        yield text


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_real_world_like_files_compose_as_the_pure_parser_does(path):
    text = path.read_text(encoding="utf-8")
    assert _verdict(compose_all, text) == _verdict(_pure, text)
    if "realworld" in path.parts:
        assert _verdict(compose_all, text)[0] == "ok"


def test_generated_mutations_get_the_pure_parsers_verdict():
    """Whatever the pure parser accepts is accepted, as the same tree, and every error comes from
    the pure parser. libyaml alone accepting is kept (a syntax error needs both parsers to reject
    the text): on 20,000 mutations, 162 texts, 118 with a tab inside a plain scalar and most
    others a repeated `...` document end, both valid YAML 1.2 that ruamel's pure parser rejects.
    The trees differ only for an anchor or tag whose name ends in `:` (`&name: x`), where the two
    parsers read YAML differently (3 of 20,000)."""
    pure_accepts_we_reject, trees_differ, verdicts = [], [], set()
    for text in _mutations(2000):
        ours, pure = _verdict(compose_all, text), _verdict(_pure, text)
        verdicts.add(pure[0])
        if pure[0] == "ok" and ours[0] != "ok":
            pure_accepts_we_reject.append(text)
        elif pure[0] == ours[0] == "ok" and ours != pure and not PROPERTY_QUIRK.search(text):
            trees_differ.append(text)
    assert verdicts == {"ok", "error"}, "the generator makes both valid and invalid YAML"
    assert pure_accepts_we_reject == [] and trees_differ == []


def _error(compose, text):
    try:
        compose(text)
    except Exception as exc:
        return type(exc), str(exc)
    return None


def test_an_error_is_the_pure_parsers_error():
    for text in ["a: [1, 2\nb: 3\n", "a:\n  b: 1\n c: 2\n", "- a\nb: c\n", "a: 'x\n", "{a: 1, 'b}\n"]:
        assert _error(compose_all, text) == _error(_pure, text) is not None


def test_a_url_in_a_flow_mapping_is_yaml():
    """pnpm-lock.yaml: libyaml rejects `{tarball: https://...}`, ruamel's pure parser (and YAML 1.2)
    accept it; a real error next to it is still reported, at the pure parser's position."""
    lock = "packages:\n  /foo@1.0.0:\n    resolution: {tarball: https://codeload.github.com/o/r/tar.gz/abc}\n"
    assert findings_for("pnpm-lock.yaml", lock) == []
    assert codes(findings_for("pnpm-lock.yaml", lock + "    resolution: {integrity: sha512-x}\n")) == ["RL402"]
    broken = findings_for("pnpm-lock.yaml", lock + "  /bar@1.0.0:\n    resolution: {tarball: https://x/y\n")
    assert codes(broken) == ["RL401"] and broken[0].line == 6


IMPLICIT_TAGS = "".join(f"- {value}\n" for value in (
    "1", "-2", "+3", "0x1F", "0o17", "017", "0b101", "1_000", "1.5", "1e3", "-.5", ".inf", "-.Inf", ".NaN",
    ".nan_no", "true", "False", "TRUE", "yes", "No", "on", "null", "Null", "~", "''", '""', "2024-01-31",
    "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "=", "'1'", '"true"', "!!int 7", "! 8",
    "!x 9", "12:30", "0.1.2", "-", "+", ".", "", "|\n  block", ">-\n  folded",
    "&anchor {<<: {c: 1}, \"<<\": 2, ? [x] : y, <<x: 3, 1: one, 1.0: float}", "[*anchor, *anchor]"))


def _ruamel_libyaml(text):
    """ruamel's own libyaml composer, as YAML(typ="safe", pure=False).compose_all runs it."""
    from ruamel.yaml import YAML

    return [n for n in YAML(typ="safe", pure=False).compose_all(io.StringIO(text)) if n is not None]


def _marks(node):
    return tuple((m.name, m.index, m.line, m.column) for m in (node.start_mark, node.end_mark))


def _node_record(node, seen):
    """Everything a composed node carries: kind, tag, value, style, anchors shared, positions."""
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    if node.id == "scalar":
        return ("scalar", node.tag, node.value, node.style, _marks(node))
    if node.id == "sequence":
        children = tuple(_node_record(n, seen) for n in node.value)
    else:
        children = tuple((_node_record(k, seen), _node_record(v, seen)) for k, v in node.value)
    return (node.id, node.tag, node.flow_style, _marks(node), children)


def _outcome(compose, text):
    try:
        documents = compose(text)
    except Exception as exc:
        return ("error", type(exc), str(exc))
    seen = {}
    return ("ok", tuple(_node_record(d, seen) for d in documents))


def test_the_libyaml_composer_composes_as_ruamels_own():
    """Our one composer class with its lean resolver makes the trees ruamel's libyaml loader makes
    (every tag, value, style, shared alias and position) and raises the errors it raises."""
    from rebound_lint.languages.yaml_nodes import _compose_all

    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + SNIPPETS + [IMPLICIT_TAGS] + list(_mutations(1500, seed=7))
    tags, verdicts = set(), set()
    for text in texts:
        ours = _outcome(lambda t: _compose_all(t, pure=False), text)
        assert ours == _outcome(_ruamel_libyaml, text), text
        verdicts.add(ours[0])
        if ours[0] == "ok":
            tags.update(re.findall(r"tag:yaml\.org,2002:\w+", repr(ours[1])))
    assert verdicts == {"ok", "error"}
    assert {"tag:yaml.org,2002:" + kind for kind in
            ("str", "int", "float", "bool", "null", "timestamp", "merge", "value", "seq", "map")} <= tags


def _nesting_bound(text):
    """The depth bound measured line by line: flow brackets plus the widest line-start run."""
    flow = depth = 0
    if text.count("[") + text.count("{") >= C_DEPTH_LIMIT:
        for bracket in re.findall(r"[\[\]{}]", text):
            depth += 1 if bracket in "[{" else -1
            flow = max(flow, depth)
    return flow + max((len(run) for run in re.findall(r"^[ \t?:-]+", text, re.M)), default=0)


def test_the_depth_search_decides_as_measuring_the_bound_would():
    """_may_nest_too_deep looks for a line-start run of the width still needed instead of
    measuring every line: the same verdict at and around the limit, flow brackets or not."""
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + SNIPPETS + list(_mutations(300, seed=5))
    for _ in range(400):
        flow = rng.choice([0, 0, 10, 600, 990, 1000, 1001])
        width = rng.choice([0, 5, 990, 998, 999, 1000, 1001]) - rng.choice([0, flow])
        run = "".join(rng.choice(" \t?:-") for _ in range(max(width, 0)))
        lines = ["a: b", run + "x: 1", "[" * flow + "1" + "]" * flow, "  - " * rng.randint(0, 3) + "y"]
        rng.shuffle(lines)
        texts.append("\n".join(lines) + rng.choice(["", "\n", "\n" + run]))
    verdicts = [_may_nest_too_deep(text) for text in texts]
    assert verdicts == [_nesting_bound(text) >= C_DEPTH_LIMIT for text in texts]
    assert 100 < sum(verdicts) < len(texts) - 100
