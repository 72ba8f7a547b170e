"""Migration frameworks detected with no configuration, on repositories built in temp dirs after
real layouts: Flask-Migrate and alembic's own (hash-named revisions, branch labels), netbox and
saleor (Django apps), diaspora (Rails), Flyway, golang-migrate, Prisma, TypeORM, numbered SQL."""
import json

import pytest
from conftest import GitRepo


def codes(result):
    return [line.split(": ")[1].split()[0] for line in result.lines]


def revision(rev, down, *, labels=None, depends=None, doc="change"):
    down_text = "None" if down is None else repr(down)
    extra = ""
    if labels is not None:
        extra += f"branch_labels = {labels!r}\n"
    if depends is not None:
        extra += f"depends_on = {depends!r}\n"
    return (f'"""{doc}\n\nRevision ID: {rev}\nRevises: {down or ""}\nCreate Date: 2024-03-01 10:00:00\n"""\n'
            "from alembic import op\nimport sqlalchemy as sa\n\n\n"
            f"# revision identifiers, used by Alembic.\nrevision = {rev!r}\ndown_revision = {down_text}\n{extra}\n\n"
            "def upgrade():\n    op.add_column('user', sa.Column('x', sa.Integer()))\n\n\n"
            "def downgrade():\n    op.drop_column('user', 'x')\n")


ENV_PY = ("from logging.config import fileConfig\n\nfrom alembic import context\nfrom flask import current_app\n\n"
          "config = context.config\n\n\ndef run_migrations_online():\n    pass\n")
ALEMBIC_INI = "[alembic]\n# template used to generate migration files\n# file_template = %%(rev)s_%%(slug)s\n\n" \
              "[loggers]\nkeys = root\n"


@pytest.fixture
def flask_app(git_repo: GitRepo):
    """A Flask-Migrate app: migrations/alembic.ini, env.py beside versions/, hash-named revisions
    (three of them start with digits, as alembic's uuid-derived ids often do)."""
    v = "migrations/versions"
    git_repo.commit({
        "app/__init__.py": "from flask import Flask\n",
        "migrations/alembic.ini": ALEMBIC_INI, "migrations/env.py": ENV_PY,
        "migrations/script.py.mako": '"""${message}"""\n',
        f"{v}/ae1027a6acf_create_user.py": revision("ae1027a6acf", None),
        f"{v}/1975ea83b712_add_account.py": revision("1975ea83b712", "ae1027a6acf"),
        f"{v}/27c6a30d7c24_add_email.py": revision("27c6a30d7c24", "1975ea83b712"),
        f"{v}/2735_b0d3e6b1_more.py": revision("2735b0d3e6b1", "27c6a30d7c24"),
    }, "init")
    return git_repo


def test_flask_migrate_layout_is_found_and_hash_names_never_get_rl504(flask_app, lint):
    listed = lint("migrations", cwd=flask_app.path)
    assert listed.code == 0
    assert "alembic" in listed.out and "migrations/versions" in listed.out and "env.py" in listed.out
    result = lint("check", "--all-files", cwd=flask_app.path)
    assert result.code == 0 and result.lines == [], result.out
    assert "no migration directory" not in result.err


def test_two_heads_after_merging_the_base_are_caught_in_a_hash_named_alembic_app(flask_app, lint):
    v = "migrations/versions"
    flask_app.git("checkout", "-q", "-b", "feature")
    flask_app.commit({f"{v}/3c1f2a9e4b71_add_phone.py": revision("3c1f2a9e4b71", "2735b0d3e6b1")})
    flask_app.git("checkout", "-q", "main")
    flask_app.commit({f"{v}/8d2e0b5c6a13_add_address.py": revision("8d2e0b5c6a13", "2735b0d3e6b1")})
    flask_app.git("checkout", "-q", "feature")
    assert lint("check", cwd=flask_app.path).code == 0  # alone, the branch has one head
    result = lint("check", "--base", "main", cwd=flask_app.path)
    assert codes(result) == ["RL515"]
    assert result.lines[0].startswith(f"{v}/3c1f2a9e4b71_add_phone.py:13:1: RL515 merged with main, the alembic "
                                      "graph has 2 heads")
    assert "point down_revision at '8d2e0b5c6a13'" in result.lines[0]
    flask_app.git("checkout", "-q", "main")
    flask_app.commit({f"{v}/9a0b1c2d3e4f_add_fax.py": revision("9a0b1c2d3e4f", "2735b0d3e6b1")})  # two heads on main
    assert codes(lint("check", cwd=flask_app.path)) == ["RL512"]


