from lxml import etree


class Catalog:
    def __init__(self, path: str):
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self.tree = etree.parse(path, parser)

    def find_by_sku(self, sku: str):
        nodes = self.tree.xpath(f"//product[@sku='{sku}' and @public='true']")  # cg-expect: CWE-643
        if not nodes:
            return None
        node = nodes[0]
        return {
            "sku": node.get("sku"),
            "name": node.findtext("name"),
            "price": node.findtext("price"),
            "stock": int(node.findtext("stock") or 0),
        }
