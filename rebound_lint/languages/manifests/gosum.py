"""go.sum: each line is `module version hash` (go refuses another field count: RL442), and one
module@version (or its /go.mod) with two different hashes is both halves of a merge (RL445)."""
from __future__ import annotations

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid


@quiet_on_deliberately_invalid
def check(source, config):
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    for number, line in enumerate(source.text.splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        if len(fields) != 3:
            yield Finding(source.path, number, 1, "RL442",
                          f"malformed go.sum line: {len(fields)} fields, go expects module, version and hash")
            continue
        module, version, digest = fields
        first = seen.get((module, version))
        if first is None:
            seen[(module, version)] = (digest, number)
        elif first[0] != digest:
            yield Finding(source.path, number, 1, "RL445",
                          f"{module} {version} has a second hash (first on line {first[1]}): keep the one "
                          f"`go mod verify` accepts, or run go mod tidy")
