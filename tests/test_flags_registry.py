"""Flag registries in YAML, JSON or a Python module, and the repo-level hooks' base: an unknown
or unreachable PRE_COMMIT_FROM_REF is an error, never a silent skip."""
import os
import subprocess
import sys

import pytest
from conftest import GitRepo

HOOK = "import sys\nfrom rebound_lint import hooks\nsys.exit(hooks.{}())\n"


def run_hook(repo: GitRepo, hook: str, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    environment.update(env)
    return subprocess.run([sys.executable, "-c", HOOK.format(hook)], cwd=repo.path, capture_output=True, text=True,
                          env=environment)


@pytest.fixture
def pushed(git_repo: GitRepo):
    git_repo.commit({"backend_v2/api/feature_flags.yaml": "flags:\n  a: {default: false}\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"backend_v2/api/feature_flags.yaml": "flags:\n  a: {default: false}\n  b: {default: true}\n"})
    return git_repo


@pytest.mark.parametrize("hook", ["flags", "migrations"])
def test_unknown_or_unreachable_from_ref_is_exit_2(pushed, hook):
    unknown = run_hook(pushed, hook, PRE_COMMIT_FROM_REF="nope", PRE_COMMIT_TO_REF="HEAD")
    assert unknown.returncode == 2, unknown.stderr
    assert "PRE_COMMIT_FROM_REF" in unknown.stderr and "'nope'" in unknown.stderr
    alone = run_hook(pushed, hook, PRE_COMMIT_FROM_REF="nope")  # without PRE_COMMIT_TO_REF too
    assert alone.returncode == 2 and "PRE_COMMIT_FROM_REF" in alone.stderr
    missing = run_hook(pushed, hook, PRE_COMMIT_FROM_REF="1234567" * 5 + "89abc", PRE_COMMIT_TO_REF="HEAD")
    assert missing.returncode == 2 and "git fetch" in missing.stderr


def test_a_known_from_ref_is_compared_with(pushed):
    main = pushed.git("rev-parse", "main").strip()
    result = run_hook(pushed, "flags", PRE_COMMIT_FROM_REF=main, PRE_COMMIT_TO_REF="HEAD")
    assert result.returncode == 1 and "RL601 new flag 'b'" in result.stdout, result.stdout + result.stderr
    new_branch = run_hook(pushed, "flags", PRE_COMMIT_FROM_REF="0" * 40, PRE_COMMIT_TO_REF="HEAD")
    assert new_branch.returncode == 0 and "no base to compare with" in new_branch.stderr  # nothing on the remote yet


def test_json_registry(git_repo, lint):
    git_repo.commit({".rebound-lint.toml": '[flags]\nregistry = "config/flags.json"\n',
                     "config/flags.json": '{\n  "flags": {\n    "dark_mode": {"default": false}\n  }\n}\n'})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"config/flags.json": '{\n  "flags": {\n    "dark_mode": {"default": false},\n'
                                          '    "new_checkout": {"default": false}\n  }\n}\n'})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert result.lines == ["config/flags.json:4:1: RL601 new flag 'new_checkout' has no promotion migration in "
                            "this change: add console/migrations/versions/0001_promote_new_checkout.py"]
    git_repo.commit({"config/flags.json": '{"flags": {"dark_mode": {"default": false}, "checkout": '
                                          '{"default": false}}}\n'})
    renamed = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in renamed.lines] == [
        "RL601 new flag 'checkout' has no promotion migration in this change: add "
        "console/migrations/versions/0001_promote_checkout.py"]


def test_python_module_registry_is_read_never_imported(git_repo, lint):
    head = '"""Feature flags."""\nraise SystemExit("imported!")\n\nFLAGS = {\n    "dark_mode": False,\n'
    nested = '    "beta_search": {"default": True, "owner": "search"},\n'
    git_repo.commit({".rebound-lint.toml": '[flags]\nregistry = "app/flags.py"\n', "app/flags.py": head + nested + "}\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"app/flags.py": head + nested + '    "new_checkout": False,\n}\n'})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert result.lines == ["app/flags.py:7:1: RL601 new flag 'new_checkout' has no promotion migration in this "
                            "change: add console/migrations/versions/0001_promote_new_checkout.py"]


def test_python_registry_under_a_configured_name(git_repo, lint):
    git_repo.commit({".rebound-lint.toml": '[flags]\nregistry = "settings.py"\nkey = "FEATURES"\n',
                     "settings.py": "DEBUG = False\nFEATURES = dict(a=True)\n"})
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"settings.py": "DEBUG = False\nFEATURES = dict(a=True, b=False)\n"})
    result = lint("check", "--base", "main", cwd=git_repo.path)
    assert [line.split(": ", 1)[1] for line in result.lines] == [
        "RL601 new flag 'b' has no promotion migration in this change: add "
        "console/migrations/versions/0001_promote_b.py"]
