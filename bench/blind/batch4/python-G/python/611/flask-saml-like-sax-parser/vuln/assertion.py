import io
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class AttrHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.attrs, self._cur, self._buf = {}, None, []

    def startElement(self, name, attrs):
        if name == "Attribute":
            self._cur = attrs.get("Name")
            self._buf = []

    def characters(self, content):
        if self._cur:
            self._buf.append(content)

    def endElement(self, name):
        if name == "Attribute" and self._cur:
            self.attrs[self._cur] = "".join(self._buf).strip()
            self._cur = None


def read_assertion(raw: bytes) -> dict:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_pes, False)
    handler = AttrHandler()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(raw))  # cg-expect: CWE-611
    return handler.attrs
