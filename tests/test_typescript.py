"""TypeScript and TSX: syntax errors (RL321), the both-halves rules, and the redeclarations
TypeScript refuses (RL322) with declaration merging, overloads, `declare` and type-only imports
understood. Real TS must stay silent: a vendored sample of excalidraw (MIT)."""
from pathlib import Path

import pytest
from conftest import codes, findings_for

SAMPLE = Path(__file__).resolve().parent / "data" / "ts_corpus"
REAL = sorted(p for p in SAMPLE.rglob("*") if p.suffix in (".ts", ".tsx"))

# Valid TypeScript that merges, overloads or declares: no finding.
MERGES = {
    "interfaces.ts": "export interface A { x: number }\nexport interface A { y: number }\n",
    "class_interface.ts": "interface Box { w: number }\nclass Box { h = 1 }\nexport { Box };\n",
    "namespace_function.ts": "function f() {}\nnamespace f { export const x = 1; }\nnamespace f { export const y = 2; }\n",
    "namespace_class.ts": "class C {}\nnamespace C { export const x = 1; }\n",
    "enums.ts": "enum E { A = 1 }\nenum E { B = 2 }\n",
    "overloads.ts": "function f(a: string): void;\nfunction f(a: number): void;\nfunction f(a: any) {}\n",
    "export_overloads.ts": "export function f(a: string): void;\nexport function f(a: any) { return a; }\n",
    "method_overloads.ts": "class C {\n  m(a: string): void;\n  m(a: number): void;\n  m(a: any) {}\n}\n",
    "declare.ts": "declare function g(a: string): void;\ndeclare function g(a: number): void;\n"
                  "declare global { interface Window { x: 1 } }\n",
    "type_value.ts": "export type Id = string;\nexport const Id = (s: string): Id => s;\n",
    "type_imports.ts": "import type { A } from './a';\nimport { type B, C } from './b';\n"
                       "export type { A, B };\nexport const c = C;\n",
    "var_twice.ts": "var a = 1;\nif (a) { var a = 2; }\n",
    # An import without `type` may bring a type only (a Prisma model, an interface): a value of the
    # same name beside it is valid TypeScript (tsc accepts it unless isolatedModules is set).
    "import_type_then_const.ts": "import { Post } from '.prisma/client';\n"
                                 "const Post = objectType({ name: 'Post' });\nexport const p: Post | null = null;\n",
    "import_alias_then_const.ts": "import { MockServer as dbMockServer } from '@prisma/client';\n"
                                  "const dbMockServer: dbMockServer = { id: 'm' };\nexport { dbMockServer };\n",
    "import_then_function_var.ts": "import Row, { Cell } from './rows';\nfunction Row() { return 1; }\n"
                                   "var Cell = 2;\nlet c: Cell;\n",
    "type_import_then_let.ts": "import type { A } from './a';\nlet A = 1;\nexport { A };\n",
    "accessors.ts": "class C { get x() { return 1; } set x(v: number) {} static x = 2; }\n",
    "abstract.ts": "abstract class A { abstract m(): void; }\nclass B extends A { m() {} }\n",
    "parameter_properties.ts": "class C { constructor(private a: string, public b = 1) {} }\n",
    "catch_var.ts": "try { f(); } catch (e) { var e = 1; }\n",
    "function_var.ts": "function f(a: number) { var a = 2; function a2() {} return a; }\n",
    "blocks.ts": "let x = 1;\n{ let x = 2; }\nfor (let i = 0; i < 2; i++) { let i = 3; }\n",
    "decl.d.ts": "declare module 'x' { export const a: 1; }\nexport function f(): void;\nexport function f(a: string): void;\n"
                "export declare const v: number;\nexport declare const v: number;\n",
    "decorators.ts": "@Component({ selector: 'x' })\nexport class A { @Input() x = 1; }\n",
    "generic_arrow.tsx": "export const f = <T,>(a: T) => a;\nexport const el = <div className=\"a\">{f(1)}</div>;\n",
    "satisfies.ts": "export const c = { a: 1 } as const satisfies Record<string, number>;\n",
    "repeated_types.ts": "export interface A {}\nexport interface A {}\ndeclare module 'm';\ndeclare module 'm';\n",
    "m.test.ts": "app.use(auth);\napp.use(auth);\n",
    "component.stories.tsx": "register(a);\nregister(a);\n",
}