def test_alembic_ini_script_location_and_version_locations(git_repo, lint):
    git_repo.commit({
        "alembic.ini": "[alembic]\nscript_location = %(here)s/db/alembic\n"
                       "version_locations = %(here)s/db/alembic/versions %(here)s/plugins/billing/versions\n",
        "db/alembic/versions/a1b2c3d4e5f6_base.py": revision("a1b2c3d4e5f6", None, labels=("core",)),
        "plugins/billing/versions/f6e5d4c3b2a1_billing.py":
            revision("f6e5d4c3b2a1", None, labels=("billing",), depends="a1b2c3d4e5f6"),
        "plugins/billing/versions/0a0b0c0d0e0f_more.py": revision("0a0b0c0d0e0f", "f6e5d4c3b2a1", depends="gone"),
    })
    listed = lint("migrations", cwd=git_repo.path)
    assert "db/alembic/versions" in listed.out and "plugins/billing/versions" in listed.out
    assert "version_locations" in listed.out
    result = lint("check", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL513 depends_on 'gone' names no revision or branch label in db/alembic/versions/, plugins/billing/versions/"]
    git_repo.commit({"alembic.ini": "[alembic]\nscript_location = db/alembic\n"})
    assert "script_location = db/alembic" in lint("migrations", cwd=git_repo.path).out


def test_branch_labels_make_separate_heads_legitimate(git_repo, lint):
    """alembic's own multiple-bases layout: two labelled branches, each with its head."""
    v = "alembic/versions"
    git_repo.commit({
        "alembic/env.py": "from alembic import context\n",
        f"{v}/1a2b3c4d5e6f_networking.py": revision("1a2b3c4d5e6f", None, labels=("networking",)),
        f"{v}/2b3c4d5e6f7a_more_net.py": revision("2b3c4d5e6f7a", "1a2b3c4d5e6f"),
        f"{v}/3c4d5e6f7a8b_accounts.py": revision("3c4d5e6f7a8b", None, labels=("accounts",)),
    })
    assert lint("check", cwd=git_repo.path).lines == []
    git_repo.commit({f"{v}/4d5e6f7a8b9c_fork.py": revision("4d5e6f7a8b9c", "1a2b3c4d5e6f")})  # unlabelled fork
    assert codes(lint("check", cwd=git_repo.path)) == ["RL512"]


def test_numbered_alembic_names_get_the_prefix_rule(git_repo, lint):
    v = "app/migrations/versions"
    git_repo.commit({"app/migrations/env.py": "from alembic import context\n",
                     f"{v}/0001_init.py": revision("0001", None), f"{v}/0002_users.py": revision("0002", "0001")})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{v}/0003_orders.py": revision("0003", "0002")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{v}/0003_invoices.py": revision("0003_invoices", "0002")})
    git_repo.git("checkout", "-q", "feature")
    assert codes(lint("check", "--base", "main", cwd=git_repo.path)) == ["RL502", "RL515"]


# --- Django -------------------------------------------------------------------------------

def django_migration(app, deps, ops="migrations.AddField('device', 'x', models.IntegerField(null=True))",
                     extra=""):
    dep_text = "".join(f"        {d},\n" if isinstance(d, str) else f"        ({d[0]!r}, {d[1]!r}),\n" for d in deps)
    return ("from django.conf import settings\nfrom django.db import migrations, models\n\n\n"
            "class Migration(migrations.Migration):\n\n"
            f"    dependencies = [\n{dep_text}    ]\n{extra}\n    operations = [\n        {ops},\n    ]\n")


