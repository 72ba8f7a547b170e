"""SARIF 2.1.0 for code-scanning upload: the rule catalogue as the driver's rules, one result a finding."""
from __future__ import annotations

import json
from urllib.parse import quote

from .. import __version__
from ..rules import CATALOGUE, Rule, explain
from .safe import utf8

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HELP_URI = "https://pypi.org/project/rebound-lint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule(rule: Rule) -> dict:
    return {"id": rule.code, "name": rule.name, "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why}, "help": {"text": explain(rule.code)},
            "defaultConfiguration": {"level": LEVELS[rule.severity]}}


def render(findings, summary) -> str:
    index = {rule.code: position for position, rule in enumerate(CATALOGUE)}
    results = []
    for f in findings:
        region = {"startLine": f.line, "startColumn": f.col}
        if f.end_line and f.end_line > f.line:
            region["endLine"] = f.end_line
        results.append({
            "ruleId": f.code,
            "ruleIndex": index.get(f.code, -1),
            "level": LEVELS.get(f.severity, "error"),
            "message": {"text": utf8(f.message)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(f.path)},
                "region": region,
            }}],
        })
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "rebound-lint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": HELP_URI, "rules": [_rule(rule) for rule in CATALOGUE]}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    """A relative URI reference for a path: '/' separators, every other reserved or non-ASCII
    byte percent-encoded (a file name that is not UTF-8 included)."""
    return quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/")
