"""Dependency manifests, lockfiles and config formats: each format's "both halves kept" breakage
is caught at the right line, and the valid look-alikes (fixtures/valid/manifests) stay silent."""
from __future__ import annotations

import pytest
from conftest import FIXTURES, OURS, SEP, THEIRS, codes, findings_for, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebound_lint.config import Config
from rebound_lint.languages import kind_of
from rebound_lint.rules import hook_codes
from rebound_lint.runner import check_data

VALID = sorted(p for p in (FIXTURES / "valid" / "manifests").rglob("*") if p.is_file())


def where(findings) -> list[tuple[int, str]]:
    return sorted((f.line, f.code) for f in findings)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.relative_to(FIXTURES / "valid").as_posix())
def test_valid_look_alikes_are_clean_and_parsed_as_their_kind(path):
    rel = path.relative_to(FIXTURES / "valid").as_posix()
    assert kind_of(rel) in {"requirements", "toml", "yarn-lock", "package-lock", "go-mod", "go-sum", "gemfile-lock",
                            "ini", "xml"}
    assert findings_for(rel, path.read_bytes()) == []


@pytest.mark.parametrize("name, kind", [
    ("requirements.txt", "requirements"), ("requirements-dev.txt", "requirements"), ("dev-requirements.in", "requirements"),
    ("requirements/prod.txt", "requirements"), ("constraints.txt", "requirements"), ("MANIFEST.in", "text"),
    ("requirements.txt.orig", "text"), ("yarn.lock", "yarn-lock"), ("web/package-lock.json", "package-lock"),
    ("package.json", "json"), ("pyproject.toml", "toml"), ("Pipfile", "toml"), ("poetry.lock", "toml"),
    ("uv.lock", "toml"), ("Cargo.lock", "toml"), ("go.mod", "go-mod"), ("go.sum", "go-sum"),
    ("Gemfile.lock", "gemfile-lock"), ("setup.cfg", "ini"), ("tox.ini", "ini"), (".flake8", "ini"),
    (".editorconfig", "ini"), ("pom.xml", "xml"), ("App.csproj", "xml"), ("AndroidManifest.xml", "xml"),
])
def test_file_kinds(name, kind):
    assert kind_of(name) == kind


# TOML

PYPROJECT_BOTH_HALVES = """\
[project]
name = "console"
version = "2.4.0"
dependencies = [
    "django>=4.2",
]
version = "2.5.0"

[tool.ruff]
line-length = 100

[tool.ruff]
line-length = 120

[tool.mypy]
strict = true
"""


def test_toml_every_duplicate_with_both_lines():
    findings = findings_for("pyproject.toml", PYPROJECT_BOTH_HALVES)
    assert where(findings) == [(7, "RL422"), (12, "RL422")]
    assert "key version defined twice (first on line 3)" in findings[0].message
    assert "table [tool.ruff] defined twice (first on line 9)" in findings[1].message


def test_toml_syntax_error_is_tomllibs_verdict_at_its_line():
    findings = findings_for("Cargo.toml", '[package]\nname = "ledger"\nversion = "0.4.1\n')
    assert where(findings) == [(3, "RL421")]


@pytest.mark.parametrize("text, line", [
    ('a.b = 1\n[a]\nc = 2\n', 2),  # a table over a dotted key
    ('x = {y = 1}\n[x.z]\n', 2),  # a table inside an inline table
    ('[[bin]]\nname = "a"\n[bin]\n', 3),  # a table over an array of tables
    ('s = """\nname = 1\n"""\nname = 2\nname = 3\n', 5),  # a multi-line string is not a statement
])
def test_toml_redefinition_shapes(text, line):
    assert where(findings_for("settings.toml", text)) == [(line, "RL422")]


POETRY_LOCK_BOTH_HALVES = """\
[[package]]
name = "celery"
version = "5.3.6"
description = "Distributed Task Queue."
optional = false
python-versions = ">=3.8"

[[package]]
name = "django"
version = "5.0.3"
description = "A high-level Python web framework"
optional = false
python-versions = ">=3.10"

[[package]]
name = "Django"
version = "5.0.3"
description = "A high-level Python web framework"
optional = false
python-versions = ">=3.10"

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "5b1e4f1c0a5d2f4e6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a"
"""


def test_lockfile_package_listed_twice():
    findings = findings_for("poetry.lock", POETRY_LOCK_BOTH_HALVES)
    assert where(findings) == [(15, "RL441")]
    assert "first on line 8" in findings[0].message


