"""Another linter's suppression of the very defect a rule reports, written on the reported line (or as
that linter's next-line comment just above it, or a disable/enable block around it): the author's word
that the repeat is meant. roundcube's .eslintrc.js overrides rules it set earlier in one object, each
override marked `// eslint-disable-line no-dupe-keys`; ESLint would report them otherwise. A --debug note,
never silence for what the comment does not name."""
import pytest
from conftest import findings_for


def codes(name, text):
    return [(f.code, f.line) for f in findings_for(name, text)]


RULES = ("module.exports = {\n"
         "    rules: {\n"
         "        'no-var': 'error',\n"
         "        'one-var': 'error',\n"
         "        // later: turned off for now\n"
         "        'no-var': 'off', // eslint-disable-line no-dupe-keys -- (986 matches)\n"
         "        'one-var': 'off', // eslint-disable-line no-dupe-keys\n"
         "    },\n"
         "};\n")


@pytest.mark.parametrize("name, text", [
    (".eslintrc.js", RULES),
    (".eslintrc.cjs", RULES.replace("eslint-disable-line no-dupe-keys", "eslint-disable-line eqeqeq, no-dupe-keys")),
    # the next-line form, ESLint's and oxlint's, and biome's ignore comment (it applies to the next line)
    ("src/config.js", "export const A = {\n  x: 1,\n  // eslint-disable-next-line no-dupe-keys\n  x: 2,\n};\n"),
    ("src/config.js", "export const A = {\n  x: 1,\n  // oxlint-disable-next-line no-dupe-keys\n  x: 2,\n};\n"),
    ("src/config.ts", "export const A = {\n  x: 1,\n  // biome-ignore lint/suspicious/noDuplicateObjectKeys: on purpose\n"
                      "  x: 2,\n};\n"),
    # a block
    ("src/config.js", "/* eslint-disable no-dupe-keys */\nexport const A = {\n  x: 1,\n  x: 2,\n};\n"),
    ("src/config.ts", "export const A = {\n  x: 1,\n  /* eslint-disable no-dupe-keys */\n  x: 2,\n"
                      "  /* eslint-enable no-dupe-keys */\n};\n"),
    # class members and switch cases, by their own rule names
    ("src/a.js", "export class A {\n  f() { return 1; }\n  f() { return 2; } // eslint-disable-line no-dupe-class-members\n}\n"),
    ("src/a.ts", "export class A {\n  f() { return 1; }\n  // eslint-disable-next-line @typescript-eslint/no-dupe-class-members\n"
                 "  f() { return 2; }\n}\n"),
    ("src/a.js", "export function f(x) {\n  switch (x) {\n    case 1: return 'a';\n"
                 "    case 1: return 'b'; // eslint-disable-line no-duplicate-case\n  }\n  return 'c';\n}\n"),
])
def test_another_linters_waiver_of_the_same_defect_is_the_authors_word(name, text):
    assert codes(name, text) == []


@pytest.mark.parametrize("name, text, expected", [
    # a waiver of another rule, a bare one, one in a string, or one that ended before the line: still reported
    ("src/config.js", "export const A = {\n  x: 1,\n  x: 2, // eslint-disable-line eqeqeq\n};\n", [("RL311", 3)]),
    ("src/config.js", "export const A = {\n  x: 1,\n  x: 2, // eslint-disable-line\n};\n", [("RL311", 3)]),
    ("src/config.js", "export const A = {\n  x: 1,\n  x: '// eslint-disable-line no-dupe-keys',\n};\n", [("RL311", 3)]),
    ("src/config.js", "export const A = {\n  x: 1,\n  // eslint-disable-next-line no-dupe-keys\n  y: 1,\n  x: 2,\n};\n",
     [("RL311", 5)]),
    ("src/config.js", "/* eslint-disable no-dupe-keys */\nconst B = {x: 1, x: 2};\n/* eslint-enable no-dupe-keys */\n"
                      "export const A = {\n  x: 1,\n  x: 2,\n};\nexport default B;\n", [("RL311", 6)]),
    # a waived line kept twice (both halves of a conflict that each added the same override): the copy is new
    ("src/config.js", "export const A = {\n  x: 1,\n  x: 2, // eslint-disable-line no-dupe-keys\n"
                      "  x: 2, // eslint-disable-line no-dupe-keys\n};\n", [("RL311", 4)]),
])
def test_what_the_waiver_does_not_name_is_still_reported(name, text, expected):
    assert codes(name, text) == expected
