"""Time `rebound-lint check --all-files` against the hooks people already run, on one tree.

    python benchmarks/scan_bench.py [TREE] [--files 5000] [--runs 5] [--memory 5000,20000]

Without TREE, a deterministic tree of --files realistic files (benchmarks/gentree.py) is made
in a temp dir and committed. Each row is the median of --runs runs, after one warm-up; the cold
default-jobs scan and the three hooks alternate run by run, and so do the replay and git grep
(a shared machine's speed drifts between rows, not between neighbouring runs):

- rebound-lint cold (--no-cache) at --jobs 1 and at the default (one worker per core);
- rebound-lint warm (the cache filled by an earlier run, nothing changed: the run is replayed);
- rebound-lint warm with one tracked file modified (a partial replay: that file checked again);
- pre-commit-hooks' check-merge-conflict --assume-in-merge (every file), check-ast (.py) and
  check-yaml (.yaml/.yml), each run as pre-commit runs a hook: the files split into one
  partition per core, the partitions in parallel; the three hooks one after the other;
- git grep for marker lines.

It also checks that cold, warm, --jobs 1, two shards and the one-modified-file run find exactly the same, and reports the
peak RSS of the largest process at each --memory tree size. Needs the `bench` extra
(pre-commit-hooks) and git.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gentree import generate  # noqa: E402

from rebound_lint.runner import usable_cores  # noqa: E402

BIN = Path(sys.executable).parent
MARKER_GREP = ["git", "grep", "-nE", "^(<<<<<<<|>>>>>>>) "]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        sys.exit(f"scan_bench: {name} not found; install the bench extra: pip install '.[bench]'")
    return found


def make_tree(files: int) -> Path:
    tree = Path(tempfile.mkdtemp(prefix=f"rebound-bench-{files}-")) / "tree"
    generate(tree, files=files)
    git = ["git", "-C", str(tree)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "tree"],
                   check=True)
    return tree


def tracked(tree: Path, *patterns: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", "--", *patterns], cwd=tree, capture_output=True, check=True).stdout
    return [p for p in out.decode().split("\0") if p]


def install_kind() -> str:
    """Editable installs put an import hook in every interpreter start (about 8 ms here)."""
    probe = "import rebound_lint, sys; print(rebound_lint.__file__)"
    where = subprocess.run([str(BIN / "python"), "-c", probe], cwd="/", capture_output=True, text=True).stdout.strip()
    return "installed editable (pip install -e)" if str(Path(__file__).resolve().parent.parent) in where \
        else "installed (pip install)"


def timed(command: list[str], cwd: Path, env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def like_pre_commit(hooks: list[tuple[str, list[str], list[str]]], cwd: Path, jobs: int) -> float:
    """Each hook's files in `jobs` partitions run at once (pre-commit's xargs); hooks in turn."""
    started = time.perf_counter()
    for executable, args, names in hooks:
        if not names:
            continue
        size = math.ceil(len(names) / jobs)
        running = [subprocess.Popen([executable, *args, *names[i:i + size]], cwd=cwd,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                   for i in range(0, len(names), size)]
        for process in running:
            process.wait()
    return time.perf_counter() - started


def cpu_by_kind(tree: Path) -> list[tuple[str, int, float]]:
    """(kind, files, seconds) of checking each file in this process, one kind after another:
    where the CPU time of a cold scan goes, without start-up, pool or cache."""
    from collections import defaultdict

    from rebound_lint import runner
    from rebound_lint.languages import kind_of
    from rebound_lint.config import load_config

    config = load_config(tree)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for rel in tracked(tree):
        by_kind[kind_of(rel)].append(rel)
    rows = []
    for kind, names in sorted(by_kind.items()):
        items = [runner.Item(tree / name, name) for name in names]
        runner.check_file(items[0], config)  # imports the parser
        started = time.perf_counter()
        for item in items:
            runner.check_file(item, config)
        rows.append((kind, len(items), time.perf_counter() - started))
    return rows


def alternating(runs: int, first, second) -> tuple[float, float]:
    """Medians of `runs` runs of each, one of one then one of the other, after a warm-up of both."""
    first(), second()
    pairs = [(first(), second()) for _ in range(runs)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def median_of(runs: int, measure) -> float:
    measure()  # warm-up: page cache, pyc files
    return statistics.median(measure() for _ in range(runs))


def findings(tree: Path, env: dict, *args: str) -> list[tuple]:
    done = subprocess.run([tool("rebound-lint"), "check", "--all-files", "--format", "json", *args], cwd=tree,
                          env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"scan_bench: rebound-lint failed: {done.stderr.strip()}")
    return sorted((f["path"], f["line"], f["col"], f["code"], f["message"]) for f in json.loads(done.stdout)["findings"])


def peak_rss_mb(command: list[str], cwd: Path, env: dict) -> float:
    """Largest peak resident set (VmHWM) of any process of the command, sampled from /proc every
    20 ms: workers from a fork server are not the command's own waited-for children, so
    getrusage(RUSAGE_CHILDREN) would miss them. Elsewhere than Linux: getrusage."""
    if not Path("/proc/self/status").exists():
        probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
                 "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, env=env, capture_output=True, text=True)
        return int(out.stdout.strip()) / 1024
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_kb = 0
    while process.poll() is None:
        for pid in _descendants(process.pid):
            peak_kb = max(peak_kb, _high_water_kb(pid))
        time.sleep(0.02)
    return peak_kb / 1024


def _descendants(root: int) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _high_water_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", type=Path, help="a git work tree (default: a generated one)")
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory", default="5000,20000", help="tree sizes for the peak-memory rows ('' for none)")
    args = parser.parse_args()
    tree = args.tree.resolve() if args.tree else make_tree(args.files)
    jobs = usable_cores()
    cache_dir = Path(tempfile.mkdtemp(prefix="rebound-bench-cache-"))
    env = {**os.environ, "REBOUND_LINT_CACHE_DIR": str(cache_dir)}
    lint = [tool("rebound-lint"), "check", "--all-files", "-q"]
    every, python, yaml = tracked(tree), tracked(tree, "*.py"), tracked(tree, "*.yaml", "*.yml")

    hooks = [(tool("check-merge-conflict"), ["--assume-in-merge"], every), (tool("check-ast"), [], python),
             (tool("check-yaml"), [], yaml)]
    # each comparison's two sides alternate run by run: a shared machine's speed drifts between rows
    cold, hooks_time = alternating(args.runs, lambda: timed([*lint, "--no-cache"], tree, env),
                                   lambda: like_pre_commit(hooks, tree, jobs))
    timed(lint, tree, env)  # fill the cache
    warm, grep_time = alternating(args.runs, lambda: timed(lint, tree, env), lambda: timed(MARKER_GREP, tree))
    rows: list[tuple[str, float]] = [
        ("rebound-lint cold, --jobs 1", median_of(args.runs, lambda: timed([*lint, "--no-cache", "-j", "1"], tree, env))),
        (f"rebound-lint cold, --jobs default ({jobs})", cold),
        ("rebound-lint warm (cache filled, tree unchanged: replayed)", warm),
    ]
    edited = tree / python[0]
    original = edited.read_bytes()
    edited.write_bytes(original + b"\n# edited\n")
    rows.append(("rebound-lint warm, one file modified (partial replay: that file checked again)",
                 median_of(args.runs, lambda: timed(lint, tree, env))))
    modified_same = findings(tree, env) == findings(tree, env, "--no-cache")  # the partial replay's, a fresh run's
    edited.write_bytes(original)
    # the same content, a new mtime: refresh the index, or the next run on this tree is never replayed
    subprocess.run(["git", "update-index", "-q", "--refresh"], cwd=tree, stdout=subprocess.DEVNULL)
    rows.append((f"pre-commit-hooks: check-merge-conflict + check-ast + check-yaml ({jobs} partitions each)",
                 hooks_time))
    rows.append(("git grep for marker lines", grep_time))

    reference = findings(tree, env, "--no-cache", "-j", "1")
    same = (modified_same and findings(tree, env, "--no-cache") == reference and findings(tree, env) == reference
            and sorted(findings(tree, env, "--shard", "1/2") + findings(tree, env, "--shard", "2/2")) == reference)

    print(f"Tree: {len(every)} files ({len(python)} .py, {len(yaml)} .yaml); {jobs} cores; "
          f"median of {args.runs} runs; {len(reference)} findings; rebound-lint {install_kind()}\n")
    print("| run | seconds | files/s | vs the three hooks | vs git grep |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {len(every) / seconds:,.0f} | {seconds / hooks_time:.2f}x | "
              f"{seconds / grep_time:.1f}x |")
    print(f"\nFindings identical across cold --jobs 1, cold default, warm, 2 shards, and with one file modified "
          f"(against a --no-cache run): {'yes' if same else 'NO'}")

    print("\n| kind | files | CPU seconds, one process | ms a file |")
    print("| --- | ---: | ---: | ---: |")
    for kind, count, seconds in cpu_by_kind(tree):
        print(f"| {kind} | {count:,} | {seconds:.2f} | {1000 * seconds / count:.2f} |")

    sizes = [int(size) for size in args.memory.split(",") if size.strip()]
    if sizes:
        print("\n| tree | cold --jobs default: seconds | peak RSS of the largest process |")
        print("| ---: | ---: | ---: |")
    for size in sizes:
        big = tree if size == len(every) and not args.tree else make_tree(size)
        seconds = timed([*lint, "--no-cache"], big, env)
        rss = peak_rss_mb([*lint, "--no-cache"], big, env)
        print(f"| {size:,} files | {seconds:.2f} | {rss:.0f} MB |")
        if big != tree:
            shutil.rmtree(big.parent, ignore_errors=True)
    shutil.rmtree(cache_dir, ignore_errors=True)
    if not args.tree:
        shutil.rmtree(tree.parent, ignore_errors=True)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
