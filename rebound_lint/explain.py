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
    "RL111": Explanation(
        "PythonDuplicateDefinition",
        "Two versions of one function or class in one scope: both halves of a conflict kept. The file parses "
        "and the second silently wins, used in between or not (pyflakes stays silent when the first copy is "
        "used before the second). Overloads, property accessors, `register` decorators, `_` and definitions "
        "in different if/try branches are fine.",
        "def create_app():\n    return Flask(__name__)\n\n\ndef create_app():\n    app = Flask(__name__)\n"
        "    app.config['DEMO'] = True\n    return app\n",
        "def create_app():\n    app = Flask(__name__)\n    app.config['DEMO'] = True\n    return app\n", "python"),
    "RL112": Explanation(
        "PythonDuplicateDictKey",
        "A dict literal with the same constant key twice: the second value silently wins.",
        "DEFAULTS = {\n    'timeout': 30,\n    'retries': 2,\n    'timeout': 45,\n}\n",
        "DEFAULTS = {\n    'timeout': 45,\n    'retries': 2,\n}\n", "python"),
    "RL113": Explanation(
        "PythonDuplicateImport",
        "The same name imported twice in one run of imports: two import blocks concatenated. Harmless by "
        "itself, but the sign that a conflict was resolved by keeping both halves.",
        "from .routes.demo import demo_bp\nfrom .routes.auth import auth_bp\nfrom .routes.demo import demo_bp\n",
        "from .routes.auth import auth_bp\nfrom .routes.demo import demo_bp\n", "python"),
    "RL114": Explanation(
        "PythonRepeatedStatement",
        "The same statement (or run of statements) twice in a row, such as a blueprint registered twice. "
        "Statements that are repeated on purpose (calls without arguments or with constants only, `next()`, "
        "augmented assignments, asserts) and repeats inside loops and tests are not reported.",
        "def register(app):\n    app.register_blueprint(demo_bp)\n    app.register_blueprint(demo_bp)\n",
        "def register(app):\n    app.register_blueprint(demo_bp)\n", "python"),
    "RL115": Explanation(
        "PythonDuplicateAllEntry",
        "A name listed twice in `__all__`, close together: two halves of the list kept.",
        "__all__ = ['create_app', 'register', 'create_app']\n", "__all__ = ['create_app', 'register']\n",
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
    "RL211": Explanation(
        "SqlDuplicateColumn",
        "A column defined twice in one CREATE TABLE. The parser accepts it; PostgreSQL refuses it when the "
        "migration runs, which is too late.",
        "CREATE TABLE analytics_consent (\n    id BIGSERIAL PRIMARY KEY,\n    user_id BIGINT NOT NULL,\n"
        "    user_id BIGINT NOT NULL\n);\n",
        "CREATE TABLE analytics_consent (\n    id BIGSERIAL PRIMARY KEY,\n    user_id BIGINT NOT NULL\n);\n", "sql"),
    "RL212": Explanation(
        "SqlDuplicateObject",
        "The same table, index, type, sequence, view or function (same argument types) created twice in one "
        "file: two versions of a migration kept. IF NOT EXISTS on the second, or a DROP in between, is fine.",
        "CREATE INDEX consent_user_idx ON analytics_consent (user_id);\n"
        "CREATE INDEX consent_user_idx ON analytics_consent (user_id, granted);\n",
        "CREATE INDEX consent_user_idx ON analytics_consent (user_id, granted);\n", "sql"),
    "RL213": Explanation(
        "SqlColumnAddedTwice",
        "ALTER TABLE adds the same column twice (or adds a column the same file's CREATE TABLE has): the "
        "migration fails halfway. ADD COLUMN IF NOT EXISTS is fine.",
        "ALTER TABLE orders ADD COLUMN region TEXT;\nALTER TABLE orders ADD COLUMN region TEXT NOT NULL DEFAULT 'eu';\n",
        "ALTER TABLE orders ADD COLUMN region TEXT NOT NULL DEFAULT 'eu';\n", "sql"),
    "RL214": Explanation(
        "SqlRepeatedStatement",
        "The same statement twice in a row (a hypertable created twice, a row inserted twice). Transaction "
        "control, SET, `SELECT <constant>` and IF [NOT] EXISTS statements may repeat.",
        "SELECT create_hypertable('trace_events', 'ts');\nSELECT create_hypertable('trace_events', 'ts');\n",
        "SELECT create_hypertable('trace_events', 'ts');\n", "sql"),
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
    "RL311": Explanation(
        "JavaScriptDuplicateKey",
        "An object literal with the same key twice: the second silently wins. A getter and a setter of one "
        "name are a pair, not a duplicate; computed keys are not compared.",
        "export const DEFAULTS = { timeout: 30, retries: 2, timeout: 45 };\n",
        "export const DEFAULTS = { timeout: 45, retries: 2 };\n", "javascript"),
    "RL312": Explanation(
        "JavaScriptDuplicateClassMember",
        "A class member defined twice: two versions of a method kept, the second wins. Getter/setter pairs and "
        "a static and an instance member of one name are fine.",
        "export class Store {\n  load(id) { return api.get(id); }\n  load(id, opts) { return api.get(id, opts); }\n}\n",
        "export class Store {\n  load(id, opts) { return api.get(id, opts); }\n}\n", "javascript"),
    "RL313": Explanation(
        "JsxDuplicateAttribute",
        "A JSX element with the same attribute twice: the last one wins.",
        "export const Row = () => <li className=\"row\" key=\"a\" className=\"row active\" />;\n",
        "export const Row = () => <li className=\"row active\" key=\"a\" />;\n", "jsx"),
    "RL314": Explanation(
        "JavaScriptDuplicateCase",
        "A switch with the same case label twice: the second branch never runs.",
        "switch (action.type) {\n  case 'add': return s + 1;\n  case 'reset': return 0;\n  case 'add': return s + 2;\n}\n",
        "switch (action.type) {\n  case 'add': return s + 2;\n  case 'reset': return 0;\n}\n", "javascript"),
    "RL315": Explanation(
        "JavaScriptRepeatedStatement",
        "The same statement (or run of statements) twice in a row, such as middleware registered twice. "
        "Calls without arguments or with literals only, updates, loops and test files are not reported.",
        "app.use(demoRouter);\napp.use(demoRouter);\n", "app.use(demoRouter);\n", "javascript"),
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
    "RL404": Explanation(
        "YamlRepeatedListItem",
        "A list of mappings where an item (or a run of items) with the same id, name or key comes twice in "
        "a row: both halves of a conflict in the list kept. For env vars, the last one silently wins.",
        "env:\n  - name: TIMEOUT\n    value: '30'\n  - name: TIMEOUT\n    value: '45'\n",
        "env:\n  - name: TIMEOUT\n    value: '45'\n", "yaml"),
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
    "RL413": Explanation(
        "JsonRepeatedArrayItem",
        "An array of objects where an item (or a run of items) with the same id, name or key comes twice in "
        "a row: both halves of a conflict kept.",
        '{\n  "users": [\n    {"id": 1, "name": "a"},\n    {"id": 2, "name": "b"},\n    {"id": 2, "name": "b2"}\n  ]\n}\n',
        '{\n  "users": [\n    {"id": 1, "name": "a"},\n    {"id": 2, "name": "b2"}\n  ]\n}\n', "json"),
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
    "RL515": Explanation(
        "AlembicHeadsAfterMerge",
        "This change's migration and one the base gained since the branch started name the same parent. "
        "Each branch alone has one head; merged, alembic finds two. Numbered apart, no prefix check sees it. "
        "Needs `--base`.",
        "base:    0039_main.py:    down_revision = '0037'\nthis PR: 0040_feature.py: down_revision = '0037'\n",
        "base:    0039_main.py:    down_revision = '0037'\nthis PR: 0040_feature.py: down_revision = '0039'\n"),
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
    "RL701": Explanation(
        "MergeLeftMarkers",
        "`rebound-lint audit`: a merge commit on the branch committed a file with conflict markers. The "
        "finding names the merge and the conflict region.",
        "merge 1a2b3c4: backend_v2/api/__init__.py committed with a conflict block at lines 15-21\n",
        "the merge resolves every conflict before it is committed\n"),
    "RL702": Explanation(
        "ConflictBothSidesKept",
        "A conflict was resolved by keeping both sides verbatim (ours then theirs, or theirs then ours) in a "
        "file type where that is unsafe. `audit` finds it in merges on the branch; `check` finds it during a "
        "merge, rebase or cherry-pick, before the commit. Files that git merges with `merge=union`, and the "
        "`union-safe` globs (changelogs by default), may keep both.",
        f"{OPEN} HEAD\n    app.register_blueprint(a_bp)\n{MID}\n    app.register_blueprint(b_bp)\n{CLOSE} b\n"
        "resolved as:\n    app.register_blueprint(a_bp)\n    app.register_blueprint(b_bp)\n"
        "(fine here only if both registrations are meant; rebound-lint asks you to look)\n",
        "a resolution written for the file: one side, or the two combined by hand\n"),
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
