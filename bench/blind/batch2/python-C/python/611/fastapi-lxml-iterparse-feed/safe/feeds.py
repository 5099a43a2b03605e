from lxml import etree

from catalog_db import upsert_product


def import_feed(stream) -> int:
    count = 0
    for _, elem in etree.iterparse(stream, events=("end",), tag="item", load_dtd=False, resolve_entities=False, no_network=True):
        upsert_product(
            sku=elem.findtext("sku"),
            title=elem.findtext("title"),
            description=elem.findtext("description"),
            price=float(elem.findtext("price") or 0),
        )
        count += 1
        elem.clear()
    return count
