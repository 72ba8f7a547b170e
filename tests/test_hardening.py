"""Issue 17: one bad file never loses the run, nothing outside the tree is read (reproducers as tests)."""
from __future__ import annotations

from conftest import BASE, OURS, SEP, THEIRS, codes, findings_for, write


# --- 3: markers in files whose lines end in CR only --------------------------------------------

def test_markers_in_a_cr_only_file():
    text = f"x = 1\r{OURS} HEAD\ry = 2\r{SEP}\ry = 3\r{THEIRS} br\r"
    found = findings_for("a.py", text)
    assert codes(found) == ["RL001"]
    assert (found[0].line, found[0].end_line) == (2, 6)
    assert codes(findings_for("notes.txt", f"intro\r{THEIRS} br\r")) == ["RL002"]


def test_cr_only_file_without_markers_and_look_alikes_stay_silent():
    assert findings_for("a.py", "x = 1\ry = 2\r") == []
    assert findings_for("notes.txt", f"Title\r{SEP}\rtext {OURS} inline\r") == []
    # a CR inside a LF file is not a line break (git's own view of lines)
    assert findings_for("notes.txt", f"a\n b\r{OURS} HEAD\n") == []
