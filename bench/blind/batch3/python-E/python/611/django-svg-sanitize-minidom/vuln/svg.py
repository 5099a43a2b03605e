import io
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

class _Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.tags = 0
        self.text = []

    def startElement(self, name, attrs):
        self.tags += 1

    def characters(self, content):
        self.text.append(content)

class SvgInspector:
    def inspect(self, data: bytes) -> dict:
        parser = xml.sax.make_parser()
        handler = _Collector()
        parser.setContentHandler(handler)
        parser.setFeature(feature_external_ges, True)
        parser.parse(io.BytesIO(data))  # cg-expect: CWE-611
        return {"elements": handler.tags, "text": "".join(handler.text)[:500]}
