import pytest
from conftest import FIXTURES, codes, findings_for

VALID = sorted((FIXTURES / "valid" / "js").iterdir())


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_modern_js_jsx_and_commonjs_pass(path):
    assert findings_for(path.name, path.read_bytes()) == []


def test_duplicated_const_after_concat_is_its_own_code():
    text = "function M() {\n  const [s, set] = useState(0);\n  const [s, set] = useState(1);\n}\n"
    found = findings_for("M.js", text)
    assert codes(found) == ["RL302"]
    assert (found[0].line, found[0].col) == (3, 10)
    assert "already been declared" in found[0].message


def test_syntax_error_with_position():
    found = findings_for("a.jsx", "export const A = () => (\n  <div>\n);\n")
    assert codes(found) == ["RL301"] and found[0].line >= 2


def test_module_syntax_errors_are_not_hidden_by_the_script_retry():
    found = findings_for("a.mjs", "import x from 'y';\nwith (x) {}\n")
    assert codes(found) == ["RL301"]


def test_duplicate_import_binding():
    found = findings_for("a.js", "import { a } from './a';\nimport { a } from './a';\n")
    assert codes(found) == ["RL302"]


def test_minified_bundles_get_the_marker_check_only():
    bundle = "var a=1;" * 2000 + "\n"
    assert findings_for("vendor.js", bundle + "let let = ;\n") == []
    assert findings_for("app.min.js", "let let = ;\n") == []


def test_deep_nesting_is_a_finding():
    assert codes(findings_for("deep.js", "x = " + "[\n" * 10000 + "]\n" * 10000 + ";\n")) == ["RL012"]


def test_top_level_return_in_commonjs_is_valid_but_not_in_modules():
    cjs = "'use strict';\nvar t = require('tape');\nif (!t) {\n  return;\n}\nmodule.exports = t;\n"
    assert findings_for("shim.js", cjs) == []
    assert codes(findings_for("shim.js", cjs + "let let = 1;\n")) == ["RL301"]
    assert codes(findings_for("m.mjs", "export const a = 1;\nreturn;\n")) == ["RL301"]


@pytest.mark.parametrize("name, text", [
    ("bin/cli.js", "#!/usr/bin/env node\n'use strict';\nconst run = require('./run');\nrun(process.argv);\n"),
    ("bin/cli.js", "#!/usr/bin/env node\n'use strict';\nconst run = require('./run');\nif (!run) {\n  return;\n}\n"
                   "run(process.argv);\n"),
    ("bin/cli.cjs", "#!/usr/bin/env node\nmodule.exports = require('./run');\nreturn;\n"),
    ("scripts/build.mjs", "#!/usr/bin/env node\nimport { build } from './build.mjs';\nawait build();\n"),
    ("scripts/build.js", "#!/usr/bin/env -S node --no-warnings\nimport fs from 'fs';\nfs.rmSync('dist');\n"),
])
def test_a_leading_hashbang_is_accepted(name, text):
    assert findings_for(name, text) == []


def test_a_hashbang_keeps_positions_and_hides_no_error():
    found = findings_for("bin/cli.js", "#!/usr/bin/env node\nconst run = require('./run');\nif (!run) {\n  return;\n}\n"
                                       "const x = ;\n")
    assert [(f.code, f.line, f.col) for f in found] == [("RL301", 6, 11)]
    assert codes(findings_for("bin/cli.js", "\n#!/usr/bin/env node\nconst a = 1;\n")) == ["RL301"]  # not first: invalid
    assert codes(findings_for("bin/cli.js", "#!/usr/bin/env node\nconst a = 1;\nconst a = 2;\n")) == ["RL302"]


SPEC = """describe("app.collections.TagFollowings", function() {
  beforeEach(function() {
    this.collection = new app.collections.TagFollowings();
  });

  it("does not allow duplicates", function() {
    this.collection.create({"name": "name"});
    this.collection.create({"name": "name"});
    expect(this.collection.length).toBe(1);
  });

  it("shows several comments", function() {
    this.view.model.comments.push(factory.comment());
    this.view.model.comments.push(factory.comment());
    expect(this.view.$(".comment").length).toBe(2);
  });
});
"""


