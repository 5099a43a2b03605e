from lxml import etree

_TREE = etree.parse("/srv/catalog/catalog.xml")

def find_item(sku: str):
    nodes = _TREE.xpath("//item[@sku=$sku and @public='true']", sku=sku)
    if not nodes:
        return None
    node = nodes[0]
    return {"sku": node.get("sku"), "name": node.findtext("name"), "price": node.findtext("price")}
