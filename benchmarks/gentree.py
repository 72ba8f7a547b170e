"""A deterministic, realistic source tree for benchmarks and scale tests.

`generate(dest, files=5000, seed=7)` writes Python services, React components (.js/.jsx),
Postgres migrations, YAML (CI, k8s, flag registries), JSON and Markdown docs (with setext
headings, the marker look-alike) in proportions like a monorepo's, plus a few planted defects,
and returns the planted defects as (relative path, rule code) pairs.
"""
from __future__ import annotations

import random
from pathlib import Path

SHARES = (("py", 0.28), ("yaml", 0.27), ("js", 0.08), ("jsx", 0.07), ("ts", 0.04), ("tsx", 0.02), ("sql", 0.08),
          ("md", 0.11), ("json", 0.05))
WORDS = ("order", "account", "session", "consent", "passkey", "demo", "trace", "shadow", "region", "ledger",
         "invoice", "quote", "signal", "portfolio", "alert", "report", "backtest", "enrollment", "device", "audit")
OPEN, MID, CLOSE = "<" * 7, "=" * 7, ">" * 7


def _name(rng: random.Random, parts: int = 2) -> str:
    return "_".join(rng.choice(WORDS) for _ in range(parts))


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def python_module(rng: random.Random) -> str:
    entity = _name(rng)
    out = [f'"""Service for {entity.replace("_", " ")} records."""',
           "from __future__ import annotations", "", "import logging",
           "from dataclasses import dataclass, field", "from typing import Iterable", "",
           "log = logging.getLogger(__name__)", ""]
    out += ["@dataclass", f"class {_camel(entity)}:", "    id: int", "    name: str",
            "    tags: list[str] = field(default_factory=list)", "",
            "    def label(self) -> str:", '        return f"{self.name} ({len(self.tags)} tags)"', ""]
    for index in range(rng.randint(4, 12)):
        fn = f"{_name(rng)}_{index}"
        out += [f"def {fn}(items: Iterable[{_camel(entity)}], limit: int = {rng.randint(5, 500)}) -> dict[str, int]:",
                f'    """Count {fn.replace("_", " ")} by name."""',
                "    counts: dict[str, int] = {}",
                "    for item in items:",
                "        if item.id % 2 and len(counts) < limit:",
                "            counts[item.name] = counts.get(item.name, 0) + 1",
                "        elif item.tags:",
                '            log.debug("skip %s", item.label())',
                "    return {key: value for key, value in sorted(counts.items()) if value}", ""]
    return "\n".join(out) + "\n"


def javascript_module(rng: random.Random, jsx: bool) -> str:
    entity = _camel(_name(rng))
    out = ["import { useEffect, useState } from 'react';", f"import {{ fetch{entity} }} from '../api/{entity}API';", ""]
    if jsx:
        out += [f"export default function {entity}Panel({{ userId, onClose }}) {{",
                "  const [rows, setRows] = useState([]);",
                "  const [error, setError] = useState(null);",
                "  useEffect(() => {",
                f"    fetch{entity}(userId).then((data) => setRows(data?.items ?? [])).catch(setError);",
                "  }, [userId]);",
                "  return (",
                f'    <section className="{entity.lower()}-panel">',
                "      {error && <p className=\"error\">{error.message}</p>}",
                "      <ul>",
                "        {rows.map((row) => (",
                "          <li key={row.id} onClick={() => onClose?.(row)}>{row.name}</li>",
                "        ))}",
                "      </ul>",
                "    </section>",
                "  );",
                "}", ""]
    for index in range(rng.randint(3, 9)):
        fn = f"{_camel(_name(rng))}{index}"
        out += [f"export async function load{fn}(client, options = {{}}) {{",
                f"  const url = `/api/{entity.lower()}/${{options.id ?? 'all'}}`;",
                "  const response = await client.get(url, { params: { limit: options.limit ?? 50 } });",
                "  return response?.data?.items?.map((item) => ({ ...item, loaded: Date.now() })) ?? [];",
                "}", ""]
    out += [f"export class {entity}Store {{", "  #cache = new Map();", "  static instances = 0;",
            "  get size() { return this.#cache.size; }", "  set(key, value) { this.#cache.set(key, value); }", "}", ""]
    return "\n".join(out)


