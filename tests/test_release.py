"""A release a pre-commit user can pin: one version everywhere, and a changelog entry for it."""
from __future__ import annotations

import re
import tomllib

from conftest import ROOT

import rebound_lint


def test_package_version_and_pyproject_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert rebound_lint.__version__ == project["version"]


def test_the_changelog_and_the_readme_name_the_current_release():
    version = rebound_lint.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(version)} ", changelog, re.M), "CHANGELOG.md has no entry for this version"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"rev: v{version}" in readme and "rev: v0.1.0" not in readme