def netbox_like():
    """netbox/<app>/migrations: dcim and ipam, an apps.py with a label, a squashed migration."""
    files = {
        "netbox/manage.py": "import os\n",
        "netbox/dcim/__init__.py": "", "netbox/dcim/apps.py":
            "from django.apps import AppConfig\n\n\nclass DCIMConfig(AppConfig):\n    name = 'dcim'\n"
            "    verbose_name = 'DCIM'\n",
        "netbox/dcim/migrations/__init__.py": "",
        "netbox/dcim/migrations/0001_initial.py": django_migration("dcim", ["migrations.swappable_dependency("
                                                                            "settings.AUTH_USER_MODEL)"]),
        "netbox/dcim/migrations/0002_squashed_0004.py": django_migration(
            "dcim", [("dcim", "0001_initial")],
            extra="    replaces = [('dcim', '0002_a'), ('dcim', '0003_b'), ('dcim', '0004_c')]\n"),
        "netbox/dcim/migrations/0002_a.py": django_migration("dcim", [("dcim", "0001_initial")]),
        "netbox/dcim/migrations/0003_b.py": django_migration("dcim", [("dcim", "0002_a")]),
        "netbox/dcim/migrations/0004_c.py": django_migration("dcim", [("dcim", "0003_b")]),
        "netbox/dcim/migrations/0005_d.py": django_migration("dcim", [("dcim", "0004_c"), ("ipam", "0001_initial")]),
        "netbox/ipam/__init__.py": "", "netbox/ipam/migrations/__init__.py": "",
        "netbox/ipam/migrations/0001_initial.py": django_migration("ipam", [("dcim", "0001_initial")]),
        "netbox/ipam/migrations/0002_vlan.py": django_migration("ipam", [("ipam", "0001_initial")]),
        # a test app with a deliberate conflict, as Django's own tests have: never the project's
        "netbox/tests/migrations/__init__.py": "",
        "netbox/tests/migrations/0002_first.py": django_migration("tests", [("tests", "0001_initial")]),
        "netbox/tests/migrations/0002_second.py": django_migration("tests", [("tests", "0001_initial")]),
    }
    return files


def test_netbox_like_apps_are_found_and_a_healthy_graph_is_silent(git_repo, lint):
    git_repo.commit(netbox_like())
    listed = lint("migrations", cwd=git_repo.path)
    assert "django" in listed.out and "netbox/dcim/migrations" in listed.out and "netbox/ipam/migrations" in listed.out
    assert "netbox/tests" not in listed.out
    result = lint("check", "--all-files", cwd=git_repo.path)
    assert result.code == 0 and result.lines == [], result.out


def test_two_leaves_in_one_django_app(git_repo, lint):
    git_repo.commit({**netbox_like(),
                     "netbox/dcim/migrations/0006_cable_profiles.py": django_migration("dcim", [("dcim", "0005_d")]),
                     "netbox/dcim/migrations/0006_module_bays.py": django_migration("dcim", [("dcim", "0005_d")])})
    result = lint("check", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL516 Django app 'dcim' has 2 leaf migrations: 0006_cable_profiles, 0006_module_bays; make one depend on "
        "the other, or run `manage.py makemigrations --merge dcim`"]
    assert result.lines[0].startswith("netbox/dcim/migrations/0006_module_bays.py:7:1: ")
    git_repo.commit({"netbox/dcim/migrations/0007_merge.py": django_migration(
        "dcim", [("dcim", "0006_cable_profiles"), ("dcim", "0006_module_bays")], ops="migrations.RunSQL('')")})
    assert lint("check", cwd=git_repo.path).lines == []  # a merge migration joins them: equal numbers are fine


def test_django_unknown_dependency(git_repo, lint):
    git_repo.commit({**netbox_like(), "netbox/ipam/migrations/0003_x.py": django_migration(
        "ipam", [("ipam", "0002_vlan_renamed"), ("auth", "0012_alter_user_first_name_max_length")])})
    result = lint("check", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL518 dependency ('ipam', '0002_vlan_renamed') names no migration in netbox/ipam/migrations/"]


SALEOR_ACCOUNT = "saleor/account/migrations"


@pytest.fixture
def saleor(git_repo: GitRepo):
    """saleor/<app>/migrations: main and a feature branch each add 0085 on top of 0084."""
    git_repo.commit({
        "saleor/__init__.py": "", "saleor/account/__init__.py": "", f"{SALEOR_ACCOUNT}/__init__.py": "",
        f"{SALEOR_ACCOUNT}/0083_auto.py": django_migration("account", [("account", "0082_x")]),
        f"{SALEOR_ACCOUNT}/0082_x.py": django_migration("account", []),
        f"{SALEOR_ACCOUNT}/0084_user_note.py": django_migration("account", [("account", "0083_auto")]),
    }, "init")
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{SALEOR_ACCOUNT}/0085_user_last_login.py": django_migration(
        "account", [("account", "0084_user_note")])}, "feature")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{SALEOR_ACCOUNT}/0085_user_is_confirmed.py": django_migration(
        "account", [("account", "0084_user_note")])}, "main moves on")
    git_repo.git("checkout", "-q", "feature")
    return git_repo