def test_cargo_lock_one_crate_at_two_versions_or_two_sources_is_fine():
    text = ('version = 3\n\n[[package]]\nname = "rand"\nversion = "0.8.5"\nsource = "registry+https://x"\n\n'
            '[[package]]\nname = "rand"\nversion = "0.8.5"\nsource = "git+https://github.com/rust-random/rand"\n\n'
            '[[package]]\nname = "rand"\nversion = "0.7.3"\nsource = "registry+https://x"\n')
    assert findings_for("Cargo.lock", text) == []
    assert where(findings_for("Cargo.lock", text + '\n[[package]]\nname = "rand"\nversion = "0.7.3"\n'
                                                    'source = "registry+https://x"\n')) == [(18, "RL441")]


# pip requirements

REQUIREMENTS_BOTH_HALVES = """\
# via pip-compile
celery[redis]==5.3.6 \\
    --hash=sha256:1111111111111111111111111111111111111111111111111111111111111111
django==4.2.1
Django==5.0.1
django-filter==23.5
redis<5 ; python_version >= "3.8"
redis>=5.0 ; python_version >= "3.10"
six==1.16.0; python_version < "3"
six==1.15.0; python_version >= "3"
requests==2.31.0 pip-audit==2.7
"""


def test_requirements_both_halves_kept():
    findings = findings_for("requirements.txt", REQUIREMENTS_BOTH_HALVES)
    assert where(findings) == [(5, "RL432"), (8, "RL432"), (11, "RL431")]
    assert "line 4 requires ==4.2.1: the pins cannot both hold" in findings[0].message
    assert "line 7 requires <5: no version satisfies both" in findings[1].message


@pytest.mark.parametrize("first, second", [
    ("requests>=2.28", "requests>=2.31"),  # pip installs one version meeting both
    ("setuptools", "setuptools>=40.8.0,!=60.6.0"),
    ("django~=4.2", "django==4.2.11"),
    ("sphinx==7.*", "sphinx>=7.1"),
    # community.general's constraints: under Python 3.7 both caps hold, and 1.2.x meets them (a version
    # below an x.y.0 bound was never tried)
    ("py-consul < 1.3.0 ; python_version < '3.8'", "py-consul < 1.5.4 ; python_version < '3.9'"),
    ("foo<2.0", "foo>1.5,<3"),
    ("foo>1.0,<1.3.0", "foo<1.5.4"),
])
def test_requirements_twice_with_specifiers_that_can_both_hold_are_fine(first, second):
    assert findings_for("requirements.txt", f"{first}\n{second}\n") == []


@pytest.mark.parametrize("line", [
    ".", "./packages/shared", "../vendor/lib-1.0.tar.gz", "vendor/lib-1.0-py3-none-any.whl",
    'cffi @ https://github.com/python-cffi/cffi/archive/main.zip; python_version > "3.12"',
    "git+https://github.com/example/sdk.git@v2#egg=sdk", "https://files.example.com/x-1.0.zip ; python_version>'3'",
])
def test_requirements_paths_urls_and_markers_after_urls(line):
    assert findings_for("requirements.txt", f"celery==5.3.6\n{line}\n") == []


def test_a_document_named_requirements_txt_is_not_checked():
    text = "Requirements files\n==================\n\nWhen installing software, you get a lot of libraries.\n" \
           "Will it keep working?\n"
    assert findings_for("docs/requirements.txt", text) == []


def test_a_table_named_constraints_txt_is_not_checked():
    """helm's pkg/cmd/testdata/output/search-multiple-versions-constraints.txt: what `helm search`
    prints, a table whose rows start with a repo/chart path. A path followed by more columns is no
    line pip reads either: the file is not a requirements file."""
    text = ("NAME          \tCHART VERSION\tAPP VERSION\tDESCRIPTION\n"
            "testing/alpine\t0.2.0        \t2.3.4      \tDeploy a basic Alpine Linux pod\n"
            "testing/alpine\t0.1.0        \t1.2.3      \tDeploy a basic Alpine Linux pod\n")
    assert findings_for("pkg/cmd/testdata/output/search-versions-constraints.txt", text) == []
    # a real requirements file with a local path and one broken line still gets its finding
    text = "celery==5.3.6\n./packages/shared\ndjango=4.2\nflask==3.0\n"
    assert where(findings_for("requirements.txt", text)) == [(3, "RL431")]


@pytest.mark.parametrize("line, message", [
    ("--frobnicate", "unknown option --frobnicate"),
    ("-r", "option -r needs a value"),
    ("django=4.2", "not a valid requirement"),
    ("django>=>4.2", "not a valid requirement"),
])
def test_requirements_lines_pip_refuses(line, message):
    findings = findings_for("requirements/base.txt", f"celery==5.3.6\n{line}\n")
    assert where(findings) == [(2, "RL431")] and message in findings[0].message


