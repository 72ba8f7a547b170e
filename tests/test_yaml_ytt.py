"""ytt (Carvel) templates: YAML whose template language lives in comments (`#@ if`, `#@ def`,
`#@ end`, `key: #@ expr`). The file parses as YAML, but what YAML sees is not what ytt emits: keys
in different branches or functions are never in one mapping, and a value computed by an annotation
reads as empty. Duplicates are reported only where ytt would see them too (the same block, the same
source text), so both halves of a conflict kept in a ytt template are still caught. Shapes reworked
from carvel-dev/ytt's examples, not copied."""
from conftest import codes, findings_for

FUNCTIONS = """#@ load("@ytt:template", "template")

#@ def labels(info):
  app.kubernetes.io/name: #@ info.name
  app.kubernetes.io/version: #@ info.version
#@ end

#@ def release_labels(release):
  app.kubernetes.io/name: #@ release.name
#@ end

#@ def all_labels(info):
  _: #@ template.replace(labels(info))
  _: #@ template.replace(release_labels(info.release))
#@ end
"""

BRANCHES = """#@ if data.values.enabled:
service:
  #@ if/end data.values.port > 1000:
  port: 8080
  name: web
#@ else:
service: disabled
#@ end
"""

OVERLAY_FUNCTIONS = """#@ load("@ytt:overlay", "overlay")

#@ def ingress():
metadata:
  name: example
#@ end

#@ def updates():
metadata:
  annotations:
    #@overlay/match missing_ok=True
    limit-rps: 2000
#@ end
"""

COMPUTED_ITEMS = """#@ load("@ytt:data", "data")
containers:
- name: #@ data.values.web.name
  image: #@ data.values.web.image
- name: #@ data.values.api.name
  image: #@ data.values.api.image
"""


def test_keys_in_different_ytt_functions_or_branches_are_not_duplicates():
    for text in (FUNCTIONS, BRANCHES, OVERLAY_FUNCTIONS):
        assert findings_for("config/app.lib.yml", text) == [], text


def test_items_computed_by_different_annotations_are_not_repeats():
    assert findings_for("config/deployment.yml", COMPUTED_ITEMS) == []


def test_both_halves_kept_in_one_ytt_block_are_still_reported():
    kept = """#@ load("@ytt:data", "data")
#@ def labels():
  app: #@ data.values.name
  tier: backend
  app: #@ data.values.name
  tier: frontend
#@ end
"""
    assert codes(findings_for("config/labels.lib.yml", kept)) == ["RL402", "RL402"]


def test_the_same_computed_item_twice_in_one_block_is_still_reported():
    text = COMPUTED_ITEMS + "- name: #@ data.values.api.name\n  image: #@ data.values.api.image\n"
    assert codes(findings_for("config/deployment.yml", text)) == ["RL404"]


def test_plain_yaml_with_hash_at_in_a_string_keeps_every_check():
    assert codes(findings_for("config/a.yml", "note: 'mail #@ here'\nnote: other\n")) == ["RL402"]