def test_django_number_taken_and_two_leaves_after_merging_the_base(saleor, lint):
    assert lint("check", cwd=saleor.path).lines == []
    result = lint("check", "--base", "main", cwd=saleor.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL502 migration number 0085 is already taken on main by 0085_user_is_confirmed.py; renumber to 0086 "
        "(next free)",
        "RL517 merged with main, Django app 'account' has 2 leaf migrations: 0085_user_is_confirmed (on main), "
        "0085_user_last_login; make it depend on ('account', '0085_user_is_confirmed') instead",
    ]


# --- version-ordered frameworks ---------------------------------------------------------------

def rails(version, name):
    cls = "".join(part.title() for part in name.split("_"))
    return f"db/migrate/{version}_{name}.rb", f"class {cls} < ActiveRecord::Migration[7.1]\n  def change\n  end\nend\n"


@pytest.fixture
def diaspora(git_repo: GitRepo):
    git_repo.commit(dict([rails("20231201120000", "create_people"), rails("20240105090000", "add_pods"),
                          ("db/schema.rb", "ActiveRecord::Schema[7.1].define(version: 2024_01_05_090000) do\nend\n"),
                          ("Gemfile", "gem 'rails'\n")]))
    return git_repo


def test_rails_app_detected_healthy_then_duplicate_taken_and_out_of_order(diaspora, lint):
    assert "rails" in lint("migrations", cwd=diaspora.path).out.lower()
    assert lint("check", "--all-files", cwd=diaspora.path).lines == []
    diaspora.git("checkout", "-q", "-b", "feature")
    diaspora.commit(dict([rails("20240110080000", "add_photos"), rails("20240103070000", "add_tags")]))
    diaspora.git("checkout", "-q", "main")
    diaspora.commit(dict([rails("20240110080000", "add_comments"), rails("20240111000000", "add_likes")]))
    diaspora.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=diaspora.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL505 Rails migration version 20240103070000 is older than main's newest (20240111000000): a database "
        "already migrated past it may never run it; give it a timestamp after 20240111000000",
        "RL502 Rails migration version 20240110080000 is already taken on main by "
        "20240110080000_add_comments.rb; give it a timestamp after 20240111000000",
    ]
    assert result.code == 1
    diaspora.git("merge", "-q", "--no-edit", "main")
    merged = lint("check", cwd=diaspora.path)
    assert codes(merged) == ["RL501"]  # in the tree now: Rails refuses two migrations of one version


