"""The resolver against the people who resolved real conflicts (issue 25, "The bar").

    python benchmarks/resolve_real.py YARDSTICK [--methods engine,union,ours,theirs] [--md out.md]
                                      [--json out.json] [--reviewed benchmarks/resolve_real_reviewed.json]
                                      [--repo NAME] [--limit N] [--diff-lines 80]

YARDSTICK is a directory made by benchmarks/real_conflicts.py: index.jsonl and, per case,
<repo>/<id>/{base,ours,theirs,person,meta.json} (a missing file is an absent version).

Each method produces a result for each conflicted file:
- engine: rebound_lint.merges.resolve.engine.merge_file(base, ours, theirs, path), whatever
  `rebound_lint` is importable (PYTHONPATH=/path/to/a/checkout to measure another branch); its
  "declined" is a decline, "resolved" and "clean" are resolutions;
- union: `git merge-file --union` (keep both halves, ours first: the incident's naive script);
- ours / theirs: that side, unchanged.
and the result is scored against the person's committed file:
- declined;
- same: identical bytes, once CRLF and CR are read as LF;
- same data: not the same bytes, but JSON/YAML/TOML that parse to equal data;
- reordered: the same lines (as a multiset), in another order;
- wrong: anything else (also any result where the person deleted the file).

Reported per kind (and per family: changelogs, manifests and lockfiles apart) and overall: files,
resolved, correct (strict: same; lenient: same, same data or reordered), wrong, declined, correct
as a share of ALL conflicted files, wrong per 100 resolved (strict: every resolution that is not
the same bytes; lenient: only "wrong"), and seconds per file (max, p95). Every wrong resolution
of the engine (and every "same data" or "reordered" one) is listed with a unified diff from the
person's file to the engine's, and the verdict from the reviewed file when there is one, for that
very result (its sha1): "person" (the person dropped, duplicated or added something the three
versions do not explain: markers committed, a line lost, an edit of their own in the merge, a
regenerated file), "rule" (the engine's result is wrong: a rule, or validation letting a defect
through), "merge" (the engine's "clean": git merge-file found no conflict where git's merge did),
"equivalent" (same data or reordered where order is free: no one is wrong).
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

METHODS = ("engine", "union", "ours", "theirs")
OUTCOMES = ("same", "same data", "reordered", "wrong", "declined")
TIMEOUT = 10  # seconds a file may take before its result counts as an error (a decline); --timeout


class Case:
    __slots__ = ("meta", "base", "ours", "theirs", "person")

    def __init__(self, folder: Path) -> None:
        self.meta = json.loads((folder / "meta.json").read_text())
        read = lambda name: (folder / name).read_bytes() if (folder / name).is_file() else None  # noqa: E731
        self.base, self.ours, self.theirs, self.person = read("base"), read("ours"), read("theirs"), read("person")

    @property
    def key(self) -> tuple[str, str, str]:
        return self.meta["repo"], self.meta["merge"], self.meta["path"]


def load(yardstick: Path, repo: str | None = None, limit: int | None = None) -> list[Case]:
    rows = [json.loads(line) for line in (yardstick / "index.jsonl").read_text().splitlines() if line.strip()]
    rows = [row for row in rows if repo is None or row["repo"] == repo]
    rows.sort(key=lambda row: row["dir"])
    return [Case(yardstick / row["dir"]) for row in rows[:limit]]


# ---- methods: each returns (status, data, detail) with status "resolved", "clean", "declined" or "error"

def engine_method():
    from rebound_lint.merges.resolve import engine

    def run(case: Case):
        # every yardstick file is one git's own merge stopped on (merge-tree reported the conflict)
        try:
            result = engine.merge_file(case.base, case.ours, case.theirs, case.meta["path"], conflicted=True)
        except TypeError:  # an engine from before the `conflicted` argument
            result = engine.merge_file(case.base, case.ours, case.theirs, case.meta["path"])
        rules = sorted({hunk.rule for hunk in result.hunks})
        return result.status, result.data, {"rules": rules, "reasons": list(result.reasons)[:5],
                                            "conflicts": result.conflicts}
    return run


def engine_version() -> str:
    """Which engine was measured: its checkout's commit, when it is a git checkout."""
    from rebound_lint.merges.resolve import engine

    folder = Path(engine.__file__).parent
    head = subprocess.run(["git", "-C", str(folder), "log", "-1", "--format=%h %cI %s"], capture_output=True,
                          text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "--", "."], capture_output=True,
                           text=True).stdout.strip()
    return f"Engine: {folder}" + (f" at {head[:120]}" if head else "") + (" (with uncommitted changes)" if dirty else "") + "."


