"""How many naive conflict resolutions rebound-lint catches, per file type, on real git conflicts.

    python benchmarks/concat_recall.py [--cases 120] [--seed 5]
    python benchmarks/concat_recall.py --real DIR [--skip-repo owner+name ...] [--kind sql ...]

--real: real conflicts from public merge histories, in the layout benchmarks/real_conflicts.py writes
(DIR/index.jsonl, one directory a case with base, ours, theirs and person: what the person committed).
For each case the naive resolution is `git merge-file -p --union ours base theirs`: every conflict hunk
replaced by the ours-half then the theirs-half, markers stripped. Cases where it equals one side (or
every conflict block has an empty half: a deletion against an edit, nothing doubled) or the
person's resolution are counted apart (nothing was duplicated, or doubling was right): "the person's"
means it keeps no line more often than the person did (blank and comment lines aside), so a union of two appended
lists the person merely reordered is no botch; a harmful one kept a line the person dropped. A naive
resolution is caught when `check` reports on it a finding (by code) beyond those of both sides: a
finding both parents already had is not the merge's. A false alarm is such a finding on the person's
resolution. Both are checked as `check` sees them during the merge commit, knowing both sides'
versions (runner.check_data_against: a test input that parsed on both sides and fails now was
broken by the merge, whatever its folder says; builds without it check the file alone).
Reported per file kind; run it with each build to compare (it imports the rebound_lint its
interpreter finds). Leave held-out repositories out with --skip-repo.

Without --real, synthetic cases:

For each type (Python, JavaScript/JSX, Postgres SQL, YAML) it takes realistic files made by
benchmarks/gentree.py, and for each case: commits a base file, lets two branches edit the same
region differently (random line edits: literals, identifiers, inserted and deleted lines, each
side checked valid on its own), merges them with real git and keeps only cases where git reports
a content conflict. Each conflict is resolved twice and committed as a merge:

- naively: markers stripped, both halves kept (the incident's auto-rebase);
- rightly: each hunk resolved to one side, as a person who picks a version does.

Cases where the naive resolution equals one side (the other side of every hunk was empty, a
deletion) are counted apart: nothing was duplicated there, and `audit` rightly calls them
"took ours" or "took theirs". Reported per type: the share of
naive resolutions that `check` alone flags (any finding on the resolved file) and that `audit`
flags (RL702 or RL701 on the merge), and the findings on the right resolutions (false alarms).
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gentree import javascript_module, python_module, sql_migration, yaml_document  # noqa: E402

from rebound_lint.languages import kind_of  # noqa: E402
from rebound_lint.merges import audit  # noqa: E402
from rebound_lint.config import Config  # noqa: E402
from rebound_lint.runner import check_data  # noqa: E402

OPEN, MID, CLOSE = "<" * 7, "=" * 7, ">" * 7
NUMBER = re.compile(r"\b\d+\b")
STRING = re.compile(r"""(['"])([A-Za-z_ .-]{1,30})\1""")
WORD = re.compile(r"\b[a-z_][a-z0-9_]{2,}\b")
TYPES = {
    "python": ("app.py", lambda rng, i: python_module(rng)),
    "javascript": ("Panel.jsx", lambda rng, i: javascript_module(rng, jsx=i % 2 == 0)),
    "sql": ("021_change.sql", lambda rng, i: sql_migration(rng, 21)),
    "yaml": ("deploy.yaml", lambda rng, i: yaml_document(rng, i % 3)),
}
KEYWORDS = {"def", "class", "return", "import", "from", "export", "const", "function", "async", "await", "for", "if",
            "else", "elif", "while", "with", "not", "and", "none", "true", "false", "null", "self", "this", "create",
            "table", "begin", "end", "select", "alter", "index", "language", "returns", "trigger", "new", "then",
            "exists", "role", "commit", "default", "primary", "key", "column", "text", "bigint", "jsonb"}


def tweak(line: str, rng: random.Random) -> str | None:
    """One small edit of a line: a number, a string or an identifier changed."""
    options = []
    for match in NUMBER.finditer(line):
        options.append((match.start(), match.end(), str(int(match.group()) + rng.randint(1, 90))))
    for match in STRING.finditer(line):
        options.append((match.start(2), match.end(2), rng.choice(["eu", "us", "beta", "canary", "ops", "ui"])))
    for match in WORD.finditer(line):
        if match.group().lower() not in KEYWORDS:
            options.append((match.start(), match.end(), match.group() + rng.choice(["_v2", "_new", "2", "_alt"])))
    if not options:
        return None
    start, end, new = rng.choice(options)
    return line[:start] + new + line[end:]


def edit(lines: list[str], start: int, rng: random.Random) -> list[str] | None:
    """A side's version of the file: 1-3 edits around `start`."""
    out = list(lines)
    for _ in range(rng.randint(1, 3)):
        at = min(len(out) - 1, max(0, start + rng.randint(0, 3)))
        action = rng.random()
        if action < 0.6:
            changed = tweak(out[at], rng)
            if changed is None:
                return None
            out[at] = changed
        elif action < 0.85:
            copy = tweak(out[at], rng)
            if copy is None:
                return None
            out.insert(at + 1, copy)
        elif len(out) > 5:
            del out[at]
    return out if out != lines else None


def clean(name: str, text: str, config: Config) -> bool:
    return not check_data(name, text.encode(), kind_of(name), config).findings


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=check)


def resolve(text: str, pick: str | None) -> str:
    """pick None: keep both halves (naive); 'ours'/'theirs': that side of every hunk."""
    out, side = [], None
    for line in text.split("\n"):
        if line.startswith(OPEN):
            side = "ours"
        elif line == MID and side:
            side = "theirs"
        elif line.startswith(CLOSE) and side:
            side = None
        elif side is None or pick is None or side == pick:
            out.append(line)
    return "\n".join(out)


def one_case(kind: str, index: int, rng: random.Random, workdir: Path, config: Config) -> dict | None:
    name, make = TYPES[kind]
    base = make(rng, index)
    lines = base.split("\n")
    start = rng.randint(2, max(2, len(lines) - 6))
    ours, theirs = edit(lines, start, rng), edit(lines, start, rng)
    if not ours or not theirs or ours == theirs:
        return None
    ours_text, theirs_text = "\n".join(ours), "\n".join(theirs)
    if not (clean(name, ours_text, config) and clean(name, theirs_text, config)):
        return None
    repo = workdir / f"{kind}-{index}"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    for key, value in (("user.email", "bench@example.com"), ("user.name", "bench"), ("commit.gpgsign", "false")):
        git(repo, "config", key, value)
    (repo / name).write_text(base)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    git(repo, "checkout", "-qb", "theirs")
    (repo / name).write_text(theirs_text)
    git(repo, "commit", "-qam", "theirs")
    git(repo, "checkout", "-q", "main")
    (repo / name).write_text(ours_text)
    git(repo, "commit", "-qam", "ours")
    git(repo, "branch", "ours-tip")
    outcome: dict = {"kind": kind}
    for label in ("naive", "right"):
        git(repo, "reset", "-q", "--hard", "ours-tip")
        if git(repo, "merge", "-q", "theirs", check=False).returncode == 0:
            return None  # git merged it: no conflict to resolve
        conflict = (repo / name).read_text()
        if label == "naive":
            text = resolve(conflict, None)
            outcome["naive_is_right"] = text in (resolve(conflict, "ours"), resolve(conflict, "theirs"))
        else:
            text = resolve(conflict, rng.choice(["ours", "theirs"]))
        (repo / name).write_text(text)
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", f"merge ({label})")
        _reports, found = audit.audit(repo, config, ["HEAD"], 1)
        outcome[f"{label}_audit"] = any(f.code in ("RL701", "RL702") for f in found)
        outcome[f"{label}_check"] = not clean(name, text, config)
    return outcome


def naive_of(case: Path) -> tuple[bytes, bool]:
    """Both halves of every conflict hunk kept, ours first (git merge-file --union), and whether some
    hunk had two non-empty halves (else every hunk kept one side: a deletion, nothing doubled)."""
    with tempfile.TemporaryDirectory(prefix="rebound-naive-") as directory:
        base = case / "base"
        if not base.exists():
            base = Path(directory) / "empty"
            base.write_bytes(b"")
        outputs = []
        for style in ("--union", None):
            command = ["git", "merge-file", "-p", *([style] if style else []), "-L", "ours", "-L", "base", "-L",
                       "theirs", str(case / "ours"), str(base), str(case / "theirs")]
            result = subprocess.run(command, capture_output=True, check=False)
            if result.returncode < 0 or result.returncode > 127:
                raise RuntimeError(f"git merge-file failed on {case}: {result.stderr.decode(errors='replace')}")
            outputs.append(result.stdout)
    return outputs[0], _both_halves(outputs[1].decode("utf-8", "replace"))


def _both_halves(marked: str) -> bool:
    """Some conflict block with lines on both sides."""
    side, counts = None, [0, 0]
    for line in marked.split("\n"):
        if line.startswith(OPEN + " ours"):
            side, counts = 0, [0, 0]
        elif line == MID and side == 0:
            side = 1
        elif line.startswith(CLOSE + " theirs") and side == 1:
            if all(counts):
                return True
            side = None
        elif side is not None:
            counts[side] += 1
    return False


def codes_of(path: str, data: bytes, kind: str, config: Config, sides: tuple[bytes, bytes] | None = None) -> Counter:
    """The codes `check` reports on data; with `sides`, as during the merge commit, where `check`
    knows both sides' versions (a test input that parsed in both and fails now is not excused:
    runner.check_data_against; builds without it check the data alone)."""
    from rebound_lint import runner

    if sides is not None and hasattr(runner, "check_data_against"):
        result = runner.check_data_against(path, data, kind, config, list(sides), "in both sides of the merge")
    else:
        result = check_data(path, data, kind, config)
    return Counter(finding.code for finding in result.findings)


PERSONS = "naive is the person's"
COMMENT = re.compile(rb"\s*(?:--|//|/\*|\*|#(?:\s|$|!))")  # SQL, C-like, Python/YAML comments (not #include)


def _extra_lines(naive: bytes, person: bytes) -> bool:
    """Whether the naive resolution keeps a line more often than the person did (blank and comment lines
    aside): a
    half the person dropped. Otherwise it holds the person's lines, maybe in another order or without
    the person's own edits, and kept nothing that had to go."""
    def lines(data):
        return Counter(line.strip() for line in data.splitlines() if line.strip() and not COMMENT.match(line))

    return bool(lines(naive) - lines(person))


def real(directory: Path, skip: set, kinds: set, verbose: bool) -> None:
    import json

    import rebound_lint

    config = Config()
    rows: dict = {}
    for line in (directory / "index.jsonl").read_text().splitlines():
        meta = json.loads(line)
        if meta["repo"] in skip or (kinds and meta["kind"] not in kinds) or meta.get("person_deleted"):
            continue
        case = directory / meta["dir"]
        if not (case / "person").exists():
            continue
        path, kind = meta["path"], kind_of(meta["path"])
        row = rows.setdefault(kind, Counter())
        ours, theirs, person = ((case / name).read_bytes() for name in ("ours", "theirs", "person"))
        naive, doubled = naive_of(case)
        row["cases"] += 1
        if naive in (ours, theirs) or not doubled:
            row["naive is one side"] += 1
            continue
        sides = codes_of(path, ours, kind, config) | codes_of(path, theirs, kind, config)
        false = codes_of(path, person, kind, config, (ours, theirs)) - sides
        row["false alarms"] += bool(false)
        new = codes_of(path, naive, kind, config, (ours, theirs)) - sides
        row["doubled"] += 1
        row["caught doubled"] += bool(new)
        if not _extra_lines(naive, person):
            row[PERSONS] += 1
            continue
        row["harmful"] += 1
        row["caught"] += bool(new)
        if verbose:
            print(f"{'CAUGHT' if new else 'missed'} {meta['dir']} {path} {dict(new)}"
                  f"{' FALSE on person: ' + str(dict(false)) if false else ''}", file=sys.stderr)
    print(f"real conflicts in {directory} ({', '.join(sorted(skip)) or 'no repository'} left out); "
          f"rebound_lint from {Path(rebound_lint.__file__).parent}\n")
    print("| kind | cases | naive = one side | both halves kept: caught by `check` | naive = the person's |"
          " naive, harmful | harmful caught by `check` | false alarms on the person's |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, row in sorted(rows.items(), key=lambda item: -item[1]["cases"]):
        print(f"| {kind} | {row['cases']} | {row['naive is one side']} | {row['caught doubled']}/{row['doubled']} "
              f"({_pct(row['caught doubled'], row['doubled'])}) | {row[PERSONS]} | "
              f"{row['harmful']} | {row['caught']}/{row['harmful']} ({_pct(row['caught'], row['harmful'])}) | "
              f"{row['false alarms']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=120, help="conflicts per file type")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--real", type=Path, help="a directory of real conflicts (benchmarks/real_conflicts.py)")
    parser.add_argument("--skip-repo", action="append", default=[], help="owner+name to leave out (held-out)")
    parser.add_argument("--kind", action="append", default=[], help="only these file kinds")
    parser.add_argument("--verbose", action="store_true", help="one line a harmful case on stderr")
    args = parser.parse_args()
    if args.real is not None:
        real(args.real, set(args.skip_repo), set(args.kind), args.verbose)
        return
    config = Config()
    rows = []
    with tempfile.TemporaryDirectory(prefix="rebound-recall-") as directory:
        workdir = Path(directory)
        for kind in TYPES:
            rng = random.Random(f"{args.seed}-{kind}")
            outcomes, attempt = [], 0
            while len(outcomes) < args.cases and attempt < args.cases * 40:
                attempt += 1
                outcome = one_case(kind, attempt, rng, workdir, config)
                if outcome is not None:
                    outcomes.append(outcome)
            rows.append((kind, outcomes))
    print(f"{args.cases} real git conflicts per type (seed {args.seed}); naive = markers stripped, both halves kept\n")
    print("| type | conflicts | naive = one side (harmless) | naive caught by `check` alone |"
          " naive caught by `audit` | false alarms on right resolutions (`check` / `audit`) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, outcomes in rows:
        harmful = [o for o in outcomes if not o["naive_is_right"]]
        by_check = sum(o["naive_check"] for o in harmful)
        by_audit = sum(o["naive_audit"] for o in harmful)
        false_check = sum(o["right_check"] for o in outcomes)
        false_audit = sum(o["right_audit"] for o in outcomes) + sum(o["naive_audit"] for o in outcomes
                                                                    if o["naive_is_right"])
        print(f"| {kind} | {len(outcomes)} | {len(outcomes) - len(harmful)} | "
              f"{by_check}/{len(harmful)} ({_pct(by_check, len(harmful))}) | "
              f"{by_audit}/{len(harmful)} ({_pct(by_audit, len(harmful))}) | {false_check} / {false_audit} |")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


if __name__ == "__main__":
    main()