def test_flyway_golang_migrate_prisma_typeorm_and_numbered_sql(git_repo, lint):
    git_repo.commit({
        "src/main/resources/db/migration/V1__init.sql": "CREATE TABLE a (id int);\n",
        "src/main/resources/db/migration/V1.1__more.sql": "CREATE TABLE b (id int);\n",
        "src/main/resources/db/migration/U1.1__more.sql": "DROP TABLE b;\n",
        "src/main/resources/db/migration/R__views.sql": "CREATE OR REPLACE VIEW v AS SELECT 1;\n",
        "migrations/000001_init.up.sql": "CREATE TABLE c (id int);\n",
        "migrations/000001_init.down.sql": "DROP TABLE c;\n",
        "migrations/000002_users.up.sql": "CREATE TABLE u (id int);\n",
        "migrations/000002_users.down.sql": "DROP TABLE u;\n",
        "prisma/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n",
        "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n',
        "prisma/migrations/20240101000000_init/migration.sql": "CREATE TABLE p (id int);\n",
        "src/migrations/1700000000000-AddUser.ts": "export class AddUser1700000000000 {}\n",
        "sql/migrations/001_init.sql": "CREATE TABLE s (id int);\n",
    })
    listed = lint("migrations", "--format", "json", cwd=git_repo.path)
    frameworks = {entry["path"]: entry["framework"] for entry in json.loads(listed.out)}
    assert frameworks == {"src/main/resources/db/migration": "flyway", "migrations": "golang-migrate",
                          "prisma/migrations": "prisma", "src/migrations": "knex/sequelize/typeorm",
                          "sql/migrations": "numbered SQL"}
    assert lint("check", "--all-files", cwd=git_repo.path).lines == []
    git_repo.commit({
        "src/main/resources/db/migration/V1_1__again.sql": "SELECT 1;\n",  # 1_1 is 1.1 to Flyway
        "migrations/000002_orders.up.sql": "SELECT 1;\n", "migrations/000002_orders.down.sql": "SELECT 1;\n",
        "prisma/migrations/20240101000000_again/migration.sql": "SELECT 1;\n",
        "src/migrations/1700000000000-AddOrder.ts": "export class AddOrder1700000000000 {}\n",
        "sql/migrations/001_again.sql": "SELECT 1;\n",
    })
    result = lint("check", cwd=git_repo.path)
    assert result.code == 1
    # without a base, each says how to accept a folder that reuses numbers on purpose (test_numbering.py)
    assert [line.split(": ", 1)[1].split("; if ")[0] for line in result.lines] == [
        "RL501 golang-migrate migration version 000002 is also used by 000002_orders.up.sql; renumber to 000003 "
        "(next free)",
        "RL501 Prisma migration version 20240101000000 is also used by 20240101000000_again; give it a timestamp "
        "after 20240101000000",
        "RL501 SQL migration version 001 is also used by 001_again.sql; renumber to 002 (next free)",
        "RL501 Flyway migration version 1_1 is also used by V1.1__more.sql; use a version above 1.1",
        "RL501 TypeORM migration version 1700000000000 is also used by 1700000000000-AddOrder.ts; give it a "
        "timestamp after 1700000000000",
    ]
    assert result.lines[2].endswith('; if sql/migrations/ reuses numbers on purpose, add "sql/migrations/*" = '
                                    '["RL501"] to [tool.rebound-lint.per-file-ignores]')
    assert result.lines[0].startswith("migrations/000002_users.up.sql:1:1:")
    assert result.lines[1].startswith("prisma/migrations/20240101000000_init/migration.sql:1:1:")


def test_explicit_entries_win_and_numbered_sql_elsewhere_is_not_a_migration(git_repo, lint):
    git_repo.commit({
        ".rebound-lint.toml": '[[migrations]]\npath = "db/migrations"\npattern = \'^(?P<prefix>\\d{3})_.*\\.sql$\'\n',
        "db/migrations/001_a.sql": "SELECT 1;\n", "db/migrations/001_b.sql": "SELECT 1;\n",
        "docker/initdb/01_schema.sql": "SELECT 1;\n", "docker/initdb/01_seed.sql": "SELECT 1;\n",
    })
    result = lint("check", cwd=git_repo.path)
    assert [line.split(": ", 1)[1].split("; if ")[0] for line in result.lines] == [  # once, in the configured wording
        "RL501 migration prefix 001 is also used by 001_a.sql; renumber to 002 (next free)"]
    listed = lint("migrations", cwd=git_repo.path).out
    assert "configured" in listed and ".rebound-lint.toml" in listed and "docker" not in listed


# --- nothing to check -------------------------------------------------------------------------

def test_nothing_found_says_so_on_all_files_and_the_migrations_hook_only(git_repo, lint):
    git_repo.commit({"app.py": "x = 1\n", "README.md": "# app\n"})
    quiet = lint("check", cwd=git_repo.path)
    assert quiet.code == 0 and "notice" not in quiet.err
    whole = lint("check", "--all-files", cwd=git_repo.path)
    assert whole.code == 0
    notice = [line for line in whole.err.splitlines() if "no migration directory" in line]
    # one short line (issue 24, class 8): `rebound-lint migrations` lists what was looked for, and how to name one
    assert len(notice) == 1 and "rebound-lint migrations" in notice[0] and len(notice[0]) < 160, notice
    assert "[[tool.rebound-lint.migrations]]" in notice[0]
    assert "no flag registry" in whole.err and "[tool.rebound-lint.flags] registry" in whole.err
    from rebound_lint import hooks

    git_repo.git("config", "--unset-all", "branch.main.remote", check=False)
    assert hooks.migrations([]) == 0
    listed = lint("migrations", cwd=git_repo.path)
    assert listed.code == 0 and "no migration directory found" in listed.out