@pytest.mark.parametrize("first, second", [
    ('foo==1; python_version<"3.8"', 'foo==2; python_version>="3.8"'),
    ('foo==1; sys_platform == "win32"', 'foo==2; sys_platform != "win32"'),
    ('foo==1; platform_system == "Windows" and python_version < "3.9"', 'foo==2; python_version >= "3.9"'),
    ('foo==1; python_full_version < "3.8.1"', 'foo==2; python_full_version >= "3.8.1"'),
    ("foo>=1.0", "foo >= 1.0"),
    ("foo[bar]==1.0", "Foo.Bar[baz]==1.0".replace(".Bar", "")),
])
def test_requirements_disjoint_markers_and_same_wishes_are_fine(first, second):
    assert findings_for("requirements.txt", f"{first}\n{second}\n") == []


def test_bounds_no_version_meets_are_still_reported():
    assert where(findings_for("requirements.txt", "foo<1.3.0\nfoo>=1.3.0\n")) == [(2, "RL432")]
    assert where(findings_for("requirements.txt", "foo<2.0\nfoo>2.0\n")) == [(2, "RL432")]
    assert where(findings_for("requirements.txt", "foo>1.0,<1.0.1\nfoo==1.0\n")) == [(2, "RL432")]


def test_requirements_overlapping_markers_are_proved_by_an_environment():
    text = 'foo==1; python_version < "3.10"\nfoo==2; python_version >= "3.9"\n'
    assert where(findings_for("requirements.txt", text)) == [(2, "RL432")]


# pybuild-deps' output (Hermeto/Cachi2's requirements-build.txt): the build requirements of every sdist,
# each built in its own isolated environment, so one build tool pinned at two versions is what it
# wrote; pip never installs the file as one environment. Its requirements' grammar still counts.
PYBUILD_DEPS_HEADER = """\
#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pybuild-deps compile --generate-hashes --output-file=requirements-build.txt requirements.txt
#
"""
BUILD_ENVIRONMENTS = """\
cython==3.0.12 \\
    --hash=sha256:0038c9bae46c459669390e53a1ec115f8096b2e4647ae007ff1bf4e6dee92806
    # via pyyaml
cython==3.1.1 \\
    --hash=sha256:011cdcbf7725f0cfc1abc55ec83d326e788050711272131daf3cc24a19c34bb2
    # via pandas
setuptools==80.10.2
    # via cython
setuptools==83.0.0
    # via pandas
"""


def test_pybuild_deps_build_environments_may_pin_one_tool_twice():
    assert findings_for("requirements-build.txt", PYBUILD_DEPS_HEADER + BUILD_ENVIRONMENTS) == []
    bad = PYBUILD_DEPS_HEADER + BUILD_ENVIRONMENTS + "pandas = = 2\n"
    assert where(findings_for("requirements-build.txt", bad)) == [(17, "RL431")]


def test_the_same_pins_without_the_generators_header_are_still_reported():
    """The file's name alone says nothing: one environment's requirements-build.txt is read as pip reads it;
    nor does pip-compile's header (one resolved environment: a second pin is a kept half)."""
    pip_compile = PYBUILD_DEPS_HEADER.replace("pybuild-deps compile", "pip-compile")
    for text in (BUILD_ENVIRONMENTS, pip_compile + BUILD_ENVIRONMENTS):
        assert [code for _, code in where(findings_for("requirements-build.txt", text))] == ["RL432", "RL432"]


# yarn.lock

YARN_V1_BOTH_HALVES = """\
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


chalk@^4.1.0, chalk@^4.1.2:
  version "4.1.2"
  resolved "https://registry.yarnpkg.com/chalk/-/chalk-4.1.2.tgz#aac4e2b7734a740867aeb16bf02aad556a1e7a01"

lodash@^4.17.20:
  version "4.17.20"
  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz#b44a9b6297bcb698f1c51a3545a2b3b368d59c52"

lodash@^4.17.20, lodash@^4.17.21:
  version "4.17.21"
  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c"
  version "4.17.20"
"""


def test_yarn_v1_descriptor_at_two_versions_and_a_field_twice():
    findings = findings_for("yarn.lock", YARN_V1_BOTH_HALVES)
    assert where(findings) == [(13, "RL443"), (16, "RL443")]
    by_line = {f.line: f.message for f in findings}
    assert "lodash@^4.17.20 already has an entry on line 9 (at 4.17.20 there, 4.17.21 here)" in by_line[13]
    assert "field 'version' given twice" in by_line[16]


@pytest.mark.parametrize("text, line", [
    ('# yarn lockfile v1\n\nchalk@^4.1.0:\n   version "4.1.2"\n', 4),
    ('# yarn lockfile v1\n\nchalk@^4.1.0\n  version "4.1.2"\n', 3),
    ('# yarn lockfile v1\n\nchalk@^4.1.0:\n  version "4.1.2" extra\n', 4),
])
def test_yarn_v1_lines_outside_the_grammar(text, line):
    assert where(findings_for("yarn.lock", text)) == [(line, "RL442")]


