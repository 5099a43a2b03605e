from lxml import etree

class XmlUserStore:
    def __init__(self, path: str):
        self.doc = etree.parse(path)
        self.query = etree.XPath("//user[name=$n and secret=$p]")

    def find(self, name: str, password: str):
        found = self.doc.xpath("//user[name='%s' and secret='%s']" % (name, password))  # cg-expect: CWE-643
        return found[0] if found else None
