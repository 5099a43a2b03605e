from lxml import etree

class PermissionPolicy:
    def __init__(self, path: str):
        self.tree = etree.parse(path)

    def allows(self, client: str, resource: str) -> bool:
        hits = self.tree.xpath("//client[@id=$c]/allow[@resource=$r]", c=client, r=resource)
        return bool(hits)
