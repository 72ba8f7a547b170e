"""A partial replay: the last whole-tree `check` with a few tracked files modified since.

replay.py has found the remembered entry still holding in everything but the working tree's
content: the same index, build and looks (every config, attributes file, migration directory
and file a repo-level check read), and `git diff-files` names the tracked files that differ from
the index. A file's per-file result depends on its own bytes, its config, its selection
(marker size, vendored or not) and what its check read through languages/context.py (each read
a look: a modified file another verdict read fails its look, and the full run follows), so the
remembered findings of every other file still hold, and so do the repo-level ones (each file
they read is a look, and the looks hold). Only the modified files are checked again, through the runner and the per-file
cache as a full run checks them, and their findings take the place of the remembered ones.

Anything this cannot reproduce exactly gets the full run (None): a modified file that is not a
regular file, or was not one of the entry's "plain" files (pipeline._plain: tracked, the run's
own config, default marker size, every check, nothing but findings, no repo-level finding at its
path); more than MAX_FILES of them; a new result with a note, a notice or an error, or an
unreadable or crashed file; a folder the new parse errors could make an invalid-input corpus;
an entry that already reported such a corpus; a damaged entry."""
from __future__ import annotations

import os
import stat

MAX_FILES = 32  # beyond this many modified files the full run, which uses every core, is as quick
CORPUS_NOTE = "a corpus of invalid inputs"  # test_inputs.invalid_corpora's note
NOT_REPLAYED = ("RL011", "RL013")  # unreadable, crashed or timed out: never stood in for


def partial(entry: dict, options: dict, top: str, modified: bytes, started: float) -> int | None:
    """The exit code after printing the report, or None for the full run (nothing printed): any
    surprise before the report is printed means the full run, as for a replay."""
    try:
        decided = _decided(entry, top, modified)
    except Exception:  # a partial replay is an optimisation
        return None
    if decided is None:
        return None
    from ..report.finish import ReportOptions, finish_check

    findings, suppressed, checked_again = decided
    notes = entry["notes"] + [f"replayed the result of an earlier run for every file but {checked_again} modified "
                              f"since, checked again (`rebound-lint cache clean` forgets it)"]
    return finish_check(findings, notes, entry["notices"], [], entry["files_checked"], started,
                        ReportOptions(**options["report"]), suppressed)


def _decided(entry: dict, top: str, modified: bytes) -> tuple | None:
    """(findings, suppressed, files checked again) as the full run would decide them, or None."""
    plain = entry.get("plain")
    if not isinstance(plain, list) or any(CORPUS_NOTE in note for note in entry["notes"]):
        return None
    rels = list(dict.fromkeys(rel for rel in modified.decode("utf-8", "surrogateescape").split("\0") if rel))
    if not rels or len(rels) > MAX_FILES:
        return None
    from pathlib import Path

    from ..paths import display_path

    prefix, known, targets = f"{os.getcwd()}{os.sep}", set(plain), []
    for rel in rels:
        path = Path(top, *rel.split("/"))
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                return None
        except OSError:  # deleted, or a directory above it is closed: the full run says so
            return None
        display = display_path(path, prefix)
        if display not in known:
            return None
        targets.append((path, display))
    return _check_again(entry, top, targets)


def _check_again(entry: dict, top: str, targets: list) -> tuple | None:
    from pathlib import Path

    from .. import decide, runner
    from ..baseline import BaselineError
    from ..config import load_config
    from ..findings import Finding
    from ..languages.test_inputs import CORPUS_MIN_FAILING, PARSE_ERRORS
    from .cache import Cache, default_dir

    config = load_config(Path.cwd())
    if config.notice:
        return None
    items = [runner.Item(path, display, within=(top, "the repository")) for path, display in targets]
    store = Cache(default_dir(config.root))
    try:
        result = runner.run(items, config, 0, None, store)
    finally:
        store.close()
    if (store.problem or result.notes or result.notices or result.errors or result.noisy
            or result.files_checked != len(items) or any(f.code in NOT_REPLAYED for f in result.findings)):
        return None
    again = {display for _, display in targets}
    kept = [Finding.from_row(row) for row in entry["findings"]]
    kept_suppressed = [(Finding.from_row(row[:7]), row[7]) for row in entry["suppressed"]]
    if None in kept or any(finding is None for finding, _ in kept_suppressed):
        return None
    kept = [f for f in kept if f.path not in again]
    kept_suppressed = [(f, why) for f, why in kept_suppressed if f.path not in again]
    if _makes_a_corpus(kept, result.findings, PARSE_ERRORS, CORPUS_MIN_FAILING):
        return None
    new = decide.with_severity(sorted(result.findings), config)
    try:
        new, accepted = decide.baselined(new, config)
    except BaselineError:
        return None
    findings = sorted(kept + new)
    suppressed = kept_suppressed + [(f, "comment") for f in result.suppressed] + [(f, "baseline") for f in accepted]
    suppressed.sort(key=lambda pair: pair[0])
    return findings, suppressed, len(items)


def _makes_a_corpus(kept: list, new: list, parse_errors, minimum: int) -> bool:
    """Whether a folder could now hold an invalid-input corpus (test_inputs.invalid_corpora: at
    least `minimum` files of one suffix failing with one parse error): the full run decides that."""
    if not any(f.code in parse_errors for f in new):
        return False
    failing: dict = {}
    for f in kept + new:
        if f.code in parse_errors:
            failing.setdefault((os.path.dirname(f.path), os.path.splitext(f.path)[1].lower(), f.code), set()).add(f.path)
    return any(len(paths) >= minimum for paths in failing.values())

