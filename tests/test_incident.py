"""The README's first command: every planted defect of the incident replica, at its line."""
from conftest import FIXTURES, ROOT, without_pglast

INCIDENT = "fixtures/incident/"
EXPECTED = [
    ("backend_v2/api/__init__.py", 15, "RL001"),
    ("backend_v2/api/feature_flags.yaml", 19, "RL402"),
    ("backend_v2/api/routes/demo.py", 13, "RL101"),
    ("backend_v2/api/services/consent_service.py", 13, "RL112"),  # both halves kept, and it still parses
    ("backend_v2/api/services/consent_service.py", 21, "RL111"),
    ("backend_v2/db/migrations/021_analytics_consent.sql", 7, "RL201"),
    ("backend_v2/db/migrations/022_trace_snapshots.sql", 9, "RL213"),
    ("frontend/trademaster_ui/src/api/demoAPI.js", 8, "RL315"),
    ("frontend/trademaster_ui/src/api/demoAPI.js", 13, "RL311"),
    ("frontend/trademaster_ui/src/api/privacyAPI.js", 8, "RL001"),
    ("frontend/trademaster_ui/src/components/ReOptInModal.js", 9, "RL302"),
]


def parse(lines):
    out = []
    for line in lines:
        path, line_no, _col, rest = line.split(":", 3)
        out.append((path.removeprefix(INCIDENT), int(line_no), rest.split()[0]))
    return out


def test_incident_replica_reports_every_planted_defect(lint):
    result = lint("check", "fixtures/incident", cwd=FIXTURES.parent)
    assert result.code == 1
    found = parse(result.lines)
    for expected in EXPECTED:
        assert expected in found
    assert [f for f in found if f[2].startswith(("RL0", "RL1", "RL2", "RL3", "RL4"))] == EXPECTED


def test_valid_lookalikes_pass_with_only_the_summary(lint):
    result = lint("check", "fixtures/valid", cwd=FIXTURES.parent)
    assert result.code == 0
    assert result.out.splitlines()[-1].startswith(f"{sum(1 for p in (FIXTURES / 'valid').rglob('*') if p.is_file())} files checked, 0 findings")
    assert len(result.out.splitlines()) == 1


def test_incident_replica_shows_the_0037_collision_and_the_split_alembic_head(lint):
    result = lint("check", "fixtures/incident", cwd=FIXTURES.parent)
    found = parse(result.lines)
    assert ("console/migrations/versions/0037_promote_passkey_enrollment_gate.py", 1, "RL501") in found
    assert ("console/migrations/versions/0038_promote_demo_propose.py", 6, "RL512") in found
    assert "0037_promote_demo_session.py" in next(line for line in result.lines if "RL501" in line)


@without_pglast
def test_the_readme_shows_what_the_plain_install_prints(lint):
    """The quick start installs no extra: its output block is the run without pglast, line for line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```\nfixtures/incident/", 1)[1].split("```", 1)[0]
    shown = ("fixtures/incident/" + block).strip().splitlines()
    result = lint("check", "fixtures/incident", cwd=FIXTURES.parent)
    assert result.lines == shown
    assert result.err.count("notice: pglast is not installed") == 1
