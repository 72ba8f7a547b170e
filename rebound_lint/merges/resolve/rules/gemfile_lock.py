"""gemfile-lock-gems: a Bundler Gemfile.lock merged whole, gem by gem.

git's hunks cut across a lockfile's gems; this rule reads the three versions as Bundler writes
them (sections separated by one blank line: GEM/GIT/PATH with their `specs:`, each gem a line at
four spaces with its own dependencies under it; PLATFORMS and DEPENDENCIES one item a line; the
rest, BUNDLED WITH, RUBY VERSION, as whole sections) and merges the gems, not the lines.

Proof of safety:
- Each version is re-written from what was read and must give back its own bytes (LF only, every
  section in the layout above, every list in Bundler's order: specs by `name-version`, the
  others by name, a name once a section), so nothing is lost or re-formatted; the three versions
  have the same sections with the same heads (sources, remotes).
- Every gem (and every whole section) is taken from the one side that changed it, or from both
  when they changed it identically; a gem both sides changed differently (both bumped it) is
  declined, and so is a gem either side removed from DEPENDENCIES (the other side's new code may
  need it: a removal is left to a person).
- The result must be consistent as Bundler checks it: every dependency of every locked gem, and
  every requirement in DEPENDENCIES, names a gem locked in the file at a version that meets its
  requirement (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~>`, compared as RubyGems compares versions).
  So two bumps on two sides that do not fit together (one side's gem needs the other's at a
  version it no longer has) are declined, never merged.
"""
from __future__ import annotations

import re

from ..engine import Merge

RULE = "gemfile-lock-gems"
_HEAD = re.compile(r"^(\S+)(?: \(([^)]*)\))?!?$")
_SOURCES = ("GEM", "GIT", "PATH", "PLUGIN SOURCE")
_KEYED = ("PLATFORMS", "DEPENDENCIES")


class NotLock(Exception):
    pass


def _parse(data: bytes) -> list[tuple[tuple[str, ...], list[tuple[str, str]] | None]]:
    """[(section head lines, [(key, item text)] or None for a whole section)]."""
    if b"\r" in data:
        raise NotLock("CR line endings")
    text = data.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        raise NotLock("not Bundler's ending")
    out = []
    for block in text[:-1].split("\n\n"):
        lines = block.split("\n")
        title = lines[0]
        if title in _SOURCES:
            if "  specs:" not in lines:
                raise NotLock(f"{title} without specs")
            at = lines.index("  specs:") + 1
            head, body, indent = tuple(lines[:at]), lines[at:], 4
        elif title in _KEYED:
            head, body, indent = (title,), lines[1:], 2
        elif title and not title.startswith(" "):
            out.append(((title,), None, block))
            continue
        else:
            raise NotLock(f"unexpected line: {title[:60]}")
        items: list[list[str]] = []
        for line in body:
            lead = len(line) - len(line.lstrip(" "))
            if lead == indent and line.strip():
                match = _HEAD.match(line.strip())
                if not match:
                    raise NotLock(f"unreadable item: {line.strip()[:60]}")
                items.append([match.group(1), line])
            elif lead > indent and items and indent == 4:
                items[-1][1] += "\n" + line
            else:
                raise NotLock(f"unexpected line: {line[:60]}")
        keys = [key for key, _ in items]
        if len(set(keys)) != len(keys):
            raise NotLock(f"a name twice in {title}")
        if [_order(title, item) for item in items] != sorted(_order(title, item) for item in items):
            raise NotLock(f"{title} not in Bundler's order")
        out.append((head, [(key, text) for key, text in items], block))
    if _write([(head, items, block) for head, items, block in out]) != data:
        raise NotLock("not in Bundler's own layout")
    return out


def _order(title: str, item) -> str:
    key, text = item[0], item[1]
    if title in _SOURCES:
        match = _HEAD.match(text.split("\n", 1)[0].strip())
        return f"{key}-{match.group(2) or ''}"
    return key


def _write(sections) -> bytes:
    blocks = []
    for head, items, block in sections:
        blocks.append(block if items is None else "\n".join([*head, *(text for _, text in items)]))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


# --- RubyGems versions and requirements -----------------------------------------------------------

def _segments(version: str) -> list:
    parts = re.findall(r"[0-9]+|[A-Za-z]+", version)
    if not parts or not re.fullmatch(r"[0-9A-Za-z.\-]+", version):
        raise NotLock(f"unreadable version {version}")
    return [int(p) if p.isdigit() else p for p in parts]


