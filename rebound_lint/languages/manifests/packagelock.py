"""package-lock.json / npm-shrinkwrap.json: the JSON checks (syntax, duplicate keys), then, for
lockfile versions 2 and 3 that still carry the legacy `dependencies` tree, each top-level
dependency whose plain version disagrees with its `packages["node_modules/<name>"]` entry (RL444):
halves of two lockfiles merged."""
from __future__ import annotations

import json
import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

PLAIN_VERSION = re.compile(r"^\d+\.\d+\.\d+[0-9A-Za-z.+-]*$")


@quiet_on_deliberately_invalid
def check(source, config):
    from ..json import check as json_check

    findings = list(json_check(source, config))
    if findings:
        return findings
    try:
        data = json.loads(source.text)
    except ValueError:  # JSON with comments: the JSON checker accepted it, npm would not write it
        return []
    if not isinstance(data, dict) or data.get("lockfileVersion") not in (2, 3):
        return []
    packages, dependencies = data.get("packages"), data.get("dependencies")
    if not isinstance(packages, dict) or not isinstance(dependencies, dict):
        return []
    text = source.text
    legacy = _top_level_key(text, "dependencies")
    for name, entry in dependencies.items():
        package = packages.get(f"node_modules/{name}")
        if not isinstance(entry, dict) or not isinstance(package, dict) or package.get("link"):
            continue
        old, new = entry.get("version"), package.get("version")
        if isinstance(old, str) and isinstance(new, str) and PLAIN_VERSION.match(old) and old != new:
            line = _line_of_key(text, name, legacy)
            findings.append(Finding(source.path, line, 1, "RL444",
                                    f"{name} is {old} in \"dependencies\" but {new} in \"packages\": halves of two "
                                    f"lockfiles kept? run npm install to rebuild it"))
    return findings


def _top_level_key(text: str, key: str) -> int:
    """The offset of a top-level key as npm writes it (two-space indentation), or 0."""
    match = None
    for match in re.finditer(rf'^  "{re.escape(key)}": \{{', text, re.M):
        pass
    return match.start() if match else 0


def _line_of_key(text: str, key: str, start: int) -> int:
    match = re.compile(rf'^    {re.escape(json.dumps(key))}: \{{', re.M).search(text, start)
    return text.count("\n", 0, match.start()) + 1 if match else 1
