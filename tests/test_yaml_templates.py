"""Templated YAML and JSON (ERB, Go/Helm, Jinja) outside a chart's templates/ directory: conflict
markers only. Template syntax inside a quoted or block scalar, a comment or a GitHub Actions
expression is text, and such a file is checked in full."""
import pytest
from conftest import FIXTURES, codes, findings_for

ERB_SIDEKIQ = ':verbose: false\n<% unless AppConfig.heroku? %>\n:logfile: "<%= AppConfig.sidekiq_log %>"\n<% end %>\n'
ERB_CUCUMBER = ("<%\nrerun = File.file?('rerun.txt') ? IO.read('rerun.txt') : \"\"\nstd_opts = \"--strict\"\n%>\n"
                "default: <%= std_opts %> -r features\n")
GO_VALUES = "image:\n  repository: {{ .Values.image.repository }}\n  tag: {{ .Values.image.tag }}\n"
GO_CONDITIONAL = "env:\n  - name: A\n    value: \"1\"\n{{- if .Values.extra }}\n  - name: A\n    value: \"2\"\n{{- end }}\n"


@pytest.mark.parametrize("name, text", [
    ("config/sidekiq.yml", ERB_SIDEKIQ),
    ("config/cucumber.yml", ERB_CUCUMBER),
    ("config/database.yml", "default: &default\n  adapter: postgresql\n<% if ENV['POOL'] %>\n  pool: <%= ENV['POOL'] %>\n"
                            "<% else %>\n  pool: 5\n<% end %>\n"),
    ("charts/app/values.tpl.yaml", GO_VALUES),
    ("charts/app/ci/values.yaml", GO_CONDITIONAL),
    ("charts/app/ci/values.yaml", "a: 1\n{{ if .x }}\na: 2\n{{ end }}\n"),
    ("roles/x/tasks/main.yml", "{% for x in xs %}\n- a: {{ x }}\n{% endfor %}\n"),
    ("dashboards/app.json", (FIXTURES / "valid" / "json" / "dashboard.json").read_text()),
    ("dashboards/app.json", '{"a": {{ .Values.a | toJson }}, "a": 2}\n'),
    ("conf/app.json", '{\n  "hosts": <%= @hosts.to_json %>,\n  "port": 80\n}\n'),
    # Mojolicious's JSONConfig renders the file as a Mojo::Template first: `%` opens a line of Perl (`%#` a
    # comment, `% if`, `%= expr`); Mako and Mason write their code lines so too. JSON has no `%` outside strings
    ("t/app/json_config_app.json", '{\n  %# Just a comment\n  "foo": "bar",\n  "utf": "utf"\n}\n'),
    ("conf/app.json", '{\n% if ($ENV{X}) {\n  "x": 1,\n% }\n  "port": 80\n}\n'),
    # administrate's spec/example_app/config/newrelic.yml: ERB runs first, so the quotes inside its tag are
    # Ruby's, and they end YAML's quoted scalar early
    ("config/newrelic.yml", 'common: &default\n  license_key: "<%= ENV["NEW_RELIC_LICENSE_KEY"] %>"\n  log_level: info\n'),
    ("roles/x/vars/main.yml", "a: 1\nb: '{{ lookup('env', 'HOME') }}'\n"),
    # rails's activestorage/test/fixtures/active_storage/blobs.yml: an ERB tag over several lines, a call's
    # keyword arguments inside it; YAML stops at the tag's second line, which the template replaces
    ("test/fixtures/blobs.yml", 'first_blob: <%= FixtureSet.blob(\n  filename: "racecar.jpg",\n'
                                '  content_type: "image/jpeg"\n) %>\n\nsecond_blob: <%= FixtureSet.blob filename: "a.png" %>\n'),
])
def test_templated_files_get_conflict_markers_only(name, text):
    assert findings_for(name, text) == []


