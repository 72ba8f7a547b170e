"""Where users wait (issue 26): one modified file, and pre-commit on ten staged files, timed in
alternated runs against the last release.

    python benchmarks/wait_bench.py [--release-venv DIR | --release COMMIT] [--files 5000] [--runs 21]

The current version is the one installed beside this interpreter (install it with `pip install .`,
not `-e`: an editable install adds an import hook to every start). The release is installed into
its own virtualenv from a `git worktree` of --release (default 51d4f65, the 0.2.0 release, whose
figures docs/benchmarks.md quotes), unless --release-venv names one already made.

On a generated, committed tree of --files files (benchmarks/gentree.py), each version with its
own cache directory, every row runs the two versions in turn, run by run, the first of each pair
alternating (a shared machine's speed drifts between rows, not between neighbouring runs), and
reports the medians of the wall time and of the CPU time (user + system, the command's and every
process it waited for: on a busy machine the wall time stretches, the CPU time far less), their
ratios and the load average seen:

- one file modified: `check --all-files` after a clean run of the tree, with one tracked Python
  file modified in the working tree (a new line each run, so its per-file cache entry misses);
- the rebound-lint hook on ten staged files, as pre-commit runs it (`rebound-lint-hook` with
  their names), each pair on new content (staged, never cached);
- a real `pre-commit run` of the aggregate hook on those ten staged files (a local hook with the
  manifest's entry, types and require_serial, run as `language: system` from each version's
  install), and of a hook that does nothing (`true`): pre-commit's own share.

It also checks that the current version's one-modified-file run reports exactly what its
`--no-cache` run does, and exits 1 if not."""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gentree import generate  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CURRENT_BIN = Path(sys.executable).parent
RELEASE = "51d4f65"  # version 0.2.0 as released (the "0.2.0" column of docs/benchmarks.md)
STAGED = 10


def git(tree: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(tree), *args], check=True, capture_output=True, text=True).stdout


def make_tree(files: int) -> Path:
    tree = Path(tempfile.mkdtemp(prefix=f"rebound-wait-{files}-")) / "tree"
    generate(tree, files=files)
    git(tree, "init", "-q", "-b", "main")
    git(tree, "add", "-A")
    git(tree, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "tree")
    return tree


def release_venv(commit: str, where: Path) -> Path:
    """A virtualenv with the release installed from a git worktree of its commit."""
    source, venv = where / "source", where / "venv"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(source), commit], check=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(source)], check=True)
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(source)], check=False)
    return venv


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds): the CPU time (user + system) of the command and of every
    process it waited for, which a busy machine stretches far less than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class Load:
    """The 1-minute load average, sampled before each pair of runs."""

    def __init__(self) -> None:
        self.seen: list[float] = []

    def sample(self) -> None:
        self.seen.append(os.getloadavg()[0])

    def text(self) -> str:
        return f"{min(self.seen):.1f}-{max(self.seen):.1f} (median {statistics.median(self.seen):.1f})"


def alternated(runs: int, prepare, release, current, load: Load) -> tuple:
    """Medians of `runs` pairs, ((release wall, CPU), (current wall, CPU)); `prepare(i)` before each
    pair; the first of a pair alternates."""
    prepare(-1)
    release(), current()  # warm-up: page cache, pyc files
    pairs = []
    for index in range(runs):
        prepare(index)
        load.sample()
        if index % 2:
            b, a = current(), release()
        else:
            a, b = release(), current()
        pairs.append((a, b))
    return tuple((statistics.median(pair[side][0] for pair in pairs), statistics.median(pair[side][1] for pair in pairs))
                 for side in (0, 1))


def findings(binary: Path, tree: Path, env: dict, *args: str) -> list:
    done = subprocess.run([str(binary), "check", "--all-files", "--format", "json", *args], cwd=tree, env=env,
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"wait_bench: rebound-lint failed: {done.stderr.strip()}")
    return sorted((f["path"], f["line"], f["col"], f["code"], f["message"]) for f in json.loads(done.stdout)["findings"])


