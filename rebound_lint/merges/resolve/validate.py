"""Validation, the resolver's gate: the whole result through rebound-lint's own per-file checkers
(markers, the kind's parser, duplicate keys and definitions, repeated statements, manifests).
A finding that neither ours nor theirs had declines the file. A finding is the same as a side's
when its code and the text of its line (blanks folded, as the baseline fingerprints it) are, and
the result has no more of it than that side had.

`parse_data` is the structure a data rule compares the result with (the output must re-parse to
the structure the rule produced). `mark_around` turns a clean line merge that validation refuses
into a conflict block for a person, around the lines that made the finding.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from .. import markers
from .engine import Merge, lines_of

_LINE_MENTION = re.compile(r"\bline (\d+)\b")


def _config(config):
    if config is None:
        from ...config import Config

        return Config()
    return config


def findings(path: str, data: bytes, kind: str, config, marker_size: int) -> list:
    from ... import runner

    return runner.check_data(path, data, kind, _config(config), marker_size).findings


def _keys(found, data: bytes) -> Counter:
    from ... import baseline

    lines = baseline.line_texts(data)
    return Counter((f.code, baseline.fingerprint(f.code, baseline.line_at(lines, f.line))) for f in found)


def new_findings(merge: Merge, data: bytes, marker_size: int, config=None) -> list:
    """The result's findings that neither ours nor theirs had (one finding per excess)."""
    from ... import baseline

    result = findings(merge.path, data, merge.kind, config, marker_size)
    if not result:
        return []
    ours = _keys(findings(merge.path, merge.ours, merge.kind, config, marker_size), merge.ours)
    theirs = _keys(findings(merge.path, merge.theirs, merge.kind, config, marker_size), merge.theirs)
    allowed = ours | theirs  # the larger count of each
    lines = baseline.line_texts(data)
    out = []
    for finding in result:
        key = (finding.code, baseline.fingerprint(finding.code, baseline.line_at(lines, finding.line)))
        if allowed[key] > 0:
            allowed[key] -= 1
        else:
            out.append(finding)
    return out


def new_finding(merge: Merge, data: bytes, marker_size: int, config=None) -> str | None:
    """One line about the first new finding, or None."""
    found = new_findings(merge, data, marker_size, config)
    if not found:
        return None
    first = found[0]
    return f"line {first.line}: {first.code} {first.message} (neither side had it)"


class Unparsed(Exception):
    """A text its parser rejects (or a kind without a data parser)."""


DATA_KINDS = ("json", "yaml", "toml")
# Lockfiles a tool writes whole (their entries hang together by more than their keys): no data rule
# resolves them (yarn.lock is refused whole by rules/yarn_lock.py, Gemfile.lock merged by gem by
# rules/gemfile_lock.py, go.sum line by line by rules/golang.py).
GENERATED = re.compile(r"(?:^|/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|poetry\.lock|uv\.lock|"
                       r"Cargo\.lock|composer\.lock|Pipfile\.lock|Gemfile\.lock|[^/]*\.lock\.json|flake\.lock)$")
MAX_NODES = 200_000  # a YAML text whose data (aliases expanded) is larger is not compared


def data_kind(merge_or_kind, path: str = "") -> str | None:
    """"json", "yaml" or "toml" when a data rule may look at the file, else None."""
    kind = getattr(merge_or_kind, "kind", merge_or_kind)
    path = getattr(merge_or_kind, "path", path)
    if kind not in DATA_KINDS or GENERATED.search(path):
        return None
    return kind


def parse_data(kind: str, data: bytes):
    """The data a JSON, YAML or TOML text holds; Unparsed when it does not parse, holds a duplicate
    key, or is not of those kinds. YAML: every document, composed as the YAML checker composes it
    (libyaml, else ruamel's Python parser), each scalar as the value its resolved tag stands for,
    a scalar of any other tag as (tag, text). Texts seen lately are not parsed again."""
    ok, value = _parse_cached(kind, data)
    if not ok:
        raise Unparsed(value)
    return value


