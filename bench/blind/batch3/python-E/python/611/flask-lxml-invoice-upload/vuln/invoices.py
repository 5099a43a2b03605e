from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)

def parse_invoice(data: bytes) -> dict:
    root = etree.fromstring(data, parser=_PARSER)  # cg-expect: CWE-611
    return {"number": root.findtext("number"), "total": root.findtext("total"), "customer": root.findtext("customer/name")}
