"""`audit` precision: RL702 only where keeping both halves looks like a botch; union-safe defaults;
findings the parents already had are not the merge's."""
from __future__ import annotations

import re

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo

from rebound_lint.config import Config
from rebound_lint.merges import audit, resolution


def naive(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith((OURS, SEP, THEIRS)))


def conflict_merge(repo: GitRepo, path: str, base: str, ours: str, theirs: str, resolve=naive) -> None:
    repo.commit({path: base}, message=f"base {path}")
    repo.git("checkout", "-q", "-b", f"side-{path}")
    repo.commit({path: theirs}, message="side")
    repo.git("checkout", "-q", "main")
    repo.commit({path: ours}, message="main")
    repo.git("merge", "-q", f"side-{path}", check=False)
    text = (repo.path / path).read_text()
    assert OURS in text, text
    (repo.path / path).write_text(resolve(text))
    repo.git("add", path)
    repo.git("commit", "-q", "--no-edit", "-m", f"Merge side-{path}")


@pytest.fixture
def repo(tmp_path):
    return GitRepo(tmp_path / "repo")


def _rl702(lint, repo):
    result = lint("audit", "--verbose", cwd=repo.path)
    return result, [line for line in result.lines if re.match(r"^\S+:\d+:\d+: RL702", line)]


def test_two_different_additions_at_one_place_are_a_verdict_not_a_finding(repo, lint):
    base = "import os\nimport sys\n\n\ndef main():\n    return 0\n"
    conflict_merge(repo, "app.py", base, base.replace("import sys\n", "import sys\nimport json\n"),
                   base.replace("import sys\n", "import sys\nimport logging\n"))
    result, found = _rl702(lint, repo)
    assert found == []
    assert "  app.py:3-4: both sides kept (ours then theirs): additions" in result.out


def test_one_line_edited_two_ways_and_kept_twice_is_rl702(repo, lint):
    base = "HOST = 'db'\nTIMEOUT = 10\nRETRIES = 3\n"
    conflict_merge(repo, "settings.py", base, base.replace("TIMEOUT = 10", "TIMEOUT = 30"),
                   base.replace("TIMEOUT = 10", "TIMEOUT = 45"))
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "settings.py:2:1: RL702" in found[0] and "'TIMEOUT'" in found[0]


def test_an_edited_base_line_kept_in_both_versions_is_rl702(repo, lint):
    base = "steps:\n  - make build\n  - make test\n"
    conflict_merge(repo, "ci.txt", base, base.replace("make build", "make build-all"),
                   base.replace("make build", "make build --release"))
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "base line" in found[0] and "differently" in found[0]


def test_two_list_items_of_one_shape_added_at_one_place_are_additions(repo, lint):
    base = "steps:\n  - run: make build\n"
    conflict_merge(repo, "ci.yml", base, base + "  - run: make lint\n", base + "  - run: make docs\n")
    result, found = _rl702(lint, repo)
    assert found == [] and "both sides kept (ours then theirs): additions" in result.out, result.out


def test_two_versions_of_one_function_are_rl702(repo, lint):
    base = "def a():\n    return 1\n"
    conflict_merge(repo, "lib.py", base, base + "\n\ndef fetch(url):\n    return get(url)\n",
                   base + "\n\ndef fetch(url, timeout=3):\n    return get(url, timeout=timeout)\n")
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "'fetch'" in found[0]


def test_additions_that_lose_a_comma_are_rl702_and_rl116(repo, lint):
    base = "MODULES = [\n    'ansible.module_utils.api',\n    'ansible.module_utils.aws',\n]\n"
    conflict_merge(repo, "sanity.py", base,
                   base.replace("aws',\n", "aws',\n    'ansible.module_utils.axibase_tsd'\n"),
                   base.replace("aws',\n", "aws',\n    'ansible.module_utils.salesforce',\n"))
    result, found = _rl702(lint, repo)
    assert len(found) == 1 and "RL116" in found[0], result.out
    assert any(" RL116 " in line for line in result.lines)


def test_a_finding_both_parents_had_is_not_the_merges(repo, lint):
    old = "def handler():\n    return 1\n\n\ndef handler():\n    return 2\n"  # already a duplicate (RL111)
    base = old + "\n\nVALUE = 1\n"
    conflict_merge(repo, "mod.py", base, base.replace("VALUE = 1", "VALUE = 2"), base.replace("VALUE = 1", "VALUE = 3"),
                   resolve=lambda text: re.sub(rf"{OURS}.*?{THEIRS}[^\n]*\n", "VALUE = 4\n", text, flags=re.S))
    result = lint("audit", cwd=repo.path)
    assert result.code == 0 and not any(": RL1" in line for line in result.lines), result.out


