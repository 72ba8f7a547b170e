"""Values of `check`'s options, parsed one way for the CLI (which turns a ValueError into a
usage error) and for a replay (which leaves anything invalid to the CLI). No click here."""
from __future__ import annotations

from collections.abc import Iterable


def rule_codes(values: Iterable[str]) -> tuple[str, ...]:
    """Comma-separated rule codes or prefixes, upper-cased; ValueError names an unknown one."""
    from .rules import is_known_prefix

    codes = tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())
    for code in codes:
        if not is_known_prefix(code):
            raise ValueError(f"unknown rule code {code!r} (see `rebound-lint rules`)")
    return codes


def shard(value: str) -> tuple[int, int]:
    """K/N with 1 <= K <= N; ValueError says what is wrong."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise ValueError(f"expected K/N such as 2/4, got {value!r}") from None
    if not 1 <= k <= n:
        raise ValueError(f"K must be between 1 and N, got {value!r}")
    return k, n
