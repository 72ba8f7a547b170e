"""Per-rule explanations: a name, why it matters, and a bad and a good example.

`rebound-lint rules --explain CODE` prints one; `rules --markdown` renders all of them for the README.
"""
from __future__ import annotations

from dataclasses import dataclass

from .findings import RULES

# Markers are assembled so that this file never holds one at the start of a line.
OPEN, MID, CLOSE, BASE = "<" * 7, "=" * 7, ">" * 7, "|" * 7


@dataclass(frozen=True)
class Explanation:
    name: str  # a readable identifier (SARIF `name`), distinct from the code
    why: str
    bad: str
    good: str
    lang: str = ""  # for the examples' code fences


EXPLANATIONS: dict[str, Explanation] = {
    "RL001": Explanation(
        "ConflictBlock",
        "A merge or rebase left a whole conflict block in the file. Git writes these blocks into any text "
        "file, so every text file is checked, not only code.",
        f"{OPEN} HEAD\nTIMEOUT = 30\n{MID}\nTIMEOUT = 45\n{CLOSE} feature/slow-backends\n",
        "TIMEOUT = 45\n", "python"),
    "RL002": Explanation(
        "OrphanClosingMarker",
        "A closing marker with no opening one: the classic trace of a resolver that deleted the top of the "
        "block and forgot the bottom.",
        f"TIMEOUT = 45\n{CLOSE} feature/slow-backends\n", "TIMEOUT = 45\n", "python"),
    "RL003": Explanation(
        "UnclosedConflictBlock",
        "An opening marker that is never closed: half a conflict block was deleted.",
        f"{OPEN} HEAD\nTIMEOUT = 30\nTIMEOUT = 45\n", "TIMEOUT = 45\n", "python"),
    "RL010": Explanation(
        "NotUtf8",
        "The file is not valid UTF-8, so no parser can read it the way the interpreter or database will; "
        "often a Latin-1 half pasted into a UTF-8 file during a resolution.",
        "name = 'Caf\\xe9'   # the byte 0xE9 alone, not UTF-8\n", "name = 'Café'\n"),
    "RL011": Explanation(
        "Unreadable",
        "The file cannot be read: a permission problem or a symlink to nothing. Nothing in it was checked.",
        "config.yaml -> ../shared/config.yaml   (target missing)\n", "config.yaml   (a regular, readable file)\n"),
    "RL012": Explanation(
        "TooDeep",
        "The file nests deeper than the parser can follow (thousands of brackets). Real code never does; "
        "a generated or corrupted file might.",
        "x = [[[[[[[[ ... 5,000 levels ... ]]]]]]]]\n", "x = load_matrix('matrix.json')\n"),
    "RL101": Explanation(
        "PythonSyntaxError",
        "The file does not parse as Python of the configured `python-version` (libcst decides, so 3.12+ "
        "grammar passes even when the tool runs on an older Python).",
        "def register(app):\n    app.register_blueprint(demo_bp)\n        app.register_blueprint(admin_bp)\n",
        "def register(app):\n    app.register_blueprint(demo_bp)\n    app.register_blueprint(admin_bp)\n", "python"),
    "RL102": Explanation(
        "PythonCompileError",
        "The file parses but Python refuses to compile it: a `from __future__` import below other code (two "
        "module headers concatenated), `return` outside a function, and the like.",
        "import os\nfrom __future__ import annotations\n", "from __future__ import annotations\nimport os\n",
        "python"),
    "RL201": Explanation(
        "SqlSyntaxError",
        "The file does not parse as SQL of the configured dialect (pglast for Postgres, with PL/pgSQL bodies "
        "of functions and DO blocks parsed too; sqlglot for others).",
        "ALTER TABLE orders ADD COLUMN region text\nALTER TABLE orders ADD COLUMN channel text;\n",
        "ALTER TABLE orders ADD COLUMN region text;\nALTER TABLE orders ADD COLUMN channel text;\n", "sql"),
    "RL202": Explanation(
        "SqlNotUnderstood",
        "sqlglot gave up and kept several statements as one opaque command, which would hide garbage. "
        "Reported so that nothing passes unparsed.",
        "CREATE TABLE a (id int)\nGRANT SELECT ON a TO reader;\n",
        "CREATE TABLE a (id int);\nGRANT SELECT ON a TO reader;\n", "sql"),
    "RL301": Explanation(
        "JavaScriptSyntaxError",
        "The file does not parse as modern JavaScript/JSX (esprima-fork: ES2022+, JSX, module or script).",
        "export function Panel() {\n  return <div>{items.map(i => <Row key={i.id} />)}</div>\n  </div>\n}\n",
        "export function Panel() {\n  return <div>{items.map(i => <Row key={i.id} />)}</div>\n}\n",
        "jsx"),
    "RL302": Explanation(
        "JavaScriptDuplicateDeclaration",
        "The same `let`, `const`, `class` or import binding declared twice in one scope: an early error "
        "that engines refuse to load. Typical of two halves of an import block kept.",
        "import { api } from './api';\nimport { api } from './api';\n", "import { api } from './api';\n",
        "javascript"),
    "RL401": Explanation(
        "YamlSyntaxError",
        "The file does not parse as YAML.",
        "services:\n  web:\n    image: app:1.4\n   ports: ['8080:80']\n",
        "services:\n  web:\n    image: app:1.4\n    ports: ['8080:80']\n", "yaml"),
    "RL402": Explanation(
        "YamlDuplicateKey",
        "A key appears twice in one mapping. Most YAML loaders keep the last one silently, so one side of "
        "the merge is lost. Every duplicate is reported, not only the first.",
        "dark_mode:\n  enabled: false\ndark_mode:\n  enabled: true\n", "dark_mode:\n  enabled: true\n", "yaml"),
    "RL403": Explanation(
        "YamlDuplicateMergeKey",
        "More than one `<<` merge key in one mapping; the YAML merge-key spec allows one (use a list).",
        "defaults: &defaults {retries: 2}\ngpu: &gpu {runner: gpu}\njob:\n  <<: *defaults\n  <<: *gpu\n",
        "defaults: &defaults {retries: 2}\ngpu: &gpu {runner: gpu}\njob:\n  <<: [*defaults, *gpu]\n", "yaml"),
    "RL411": Explanation(
        "JsonSyntaxError",
        "The file does not parse as JSON (comments are accepted in files known to be JSONC, such as "
        "tsconfig.json).",
        '{\n  "name": "trademaster-ui",\n  "version": "2.3.0"\n  "private": true\n}\n',
        '{\n  "name": "trademaster-ui",\n  "version": "2.3.0",\n  "private": true\n}\n', "json"),
    "RL412": Explanation(
        "JsonDuplicateKey",
        "A key appears twice in one object; parsers keep one of them silently.",
        '{\n  "dependencies": {\n    "react": "^18.3.1",\n    "react": "^19.0.0"\n  }\n}\n',
        '{\n  "dependencies": {\n    "react": "^19.0.0"\n  }\n}\n', "json"),
    "RL501": Explanation(
        "MigrationPrefixCollision",
        "Two migrations in one directory share a number, so the order they run in is undefined (or the "
        "tool refuses to run). Happens when two PRs each take the next free number.",
        "console/migrations/versions/0037_add_region.py\nconsole/migrations/versions/0037_promote_dark_mode.py\n",
        "console/migrations/versions/0037_add_region.py\nconsole/migrations/versions/0038_promote_dark_mode.py\n"),
    "RL502": Explanation(
        "MigrationPrefixTaken",
        "A migration this change adds uses a number that the base branch already has: someone merged first. "
        "Renumber before merging.",
        "base:   db/migrations/021_orders_region.sql\nthis PR: db/migrations/021_orders_channel.sql\n",
        "base:   db/migrations/021_orders_region.sql\nthis PR: db/migrations/022_orders_channel.sql\n"),
    "RL503": Explanation(
        "MigrationOutOfOrder",
        "A migration this change adds is numbered below the base's highest, so databases already past that "
        "number will never run it.",
        "base:   0038_promote_dark_mode.py\nthis PR: 0036_backfill_regions.py\n",
        "base:   0038_promote_dark_mode.py\nthis PR: 0039_backfill_regions.py\n"),
    "RL504": Explanation(
        "MigrationNameMismatch",
        "A file in a migration directory does not match the directory's naming pattern, so it is either "
        "never run or run out of order.",
        "console/migrations/versions/37_add_region.py\n", "console/migrations/versions/0037_add_region.py\n"),
    "RL511": Explanation(
        "AlembicDuplicateRevision",
        "Two alembic migrations declare the same `revision` id (a file copied from the other side of a "
        "conflict and renamed, but not re-identified).",
        "0037_a.py: revision = 'c0ffee370001'\n0038_b.py: revision = 'c0ffee370001'\n",
        "0037_a.py: revision = 'c0ffee370001'\n0038_b.py: revision = 'c0ffee380001'\n"),
    "RL512": Explanation(
        "AlembicMultipleHeads",
        "The revision graph has more than one head: two migrations name the same parent. "
        "`alembic upgrade head` stops with 'Multiple head revisions are present'.",
        "0037_add_region.py:        down_revision = '0036'\n0037_promote_dark_mode.py: down_revision = '0036'\n",
        "0037_add_region.py:        down_revision = '0036'\n0038_promote_dark_mode.py: down_revision = '0037'\n"),
    "RL513": Explanation(
        "AlembicUnknownParent",
        "A `down_revision` names a revision no file declares: the parent was renumbered or dropped.",
        "0038_promote_dark_mode.py: down_revision = '0037_old'\n",
        "0038_promote_dark_mode.py: down_revision = '0037'\n"),
    "RL514": Explanation(
        "AlembicCycle",
        "The revision graph loops, so alembic cannot order it.",
        "0037: down_revision = '0038'\n0038: down_revision = '0037'\n",
        "0037: down_revision = '0036'\n0038: down_revision = '0037'\n"),
    "RL601": Explanation(
        "FlagWithoutPromotion",
        "A flag added to the feature-flag registry must ship with its `NNNN_promote_<flag>.py` migration in "
        "the same change, or it is never switched on in the console. Needs `--base` to know what is new.",
        "feature_flags.yaml: + dark_mode: {enabled: false}\n(no console/migrations/versions/00XX_promote_dark_mode.py)\n",
        "feature_flags.yaml: + dark_mode: {enabled: false}\nconsole/migrations/versions/0038_promote_dark_mode.py\n"),
    "RL602": Explanation(
        "FlagRemoved",
        "A flag left the registry. Information only: check that no code still reads it.",
        "feature_flags.yaml: - legacy_checkout: {enabled: true}\n", "(information: nothing to fix if intended)\n"),
    "RL603": Explanation(
        "FlagRenamed",
        "A flag seems renamed (one removed, one added with the same settings). Information only: the "
        "promotion migration must use the new name.",
        "feature_flags.yaml: - darkmode: {...}\nfeature_flags.yaml: + dark_mode: {...}\n",
        "(information: nothing to fix if intended)\n"),
    "RL801": Explanation(
        "PlanSharedFile",
        "Within a burst, PRs merge in parallel; two that touch the same file will conflict, and a conflict "
        "resolved in a hurry is how the incident happened. `plan --check` reports it with the file.",
        "bursts:\n  - [726, 335]   # both edit .github/workflows/ci.yml\n",
        "bursts:\n  - [726, 536]\n  - [335]\n"),
    "RL802": Explanation(
        "PlanSoloFileInBurst",
        "Some files (the blueprint registry, the flag registry, app.py, console migrations, package.json) "
        "force a PR to merge alone on a fresh main; configured under [tool.rebound-lint.plan].",
        "bursts:\n  - [654, 655]   # 654 edits backend_v2/app.py\n",
        "bursts:\n  - [655]\nsolo: [654]\n"),
    "RL803": Explanation(
        "PlanMigrationsInBurst",
        "Two PRs that each add a migration pick numbers from the same head and collide; migration-adding PRs "
        "merge one a burst, numbered at dispatch time.",
        "bursts:\n  - [508, 509]   # both add db/migrations/02X_*.sql\n",
        "bursts:\n  - [508]\n  - [509]\n"),
    "RL804": Explanation(
        "PlanDependencyOrder",
        "A PR must merge after the PRs it depends on (`depends_on`, or 'Depends on #N' in a PR body); in the "
        "same burst is too early.",
        "solo: [1766, 1764]   # 1766 depends on 1764\n", "solo: [1764, 1766]\n"),
    "RL805": Explanation(
        "PlanBlockedScheduled",
        "A PR marked blocked (or depending on a blocked PR) must not be dispatched until its blocker clears.",
        "bursts:\n  - [1613, 593]   # 1613 waits for an operator decision\n",
        "bursts:\n  - [593]\nblocked: [1613]\n"),
    "RL806": Explanation(
        "PlanUnknownOrDuplicatePR",
        "The plan names a PR twice, or a PR the manifests do not have (a typo, or a stale plan).",
        "bursts:\n  - [593, 578]\n  - [578]\n", "bursts:\n  - [593, 578]\n"),
    "RL807": Explanation(
        "PlanMissingPR",
        "A PR in the manifests is neither scheduled nor listed as blocked: it would be forgotten.",
        "bursts:\n  - [593]   # 578 is in the manifests too\n", "bursts:\n  - [593, 578]\n"),
}


def explain(code: str) -> str:
    """Plain-text explanation of one rule, as `rules --explain` prints it."""
    rule = EXPLANATIONS[code]
    return (f"{code} {rule.name}: {RULES[code]}\n\n{rule.why}\n\nBad:\n{_indent(rule.bad)}\n"
            f"Good:\n{_indent(rule.good)}")


def markdown() -> str:
    """Every rule as a README section: heading, why, bad and good examples (indented code blocks,
    so that a marker example never starts a line)."""
    parts = []
    for code, rule in EXPLANATIONS.items():
        parts.append(f"#### {code} `{rule.name}`: {RULES[code]}\n\n{rule.why}\n\nBad:\n\n{_indent(rule.bad)}\n"
                     f"Good:\n\n{_indent(rule.good)}")
    return "\n".join(parts)


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in text.splitlines())
