"""benchmarks/real_conflicts.py and benchmarks/resolve_real.py on a tiny yardstick: a real git history
with one merge whose person resolved five conflicted files five ways (took ours; theirs reformatted;
both halves kept in the other order; deleted the file; something of their own), plus a binary conflict."""
from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT, GitRepo

sys.path.insert(0, str(ROOT / "benchmarks"))
import real_conflicts  # noqa: E402
import resolve_real  # noqa: E402

BASE = {
    "app.py": "import os\n\nLIMIT = 1\n\n\ndef run():\n    return LIMIT\n",
    "settings.json": '{\n  "name": "demo",\n  "retries": 1\n}\n',
    "requirements.txt": "django==4.2\nrequests==2.31\n",
    "old.txt": "one\ntwo\nthree\n",
    "notes.md": "# Notes\n\nfirst\n",
    "logo.bin": b"\x00\x01\x02base\n",
    "clean.txt": "a\nb\nc\nd\ne\nf\n",
}
OURS = {
    "app.py": "import os\n\nLIMIT = 2\n\n\ndef run():\n    return LIMIT\n",
    "settings.json": '{\n  "name": "demo",\n  "retries": 2\n}\n',
    "requirements.txt": "django==4.2\nrequests==2.31\nrich==13.0\n",
    "old.txt": "one\n2\nthree\n",
    "notes.md": "# Notes\n\nfirst\nours\n",
    "logo.bin": b"\x00\x01\x02ours\n",
    "clean.txt": "A\nb\nc\nd\ne\nf\n",
}
THEIRS = {
    "app.py": "import os\n\nLIMIT = 3\n\n\ndef run():\n    return LIMIT\n",
    "settings.json": '{\n  "name": "demo",\n  "retries": 3\n}\n',
    "requirements.txt": "django==4.2\nrequests==2.31\nattrs==23.1\n",
    "old.txt": "one\nII\nthree\n",
    "notes.md": "# Notes\n\nfirst\ntheirs\n",
    "logo.bin": b"\x00\x01\x02theirs\n",
    "clean.txt": "a\nb\nc\nd\ne\nF\n",
}
PERSON = {
    "app.py": OURS["app.py"],  # took ours
    "settings.json": '{"name": "demo", "retries": 3}\n',  # theirs, on one line
    "requirements.txt": "django==4.2\nrequests==2.31\nattrs==23.1\nrich==13.0\n",  # both, theirs first
    "notes.md": "# Notes\n\nfirst\nboth, in the person's words\n",
    "logo.bin": b"\x00\x01\x02ours\n",
    "clean.txt": "A\nb\nc\nd\ne\nF\n",
}


