"""Issue 17: a corpus of hostile file names and contents, tracked in a real git repository, run
through the real CLI in every output format (stdout and -o FILE) and the GitHub step summary.
What must hold for each: exit 1, no traceback, valid UTF-8, every file named (escaped), one
text line per finding (no line forged by a name or a message), no raw control character."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pytest
from conftest import OURS, SEP, THEIRS, GitRepo

from rebound_lint.report.safe import utf8

DUP = "a: 1\na: 2\n"  # RL402
FORGED = "forged.py:1:1: RL001 forged finding"
BIDI = "\u202e"

NAMES: dict[bytes, bytes] = {  # hostile names (each file has a finding)
    b"bad\xff\xfe.yaml": DUP.encode(),
    b"esc\x1b[31mred\x1b[0m.yaml": DUP.encode(),
    b"osc\x1b]0;owned\x07.yaml": DUP.encode(),
    b"bel\x07.yaml": DUP.encode(),
    b"cr\rname.yaml": DUP.encode(),
    b"lf\n" + FORGED.encode() + b".yaml": DUP.encode(),
    b"tab\tname.yaml": DUP.encode(),
    b"pipe|name|.yaml": DUP.encode(),
    b"back`tick``s`.yaml": DUP.encode(),
    b"![i](http:/x)/img.yaml": DUP.encode(),  # `/` cannot be in a name: a directory holds the rest
    b"link[x](javascript:alert(1)).yaml": DUP.encode(),
    b"%0A%0D%25.yaml": DUP.encode(),
    b"::error file=x::pwned.yaml": DUP.encode(),
    ("rtl" + BIDI + "lmy.yaml").encode(): DUP.encode(),
    b"-rf.py": f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} br\n".encode(),
    b"--help.yaml": DUP.encode(),
    b"d" * 200 + b"/" + b"e" * 240 + b".yaml": DUP.encode(),
    "caf\u00e9 \u2028sep\u2029.yaml".encode(): DUP.encode(),
    # issue 26: names that a hook would once have read as options
    b"--exit-zero": f"{OURS} HEAD\nx = 1\n{SEP}\nx = 2\n{THEIRS} br\n".encode(),
    b"--select=RL009.yaml": DUP.encode(),
    b"--output=stolen.yaml": DUP.encode(),
}

CONTENTS: dict[bytes, bytes] = {  # hostile contents under plain names
    b"labels.py": (f"x = 1\n{OURS} HEAD\x1b]0;owned\x07\x1b[2J\ny = 2\n{SEP}\ny = 3\n"
                   f"{THEIRS} feature\x07\x1b[31m\r\n").encode(),
    b"cr_only.py": f"x = 1\r{OURS} HEAD\ry = 2\r{SEP}\ry = 3\r{THEIRS} br\r".encode(),
    b"forge.sql": (f'CREATE TABLE "t\n{FORGED}" (a int);\nCREATE TABLE "t\n{FORGED}" (a int);\n').encode(),
    b"keys.yaml": b'"k\\e]0;x\\a\\n' + FORGED.encode() + b'": 1\n"k\\e]0;x\\a\\n' + FORGED.encode() + b'": 2\n',
    b"nul.py": b"x = 1\n" * 2000 + b"y = '\x00'\n",  # the NUL past the binary sniff: Python refuses it
    b"latin.py": b"name = 'Caf\xe9'\n",
    b"huge.yaml": b"a: " + b"x" * 2_000_000 + b"\na: 2\n",
    b"deep.json": b"[" * 100_000 + b"]" * 100_000,
    # issue 26: pathological data and messages
    b"nan.json": b'{"a": NaN, "b": -Infinity}\n',  # RL411: not JSON (RFC 8259)
    b"bigint.json": b'{"a": 1, "b": ' + b"9" * 5000 + b', "a": 2}\n',  # RL412, not an internal error
    b"bigint.toml": b"a = " + b"9" * 5000 + b"\nb = 1\nb = 2\n",  # RL421 and RL422
    b"dotted.toml": b".".join([b"k"] * 100_000) + b" = 1\n",  # RL012, not minutes and gigabytes
    b"open_dollar.sql": b"SELECT $$" + b"x" * 1_000_000 + b"\n",  # RL201 with a capped message
    b"bidi.py": ("x = 1  # " + BIDI + "\n" + OURS + " HEAD " + BIDI + "\nx = 2\n" + SEP + "\nx = 3\n" + THEIRS
                 + " br\n").encode(),
}

FORMATS = ["text", "json", "sarif", "github"]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "repo"
    repo = GitRepo(root)
    for name, data in {**NAMES, **CONTENTS}.items():
        path = Path(os.fsdecode(root)) / os.fsdecode(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "hostile")
    return root


def _displays() -> set[str]:
    """Each file's path as the JSON report names it (bytes that are not UTF-8 as \\xNN)."""
    return {utf8(os.fsdecode(name)) for name in {**NAMES, **CONTENTS}}


