"""`check --fix` / `--diff`: renumber and re-parent the migrations a change added that collide
with the base, on real repositories; the result passes `check --base`, and the real merge too."""
import pytest
from conftest import GitRepo
from test_migration_frameworks import ALEMBIC_INI, ENV_PY, SALEOR_ACCOUNT, django_migration, revision, saleor  # noqa: F401

VERSIONS = "console/migrations/versions"


def tree(repo: GitRepo) -> dict[str, bytes]:
    return {p.relative_to(repo.path).as_posix(): p.read_bytes() for p in sorted(repo.path.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(repo.path).parts}


@pytest.fixture
def sprint(git_repo: GitRepo):
    """The incident's sprint: #1772 lands 0037 on main while #1766's branch also took 0037."""
    git_repo.commit({
        f"{VERSIONS}/0035_console_flag_promotions.py": revision("0035", None),
        f"{VERSIONS}/0036_promote_shadow.py": revision("0036", "0035"),
        "backend_v2/db/migrations/020_trace_events.sql": "CREATE TABLE t (id int);\n",
    }, "sprint start")
    git_repo.git("checkout", "-q", "-b", "pr-1766")
    git_repo.commit({f"{VERSIONS}/0037_promote_demo_session.py": revision("0037", "0036", doc="promote demo_session"),
                     "backend_v2/db/migrations/021_demo_sessions.sql": "CREATE TABLE d (id int);\n"}, "#1766")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0037_promote_passkey.py": revision("0037", "0036"),
                     "backend_v2/db/migrations/021_passkeys.sql": "CREATE TABLE p (id int);\n"}, "#1772")
    git_repo.git("checkout", "-q", "pr-1766")
    return git_repo


def test_diff_shows_the_renumbering_and_writes_nothing(sprint, lint):
    before = tree(sprint)
    result = lint("check", "--base", "main", "--diff", cwd=sprint.path)
    assert result.code == 1
    assert tree(sprint) == before
    out = result.out
    assert f"rename from {VERSIONS}/0037_promote_demo_session.py\nrename to {VERSIONS}/0038_promote_demo_session.py" in out
    assert "-revision = '0037'\n-down_revision = '0036'\n+revision = '0038'\n+down_revision = '0037'\n" in out
    assert "-Revision ID: 0037\n-Revises: 0036\n+Revision ID: 0038\n+Revises: 0037\n" in out
    assert "rename to backend_v2/db/migrations/022_demo_sessions.sql" in out
    assert "0037_promote_passkey" not in out.replace("on main", "")  # the base's file is never touched


def test_fix_renumbers_and_reparents_then_check_base_and_the_merge_pass(sprint, lint):
    assert lint("check", "--base", "main", cwd=sprint.path).code == 1
    base_files = {p: c for p, c in tree(sprint).items() if "0037_promote_passkey" in p or "021_passkeys" in p}
    fixed = lint("check", "--base", "main", "--fix", cwd=sprint.path)
    assert fixed.code == 0, fixed.out + fixed.err
    assert f"renamed {VERSIONS}/0037_promote_demo_session.py -> 0038_promote_demo_session.py: revision '0037' -> " \
           "'0038', down_revision '0036' -> '0037' (the head of main)" in fixed.err
    files = tree(sprint)
    assert f"{VERSIONS}/0037_promote_demo_session.py" not in files
    text = files[f"{VERSIONS}/0038_promote_demo_session.py"].decode()
    assert "revision = '0038'\ndown_revision = '0037'\n" in text and "Revision ID: 0038\nRevises: 0037\n" in text
    assert "backend_v2/db/migrations/022_demo_sessions.sql" in files
    assert {p: c for p, c in files.items() if p in base_files} == base_files  # never written
    assert lint("check", "--base", "main", cwd=sprint.path).code == 0
    sprint.commit(message="renumbered by rebound-lint --fix")
    sprint.git("checkout", "-q", "main")
    sprint.git("merge", "-q", "--no-edit", "pr-1766")
    assert lint("check", cwd=sprint.path).lines == []


