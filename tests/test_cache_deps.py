"""A file's per-file verdict may depend on other files (languages/context.py): an expected output
beside a test input, a file holding the expected error, a Jest snapshot naming the input, a test
definition naming a file as expected output, a .flowconfig above, the VS Code manifest above. A
warm run (a per-file cache hit), a replayed run and a partially replayed run must each report
exactly what a fresh run reports when one of those changes; and none of those reads leaves the
tree checked (the repository, or the directory named outside one)."""
from __future__ import annotations

import json
import os
import sqlite3

import pytest
from conftest import GitRepo, write

from rebound_lint.store import cache

# Flow's annotations only: `import type` would say Flow by itself (javascript.FLOW_ONLY), whatever the .flowconfig
FLOW_TYPED = 'import { Node } from "react";\nexport function f(x: ?number): string {\n  return String(x);\n}\n'
THEME = '{\n\t"fonts": [\n\t\t{"id": "a", "style": "normal",}\n\t],\n}\n'
MANIFEST = ('{"name": "x", "engines": {"vscode": "^1.80.0"}, "contributes": {"productIconThemes": '
            '[{"id": "t", "path": "./theme/icons.json"}]}}\n')
SNAPSHOT = "// Jest Snapshot v1\n\nexports[`{name} format 1`] = `\nok\n`;\n"

# reader: (the tree, the change that flips the verdict); every tree has exactly one finding first
CASES = {
    "an expected output beside the input": (
        {"tests/fixtures/case.py": "def f(:\n"}, {"tests/fixtures/case.txt": "SyntaxError\n"}),
    "a file holding the expected error": (
        {"tests/cases/one/case.py": "def f(:\n"}, {"tests/cases/one/stderr.txt": "error: invalid syntax\n"}),
    "a Jest snapshot naming the input": (
        {"tests/format/weird.js": "let x = ;\n",
         "tests/format/__snapshots__/jsfmt.spec.js.snap": SNAPSHOT.replace("{name}", "other.js")},
        {"tests/format/__snapshots__/jsfmt.spec.js.snap": SNAPSHOT.replace("{name}", "weird.js")}),
    "a test definition naming the expected output": (
        {"tests/pg/result.py": "def f(:\n", "tests/pg/test_alter.json": '{"name": "alter"}\n'},
        {"tests/pg/test_alter.json": '{"name": "alter", "expected_file": "result.py"}\n'}),
    "a .flowconfig above": (
        {"lib/sub/b.js": FLOW_TYPED, "lib/other.txt": "x\n"}, {"lib/.flowconfig": "[options]\nall=true\n"}),
    "the VS Code extension manifest above": (
        {"ext/package.json": '{"name": "x"}\n', "ext/theme/icons.json": THEME}, {"ext/package.json": MANIFEST}),
}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("REBOUND_LINT_CACHE_DIR", str(tmp_path / "cache"))  # this test's own cache
    made = GitRepo(tmp_path / "repo")
    monkeypatch.chdir(made.path)
    return made


def as_fresh(lint, *args: str):
    """`check ARGS` answered from whatever the earlier runs left (cache, replay, partial replay),
    and the same with --no-cache: they must agree."""
    warm = lint("check", "--fail-on", "info", *args)
    fresh = lint("check", "--fail-on", "info", "--no-cache", *args)
    assert (warm.code, warm.lines) == (fresh.code, fresh.lines), (warm.out, warm.err, fresh.out)
    return fresh


@pytest.mark.parametrize("how", ["committed", "in the working tree"])
@pytest.mark.parametrize("reader", sorted(CASES))
def test_a_change_to_what_a_verdict_depends_on_is_seen_by_every_warm_run(repo, lint, reader, how):
    tree, change = CASES[reader]
    repo.commit(tree)
    before = as_fresh(lint)
    assert len(before.lines) == 1, before.out
    for args in [(), (".",), ("--all-files",)]:  # the replay memo, the per-file cache, both
        lint("check", *args)
        lint("check", *args)
    if how == "committed":
        repo.commit(change)
    else:
        repo.write(change)
    for args in [(), (".",), ("--all-files",)]:
        after = as_fresh(lint, *args)
        assert after.lines != before.lines, (reader, after.out)  # the change does change the verdict


def test_a_new_untracked_sibling_is_seen_by_the_replay(repo, lint):
    """An untracked file changes neither git's index nor `git diff-files`: the replay must still see it."""
    repo.commit({"tests/fixtures/case.py": "def f(:\n", "app.py": "x = 1\n"})
    assert as_fresh(lint).code == 1
    lint("check")
    repo.write({"tests/fixtures/case.expected": "SyntaxError\n"})
    assert as_fresh(lint).code == 0
    (repo.path / "tests/fixtures/case.expected").unlink()
    assert as_fresh(lint).code == 1