def _compare(a: str, b: str) -> int:
    sa, sb = _segments(a), _segments(b)
    while sa and sa[-1] == 0:
        sa.pop()
    while sb and sb[-1] == 0:
        sb.pop()
    for x, y in zip(sa + [0] * (len(sb) - len(sa)), sb + [0] * (len(sa) - len(sb))):
        if x == y:
            continue
        if isinstance(x, int) and isinstance(y, int) or isinstance(x, str) and isinstance(y, str):
            return -1 if x < y else 1
        return -1 if isinstance(x, str) else 1  # a pre-release sorts before a release
    return 0


def _meets(version: str, requirement: str) -> bool:
    match = re.fullmatch(r"\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*", requirement)
    if not match:
        raise NotLock(f"unreadable requirement {requirement}")
    op, wanted = match.group(1) or "=", match.group(2)
    c = _compare(version, wanted)
    if op == "~>":
        parts = [p for p in _segments(wanted)]
        numeric = []
        for p in parts:
            if not isinstance(p, int):
                break
            numeric.append(p)
        if len(numeric) > 1:
            numeric = numeric[:-1]
        numeric[-1] += 1
        return c >= 0 and _compare(version, ".".join(map(str, numeric)) + ".a") < 0
    return {"=": c == 0, "!=": c != 0, ">=": c >= 0, "<=": c <= 0, ">": c > 0, "<": c < 0}[op]


def _locked_version(text: str) -> str:
    version = _HEAD.match(text.split("\n", 1)[0].strip()).group(2) or ""
    return re.sub(r"-[A-Za-z_].*$", "", version)  # a platform gem: 1.6.7.2-x86-mingw32


def _consistent(sections) -> str | None:
    locked: dict[str, list[str]] = {}
    for head, items, _ in sections:
        if items is not None and head[0] in _SOURCES:
            for key, text in items:
                locked.setdefault(key, []).append(_locked_version(text))
    wants: list[tuple[str, str, str]] = []
    for head, items, _ in sections:
        if items is None or head[0] == "PLATFORMS":
            continue
        for key, text in items:
            lines = text.split("\n")
            for line in (lines[1:] if head[0] in _SOURCES else lines):
                match = _HEAD.match(line.strip())
                if not match:
                    return f"unreadable dependency {line.strip()[:60]}"
                wants.append((key, match.group(1), match.group(2) or ""))
    for who, name, requirement in wants:
        versions = locked.get(name)
        if not versions and name == "bundler":  # Bundler itself is never in specs (BUNDLED WITH)
            continue
        if not versions:
            return f"{who} needs {name}, which no side's merge leaves locked"
        for version in versions:
            if version and requirement and not all(_meets(version, r) for r in requirement.split(",")):
                return f"{who} needs {name} ({requirement}), locked at {version}"
    return None


def merge_gems(base: bytes, ours: bytes, theirs: bytes) -> tuple[bytes | None, str]:
    try:
        B, O, T = _parse(base), _parse(ours), _parse(theirs)
        if [s[0] for s in B] != [s[0] for s in O] or [s[0] for s in B] != [s[0] for s in T]:
            return None, "the sides have different sections or sources"
        out = []
        for (head, ib, bb), (_, io, bo), (_, it, bt) in zip(B, O, T):
            if ib is None:
                if bo != bb and bt != bb and bo != bt:
                    return None, f"both sides changed {head[0]}"
                out.append((head, None, bo if bt == bb else bt))
                continue
            db, do, dt = dict(ib), dict(io), dict(it)
            merged = {}
            for key in set(db) | set(do) | set(dt):
                b, o, t = db.get(key), do.get(key), dt.get(key)
                if o != b and t != b and o != t:
                    return None, f"both sides changed {key} in {head[0]}"
                value = o if t == b else t
                if value is None and b is not None and head[0] == "DEPENDENCIES":
                    return None, (f"a side removed the gem {key} from DEPENDENCIES (the other side's new code may "
                                  "need it): a removal is left to a person")
                if value is not None:
                    merged[key] = value
            items = sorted(merged.items(), key=lambda item: _order(head[0], item))
            out.append((head, items, None))
        problem = _consistent(out)
        if problem:
            return None, f"the gems of both sides do not fit together: {problem}"
        return _write(out), ""
    except NotLock as exc:
        return None, f"not a Gemfile.lock in Bundler's layout: {exc}"
    except UnicodeDecodeError:
        return None, "not UTF-8"


def whole_file(merge: Merge) -> tuple[bytes, str] | str | None:
    """The whole-file rule for kind gemfile-lock: (result, why), a refusal, or None."""
    if merge.kind != "gemfile-lock" or not merge.base:
        return None
    data, why = merge_gems(merge.base, merge.ours, merge.theirs)
    if data is None:
        return why
    return data, ("Gemfile.lock merged gem by gem: each gem from the one side that changed it, every "
                  "requirement met by a locked version, in Bundler's order")
