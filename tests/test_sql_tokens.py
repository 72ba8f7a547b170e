"""The psql tokenizer's regexes look ahead for a token's first character before trying the
alternatives: the same tokens, found from any position, as without the look-ahead."""
import random
import re
from pathlib import Path

from conftest import FIXTURES

from rebound_lint.languages import sql

NODE_KINDS = Path(__file__).parent / "data" / "sql" / "node_kinds.sql"
PSQL_NOISE = ["\\", "\\gset\n", "\\set x 1\n", " \\\\ ", ":x", ":'x'", ':"x"', "::", ":=", "E'", "e'a\\'b'", "'",
              '"', "$$", "$f$", "--", "/*", "*/", ";", "MODULE_PATHNAME", "xMODULE_PATHNAME", "\n  \\d t\n", "é"]
UNFILTERED = {
    "PSQL_TOKEN": re.compile(sql._PSQL_TOKEN.format(meta=r"\\"), re.M | re.S),
    "PSQL_TOKEN_LINE_META": re.compile(sql._PSQL_TOKEN.format(meta=r"^[ \t]*\\"), re.M | re.S),
}


def _texts():
    texts = [p.read_text(encoding="utf-8") for p in [NODE_KINDS, *sorted(FIXTURES.rglob("*.sql"))]]
    rng = random.Random(23)
    for _ in range(300):
        text = rng.choice(texts[:12])
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(PSQL_NOISE) + text[at:]
        texts.append(text)
    return texts


def _tokens(regex, text, pos=0):
    return [(m.start(), m.end(), m.lastgroup, m.group()) for m in regex.finditer(text, pos)]


def test_the_look_ahead_finds_the_same_tokens_from_anywhere():
    rng = random.Random(29)
    found = 0
    for text in _texts():
        for name, unfiltered in UNFILTERED.items():
            regex = getattr(sql, name)
            tokens = _tokens(regex, text)
            assert tokens == _tokens(unfiltered, text)
            found += len(tokens)
            for pos in rng.sample(range(len(text) + 1), min(20, len(text) + 1)):
                ours, theirs = regex.search(text, pos), unfiltered.search(text, pos)
                assert (ours and (ours.span(), ours.lastgroup)) == (theirs and (theirs.span(), theirs.lastgroup))
    assert found > 10000


def test_prepare_makes_the_same_script(monkeypatch):
    texts = _texts()
    ours = [(sql.prepare(t), sql.prepare(t, postgres=False)) for t in texts]
    for name, unfiltered in UNFILTERED.items():
        monkeypatch.setattr(sql, name, unfiltered)
    assert ours == [(sql.prepare(t), sql.prepare(t, postgres=False)) for t in texts]