@pytest.fixture(scope="module")
def yardstick(tmp_path_factory):
    repo = GitRepo(tmp_path_factory.mktemp("history") / "demo")
    repo.commit(BASE, "base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.commit(THEIRS, "theirs")
    repo.git("checkout", "-q", "main")
    repo.commit(OURS, "ours")
    repo.git("merge", "-q", "feature", check=False)
    repo.git("rm", "-q", "old.txt")
    repo.commit(PERSON, "merge feature, resolved by hand")
    merge = repo.git("rev-parse", "HEAD").strip()
    out = tmp_path_factory.mktemp("yardstick")
    assert real_conflicts.main([str(out), f"demo={repo.path / '.git'}"]) == 0
    return out, merge, repo.path / ".git"


def test_the_yardstick_holds_every_content_conflict_with_the_persons_file(yardstick):
    out, merge, _ = yardstick
    rows = [json.loads(line) for line in (out / "index.jsonl").read_text().splitlines()]
    assert sorted(row["path"] for row in rows) == ["app.py", "notes.md", "old.txt", "requirements.txt", "settings.json"]
    by_path = {row["path"]: row for row in rows}
    assert {row["merge"] for row in rows} == {merge}
    assert by_path["requirements.txt"]["kind"] == "requirements"
    assert by_path["settings.json"]["kind"] == "json" and by_path["app.py"]["kind"] == "python"
    assert by_path["old.txt"]["person_deleted"] is True
    folder = out / by_path["app.py"]["dir"]
    assert (folder / "base").read_text() == BASE["app.py"] and (folder / "theirs").read_text() == THEIRS["app.py"]
    assert (folder / "ours").read_text() == OURS["app.py"] and (folder / "person").read_text() == PERSON["app.py"]
    assert not (out / by_path["old.txt"]["dir"] / "person").exists()
    summary = json.loads((out / "summary.json").read_text())["demo"]
    assert summary["skipped: binary"] == 1 and summary["files"] == 5


def test_a_second_run_gives_the_same_yardstick(yardstick, tmp_path):
    out, _, git_dir = yardstick
    again = tmp_path / "again"
    assert real_conflicts.main([str(again), f"demo={git_dir}"]) == 0
    assert (again / "index.jsonl").read_text() == (out / "index.jsonl").read_text()
    files = sorted(path.relative_to(out / "demo") for path in (out / "demo").rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(again / "demo") for path in (again / "demo").rglob("*") if path.is_file())
    assert all((out / "demo" / name).read_bytes() == (again / "demo" / name).read_bytes() for name in files)


def outcomes(out, method: str) -> dict[str, str]:
    rows = resolve_real.evaluate(resolve_real.load(out), method)
    return {row["path"]: row["outcome"] for row in rows}


def test_scores_each_method_against_the_person(yardstick):
    out, _, _ = yardstick
    assert outcomes(out, "ours") == {"app.py": "same", "settings.json": "wrong", "requirements.txt": "wrong",
                                     "old.txt": "wrong", "notes.md": "wrong"}
    assert outcomes(out, "theirs") == {"app.py": "wrong", "settings.json": "same data", "requirements.txt": "wrong",
                                       "old.txt": "wrong", "notes.md": "wrong"}
    assert outcomes(out, "union") == {"app.py": "wrong", "settings.json": "wrong", "requirements.txt": "reordered",
                                      "old.txt": "wrong", "notes.md": "wrong"}


def test_the_summary_counts_strictly_and_leniently(yardstick):
    out, _, _ = yardstick
    total = resolve_real.summarize(resolve_real.evaluate(resolve_real.load(out), "theirs"))
    assert (total["files"], total["resolved"], total["same"], total["same_data"], total["wrong"]) == (5, 5, 0, 1, 4)
    assert total["correct_strict_pct_of_all"] == 0.0 and total["correct_lenient_pct_of_all"] == 20.0
    assert total["wrong_per_100_resolved_strict"] == 100.0 and total["wrong_per_100_resolved_lenient"] == 80.0


def test_the_report_lists_the_methods_and_writes_json(yardstick, tmp_path, capsys):
    out, _, _ = yardstick
    md, js = tmp_path / "score.md", tmp_path / "score.json"
    assert resolve_real.main([str(out), "--methods", "union,ours,theirs", "--md", str(md), "--json", str(js)]) == 0
    text = md.read_text()
    assert "| union | 5 | 5 | 0 | 0 | 1 | 4 | 0 |" in text
    assert "| ours | 5 | 5 | 1 | 0 | 0 | 4 | 0 |" in text
    machine = json.loads(js.read_text())
    assert machine["methods"]["ours"]["by_kind"]["python"]["same"] == 1


def test_an_unknown_method_is_a_usage_error(yardstick):
    out, _, _ = yardstick
    with pytest.raises(SystemExit) as exit_info:
        resolve_real.main([str(out), "--methods", "guess"])
    assert exit_info.value.code == 2


def test_the_engine_declines_where_both_sides_gave_one_key_two_values(yardstick):
    pytest.importorskip("rebound_lint.merges.resolve.engine")
    out, _, _ = yardstick
    found = outcomes(out, "engine")
    assert found["settings.json"] == found["app.py"] == found["old.txt"] == "declined"


def test_reuse_reports_an_earlier_runs_methods_again(yardstick, tmp_path):
    out, _, _ = yardstick
    first, second = tmp_path / "first.json", tmp_path / "second.md"
    assert resolve_real.main([str(out), "--methods", "theirs", "--json", str(first), "--md", str(tmp_path / "a.md")]) == 0
    assert resolve_real.main([str(out), "--methods", "ours", "--reuse", str(first), "--md", str(second)]) == 0
    rows = [line for line in second.read_text().splitlines() if line.startswith(("| ours |", "| theirs |"))]
    assert rows == ["| ours | 5 | 5 | 1 | 0 | 0 | 4 | 0 | 20.0 / 20.0 | 80.0 / 80.0 |",
                    "| theirs | 5 | 5 | 0 | 1 | 0 | 4 | 0 | 0.0 / 20.0 | 100.0 / 80.0 |"]
