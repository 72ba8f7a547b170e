"""`rebound-lint plan`: bursts from manifests, and `plan --check` of hand-written plans."""
from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, GitRepo, write

from rebound_lint.plan.manifests import PR
from rebound_lint.plan import Policy, make_plan

SPRINT = FIXTURES / "sprint"
REVERTED = [1764, 1770, 1768, 1772, 1766, 1765, 1771]
MIGRATIONS = Policy.from_config(__import__("rebound_lint.config", fromlist=["Config"]).Config())


def _plan_json(lint, *args, cwd=None) -> dict:
    result = lint("plan", *args, "--format", "json", cwd=cwd)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_sprint_plan_re_merges_the_seven_alone_in_dependency_order(lint):
    plan = _plan_json(lint, str(SPRINT / "manifests.yaml"))
    solo = [step["prs"][0]["number"] for step in plan["steps"] if step["kind"] == "solo"]
    assert [n for n in solo if n in REVERTED] == REVERTED  # manifest order, and it respects every dependency
    position = {n: i for i, n in enumerate(solo)}
    assert position[1764] < position[1766] and position[1770] < position[1765]
    assert position[1772] < position[1771] and position[1768] < position[1771]
    assert {b["number"] for b in plan["blocked"]} == {1613, 488, 402, 423, 376, 1251, 1259, 315}


def test_sprint_bursts_share_no_file_hold_no_solo_file_and_one_migration_at_most(lint, tmp_path):
    plan = _plan_json(lint, str(SPRINT / "manifests.yaml"))
    for step in (s for s in plan["steps"] if s["kind"] == "burst"):
        paths = [path for pr in step["prs"] for path in pr["files"]]
        assert len(paths) == len(set(paths))
        assert not any(p.endswith(("api/__init__.py", "feature_flags.yaml", "backend_v2/app.py", "package.json"))
                       for p in paths)
        assert sum(any("/db/migrations/" in p for p in pr["files"]) for pr in step["prs"]) <= 1
    assert len([s for s in plan["steps"] if s["kind"] == "burst"]) == 3  # 508 -> 509 -> 514 forces three
    own = tmp_path / "plan.json"
    own.write_text(json.dumps(plan))
    checked = lint("plan", "--check", str(own), str(SPRINT / "manifests.yaml"))
    assert checked.code == 0 and checked.out == ""


def test_the_sprints_hand_written_plan_is_caught(lint):
    result = lint("plan", "--check", str(SPRINT / "dispatch_plan.yaml"), str(SPRINT / "manifests.yaml"))
    assert result.code == 1
    found = {(line.split(": ")[1].split()[0], line.split(": ", 1)[1].split(" ", 2)[1]) for line in result.out.splitlines()}
    assert ("RL801", "#335") in found and ("RL801", "#659") in found  # workflow files shared in bursts 2 and 7
    assert ("RL802", "#654") in found  # backend_v2/app.py in a burst
    assert ("RL803", "#509") in found and ("RL804", "#509") in found  # burst 8's migrations in parallel
    assert "both touch `.github/workflows/ci.yml`" in result.out


def _prs(spec: dict[int, list[str]], extra: dict[int, dict] | None = None) -> list[PR]:
    return [PR(n, f"pr {n}", tuple(files), **(extra or {}).get(n, {})) for n, files in spec.items()]


def _bursts(prs: list[PR], policy: Policy = MIGRATIONS) -> list[list[int]]:
    return [[pr.number for pr in step.prs] for step in make_plan(prs, policy).steps if step.kind == "burst"]


@pytest.mark.parametrize("spec, optimum", [
    ({1: ["a"], 2: ["b"], 3: ["c"]}, 1),  # nothing shared: one burst
    ({1: ["a", "b"], 2: ["b", "c"], 3: ["c", "a"]}, 3),  # a triangle
    ({1: ["a"], 2: ["a", "b"], 3: ["b", "c"], 4: ["c"]}, 2),  # a path
    ({1: ["x1", "y2"], 2: ["x2", "y1"], 3: ["x1", "y3"], 4: ["x3", "y1"], 5: ["x2", "y3"], 6: ["x3", "y2"]}, 2),
    # ^ a crown graph, where first-fit in manifest order needs 3 bursts; bipartite, so 2 is optimal
    ({n: ["shared"] for n in range(1, 6)}, 5),  # a clique
])
def test_bursts_are_minimal_on_graphs_with_a_known_optimum(spec, optimum):
    bursts = _bursts(_prs(spec))
    assert len(bursts) == optimum
    assert sorted(n for burst in bursts for n in burst) == sorted(spec)


