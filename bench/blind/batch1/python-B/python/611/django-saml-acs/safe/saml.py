from lxml import etree

NS = {
    "samlp": "urn:oasis:names:tc:SAML:2.0:protocol",
    "saml": "urn:oasis:names:tc:SAML:2.0:assertion",
}


class SamlError(Exception):
    pass


def _parser():
    return etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


def parse_response(xml_bytes: bytes) -> dict:
    try:
        doc = etree.XML(xml_bytes, _parser())
    except etree.XMLSyntaxError as exc:
        raise SamlError("malformed SAML response") from exc

    status = doc.find("samlp:Status/samlp:StatusCode", NS)
    if status is None or not status.get("Value", "").endswith(":Success"):
        raise SamlError("IdP reported failure")

    name_id = doc.findtext(".//saml:Subject/saml:NameID", namespaces=NS)
    if not name_id:
        raise SamlError("no NameID")
    attrs = {}
    for attr in doc.iterfind(".//saml:AttributeStatement/saml:Attribute", NS):
        attrs[attr.get("Name")] = [v.text for v in attr.iterfind("saml:AttributeValue", NS)]
    # signature verification happens in users.user_for_assertion via xmlsec
    return {"name_id": name_id, "attributes": attrs, "doc": doc}
