from pathlib import Path
from lxml import etree

CATALOG = Path(__file__).with_name("catalog.xml")
_tree = etree.parse(str(CATALOG))


def find_product(name: str):
    expr = "//product[@public='yes' and name='" + name + "']"
    nodes = _tree.xpath(expr)  # cg-expect: CWE-643
    return [
        {"name": n.findtext("name"), "price": n.findtext("price")}
        for n in nodes
    ]
