"""`plan` on 10,000 PRs of each shape (issue 17, item 10: under 10 s each). The wall time lives here;
tests/test_plan_scale.py checks the plans and that the planner's work grows linearly.

    .venv/bin/python benchmarks/plan_bench.py [--prs 10000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_plan_scale import POLICY, _chain, _dense, _random  # noqa: E402  (the test's own shapes)

from rebound_lint.plan import make_plan  # noqa: E402

BUDGET = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    worst = 0.0
    for shape in (_random, _dense, _chain):
        prs = shape(random.Random(17), args.prs)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            make_plan(prs, POLICY)
            times.append(time.perf_counter() - started)
        best = min(times)
        worst = max(worst, best)
        print(f"{shape.__name__.strip('_'):>7}: {args.prs:,} PRs, best of {args.repeat}: {best:.2f} s")
    verdict = "within" if worst < BUDGET else "OVER"
    print(f"slowest shape {worst:.2f} s: {verdict} the {BUDGET:.0f} s budget")
    return 0 if worst < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
