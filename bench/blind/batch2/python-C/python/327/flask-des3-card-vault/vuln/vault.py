import base64
import os
import secrets

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad


class CardVault:
    def __init__(self):
        self.key = base64.b64decode(os.environ["VAULT_KEY"])
        self._rows = {}

    def _encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(8)
        cipher = DES3.new(self.key[:24], DES3.MODE_CBC, iv=iv)  # cg-expect: CWE-327
        return iv + cipher.encrypt(pad(data, DES3.block_size))

    def store(self, pan: str, merchant_id) -> str:
        token = "tok_" + secrets.token_urlsafe(18)
        self._rows[token] = {"merchant": merchant_id, "blob": base64.b64encode(self._encrypt(pan.encode())).decode()}
        return token
