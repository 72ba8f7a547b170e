"""THE rule catalogue: every rule's code, name, default severity, pre-commit hooks, summary,
explanation and a bad and a good example (the tests run both). Code groups: RL0xx markers and
file problems, RL1xx Python, RL2xx SQL, RL3xx JS/TS, RL4xx data formats (RL40x YAML, RL41x JSON,
RL42x TOML, RL43x pip requirements, RL44x lockfiles, RL45x go.mod, RL46x INI, RL47x XML), RL5xx
migrations, RL6xx flags, RL7xx audit and guard, RL8xx plan. The README's rule section,
`rules`, `rules --explain`, SARIF rule metadata, JSON summaries, the hooks' rule selections and
each finding's default severity all derive from it. Emit sites give a code and a message only.

Not imported by a replayed run (store/replay.py) unless its report needs a rule's text."""
from __future__ import annotations

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)  # most severe first
FILE_HOOKS = ("python", "sql", "javascript", "yaml", "manifests")  # hooks that parse files, so report unreadable ones


class Rule:
    """One catalogue row. A plain class: this module is loaded by every worker."""

    __slots__ = ("code", "name", "severity", "hooks", "summary", "why", "bad", "good", "lang", "certain")

    def __init__(self, code: str, name: str, severity: str, hooks: tuple[str, ...], summary: str, *, why: str,
                 bad: str, good: str, lang: str = "", certain: str = "") -> None:
        self.code, self.name, self.severity, self.hooks = code, name, severity, hooks
        self.summary, self.why, self.bad, self.good = summary, why, bad, good
        # An `error` needs certainty: why a healthy file cannot trigger it (every error rule says;
        # a rule that cannot is a warning). tests/test_explain.py enforces it.
        self.certain = certain
        self.lang = lang  # the examples' language (their code fences, and the file the tests check); "" not runnable