# Each bad case: (file name, text, expected codes, (line, col) of the first).
BAD = [
    ("a.ts", "let a = 1;\nlet a = 2;\n", ["RL322"], (2, 5)),
    ("a.ts", "import { api } from './api';\nimport { api } from './b';\n", ["RL322"], (2, 10)),
    ("a.ts", "class A {}\nclass A {}\n", ["RL322"], (2, 7)),
    # whatever an import brings (a value, a type or both), a class or an enum (both) clashes with it,
    # and so does a second import of the name
    ("a.ts", "import { Post } from './m';\nclass Post {}\n", ["RL322"], (2, 7)),
    ("a.ts", "import * as Post from './m';\nenum Post { A }\n", ["RL322"], (2, 6)),
    ("a.ts", "import { Post } from './m';\nimport { User as Post } from './m';\n", ["RL322"], (2, 18)),
    ("a.ts", "import Post from './m';\nimport Post from './n';\n", ["RL322"], (2, 8)),
    ("a.ts", "class A {}\nfunction A() {}\n", ["RL322"], (2, 10)),
    ("a.ts", "enum E { A }\nconst E = 1;\n", ["RL322"], (2, 7)),
    ("a.ts", "export function load(id: string) { return 1; }\nexport function load(id: string) { return 2; }\n",
     ["RL322"], (2, 17)),
    ("a.ts", "function f(a: string) {\n  let a = 1;\n}\n", ["RL322"], (2, 7)),
    ("a.ts", "try { f(); } catch (e) {\n  let e = 1;\n}\n", ["RL322"], (2, 7)),
    ("a.ts", "let x = 1;\n{\n  var x = 2;\n}\n", ["RL322"], (3, 7)),
    ("a.ts", "switch (k) {\n  case 1: let a = 1; break;\n  case 2: let a = 2; break;\n}\n", ["RL322"], (3, 15)),
    ("a.ts", "export const DEFAULTS = { timeout: 30, retries: 2, timeout: 45 } as const;\n", ["RL311"], (1, 52)),
    ("a.ts", "class C {\n  m(): void;\n  m() {}\n  m() { return 1; }\n}\n", ["RL312"], (4, 3)),
    ("a.ts", "class C {\n  private x: number = 1;\n  private x: number = 2;\n}\n", ["RL312"], (3, 3)),
    ("a.tsx", "export const Row = () => <li className=\"row\" key=\"a\" className=\"b\" />;\n", ["RL313"], (1, 54)),
    ("a.ts", "switch (t) {\n  case 'a': break;\n  case 'a': break;\n}\n", ["RL314"], (3, 3)),
    ("a.ts", "app.use(demoRouter);\napp.use(demoRouter);\n", ["RL315"], (2, 1)),
    ("a.ts", "export function total(items: Item[]): number {\n  return 1;\n  }\n}\n", ["RL321"], (4, 1)),
    ("a.tsx", "export const A = () => (\n  <div>\n);\n", ["RL321"], None),
    ("a.mts", "export const a = ;\n", ["RL321"], (1, 16)),
    ("a.cts", "const a: number = 1;\nconst a: number = 2;\n", ["RL322"], (2, 7)),
]


@pytest.mark.parametrize("name", sorted(MERGES))
def test_declaration_merging_overloads_and_declare_stay_silent(name):
    assert findings_for(name, MERGES[name]) == []


@pytest.mark.parametrize("name,text,expected,position", BAD)
def test_defects_are_found_where_they_are(name, text, expected, position):
    found = findings_for(name, text)
    assert codes(found) == expected
    if position:
        assert (found[0].line, found[0].col) == position
    assert "conflict" in found[0].message or found[0].code == "RL321"


def test_syntax_error_message_names_the_token():
    found = findings_for("a.ts", "export function f(a: number {\n  return a;\n}\n")
    assert codes(found) == ["RL321"] and found[0].message.startswith("TypeScript syntax error: ")


