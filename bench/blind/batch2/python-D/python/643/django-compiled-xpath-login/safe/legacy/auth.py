import hashlib
import hmac

from django.conf import settings
from lxml import etree


class XmlUserStore:
    def __init__(self, path=None):
        self.doc = etree.parse(path or settings.LEGACY_USERS_XML)

    def verify(self, username: str, password: str) -> dict | None:
        finder = etree.XPath(
            "//account[login=$login and active='1']"
        )
        nodes = finder(self.doc, login=username)
        if len(nodes) != 1:
            return None
        node = nodes[0]
        salt = node.findtext("salt")
        expected = node.findtext("hash")
        got = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 200_000).hex()
        if not hmac.compare_digest(got, expected):
            return None
        return {"login": node.findtext("login"), "role": node.findtext("role")}
