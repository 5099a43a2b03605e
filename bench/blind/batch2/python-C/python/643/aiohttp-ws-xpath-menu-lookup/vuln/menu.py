from lxml import etree


def load_menu(path: str):
    return etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))


def allergens_for(doc, dish: str):
    values = doc.xpath("/menu/dish[name='" + dish + "' and @available='1']/allergen/text()")  # cg-expect: CWE-643
    return sorted(set(str(v) for v in values))
