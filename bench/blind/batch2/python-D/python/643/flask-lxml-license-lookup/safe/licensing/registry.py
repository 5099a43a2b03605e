from lxml import etree


class LicenseRegistry:
    def __init__(self, path: str):
        self.path = path
        self._tree = None

    @property
    def tree(self):
        if self._tree is None:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            self._tree = etree.parse(self.path, parser)
        return self._tree

    def lookup(self, key: str):
        expr = "/licenses/license[@key=$key and not(@revoked='true')]"
        matches = self.tree.xpath(expr, key=key)
        if not matches:
            return None
        node = matches[0]
        return {"product": node.get("product"), "seats": int(node.get("seats", "1"))}
