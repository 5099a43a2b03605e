from lxml import etree


def read_feed(fileobj) -> list[dict]:
    items = []
    for _, el in etree.iterparse(fileobj, events=("end",), tag="item", load_dtd=True, resolve_entities=True, no_network=False):  # cg-expect: CWE-611
        items.append({"sku": el.findtext("sku"), "title": el.findtext("title"), "price": el.findtext("price")})
        el.clear()
    return items
