import io
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

import defusedxml.sax


class MetadataHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.entity_id = None
        self.sso_urls = []

    def startElement(self, name, attrs):
        if name.endswith("EntityDescriptor"):
            self.entity_id = attrs.get("entityID")
        elif name.endswith("SingleSignOnService"):
            self.sso_urls.append(attrs.get("Location"))


def parse_metadata(body: bytes) -> dict:
    handler = MetadataHandler()
    parser = defusedxml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(body))
    return {"entity_id": handler.entity_id, "sso": handler.sso_urls}