def _run(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_"))}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "rebound_lint", *args], cwd=root, capture_output=True,
                          env=environment, timeout=300)


@pytest.fixture(scope="module")
def reports(corpus, tmp_path_factory) -> dict:
    """Every format, on stdout and written with -o, each with a GitHub step summary."""
    out = tmp_path_factory.mktemp("reports")
    found = {}
    for output_format in FORMATS:
        for where in ("stdout", "file"):
            summary = out / f"summary-{output_format}-{where}.md"
            target = out / f"report-{output_format}.out"
            args = ["check", "--no-cache", "--all-files", "-q", "--format", output_format]
            if where == "file":
                args += ["-o", str(target)]
            proc = _run(corpus, *args, env={"GITHUB_STEP_SUMMARY": str(summary)})
            report = target.read_bytes() if where == "file" else proc.stdout
            found[output_format, where] = (proc, report, summary.read_bytes() if summary.exists() else None)
    return found


@pytest.mark.parametrize("where", ["stdout", "file"])
@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_exits_1_with_valid_utf8_and_no_traceback(reports, output_format, where):
    proc, report, _ = reports[output_format, where]
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")
    assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr, proc.stderr
    report.decode("utf-8")  # strict
    proc.stderr.decode("utf-8")
    if where == "file":
        assert proc.stdout == b""


def _json_findings(reports) -> list[dict]:
    return json.loads(reports["json", "stdout"][1])["findings"]


def test_json_names_every_file(reports):
    findings = _json_findings(reports)
    assert {f["path"] for f in findings} == _displays()
    assert json.loads(reports["json", "file"][1])["findings"] == findings


def test_sarif_names_every_file_as_a_uri(reports):
    for where in ("stdout", "file"):
        log = json.loads(reports["sarif", where][1])
        uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
        assert all(re.fullmatch(r"[A-Za-z0-9/%._~!$&'()*+,;=:@-]+", uri) for uri in uris), uris
        assert {unquote_to_bytes(uri) for uri in uris} == set(NAMES) | set(CONTENTS)
        assert len(uris) == len(_json_findings(reports))


@pytest.mark.parametrize("where", ["stdout", "file"])
def test_text_has_one_line_per_finding_and_no_control_character(reports, where):
    report = reports["text", where][1].decode("utf-8")
    lines = report.splitlines()
    assert len(lines) == len(_json_findings(reports)), report
    assert all(re.fullmatch(r"\S.*:\d+:\d+: RL\d{3} .*", line) for line in lines), report
    assert max(map(len, lines)) < 2000  # every message capped (issue 26: a 1 MB line)
    assert not any(line.startswith(FORGED) or line.startswith("forged.py") for line in lines)
    assert not CONTROL.search(report.replace("\n", "")), [line for line in lines if CONTROL.search(line)]
    assert all(unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp") for char in report.replace("\n", ""))
    assert not any("\n" in part for part in report.split("\n"))
    assert len(report.split("\n")) == len(lines) + 1  # no CR, LS or PS splitting a line for a viewer


def test_text_with_source_lines_and_colour_shows_no_control_character_from_the_tree(corpus, reports):
    proc = _run(corpus, "check", "--no-cache", "--all-files", "-q", "--show-source", "--color", "always")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    report = re.sub("\x1b\\[[0-9;]*m", "", proc.stdout.decode("utf-8"))  # our own colours, nothing else
    assert not CONTROL.search(report.replace("\n", "")), [line for line in report.split("\n") if CONTROL.search(line)]
    lines = report.split("\n")[:-1]
    findings = [line for line in lines if not line.startswith("  ")]
    assert len(findings) == len(_json_findings(reports)), report
    assert all(re.fullmatch(r"\S.*:\d+:\d+: RL\d{3} .*", line) for line in findings)


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


@pytest.mark.parametrize("where", ["stdout", "file"])
def test_github_commands_are_escaped(reports, where):
    report = reports["github", where][1].decode("utf-8")
    lines = report.split("\n")[:-1]
    assert len(lines) == len(_json_findings(reports)) and report.endswith("\n")
    command = re.compile(r"::(error|warning|notice) file=([^,:]*),line=\d+,col=\d+(?:,endLine=\d+)?,"
                         r"title=([^,:]*)::(.*)")
    files = set()
    for line in lines:
        match = command.fullmatch(line)
        assert match, line
        assert "\r" not in line and not CONTROL.search(line), line
        assert not re.search(r"%(?!25|0A|0D|3A|2C)", match.group(2)), line  # a raw % would be decoded by the runner
        files.add(_unescape_data(match.group(2).replace("%3A", ":").replace("%2C", ",")))
        assert "::" not in match.group(2) + match.group(3)
    assert len(files) == len(_displays())


def _cells(row: str) -> list[str]:
    """A Markdown table row's cells: split at each `|` that no backslash escapes."""
    assert row.startswith("| ") and row.endswith(" |"), row
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row[1:-1])]