def typescript_module(rng: random.Random, tsx: bool) -> str:
    entity = _camel(_name(rng))
    out = ["import type { AxiosInstance } from 'axios';", f"import {{ fetch{entity}, type {entity}Query }} from "
           f"'../api/{entity}API';", "",
           f"export interface {entity} {{", "  id: string;", "  name: string;", "  updatedAt?: Date;", "}", "",
           f"export interface {entity} {{", "  tags: readonly string[];", "}", "",
           f"export type {entity}Id = {entity}['id'];", "",
           f"export enum {entity}State {{", "  Idle = 'idle',", "  Loading = 'loading',", "}", ""]
    if tsx:
        out += [f"export function {entity}Row({{ row, onOpen }}: {{ row: {entity}; onOpen?: (id: string) => void }}) {{",
                "  return (",
                f'    <li className="{entity.lower()}-row" onClick={{() => onOpen?.(row.id)}}>',
                "      {row.name} <small>{row.tags.join(', ')}</small>",
                "    </li>",
                "  );",
                "}", ""]
    for index in range(rng.randint(2, 6)):
        fn = f"{_camel(_name(rng))}{index}"
        out += [f"export function load{fn}(client: AxiosInstance, query: {entity}Query): Promise<{entity}[]>;",
                f"export function load{fn}(client: AxiosInstance, query: {entity}Query, "
                f"fresh: boolean): Promise<{entity}[]>;",
                f"export async function load{fn}(client: AxiosInstance, query: {entity}Query, fresh = false) {{",
                f"  const response = await client.get<{entity}[]>(`/api/{entity.lower()}`, "
                "{ params: { ...query, fresh } });",
                "  return response.data.map((item) => ({ ...item, updatedAt: new Date() }));",
                "}", ""]
    out += [f"export class {entity}Store<T extends {entity} = {entity}> {{",
            "  private readonly cache = new Map<string, T>();", "  static instances = 0;",
            "  constructor(private readonly client: AxiosInstance) {}",
            "  get size(): number { return this.cache.size; }",
            "  set(key: string, value: T): void;", "  set(key: string, value: T, ttl: number): void;",
            "  set(key: string, value: T, ttl?: number): void { this.cache.set(key, value); void ttl; }",
            f"  state(): {entity}State {{ return this.cache.size ? {entity}State.Idle : {entity}State.Loading; }}",
            "}", ""]
    return "\n".join(out)


