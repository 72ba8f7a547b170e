"""Random and mutated bytes never make a checker raise: findings or silence, never a traceback."""
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebound_lint.config import Config
from rebound_lint.runner import check_data

KINDS = ["python", "sql", "javascript", "yaml", "json", "text"]
SEEDS = [p.read_bytes() for p in sorted((FIXTURES / "valid").rglob("*")) if p.is_file()] + [
    p.read_bytes() for p in sorted((FIXTURES / "incident").rglob("*")) if p.is_file()]
CONFIGS = [Config(python_version=(3, 12)), Config(sql_dialect="mysql"), Config(python_version=(3, 10))]


def run_all(data: bytes) -> None:
    for config in CONFIGS:
        for kind in KINDS:
            result = check_data(f"fuzz.{kind}", data, kind, config)
            assert not result.errors
            for finding in result.findings:
                assert finding.line >= 1 and finding.col >= 1 and finding.code.startswith("RL")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data):
    run_all(data)


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"<<<<<<< HEAD\n", b"=======\n", b">>>>>>> x\n", b"\0", b"\xff",
                                                   b"{{", b"$$", b"'", b'"', b"(", b"[", b"\n  ", b"*a", b"&a "]))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 40))]
        else:
            end = min(len(data), pos + draw(st.integers(1, 200)))
            data[end:end] = data[pos:end]
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_fixtures(data):
    run_all(data)


def test_text_strategy_too():
    # The common shapes that have crashed parsers elsewhere.
    for data in [b"", b"\n", b"\xef\xbb\xbf", b"\r", b"\t", b"\x00" * 3, "é".encode() * 10, b"a: *x\n", b"&a [*a]\n",
                 b"? [a, b]\n: c\n? [a, b]\n: d\n", b"%YAML 1.1\n---\na: 1\n", b"\\\n", b":'x", b"$$", b"/*"]:
        run_all(data)
