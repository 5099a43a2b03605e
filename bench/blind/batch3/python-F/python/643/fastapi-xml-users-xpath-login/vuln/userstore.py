from lxml import etree

_DOC = etree.parse("/etc/legacy/users.xml")


def _clean(value: str) -> str:
    return value.replace("'", "")


def check_user(username: str, password_hash: str):
    expr = '//user[name="%s" and hash="%s"]/role/text()' % (_clean(username), _clean(password_hash))
    found = _DOC.xpath(expr)  # cg-expect: CWE-643
    return str(found[0]) if found else None
