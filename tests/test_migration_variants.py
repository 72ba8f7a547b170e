"""One migration shipped as several files (issue 24, class 7): per-dialect variants and up/down
halves (ory/kratos's popx layout: 20150100000001000000_networks.mysql.up.sql, ...postgres.up.sql,
...sqlite3.up.sql, ...cockroach.up.sql; 123_a.down.sql beside 123_a.postgres.up.sql) share one
version without colliding. Two different names on one version still do (RL501), in every
versioned framework, and --fix moves a migration's variants together."""
from conftest import GitRepo

KRATOS = "persistence/sql/migrations/sql"


def _variants(directory, version, name, dialects=("cockroach", "mysql", "postgres", "sqlite3"), autocommit=False):
    files = {}
    for dialect in dialects:
        for direction in ("up", "down"):
            middle = f".{dialect}" if dialect else ""
            middle += ".autocommit" if autocommit else ""
            files[f"{directory}/{version}_{name}{middle}.{direction}.sql"] = f"-- {name} {dialect} {direction}\n"
    return files


def kratos_like(repo: GitRepo) -> GitRepo:
    files = {}
    files.update(_variants(KRATOS, "20150100000001000000", "networks"))
    files.update(_variants(KRATOS, "20191100000001000000", "identities"))
    files.update(_variants(KRATOS, "20191100000001000001", "identities"))
    # one dialect's own up, a down for all of them
    files[f"{KRATOS}/20200317160354000000_create_profile_request_forms.postgres.up.sql"] = "SELECT 1;\n"
    files[f"{KRATOS}/20200317160354000000_create_profile_request_forms.down.sql"] = "SELECT 1;\n"
    files.update(_variants(KRATOS, "20241029153900000001", "identities", dialects=("",), autocommit=True))
    files.update(_variants(KRATOS, "20241029153900000002", "identities", dialects=("cockroach",), autocommit=True))
    files.update(_variants(KRATOS, "20241029153900000002", "identities", dialects=("postgres", "")))
    # the same in a numbered SQL directory and a configured one
    files.update({f"db/migrations/001_init{d}.sql": "SELECT 1;\n" for d in (".postgresql", ".sqlite", "")})
    files["db/migrations/002_users.mariadb.sql"] = "SELECT 1;\n"
    files["db/migrations/002_users.mssql.sql"] = "SELECT 1;\n"
    files["db/migrations/002_users.sql"] = "SELECT 1;\n"
    files.update(_variants("schema/changes", "0001", "init", dialects=("pg", "mysql")))
    files[".rebound-lint.toml"] = ('[[migrations]]\npath = "schema/changes"\n'
                                   'pattern = \'^(?P<prefix>\\d{4})_.*\\.sql$\'\n')
    repo.commit(files, "init")
    return repo


def test_the_kratos_layout_is_silent(git_repo, lint):
    repo = kratos_like(git_repo)
    frameworks = lint("migrations", cwd=repo.path).out
    assert KRATOS in frameworks and "db/migrations" in frameworks and "schema/changes" in frameworks
    result = lint("check", "--all-files", cwd=repo.path)
    assert result.code == 0 and result.lines == [], result.out


def test_two_different_names_on_one_version_still_collide_whatever_their_variants(git_repo, lint):
    repo = kratos_like(git_repo)
    repo.commit({**_variants(KRATOS, "20150100000001000000", "sessions", dialects=("mysql", "postgres")),
                 "db/migrations/002_orders.postgresql.sql": "SELECT 1;\n",
                 "schema/changes/0001_other.up.sql": "SELECT 1;\n"})
    result = lint("check", cwd=repo.path)
    assert result.code == 1
    found = [line.split(": ", 1)[1].split("; ")[0] for line in result.lines]
    assert found == [  # once per migration, not per file
        "RL501 SQL migration version 002 is also used by 002_orders.postgresql.sql",
        "RL501 golang-migrate migration version 20150100000001000000 is also used by "
        "20150100000001000000_networks.cockroach.up.sql",
        "RL501 migration prefix 0001 is also used by 0001_init.mysql.down.sql, 0001_init.mysql.up.sql, "
        "0001_init.pg.down.sql, 0001_init.pg.up.sql",
    ], result.out
    assert result.lines[0].startswith("db/migrations/002_users.mariadb.sql:1:1:")
    assert result.lines[1].startswith(f"{KRATOS}/20150100000001000000_sessions.mysql.up.sql:1:1:")
    assert result.lines[2].startswith("schema/changes/0001_other.up.sql:1:1:")


