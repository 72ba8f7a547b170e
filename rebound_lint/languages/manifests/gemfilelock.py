"""Gemfile.lock: sections that may appear once (PLATFORMS, DEPENDENCIES, RUBY VERSION, BUNDLED
WITH, CHECKSUMS) given twice, one gem listed twice in a source's specs (at one version or two, for
one platform) or in DEPENDENCIES or CHECKSUMS (RL441), read with Bundler's own line grammar."""
from __future__ import annotations

import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

ONCE = {"PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"}
SECTION = re.compile(r"^[A-Z][A-Z ]*$")
# Bundler's LockfileParser::NAME_VERSION: name, then version and platform split at the first '-'.
NAME_VERSION = re.compile(r"^( {2}| {4}| {6})(?! )([^ ]+)(?: \(([^-]*)(?:-(.*))?\))?(!)?")


@quiet_on_deliberately_invalid
def check(source, config):
    sections: dict[str, int] = {}
    section, in_specs = "", False
    listed: dict = {}
    for number, line in enumerate(source.text.splitlines(), 1):
        if not line.strip():
            continue
        if SECTION.match(line):
            section, in_specs, listed = line.strip(), False, {}
            if section in ONCE and section in sections:
                yield Finding(source.path, number, 1, "RL441",
                              f"section {section} given twice (first on line {sections[section]}): run bundle lock")
            sections.setdefault(section, number)
            continue
        if line == "  specs:":
            in_specs, listed = True, {}
            continue
        match = NAME_VERSION.match(line)
        if not match:
            continue
        indent, name, version, platform = len(match.group(1)), match.group(2), match.group(3), match.group(4)
        if in_specs and indent == 4:
            key = (name, platform)
        elif section in ("DEPENDENCIES", "CHECKSUMS") and indent == 2:
            key = (name, platform) if section == "CHECKSUMS" else (name,)
        else:
            continue
        if key in listed:
            first_number, first_version = listed[key]
            detail = (f"at {first_version or 'any version'} there, {version or 'any version'} here"
                      if first_version != version else "twice alike")
            where = "specs" if in_specs else section
            yield Finding(source.path, number, 1, "RL441",
                          f"gem {name} listed again in {where} (first on line {first_number}, {detail}): run "
                          f"bundle lock")
        else:
            listed[key] = (number, version)
