from conftest import BASE, OURS, SEP, THEIRS, codes, findings_for

from rebound_lint.merges.markers import find_blocks


def block(ours="a = 1\n", theirs="a = 2\n", base=None):
    middle = f"{BASE} merged common ancestors\na = 0\n" if base else ""
    return f"{OURS} HEAD\n{ours}{middle}{SEP}\n{theirs}{THEIRS} feature\n"


def test_block_reported_once_at_opener_with_range():
    found = findings_for("notes.txt", "intro\n" + block() + "outro\n")
    assert codes(found) == ["RL001"]
    assert (found[0].line, found[0].end_line) == (2, 6)
    assert "lines 2-6" in found[0].message and "HEAD" in found[0].message and "feature" in found[0].message


def test_diff3_and_zdiff3_blocks_are_one_finding_each():
    text = block(base=True) + "middle\n" + block(base=True)
    found = findings_for("a.txt", text)
    assert codes(found) == ["RL001", "RL001"]
    assert [f.line for f in found] == [1, 9]


def test_setext_heading_and_rst_overline_are_not_markers():
    text = "Title\n" + SEP + "\n\n" + SEP + "\nSection\n" + SEP + "\n" + BASE + " table\n"
    assert findings_for("README.md", text) == []
    assert findings_for("guide.rst", text) == []


def test_longer_runs_of_angle_brackets_are_not_markers():
    assert findings_for("a.txt", "<" * 10 + " x\n" + ">" * 8 + "\n") == []


def test_orphan_closer_and_unclosed_opener():
    assert codes(findings_for("a.txt", f"x\n{THEIRS} feature\n")) == ["RL002"]
    found = findings_for("a.txt", f"x\n{OURS} HEAD\ny\n{SEP}\n")
    assert codes(found) == ["RL003"] and found[0].line == 2


def test_nested_blocks_from_a_recursive_merge_are_reported_once():
    inner = block()
    text = f"{OURS} HEAD\n{inner}{SEP}\nb\n{THEIRS} other\n"
    assert codes(findings_for("a.txt", text)) == ["RL001"]


def test_markers_inside_strings_and_block_scalars_are_found():
    py = 'SQL = """\n' + block() + '"""\n'
    yml = "script: |\n  echo hi\n" + "".join("  " + line + "\n" if not line.startswith(("<", "=", ">")) else line + "\n"
                                           for line in block().splitlines())
    assert codes(findings_for("q.py", py)) == ["RL001"]
    assert "RL001" in codes(findings_for("ci.yaml", yml))


def test_parser_errors_on_marker_lines_are_not_piled_on():
    text = "def f():\n    return 1\n" + block("x = 1\n", "x = 2\n")
    assert codes(findings_for("a.py", text)) == ["RL001"]
    assert codes(findings_for("a.js", "const a = 1;\n" + block("let b;\n", "let c;\n"))) == ["RL001"]
    assert codes(findings_for("a.yaml", "a: 1\n" + block("b: 1\n", "b: 2\n"))) == ["RL001"]


def test_parser_error_outside_the_block_is_still_reported():
    text = block() + "def broken(:\n    pass\n"
    assert codes(findings_for("a.py", text)) == ["RL001", "RL101"]


def test_crlf_files():
    text = block().replace("\n", "\r\n")
    assert codes(findings_for("a.txt", text)) == ["RL001"]


def test_marker_size_argument():
    big = "<" * 9 + " ours\nx\n" + "=" * 9 + "\ny\n" + ">" * 9 + " theirs\n"
    assert [b.code for b in find_blocks(big.encode(), 9)] == ["RL001"]
    assert find_blocks(big.encode(), 7) == []
    assert find_blocks(block().encode(), 9) == []


def test_marker_size_from_gitattributes(git_repo, lint):
    big = "<" * 9 + " ours\nx\n" + "=" * 9 + "\ny\n" + ">" * 9 + " theirs\n"
    git_repo.commit({
        ".gitattributes": "*.adoc conflict-marker-size=9\n",
        "doc.adoc": "Title\n" + block(),  # git's default markers: a merge without the attribute writes them
        "conflict.adoc": big,
        "plain.txt": block(),
    })
    result = lint("check", "--format", "text", cwd=git_repo.path)
    assert result.code == 1
    assert [line.split(":")[0] for line in result.lines] == ["conflict.adoc", "doc.adoc", "plain.txt"]


def _guide(fenced_block: str, above_fence: str = "") -> str:
    """A Markdown page explaining merge conflicts, its example block in a fenced code block (as
    sqlfluff's docs/development/git.md has it)."""
    return ("# Merge conflicts\n\nA conflicted file looks like this:\n\n" + above_fence
            + "```\nIf you have questions, please\n" + fenced_block + "```\n\nDelete the markers.\n")


def test_a_conflict_block_in_a_markdown_fence_is_still_reported_and_says_how_to_mark_an_example():
    """Issue 24: markers always. A real conflict inside a README's code sample looks exactly like a
    documentation example (git's own `<<<<<<< HEAD` ... `>>>>>>> branch` lines), so the fence alone
    never silences RL001; the message says how to mark an intended example."""
    found = findings_for("docs/git.md", _guide(block("open an issue\n", "ask in Slack\n")))
    assert codes(found) == ["RL001"] and found[0].severity == "error"
    assert "<!-- rebound-lint: ignore[RL001] -->" in found[0].message and "fence" in found[0].message
    # outside a fence, or in a file that is not Markdown, no such hint
    assert "fence" not in findings_for("docs/git.md", "intro\n" + block())[0].message
    assert "fence" not in findings_for("notes.txt", _guide(block()))[0].message


def test_an_ignore_comment_above_the_fence_marks_the_example(tmp_path, lint):
    marked = _guide(block("open an issue\n", "ask in Slack\n"), "<!-- rebound-lint: ignore[RL001] -->\n")
    (tmp_path / "git.md").write_text(marked)
    result = lint("check", "git.md", cwd=tmp_path)
    assert result.code == 0 and result.lines == [], result.out
    # a real conflict elsewhere in the same page is still reported: the comment covers its fence only
    (tmp_path / "git.md").write_text(marked + "\nMore prose.\n" + block())
    result = lint("check", "git.md", cwd=tmp_path)
    assert result.code == 1 and len(result.lines) == 1 and " RL001 " in result.lines[0], result.out
    # a comment that is not directly above the fence covers nothing in it
    loose = _guide(block(), "<!-- rebound-lint: ignore[RL001] -->\n\n")
    (tmp_path / "git.md").write_text(loose)
    assert lint("check", "git.md", cwd=tmp_path).code == 1
