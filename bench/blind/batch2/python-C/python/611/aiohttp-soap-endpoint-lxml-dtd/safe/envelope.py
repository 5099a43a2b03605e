from lxml import etree

NS = {"s": "http://schemas.xmlsoap.org/soap/envelope/"}


class SoapEnvelope:
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)

    def __init__(self, root):
        self.root = root

    @classmethod
    def parse(cls, raw: bytes) -> "SoapEnvelope":
        return cls(etree.fromstring(raw, cls.parser))

    def body_text(self, path: str) -> str:
        body = self.root.find("s:Body", NS)
        if body is None:
            return ""
        node = body.find(path)
        return (node.text or "").strip() if node is not None else ""
