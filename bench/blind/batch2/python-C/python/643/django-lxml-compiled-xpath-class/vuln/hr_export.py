from lxml import etree


class HrExport:
    def __init__(self, path: str):
        self.doc = etree.parse(path, etree.XMLParser(no_network=True, resolve_entities=False))
        self._by_dept = etree.XPath("//employee[@dept=$dept and @visible='yes']")

    def staff_in(self, dept_code: str):
        finder = etree.XPath("//employee[@dept='" + dept_code + "' and @visible='yes']")
        nodes = finder(self.doc)  # cg-expect: CWE-643
        return [
            {"name": n.findtext("name"), "email": n.findtext("email"), "title": n.findtext("title")}
            for n in nodes
        ]
