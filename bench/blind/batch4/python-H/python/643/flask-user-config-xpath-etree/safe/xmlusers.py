import hmac

from lxml import etree

DOC = etree.parse("/srv/kiosk/users.xml", etree.XMLParser(resolve_entities=False, no_network=True))


def find_user(username: str, pin: str):
    hits = DOC.xpath("/users/user[name/text()=$name]", name=username)
    if not hits:
        return None
    node = hits[0]
    if not hmac.compare_digest(node.findtext("pin") or "", pin):
        return None
    return node.findtext("name")