@pytest.mark.parametrize("name, text, expected", [
    # i18n: {{...}} inside quoted scalars, a continuation line starting with {{
    ("config/locales/en.yml",
     "en:\n  liked: '{{GENDER:%{user}|he|she}} liked\n    {{GENDER:%{user}|his|her}} post'\n  liked: x\n",
     [("RL402", 4)]),
    ("config/locales/en.yml", "en:\n  other: >-\n    {{count}} items\n  other: x\n", [("RL402", 4)]),
    ("config/locales/en.yml", "en:\n  s: \"<%= count %> items\"\n  s: y\n", [("RL402", 3)]),
    # ERB values in plain scalars render to one value each: a duplicate stays a duplicate
    ("config/database.yml", "default: &default\n  adapter: postgresql\nproduction:\n  <<: *default\n"
                            "  pool: 5\n  pool: <%= ENV['POOL'] %>\n", [("RL402", 6)]),
    # a comment is not a template
    ("values.yaml", "# password: {{ .config.token }}\na: 1\na: 2\n", [("RL402", 3)]),
    # GitHub Actions expressions are evaluated after parsing: the file is YAML
    (".github/workflows/ci.yml", "jobs:\n  t:\n    runs-on: ${{ matrix.os }}\n    runs-on: x\n", [("RL402", 4)]),
    # ansible: a quoted expression, a real duplicate
    ("play.yml", "vars:\n  dir: \"/srv/{{ app }}\"\n  dir: \"/opt/{{ app }}\"\n", [("RL402", 3)]),
    # a real syntax error before an ERB tag over several lines: not inside the tag, reported
    ("test/fixtures/blobs.yml", 'b: [1, 2\nc: 3\na: <%= blob(\n  name: "x"\n) %>\n', [("RL401", 2)]),
    # a real syntax error next to template-looking quoted text
    ("config/locales/en.yml", "en:\n  a: '{{count}} items'\n  b: [1, 2\n  c: 3\n", [("RL401", 4)]),
    # JSON: template-looking strings are strings
    ("i18n/en.json", '{"items": "{{count}} items", "items": "x"}\n', [("RL412", 1)]),
    ("i18n/en.json", '{"items": "{{count}} items",\n "b": 1\n "c": 2}\n', [("RL411", 3)]),
    ("i18n/en.json", '{"rate": "100%",\n "b": 1\n "c": 2}\n', [("RL411", 3)]),
    ("i18n/en.json", '{"rate":\n  "% done",\n "b": 1\n "c": 2}\n', [("RL411", 4)]),
])
def test_template_looking_text_in_scalars_is_checked(name, text, expected):
    assert [(f.code, f.line) for f in findings_for(name, text)] == expected


def test_erb_still_checks_conflict_markers():
    from conftest import OURS, SEP, THEIRS

    text = ERB_SIDEKIQ + f"{OURS} ours\n:a: 1\n{SEP}\n:a: 2\n{THEIRS} theirs\n"
    assert "RL001" in codes(findings_for("config/sidekiq.yml", text))


def test_every_template_match_holds_an_opener():
    """The YAML checker looks for the regex only in text holding one of TEMPLATE_OPENERS."""
    from test_yaml_fastpath import _mutations

    from rebound_lint.languages.yaml import TEMPLATE, TEMPLATE_OPENERS

    texts = [ERB_SIDEKIQ, ERB_CUCUMBER, GO_VALUES, GO_CONDITIONAL, "a: ${{ x }}\n  {# c #}\n<%%= y %>\n"]
    texts += [text.replace("\n", " {{ x }}\n", 1) for text in _mutations(300, seed=9)]
    matches = [m.group() for text in texts for m in TEMPLATE.finditer(text)]
    assert len(matches) > 300
    assert all(any(opener in match for opener in TEMPLATE_OPENERS) for match in matches)


def test_a_braced_placeholder_glued_to_text_is_a_template():
    """cert-manager's make/config/bind/service.yaml: a make rule substitutes {SERVICE_IP_PREFIX}."""
    text = "spec:\n  type: ClusterIP\n  clusterIP: {SERVICE_IP_PREFIX}.16\n  ports:\n  - port: 53\n"
    assert findings_for("make/config/bind/service.yaml", text) == []
    assert codes(findings_for("config/service.yaml", "spec:\n  clusterIP: {a: 1}.16\n")) == ["RL401"]


@pytest.mark.parametrize("text", [
    "[http.routers]\n{{ range $i, $e := until 20 }}\n  [http.routers.r{{ $e }}]\n  rule = \"Path(`/`)\"\n{{ end }}\n",
    "[providers]\nprecedence = {{ .Precedence }}\n",
    "{{if .IsHTTP}}\n[entryPoints.web]\naddress = \":8000\"\n{{end}}\n",
])
def test_templated_toml_gets_conflict_markers_only(text):
    """traefik's integration fixtures: Go templates the tests render before TOML reads them."""
    assert findings_for("integration/fixtures/providers.toml", text) == []


def test_template_like_text_in_a_toml_string_is_text():
    text = 'motd = "{{ greeting }}"\n# {{ a comment }}\nport = 80\nport = 81\n'
    assert codes(findings_for("config/app.toml", text)) == ["RL422"]


