from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_invoice(raw: bytes) -> dict:
    root = etree.fromstring(raw, parser=_PARSER)  # cg-expect: CWE-611
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "total": root.findtext("total"),
    }
