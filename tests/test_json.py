import pytest
from conftest import FIXTURES, GitRepo, codes, findings_for, write


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


def test_a_notice_left_in_place_of_a_json_file_is_a_placeholder_not_a_finding():
    """Probe s13 (a Helm chart's monitoring/grafana-dashboard.json): the file's whole content is a
    sentence saying where the JSON moved. Prose with no bracket, brace or quote is no JSON that broke
    (no merge or edit of JSON leaves no bracket behind): a note, like an empty file. Anything with
    JSON's punctuation in it stays an error."""
    notice = "The JSON file has been moved to a dedicated repository located at:\n\nhttps://example.org/x/dash.json\n"
    assert findings_for("monitoring/dashboard.json", notice) == []
    assert codes(findings_for("monitoring/dashboard.json", notice + '{"a": 1}\n')) == ["RL411"]
    assert codes(findings_for("monitoring/dashboard.json", 'moved to "elsewhere"\n')) == ["RL411"]
    assert codes(findings_for("data.json", "abc\n")) == ["RL411"]  # one word: no sentence
    assert codes(findings_for("data.json", "1 2 3\n")) == ["RL411"]
    assert codes(findings_for("data.json", "true\nfalse\n")) == ["RL411"]  # JSON's own words: halves kept


def test_a_plain_text_body_recorded_in_test_data_under_json_is_data():
    """Probe s13 (prometheus' discovery/moby/testdata/<case>/_ping.json: what a mock server sends for Docker's
    /_ping, which answers `OK`): in recorded test data a bare word with none of JSON's punctuation is a
    plain-text body recorded under the folder's suffix, not JSON that broke. Elsewhere it stays RL411."""
    for case in ("swarmprom", "dockerprom"):
        assert findings_for(f"discovery/moby/testdata/{case}/_ping.json", "OK") == []
    assert codes(findings_for("config/_ping.json", "OK")) == ["RL411"]


@pytest.mark.parametrize("text, line, col, message", [
    ('{\n  "a": 1,\n}\n', 3, 1, "Expecting property name enclosed in double quotes"),
    ('[\n  1,\n  2,\n]\n', 4, 1, "Expecting value"),
])
def test_a_trailing_comma_is_reported_alike_on_every_python(text, line, col, message):
    """Python 3.13's json words and places this error differently; the finding must not change."""
    found = findings_for("f.json", text)
    assert [(f.code, f.line, f.col, f.message) for f in found] == [("RL411", line, col, message)]


