"""Another linter's suppression of the very defect a rule reports: the author's word that it is meant.

ESLint reports a key written twice in one object (no-dupe-keys), a class member defined twice
(no-dupe-class-members), a switch case twice (no-duplicate-case) and a JSX attribute twice
(react/jsx-no-duplicate-props); a project that keeps one on purpose says so to ESLint on that line
(roundcube's .eslintrc.js overrides rules it set earlier in the same object, each override marked
`// eslint-disable-line no-dupe-keys`). A half kept from a conflict carries no such comment for its
copy, so a finding whose line a comment waives for that rule, by name, is a --debug note:

- `// eslint-disable-line RULE` on the reported line, `// eslint-disable-next-line RULE` on the line
  above it (oxlint reads the same comments, with `oxlint-` too);
- `/* eslint-disable RULE */` ... `/* eslint-enable */` around it (or to the file's end);
- biome's `// biome-ignore lint/<group>/<rule>: why` on the line above it.

A comment that names no rule (`// eslint-disable-line`) says nothing about which defect is meant and
waives nothing; nor does one in a string. A waived line written twice, word for word (both halves of a
conflict that each added the same override), is still reported at its copy. YAML's yamllint comments
are read by the YAML checker (yaml.py), Python's pyflakes and pylint comments by python/halves.py.
"""
from __future__ import annotations

import re

from .repeats import FIRST_ON_LINE

# each rule's names in the linters that report the same defect (the last part of a plugin's name: ESLint's
# `@typescript-eslint/no-dupe-class-members`, biome's `lint/suspicious/noDuplicateObjectKeys`), lower case
NAMES = {
    "RL311": frozenset({"no-dupe-keys", "noduplicateobjectkeys"}),
    "RL312": frozenset({"no-dupe-class-members", "noduplicateclassmembers"}),
    "RL313": frozenset({"jsx-no-duplicate-props", "noduplicatejsxprops"}),
    "RL314": frozenset({"no-duplicate-case", "noduplicatecase"}),
}
DIRECTIVE = re.compile(r"^(?:eslint|oxlint)-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$"
                       r"|^biome-ignore[ \t]+([^:\s]+)", re.S)
PREFILTER = ("eslint-", "oxlint-", "biome-ignore")


def waived(source, findings: list) -> list:
    """findings less those a comment waives for the same defect by another linter's rule name (a --debug note)."""
    candidates = [finding for finding in findings if finding.code in NAMES]
    if not candidates:
        return findings
    try:
        text = source.text
    except (UnicodeDecodeError, ValueError):
        return findings
    if not any(opener in text for opener in PREFILTER):
        return findings
    lines_waived = _waived_lines(text)
    if not lines_waived:
        return findings
    lines = text.split("\n")
    dropped, copies = [], {}
    for finding in candidates:
        if NAMES[finding.code] & lines_waived.get(finding.line, frozenset()):
            first = FIRST_ON_LINE.search(finding.message)
            row = lines[finding.line - 1].strip() if 0 < finding.line <= len(lines) else ""
            key = (finding.code, first.group(1) if first else "", row)
            if key in copies:  # the same waived line again, word for word: a copy, not the author's override
                continue
            copies[key] = finding
            dropped.append(finding)
    if not dropped:
        return findings
    source.note(f"{len(dropped)} finding(s) not reported: a comment waives that very defect for another linter "
                f"({dropped[0].code} on line {dropped[0].line}: the author's word that it is meant)")
    return [finding for finding in findings if finding not in dropped]


def _rules(listed: str) -> set[str]:
    """The rule names a directive lists (`a, b -- why` or `a b`), each by its last part, lower case."""
    listed = listed.split("--", 1)[0].split("*/", 1)[0]
    return {name.rsplit("/", 1)[-1].lower() for name in re.split(r"[\s,]+", listed) if name}


def _waived_lines(text: str) -> dict[int, set[str]]:
    """line -> the rule names comments waive there."""
    from ..suppression import _comments

    directives = []
    for line, comment, _alone in _comments(text, "c"):
        body = comment.strip()
        for opener in ("//", "/*", "*"):
            if body.startswith(opener):
                body = body[len(opener):].lstrip()
                break
        if not body.startswith(PREFILTER):
            continue
        match = DIRECTIVE.match(body)
        if match is None:
            continue
        if match.group(3) is not None:  # biome-ignore: the next line
            directives.append((line, "disable-next-line", _rules(match.group(3))))
        else:
            directives.append((line, match.group(1), _rules(match.group(2))))
    waived: dict[int, set[str]] = {}
    open_blocks: dict[str, int] = {}  # rule -> the line its disable comment is on
    last = text.count("\n") + 1
    for line, verb, rules in sorted(directives, key=lambda d: d[0]):
        if verb == "disable-line":
            waived.setdefault(line, set()).update(rules)
        elif verb == "disable-next-line":
            waived.setdefault(line + 1, set()).update(rules)
        elif verb == "disable":
            for rule in rules:  # a disable that names no rule disables everything: it names no defect
                open_blocks.setdefault(rule, line)
        else:
            for rule in (rules or list(open_blocks)):
                start = open_blocks.pop(rule, None)
                if start is not None:
                    for covered in range(start, line + 1):
                        waived.setdefault(covered, set()).add(rule)
    for rule, start in open_blocks.items():
        for covered in range(start, last + 1):
            waived.setdefault(covered, set()).add(rule)
    return waived