def pre_commit_config(tree: Path, entries: dict[str, str]) -> None:
    """A local hook per entry with the manifest's rebound-lint hook settings (language: system),
    and a do-nothing hook."""
    import yaml

    manifest = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    hook = manifest["rebound-lint"]
    hooks = [{"id": name, "name": name, "entry": entry, "language": "system", "types": hook["types"],
              "require_serial": True, "stages": ["manual"]} for name, entry in entries.items()]
    hooks.append({"id": "nothing", "name": "nothing", "entry": "true", "language": "system", "types": ["text"],
                  "stages": ["manual"]})
    (tree / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", default=RELEASE, help="the release's commit (default: 0.2.0)")
    parser.add_argument("--release-venv", type=Path, help="a virtualenv with the release installed")
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--skip-pre-commit", action="store_true", help="no `pre-commit run` rows")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rebound-wait-"))
    release_bin = (args.release_venv or release_venv(args.release, scratch)) / "bin"
    bins = {"release": release_bin, "current": CURRENT_BIN}
    tree = make_tree(args.files)
    envs = {name: {**os.environ, "REBOUND_LINT_CACHE_DIR": str(scratch / f"cache-{name}")} for name in bins}
    version = {name: subprocess.run([str(b / "rebound-lint"), "--version"], capture_output=True, text=True).stdout.strip()
               for name, b in bins.items()}
    rows, load = [], Load()

    # one file modified after a clean run (each version's memo and per-file cache filled)
    for name in bins:
        timed([str(bins[name] / "rebound-lint"), "check", "--all-files", "-q"], tree, envs[name])
    python = sorted(git(tree, "ls-files", "*.py").split())
    edited = tree / python[0]
    original = edited.read_bytes()

    def modify(index: int) -> None:
        edited.write_bytes(original + f"\n# edit {index}\n".encode())

    def check(name: str):
        return lambda: timed([str(bins[name] / "rebound-lint"), "check", "--all-files", "-q"], tree, envs[name])

    rows.append(("one file modified, `check --all-files`",
                 *alternated(args.runs, modify, check("release"), check("current"), load)))
    same = findings(bins["current"] / "rebound-lint", tree, envs["current"]) == \
        findings(bins["current"] / "rebound-lint", tree, envs["current"], "--no-cache")
    edited.write_bytes(original)
    git(tree, "update-index", "-q", "--refresh")

    # ten staged files, new content each pair
    chosen = sorted(git(tree, "ls-files").split())[:: args.files // STAGED][:STAGED]
    originals = {rel: (tree / rel).read_bytes() for rel in chosen}

    def stage(index: int) -> None:
        for rel, data in originals.items():
            comment = "#" if rel.endswith((".py", ".yaml", ".yml")) else "//" if rel.endswith(
                (".js", ".jsx", ".ts", ".tsx")) else "--" if rel.endswith(".sql") else None
            extra = f"\n{comment} staged {index}\n" if comment else (f"\nstaged {index}\n" if rel.endswith(".md")
                                                                     else "")
            (tree / rel).write_bytes(data + extra.encode())
        git(tree, "add", "--", *chosen)

    def hook(name: str):
        return lambda: timed([str(bins[name] / "rebound-lint-hook"), *chosen], tree, envs[name])

    rows.append((f"`rebound-lint-hook` on {STAGED} staged files (as pre-commit runs it)",
                 *alternated(args.runs, stage, hook("release"), hook("current"), load)))

    if not args.skip_pre_commit:
        pre_commit_config(tree, {name: str(bins[name] / "rebound-lint-hook") for name in bins})
        git(tree, "add", ".pre-commit-config.yaml")
        git(tree, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "hooks", "--",
            ".pre-commit-config.yaml")
        run_env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
        run_env["PRE_COMMIT_HOME"] = str(scratch / "pre-commit-home")

        def pre_commit(hook_id: str, cache: str):
            env = {**run_env, "REBOUND_LINT_CACHE_DIR": envs[cache]["REBOUND_LINT_CACHE_DIR"]}
            return lambda: timed([sys.executable, "-m", "pre_commit", "run", "--hook-stage", "manual", hook_id],
                                 tree, env)

        rows.append((f"`pre-commit run` of the rebound-lint hook, {STAGED} staged files",
                     *alternated(args.runs, stage, pre_commit("release", "release"),
                                 pre_commit("current", "current"), load)))
        nothing = statistics.median(pre_commit("nothing", "current")()[0] for _ in range(max(5, args.runs // 3)))
    for rel, data in originals.items():
        (tree / rel).write_bytes(data)

    print(f"Tree: {args.files:,} files, committed; release: {version['release']} ({args.release_venv or args.release}); "
          f"current: {version['current']}; {os.cpu_count()} cores; median of {args.runs} alternated pairs; "
          f"load average {load.text()}\n")
    print("| what | release: wall | now: wall | now / release | release: CPU | now: CPU | now / release |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for what, release, current in rows:
        print(f"| {what} | {release[0]:.3f} s | {current[0]:.3f} s | {current[0] / release[0]:.2f}x | "
              f"{release[1]:.3f} s | {current[1]:.3f} s | {current[1] / release[1]:.2f}x |")
    if not args.skip_pre_commit:
        print(f"\n`pre-commit run` of a hook that does nothing on the same files: {nothing:.3f} s (pre-commit's own share)")
    print(f"\nOne modified file: the same findings as a --no-cache run: {'yes' if same else 'NO'}")
    shutil.rmtree(tree.parent, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
