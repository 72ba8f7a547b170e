"""Symbolic links into a submodule that is not checked out (issue 24, class 6): a plain clone or a
default CI checkout leaves the submodule's directory empty, so the link dangles; that is the
checkout's state, not a broken link (RL011). Real git repositories, real submodules, the real CLI."""
from __future__ import annotations

import os

import pytest
from conftest import GitRepo


@pytest.fixture
def plain_clone(tmp_path):
    library = GitRepo(tmp_path / "library")
    library.commit({"include/lib.h": "int f(void);\n", "lib.py": "x = 1\n"})
    repo = GitRepo(tmp_path / "repo")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.path), "ext/lib")
    repo.write({"app.py": "x = 1\n"})
    os.makedirs(repo.path / "include")
    (repo.path / "include" / "lib.h").symlink_to("../ext/lib/include/lib.h")
    (repo.path / "lib.py").symlink_to("ext/lib/lib.py")
    (repo.path / "gone.py").symlink_to("src/gone.py")  # a link to nothing in the repository itself
    repo.commit()
    clone = GitRepo.__new__(GitRepo)
    clone.path = tmp_path / "clone"
    repo.git("clone", "-q", str(repo.path), str(clone.path))  # no --recurse-submodules: ext/lib is empty
    assert (clone.path / "ext" / "lib").is_dir() and not os.listdir(clone.path / "ext" / "lib")
    return clone


def test_links_into_a_submodule_not_checked_out_are_not_broken_links(plain_clone, lint):
    for args in (("check",), ("check", "--all-files"), ("check", "."), ("check", "--no-cache", "lib.py")):
        run = lint(*args, cwd=plain_clone.path)
        paths = [line.split(":")[0] for line in run.lines]
        assert "lib.py" not in paths and "include/lib.h" not in paths, (args, run.out)
        if args[-1] != "lib.py":
            assert paths == ["gone.py"] and "RL011 broken symbolic link" in run.lines[0], (args, run.out)
    debug = lint("check", "--debug", "--no-cache", cwd=plain_clone.path)
    assert "ext/lib" in debug.err and "not checked out" in debug.err, debug.err


def test_once_the_submodule_is_checked_out_the_link_is_read(plain_clone, lint):
    plain_clone.git("-c", "protocol.file.allow=always", "submodule", "update", "--init", "-q")
    run = lint("check", cwd=plain_clone.path)
    assert [line.split(":")[0] for line in run.lines] == ["gone.py"], run.out
    # a link into a checked-out submodule that has no such file is a broken link
    (plain_clone.path / "ext" / "lib" / "lib.py").unlink()
    run = lint("check", "--no-cache", cwd=plain_clone.path)
    assert sorted(line.split(":")[0] for line in run.lines) == ["gone.py", "lib.py"], run.out


def test_links_into_what_an_install_step_makes_are_not_broken_links(tmp_path, lint):
    """fastapi's full-stack template links .agents/skills/fastapi to a file in .venv's
    site-packages, which `uv sync` makes: the link dangles in every fresh clone, by design. A link
    into a git-ignored folder is the same; a link to a missing file the repository would hold is
    still broken."""
    repo = GitRepo(tmp_path / "repo")
    repo.write({"app.py": "x = 1\n", ".gitignore": "build/\n", "docs/index.md": "# docs\n"})
    os.makedirs(repo.path / ".agents" / "skills")
    (repo.path / ".agents" / "skills" / "fastapi").symlink_to(
        "../../.venv/lib/python3.14/site-packages/fastapi/.agents/skills/fastapi")
    (repo.path / "ui.js").symlink_to("node_modules/ui/dist/ui.js")
    (repo.path / "out.js").symlink_to("build/out.js")
    (repo.path / "guide.md").symlink_to("docs/guide.md")
    repo.commit()
    run = lint("check", "--all-files", "--no-cache", cwd=repo.path)
    assert [line.split(":")[0] for line in run.lines if ": RL" in line] == ["guide.md"], run.out
    debug = lint("check", "--all-files", "--no-cache", "--debug", cwd=repo.path)
    assert "made by an install or build step" in debug.err, debug.err


def test_a_dangling_link_in_test_data_is_a_test_input(tmp_path, lint):
    """Test data of a file-system library holds links that dangle on purpose (deno's
    fs/testdata/copy_dir_link_file: copying a link without following it); the test reads it as
    a link. A dangling link elsewhere is still RL011."""
    repo = GitRepo(tmp_path / "repo")
    repo.write({"fs/testdata/copy_dir/0.txt": "x\n", "src/app.py": "x = 1\n"})
    os.makedirs(repo.path / "fs" / "testdata" / "copy_dir_link_file")
    (repo.path / "fs" / "testdata" / "copy_dir_link_file" / "0.txt").symlink_to("./fs/testdata/copy_dir/0.txt")
    (repo.path / "src" / "settings.py").symlink_to("../config/settings.py")
    repo.commit()
    run = lint("check", "--all-files", "--no-cache", cwd=repo.path)
    assert [line.split(":")[0] for line in run.lines] == ["src/settings.py"], run.out
    debug = lint("check", "--all-files", "--no-cache", "--debug", cwd=repo.path)
    assert "fs/testdata/copy_dir_link_file/0.txt" in debug.err and "test data" in debug.err, debug.err


def test_a_link_to_a_link_into_an_ignored_path_is_made_elsewhere_too(tmp_path, lint):
    """biome's fuzz/corpus: rome_parse_jsx -> rome_parse_all -> rome_format_all, which the fuzzer
    makes (git-ignored). Every link of the chain waits for the same build step."""
    repo = GitRepo(tmp_path / "repo")
    repo.write({"fuzz/.gitignore": "corpus/format_all\n", "app.py": "x = 1\n"})
    os.makedirs(repo.path / "fuzz" / "corpus")
    (repo.path / "fuzz" / "corpus" / "parse_all").symlink_to("format_all")
    (repo.path / "fuzz" / "corpus" / "parse_jsx").symlink_to("parse_all")
    (repo.path / "fuzz" / "corpus" / "parse_gone").symlink_to("parse_missing")
    (repo.path / "fuzz" / "corpus" / "parse_chain_gone").symlink_to("parse_gone")
    repo.commit()
    run = lint("check", "--all-files", "--no-cache", cwd=repo.path)
    assert sorted(line.split(":")[0] for line in run.lines) == [
        "fuzz/corpus/parse_chain_gone", "fuzz/corpus/parse_gone"], run.out


def test_a_dangling_link_in_numbered_test_data_is_a_test_input(tmp_path, lint):
    """argo-cd's reposerver/repository/testdata2/out-of-bounds-chart/link points out of its chart on
    purpose: a second test-data folder (testdata2, fixtures3) is test data as the first is."""
    repo = GitRepo(tmp_path / "repo")
    repo.write({"repository/testdata2/out-of-bounds-chart/Chart.yaml": "name: x\n", "src/app.py": "x = 1\n"})
    (repo.path / "repository" / "testdata2" / "out-of-bounds-chart" / "link").symlink_to("../../malicious/symlink")
    (repo.path / "src" / "settings.py").symlink_to("../config/settings.py")
    (repo.path / "t2").mkdir()
    (repo.path / "t2" / "settings.py").symlink_to("../config/settings.py")  # t2 is not a numbered t/
    repo.commit()
    run = lint("check", "--all-files", "--no-cache", cwd=repo.path)
    assert sorted(line.split(":")[0] for line in run.lines if ": RL" in line) == ["src/settings.py", "t2/settings.py"], run.out
