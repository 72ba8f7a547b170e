"""RL116: string literals on separate lines joined into one item, as a naive merge of two appended
list entries makes it, and the deliberate splits that must stay silent."""
from __future__ import annotations

from conftest import GitRepo, codes, findings_for

BASE = ("MODULE_UTILS = [\n"
        "    'ansible.module_utils.api',\n"
        "    'ansible.module_utils.aws'\n"
        "]\n")


def test_a_naive_merge_of_two_appended_entries_is_one_wrong_entry(tmp_path):
    """Both sides append an entry after the last one, whose line had no trailing comma: each side
    adds the comma... except the first side's own new last entry, which has none."""
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"sanity.py": BASE}, message="base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.commit({"sanity.py": BASE.replace("aws'\n", "aws',\n    'ansible.module_utils.salesforce',\n")})
    repo.git("checkout", "-q", "main")
    repo.commit({"sanity.py": BASE.replace("aws'\n", "aws',\n    'ansible.module_utils.axibase_tsd'\n")})
    repo.git("merge", "-q", "feature", check=False)
    text = (repo.path / "sanity.py").read_text()
    assert "<<<<<<<" in text
    resolved = "".join(line for line in text.splitlines(keepends=True) if not line.startswith(("<<<", "===", ">>>")))
    found = findings_for("sanity.py", resolved)
    assert [(f.code, f.line) for f in found] == [("RL116", 5)], found
    assert "axibase_tsd" in found[0].message and "salesforce" in found[0].message


def test_in_a_tuple_a_set_and_call_arguments():
    assert codes(findings_for("a.py", "NAMES = (\n    'a',\n    'b'\n    'c',\n)\n")) == ["RL116"]
    assert codes(findings_for("a.py", "NAMES = {\n    'a',\n    'b'\n    'c',\n}\n")) == ["RL116"]
    assert codes(findings_for("a.py", "register(\n    'a',\n    'b'\n    'c',\n)\n")) == ["RL116"]
    assert codes(findings_for("a.py", "NAMES = [\n    'a',\n    'b'  # the second\n    'c',\n]\n")) == ["RL116"]


LOOK_ALIKES = {
    "own parentheses": "OPTIONS = [\n    '--flag',\n    ('a long text '\n     'continued'),\n    'x',\n]\n",
    "a sentence": "MESSAGES = [\n    'short',\n    'one long sentence that '\n    'goes on',\n]\n",
    "words among names": "ARGS = [\n    '--name',\n    'the first half of a long text,'\n    'and the second half',\n]\n",
    "no sibling string": "call(\n    'a long text '\n    'continued',\n    timeout=3,\n)\n",
    "a lone string in a call": "warn(\n    'one message'\n    'continued',\n    DeprecationWarning,\n)\n",
    "lined up under its item": "CASES = [\n    ('rsa.pem', b'\\x23\\x34'\n                b'\\xfc\\x76'),\n]\n",
    "bytes beside str": "CASE = (\n    'rsa.pem',\n    b'\\x23\\x34'\n    b'\\xfc\\x76',\n)\n",
    "split siblings": "SQL = [\n    'SELECT 1 '\n    'FROM a',\n    'SELECT 2 '\n    'FROM b',\n]\n",
    "much longer than the items": ("HELP = [\n    'x',\n    'y',\n    'https://example.com/a/very/long/path/that/"
                                   "goes/on/'\n    'and/on/and/on/index.html',\n]\n"),
    "commas everywhere": "NAMES = [\n    'a',\n    'b',\n    'c',\n]\n",
    "one line": "NAMES = ['a', 'b' 'c']\n",
    "f-strings": "NAMES = [\n    'a',\n    f'{b}'\n    f'{c}',\n]\n",
    # issue 24 (sqlfluff's lexers): a regular expression split over lines, a comment per alternative;
    # a piece alone leaves a bracket open that a later piece closes: one value, split on purpose
    "a regex split into alternatives": ("RegexLexer(\n    'numeric_literal',\n"
                                        "    r'(?>\\d+(_\\d+)*\\.\\d+'  # decimal\n"
                                        "    r'|\\d+\\.(?![\\.\\w])'  # trailing dot\n"
                                        "    r'|\\d+)',  # integer\n    LiteralSegment,\n)\n"),
    "a bracket closed by the next piece": "PARTS = [\n    'name',\n    '[a-z'\n    ']+',\n]\n",
    # held-out round 5 (Flask-AppBuilder): a password hash split over lines as a setting's value; the
    # item beside it is a name, a piece holds `:` and `$`, which no name does: not an item like it
    # changedetection.io's tests: one element replaced by itself and a second one, the new text spelled as
    # the old one continued: the first piece is the other argument
    "the other argument continued": ("html = page.replace(\n    '<div data-pid=\"U204\"></div>',\n"
                                     "    '<div data-pid=\"U204\"></div>'\n    '<div data-pid=\"MR53\"></div>',\n)\n"),
    # pelican's importer: a regular expression given to re.sub, split where its groups meet (each piece whole)
    "a pattern given to re": ("content = re.sub(\n    r'\\[caption(?:.*?)\\]'\n    r'((?:<img.*?>))\\s?(.*?)\\[/caption\\]',\n"
                              "    r'<figure>\\1</figure>',\n    content,\n)\n"),
    # a linter plugin's message table (Kiwi TCMS's pylint plugin): each value is a record of fixed arity, a
    # message, a symbol and a description, whose prose field is split over lines (at no space); a tuple that
    # holds a name beside prose is a record nobody appends to, not a list of like items
    "a record's prose field": ("msgs = {\n    'R9001': (\n        'Every form must be a model form',\n"
                               "        'must-be-model-form',\n        'Every form must be a model form.'\n"
                               "        'See the project tracker',\n    )\n}\n"),
    "a hash beside a name": ("config.setdefault(\n    'AUTH_FAKE_HASH',\n    'pbkdf2:sha256:150000$Z3t6$22da622d9'\n"
                             "    'c0976a03d2f18f680bfff877c9a9',\n)\n"),
}


