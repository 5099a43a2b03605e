from lxml import etree

NS = {"soap": "http://schemas.xmlsoap.org/soap/envelope/", "inv": "urn:example:inventory"}


class SoapHandler:
    def __init__(self):
        self.parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)

    def handle(self, body: bytes) -> bytes:
        doc = etree.fromstring(body, self.parser)  # cg-expect: CWE-611
        sku = doc.findtext(".//inv:sku", namespaces=NS) or ""
        resp = etree.Element("{%s}Envelope" % NS["soap"], nsmap={"soap": NS["soap"]})
        body_el = etree.SubElement(resp, "{%s}Body" % NS["soap"])
        etree.SubElement(body_el, "sku").text = sku
        etree.SubElement(body_el, "available").text = "0"
        return etree.tostring(resp)
