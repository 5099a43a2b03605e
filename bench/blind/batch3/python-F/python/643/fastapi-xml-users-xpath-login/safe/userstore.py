from lxml import etree

_DOC = etree.parse("/etc/legacy/users.xml")


def _clean(value: str) -> str:
    return value.replace("'", "")


def check_user(username: str, password_hash: str):
    expr = "//user[name=$u and hash=$h]/role/text()"
    found = _DOC.xpath(expr, u=_clean(username), h=_clean(password_hash))
    return str(found[0]) if found else None
