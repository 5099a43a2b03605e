from functools import lru_cache

from lxml import etree

CATALOG_PATH = "/srv/data/catalog.xml"


@lru_cache(maxsize=1)
def _tree():
    return etree.parse(CATALOG_PATH, etree.XMLParser(resolve_entities=False))


def product_by_sku(sku: str):
    nodes = _tree().xpath("//product[@sku=$sku and @public='true']", sku=sku)
    if not nodes:
        return None
    node = nodes[0]
    return {"sku": node.get("sku"), "name": node.findtext("name"), "price": node.findtext("price")}
