from lxml import etree


def _parser():
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


def parse_invoice(raw: bytes) -> dict:
    root = etree.fromstring(raw, parser=_parser())
    lines = []
    for line in root.iterfind("line"):
        lines.append({
            "sku": line.findtext("sku"),
            "qty": int(line.findtext("qty") or 0),
            "note": line.findtext("note"),
        })
    return {"number": root.findtext("number"), "lines": lines}
