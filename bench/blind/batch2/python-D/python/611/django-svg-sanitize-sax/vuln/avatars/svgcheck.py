import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

import defusedxml.sax

FORBIDDEN_TAGS = {"script", "foreignObject", "iframe"}


class SvgInspector(ContentHandler):
    def __init__(self):
        super().__init__()
        self.problems = []
        self.root = None
        self.text = []

    def startElement(self, name, attrs):
        if self.root is None:
            self.root = name
        if name in FORBIDDEN_TAGS or any(a.lower().startswith("on") for a in attrs.getNames()):
            self.problems.append(name)

    def characters(self, content):
        self.text.append(content)


def inspect_svg(data: bytes) -> SvgInspector:
    handler = SvgInspector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(data))  # cg-expect: CWE-611
    return handler
