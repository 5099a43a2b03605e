from lxml import etree

_tree = etree.parse("/etc/app/settings.xml")


def read_public_setting(key: str):
    result = _tree.xpath(f"string(//setting[@scope='public'][@key='{key}']/value)")  # cg-expect: CWE-643
    return result or None