def test_a_partial_replay_checks_again_what_depends_on_a_modified_file(repo, lint):
    """A tracked file modified in the working tree is what a partial replay checks again; the files
    whose verdict read it must not keep their remembered findings."""
    repo.commit({"ext/package.json": MANIFEST, "ext/theme/icons.json": THEME, "app.py": "x = 1\n"})
    assert as_fresh(lint).code == 0
    lint("check")
    repo.write({"ext/package.json": '{"name": "x"}\n'})
    run = as_fresh(lint)
    assert [line.split(":")[0] for line in run.lines] == ["ext/theme/icons.json"]


def test_an_unrelated_change_keeps_the_replay(repo, lint):
    """What a verdict did not read does not invalidate it: a new file elsewhere leaves the replay."""
    repo.commit({"tests/fixtures/case.py": "def f(:\n", "src/app.py": "x = 1\n"})
    lint("check")
    repo.write({"src/new.txt": "hello\n"})
    run = lint("check", "--debug")
    assert "replayed the result of an earlier run" in run.err, run.err
    assert run.code == 1


def stored_results(repo) -> dict:
    with sqlite3.connect(repo.path.parent / "cache" / cache.FILE_NAME) as db:
        return {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM results") if value}


def test_a_result_with_dependencies_is_used_while_they_hold(repo, lint):
    """The cache still works for such files: the stored result (here marked, to see it used) stands
    while what it read is unchanged, and is checked again once that changes."""
    repo.commit({"ext/package.json": MANIFEST, "ext/theme/icons.json": THEME})
    assert lint("check", ".").code == 0
    stored = {key: value for key, value in stored_results(repo).items() if value["d"]}
    assert len(stored) == 1, stored
    (key, value), = stored.items()
    assert ["tree-file", "ext/package.json", value["d"][-1][2]] in value["d"] and value["w"] == "ext/theme/icons.json"
    value["f"] = [["ext/theme/icons.json", 1, 1, "RL411", "marked: from the cache", "error", None]]
    with sqlite3.connect(repo.path.parent / "cache" / cache.FILE_NAME) as db:
        db.execute("UPDATE results SET value = ? WHERE key = ?", (json.dumps(value), key))
    assert "marked: from the cache" in lint("check", ".").out  # used: nothing it read has changed
    repo.write({"ext/package.json": MANIFEST.replace('"x"', '"y"')})  # still a manifest naming the theme
    run = lint("check", ".")
    assert "marked" not in run.out and run.code == 0, run.out


def test_an_entry_of_the_layout_before_dependencies_is_never_used(repo, lint):
    """A result stored without its dependencies (the layout before them) is a miss, never a result."""
    repo.commit({"ext/package.json": MANIFEST, "ext/theme/icons.json": THEME})
    assert as_fresh(lint, ".").code == 0
    path = repo.path.parent / "cache" / cache.FILE_NAME
    with sqlite3.connect(path) as db:
        keys = [key for (key,) in db.execute("SELECT key FROM results")]
        phantom = {"f": [["ext/theme/icons.json", 1, 1, "RL411", "phantom", "error", None]], "n": [], "N": [], "c": True,
                   "s": []}
        db.executemany("UPDATE results SET value = ? WHERE key = ?", [(json.dumps(phantom), key) for key in keys])
    assert "phantom" not in lint("check", ".").out


# -- nothing read from outside the tree ------------------------------------------------------------

def test_checking_a_folder_that_is_no_repository_reads_nothing_above_it(tmp_path, lint):
    outer = tmp_path / "outer"
    write(outer, {".flowconfig": "[options]\nall=true\n", "package.json": MANIFEST.replace("./theme", "./proj/theme"),
                  "proj/lib/b.js": FLOW_TYPED, "proj/theme/icons.json": THEME})
    run = lint("check", "--no-cache", "proj", cwd=outer)
    assert sorted(line.split(":")[0] for line in run.lines) == ["proj/lib/b.js", "proj/theme/icons.json"], run.out


def test_a_file_named_outside_the_repository_reads_nothing_above_its_folder(repo, lint, tmp_path):
    repo.commit({"app.py": "x = 1\n"})
    write(tmp_path / "elsewhere", {"package.json": MANIFEST, "theme/icons.json": THEME})
    run = lint("check", "--no-cache", str(tmp_path / "elsewhere" / "theme" / "icons.json"))
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL411"], run.out


def test_a_context_file_linked_out_of_the_tree_is_not_read(repo, lint, tmp_path):
    write(tmp_path / "outside", {"manifest.json": MANIFEST})
    repo.write({"ext/theme/icons.json": THEME})
    os.symlink(tmp_path / "outside" / "manifest.json", repo.path / "ext" / "package.json")
    repo.commit()
    run = lint("check", "--no-cache", "ext/theme/icons.json")
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL411"], run.out
    assert as_fresh(lint).lines == run.lines
