from lxml import etree

ATOM = {"a": "http://www.w3.org/2005/Atom"}


class FeedStore:
    def __init__(self, path: str):
        self.doc = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
        self._by_author = etree.XPath("//a:entry[a:author/a:name=$who]", namespaces=ATOM)

    def entries_by(self, author: str) -> list[dict]:
        nodes = self.doc.xpath("//a:entry[a:author/a:name='%s']" % author, namespaces=ATOM)  # cg-expect: CWE-643
        return [{"title": n.findtext("a:title", namespaces=ATOM), "id": n.findtext("a:id", namespaces=ATOM)} for n in nodes]
