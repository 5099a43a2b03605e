from lxml import etree

TREE = etree.parse("/etc/app/flags.xml", etree.XMLParser(resolve_entities=False, no_network=True))


def flag_value(tenant: str, feature: str):
    res = TREE.xpath("string(/flags/tenant[@id=$t]/feature[@name=$f]/@value)", t=tenant, f=feature)
    return res or None
