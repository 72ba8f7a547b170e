"""yarn.lock: left whole to yarn and a person (a whole-file refusal).

An entry-by-entry merge of a yarn 1 lockfile (each package's entries from the one side that
changed them, in yarn's order) can be proved consistent, but it is not what people commit: they
re-run yarn on a conflicted yarn.lock (yarn 1 merges the conflict itself on `yarn install`; some
then deduplicate the lock), or merge it by hand. On the yardstick such a merge was the
person's bytes in 5 of 8 files; the other 3 were a deduplicated lock and two hand merges out of
yarn's order, and nothing in the three versions told them apart (neither the size of each side's
change, nor packages locked at two versions, nor which side added or removed entries). So the
file is declined, never merged line by line either: its hunks do not line up with its entries.
The rule that did the merge was `yarn-lock-entries` (git history: rules/yarn_lock.py up to
db7521e).
"""
from __future__ import annotations

from ..engine import Merge

RULE = "yarn-lock"


def whole_file(merge: Merge) -> str | None:
    """A refusal for every yarn.lock, or None for other files."""
    if merge.kind != "yarn-lock":
        return None
    return ("a yarn.lock is yarn's to merge (people re-run `yarn install`, which merges a conflicted "
            "yarn.lock itself, or dedupe it): left to a person")
