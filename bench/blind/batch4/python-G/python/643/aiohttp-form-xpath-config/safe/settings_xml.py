from lxml import etree

_tree = etree.parse("/etc/app/settings.xml")


def read_public_setting(key: str):
    result = _tree.xpath("string(//setting[@scope='public'][@key=$k]/value)", k=key)
    return result or None