def test_yarn_berry_is_yaml_with_the_descriptor_check():
    head = '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n'
    entry = '"chalk@npm:^4.1.0, chalk@npm:^4.1.2":\n  version: 4.1.2\n  resolution: "chalk@npm:4.1.2"\n\n'
    again = '"chalk@npm:^4.1.2":\n  version: 4.1.1\n  resolution: "chalk@npm:4.1.1"\n'
    assert findings_for("yarn.lock", head + entry) == []
    assert where(findings_for("yarn.lock", head + entry + again)) == [(9, "RL443")]
    assert codes(findings_for("yarn.lock", head + entry + entry)) == ["RL402"]  # the same key: YAML's own rule


# package-lock.json

def test_package_lock_packages_and_dependencies_disagree():
    lock = (FIXTURES / "valid" / "manifests" / "npm" / "package-lock.json").read_text()
    broken = lock.replace('"dependencies": {\n    "react": {\n      "version": "18.3.1"',
                          '"dependencies": {\n    "react": {\n      "version": "18.2.0"')
    assert broken != lock
    findings = findings_for("package-lock.json", broken)
    assert where(findings) == [(35, "RL444")] and findings[0].severity == "warning"
    assert codes(findings_for("package-lock.json", lock.replace('"lockfileVersion": 2', '"lockfileVersion": 1')
                              .replace('"18.3.1",\n      "resolved"', '"18.3.0",\n      "resolved"', 1))) == []


def test_package_lock_duplicate_keys_are_the_json_rule():
    text = '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": {"version": "1.0.0"},\n' \
           '    "node_modules/a": {"version": "1.0.1"}\n  }\n}\n'
    assert where(findings_for("package-lock.json", text)) == [(5, "RL412")]


# go.mod, go.sum

GO_MOD_BOTH_HALVES = """\
module example.com/console

go 1.22

require (
\tgithub.com/pkg/errors v0.9.1
\tgolang.org/x/sync v0.6.0
\tgolang.org/x/sync v0.7.0
)

replace example.com/billing => ../billing
replace example.com/billing v1.4.0 => ../billing-v1
replace example.com/billing => ../billing-next
"""


def test_go_mod_required_twice_and_replaced_twice():
    findings = findings_for("go.mod", GO_MOD_BOTH_HALVES)
    assert where(findings) == [(8, "RL452"), (13, "RL453")]
    assert "first on line 7, at v0.6.0 there" in findings[0].message


@pytest.mark.parametrize("text, line", [
    ("module example.com/x\n\nrequire (\n\tgolang.org/x/sync v0.6.0\n", 3),
    ("module example.com/x\n\nrequires golang.org/x/sync v0.6.0\n", 3),
    ("module example.com/x\n\nrequire golang.org/x/sync\n", 3),
    ("module example.com/x\n\nreplace example.com/a ../a\n", 3),
])
def test_go_mod_syntax(text, line):
    assert where(findings_for("go.mod", text)) == [(line, "RL451")]


def test_go_sum_two_hashes_for_one_version():
    text = ("golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n"
            "golang.org/x/sync v0.6.0/go.mod h1:Czt+wKu1gCyEFDUtn0jG5QVvpJ6rzVqr5aXyt9drQfk=\n"
            "golang.org/x/sync v0.6.0 h1:YsImfSBoP9QPYL0xyKJPq0gcaJdG3rInoqxTWbfQu9M=\n"
            "golang.org/x/sync v0.6.0/go.mod\n")
    assert where(findings_for("go.sum", text)) == [(3, "RL445"), (4, "RL442")]


# Gemfile.lock

def test_gemfile_lock_both_halves():
    lock = (FIXTURES / "valid" / "manifests" / "ruby" / "Gemfile.lock").read_text()
    broken = lock.replace("    rack (3.0.9)\n", "    rack (3.0.8)\n    rack (3.0.9)\n").replace(
        "BUNDLED WITH\n   2.5.6\n", "BUNDLED WITH\n   2.5.6\n\nBUNDLED WITH\n   2.4.22\n").replace(
        "  rack\n", "  rack\n  rack (~> 3.0)\n")
    findings = findings_for("Gemfile.lock", broken)
    assert where(findings) == [(28, "RL441"), (39, "RL441"), (48, "RL441")]
    assert "gem rack listed again in specs (first on line 27, at 3.0.8 there, 3.0.9 here)" in findings[0].message


# INI