def test_a_name_that_merely_contains_a_dialect_is_its_own_migration(git_repo, lint):
    git_repo.commit({"migrations/000001_create_mysql_users.up.sql": "SELECT 1;\n",
                     "migrations/000001_create_users.up.sql": "SELECT 1;\n"})
    assert [line.split(": ", 1)[1].split()[0] for line in lint("check", cwd=git_repo.path).lines] == ["RL501"]


def test_variants_taken_on_the_base_are_one_rl502_and_one_rl501_after_the_merge(git_repo, lint):
    directory = "db/migrations"
    git_repo.commit(_variants(directory, "000001", "init", dialects=("mysql", "postgres")), "init")
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit(_variants(directory, "000002", "users", dialects=("mysql", "postgres")), "users")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit(_variants(directory, "000002", "orders", dialects=("mysql", "postgres")), "orders")
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert result.lines == [
        f"{directory}/000002_users.mysql.up.sql:1:1: RL502 golang-migrate migration version 000002 is already taken "
        "on main by 000002_orders; renumber to 000003 (next free)"], result.out
    git_repo.git("merge", "-q", "--no-edit", "main")
    merged = lint("check", "--all-files", cwd=git_repo.path)
    assert [line.split(": ", 1)[1].split("; ")[0] for line in merged.lines] == [
        "RL501 golang-migrate migration version 000002 is also used by 000002_orders.mysql.up.sql"], merged.out


def test_fix_moves_a_migrations_variants_to_one_new_number(git_repo, lint):
    directory = "backend_v2/db/migrations"
    git_repo.commit({f"{directory}/020_trace_events.sql": "CREATE TABLE t (id int);\n"}, "start")
    git_repo.git("checkout", "-q", "-b", "pr")
    git_repo.commit({f"{directory}/021_demo_sessions.postgres.sql": "CREATE TABLE d (id int);\n",
                     f"{directory}/021_demo_sessions.sqlite.sql": "CREATE TABLE d (id integer);\n",
                     f"{directory}/022_audit.sql": "CREATE TABLE a (id int);\n"}, "#1766")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{directory}/021_passkeys.sql": "CREATE TABLE p (id int);\n"}, "#1772")
    git_repo.git("checkout", "-q", "pr")
    fixed = lint("check", "--base", "main", "--fix", cwd=git_repo.path)
    names = sorted(p.name for p in (git_repo.path / directory).iterdir())
    assert names == ["020_trace_events.sql", "022_demo_sessions.postgres.sql", "022_demo_sessions.sqlite.sql",
                     "023_audit.sql"], fixed.err
    assert fixed.code == 0, fixed.out + fixed.err


def test_up_and_down_halves_named_with_an_underscore_are_one_migration(git_repo, lint):
    """docker/awesome-compose's react-rust-postgres/backend/migrations/: 0001_create-users_up.sql
    beside 0001_create-users_down.sql, the direction glued on with `_` (or `-`) instead of a dot.
    Two names on one version still collide."""
    repo = git_repo
    repo.commit({"backend/migrations/0001_create-users_up.sql": "CREATE TABLE users (id int);\n",
                 "backend/migrations/0001_create-users_down.sql": "DROP TABLE users;\n",
                 "backend/migrations/0002_add-email-up.sql": "ALTER TABLE users ADD email text;\n",
                 "backend/migrations/0002_add-email-down.sql": "ALTER TABLE users DROP email;\n"}, "init")
    result = lint("check", "--all-files", cwd=repo.path)
    assert result.code == 0 and result.lines == [], result.out
    repo.commit({"backend/migrations/0002_add-phone_up.sql": "ALTER TABLE users ADD phone text;\n",
                 "backend/migrations/0002_add-phone_down.sql": "ALTER TABLE users DROP phone;\n"})
    result = lint("check", "--all-files", cwd=repo.path)
    assert [line.split(": ")[1].split()[0] for line in result.lines if ": RL" in line] == ["RL501"], result.out
