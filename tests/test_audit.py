"""`audit` over real merge history, and the guard during a real merge, rebase or cherry-pick."""
from __future__ import annotations

import json
import re

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo

from rebound_lint.merges import resolution

BASE_APP = "from flask import Flask\n\n\ndef register(app):\n    app.register_blueprint(core_bp)\n\n\ndef create_app():\n" \
           "    return Flask(__name__)\n"


def _branches(repo: GitRepo, ours_line: str, theirs_line: str, name: str = "feature", path: str = "app.py",
              base: str = BASE_APP) -> None:
    """main and `name` each add a different line after the same one: a content conflict."""
    if not (repo.path / path).exists():
        repo.commit({path: base}, message="base")
    repo.git("checkout", "-q", "main")
    repo.git("checkout", "-q", "-b", name)
    repo.commit({path: base.replace("core_bp)\n", f"core_bp)\n    {theirs_line}\n")}, message=f"{name}: change")
    repo.git("checkout", "-q", "main")
    repo.commit({path: base.replace("core_bp)\n", f"core_bp)\n    {ours_line}\n")}, message=f"main before {name}")


def _merge(repo: GitRepo, name: str, resolve) -> None:
    repo.git("merge", "-q", name, check=False)
    text = (repo.path / "app.py").read_text()
    assert OURS in text
    (repo.path / "app.py").write_text(resolve(text))
    repo.git("add", "app.py")
    repo.git("commit", "-q", "--no-edit", "-m", f"Merge {name}")


def naive(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith((OURS, SEP, THEIRS)))