SETUP_CFG_BOTH_HALVES = """\
[metadata]
name = console
version = 2.4.0

[options]
install_requires =
    django>=4.2
    celery>=5.3
python_requires = >=3.10

[flake8]
max-line-length = 100
Max-Line-Length = 120

[metadata]
name = console
version = 2.5.0
"""


def test_ini_duplicate_option_and_section():
    findings = findings_for("setup.cfg", SETUP_CFG_BOTH_HALVES)
    assert where(findings) == [(13, "RL463"), (15, "RL462")]
    assert "first on line 12" in findings[0].message and "first on line 1" in findings[1].message


def test_ini_option_names_fold_case_only_where_the_reader_folds_them():
    # sqlfluff keeps option names as written (its templater variables are case-sensitive)
    text = "[sqlfluff:templater:jinja:context]\nNUM_ROWS=2\nnum_rows=4\n"
    assert where(findings_for(".sqlfluff", text)) == []
    assert where(findings_for(".sqlfluff", text + "num_rows=5\n")) == [(4, "RL463")]
    assert where(findings_for("setup.cfg", text)) == [(3, "RL463")]  # configparser's default lowers them


def test_ini_syntax_error_only_where_configparser_is_the_reader():
    text = "[flake8]\nexclude =\n.git,\n    build\n"
    assert where(findings_for("tox.ini", text)) == [(3, "RL461")]
    assert findings_for("desktop.ini", text) == []  # another INI dialect may read it


def test_an_ini_file_for_an_unknown_reader_is_not_judged_on_repeats():
    """django-oscar's sandbox/uwsgi.ini repeats route-run on purpose: uWSGI, systemd and PHP read a
    repeated option as a list; only a reader known to refuse repeats makes one certain."""
    uwsgi = "[uwsgi]\nroute-run = gzip:\nroute-run = chunked:\nroute-run = last:\n"
    assert findings_for("sandbox/uwsgi.ini", uwsgi) == []
    assert findings_for("alembic-extra.ini", "[db]\nurl = a\nurl = b\n") == []
    assert where(findings_for("tox.ini", "[testenv]\ndeps = a\ndeps = b\n")) == [(3, "RL463")]
    logging = "[loggers]\nkeys = root\nkeys = app\n\n[handlers]\nkeys = console\n\n[formatters]\nkeys = generic\n"
    assert where(findings_for("conf/logging.ini", logging)) == [(3, "RL463")]  # logging.config reads it


def test_editorconfig_option_twice_in_one_section_is_a_warning():
    """EditorConfig readers (editorconfig-core, Roslyn, the IDEs) keep the last value of an option given
    twice; the spec does not forbid it, and Radarr's .editorconfig has lived with four since 2020. The
    first value is dead, and may be one side of a merge: a warning (RL464), not configparser's RL463."""
    text = "root = true\n\n[*]\nindent_size = 4\n\n[*.js]\nindent_size = 2\nindent_size = 4\n"
    found = findings_for(".editorconfig", text)
    assert where(found) == [(8, "RL464")] and [f.severity for f in found] == ["warning"]
    assert "the last one wins" in found[0].message
    assert where(findings_for("tox.ini", "[testenv]\ndeps = a\ndeps = b\n")) == [(3, "RL463")]


# XML

def test_xml_two_roots_after_both_halves_kept():
    pom = (FIXTURES / "valid" / "manifests" / "xml" / "pom.xml").read_text()
    broken = pom + "  <dependencies>\n  </dependencies>\n</project>\n"
    findings = findings_for("pom.xml", broken)
    assert where(findings) == [(19, "RL471")] and "junk after document element" in findings[0].message


def test_xml_broken_tag_and_entity_bomb():
    assert where(findings_for("App.csproj", "<Project>\n  <ItemGroup>\n  </ItemGroupe>\n</Project>\n")) == [(3, "RL471")]
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<lolz>&lol2;</lolz>\n')
    assert findings_for("data.xml", bomb) == []  # refused by defusedxml, never expanded


# Markers first, the hook, the CLI

def test_conflict_block_in_a_lockfile_is_the_marker_finding_only():
    text = (f"golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=\n{OURS} HEAD\n"
            f"golang.org/x/net v0.1.0 h1:a=\n{SEP}\ngolang.org/x/net v0.2.0 h1:b=\n{THEIRS} pr-7\n")
    assert codes(findings_for("go.sum", text)) == ["RL001"]


def test_the_manifests_hook_reports_the_new_rules_and_unreadable_files():
    hook = hook_codes("manifests")
    assert {"RL421", "RL422", "RL431", "RL432", "RL441", "RL442", "RL443", "RL444", "RL445", "RL451", "RL452",
            "RL453", "RL461", "RL462", "RL463", "RL464", "RL471", "RL010", "RL011"} <= set(hook)


