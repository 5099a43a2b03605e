from lxml import etree


def load(path: str):
    return etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))


def read_setting(doc, name: str):
    hits = doc.xpath('/settings/setting[@public="true"][@name=$name]/text()', name=name)
    return hits[0] if hits else None
