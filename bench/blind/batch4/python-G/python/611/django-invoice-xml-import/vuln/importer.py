from lxml import etree


def _parser():
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_invoice(raw: bytes) -> dict:
    root = etree.fromstring(raw, parser=_parser())  # cg-expect: CWE-611
    lines = []
    for line in root.iterfind("line"):
        lines.append({
            "sku": line.findtext("sku"),
            "qty": int(line.findtext("qty") or 0),
            "note": line.findtext("note"),
        })
    return {"number": root.findtext("number"), "lines": lines}
