"""The resolver's engine (merges/resolve/engine.py): git's own line merge, split into hunks, the
decline path byte for byte as git writes it, validation of clean merges, the same-change rules.
Every merge here is a real `git merge-file`; every parse a real parser."""
from __future__ import annotations

import subprocess

import pytest

from rebound_lint.merges.resolve import engine
from rebound_lint.merges.resolve.engine import merge_file

from conftest import BASE, OURS, SEP, THEIRS


def git_merge_file(tmp_path, base: bytes, ours: bytes, theirs: bytes, *flags: str) -> bytes:
    """What `git merge-file -p` writes, run directly (the engine's declined output must equal it)."""
    for name, data in (("o", ours), ("b", base), ("t", theirs)):
        (tmp_path / name).write_bytes(data)
    done = subprocess.run(["git", "merge-file", "-p", *flags, "o", "b", "t"], cwd=tmp_path, capture_output=True)
    return done.stdout


def block(ours: str, base: str | None, theirs: str, size: int = 7, labels=("ours", "base", "theirs")) -> str:
    middle = f"{'|' * size} {labels[1]}\n{base}" if base is not None else ""
    return f"{'<' * size} {labels[0]}\n{ours}{middle}{'=' * size}\n{theirs}{'>' * size} {labels[2]}\n"


# --- the decline path: exactly git's bytes -------------------------------------------------------

@pytest.mark.parametrize("style, flags", [("diff3", ["--diff3"]), ("zdiff3", ["--zdiff3"]), ("merge", [])])
def test_declined_is_what_git_writes(tmp_path, style, flags):
    base, ours, theirs = b"a\nb\nc\nd\n", b"a\nB1\nc\nd\nx\n", b"a\nB2\nc\nd\n"
    result = merge_file(base, ours, theirs, "notes.txt", conflict_style=style, labels=("HEAD", "merged", "topic"),
                        marker_size=9)
    assert result.status == "declined"
    assert result.conflicts == 1
    assert result.reasons == ["hunk 1: no rule proves a resolution safe"]
    expected = git_merge_file(tmp_path, base, ours, theirs, *flags, "--marker-size=9",
                              "-L", "HEAD", "-L", "merged", "-L", "topic")
    assert result.data == expected
    assert b"<" * 9 + b" HEAD\n" in result.data