CATALOGUE: tuple[Rule, ...] = (
    Rule('RL001', 'ConflictBlock', ERROR, ("conflict-markers",),
         'merge conflict block left in the file',
         why=('A merge or rebase left a whole conflict block in the file. Git writes these blocks into any text'
              ' file, so every text file is checked, not only code.'),
         certain=("Git writes these markers; no language's healthy file has a full <<<<<<< / ======= / >>>>>>> "
                  "block at the start of lines (a file that shows them as text, such as a merge tool's tests, says "
                  'so with a suppression comment; a Markdown page\'s example in a fenced code block, with '
                  '`<!-- rebound-lint: ignore[RL001] -->` just above the fence: a fence alone proves nothing, a real '
                  'conflict in a code sample looks the same).'),
         bad='<<<<<<< HEAD\nTIMEOUT = 30\n=======\nTIMEOUT = 45\n>>>>>>> feature/slow-backends\n',
         good='TIMEOUT = 45\n', lang='python'),
    Rule('RL002', 'OrphanClosingMarker', ERROR, ("conflict-markers",),
         'closing conflict marker (>>>>>>>) without an opening one',
         why=('A closing marker with no opening one: the classic trace of a resolver that deleted the top of '
              'the block and forgot the bottom.'),
         certain=("A line starting with seven '>' and a space then a name is git's closing marker; outside a "
                  'conflict block no format uses it.'),
         bad='TIMEOUT = 45\n>>>>>>> feature/slow-backends\n',
         good='TIMEOUT = 45\n', lang='python'),
    Rule('RL003', 'UnclosedConflictBlock', ERROR, ("conflict-markers",),
         'conflict block opened (<<<<<<<) but never closed',
         why='An opening marker that is never closed: half a conflict block was deleted.',
         certain='An opening marker line with no closing one is half a conflict block; no format writes it.',
         bad='<<<<<<< HEAD\nTIMEOUT = 30\nTIMEOUT = 45\n',
         good='TIMEOUT = 45\n', lang='python'),
    Rule('RL009', 'UnknownSuppressionCode', WARNING, ("conflict-markers", *FILE_HOOKS),
         'suppression comment names an unknown rule code',
         why=('A `rebound-lint: ignore[...]` (or Python `noqa: RL...`) comment names a code that no rule has: '
              'a typo, so the finding it meant to silence is still reported, or a code from another tool.'),
         bad='x = compute()  # rebound-lint: ignore[RL9999]\n',
         good='x = compute()  # rebound-lint: ignore[RL114]\n', lang='python'),
    Rule('RL010', 'NotUtf8', ERROR, FILE_HOOKS,
         'file is not valid UTF-8',
         why=('The file is not valid UTF-8, so no parser can read it the way the interpreter or database will; '
              'often a Latin-1 half pasted into a UTF-8 file during a resolution.'),
         certain=('The interpreter, database or tool reads the file as UTF-8 (or as the encoding it declares); '
                  'bytes that are not valid there are read wrongly or refused.'),
         bad="name = 'Caf\\xe9'   # the byte 0xE9 alone, not UTF-8\n",
         good="name = 'Café'\n"),
    Rule('RL011', 'Unreadable', ERROR, ("conflict-markers", *FILE_HOOKS),
         'file cannot be read (permissions, broken symlink, not a regular file)',
         why=('The file cannot be read: a permission problem or a symlink to nothing. Nothing in it was '
              'checked. A link into what the checkout does not make (a submodule not checked out, a '
              'virtualenv\'s site-packages, node_modules, a path git ignores), or a dangling link in test data '
              '(a file-system library\'s tests of link handling), is a --debug note instead.'),
         certain=('A file the repository tracks that cannot be read (a symlink to nothing, no permission) cannot '
                  'be used by whatever reads it either.'),
         bad='config.yaml -> ../shared/config.yaml   (target missing)\n',
         good='config.yaml   (a regular, readable file)\n'),
    Rule('RL012', 'TooDeep', ERROR, FILE_HOOKS,
         'file nests too deeply to parse',
         why=('The file nests deeper than the parser can follow (thousands of brackets). Real code never does; '
              'a generated or corrupted file might.'),
         certain=("Thousands of nested brackets: no hand-written source does it, and the language's own parser "
                  'refuses or crashes on it too.'),
         bad='x = [[[[[[[[ ... 5,000 levels ... ]]]]]]]]\n',
         good="x = load_matrix('matrix.json')\n"),
    Rule('RL013', 'ParserCrashed', ERROR, FILE_HOOKS,
         'the parser crashed on this file',
         why=('Checking the file crashed its parser (a native crash such as a segfault), took longer than the '
              'per-file time limit (60 s) or ran out of memory (4 GiB unless `worker-memory-limit` says otherwise), so '
              'nothing in it but conflict markers was '
              'checked. The rest of the run is unaffected. Real code rarely does this; a generated, corrupted or '
              'hostile file might (50,000 terms in one SQL expression crash pglast).'),
         certain=("A file that crashes its parser, or takes over a minute or 4 GiB, is not one the project's own "
                  'tools read either; nothing in it was checked.'),
         bad="SELECT 1 + 1 + 1 + ... 50,000 terms ... + 1;\n",
         good="SELECT sum(value) FROM terms;\n"),
    Rule('RL014', 'UnconfirmedSyntaxError', INFO, FILE_HOOKS,
         'a parser with known gaps rejects the file and no second opinion confirms it (a note)',
         why=('A parser that is not authoritative for the file\'s exact language and version (tree-sitter-typescript,'
              ' esprima, ruamel.yaml; see docs/parsers.md) rejects the file, and an independent second parser '
              '(oxc for TypeScript and JavaScript, saphyr through py-yaml12 for YAML) accepts it or cannot judge it. '
              'The file may be valid code that the first parser does not know, so this is a note that never fails a '
              'run: look at the line if the file changed in a merge.'),
         bad=('const Button = styled.button<{ primary: boolean }>`\n'
              '  color: ${(p) => (p.primary ? "white" : "black")};\n'
              '`;\n'
              '(tree-sitter-typescript rejects it; oxc, and TypeScript, accept it)\n'),
         good='(a note: nothing to fix when the file is valid)\n'),
    Rule('RL101', 'PythonSyntaxError', ERROR, ("python",),
         'Python syntax error',
         why=('The file does not parse as Python of the configured `python-version` (else the lowest '
              '`requires-python`, else the newest grammar): grammar newer than the target, such as a `match` '
              'statement under 3.9, is an error naming the version, and libcst decides grammar newer than the '
              'running interpreter, so 3.12+ grammar passes even when the tool runs on an older Python).'),
         certain=("CPython's compile() (and libcst for newer grammar) is authoritative for Python 3 of the target "
                  'version; Python 2 sources, and IPython kept as .py (magics and shell escapes; the rest compiles), are '
                  'recognised and reported as RL014 notes instead.'),
         bad=('def register(app):\n'
              '    app.register_blueprint(demo_bp)\n'
              '        app.register_blueprint(admin_bp)\n'),
         good=('def register(app):\n'
               '    app.register_blueprint(demo_bp)\n'
               '    app.register_blueprint(admin_bp)\n'), lang='python'),
    Rule('RL102', 'PythonCompileError', ERROR, ("python",),
         'Python compile-time error (late __future__ import, return outside function, ...)',
         why=('The file parses but Python refuses to compile it: a `from __future__` import below other code '
              '(two module headers concatenated), `return` outside a function, and the like.'),
         certain=('CPython refuses to compile the file. A top-level return or yield in a file that defines '
                  'nothing, or uses plpy (a PL/Python body kept as .py), is an RL014 note instead: it is not a '
                  'Python module; so is a top-level await in a file that compiles for an async runner (Pyodide, '
                  'IPython, `python -m asyncio`); and so is any compile-time error in a MicroPython package (a '
                  'manifest.py of metadata()/module()/package() calls in its folder or up to two above), whose '
                  'compiler is not CPython\'s.'),
         bad='import os\nfrom __future__ import annotations\n',
         good='from __future__ import annotations\nimport os\n', lang='python'),
    Rule('RL111', 'PythonDuplicateDefinition', ERROR, ("python",),
         'Python function or class defined twice in one scope',
         why=('Two versions of one function or class in one scope: both halves of a conflict kept. The file '
              'parses and the second silently wins. Reported when nothing read the first copy before the second '
              'replaced it (a call from inside a function body runs later and gets the second copy, so it does '
              'not count); a helper used, then redefined on purpose (a mock patched in twice) is fine. So are '
              'overloads, copies each handed to its own decorator call (two routes, two signal senders: the call '
              'keeps what it registers), property accessors and other descriptor chains rooted at the name (`@total.expression`,'
              ' `@w.inplace.setter`), `register` decorators, `_`, definitions in different if/try '
              'branches, semgrep rule test targets (`# ruleid:` annotations: never run) and a static analyser\'s '
              'annotated cases in a test folder (jedi\'s `#? int()` lines: code written to be analysed). Inside a '
              'test\'s function body, a decorated definition or a class with bases is the test\'s scenario (a '
              'listener or serializer registered: the decorator took the first; a subclass created for its hooks '
              'or for pickling), and so are one-line definitions (a grammar test\'s `def g(): yield 1`), not a '
              'dead copy; in a test module, a redefinition whose line alone carries a bare `# noqa` was marked '
              'where flake8 reported it. A test or fixture defined twice in a test module\'s own scope is '
              'reported (the first never runs).'),
         certain=('The second definition replaces the first before anything used it, so the first is dead code the '
                  'author never meant (pyflakes reports it as F811); overloads, property chains, registrations and '
                  'branches are recognised.'),
         bad=('def create_app():\n'
              '    return Flask(__name__)\n'
              '\n'
              '\n'
              'def create_app():\n'
              '    app = Flask(__name__)\n'
              "    app.config['DEMO'] = True\n"
              '    return app\n'),
         good=('def create_app():\n'
               '    app = Flask(__name__)\n'
               "    app.config['DEMO'] = True\n"
               '    return app\n'), lang='python'),
    Rule('RL112', 'PythonDuplicateDictKey', ERROR, ("python",),
         'Python dict literal with the same key twice',
         why=('A dict literal with the same constant key twice: the second value silently wins. A literal that '
              'writes one key three times or more (`{1: 1, 1: 1, 1: 1, ...}`, bytecode made for a test) is so on '
              'purpose: a conflict\'s two halves double a key once.'),
         certain='Python keeps the last value: the first is silently lost, which no author means (pyflakes F601).',
         bad="DEFAULTS = {\n    'timeout': 30,\n    'retries': 2,\n    'timeout': 45,\n}\n",
         good="DEFAULTS = {\n    'timeout': 45,\n    'retries': 2,\n}\n", lang='python'),
    Rule('RL113', 'PythonDuplicateImport', WARNING, ("python",),
         'Python name imported twice in one scope',
         why=('The same name imported twice in one run of imports: two import blocks concatenated. Harmless by '
              'itself, but the sign that a conflict was resolved by keeping both halves. A run that imports one '
              'name three times or more (a test of the import machinery) does so on purpose, and so does a '
              'test\'s function body. A name given twice within one statement on one line (`from typing import '
              'Optional, List, Optional`) is not reported: a merge keeps whole lines, so it never writes that.'),
         bad=('from .routes.demo import demo_bp\n'
              'from .routes.auth import auth_bp\n'
              'from .routes.demo import demo_bp\n'),
         good='from .routes.auth import auth_bp\nfrom .routes.demo import demo_bp\n', lang='python'),
    Rule('RL114', 'PythonRepeatedStatement', WARNING, ("python",),
         'Python statement (or run of statements) repeated back-to-back',
         why=('The same statement (or run of statements) twice in a row, such as a blueprint registered twice. '
              'Statements that are repeated on purpose (calls without arguments or with constants only, '
              'calls whose arguments advance as they run (`next()`, `await`, a yield), calls that take the next item each time (`pop`, `read`, `expect`, `wait`), removals (`del x[i]`, or an `if` that only removes: `if L[-1] == 0: del L[-1]` twice drops two zeros), augmented assignments, asserts, a run that steps a cursor it reads: `pack_into(f, buf, pos, n)` then `pos += 2`, twice, '
              'writes two fields, a `with` block whose context is a name or a call with constants only and whose statements are none '
              'of these: `with timer("sort"): print(sort(xs))` run again to show a cache) and repeats inside loops, tests and benchmarks (`bench/`, `benchmarks/`, `bench_x.py`: a warm-up runs the same code again) are not reported. ' + 'Not reported where the repeats are data, not a doubled hunk: a run that comes three times or more in a row, '
              'a file where this rule finds more than 4 repeated runs, and recorded test data (under `testdata/`, '
              '`__snapshots__/`, `golden/`, `expected/`, a test folder\'s `scans/` or `data/`, a folder named for test data such as `regression_data/`, an expected-output '
              'file, or a data file beside its expected output: `x-in.json` and `x-out.json`), or where a comment on the repeated line, or right above the first copy with none between the copies, says the repeat is meant (`# double usage is intentional`; `// A second call then ...` above a pair), or that annotates the copy apart from the first (a comment block of its own right above it, neither the block above the first copy nor its end; or a different comment right after each copy, `// Expected output: ...`); a --debug note says so.'),
         bad=('def register(app):\n'
              '    app.register_blueprint(demo_bp)\n'
              '    app.register_blueprint(demo_bp)\n'),
         good='def register(app):\n    app.register_blueprint(demo_bp)\n', lang='python'),
    Rule('RL115', 'PythonDuplicateAllEntry', ERROR, ("python",),
         'Python name listed twice in __all__',
         why='A name listed twice in `__all__`, close together: two halves of the list kept.',
         certain=('A name listed twice in __all__ is a copy, never a meaning: star-imports and documentation see '
                  'the name once.'),
         bad="__all__ = ['create_app', 'register', 'create_app']\n",
         good="__all__ = ['create_app', 'register']\n", lang='python'),
    Rule('RL116', 'PythonImplicitConcatenation', WARNING, ("python",),
         'Python string literals on separate lines joined into one item (a missing comma)',
         why=('Two string literals on separate lines with nothing between them are one string. Inside a list, '
              'tuple, set or call arguments whose other items are comma-separated strings, that is a lost '
              'comma: the classic merge of two appended entries where the first had no trailing comma, one '
              'wrong entry and no error anywhere. A long string deliberately split is left alone: in '
              'parentheses of its own, pieces that meet at a space, a piece that is not a word or a name (a '
              'space, a hash\'s `$`) among items that are, a piece much longer than any item, no sibling string item, the pattern given to `re.sub` and its kin, a call\'s argument whose first piece is another argument (`s.replace(old, '
              'old \'more\')`), a piece '
              'that leaves a bracket open for a later piece to close (a regular expression split into its '
              'alternatives), a piece that opens a markup element a later piece closes (an HTML snippet), a piece that ends with a separator no item ends with (a URL split after its `?` '
              'or an `&`).'),
         bad=("INSTALLED = [\n    'billing',\n    'auth'\n    'demo',\n]\n"),
         good=("INSTALLED = [\n    'billing',\n    'auth',\n    'demo',\n]\n"), lang='python'),
    Rule('RL201', 'SqlSyntaxError', ERROR, ("sql",),
         'SQL syntax error',
         why=('The file does not parse as SQL of its dialect: pglast (PostgreSQL\'s own grammar) for PostgreSQL, '
              'with PL/pgSQL bodies of functions and DO blocks parsed too, reported at the body line where the '
              'parser stops. The dialect is decided per file (docs/sql-dialects.md): a `sql-dialects` glob, a '
              'folder or file name that names a database (`migrations/mysql/`, Flyway\'s `db/migration/h2/`), '
              'syntax no PostgreSQL file has (`AUTO_INCREMENT`, backquotes, `PRAGMA`, `GO`, `ENGINE = '
              'MergeTree`), `sql-dialect`, else PostgreSQL. sqlglot, which reads the other dialects, is '
              'authoritative for none: there only what is certain in every dialect is reported (text no '
              'tokenizer reads, unbalanced parentheses, a `;` or `,` lost between two statements or columns). '
              'Only certain syntax errors are reported; what may not be one is '
              'a `--debug` note, the statement is left out and the rest of the file is still checked. '
              'Placeholders a tool fills in as text (`@extschema@`, `@extowner@`, any `@name@`, '
              '`MODULE_PATHNAME`) are read as the names they stand for. psql: meta-commands are skipped (`\\g`, `\\gset`, `\\gexec`, '
              '`\\watch` ... end the query), and so is `COPY ... FROM STDIN` data up to `\\.`; a `:variable` '
              'at an error is read as a string, then as nothing, and if the statement still fails there '
              '(the variable stands for a query or a statement) it is left out. Not reported: checks of the '
              'bundled parser\'s PostgreSQL version that are not syntax errors, syntax newer than it '
              '(CREATE PROPERTY GRAPH, GRAPH_TABLE, REPACK ...), PL/pgSQL errors that come from having no '
              'catalog (LookupExplicitNamespace, "x.y is not a known variable"). Statements may fail on '
              'purpose in a pg_regress suite (a `sql/` directory inside a `test`, `tests`, `regress` or '
              '`regression` tree, whose `expected/` output records the errors, or anywhere a `sql/x.sql` '
              'beside an `expected/` folder that holds `x.out` or `x_1.out`: PGXS\'s layout in an extension\'s '
              'root, as orafce and pgaudit have it; `sql/16.3/x.sql` beside `expected/16.3/x.out` too) and after `\\set ON_ERROR_STOP off`: there only a '
              'statement that begins on a new line inside an unfinished one (a lost `;`) is reported.'),
         certain=("pglast (libpg_query, PostgreSQL's own parser) rejects it for PostgreSQL; other dialects are the "
                  "SQL checker's to say (docs/sql-dialects.md)."),
         bad=('ALTER TABLE orders ADD COLUMN region text\n'
              'ALTER TABLE orders ADD COLUMN channel text;\n'),
         good=('ALTER TABLE orders ADD COLUMN region text;\n'
               'ALTER TABLE orders ADD COLUMN channel text;\n'), lang='sql'),
    Rule('RL202', 'SqlNotUnderstood', ERROR, ("sql",),
         'SQL the parser could not understand (several statements fused into one)',
         why=('sqlglot gave up and kept several statements as one opaque command, which would hide garbage: '
              'reported when a statement keyword opens a line inside it after a line that ends as a statement '
              'can (a lost `;`), outside procedural bodies and in a dialect that needs the `;` (not T-SQL).'),
         certain=('A statement keyword opening a line inside one opaque command, after a line that ends as a '
                  'statement can, is a lost `;` in every dialect that needs one (procedural bodies and T-SQL '
                  'are not judged).'),
         bad='CREATE TABLE a (id int)\nGRANT SELECT ON a TO reader;\n',
         good='CREATE TABLE a (id int);\nGRANT SELECT ON a TO reader;\n', lang='sql'),
    Rule('RL211', 'SqlDuplicateColumn', ERROR, ("sql",),
         'SQL column defined twice in one CREATE TABLE',
         why=('A column defined twice in one CREATE TABLE. The parser accepts it; the database refuses it when '
              'the migration runs, which is too late (checked in every dialect: on pglast\'s tree for PostgreSQL, '
              'on sqlglot\'s for the others, as RL212-RL214 are). Reported at the second definition, the line to delete. '
              'Not reported where a failure may be the point (a pg_regress suite, an ON_ERROR_STOP off '
              'section, a transaction that is rolled back).'),
         certain='The database refuses a CREATE TABLE that defines a column twice.',
         bad=('CREATE TABLE analytics_consent (\n'
              '    id BIGSERIAL PRIMARY KEY,\n'
              '    user_id BIGINT NOT NULL,\n'
              '    user_id BIGINT NOT NULL\n'
              ');\n'),
         good=('CREATE TABLE analytics_consent (\n'
               '    id BIGSERIAL PRIMARY KEY,\n'
               '    user_id BIGINT NOT NULL\n'
               ');\n'), lang='sql'),
    Rule('RL212', 'SqlDuplicateObject', ERROR, ("sql",),
         'SQL object (table, index, type, function, view) created twice in one file',
         why=('The same table, index, type, sequence, view or function (same argument types, array bounds and '
              'type modifiers included) created twice in one file: two versions of a migration kept. Fine: IF '
              'NOT EXISTS on the second; a DROP in between (a function dropped with or without its signature, '
              'a schema-qualified name matched unqualified, a table\'s indexes with it, DROP SCHEMA ... CASCADE); '
              'ALTER ... RENAME or SET SCHEMA in between; the first inside a transaction or savepoint that is '
              'rolled back; CREATE VIEW or FUNCTION followed by CREATE OR REPLACE (pg_dump\'s idiom), or the same '
              'CREATE OR REPLACE statement twice (no second version), or a CREATE OR REPLACE after statements '
              'that call the function or read the view since its last definition (a stub used, then replaced); the two '
              'in different branches of a psql \\if. Not reported in a pg_regress suite or an ON_ERROR_STOP '
              'off section, where the second may be meant to fail. An index name reused on another table is '
              'reported only where the file is PostgreSQL by a folder, a setting or its own syntax: MySQL and SQL '
              'Server name an index within its table.'),
         certain=('The second CREATE of the same object in one script fails (without IF NOT EXISTS / OR REPLACE, '
                  'which are recognised).'),
         bad=('CREATE INDEX consent_user_idx ON analytics_consent (user_id);\n'
              'CREATE INDEX consent_user_idx ON analytics_consent (user_id, granted);\n'),
         good='CREATE INDEX consent_user_idx ON analytics_consent (user_id, granted);\n', lang='sql'),
    Rule('RL213', 'SqlColumnAddedTwice', ERROR, ("sql",),
         'SQL column added twice by ALTER TABLE',
         why=("ALTER TABLE adds the same column twice (or adds a column the same file's CREATE TABLE has): the "
              'migration fails halfway. Reported at the second ADD COLUMN. Fine: ADD COLUMN IF NOT EXISTS, a '
              'DROP COLUMN, RENAME COLUMN or DROP TABLE in between, the first inside a rolled-back transaction. '
              'Not reported in a pg_regress suite or an ON_ERROR_STOP off section.'),
         certain='The second ALTER TABLE ... ADD COLUMN of the same column fails (IF NOT EXISTS is recognised).',
         bad=('ALTER TABLE orders ADD COLUMN region TEXT;\n'
              "ALTER TABLE orders ADD COLUMN region TEXT NOT NULL DEFAULT 'eu';\n"),
         good="ALTER TABLE orders ADD COLUMN region TEXT NOT NULL DEFAULT 'eu';\n", lang='sql'),
    Rule('RL214', 'SqlRepeatedStatement', WARNING, ("sql",),
         'SQL statement repeated back-to-back',
         why=('The same statement twice in a row (a hypertable created twice, a row inserted twice). '
              'Transaction control, SET, `SELECT <constant>`, EXPLAIN, EXECUTE of a prepared statement and IF '
              '[NOT] EXISTS statements may repeat, and so may statements with different optimizer hints '
              '(`/*+ ... */`, pg_hint_plan) or a psql meta-command (such as a `\\c` '
              'reconnect) between them. Test scripts (a file under a `test`, `tests`, `testing`, `regress`, '
              '`regression` or `pgtap` directory) repeat statements on purpose (to build data, to check '
              'idempotence or an expected error) and are not checked for this, but for a pgTAP check that only reads '
              '(`SELECT is_empty(...)` twice in a row: one test counted twice). In files of named queries (sqlc, yesql, '
              'HugSQL, aiosql, PugSQL: `-- name: GetAuthor :one`) one statement under two names is two queries; under '
              'the same name it is reported. ' + 'Not reported where the repeats are data, not a doubled hunk: a run that comes three times or more in a row, '
              'a file where this rule finds more than 4 repeated runs, and recorded test data (under `testdata/`, '
              '`__snapshots__/`, `golden/`, `expected/`, a test folder\'s `scans/` or `data/`, a folder named for test data such as `regression_data/`, an expected-output '
              'file, or a data file beside its expected output: `x-in.json` and `x-out.json`), or where a comment on the repeated line, or right above the first copy with none between the copies, says the repeat is meant (`# double usage is intentional`; `// A second call then ...` above a pair); a --debug note says so.'),
         bad=("SELECT create_hypertable('trace_events', 'ts');\n"
              "SELECT create_hypertable('trace_events', 'ts');\n"),
         good="SELECT create_hypertable('trace_events', 'ts');\n", lang='sql'),
    Rule('RL215', 'SqlRepeatedInclude', WARNING, ("sql",),
         'the same file (or two update scripts to one version) #included twice in preprocessed SQL',
         why=('SQL built by the C preprocessor (a PostgreSQL extension\'s upgrade script made of '
              '`#include "udfs/x/latest.sql"` lines, as citus writes them) includes the same file twice, or two '
              'extension update scripts to the same version (`columnar--11.0-2--11.1-1.sql` and '
              '`columnar--11.0-3--11.1-1.sql`: each side bumped the version from its own start): both sides of '
              'a conflict in the list of includes were kept. The directives are checked and the SQL between '
              'them is parsed as SQL. A warning, not an error: the included file is not read (the check sees '
              'one file), and re-running an idempotent one (`CREATE OR REPLACE`) after other statements can be '
              'meant. Includes in different branches of an `#if` are not compared.'),
         bad=('#include "udfs/citus_finish_pg_upgrade/12.1-1.sql"\n'
              '#include "udfs/citus_add_node/12.1-1.sql"\n'
              '#include "udfs/citus_finish_pg_upgrade/12.1-1.sql"\n'),
         good=('#include "udfs/citus_finish_pg_upgrade/12.1-1.sql"\n'
               '#include "udfs/citus_add_node/12.1-1.sql"\n'), lang='sql'),
    Rule('RL216', 'SqlDroppedTwice', ERROR, ("sql",),
         'SQL object dropped twice in one file, nothing in between creating it',
         why=('The same table, view, index, type, sequence or function (same argument types) dropped twice, the '
              'second time without IF EXISTS, and no statement in between could have created it again: the '
              'second DROP fails with "does not exist" when the script runs. Two halves of a downgrade script '
              'that both drop it were kept. Why a healthy file cannot do this: only statements known to create '
              'nothing (ALTER TABLE, GRANT, COMMENT, DML, other DROPs, and CREATEs of other names) may lie '
              'between the two; a CREATE of the same name, a function call, a DO block, CREATE EXTENSION, a '
              'psql meta-command or an #include in between, a rolled-back transaction, different branches of a '
              'psql \\if, a pg_regress suite or an ON_ERROR_STOP off section keep it silent.'),
         certain=('The second DROP (without IF EXISTS) of an object nothing in between can have re-created fails '
                  'with "does not exist" when the script runs.'),
         bad=('DROP TABLE pg_catalog.pg_dist_cleanup;\n'
              'DROP FUNCTION pg_catalog.citus_cleanup_orphaned_resources();\n'
              'DROP TABLE pg_catalog.pg_dist_cleanup;\n'),
         good=('DROP TABLE pg_catalog.pg_dist_cleanup;\n'
               'DROP FUNCTION pg_catalog.citus_cleanup_orphaned_resources();\n'), lang='sql'),
    Rule('RL217', 'SqlExtensionMemberTwice', ERROR, ("sql",),
         'SQL object added to (or dropped from) an extension twice',
         why=('`ALTER EXTENSION e ADD` (or `DROP`) of the same member twice, with nothing in between that may '
              'change its membership: the second fails ("is already a member of extension", "is not a member '
              'of extension") when the upgrade or downgrade script runs. Two halves of an extension script '
              'that both move it were kept. Why a healthy file cannot do this: only the opposite ALTER EXTENSION, '
              'a DROP of the object or the extension, a DO block that names it beside a DROP, a statement that '
              'may do anything (a function call, CREATE EXTENSION), a psql meta-command or an #include between '
              'the two make the second possible, and each keeps the rule silent; so do a rolled-back '
              'transaction, a pg_regress suite and an ON_ERROR_STOP off section.'),
         certain=('The database refuses to add a member an extension already has, or to drop one it no longer '
                  'has: the second statement fails when the script runs.'),
         bad=('ALTER EXTENSION citus DROP SCHEMA columnar;\n'
              'ALTER EXTENSION citus DROP TABLE columnar.options;\n'
              'ALTER EXTENSION citus DROP SCHEMA columnar;\n'),
         good=('ALTER EXTENSION citus DROP SCHEMA columnar;\n'
               'ALTER EXTENSION citus DROP TABLE columnar.options;\n'), lang='sql'),
    Rule('RL301', 'JavaScriptSyntaxError', ERROR, ("javascript",),
         'JavaScript syntax error',
         why=('The file does not parse as modern JavaScript/JSX (esprima-fork: ES2022+, JSX, module or script).'),
         certain=("esprima's grammar error is confirmed by oxc, an independent parser of current JavaScript (else "
                  'it is an RL014 note); its early errors (strict mode, labels, super, private names) are the '
                  "specification's."),
         bad=('export function Panel() {\n'
              '  return <div>{items.map(i => <Row key={i.id} />)}</div>\n'
              '  </div>\n'
              '}\n'),
         good=('export function Panel() {\n'
               '  return <div>{items.map(i => <Row key={i.id} />)}</div>\n'
               '}\n'), lang='jsx'),
    Rule('RL302', 'JavaScriptDuplicateDeclaration', ERROR, ("javascript",),
         'JavaScript duplicate declaration (early error)',
         why=('The same `let`, `const`, `class` or import binding declared twice in one scope: an early error '
              'that engines refuse to load. Typical of two halves of an import block kept.'),
         certain=('ECMAScript forbids redeclaring a let, const, class or import binding in one scope (an early '
                  'error): the engine refuses to load the file.'),
         bad="import { api } from './api';\nimport { api } from './api';\n",
         good="import { api } from './api';\n", lang='javascript'),
    Rule('RL311', 'JavaScriptDuplicateKey', ERROR, ("javascript",),
         'JavaScript object literal with the same key twice',
         why=('An object literal with the same key twice: the second silently wins. A getter and a setter of '
              'one name are a pair, not a duplicate; computed keys are not compared.'),
         certain=('A key written twice in one object literal keeps the last value; the first is lost, which no '
                  'author means (ESLint no-dupe-keys). An author who means it says so to ESLint on that line '
                  '(`// eslint-disable-line no-dupe-keys`, the next-line and block forms, oxlint\'s and biome\'s '
                  'comments naming the same rule): a --debug note, as for RL312-RL314 and their rules.'),
         bad='export const DEFAULTS = { timeout: 30, retries: 2, timeout: 45 };\n',
         good='export const DEFAULTS = { timeout: 45, retries: 2 };\n', lang='javascript'),
    Rule('RL312', 'JavaScriptDuplicateClassMember', ERROR, ("javascript",),
         'JavaScript class member defined twice',
         why=('A class member defined twice: two versions of a method kept, the second wins. Getter/setter '
              'pairs and a static and an instance member of one name are fine.'),
         certain=('A class member defined twice keeps the last; the first is dead (ESLint no-dupe-class-members; '
                  'TypeScript overloads are recognised).'),
         bad=('export class Store {\n'
              '  load(id) { return api.get(id); }\n'
              '  load(id, opts) { return api.get(id, opts); }\n'
              '}\n'),
         good='export class Store {\n  load(id, opts) { return api.get(id, opts); }\n}\n', lang='javascript'),
    Rule('RL313', 'JsxDuplicateAttribute', ERROR, ("javascript",),
         'JSX element with the same attribute twice',
         why='A JSX element with the same attribute twice: the last one wins.',
         certain=('React and JSX keep the last of two equal attributes; the first is lost (eslint-plugin-react '
                  'jsx-no-duplicate-props).'),
         bad='export const Row = () => <li className="row" key="a" className="row active" />;\n',
         good='export const Row = () => <li className="row active" key="a" />;\n', lang='jsx'),
    Rule('RL314', 'JavaScriptDuplicateCase', ERROR, ("javascript",),
         'JavaScript switch with the same case label twice',
         why='A switch with the same case label twice: the second branch never runs by matching.',
         certain=('A switch reaches only the first of two equal case labels; the second is dead (ESLint '
                  'no-duplicate-case). A label that updates or assigns (`case p++:`, a fuzzer numbering its '
                  'arms) is a new value each time it is tried: such labels are not compared. A repeated label right '
                  'after a clause whose statements end in no break, return, throw or continue is reached by falling '
                  'through (a `switch (true)` written to fall through on purpose): a label there, not reported.'),
         bad=('switch (action.type) {\n'
              "  case 'add': return s + 1;\n"
              "  case 'reset': return 0;\n"
              "  case 'add': return s + 2;\n"
              '}\n'),
         good="switch (action.type) {\n  case 'add': return s + 2;\n  case 'reset': return 0;\n}\n", lang='javascript'),
    Rule('RL315', 'JavaScriptRepeatedStatement', WARNING, ("javascript",),
         'JavaScript statement (or run of statements) repeated back-to-back',
         why=('The same statement (or run of statements) twice in a row, such as middleware registered twice. '
              'Calls without arguments or with constants only (`\'*\'.repeat(40)`), statements that advance as they run (an '
              'update such as `buf[i++] = x`, an awaited argument, an assignment whose value reads its own target: '
              '`m = m.default ?? m` twice unwraps two levels, a call named for a step: `advance()`, `dedent()`, a run that steps a cursor it reads: `buf.writeUInt16LE(n, pos); '
              'pos += 2;` twice writes two fields), loops and test files (`test/`, `tests/`, '
              '`spec/`, `__tests__/`, `*.test.js`, `*.spec.js`, `*_spec.js`, `*-test.js`, `*.test.browser.tsx`, '
              '`*.test-d.ts`, ...: tests repeat on purpose; benchmarks too, `bench/`, `benchmarks/`, `*.bench.ts`, as they warm up) are not reported, but for a test case defined twice in a '
              'row, title and body identical (`it(...)`, `test(...)`, `describe(...)`: one test run twice; not when '
              'the body is empty, `it(\'x\', () => {})`, as a test framework\'s own tests register a case twice to '
              'see it refused). ' + 'Not reported where the repeats are data, not a doubled hunk: a run that comes three times or more in a row, '
              'a file where this rule finds more than 4 repeated runs, and recorded test data (under `testdata/`, '
              '`__snapshots__/`, `golden/`, `expected/`, a test folder\'s `scans/` or `data/`, a folder named for test data such as `regression_data/`, an expected-output '
              'file, or a data file beside its expected output: `x-in.json` and `x-out.json`), or where a comment on the repeated line, or right above the first copy with none between the copies, says the repeat is meant (`# double usage is intentional`; `// A second call then ...` above a pair), or that annotates the copy apart from the first (a comment block of its own right above it, neither the block above the first copy nor its end; or a different comment right after each copy, `// Expected output: ...`); a --debug note says so.'),
         bad='app.use(demoRouter);\napp.use(demoRouter);\n',
         good='app.use(demoRouter);\n', lang='javascript'),
    Rule('RL321', 'TypeScriptSyntaxError', ERROR, ("javascript",),
         'TypeScript/TSX syntax error',
         why=('The file does not parse as TypeScript (.ts .mts .cts .d.ts) or TSX (.tsx) (tree-sitter-typescript); '
              'the finding is at the first token the parser could not place, or where a token is missing.'),
         certain=("tree-sitter-typescript's error is confirmed by oxc, an independent TypeScript parser (else it "
                  'is an RL014 note).'),
         bad=('export function total(items: Item[]): number {\n'
              '  return items.reduce((sum, item) => sum + item.price, 0);\n'
              '  }\n'
              '}\n'),
         good=('export function total(items: Item[]): number {\n'
               '  return items.reduce((sum, item) => sum + item.price, 0);\n'
               '}\n'), lang='typescript'),
    Rule('RL322', 'TypeScriptDuplicateDeclaration', ERROR, ("javascript",),
         'TypeScript duplicate declaration',
         why=('A `let`, `const`, `class` or `enum` declared twice in one scope (or next to a `var`, function or '
              'parameter of that name), a name imported twice or imported beside a `class` or `enum` of that '
              'name, or two implementations of one function: TypeScript refuses the file. Declarations that merge '
              'are not reported: interfaces, namespaces, enums with enums, function overload signatures, `declare` '
              'declarations, type-only imports, declaration files; nor is an import beside a `let`, `const`, `var` '
              'or function of its name (the import may bring a type only, such as a Prisma model, and then the '
              'value beside it is valid).'),
         certain=('TypeScript refuses a redeclaration that declaration merging does not allow (tsc error '
                  '2451/2300/2393/2440); merging, overloads and declare are recognised, and an import is compared '
                  'only with what clashes with anything it may bring (another import, a class, an enum).'),
         bad=("import { api } from './api';\n"
              "import { api } from './api';\n"
              "export function load(id: string) { return api.get(id); }\n"
              "export function load(id: string) { return api.get(id, { cache: false }); }\n"),
         good=("import { api } from './api';\n"
               "export function load(id: string): Promise<Row>;\n"
               "export function load(id: string, fresh: boolean): Promise<Row>;\n"
               "export function load(id: string, fresh = false) { return api.get(id, { cache: !fresh }); }\n"
               "export interface Row { id: string }\n"
               "export interface Row { name: string }\n"), lang='typescript'),
    Rule('RL401', 'YamlSyntaxError', ERROR, ("yaml",),
         'YAML syntax error',
         why=('The file does not parse as YAML: ruamel.yaml\'s pure-Python parser rejects it (libyaml, the fast '
              'path, never decides alone: it rejects some valid YAML, such as a URL in a flow mapping). '
              'Not reported in a deliberately invalid test input: a file under a test or fixture directory (test, tests, '
              'testdata, fixtures, spec, __tests__, test_*, ...) whose name says it is invalid (fail*, invalid, bad, '
              'broken, malformed, corrupt, duplicate, ...: fail14.json, config-invalid.yaml); a --debug note says so, '
              'and conflict markers are still checked; one that parsed at --base, or in both sides of a merge in '
              'progress, is reported (the change broke it). Templated files (ERB, Go/Helm, Jinja syntax outside quoted '
              'and block scalars or JSON strings) get conflict markers only.'),
         certain=("ruamel.yaml's error is confirmed by saphyr (py-yaml12), which passes the whole yaml-test-suite, "
                  'or is an undefined alias (else it is an RL014 note).'),
         bad="services:\n  web:\n    image: app:1.4\n   ports: ['8080:80']\n",
         good="services:\n  web:\n    image: app:1.4\n    ports: ['8080:80']\n", lang='yaml'),
    Rule('RL402', 'YamlDuplicateKey', ERROR, ("yaml",),
         'YAML duplicate mapping key',
         why=('A key appears twice in one mapping. Most YAML loaders keep the last one silently, so one side of'
              ' the merge is lost. Every duplicate is reported, not only the first, except where yamllint\'s own '
              'comments disable its key-duplicates rule (`# yamllint disable-line rule:key-duplicates`, '
              '`# yamllint disable` ... `# yamllint enable`, `# yamllint disable-file`), in deliberately invalid '
              'test inputs (see RL401), and for two keys whose lines carry different conda-build selectors '
              '(`url: a  # [win]`, `url: b  # [not win]`: conda-build drops the line whose selector fails before it '
              'reads the YAML). Jinja that keeps the file\'s shape (conda recipes: `{% set %}` lines, `{{ expr }}` '
              'inside values and items) is read with each expression as a placeholder; two keys that differ in '
              'the source are not a duplicate there. Other templates get conflict markers only.'),
         certain=('YAML 1.2 requires mapping keys to be unique; loaders either refuse the file or silently keep '
                  'one value. A shape-keeping Jinja expression renders to one scalar in place, so two keys with '
                  'the same source are the same key after rendering.'),
         bad='dark_mode:\n  enabled: false\ndark_mode:\n  enabled: true\n',
         good='dark_mode:\n  enabled: true\n', lang='yaml'),
    Rule('RL403', 'YamlDuplicateMergeKey', WARNING, ("yaml",),
         'YAML mapping with more than one merge key (<<)',
         why=('More than one `<<` merge key in one mapping: a duplicate key, as the merge-key spec reads (use a '
              'list), and each side of a conflict may have added one. Loaders differ: go-yaml v3, ruamel.yaml and '
              'yamllint reject it, while PyYAML and the JavaScript `yaml` package merge every `<<` in turn, so a '
              'healthy file can hold it: a warning. Not reported in the files only Ansible reads (with PyYAML): '
              'a role\'s or a test target\'s tasks, handlers, vars, defaults and meta, and playbooks/; nor in GitLab\'s '
              'CI configuration (`.gitlab-ci.yml`, `.gitlab/ci/`), which Ruby\'s Psych reads, merging every `<<` too. '
              'Nor in recorded test data (`testdata/`, `golden/`, ...): the input of the project\'s own loader under test. '
              '`allow-multiple-merge-keys = true` says the project\'s loader merges them all.'),
         bad=('defaults: &defaults {retries: 2}\n'
              'gpu: &gpu {runner: gpu}\n'
              'job:\n'
              '  <<: *defaults\n'
              '  <<: *gpu\n'),
         good=('defaults: &defaults {retries: 2}\n'
               'gpu: &gpu {runner: gpu}\n'
               'job:\n'
               '  <<: [*defaults, *gpu]\n'), lang='yaml'),
    Rule('RL404', 'YamlRepeatedListItem', WARNING, ("yaml",),
         'YAML list item repeated back-to-back, identical (items with an identity key: name, id, key)',
         why=('A list of mappings where an item (or a run of items) with an id, name or key comes twice in a row, '
              'identical (the whole item, nested values included, compared by resolved type and value; '
              'comments and formatting aside): both halves of a conflict in the list kept, when both sides had '
              'added the same item. An identity the document gives to items of three lists or more is sample data, '
              'not an identity, and is not reported, nor are items below an `example` or `examples` value (an '
              "OpenAPI or JSON Schema example: generators fill an array with copies of its item's example). "
              'Items that only share a name, id or key are not reported: an ansible '
              "task's name is a label, and records are often identified by several fields (name and version, "
              'a Helm dependency under two aliases). On 7 public repositories, 0 of 57 same-name items were '
              'identical. ' + 'Not reported where the repeats are data, not a doubled hunk: a run that comes three times or more in a row, '
              'a file where this rule finds more than 4 repeated runs, and recorded test data (under `testdata/`, '
              '`__snapshots__/`, `golden/`, `expected/`, a test folder\'s `scans/` or `data/`, a folder named for test data such as `regression_data/`, an expected-output '
              'file, or a data file beside its expected output: `x-in.json` and `x-out.json`), or where a comment on the repeated line, or right above the first copy with none between the copies, says the repeat is meant (`# double usage is intentional`; `// A second call then ...` above a pair); a --debug note says so. Nor in the '
              'data of a test folder\'s fixtures (`spec/fixtures/`, `test/fixtures/`): the tests\' input; nor in a test\'s '
              'assertion file (chainsaw\'s `pod-assert.yaml`, kuttl\'s `01-assert.yaml`): the state the tool under test '
              'must produce; nor in a YAML file named as a test (`test_x.yml`, `x_test.yml`: an Ansible test playbook runs a '
              'task twice on purpose).'),
         bad="env:\n  - name: TIMEOUT\n    value: '45'\n  - name: TIMEOUT\n    value: '45'\n",
         good="env:\n  - name: TIMEOUT\n    value: '45'\n", lang='yaml'),
    Rule('RL411', 'JsonSyntaxError', ERROR, ("yaml",),
         'JSON syntax error',
         why=('The file does not parse as JSON (comments are accepted in files known to be JSONC, such as '
              'tsconfig.json; an empty or blank file, a placeholder, is not reported). '
              'Not reported in a deliberately invalid test input: a file under a test or fixture directory (test, tests, '
              'testdata, fixtures, spec, __tests__, test_*, ...) whose name says it is invalid (fail*, invalid, bad, '
              'broken, malformed, corrupt, duplicate, ...: fail14.json, config-invalid.yaml); a --debug note says so, '
              'and conflict markers are still checked; one that parsed at --base, or in both sides of a merge in '
              'progress, is reported (the change broke it). Templated files (ERB, Go/Helm, Jinja syntax outside quoted '
              'and block scalars or JSON strings) get conflict markers only.'),
         certain=("Python's json module is authoritative for RFC 8259 JSON; JSON with comments, JSON Lines and "
                  'streams in test data are recognised.'),
         bad='{\n  "name": "trademaster-ui",\n  "version": "2.3.0"\n  "private": true\n}\n',
         good='{\n  "name": "trademaster-ui",\n  "version": "2.3.0",\n  "private": true\n}\n', lang='json'),
    Rule('RL412', 'JsonDuplicateKey', ERROR, ("yaml",),
         'JSON duplicate object key',
         why=('A key appears twice in one object; parsers keep one of them silently. Comment keys, which JSON '
              'files use for notes since JSON has no comments (`"//"`, `"// ..."`, `"#"`, `"_comment"`, '
              '`"__comment"`, `"$comment"`), are repeated on purpose and not compared.'),
         certain=('RFC 8259 says keys SHOULD be unique and parsers keep one value: the other is lost, which no '
                  'author means (a comment key\'s value is read by nothing, so it is not compared).'),
         bad='{\n  "dependencies": {\n    "react": "^18.3.1",\n    "react": "^19.0.0"\n  }\n}\n',
         good='{\n  "dependencies": {\n    "react": "^19.0.0"\n  }\n}\n', lang='json'),
    Rule('RL413', 'JsonRepeatedArrayItem', WARNING, ("yaml",),
         'JSON array item repeated back-to-back, identical (items with an identity key: name, id, key)',
         why=('An array of objects where an item (or a run of items) with an id, name or key comes twice in a '
              'row, identical (the whole item, nested values included): both halves of a conflict kept, when '
              'both sides had added the same item. Objects that only share an id, name or key are not reported, nor '
              'is an identity the document gives to items of three lists or more (sample data: a schema\'s example '
              'filled with "name": "foobar"; nor items below an `example` or `examples` value, which generators fill with '
              "copies of the item's example). " + 'Not reported where the repeats are data, not a doubled hunk: a run that comes three times or more in a row, '
              'a file where this rule finds more than 4 repeated runs, and recorded test data (under `testdata/`, '
              '`__snapshots__/`, `golden/`, `expected/`, a test folder\'s `scans/` or `data/`, a folder named for test data such as `regression_data/`, an expected-output '
              'file, or a data file beside its expected output: `x-in.json` and `x-out.json`), or where a comment on the repeated line, or right above the first copy with none between the copies, says the repeat is meant (`# double usage is intentional`; `// A second call then ...` above a pair); a --debug note says so. Nor in the '
              'data of a test folder\'s fixtures (`spec/fixtures/`, `test/fixtures/`): the tests\' input; nor in a test\'s '
              'assertion file (chainsaw\'s `pod-assert.yaml`, kuttl\'s `01-assert.yaml`): the state the tool under test '
              'must produce.'),
         bad=('{\n'
              '  "users": [\n'
              '    {"id": 1, "name": "a"},\n'
              '    {"id": 2, "name": "b2"},\n'
              '    {"id": 2, "name": "b2"}\n'
              '  ]\n'
              '}\n'),
         good='{\n  "users": [\n    {"id": 1, "name": "a"},\n    {"id": 2, "name": "b2"}\n  ]\n}\n', lang='json'),
    Rule('RL421', 'TomlSyntaxError', ERROR, ("manifests",),
         'TOML syntax error',
         why=('The file does not parse as TOML (`tomllib` decides; `tomli` before Python 3.11): pyproject.toml, '
              'Cargo.toml, Pipfile, poetry.lock, uv.lock and Cargo.lock included. A broken pyproject.toml stops '
              'pip, build backends and every tool configured in it.'),
         certain='tomli implements TOML 1.0, whose parsers refuse the file.',
         bad='[project]\nname = "console"\ndependencies = [\n    "django>=4.2",\n    "celery>=5.3"\n\n[tool.ruff]\nline-length = 100\n',
         good='[project]\nname = "console"\ndependencies = [\n    "django>=4.2",\n    "celery>=5.3",\n]\n\n[tool.ruff]\nline-length = 100\n',
         lang='toml'),
    Rule('RL422', 'TomlDuplicateKey', ERROR, ("manifests",),
         'TOML key or table defined twice',
         why=('A key or a table defined twice (or a table over a value): TOML forbids it, so every reader '
              'refuses the file. The standard parser stops at the first; every one is reported, with the line '
              'of its first definition. Arrays of tables (`[[package]]`) repeat by design and are fine.'),
         certain='TOML 1.0 forbids defining a key or table twice: every TOML parser refuses the file.',
         bad=('[tool.black]\nline-length = 88\n\n[tool.isort]\nprofile = "black"\n\n'
              '[tool.black]\nline-length = 100\n'),
         good='[tool.black]\nline-length = 100\n\n[tool.isort]\nprofile = "black"\n', lang='toml'),
    Rule('RL431', 'RequirementsSyntaxError', ERROR, ("manifests",),
         'pip requirements line pip cannot read',
         why=('A line of a requirements or constraints file that pip refuses: a requirement outside the PEP 508 '
              'grammar (`packaging` parses it), an unknown option, or an option without its value. Lines are '
              'read as pip reads them: comments dropped, `\\` continuations joined, `-r`/`-c`/`-e`, index '
              'options and `--hash` understood, paths and URLs left to pip.'),
         certain="pip's own requirement grammar (packaging) cannot read the line: pip install fails on it.",
         bad='django==4.2.11\ncelery[redis]==5.3.6 redis==5.0.1\n',
         good='django==4.2.11\ncelery[redis]==5.3.6\nredis==5.0.1\n', lang='requirements'),
    Rule('RL432', 'RequirementsConflictingPins', ERROR, ("manifests",),
         'pip requirements name one project twice with versions that cannot both hold',
         why=('One project (names compared as PEP 503 normalises them) required twice in one file with pins, '
              'specifiers or URLs that no single version meets: both halves of a conflict kept, and pip fails to '
              'resolve. Requirements that can both hold (`requests>=2.28` and `requests>=2.31`) are left alone, '
              'and so are pins whose environment markers cannot both hold (`foo==1; python_version < "3.8"` and '
              '`foo==2; python_version >= "3.8"`): a finding needs an environment where both apply. pybuild-deps\' '
              'output (a `requirements-build.txt` whose header names `pybuild-deps compile`) lists one isolated '
              'build environment per package, so it is not checked for this.'),
         certain=("Two pins of one project that no version satisfies together: pip's resolver refuses to install "
                  'them (a file of several build environments, pybuild-deps\' output, is not checked).'),
         bad='Django==4.2.11\ncelery==5.3.6\ndjango==5.0.3\n',
         good=('django==5.0.3; python_version >= "3.10"\ndjango==4.2.11; python_version < "3.10"\n'
               'celery==5.3.6\n'), lang='requirements'),
    Rule('RL441', 'LockfileDuplicatePackage', ERROR, ("manifests",),
         'lockfile lists one package (or one section) twice',
         why=('A lockfile lists the same package twice: one `[[package]]` name and version (and source) twice in '
              'poetry.lock, uv.lock or Cargo.lock, or in Gemfile.lock one gem twice in a source\'s specs or in '
              'DEPENDENCIES, or a once-only section (PLATFORMS, DEPENDENCIES, BUNDLED WITH...) twice. Two '
              'lockfiles were concatenated; regenerate it (poetry lock, uv lock, cargo generate-lockfile, bundle '
              'lock). One name at two versions is allowed by these formats and is not reported.'),
         certain=('A lockfile lists each package once; the package manager refuses or silently rewrites a doubled '
                  'entry.'),
         bad=('[[package]]\nname = "django"\nversion = "5.0.3"\n\n[[package]]\nname = "celery"\nversion = "5.3.6"\n\n'
              '[[package]]\nname = "Django"\nversion = "5.0.3"\n'),
         good='[[package]]\nname = "django"\nversion = "5.0.3"\n\n[[package]]\nname = "celery"\nversion = "5.3.6"\n',
         lang='poetry-lock'),
    Rule('RL442', 'LockfileSyntaxError', ERROR, ("manifests",),
         'lockfile line outside its format (yarn.lock v1, go.sum)',
         why=('A line the lockfile\'s own grammar does not allow: yarn.lock (v1) entries and two-space indented '
              'fields, go.sum\'s three fields (module, version, hash). The package manager refuses the file.'),
         certain="A line outside the lockfile's format is refused by its package manager (yarn v1, go).",
         bad=('golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n'
              'golang.org/x/sync v0.6.0/go.mod\n'),
         good=('golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n'
               'golang.org/x/sync v0.6.0/go.mod h1:RxMgew5VJxzue5WJR3VcBkhjhrzCGGBvyGfbVgq2hiY=\n'), lang='go-sum'),
    Rule('RL443', 'YarnLockDuplicateDescriptor', ERROR, ("manifests",),
         'yarn.lock resolves one descriptor in two entries (or gives a field twice)',
         why=('One descriptor (`lodash@^4.17.0`) appears in two entries of yarn.lock, at one version or two, or '
              'one entry gives a field twice: both halves of a conflict kept, and yarn keeps whichever it reads '
              'last. Entries listing several descriptors are fine. Run `yarn install` to rebuild the lockfile.'),
         certain=('yarn resolves each descriptor once; a descriptor in two entries is refused or rewritten by yarn '
                  'install.'),
         bad=('# yarn lockfile v1\n\n\n'
              'lodash@^4.17.0, lodash@^4.17.21:\n'
              '  version "4.17.21"\n'
              '  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz"\n\n'
              'lodash@^4.17.0:\n'
              '  version "4.17.20"\n'
              '  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz"\n'),
         good=('# yarn lockfile v1\n\n\n'
               'lodash@^4.17.0, lodash@^4.17.21:\n'
               '  version "4.17.21"\n'
               '  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz"\n'), lang='yarn-lock'),
    Rule('RL444', 'PackageLockMismatch', WARNING, ("manifests",),
         'package-lock.json gives a package two versions (packages vs dependencies)',
         why=('A lockfile v2 (or v3 with the legacy tree) says one version of a top-level package in '
              '`packages["node_modules/<name>"]` and another in `dependencies`: npm writes both from one tree, so '
              'they were merged from two lockfiles. npm 7+ reads `packages`, older npm `dependencies`. Run `npm '
              'install` to rebuild it.'),
         bad=('{\n  "name": "ui",\n  "lockfileVersion": 2,\n  "packages": {\n    "": {"name": "ui"},\n'
              '    "node_modules/react": {\n      "version": "18.3.1"\n    }\n  },\n  "dependencies": {\n'
              '    "react": {\n      "version": "18.2.0"\n    }\n  }\n}\n'),
         good=('{\n  "name": "ui",\n  "lockfileVersion": 2,\n  "packages": {\n    "": {"name": "ui"},\n'
               '    "node_modules/react": {\n      "version": "18.3.1"\n    }\n  },\n  "dependencies": {\n'
               '    "react": {\n      "version": "18.3.1"\n    }\n  }\n}\n'), lang='package-lock'),
    Rule('RL445', 'GoSumConflictingHash', ERROR, ("manifests",),
         'go.sum gives one module version two different hashes',
         why=('go.sum records one module@version (or its go.mod) with two different hashes: lines from two '
              'branches kept, and at most one is right, so `go` fails with a checksum mismatch. Keep the one '
              '`go mod verify` accepts, or delete both and run `go mod tidy`.'),
         certain='go refuses a go.sum that gives one module version two hashes (a checksum mismatch).',
         bad=('golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n'
              'golang.org/x/sync v0.6.0 h1:Czt+wKu1gCyEFDUtn0jG5QVvpJ6rzVqr5aXyt9drQfk=\n'),
         good='golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n', lang='go-sum'),
    Rule('RL451', 'GoModSyntaxError', ERROR, ("manifests",),
         'go.mod line outside its grammar',
         why=('A go.mod line the Go tool refuses: an unknown directive, a `require` or `replace` without its '
              'arguments, a block that is never closed.'),
         certain='The go command refuses a go.mod line outside its grammar.',
         bad='module example.com/console\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/sync v0.6.0\n',
         good='module example.com/console\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/sync v0.6.0\n)\n', lang='go-mod'),
    Rule('RL452', 'GoModDuplicateRequire', ERROR, ("manifests",),
         'go.mod requires one module twice',
         why=('One module required twice in go.mod (two require blocks, or one block with both halves of a '
              'conflict kept). Run `go mod tidy`, which keeps one.'),
         certain='The go command refuses a go.mod that requires one module twice.',
         bad=('module example.com/console\n\ngo 1.22\n\nrequire (\n\tgithub.com/pkg/errors v0.9.1\n'
              '\tgolang.org/x/sync v0.6.0\n\tgolang.org/x/sync v0.7.0\n)\n'),
         good=('module example.com/console\n\ngo 1.22\n\nrequire (\n\tgithub.com/pkg/errors v0.9.1\n'
               '\tgolang.org/x/sync v0.7.0\n)\n'), lang='go-mod'),
    Rule('RL453', 'GoModDuplicateReplace', ERROR, ("manifests",),
         'go.mod replaces one module (at one version) twice',
         why=('The same module, or the same module at the same version, replaced twice: `go` refuses the file '
              '("multiple replacements"). A replacement of every version next to one of a single version is '
              'fine.'),
         certain='The go command refuses a go.mod with two replacements of one module version.',
         bad=('module example.com/console\n\ngo 1.22\n\nreplace (\n\texample.com/billing => ../billing\n'
              '\texample.com/billing => ../billing-v2\n)\n'),
         good=('module example.com/console\n\ngo 1.22\n\nreplace (\n\texample.com/billing => ../billing-v2\n'
               '\texample.com/billing v1.4.0 => ../billing-v1\n)\n'), lang='go-mod'),
    Rule('RL461', 'IniSyntaxError', ERROR, ("manifests",),
         'INI config line configparser cannot read (setup.cfg, tox.ini, .flake8, ...)',
         why=('A line of a file that Python tools read with `configparser` (setup.cfg, tox.ini, .flake8, '
              'mypy.ini, .coveragerc, pylintrc, ...) that it refuses: neither a section, an option, a comment '
              'nor an indented continuation. Other `*.ini` files may be of another INI dialect and are not '
              'checked for this.'),
         certain="Python's configparser, which setup.cfg, tox.ini and .flake8 readers use, refuses the line.",
         bad='[flake8]\nmax-line-length = 100\nexclude =\n.git,\n    build\n',
         good='[flake8]\nmax-line-length = 100\nexclude =\n    .git,\n    build\n', lang='ini'),
    Rule('RL462', 'IniDuplicateSection', ERROR, ("manifests",),
         'INI section defined twice',
         why=('A section defined twice: `configparser` with `strict=True` (flake8, setuptools\' readers, tox) '
              'refuses the file, and lenient readers merge the two silently. In other `*.ini` files, reported '
              'only where configparser reads the file whole.'),
         certain='configparser (strict, the default) refuses a section defined twice.',
         bad='[flake8]\nmax-line-length = 100\n\n[mypy]\nstrict = true\n\n[flake8]\nmax-line-length = 120\n',
         good='[flake8]\nmax-line-length = 120\n\n[mypy]\nstrict = true\n', lang='ini'),
    Rule('RL463', 'IniDuplicateOption', ERROR, ("manifests",),
         'INI option defined twice in one section',
         why=('An option given twice in one section (names compared case-insensitively, as configparser does): '
              'strict readers refuse the file, others keep the last silently. Indented continuation lines are '
              'part of their option\'s value. Checked in the files Python\'s configparser reads (setup.cfg, '
              'tox.ini, .flake8, pylintrc, alembic.ini, PasteDeploy and logging configs, ...); '
              'other INI readers (uWSGI, systemd, PHP) read a repeated option as a list, and EditorConfig\'s keep '
              'the last (RL464).'),
         certain=('configparser (strict, the default) refuses an option defined twice in one section; files '
                  'for readers that take repeats as lists are not checked.'),
         bad='[tool:pytest]\naddopts = -ra\ntestpaths = tests\naddopts = -ra --strict-markers\n',
         good='[tool:pytest]\naddopts = -ra --strict-markers\ntestpaths = tests\n', lang='ini'),
    Rule('RL464', 'EditorConfigDuplicateOption', WARNING, ("manifests",),
         'EditorConfig option defined twice in one section',
         why=('An option given twice in one section of an `.editorconfig` (names compared case-insensitively, '
              'as EditorConfig does). EditorConfig\'s readers (editorconfig-core, Roslyn\'s analyzer config, the '
              'IDEs\' plugins) keep the last value silently, so the first is dead, and it may be one side of a '
              'merge whose other side was meant to replace it. The specification does not forbid a repeat, and '
              'healthy files hold some (a block of settings pasted again with other severities): a warning.'),
         bad='root = true\n\n[*.cs]\nindent_size = 4\ncsharp_indent_labels = flush_left\nindent_size = 2\n',
         good='root = true\n\n[*.cs]\nindent_size = 2\ncsharp_indent_labels = flush_left\n', lang='editorconfig'),
    Rule('RL471', 'XmlNotWellFormed', ERROR, ("manifests",),
         'XML not well-formed (pom.xml, *.csproj, AndroidManifest.xml, *.xml)',
         why=('The file is not well-formed XML: a broken tag, or two root elements after both halves of a '
              'conflict were kept. Maven, MSBuild and the Android build refuse it. Parsed with defusedxml (no '
              'entity expansion, no external references); files that declare entities are not checked.'),
         certain=('Every XML parser must refuse a document that is not well-formed (XML 1.0); templates, fragments '
                  'and charset test inputs are recognised, and an attribute repeated within one line (a dialect Go\'s '
                  'encoding/xml reads: chroma\'s `<push state="#pop" state="x"/>`; a merge keeps whole lines, so '
                  'never writes one) is a note, the rest checked.'),
         bad=('<project>\n  <dependencies>\n    <dependency>\n      <artifactId>guava</artifactId>\n'
              '    </dependency>\n  </dependencies>\n</project>\n  </dependencies>\n</project>\n'),
         good=('<project>\n  <dependencies>\n    <dependency>\n      <artifactId>guava</artifactId>\n'
               '    </dependency>\n  </dependencies>\n</project>\n'), lang='xml'),
    Rule('RL501', 'MigrationPrefixCollision', ERROR, ("migrations",),
         'two migrations in one directory share a prefix',
         why=('Two migrations in one directory share a number, so the order they run in is undefined (or the '
              'tool refuses to run). Happens when two PRs each take the next free number. The files of one migration '
              '(up and down halves, per-dialect variants: 0007_a.mysql.up.sql, 0007_a.postgres.up.sql, '
              '0007_a.down.sql) share its number by design. Only a new collision is '
              'reported: one whose files were both on the merge-base (--base), or that history shows the project '
              'has lived with (both files 90+ days old, the folder grown since; or a folder of many such), is not.'),
         certain=('Two migrations with one prefix in one directory: the framework refuses to run, or runs them in '
                  'an arbitrary order.'),
         bad=('console/migrations/versions/0037_add_region.py\n'
              'console/migrations/versions/0037_promote_dark_mode.py\n'),
         good=('console/migrations/versions/0037_add_region.py\n'
               'console/migrations/versions/0038_promote_dark_mode.py\n')),
    Rule('RL502', 'MigrationPrefixTaken', ERROR, ("migrations",),
         'a migration this change adds uses a prefix already taken on the base',
         why=('A migration this change adds uses a number that the base branch already has: someone merged '
              'first. Renumber before merging.'),
         certain=('The change adds a migration whose prefix the base already uses: after merging, two migrations '
                  'share it (RL501).'),
         bad=('base:   db/migrations/021_orders_region.sql\n'
              'this PR: db/migrations/021_orders_channel.sql\n'),
         good=('base:   db/migrations/021_orders_region.sql\n'
               'this PR: db/migrations/022_orders_channel.sql\n')),
    Rule('RL503', 'MigrationOutOfOrder', ERROR, ("migrations",),
         "a migration this change adds is numbered below the base's highest",
         why=("A migration this change adds is numbered below the base's highest, so databases already past "
              'that number will never run it.'),
         certain=("A new migration numbered below the base's highest: databases that already ran the higher one "
                  'never apply it.'),
         bad='base:   0038_promote_dark_mode.py\nthis PR: 0036_backfill_regions.py\n',
         good='base:   0038_promote_dark_mode.py\nthis PR: 0039_backfill_regions.py\n'),
    Rule('RL504', 'MigrationNameMismatch', ERROR, ("migrations",),
         'a file in a migration directory does not match its naming pattern',
         why=("A file in a migration directory does not match the directory's naming pattern, so it is either "
              'never run or run out of order.'),
         certain=('The framework ignores (or refuses) a file in its directory that does not match its naming '
                  'pattern: the migration never runs.'),
         bad='console/migrations/versions/37_add_region.py\n',
         good='console/migrations/versions/0037_add_region.py\n'),
    Rule('RL505', 'MigrationVersionOutOfOrder', WARNING, ("migrations",),
         "a migration this change adds has a version older than the base's newest",
         why=("A migration this change adds (Rails, Flyway, golang-migrate, Prisma, Knex, Sequelize, TypeORM, a "
              "numbered SQL directory) carries a version older than the newest one on the base: a database "
              "already migrated past it may never run it (Flyway and golang-migrate refuse it, Rails runs it out "
              "of order). A warning: some teams allow out-of-order migrations on purpose. Needs `--base`."),
         bad=('base:    db/migrate/20240305101500_add_region_to_orders.rb\n'
              'this PR: db/migrate/20240301090000_add_channel_to_orders.rb\n'),
         good=('base:    db/migrate/20240305101500_add_region_to_orders.rb\n'
               'this PR: db/migrate/20240306090000_add_channel_to_orders.rb\n')),
    Rule('RL506', 'RailsDuplicateMigrationName', ERROR, ("migrations",),
         'two Rails migrations share a name',
         why=("Two Rails migrations with different timestamps share a name, so they define one class twice: "
              "`rails db:migrate` stops with DuplicateMigrationNameError. Two branches each added "
              "`add_index_to_users`; rename one (file and class)."),
         certain=('Rails refuses to migrate when two migrations have the same name '
                  '(ActiveRecord::DuplicateMigrationNameError).'),
         bad=('db/migrate/20240301090000_add_index_to_users.rb\n'
              'db/migrate/20240305101500_add_index_to_users.rb\n'),
         good=('db/migrate/20240301090000_add_index_to_users.rb\n'
               'db/migrate/20240305101500_add_email_index_to_users.rb\n')),
    Rule('RL511', 'AlembicDuplicateRevision', ERROR, ("migrations",),
         'two alembic migrations declare the same revision id',
         why=('Two alembic migrations declare the same `revision` id (a file copied from the other side of a '
              'conflict and renamed, but not re-identified).'),
         certain='alembic refuses two scripts with the same revision id.',
         bad="0037_a.py: revision = 'c0ffee370001'\n0038_b.py: revision = 'c0ffee370001'\n",
         good="0037_a.py: revision = 'c0ffee370001'\n0038_b.py: revision = 'c0ffee380001'\n"),
    Rule('RL512', 'AlembicMultipleHeads', ERROR, ("migrations",),
         'the alembic revision graph has more than one head',
         why=('The revision graph has more than one head: two migrations name the same parent. `alembic upgrade'
              " head` stops with 'Multiple head revisions are present'."),
         certain=("alembic upgrade head refuses a revision graph with several heads ('Multiple head revisions are "
                  "present')."),
         bad=("0037_add_region.py:        down_revision = '0036'\n"
              "0037_promote_dark_mode.py: down_revision = '0036'\n"),
         good=("0037_add_region.py:        down_revision = '0036'\n"
               "0038_promote_dark_mode.py: down_revision = '0037'\n")),
    Rule('RL513', 'AlembicUnknownParent', ERROR, ("migrations",),
         'an alembic down_revision names no known revision',
         why=('A `down_revision` names a revision no file declares: the parent was renumbered or dropped.'),
         certain='alembic refuses a down_revision that names no revision.',
         bad="0038_promote_dark_mode.py: down_revision = '0037_old'\n",
         good="0038_promote_dark_mode.py: down_revision = '0037'\n"),
    Rule('RL514', 'AlembicCycle', ERROR, ("migrations",),
         'the alembic revision graph has a cycle',
         why='The revision graph loops, so alembic cannot order it.',
         certain='alembic refuses a revision graph with a cycle.',
         bad="0037: down_revision = '0038'\n0038: down_revision = '0037'\n",
         good="0037: down_revision = '0036'\n0038: down_revision = '0037'\n"),
    Rule('RL515', 'AlembicHeadsAfterMerge', ERROR, ("migrations",),
         'merged with the base, the alembic revision graph would have more than one head',
         why=("This change's migration and one the base gained since the branch started name the same parent. "
              'Each branch alone has one head; merged, alembic finds two. Numbered apart, no prefix check sees '
              'it. Needs `--base`.'),
         certain="After the merge alembic upgrade head would refuse the graph's several heads.",
         bad=("base:    0039_main.py:    down_revision = '0037'\n"
              "this PR: 0040_feature.py: down_revision = '0037'\n"),
         good=("base:    0039_main.py:    down_revision = '0037'\n"
               "this PR: 0040_feature.py: down_revision = '0039'\n")),
    Rule('RL516', 'DjangoConflictingLeaves', ERROR, ("migrations",),
         'a Django app has more than one leaf migration',
         why=("Two migrations of one Django app depend on the same parent and nothing depends on either: "
              "`migrate` stops with 'Conflicting migrations detected; multiple leaf nodes in the migration graph'."
              " Make one depend on the other (renumbered), or add a merge migration "
              "(`manage.py makemigrations --merge`). The graph is read from each `Migration.dependencies` with "
              "ast, never imported; squashed migrations stand in for those they replace."),
         certain=("manage.py migrate refuses an app with conflicting leaf migrations ('Conflicting migrations "
                  "detected')."),
         bad=("dcim/migrations/0191_module_bay_rebuild.py:   dependencies = [('dcim', '0190_nested_modules')]\n"
              "dcim/migrations/0191_cable_profiles.py:      dependencies = [('dcim', '0190_nested_modules')]\n"),
         good=("dcim/migrations/0191_module_bay_rebuild.py:   dependencies = [('dcim', '0190_nested_modules')]\n"
               "dcim/migrations/0192_cable_profiles.py:      dependencies = [('dcim', '0191_module_bay_rebuild')]\n")),
    Rule('RL517', 'DjangoLeavesAfterMerge', ERROR, ("migrations",),
         'merged with the base, a Django app would have more than one leaf migration',
         why=("This change's migration and one the base gained since the branch started depend on the same "
              "parent. Each branch alone has one leaf; merged, Django finds two and `migrate` refuses to run. "
              "Needs `--base`; `check --fix` re-parents (and renumbers) the migration this change added."),
         certain="After the merge manage.py migrate would refuse the app's conflicting leaves.",
         bad=("base:    account/migrations/0085_user_is_confirmed.py: dependencies = [('account', '0084_x')]\n"
              "this PR: account/migrations/0085_user_last_login.py:   dependencies = [('account', '0084_x')]\n"),
         good=("base:    account/migrations/0085_user_is_confirmed.py: dependencies = [('account', '0084_x')]\n"
               "this PR: account/migrations/0086_user_last_login.py:   "
               "dependencies = [('account', '0085_user_is_confirmed')]\n")),
    Rule('RL518', 'DjangoUnknownDependency', ERROR, ("migrations",),
         'a Django migration depends on a migration of its app that does not exist',
         why=("A migration's `dependencies` name a migration of the same app that no file (and no squashed "
              "migration's `replaces`) provides: it was renamed or renumbered. Django stops with "
              "NodeNotFoundError."),
         certain='Django refuses a dependency on a migration that does not exist (NodeNotFoundError).',
         bad="0086_user_last_login.py: dependencies = [('account', '0085_renamed_away')]\n",
         good="0086_user_last_login.py: dependencies = [('account', '0085_user_is_confirmed')]\n"),
    Rule('RL601', 'FlagWithoutPromotion', ERROR, ("flags",),
         'a new feature flag has no promotion migration in the same change',
         why=('A flag added to the feature-flag registry must ship with its `NNNN_promote_<flag>.py` migration '
              'in the same change, or it is never switched on in the console. Needs `--base` to know what is '
              'new.'),
         certain=("Only where the flag registry exists (the configured path): the project's own rule that a new "
                  'flag ships with its promotion migration.'),
         bad=('feature_flags.yaml: + dark_mode: {enabled: false}\n'
              '(no console/migrations/versions/00XX_promote_dark_mode.py)\n'),
         good=('feature_flags.yaml: + dark_mode: {enabled: false}\n'
               'console/migrations/versions/0038_promote_dark_mode.py\n')),
    Rule('RL602', 'FlagRemoved', INFO, ("flags",),
         'a feature flag was removed (information)',
         why='A flag left the registry. Information only: check that no code still reads it.',
         bad='feature_flags.yaml: - legacy_checkout: {enabled: true}\n',
         good='(information: nothing to fix if intended)\n'),
    Rule('RL603', 'FlagRenamed', INFO, ("flags",),
         'a feature flag was renamed (information)',
         why=('A flag seems renamed (one removed, one added with the same settings). Information only: the '
              'promotion migration must use the new name.'),
         bad='feature_flags.yaml: - darkmode: {...}\nfeature_flags.yaml: + dark_mode: {...}\n',
         good='(information: nothing to fix if intended)\n'),
    Rule('RL701', 'MergeLeftMarkers', ERROR, (),
         'a merge commit left conflict markers in a file',
         why=('`rebound-lint audit`: a merge commit on the branch committed a file with conflict markers. The '
              'finding names the merge and the conflict region.'),
         certain=("A committed merge with conflict markers left in a file: RL001's certainty, on the branch's "
                  'history.'),
         bad='merge 1a2b3c4: backend_v2/api/__init__.py committed with a conflict block at lines 15-21\n',
         good='the merge resolves every conflict before it is committed\n'),
    Rule('RL702', 'ConflictBothSidesKept', WARNING, ("conflict-markers",),
         'a conflict was resolved by keeping both sides verbatim',
         why=('A conflict was resolved by keeping both sides verbatim (ours then theirs, or theirs then ours) '
              'in a file type where that is unsafe. `audit` finds it in merges on the branch; `check` finds it '
              'during a merge, rebase or cherry-pick, before the commit. Files that git merges with '
              '`merge=union`, and the `union-safe` globs (changelogs by default), may keep both.'),
         bad=('<<<<<<< HEAD\n'
              '    app.register_blueprint(a_bp)\n'
              '=======\n'
              '    app.register_blueprint(b_bp)\n'
              '>>>>>>> b\n'
              'resolved as:\n'
              '    app.register_blueprint(a_bp)\n'
              '    app.register_blueprint(b_bp)\n'
              '(fine here only if both registrations are meant; rebound-lint asks you to look)\n'),
         good='a resolution written for the file: one side, or the two combined by hand\n'),
    Rule('RL801', 'PlanSharedFile', ERROR, (),
         'two PRs in one burst of a merge plan touch the same file',
         why=('Within a burst, PRs merge in parallel; two that touch the same file will conflict, and a '
              'conflict resolved in a hurry is how the incident happened. `plan --check` reports it with the '
              'file.'),
         certain=("Two PRs that touch one file cannot merge in parallel without a conflict: the plan's own "
                  'definition of a burst.'),
         bad='bursts:\n  - [726, 335]   # both edit .github/workflows/ci.yml\n',
         good='bursts:\n  - [726, 536]\n  - [335]\n'),
    Rule('RL802', 'PlanSoloFileInBurst', ERROR, (),
         'a PR touching an always-solo file shares a burst',
         why=('Some files (the blueprint registry, the flag registry, app.py, console migrations, package.json)'
              ' force a PR to merge alone on a fresh main; configured under [tool.rebound-lint.plan].'),
         certain="The configuration names the file as always-solo: the plan breaks the project's own rule.",
         bad='bursts:\n  - [654, 655]   # 654 edits backend_v2/app.py\n',
         good='bursts:\n  - [655]\nsolo: [654]\n'),
    Rule('RL803', 'PlanMigrationsInBurst', ERROR, (),
         'two PRs adding migrations share a burst',
         why=('Two PRs that each add a migration pick numbers from the same head and collide; migration-adding '
              'PRs merge one a burst, numbered at dispatch time.'),
         certain=('Two PRs that each add a migration pick numbers from one head: they collide (RL501), by '
                  'construction.'),
         bad='bursts:\n  - [508, 509]   # both add db/migrations/02X_*.sql\n',
         good='bursts:\n  - [508]\n  - [509]\n'),
    Rule('RL804', 'PlanDependencyOrder', ERROR, (),
         'a PR is scheduled before (or with) a PR it depends on',
         why=("A PR must merge after the PRs it depends on (`depends_on`, or 'Depends on #N' in a PR body); in "
              'the same burst is too early.'),
         certain='A PR cannot merge before what it depends on: the plan orders it wrongly by its own manifests.',
         bad='solo: [1766, 1764]   # 1766 depends on 1764\n',
         good='solo: [1764, 1766]\n'),
    Rule('RL805', 'PlanBlockedScheduled', ERROR, (),
         'a blocked PR is scheduled',
         why=('A PR marked blocked (or depending on a blocked PR) must not be dispatched until its blocker '
              'clears.'),
         certain='A PR marked blocked must not be dispatched: the plan contradicts its own manifests.',
         bad='bursts:\n  - [1613, 593]   # 1613 waits for an operator decision\n',
         good='bursts:\n  - [593]\nblocked: [1613]\n'),
    Rule('RL806', 'PlanUnknownOrDuplicatePR', ERROR, (),
         'a plan names a PR twice, or one not in the manifests',
         why='The plan names a PR twice, or a PR the manifests do not have (a typo, or a stale plan).',
         certain='A plan that names a PR twice, or one the manifests lack, cannot be carried out as written.',
         bad='bursts:\n  - [593, 578]\n  - [578]\n',
         good='bursts:\n  - [593, 578]\n'),
    Rule('RL807', 'PlanMissingPR', WARNING, (),
         'a PR in the manifests is neither scheduled nor blocked',
         why='A PR in the manifests is neither scheduled nor listed as blocked: it would be forgotten.',
         bad='bursts:\n  - [593]   # 578 is in the manifests too\n',
         good='bursts:\n  - [593, 578]\n'),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in CATALOGUE}