@pytest.mark.parametrize("path", [
    "spec/javascripts/app/collections/tag_followings_collection_spec.js",  # Jasmine under Rails
    "specs/collections.js",
    "src/collections/__tests__/tagFollowings.js",
    "test/collections.js",
    "packages/app/tests/collections.mjs",
    "src/collections/tagFollowings.test.js",
    "src/collections/tagFollowings.spec.jsx",
    "src/collections/tag-followings-test.js",
    "src/collections/tag_followings_test.cjs",
    "src/collections/tagFollowings-spec.js",
    "cypress/e2e/collections.cy.js",
])
def test_repeats_in_js_test_files_are_deliberate(path):
    assert findings_for(path, SPEC) == []


@pytest.mark.parametrize("path", [
    "app/assets/javascripts/app/collections/tag_followings.js",
    "src/inspector/collections.js",  # "spec" inside a word
    "src/latest/collections.js",  # "test" inside a word
    "src/contest.js",
    "src/spectrum.js",
    "src/protest/attest.js",
])
def test_repeats_outside_test_files_are_still_reported(path):
    assert sorted((f.code, f.line) for f in findings_for(path, SPEC)) == [("RL315", 8), ("RL315", 14)]


def test_test_files_still_get_the_other_fingerprints():
    spec = SPEC.replace('{"name": "name"}', '{"name": "a", "name": "b"}')
    assert sorted((f.code, f.line) for f in findings_for("spec/javascripts/tags_spec.js", spec)) == [("RL311", 7), ("RL311", 8)]


@pytest.mark.parametrize("name", ["lib/a.js", "lib/a.ts"])
@pytest.mark.parametrize("body", [
    "buffer[o++] = padding;\nbuffer[o++] = padding;\n",           # each one writes the next slot
    "console.debug('*'.repeat(40));\nconsole.debug('*'.repeat(40));\n",  # a banner: constant arguments
    "await bet.tails();\nconsole.log('bet:', await bet.current());\n"
    "await bet.tails();\nconsole.log('bet:', await bet.current());\n",  # awaited values differ each time
    # a header written field by field (pdf.js' image_resizer.js): the run moves its own cursor, so each
    # copy writes the next field, a loop unrolled by hand
    "view.setInt32(o, 0, true);\no += 4;\nview.setInt32(o, 0, true);\no += 4;\n",
    "view.setInt32(o, 0, true);\no = o + 4;\nview.setInt32(o, 0, true);\no = o + 4;\n",
    "view.setInt32(o, 0, true);\no++;\nview.setInt32(o, 0, true);\no++;\n",
    "buffer.splice(o, 1);\nbuffer.splice(o, 1);\n",  # each call takes the next item: two removed
    "reader.skip(o);\nreader.skip(o);\n",
    # angular-cli's sass worker waits for a non-0 value twice on purpose: each wait takes the next signal
    "Atomics.wait(buffer, 0, 0);\nAtomics.wait(buffer, 0, 0);\n",
])
def test_a_repeat_whose_effect_differs_each_time_is_not_reported(name, body):
    """RL315 reports a statement that does the same twice (middleware registered twice); one that
    advances state as it runs (an update anywhere in it, an awaited argument) or that only
    prints constants, repeated, is how such code is written."""
    assert findings_for(name, "async function f(buffer, o, padding, bet) {\n" + body + "}\n") == []


@pytest.mark.parametrize("name", ["lib/a.js", "lib/a.ts"])
def test_a_repeated_registration_is_still_reported(name):
    for body in ("app.use(express.static(dir));\napp.use(express.static(dir));\n",
                 "node.removeEventListener('dragover', this);\nnode.removeEventListener('dragover', this);\n",
                 "config.mode = mode;\nconfig.mode = mode;\n"):
        assert codes(findings_for(name, "function f(app, dir, node, config, mode) {\n" + body + "}\n")) == ["RL315"], body


def test_esprima_stopping_on_its_own_assertion_is_no_crash():
    """esprima asserts on an empty template substitution (`${}`) instead of raising its syntax
    error: the run must not end in an internal error. oxc rejects the file too, so it is one."""
    found = findings_for("src/template.js", "let a = `foo ${}`\nlet b = 1\n")
    assert codes(found) == ["RL301"] and found[0].line == 1, found