@functools.lru_cache(maxsize=32)
def _parse_cached(kind: str, data: bytes) -> tuple[bool, object]:
    try:
        return True, _parse(kind, data)
    except Unparsed as exc:
        return False, str(exc)


def _parse(kind: str, data: bytes):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unparsed(f"not UTF-8: {exc}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        if kind == "json":
            def no_duplicates(pairs):
                keys = [k for k, _ in pairs]
                if len(set(keys)) != len(keys):
                    raise Unparsed("duplicate key")
                return dict(pairs)

            return json.loads(text, object_pairs_hook=no_duplicates)
        if kind == "toml":
            import tomllib

            return tomllib.loads(text)
        if kind == "yaml":
            from ...languages.yaml_nodes import compose_all

            budget = [MAX_NODES]
            return [_node_data(node, budget) for node in compose_all(text)]
    except Unparsed:
        raise
    except RecursionError:
        raise Unparsed("nesting too deep") from None
    except Exception as exc:  # every parser error of every library: the text does not parse
        raise Unparsed(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
    raise Unparsed(f"no data parser for {kind}")


_STANDARD = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
             "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null")


def _node_data(node, budget: list):
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    from ...languages.yaml_nodes import canonical, tag_of

    budget[0] -= 1
    if budget[0] < 0:
        raise Unparsed("too much data to compare")
    tag = tag_of(node)
    if isinstance(node, ScalarNode):
        if tag in _STANDARD:
            return canonical(tag, node.value)
        return ("scalar", tag, node.value)
    if isinstance(node, SequenceNode):
        items = [_node_data(item, budget) for item in node.value]
        return items if tag == "tag:yaml.org,2002:seq" else ("seq", tag, tuple(map(repr, items)))
    if isinstance(node, MappingNode):
        out = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise Unparsed("a mapping key that is not a scalar")
            key = _node_data(key_node, budget)
            if isinstance(key, (list, dict)) or key in out:
                raise Unparsed("duplicate key")
            out[key] = _node_data(value_node, budget)
        return out if tag in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:omap") else ("map", tag, repr(out))
    raise Unparsed("an unknown YAML node")


@dataclass
class Mark:
    """A defect validation proves that no checker reports as a finding (a name imported twice):
    where mark_around puts a conflict block (`line`, and the lines its message names)."""
    line: int
    code: str
    message: str


def mark_around(base: bytes, ours: bytes, theirs: bytes, result: bytes, found: list, marker_size: int,
                labels: tuple[str, str, str], style: str) -> bytes:
    """The clean result with a conflict block (ours / base / theirs, git's markers of the size and
    style) around each region that holds a new finding's lines and the lines its message names.
    A region ends at lines all three versions share unchanged."""
    r_lines = lines_of(result)
    maps = []
    for side in (ours, base, theirs):
        x_lines = lines_of(side)
        matcher = SequenceMatcher(None, r_lines, x_lines, autojunk=False)
        mapping = {}
        for a, b, size in matcher.get_matching_blocks():
            for offset in range(size):
                mapping[a + offset] = b + offset
        maps.append((x_lines, mapping))
    anchored = [all(i in mapping for _, mapping in maps) for i in range(len(r_lines))]
    wanted = set()
    for finding in found:
        wanted.add(finding.line - 1)
        wanted.update(int(n) - 1 for n in _LINE_MENTION.findall(finding.message))
    wanted = {i for i in wanted if 0 <= i < len(r_lines)}
    changed = [i for i in wanted if not anchored[i]]
    if not changed:  # the finding's own lines are shared by all three: mark every change instead
        changed = [i for i, ok in enumerate(anchored) if not ok]
    if not changed:
        changed = sorted(wanted) or [0]
    regions: list[list[int]] = []
    for i in sorted(changed):
        start, end = i, i
        while start > 0 and not anchored[start - 1]:
            start -= 1
        while end + 1 < len(r_lines) and not anchored[end + 1]:
            end += 1
        if regions and start <= regions[-1][1] + 1:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    crlf = sum(line.endswith(b"\r\n") for line in r_lines) * 2 > len(r_lines)
    eol = b"\r\n" if crlf else b"\n"
    out: list[bytes] = []
    done = 0
    for start, end in regions:
        out.extend(r_lines[done:start])
        block = [b"<" * marker_size + b" " + labels[0].encode() + eol]
        sides = []
        for x_lines, mapping in maps:
            low = mapping[start - 1] + 1 if start > 0 else 0
            high = mapping[end + 1] if end + 1 < len(r_lines) else len(x_lines)
            part = x_lines[low:high]
            if part and not part[-1].endswith(b"\n"):
                part = part[:-1] + [part[-1] + eol]
            sides.append(part)
        block.extend(sides[0])
        if style in ("diff3", "zdiff3"):
            block.append(b"|" * marker_size + b" " + labels[1].encode() + eol)
            block.extend(sides[1])
        block.append(b"=" * marker_size + eol)
        block.extend(sides[2])
        block.append(b">" * marker_size + b" " + labels[2].encode() + eol)
        if out and not out[-1].endswith(b"\n"):
            out[-1] += eol
        out.extend(block)
        done = end + 1
    out.extend(r_lines[done:])
    return b"".join(out)


def marker_free(data: bytes, marker_size: int) -> bool:
    return not (markers.find_blocks(data, marker_size) or markers.find_blocks(data, markers.DEFAULT_SIZE))


class Conflict(Exception):
    """The structural three-way merge finds a value both sides set differently."""


_MISSING = object()


def merge3(base, ours, theirs, path: str = "", documents: bool = False):
    """The structural three-way merge of parsed data: a value one side changed is that side's; a
    value both changed the same way is theirs and ours; mappings merge key by key; anything else
    changed by both sides (a scalar given two values, a list both edited, a key removed by one side
    and changed by the other) raises Conflict. `documents`: the top level is a YAML stream, whose
    documents merge position by position when both sides kept their number."""
    if _equal(ours, theirs):
        return ours
    if _equal(base, ours):
        return theirs
    if _equal(base, theirs):
        return ours
    if all(isinstance(x, dict) for x in (base, ours, theirs)):
        out = {}
        for key in list(ours) + [k for k in theirs if k not in ours] + [k for k in base if k not in ours and k not in theirs]:
            value = merge3(base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING), f"{path}/{key}")
            if value is not _MISSING:
                out[key] = value
        return out
    if documents and all(isinstance(x, list) for x in (base, ours, theirs)) and len(base) == len(ours) == len(theirs):
        return [merge3(b, o, t, f"{path}/{i}") for i, (b, o, t) in enumerate(zip(base, ours, theirs))]
    raise Conflict(path or "/")


def _equal(a, b) -> bool:
    """Equal data with equal types (1, 1.0 and True are three values)."""
    if a is _MISSING or b is _MISSING:
        return a is b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    return a == b


def same_structure(kind: str, base: bytes, ours: bytes, theirs: bytes, result: bytes) -> str | None:
    """None when the result parses to exactly the structural merge of the three inputs; else why
    not (an input or the result does not parse, the merge conflicts, or the data differs)."""
    try:
        parsed = [parse_data(kind, text) for text in (base, ours, theirs)]
    except Unparsed as exc:
        return f"an input does not parse ({exc})"
    try:
        expected = merge3(*parsed, documents=kind == "yaml")
    except Conflict as exc:
        return f"both sides set {exc} differently"
    try:
        got = parse_data(kind, result)
    except Unparsed as exc:
        return f"the result does not parse ({exc})"
    if not _equal(got, expected):
        return "the result does not parse to the merge of both sides' data"
    return None