def _git_merge_file(case: Case, option: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="resolve-real-") as tmp:
        names = []
        for name, data in (("ours", case.ours), ("base", case.base or b""), ("theirs", case.theirs)):
            Path(tmp, name).write_bytes(data)
            names.append(str(Path(tmp, name)))
        return subprocess.run(["git", "merge-file", "-p", option, *names], capture_output=True).stdout


def union_method():
    return lambda case: ("resolved", _git_merge_file(case, "--union"), {})


def side_method(side: str):
    return lambda case: ("resolved", getattr(case, side), {})


def make(method: str):
    if method == "engine":
        return engine_method()
    if method == "union":
        return union_method()
    return side_method(method)


# ---- scoring

def normal(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def parsed(data: bytes, kind: str, path: str):
    """The data a JSON/YAML/TOML file holds, or a sentinel when it cannot be read as such."""
    text = data.decode("utf-8")
    if kind in ("json", "package-lock") or path.endswith(".json"):
        return json.loads(text)
    if kind == "yaml":
        from ruamel.yaml import YAML

        return list(YAML(typ="safe").load_all(text))
    if kind == "toml" or path.endswith(".toml"):
        import tomllib

        return tomllib.loads(text)
    raise ValueError("no data kind")


def score(result: bytes | None, status: str, case: Case) -> str:
    if status in ("declined", "error"):
        return "declined"
    person = case.person
    if person is None or result is None:
        return "wrong"
    mine, theirs = normal(result), normal(person)
    if mine == theirs:
        return "same"
    try:
        if parsed(mine, case.meta["kind"], case.meta["path"]) == parsed(theirs, case.meta["kind"], case.meta["path"]):
            return "same data"
    except Exception:  # noqa: BLE001 - not data, or not parseable: no data to compare
        pass
    if sorted(mine.split(b"\n")) == sorted(theirs.split(b"\n")):
        return "reordered"
    return "wrong"


def diff(case: Case, result: bytes, limit: int) -> str:
    def lines(data):
        return normal(data or b"").decode("utf-8", "replace").splitlines(keepends=True)
    out = list(difflib.unified_diff(lines(case.person), lines(result), "person", "resolver", n=2))
    if len(out) > limit:
        out = out[:limit] + [f"... ({len(out) - limit} more diff lines)\n"]
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out)


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def evaluate(cases: list[Case], method: str, diff_lines: int = 80, timeout: int = TIMEOUT) -> list[dict]:
    run = make(method)
    rows = []
    previous = signal.signal(signal.SIGALRM, _alarm) if hasattr(signal, "SIGALRM") else None
    for case in cases:
        started = time.perf_counter()
        detail: dict = {}
        try:
            if previous is not None:
                signal.alarm(timeout)
            status, data, detail = run(case)
        except Timeout:
            status, data, detail = "error", None, {"error": f"took over {timeout} s"}
        except Exception as exc:  # noqa: BLE001 - the contract says never raises; a raise is reported
            status, data, detail = "error", None, {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            if previous is not None:
                signal.alarm(0)
        seconds = time.perf_counter() - started
        outcome = score(data, status, case)
        row = {"repo": case.meta["repo"], "merge": case.meta["merge"], "path": case.meta["path"],
               "dir": f"{case.meta['repo']}/{case.meta['id']}", "kind": case.meta["kind"],
               "family": case.meta.get("family", case.meta["kind"]), "status": status, "outcome": outcome,
               "seconds": round(seconds, 4), **detail}
        if outcome in ("wrong", "reordered", "same data") and method == "engine":
            row["diff"] = diff(case, data, diff_lines)
            row["result_sha1"] = hashlib.sha1(normal(data)).hexdigest()  # a verdict is for this result only
        rows.append(row)
    if previous is not None:
        signal.signal(signal.SIGALRM, previous)
    return rows


def summarize(rows: list[dict]) -> dict:
    outcomes = Counter(row["outcome"] for row in rows)
    files = len(rows)
    resolved = files - outcomes["declined"]
    strict = outcomes["same"]
    lenient = strict + outcomes["same data"] + outcomes["reordered"]
    times = sorted(row["seconds"] for row in rows)
    return {
        "files": files, "resolved": resolved, "clean": sum(row["status"] == "clean" for row in rows),
        "errors": sum(row["status"] == "error" for row in rows),
        **{outcome.replace(" ", "_"): outcomes[outcome] for outcome in OUTCOMES},
        "correct_strict": strict, "correct_lenient": lenient,
        "correct_strict_pct_of_all": round(100 * strict / files, 2) if files else 0.0,
        "correct_lenient_pct_of_all": round(100 * lenient / files, 2) if files else 0.0,
        "wrong_per_100_resolved_strict": round(100 * (resolved - strict) / resolved, 1) if resolved else 0.0,
        "wrong_per_100_resolved_lenient": round(100 * outcomes["wrong"] / resolved, 1) if resolved else 0.0,
        "seconds_max": times[-1] if times else 0.0,
        "seconds_p95": times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0,
    }


def grouped(rows: list[dict], field: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row[field]].append(row)
    return {name: summarize(group) for name, group in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))}


