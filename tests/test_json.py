import pytest
from conftest import FIXTURES, codes, findings_for


def test_duplicate_keys_with_both_lines():
    text = '{\n  "flags": {\n    "a": 1,\n    "b": 2,\n    "a": 3\n  },\n  "list": [{"x": 1, "x": 2}]\n}\n'
    found = findings_for("f.json", text)
    assert [(f.code, f.line) for f in found] == [("RL412", 5), ("RL412", 7)]
    assert "first defined on line 3" in found[0].message


def test_same_key_in_sibling_objects_is_fine():
    assert findings_for("f.json", '[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]') == []


@pytest.mark.parametrize("key", ["//", "// note", "#", "# note", "_comment", "__comment", "$comment"])
def test_comment_keys_repeated_on_purpose_are_not_duplicates(key):
    """A JSON file has no comments, so people write them as keys ("//" in package.json, changesets'
    config): one per note, the same key again and again, values nobody reads. Repeating one is the
    idiom, not a lost value; a real key repeated beside them still is."""
    text = ('{\n  "$schema": "https://example.org/schema.json",\n  "KEY": "careful below",\n  "fixed": [],\n'
            '  "KEY": "end of careful",\n  "access": "restricted"\n}\n').replace("KEY", key.replace('"', '\\"'))
    assert findings_for("config.json", text) == []
    bad = text.replace('"access"', '"fixed": [1],\n  "access"')
    assert [(f.code, f.line) for f in findings_for("config.json", bad)] == [("RL412", 6)]


def test_keys_that_only_look_like_comments_are_still_compared():
    assert codes(findings_for("f.json", '{"comment": 1, "comment": 2}')) == ["RL412"]
    assert codes(findings_for("f.json", '{"a//b": 1, "a//b": 2}')) == ["RL412"]
    assert codes(findings_for("f.json", '{"//cdn.example.org": 1, "//cdn.example.org": 2}')) == ["RL412"]
    assert codes(findings_for("f.json", '{"#main": 1, "#main": 2}')) == ["RL412"]


def test_escaped_keys_compare_decoded():
    assert codes(findings_for("f.json", '{"a": 1, "\\u0061": 2}')) == ["RL412"]


def test_syntax_error_position():
    found = findings_for("f.json", '{\n  "a": 1,\n  "b": 2,\n}\n')
    assert codes(found) == ["RL411"] and found[0].line == 4


@pytest.mark.parametrize("name", ["f.json", "package-lock.json", "tsconfig.json"])
def test_a_duplicate_key_before_a_syntax_error_is_the_syntax_error(name):
    """json stops at the first duplicate (the hook raises) before it reads the rest: a document
    that is broken further on is a syntax error, never a duplicate-key scan of invalid JSON
    (a NUL where a quote was once made that scan raise)."""
    text = '{\n  "a": {"x": 1, "x": 2},\n  \x00b": 1\n}\n'
    found = findings_for(name, text)
    assert [(f.code, f.line) for f in found] == [("RL411", 3)], found


def test_json_with_comments_and_package_json():
    for name in ("tsconfig.json", "package.json"):
        assert findings_for(name, (FIXTURES / "valid" / "json" / name).read_bytes()) == []
    assert codes(findings_for("tsconfig.json", '{\n  // c\n  "a": 1,\n  "a": 2,\n}\n')) == ["RL412"]


def test_deep_nesting_is_a_finding():
    assert codes(findings_for("deep.json", "[" * 100000 + "]" * 100000)) == ["RL012"]


def test_an_empty_or_blank_json_file_is_a_placeholder_not_a_finding():
    """A 0-byte MANIFEST.json marks a test collection; keeping both sides of a conflict never
    empties a file."""
    for text in ("", "\n", "  \n\t\n", "\ufeff"):
        assert findings_for("collections/foo/bar/MANIFEST.json", text) == []
    assert codes(findings_for("MANIFEST.json", "\n{\n")) == ["RL411"]
    assert codes(findings_for("MANIFEST.json", "// only a comment\n")) == ["RL411"]


@pytest.mark.parametrize("text, line, col, message", [
    ('{\n  "a": 1,\n}\n', 3, 1, "Expecting property name enclosed in double quotes"),
    ('[\n  1,\n  2,\n]\n', 4, 1, "Expecting value"),
])
def test_a_trailing_comma_is_reported_alike_on_every_python(text, line, col, message):
    """Python 3.13's json words and places this error differently; the finding must not change."""
    found = findings_for("f.json", text)
    assert [(f.code, f.line, f.col, f.message) for f in found] == [("RL411", line, col, message)]