def test_dependencies_order_bursts_and_blocked_prs_and_their_dependents_wait():
    prs = _prs({1: ["a"], 2: ["b"], 3: ["c"], 4: ["d"], 5: ["e"]},
               {2: {"depends_on": (1,)}, 3: {"depends_on": (2,)}, 4: {"blocked": "waiting for legal"},
                5: {"depends_on": (4,)}})
    plan = make_plan(prs, MIGRATIONS)
    assert [[pr.number for pr in step.prs] for step in plan.steps] == [[1], [2], [3]]
    assert [(pr.number, reason) for pr, reason in plan.blocked] == [(4, "waiting for legal"), (5, "depends on blocked #4")]


def test_a_pr_waiting_for_a_solo_pr_comes_after_the_solo_queue():
    prs = _prs({1: ["backend_v2/app.py"], 2: ["a"], 3: ["b"]}, {3: {"depends_on": (1,)}})
    steps = make_plan(prs, MIGRATIONS).steps
    assert [(s.kind, [pr.number for pr in s.prs]) for s in steps] == [("burst", [2]), ("solo", [1]), ("burst", [3])]


def test_dependency_cycles_are_blocked_with_the_cycle_named():
    plan = make_plan(_prs({1: ["a"], 2: ["b"]}, {1: {"depends_on": (2,)}, 2: {"depends_on": (1,)}}), MIGRATIONS)
    assert plan.steps == [] and plan.blocked[0][1].startswith("dependency cycle: #1 → #2 → #1")


def test_docs_only_bursts_first_and_widest_blast_radius_last(lint):
    from rebound_lint.plan import _order_bursts

    wide, narrow, docs = _prs({1: ["a/x.py", "b/y.py", "c/z.py"]}), _prs({2: ["a/w.py"]}), _prs({3: ["docs/q.md"]})
    ordered = _order_bursts({0: wide, 1: narrow, 2: docs}, {1: [], 2: [], 3: []})
    assert [step.prs[0].number for step in ordered] == [3, 2, 1]
    waits = _order_bursts({0: wide, 1: docs}, {1: [], 3: [1]})  # a dependency outranks the preference
    assert [step.prs[0].number for step in waits] == [1, 3]


def test_the_plan_is_deterministic(lint):
    once = lint("plan", str(SPRINT / "manifests.yaml")).out
    assert lint("plan", str(SPRINT / "manifests.yaml")).out == once
    assert once.startswith("# Merge plan: 45 PRs in 3 bursts and 14 solo merges; 8 blocked")
    assert "## Solo queue" in once and "## Blocked (not scheduled)" in once


@pytest.mark.parametrize("plan_text, code, needle", [
    ("bursts:\n  - [1, 2]\n", "RL801", "#2 and #1 both touch `shared.py`"),
    ("bursts:\n  - [3, 4]\n", "RL802", "#3 touches always-solo `backend_v2/app.py`"),
    ("bursts:\n  - [5, 6]\n", "RL803", "both add a migration"),
    ("steps:\n  - solo: 3\n  - burst: [8, 7]\n", "RL804", "#8 is scheduled in burst 1 (step 2) but depends on #7"),
    ("solo: [9]\n", "RL805", "#9 is blocked (waiting for an operator decision)"),
    ("bursts:\n  - [1]\n  - [1, 99]\n", "RL806", "#1 is scheduled twice"),
    ("bursts:\n  - [1]\n", "RL807", "#2 (pr 2) is in the manifests but neither scheduled nor blocked"),
])
def test_check_catches_each_kind_of_violation(tmp_path, lint, plan_text, code, needle):
    manifest = [
        {"number": 1, "title": "pr 1", "files": ["shared.py", "a.py"]},
        {"number": 2, "title": "pr 2", "files": ["shared.py"]},
        {"number": 3, "title": "pr 3", "files": ["backend_v2/app.py"]},
        {"number": 4, "title": "pr 4", "files": ["b.py"]},
        {"number": 5, "title": "pr 5", "files": ["backend_v2/db/migrations/022_a.sql"]},
        {"number": 6, "title": "pr 6", "files": ["backend_v2/db/migrations/023_b.sql"]},
        {"number": 7, "title": "pr 7", "files": ["c.py"]},
        {"number": 8, "title": "pr 8", "files": ["d.py"], "depends_on": ["#7"]},
        {"number": 9, "title": "pr 9", "files": ["e.py"], "blocked": "waiting for an operator decision"},
    ]
    write(tmp_path, {"manifests.json": json.dumps(manifest), "plan.yaml": plan_text})
    result = lint("plan", "--check", "plan.yaml", "manifests.json", cwd=tmp_path)
    assert result.code == 1
    assert any(f": {code} " in line and needle in line for line in result.out.splitlines()), result.out
    lines = [line for line in result.out.splitlines() if f": {code} " in line]
    assert lines[0].startswith("plan.yaml:")


