"""`audit` over the full merge history of local clones of public repositories: what an operator
would see, and how many of its RL702 findings are real.

    python benchmarks/audit_real.py /work/corpus/netbox /work/corpus/wagtail ... [-n 10000]
        [--json out.json] [--reviewed benchmarks/audit_real_reviewed.json]

Per repository: merges audited, merges with a content conflict, conflict regions, the verdicts
(and how many regions got none: "not found"), findings by code, and the seconds taken. Each
RL702 finding is looked up in the reviewed list (by repository name, merge sha, path and
line): a reviewed finding was judged true (a defect) or false (a deliberate keep), with why;
RL702 precision = true / reviewed, and findings not reviewed yet are listed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from rebound_lint.merges import audit, resolution
from rebound_lint.report import audit as audit_report


def run(path: Path, max_count: int) -> tuple[dict, list[dict]]:
    from rebound_lint.config import Config

    started = time.perf_counter()
    reports, findings = audit.audit(path, Config(root=path), ["HEAD"], max_count)
    counts = audit_report.counts(reports)
    counts["not_found"] = counts["verdicts"].get(resolution.UNKNOWN, 0)
    counts["findings"] = dict(sorted(Counter(f.code for f in findings).items()))
    counts["seconds"] = round(time.perf_counter() - started, 1)
    found = [{"repo": path.name, "sha": f.message[7:16], "path": f.path.replace(str(path) + "/", ""), "line": f.line,
              "code": f.code, "message": f.message} for f in findings]
    return counts, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repos", nargs="+", type=Path)
    parser.add_argument("-n", "--max-count", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="write every finding here")
    parser.add_argument("--reviewed", type=Path, default=Path(__file__).with_name("audit_real_reviewed.json"))
    args = parser.parse_args()
    reviewed = json.loads(args.reviewed.read_text()) if args.reviewed.is_file() else []
    judged = {(r["repo"], r["sha"], r["path"], r["line"]): r for r in reviewed}
    rows, every = [], []
    for repo in args.repos:
        counts, found = run(repo.resolve(), args.max_count)
        rows.append((repo.name, counts))
        every += found
        print(f"{repo.name}: {counts}", file=sys.stderr, flush=True)
    print("| repository | merges | with conflicts | regions | not found | both kept: additions | RL702 | RL701 |"
          " other findings | seconds |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    for name, c in rows:
        additions = sum(n for verdict, n in c["verdicts"].items() if verdict.endswith(resolution.ADDITIONS))
        other = ", ".join(f"{code} {n}" for code, n in c["findings"].items() if code not in ("RL701", "RL702"))
        print(f"| {name} | {c['merges_checked']:,} | {c['conflicted_merges']:,} | {c['regions']:,} | {c['not_found']} |"
              f" {additions} | {c['findings'].get('RL702', 0)} | {c['findings'].get('RL701', 0)} | {other or '-'} |"
              f" {c['seconds']} |")
    verdicts: Counter = Counter()
    for _name, c in rows:
        verdicts.update(c["verdicts"])
    print("\nverdicts: " + ", ".join(f"{verdict}: {n}" for verdict, n in verdicts.most_common()))
    rl702 = [f for f in every if f["code"] == "RL702"]
    true = [f for f in rl702 if judged.get((f["repo"], f["sha"], f["path"], f["line"]), {}).get("true")]
    unreviewed = [f for f in rl702 if (f["repo"], f["sha"], f["path"], f["line"]) not in judged]
    reviewed_here = len(rl702) - len(unreviewed)
    print(f"\nRL702: {len(rl702)} findings, {reviewed_here} reviewed, {len(true)} true"
          + (f": precision {100 * len(true) / reviewed_here:.0f}%" if reviewed_here else ""))
    for f in unreviewed:
        print(f"  not reviewed: {f['repo']} {f['sha']} {f['path']}:{f['line']} {f['message']}")
    if args.json:
        args.json.write_text(json.dumps(every, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
