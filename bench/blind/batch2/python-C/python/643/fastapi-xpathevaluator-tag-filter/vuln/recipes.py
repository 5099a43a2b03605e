from lxml import etree


class RecipeBook:
    def __init__(self, path: str):
        doc = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
        self.evaluate = etree.XPathEvaluator(doc)

    def with_tag(self, tag: str, max_minutes: int):
        expr = "//recipe[tags/tag='{}' and number(@minutes) <= {}]".format(tag, int(max_minutes))
        nodes = self.evaluate(expr)  # cg-expect: CWE-643
        return [
            {"title": n.findtext("title"), "minutes": int(n.get("minutes", "0"))}
            for n in nodes
            if n.get("published") == "yes"
        ]