def test_gh_pr_view_directory_with_body_dependencies_and_blocked_label(tmp_path, lint):
    gh = {
        "1764.json": {"number": 1764, "title": "propose", "body": "", "labels": [],
                      "files": [{"path": "backend_v2/api/routes/demo.py", "additions": 40, "deletions": 2}]},
        "1766.json": {"number": 1766, "title": "session", "body": "Depends on #1764.\n\nAdds the session API.",
                      "labels": [], "files": [{"path": "backend_v2/api/routes/demo.py", "additions": 9, "deletions": 0}]},
        "1613.json": {"number": 1613, "title": "hero", "body": "", "labels": [{"name": "blocked"}],
                      "files": [{"path": "frontend/hero.jsx", "additions": 1, "deletions": 0}]},
    }
    write(tmp_path, {f"gh/{name}": json.dumps(data) for name, data in gh.items()})
    plan = _plan_json(lint, str(tmp_path / "gh"))
    assert [[pr["number"] for pr in step["prs"]] for step in plan["steps"]] == [[1764], [1766]]
    assert plan["steps"][1]["prs"][0]["why"].startswith("after #1764")
    assert plan["blocked"] == [{"number": 1613, "title": "hero", "reason": "labelled blocked"}]


def test_bad_manifests_are_clear_usage_errors(tmp_path, lint):
    write(tmp_path, {"a.yaml": "prs:\n  - number: x\n    files: [a]\n", "b.yaml": "- number: 1\n  files: []\n"})
    for name, needle in (("a.yaml", "PR numbers are positive integers"), ("b.yaml", "`files` must be a non-empty list")):
        result = lint("plan", name, cwd=tmp_path)
        assert result.code == 2 and needle in result.err


def test_git_branches_as_manifests_and_clean_overlaps(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"app/routes.py": "".join(f"route_{i} = {i}\n" for i in range(20)), "README.md": "x\n"})
    for branch, change in (("pr-101", {"app/routes.py": 0}), ("pr-102", {"app/routes.py": 19}),
                           ("pr-103", {"app/routes.py": 0})):
        repo.git("checkout", "-q", "-b", branch, "main")
        lines = [f"route_{i} = {i}\n" for i in range(20)]
        line = change["app/routes.py"]
        lines[line] = f"route_{line} = {branch!r}\n"
        repo.commit({"app/routes.py": "".join(lines), f"app/{branch}.py": "x = 1\n"}, message=f"{branch} subject")
    repo.git("checkout", "-q", "main")
    refs = ["--git", "pr-101", "--git", "pr-102", "--git", "pr-103", "--base", "main"]
    plain = _plan_json(lint, *refs, cwd=repo.path)
    assert [[pr["number"] for pr in s["prs"]] for s in plain["steps"]] == [[101], [102], [103]]
    assert plain["steps"][0]["prs"][0]["title"] == "pr-101 subject"
    refined = json.loads(lint("plan", *refs, "--allow-clean-overlaps", "--format", "json", cwd=repo.path).out)
    bursts = [sorted(pr["number"] for pr in s["prs"]) for s in refined["steps"]]
    assert sorted(bursts) == [[101, 102], [103]] or sorted(bursts) == [[101], [102, 103]]  # 101 and 103 conflict


def test_config_extends_the_always_solo_files(tmp_path, lint):
    write(tmp_path, {"pyproject.toml": "[tool.rebound-lint.plan]\nextend-solo = ['db/schema.rb']\n",
                     "m.yaml": "- {number: 1, files: [db/schema.rb]}\n- {number: 2, files: [b]}\n"})
    plan = _plan_json(lint, "m.yaml", cwd=tmp_path)
    assert [(s["kind"], s["prs"][0]["number"]) for s in plan["steps"]] == [("burst", 2), ("solo", 1)]