def test_deliberate_splits_stay_silent():
    for name, text in LOOK_ALIKES.items():
        assert findings_for("a.py", text) == [], name


def test_a_pattern_list_given_to_another_call_is_still_items():
    text = "PATTERNS = compile_all(\n    r'(a+)',\n    r'(b+)'\n    r'(c+)',\n)\n"
    assert codes(findings_for("app/rx.py", text)) == ["RL116"]
    replacement = "x = re.sub(\n    r'(a)',\n    r'(b+)'\n    r'(c+)',\n    text,\n)\n"  # the second argument
    assert codes(findings_for("app/rx.py", replacement)) == ["RL116"]


def test_a_list_item_that_repeats_another_is_still_a_lost_comma():
    text = "CASES = [\n    '<a>x</a>',\n    '<a>x</a>'\n    '<b>y</b>',\n]\n"
    assert codes(findings_for("tests/test_html.py", text)) == ["RL116"]


def test_pieces_each_complete_are_still_items_whatever_their_brackets():
    """Balanced pieces (each a whole item) keep the finding: the bracket rule needs a piece that
    leaves one open, and a join that closes it."""
    text = "PATTERNS = [\n    r'(a+)',\n    r'(b+)'\n    r'(c+)',\n]\n"
    assert codes(findings_for("a.py", text)) == ["RL116"]
    # (beside items that hold brackets too: beside plain names a piece with a bracket is no item)
    unbalanced_join = "PARTS = [\n    '(name)',\n    '(open'\n    'still',\n]\n"
    assert codes(findings_for("a.py", unbalanced_join)) == ["RL116"]


# A URL or query string split where it continues (SQLAlchemy's tests: "sqlite:///file:foo.db?" then
# "mode=memory&cache=shared"; "a=1&b=2&" then "c=3"): the first piece ends with a separator of the
# value's own syntax that no item beside it ends with, so it is one value written in two pieces.
SPLIT_AT_A_SEPARATOR = {
    "a URL split after its ?": ("CASES = [\n    (\n        'sqlite+pysqlite:///file:foo.db?'\n"
                                "        'mode=memory&cache=shared&uri=true',\n        dialect,\n"
                                "        'SingletonThreadPool',\n        'QueuePool',\n    ),\n]\n"),
    "a query split after an &": ("CASE = (\n    'a=1&b=21&b=22',\n    'b=23&c=32',\n    'a=1&b=21&b=22&b=23&'\n"
                                 "    'c=31&c=32',\n    True,\n)\n"),
}


