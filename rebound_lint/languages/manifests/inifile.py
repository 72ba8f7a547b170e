"""INI-style config. Files Python tools read with `configparser` (setup.cfg, tox.ini, .flake8,
mypy.ini, .coveragerc, pylintrc, ...) are parsed strictly (`strict=True`): a line configparser
cannot read is RL461, and every section (RL462) or option (RL463) defined twice is reported with
both lines. Other `*.ini` files are read by readers of their own (uWSGI, systemd, PHP, Ansible
inventories: a repeated option is a list there), so only their syntax is looked at where
configparser reads them at all, never their repeats; git and Mercurial config files allow
repeated keys and are not checked. `.editorconfig` gets its own
reading: a preamble before the first section, and options given twice in one section (RL464, a
warning: EditorConfig's readers keep the last value)."""
from __future__ import annotations

import configparser
import re

from ...findings import Finding
from ..test_inputs import quiet_on_deliberately_invalid

CONFIGPARSER_FILES = {"setup.cfg", "tox.ini", ".flake8", "pytest.ini", "mypy.ini", ".mypy.ini", ".coveragerc",
                      ".pylintrc", "pylintrc", "alembic.ini", ".isort.cfg", ".bumpversion.cfg", ".codespellrc",
                      ".pypirc", ".rstcheck.cfg", ".sqlfluff", ".gitlint", "pyinstaller.ini", "setup.ini"}
# readers that keep option names as written (optionxform = str): there `A` and `a` are two options
CASE_KEPT = {".sqlfluff"}  # sqlfluff's config loader (core/config/ini.py)
MULTI_VALUED = {".gitconfig", ".hgrc", "hgrc", "gitconfig"}
SECTION = re.compile(r"\[(?P<header>.+)\]")  # configparser's SECTCRE
OPTION = re.compile(r"(?P<option>.*?)\s*(?P<vi>[=:])\s*(?P<value>.*)$")  # its OPTCRE


@quiet_on_deliberately_invalid
def check(source, config):
    name = source.path.replace("\\", "/").rsplit("/", 1)[-1]
    if name in MULTI_VALUED:
        source.note("git/Mercurial config: repeated keys are allowed, not checked")
        return []
    strict = name in CONFIGPARSER_FILES or name == ".editorconfig"
    try:
        text = source.text
    except UnicodeDecodeError:
        if strict:  # read as UTF-8 by the tools that read it
            raise
        source.note("not UTF-8: an INI file in a legacy encoding, not checked")
        return []
    if name == ".editorconfig":
        return list(_editorconfig(source.path, text))
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        if not strict:
            source.note(f"not read as configparser INI ({type(exc).__name__}): not checked")
            return []
        return [_syntax_error(source.path, exc)]
    if not strict and _configparser_reader(parser):
        strict = True
    if not strict:  # only a reader known to refuse repeats makes a repeat certain
        other = _other_dialect(name, parser) or ("an INI file for a reader not known to refuse repeats (uWSGI, "
                                                 "systemd and PHP read a repeated option as a list)")
        source.note(f"{other}: repeated keys may be meant, not checked")
        return []
    return list(_duplicates(source.path, text, fold_case=strict and name not in CASE_KEPT))


# Sections that say Python's configparser reads the file, whatever its name: PasteDeploy's
# ([app:main], [composite:...], [pipeline:...], [filter:...]) and logging.config.fileConfig's.
CONFIGPARSER_SECTIONS = re.compile(r"^(app|composite|pipeline|filter|server):|^(loggers|handlers|formatters)$")


def _configparser_reader(parser: configparser.RawConfigParser) -> bool:
    return any(CONFIGPARSER_SECTIONS.match(section) for section in parser.sections())


def _other_dialect(name: str, parser: configparser.RawConfigParser) -> str:
    """Why an `*.ini` file that configparser reads is of a dialect where repeats are meant."""
    keys = {key for section in parser.sections() for key in parser[section]}
    if "php" in name.lower() or keys & {"extension", "zend_extension"} or any(k.endswith("[]") for k in keys):
        return "PHP ini (repeated extension= and key[] = lines add to lists)"
    if any(section.endswith((":vars", ":children")) for section in parser.sections()) or any(" " in k for k in keys):
        return "Ansible inventory (host lines, group:vars)"
    return ""


def _syntax_error(path: str, exc: configparser.Error) -> Finding:
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return Finding(path, exc.lineno, 1, "RL461", "option before the first [section] header")
    if isinstance(exc, configparser.ParsingError) and exc.errors:
        line, text = exc.errors[0]
        return Finding(path, line, 1, "RL461", f"configparser cannot read this line: {text.strip()[:60]}")
    return Finding(path, 1, 1, "RL461", str(exc).splitlines()[0])


def _duplicates(path: str, text: str, fold_case: bool):
    """Every section and option defined twice, following configparser's reading of lines
    (full-line comments, continuation lines indented deeper than their option, options
    lower-cased where configparser is the reader); the keys of a duplicated section are not
    reported again."""
    sections: dict[str, int] = {}
    options: dict[str, int] | None = None
    option_indent, in_value = 0, False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        indent = len(line) - len(line.lstrip())
        if in_value and indent > option_indent:
            continue  # a continuation line
        header = SECTION.match(stripped)
        if header:
            name = header.group("header")
            if name in sections:
                yield Finding(path, number, 1, "RL462", f"section [{name}] defined twice (first on line {sections[name]})")
                options = {}  # its options: the duplicate's own
            else:
                sections[name] = number
                options = {}
            in_value = False
            continue
        option = OPTION.match(stripped)
        if options is None or not option:
            in_value = False
            continue
        key = option.group("option").strip()
        key = key.lower() if fold_case else key
        if key in options:
            yield Finding(path, number, 1, "RL463", f"option {key!r} defined twice in one section (first on line "
                          f"{options[key]})")
        else:
            options[key] = number
        option_indent, in_value = indent, True


def _editorconfig(path: str, text: str):
    options: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            options = {}
            continue
        key, equals, _value = stripped.partition("=")
        if not equals:
            continue  # editorconfig parsers ignore what they cannot read
        key = key.strip().lower()
        if key in options:
            yield Finding(path, number, 1, "RL464", f"option {key!r} defined twice in one section (first on line "
                          f"{options[key]}): the last one wins, the first is dead")
        else:
            options[key] = number
