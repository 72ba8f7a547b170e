"""`audit` recall: a both-kept region is a botch when it holds a base line one side kept and the
other replaced (the line and its replacement both stand), a base line another way of writing of
which the other half holds, or one thing written twice. Each case is reworked from a real naive
resolution the audit missed (benchmarks/audit_recall_real.py); the look-alikes that are additions
stay additions (tests/test_audit_precision.py holds the earlier ones)."""
from __future__ import annotations

import re

import pytest
from conftest import GitRepo
from test_audit_precision import conflict_merge


@pytest.fixture
def repo(tmp_path):
    return GitRepo(tmp_path / "repo")


def _rl702(lint, repo):
    result = lint("audit", "--verbose", cwd=repo.path)
    return result, [line for line in result.lines if re.match(r"^\S+:\d+:\d+: RL702", line)]


ROUTES = ("import { NgModule } from '@angular/core';\n"
          "import { LogsComponent } from './components/manage/logs/logs.component';\n"
          "import { SearchComponent } from './components/search/search.component';\n"
          "\nconst routes = [\n  {path: 'logs', component: LogsComponent },\n"
          "  {path: 'search', component: SearchComponent },\n];\n")


def test_an_import_one_side_dropped_with_its_last_use_and_the_other_kept_is_rl702(repo, lint):
    """paperless-ngx 67b9977d5: one side removed the search page (its route and its import) and
    added another page's import there; the other added a guard's import after the search import.
    Kept both, the search import stays with nothing left that uses it; its people removed it 21
    minutes later ("missed from merge", 68cfde5b6)."""
    ours = ROUTES.replace("component';\n\n", "component';\nimport { DirtyFormGuard } from './guards/dirty-form.guard';\n\n")
    theirs = (ROUTES.replace("import { SearchComponent } from './components/search/search.component';\n",
                             "import {DocumentAsnComponent} from \"./components/document-asn/document-asn.component\";\n")
              .replace("  {path: 'search', component: SearchComponent },\n", "  {path: 'asn/:id', component: DocumentAsnComponent },\n"))
    conflict_merge(repo, "routes.ts", ROUTES, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "SearchComponent" in found[0] and "one side" in found[0], found


SPINNERS = ("from pip import __file__ as pip_location\n"
            "from pip._internal.cli.spinners import open_spinner\n"
            "from pip._internal.utils.logging import getLogger\n"
            "\nlogger = getLogger(__name__)\n"
            "\n\ndef install(requirements):\n"
            "    with open_spinner('Installing') as spinner:\n"
            "        logger.debug('installing %s', requirements)\n"
            "        run(pip_location, requirements, spinner=spinner)\n")


def test_a_python_import_replaced_by_one_side_and_kept_by_the_other_is_rl702(repo, lint):
    """pip d9e363c4b805: one side moved to another progress display (its import in place of the
    spinner's), the other dropped the import above; kept both, the spinner's import is left over."""
    ours = (SPINNERS.replace("cli.spinners import open_spinner", "cli.ui import status")
            .replace("open_spinner('Installing') as spinner", "status('Installing') as spinner"))
    theirs = (SPINNERS.replace("from pip import __file__ as pip_location\n", "")
              .replace("run(pip_location, ", "run(sys.executable, "))
    conflict_merge(repo, "installer.py", SPINNERS, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "open_spinner" in found[0], found


def test_an_import_one_side_dropped_that_the_merged_file_still_uses_is_additions(repo, lint):
    """The same shapes, but the other side's code still calls the spinner: the import it kept is
    needed, whatever the first side meant (says less)."""
    ours = (SPINNERS.replace("cli.spinners import open_spinner", "cli.ui import status")
            .replace("open_spinner('Installing') as spinner", "status('Installing') as spinner"))
    theirs = (SPINNERS.replace("from pip import __file__ as pip_location\n", "")
              .replace("run(pip_location, ", "run(sys.executable, ")
              + "\n\ndef uninstall(names):\n    with open_spinner('Removing'):\n        run(names)\n")
    conflict_merge(repo, "installer.py", SPINNERS, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


APPS = ("class VirtualizationConfig(AppConfig):\n    name = 'virtualization'\n\n    def ready(self):\n"
        "        from .models import VirtualMachine\n\n        # Register counters\n"
        "        connect_counters(VirtualMachine)\n")


def test_a_base_line_one_side_kept_beside_its_new_lines_and_the_other_edited_is_rl702(repo, lint):
    """netbox 2fb562fe5096: one side registered actions after `connect_counters(VirtualMachine)`,
    the other added a model to that call; kept both, the counters are connected twice."""
    ours = APPS + ("\n        # Register custom permission actions\n        register_model_actions(VirtualMachine, [\n"
                   "            ModelAction('render_config', help_text=_('Render VM configuration')),\n        ])\n")
    theirs = APPS.replace("connect_counters(VirtualMachine)", "connect_counters(VirtualMachine, VirtualMachineType)")
    conflict_merge(repo, "apps.py", APPS, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "connect_counters(VirtualMachine)" in found[0], found


CHECK = ("def run(options):\n    package_set = create_package_set()\n"
         "    missing, conflicting = check_package_set(package_set)\n    return report(missing, conflicting)\n")


def test_a_base_line_one_side_rewrote_in_many_lines_and_the_other_kept_is_rl702(repo, lint):
    """pip 540702f1e72e: one side wrote the call anew over ten lines (new arguments), the other kept
    it and added a warning before it; kept both, the packages are checked twice."""
    ours = CHECK.replace("    missing, conflicting = check_package_set(package_set)\n",
                         "    should_ignore = (\n        (lambda p: p in options.ignore_packages)\n"
                         "        if options.ignore_packages\n        else None\n    )\n"
                         "    missing, conflicting = check_package_set(\n        package_set,\n"
                         "        should_ignore,\n        should_ignore if options.recursive_ignore else None,\n    )\n")
    theirs = CHECK.replace("    missing,", "    warn_legacy_versions_and_specifiers(package_set)\n    missing,")
    conflict_merge(repo, "check.py", CHECK, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "check_package_set(package_set)" in found[0], found


RUNNERS = "default_query_runners = [\n" + "".join(f"    'redash.query_runner.{name}',\n" for name in (
    "athena", "big_query", "mysql", "pg", "presto", "mssql", "dynamodb_sql")) + "]\n"


def test_a_list_one_side_requoted_and_the_other_edited_is_rl702(repo, lint):
    """redash 19962dcc884f: one side re-quoted the whole list (a formatter), the other dropped an
    item; kept both, every runner stands twice, once in each quoting."""
    ours = RUNNERS.replace("    'redash.query_runner.dynamodb_sql',\n", "")
    theirs = RUNNERS.replace("'", '"').replace('"redash.query_runner.presto",\n',
                                               '"redash.query_runner.trino",\n    "redash.query_runner.presto",\n')
    conflict_merge(repo, "settings.py", RUNNERS, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "redash.query_runner" in found[0], found


def test_two_lists_of_different_names_in_different_quotes_are_additions(repo, lint):
    """Two runs of new names, one quoted each way: no line of one is a line of the other."""
    base = "RUNNERS = [\n    'redash.query_runner.mysql',\n]\n"
    ours = base.replace("mysql',\n", "mysql',\n    'redash.query_runner.memsql_ds',\n    'redash.query_runner.mapd',\n")
    theirs = base.replace("mysql',\n", "mysql',\n    \"redash.query_runner.jql\",\n    \"redash.query_runner.druid\",\n")
    conflict_merge(repo, "settings.py", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_a_block_each_side_moved_elsewhere_kept_in_place_by_the_other_is_rl702(repo, lint):
    """citus e249aa2d620d: each side moved one of two blocks further down; kept both, each block
    stands in its old place and in its new one."""
    schema = "-- create schema to test schema support\nCREATE SCHEMA citus_mx_test_schema_join_1;\n"
    udf = ("-- create UDF\nCREATE OR REPLACE FUNCTION simple_test_function(the_value integer)\n"
           "    RETURNS text AS $$ SELECT (the_value * 3 / 2 + 1)::text $$ LANGUAGE sql IMMUTABLE;\n")
    tail = "SELECT 1;\n\nSET citus.shard_count TO 4;\n"
    base = schema + "\n" + udf + "\n" + tail
    ours = udf + "\n" + tail + "\n" + schema
    theirs = schema + "\n" + tail + "\n" + udf
    conflict_merge(repo, "multi_mx_create_table.sql", base, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert found and any("twice" in line or "moved" in line for line in found), found


def test_one_comment_written_two_ways_is_rl702(repo, lint):
    """citus a1ab60f5ad01: both sides wrote the new function's header comment, in other words."""
    body = "CREATE OR REPLACE FUNCTION pg_catalog.citus_internal_database_command(command text)\n    RETURNS void\n"
    conflict_merge(repo, "latest.sql", "", "-- citus_internal_database_command creates a database according to the "
                   "given command.\n" + body,
                   "-- citus_internal_database_command run given database command without transaction block "
                   "restriction.\n" + body)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "comment" in found[0], found


def test_two_comments_heading_two_different_additions_are_additions(repo, lint):
    base = "SELECT 1;\n"
    ours = base + "-- the schema of the join tests\nCREATE SCHEMA join_tests;\n"
    theirs = base + "-- the schema of the rebalancer tests\nCREATE SCHEMA rebalancer_tests;\n"
    conflict_merge(repo, "setup.sql", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


SEQUENCES = ("SELECT sequence_name FROM information_schema.sequences\nWHERE sequence_name IN (\n"
             "    'pg_dist_groupid_seq',\n    'pg_dist_colocationid_seq'\n);\n")


def test_two_last_items_of_a_list_kept_without_a_comma_between_is_rl702(repo, lint):
    """citus 820a1a9a5db7: each side added sequences at the end of a list of strings, the last one
    without a comma; kept both, nothing separates the two halves: in SQL (as in Python) two strings
    on adjacent lines are one string, so the list silently loses an item."""
    ours = SEQUENCES.replace("colocationid_seq'\n", "colocationid_seq',\n    'pg_dist_background_job_job_id_seq'\n")
    theirs = SEQUENCES.replace("colocationid_seq'\n", "colocationid_seq',\n    'pg_dist_operationid_seq'\n")
    conflict_merge(repo, "upgrade_basic_after.sql", SEQUENCES, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "comma" in found[0], found


def test_two_last_items_each_with_a_comma_are_additions(repo, lint):
    base = SEQUENCES.replace("colocationid_seq'\n", "colocationid_seq',\n")
    ours = base.replace("colocationid_seq',\n", "colocationid_seq',\n    'pg_dist_background_job_job_id_seq',\n")
    theirs = base.replace("colocationid_seq',\n", "colocationid_seq',\n    'pg_dist_operationid_seq',\n")
    conflict_merge(repo, "upgrade_basic_after.sql", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_a_pinned_requirement_both_halves_keep_is_rl702(repo, lint):
    """redash 1585dd604857: one side dropped the two drivers after `pyodbc` (leaving the file
    without its last newline), the other added two; kept both, `pyodbc==4.0.28` is pinned twice."""
    base = "pymssql==2.1.4\npyodbc==4.0.28\ntrino~=0.305\ncmem-cmempy==21.2.3\n"
    ours = base.replace("\ntrino~=0.305\ncmem-cmempy==21.2.3\n", "")
    theirs = base + "xlrd==2.0.1\nopenpyxl==3.0.7\n"
    conflict_merge(repo, "requirements_all_ds.txt", base, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "pyodbc==4.0.28" in found[0], found


@pytest.mark.parametrize("line, names", [
    ("from pip._internal.cli.spinners import open_rich_spinner, open_spinner",
     ["open_rich_spinner", "open_spinner"]),
    ("from a.b import c as d", ["d"]),
    ("from a.b import (", []),  # continued on the next lines: its names are not all here
    ("import os.path", ["os"]),
    ("import numpy as np", ["np"]),
    ("import { SearchComponent } from './components/search/search.component';", ["SearchComponent"]),
    ("import D, { A, B as C } from 'x';", ["D", "A", "C"]),
    ("import * as path from 'path';", ["path"]),
    ("import type { Props } from './types';", ["Props"]),
    ('#include "udfs/citus_tables/12.0-1.sql"', []),
])
def test_the_names_an_import_binds(line, names):
    from rebound_lint.merges import audit

    assert audit._imported_names(line) == names


DIR_FLOW = ('// @flow\n\nimport defaults from "lodash/defaults";\nimport debounce from "lodash/debounce";\n'
            'import slash from "slash";\nimport { type CmdOptions } from "./options";\n\n'
            'export default function dir(opts: CmdOptions) {\n'
            '  return debounce(() => run(defaults(opts, { watch: false })), 100);\n}\n')


def test_an_import_one_side_moved_to_another_module_binding_the_name_twice_is_rl702(repo, lint):
    """babel 539f2cd21c60: one side moved the lodash imports to the per-method packages, the other
    dropped one of them; kept both, `debounce` is imported twice (an early error in a module). The
    file is Flow, which no parser here reads: only the audit can say it."""
    ours = DIR_FLOW.replace('"lodash/defaults"', '"lodash.defaults"').replace('"lodash/debounce"', '"lodash.debounce"')
    theirs = (DIR_FLOW.replace('import defaults from "lodash/defaults";\n', "")
              .replace("defaults(opts, { watch: false })", "{ watch: false, ...opts }"))
    conflict_merge(repo, "dir.js", DIR_FLOW, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "debounce" in found[0] and "twice" in found[0], found


def test_an_include_one_side_replaced_by_its_statements_and_the_other_kept_is_rl702(repo, lint):
    """citus 8799d181e760: one side replaced the columnar downgrade's #include with the statements
    themselves, the other kept the #include and added a step after it; kept both, the downgrade
    runs twice. An #include in a SQL script is its text, not a binding another line may need."""
    base = ("-- citus--11.1-1--11.0-3\n"
            '#include "../../../columnar/sql/downgrades/columnar--11.1-1--11.0-3.sql"\n\n'
            "DROP FUNCTION pg_catalog.citus_stat_activity();\n")
    ours = base.replace('#include "../../../columnar/sql/downgrades/columnar--11.1-1--11.0-3.sql"\n',
                        "-- add relations to citus\nALTER EXTENSION citus ADD SCHEMA columnar;\n"
                        "ALTER EXTENSION citus ADD SEQUENCE columnar.storageid_seq;\n"
                        "ALTER EXTENSION citus ADD TABLE columnar.options;\n")
    theirs = base.replace('11.0-3.sql"\n', '11.0-3.sql"\nDROP FUNCTION pg_catalog.get_all_active_transactions();\n'
                          '#include "../udfs/get_all_active_transactions/11.0-1.sql"\n')
    conflict_merge(repo, "citus--11.1-1--11.0-3.sql", base, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "columnar/sql/downgrades" in found[0] and "one side replaced" in found[0], found


def test_a_base_line_among_two_runs_of_new_text_is_no_replacement():
    """netbox 1d63a30b7 and 6b101d2c4 (human merges): each side added a run of new text where the
    base had one line, which one side's run holds and the other's does not. With both sides mostly
    new, which run "kept" the line is chance (two new functions added after a `raise`, two runs of
    new classes sharing `parent_field = 'device'`): additions, not a replacement."""
    from rebound_lint.merges import audit, resolution

    line = "    raise ValueError(\"Unknown unit {}. Must be 'm', 'cm', 'ft', or 'in'.\".format(unit))"
    ours = ["", "", "def prepare_cloned_fields(instance):", "    params = {}",
            "    for field_name in getattr(instance, 'clone_fields', []):",
            "        params[field_name] = getattr(instance, field_name)", "    return params"]
    theirs = [line, "", "", "def render_jinja2(template_code, context):",
              "    return Environment().from_string(source=template_code).render(**context)"]
    whole = resolution.Hunk(ours, theirs, [line])
    assert audit.near_duplicates(resolution.Hunk(ours, theirs), whole) is None
