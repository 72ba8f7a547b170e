"""`audit` on real conflicts: how many naive resolutions (both halves of every hunk kept) it flags,
and how many of the people's own resolutions it flags, per file kind.

    python benchmarks/audit_recall_real.py /work/conflicts [--exclude owner+name ...] [--kinds python,sql]
        [--per-kind N] [--limit N] [--json out.json] [--same-cases earlier.json]

The conflicts directory is the resolver-bench layout (benchmarks/real_conflicts.py: base, ours,
theirs and person per conflicted file, index.jsonl). Each case is rebuilt in a scratch repository
as real commits: a base commit (no file for an add/add conflict), the two parents at the file's
real path, and two merge commits, one committing the naive resolution (`git merge-file --union`:
markers stripped, ours then theirs) and one committing the person's. `audit` runs on each merge
as it would in the project's history (git merge-tree recomputes the conflict).

- recall: naive merges where some hunk kept both halves (a hunk with an empty side is "took one
  side", not a botch) in files that are not union-safe (changelogs), and whose result is not what
  the person committed (a person who kept both halves too says they belong: counted apart),
  flagged with RL702 or RL701;
- false flags: RL702 on the person's resolutions (each listed: a person can botch too).

Run it with the build to measure on the path: `/path/to/venv/bin/python benchmarks/audit_recall_real.py`.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rebound_lint.config import Config
from rebound_lint.merges import audit, markers, resolution

ENV = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
ENV.update(GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com", GIT_COMMITTER_NAME="bench",
           GIT_COMMITTER_EMAIL="bench@example.com", GIT_AUTHOR_DATE="2024-01-01T00:00:00Z",
           GIT_COMMITTER_DATE="2024-01-01T00:00:00Z")


def git(repo: Path, *args: str, data: bytes | None = None, env: dict | None = None) -> str:
    proc = subprocess.run(["git", "-C", str(repo), *args], input=data, capture_output=True, env=env or ENV)
    if proc.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode().strip()


def tree(repo: Path, path: str, data: bytes | None) -> str:
    index = repo / ".git" / "bench-index"
    if index.exists():
        index.unlink()
    env = {**ENV, "GIT_INDEX_FILE": str(index)}
    if data is not None:
        blob = git(repo, "hash-object", "-w", "--stdin", data=data)
        git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
    return git(repo, "write-tree", env=env)


def commit(repo: Path, tree_id: str, parents: list[str], message: str) -> str:
    args = ["commit-tree", tree_id, "-m", message]
    for parent in parents:
        args += ["-p", parent]
    return git(repo, *args)


def naive(case: Path) -> bytes:
    with tempfile.TemporaryDirectory() as scratch:
        base = case / "base"
        if not base.exists():
            base = Path(scratch) / "empty"
            base.write_bytes(b"")
        proc = subprocess.run(["git", "merge-file", "-p", "--union", str(case / "ours"), str(base), str(case / "theirs")],
                              capture_output=True)
    return proc.stdout


def judge(repo: Path, meta: dict, case: Path, config: Config) -> dict:
    path = meta["path"]
    read = lambda name: (case / name).read_bytes() if (case / name).exists() else None  # noqa: E731
    base = commit(repo, tree(repo, path, read("base")), [], "base")
    ours = commit(repo, tree(repo, path, read("ours")), [base], "ours")
    theirs = commit(repo, tree(repo, path, read("theirs")), [base], "theirs")
    out = {"repo": meta["repo"], "id": meta["id"], "path": path, "kind": meta["kind"]}
    results = {"naive": naive(case)}
    if not meta.get("person_deleted") and read("person") is not None:
        results["person"] = read("person")
    for label, data in results.items():
        merge = commit(repo, tree(repo, path, data), [ours, theirs], f"Merge ({label})")
        reports, findings = audit.audit(repo, config, [merge], 1)
        regions = [region for report in reports for entry in report.files for region in entry.regions]
        verdicts = [region.verdict for region in regions]
        text = data.decode("utf-8", "surrogateescape").split("\n")
        out[label] = {
            "both_kept": any(v.startswith(resolution.BOTH_KEPT) for v in verdicts),
            "codes": sorted({f.code for f in findings}),
            "rl702": [f.message for f in findings if f.code == "RL702"][:3],
            "rl702_lines": sorted({f.line for f in findings if f.code == "RL702"}),
            # each conflict region, in the conflict's order: its verdict and the lines it holds
            "regions": [{"verdict": r.verdict, "start": r.start, "end": r.end,
                         "lines": text[r.start - 1:r.end] if r.start <= r.end else []}
                        for r in regions if label == "naive"],
        }
    if "person" in results:
        out["person_kept_both"] = person_kept_both(out["naive"]["regions"], results["naive"], results["person"])
    out["union_safe"] = audit.union_safe(repo, path, config)
    out["naive_is_person"] = "person" in results and _lines(results["naive"]) == _lines(results["person"])
    return out


def person_kept_both(regions: list[dict], naive: bytes, person: bytes) -> bool:
    """Whether the person kept both halves of every region the naive resolution kept both of: each
    line of those regions stands in the person's file at least as often as in the naive one (in any
    place or order: git's two-way alignment may put a line of one half in a neighbouring region).
    Then the naive result differs from the person's only in other lines (outside those regions, or
    lines added around them): no botch the person did not make. A line the halves share and the
    person kept once is not kept both times: a real miss."""
    if any(markers.line_marker(line) in ("open", "separator", "close")
           for line in person.decode("utf-8", "surrogateescape").split("\n")):
        return False  # the person committed the conflict itself: no resolution to compare with
    naive_lines, person_lines = Counter(_lines(naive)), Counter(_lines(person))
    kept = {line.strip().encode("utf-8", "surrogateescape") for region in regions
            if region["verdict"].startswith(resolution.BOTH_KEPT) for line in region["lines"] if line.strip()}
    return bool(kept) and all(naive_lines[line] <= person_lines[line] for line in kept)


def conflict_regions(case: Path) -> list[dict]:
    """For a row of a run that did not record its regions: the hunks of `git merge-file` (its
    two-way conflict, which the naive resolution keeps whole), those with both halves as both-kept
    regions. merge-tree's hunks, which audit sees, can differ in a line or two."""
    with tempfile.TemporaryDirectory() as scratch:
        base = case / "base"
        if not base.exists():
            base = Path(scratch) / "empty"
            base.write_bytes(b"")
        proc = subprocess.run(["git", "merge-file", "-p", str(case / "ours"), str(base), str(case / "theirs")],
                              capture_output=True)
    conflict = resolution.parse(proc.stdout.decode("utf-8", "surrogateescape"))
    return [{"verdict": resolution.BOTH_OURS_FIRST if hunk.ours and hunk.theirs else resolution.OURS_ONLY,
             "lines": hunk.ours + hunk.theirs} for hunk in conflict.hunks]


