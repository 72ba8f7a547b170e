"""Migration collisions, alembic graph and flag promotions, on real git history."""
import subprocess

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo

VERSIONS = "console/migrations/versions"
REGISTRY = "backend_v2/api/feature_flags.yaml"


def migration(revision, down, flag=None):
    down_text = "None" if down is None else repr(down)
    body = f"FLAG = {flag!r}\n" if flag else ""
    return f'"""migration {revision}"""\nrevision = {revision!r}\ndown_revision = {down_text}\n{body}'


def registry(*flags, nested=True):
    lines = ["flags:"] if nested else []
    indent = "  " if nested else ""
    for flag in flags:
        lines += [f"{indent}{flag}:", f"{indent}  owner: team-{flag}", f"{indent}  default: false"]
    return "# registry\n" + "\n".join(lines) + "\n"


@pytest.fixture
def sprint(git_repo: GitRepo):
    """main at the sprint's start: 0035 and 0036, one flag. A branch for #1766 starts here."""
    git_repo.commit({
        "pyproject.toml": "[tool.rebound-lint]\n",
        REGISTRY: registry("shadow_analytics_enabled"),
        f"{VERSIONS}/0035_console_flag_promotions.py": migration("0035", None),
        f"{VERSIONS}/0036_promote_shadow_analytics_enabled.py": migration("0036", "0035", "shadow_analytics_enabled"),
        "backend_v2/db/migrations/020_trace_events.sql": "CREATE TABLE t (id int);\n",
    }, "sprint start")
    git_repo.git("checkout", "-q", "-b", "pr-1766")
    git_repo.git("checkout", "-q", "main")
    # #1772 lands first: flag + 0037 promotion.
    git_repo.commit({
        REGISTRY: registry("shadow_analytics_enabled", "passkey_enrollment_gate"),
        f"{VERSIONS}/0037_promote_passkey_enrollment_gate.py": migration("0037", "0036", "passkey_enrollment_gate"),
    }, "#1772")
    git_repo.git("checkout", "-q", "pr-1766")
    return git_repo


def lines_of(result):
    return [line.split(": ", 1)[1] for line in result.lines]


def test_collision_with_the_base_suggests_the_next_free_number_and_flag_needs_promotion(sprint, lint):
    sprint.commit({
        REGISTRY: registry("shadow_analytics_enabled", "demo_session"),
        f"{VERSIONS}/0037_promote_demo_session.py": migration("0037", "0036", "demo_session"),
    }, "#1766 with a colliding number")
    result = lint("check", "--base", "main", cwd=sprint.path)
    assert result.code == 1
    assert result.lines == [
        f"{VERSIONS}/0037_promote_demo_session.py:1:1: RL502 migration prefix 0037 is already taken on main by "
        "0037_promote_passkey_enrollment_gate.py; renumber to 0038 (next free)",
        # the two files also carry one revision id: merged, alembic would refuse it
        f"{VERSIONS}/0037_promote_demo_session.py:2:1: RL511 alembic revision '0037' is also declared by "
        "0037_promote_passkey_enrollment_gate.py, on main",
    ]


def test_new_flag_without_promotion_then_fixed(sprint, lint):
    sprint.commit({REGISTRY: registry("shadow_analytics_enabled", "demo_session")}, "flag only")
    result = lint("check", "--base", "main", cwd=sprint.path)
    assert result.code == 1
    assert result.lines == [
        f"{REGISTRY}:6:1: RL601 new flag 'demo_session' has no promotion migration in this change: "
        f"add {VERSIONS}/0038_promote_demo_session.py",
    ]
    sprint.git("reset", "-q", "--hard", "main")  # re-cut from main, as the dispatch plan says
    sprint.commit({
        REGISTRY: registry("shadow_analytics_enabled", "passkey_enrollment_gate", "demo_session"),
        f"{VERSIONS}/0038_promote_demo_session.py": migration("0038", "0037", "demo_session"),
    }, "#1766 re-cut")
    clean = lint("check", "--base", "main", cwd=sprint.path)
    assert clean.code == 0, clean.out


def test_promotion_found_by_content_when_the_name_differs(sprint, lint):
    sprint.git("reset", "-q", "--hard", "main")
    sprint.commit({
        REGISTRY: registry("shadow_analytics_enabled", "passkey_enrollment_gate", "demo_session"),
        f"{VERSIONS}/0038_enable_demo.py": migration("0038", "0037", "demo_session"),
    })
    assert lint("check", "--base", "main", cwd=sprint.path).code == 0


def test_renumbered_after_main_moved_on(sprint, lint):
    sprint.commit({f"{VERSIONS}/0036_backfill.py": migration("0036b", "0036")}, "stale number")
    result = lint("check", "--base", "main", cwd=sprint.path)
    assert lines_of(result) == [  # RL502 says it better than RL501 would; merged, 0036 has two children
        "RL502 migration prefix 0036 is already taken on main by 0036_promote_shadow_analytics_enabled.py; "
        "renumber to 0038 (next free)",
        "RL515 merged with main, the alembic graph has 2 heads: 0036b (0036_backfill.py), "
        "0037 (0037_promote_passkey_enrollment_gate.py, on main); point down_revision at '0037'",
    ]


