"""Real `pre-commit` runs against this checkout's hooks, in temp git repositories.

pre-commit builds the hooks' virtualenv with pip, which needs the package index: set
REBOUND_SKIP_PRECOMMIT=1 to skip these where there is none. CI runs them.
"""
import os
import shutil
import subprocess
import sys

import pytest
from conftest import OURS, ROOT, SEP, THEIRS, GitRepo

pytestmark = pytest.mark.skipif(bool(os.environ.get("REBOUND_SKIP_PRECOMMIT")), reason="REBOUND_SKIP_PRECOMMIT set")

HOOKS = ["rebound-conflict-markers", "rebound-python", "rebound-sql", "rebound-javascript", "rebound-yaml",
         "rebound-manifests", "rebound-migrations", "rebound-flags", "rebound-lint"]


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory):
    """This checkout as it is now (uncommitted work included), committed into a temp repo."""
    snapshot = GitRepo(tmp_path_factory.mktemp("hooks") / "rebound-lint")
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file():
            target = snapshot.path / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    sha = snapshot.commit(message="snapshot")
    return snapshot.path, sha


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def project(tmp_path, hook_repo):
    repo = GitRepo(tmp_path / "project")
    path, sha = hook_repo
    config = f"repos:\n- repo: {path}\n  rev: {sha}\n  hooks:\n" + "".join(f"  - id: {h}\n" for h in HOOKS)
    repo.commit({".pre-commit-config.yaml": config, "README.md": "Project\n=======\n"}, "init")
    return repo


def pre_commit(repo, home, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never", *args], cwd=repo.path,
                          capture_output=True, text=True, env=env)


def test_staged_markers_and_duplicate_key_fail_then_pass_when_fixed(project, pre_commit_home):
    project.write({
        "app/routes.py": f"def f():\n    return 1\n{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} pr-1764\n",
        "backend_v2/api/feature_flags.yaml": "flags:\n  demo_propose: {}\n  demo_propose: {}\n",
    })
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "app/routes.py:3:1: RL001 conflict block left in file" in result.stdout
    assert "backend_v2/api/feature_flags.yaml:3:3: RL402 duplicate key 'demo_propose' (first defined on line 2)" \
        in result.stdout
    project.write({
        "app/routes.py": "def f():\n    return 1\nx = 2\n",
        "backend_v2/api/feature_flags.yaml": "flags:\n  demo_propose: {}\n",
    })
    project.git("add", "-A")
    fixed = pre_commit(project, pre_commit_home)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


def test_valid_modern_js_passes(project, pre_commit_home):
    project.write({
        "src/Page.jsx": "export const Page = ({ u }) => <h1>{u?.name ?? 'anon'}</h1>;\n",
        "src/store.mjs": "export class S { #x = 1; static n = 0; get x() { return this.#x; } }\n",
    })
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home, "rebound-javascript")
    assert result.returncode == 0, result.stdout + result.stderr
    named = pre_commit(project, pre_commit_home, "rebound-javascript", "--files", "src/Page.jsx")
    assert named.returncode == 0
    project.write({"src/Page.jsx": "const a = 1;\nconst a = 2;\n"})
    project.git("add", "-A")
    failed = pre_commit(project, pre_commit_home, "rebound-javascript")
    assert failed.returncode == 1 and "src/Page.jsx:2:7: RL302" in failed.stdout


def test_manifests_hook_reports_manifests_only(project, pre_commit_home):
    project.write({
        "requirements/base.txt": "celery==5.3.6\ndjango==4.2.1\nDjango==5.0.1\n",
        "go.mod": "module example.com/x\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/sync v0.6.0\n\tgolang.org/x/sync v0.7.0\n)\n",
        "yarn.lock": '# yarn lockfile v1\n\n\nchalk@^4.1.0:\n  version "4.1.2"\n\nchalk@^4.1.0:\n  version "4.1.1"\n',
        "app.py": "import os\nimport os\n",  # the python hook's business, not this one's
    })
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home, "rebound-manifests")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "requirements/base.txt:3:1: RL432" in result.stdout and "go.mod:7:1: RL452" in result.stdout
    assert "yarn.lock:7:1: RL443" in result.stdout and "app.py" not in result.stdout
    project.write({"requirements/base.txt": "celery==5.3.6\ndjango==5.0.1\n",
                   "go.mod": "module example.com/x\n\ngo 1.22\n\nrequire golang.org/x/sync v0.7.0\n",
                   "yarn.lock": '# yarn lockfile v1\n\n\nchalk@^4.1.0:\n  version "4.1.2"\n'})
    project.git("add", "-A")
    fixed = pre_commit(project, pre_commit_home, "rebound-manifests")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


