from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


class InvoiceError(ValueError):
    pass


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=False)


def parse_invoice(data: bytes) -> dict:
    try:
        root = etree.fromstring(data, parser=_parser())  # cg-expect: CWE-611
    except etree.XMLSyntaxError as exc:
        raise InvoiceError(str(exc)) from exc
    number = root.findtext("cbc:ID", namespaces=NS)
    issued = root.findtext("cbc:IssueDate", namespaces=NS)
    note = root.findtext("cbc:Note", namespaces=NS)
    if not number:
        raise InvoiceError("invoice number missing")
    return {"number": number, "issued": issued, "note": note}