def summary(code: str) -> str:
    rule = RULES.get(code)
    return rule.summary if rule else ""


def default_severity(code: str) -> str:
    rule = RULES.get(code)
    return rule.severity if rule else ERROR


def hook_codes(hook: str) -> tuple[str, ...]:
    """The rule codes a pre-commit hook reports."""
    return tuple(rule.code for rule in CATALOGUE if hook in rule.hooks)


def is_known_prefix(code: str) -> bool:
    """A rule code, or a prefix of one (`RL1`, `RL20`)."""
    return any(rule.startswith(code) for rule in RULES)


def explain(code: str) -> str:
    """Plain-text explanation of one rule, as `rules --explain` prints it."""
    rule = RULES[code]
    return (f"{code} {rule.name}: {rule.summary}\n\n{rule.why}\n\n{_certainty(rule)}Bad:\n{_indent(rule.bad)}\n"
            f"Good:\n{_indent(rule.good)}")


def _certainty(rule: Rule) -> str:
    """Why an error rule's finding is certain, as a paragraph ("" for warnings and notes)."""
    return f"Why a healthy file cannot trigger it: {rule.certain}\n\n" if rule.certain else ""


def markdown_table() -> str:
    """The README's rule table: code, default severity, summary."""
    rows = "".join(f"| {rule.code} | {rule.severity} | {rule.summary} |\n" for rule in CATALOGUE)
    return "| code | severity | summary |\n| --- | --- | --- |\n" + rows


def markdown() -> str:
    """Every rule as a README section: heading, why, bad and good examples (indented code blocks,
    so that a marker example never starts a line)."""
    parts = []
    for rule in CATALOGUE:
        parts.append(f"#### {rule.code} `{rule.name}`: {rule.summary}\n\n{rule.why}\n\n{_certainty(rule)}Bad:\n\n"
                     f"{_indent(rule.bad)}\n"
                     f"Good:\n\n{_indent(rule.good)}")
    return "\n".join(parts)


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in text.splitlines())
