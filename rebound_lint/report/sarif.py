"""SARIF 2.1.0 for code-scanning upload: the rule catalogue as the driver's rules, one result a finding."""
from __future__ import annotations

import json
from pathlib import PurePosixPath

from .. import __version__
from ..explain import EXPLANATIONS, explain
from ..findings import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HELP_URI = "https://pypi.org/project/rebound-lint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule(code: str, text: str) -> dict:
    return {"id": code, "name": EXPLANATIONS[code].name, "shortDescription": {"text": text},
            "fullDescription": {"text": EXPLANATIONS[code].why}, "help": {"text": explain(code)},
            "defaultConfiguration": {"level": "note" if code in ("RL602", "RL603") else "error"}}


def render(findings, summary) -> str:
    codes = list(RULES)
    rules = [_rule(code, text) for code, text in RULES.items()]
    results = []
    for f in findings:
        region = {"startLine": f.line, "startColumn": f.col}
        if f.end_line and f.end_line > f.line:
            region["endLine"] = f.end_line
        results.append({
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code) if f.code in RULES else -1,
            "level": LEVELS.get(f.severity, "error"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": PurePosixPath(f.path.replace("\\", "/")).as_posix()},
                "region": region,
            }}],
        })
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "rebound-lint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": HELP_URI, "rules": rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
