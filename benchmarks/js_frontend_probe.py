"""Does the compiled JavaScript front end (tree-sitter + its early-error pass, esprima behind it)
find exactly what esprima alone finds? And how much faster is it?

    python benchmarks/js_frontend_probe.py [--files 750] [--mutants 4] [--seed 7] [--corpus DIR]

Makes realistic JS/JSX modules (benchmarks/gentree.py), damages each the way bad merges do (a line
deleted, repeated or moved, a block repeated or deleted, both halves of a conflict kept, two
blocks swapped), and checks every damaged module, every real file under --corpus (default: the
vendored tests/data/js_corpus) and damaged copies of those, once with the fast path and once
with esprima alone. Prints how many agree (the findings, positions and messages identical), how
many the fast path judged alone, the disagreements, and the time per file of each.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gentree import javascript_module  # noqa: E402

from rebound_lint.config import Config  # noqa: E402
from rebound_lint.languages import javascript  # noqa: E402
from rebound_lint.languages.javascript import fast  # noqa: E402
from rebound_lint.source import Source  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "js_corpus"
OPERATIONS = ("delete", "repeat", "repeat block", "move", "delete block", "both halves kept", "blocks swapped")
WORD = re.compile(r"\b[A-Za-z_]\w*\b")


def damaged(text: str, rng: random.Random, operation: str | None = None) -> str:
    """text with one merge-shaped defect: a line or block deleted, repeated or moved, both halves
    of a conflict kept (a block followed by an edited copy of itself) or two blocks swapped."""
    lines = text.splitlines(keepends=True)
    if not lines:
        return text
    i = rng.randrange(len(lines))
    operation = operation or rng.choice(OPERATIONS)
    if operation == "delete":
        del lines[i]
    elif operation == "repeat":
        lines.insert(i, lines[i])
    elif operation == "repeat block":
        j = min(len(lines), i + rng.randint(2, 8))
        lines[j:j] = lines[i:j]
    elif operation == "move":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif operation == "delete block":
        del lines[i:min(len(lines), i + rng.randint(2, 6))]
    elif operation == "both halves kept":  # ours, then theirs: the same lines with one name edited
        j = min(len(lines), i + rng.randint(1, 6))
        theirs = "".join(lines[i:j])
        words = WORD.findall(theirs)
        if words:
            word = rng.choice(words)
            theirs = re.sub(rf"\b{re.escape(word)}\b", word + "2", theirs, count=1)
        lines[j:j] = [theirs]
    else:  # blocks swapped
        j = min(len(lines), i + rng.randint(1, 5))
        k = min(len(lines), j + rng.randint(1, 5))
        lines[i:k] = lines[j:k] + lines[i:j]
    return "".join(lines)


def compare(path: str, text: str, config: Config) -> tuple[list, list, bool, float, float]:
    """(fast-path findings, esprima-alone findings, judged by the fast path alone, seconds each)."""
    data = text.encode()
    start = time.perf_counter()
    with_fast = list(javascript.check(Source(path, data, "javascript"), config))
    middle = time.perf_counter()
    alone = list(javascript.check(Source(path, data, "javascript"), config, fast_path=False))
    end = time.perf_counter()
    judged = fast.check(Source(path, data, "javascript")) is not None
    return with_fast, alone, judged, middle - start, end - middle


def cases(files: int, mutants: int, seed: int, corpus: Path | None, corpus_mutants: int):
    """(path, text, what) for generated damaged modules, real files and damaged real files."""
    rng = random.Random(seed)
    for index in range(files):
        jsx = index % 2 == 1
        original = javascript_module(rng, jsx)
        for _ in range(mutants):
            yield f"m{index}.{'jsx' if jsx else 'js'}", damaged(original, rng), "generated, damaged"
    if corpus is None:
        return
    for path in sorted(corpus.rglob("*.js")):
        text = path.read_text(encoding="utf-8")
        name = str(path.relative_to(corpus))
        yield name, text, "real"
        for _ in range(corpus_mutants):
            yield name, damaged(text, rng), "real, damaged"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=750)
    parser.add_argument("--mutants", type=int, default=4)
    parser.add_argument("--corpus-mutants", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not fast.available():
        sys.exit("js_frontend_probe: tree-sitter-javascript does not load here")
    config = Config(root=Path.cwd())
    total = agreed = judged = 0
    fast_time = esprima_time = 0.0
    by_kind: dict[str, list[int]] = {}
    for path, text, what in cases(args.files, args.mutants, args.seed, args.corpus, args.corpus_mutants):
        with_fast, alone, alone_judged, t_fast, t_esprima = compare(path, text, config)
        total += 1
        same = with_fast == alone
        agreed += same
        judged += alone_judged
        fast_time += t_fast
        esprima_time += t_esprima
        row = by_kind.setdefault(what, [0, 0, 0])
        row[0] += 1
        row[1] += same
        row[2] += alone_judged
        if not same:
            print(f"DISAGREE {what} {path}:\n  fast:    {with_fast}\n  esprima: {alone}")
    for what, (count, same, alone_judged) in by_kind.items():
        print(f"{what:20} {count:6} files, {same:6} agree, {alone_judged:6} judged by the fast path alone")
    print(f"{total} files: {agreed} agree ({100 * agreed / total:.2f}%), {judged} judged without esprima; "
          f"fast path {1000 * fast_time / total:.2f} ms a file, esprima alone {1000 * esprima_time / total:.2f} ms "
          f"a file ({esprima_time / fast_time:.1f}x)")


if __name__ == "__main__":
    main()