# A conda recipe (conda-forge's meta.yaml): Jinja that keeps the YAML's shape, `{% set %}` lines and
# `{{ expr }}` inside a value or an item, each rendering to one scalar. Its duplicate keys are provable
# with the expressions read as placeholders; conda-build's line selectors (`# [win]`) keep one of two
# keys that carry different ones.
CONDA_RECIPE = """{% set name = "foo-bar" %}
{% set version = "1.2.0" %}  {# the release #}

package:
  name: {{ name|lower }}
  version: {{ version }}

source:
  url: https://pypi.org/packages/source/{{ name[0] }}/{{ name }}/{{ name }}-{{ version }}.tar.gz
  sha256: 0123abcd

build:
  number: 0
  skip: true  # [py<39]
  script: {{ PYTHON }} -m pip install . -vv

requirements:
  host:
    - python
    - pip
  run:
    - python
    - {{ pin_compatible('numpy') }}

about:
  home: https://example.org
  license: MIT
"""
SELECTED = "  url: https://example.org/foo-win.zip  # [win]\n  url: https://example.org/foo.tar.gz  # [not win]\n"


def test_a_conda_recipe_whose_jinja_keeps_its_shape_is_checked_for_duplicate_keys():
    assert findings_for("recipes/foo/meta.yaml", CONDA_RECIPE) == []
    both = CONDA_RECIPE.replace("  number: 0\n", "  number: 0\n  number: 1\n")
    found = findings_for("recipes/foo/meta.yaml", both)
    assert [(f.code, f.line) for f in found] == [("RL402", 14)]
    twice = CONDA_RECIPE.replace("  sha256: 0123abcd\n", "  sha256: 0123abcd\n  sha256: 4567ef01\n")
    assert [(f.code, f.line) for f in findings_for("recipes/foo/meta.yaml", twice)] == [("RL402", 11)]


def test_keys_with_different_conda_selectors_are_not_duplicates():
    pypi = "  url: https://pypi.org/packages/source/{{ name[0] }}/{{ name }}/{{ name }}-{{ version }}.tar.gz\n"
    assert pypi in CONDA_RECIPE
    selected = CONDA_RECIPE.replace(pypi, SELECTED)
    assert findings_for("recipes/foo/meta.yaml", selected) == []
    assert findings_for("recipes/foo/meta.yaml", "source:\n" + SELECTED) == []  # no Jinja at all
    same = SELECTED.replace("# [not win]", "# [win]")
    assert codes(findings_for("recipes/foo/meta.yaml", "source:\n" + same)) == ["RL402"]


@pytest.mark.parametrize("text", [
    "a:\n  {{ first }}: 1\n  {{ second }}: 2\n",                  # keys only a rendering tells apart
    "{% set x = 1 %}\na:\n  b: {{ x }}\n{{ extra_keys }}\n",       # an expression alone on a line: structure
    "{% set x = 1 %}\na:\n  b: {{- x }}\n  b: 2\n",                # whitespace control changes the layout
    "{% set x = 1 %}\na: [{{ x }}\nb: 2\n",                        # does not parse even rendered: no verdict
])
def test_jinja_that_may_change_the_shape_or_keys_stays_markers_only(text):
    assert findings_for("recipes/foo/meta.yaml", text) == []


# A request body a script fills in with envsubst (or sed) before sending it: `${NAME}` outside any
# string, where the value is a whole JSON value (an object, a list, a number).
ENVSUBST_BODY = ('{\n  "conflicts": "proceed",\n  "source": {"index": "${SRC_INDEX}", "size": 10000},\n'
                 '  "script": {\n    "source": "${SCRIPT}",\n    "params": {\n'
                 '      "attributes": ${CUSTOM_ATTRIBUTES},\n      "batch": ${BATCH_SIZE}\n    }\n  }\n}\n')


@pytest.mark.parametrize("name, text, expected", [
    ("schema/reindex/v1/reindex.json", ENVSUBST_BODY, []),
    # each placeholder stands for one value: the rest is still JSON, and a duplicate key still counts
    ("schema/reindex/v1/reindex.json", ENVSUBST_BODY.replace('"batch"', '"attributes"'), [("RL412", 8)]),
    # a placeholder that stands for several members: a template, conflict markers only
    ("deploy/body.json", '{\n  ${EXTRA_FIELDS}\n  "a": 1\n}\n', []),
    # ${...} inside a string is text: a real syntax error next to it is still reported
    ("deploy/body.json", '{\n  "a": "${A}"\n  "b": 1\n}\n', [("RL411", 3)]),
])
def test_envsubst_placeholders_in_json(name, text, expected):
    assert [(f.code, f.line) for f in findings_for(name, text)] == expected


# The other placeholder spellings a script or a test replaces before the file is read, where a whole value goes:
# httpie's tests/fixtures/session_data/new/cookies_dict.json (`"domain": __host__`, its test substitutes
# json.dumps(host)), autoconf's and CMake's @NAME@, a batch file's %NAME%. None is JSON outside a string, and
# a merge writes none.
@pytest.mark.parametrize("placeholder", ["__host__", "@HOST@", "%HOST%"])
def test_other_placeholder_spellings_in_json(placeholder):
    text = '{\n  "cookies": [\n    {"domain": ' + placeholder + ', "name": "baz"}\n  ]\n}\n'
    assert findings_for("tests/fixtures/session_data/cookies.json", text) == []
    twice = text.replace('"name"', '"domain"')
    assert [(f.code, f.line) for f in findings_for("tests/fixtures/session_data/cookies.json", twice)] == [("RL412", 3)]


