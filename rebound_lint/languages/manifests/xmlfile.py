"""XML (pom.xml, *.csproj and other MSBuild files, AndroidManifest.xml, *.xml): well-formedness,
from the bytes (the file's own encoding declaration decides), with defusedxml's SAX parser
without namespace processing (an undeclared prefix is a namespace matter, not XML 1.0), so
entity expansion and external references are never followed (a DOCTYPE naming an external DTD
is fine; the DTD is not fetched). Two root elements after a concatenation, or a tag broken by a
merge, is RL471; three or more sibling elements with no XML declaration are a fragment (an external
parsed entity another document includes: WiX locale strings), checked as one. A file that declares entities is not checked (defusedxml refuses it for safety,
not because it is malformed), nor is a template that renders to XML (`{{ }}`, `{% %}`, `<% %>`,
front matter), an XHTML file (often a fragment), or a fragment using entities that the
document including it declares. Test data holding control characters XML forbids (a recorded feed
for a lenient reader) is checked with them blanked. An attribute repeated within one line (Go's encoding/xml
reads it: chroma's lexers) is a note and the rest is checked; a merge keeps whole lines, so one on lines of
its own stays RL471."""
from __future__ import annotations

import re

from ...findings import Finding
from .. import opens_as_xml
from ..test_inputs import in_test_dir, quiet_on_deliberately_invalid

ENTITY = re.compile(rb"&([A-Za-z_][\w.-]*);")
PREDEFINED = {b"lt", b"gt", b"amp", b"apos", b"quot"}
TEMPLATE = re.compile(rb"\{\{|\{%|<%|\A---\r?\n")  # Go/Jinja/Liquid/ERB templates, front matter


# C0 control characters XML 1.0 forbids (tab, LF and CR are allowed)
FORBIDDEN_CONTROL = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f]")
ENCODING_DECLARED = re.compile(rb"<\?xml[^>]*\bencoding\s*=")
SPACES = re.compile(rb"\s*")


def _no_element(data: bytes) -> bool:
    """Whether data holds no element at all: only whitespace, comments, processing instructions
    and a DOCTYPE (what an XML file may hold outside its root element). A linear scan."""
    at, end = (3 if data.startswith(b"\xef\xbb\xbf") else 0), len(data)
    while True:
        at = SPACES.match(data, at).end()
        if at >= end:
            return True
        if data.startswith(b"<!--", at):
            close = data.find(b"-->", at + 4)
            if close < 0:
                return False
            at = close + 3
        elif data.startswith(b"<?", at):
            close = data.find(b"?>", at + 2)
            if close < 0:
                return False
            at = close + 2
        elif data.startswith(b"<!DOCTYPE", at):
            close = data.find(b">", at)
            subset = data.find(b"[", at, close if close >= 0 else end)
            if subset >= 0:
                close = data.find(b">", data.find(b"]", subset))
            if close < 0:
                return False
            at = close + 1
        else:
            return False


# Top-level elements for a file without a declaration to be a fragment: two halves of a conflict over a whole
# document kept give two roots, never three
FRAGMENT_AT_LEAST = 3


def _top_level_elements(data: bytes) -> int:
    """How many elements stand side by side at the top of data read as the content of one element (an
    external parsed entity, XML 1.0 section 4.3.2); 0 when even that is not well-formed."""
    from xml.sax import SAXParseException
    from xml.sax.handler import ContentHandler

    from defusedxml import DefusedXmlException
    from defusedxml.sax import parseString

    class Counter(ContentHandler):
        depth = count = 0

        def startElement(self, name, attrs):
            self.depth += 1
            self.count += self.depth == 2

        def endElement(self, name):
            self.depth -= 1

    counter = Counter()
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        parseString(b"<fragment>" + body + b"</fragment>", counter, forbid_external=False)
    except (SAXParseException, DefusedXmlException, ValueError, LookupError):
        return 0
    return counter.count


def _starts_as_markup(data: bytes) -> bool:
    """Whether the first character after a BOM and white space is `<`, as in every XML document."""
    data = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    return data.lstrip()[:1] in (b"<", b"")