def test_a_value_split_after_one_of_its_own_separators_is_one_value():
    for name, text in SPLIT_AT_A_SEPARATOR.items():
        assert findings_for("test/engine/test_urls.py", text) == [], name
    # items that all end with that separator are items: a lost comma between two of them
    prefixes = "ARGS = [\n    '--name=',\n    '--out='\n    '--level=',\n]\n"
    assert codes(findings_for("a.py", prefixes)) == ["RL116"]
    urls = "URLS = [\n    'https://a.example/',\n    'https://b.example/'\n    'https://c.example/',\n]\n"
    assert codes(findings_for("a.py", urls)) == ["RL116"]


def test_a_value_continued_from_one_of_its_own_separators_is_one_value():
    """sphinx's test_build_html_5_output.py splits an XPath before its second predicate:
    ".//a[@href='...']" then "[@class='pep reference external']/strong". A piece that starts with a
    separator of the value's own syntax no item starts with continues the value before it."""
    xpath = ("CASES = [\n    (\n        'markup.html',\n        \".//a[@href='https://peps.python.org/pep-0008/']\"\n"
             "        \"[@class='pep reference external']/strong\",\n        'Python Enhancement Proposal #8',\n"
             "    ),\n]\n")
    assert findings_for("tests/test_build.py", xpath) == []
    # items that all start with that separator are items: a lost comma between two of them
    paths = "PATHS = [\n    '/usr/lib',\n    '/usr/local/lib'\n    '/opt/lib',\n]\n"
    assert codes(findings_for("a.py", paths)) == ["RL116"]
    # spyder's number_regex: "Pointfloat + Exponent" is one pattern split before its exponent's group, a piece
    # that opens with `(` where every item opens with `\b`
    regexes = ('NUMBER = [\n    r"\\b0[xX][0-9A-Fa-f]+\\b",\n    r"\\b[1-9][0-9]*\\b",\n'
               '    r"\\b(\\.[0-9]+)"\n    "([eE][+-]?[0-9]+)?[jJ]?",\n    r"\\b[0-9]+[jJ]\\b",\n]\n')
    assert findings_for("spyder/utils/syntaxhighlighters.py", regexes) == []
    groups = 'GROUPS = [\n    "(a|b)",\n    "(c|d)"\n    "(e|f)",\n]\n'
    assert codes(findings_for("a.py", groups)) == ["RL116"]  # items that open with `(`: a lost comma
    # tornado's setup.py: classifiers cog wrote without commas are still reported
    classifiers = ("CLASSIFIERS = [\n    'License :: OSI Approved',\n    'Programming Language :: Python :: 3.10'\n"
                   "    'Programming Language :: Python :: 3.11',\n]\n")
    assert codes(findings_for("setup.py", classifiers)) == ["RL116"]


def test_an_element_opened_in_one_piece_and_closed_in_a_later_one_is_one_value():
    """pgbackrest's HTML renderer keeps its analytics snippet as a tuple of two tags, the second
    split over two lines: `"<script>window.dataLayer=...;}"` then `"gtag('js',...);</script>"`. A piece
    that opens an element with content after it, closed only by a later piece, is one value split up.
    Whole tags each, or pieces that are whole elements, are still items."""
    snippet = ("ANALYTICS = (\n    '<script async src=\"https://example.com/gtag.js?id=G-1\"></script>',\n"
               "    \"<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}\"\n"
               "    \"gtag('js',new Date());gtag('config','G-1');</script>\",\n)\n")
    assert findings_for("doc/render/html.py", snippet) == []
    rows = "ROWS = [\n    '<tr><td>a</td>'\n    '<td>b</td></tr>',\n    '<tr><td>c</td></tr>',\n]\n"
    assert findings_for("a.py", rows) == []
    whole = "ROWS = [\n    '<li>a</li>',\n    '<li>b</li>'\n    '<li>c</li>',\n]\n"
    assert codes(findings_for("a.py", whole)) == ["RL116"]
    tags = "TAGS = [\n    '<br>',\n    '<b>'\n    '</b>',\n]\n"
    assert codes(findings_for("a.py", tags)) == ["RL116"]


def test_prose_split_in_a_list_or_among_prose_items_is_still_a_lost_comma():
    """Only a tuple that mixes a name and prose is a record: a list appends (argv, messages), and a tuple
    of sentences alone is a list of like items written with parentheses."""
    assert codes(findings_for("a.py", "ARGV = [\n    'echo',\n    'hello world',\n    'bye now'\n    'see you',\n]\n")) \
        == ["RL116"]
    assert codes(findings_for("a.py", "LINES = (\n    'hello world',\n    'bye now'\n    'see you later',\n)\n")) \
        == ["RL116"]
