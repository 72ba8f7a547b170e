"""XML (pom.xml, *.csproj and other MSBuild files, AndroidManifest.xml, *.xml): well-formedness,
from the bytes (the file's own encoding declaration decides), with defusedxml's SAX parser
without namespace processing (an undeclared prefix is a namespace matter, not XML 1.0), so
entity expansion and external references are never followed. Two root elements after a
concatenation, or a tag broken by a merge, is RL471. A file that declares entities is not
checked (defusedxml refuses it for safety, not because it is malformed)."""
from __future__ import annotations

from ...findings import Finding


def check(source, config):
    from xml.sax import SAXParseException
    from xml.sax.handler import ContentHandler

    from defusedxml import DefusedXmlException
    from defusedxml.sax import parseString

    try:
        parseString(source.data, ContentHandler())  # namespaces off: XML 1.0 well-formedness, not namespace rules
    except SAXParseException as exc:
        return [Finding(source.path, exc.getLineNumber(), exc.getColumnNumber() + 1, "RL471",
                        f"not well-formed XML: {exc.getMessage()}")]
    except DefusedXmlException as exc:
        source.note(f"XML not checked: {exc}")
    except ValueError as exc:  # an encoding Python does not know
        source.note(f"XML not checked: {exc}")
    return []