def test_typescript_goes_through_the_javascript_hook(project, pre_commit_home):
    project.write({
        "web/api.ts": "export interface A { x: number }\nexport interface A { y: number }\n",
        "web/Row.tsx": "export const Row = () => <li key=\"a\" />;\n",
    })
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home, "rebound-javascript")
    assert result.returncode == 0, result.stdout + result.stderr
    project.write({"web/api.ts": "let a = 1;\nlet a = 2;\n"})
    project.git("add", "-A")
    failed = pre_commit(project, pre_commit_home, "rebound-javascript")
    assert failed.returncode == 1 and "web/api.ts:2:5: RL322" in failed.stdout


def test_javascript_hook_gets_mts_cts_and_node_scripts(project, pre_commit_home):
    """identify has no tag for .mts/.cts (and tags an extensionless `node` script by its
    shebang): the hook must still be handed all three, and nothing else."""
    project.write({
        "web/esm.mts": "export const a = 1;\nexport const a = 2;\n",
        "web/cjs.cts": "let b = 1;\nlet b = 2;\n",
        "bin/tool": "#!/usr/bin/env node\nlet c = 1;\nlet c = 2;\n",
        "app.py": "import os\nimport os\n",
    })
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home, "rebound-javascript")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "web/esm.mts:2:14: RL322" in result.stdout and "web/cjs.cts:2:5: RL322" in result.stdout
    assert "bin/tool:3:5: RL302" in result.stdout and "app.py" not in result.stdout


def test_repo_level_hooks_find_a_collision_on_pre_push(project, pre_commit_home):
    versions = "console/migrations/versions"
    base = project.commit({f"{versions}/0036_a.py": "revision = '0036'\ndown_revision = None\n"}, "base")
    project.git("checkout", "-q", "-b", "feature")
    project.commit({f"{versions}/0037_promote_demo_session.py": "revision = '0037d'\ndown_revision = '0036'\n"})
    project.git("checkout", "-q", "main")
    project.commit({f"{versions}/0037_promote_passkey_enrollment_gate.py": "revision = '0037'\ndown_revision = '0036'\n"})
    project.git("checkout", "-q", "feature")
    head = project.git("rev-parse", "HEAD").strip()
    main = project.git("rev-parse", "main").strip()
    assert base
    result = pre_commit(project, pre_commit_home, "rebound-migrations", "--hook-stage", "pre-push",
                        "--from-ref", main, "--to-ref", head)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "0037_promote_demo_session.py:1:1: RL502 migration prefix 0037 is already taken" in result.stdout
    assert "renumber to 0038" in result.stdout


def test_flags_hook_without_a_base_skips_with_a_message(project, pre_commit_home):
    result = pre_commit(project, pre_commit_home, "rebound-flags", "--verbose")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no base to compare with" in result.stdout + result.stderr


def test_markers_hook_guards_a_naive_resolution_during_a_real_merge(project, pre_commit_home):
    base = "def register(app):\n    app.register_blueprint(core_bp)\n"
    project.commit({"app.py": base}, "base")
    project.git("checkout", "-q", "-b", "pr-1766")
    project.commit({"app.py": base + "    app.register_blueprint(demo_bp)\n"}, "demo")
    project.git("checkout", "-q", "main")
    project.commit({"app.py": base + "    app.register_blueprint(auth_bp)\n"}, "auth")
    project.git("merge", "-q", "pr-1766", check=False)
    text = (project.path / "app.py").read_text()
    (project.path / "app.py").write_text("".join(
        line for line in text.splitlines(keepends=True) if not line.startswith((OURS, SEP, THEIRS))))
    project.git("add", "app.py")
    result = pre_commit(project, pre_commit_home, "rebound-conflict-markers")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "app.py:3:1: RL702 [merge of" in result.stdout and "both sides kept (ours then theirs)" in result.stdout
    (project.path / "app.py").write_text(base + "    app.register_blueprint(auth_bp)\n")
    project.git("add", "app.py")
    assert pre_commit(project, pre_commit_home, "rebound-conflict-markers").returncode == 0


def test_a_run_over_many_files_prints_one_total(project, pre_commit_home):
    """pre-commit would split many files into one batch per core; the hooks are require_serial,
    so one process checks them all (in parallel itself) and prints one summary."""
    project.write({f"pkg/m{i:03}.py": f"VALUE_{i} = {i}\n" for i in range(400)})
    project.write({"pkg/broken.py": "def f(:\n"})
    project.git("add", "-A")
    result = pre_commit(project, pre_commit_home, "rebound-python", "--verbose")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "pkg/broken.py:1:7: RL101" in result.stdout
    assert result.stdout.count("files checked") == 1, result.stdout
    assert "401 files checked, 1 finding" in result.stdout


def test_repo_level_hooks_say_when_they_checked_nothing_without_verbose(project, pre_commit_home):
    result = pre_commit(project, pre_commit_home, "rebound-migrations")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no migration directory found" in result.stdout + result.stderr
    assert "[[tool.rebound-lint.migrations]]" in result.stdout + result.stderr
