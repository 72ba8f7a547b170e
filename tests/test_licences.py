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


def readme_table(marker: str = "licences") -> dict[str, str]:
    """The README table between <!-- marker --> and <!-- /marker -->: package -> the rest of its row."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split(f"<!-- {marker} -->", 1)[1].split(f"<!-- /{marker} -->", 1)[0]
    rows = [line.strip("| ").split(" | ") for line in table.strip().splitlines()[2:]]
    return {_name(row[0]): " | ".join(cell.strip() for cell in row[1:]) for row in rows}


def extras() -> dict[str, list[Requirement]]:
    """The optional extras users install (not the test and bench tools): extra -> its requirements."""
    found: dict[str, list[Requirement]] = {}
    for requirement in map(Requirement, importlib.metadata.distribution("rebound-lint").requires or []):
        for extra in re.findall(r'extra == "([^"]+)"', str(requirement.marker or "")):
            if extra not in ("test", "test-core", "bench") and _name(requirement.name) != "rebound-lint":
                found.setdefault(extra, []).append(requirement)
    return found


def test_the_readme_lists_every_runtime_dependency_with_its_licence():
    elsewhere: set[str] = set()
    closure, table = runtime_closure(elsewhere), readme_table()
    assert {name: table.get(name) for name in closure} == closure
    # rows beyond this interpreter's closure: dependencies of other interpreters (libcst needs pyyaml-ft
    # on 3.13, pyyaml before), never stale ones
    assert set(table) - set(closure) <= elsewhere


def test_the_plain_install_is_mit_compatible_throughout():
    """No copyleft licence in what `pip install rebound-lint` installs: pglast (GPL) is the postgres extra."""
    closure = runtime_closure()
    assert not {name: licence for name, licence in closure.items() if "GPL" in licence.upper()}


def test_the_readme_lists_the_optional_extras_apart_with_their_licences():
    table, declared = readme_table("licences-extras"), extras()
    assert declared == {"postgres": declared["postgres"]} and [_name(r.name) for r in declared["postgres"]] == ["pglast"]
    assert set(table) == {_name(r.name) for requirements in declared.values() for r in requirements}
    for extra, requirements in declared.items():
        for requirement in requirements:
            extra_cell, licence = table[_name(requirement.name)].split(" | ")
            assert extra_cell == f"`{extra}`"
            try:  # installed here (the test extra includes postgres): its metadata says the licence
                assert licence == declared_licence(importlib.metadata.distribution(requirement.name))
            except importlib.metadata.PackageNotFoundError:  # .ci/run's venv without the extra
                pass


def test_the_project_itself_declares_mit():
    assert declared_licence(importlib.metadata.distribution("rebound-lint")) in ("MIT", "MIT License")