def test_cli_check_exit_code_and_lines(tmp_path, lint):
    write(tmp_path, {"requirements.txt": "django==4.2.1\ndjango==5.0.1\n", "app.toml": PYPROJECT_BOTH_HALVES,
                     "go.mod": GO_MOD_BOTH_HALVES, "setup.cfg": "[metadata]\nname = x\n"})
    result = lint("check", "requirements.txt", "go.mod", "app.toml", "setup.cfg", cwd=tmp_path)
    assert result.code == 1
    assert [line.split(" ", 2)[:2] for line in result.lines] == [
        ["app.toml:7:1:", "RL422"], ["app.toml:12:1:", "RL422"], ["go.mod:8:1:", "RL452"], ["go.mod:13:1:", "RL453"],
        ["requirements.txt:2:1:", "RL432"]]
    assert lint("check", "setup.cfg", cwd=tmp_path).code == 0


def test_both_halves_of_a_real_merge_kept(git_repo, lint):
    """Two branches pin django differently; the conflict resolved by keeping both sides (a union merge)."""
    git_repo.commit({"requirements.txt": "celery==5.3.6\ndjango==4.2.1\nredis==5.0.1\n"}, "base")
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.commit({"requirements.txt": "celery==5.3.6\ndjango==4.2.11\nredis==5.0.1\n"}, "security fix")
    git_repo.git("checkout", "-q", "main")
    git_repo.commit({"requirements.txt": "celery==5.3.6\ndjango==5.0.1\nredis==5.0.1\n"}, "upgrade")
    git_repo.write({".git/info/attributes": "requirements.txt merge=union\n"})
    git_repo.git("merge", "-q", "--no-edit", "feature")
    assert git_repo.path.joinpath("requirements.txt").read_text().count("django") == 2
    result = lint("check", "requirements.txt", cwd=git_repo.path)
    assert result.code == 1 and len(result.lines) == 1 and " RL432 " in result.lines[0]


# Bad input never raises

KINDS = ["requirements", "toml", "yarn-lock", "package-lock", "go-mod", "go-sum", "gemfile-lock", "ini", "xml"]
NAMES = {"requirements": "requirements.txt", "toml": "poetry.lock", "yarn-lock": "yarn.lock",
         "package-lock": "package-lock.json", "go-mod": "go.mod", "go-sum": "go.sum", "gemfile-lock": "Gemfile.lock",
         "ini": "setup.cfg", "xml": "pom.xml"}
