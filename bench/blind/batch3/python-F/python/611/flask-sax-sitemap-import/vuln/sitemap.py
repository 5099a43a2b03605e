import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes


class _LocHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self._in_loc = False
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        if name == "loc":
            self._in_loc, self._buf = True, []

    def characters(self, content):
        if self._in_loc:
            self._buf.append(content)

    def endElement(self, name):
        if name == "loc":
            self.urls.append("".join(self._buf).strip())
            self._in_loc = False


def parse_sitemap(raw: bytes) -> list[str]:
    parser = xml.sax.make_parser()
    handler = _LocHandler()
    parser.setContentHandler(handler)
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_pes, False)
    parser.parse(io.BytesIO(raw))  # cg-expect: CWE-611
    return handler.urls
