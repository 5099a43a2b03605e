import io

from lxml import etree

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)


def read_envelope(body: bytes) -> tuple[str, dict]:
    tree = etree.parse(io.BytesIO(body), PARSER)  # cg-expect: CWE-611
    payload = tree.find(f"{{{SOAP_NS}}}Body")
    if payload is None or len(payload) == 0:
        return "", {}
    op = payload[0]
    action = etree.QName(op).localname
    params = {etree.QName(child).localname: (child.text or "") for child in op}
    return action, params


def build_response(action: str, values: dict) -> bytes:
    env = etree.Element(f"{{{SOAP_NS}}}Envelope", nsmap={"soap": SOAP_NS})
    body = etree.SubElement(env, f"{{{SOAP_NS}}}Body")
    resp = etree.SubElement(body, action + "Response")
    for key, value in values.items():
        etree.SubElement(resp, key).text = value
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")
