import hashlib
import hmac

from django.conf import settings
from lxml import etree


class XmlUserStore:
    def __init__(self, path=None):
        self.doc = etree.parse(path or settings.LEGACY_USERS_XML)

    def verify(self, username: str, password: str) -> dict | None:
        finder = etree.XPath(
            "//account[login='%s' and active='1']" % username
        )
        nodes = finder(self.doc)  # cg-expect: CWE-643
        if len(nodes) != 1:
            return None
        node = nodes[0]
        salt = node.findtext("salt")
        expected = node.findtext("hash")
        got = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 200_000).hex()
        if not hmac.compare_digest(got, expected):
            return None
        return {"login": node.findtext("login"), "role": node.findtext("role")}