def _lines(data: bytes) -> list[bytes]:
    """The text's lines with any text in them, in sorted order: a person who kept both halves in
    the other order, or with a blank line between them, kept both halves too."""
    return sorted(line.strip() for line in data.replace(b"\r\n", b"\n").split(b"\n") if line.strip())


def same_as_person(conflicts: Path, row: dict) -> bool:
    """Recomputed for a row of an earlier --json (whose test may have been stricter)."""
    case = conflicts / row["repo"] / row["id"]
    person = case / "person"
    return person.exists() and _lines(naive(case)) == _lines(person.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conflicts", type=Path)
    parser.add_argument("--exclude", nargs="*", default=[], help="repositories (owner+name) to leave out")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--per-kind", type=int, default=0, help="at most this many cases of each kind (index order)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--same-cases", type=Path, help="only the cases of an earlier run's --json (to compare builds)")
    parser.add_argument("--table", type=Path, help="print the tables of an earlier run's --json, running nothing")
    args = parser.parse_args()
    kinds = set(filter(None, args.kinds.split(",")))
    cases = [json.loads(line) for line in (args.conflicts / "index.jsonl").read_text().splitlines() if line.strip()]
    cases = [c for c in cases if c["repo"] not in args.exclude and (not kinds or c["kind"] in kinds)]
    if args.same_cases:
        earlier = {(row["repo"], row["id"]) for row in json.loads(args.same_cases.read_text())}
        cases = [c for c in cases if (c["repo"], c["id"]) in earlier]
    if args.per_kind:
        taken: Counter = Counter()
        cases = [c for c in cases if (taken.update([c["kind"]]) or taken[c["kind"]] <= args.per_kind)]
    if args.limit:
        cases = cases[:args.limit]
    if args.table:
        rows = json.loads(args.table.read_text())
        for row in rows:
            if "error" not in row:
                row["naive_is_person"] = same_as_person(args.conflicts, row)
                case = args.conflicts / row["repo"] / row["id"]
                if (case / "person").exists():
                    regions = row["naive"].get("regions") or conflict_regions(case)
                    row["person_kept_both"] = person_kept_both(regions, naive(case), (case / "person").read_bytes())
        return report(rows)
    rows = []
    with tempfile.TemporaryDirectory(prefix="audit-recall-") as scratch:
        repo = Path(scratch)
        git(repo, "init", "-q")
        config = Config(root=repo)
        for number, meta in enumerate(cases, 1):
            try:
                rows.append(judge(repo, meta, args.conflicts / meta["dir"], config))
            except Exception as exc:  # a case that cannot be rebuilt is counted, never fatal
                rows.append({"repo": meta["repo"], "id": meta["id"], "path": meta["path"], "kind": meta["kind"],
                             "error": f"{type(exc).__name__}: {exc}"[:200]})
            if number % 200 == 0:
                print(f"{number}/{len(cases)}", file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return report(rows)


def report(rows: list[dict]) -> int:
    table: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        kind = row["kind"]
        if "error" in row:
            table[kind]["errors"] += 1
            continue
        table[kind]["cases"] += 1
        if row["naive"]["both_kept"] and not row["union_safe"]:
            if row["naive_is_person"]:  # the person kept both halves too: not a botch to catch
                table[kind]["naive = person"] += 1
                table[kind]["naive = person, flagged"] += bool(set(row["naive"]["codes"]) & {"RL701", "RL702"})
            else:
                caught = bool(set(row["naive"]["codes"]) & {"RL701", "RL702"})
                table[kind]["naive both kept"] += 1
                table[kind]["caught"] += caught
                if row.get("person_kept_both"):  # the person kept both halves of every such region too
                    table[kind]["person kept the regions"] += 1
                    table[kind]["person kept the regions, caught"] += caught
        if "person" in row:
            table[kind]["people"] += 1
            table[kind]["people flagged RL702"] += "RL702" in row["person"]["codes"]
    print("| kind | cases | naive, both halves kept, unlike the person's | caught by audit | recall | "
          "of them, the person kept both halves of each such region too (caught) | recall on the rest | "
          "naive = the person's (flagged) | person resolutions | RL702 on them |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = Counter()

    def line(name: str, counts: Counter) -> str:
        share = f"{100 * counts['caught'] / counts['naive both kept']:.0f}%" if counts["naive both kept"] else "-"
        rest = counts["naive both kept"] - counts["person kept the regions"]
        rest_caught = counts["caught"] - counts["person kept the regions, caught"]
        rest_share = f"{rest_caught}/{rest} ({100 * rest_caught / rest:.0f}%)" if rest else "-"
        return (f"| {name} | {counts['cases']} | {counts['naive both kept']} | {counts['caught']} | {share} | "
                f"{counts['person kept the regions']} ({counts['person kept the regions, caught']}) | {rest_share} | "
                f"{counts['naive = person']} ({counts['naive = person, flagged']}) | {counts['people']} | "
                f"{counts['people flagged RL702']} |")

    for kind, counts in sorted(table.items(), key=lambda item: -item[1]["cases"]):
        total.update(counts)
        print(line(kind, counts))
    print(line("all", total))
    if total["errors"]:
        print(f"\n{total['errors']} cases could not be rebuilt")
    missed = [row for row in rows if "error" not in row and row["naive"]["both_kept"] and not row["union_safe"]
              and not row["naive_is_person"] and not set(row["naive"]["codes"]) & {"RL701", "RL702"}]
    flagged = [row for row in rows if "person" in row and "RL702" in row["person"]["codes"]]
    print(f"\nmissed naive resolutions: {len(missed)}")
    for row in missed:
        note = " (the person kept both halves of each such region too)" if row.get("person_kept_both") else ""
        print(f"  {row['repo']} {row['id']} {row['path']}{note}")
    print(f"\nRL702 on the person's resolution: {len(flagged)}")
    for row in flagged:
        print(f"  {row['repo']} {row['id']} {row['path']}: {row['person']['rl702'][0][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
