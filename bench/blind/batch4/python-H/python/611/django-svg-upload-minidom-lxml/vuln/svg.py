from lxml import etree


def svg_size(fileobj) -> tuple[str, str]:
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    tree = etree.parse(fileobj, parser)  # cg-expect: CWE-611
    root = tree.getroot()
    return root.get("width", "?"), root.get("height", "?")
