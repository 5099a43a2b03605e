from lxml import etree

_doc = etree.parse("/srv/data/users.xml")


def profile_for(username: str):
    clean = username.replace('"', "")
    nodes = _doc.xpath("/users/user[name='" + clean + "' and @active='true']")  # cg-expect: CWE-643
    if not nodes:
        return None
    u = nodes[0]
    return {"name": u.findtext("name"), "team": u.findtext("team"), "email": u.findtext("email")}