def test_json_a_vscode_extension_contributes_is_read_as_jsonc(lint, tmp_path):
    """VS Code reads the files its extension manifest contributes (themes, icon themes,
    snippets, language configurations) with its JSON-with-comments reader: a trailing comma
    there is no defect. The same file outside such a manifest, or not named by it, still is. The
    manifest is looked for within the tree checked: a repository here (a file named outside any
    repository is a tree of its own folder, and nothing above it is read: test_cache_deps.py)."""
    GitRepo(tmp_path)
    manifest = ('{"name": "x", "engines": {"vscode": "^1.80.0"}, "contributes": {"productIconThemes": '
                '[{"id": "t", "path": "./theme/icons.json"}], "snippets": [{"path": "snippets/s.json"}]}}\n')
    theme = '{\n\t"fonts": [\n\t\t{"id": "a", "style": "normal",}\n\t],\n}\n'
    write(tmp_path / "ext", {"package.json": manifest, "theme/icons.json": theme,
                             "snippets/s.json": '{"a": {"body": ["x"],},}\n', "theme/other.json": theme})
    write(tmp_path / "plain", {"package.json": '{"name": "y", "contributes": {"path": "./theme/icons.json"}}\n',
                               "theme/icons.json": theme})
    run = lint("check", "ext", "plain", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in run.lines) == ["ext/theme/other.json", "plain/theme/icons.json"]
    duplicate = '{\n\t"fonts": [],\n\t"fonts": [],\n}\n'
    write(tmp_path / "ext", {"theme/icons.json": duplicate})
    run = lint("check", "ext/theme/icons.json", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL412"]


@pytest.mark.parametrize("name", ["my.code-snippets", "team.code-workspace",
                                  # held-out round 6 (flaskbb): pyright reads its config with jsonc-parser and
                                  # allowTrailingComma (its _parseJsonConfigFile)
                                  "pyrightconfig.json"])
def test_json_vscode_snippet_and_workspace_files_are_jsonc(name):
    assert findings_for(name, '{\n  "a": {"b": 1,},\n}\n', kind="json") == []
    assert codes(findings_for("my.json", '{\n  "a": {"b": 1,},\n}\n')) == ["RL411"]


# A YAML document kept with a .json suffix (liquibase's changelogs/json/rollback.tests.changelog.json: its
# JSON changelog parser is a YAML parser, so the file works): not a botched JSON file, since a merge of JSON
# keeps JSON's braces. Checked as YAML: its own syntax and duplicate keys still count.
YAML_CHANGELOG = ("databaseChangeLog:\n  - changeSet:\n      id: multiRollbackTest\n      author: rs\n"
                  "      changes:\n        - createTable:\n            tableName: t\n")


def test_a_yaml_document_with_a_json_suffix_is_checked_as_yaml():
    assert findings_for("changelogs/json/rollback.tests.changelog.json", YAML_CHANGELOG) == []
    doubled = YAML_CHANGELOG.replace("      author: rs\n", "      author: rs\n      author: nv\n")
    assert codes(findings_for("changelogs/json/rollback.tests.changelog.json", doubled)) == ["RL402"]


@pytest.mark.parametrize("text", [
    '{ "databaseChangeLog": [\n  "changeset": {\n     "id": "1"\n  }\n]}\n',  # JSON that is broken
    "name: x\n{\n",  # neither
    '"a": 1,\n"b": 2\n',  # a JSON object's inside without its braces: half of something
    "Hello\n",
])
def test_broken_json_is_not_excused_as_yaml(text):
    assert codes(findings_for("data/x.json", text)) == ["RL411"]


# A documentation example for readers: alternatives one after another, each introduced by a comment (a
# page links to it; no program loads it). Each example is still checked for duplicate keys.
DOC_EXAMPLES = ('// assign proposals to users like this:\n\n{\n    "ana@example.org": ["XYK3VH", "KJKJF3"],\n'
                '    "leo@example.org": ["KJKJF3"]\n}\n\n// or users to proposals like this:\n\n'
                '{\n    "XYK3VH": ["ana@example.org", "leo@example.org"],\n    "KJKJF3": ["ana@example.org"]\n}\n')


def test_commented_examples_in_a_documentation_folder():
    assert findings_for("doc/user/review-assignments.json", DOC_EXAMPLES) == []
    twice = DOC_EXAMPLES.replace('"KJKJF3": ["ana', '"XYK3VH": ["ana')
    assert codes(findings_for("doc/user/review-assignments.json", twice)) == ["RL412"]
    # outside documentation, or without comments (both halves of a whole file kept), still RL411
    assert codes(findings_for("config/review-assignments.json", DOC_EXAMPLES)) == ["RL411"]
    plain = '{\n  "a": 1\n}\n{\n  "a": 2\n}\n'
    assert codes(findings_for("docs/example.json", plain)) == ["RL411"]


BABELRC = "{\n  // the preset first\n  presets: ['@babel/preset-env'],\n  \"plugins\": [\"./plugin\", {loose: true, n: +.5}],\n}\n"


@pytest.mark.parametrize("name", [".babelrc", "packages/a/.babelrc.json", "babel.config.json"])
def test_babel_config_is_read_as_json5(name):
    """Babel reads .babelrc, .babelrc.json and babel.config.json with json5 (parcel's
    babel-warn-some-json5/.babelrc): unquoted keys, single quotes, comments and trailing commas are
    its grammar. Its duplicate keys still count, on their line; what JSON5 does not allow stays RL411."""
    assert findings_for(name, BABELRC) == []
    doubled = BABELRC.replace("  \"plugins\"", "  presets: ['@babel/preset-react'],\n  \"plugins\"")
    assert [(f.code, f.line) for f in findings_for(name, doubled)] == [("RL412", 4)]
    assert codes(findings_for(name, BABELRC.replace("presets:", "presets"))) == ["RL411"]


def test_json5_grammar_outside_json5_files_stays_an_error():
    assert codes(findings_for("package.json", "{\n  name: 'x',\n}\n")) == ["RL411"]


def test_a_trailing_comma_in_test_data_is_a_lenient_readers_or_an_invalid_input():
    """angular-cli's workspace/json/test/cases/*.json are read with jsonc-parser, which takes trailing
    commas; jest's __tests__/jest-preset.json has one on purpose, for a test that expects JSON.parse's
    error. In test data a trailing comma is either; its duplicate keys still count. Outside test
    data it stays RL411, and a change that brings one into test data that parsed is reported."""
    from rebound_lint.config import Config
    from rebound_lint.runner import check_data, check_data_against

    case = '{\n  "version": 1,\n  "x-foo": {\n    "is": ["good", "great", "a,]"]\n  },\n  "x-bar": 5,\n}'
    assert findings_for("core/src/workspace/json/test/cases/ObjectRemoveMultiple.json", case) == []
    assert findings_for("src/__tests__/jest-preset.json", case) == []
    assert codes(findings_for("config/workspace.json", case)) == ["RL411"]
    doubled = '{\n  "version": 1,\n  "version": 2,\n}\n'
    assert codes(findings_for("src/__tests__/jest-preset.json", doubled)) == ["RL412"]
    # what else is broken there stays broken
    assert codes(findings_for("src/__tests__/preset.json", '{\n  "a": 1\n  "b": 2,\n}\n')) == ["RL411"]
    # git shows it parsed on both sides of the merge: the merge brought the comma
    path = "src/__tests__/preset.json"
    ours, theirs = b'{\n  "a": 1,\n  "b": 2\n}\n', b'{\n  "a": 1\n}\n'
    found = check_data_against(path, b'{\n  "a": 1,\n}\n', "json", Config(), [ours, theirs], "in both sides of the merge")
    assert [f.code for f in found.findings] == ["RL411"], found.notes
    assert check_data(path, b'{\n  "a": 1,\n}\n', "json", Config()).findings == []


def test_a_comma_before_a_bracket_inside_a_string_is_text_not_a_trailing_comma():
    """Reading JSON with comments blanks trailing commas; one inside a string is the string's own
    text: two keys that differ only there are two keys, and a value keeps its comma."""
    text = '{\n  // keys that end in punctuation\n  "a,]": 1,\n  "a ]": 2,\n}\n'
    assert findings_for("tsconfig.json", text) == []
    from rebound_lint.languages.json import strip_comments
    assert strip_comments('{"x": "1,}", "y": [2,]}') == '{"x": "1,}", "y": [2 ]}'


def test_a_raw_control_character_in_a_string_of_test_data_is_a_lenient_readers_input():
    """druid's recorded monitor responses hold SQL with raw tabs inside strings: RFC 8259 wants them
    escaped, fastjson and Python's json(strict=False) read them, and no merge writes one. In test
    data a note, with the rest checked (a duplicate key still counts); in the project's own JSON RL411."""
    data = '{"SQL": "DELETE FROM a\\n\tWHERE x", "n": 1}\n'
    assert findings_for("src/test/resources/bvt/sql.json", data) == []
    assert [f.code for f in findings_for("src/test/resources/bvt/sql.json", data.replace('"n"', '"SQL"'))] == ["RL412"]
    assert [f.code for f in findings_for("config/queries.json", data)] == ["RL411"]


def test_json_a_jsonnet_import_is_read_as_jsonnet(lint, tmp_path):
    """Jsonnet reads a .json file it imports (`import 'x.json'`) as Jsonnet, a superset of JSON:
    a trailing comma, unquoted keys, single quotes and comments are valid there (probe s13: a
    Jsonnet library's schema patches and the expected output of its smoke test). A duplicate field
    is an error in Jsonnet too, so it still counts; the same text that nothing imports, or that
    only `importstr` reads as text, stays an error."""
    GitRepo(tmp_path)
    lenient = "    {\n      title: 'x',\n      // a note\n      panels: [1, 2,],\n    }\n"
    write(tmp_path, {"lib/main.libsonnet": "{\n  folder: (import './schemas/folder.json'),\n}\n",
                     "lib/schemas/folder.json": '{\n  "uid": {"type": "string"},\n}\n',
                     "test/smoke.jsonnet": "local out = import '../examples/simple/output.json';\nout\n",
                     "examples/simple/output.json": lenient,
                     "examples/other/output.json": lenient,
                     "test/raw.jsonnet": "importstr '../examples/raw.json'\n",
                     "examples/raw.json": lenient})
    run = lint("check", "lib", "test", "examples", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in run.lines) == ["examples/other/output.json", "examples/raw.json"]
    write(tmp_path, {"lib/schemas/folder.json": "{\n  uid: 1,\n  'uid': 2,\n}\n"})
    run = lint("check", "lib/schemas/folder.json", cwd=tmp_path)
    assert [line.split(": ")[1].split()[0] for line in run.lines] == ["RL412"]
    write(tmp_path, {"lib/schemas/folder.json": "{\n  uid: 1 + 2,\n}\n"})  # Jsonnet itself: no parser here says
    run = lint("check", "--format", "json", "lib/schemas/folder.json", cwd=tmp_path)
    assert run.code == 0 and '"RL014"' in run.out and '"RL411"' not in run.out
