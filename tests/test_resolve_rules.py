"""The resolver's rules (merges/resolve/rules/): for every rule a merge it resolves and the
look-alikes it must decline. Real `git merge-file` makes every conflict; real parsers check."""
from __future__ import annotations

import json

import pytest

from rebound_lint.merges.resolve.engine import merge_file


def resolved(base, ours, theirs, path):
    result = merge_file(base, ours, theirs, path)
    assert result.status == "resolved", result.reasons
    return result


def declined(base, ours, theirs, path):
    result = merge_file(base, ours, theirs, path)
    assert result.status == "declined", (result.status, result.data)
    return result


# --- requirements-lines --------------------------------------------------------------------------

REQ_BASE = b"click==8.1.3\nflask==2.2.0\nhttplib2==0.18.1\npyopenssl==19.0.0\nwtforms==2.2.1\n"


def test_requirements_each_side_bumped_another_package():
    ours = REQ_BASE.replace(b"httplib2==0.18.1", b"httplib2==0.19.0")
    theirs = REQ_BASE.replace(b"pyopenssl==19.0.0", b"pyopenssl==23.2.0")
    result = resolved(REQ_BASE, ours, theirs, "requirements.txt")
    assert result.data == REQ_BASE.replace(b"httplib2==0.18.1", b"httplib2==0.19.0").replace(
        b"pyopenssl==19.0.0", b"pyopenssl==23.2.0")
    assert result.hunks[0].rule == "requirements-lines"


def test_requirements_additions_keep_the_sorted_order():
    ours = REQ_BASE.replace(b"flask==2.2.0\n", b"flask==2.2.0\ngunicorn==21.0\n")
    theirs = REQ_BASE.replace(b"flask==2.2.0\n", b"flask==2.2.0\nH11==0.14\n")
    result = resolved(REQ_BASE, theirs, ours, "requirements.txt")  # theirs' addition sorts first
    assert result.data == b"click==8.1.3\nflask==2.2.0\ngunicorn==21.0\nH11==0.14\nhttplib2==0.18.1\n" \
                          b"pyopenssl==19.0.0\nwtforms==2.2.1\n"
    assert "sorted" in result.hunks[0].why


def test_requirements_a_side_that_does_not_keep_the_order_gets_ours_order():
    ours = REQ_BASE.replace(b"flask==2.2.0\n", b"flask==2.2.0\ngunicorn==21.0\n")
    theirs = REQ_BASE.replace(b"flask==2.2.0\n", b"flask==2.2.0\nalembic==1.12\n")  # not where sorting puts it
    result = resolved(REQ_BASE, ours, theirs, "requirements.txt")
    assert b"flask==2.2.0\ngunicorn==21.0\nalembic==1.12\n" in result.data


def test_requirements_unsorted_file_keeps_ours_order_then_theirs():
    base = b"zope==1\nalpha==1\n"
    ours = b"zope==1\nalpha==1\nmiddle==1\n"
    theirs = b"zope==1\nalpha==1\nbeta==2\n"
    result = resolved(base, ours, theirs, "requirements.txt")
    assert result.data == b"zope==1\nalpha==1\nmiddle==1\nbeta==2\n"


@pytest.mark.parametrize("ours, theirs, why", [
    (b"httplib2==0.19.0", b"httplib2==0.20.0", "both sides changed httplib2"),  # both bumped it
    (b"httplib2==0.19.0\nsix==1", b"httplib2==0.18.1\nHttplib2==0.18.1", "twice"),
])
def test_requirements_the_same_package_touched_by_both_is_declined(ours, theirs, why):
    base = b"click==8\nhttplib2==0.18.1\nzzz==1\n"
    result = declined(base, base.replace(b"httplib2==0.18.1", ours), base.replace(b"httplib2==0.18.1", theirs),
                      "requirements.txt")
    assert why in " ".join(result.reasons)


def test_requirements_a_line_one_side_removed_is_declined():
    base = b"a==1\nmkdocs==1.5\nmkdocs-material==9\nz==1\n"
    ours = b"a==1\nmkdocs==1.5\nmkdocs-material==9\nz==2\n"
    theirs = b"a==1\nmkdocs-material==9.5\nz==1\n"
    result = declined(base, ours.replace(b"z==2", b"z==1").replace(b"mkdocs==1.5", b"mkdocs==1.6"), theirs,
                      "requirements.txt")
    assert "removed" in " ".join(result.reasons) or "both sides" in " ".join(result.reasons)


def test_requirements_related_packages_bumped_one_on_each_side_are_declined():
    base = b"a==1\nstrawberry-graphql==0.220\nstrawberry-graphql-django==0.30\nz==1\n"
    ours = base.replace(b"django==0.30", b"django==0.31")
    theirs = base.replace(b"graphql==0.220", b"graphql==0.222")
    result = declined(base, ours, theirs, "requirements.txt")
    assert "go together" in " ".join(result.reasons)


def test_requirements_one_package_for_two_pythons_from_each_side_is_declined():
    """Two entries (an environment marker each), but one package: left to a person."""
    base = b"a==1\nz==1\n"
    ours = b"a==1\nnumpy==1.24; python_version < '3.9'\nz==1\n"
    theirs = b"a==1\nnumpy==1.26; python_version >= '3.9'\nz==1\n"
    result = declined(base, ours, theirs, "requirements.txt")
    assert "go together" in " ".join(result.reasons)


# --- data-keys -----------------------------------------------------------------------------------

