import os

import pytest

from conftest import OURS, SEP, THEIRS, write
from hypothesis import example, given, settings
from hypothesis import strategies as st


def test_binary_files_are_skipped(tmp_path, lint):
    write(tmp_path, {"logo.png": b"\x89PNG\r\n\x1a\n\0\0" + f"{OURS} x\n".encode(), "blob.py": b"x = 1\0\n"})
    result = lint("check", "--debug", ".", cwd=tmp_path)
    assert result.code == 0 and "0 files checked" in result.out
    assert "binary" in result.err


def test_broken_symlink_and_fifo_are_findings(tmp_path, lint):
    os.symlink("missing.py", tmp_path / "link.py")
    os.mkfifo(tmp_path / "pipe.yaml")
    result = lint("check", "link.py", "pipe.yaml", cwd=tmp_path)
    assert result.code == 1
    assert result.lines == [
        "link.py:1:1: RL011 broken symbolic link (points to 'missing.py')",
        "pipe.yaml:1:1: RL011 cannot read file: not a regular file",
    ]


def test_files_over_the_size_cap_get_the_marker_check_only(tmp_path, lint):
    big = "x = (\n" + "1,\n" * 2000
    write(tmp_path, {
        ".rebound-lint.toml": "max-file-size = 1000\n",
        "big.py": big,
        "big_conflict.py": big + f"{OURS} a\n{SEP}\n{THEIRS} b\n",
    })
    result = lint("check", ".", cwd=tmp_path)
    assert [line.split(":")[0] + ":" + line.split(": ")[1].split()[0] for line in result.lines] == [
        "big_conflict.py:RL001"]
    assert "max-file-size" in result.err


def test_not_utf8_in_a_parsed_type_is_a_finding_but_plain_text_is_fine(tmp_path, lint):
    write(tmp_path, {"a.sql": b"SELECT '\xe9';\n", "notes.txt": b"caf\xe9\n"})
    result = lint("check", ".", cwd=tmp_path)
    assert result.lines == ["a.sql:1:9: RL010 not valid UTF-8: byte 0xe9 (invalid continuation byte)"]


def test_shebang_scripts_are_parsed_by_their_interpreter(tmp_path, lint):
    write(tmp_path, {"bin/tool": "#!/usr/bin/env python3\ndef f(:\n", "bin/run": "#!/usr/bin/env node\nlet let;\n"})
    result = lint("check", "bin", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] for line in result.lines] == ["RL301", "RL101"]


def test_the_tool_never_writes_to_checked_files(tmp_path, lint):
    write(tmp_path, {"a.py": f"{OURS} a\n{SEP}\n{THEIRS} b\n", "b.yaml": "a: 1\na: 2\n"})
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    lint("check", ".", cwd=tmp_path)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert before == after


@settings(max_examples=1000, deadline=None)
@example(["*/a"], "x/y/a")
@example(["a?b/"], "a/b")
@example(["node_modules/"], "web/node_modules/react/index.js")
@given(st.lists(st.text("ab*?[]!^-/.", min_size=1, max_size=8), min_size=1, max_size=3),
       st.text("ab?[]!^-/.*", min_size=1, max_size=14))
def test_compiled_excludes_agree_with_the_documented_matching(patterns, rel):
    """is_excluded compiles every pattern into one regex; `matches` is the reference semantics."""
    from rebound_lint.paths import is_excluded, matches

    assert is_excluded(rel, tuple(patterns)) == any(matches(rel, pattern) for pattern in patterns)


@pytest.mark.parametrize("name", [
    "app.py", "APP.PY", "stub.pyi", "x.sql", "a.js", "b.jsx", "c.mjs", "d.cjs", "e.ts", "f.yaml", "g.yml",
    "h.json", "tsconfig.json", ".babelrc", "Dockerfile", "Dockerfile.dev", "Pipfile", "setup.cfg", "noext",
    ".bashrc", "logo.png", "a.tar.gz", "Makefile", "package.json", "x.py.orig", "notes.md", ".pre-commit-hooks.yaml",
])
@pytest.mark.parametrize("head", [b"", b"#!/usr/bin/env python3\n", b"#!/usr/bin/env node\n"])
def test_kind_by_extension_shortcut_agrees_with_identify(name, head):
    from identify import identify

    from rebound_lint.languages import _kind_from_tags, kind_of

    assert kind_of(name, head) == _kind_from_tags(identify.tags_from_filename(name), head)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab*?/.", min_size=1, max_size=6), min_size=1, max_size=3),
       st.lists(st.text("ab/.", min_size=1, max_size=10).map(lambda p: p.strip("/") or "a"), min_size=1, max_size=8))
def test_excluding_many_paths_in_one_pass_agrees_with_one_at_a_time(patterns, rels):
    from rebound_lint.paths import excluded_indices, is_excluded

    assert excluded_indices(rels, tuple(patterns)) == {i for i, rel in enumerate(rels) if is_excluded(rel, tuple(patterns))}