@pytest.mark.parametrize("path", ["debian/changelog", "changelogs/fragments/1234-fix.yml", "CHANGES.rst", "news.md",
                                  "NEWS.md", "RELEASE_NOTES.md", "docs/release_notes.txt", "changelog.md"])
def test_changelog_layouts_are_union_safe_case_insensitively(repo, path):
    repo.commit({"README": "x\n"})
    assert audit.union_safe(repo.path, path, Config(root=repo.path))


@pytest.mark.parametrize("path", ["app.py", "src/changes.py.bak/x.py", "fragments/x.yml"])
def test_other_files_are_not_union_safe(repo, path):
    repo.commit({"README": "x\n"})
    assert not audit.union_safe(repo.path, path, Config(root=repo.path))


# --- every region gets a verdict, also where the text around it changed in the merge ------------

CONFLICT = ("import os\nimport sys\n\n<<<<<<< HEAD\nTIMEOUT = 30\n=======\nTIMEOUT = 45\n>>>>>>> side\n\n"
            "def main():\n    return 0\n\n<<<<<<< HEAD\nNAME = 'a'\n=======\nNAME = 'b'\n>>>>>>> side\n")


@pytest.mark.parametrize("first, second, verdicts", [
    ("TIMEOUT = 45\n", "NAME = 'a'\n", [resolution.THEIRS_ONLY, resolution.OURS_ONLY]),
    ("TIMEOUT = 30\nTIMEOUT = 45\n", "NAME = 'b'\n", [resolution.BOTH_OURS_FIRST, resolution.THEIRS_ONLY]),
    ("TIMEOUT = 60\n", "NAME = 'b'\nNAME = 'a'\n", [resolution.BY_HAND, resolution.BOTH_THEIRS_FIRST]),
])
def test_regions_whose_surroundings_changed_still_get_a_verdict(first, second, verdicts):
    # the merge also renamed main() and dropped `import sys`: the context is not found verbatim
    resolved = f"import os\n\n{first}\n\ndef run():\n    return 0\n\n{second}"
    regions = resolution.regions(resolution.parse(CONFLICT), resolved)
    assert [region.verdict for region in regions] == verdicts
    lines = resolved.split("\n")
    assert lines[regions[0].start - 1].startswith("TIMEOUT") and lines[regions[1].start - 1].startswith("NAME")


def test_two_branches_added_at_one_place_setting_the_same_names_are_additions(repo, lint):
    """wagtail 7e7ca3982: master added a `tel:` branch, the feature a `#` branch, each sets `label`."""
    base = ("function show(url) {\n  if (url.startsWith('mailto:')) {\n    label = email(url);\n"
            "  } else {\n    label = domain(url);\n  }\n  return label;\n}\n")
    tel = "  } else if (url.startsWith('tel:')) {\n    label = phone(url);\n"
    anchor = "  } else if (url.startsWith('#')) {\n    label = url;\n"
    conflict_merge(repo, "link.js", base, base.replace("  } else {\n", tel + "  } else {\n"),
                   base.replace("  } else {\n", anchor + "  } else {\n"))
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_a_base_line_both_sides_edited_alike_before_adding_different_keys_is_additions(repo, lint):
    """wagtail 7e7ca3982: both sides add a comma to the last entry, then a different entry after it."""
    base = "urls = {\n    'page': '/page/',\n    'email': '/email/'\n};\n"
    conflict_merge(repo, "urls.js", base, base.replace("'/email/'\n", "'/email/',\n    'phone': '/phone/',\n"),
                   base.replace("'/email/'\n", "'/email/',\n    'anchor': '/anchor/',\n"))
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_one_added_line_written_two_ways_is_rl702(repo, lint):
    base = "class Store {\n  #items = [];\n}\n"
    conflict_merge(repo, "store.js", base, base.replace("[];\n", "[];\n  #cache = new Map();\n"),
                   base.replace("[];\n", "[];\n  #cache_by_id = new Map();\n"))
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "one line written two ways" in found[0]


def test_two_added_items_of_one_pattern_and_two_imports_are_additions(repo, lint):
    base = ("from django.urls import path\n\nfrom . import views\n\n\ndef ready():\n    return True\n\n\n"
            "urlpatterns = [\n    path('home/', views.home),\n]\n")
    conflict_merge(repo, "urls.py", base,
                   base.replace("home),\n", "home),\n    path('billing/', views.billing),\n")
                   .replace("path\n", "path\nfrom billing import views as billing_views\n"),
                   base.replace("home),\n", "home),\n    path('reports/', views.reports),\n")
                   .replace("path\n", "path\nfrom billing import forms as billing_forms\n"))
    result, found = _rl702(lint, repo)
    assert found == [] and len([line for line in result.out.splitlines() if line.startswith("  urls.py:")
                                and line.endswith(": additions")]) == 2, result.out


