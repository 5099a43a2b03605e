from lxml import etree

ENV = "{http://schemas.xmlsoap.org/soap/envelope/}"

PARSER = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


def parse_order(raw: bytes) -> dict:
    root = etree.fromstring(raw, parser=PARSER)
    body = root.find(f"{ENV}Body")
    order = body[0]
    return {"customer": order.findtext("customer"), "sku": order.findtext("sku"), "qty": int(order.findtext("qty") or 1)}
