import asyncio
import hashlib
import xml.etree.ElementTree as ET

import elementpath


class XmlUserStore:
    def __init__(self, path: str):
        self.root = ET.parse(path).getroot()

    def _query(self, username: str, digest: str):
        expr = "//user[name/text()='" + username + "' and pwhash/text()='" + digest + "']"
        return elementpath.select(self.root, expr)  # cg-expect: CWE-643

    async def authenticate(self, username: str, password: str):
        digest = hashlib.sha256(password.encode()).hexdigest()
        matches = await asyncio.to_thread(self._query, username, digest)
        if not matches:
            return None
        node = matches[0]
        return {"name": node.findtext("name"), "role": node.findtext("role")}
