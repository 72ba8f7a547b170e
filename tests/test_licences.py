"""The README's licence table is every runtime dependency of the installed rebound-lint, direct or
not, with the licence its installed metadata declares (issue 26: say honestly what a user installs)."""
from __future__ import annotations

import importlib.metadata
import re

from conftest import ROOT
from packaging.requirements import Requirement


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_licence(distribution) -> str:
    """License-Expression; else a short License field; else the licence classifiers."""
    meta = distribution.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) <= 40 and "\n" not in text:
        return text
    classifiers = " / ".join(c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::"))
    if classifiers:
        return classifiers
    return text.splitlines()[0] if text else "UNKNOWN"


def runtime_closure(elsewhere: set[str] | None = None) -> dict[str, str]:
    """Every installed distribution rebound-lint needs at run time (no extras) -> its licence. The
    names needed only on other interpreters or platforms (a marker false here) go into elsewhere."""
    found: dict[str, str] = {}
    todo = ["rebound-lint"]
    while todo:
        for requirement in map(Requirement, importlib.metadata.distribution(todo.pop()).requires or []):
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                if elsewhere is not None and "extra" not in str(requirement.marker):
                    elsewhere.add(_name(requirement.name))
                continue
            key = _name(requirement.name)
            if key not in found:
                found[key] = declared_licence(importlib.metadata.distribution(requirement.name))
                todo.append(requirement.name)
    return found


def readme_table() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- licences -->", 1)[1].split("<!-- /licences -->", 1)[0]
    rows = [line.strip("| ").split(" | ") for line in table.strip().splitlines()[2:]]
    return {_name(package): licence.strip() for package, licence in rows}


def test_the_readme_lists_every_runtime_dependency_with_its_licence():
    elsewhere: set[str] = set()
    closure, table = runtime_closure(elsewhere), readme_table()
    assert {name: table.get(name) for name in closure} == closure
    # rows beyond this interpreter's closure: dependencies of other interpreters (libcst needs pyyaml-ft
    # on 3.13, pyyaml before), never stale ones
    assert set(table) - set(closure) <= elsewhere


def test_the_project_itself_declares_mit():
    assert declared_licence(importlib.metadata.distribution("rebound-lint")) in ("MIT", "MIT License")
