import io
import xml.sax
from xml.sax.handler import feature_external_ges


class InvoiceHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.number, self.lines, self.total, self._buf = "", [], 0.0, []

    def startElement(self, name, attrs):
        self._buf = []

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if name == "number":
            self.number = text
        elif name == "amount":
            self.lines.append(float(text))
            self.total += float(text)


def parse_invoice(raw: bytes) -> InvoiceHandler:
    handler = InvoiceHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(raw))  # cg-expect: CWE-611
    return handler
