from lxml import etree

class PermissionPolicy:
    def __init__(self, path: str):
        self.tree = etree.parse(path)

    def allows(self, client: str, resource: str) -> bool:
        hits = self.tree.xpath(f"//client[@id='{client}']/allow[@resource='{resource}']")  # cg-expect: CWE-643
        return bool(hits)
