"""yarn.lock. Yarn 1's own format is read with a parser of its grammar (entries of comma-separated
descriptors, two-space indented fields, quoted or bare words): a line outside it is RL442; one
descriptor in two entries (at one version or two) and a field given twice in one entry are RL443.
Yarn 2+ ("berry") lockfiles are YAML: the YAML checker gives the verdict, then the same descriptor
check runs on their entries."""
from __future__ import annotations

import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[^\s,:"]+')
KEYS_LINE = re.compile(r'^((?:"(?:[^"\\]|\\.)*"|[^\s,:"][^\s,"]*?)(?:,\s*(?:"(?:[^"\\]|\\.)*"|[^\s,:"][^\s,"]*?))*):\s*$')
FIELD_LINE = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s,:"]+)\s+("(?:[^"\\]|\\.)*"|[^\s"]+(?:[ \t]+[^\s"]+)*)\s*$')


@quiet_on_deliberately_invalid
def check(source, config):
    text = source.text
    if re.search(r"^__metadata:", text, re.M):
        from ..yaml import check as yaml_check

        findings = list(yaml_check(source, config))
        if findings:
            return findings
        return list(_berry_descriptors(source.path, text))
    return list(_classic(source.path, text))


def _unquote(token: str) -> str:
    if token.startswith('"'):
        import json

        try:
            return json.loads(token)
        except ValueError:
            return token[1:-1]
    return token


class _Entry:
    __slots__ = ("line", "descriptors", "version")

    def __init__(self, line: int, descriptors: list[str]) -> None:
        self.line, self.descriptors, self.version = line, descriptors, None


def _classic(path: str, text: str):
    entries: list[_Entry] = []
    fields: list[dict] = []  # the open blocks of the current entry: field name -> line
    depth = 0  # how many indent levels the next line may use
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if line[indent] == "\t" or indent % 2:
            yield Finding(path, number, indent + 1, "RL442", "yarn.lock lines are indented by two spaces a level")
            return
        level = indent // 2
        if level > depth:
            yield Finding(path, number, indent + 1, "RL442", "line indented deeper than its block")
            return
        keys = KEYS_LINE.match(stripped)
        field = FIELD_LINE.match(stripped) if not keys else None
        if level == 0:
            if not keys:
                if FIELD_LINE.match(stripped):  # a top-level setting (`strict-ssl false`): yarn's grammar allows it
                    depth = 0
                    continue
                yield Finding(path, number, 1, "RL442", "expected an entry (descriptors followed by ':') or a setting")
                return
            entries.append(_Entry(number, [_unquote(t) for t in TOKEN.findall(keys.group(1))]))
            fields, depth = [{}], 1
            continue
        del fields[level:]
        depth = level
        if keys and "," not in keys.group(1):
            name = _unquote(keys.group(1))
            if name in fields[-1]:
                yield Finding(path, number, indent + 1, "RL443",
                              f"field {name!r} given twice in one entry (first on line {fields[-1][name]})")
            fields[-1][name] = number
            fields.append({})
            depth = level + 1
        elif field:
            name = _unquote(field.group(1))
            if name in fields[-1]:
                yield Finding(path, number, indent + 1, "RL443",
                              f"field {name!r} given twice in one entry (first on line {fields[-1][name]})")
            fields[-1][name] = number
            if level == 1 and name == "version" and entries[-1].version is None:
                entries[-1].version = _unquote(field.group(2))
        else:
            yield Finding(path, number, indent + 1, "RL442", "expected a field (name and value) or a block (name:)")
            return
    yield from _descriptors(path, entries)


def _descriptors(path: str, entries: list[_Entry]):
    seen: dict[str, _Entry] = {}
    for entry in entries:
        for descriptor in entry.descriptors:
            first = seen.get(descriptor)
            if first is None:
                seen[descriptor] = entry
                continue
            if first.version != entry.version:
                detail = f"at {first.version} there, {entry.version} here"
            else:
                detail = f"both at {entry.version}"
            yield Finding(path, entry.line, 1, "RL443",
                          f"{descriptor} already has an entry on line {first.line} ({detail}): both halves of a "
                          f"merge kept? run yarn install to rebuild the lockfile")
            break


BERRY_ENTRY = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s#][^:]*?):\s*$')
BERRY_VERSION = re.compile(r'^  version:\s*"?([^"\s]+)"?\s*$')


def _berry_descriptors(path: str, text: str):
    entries: list[_Entry] = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = BERRY_ENTRY.match(line)
        if entry:
            key = _unquote(entry.group(1))
            entries.append(_Entry(number, [part.strip() for part in key.split(",") if part.strip()]))
        elif entries:
            version = BERRY_VERSION.match(line)
            if version:
                entries[-1].version = version.group(1)
    yield from _descriptors(path, [entry for entry in entries if entry.descriptors != ["__metadata"]])