def test_two_added_keys_alike_but_for_their_names_are_additions(repo, lint):
    """wagtail 7e7ca3982: allow_phone_link and allow_anchor_link added at one place."""
    base = "const params = {\n  allow_email_link: true,\n  link_text: text,\n};\n"
    conflict_merge(repo, "params.js", base, base.replace("link_text", "allow_phone_link: true,\n  link_text"),
                   base.replace("link_text", "allow_anchor_link: true,\n  link_text"))
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_a_base_line_renamed_by_one_side_and_kept_by_the_other_is_rl702(repo, lint):
    """netbox db2d71ed9: one side renamed an __all__ entry, the other added one next to it; both kept
    left the old name, whose class no longer exists."""
    base = "__all__ = (\n    'AggregateTable',\n    'InterfaceIPAddressTable',\n    'IPAddressTable',\n)\n"
    conflict_merge(repo, "tables.py", base,
                   base.replace("    'InterfaceIPAddressTable',\n", "    'ASNTable',\n    'InterfaceIPAddressTable',\n"),
                   base.replace("'InterfaceIPAddressTable'", "'AssignedIPAddressesTable'"))
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "InterfaceIPAddressTable" in found[0]


def test_two_new_blocks_after_a_changed_line_are_additions(repo, lint):
    """netbox 6b101d2c4: each side adds a run of new classes where the base had a short one."""
    base = "class DeleteView(View):\n    parent_field = 'device'\n"
    ours = base + "".join(f"\n\nclass Import{i}View(View):\n    parent_field = 'device'\n    model = M{i}\n" for i in range(3))
    theirs = base + "".join(f"\n\nclass Chassis{i}View(View):\n    parent_field = 'chassis'\n    queryset = Q{i}\n"
                            for i in range(3))
    conflict_merge(repo, "views.py", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [], result.out


@pytest.mark.parametrize("mine, other, same", [
    ("    NEW.created_at_alt := now();", "    NEW.created_at := now2();", True),  # one key renamed at its end
    ("  region_invoice_3_new:", "  region_invoice_3_alt:", True),
    ("  fetchRows(userId).then((data) => setRows(data?.items2 ?? []));",
     "  fetchRows(userId).then((data) => setRows(data?.items_v2 ?? []));", True),
    ("      allow_phone_link: true,", "      allow_anchor_link: true,", False),  # two keys of one pattern
    ("from billing import views as billing_views", "from billing import forms as billing_forms", False),
    ("    path('billing/', views.billing),", "    path('reports/', views.reports),", False),
])
def test_one_line_written_two_ways(mine, other, same):
    assert audit._one_line_two_ways(mine, other) is same


# --- identical lines in both halves: one change made twice (issue 24, "do not buy precision with recall")

def test_two_halves_carrying_the_same_statements_verbatim_are_rl702(repo, lint):
    """Each side wrote its migration step with the same `SET ...; SELECT ...;` in the middle: the
    naive resolution runs them twice. No back-to-back repeat, no key set twice: only the shared
    lines tell."""
    base = "CREATE TABLE a (id int);\n"
    ours = base + ("ALTER TABLE a ADD COLUMN x int;\nSET lock_timeout TO '5s';\nSELECT refresh_views('a');\n"
                   "CREATE INDEX a_x ON a (x);\n")
    theirs = base + ("CREATE TABLE b (id int);\nSET lock_timeout TO '5s';\nSELECT refresh_views('a');\n"
                     "INSERT INTO b VALUES (1);\n")
    conflict_merge(repo, "upgrade.sql", base, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "both halves hold the line \"SET lock_timeout" in found[0], found


def test_a_call_both_halves_make_is_rl702(repo, lint):
    """Each side added a step and the same cache flush after its own: both kept, it runs twice."""
    base = "def save(user):\n    db.add(user)\n"
    conflict_merge(repo, "save.py", base, base + "    cache.clear_user(user)\n    notify(user, 'saved')\n",
                   base + "    audit.record(user)\n    cache.clear_user(user)\n")
    _result, found = _rl702(lint, repo)
    assert len(found) == 1 and "both halves hold the line 'cache.clear_user(user)'" in found[0], found


def test_a_base_line_both_halves_kept_is_rl702(repo, lint):
    """Both sides rewrote the lines around an unchanged one: keeping both halves keeps it twice."""
    base = ("def load(path):\n    data = read(path)\n    validate(data, strict=True)\n    return data\n")
    ours = ("def load(path):\n    data = read(path, encoding='utf-8')\n    validate(data, strict=True)\n"
            "    return Config(data)\n")
    theirs = ("def load(path):\n    data = read_cached(path)\n    validate(data, strict=True)\n"
              "    return freeze(data)\n")
    conflict_merge(repo, "load.py", base, ours, theirs)
    _result, found = _rl702(lint, repo)
    assert len(found) == 1, found


def test_two_new_tests_sharing_an_assertion_the_file_repeats_are_additions(repo, lint):
    """An idiom the rest of the file has (the status assertion every test ends with) is no sign."""
    base = ("def test_list(client):\n    response = client.get('/items/')\n    assert response.status_code == 200\n")
    ours = base + ("\n\ndef test_export(client):\n    response = client.get('/items/export/')\n"
                   "    assert response.status_code == 200\n")
    theirs = base + ("\n\ndef test_search(client):\n    response = client.get('/items/?q=x')\n"
                     "    assert response.status_code == 200\n")
    conflict_merge(repo, "test_items.py", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_shared_lines_in_prose_are_not_judged(repo, lint):
    """Documentation is not parsed: two sections that share a sentence are additions."""
    base = "# Guide\n\nIntro.\n"
    ours = base + "\n## Export\n\nRun the command below as an administrator.\n\n    app export\n"
    theirs = base + "\n## Import\n\nRun the command below as an administrator.\n\n    app import\n"
    conflict_merge(repo, "guide.md", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [], result.out


def test_each_side_deleting_a_different_line_and_both_kept_is_no_finding(repo, lint):
    """redash 178dfa59c: one side dropped `import logging`, the other `import json`; keeping both
    is the base again, nothing twice."""
    base = "import json\nimport logging\nimport time\n\n\ndef main():\n    return time.time()\n"
    conflict_merge(repo, "embed.py", base, base.replace("import logging\n", ""), base.replace("import json\n", ""))
    result, found = _rl702(lint, repo)
    assert found == [], result.out


def test_two_names_added_to_a_list_of_names_are_additions(repo, lint):
    """redash 469b041a2: each side registered another query runner at the end of the list."""
    base = "RUNNERS = [\n    'redash.query_runner.mysql',\n    'redash.query_runner.mssql',\n]\n"
    conflict_merge(repo, "settings.py", base,
                   base.replace("mssql',\n", "mssql',\n    'redash.query_runner.memsql_ds',\n"),
                   base.replace("mssql',\n", "mssql',\n    'redash.query_runner.jql',\n"))
    result, found = _rl702(lint, repo)
    assert found == [] and ": additions" in result.out, result.out


def test_an_import_deleted_by_one_side_while_the_other_adds_one_is_no_edit_of_it(repo, lint):
    """After paperless-ngx 67b9977d5: one side added a guard's import after the search component's,
    the other dropped that import and added another; kept both, every import is there once and the
    search import is still used (its route stands), so it is needed. (In the real merge the other
    side had dropped the route too: that import was left unused, a botch its people fixed 21
    minutes later; tests/test_audit_recall.py.)"""
    base = ("import { SearchComponent } from './components/search/search.component';\n"
            "\nconst routes = [SearchComponent];\n")
    ours = base.replace("component';\n", "component';\nimport { DirtyFormGuard } from './guards/dirty-form.guard';\n")
    theirs = base.replace("import { SearchComponent } from './components/search/search.component';\n",
                          "import {DocumentAsnComponent} from \"./components/document-asn/document-asn.component\";\n")
    conflict_merge(repo, "routes.ts", base, ours, theirs)
    result, found = _rl702(lint, repo)
    assert found == [], result.out


NESTED = ("def dashboards(cls):\n    query = (\n        (\n            cls.query\n        )\n"
          "        .outerjoin(Widget)\n    )\n    return query\n")


def test_a_finding_after_the_kept_halves_that_one_half_alone_does_not_give_is_rl702(repo, lint):
    """redash b6e0de8e3089: each side extended one closing line differently; both kept, the second
    closes the outer parenthesis and the next line (outside the region) no longer parses. The
    result has RL101 that neither parent had and that either half alone does not give: provable."""
    conflict_merge(repo, "models.py", NESTED,
                   NESTED.replace("        )\n        .outer",
                                  "        ).distinct(cls.created_at, cls.slug)\n        .outer"),
                   NESTED.replace("        )\n        .outer",
                                  "        ).distinct(cls.lowercase_name, cls.created_at, cls.slug)\n        .outer"))
    result, rl702 = _rl702(lint, repo)
    assert len(rl702) == 1 and "RL101" in rl702[0] and "one half alone" in rl702[0], result.out
    assert any(line.split()[1] == "RL101" for line in result.lines)


def test_a_finding_elsewhere_that_either_half_alone_still_gives_is_not_the_kept_halves(repo, lint):
    """Two additions kept side by side, and a syntax error the person made elsewhere in the same
    merge: the error is the merge's (reported), but dropping a half does not remove it, so the
    region stays "additions"."""
    base = "def first():\n    return 1\n\n\ndef last():\n    return 2\n"
    ours = base.replace("    return 1\n", "    return 1\n\n\ndef alpha():\n    return 'a'\n")
    theirs = base.replace("    return 1\n", "    return 1\n\n\ndef beta():\n    return 'b'\n")
    conflict_merge(repo, "mod.py", base, ours, theirs,
                   resolve=lambda text: naive(text).replace("    return 2\n", "    return (2\n"))
    result, rl702 = _rl702(lint, repo)
    assert rl702 == [], result.out
    assert any(line.split()[1] == "RL101" for line in result.lines), result.out


SCHEDULE = ('JOBS = [\n    {"func": refresh_queries, "interval": 30},\n'
            '    {"func": sync_user_details, "timeout": 60, "interval": timedelta(minutes=1),},\n'
            '    {"func": purge_failed_jobs, "timeout": 3600, "interval": timedelta(days=1)},\n]\n')


def test_one_half_restating_the_other_in_another_layout_is_rl702(repo, lint):
    """redash 5186acb604fb: one side dropped the purge job, the other laid the sync job out over
    several lines (and gave it a result_ttl). Both kept: the sync job is scheduled twice. The
    shorter half stands whole, token for token, inside the other (layout, quotes and commas aside)."""
    ours = SCHEDULE.replace('    {"func": purge_failed_jobs, "timeout": 3600, "interval": timedelta(days=1)},\n', "")
    theirs = SCHEDULE.replace(
        '    {"func": sync_user_details, "timeout": 60, "interval": timedelta(minutes=1),},\n',
        '    {\n        "func": sync_user_details,\n        "timeout": 60,\n        "interval": timedelta(minutes=1),\n'
        '        "result_ttl": 600,\n    },\n')
    conflict_merge(repo, "schedule.py", SCHEDULE, ours, theirs)
    result, rl702 = _rl702(lint, repo)
    # the sync job's base line, kept by one half and laid out anew by the other, says it first
    assert len(rl702) == 1 and "one side replaced the base line" in rl702[0] and "sync_user_details" in rl702[0], result.out
    ours_half = ['    {"func": sync_user_details, "timeout": 60, "interval": timedelta(minutes=1),},']
    theirs_half = theirs.split("\n")[2:8]
    assert audit.restated(resolution.Hunk(ours_half, theirs_half)).startswith("one half restates the other")


def test_two_items_of_one_pattern_in_different_layouts_are_additions(repo, lint):
    """Two new jobs, one written on one line and one over several: alike but for their names, so
    neither half stands inside the other."""
    ours = SCHEDULE.replace("]\n", '    {"func": send_digest, "timeout": 60, "interval": timedelta(minutes=1)},\n]\n')
    theirs = SCHEDULE.replace("]\n", '    {\n        "func": send_reminders,\n        "timeout": 60,\n'
                                     '        "interval": timedelta(minutes=1),\n    },\n]\n')
    conflict_merge(repo, "schedule.py", SCHEDULE, ours, theirs)
    result, rl702 = _rl702(lint, repo)
    assert rl702 == [], result.out


def test_two_regions_each_breaking_the_file_are_both_rl702(repo, lint):
    """Two conflicts, each resolved by keeping both extended closing lines: the parser reports only
    the first error, so undoing one region alone leaves the other's and proves nothing. Each
    region is tested with the other kept to one half: both are RL702."""
    two = NESTED + "\n\n" + NESTED.replace("dashboards", "queries").replace("Widget", "Visualization")
    ours = two.replace("        )\n        .outer", "        ).distinct(cls.created_at, cls.slug)\n        .outer")
    theirs = two.replace("        )\n        .outer",
                         "        ).distinct(cls.lowercase_name, cls.created_at, cls.slug)\n        .outer")
    conflict_merge(repo, "models.py", two, ours, theirs)
    result, rl702 = _rl702(lint, repo)
    assert len(rl702) == 2 and all("RL101" in line for line in rl702), result.out
