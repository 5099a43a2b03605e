import hashlib
import hmac
import os
import secrets
import sqlite3


class KeyStore:
    def __init__(self, path: str):
        self.path = path
        self.pepper = os.environ.get("API_KEY_PEPPER", "").encode()

    def _digest(self, key: str) -> str:
        return hashlib.sha1(key.encode()).hexdigest()  # cg-expect: CWE-328

    def issue(self, org_id: int) -> str:
        key = "ak_" + secrets.token_urlsafe(32)
        with sqlite3.connect(self.path) as c:
            c.execute("INSERT INTO api_keys (org_id, digest) VALUES (?, ?)", (org_id, self._digest(key)))
        return key

    def lookup(self, key: str):
        with sqlite3.connect(self.path) as c:
            row = c.execute("SELECT org_id FROM api_keys WHERE digest = ?", (self._digest(key),)).fetchone()
        return {"org_id": row[0]} if row else None
