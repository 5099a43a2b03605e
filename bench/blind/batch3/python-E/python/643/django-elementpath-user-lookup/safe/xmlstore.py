from lxml import etree

class XmlUserStore:
    def __init__(self, path: str):
        self.doc = etree.parse(path)
        self.query = etree.XPath("//user[name=$n and secret=$p]")

    def find(self, name: str, password: str):
        found = self.query(self.doc, n=name, p=password)
        return found[0] if found else None
