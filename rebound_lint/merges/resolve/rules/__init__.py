"""The resolver's rules: one module per family, one registry (as rules.py is for findings).

A rule is `rule(merge, hunk)` returning a `Resolution` (the hunk's lines and why they are what
both sides meant), a string (why this rule, which applies to the hunk, refuses it: the hunk is
declined whatever later rules say), or None (the rule has nothing to say about the hunk).
Each rule's docstring states its proof of safety; docs/resolver.md collects them.

A whole-file rule (FILE_RULES) is `rule(merge)` for the formats whose hunks do not line up with
their entries (a lockfile): (the whole result, why), a refusal string, or None; it is asked first.
"""
from __future__ import annotations

from ..engine import Hunk, Merge, Resolution
from . import (changelog, data_keys, definitions, gemfile_lock, golang, imports, requirements, same_change, sorted_lines,
               yarn_lock)

# In order: the first rule that resolves or refuses a hunk decides it.
RULES = (
    same_change.identical,
    same_change.same_data,
    requirements.requirement_lines,
    data_keys.disjoint_keys,
    golang.require_lines,
    golang.sum_lines,
    changelog.entries,
    sorted_lines.names,
    imports.import_block,
    imports.name_list,
    definitions.definitions,
)

# Whole-file rules, as (rule id, rule); the first that speaks decides the file.
FILE_RULES = (
    (yarn_lock.RULE, yarn_lock.whole_file),
    (gemfile_lock.RULE, gemfile_lock.whole_file),
)


def resolve_file(merge: Merge) -> tuple[str, bytes, str] | str | None:
    """(rule id, the whole result, why) from the first whole-file rule that resolves the merge, the
    refusal of the first that refuses it, or None when none speaks (the hunks go to RULES)."""
    for name, rule in FILE_RULES:
        answer = rule(merge)
        if isinstance(answer, str):
            return answer
        if answer is not None:
            return name, answer[0], answer[1]
    return None


def resolve_hunk(merge: Merge, hunk: Hunk) -> tuple[Resolution | None, str]:
    """The hunk's resolution by the first rule that speaks, or (None, why it is left)."""
    for rule in RULES:
        answer = rule(merge, hunk)
        if isinstance(answer, Resolution):
            return answer, ""
        if isinstance(answer, str):
            return None, answer
    return None, "no rule proves a resolution safe"
