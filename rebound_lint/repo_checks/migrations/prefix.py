"""Checks of migrations ordered by a number or version in their names: the same number twice
(RL501), a number this change adds that the base already took (RL502) or that sits below the
base's highest (RL503), names that miss the directory's pattern (RL504)."""
from __future__ import annotations

from collections import defaultdict

from ...findings import Finding
from .established import established, hint
from .versioned import migration_of


def next_free(prefixes, width: int) -> str:
    numbers = [int(p) for p in prefixes if p.isdigit()]
    return str((max(numbers) if numbers else 0) + 1).zfill(width)


def unmatched(directory, names, prefixes, display):
    for name in names:
        if name not in prefixes and name[:1].isdigit():
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL504",
                          f"migration file name does not match the pattern {directory.pattern!r} of {directory.path}/")


def collisions(directory, prefixes, display, skip=(), view=None):
    """RL501 for each prefix two migrations share (the files of one migration, its up and down
    halves and per-dialect variants, share it by design: versioned.migration_of), but those the
    `allow` list names, and (given the view) those not this change's: with a base, unless the
    change added one of the files; without one, unless history shows the project has lived with
    it (established.py). Reported once per migration, at its first file (an up file first)."""
    groups = defaultdict(list)
    for name, prefix in prefixes.items():
        groups[prefix].append(name)
    allowed = set(directory.allow)
    added = set(view.added_in(directory.path)) if view is not None and view.base is not None else None
    clashing = {prefix: sorted(group) for prefix, group in sorted(groups.items())
                if len({migration_of(name) for name in group}) >= 2 and prefix not in skip
                and not all(name in allowed for name in group) and (added is None or added & set(group))}
    settled = established(view, directory.path, clashing) if view is not None else set()
    tail = f"; {hint(directory.path)}" if view is not None and view.base is None else ""
    for prefix, group in clashing.items():
        if prefix in settled:
            continue
        files = defaultdict(list)  # migration -> its files, an up file first
        for name in sorted(group, key=lambda n: (".down." in n, n)):
            files[migration_of(name)].append(name)
        migrations = sorted(files, key=lambda m: min(files[m]))
        new = [m for m in migrations if not all(name in allowed for name in files[m])]
        for migration in new if len(new) < len(migrations) else migrations[1:]:
            name = files[migration][0]
            others = ", ".join(n for n in group if migration_of(n) != migration)
            yield Finding(
                display(f"{directory.path}/{name}"), 1, 1, "RL501",
                f"migration prefix {prefix} is also used by {others}; "
                f"renumber to {next_free(prefixes.values(), len(prefix))} (next free){tail}",
            )


def against_base(view, directory, prefixes, display, out_of_order=True):
    """RL502, and RL503 unless out_of_order is false (a graph, not the numbers, orders alembic)."""
    regex = directory.regex
    on_base = {name: m.group("prefix") for name in view.list_dir_at(view.tip, directory.path)
               if (m := regex.search(name))}
    if not on_base:
        return
    highest = max(on_base.values(), key=lambda p: int(p) if p.isdigit() else -1)
    for name in view.added_in(directory.path):
        prefix = prefixes.get(name)
        if prefix is None or name in on_base:
            continue
        pool = list(on_base.values()) + [p for n, p in prefixes.items() if n != name]
        fix = next_free(pool, len(prefix))
        taken = sorted(n for n, p in on_base.items() if p == prefix)
        if taken:
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL502",
                          f"migration prefix {prefix} is already taken on {view.base_ref} by {', '.join(taken)}; "
                          f"renumber to {fix} (next free)")
        elif out_of_order and prefix.isdigit() and highest.isdigit() and int(prefix) < int(highest):
            yield Finding(display(f"{directory.path}/{name}"), 1, 1, "RL503",
                          f"migration prefix {prefix} is below {view.base_ref}'s highest ({highest}); "
                          f"renumber to {fix} (next free)")