@pytest.mark.parametrize("where", ["stdout", "file"])
def test_step_summary_rows_have_four_cells_and_no_markup(reports, where):
    summary = reports["github", where][2]
    assert summary is not None
    text = summary.decode("utf-8")
    assert not CONTROL.search(text.replace("\n", ""))
    rows = [line for line in text.split("\n") if line.startswith("| ") and not line.startswith("| file |")
            and not line.startswith("| --- ")]
    assert len(rows) == len(_json_findings(reports))
    for row in rows:
        path, line, code, message = _cells(row)
        fence = re.match(r"`+", path).group(0)
        assert path.endswith(fence) and fence not in path[len(fence):-len(fence)], row  # one code span
        assert line.isdigit() and re.fullmatch(r"RL\d{3}", code), row
        assert not re.search(r"(?<!\\)[`!\[\]<>()]", message), row  # no code, image, link or HTML


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\x1b",
                                  "\x9b", "\u2028"])
def test_bidirectional_and_control_characters_are_shown_as_escapes(char):
    from rebound_lint.report.safe import visible

    shown = visible(f"a{char}b")
    assert char not in shown and shown.startswith("a\\") and shown.endswith("b")
    assert visible("caf\u00e9 \u00fc") == "caf\u00e9 \u00fc"  # letters stay as they are


# --- audit: hostile names conflicting in a merge commit whose subject is hostile too ---------------

AUDITED = [b"bad\xff\xfe.txt", b"esc\x1b[31m.txt", b"lf\n" + FORGED.encode() + b".txt", ("rtl" + BIDI + "x.txt").encode(),
           b"pipe|`b`![i](x).txt", b"%0A::error::x.txt", b"-rf.txt"]


@pytest.fixture(scope="module")
def merged(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("audit") / "repo"
    repo = GitRepo(root)

    def put(text: str) -> None:
        for name in AUDITED:
            (Path(os.fsdecode(root)) / os.fsdecode(name)).write_text(text)

    put("a\nb\nc\n")
    repo.commit(message="base")
    repo.git("checkout", "-q", "-b", "side")
    put("a\nSIDE\nc\n")
    repo.commit(message="side")
    repo.git("checkout", "-q", "main")
    put("a\nMAIN\nc\n")
    repo.commit(message="main")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "merge", "-q", "side"], cwd=root, capture_output=True, env=env)  # conflicts: committed
    # with their markers
    repo.commit(message=f"merge \x1b]0;owned\x07 {BIDI} side")
    return root


@pytest.mark.parametrize("output_format", FORMATS)
def test_audit_of_a_hostile_merge_in_every_format(merged, tmp_path, output_format):
    target = tmp_path / "audit.out"
    summary = tmp_path / "summary.md"
    for args in ([], ["-o", str(target)]):
        proc = _run(merged, "audit", "--format", output_format, *args, env={"GITHUB_STEP_SUMMARY": str(summary)})
        assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
        report = (target.read_bytes() if args else proc.stdout).decode("utf-8")
        if output_format in ("json", "sarif"):
            document = json.loads(report)
            if output_format == "json":
                assert {f["path"] for f in document["findings"]} == {utf8(os.fsdecode(n)) for n in AUDITED}
                assert {f["path"] for m in document["merges"] for f in m["files"]} == \
                    {utf8(os.fsdecode(n)) for n in AUDITED}
            continue
        assert not CONTROL.search(report.replace("\n", "")), report
        lines = report.split("\n")[:-1]
        assert not any(line.startswith(("forged.py", "::error::x")) for line in lines), report
        if output_format == "github":
            assert all(line.startswith("::") for line in lines), report
        else:
            assert sum(" RL701 " in line for line in lines) == len(AUDITED), report
