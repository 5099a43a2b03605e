from lxml import etree

def make_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, huge_tree=True)
