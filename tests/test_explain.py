"""Every rule is explained, its examples are true, and the README shows the same text."""
from __future__ import annotations

import json
import re

import pytest

from rebound_lint.config import Config
from rebound_lint.rules import RULES, markdown
from rebound_lint.rules import RULES as EXPLANATIONS

from conftest import ROOT, codes, findings_for

SUFFIX = {"python": "example.py", "sql": "example.sql", "javascript": "example.js", "jsx": "example.jsx",
          "yaml": "example.yaml", "json": "example.json", "toml": "pyproject.toml", "requirements": "requirements.txt",
          "poetry-lock": "poetry.lock", "yarn-lock": "yarn.lock", "package-lock": "package-lock.json", "go-sum": "go.sum",
          "go-mod": "go.mod", "ini": "setup.cfg", "editorconfig": ".editorconfig", "xml": "pom.xml",
          "typescript": "example.ts"}
RUNNABLE = [code for code, rule in EXPLANATIONS.items() if rule.lang]


def test_every_rule_has_an_explanation_with_a_distinct_name():
    assert list(EXPLANATIONS) == list(RULES)
    names = [rule.name for rule in EXPLANATIONS.values()]
    assert len(set(names)) == len(names) and not set(names) & set(RULES)


def _config(code: str) -> Config:
    return Config(sql_dialect="mysql") if code == "RL202" else Config()


@pytest.mark.parametrize("code", RUNNABLE)
def test_the_bad_example_fires_its_rule(code):
    rule = EXPLANATIONS[code]
    assert code in codes(findings_for(SUFFIX[rule.lang], rule.bad, _config(code)))


@pytest.mark.parametrize("code", RUNNABLE)
def test_the_good_example_is_clean(code):
    rule = EXPLANATIONS[code]
    assert findings_for(SUFFIX[rule.lang], rule.good, _config(code)) == []


def test_explain_prints_why_and_both_examples(lint):
    result = lint("rules", "--explain", "rl402")
    assert result.code == 0
    assert result.out.startswith("RL402 YamlDuplicateKey: YAML duplicate mapping key\n")
    assert "Bad:\n    dark_mode:\n" in result.out and "Good:\n" in result.out


def test_explain_of_an_unknown_code_is_a_usage_error(lint):
    result = lint("rules", "--explain", "RL999")
    assert result.code == 2 and "unknown rule code 'RL999'" in result.err


def test_readme_rule_section_is_the_generated_one():
    readme = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")  # the README links to it
    section = re.search(r"<!-- rules:start -->\n(.*)<!-- rules:end -->", readme, re.S)
    assert section, "docs/rules.md lacks the rules section markers"
    assert section.group(1).strip() == markdown().strip(), "run: rebound-lint rules --markdown, paste into README"


def test_sarif_output_is_valid_against_the_2_1_0_schema(tmp_path, lint):
    """tests/data/sarif-schema-2.1.0.json is the schema shipped in the npm package
    @microsoft/sarif-multitool-linux 5.7.0 (the SARIF SDK's copy of the OASIS schema)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    (tmp_path / "a.yaml").write_text("a: 1\na: 2\n")
    (tmp_path / "b.sql").write_text("SELECT FROM WHERE;\n")
    (tmp_path / "c.py").write_text("def f(:\n")
    result = lint("check", "--format", "sarif", ".", cwd=tmp_path)
    log = json.loads(result.out)
    assert len(log["runs"][0]["results"]) == 3
    validator = jsonschema.Draft202012Validator(schema)
    assert [e.message for e in validator.iter_errors(log)] == []
    log["runs"][0]["results"][0]["level"] = "fatal"  # the check can fail
    assert list(validator.iter_errors(log))


def test_sarif_default_levels_follow_the_catalogue(tmp_path, lint):
    """RL702 and RL807 are emitted as warnings, RL602/RL603 as information: SARIF must declare them so."""
    (tmp_path / "a.yaml").write_text("a: 1\na: 2\n")
    log = json.loads(lint("check", "--format", "sarif", ".", cwd=tmp_path).out)
    levels = {rule["id"]: rule["defaultConfiguration"]["level"] for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert levels["RL702"] == "warning" and levels["RL807"] == "warning"
    assert levels["RL602"] == "note" and levels["RL603"] == "note"
    assert levels["RL001"] == "error" and levels["RL402"] == "error"


def test_readme_rule_table_is_the_generated_one():
    from rebound_lint.rules import markdown_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- rule-table:start -->\n(.*)<!-- rule-table:end -->", readme, re.S)
    assert section, "README lacks the rule table markers"
    assert section.group(1) == markdown_table(), "run: rebound-lint rules --markdown, paste into README"


def test_every_error_rule_says_why_a_healthy_file_cannot_trigger_it():
    """Issue 24: an `error` needs certainty. A rule that cannot say why a healthy file never
    triggers it is a warning (or a note)."""
    missing = [rule.code for rule in RULES.values() if rule.severity == "error" and not rule.certain.strip()]
    assert missing == []
    assert all(not rule.certain for rule in RULES.values() if rule.severity != "error")


def test_explain_prints_the_certainty_of_an_error_rule(lint):
    out = lint("rules", "--explain", "RL321").out
    assert "Why a healthy file cannot trigger it: " in out and "oxc" in out
    assert "Why a healthy file cannot trigger it" not in lint("rules", "--explain", "RL014").out
