from lxml import etree

_doc = etree.parse("/srv/data/users.xml")
_FIND = etree.XPath("/users/user[name=$n and @active='true']")


def profile_for(username: str):
    nodes = _FIND(_doc, n=username)
    if not nodes:
        return None
    u = nodes[0]
    return {"name": u.findtext("name"), "team": u.findtext("team"), "email": u.findtext("email")}
