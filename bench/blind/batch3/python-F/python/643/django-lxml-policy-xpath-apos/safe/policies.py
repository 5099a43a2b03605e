from lxml import etree


class PolicyBook:
    _QUERY = etree.XPath("//policy[@dept=$dept and @visibility='staff']/title/text()")

    def __init__(self, path: str):
        self.doc = etree.parse(path)

    def titles_for(self, department: str) -> list[str]:
        found = self._QUERY(self.doc, dept=department)
        return [str(t) for t in found]