SEEDS = [p.read_bytes() for p in VALID]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup"]))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"[", b"]", b"[[", b'"', b"'''", b"\\\n", b"=", b":", b"\n  ",
                                                   b"\t", b"<", b"/>", b"(", b")", b"=>", b"#", b";", b"\xff"]))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 20))]
        else:
            end = pos + draw(st.integers(1, 80))
            data[end:end] = data[pos:end]
    return bytes(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_manifests_never_raise(data):
    for kind in KINDS:
        result = check_data(NAMES[kind], data, kind, Config())
        assert not result.errors
        assert all(f.line >= 1 and f.col >= 1 and f.code.startswith("RL") for f in result.findings)


def test_xml_with_an_external_dtd_is_checked_without_fetching_it(tmp_path):
    dtd = tmp_path / "broken.dtd"
    dtd.write_text("<!ELEMENT this is not a DTD")
    doctype = f'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "{dtd.as_uri()}">\n'
    assert findings_for("icon.svg", doctype + '<svg xmlns="http://www.w3.org/2000/svg"/>\n') == []
    broken = findings_for("icon.svg", doctype + '<svg xmlns="http://www.w3.org/2000/svg">\n<g>\n</svg>\n')
    assert where(broken) == [(5, "RL471")]


@pytest.mark.parametrize("text", [
    '{{ printf "<?xml version=\\"1.0\\"?>" | safeHTML }}\n<urlset>\n  {{ range .Pages }}<url/>{{ end }}\n</urlset>\n',
    '---\nlayout: nil\n---\n<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n</urlset>\n',
    '<?xml version="1.0"?>\n<config>\n<% if prod %><debug>false</debug><% end %>\n</config>\n',
])
def test_templates_that_render_to_xml_get_the_marker_check_only(text):
    assert findings_for("sitemap.xml", text) == []


def test_paste_deploy_ini_sections_with_colons_are_checked():
    text = "[composite:main]\nuse = egg:Paste#urlmap\n/: api\n/: api_v2\n\n[app:api]\nuse = egg:x\n"
    assert where(findings_for("api-paste.ini", text)) == [(4, "RL463")]


def test_toml_dotted_key_into_a_table_defined_by_a_header():
    """saleor's pyproject.toml once had [tool.poe.tasks.start] and later `start.help = ...` under [tool.poe.tasks]."""
    text = ('[tool.poe.tasks.start]\ncmd = "uvicorn app"\n\n[tool.poe.tasks]\nstart.help = "dev server"\n'
            'worker.cmd = "celery"\n')
    findings = findings_for("pyproject.toml", text)
    assert where(findings) == [(5, "RL422")] and "[tool.poe.tasks.start] defined on line 1" in findings[0].message
    assert findings_for("pyproject.toml", text.replace("start.help", "serve.help")) == []


def test_xml_fragments_are_not_reported():
    chapter = '<chapter id="install">\n  <para>PostGIS &last_release_version; needs GEOS.</para>\n</chapter>\n'
    assert findings_for("doc/installation.xml", chapter) == []
    assert where(findings_for("doc/installation.xml", chapter + "</chapter>\n")) == [(4, "RL471")]
    assert findings_for("results/list.xhtml", "<li>a</li>\n<li>b</li>\n") == []


def test_an_xml_fragment_of_sibling_elements_is_an_entity_not_two_roots():
    """tauri's WiX locale strings: `<String Id=...>` lines with no root and no declaration, inserted into
    another document (an external parsed entity, XML 1.0 section 4.3.2). Two halves of a conflict over a
    whole document kept give two roots, never three; a declaration says it is a document."""
    strings = "".join(f'<String Id="S{n}">text {n}</String>\n' for n in range(4))
    assert findings_for("bundle/msi/default-locale-strings.xml", strings) == []
    two = '<Include>\n  <String Id="a"/>\n</Include>\n<Include>\n  <String Id="b"/>\n</Include>\n'
    assert where(findings_for("bundle/msi/include.xml", two)) == [(4, "RL471")]
    declared = '<?xml version="1.0"?>\n' + strings
    assert where(findings_for("bundle/msi/strings.xml", declared)) == [(3, "RL471")]
    assert where(findings_for("bundle/msi/broken.xml", strings + "<String Id=\"x\">\n")) != []


def test_yarn_v1_top_level_settings_and_several_hashes_in_one_value():
    text = ('# yarn lockfile v1\n\nstrict-ssl false\n\n"bootstrap-multimodal@~1.0.4":\n  version "1.0.4"\n'
            '  integrity sha1-0+7cX15iVR4rLhMKueCSMY3aosQ= sha512-ZEPTxydHGRdXEbLwZFbYvYQ1G7YBU5Drqts==\n')
    assert findings_for("yarn.lock", text) == []


def test_lockfile_package_lines_found_when_a_header_is_spelled_unusually():
    text = POETRY_LOCK_BOTH_HALVES.replace('[[package]]\nname = "Django"', '[["package"]]\nname = "Django"')
    assert where(findings_for("poetry.lock", text)) == [(15, "RL441")]


def test_many_marker_pins_of_one_project_stay_within_the_file_budget(monkeypatch):
    """60 pins of one project, each pair with three varying markers: the environments tried are
    bounded by the per-file budget (counted, not timed: speed is the benchmarks' business)."""
    from packaging.markers import Marker

    from rebound_lint.languages.manifests import requirements

    evaluated = []
    real_evaluate = Marker.evaluate

    def counted(self, *args, **kwargs):
        evaluated.append(1)
        return real_evaluate(self, *args, **kwargs)

    monkeypatch.setattr(Marker, "evaluate", counted)
    lines = "".join(f'numpy==1.{i}.0; python_version == "3.{i}" and sys_platform != "win32" and '
                    f'platform_machine != "arm{i}"\n' for i in range(60))
    assert findings_for("requirements.txt", lines) == []
    assert 0 < len(evaluated) <= 2 * requirements.FILE_BUDGET  # two markers evaluated per environment


def test_a_deliberately_invalid_test_input_gets_a_note_not_a_finding(tmp_path, lint):
    """ansible's lookup_ini tests hold a duplicate INI on purpose (here a setup.cfg, whose reader refuses repeats, in a
    folder named duplicate); the same file elsewhere is a defect."""
    text = "[section]\nname = bob\nname = marley\n"
    write(tmp_path, {"test/integration/targets/lookup_ini/duplicate/setup.cfg": text, "conf/setup.cfg": text})
    result = lint("check", "--debug", ".", cwd=tmp_path)
    assert [line.split()[:2] for line in result.lines] == [["conf/setup.cfg:3:1:", "RL463"]], result.out
    assert "deliberately invalid test input (RL463" in result.err


def test_a_broken_pyproject_is_a_finding_and_the_tool_falls_back_to_defaults(tmp_path, lint):
    """A merge that breaks pyproject.toml is a finding on that file, said once, not a configuration
    error that stops the run (exit 2, no finding)."""
    from conftest import GitRepo

    repo = GitRepo(tmp_path / "repo")
    repo.commit({"pyproject.toml": '[project]\nname = "x"\nname = "y"\n\n[tool.rebound-lint]\nignore = ["RL114"]\n',
                 "config.yaml": "a: 1\na: 2\n"})
    result = lint("check", cwd=repo.path)
    assert result.code == 1, result.err
    assert [line.split()[1] for line in result.lines] == ["RL402", "RL422"], result.out
    assert result.lines[1].startswith("pyproject.toml:3:")
    assert result.err.count("pyproject.toml: invalid TOML") == 1 and "defaults apply" in result.err
    (repo.path / ".rebound-lint.toml").write_text("ignore = [\n")  # the tool's own file stays an error
    assert lint("check", cwd=repo.path).code == 2


def test_an_xml_file_without_any_element_is_a_fragment_on_purpose():
    """A license header that a formatter (spotless) stamps into XML files is a comment alone: no
    document, and no merge makes one (keeping both halves adds elements, never removes them all)."""
    header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!--\n  Copyright $YEAR Example\n-->\n"
    assert findings_for("spotless/copyright.xml", header) == []
    assert findings_for("empty.xml", "\n") == []
    # an element left open is still a broken document
    assert where(findings_for("a.xml", "<!-- c -->\n<root>\n  <a/>\n")) == [(4, "RL471")]


def test_toml_1_1_inline_tables_over_several_lines_are_read():
    """TOML 1.1 lets an inline table span lines, with comments and a trailing comma; Cargo reads
    it (biome's Cargo.toml). tomllib reads TOML 1.0 only: not a certain error. A key defined twice
    in such a table, or a real error after it, is still found at its own line."""
    text = ('[dependencies]\nserde = { workspace = true }\ntokio = {\n  workspace = true, # shared\n'
            '  features = ["io-std", "macros"],\n}\n')
    assert findings_for("crates/cli/Cargo.toml", text) == []
    twice = text.replace("  features", "  workspace = false,\n  features")
    assert where(findings_for("crates/cli/Cargo.toml", twice)) == [(5, "RL421")]
    broken = text + "[package\nname = 1\n"
    assert where(findings_for("crates/cli/Cargo.toml", broken)) == [(7, "RL421")]


@pytest.mark.parametrize("text", [
    "conda-forge::xonsh\npatchelf\n",  # conda's tests/requirements-Linux.txt: `conda create --file` reads it
    "boto3 !=1.33.0\nconda-forge::minio-server\n",
    "numpy=1.26\nscipy=1.11.*\n",  # conda's one `=` pins, no pip `==` anywhere
])
def test_a_conda_spec_file_named_requirements_is_not_checked_as_pip(text):
    assert findings_for("tests/requirements-s3.txt", text) == []


def test_a_single_equals_among_pip_pins_is_still_refused():
    assert where(findings_for("requirements.txt", "celery==5.3.6\nkombu==5.3.4\ndjango=4.2\n")) == [(3, "RL431")]


def test_a_bom_settles_an_encoding_its_declaration_misnames():
    """atomic-red-team's scheduled-task XML: saved as UTF-8 with a BOM while its declaration still says
    UTF-16 (what Task Scheduler exported). The BOM names the encoding for certain and readers that follow
    it (MSXML, .NET) read the task; expat refuses the mismatch. A note, and the rest is still checked."""
    task = '<?xml version="1.0" encoding="UTF-16"?>\r\n<Task version="1.2">\r\n  <Settings/>\r\n</Task>\r\n'
    assert findings_for("atomics/T1053/src/task.xml", b"\xef\xbb\xbf" + task.encode()) == []
    broken = task.replace("</Task>", "</Tsk>")
    assert where(findings_for("atomics/T1053/src/task.xml", b"\xef\xbb\xbf" + broken.encode())) == [(4, "RL471")]
    # without a BOM nothing says which encoding the bytes are in: the declaration is the file's word
    assert where(findings_for("atomics/T1053/src/task.xml", task.encode())) == [(1, "RL471")]


def test_a_file_with_no_markup_at_all_is_a_placeholder_not_broken_xml():
    """SQLPage's sqlpage/tabler-icons.svg is one line, `/* !include https://.../tabler-sprite.svg */`, which its
    build replaces with the downloaded sprite (held-out round 6). Without a single `<` it is no XML document a
    merge could have broken (both halves of one keep its markup); one element left open still is."""
    placeholder = "/* !include https://cdn.jsdelivr.net/npm/@tabler/icons-sprite/dist/tabler-sprite.svg */\n"
    assert findings_for("sqlpage/tabler-icons.svg", placeholder) == []
    assert where(findings_for("icons/sprite.svg", "<svg>\n<g>\n</svg>\n")) == [(3, "RL471")]