TRICKY = [
    # comments and strings holding brackets, a swappable dependency, replaces after operations
    "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [  # ] not the end\n"
    "        migrations.swappable_dependency(settings.AUTH_USER_MODEL),\n        ('shop', '0002_a'),  # ('x', 'y')\n"
    "    ]\n    operations = [migrations.RunSQL(\"SELECT ')' -- ]\", '''\n]'''\n)]\n"
    "    replaces = [('shop', '0001_x'), (\"shop\", \"0002_y\")]\n",
    # annotated, and run_before
    "class Migration(migrations.Migration):\n    dependencies: list = [('a', '0001_initial')]\n"
    "    run_before = [('b', '0003_c')]\n",
    # a helper above the class that names `dependencies` too: the parser decides
    "dependencies = ['not', 'this']\n\nclass Migration(migrations.Migration):\n    dependencies = [('a', '0001')]\n",
    # twice in the class: the parser decides (the second wins, as Python has it)
    "class Migration(migrations.Migration):\n    dependencies = [('a', '0001')]\n    dependencies = [('a', '0002')]\n",
    # no Migration class at all
    "from django.db import migrations\n\ndependencies = [('a', '0001')]\n",
]


@pytest.mark.parametrize("source", TRICKY)
def test_the_quick_read_of_a_django_migration_agrees_with_the_parser(source):
    from rebound_lint.repo_checks.migrations import django

    data = source.encode()
    assert django.read_migration(data, "m") == django._parsed(data, "m")
    if source is TRICKY[0] or source is TRICKY[1]:  # read without the parser
        start = django.CLASS.search(data).end()
        fields, _line = django._quick(data, start)
        assert fields == {k: v for k, v in django._parsed(data, "m")._asdict().items()
                          if k in fields}


def test_broken_layout_files_never_crash_the_check(git_repo, lint):
    git_repo.commit({
        "alembic.ini": b"\xff\xfe[alembic\nscript_location = \x00\n",
        "pyproject.toml": "[tool.alembic]\nscript_location = 5\nversion_locations = 7\n",
        "svc/alembic.ini": "[alembic]\nscript_location = ../../outside\n",
        "tools/env.py": b"\xff\xfe from alembic import context\n",
        "tools/versions/abc_x.py": "revision = 'abc'\ndown_revision = (((((\n",
        "shop/__init__.py": "", "shop/apps.py": "class ShopConfig(AppConfig:\n",
        "shop/migrations/__init__.py": "",
        "shop/migrations/0001_initial.py": "class Migration(migrations.Migration):\n    dependencies = [(\n",
        "shop/migrations/0002_deep.py": "class Migration(migrations.Migration):\n    dependencies = "
                                        + "[" * 5000 + "]" * 5000 + "\n",
        "db/migrate/20240101000000_x.rb": b"\x00\x01",
    })
    result = lint("check", "--all-files", "--select", "RL5", cwd=git_repo.path)
    assert result.code == 0, result.out + result.err
    assert "internal error" not in result.err
    assert lint("migrations", cwd=git_repo.path).code == 0


def test_a_configured_directory_that_does_not_exist_is_a_notice(git_repo, lint):
    git_repo.commit({".rebound-lint.toml": '[[migrations]]\npath = "db/migratons"\npattern = \'^(?P<prefix>\\d{3})_\'\n',
                     "db/migrations/001_a.sql": "SELECT 1;\n"})
    result = lint("check", cwd=git_repo.path)
    assert result.code == 0
    assert "the configured migration directory db/migratons/ holds no file" in result.err
    assert "numbered SQL" in lint("migrations", cwd=git_repo.path).out  # the real one is still found