@pytest.mark.parametrize("name", ["docs/assets/js/cookie.js", "site/assets/search.json"])
def test_a_file_with_front_matter_is_a_site_generators_template(name):
    """Jekyll (and Eleventy, Hugo) render any file that opens with front matter (`---` lines), with
    Liquid inside (terratest's docs/assets/js/*.js): not JavaScript or JSON until rendered. A `---`
    anywhere else is still an error."""
    body = ("(function ($) {\n  var url = '{{ site.baseurl }}/x';\n})(window.jQuery);\n" if name.endswith(".js")
            else '{"pages": [{% for p in site.pages %}"{{ p.url }}"{% endfor %}]}\n')
    assert findings_for(name, "---\n---\n" + body) == []
    assert codes(findings_for("src/app.js", "let a = 1;\n---\nlet b = 2;\n")) == ["RL301"]


# opencart's catalog/view/javascript/account/reward.js: `class extends Controller { ... }` as a statement. A class
# declaration needs a name (only `export default class` may go without), so esprima is right; oxc's parser builds
# the nameless declaration and leaves the name to its semantic pass, which its binding does not run: its own tree
# confirms the error. Every other nameless class is an expression or the default export, and parses.
@pytest.mark.parametrize("text", [
    "import { C } from './c.js';\n\nclass extends C {\n  connected() {}\n}\n",
    "const C = require('./c');\nclass extends C {}\nmodule.exports = C;\n",
])
def test_a_class_declaration_without_a_name_is_a_syntax_error(text):
    assert [f.code for f in findings_for("src/reward.js", text)] == ["RL301"]


@pytest.mark.parametrize("text", [
    "import { C } from './c.js';\n\nexport default class extends C {\n  connected() {}\n}\n",
    "import { C } from './c.js';\nexport const A = class extends C {};\nexport const B = (class {});\n",
])
def test_a_nameless_default_export_or_class_expression_parses(text):
    assert findings_for("src/reward.js", text) == []


def test_a_nameless_class_elsewhere_does_not_confirm_another_error():
    """The confirmation is oxc's tree at esprima's error: a class with no name on another line says nothing of it."""
    assert authority_nameless("import a from 'a';\nclass extends C {}\n", 1) is False
    assert authority_nameless("import a from 'a';\nclass extends C {}\n", 2) is True


def authority_nameless(text, line):
    from rebound_lint.languages.authority import oxc_nameless_class

    return oxc_nameless_class(text, "jsx", line)


@pytest.mark.parametrize("suffix", [".js", ".ts"])
def test_a_function_named_for_stepping_a_cursor_is_called_once_per_step(suffix):
    """meriyah's lexer steps over the two characters of `#!` with `advanceChar(parser)` twice: a function
    whose name says it advances (advance, skip, consume, next, ...) does the next thing each time, as a
    method that takes the next item does. Any other call made twice is still a doubled line."""
    stepping = ("export function skipHashBang(parser) {\n  if (parser.currentChar === 35) {\n"
                "    advanceChar(parser);\n    advanceChar(parser);\n    skipLine(parser);\n  }\n}\n")
    assert findings_for("src/lexer/comments" + suffix, stepping) == []
    doubled = stepping.replace("advanceChar(parser);", "notifyChange(parser);")
    assert codes(findings_for("src/lexer/comments" + suffix, doubled)) == ["RL315"]


# A MongoDB shell script (`mongosh < data/init.js`, a database's test data for an FDW or a service):
# `use <db>` and `show collections` lines are the shell's helpers, no JavaScript; two names side by
# side on a line are never JavaScript either, so such a line is the shell's. Those lines are read as
# blank, the rest is still JavaScript and still checked.
MONGO_SHELL = """\
// cleanup of the collections a regression run made
use test
db.mongo_test3.drop();
use fdw_regress1;
show collections
db.mongo_test1.insertOne({a: 1, b: "x"});
"""


def test_a_mongodb_shell_scripts_helper_lines_are_not_javascript():
    assert codes(findings_for("data/mongo_test_data.js", MONGO_SHELL)) == []
    broken = MONGO_SHELL + "db.t.insertOne({a: 1 b: 2});\n"
    assert codes(findings_for("data/mongo_test_data.js", broken)) == ["RL301"]