def test_a_chain_of_added_revisions_moves_together(git_repo, lint):
    git_repo.commit({f"{VERSIONS}/0036_a.py": revision("0036", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{VERSIONS}/0037_b.py": revision("0037", "0036"), f"{VERSIONS}/0038_c.py": revision("0038", "0037")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0037_x.py": revision("0037", "0036"), f"{VERSIONS}/0038_y.py": revision("0038", "0037")})
    git_repo.git("checkout", "-q", "feature")
    fixed = lint("check", "--base", "main", "--fix", cwd=git_repo.path)
    assert fixed.code == 0, fixed.out + fixed.err
    files = tree(git_repo)
    assert "revision = '0039'\ndown_revision = '0038'\n" in files[f"{VERSIONS}/0039_b.py"].decode()
    assert "revision = '0040'\ndown_revision = '0039'\n" in files[f"{VERSIONS}/0040_c.py"].decode()


def test_hash_named_alembic_head_is_reparented_without_renaming(git_repo, lint):
    v = "migrations/versions"
    git_repo.commit({"migrations/alembic.ini": ALEMBIC_INI, "migrations/env.py": ENV_PY,
                     f"{v}/ae1027a6acf_init.py": revision("ae1027a6acf", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{v}/3c1f2a9e4b71_add_phone.py": revision("3c1f2a9e4b71", "ae1027a6acf")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{v}/8d2e0b5c6a13_add_address.py": revision("8d2e0b5c6a13", "ae1027a6acf")})
    git_repo.git("checkout", "-q", "feature")
    diff = lint("check", "--base", "main", "--diff", cwd=git_repo.path)
    assert "rename" not in diff.out and "+down_revision = '8d2e0b5c6a13'" in diff.out
    assert "+Revises: 8d2e0b5c6a13" in diff.out
    fixed = lint("check", "--base", "main", "--fix", cwd=git_repo.path)
    assert fixed.code == 0 and "rewrote migrations/versions/3c1f2a9e4b71_add_phone.py" in fixed.err


def test_django_migration_renumbered_and_reparented(saleor, lint):  # noqa: F811
    diff = lint("check", "--base", "main", "--diff", cwd=saleor.path)
    assert f"rename to {SALEOR_ACCOUNT}/0086_user_last_login.py" in diff.out
    assert "-        ('account', '0084_user_note'),\n+        ('account', '0085_user_is_confirmed'),\n" in diff.out
    fixed = lint("check", "--base", "main", "--fix", cwd=saleor.path)
    assert fixed.code == 0, fixed.out + fixed.err
    assert f"renamed {SALEOR_ACCOUNT}/0085_user_last_login.py -> 0086_user_last_login.py: depends on ('account', " \
           "'0085_user_is_confirmed') (the leaf of main)" in fixed.err
    assert not (saleor.path / SALEOR_ACCOUNT / "0085_user_last_login.py").exists()
    saleor.commit(message="fixed")
    saleor.git("checkout", "-q", "main")
    saleor.git("merge", "-q", "--no-edit", "feature")
    assert lint("check", cwd=saleor.path).lines == []


def test_ambiguous_cases_are_left_alone_with_a_message(git_repo, lint):
    git_repo.commit({f"{VERSIONS}/0036_a.py": revision("0036", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{VERSIONS}/0037_b.py": revision("0037b", "0036")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0037_x.py": revision("0037", "0036"), f"{VERSIONS}/0038_y.py": revision("0038", "0036")})
    git_repo.git("checkout", "-q", "feature")
    before = tree(git_repo)
    result = lint("check", "--base", "main", "--fix", cwd=git_repo.path)
    assert result.code == 1 and tree(git_repo) == before
    assert f"left {VERSIONS}/ alone: main has 2 alembic heads" in result.err


def test_fix_needs_a_base_and_the_working_tree(git_repo, lint):
    git_repo.commit({"a.py": "x = 1\n"})
    assert lint("check", "--fix", cwd=git_repo.path).code == 2
    assert lint("check", "--diff", "--base", "main", "--staged", cwd=git_repo.path).code == 2
    clean = lint("check", "--base", "main", "--diff", cwd=git_repo.path)
    assert clean.code == 0 and clean.out == ""


def test_django_rename_another_app_depends_on_is_left_alone(saleor, lint):  # noqa: F811
    saleor.commit({"saleor/order/__init__.py": "", "saleor/order/migrations/__init__.py": "",
                   "saleor/order/migrations/0001_initial.py": django_migration(
                       "order", [("account", "0085_user_last_login")])})
    before = tree(saleor)
    result = lint("check", "--base", "main", "--fix", cwd=saleor.path)
    assert result.code == 1 and tree(saleor) == before
    assert "saleor/order/migrations/0001_initial.py depends on a migration it would rename" in result.err
