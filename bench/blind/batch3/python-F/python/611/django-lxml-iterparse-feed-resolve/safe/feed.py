from lxml import etree


def read_feed(fileobj) -> list[dict]:
    items = []
    for _, el in etree.iterparse(fileobj, events=("end",), tag="item", load_dtd=False, resolve_entities=False, no_network=True):
        items.append({"sku": el.findtext("sku"), "title": el.findtext("title"), "price": el.findtext("price")})
        el.clear()
    return items
