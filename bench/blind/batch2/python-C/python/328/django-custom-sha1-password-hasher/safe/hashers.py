import base64
import hashlib
import secrets

from django.contrib.auth.hashers import BasePasswordHasher
from django.utils.crypto import constant_time_compare


class LegacyCompatHasher(BasePasswordHasher):
    algorithm = "legacy_compat"
    iterations = 600_000

    def salt(self):
        return secrets.token_hex(8)

    def encode(self, password, salt):
        raw = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), self.iterations)
        digest = base64.b64encode(raw).decode("ascii")
        return f"{self.algorithm}${salt}${digest}"

    def decode(self, encoded):
        algorithm, salt, digest = encoded.split("$", 2)
        return {"algorithm": algorithm, "salt": salt, "hash": digest}

    def verify(self, password, encoded):
        salt = self.decode(encoded)["salt"]
        return constant_time_compare(encoded, self.encode(password, salt))

    def safe_summary(self, encoded):
        d = self.decode(encoded)
        return {"algorithm": d["algorithm"], "salt": d["salt"][:4] + "..."}