def test_rails_migrations_sharing_a_name(diaspora, lint):
    diaspora.git("checkout", "-q", "-b", "feature")
    diaspora.commit(dict([rails("20240110080000", "add_index_to_people")]))
    diaspora.git("checkout", "-q", "main")
    diaspora.commit(dict([rails("20240109080000", "add_index_to_people")]))
    diaspora.git("checkout", "-q", "feature")
    assert lint("check", cwd=diaspora.path).lines == []  # alone, the branch is fine
    before = lint("check", "--base", "main", cwd=diaspora.path)  # merged, it will not be
    assert [line.split(": ", 1)[1] for line in before.lines] == [
        "RL506 Rails migration name add_index_to_people is also used by 20240109080000_add_index_to_people.rb "
        "(on main): rename one (file and class)"]
    diaspora.git("merge", "-q", "--no-edit", "main")
    result = lint("check", cwd=diaspora.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL506 Rails migration name add_index_to_people is also used by 20240109080000_add_index_to_people.rb: "
        "rename one (file and class)"]
    assert result.lines[0].startswith("db/migrate/20240110080000_add_index_to_people.rb:1:1:")


def test_prisma_with_numbered_directories_as_umami_has_them(git_repo, lint):
    git_repo.commit({"prisma/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n",
                     "prisma/migrations/01_init/migration.sql": "CREATE TABLE a (id int);\n",
                     "prisma/migrations/02_report/migration.sql": "CREATE TABLE b (id int);\n",
                     "db/clickhouse/migrations/01_edit_keys.sql": "SELECT 1;\n"})
    listed = lint("migrations", cwd=git_repo.path).out
    assert [line.split()[:2] for line in listed.splitlines()] == [["prisma", "prisma/migrations/"], ["numbered", "SQL"]]
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"prisma/migrations/03_tags/migration.sql": "CREATE TABLE t (id int);\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"prisma/migrations/03_teams/migration.sql": "CREATE TABLE c (id int);\n"})
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL502 Prisma migration version 03 is already taken on main by 03_teams; renumber to 04 (next free)"]
    assert result.lines[0].startswith("prisma/migrations/03_tags/migration.sql:1:1:")


def test_prisma_migrations_in_a_folder_of_another_name_are_found_by_their_lock_file(git_repo, lint):
    """Prisma's migrations folder is configurable (prisma.config.ts `migrations.path`, or beside a
    schema elsewhere): formbricks keeps it in packages/database/migration/. Prisma writes its
    migration_lock.toml at the folder's root, whatever its name: that says it is Prisma's."""
    d = "packages/database/migration"
    git_repo.commit({"packages/database/schema/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n",
                     f"{d}/migration_lock.toml": 'provider = "postgresql"\n',
                     f"{d}/20240101000000_init/migration.sql": "CREATE TABLE a (id int);\n",
                     f"{d}/20240102000000_more/migration.sql": "CREATE TABLE b (id int);\n",
                     # without the lock file, and not named migrations: not taken for Prisma's
                     "data/20240101000000_seed/migration.sql": "SELECT 1;\n"})
    listed = lint("migrations", cwd=git_repo.path).out
    assert [line.split()[:2] for line in listed.splitlines()] == [["prisma", f"{d}/"]]
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{d}/20240103000000_tags/migration.sql": "CREATE TABLE t (id int);\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{d}/20240103000000_teams/migration.sql": "CREATE TABLE c (id int);\n"})
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ", 1)[1].split(";")[0] for line in result.lines] == [
        "RL502 Prisma migration version 20240103000000 is already taken on main by 20240103000000_teams"]


def test_drizzle_kit_migrations_are_found_by_their_journal(git_repo, lint):
    """drizzle-kit writes NNNN_name.sql into its `out` folder (drizzle/ by default, not named for
    migrations: openstatus' packages/db/drizzle/) with meta/_journal.json beside them. Two branches
    that each generate their next migration take the same number."""
    d = "packages/db/drizzle"
    git_repo.commit({f"{d}/0000_lively_chief.sql": "CREATE TABLE a (id int);\n",
                     f"{d}/0001_brainy_beast.sql": "CREATE TABLE b (id int);\n",
                     f"{d}/meta/_journal.json": '{"version": "7", "dialect": "sqlite", "entries": []}\n',
                     # numbered SQL in a folder no journal and no name says is for migrations
                     "docs/examples/0001_query.sql": "SELECT 1;\n", "docs/examples/0002_query.sql": "SELECT 2;\n"})
    listed = lint("migrations", cwd=git_repo.path).out
    assert [line.split()[:3] for line in listed.splitlines()] == [["numbered", "SQL", f"{d}/"]]
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{d}/0002_tags.sql": "CREATE TABLE t (id int);\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{d}/0002_teams.sql": "CREATE TABLE c (id int);\n"})
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ", 1)[1].split(";")[0] for line in result.lines] == [
        "RL502 SQL migration version 0002 is already taken on main by 0002_teams.sql"]


