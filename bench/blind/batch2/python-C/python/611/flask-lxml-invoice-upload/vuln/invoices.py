from lxml import etree

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_invoice(data: bytes) -> dict:
    root = etree.fromstring(data, parser=_parser)  # cg-expect: CWE-611
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
