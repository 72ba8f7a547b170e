"""Precision of `rebound-lint check --all-files` on real public repositories: every finding reviewed.

    python benchmarks/real_trees.py [--corpus DIR] [--half dev|held-out|all] [--repo NAME ...]
                                    [--tool PATH] [--jobs N] [--max-false-errors-per-10k X]
                                    [--max-false-warnings-per-10k Y] [--json]
                                    [--save-reports DIR | --from-reports DIR]

The repositories are listed in benchmarks/real_trees.toml (name, url, the commit that was
scanned, the file kinds it holds, and its half: "dev", tuned on, or "held-out", scanned once at
the end of a round and reported apart; the held-out figure is the one that counts). --half picks
one half (default all). Each one is looked for as a clone at DIR/<name> (--corpus, else
$REBOUND_CORPUS, else ./corpus); missing ones are skipped with a note, and a clone whose HEAD is
not the recorded commit is scanned with a warning (its findings may not match the review).
Set a clone up with: git clone URL DIR/NAME && git -C DIR/NAME checkout COMMIT

In each clone it runs `rebound-lint check --all-files --no-cache --format json` (the executable
next to this interpreter's, or --tool) and matches every finding against the people's review in
benchmarks/real_trees_reviewed.json: a list of {repo, path, code, line_text, verdict, why},
where line_text is the stripped source line the finding points at and verdict is "true" (a real
defect of the kind the rule is for) or "false" (a false alarm in healthy code). Matching is by
repo, path, code and line_text, never the line number, so the review survives unrelated edits.
A false finding counts by the severity the tool gives it now (error, warning or info).

Printed: a Markdown table per repository (half, files tracked, files checked, findings, by rule,
true, false errors, false warnings, false info, unreviewed), a total per half with false errors
and false warnings per 10,000 checked files, every unreviewed finding (repo:path:line code
message, then its source line) for a person to review, and the reviewed entries no longer found
(informational: the tool stopped flagging them, or the tree moved). --json prints all of it as
one JSON object instead; its "unreviewed" entries are in the review file's form, verdict and why
left empty, ready to fill in and add.

--save-reports DIR keeps each repository's rebound-lint JSON report as DIR/<name>.json;
--from-reports DIR tallies those reports again without running rebound-lint (the clones are still
read for the source lines). That is how the held-out half is measured once: scan with
--save-reports, review the unreviewed findings, then count with --from-reports.

The bar (issue 24), per half, per 10,000 checked files: held-out at most 1 false error and 10
false warnings; dev 0 false errors and at most 10 false warnings. --max-false-errors-per-10k and
--max-false-warnings-per-10k replace the bar for every half scanned. False info findings are
counted, never gated. Exit status 1 when a finding is unreviewed or a half is over its bar, 2 on
a usage or tool error, else 0. Needs git; Python 3.10+.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "real_trees.toml"
REVIEWED = HERE / "real_trees_reviewed.json"
VERDICTS = ("true", "false")
HALVES = ("dev", "held-out")
# False findings allowed per 10,000 checked files: (errors, warnings), per half (issue 24).
BARS = {"dev": (0.0, 10.0), "held-out": (1.0, 10.0)}
SEVERITIES = ("error", "warning", "info")


def load_toml(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the small subset real_trees.toml uses
        return _mini_toml(path.read_text(encoding="utf-8"))
    with path.open("rb") as handle:
        return tomllib.load(handle)


_KEY = re.compile(r'^([A-Za-z0-9_-]+)\s*=\s*(.+)$')


def _mini_toml(text: str) -> dict:
    """[[table]] arrays of tables whose values are strings, integers or lists of strings."""
    data: dict = {}
    current: dict = data
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[[") and line.endswith("]]"):
            current = {}
            data.setdefault(line[2:-2].strip(), []).append(current)
            continue
        match = _KEY.match(line)
        if not match:
            raise ValueError(f"{number}: cannot read {raw!r}")
        value = match.group(2).split(" #")[0].strip()
        current[match.group(1)] = json.loads(value) if value[0] in '"[' else int(value)
    return data


def load_review(path: Path) -> list[dict]:
    if not path.exists():
        return []
    entries = json.loads(path.read_text(encoding="utf-8"))
    for index, entry in enumerate(entries):
        missing = {"repo", "path", "code", "line_text", "verdict", "why"} - entry.keys()
        if missing or entry["verdict"] not in VERDICTS:
            sys.exit(f"real_trees: {path.name} entry {index}: needs repo, path, code, line_text, why and "
                     f"verdict 'true' or 'false': {entry}")
    return entries


def key(repo: str, path: str, code: str, line_text: str) -> tuple[str, str, str, str]:
    return repo, path, code, line_text.strip()


def git(clone: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(clone), *args], capture_output=True, text=True, check=True).stdout


def find_tool(given: str | None) -> str:
    if given:
        return given
    found = shutil.which("rebound-lint", path=str(Path(sys.executable).parent)) or shutil.which("rebound-lint")
    if not found:
        sys.exit("real_trees: rebound-lint not found next to this interpreter; pip install -e . or pass --tool")
    return found


def source_line(clone: Path, path: str, line: int | None, cache: dict) -> str:
    if not line or line < 1:
        return ""
    if path not in cache:
        try:
            cache[path] = (clone / path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            cache[path] = []
    lines = cache[path]
    return lines[line - 1].strip() if line <= len(lines) else ""


def scan(repo: dict, clone: Path, tool: str | None, jobs: int | None, save: Path | None = None,
         saved: Path | None = None) -> dict:
    """One repository: the tool's findings, each with its source line and review key. With saved, the
    tool's report is read from saved/<name>.json (written by an earlier run's save) instead of running it."""
    head = git(clone, "rev-parse", "HEAD").strip()
    warnings = []
    if head != repo["commit"]:
        warnings.append(f"HEAD is {head}, not the recorded {repo['commit']}: findings may not match the review")
    tracked = git(clone, "ls-files", "-z").count("\0")
    seconds = 0.0
    if saved is not None:
        path = saved / f"{repo['name']}.json"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            sys.exit(f"real_trees: {repo['name']}: no saved report at {path}")
        report = json.loads(text)
    else:
        command = [tool, "check", "--all-files", "--no-cache", "--format", "json", "--quiet"]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        started = time.perf_counter()
        run = subprocess.run(command, cwd=clone, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        try:
            report = json.loads(run.stdout)
        except json.JSONDecodeError:
            sys.exit(f"real_trees: {repo['name']}: rebound-lint exited {run.returncode} without a JSON report:\n"
                     f"{run.stderr[-2000:]}")
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{repo['name']}.json").write_text(run.stdout, encoding="utf-8")
    cache: dict = {}
    findings = []
    for finding in report["findings"]:
        text = source_line(clone, finding["path"], finding.get("line"), cache)
        findings.append({**finding, "line_text": text,
                         "key": key(repo["name"], finding["path"], finding["code"], text)})
    return {"name": repo["name"], "head": head, "warnings": warnings, "tracked": tracked,
            "checked": report["summary"].get("files_checked", 0), "seconds": round(seconds, 1),
            "findings": findings}


def per_10k(count: int, files: int) -> float:
    return round(count * 10_000 / files, 2) if files else 0.0


def tally(results: list[dict], review: list[dict], bars: dict | None = None) -> dict:
    """Each finding matched to its verdict; rows per repository and totals per half, with the
    false findings by severity and the half's bar (false errors and warnings per 10,000 checked
    files) and whether it holds."""
    bars = bars or BARS
    verdicts: dict = {}
    for entry in review:
        verdicts.setdefault(key(entry["repo"], entry["path"], entry["code"], entry["line_text"]), entry)
    used = set()
    rows, unreviewed = [], []
    for result in results:
        counts = Counter()
        for finding in result["findings"]:
            entry = verdicts.get(finding["key"])
            if entry is None:
                counts["unreviewed"] += 1
                unreviewed.append((result["name"], finding))
            else:
                used.add(finding["key"])
                counts[entry["verdict"]] += 1
                if entry["verdict"] == "false":
                    severity = finding.get("severity", "error")
                    counts[f"false_{severity if severity in SEVERITIES else 'error'}"] += 1
        rows.append({"repo": result["name"], "half": result.get("half", "dev"),
                     "files_tracked": result["tracked"], "files_checked": result["checked"],
                     "findings": len(result["findings"]),
                     "by_rule": dict(sorted(Counter(f["code"] for f in result["findings"]).items())),
                     "true": counts["true"], "false": counts["false"],
                     "false_errors": counts["false_error"], "false_warnings": counts["false_warning"],
                     "false_info": counts["false_info"], "unreviewed": counts["unreviewed"],
                     "seconds": result["seconds"], "head": result["head"], "warnings": result["warnings"]})
    scanned = {result["name"] for result in results}
    gone = [entry for entry in review if entry["repo"] in scanned
            and key(entry["repo"], entry["path"], entry["code"], entry["line_text"]) not in used]
    halves = {}
    for half in HALVES:
        members = [row for row in rows if row["half"] == half]
        if members:
            halves[half] = summarise(members, bars[half])
    return {"repos": rows, "halves": halves, "total": summarise(rows, None),
            "unreviewed": unreviewed, "gone": gone}


def summarise(rows: list[dict], bar: tuple[float, float] | None) -> dict:
    names = ("files_tracked", "files_checked", "findings", "true", "false", "false_errors", "false_warnings",
             "false_info", "unreviewed")
    total = {name: sum(row[name] for row in rows) for name in names}
    total["repos"] = len(rows)
    total["false_errors_per_10k_files"] = per_10k(total["false_errors"], total["files_checked"])
    total["false_warnings_per_10k_files"] = per_10k(total["false_warnings"], total["files_checked"])
    total["false_per_10k_files"] = per_10k(total["false"], total["files_checked"])
    if bar is not None:
        total["bar"] = {"false_errors_per_10k": bar[0], "false_warnings_per_10k": bar[1]}
        total["over_bar"] = (total["false_errors_per_10k_files"] > bar[0]
                             or total["false_warnings_per_10k_files"] > bar[1])
    return total


def by_rule(counts: dict) -> str:
    return ", ".join(f"{code} {n}" for code, n in counts.items()) or "-"


def print_markdown(outcome: dict, skipped: list[str], tool: str) -> None:
    print(f"rebound-lint: {tool}\n")
    print("| repo | half | files tracked | files checked | findings | by rule | true | false errors "
          "| false warnings | false info | unreviewed |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for row in outcome["repos"]:
        print(f"| {row['repo']} | {row['half']} | {row['files_tracked']:,} | {row['files_checked']:,} | "
              f"{row['findings']} | {by_rule(row['by_rule'])} | {row['true']} | {row['false_errors']} | "
              f"{row['false_warnings']} | {row['false_info']} | {row['unreviewed']} |")
    for half, total in outcome["halves"].items():
        rows = [row for row in outcome["repos"] if row["half"] == half]
        rules = Counter()
        for row in rows:
            rules.update(row["by_rule"])
        print(f"| **{half} ({total['repos']} repos)** | | {total['files_tracked']:,} | {total['files_checked']:,} | "
              f"{total['findings']} | {by_rule(dict(sorted(rules.items())))} | {total['true']} | "
              f"{total['false_errors']} | {total['false_warnings']} | {total['false_info']} | "
              f"{total['unreviewed']} |")
    print()
    for half, total in outcome["halves"].items():
        bar = total["bar"]
        verdict = "OVER THE BAR" if total["over_bar"] else "within the bar"
        print(f"{half}: {total['false_errors_per_10k_files']} false errors and "
              f"{total['false_warnings_per_10k_files']} false warnings per 10,000 checked files "
              f"({total['false_errors']} and {total['false_warnings']} in {total['files_checked']:,}; "
              f"bar {bar['false_errors_per_10k']:g} and {bar['false_warnings_per_10k']:g}): {verdict}")
    for name in skipped:
        print(f"skipped {name}: no clone in the corpus directory")
    for row in outcome["repos"]:
        for warning in row["warnings"]:
            print(f"warning: {row['repo']}: {warning}")
    if outcome["unreviewed"]:
        print(f"\n## Unreviewed findings ({len(outcome['unreviewed'])})\n")
        print("Review each at its source line and add an entry to benchmarks/real_trees_reviewed.json.\n")
        for repo, finding in outcome["unreviewed"]:
            print(f"{repo}:{finding['path']}:{finding.get('line')} {finding['code']} "
                  f"[{finding.get('severity', '?')}] {finding['message']}")
            print(f"    {finding['line_text']}")
    if outcome["gone"]:
        print(f"\n## Reviewed entries no longer found ({len(outcome['gone'])}, informational)\n")
        for entry in outcome["gone"]:
            print(f"{entry['repo']}:{entry['path']} {entry['code']} [{entry['verdict']}] {entry['line_text']}")


def as_json(outcome: dict, skipped: list[str], tool: str) -> dict:
    return {"tool": tool, "repos": outcome["repos"], "halves": outcome["halves"], "total": outcome["total"],
            "skipped": skipped,
            "unreviewed": [{"repo": repo, "path": f["path"], "line": f.get("line"), "code": f["code"],
                            "severity": f.get("severity"), "message": f["message"], "line_text": f["line_text"],
                            "verdict": "", "why": ""}
                           for repo, f in outcome["unreviewed"]],
            "reviewed_no_longer_found": outcome["gone"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("REBOUND_CORPUS", "corpus")),
                        help="directory holding one clone per repository (default $REBOUND_CORPUS or ./corpus)")
    parser.add_argument("--half", choices=(*HALVES, "all"), default="all",
                        help="only the repositories of this half (default all; held-out is scanned once, at the end)")
    parser.add_argument("--repo", action="append", default=[], metavar="NAME",
                        help="only this repository (repeatable)")
    parser.add_argument("--tool", help="the rebound-lint executable (default: the one next to this interpreter)")
    parser.add_argument("--jobs", type=int, help="passed to rebound-lint as --jobs (default: its own)")
    parser.add_argument("--max-false-errors-per-10k", type=float, metavar="X",
                        help="fail above this many false errors per 10,000 checked files, in any half "
                             "(default: dev 0, held-out 1)")
    parser.add_argument("--max-false-warnings-per-10k", type=float, metavar="Y",
                        help="fail above this many false warnings per 10,000 checked files, in any half (default 10)")
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help=argparse.SUPPRESS)
    parser.add_argument("--reviewed", type=Path, default=REVIEWED, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of Markdown")
    parser.add_argument("--save-reports", type=Path, metavar="DIR",
                        help="also keep each repository's rebound-lint JSON report as DIR/<name>.json")
    parser.add_argument("--from-reports", type=Path, metavar="DIR",
                        help="tally the reports kept by --save-reports instead of running rebound-lint (the "
                             "held-out half: scan once, review, count again)")
    args = parser.parse_args(argv)

    repos = load_toml(args.manifest).get("repo", [])
    for repo in repos:
        repo.setdefault("half", "dev")
        if repo["half"] not in HALVES:
            parser.error(f"{args.manifest.name}: {repo.get('name')}: half must be 'dev' or 'held-out', not "
                         f"{repo['half']!r}")
    unknown = set(args.repo) - {repo["name"] for repo in repos}
    if unknown:
        parser.error(f"not in {args.manifest.name}: {', '.join(sorted(unknown))}")
    if args.half != "all":
        outside = sorted(repo["name"] for repo in repos if repo["name"] in args.repo and repo["half"] != args.half)
        if outside:
            parser.error(f"not in the {args.half} half: {', '.join(outside)}")
        repos = [repo for repo in repos if repo["half"] == args.half]
    bars = {half: (BARS[half][0] if args.max_false_errors_per_10k is None else args.max_false_errors_per_10k,
                   BARS[half][1] if args.max_false_warnings_per_10k is None else args.max_false_warnings_per_10k)
            for half in HALVES}
    review = load_review(args.reviewed)
    if args.save_reports and args.from_reports:
        parser.error("--save-reports and --from-reports do not go together")
    tool = str(args.from_reports / "<name>.json") if args.from_reports else find_tool(args.tool)
    results, skipped = [], []
    for repo in repos:
        if args.repo and repo["name"] not in args.repo:
            continue
        clone = args.corpus / repo["name"]
        if not (clone / ".git").exists():
            skipped.append(repo["name"])
            continue
        if not args.json:
            print(f"scanning {repo['name']} ...", file=sys.stderr, flush=True)
        results.append({**scan(repo, clone.resolve(), tool, args.jobs, args.save_reports, args.from_reports),
                        "half": repo["half"]})
    if not results:
        print(f"real_trees: no clone found under {args.corpus}", file=sys.stderr)
        return 2
    outcome = tally(results, review, bars)
    if not args.json:
        print_markdown(outcome, skipped, tool)
    else:
        json.dump(as_json(outcome, skipped, tool), sys.stdout, indent=2)
        print()
        for result in results:
            for warning in result["warnings"]:
                print(f"real_trees: warning: {result['name']}: {warning}", file=sys.stderr)
    over = any(total["over_bar"] for total in outcome["halves"].values())
    return 1 if outcome["unreviewed"] or over else 0


if __name__ == "__main__":
    sys.exit(main())
