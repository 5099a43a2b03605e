from lxml import etree

_TREE = etree.parse("data/catalog.xml")


def find_product(sku: str):
    nodes = _TREE.xpath(f"//product[@sku='{sku}' and @public='true']")  # cg-expect: CWE-643
    if not nodes:
        return None
    node = nodes[0]
    return {"sku": node.get("sku"), "name": node.findtext("name"), "price": node.findtext("price")}
