from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

def parse_invoice(data: bytes) -> dict:
    root = etree.fromstring(data, parser=_PARSER)  # hardened parser
    return {"number": root.findtext("number"), "total": root.findtext("total"), "customer": root.findtext("customer/name")}