@pytest.fixture
def history(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    _branches(repo, "app.config['TIMEOUT'] = 30", "app.config['TIMEOUT'] = 45", "pr-1772")
    _merge(repo, "pr-1772", naive)  # the incident's resolution: one setting, both values kept
    _branches(repo, "app.register_blueprint(billing_bp)", "app.register_blueprint(trace_bp)", "pr-1770")
    _merge(repo, "pr-1770", lambda text: re.sub(rf"{OURS}.*?{THEIRS}[^\n]*\n",
                                                "    app.register_blueprint(bt_bp)\n", text, flags=re.S))  # by hand
    _branches(repo, "app.register_blueprint(x_bp)", "app.register_blueprint(y_bp)", "pr-1765")
    _merge(repo, "pr-1765", lambda text: text)  # markers committed
    return repo


def test_audit_reports_exactly_the_naive_and_the_marker_leaving_merges(history, lint):
    result = lint("audit", cwd=history.path)
    assert result.code == 1
    verdicts = [line for line in result.out.splitlines() if line.startswith("  ")]
    assert "  app.py:6-7: both sides kept (ours then theirs)" in verdicts
    assert any("resolved by hand" in line for line in verdicts)
    assert any("conflict markers left in" in line for line in verdicts)
    findings = [line for line in result.out.splitlines() if re.match(r"^app\.py:\d+:\d+: RL", line)]
    assert sorted(line.split()[1] for line in findings) == ["RL701", "RL702"]
    assert '"Merge pr-1772"' in next(line for line in findings if " RL702 " in line)
    assert '"Merge pr-1765"' in next(line for line in findings if " RL701 " in line)


def test_audit_json_lists_every_merge_with_its_regions(history, lint):
    document = json.loads(lint("audit", "--format", "json", cwd=history.path).out)
    assert [m["subject"] for m in document["merges"]] == ["Merge pr-1765", "Merge pr-1770", "Merge pr-1772"]
    assert [r["verdict"] for m in document["merges"] for f in m["files"] for r in f["regions"]] == [
        resolution.MARKERS, resolution.BY_HAND, resolution.BOTH_OURS_FIRST]
    assert document["summary"]["merges_checked"] == 3


def test_audit_of_a_range_and_of_unknown_revisions(history, lint):
    only_last = lint("audit", "HEAD~1..HEAD", cwd=history.path)
    assert "Merge pr-1765" in only_last.out and "Merge pr-1772" not in only_last.out
    bad = lint("audit", "no-such-branch", cwd=history.path)
    assert bad.code == 2 and "not a revision range git knows" in bad.err


def test_union_safe_files_may_keep_both(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    base = "# Changelog\n\n## next\n- core_bp)\n"
    repo.commit({"CHANGELOG.md": base, "notes.txt": base})
    repo.git("checkout", "-q", "-b", "f")
    repo.commit({"CHANGELOG.md": base + "released: 2024-05-02\n", "notes.txt": base + "released: 2024-05-02\n"})
    repo.git("checkout", "-q", "main")
    repo.commit({"CHANGELOG.md": base + "released: 2024-05-01\n", "notes.txt": base + "released: 2024-05-01\n"})
    repo.git("merge", "-q", "f", check=False)
    for name in ("CHANGELOG.md", "notes.txt"):
        (repo.path / name).write_text(naive((repo.path / name).read_text()))
    repo.git("add", "-A")
    repo.git("commit", "-q", "--no-edit")
    result = lint("audit", cwd=repo.path)
    assert [line.split(":")[0] for line in result.lines] == ["notes.txt"]  # the changelog is union-safe
    (repo.path / ".gitattributes").write_text("notes.txt merge=union\n")
    assert lint("audit", cwd=repo.path).lines == []


def test_guard_during_a_real_merge_before_the_commit(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _branches(repo, "app.register_blueprint(auth_bp)", "app.register_blueprint(demo_bp)")
    repo.git("merge", "-q", "feature", check=False)
    conflicted = (repo.path / "app.py").read_text()
    assert lint("check", "app.py", cwd=repo.path).lines[0].startswith("app.py:6:1: RL001")  # markers, as always
    (repo.path / "app.py").write_text(naive(conflicted))
    unstaged = lint("check", "app.py", cwd=repo.path)
    assert [line.split()[1] for line in unstaged.lines] == ["RL702"] and "merge of" in unstaged.out
    repo.git("add", "app.py")
    assert lint("check", "--fail-on", "warning", cwd=repo.path).code == 1  # staged: the commit would hold it
    assert lint("check", cwd=repo.path).code == 0  # RL702 is a warning: it asks, and fails only when told to
    (repo.path / "app.py").write_text(BASE_APP.replace("core_bp)\n", "core_bp)\n    app.register_blueprint(ad_bp)\n"))
    repo.git("add", "app.py")
    assert lint("check", cwd=repo.path).code == 0
    repo.git("commit", "-q", "--no-edit")
    assert lint("check", cwd=repo.path).code == 0  # no operation in progress: no guard


def test_guard_during_a_real_rebase_and_cherry_pick(tmp_path, lint):
    repo = GitRepo(tmp_path / "repo")
    _branches(repo, "app.register_blueprint(auth_bp)", "app.register_blueprint(demo_bp)")
    repo.git("checkout", "-q", "feature")
    repo.git("rebase", "main", check=False)
    assert (repo.path / ".git" / "REBASE_HEAD").exists()
    (repo.path / "app.py").write_text(naive((repo.path / "app.py").read_text()))
    repo.git("add", "app.py")
    rebase = lint("check", "app.py", cwd=repo.path)
    assert [line.split()[1] for line in rebase.lines] == ["RL702"] and "rebase of" in rebase.out
    repo.git("rebase", "--abort")
    repo.git("checkout", "-q", "main")
    repo.git("cherry-pick", "feature", check=False)
    assert (repo.path / ".git" / "CHERRY_PICK_HEAD").exists()
    (repo.path / "app.py").write_text(naive((repo.path / "app.py").read_text()))
    repo.git("add", "app.py")
    pick = lint("check", cwd=repo.path)
    assert [line.split()[1] for line in pick.lines] == ["RL702"] and "cherry-pick of" in pick.out


@pytest.mark.parametrize("resolved, verdicts", [
    ("a\nO\nT\nz\n", [resolution.BOTH_OURS_FIRST]),
    ("a\nT\nO\nz\n", [resolution.BOTH_THEIRS_FIRST]),
    ("a\nO\nz\n", [resolution.OURS_ONLY]),
    ("a\nT\nz\n", [resolution.THEIRS_ONLY]),
    ("a\nOT\nz\n", [resolution.BY_HAND]),
    ("b\nO\nT\nz\n", [resolution.BOTH_OURS_FIRST]),  # the text around it changed: aligned by a diff
])
def test_region_verdicts(resolved, verdicts):
    conflict = resolution.parse(f"a\n{OURS} HEAD\nO\n{SEP}\nT\n{THEIRS} x\nz\n")
    assert [region.verdict for region in resolution.regions(conflict, resolved)] == verdicts


def test_region_verdicts_with_several_hunks_and_repeated_context():
    conflict = resolution.parse(f"}}\n{OURS} HEAD\nx\n}}\n{SEP}\ny\n}}\n{THEIRS} b\n}}\nmid\n{OURS} HEAD\n1\n{SEP}\n2\n{THEIRS} b\n")
    resolved = "}\nx\n}\ny\n}\n}\nmid\n2\n"
    assert [(r.start, r.end, r.verdict) for r in resolution.regions(conflict, resolved)] == [
        (2, 5, resolution.BOTH_OURS_FIRST), (8, 8, resolution.THEIRS_ONLY)]


def test_audit_honours_conflict_marker_size(tmp_path, lint):
    """With `conflict-marker-size=10`, git writes 10-character markers: `audit` must read them
    to give verdicts (both kept: RL702) and to see markers committed (RL701)."""
    repo = GitRepo(tmp_path / "repo")
    repo.commit({".gitattributes": "*.py conflict-marker-size=10\n"}, message="attributes")
    _branches(repo, "app.config['TIMEOUT'] = 30", "app.config['TIMEOUT'] = 45", "pr-1")
    repo.git("merge", "-q", "pr-1", check=False)
    text = (repo.path / "app.py").read_text()
    assert "<" * 10 + " HEAD" in text
    (repo.path / "app.py").write_text("".join(line for line in text.splitlines(keepends=True)
                                              if not line.startswith(("<" * 10, "=" * 10, ">" * 10))))
    repo.git("commit", "-q", "-am", "Merge pr-1")
    _branches(repo, "app.register_blueprint(x_bp)", "app.register_blueprint(y_bp)", "pr-2")
    repo.git("merge", "-q", "pr-2", check=False)
    repo.git("commit", "-q", "-am", "Merge pr-2")  # the 10-character markers committed
    result = lint("audit", cwd=repo.path)
    codes = [line.split()[1] for line in result.lines if ": RL" in line]
    assert "RL702" in codes and "RL701" in codes, result.out
    assert "  app.py:6-7: both sides kept (ours then theirs)" in result.out
