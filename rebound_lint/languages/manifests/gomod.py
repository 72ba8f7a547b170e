"""go.mod, read with the grammar of golang.org/x/mod/modfile: directives alone or in `( )` blocks,
`//` comments, quoted or bare words. A line it cannot read is RL451; one module required twice
(RL452) or one module (at one version) replaced twice (RL453) in one file is a finding."""
from __future__ import annotations

import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

VERBS = {"module", "go", "toolchain", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"}
WORD = re.compile(r'"(?:[^"\\]|\\.)*"|`[^`]*`|=>|\(|\)|\[|\]|,|[^\s"`()\[\],]+')


def _words(line: str) -> list[str]:
    comment = _comment_start(line)
    return [w[1:-1] if w[:1] in '"`' else w for w in WORD.findall(line[:comment])]


def _comment_start(line: str) -> int:
    i, quote = 0, ""
    while i < len(line):
        char = line[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 2
                continue
            if char == quote:
                quote = ""
        elif char in '"`':
            quote = char
        elif line.startswith("//", i):
            return i
        i += 1
    return len(line)


@quiet_on_deliberately_invalid
def check(source, config):
    required: dict[str, tuple[str, int]] = {}
    replaced: dict[tuple[str, str], tuple[str, int]] = {}
    block, block_line = "", 0
    for number, line in enumerate(source.text.splitlines(), 1):
        words = _words(line)
        if not words:
            continue
        if block:
            if words == [")"]:
                block = ""
                continue
            verb, args = block, words
        else:
            verb, args = words[0], words[1:]
            if verb not in VERBS:
                yield Finding(source.path, number, 1, "RL451", f"unknown directive: {verb}")
                continue
            if args == ["("]:
                block, block_line = verb, number
                continue
        problem = _problem(verb, args)
        if problem:
            yield Finding(source.path, number, 1, "RL451", problem)
            continue
        if verb == "require":
            path, version = args[0], args[1]
            first = required.get(path)
            if first:
                detail = f"at {first[0]} there" if first[0] != version else "at the same version"
                yield Finding(source.path, number, 1, "RL452",
                              f"{path} required again (first on line {first[1]}, {detail}): run go mod tidy")
            else:
                required[path] = (version, number)
        elif verb == "replace":
            arrow = args.index("=>")
            old = (args[0], args[1] if arrow == 2 else "")
            target = " ".join(args[arrow + 1:])
            first = replaced.get(old)
            if first:
                yield Finding(source.path, number, 1, "RL453",
                              f"{' '.join(filter(None, old))} replaced again (first on line {first[1]}"
                              f"{', by ' + first[0] if first[0] != target else ', alike'}): go refuses two "
                              f"replacements of one module")
            else:
                replaced[old] = (target, number)
    if block:
        yield Finding(source.path, block_line, 1, "RL451", f"{block} block opened here is never closed")


def _problem(verb: str, args: list[str]) -> str | None:
    if ")" in args or "(" in args:
        return "unexpected parenthesis"
    if verb == "require" and len(args) != 2:
        return "usage: require module/path v1.2.3"
    if verb == "exclude" and len(args) != 2:
        return "usage: exclude module/path v1.2.3"
    if verb == "replace":
        if args.count("=>") != 1 or args.index("=>") not in (1, 2) or len(args) - args.index("=>") - 1 not in (1, 2):
            return "usage: replace module/path [v1.2.3] => other/module v1.4.5 (or => ./local/dir)"
    if verb in ("module", "go", "toolchain") and len(args) != 1:
        return f"usage: {verb} takes one argument"
    return None