PACKAGE = """{
  "name": "x",
  "dependencies": {
    "@babel/types": "^7.9.5",
    "jsesc": "^2.5.1",
    "lodash": "^4.17.13",
    "source-map": "^0.5.0"
  }
}
"""


def test_package_json_each_side_bumped_another_dependency():
    ours = PACKAGE.replace('"jsesc": "^2.5.1"', '"jsesc": "^3.0.1"')
    theirs = PACKAGE.replace('"^7.9.5"', '"^7.9.6"')
    result = resolved(PACKAGE.encode(), ours.encode(), theirs.encode(), "package.json")
    assert json.loads(result.data)["dependencies"] == {"@babel/types": "^7.9.6", "jsesc": "^3.0.1",
                                                       "lodash": "^4.17.13", "source-map": "^0.5.0"}
    assert result.data.decode() == ours.replace('"^7.9.5"', '"^7.9.6"')
    assert result.hunks[0].rule == "data-keys"


def test_package_json_additions_at_the_end_of_an_object_get_their_commas():
    base = PACKAGE
    ours = base.replace('"source-map": "^0.5.0"\n', '"source-map": "^0.5.0",\n    "zod": "^3"\n')
    theirs = base.replace('"source-map": "^0.5.0"\n', '"source-map": "^0.5.0",\n    "yaml": "^2"\n')
    result = resolved(base.encode(), ours.encode(), theirs.encode(), "package.json")
    assert '"yaml": "^2",\n    "zod": "^3"\n  }' in result.data.decode()  # sorted, as the object is


@pytest.mark.parametrize("ours, theirs", [
    ('"jsesc": "^3.0.0"', '"jsesc": "^3.0.1"'),  # one key, two values
    ('"jsesc": "^3.0.0"', None),  # removed by theirs, changed by ours
])
def test_package_json_look_alikes_are_declined(ours, theirs):
    base = PACKAGE.replace('"lodash": "^4.17.13",\n', "")
    o = base.replace('"jsesc": "^2.5.1"', ours)
    t = base.replace('    "jsesc": "^2.5.1",\n', "") if theirs is None else base.replace('"jsesc": "^2.5.1"', theirs)
    declined(base.encode(), o.encode(), t.encode(), "package.json")


def test_related_packages_in_a_dependency_map_are_declined():
    ours = PACKAGE.replace('"^7.9.5"', '"^7.10.0"').replace('"lodash": "^4.17.13",\n', '"@babel/core": "^7.10.0",\n')
    base = PACKAGE.replace('"lodash": "^4.17.13",\n', '"@babel/core": "^7.9.0",\n')
    theirs = base.replace('"@babel/core": "^7.9.0"', '"@babel/core": "^7.9.6"')
    result = declined(base.encode(), ours.encode(), theirs.encode(), "package.json")
    assert "go together" in " ".join(result.reasons) or "both sides" in " ".join(result.reasons)


def test_changed_keys_outside_a_dependency_map_are_declined():
    """`version` and `requires-python` changed side by side: a release and a support change that
    a person decides together."""
    base = b'[project]\nname = "x"\nversion = "4.4.0"\nrequires-python = ">=3.10"\ndescription = "d"\n'
    ours = base.replace(b">=3.10", b">=3.12")
    theirs = base.replace(b"4.4.0", b"4.4.1")
    result = declined(base, ours, theirs, "pyproject.toml")
    assert "not a dependency map" in " ".join(result.reasons)


def test_new_keys_anywhere_are_merged_and_comments_kept():
    base = b"# flags\nflags:\n  alpha: true  # old\n  beta: false\nother: 1\n"
    ours = b"# flags\nflags:\n  alpha: true  # old\n  beta: false\n  gamma: true\nother: 1\n"
    theirs = b"# flags\nflags:\n  alpha: true  # old\n  beta: false\n  delta:\n    on: yes\nother: 1\n"
    result = resolved(base, ours, theirs, "config/flags.yaml")
    assert result.data == b"# flags\nflags:\n  alpha: true  # old\n  beta: false\n  delta:\n    on: yes\n" \
                          b"  gamma: true\nother: 1\n"  # sorted, as the mapping keeps them


def test_the_same_key_added_with_two_values_is_declined():
    base = b"flags:\n  alpha: true\nother: 1\n"
    declined(base, base.replace(b"other", b"  new_checkout: true\nother"),
             base.replace(b"other", b"  new_checkout: false\nother"), "flags.yaml")


def test_a_parse_error_in_the_base_declines():
    base = b"flags:\n  alpha: true\n  bad: [\nother: 1\n"
    ours = base.replace(b"other", b"  x: 1\nother")
    theirs = base.replace(b"other", b"  y: 1\nother")
    declined(base, ours, theirs, "flags.yaml")


def test_toml_dependency_table_bumps():
    base = b'[tool.poetry.dependencies]\npython = "^3.10"\nflask = "^2.2"\nrequests = "^2.28"\nzope = "1"\n'
    ours = base.replace(b'flask = "^2.2"', b'flask = "^2.3"')
    theirs = base.replace(b'requests = "^2.28"', b'requests = "^2.31"')
    result = resolved(base, ours, theirs, "pyproject.toml")
    assert b'flask = "^2.3"\nrequests = "^2.31"' in result.data


def test_generated_lockfiles_are_never_merged_by_keys():
    base = b'{\n  "a": 1,\n  "b": 2\n}\n'
    declined(base, b'{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n', b'{\n  "a": 1,\n  "b": 2,\n  "d": 4\n}\n',
             "package-lock.json")