def test_branch_adds_0039_after_main_gained_0039(git_repo, lint):
    git_repo.commit({f"{VERSIONS}/0038_a.py": migration("0038", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{VERSIONS}/0039_feature.py": migration("0039f", "0038")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0039_main.py": migration("0039", "0038"),
                     f"{VERSIONS}/0040_main.py": migration("0040", "0039")})
    git_repo.git("checkout", "-q", "feature")
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ")[1].split()[0] for line in result.lines] == ["RL502", "RL515"]
    assert "renumber to 0041" in result.lines[0]
    assert "point down_revision at '0040'" in result.lines[1]


def test_two_heads_appear_only_once_merged_with_the_base(git_repo, lint):
    """Numbered apart, both children of 0037: each branch alone has one head, the merge two."""
    git_repo.commit({f"{VERSIONS}/0037_a.py": migration("0037", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({f"{VERSIONS}/0040_feature.py": migration("0040", "0037")})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0039_main.py": migration("0039", "0037")})
    git_repo.git("checkout", "-q", "feature")
    assert lint("check", cwd=git_repo.path).code == 0  # the branch's own graph is fine
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert lines_of(result) == [
        "RL515 merged with main, the alembic graph has 2 heads: 0039 (0039_main.py, on main), "
        "0040 (0040_feature.py); point down_revision at '0039'"]
    assert result.lines[0].startswith(f"{VERSIONS}/0040_feature.py:3:1: ")
    git_repo.commit({f"{VERSIONS}/0040_feature.py": migration("0040", "0039")})  # fixed: one head again
    assert lint("check", "--base", "main", cwd=git_repo.path).code == 0
    git_repo.git("checkout", "-q", "main")
    git_repo.git("merge", "-q", "--no-edit", "feature")
    assert lint("check", cwd=git_repo.path).code == 0  # and the real merge agrees


def test_lower_than_the_base_highest(git_repo, lint):
    git_repo.commit({"db/m/001_a.sql": "SELECT 1;\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"db/m/002_b.sql": "SELECT 1;\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"db/m/003_c.sql": "SELECT 1;\n"})
    git_repo.git("checkout", "-q", "feature")
    git_repo.write({".rebound-lint.toml": '[[migrations]]\npath = "db/m"\npattern = \'^(?P<prefix>\\d{3})_.*\\.sql$\'\n'})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert lines_of(result) == ["RL503 migration prefix 002 is below main's highest (003); renumber to 004 (next free)"]


def test_collisions_in_the_tree_and_the_allowlist(git_repo, lint):
    git_repo.commit({
        ".rebound-lint.toml": '[[migrations]]\npath = "m"\npattern = \'^(?P<prefix>\\d{4})_\'\n'
                              'allow = ["0002_a.py", "0002_b.py"]\n',
        "m/0001_init.py": "", "m/0002_a.py": "", "m/0002_b.py": "", "m/0003_x.py": "", "m/0003_y.py": "",
        "m/37_typo.py": "", "m/__init__.py": "", "m/README.md": "",
    })
    result = lint("check", cwd=git_repo.path)
    assert [line.split("; if ")[0] for line in lines_of(result)] == [
        "RL501 migration prefix 0003 is also used by 0003_x.py; renumber to 0004 (next free)",
        "RL504 migration file name does not match the pattern '^(?P<prefix>\\\\d{4})_' of m/",
    ]
    git_repo.commit({"m/0002_c.py": ""})
    assert "RL501 migration prefix 0002 is also used by 0002_a.py, 0002_b.py" in lines_of(lint("check", cwd=git_repo.path))[0]


def test_alembic_graph_findings_on_real_revision_files(git_repo, lint):
    boom = 'raise SystemExit("imported!")\n'
    git_repo.commit({
        f"{VERSIONS}/0001_init.py": boom + migration("a1", None),
        f"{VERSIONS}/0002_dup.py": boom + migration("a1", "a1"),
        f"{VERSIONS}/0003_x.py": boom + 'revision: str = "x3"\ndown_revision: str | None = "nope"\n',
        f"{VERSIONS}/0004_c1.py": boom + migration("c1", "c2"),
        f"{VERSIONS}/0005_c2.py": boom + migration("c2", "c1"),
        f"{VERSIONS}/0006_merge.py": boom + 'revision = "m6"\ndown_revision = ("a1", "c1")\n',
    })
    result = lint("check", cwd=git_repo.path)
    codes = [line.split(": ")[1].split()[0] for line in result.lines]
    assert sorted(codes) == ["RL511", "RL512", "RL513", "RL514"]
    text = "\n".join(result.lines)
    assert "'a1' is also declared by 0001_init.py" in text
    assert "down_revision 'nope' names no revision" in text
    assert "cycle in the alembic revision graph: c1 -> c2 -> c1" in text
    assert "2 alembic heads: x3 (0003_x.py), m6 (0006_merge.py)" in text


def test_flag_under_a_configured_key_and_top_level(git_repo, lint):
    git_repo.commit({
        ".rebound-lint.toml": '[flags]\nregistry = "flags.yaml"\nkey = "registry.flags"\n',
        "flags.yaml": "registry:\n  flags:\n    a: {default: false}\n",
    })
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"flags.yaml": "registry:\n  flags:\n    a: {default: false}\n    b: {default: true}\n"})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert lines_of(result) == ["RL601 new flag 'b' has no promotion migration in this change: "
                                "add console/migrations/versions/0001_promote_b.py"]
    top = GitRepo(git_repo.path.parent / "top")
    top.commit({REGISTRY: registry("a", nested=False)})
    top.git("checkout", "-q", "-b", "f")
    top.commit({REGISTRY: registry("a", "b", nested=False)})
    assert "RL601 new flag 'b'" in lint("check", "--base", "main", cwd=top.path).out


def test_renamed_and_removed_flags_are_information(sprint, lint):
    sprint.commit({REGISTRY: "flags:\n  shadow_analytics:\n    owner: team-shadow_analytics_enabled\n"
                             "    default: false\n"})
    result = lint("check", "--base", "main", cwd=sprint.path)
    assert result.code == 0
    assert lines_of(result) == ["RL603 flag 'shadow_analytics_enabled' renamed to 'shadow_analytics'"]
    sprint.commit({REGISTRY: "flags: {}\n"})
    removed = lint("check", "--base", "main", cwd=sprint.path)
    assert removed.code == 0 and "RL602 flag 'shadow_analytics_enabled' removed" in removed.out


def test_without_base_the_flag_rule_says_so_once(sprint, lint):
    result = lint("check", cwd=sprint.path)
    assert result.code == 0
    assert result.err.count("RL601") == 1 and "--base" in result.err


def test_base_checks_only_changed_files(sprint, lint):
    sprint.commit({"old.yaml": "a: 1\na: 2\n"})
    sprint.git("checkout", "-q", "-b", "next")
    sprint.commit({"new.yaml": "b: 1\nb: 2\n"})
    result = lint("check", "--base", "pr-1766", cwd=sprint.path)
    assert [line.split(":")[0] for line in result.lines] == ["new.yaml"]


def test_shallow_clone_unknown_ref_and_no_repo_exit_2(sprint, tmp_path, lint):
    sprint.commit({"x.txt": "x\n"})
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--no-single-branch", f"file://{sprint.path}", str(shallow)],
                   check=True)
    result = lint("check", "--base", "origin/main", cwd=shallow)
    assert result.code == 2 and "shallow clone" in result.err and "git fetch --unshallow" in result.err
    unknown = lint("check", "--base", "no-such-branch", cwd=sprint.path)
    assert unknown.code == 2 and "unknown git ref 'no-such-branch'" in unknown.err
    outside = tmp_path / "plain"
    outside.mkdir()
    (outside / "a.py").write_text("x = 1\n")
    none = lint("check", "--base", "main", "a.py", cwd=outside)
    assert none.code == 2 and "not in one" in none.err or "not a git repository" in none.err


def test_git_missing_is_a_clear_error(sprint, lint, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    result = lint("check", "--base", "main", cwd=sprint.path)
    assert result.code == 2 and "git is not installed" in result.err


def test_staged_checks_what_the_commit_will_hold_not_the_working_tree(git_repo, lint):
    git_repo.commit({"app.py": "x = 1\n"})
    git_repo.write({"app.py": f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} b\n"})
    git_repo.git("add", "app.py")
    git_repo.write({"app.py": "x = 2\n", "scratch.py": "def f(:\n"})  # fixed, but not staged; never staged
    staged = lint("check", "--staged", cwd=git_repo.path)
    assert staged.code == 1 and [line.split()[:2] for line in staged.lines] == [["app.py:1:1:", "RL001"]]
    assert lint("check", cwd=git_repo.path).code == 0  # the working tree is fine (scratch.py is untracked)
    assert lint("check", "--staged", "scratch.py", "app.py", cwd=git_repo.path).lines[0].startswith("app.py:1:1: RL001")
    git_repo.git("add", "app.py")
    assert lint("check", "--staged", cwd=git_repo.path).code == 0


def test_problems_the_base_has_on_its_own_are_not_this_change_s(git_repo, lint):
    git_repo.commit({f"{VERSIONS}/0037_a.py": migration("0037", None)})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"app.py": "x = 1\n"})
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({f"{VERSIONS}/0038_b.py": migration("0038", "0037"),  # two heads, a duplicate id and a
                     f"{VERSIONS}/0038_c.py": migration("0038", "0037"),  # dangling parent, all on main
                     f"{VERSIONS}/0039_d.py": migration("0039", "gone")})
    git_repo.git("checkout", "-q", "feature")
    assert lint("check", "--base", "main", cwd=git_repo.path).lines == []
