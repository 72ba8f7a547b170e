"""Issue 17, item 10: `plan` on 10,000 PRs of each shape, with work that grows linearly with the PRs;
bad manifests are clear errors. The wall time (under 10 s) is measured by benchmarks/plan_bench.py."""
from __future__ import annotations

import json
import random

import pytest
from conftest import lines_run, write

from rebound_lint.config import Config
import rebound_lint.plan as plan_module
from rebound_lint.plan import Policy, make_plan
from rebound_lint.plan.manifests import PR

POLICY = Policy.from_config(Config())
N = 10_000


def _random(rng, n=N):
    pool = [f"src/m{i // 50}/f{i}.py" for i in range(20_000)]
    return [PR(i, f"pr {i}", tuple(sorted(set(rng.sample(pool, 3)))),
               (rng.randint(1, i - 1),) if i > 1 and rng.random() < 0.1 else ()) for i in range(1, n + 1)]


def _dense(rng, n=N):
    pool = [f"app/f{i}.py" for i in range(50)]
    return [PR(i, f"pr {i}", tuple(sorted(rng.sample(pool, 3)))) for i in range(1, n + 1)]


def _chain(rng, n=N):
    return [PR(i, f"pr {i}", (f"lib/f{i}.py",), (i - 1,) if i > 1 else ()) for i in range(1, n + 1)]


def _valid(prs, plan):
    by_number = {pr.number: pr for pr in prs}
    position = {}
    for index, step in enumerate(plan.steps):
        files = [path for pr in step.prs for path in pr.files]
        assert len(files) == len(set(files)), f"burst {index + 1} shares a file"
        for pr in step.prs:
            position[pr.number] = index
            assert pr.number in step.reasons
    assert len(position) + len(plan.blocked) == len(prs)
    for number, index in position.items():
        assert all(position[d] < index for d in by_number[number].depends_on)


def _lines_run(prs) -> int:
    """make_plan(prs), counting the lines the planner's own module executes: its work, on any machine."""
    return lines_run(make_plan, prs, POLICY, only_file=plan_module.__file__)[1]


@pytest.mark.parametrize("shape", [_random, _dense, _chain])
def test_the_work_grows_linearly_with_the_prs(shape):
    """Four times the PRs, about four times the planner's work (measured 4.0-4.2); a planner that
    compares every pair (DSATUR on the whole group: 15-16 times) fails. Groups above EXACT_UP_TO."""
    small, large = (_lines_run(shape(random.Random(17), n)) for n in (500, 2_000))
    assert large < 6 * small, f"{shape.__name__}: {small} lines for 500 PRs, {large} for 2,000"


@pytest.mark.parametrize("shape", [_random, _dense, _chain])
def test_ten_thousand_prs_of_each_shape(shape):
    prs = shape(random.Random(17))
    plan = make_plan(prs, POLICY)
    _valid(prs, plan)
    if shape is _chain:
        assert len(plan.steps) == N and all(len(step.prs) == 1 for step in plan.steps)
    if shape is _dense:  # each file is in about 600 PRs: at least that many bursts, and not far above
        most = max(sum(path in pr.files for pr in prs) for path in {p for pr in prs for p in pr.files})
        assert most <= len(plan.steps) <= most * 1.5
        assert all(len(step.reasons[pr.number]) < 600 for step in plan.steps for pr in step.prs)


def test_a_deeply_nested_manifest_is_a_clear_error(tmp_path, lint):
    deep = "[" * 100_000 + "]" * 100_000
    write(tmp_path, {"deep.json": deep, "deep.yaml": "a:\n" + "".join(" " * i + "- \n" for i in range(1, 3000)),
                     "flow.yaml": deep})
    for name in ("deep.json", "deep.yaml", "flow.yaml"):
        run = lint("plan", str(tmp_path / name))
        assert run.code == 2 and "internal error" not in run.err, run.err
        assert f"{tmp_path / name}: " in run.err and "nest" in run.err, run.err


def test_a_pr_that_depends_on_itself_is_an_error_naming_it(tmp_path, lint):
    write(tmp_path, {"prs.json": json.dumps([{"number": 1, "title": "a", "files": ["a.py"]},
                                             {"number": 7, "title": "b", "files": ["b.py"], "depends_on": [1, 7]}])})
    run = lint("plan", str(tmp_path / "prs.json"))
    assert run.code == 2 and "#7 depends on itself" in run.err and "entry 2" in run.err, run.err
