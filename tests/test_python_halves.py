"""Python's both-halves fingerprints on shapes healthy code has on purpose."""
import pytest
from conftest import codes, findings_for


def test_keys_equal_only_as_numbers_are_different_spellings():
    """django-rest-framework's test_fields.py: {1: True, True: True, 1.0: 1} lists the spellings of
    one input; Python folds them into one key, and that is the point of the test, not a kept half."""
    text = "VALID = {\n    '1': True,\n    1: True,\n    0: False,\n    True: True,\n    False: False,\n    1.0: 1,\n}\n"
    assert findings_for("tests/test_fields.py", text) == []
    assert codes(findings_for("app/limits.py", "L = {\n    'a': 1,\n    'a': 2,\n    1: 3,\n    1: 4,\n}\n")) == ["RL112", "RL112"]


def test_keys_equal_as_numbers_with_different_values_lose_one():
    assert codes(findings_for("app/map.py", "d = {1: 'x', 1.0: 'y', True: 'z'}\n")) == ["RL112", "RL112"]


@pytest.mark.parametrize("body", [
    'print("*" * 40)\n    print("*" * 40)\n',                     # a banner: constant arguments
    'out.write(next(rows))\n    out.write(next(rows))\n',         # each takes the next row
    'log.info("got %s", await fetch())\n    log.info("got %s", await fetch())\n',
])
def test_a_repeated_call_whose_arguments_are_constant_or_advance_is_not_reported(body):
    assert findings_for("lib/a.py", "async def f(out, rows, log, fetch):\n    " + body) == []


# A timed block that only prints, run twice: the second run shows the cache (TheAlgorithms' matrix chain
# script times each function twice). Its context is a call with constants only, its body prints: nothing
# in it is a fingerprint, as neither statement alone is.
TIMED_TWICE = """if __name__ == "__main__":
    with elapsed_time("order"):
        print(f"{order(list(range(1, 251))) = }")
    with elapsed_time("multiply"):
        print(f"{multiply(list(range(1, 251))) = }")
    with elapsed_time("order"):
        print(f"{order(list(range(1, 251))) = }")
    with elapsed_time("multiply"):
        print(f"{multiply(list(range(1, 251))) = }")
"""


def test_a_block_that_only_prints_under_a_constant_context_may_repeat():
    assert findings_for("dynamic_programming/matrix_chain.py", TIMED_TWICE) == []
    # a context given a value, or a body that does something, is still a fingerprint
    opened = TIMED_TWICE.replace('elapsed_time("order")', "open(path)")
    assert codes(findings_for("lib/a.py", opened)) == ["RL114"]
    stored = TIMED_TWICE.replace('print(f"{order(list(range(1, 251))) = }")', "results.append(order(sizes))")
    assert codes(findings_for("lib/a.py", stored)) == ["RL114"]


def test_a_repeated_registration_is_still_reported_in_python():
    text = "def f(app, blueprint):\n    app.register_blueprint(blueprint)\n    app.register_blueprint(blueprint)\n"
    assert codes(findings_for("lib/a.py", text)) == ["RL114"]


def test_in_a_test_a_decorated_definition_redefined_was_used_by_its_decorator():
    """pydantic's tests define `@field_serializer('x') def ser_x` twice, and a decorated class twice,
    to test what registration does with the second: the decorator took the first when it was
    defined. Outside tests, and for an undecorated test defined twice (the first never runs), the
    redefinition is still reported."""
    text = ("def test_two_serializers():\n    class Model:\n        @field_serializer('x')\n"
            "        def ser_x(self, v):\n            return 1\n\n        @field_serializer('x')\n"
            "        def ser_x(self, v):\n            return 2\n")
    assert findings_for("tests/test_serialize.py", text) == []
    assert codes(findings_for("app/models.py", text.replace("def test_two_serializers", "def build"))) == ["RL111"]
    twice = "def test_a():\n    assert 1\n\n\ndef test_a():\n    assert 2\n"
    assert codes(findings_for("tests/test_x.py", twice)) == ["RL111"]


def test_a_script_for_an_async_runner_may_await_at_top_level():
    """pydantic-core's wasm-preview/run_tests.py awaits at the top level: Pyodide, IPython and
    `python -m asyncio` run such code. With PyCF_ALLOW_TOP_LEVEL_AWAIT it compiles: a note. An
    await in a plain function stays an error in any runner."""
    text = "import asyncio\n\n\nasync def main():\n    pass\n\ntry:\n    await main()\nexcept Exception:\n    raise\n"
    found = findings_for("wasm-preview/run_tests.py", text)
    assert codes(found) in ([], ["RL014"]) and all(f.severity == "info" for f in found), found
    assert codes(findings_for("app/sync.py", "def f(x):\n    await x\n")) == ["RL102"]
