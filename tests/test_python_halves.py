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
    found = findings_for("app/map.py", "d = {1: 'x', 1.0: 'y', True: 'z'}\n")
    assert codes(found) == ["RL112", "RL112"]
    # simplejson's test_dump.py: {1: "int", 2.5: "float", True: "bool"} holds two keys, not three; the
    # message says which earlier key the later one is
    assert found[1].message.startswith("dict key True is key 1 again (equal at run time: one value is lost)"), found


@pytest.mark.parametrize("body", [
    'print("*" * 40)\n    print("*" * 40)\n',                     # a banner: constant arguments
    'out.write(next(rows))\n    out.write(next(rows))\n',         # each takes the next row
    'log.info("got %s", await fetch())\n    log.info("got %s", await fetch())\n',
    # glances' curses plugins: a blank line is a new line added twice (a call without arguments is as
    # constant as a constant)
    'out.append(self.new_line())\n\n    out.append(self.new_line())\n',
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


def test_a_repeated_call_given_a_call_with_values_is_still_reported():
    text = "def f(out, self, msg):\n    out.append(self.add_line(msg))\n    out.append(self.add_line(msg))\n"
    assert codes(findings_for("lib/a.py", text)) == ["RL114"]


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


@pytest.mark.parametrize("first, second", [
    ('@router.get("/items")', '@router.get("/items/{item_id}")'),   # two routes, one handler name (FastAPI)
    ('@receiver(post_save, sender=Order)', '@receiver(post_save, sender=Invoice)'),
])
def test_copies_handed_to_different_registrations_are_not_a_dead_copy(first, second):
    """Each copy went to its own decorator call, told what to register it as (a route, a signal's sender):
    nothing says the first is dead. The same registration twice is still both halves kept, and so is a
    copy a bare decorator wrapped or marked (changedetection.io's `@conditions_hookimpl` then
    `@global_hookimpl` on one name: pluggy's markers only mark, and the module keeps the second)."""
    text = f"{first}\ndef handler(x):\n    return 1\n\n\n{second}\ndef handler(x):\n    return 2\n"
    assert findings_for("app/api.py", text) == []
    same = f"{first}\ndef handler(x):\n    return 1\n\n\n{first}\ndef handler(x):\n    return 2\n"
    assert codes(findings_for("app/api.py", same)) == ["RL111"]


def test_a_first_copy_no_decorator_call_took_is_still_dead():
    marked = "@conditions_hookimpl\ndef stats(w):\n    return 1\n\n\n@global_hookimpl\ndef stats(w):\n    return 2\n"
    assert codes(findings_for("app/plugin.py", marked)) == ["RL111"]
    # netbox's graphql types kept both halves of a class line under one decorator: the second copy took none
    shared = ("@strawberry_django.type(models.IPRange, fields='__all__')\nclass IPRangeType(NetBoxObjectType):\n"
              "    prefix: str\nclass IPRangeType(PrimaryObjectType):\n    start_address: str\n")
    assert codes(findings_for("netbox/ipam/graphql/types.py", shared)) == ["RL111"]
    undecorated_first = 'def view():\n    return 1\n\n\n@app.route("/a")\ndef view():\n    return 2\n'
    assert codes(findings_for("app/views.py", undecorated_first)) == ["RL111"]


def test_a_script_for_an_async_runner_may_await_at_top_level():
    """pydantic-core's wasm-preview/run_tests.py awaits at the top level: Pyodide, IPython and
    `python -m asyncio` run such code. With PyCF_ALLOW_TOP_LEVEL_AWAIT it compiles: a note. An
    await in a plain function stays an error in any runner."""
    text = "import asyncio\n\n\nasync def main():\n    pass\n\ntry:\n    await main()\nexcept Exception:\n    raise\n"
    found = findings_for("wasm-preview/run_tests.py", text)
    assert codes(found) in ([], ["RL014"]) and all(f.severity == "info" for f in found), found
    assert codes(findings_for("app/sync.py", "def f(x):\n    await x\n")) == ["RL102"]


@pytest.mark.parametrize("update", ["depth -= 1", "depth = depth - 1", "self.depth -= 1"])
def test_a_run_that_moves_its_own_state_is_a_loop_unrolled_by_hand(update):
    """numpy's f2py/crackfortran.py closes two nested groups with the same four statements, the last
    one `groupcounter = groupcounter - 1`: each copy works on another group. A run that updates
    what it reads does other work each time, so its repeat is no fingerprint of kept halves."""
    name = update.split()[0]
    run = (f"    groups[{name} - 1].append(cache[{name}])\n    del groups[{name}]\n    {update}\n")
    text = f"def close(self, groups, cache, depth):\n{run}{run}"
    assert findings_for("lib/crack.py", text) == []


def test_a_repeated_run_without_an_update_is_still_reported():
    run = "    groups[depth - 1].append(cache[depth])\n    del groups[depth]\n"
    assert codes(findings_for("lib/crack.py", f"def close(groups, cache, depth):\n{run}{run}")) == ["RL114"]


@pytest.mark.parametrize("marker", [
    "# noqa: F811", "# NoQA: F811", "# noqa: E402, F811", "# pylint: disable=reimported", "# pylint: disable=W0404",
    "# type: ignore[no-redef]",
])
def test_a_reimport_its_author_silenced_for_another_linter_is_deliberate(marker):
    """sphinx's tests/roots/.../need_mocks.py imports `missing_name` from two missing modules, the second
    marked `# NoQA: F811`; django-oscar's apps.py imports `receivers` from two modules, marked
    `# pylint: disable=reimported`. A suppression of the very defect on the line declares it on purpose."""
    text = f"from a import receivers\nfrom b.alerts import receivers  {marker}\n"
    assert findings_for("app/apps.py", text) == []


@pytest.mark.parametrize("marker", ["# noqa: F811", "# pylint: disable=function-redefined", "# type: ignore[no-redef]"])
def test_a_redefinition_its_author_silenced_for_another_linter_is_deliberate(marker):
    text = f"def handler(x):\n    return x\n\n\ndef handler(x):  {marker}\n    return x + 1\n"
    assert findings_for("app/hooks.py", text) == []


@pytest.mark.parametrize("marker", ["# noqa", "# noqa: E501", "# pylint: disable=unused-import", "# type: ignore[attr-defined]",
                                    "# explained elsewhere: noqa F811 is not a marker here"])
def test_a_suppression_of_another_defect_does_not_excuse_a_repeat(marker):
    text = f"from a import receivers\nfrom a import receivers  {marker}\n"
    assert codes(findings_for("app/apps.py", text)) == ["RL113"]
    text = f"def handler(x):\n    return x\n\n\ndef handler(x):  {marker}\n    return x + 1\n"
    assert codes(findings_for("app/hooks.py", text)) == ["RL111"]


def test_a_pylint_disable_on_its_own_line_covers_the_block_below():
    """django-oscar's customer/apps.py: `# pylint: disable=..., reimported, ...` on the line above
    `def ready(self):` covers the method, where `receivers` is imported from two modules. pylint's
    own-line disable lasts to the end of the block it is in; past that block it covers nothing."""
    covered = ("class Config:\n    # pylint: disable=attribute-defined-outside-init, reimported\n"
               "    def ready(self):\n        from . import receivers\n        from .alerts import receivers\n")
    assert findings_for("app/apps.py", covered) == []
    after_the_block = ("def setup():\n    # pylint: disable=reimported\n    pass\n\n\n"
                       "def ready():\n    from . import receivers\n    from .alerts import receivers\n")
    assert codes(findings_for("app/apps.py", after_the_block)) == ["RL113"]


@pytest.mark.parametrize("call", ["argv.pop(pos)", "child.expect(sentinel, timeout=10)", "stream.read(size)",
                                  "pending.popleft()", "sock.recv(size)"])
def test_a_call_that_consumes_what_it_reads_may_repeat(call):
    """django-cms's manage.py pops an option and its value with `argv.pop(pos)` twice; pipenv's
    shells.py waits for its sentinel twice (`c.expect(_SENTINEL, timeout=10)`: the echo, then the
    output). A call that takes the next item each time does two things when written twice."""
    text = f"def f(argv, pos, child, sentinel, stream, size, pending, sock):\n    {call}\n    {call}\n    return 1\n"
    assert findings_for("lib/cli.py", text) == []