@pytest.mark.parametrize("text", [
    '{\n  "a": __host\n}\n',        # no closing underscores: a bare word, no placeholder
    '{\n  "a": @\n}\n',
])
def test_a_bare_word_in_json_is_still_an_error(text):
    assert codes(findings_for("config/app.json", text)) == ["RL411"]


def test_placeholders_inside_strings_stay_text():
    """Two keys that differ only in their placeholder are two keys (only `${...}` outside strings is rewritten)."""
    text = '{\n  "${A}": 1,\n  "${B}": 2,\n  "n": ${N}\n}\n'
    assert findings_for("deploy/body.json", text) == []


@pytest.mark.parametrize("text", [
    # longhorn's dev/scale-test/statefulset.yaml: a script's sed fills @STS_NAME@ before kubectl reads it
    "metadata:\n  name: @STS_NAME@\nspec:\n  serviceName: @STS_NAME@\n",
    # a %NAME% placeholder (a batch file's or a build tool's) that a script replaces
    "env:\n  - name: HOME\n    value: %HOME_DIR%\n",
    # Maven's resource filtering of a Spring Boot application.yml (its default delimiter is @): a property
    # name with dots and hyphens, filled in at build time
    "spring:\n  cloud:\n    nacos:\n      config:\n        server-addr: @config.server-addr@\n"
    "        group: @config.group@\n  application:\n    version: @project.version@\n",
])
def test_an_at_or_percent_placeholder_on_the_error_line_is_a_template(text):
    """`@` and `%` cannot start a plain scalar: a value that is `@NAME@` or `%NAME%` is a placeholder
    that a script substitutes (autoconf's and CMake's configure_file syntax, sed), not YAML yet."""
    assert findings_for("dev/scale-test/statefulset.yaml", text) == []


@pytest.mark.parametrize("text", [
    'metadata:\n  name: "@STS_NAME@"\nspec: [1, 2\n',   # the error is elsewhere: a placeholder in quotes
    "metadata:\n  name: @\n",                           # a lone @ is no placeholder
    "a: @user.name\n",                                  # nor is a mention
    "a: @user.name@example\n",                          # nor an address glued to text
])
def test_an_error_line_without_a_placeholder_is_still_an_error(text):
    assert codes(findings_for("k8s/app.yaml", text)) == ["RL401"]


SCAFFOLD_YAML = ('namespace: "{{ .Config.namespace }}"\nauthor: "{{ .Config.author | default "Unknown" }}"\n'
                 'name: {{ .TemplateName }}\n')


def test_a_file_under_a_templated_path_is_a_template(tmp_path, lint):
    """atmos's tests/fixtures/scaffolds/path-test/{{.Config.namespace}}/config.yaml, a cookiecutter's
    {{cookiecutter.project_slug}}/app.py: a scaffold whose path names a template variable is rendered
    before any parser reads it. Conflict markers only; the same text elsewhere is still checked."""
    from conftest import OURS, SEP, THEIRS, write

    write(tmp_path, {"scaffolds/path-test/{{.Config.namespace}}/config.yaml": SCAFFOLD_YAML,
                     "{{cookiecutter.project_slug}}/app.py": "def {{ cookiecutter.name }}():\n    pass\n",
                     "{{cookiecutter.project_slug}}/setup.py": f"{OURS} a\nx = 1\n{SEP}\nx = 2\n{THEIRS} b\n",
                     "config/{id}/config.yaml": "a: [1, 2\nb: 3\n",
                     # a code generator's Freemarker templates (jeecg's code-template/.../${bussiPackage}/...):
                     # ${name} in a folder's or the file's own name
                     "code-template/java/${bussiPackage}/${entityPackage}/vue/V${currentDate}__menu.sql":
                         "<#if po.isShow>\nINSERT INTO sys_permission VALUES ('${entityName}');\n</#if>\n",
                     "code-template/java/${bussiPackage}/mapper/xml/[1-n]Mapper.xml": '<#list subTables as sub>\n<mapper/>\n',
                     "config/$HOME/app.sql": "SELECT FROM WHERE;\n"})
    result = lint("check", "--no-cache", ".", cwd=tmp_path)
    reported = sorted((line.split(":")[0], line.split(": ")[1].split()[0]) for line in result.lines if ": RL" in line)
    assert reported == [("config/$HOME/app.sql", "RL201"), ("config/{id}/config.yaml", "RL401"),
                        ("{{cookiecutter.project_slug}}/setup.py", "RL001")], result.out
