"""The three-way merge of keyed items, shared by the list rules (requirements, go.mod require lines,
imports, `__all__`, changelog entries).

A family turns each side's lines of a hunk into items, each with a key (a package, a module, an
imported name) and its lines. The merge is then the set algebra of the issue's proof: the result
is the base's items, less what either side removed, with what either side changed or added; it
is refused as soon as one key is touched by both sides in different ways (added twice with two
values, changed twice, removed by one and changed by the other). Order: where every version keeps
the run of items sorted, the result is sorted by the same key; else ours' order, with each of
theirs' additions after the item it follows in theirs - unless ours added an item at that very
place: then which goes first is a person's choice (on real merges people pick either), and the
hunk is declined.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Item:
    key: object
    lines: list[bytes]
    sort_key: object = None  # what a sorted file orders by (defaults to the key)

    @property
    def order(self):
        return self.key if self.sort_key is None else self.sort_key


class Refused(Exception):
    """The hunk is not an order-free list of items, or both sides touched one key."""


def by_key(items: list[Item], side: str) -> dict:
    out = {}
    for item in items:
        if item.key in out:
            raise Refused(f"{side} lists {_show(item.key)} twice")
        out[item.key] = item
    return out


def _show(key) -> str:
    if isinstance(key, tuple):
        key = key[-1] if len(key) > 1 and key[0] in ("comment", "line") else " ".join(map(str, key))
    return str(key)


def three_way_beside(base: list[Item], ours: list[Item], theirs: list[Item], beside: list[Item], clash: str, *,
                     sort: bool, related=None, union_at_one_place: bool = False) -> tuple[list[Item], str]:
    """three_way, Refused with `clash` when a merged key is also among the items just outside the
    hunk (`beside`): a side's addition that the context already holds is not a disjoint one."""
    merged, what = three_way(base, ours, theirs, sort=sort, related=related, union_at_one_place=union_at_one_place)
    if {item.key for item in beside} & {item.key for item in merged}:
        raise Refused(clash)
    return merged, what


def three_way(base: list[Item], ours: list[Item], theirs: list[Item], *, sort: bool,
              removals: bool = False, related=None, union_at_one_place: bool = False) -> tuple[list[Item], str]:
    """The merged items and one line saying what each side did; Refused when a key is touched by
    both sides differently, when a side removed an item and `removals` is False (on real merges a
    person often keeps a line one side dropped: a removal is not provably what both meant), or
    when `related(key_a, key_b)` says a key ours touched and one theirs touched belong together
    (a package and its plugin bumped on each side). `union_at_one_place`: where both sides added
    items at one place of a sorted run, the sorted result must also be git's union order there
    (ours' additions, then theirs'), else Refused: people keep either order."""
    b, o, t = by_key(base, "base"), by_key(ours, "ours"), by_key(theirs, "theirs")
    touched_o = {k for k in set(b) | set(o) if k not in b or k not in o or b[k].lines != o[k].lines}
    touched_t = {k for k in set(b) | set(t) if k not in b or k not in t or b[k].lines != t[k].lines}
    if not removals:
        for side, kept in (("ours", o), ("theirs", t)):
            gone = [k for k in b if k not in kept]
            if gone:
                raise Refused(f"{side} removed {_show(gone[0])} (a removal is left to a person)")
    if related is not None:
        for a in touched_o - touched_t:
            for c in touched_t - touched_o:
                if related(a, c):
                    raise Refused(f"ours changed {_show(a)} and theirs {_show(c)}, which go together")
    for key in touched_o & touched_t:
        if o.get(key, None) is None and t.get(key, None) is None:
            continue  # removed by both
        if key in o and key in t and o[key].lines == t[key].lines:
            continue  # the same change on both sides
        raise Refused(f"both sides changed {_show(key)}")
    result = list(ours)
    keys = [item.key for item in result]
    for key in touched_t - touched_o:
        if key not in t:  # theirs removed it; ours kept it as the base had it
            at = keys.index(key)
            del result[at], keys[at]
        elif key in b:  # theirs changed it
            result[keys.index(key)] = t[key]
    theirs_keys = [item.key for item in theirs]
    one_place = False
    added_by_ours = {k for k in touched_o if k not in b}
    for index, item in enumerate(theirs):
        if item.key not in touched_t - touched_o or item.key in b:
            continue  # not an addition of theirs alone
        at = 0
        for previous in reversed(theirs_keys[:index]):
            if previous in keys:
                at = keys.index(previous) + 1
                break
        else:
            following = [k for k in theirs_keys[index + 1:] if k in keys]
            at = keys.index(following[0]) if following else len(keys)
        if (at > 0 and keys[at - 1] in added_by_ours) or (at < len(keys) and keys[at] in added_by_ours):
            if not sort:
                raise Refused("both sides added at the same place, in a list that keeps no order: which goes "
                              "first is a person's choice")
            one_place = True
            while at < len(keys) and keys[at] in added_by_ours:
                at += 1  # git's union order: ours' additions, then theirs'
        result.insert(at, item)
        keys.insert(at, item.key)
    if sort:
        orders = [item.order for item in result]
        if len(set(map(repr, orders))) != len(orders):
            raise Refused("two items sort the same")
        union = list(result)
        result.sort(key=lambda item: item.order)
        if union_at_one_place and one_place and union != result:
            raise Refused("both sides added at one place, and sorted, theirs' would not simply follow ours': "
                          "sorted or git's union order is a person's choice")
    added_o = [_show(k) for k in o if k in touched_o]
    added_t = [_show(k) for k in t if k in touched_t]
    gone = [_show(k) for k in b if k not in o or k not in t]
    what = f"ours changed {', '.join(added_o) or 'nothing'}; theirs changed {', '.join(added_t) or 'nothing'}"
    if gone:
        what += f"; removed: {', '.join(gone)}"
    return result, what


def is_sorted(runs: list[list[Item]]) -> bool:
    """Whether every run (each version's items in order, context included) is sorted by its order,
    with at least three items in each: fewer say nothing about a convention."""
    for run in runs:
        orders = [item.order for item in run]
        if len(orders) < 3 or any(a > b for a, b in zip(orders, orders[1:])):
            return False
    return True


def lines(items: list[Item]) -> list[bytes]:
    return [line for item in items for line in item.lines]