UTF8_BOM = b"\xef\xbb\xbf"
DECLARED_VALUE = re.compile(rb"(<\?xml[^>]*?\bencoding\s*=\s*)([\"'])[^\"']*\2")


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-8 BOM names (a UTF-16 BOM's file declares in UTF-16: expat reads those)."""
    return "UTF-8" if data.startswith(UTF8_BOM) else None


def _control_on_line(data: bytes, line: int) -> bool:
    """Whether the 1-based line of data (an 8-bit or UTF-8 encoding: UTF-16's NULs are not
    controls) holds a control character XML forbids."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:200]:
        return False
    start = 0
    for _ in range(line - 1):
        start = data.find(b"\n", start) + 1
        if start == 0:
            return False
    end = data.find(b"\n", start)
    return FORBIDDEN_CONTROL.search(data, start, end if end >= 0 else len(data)) is not None


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


ONE_LINE_TAG = re.compile(rb"<[A-Za-z_][\w.:-]*((?:[ \t]+[^\s=/>]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'))+)[ \t]*/?>")
ATTRIBUTE = re.compile(rb"([^\s=/>]+)[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*')")


def _without_repeats_within_a_line(data: bytes) -> bytes:
    """data with every later copy of an attribute repeated within a one-line tag blanked (same length)."""
    spans = []
    for tag in ONE_LINE_TAG.finditer(data):
        seen = set()
        for attribute in ATTRIBUTE.finditer(data, tag.start(1), tag.end(1)):
            if attribute.group(1) in seen:
                spans.append(attribute.span())
            seen.add(attribute.group(1))
    if not spans:
        return data
    out = bytearray(data)
    for start, end in spans:
        out[start:end] = b" " * (end - start)
    return bytes(out)


@quiet_on_deliberately_invalid
def check(source, config):
    from xml.sax import SAXParseException
    from xml.sax.handler import ContentHandler

    from defusedxml import DefusedXmlException
    from defusedxml.sax import parseString

    if source.path.lower().endswith((".xhtml", ".xht")):
        source.note("XHTML: often a fragment or a rendered test output, not a document: conflict markers checked only")
        return []
    if TEMPLATE.search(source.data):
        source.note("templated XML (Go, Jinja, Liquid, ERB or front matter): conflict markers checked only")
        return []
    data = source.data
    if b"<" not in data:
        # no markup at all (SQLPage's `/* !include .../tabler-sprite.svg */`, which its build replaces): a
        # placeholder, not a document a merge broke (both halves of one keep its markup)
        source.note("no markup at all (a placeholder a build fills in?): not XML yet, nothing to parse")
        return []
    if _no_element(data):
        # no element at all: a header template (spotless's copyright.xml), a placeholder; keeping both
        # halves of a conflict adds elements, it never removes every one
        source.note("XML without any element (a comment-only header template or a placeholder): nothing to parse")
        return []
    blanked_entities = blanked_controls = renamed_encoding = blanked_repeats = False
    for _ in range(5):
        try:
            # Namespaces off: XML 1.0 well-formedness, not namespace rules. An external DTD named in a
            # DOCTYPE (SVG, checkstyle) is allowed but never loaded: the SAX reader's external_ges is off.
            parseString(data, ContentHandler(), forbid_external=False)
        except SAXParseException as exc:
            if exc.getMessage() == "undefined entity":
                # A fragment whose entities the including document declares (DocBook chapters): blank
                # them, positions kept, and check the rest.
                source.note("XML fragment using entities it does not declare")
                if blanked_entities:
                    return []
                blanked_entities = True
                data = ENTITY.sub(lambda m: m.group() if m.group(1) in PREDEFINED else b" " * len(m.group()), data)
                continue
            if exc.getMessage() == "encoding specified in XML declaration is incorrect" and not renamed_encoding:
                named = _bom_encoding(data)
                if named is not None:
                    renamed_encoding = True
                    # the BOM names the encoding for certain: readers that follow it (MSXML, .NET) read the
                    # file; the declaration's other name is a leftover of an earlier save (UTF-16 -> UTF-8)
                    source.note(f"XML whose BOM says {named} and whose declaration names another encoding: "
                                "read as the BOM says, the rest checked")
                    data = DECLARED_VALUE.sub(lambda m: m.group(1) + m.group(2) + named.encode() + m.group(2), data,
                                              count=1)
                    continue
            if exc.getMessage() == "duplicate attribute" and not blanked_repeats:
                # an attribute repeated within one line (chroma's lexers: `<push state="#pop" state="x"/>`, a list
                # Go's encoding/xml reads, as it refuses no repeated attribute): a lenient reader's dialect. A merge
                # keeps whole lines, so it never writes one; one on lines of its own stays RL471. Later copies
                # blanked, positions kept, and the rest checked.
                blanked_repeats = True
                without = _without_repeats_within_a_line(data)
                if without != data:
                    source.note(f"an attribute repeated within one line (line {exc.getLineNumber()}: a lenient "
                                "reader's dialect, such as Go's encoding/xml reads): the rest checked")
                    data = without
                    continue
            if exc.getMessage() == "not well-formed (invalid token)" and in_test_dir(source.path) \
                    and not _utf8(data) and not ENCODING_DECLARED.search(data[:200]):
                # test data in a legacy encoding that declares none: the input of a charset test
                source.note("test data not in UTF-8 and declaring no encoding (a charset test's input?): "
                            "conflict markers checked only")
                return []
            if exc.getMessage() == "not well-formed (invalid token)" and not blanked_controls \
                    and in_test_dir(source.path) and _control_on_line(data, exc.getLineNumber()):
                # a recorded document (a feed as a site served it) with characters XML 1.0 forbids, which
                # the reader under test strips; no merge writes one. Blank them, positions kept, and check
                # the rest.
                source.note("test data holding control characters XML 1.0 forbids (a recorded document for a "
                            "lenient reader?): checked without them")
                blanked_controls = True
                data = FORBIDDEN_CONTROL.sub(b" ", data)
                continue
            if in_test_dir(source.path) and not _starts_as_markup(data):
                # test data that is not XML from its first byte (an export a lenient importer reads, a raw
                # string's quote kept): another shape on purpose. A merge keeps a file's first line of
                # markup (both halves kept still start with one), so it never writes this.
                source.note("test data that is not XML from its first byte (an input for a lenient reader?): "
                            "conflict markers checked only")
                return []
            if exc.getMessage() == "junk after document element" and not opens_as_xml(data[:64]):
                siblings = _top_level_elements(data)
                if siblings >= FRAGMENT_AT_LEAST:
                    source.note(f"an XML fragment of {siblings} sibling elements and no declaration (an external "
                                "parsed entity, included by another document): checked as one")
                    return []
            return [Finding(source.path, exc.getLineNumber(), exc.getColumnNumber() + 1, "RL471",
                            f"not well-formed XML: {exc.getMessage()}")]
        except DefusedXmlException as exc:
            source.note(f"XML not checked: {exc}")
        except (ValueError, LookupError) as exc:  # an encoding Python does not know
            source.note(f"XML not checked: {exc}")
        return []
    return []  # pragma: no cover - the loop returns
