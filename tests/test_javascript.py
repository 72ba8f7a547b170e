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