def sql_migration(rng: random.Random, number: int) -> str:
    table = _name(rng)
    out = [f"-- {number:03d}: {table.replace('_', ' ')}", "BEGIN;", "",
           f"CREATE TABLE IF NOT EXISTS {table} (",
           "    id BIGSERIAL PRIMARY KEY,",
           "    user_id BIGINT NOT NULL,",
           "    payload JSONB NOT NULL DEFAULT '{}'::jsonb,",
           "    created_at TIMESTAMPTZ NOT NULL DEFAULT now()",
           ");", "",
           f"CREATE INDEX IF NOT EXISTS {table}_user_idx ON {table} (user_id, created_at DESC);", ""]
    for index in range(rng.randint(1, 4)):
        out += [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {_name(rng)}_{index} TEXT;"]
    out += ["", f"CREATE OR REPLACE FUNCTION {table}_touch() RETURNS trigger AS $$",
            "BEGIN", "    NEW.created_at := now();", "    RETURN NEW;", "END;", "$$ LANGUAGE plpgsql;", "",
            "DO $$", "BEGIN",
            f"    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{table}_reader') THEN",
            f"        CREATE ROLE {table}_reader;", "    END IF;", "END", "$$;", "", "COMMIT;", ""]
    return "\n".join(out)


def yaml_document(rng: random.Random, kind: int) -> str:
    name = _name(rng).replace("_", "-")
    if kind == 0:  # CI workflow
        steps = "".join(f"      - name: step {i}\n        run: make {_name(rng)} JOBS={rng.randint(1, 8)}\n"
                        for i in range(rng.randint(3, 10)))
        return (f"name: {name}\non:\n  pull_request:\n    branches: [main]\njobs:\n  build:\n"
                f"    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n{steps}")
    if kind == 1:  # k8s deployment with anchors
        env = "".join(f"            - name: {_name(rng).upper()}_{i}\n              value: \"{rng.randint(1, 999)}\"\n"
                      for i in range(rng.randint(2, 8)))
        return (f"defaults: &defaults\n  replicas: {rng.randint(1, 5)}\n  revisionHistoryLimit: 3\n"
                f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  labels: {{app: {name}}}\n"
                f"spec:\n  <<: *defaults\n  template:\n    spec:\n      containers:\n        - name: {name}\n"
                f"          image: registry.local/{name}:{rng.randint(1, 40)}.{rng.randint(0, 9)}\n          env:\n{env}")
    flags = "".join(f"  {_name(rng)}_{i}:\n    enabled: {rng.choice(['true', 'false'])}\n    owner: team-{rng.choice(WORDS)}\n"
                    f"    rollout: {rng.randint(0, 100)}\n" for i in range(rng.randint(4, 15)))
    return f"version: 2\nflags:\n{flags}"


def markdown_document(rng: random.Random) -> str:
    title = _name(rng, 3).replace("_", " ").title()
    sections = "".join(f"{_name(rng).replace('_', ' ').title()} {i}\n{'-' * 20}\n\n"
                       f"Run `make {_name(rng)}` before merging. See the runbook for rollbacks.\n\n"
                       for i in range(rng.randint(2, 6)))
    return f"{title}\n{MID}\n\n{sections}"


def json_document(rng: random.Random) -> str:
    deps = ",\n".join(f'    "{_name(rng).replace("_", "-")}-{i}": "^{rng.randint(1, 20)}.{rng.randint(0, 9)}.0"'
                      for i in range(rng.randint(3, 12)))
    return f'{{\n  "name": "{_name(rng).replace("_", "-")}",\n  "private": true,\n  "dependencies": {{\n{deps}\n  }}\n}}\n'


def _content(rng: random.Random, kind: str, index: int) -> str:
    if kind == "py":
        return python_module(rng)
    if kind in ("js", "jsx"):
        return javascript_module(rng, kind == "jsx")
    if kind in ("ts", "tsx"):
        return typescript_module(rng, kind == "tsx")
    if kind == "sql":
        return sql_migration(rng, index)
    if kind == "yaml":
        return yaml_document(rng, index % 3)
    if kind == "md":
        return markdown_document(rng)
    return json_document(rng)


def _plant(kind: str, text: str, defect: int) -> tuple[str, str]:
    """One defect of the incident's kinds: a conflict block, or both halves kept."""
    lines = text.splitlines(keepends=True)
    middle = len(lines) // 2
    if defect % 2 == 0:
        block = [f"{OPEN} HEAD\n", *lines[middle:middle + 2], f"{MID}\n", *lines[middle:middle + 2],
                 f"{CLOSE} pr-17{defect:02d}\n"]
        return "".join(lines[:middle] + block + lines[middle + 2:]), "RL001"
    broken = {"py": ("    return {key", "RL101"), "sql": ("CREATE TABLE broken (id int\n", "RL201"),
              "js": ("export const = 1;\n", "RL301"), "jsx": ("export const = 1;\n", "RL301"),
              "ts": ("export const = 1;\n", "RL321"), "tsx": ("export const = 1;\n", "RL321"),
              "yaml": (lines[0], "RL402"), "json": ("{\n", "RL411"), "md": (f"{CLOSE} orphan\n", "RL002")}
    addition, code = broken[kind]
    if kind == "py":
        return text.replace("    return {key", "    return {{key", 1), code
    if kind == "yaml":
        return text + addition, code
    if kind == "json":
        return addition + text, code
    return text + addition, code


def generate(dest: Path, files: int = 5000, seed: int = 7, defects: int = 12) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    kinds = [kind for kind, share in SHARES for _ in range(round(files * share))]
    kinds = (kinds + ["py"] * files)[:files]
    rng.shuffle(kinds)
    planted_at = set(rng.sample(range(files), min(defects, files)))
    planted = []
    counters: dict[str, int] = {}
    for index, kind in enumerate(kinds):
        counters[kind] = counters.get(kind, 0) + 1
        number = counters[kind]
        package = f"{rng.choice(WORDS)}_{number % 40:02d}"
        folder = {"py": f"services/{package}", "js": f"web/src/{package}", "jsx": f"web/src/{package}/components",
                  "ts": f"web/src/{package}", "tsx": f"web/src/{package}/components",
                  "sql": "db/migrations", "yaml": f"deploy/{package}", "md": f"docs/{package}",
                  "json": f"web/packages/{package}"}[kind]
        stem = f"{number:03d}_{_name(rng)}" if kind == "sql" else f"{_name(rng)}_{number}"
        rel = f"{folder}/{stem}.{kind}"
        text = _content(rng, kind, number)
        if index in planted_at:
            text, code = _plant(kind, text, len(planted))
            planted.append((rel, code))
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(planted)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for rel, code in generate(args.dest, args.files, args.seed):
        print(f"planted {code} in {rel}")