def test_conflict_markers_are_the_finding_not_a_syntax_error():
    text = ("import { a } from './a';\n<<<<<<< HEAD\nexport const x: number = 1;\n=======\n"
            "export const x: number = 2;\n>>>>>>> feature\n")
    assert codes(findings_for("a.ts", text)) == ["RL001"]


def test_known_tree_sitter_gaps_are_not_findings(tmp_path, lint):
    """tree-sitter-typescript 0.23 rejects `&` in JSX text and `typeof import()` in a type: valid
    code, so no finding; --debug says the syntax was not checked."""
    jsx = "export const A = () => <h3>Light & dark</h3>;\n"
    typed = "const m = await importOriginal<typeof import(\"./m\")>();\nexport { m };\n"
    assert findings_for("a.tsx", jsx) == [] and findings_for("b.ts", typed) == []
    (tmp_path / "a.tsx").write_text(jsx)
    assert "does not parse `&` in JSX text" in lint("check", "--debug", "a.tsx", cwd=tmp_path).err
    # the same shapes where they are real errors are still found
    assert codes(findings_for("c.ts", "const x = a && ;\n")) == ["RL321"]


def test_typescript_files_are_checked_by_the_cli(tmp_path, lint):
    (tmp_path / "ok.ts").write_text("export interface A { x: number }\nexport interface A { y: number }\n")
    (tmp_path / "bad.mts").write_text("let a = 1;\nlet a = 2;\nexport { a };\n")
    (tmp_path / "ui.tsx").write_text("export const R = () => <li key=\"a\" key=\"b\" />;\n")
    result = lint("check", ".", cwd=tmp_path)
    assert result.code == 1
    assert "bad.mts:2:5: RL322" in result.out and "ui.tsx:1:36: RL313" in result.out and "ok.ts" not in result.out


def test_vendored_sample_is_licensed():
    assert len(REAL) >= 40 and (SAMPLE / "excalidraw" / "LICENSE").is_file()


@pytest.mark.parametrize("path", REAL, ids=[str(p.relative_to(SAMPLE)) for p in REAL])
def test_real_typescript_has_no_finding(path):
    assert findings_for(path.name, path.read_bytes()) == []


@pytest.mark.parametrize("name", ["a.ts", "a.js"])
def test_a_computed_constructor_key_is_not_the_class_constructor(name):
    """ECMAScript: only a member whose own (not computed) name is `constructor` is the class's
    constructor; `['constructor']` is an ordinary member (Lexical types it so the instance's
    `constructor` property is typed). The two never collide; two real constructors still do."""
    typed = "!: KlassConstructor<typeof Node>;" if name.endswith(".ts") else " = Node;"
    text = f"export class Node {{\n  ['constructor']{typed}\n  constructor(key) {{\n    this.key = key;\n  }}\n}}\n"
    assert findings_for(name, text) == []
    twice = "class A {\n  m() {}\n  ['m']() {}\n}\n"
    assert codes(findings_for(name, twice)) == ["RL312"]


def test_modifier_order_in_a_declaration_file_is_the_checkers_business():
    """bokeh's bokehjs/src/lib/version.d.ts: `declare export const version: string`. TypeScript's parser
    reads modifiers in any order and its checker reports the order (TS1029), which it skips in declaration
    files under skipLibCheck; tree-sitter and oxc reject it. In a declaration file that is a note; in a
    .ts file, and any other oxc objection, it stays RL321."""
    from conftest import findings_for

    text = 'declare export const version: string\ndeclare module "path-browserify" {\n  declare export function dirname(p: string): string\n}\n'
    found = findings_for("bokehjs/src/lib/version.d.ts", text)
    assert [f.code for f in found if f.severity != "info"] == [], found
    assert [f.code for f in findings_for("bokehjs/src/lib/version.ts", text)] == ["RL321"]
    assert [f.code for f in findings_for("bokehjs/src/lib/broken.d.ts", "declare export const v: string\nexport const = 1;\n")] == ["RL321"]
