"""The merge driver as git runs it, over real conflicts: every exit code is 0 or 1, no traceback,
a declined file is byte for byte git's own merge (ort's line merge, as `git merge-tree` makes it in
a scratch repository: same style, labels, marker size), a resolved one explains each hunk on
stderr, and the time per file.

    python benchmarks/driver_real.py /work/conflicts [--sample N] [--style merge|diff3|zdiff3]

The directory is the resolver-bench yardstick (index.jsonl; <dir>/{base,ours,theirs}). The driver
runs as a subprocess (`python -m rebound_lint merge-driver %O %A %B %L %P %S %X %Y`) inside a scratch
git repository, so its record goes there, never to this one."""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

LABELS = ("merge base", "HEAD", "feature")  # %S %X %Y


def git_merge_file(ours: Path, base: Path, theirs: Path, style: str) -> bytes:
    """git's own merge of the three (driver.ort_merge: git merge-tree in a scratch repository)."""
    from rebound_lint.merges.resolve.driver import ort_merge

    merged = ort_merge(base.read_bytes() or None, ours.read_bytes(), theirs.read_bytes(), 7,
                       (LABELS[1], LABELS[0], LABELS[2]), style)
    return merged[0] if merged is not None else ours.read_bytes()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conflicts", type=Path)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--style", default="diff3", choices=["merge", "diff3", "zdiff3"])
    parser.add_argument("--seed", type=int, default=25)
    args = parser.parse_args()
    cases = [json.loads(line) for line in (args.conflicts / "index.jsonl").read_text().splitlines() if line.strip()]
    random.Random(args.seed).shuffle(cases)
    cases = cases[:args.sample]
    outcomes: Counter = Counter()
    problems: list[str] = []
    times: list[float] = []
    cpu: list[float] = []
    with tempfile.TemporaryDirectory(prefix="driver-real-") as scratch:
        repo = Path(scratch) / "repo"
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        subprocess.run(["git", "-C", str(repo), "config", "merge.conflictStyle", args.style], check=True)
        for case in cases:
            source = args.conflicts / case["dir"]
            work = Path(scratch) / "files"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            for name in ("base", "ours", "theirs"):
                target = work / name
                if (source / name).exists():
                    shutil.copyfile(source / name, target)
                else:
                    target.write_bytes(b"")
            shutil.copyfile(work / "ours", work / "A")
            started, used = time.perf_counter(), _children_cpu()
            proc = subprocess.run([sys.executable, "-m", "rebound_lint", "merge-driver", str(work / "base"),
                                   str(work / "A"), str(work / "theirs"), "7", case["path"], *LABELS],
                                  cwd=repo, capture_output=True, timeout=120)
            times.append(time.perf_counter() - started)
            cpu.append(_children_cpu() - used)
            err = proc.stderr.decode("utf-8", "replace")
            where = f"{case['dir']} ({case['path']})"
            if proc.returncode not in (0, 1) or "Traceback" in err or "internal error" in err:
                outcomes["broken"] += 1
                problems.append(f"{where}: exit {proc.returncode}: {err.strip()[:300]}")
                continue
            if proc.returncode == 1:
                outcomes["declined"] += 1
                expected = git_merge_file(work / "ours", work / "base", work / "theirs", args.style)
                if (work / "A").read_bytes() != expected:
                    outcomes["declined, not git's bytes"] += 1
                    problems.append(f"{where}: declined, but %A differs from git merge-file's output")
            else:
                lines = [line for line in err.splitlines() if ": resolved by " in line]
                outcomes["resolved" if lines else "clean"] += 1
                if not lines and git_merge_file(work / "ours", work / "base", work / "theirs", args.style) != (
                        work / "A").read_bytes():
                    outcomes["clean, not git's bytes"] += 1  # Myers and histogram clean merges can differ
    times.sort()
    cpu.sort()
    print(f"{len(cases)} real conflicted files, conflict style {args.style}: "
          + ", ".join(f"{count} {what}" for what, count in sorted(outcomes.items())))
    if times:
        print(f"time per file (driver process, including Python start): median {times[len(times) // 2]:.2f}s, "
              f"p95 {times[int(len(times) * 0.95) - 1]:.2f}s, max {times[-1]:.2f}s; CPU time (the driver and "
              f"the git it runs) median {cpu[len(cpu) // 2]:.2f}s, p95 {cpu[int(len(cpu) * 0.95) - 1]:.2f}s, "
              f"max {cpu[-1]:.2f}s")
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