def test_hash_named_revisions_in_the_default_directory_are_alembic_not_numbered(git_repo, lint):
    """The default entries match the incident's numbered layout; a project that keeps hash-named
    alembic revisions at the same path gets the graph checks, never RL504."""
    v = "console/migrations/versions"
    git_repo.commit({f"{v}/1975ea83b712_init.py": revision("1975ea83b712", None),
                     f"{v}/27c6a30d7c24_more.py": revision("27c6a30d7c24", "1975ea83b712"),
                     f"{v}/ae1027a6acf_x.py": revision("ae1027a6acf", "27c6a30d7c24")})
    assert lint("check", cwd=git_repo.path).lines == []
    git_repo.commit({f"{v}/3c1f2a9e4b71_fork.py": revision("3c1f2a9e4b71", "27c6a30d7c24")})
    assert codes(lint("check", cwd=git_repo.path)) == ["RL512"]


def test_golang_migrate_version_taken_on_the_base_is_reported_once_at_the_up_file(git_repo, lint):
    git_repo.commit({"db/migrations/000001_init.up.sql": "CREATE TABLE a (id int);\n",
                     "db/migrations/000001_init.down.sql": "DROP TABLE a;\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"db/migrations/000002_users.up.sql": "CREATE TABLE u (id int);\n",
                     "db/migrations/000002_users.down.sql": "DROP TABLE u;\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"db/migrations/000002_orders.up.sql": "CREATE TABLE o (id int);\n",
                     "db/migrations/000002_orders.down.sql": "DROP TABLE o;\n"})
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert result.lines == [
        "db/migrations/000002_users.up.sql:1:1: RL502 golang-migrate migration version 000002 is already taken on "
        "main by 000002_orders; renumber to 000003 (next free)"]


def test_alembic_ini_in_a_subdirectory_resolves_relative_to_itself(git_repo, lint):
    git_repo.commit({"services/api/alembic.ini": "[alembic]\nscript_location = ../../db/api_migrations\n",
                     "db/api_migrations/versions/a1b2c3d4e5f6_x.py": revision("a1b2c3d4e5f6", None),
                     "services/web/alembic.ini": "[alembic]\nscript_location = ../../../elsewhere\n"})
    listed = lint("migrations", "--format", "json", cwd=git_repo.path)
    assert json.loads(listed.out) == [{"framework": "alembic", "path": "db/api_migrations/versions",
                                       "why": "services/api/alembic.ini: script_location = ../../db/api_migrations"}]


def test_a_rails_engines_migrations_get_fresh_versions_when_apps_copy_them(git_repo, lint):
    """spree/core: an engine (its .gemspec beside db/) ships migrations that apps copy with
    `railties:install:migrations`, which gives every copy a new version; two source files on one
    version never meet in a database (spree has nine such pairs). A name used twice still is a
    defect there (the copy skips the second), and an app's own db/migrate keeps every check."""
    engine = {f"core/{path}": text for path, text in (rails("20260630000001", "add_preorder_fields"),
                                                       rails("20260630000001", "add_default_variant"))}
    engine["core/spree_core.gemspec"] = "Gem::Specification.new do |s|\n  s.name = 'spree_core'\nend\n"
    app = dict([rails("20240110080000", "add_photos"), rails("20240110080000", "add_comments")])
    git_repo.commit({**engine, **app, "Gemfile": "gem 'rails'\n"})
    result = lint("check", "--all-files", cwd=git_repo.path)
    assert [line.split(":")[0] for line in result.lines] == ["db/migrate/20240110080000_add_photos.rb"], result.out
    git_repo.commit(dict([(f"core/{p}", t) for p, t in [rails("20260701000000", "add_default_variant")]]))
    result = lint("check", "--all-files", cwd=git_repo.path)
    assert "RL506" in result.out, result.out
