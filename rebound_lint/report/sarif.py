"""SARIF 2.1.0 for code-scanning upload: the rule catalogue as the driver's rules, one result a finding."""
from __future__ import annotations

import json
from pathlib import PurePosixPath

from .. import __version__
from ..findings import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(findings, summary) -> str:
    codes = list(RULES)
    rules = [{"id": code, "name": code, "shortDescription": {"text": text}, "fullDescription": {"text": text},
              "defaultConfiguration": {"level": "note" if code in ("RL602", "RL603") else "error"}}
             for code, text in RULES.items()]
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
                                "informationUri": "https://pypi.org/project/rebound-lint/", "rules": rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
