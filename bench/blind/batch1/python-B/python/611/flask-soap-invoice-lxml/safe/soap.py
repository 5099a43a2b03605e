from lxml import etree

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
INV_NS = "urn:acme:billing:invoice:v2"

_parser = etree.XMLParser(
    load_dtd=False,
    resolve_entities=False,
    no_network=True,
    remove_blank_text=True,
)


def parse_envelope(raw: bytes) -> dict:
    try:
        root = etree.fromstring(raw, parser=_parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed envelope: {exc}") from exc

    body = root.find(f"{{{SOAP_NS}}}Body")
    if body is None:
        raise ValueError("missing soap:Body")
    inv = body.find(f"{{{INV_NS}}}Invoice")
    if inv is None:
        raise ValueError("missing Invoice element")

    return {
        "customer": inv.findtext(f"{{{INV_NS}}}CustomerRef", default=""),
        "amount": inv.findtext(f"{{{INV_NS}}}Amount", default="0"),
        "currency": inv.findtext(f"{{{INV_NS}}}Currency", default="EUR"),
        "memo": inv.findtext(f"{{{INV_NS}}}Memo", default=""),
    }


def build_fault(code: str, message: str) -> bytes:
    env = etree.Element(f"{{{SOAP_NS}}}Envelope", nsmap={"soap": SOAP_NS})
    body = etree.SubElement(env, f"{{{SOAP_NS}}}Body")
    fault = etree.SubElement(body, f"{{{SOAP_NS}}}Fault")
    etree.SubElement(fault, "faultcode").text = f"soap:{code}"
    etree.SubElement(fault, "faultstring").text = message
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")


def build_ack(invoice_id: int) -> bytes:
    env = etree.Element(f"{{{SOAP_NS}}}Envelope", nsmap={"soap": SOAP_NS})
    body = etree.SubElement(env, f"{{{SOAP_NS}}}Body")
    ack = etree.SubElement(body, f"{{{INV_NS}}}InvoiceAccepted", nsmap={"inv": INV_NS})
    ack.set("id", str(invoice_id))
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")
