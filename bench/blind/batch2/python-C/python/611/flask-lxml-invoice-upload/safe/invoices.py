from lxml import etree

_parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


def parse_invoice(data: bytes) -> dict:
    root = etree.fromstring(data, parser=_parser)
    lines = []
    for line in root.iterfind("line"):
        lines.append({
            "description": line.findtext("description"),
            "amount": float(line.findtext("amount") or 0),
        })
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "lines": lines,
        "total": sum(l["amount"] for l in lines),
    }
