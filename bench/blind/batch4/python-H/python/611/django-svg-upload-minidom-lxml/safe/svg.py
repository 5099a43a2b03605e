from lxml import etree


def svg_size(fileobj) -> tuple[str, str]:
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    tree = etree.parse(fileobj, parser)
    root = tree.getroot()
    return root.get("width", "?"), root.get("height", "?")
