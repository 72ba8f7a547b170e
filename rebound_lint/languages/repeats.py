"""Back-to-back repeated runs in a sequence (statements, list items): the shape that keeping both
halves of a conflict leaves when both halves held the same lines."""
from __future__ import annotations

from typing import Callable, Iterator

from .test_inputs import is_test_file  # noqa: F401  (the halves modules import it from here)

MAX_RUN = 10
# Every "both halves kept" finding ends with this: the rule saw the shape a conflict resolved by
# keeping both sides leaves, which is all it knows (most such files never were in a merge). A
# possibility, never an accusation: only the author knows how the repeat came about.
BOTH_SIDES = " (possibly both sides of a merge conflict kept)"

def repeated_runs(length: int, same: Callable[[int, int, int], bool], accept: Callable[[int, int], bool],
                  max_run: int = MAX_RUN) -> Iterator[tuple[int, int]]:
    """(i, k) for each run items[i:i+k] repeated at items[i+k:i+2k], shortest run first, left to
    right, never overlapping; `same(a, b, k)` compares items[a:a+k] with items[b:b+k] and
    `accept(i, k)` says whether such a repetition matters."""
    i = 0
    while i < length:
        for k in range(1, min(max_run, (length - i) // 2) + 1):
            if same(i, i + k, k) and accept(i, k):
                yield i, k
                i += 2 * k - 1
                break
        i += 1


def equal_slices(keys: list) -> Callable[[int, int, int], bool]:
    return lambda a, b, k: keys[a:a + k] == keys[b:b + k]