def table(groups: dict[str, dict], total: dict, label: str) -> list[str]:
    out = [f"| {label} | files | resolved | same | same data | reordered | wrong | declined | correct % of all"
           " (strict / lenient) | wrong per 100 resolved (strict / lenient) | s/file max | p95 |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, s in [*groups.items(), ("**all**", total)]:
        out.append(f"| {name} | {s['files']} | {s['resolved']} | {s['same']} | {s['same_data']} | {s['reordered']} |"
                   f" {s['wrong']} | {s['declined']} | {s['correct_strict_pct_of_all']} /"
                   f" {s['correct_lenient_pct_of_all']} | {s['wrong_per_100_resolved_strict']} /"
                   f" {s['wrong_per_100_resolved_lenient']} | {s['seconds_max']:.3f} | {s['seconds_p95']:.3f} |")
    return out


def report(results: dict[str, list[dict]], reviewed: dict, yardstick: str, note: str = "") -> tuple[str, dict]:
    lines = [f"# Resolver on real conflicts ({yardstick})", ""]
    if note:
        lines += [note, ""]
    machine: dict = {"yardstick": yardstick, "files": len(next(iter(results.values()), [])), "methods": {}}
    for method, rows in results.items():
        total = summarize(rows)
        machine["methods"][method] = {"total": total, "by_kind": grouped(rows, "kind"),
                                      "by_family": grouped(rows, "family"), "files": rows}
    if len(results) > 1:
        lines += ["## Methods compared (all files)", "",
                  "| method | files | resolved | same | same data | reordered | wrong | declined |"
                  " correct % of all (strict / lenient) | wrong per 100 resolved (strict / lenient) |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for method in results:
            s = machine["methods"][method]["total"]
            lines.append(f"| {method} | {s['files']} | {s['resolved']} | {s['same']} | {s['same_data']} |"
                         f" {s['reordered']} | {s['wrong']} | {s['declined']} | {s['correct_strict_pct_of_all']} /"
                         f" {s['correct_lenient_pct_of_all']} | {s['wrong_per_100_resolved_strict']} /"
                         f" {s['wrong_per_100_resolved_lenient']} |")
        lines.append("")
    for method, data in machine["methods"].items():
        lines += [f"## {method}: per kind", "", *table(data["by_kind"], data["total"], "kind"), "",
                  f"## {method}: per family", "", *table(data["by_family"], data["total"], "family"), ""]
        if method != "engine":
            continue
        total = data["total"]
        met = lambda ok: "met" if ok else "NOT met"  # noqa: E731
        lines += ["Bars (issue 25), no disagreement excused as the person's doing:",
                  f"- wrong per 100 resolved <= 5: {total['wrong_per_100_resolved_lenient']} counting the \"wrong\""
                  f" outcome ({met(total['wrong_per_100_resolved_lenient'] <= 5)}); "
                  f"{total['wrong_per_100_resolved_strict']} counting every result that is not the person's bytes"
                  f" ({met(total['wrong_per_100_resolved_strict'] <= 5)})",
                  f"- correct in >= 3% of all conflicted files: {total['correct_strict_pct_of_all']}% the person's bytes"
                  f" ({met(total['correct_strict_pct_of_all'] >= 3)}); {total['correct_lenient_pct_of_all']}% with same"
                  f" data or reordered ({met(total['correct_lenient_pct_of_all'] >= 3)})",
                  f"- errors (raised or timed out): {total['errors']}; \"clean\" (git merge-file found no conflict"
                  f" where git's merge did): {total['clean']}", ""]
        rules = Counter(rule for row in data["files"] if row["outcome"] != "declined" for rule in row.get("rules", []))
        if rules:
            lines += ["Rules used in resolutions: " + ", ".join(f"{rule} {n}" for rule, n in rules.most_common()), ""]
        by_rule: dict[str, Counter] = defaultdict(Counter)
        for row in data["files"]:
            if row["outcome"] != "declined":
                for rule in row.get("rules", []) or ["(none: clean)"]:
                    by_rule[rule][row["outcome"]] += 1
        if by_rule:
            lines += ["| rule | same | same data | reordered | wrong |", "| --- | ---: | ---: | ---: | ---: |"]
            lines += [f"| {rule} | {c['same']} | {c['same data']} | {c['reordered']} | {c['wrong']} |"
                      for rule, c in sorted(by_rule.items())]
            lines.append("")
        errors = [row for row in data["files"] if row["status"] == "error"]
        if errors:
            lines += ["### Errors", ""] + [f"- {row['dir']} `{row['path']}`: {row['error']}" for row in errors] + [""]
        disagreements = [row for row in data["files"] if row["outcome"] in ("wrong", "reordered", "same data")]
        verdicts = Counter()
        for row in disagreements:
            verdict = reviewed.get((row["repo"], row["merge"], row["path"]))
            if verdict and verdict.get("result_sha1") not in (None, row.get("result_sha1")):
                verdict = None  # judged when the engine wrote something else
            row["verdict"] = verdict
            verdicts[f"{row['outcome']}: " + (verdict or {}).get("verdict", "not reviewed")] += 1
        lines += [f"### Resolutions that are not the person's bytes ({len(disagreements)})", "",
                  "Verdicts: " + (", ".join(f"{v}: {n}" for v, n in verdicts.most_common()) or "none"), ""]
        for row in disagreements:
            verdict = row["verdict"]
            said = f"{verdict['verdict']}: {verdict['why']}" if verdict else "not reviewed"
            lines += [f"#### {row['outcome']}: {row['repo']} {row['merge'][:12]} `{row['path']}` ({row['kind']})", "",
                      f"rules: {', '.join(row.get('rules', [])) or '-'}; dir {row['dir']}; verdict: {said}", "",
                      "```diff", row.get("diff", "").rstrip("\n"), "```", ""]
    return "\n".join(lines) + "\n", machine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("yardstick", type=Path)
    parser.add_argument("--methods", default="engine", help=f"comma-separated, of {', '.join(METHODS)}")
    parser.add_argument("--md", type=Path, help="write the report here (else stdout)")
    parser.add_argument("--json", type=Path, help="write every figure and every file's outcome here")
    parser.add_argument("--reviewed", type=Path, default=Path(__file__).with_name("resolve_real_reviewed.json"))
    parser.add_argument("--repo")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--diff-lines", type=int, default=80)
    parser.add_argument("--note", default="", help="a line for the report's head")
    parser.add_argument("--reuse", type=Path, help="an earlier --json: its methods not run now are reported again"
                        " (the baselines do not change between engine runs)")
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds a file may take (then: an error)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # a parser's warnings about real files (reused YAML anchors) are no finding here
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in METHODS]
    if unknown or not methods:
        parser.error(f"unknown method(s): {', '.join(unknown) or '(none)'}")
    if not (args.yardstick / "index.jsonl").is_file():
        parser.error(f"{args.yardstick}: no index.jsonl (make one with benchmarks/real_conflicts.py)")
    reviewed_rows = json.loads(args.reviewed.read_text()) if args.reviewed.is_file() else []
    reviewed = {(r["repo"], r["merge"], r["path"]): r for r in reviewed_rows}
    cases = load(args.yardstick, args.repo, args.limit)
    results = {}
    for method in methods:
        started = time.perf_counter()
        results[method] = evaluate(cases, method, args.diff_lines, args.timeout)
        print(f"{method}: {len(cases)} files in {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    if args.reuse and args.reuse.is_file():
        earlier = json.loads(args.reuse.read_text())
        if earlier.get("files") == len(cases):
            for method, data in earlier["methods"].items():
                results.setdefault(method, data["files"])
        results = {method: results[method] for method in METHODS if method in results}
    note = " ".join(filter(None, [args.note, engine_version() if "engine" in methods else ""]))
    text, machine = report(results, reviewed, str(args.yardstick), note)
    if args.md:
        tmp = args.md.with_name(args.md.name + ".tmp")
        tmp.write_text(text)
        os.replace(tmp, args.md)
    else:
        sys.stdout.write(text)
    if args.json:
        args.json.write_text(json.dumps(machine, indent=1, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