def test_style_is_not_taken_from_the_repository_config(tmp_path, monkeypatch):
    """A repository with merge.conflictStyle=diff3 must not change what the "merge" style writes."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "config", "merge.conflictStyle", "diff3"], check=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_DIR", str(tmp_path / ".git"))
    result = merge_file(b"a\n", b"b\n", b"c\n", "f.txt", conflict_style="merge")
    assert result.data.decode() == block("b\n", None, "c\n")


def test_add_add_has_an_empty_base():
    result = merge_file(None, b"one\n", b"two\n", "new.txt")
    assert result.status == "declined"
    assert result.data.decode() == block("one\n", "", "two\n")


def test_clean_merge_is_returned_as_git_wrote_it():
    base = b"a: 1\nb: 2\nc: 3\n"
    result = merge_file(base, b"a: 10\nb: 2\nc: 3\n", b"a: 1\nb: 2\nc: 30\n", "conf.yaml")
    assert result.status == "clean"
    assert result.data == b"a: 10\nb: 2\nc: 30\n"
    assert result.hunks == [] and result.conflicts == 0


# --- validation of clean merges ------------------------------------------------------------------

def test_clean_merge_into_a_duplicate_key_is_declined_with_a_block_around_it():
    """The incident: both sides added the same flag key, in different places; git merges cleanly."""
    base = b"flags:\n  alpha: true\n  beta: false\n  gamma: true\n"
    ours = b"flags:\n  new_checkout: true\n  alpha: true\n  beta: false\n  gamma: true\n"
    theirs = b"flags:\n  alpha: true\n  beta: false\n  gamma: true\n  new_checkout: false\n"
    result = merge_file(base, ours, theirs, "config/flags.yaml")
    assert result.status == "declined"
    assert result.conflicts == 0
    assert "RL402" in result.reasons[0] and "new_checkout" in result.reasons[0]
    text = result.data.decode()
    assert text.count(OURS) == 2 and text.count(THEIRS) == 2
    assert block("  new_checkout: true\n", "", "") in text
    assert block("", "", "  new_checkout: false\n") in text


def test_clean_merge_of_a_definition_added_twice_is_declined():
    base = b"import os\n\n\ndef a():\n    return 1\n"
    ours = b"import os\n\n\ndef helper():\n    return 2\n\n\ndef a():\n    return 1\n"
    theirs = b"import os\n\n\ndef a():\n    return 1\n\n\ndef helper():\n    return 3\n"
    result = merge_file(base, ours, theirs, "pkg/mod.py")
    assert result.status == "declined"
    assert any("helper" in reason for reason in result.reasons)
    assert OURS in result.data.decode()


def test_a_finding_a_side_already_had_does_not_decline_a_clean_merge():
    base = b"a: 1\na: 2\nb: 1\nx: 0\nc: 1\n"  # the duplicate is in every version
    result = merge_file(base, b"a: 1\na: 2\nb: 5\nx: 0\nc: 1\n", b"a: 1\na: 2\nb: 1\nx: 0\nc: 5\n", "x.yaml")
    assert result.status == "clean"


# --- same change ---------------------------------------------------------------------------------

def test_same_data_in_json_takes_ours_text():
    base = b'{\n  "a": 1\n}\n'
    ours = b'{\n  "a": 1,\n  "b": [1, 2]\n}\n'
    theirs = b'{\n  "a": 1, "b": [1,2]\n}\n'
    result = merge_file(base, ours, theirs, "settings.json")
    assert result.status == "resolved", result.reasons
    assert result.data == ours
    assert [h.rule for h in result.hunks] == ["same-data"]
    assert (result.hunks[0].start_line, result.hunks[0].end_line) == (2, 3)


def test_same_data_keeps_the_side_without_trailing_blanks_in_a_file_that_has_none():
    """Both sides added the same member, one with blanks after a line's end: the file (its base)
    ends no line in blanks, so the side that keeps that layout is kept, whichever it is (on the
    yardstick every person kept it: redash's plotly fixtures)."""
    base = b'{\n  "a": {\n    "x": 1\n  },\n  "c": 3\n}\n'
    clean = b'{\n  "a": {\n    "x": 1\n  },\n  "b": {\n    "y": 2\n  },\n  "c": 3\n}\n'
    blanks = clean.replace(b'"y": 2\n  },', b'"y": 2\n  },    ')
    assert merge_file(base, blanks, clean, "fixture.json").data == clean
    assert merge_file(base, clean, blanks, "fixture.json").data == clean


def test_same_data_keeps_ours_text_where_the_file_has_trailing_blanks():
    base = b'{\n  "a": 1,  \n  "c": 3\n}\n'
    ours = b'{\n  "a": 1,  \n  "b": 2,  \n  "c": 3\n}\n'
    theirs = b'{\n  "a": 1,  \n  "b": 2,\n  "c": 3\n}\n'
    result = merge_file(base, ours, theirs, "x.json")
    assert (result.status, result.data) == ("resolved", ours)


@pytest.mark.parametrize("theirs", [
    b'{\n  "a": 1, "b": [2,1]\n}\n',  # list order differs
    b'{\n  "a": 1, "b": [1,2.0]\n}\n',  # 2 and 2.0 are not the same value
    b'{\n  "a": 1, "b": [1,true]\n}\n',
])
def test_same_data_look_alikes_are_declined(theirs):
    result = merge_file(b'{\n  "a": 1\n}\n', b'{\n  "a": 1,\n  "b": [1, 1]\n}\n', theirs, "settings.json")
    assert result.status == "declined"


def test_same_data_needs_every_input_to_parse():
    base = b'{\n  "a": 1,,\n}\n'  # a parse error in the base
    result = merge_file(base, b'{\n  "a": 1,\n  "b": 2\n}\n', b'{\n  "a": 1, "b": 2\n}\n', "x.json")
    assert result.status == "declined"


def test_identical_rule_keeps_the_text_once():
    from rebound_lint.merges.resolve.rules import same_change

    hunk = engine.Hunk(0, [b"x\n"], [b"y\n"], [b"x\n"])
    merge = engine.Merge("f.txt", "text", b"y\n", b"x\n", b"x\n", [[], hunk, []])
    resolution = same_change.identical(merge, hunk)
    assert resolution.lines == [b"x\n"] and resolution.rule == "same-change"
    assert same_change.identical(merge, engine.Hunk(0, [b"x\n"], [b"y\n"], [b"x \n"])) is None


# --- hostile inputs ------------------------------------------------------------------------------

def test_markers_already_in_a_side_decline(tmp_path):
    ours = f'{{\n  "a": 1,\n{OURS} HEAD\n  "b": 2\n{SEP}\n  "b": 3\n{THEIRS} x\n}}\n'.encode()
    theirs = b'{\n  "a": 1, "b": 2\n}\n'
    base = b'{\n  "a": 1\n}\n'
    result = merge_file(base, ours, theirs, "x.json")
    assert result.status == "declined"
    assert result.data == git_merge_file(tmp_path, base, ours, theirs, "--diff3", "-L", "ours", "-L", "base",
                                         "-L", "theirs")


def test_binary_side_keeps_ours():
    result = merge_file(b"a\n", b"b\0\n", b"c\n", "blob.bin")
    assert result.status == "declined"
    assert result.data == b"b\0\n"
    assert "binary" in result.reasons[0]


def test_crlf_declined_output_is_gits(tmp_path):
    base, ours, theirs = b"a\r\nb\r\n", b"a\r\nB1\r\n", b"a\r\nB2\r\n"
    result = merge_file(base, ours, theirs, "win.txt")
    assert result.data == git_merge_file(tmp_path, base, ours, theirs, "--diff3", "-L", "ours", "-L", "base",
                                         "-L", "theirs")


def test_crlf_same_data_keeps_the_crlf_text():
    base = b'{\r\n  "a": 1\r\n}\r\n'
    ours = b'{\r\n  "a": 1,\r\n  "b": 2\r\n}\r\n'
    theirs = b'{\r\n  "a": 1, "b": 2\r\n}\r\n'
    result = merge_file(base, ours, theirs, "x.json")
    assert result.status == "resolved"
    assert result.data == ours


def test_no_final_newline_on_one_side_only_declines(tmp_path):
    """git adds the newline a side lacks before its marker; when one side ends with a newline and
    the other without, which the file keeps is a person's choice."""
    base, ours, theirs = b'{"a": 1}\n', b'{"a": 1, "b": 2}', b'{"a":1,"b":2}\n'
    result = merge_file(base, ours, theirs, "x.json")
    assert result.status == "declined"
    assert "final newline" in " ".join(result.reasons)
    assert result.data == git_merge_file(tmp_path, base, ours, theirs, "--diff3", "-L", "ours", "-L", "base",
                                         "-L", "theirs")


def test_no_final_newline_where_a_hunk_ends_the_file_declines(tmp_path):
    """git adds the newline each side's last line lacks before its marker; whether the resolved
    file ends with one is the person's (their editor's) choice: on the yardstick one of two such
    merges kept none, the other added one. A hunk before common last lines is unaffected."""
    base = b"alpha==1\nbeta==1\nzeta==1"
    ours = b"alpha==1\nbeta==1\ngamma==1\nzeta==1"
    theirs = b"alpha==1\nbeta==1\ndelta==1\nzeta==1"
    result = merge_file(base, ours, theirs, "requirements.txt")
    assert (result.status, result.data) == ("resolved", b"alpha==1\nbeta==1\ndelta==1\ngamma==1\nzeta==1")
    base, ours, theirs = b"alpha==1\nbeta==1", b"alpha==1\nbeta==1\ngamma==1", b"alpha==1\nbeta==1\ndelta==1"
    result = merge_file(base, ours, theirs, "requirements.txt")
    assert result.status == "declined"
    assert "without a final newline" in " ".join(result.reasons)
    assert result.data == git_merge_file(tmp_path, base, ours, theirs, "--diff3", "-L", "ours", "-L", "base",
                                         "-L", "theirs")


def test_a_clean_line_merge_of_a_file_git_conflicted_on_is_declined():
    """`resolve` and the yardstick know git's own merge (ort, histogram diff) stopped on the file;
    where `git merge-file` merges it cleanly the two merges disagree, and no rule vouches for the
    result: declined, git merge-file's text returned as it is. Without that knowledge (the driver,
    for a file git's merge did not stop on) the same merge is clean."""
    base, ours, theirs = b"a\nb\nc\nd\ne\n", b"a\nB\nc\nd\ne\n", b"a\nb\nc\nd\nE\n"
    assert merge_file(base, ours, theirs, "notes.txt").status == "clean"
    result = merge_file(base, ours, theirs, "notes.txt", conflicted=True)
    assert result.status == "declined"
    assert result.data == b"a\nB\nc\nd\nE\n"
    assert "git's own merge stopped" in " ".join(result.reasons)


def test_undecodable_text_declines():
    result = merge_file(b'{"a": 1}\n', b'{"a": "\xff", "b": 1}\n', b'{"a": "\xff","b":1}\n', "x.json")
    assert result.status == "declined"


def test_large_file_declines_fast():
    line = b"x" * 99 + b"\n"
    base = line * 52000
    ours = b"ours\n" + base
    theirs = b"theirs\n" + base
    result = merge_file(base, ours, theirs, "big.json")
    assert result.status == "declined"
    assert result.data.startswith(OURS.encode())


# --- never raises --------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

LINES = st.sampled_from([b'"a": 1,', b'  "b": 2', b"}", b"{", b"import os", b"from x import (a, b)", b"    c,",
                         b"a: 1", b"  - x", b"# c", b"flask==1", b"\tgithub.com/a/b v1.0.0", b"require (", b")",
                         b"- entry", b"## 1.0", b"", b"\xff\xfe", b"x = 1\r", OURS.encode() + b" x", SEP.encode(),
                         b'key = "v"', b"\0"])
TEXTS = st.lists(LINES, max_size=8).map(lambda lines: b"\n".join(lines))


@settings(max_examples=80, deadline=None)
@given(base=st.one_of(st.none(), TEXTS), ours=TEXTS, theirs=TEXTS,
       path=st.sampled_from(["a.json", "package.json", "x.py", "a.ts", "c.yaml", "requirements.txt", "go.mod",
                             "go.sum", "CHANGELOG.md", "pyproject.toml", "yarn.lock", "f.txt"]))
def test_merge_file_never_raises_and_a_decline_is_gits_merge(base, ours, theirs, path):
    result = merge_file(base, ours, theirs, path)
    assert result.status in ("clean", "resolved", "declined")
    if result.status == "declined" and result.conflicts and b"\0" not in ours + theirs + (base or b""):
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as directory:
            expected = git_merge_file(Path(directory), base or b"", ours, theirs, "--diff3", "-L", "ours",
                                      "-L", "base", "-L", "theirs")
        assert result.data == expected
