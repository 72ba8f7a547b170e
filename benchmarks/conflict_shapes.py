"""Where would a "keep both" rule agree with people? The shapes of real conflict hunks, and what
the person kept (issue 25: more correct resolutions, with proof).

    python benchmarks/conflict_shapes.py YARDSTICK [--md out.md] [--json out.json] [--repo NAME]

YARDSTICK is a directory made by benchmarks/real_conflicts.py (index.jsonl; per case
<repo>/<id>/{base,ours,theirs,person,meta.json}). Every conflicted file is merged again the way the
engine sees it (`git merge-file --diff3`, rebound_lint.merges.resolve.engine), and each conflict
hunk is classified:

- shape: "both insert" (the base's side of the hunk is empty: both sides inserted lines at one
  base point), "one deletes" (one side's text is empty), "both modify" (the rest);
- content (for "both insert"): what both sides inserted, when both inserted the same sort of thing:
  py-defs (complete `def`/`class` definitions, at the top level or one indent in, per `ast`),
  py-tests (the same, every name `test_*`), js-decls (complete top-level function/class/`export
  const` declarations, by the lines' starts), js-tests (`it(`/`test(`/`describe(` calls),
  md-list (list items only), lines (a line-set file: .gitignore-like, CODEOWNERS), other;
- what the person kept, found between the hunk's common context lines in the person's file:
  "ours+theirs", "theirs+ours", "ours", "theirs", "base", "both, blank lines differ" (the
  non-blank lines are ours' then theirs'), "both, other order" (the same lines as ours and theirs
  together, in another order), "other" (anything else), "unlocated" (the context lines were not
  found once each: the person moved or edited them).

Reported per kind x shape and per content label of "both insert" hunks: counts of each outcome,
and the share that keeps ours+theirs (what git's union writes) among the located hunks.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rebound_lint.merges.resolve.engine import Hunk, git_merge, split  # noqa: E402

OUTCOMES = ("ours+theirs", "theirs+ours", "both, blank lines differ", "both, other order", "ours", "theirs",
            "base", "other", "unlocated")
ANCHOR = 3  # context lines on each side that locate the hunk in the person's file

JS_DECL = re.compile(rb"^(?:export[ \t]+(?:default[ \t]+)?)?(?:async[ \t]+)?(?:function\*?|class|const|let|interface|type|enum)[ \t]")
JS_TEST = re.compile(rb"^[ \t]*(?:it|test|describe)(?:\.\w+)?\(")
MD_ITEM = re.compile(rb"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")
LINE_SETS = re.compile(r"(?:^|/)(?:\.gitignore|\.dockerignore|\.npmignore|\.prettierignore|\.eslintignore|CODEOWNERS|"
                       r"AUTHORS[^/]*|CONTRIBUTORS[^/]*|\.mailmap)$")


def _lines(data: bytes) -> list[bytes]:
    parts = data.split(b"\n")
    out = [p + b"\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def _norm(lines: list[bytes]) -> list[bytes]:
    return [line.rstrip(b"\r\n") for line in lines]


def _find_all(haystack: list[bytes], needle: list[bytes], start: int = 0) -> list[int]:
    if not needle:
        return []
    first = needle[0]
    n = len(needle)
    return [i for i in range(start, len(haystack) - n + 1) if haystack[i] == first and haystack[i:i + n] == needle]


def locate(person: list[bytes], before: list[bytes], after: list[bytes], at_start: bool, at_end: bool):
    """The person's lines between the hunk's context, or None when the context is not found once."""
    if at_start:
        low = 0
    else:
        anchor = before[-ANCHOR:]
        if not anchor:
            return None
        hits = _find_all(person, anchor)
        if len(hits) != 1:
            return None
        low = hits[0] + len(anchor)
    if at_end:
        return person[low:]
    anchor = after[:ANCHOR]
    if not anchor:
        return None
    hits = _find_all(person, anchor, low)
    if not hits:
        return None
    return person[low:hits[0]]


def outcome(region, base: list[bytes], ours: list[bytes], theirs: list[bytes]) -> str:
    if region is None:
        return "unlocated"
    if region == ours + theirs:
        return "ours+theirs"
    if region == theirs + ours:
        return "theirs+ours"
    if region == ours:
        return "ours"
    if region == theirs:
        return "theirs"
    if region == base:
        return "base"
    blank = lambda lines: [line for line in lines if line.strip()]  # noqa: E731
    if blank(region) == blank(ours) + blank(theirs):
        return "both, blank lines differ"
    if Counter(blank(region)) == Counter(blank(ours)) + Counter(blank(theirs)):
        return "both, other order"
    return "other"


def _py_defs(lines: list[bytes]) -> list[str] | None:
    """The names of the complete def/class statements the lines hold (blank lines and comments
    allowed around them), at one indent; None if they hold anything else."""
    text = b"".join(lines).decode("utf-8", "replace")
    if not text.strip():
        return None
    try:
        tree = ast.parse(textwrap.dedent(text))
    except (SyntaxError, ValueError):
        return None
    names = []
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return None
        names.append(node.name)
    return names or None


def content(kind: str, path: str, ours: list[bytes], theirs: list[bytes]) -> str:
    if LINE_SETS.search(path):
        return "lines"
    if kind == "python":
        a, b = _py_defs(ours), _py_defs(theirs)
        if a and b:
            tests = all(n.startswith(("test_", "Test")) for n in a + b)
            return "py-tests" if tests else "py-defs"
        return "py-other"
    if kind in ("javascript", "typescript"):
        starts = [line for line in ours + theirs if line.strip() and not line[:1].isspace() and line.strip() not in
                  (b"}", b"};", b"});", b")", b");")]
        tests = [line for line in ours + theirs if JS_TEST.match(line)]
        if starts and all(JS_DECL.match(line) for line in starts):
            return "js-decls"
        if tests and all(JS_TEST.match(_first_nonblank(side)) for side in (ours, theirs) if _first_nonblank(side)):
            return "js-tests"
        return "js-other"
    if kind == "text" or path.endswith((".md", ".rst", ".txt")):
        items = [line for line in ours + theirs if line.strip()]
        if items and all(MD_ITEM.match(line) for line in items):
            return "md-list"
        return "text-other"
    return "other"


def _first_nonblank(lines: list[bytes]) -> bytes:
    for line in lines:
        if line.strip():
            return line
    return b""


def hunks_of(case_dir: Path, meta: dict):
    read = lambda name: (case_dir / name).read_bytes() if (case_dir / name).is_file() else None  # noqa: E731
    base, ours, theirs, person = read("base") or b"", read("ours"), read("theirs"), read("person")
    if ours is None or theirs is None or person is None:
        return
    if any(b"\0" in x for x in (base, ours, theirs)):
        return
    status, output = git_merge(base, ours, theirs, style="diff3", labels=("ours", "base", "theirs"), marker_size=7)
    if status <= 0:
        return
    segments = split(output, 7)
    if segments is None:
        return
    person_lines = _norm(_lines(person))
    for at, segment in enumerate(segments):
        if not isinstance(segment, Hunk):
            continue
        before = segments[at - 1] if at > 0 and not isinstance(segments[at - 1], Hunk) else []
        after = segments[at + 1] if at + 1 < len(segments) and not isinstance(segments[at + 1], Hunk) else []
        at_start = at == 1 and not segments[0]
        at_end = at + 2 == len(segments) and not segments[-1]
        region = locate(person_lines, _norm(before), _norm(after), at_start, at_end)
        o, b, t = _norm(segment.ours), _norm(segment.base), _norm(segment.theirs)
        if not segment.base and segment.ours and segment.theirs:
            shape = "both insert"
        elif not segment.ours or not segment.theirs:
            shape = "one deletes"
        else:
            shape = "both modify"
        label = content(meta["kind"], meta["path"], segment.ours, segment.theirs) if shape == "both insert" else ""
        yield shape, label, outcome(region, b, o, t)


def table(rows: dict, title: str) -> list[str]:
    out = [f"### {title}", "", "| " + " | ".join(["key", "hunks", *OUTCOMES, "ours+theirs % of located"]) + " |",
           "| --- " + "| ---: " * (len(OUTCOMES) + 2) + "|"]
    for key, counts in sorted(rows.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counts.values())
        located = total - counts["unlocated"]
        share = f"{100 * counts['ours+theirs'] / located:.0f}" if located else "-"
        out.append("| " + " | ".join([key, str(total), *(str(counts[o]) for o in OUTCOMES), share]) + " |")
    return out + [""]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("yardstick", type=Path)
    parser.add_argument("--md", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--repo")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (args.yardstick / "index.jsonl").read_text().splitlines() if line.strip()]
    if args.repo:
        rows = [r for r in rows if r["repo"] == args.repo]
    by_shape: dict[str, Counter] = defaultdict(Counter)
    by_content: dict[str, Counter] = defaultdict(Counter)
    cases = []
    files = 0
    for row in sorted(rows, key=lambda r: r["dir"]):
        folder = args.yardstick / row["dir"]
        meta = json.loads((folder / "meta.json").read_text())
        found = list(hunks_of(folder, meta))
        files += bool(found)
        for shape, label, result in found:
            by_shape[f"{meta['kind']} / {shape}"][result] += 1
            by_shape[f"(all) / {shape}"][result] += 1
            if shape == "both insert":
                by_content[f"{meta['kind']} / {label}"][result] += 1
            cases.append({"dir": row["dir"], "kind": meta["kind"], "shape": shape, "content": label, "person": result})
    lines = ["# Conflict hunk shapes on real merges, and what the person kept", "",
             f"{files} conflicted files with hunks, {len(cases)} hunks.", ""]
    lines += table(by_shape, "per kind and shape")
    lines += table(by_content, "\"both insert\" hunks, per kind and content")
    text = "\n".join(lines)
    if args.md:
        args.md.write_text(text)
    else:
        print(text)
    if args.json:
        args.json.write_text(json.dumps(cases, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
