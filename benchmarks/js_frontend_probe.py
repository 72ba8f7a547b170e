"""Could a compiled JavaScript parser stand in front of esprima? Count what it would let through.

    pip install tree-sitter tree-sitter-javascript   # not a dependency of rebound-lint
    python benchmarks/js_frontend_probe.py [--files 750] [--mutants 4] [--seed 7]

A front end may skip esprima only for files it calls clean. This makes realistic JS/JSX modules
(benchmarks/gentree.py), damages each the way bad merges do (a line deleted, repeated or moved,
a block repeated or deleted), and counts the cases tree-sitter-javascript parses without an error
node while esprima (rebound-lint's JavaScript check) reports a syntax error (RL301/RL302): each
one would be a finding lost. Prints the count and esprima's messages for them.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gentree import javascript_module  # noqa: E402

from rebound_lint.source import Source  # noqa: E402
from rebound_lint.languages import javascript  # noqa: E402
from rebound_lint.config import Config  # noqa: E402


def damaged(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    i = rng.randrange(len(lines))
    operation = rng.choice(["delete", "repeat", "repeat block", "move", "delete block"])
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
    else:
        del lines[i:min(len(lines), i + rng.randint(2, 6))]
    return "".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=750)
    parser.add_argument("--mutants", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    try:
        import tree_sitter_javascript
        from tree_sitter import Language, Parser
    except ImportError:
        sys.exit("js_frontend_probe: pip install tree-sitter tree-sitter-javascript")
    front_end = Parser(Language(tree_sitter_javascript.language()))
    config = Config(root=Path.cwd())
    rng = random.Random(args.seed)
    cases = let_through = 0
    messages: Counter[str] = Counter()
    for index in range(args.files):
        jsx = index % 2 == 1
        original = javascript_module(rng, jsx)
        for _ in range(args.mutants):
            text = damaged(original, rng)
            cases += 1
            if front_end.parse(text.encode()).root_node.has_error:
                continue  # esprima would be asked
            source = Source(f"m{index}.{'jsx' if jsx else 'js'}", text.encode(), "javascript")
            errors = [f for f in javascript.check(source, config) if f.code in ("RL301", "RL302")]
            if errors:
                let_through += 1
                messages[re.sub(r"'[^']*'", "'…'", errors[0].message)] += 1
    print(f"{cases} damaged modules; tree-sitter-javascript called {let_through} of those esprima rejects clean "
          f"({100 * let_through / cases:.1f}%)")
    for message, count in messages.most_common():
        print(f"  {count:5}  {message}")


if __name__ == "__main__":
    main()
